"""Logging problems, joint meetings, letters, coordination meetings, accountability."""
from __future__ import annotations

import datetime as dt

import pytest

from models.errors import FieldError, FieldErrors, UserError
from models.issues import accountability, coordination, detail, letters, meetings, problems
from tests.models.issues.helpers import (
    CLERK,
    REVIEWER,
    TODAY,
    Shared,
    drive,
    new_problem,
    problem_data,
)

D = dt.date


def test_what_a_source_requires(shared: Shared) -> None:
    db, office = shared
    with pytest.raises(FieldErrors) as bad, db.session() as session:
        problems.create_problem(session, CLERK, office.community_id, problem_data(
            office, source="assigned", title="", compound_id=office.other_compound_id,
            found_on=TODAY + dt.timedelta(days=1), deadline=D(2026, 1, 1)), today=TODAY)
    assert bad.value.by_field() == {
        "title": "问题标题不能为空。", "found_on": "发现日期不能晚于今天。",
        "assigning_body": "来源为“上级交办”时，请填写交办单位。",
        "building_id": "所选楼栋不属于所选小区。"}
    with pytest.raises(FieldErrors) as no_unit, db.session() as session:
        new_problem(session, office, source="unit")
    assert no_unit.value.by_field() == {
        "source_unit_id": "来源为“驻区单位收集”时，请选择收集问题的驻区单位。"}
    with db.session() as session:
        status = new_problem(session, office, source="unit", source_unit_id=office.unit_ids[1],
                             assigning_body="（不适用，不保存）", reporter_name="",
                             reporter_person_id=office.person_ids[2])
        record = detail.get_problem(session, status.id)
    assert (record.source_label, record.source_unit_name, record.assigning_body,
            record.reporter_name, record.category_path, record.compound_name,
            record.building_name) == ("驻区单位收集", "巴中市第三中学", "", "赵春梅",
                                      "环境卫生/垃圾清运", "翰林苑", "3栋")


def test_joint_meeting_decides_a_batch(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        first, second, third = (new_problem(session, office) for _ in range(3))
    data = meetings.MeetingData(held_on=D(2026, 3, 28), attendee_ids=office.person_ids,
                                title="2026年第一季度联席会议", place="党群服务中心",
                                minutes="研究本季度收集的问题。")
    with pytest.raises(FieldError) as no_reason, db.session() as session:
        meetings.record_meeting(session, REVIEWER, office.community_id, data, [
            meetings.DecisionData(first.id, first.version, True),
            meetings.DecisionData(second.id, second.version, False)], today=TODAY)
    assert no_reason.value.message == f"不纳入吹哨范围必须写明理由（问题 {second.number}）。"
    with db.session() as session:
        meeting_id = meetings.record_meeting(session, REVIEWER, office.community_id, data, [
            meetings.DecisionData(first.id, first.version, True),
            meetings.DecisionData(second.id, second.version, False, "属于民事纠纷")],
            today=TODAY)
        with pytest.raises(UserError, match="只能作出一项决定"):
            meetings.decide(session, REVIEWER, meeting_id, [
                meetings.DecisionData(first.id, first.version + 1, True)])
    with db.read_session() as session:
        meeting = meetings.get_meeting(session, meeting_id)
        decided = meetings.list_decisions(session, meeting_id=meeting_id)
        states = [detail.get_problem(session, p.id) for p in (first, second, third)]
    assert (meeting.title, meeting.attendee_names, meeting.in_scope_count,
            meeting.out_of_scope_count) == (
        "2026年第一季度联席会议", ("王建国", "李秀英", "赵春梅"), 1, 1)
    assert [(d.number, d.in_scope, d.reason) for d in decided] == [
        (first.number, True, ""), (second.number, False, "属于民事纠纷")]
    assert [(p.state, p.in_scope, p.scope_reason) for p in states] == [
        ("in_scope", True, ""), ("out_of_scope", False, "属于民事纠纷"), ("collected", None, "")]


def test_letter_from_draft_to_record(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "reported")
        waiting = drive(session, office, "in_scope")
        draft = letters.draft_letter(session, status.id, issued_on=D(2026, 2, 3))
    assert draft.title == "关于督促办理“翰林苑3栋垃圾清运不及时”问题的督办函"
    assert draft.recipient == "巴州区综合行政执法局"
    assert "办理时限为2026年1月31日" in draft.body[0]
    assert draft.body[1] == "截至2026年2月3日，该问题仍未办结，已超过办理时限 3 天。"
    assert (draft.reply_by, draft.body[-1]) == (D(2026, 2, 10), "特此督办。")
    with db.session() as session:
        issued = letters.issue_letter(session, REVIEWER, draft, today=TODAY)
        with pytest.raises(UserError) as unassigned:
            letters.draft_letter(session, waiting.id)
    assert (issued.number, issued.kind_label, issued.signature, issued.body) == (
        f"兴文社区〔2026〕{issued.seq}号", "督办函", "中共兴文社区综合委员会", draft.body)
    assert unassigned.value.message == (
        f"问题 {waiting.number} 尚未交办，没有责任单位，不能发督办函。")
    with db.read_session() as session:
        assert letters.get_letter(session, issued.id) == issued
        assert detail.problem_detail(session, status.id).letters == (issued,)


def test_coordination_and_accountability_join_the_history(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        one, two = drive(session, office, "in_progress"), drive(session, office, "assigned")
        meeting_id = coordination.record_coordination(
            session, REVIEWER, coordination.CoordinationData(
                held_on=D(2026, 2, 1), topic="老旧管网改造协调会商", problem_ids=(one.id, two.id),
                participants=("巴州区住房和城乡建设局", "巴州区水务局", " "),
                convener="巴州区委组织部", outcome="住建局牵头，水务局配合，3月底前完成。"),
            today=TODAY)
        record_id = accountability.record_accountability(
            session, REVIEWER, accountability.AccountabilityData(
                one.id, "talk", D(2026, 2, 20), unit_id=office.unit_ids[0],
                person_name="周志强", note="逾期未办结"), today=TODAY)
        with pytest.raises(FieldErrors) as nobody:
            accountability.record_accountability(session, REVIEWER,
                                                 accountability.AccountabilityData(
                                                     one.id, "talk", D(2026, 2, 20)))
    assert nobody.value.by_field() == {"unit_id": "请选择被追责的单位，或填写部门或责任人。"}
    with db.read_session() as session:
        (meeting,) = coordination.list_coordinations(session, problem_id=two.id)
        (record,) = accountability.list_accountability(session, problem_id=one.id,
                                                       start=D(2026, 2, 1))
        events = detail.problem_detail(session, one.id).events
    assert (meeting.id, meeting.participants, meeting.problem_numbers) == (
        meeting_id, ("巴州区住房和城乡建设局", "巴州区水务局"), (one.number, two.number))
    assert (record.id, record.target, record.person_name, record.measure_label) == (
        record_id, "巴中市供电公司江北供电所", "周志强", "约谈")
    assert [(e.action_label, e.note) for e in events[-2:]] == [
        ("协调会商", "老旧管网改造协调会商"), ("责任追究", "约谈")]
