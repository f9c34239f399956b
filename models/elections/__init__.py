"""业委会选举与业主共同决定: owners' committee elections and owners' votes, domain layer.

Modules, by responsibility:
  counting   the roll's heads and areas (SPC interpretation art. 8, 9): who counts as one
  tally      the count of a vote under Civil Code art. 278: turnout, thresholds, seats
"""
