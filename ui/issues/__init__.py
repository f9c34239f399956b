"""The issue ledger's screens (问题台账, 三四五 吹哨报到), over models.issues.

  filter_bar      the filters above the ledger → ProblemFilter
  ledger_model    the lazy table model (ids, rows in blocks on the worker; overdue in red)
  actions         ProblemActions: which step or measure is offered, and its dialog
  action_form     the base of the one-service-call dialogs (what happens, confirmation)
  problem_form    登记/修改问题, checked by the service's own rules on the worker
  meeting_dialog  联席会议 and its decisions (纳入 / 不纳入 with reason)
  assign_dialog   交办 and 升级 (level, responsible unit or department, deadline)
  step_dialogs    报到, 进展, 办结, 销号, 重新办理
  letter_dialog   发督办函 (draft, edit, issue with a 文号, preview)
  measure_dialogs 协调会商, 责任追究
  detail_dialog   查看/办理 one problem (detail_tabs: its tables and facts)
  stats_page      统计分析 (chart: the QPainter bar chart; scoring_view: 量化考核)
  taxonomy_dialog, settings_dialog   the administrator's categories and settings
The ledger page itself is ui/issues/page.py.
"""
