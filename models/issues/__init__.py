"""问题台账: the whistle-and-report issue ledger (三四五 吹哨报到), domain layer only.

Services are plain functions taking a Session (and an Actor for writes) and returning
frozen dataclasses; no ORM object leaves them. Modules, by responsibility:
  vocab          codes and Chinese labels (sources, urgencies, states, levels ...),
                 the area's message templates
  entities       the tables (migration 0003_issues)
  taxonomy       the two-level category taxonomy (大类 → 小类), admin-edited, and its seed
  numbering      gap-free running numbers per year (problems WT-2026-0001, letter 文号)
  problems       logging and correcting problems
  attachments    files copied into the data folder under their SHA-256, verified
  lifecycle      the one transition table, ProblemStatus, the append-only event history
  meetings       joint meetings (联席会议) and their whistle-scope decisions
  assignments    the four response levels: 交办, 报到, progress notes, 升级
  resolution     办结, 销号, 重新办理
  letters        supervision letters (函告/督办函): draft, issue, list
  coordination   coordination meetings (协调会商)
  accountability 责任追究 records
  config         scoring points and letter settings with national defaults
  scoring        量化考核 of responding units and the ranking for a period
  ledger         the list for 100,000 problems: problem_ids(filter) then problem_rows(ids)
  search         text search (FTS5 trigram on SQLite, ILIKE + pg_trgm on PostgreSQL)
  stats          statistics for a period with the honest on-time rate, as_json()
  detail         one problem in full (form record, and everything that happened to it)
  demo, demo_plan, demo_data   a realistic year for the demo database
"""
