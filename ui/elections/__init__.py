"""业委会选举与业主共同决定: the votes page, its forms, the ballot entry and the tally."""
