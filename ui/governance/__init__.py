"""小区治理: grids and patrols, compound joint meetings, the 融心调解室."""
