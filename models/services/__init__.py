"""双服务清单: the two-way service lists between the community and its resident units.

Modules, by responsibility:
  entities    the tables (migration 0013_services)
  vocab       directions, kinds, states, ratings and the seeded categories (pure)
  lifecycle   the one transition table of an item, its checks and its history
  lists       yearly lists and their items; categories
  claims      claiming an item (the other side, a volunteer or an in-service member)
  deliveries  delivery records with participants and hours; evidence attachments
  hours       `busy`: a person's overlapping participation, across ledgers
  signoff     both sides' sign-off, the rating, the year-end carry-over
  balance     per unit and year: offered, claimed, delivered, hours, ratings, one-way
  stats       the `stats services` figures
  todo        the home page's to-do items
  demo        demo lists for the demo's resident units
"""
