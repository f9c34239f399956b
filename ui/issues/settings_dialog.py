"""考核分值与发文设置: the administrator's settings of the issue ledger.

The points of 量化考核 (models.issues.config.ScoringRules, national defaults shipped) and
the letter settings (机关代字 of the 文号, the red 发文机关标志, the 署名). Both load on the
worker and save in one unit of work; a value the service refuses shows beside its field.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from models import validation
from models.issues import config
from models.issues.config import LetterSettings, ScoringRules
from ui.common.changes import Kind
from ui.common.fields import TextField
from ui.common.operations import ReadOp
from ui.issues.action_form import ActionForm, ServiceCall

POINTS = tuple(config.LABELS)
LETTER_FIELDS = ("prefix", "issuer_mark", "signature")


@dataclass(frozen=True)
class SettingsValues:
    points: tuple[str, ...]  # as typed, in POINTS order
    prefix: str
    issuer_mark: str
    signature: str


class IssueSettingsDialog(ActionForm):
    changes = frozenset({Kind.ISSUE_SETTINGS})

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(context, parent)
        self.versions = (0, 0)
        self.set_texts(self.tr("考核分值与发文设置"), self.tr(
            "量化考核的分值（负数为扣分）和督办函的文号、发文机关。修改只影响以后的计算和发文，"
            "已签发的函件不变。"), self.tr("保存"))
        labels = {"on_time": self.tr("按期办结"), "late": self.tr("逾期"),
                  "per_day_overdue": self.tr("每逾期一天"),
                  "overdue_day_cap": self.tr("逐日扣分上限天数"),
                  "reopened": self.tr("每次重新办理"), "report_days": self.tr("报到期限天数"),
                  "report_late": self.tr("逾期报到"), "letter": self.tr("每份督办函"),
                  "escalated": self.tr("升级")}
        for name in POINTS:
            self.add_field(name, labels[name], TextField(right=True, max_length=10),
                           required=True)
        self.add_field("prefix", self.tr("机关代字"), TextField(self.tr("如：兴文社区")),
                       required=True)
        self.add_field("issuer_mark", self.tr("发文机关标志"), TextField())
        self.add_field("signature", self.tr("发文机关署名"), TextField())
        self.save_button.setEnabled(False)

        ReadOp(context, parent=self,
               query=lambda session: (config.scoring_rules(session),
                                      config.letter_settings(session)),
               success=self._loaded).run()

    def _loaded(self, result: tuple[ScoringRules, LetterSettings]) -> None:
        rules, letters = result
        self.versions = (rules.version, letters.version)
        self.start(SettingsValues(tuple(str(getattr(rules, n)) for n in POINTS),
                                  letters.prefix, letters.issuer_mark, letters.signature))

    def collect(self) -> SettingsValues:
        f = self.fields
        return SettingsValues(tuple(f[n].value() for n in POINTS),
                              *(f[n].value() for n in LETTER_FIELDS))

    def load(self, data: SettingsValues) -> None:
        for name, value in zip(POINTS, data.points, strict=True):
            self.fields[name].set_value(value)
        for name in LETTER_FIELDS:
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: SettingsValues) -> None:
        check = validation.Collector()
        for name, value in zip(POINTS, data.points, strict=True):
            check(validation.text, name, config.LABELS[name], value, required=True)
        check(validation.text, "prefix", self.tr("机关代字"), data.prefix, required=True)
        check.done()

    def service(self, data: SettingsValues) -> ServiceCall:
        actor, (rules_version, letters_version) = self.context.actor, self.versions
        points = dict(zip(POINTS, data.points, strict=True))
        letters = LetterSettings(data.prefix, data.issuer_mark, data.signature, letters_version)

        def call(session) -> None:  # noqa: ANN001
            config.set_scoring_rules(session, actor, rules_version, points)
            config.set_letter_settings(session, actor, letters)
        return call
