"""小区治理: grids and 红袖章 patrols, compound joint meetings, the 融心调解室."""
