"""What the toolbar of the ledger and the buttons of the detail dialog do: one controller.

`enabled(action, problem)` says whether an action is offered for the selected problem
and the signed-in role: lifecycle steps by models.issues.lifecycle.allowed_actions, the
measures by the same rules the services apply (the service still checks, and a refusal
is shown in words). `run(action, problem)` opens the action's dialog; after a save,
`changed(problem_id)` tells the page and the detail dialog to reload.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from models.issues import letters as letter_service
from models.issues.detail import get_problem
from models.issues.lifecycle import TRANSITIONS, allowed_actions, allowed_measures
from models.issues.problems import ProblemData
from models.issues.ui_queries import IssueLookups, responsible, review_candidates
from reports import issue_letter
from ui.common.operations import ReadOp
from ui.common.pdf_preview import generate
from ui.issues.action_form import ProblemRef
from ui.issues.assign_dialog import AssignForm
from ui.issues.letter_dialog import LetterForm
from ui.issues.measure_dialogs import AccountabilityForm, CoordinationForm
from ui.issues.meeting_dialog import MeetingDialog
from ui.issues.problem_form import ProblemForm
from ui.issues.step_dialogs import ACTIONS as STEP_ACTIONS
from ui.issues.step_dialogs import StepForm

# Actions that need no selected problem.
GENERAL = {"new": "clerk", "meeting": "reviewer"}


class ProblemActions(QObject):
    changed = Signal(int)  # id of the problem that changed (0: several, after a meeting)

    def __init__(self, context, parent: QWidget) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self.lookups: IssueLookups | None = None
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)

    def enabled(self, action: str, problem: ProblemRef | None) -> bool:
        actor = self.context.actor
        if not actor.username:
            return False
        if action in GENERAL:
            return actor.can(GENERAL[action])
        if problem is None:
            return False
        if action in ("view", "edit"):
            return True
        if action in TRANSITIONS:
            return action in allowed_actions(problem.state, actor)
        return action in allowed_measures(problem.state, problem.level is not None, actor)

    def run(self, action: str, problem: ProblemRef | None) -> None:
        if action == "new":
            self.new_problem()
        elif action in ("meeting", "review_in", "review_out"):
            self.meeting(problem)
        elif problem is None:
            return
        elif action == "view":
            self.view(problem)
        elif action == "edit":
            self.edit(problem)
        elif action in ("assign", "escalate"):
            lookups = self._lookups()
            self._open(AssignForm(self.context, problem, lookups.units, lookups.departments,
                                  escalate=action == "escalate", parent=self.parent_widget),
                       problem.id)
        elif action in STEP_ACTIONS:
            self._open(StepForm(self.context, action, problem, self.parent_widget), problem.id)
        elif action == "letter":
            self.letter(problem)
        elif action == "coordinate":
            self._open(CoordinationForm(self.context, problem, self.parent_widget), problem.id)
        elif action == "accountability":
            self.accountability(problem)

    # --- the dialogs ----------------------------------------------------------------------

    def _lookups(self) -> IssueLookups:
        assert self.lookups is not None, "the page loads the lookups before enabling actions"
        return self.lookups

    def _open(self, dialog: QDialog, problem_id: int) -> None:
        dialog.saved.connect(lambda _result: self.changed.emit(problem_id))  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()

    def new_problem(self) -> None:
        form = ProblemForm(self.context, self._lookups(), self.parent_widget)
        form.start(ProblemData(source="ground", category_id=None,  # type: ignore[arg-type]
                               found_on=dt.date.today(), title=""))
        form.saved.connect(lambda status: self.changed.emit(getattr(status, "id", 0)))
        self.dialog = form
        form.open()

    def edit(self, problem: ProblemRef) -> None:
        problem_id = problem.id

        def query(session: Session) -> Any:
            return get_problem(session, problem_id)

        def show(record: Any) -> None:
            form = ProblemForm(self.context, self._lookups(), self.parent_widget)
            form.setWindowTitle(self.tr("修改问题 {0}").format(record.number))
            form.start(record.data(), record_id=record.id, version=record.version)
            self._open(form, record.id)
        ReadOp(self.context, parent=self, query=query, success=show).run()

    def view(self, problem: ProblemRef) -> None:
        from ui.issues.detail_dialog import ProblemDetailDialog  # noqa: PLC0415

        dialog = ProblemDetailDialog(self.context, problem.id, self._lookups(),
                                     self.parent_widget)
        dialog.changed.connect(self.changed)
        self.dialog = dialog
        dialog.open()

    def meeting(self, problem: ProblemRef | None) -> None:
        preselect = [problem.id] if problem is not None else []

        def query(session: Session) -> Any:
            return review_candidates(session)

        def show(candidates: Any) -> None:
            dialog = MeetingDialog(self.context, candidates, self._lookups().people,
                                   preselect, self.parent_widget)
            dialog.saved.connect(lambda _id: self.changed.emit(0))
            self.dialog = dialog
            dialog.open()
        ReadOp(self.context, parent=self, query=query, success=show).run()

    def letter(self, problem: ProblemRef) -> None:
        form = LetterForm(self.context, problem, self.parent_widget)
        form.saved.connect(self.preview_letter)
        self._open(form, problem.id)

    def preview_letter(self, letter: letter_service.LetterRow) -> None:
        title = f"{letter.number} {letter.title}"
        generate(self.context, title,
                 lambda _database, _progress: issue_letter.render(letter), self.parent_widget)

    def accountability(self, problem: ProblemRef) -> None:
        problem_id = problem.id

        def query(session: Session) -> Any:
            return responsible(session, problem_id)

        def show(found: Any) -> None:
            self._open(AccountabilityForm(self.context, problem, found, self._lookups().units,
                                          self.parent_widget), problem.id)
        ReadOp(self.context, parent=self, query=query, success=show).run()
