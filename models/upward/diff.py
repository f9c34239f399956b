"""Field-by-field differences between the last accepted package of a period and a newer
revision of it: figures by path, records by UUID (added, removed, changed fields)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.upward import labels


@dataclass(frozen=True)
class Change:
    module: str
    where: str  # "统计数字" or a record's label (number, voucher, name)
    field: str  # a dotted path inside figures, or the record's field
    old: str
    new: str
    label: str = ""  # the field's Chinese name (labels.py), for the clerk

    @property
    def shown_field(self) -> str:
        return self.label or self.field


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, item in value.items():
            flat.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    return {prefix: value}


def _label(record: dict[str, Any]) -> str:
    for key in ("number", "voucher", "name"):
        if key in record:
            return str(record[key])
    return str(record["uuid"])[:8]


def module_changes(module: str, old: dict[str, Any] | None, new: dict[str, Any]
                   ) -> list[Change]:
    old = old or {"figures": {}, "records": []}
    changes = []
    before, after = _flatten(old["figures"]), _flatten(new["figures"])
    for path in sorted(set(before) | set(after)):
        if before.get(path) != after.get(path):
            changes.append(Change(module, "统计数字", path, _text(before.get(path)),
                                  _text(after.get(path)), labels.figure_path(module, path)))
    old_records = {r["uuid"]: r for r in old["records"]}
    new_records = {r["uuid"]: r for r in new["records"]}
    for uuid, record in new_records.items():
        previous = old_records.get(uuid)
        if previous is None:
            changes.append(Change(module, _label(record), "（新增）", "—", "新增记录"))
            continue
        for field in sorted(set(previous) | set(record)):
            if field != "revision" and previous.get(field) != record.get(field):
                changes.append(Change(
                    module, _label(record), field,
                    labels.value(module, field, _text(previous.get(field))),
                    labels.value(module, field, _text(record.get(field))),
                    labels.record_field(module, field)))
    for uuid, record in old_records.items():
        if uuid not in new_records:
            changes.append(Change(module, _label(record), "（删除）", "原有记录", "—"))
    return changes


def package_changes(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]
                    ) -> list[Change]:
    changes: list[Change] = []
    for module in sorted(set(old) | set(new)):
        if module in new:
            changes += module_changes(module, old.get(module), new[module])
    return changes
