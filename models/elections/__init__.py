"""业委会选举与业主共同决定: owners' committee elections and owners' votes, domain layer.

Modules, by responsibility:
  counting   the roll's heads and areas (SPC interpretation art. 8, 9): who counts as one
  tally      the count of a vote under Civil Code art. 278: turnout, thresholds, seats
  rules      bodies' composition and terms, the 筹备组, the deadline calendar (pure)
  entities   the tables (migration 0005_elections)
  roll       the owners' roll: checked row by row, replaced all or nothing
  votes      votes, the roll frozen at the 公告, ballots, the tally from the database
  entry      paper ballots typed twice by two clerks; the proxy register
  bodies     业委会 / 自管委 / 议事会 / 自治小组 and their members, with history and figures
  course     an election's dated steps, 筹备组, 资格审查, 备案 checklist and deadlines
"""
