"""Translations. Chinese is the source language; English ships as resources/translations.

    python -m ui.i18n update    refresh gongjian_en.ts from the sources (keeps translations)
    python -m ui.i18n release   compile gongjian_en.ts to gongjian_en.qm
    python -m ui.i18n merge F…  fill missing translations from other .ts files (after a
                                merge conflict: take one side, update, merge the other side)

`pyside6-lupdate` finds the `self.tr("…")` strings in ui/. Texts that come from models/
(error messages, the names of kinds and roles) cannot call Qt there, so the update also
adds them under the contexts "UserError" and "domain", and the UI shows them through
`domain()` and UserError.localized().
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "gongjian_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def domain(text: str) -> str:
    """A label defined in models/ (a kind, a role, a state), translated for display."""
    return QCoreApplication.translate("domain", text)


def model_texts() -> dict[str, list[str]]:
    """Every user-visible text defined in models/, by translation context."""
    import models.entities  # noqa: F401, PLC0415 - registers every area's messages
    from models import field_labels  # noqa: PLC0415
    from models.messages import MESSAGES  # noqa: PLC0415
    from models.registry import entities as registry  # noqa: PLC0415
    from models.users_entities import ROLES  # noqa: PLC0415

    _import_services()
    labels: list[str] = []
    for table in (registry.COMPOUND_KINDS, registry.UNIT_KINDS, registry.ORG_KINDS,
                  registry.PERSON_ROLES, registry.GENDERS, ROLES, field_labels.ACTION_LABELS,
                  *_area_labels()):
        labels.extend(table.values())
    return {"UserError": sorted(set(MESSAGES.values())), "domain": sorted(set(labels))}


def _import_services() -> None:
    """Service and report modules register their UserError messages when imported."""
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    import models  # noqa: PLC0415
    import reports  # noqa: PLC0415

    for package in (models, reports):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)


def _area_labels() -> list[dict[object, str]]:
    """The vocabularies of the ledgers (states, sources, levels, funds, kinds …)."""
    from models.elections import config as election_config  # noqa: PLC0415
    from models.elections import course, tally  # noqa: PLC0415
    from models.elections import entities as elections  # noqa: PLC0415
    from models.elections import rules as election_rules  # noqa: PLC0415
    from models.funds import dues  # noqa: PLC0415
    from models.funds import entities as funds  # noqa: PLC0415
    from models.governance import vocab as governance  # noqa: PLC0415
    from models.issues import vocab  # noqa: PLC0415
    from models.services import lifecycle as service_lifecycle  # noqa: PLC0415
    from models.services import vocab as services  # noqa: PLC0415
    from models.upward import receipts as upward_receipts  # noqa: PLC0415
    from models.volunteers import entities as volunteers  # noqa: PLC0415

    return [volunteers.BOOKING_STATES, volunteers.PERIODS,
            vocab.SOURCES, vocab.URGENCIES, vocab.STATES, vocab.LEVELS, vocab.LEVEL_SHORT,
            vocab.ASSIGNMENT_RESULTS, vocab.LETTER_KINDS, vocab.MEASURES, funds.FUNDS,
            funds.KINDS, funds.STATUSES, funds.RECEIPT_SOURCES, dues.STATUSES,
            tally.MATTERS, tally.CHOICES, elections.CHANNELS, elections.UNIT_KINDS,
            election_rules.BODY_KINDS, election_rules.POSTS, election_rules.PREP_SIDES,
            course.STEP_LABELS, course.MEETING_FORMS, course.FILING_DOCUMENTS, course.VERDICTS,
            {key: label for key, (label, _low, _high) in election_config.LIMITS.items()},
            governance.SETTLED_WHERE, governance.MEETING_SIDES, governance.DISPUTE_TYPES,
            governance.OUTCOMES, governance.PARTY_SIDES, governance.PARTY_KINDS,
            governance.SOURCE_GROUPS, governance.QUALITIES, governance.FOUND_HOW,
            governance.TRAINING_FORMS, governance.POSTS, governance.PROPERTY_ORIGINS,
            governance.CASE_STATES,
            services.KINDS, services.DIRECTIONS, services.STATES, services.CLAIMANT_KINDS,
            services.RATINGS, services.SIDES, service_lifecycle.ACTION_LABELS,
            upward_receipts.RECEIPT_STATES]


def _sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").rglob("*.py"))]


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    found = [p for p in folder.glob(f"pyside6-{name}*") if p.suffix in ("", ".exe")]
    return str(found[0]) if found else f"pyside6-{name}"


def update(ts_file: Path = TS_FILE) -> None:
    # lupdate drops contexts it does not find in the sources (-no-obsolete): keep the
    # translations of the model texts to put them back.
    known = messages_of(ts_file) if ts_file.exists() else {}
    subprocess.run([_tool("lupdate"), *_sources(), "-ts", str(ts_file), "-source-language",
                    "zh_CN", "-target-language", "en", "-no-obsolete", "-locations", "none"],
                   cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context_name, texts in model_texts().items():
        context = _context(root, context_name)
        existing = {m.findtext("source"): m for m in context.findall("message")}
        for message in list(context.findall("message")):
            if message.findtext("source") not in texts:
                context.remove(message)
        for text in texts:
            if text not in existing:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                previous = known.get((context_name, text), "")
                if previous:
                    ET.SubElement(message, "translation").text = previous
                else:
                    ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([_tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True)


def messages_of(ts_file: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation ("" when unfinished)."""
    found = {}
    for context in ET.parse(ts_file).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            found[(context.findtext("name") or "", message.findtext("source") or "")] = (
                (translation.text or "") if done and translation is not None else "")
    return found


def unfinished(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every message without an English translation."""
    return [key for key, text in messages_of(ts_file).items() if not text.strip()]


def merge(*others: str, ts_file: Path = TS_FILE) -> int:
    """Copy translations from `others` into messages of `ts_file` that have none.

    Matched by context and source, else by source alone. Returns how many were filled.
    """
    known: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for other in others:
        for (context, source), text in messages_of(Path(other)).items():
            if text.strip():
                known.setdefault((context, source), text)
                by_source.setdefault(source, text)
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = known.get((name, source)) or by_source.get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    if sys.argv[1] == "merge":
        print(f"filled {merge(*sys.argv[2:])} translations")
    else:
        {"update": update, "release": release}[sys.argv[1]]()
