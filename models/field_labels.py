"""Chinese names of columns, for the history view and audit printouts."""
from __future__ import annotations

FIELD_LABELS = {
    "name": "名称", "code": "代码", "kind": "类型", "total_area": "专有部分总面积",
    "unit_count": "专有部分总套数", "property_company": "物业服务企业", "address": "地址",
    "uscc": "统一社会信用代码", "contact_name": "联系人", "contact_phone": "联系电话",
    "gender": "性别", "id_number": "公民身份号码", "phone": "联系电话",
    "compound_id": "所在小区", "building_id": "楼栋", "is_party_member": "党员",
    "party_since": "入党时间", "note": "备注", "chief_id": "楼栋长/街巷长",
    "entrance_chief_id": "楼口长", "parent_id": "上级组织", "secretary_id": "书记",
    "username": "用户名", "display_name": "姓名", "role": "角色", "active": "启用",
    "updated_by": "修改人", "field": "查看项目",
}
ACTION_LABELS = {"create": "新增", "update": "修改", "delete": "删除", "reveal": "查看身份证号",
                 "login": "登录", "login_failed": "登录失败", "password": "修改密码"}

def _area_field_labels() -> dict[str, str]:
    from models.issues.problems import LABELS as PROBLEM_LABELS  # noqa: PLC0415

    return PROBLEM_LABELS


def label_of(key: str) -> str:
    """The Chinese name of a column, or its key when none is known."""
    return FIELD_LABELS.get(key) or _area_field_labels().get(key, key)


HIDDEN = {"id", "version", "created_at", "updated_at", "search_key", "community_id",
          "password_hash"}


def describe_change(before: dict, after: dict) -> str:
    """'名称：旧 → 新' lines for the fields that changed (ID numbers masked: the trail
    holds them masked with a digest, entries older than that whole)."""

    lines = []
    for key in sorted(set(before) | set(after)):
        if key in HIDDEN or key == "updated_by":
            continue
        old, new = before.get(key), after.get(key)
        if key == "id_number":
            old, new = _masked(old), _masked(new)
        label = label_of(key)
        if before and after:
            lines.append(f"{label}：{_text(old)} → {_text(new)}")
        else:
            lines.append(f"{label}：{_text(new if after else old)}")
    return "\n".join(lines)


def _masked(value: object) -> str:
    """The trail holds a number masked with its digest; entries older than that, whole."""
    from models.audit import shown  # noqa: PLC0415
    from models.validation import mask_id_number  # noqa: PLC0415

    plain = shown(value)
    return str(plain) if plain != value else mask_id_number(value)  # type: ignore[arg-type]


def _text(value: object) -> str:
    if value is None or value == "":
        return "（空）"
    if value is True:
        return "是"
    if value is False:
        return "否"
    return str(value)
