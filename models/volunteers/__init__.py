"""志愿服务: volunteer teams, 社区微讲堂 and 在职党员双报到 (issue 14 items 4–6), domain layer.

Modules, by responsibility:
  entities    the tables (migration 0010_volunteers)
  hours       the overlap rule: one person cannot log hours in two places at once
  teams       teams, sub-teams and their members (people of the registry)
  activities  team activities with participants and hours each
  totals      hours per person, team and period
  lectures    the 微讲堂 menu, bookings with a waitlist, scheduling, attendance
  members     in-service Party members, 微心愿, their service, the feedback period
  feedback    the 服务登记反馈表 per employer Party organisation
  todo        the home page's to-do items
  demo        demo data
"""
from models.volunteers import hours as _hours

# One overlap rule across both ledgers: the services ledger's check asks ours too.
_hours.connect()
