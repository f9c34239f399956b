"""业主共同决定: the votes of the community's compounds, newest first, with their turnout.

From here a clerk creates a vote, imports its owners' roll from Excel, announces (freezes)
the roll, types paper ballots (directly or twice by two clerks), imports ballots from
Excel, watches the tally and prints ballots, proxy forms and the 表决统计表.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from sqlalchemy.orm import Session

from models.elections import votes
from models.elections.roll import RollRow
from models.registry import places
from reports import election_forms, election_sheets, vote_ballots, vote_notices
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.list_page import ListPage
from ui.common.operations import JobOp, ReadOp, WriteOp
from ui.common.pdf_preview import generate_report
from ui.common.table_model import CENTER, RIGHT, Column
from ui.i18n import domain


class VotesPage(ListPage):
    icon_name = "fa5s.vote-yea"
    watches = frozenset({Kind.VOTES, Kind.COMPOUNDS})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("业主共同决定")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("小区"), lambda v: v.compound, width_chars=6),
            Column(self.tr("表决"), lambda v: v.title, width_chars=14),
            Column(self.tr("事项"), lambda v: domain(v.matter_label), width_chars=12),
            Column(self.tr("名册"), lambda v: self.tr("已公告冻结") if v.roll_frozen
                   else self.tr("未冻结"), CENTER, width_chars=5),
            Column(self.tr("选票"), lambda v: str(v.ballots), RIGHT, width_chars=3),
            Column(self.tr("参与人数"), lambda v: v.turnout_heads, RIGHT, width_chars=6),
            Column(self.tr("参与面积 m²"), lambda v: v.turnout_area, RIGHT, width_chars=12),
            Column(self.tr("参与情况"), self.turnout_text, width_chars=10),
        ]

    def turnout_text(self, row: votes.VoteRow) -> str:
        if row.turnout_ok:
            return self.tr("已达三分之二")
        return self.tr("还差 {0} 人 / {1} m²").format(row.heads_needed, row.area_needed)

    def add_actions(self) -> None:
        self.action(self.tr("新建表决"), "fa5s.plus", self.new_vote)
        self.action(self.tr("导入名册…"), "fa5s.file-import", self.import_roll)
        self.action(self.tr("公告（冻结名册）"), "fa5s.lock", self.freeze_roll)
        self.action(self.tr("录入选票…"), "fa5s.edit", self.enter_ballots)
        self.action(self.tr("导入选票…"), "fa5s.file-excel", self.import_ballots)
        self.action(self.tr("统计"), "fa5s.chart-pie", self.show_tally)
        self.course_menu = self.menu_action(self.tr("选举进程"), "fa5s.calendar-alt", [
            (self.tr("日期与期限…"), self.edit_course),
            (self.tr("筹备组…"), self.edit_prep_group),
            (self.tr("候选人资格审查…"), self.edit_reviews),
            (self.tr("按欠费名单审查…"), self.import_arrears)])
        self.action(self.tr("选举规则设置…"), "fa5s.sliders-h", self.edit_settings, role="admin")
        self.print_menu = self.menu_action(self.tr("打印"), "fa5s.print", [
            (self.tr("选票"), lambda: self.print_ballots("ballots")),
            (self.tr("委托书"), lambda: self.print_ballots("proxies")),
            (self.tr("会议公告"), lambda: self.print_notice("notice")),
            (self.tr("结果公示"), lambda: self.print_notice("result")),
            (self.tr("候选人资格审查表"), lambda: self.print_form("review")),
            (self.tr("备案材料清单"), lambda: self.print_form("filing"))])

    def rows_query(self) -> Callable[[Session], list[votes.VoteRow]]:
        text = self.search.text().strip()
        return lambda session: [v for v in votes.list_votes(session)
                                if text in v.title or text in v.compound]

    def open_row(self, row: votes.VoteRow) -> None:
        self.show_tally()

    # --- actions --------------------------------------------------------------------

    def _with_vote(self, then: Callable[[votes.VoteInfo], None]) -> None:
        row = self.current_row()
        if row is None:
            messages.show_info(self, self.tr("请先在列表中选择一次表决。"))
            return
        vote_id = row.id
        ReadOp(self.context, parent=self, query=lambda session: votes.vote_info(session, vote_id),
               success=then).run()

    def new_vote(self) -> None:
        from ui.elections.vote_form import VoteData, VoteForm  # noqa: PLC0415

        def show(compounds: list[places.CompoundRecord]) -> None:
            form = VoteForm(self.context, {c.id: c.name for c in compounds}, self)
            form.start(VoteData(None, 3, "", "", ""))
            form.saved.connect(lambda vote_id: setattr(self, "_select_after", vote_id))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=places.list_compounds, success=show).run()

    def import_roll(self) -> None:
        self._with_vote(self._import_roll)

    def _import_roll(self, info: votes.VoteInfo) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择业主名册"), "",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.load_roll_file(info, Path(path))

    def load_roll_file(self, info: votes.VoteInfo, path: Path, reason: str = "") -> None:
        """Read the workbook off the GUI thread, then load the roll in one unit of work."""
        vote_id = info.id

        def write(rows: list[RollRow]) -> None:
            WriteOp(self.context, parent=self, changes={Kind.VOTES},
                    op=lambda session, actor: votes.load_roll(session, actor, vote_id, rows,
                                                              reason=reason),
                    success=lambda count: messages.show_info(
                        self, self.tr("已导入名册：{0} 套房屋。").format(count))).run()
        JobOp(self.context, parent=self, job=lambda _db, _p: election_sheets.read_roll(path),
              success=write).with_progress(self.tr("正在读取名册…")).run()

    def freeze_roll(self) -> None:
        self._with_vote(self._freeze)

    def _freeze(self, info: votes.VoteInfo) -> None:
        if info.roll_frozen:
            messages.show_info(self, self.tr("名册已于公告时冻结，SHA-256：{0}").format(
                info.roll_sha256))
            return
        if not messages.confirm(self, self.tr("公告（冻结名册）"), self.tr(
                "公告后名册冻结，其 SHA-256 印在公告上；以后修改名册须写明原因，"
                "录入选票后不能再修改。确定公告吗？")):
            return
        vote_id = info.id
        WriteOp(self.context, parent=self, changes={Kind.VOTES},
                op=lambda session, actor: votes.freeze_roll(session, actor, vote_id),
                success=lambda digest: messages.show_info(
                    self, self.tr("名册已冻结，SHA-256：{0}").format(digest))).run()

    def enter_ballots(self) -> None:
        from ui.elections.ballot_dialog import BallotDialog  # noqa: PLC0415

        def show(info: votes.VoteInfo) -> None:
            self.dialog = BallotDialog(self.context, info, self)
            self.dialog.open()  # type: ignore[attr-defined]
        self._with_vote(show)

    def import_ballots(self) -> None:
        self._with_vote(self._import_ballots)

    def _import_ballots(self, info: votes.VoteInfo) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择选票表"), "",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.load_ballot_file(info, Path(path))

    def load_ballot_file(self, info: votes.VoteInfo, path: Path) -> None:
        vote_id, items = info.id, info.items

        def write(entries: list[votes.BallotEntry]) -> None:
            WriteOp(self.context, parent=self, changes={Kind.VOTES},
                    op=lambda session, actor: votes.record_ballots(session, actor, vote_id,
                                                                   entries),
                    success=lambda count: messages.show_info(
                        self, self.tr("已录入 {0} 张选票。").format(count))).run()
        JobOp(self.context, parent=self,
              job=lambda _db, _p: election_sheets.read_ballots(path, items),
              success=write).with_progress(self.tr("正在读取选票…")).run()

    def show_tally(self) -> None:
        from ui.elections.tally_dialog import TallyDialog  # noqa: PLC0415

        def show(info: votes.VoteInfo) -> None:
            self.dialog = TallyDialog(self.context, info, self)
            self.dialog.open()  # type: ignore[attr-defined]
        self._with_vote(show)

    def print_ballots(self, kind: str) -> None:
        def printing(info: votes.VoteInfo) -> None:
            render = (vote_ballots.render_ballots if kind == "ballots"
                      else vote_ballots.render_proxies)
            title = self.tr("选票") if kind == "ballots" else self.tr("委托书")
            out = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{title}.pdf"
            vote_id = info.id
            generate_report(self.context, f"{info.title} {title}",
                            lambda session: vote_ballots.build(session, vote_id),
                            lambda book, progress=None: render(book, out, progress), self)
        self._with_vote(printing)


    def print_notice(self, kind: str) -> None:
        """公告 of the meeting or 公示 of the result; refused with the reason when the roll is
        not frozen, the meeting has no date or no ballot is in."""
        make = vote_notices.meeting_notice if kind == "notice" else vote_notices.result_notice
        title = self.tr("会议公告") if kind == "notice" else self.tr("结果公示")

        def printing(info: votes.VoteInfo) -> None:
            out = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{title}.pdf"
            vote_id = info.id
            generate_report(self.context, f"{info.title} {title}",
                            lambda session: make(vote_notices.build(session, vote_id)),
                            lambda document, progress=None: vote_notices.render(
                                document, out).path, self)
        self._with_vote(printing)

    def edit_course(self) -> None:
        from ui.elections.course_dialog import CourseDialog, CourseState, load_course  # noqa: PLC0415

        def show(info: votes.VoteInfo) -> None:
            def opened(state: CourseState) -> None:
                self.dialog = CourseDialog(self.context, info, state, self)
                self.dialog.open()  # type: ignore[attr-defined]
            ReadOp(self.context, parent=self, query=load_course(info.id, dt.date.today()),
                   success=opened).run()
        self._with_vote(show)

    def print_form(self, kind: str) -> None:
        """候选人资格审查表 or 备案材料清单."""
        draw = election_forms.render_review if kind == "review" else election_forms.render_filing
        title = self.tr("候选人资格审查表") if kind == "review" else self.tr("备案材料清单")

        def printing(info: votes.VoteInfo) -> None:
            out = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{title}.pdf"
            vote_id = info.id
            generate_report(self.context, f"{info.title} {title}",
                            lambda session: election_forms.build(session, vote_id),
                            lambda forms, progress=None: draw(forms, out, progress), self)
        self._with_vote(printing)

    def import_arrears(self) -> None:
        self._with_vote(self._import_arrears)

    def _import_arrears(self, info: votes.VoteInfo) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择物业欠费名单（列：业主姓名、楼栋、单元、房号、欠费金额）"), "",
            self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.load_arrears_file(info, Path(path))

    def load_arrears_file(self, info: votes.VoteInfo, path: Path) -> None:
        """Candidates on the list are recorded as not eligible, with the unit and amount."""
        from models.elections.course import ArrearsRow, apply_arrears  # noqa: PLC0415

        def write(rows: list[ArrearsRow]) -> None:
            WriteOp(self.context, parent=self, changes={Kind.VOTES},
                    op=lambda session, actor: apply_arrears(session, actor, info.id, rows,
                                                            dt.date.today()),
                    success=lambda marked: messages.show_info(self, self.tr(
                        "欠费名单 {0} 行；认定不具备资格的候选人：{1}").format(
                        len(rows), "、".join(marked) or self.tr("无")))).run()
        JobOp(self.context, parent=self, job=lambda _db, _p: election_sheets.read_arrears(path),
              success=write).with_progress(self.tr("正在读取欠费名单…")).run()

    def edit_settings(self) -> None:
        from models.elections.config import election_settings  # noqa: PLC0415
        from ui.elections.settings_dialog import ElectionSettingsDialog  # noqa: PLC0415

        def show(current: object) -> None:
            self.dialog = ElectionSettingsDialog(self.context, current, self)  # type: ignore[arg-type]
            self.dialog.open()  # type: ignore[attr-defined]
        ReadOp(self.context, parent=self, query=election_settings, success=show).run()

    def edit_prep_group(self) -> None:
        from ui.elections.review_dialogs import PrepGroupDialog, load_prep  # noqa: PLC0415

        def show(info: votes.VoteInfo) -> None:
            def opened(members: list) -> None:  # type: ignore[type-arg]
                self.dialog = PrepGroupDialog(self.context, info, members, self)
                self.dialog.open()  # type: ignore[attr-defined]
            ReadOp(self.context, parent=self, query=load_prep(info.id), success=opened).run()
        self._with_vote(show)

    def edit_reviews(self) -> None:
        from ui.elections.review_dialogs import ReviewDialog, load_reviews  # noqa: PLC0415

        def show(info: votes.VoteInfo) -> None:
            if info.seats is None:
                messages.show_info(self, self.tr("只有选举业主委员会的表决才有候选人资格审查。"))
                return

            def opened(found: list) -> None:  # type: ignore[type-arg]
                self.dialog = ReviewDialog(self.context, info, found, self)
                self.dialog.open()  # type: ignore[attr-defined]
            ReadOp(self.context, parent=self, query=load_reviews(info.id), success=opened).run()
        self._with_vote(show)
