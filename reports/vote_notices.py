"""公告 and 公示 of an owners' vote, as GB/T 9704 announcements (the letter layout, 文件 form).

- The 公告 calls the meeting: date, place and form, the matter of Civil Code art. 278 with its
  threshold, the items (or candidates and seats), the roll's size and the SHA-256 printed when
  it was frozen, so an owner can later check that the roll counted is the roll announced.
- The 公示 gives the result: turnout in heads and area against the 2/3 rule, and per item its
  yes heads and area as shares of the participants, taken from `vote_tally` (the one tally
  function the 表决统计表 also prints), so the two documents can never disagree.

Percentages are for reading; each result states what the exact fraction decided.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.elections.counting import format_area
from models.elections.course import MEETING_FORMS, CourseData, course_data
from models.elections.tally import ELECTION_MATTER, ItemResult, Tally
from models.elections.votes import VoteInfo, vote_info, vote_tally, vote_voters
from models.errors import UserError
from models.messages import register
from models.office import office_name
from reports.pdf.ledger import RenderResult
from reports.pdf.letter import LetterDocument, LetterParagraph, chinese_date, render_letter
from reports.vote_tally_sheet import percent

register({
    "notice.not_frozen":
        "表决“{title}”的业主名册尚未锁定，锁定后才能打印公告（公告上印有名册校验值）。",
    "notice.no_meeting": "请先在选举进程中填写业主大会会议的日期，再打印公告。",
    "notice.no_ballots": "表决“{title}”还没有录入选票，不能打印结果公示。",
})

CHINESE_DIGITS = "〇一二三四五六七八九"
LAW = "《中华人民共和国民法典》第二百七十八条"


@dataclass(frozen=True)
class NoticeFacts:
    vote: VoteInfo
    course: CourseData
    tally: Tally
    units: int  # exclusive units on the frozen roll
    office: str
    anchor: str = ""


def build(session: Session, vote_id: int) -> NoticeFacts:
    vote = vote_info(session, vote_id)
    units = sum(len(head.units) for head in vote_voters(session, vote_id))
    return NoticeFacts(vote, course_data(session, vote_id), vote_tally(session, vote_id), units,
                       office_name(session), anchor_of(session))


def chinese_number(value: int) -> str:
    """1–99 in Chinese numerals, as articles and items are cited (第九项, 第二十一条)."""
    tens, ones = divmod(value, 10)
    text = ("" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens] + "十"))
    return text + (CHINESE_DIGITS[ones] if ones or not tens else "")


def _threshold(tally: Tally) -> str:
    share = "四分之三以上" if tally.supermajority else "过半数"
    return (f"应当经参与表决专有部分面积{share}的业主且参与表决人数{share}的业主同意")


def _matter(vote: VoteInfo) -> str:
    return f"{LAW}第一款第（{chinese_number(vote.matter)}）项"


def _signature(facts: NoticeFacts) -> str:
    """An election is called and announced by the 筹备组; other matters by the committee."""
    body = "业主大会筹备组" if facts.vote.matter == ELECTION_MATTER else "业主委员会"
    return facts.vote.compound + body


def meeting_notice(facts: NoticeFacts, *, issued_on: dt.date | None = None) -> LetterDocument:
    """关于召开业主大会会议的公告."""
    vote, course, tally = facts.vote, facts.course, facts.tally
    if not vote.roll_frozen:
        raise UserError("notice.not_frozen", title=vote.title)
    if course.meeting_on is None:
        raise UserError("notice.no_meeting")
    place = f"，地点：{course.meeting_place}" if course.meeting_place else ""
    form = MEETING_FORMS.get(course.meeting_form, MEETING_FORMS["collective"])
    body: list[str | LetterParagraph] = [
        f"根据{LAW}和《业主大会和业主委员会指导规则》的规定，定于{chinese_date(course.meeting_on)}召开{vote.compound}业主大会会议，"
        "现将有关事项公告如下：",
        LetterParagraph("一、会议时间、地点和形式", role="hei"),
        f"会议时间：{chinese_date(course.meeting_on)}{place}。会议形式：{form}。",
        LetterParagraph("二、表决事项", role="hei"),
        f"{vote.title}（{_matter(vote)}所列事项）。",
        *_items_text(vote),
        LetterParagraph("三、表决规则", role="hei"),
        "本次会议应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决；"
        f"表决事项{_threshold(tally)}。",
        LetterParagraph("四、业主名册", role="hei"),
        f"本小区列入业主名册的专有部分共 {facts.units} 套（间），专有部分总面积 "
        f"{format_area(tally.turnout.area.whole)} 平方米；按最高人民法院司法解释第九条计算，"
        f"业主人数共 {tally.turnout.heads.whole} 人。",
        f"业主名册已锁定，其 SHA-256 校验值为：{vote.roll_sha256}。此后对名册的任何更正均须"
        "说明理由并记录在案，业主可凭此校验值核对计票所用名册与本公告所列名册是否一致。",
        "业主对名册有异议的，请于会议召开前向筹备组书面提出。",
    ]
    return LetterDocument(
        title=f"关于召开{vote.compound}业主大会会议的公告", body=body,
        signature=_signature(facts), date=issued_on or course.notice_on or dt.date.today(),
        anchor=facts.anchor)


def _items_text(vote: VoteInfo) -> list[str | LetterParagraph]:
    names = "、".join(f"{index}. {name}" for index, name in enumerate(vote.items, start=1))
    if vote.seats is not None:
        return [f"本次选举业主委员会委员 {vote.seats} 名，候选人 {len(vote.items)} 名"
                f"（按编号排列）：{names}。每张选票所选人数不得超过 {vote.seats} 名，"
                "超过的为无效票。"]
    return [f"表决事项共 {len(vote.items)} 项：{names}。每项可选择同意、不同意或弃权。"]


def result_notice(facts: NoticeFacts, *, issued_on: dt.date | None = None) -> LetterDocument:
    """关于业主大会会议表决结果的公示."""
    vote, course, tally = facts.vote, facts.course, facts.tally
    turnout = tally.turnout
    if turnout.heads.part == 0 and tally.invalid_ballots == 0:
        raise UserError("notice.no_ballots", title=vote.title)
    held = (f"于{chinese_date(course.meeting_on)}" if course.meeting_on else "")
    reached = "达到" if turnout.ok else "未达到"
    body: list[str | LetterParagraph] = [
        f"{vote.compound}业主大会会议{held}就“{vote.title}”进行了表决，现将表决结果公示如下：",
        LetterParagraph("一、参与表决情况", role="hei"),
        f"业主总人数 {turnout.heads.whole} 人，参与表决 {turnout.heads.part} 人，占总人数的 "
        f"{percent(turnout.heads)}；专有部分总面积 {format_area(turnout.area.whole)} 平方米，"
        f"参与表决业主的专有部分面积 {format_area(turnout.area.part)} 平方米，占总面积的 "
        f"{percent(turnout.area)}；无效票 {tally.invalid_ballots} 张。参与表决的人数和面积"
        f"{reached}“均占三分之二以上”的要求。",
        LetterParagraph("二、表决结果", role="hei"),
        f"本事项{_threshold(tally)}。",
        *[_item_line(index, item, tally) for index, item in enumerate(tally.items, start=1)],
    ]
    if vote.seats is not None:
        body += _elected_lines(tally)
    body.append(LetterParagraph("三、公示期", role="hei"))
    body.append("公示期为七日。业主对表决结果有异议的，请在公示期内向筹备组（业主委员会）"
                "或社区居民委员会书面反映。")
    return LetterDocument(
        title=f"关于{vote.compound}业主大会会议表决结果的公示", body=body,
        signature=_signature(facts), date=issued_on or course.elected_on or dt.date.today(),
        anchor=facts.anchor)


def _item_line(index: int, item: ItemResult, tally: Tally) -> str:
    outcome = _outcome(item, tally)
    return (f"{index}. {item.name}：同意 {item.heads.part} 人，占参与表决人数的 "
            f"{percent(item.heads)}；同意面积 {format_area(item.area.part)} 平方米，占参与表决"
            f"面积的 {percent(item.area)}；不同意 {item.no_heads} 人，弃权 "
            f"{item.abstain_heads} 人。{outcome}。")


def _outcome(item: ItemResult, tally: Tally) -> str:
    if tally.seats is None:
        return "通过" if item.passed else "未通过"
    if item.elected:
        return "当选"
    if item.tied:
        return "与他人票数相同，当选与否待依议事规则确定"
    return "得票达到要求但名额已满，未当选" if item.passed else "得票未达到要求，未当选"


def _elected_lines(tally: Tally) -> list[str | LetterParagraph]:
    elected = [item.name for item in tally.items if item.elected]
    tied = [item.name for item in tally.items if item.tied]
    lines: list[str | LetterParagraph] = [
        f"应选 {tally.seats} 名，当选 {len(elected)} 名：{'、'.join(elected) or '无'}。"]
    if tied:
        lines.append(f"{'、'.join(tied)} 得票相同，争取最后名额，本公示不作取舍，"
                     "待依业主大会议事规则确定。")
    return lines


def render(document: LetterDocument, path: Path | str) -> RenderResult:
    return render_letter(document, path)
