"""The two-level category taxonomy an administrator edits, and its seed."""
from __future__ import annotations

import pytest

from models.db import Database
from models.errors import FieldError, FieldErrors, UserError
from models.issues import taxonomy
from tests.models.issues.helpers import ADMIN, Office, new_problem


def test_seed_is_realistic_and_ordered(db: Database, office: Office) -> None:
    with db.session() as session:
        rows = taxonomy.list_categories(session)
        assert taxonomy.seed_categories(session, ADMIN) == 0  # only on an empty taxonomy
    majors = [r.name for r in rows if r.is_major]
    assert len(majors) == 12 and len(rows) - len(majors) >= 40
    assert majors[:3] == ["环境卫生", "物业管理", "市政设施"]
    assert [r.path for r in rows[:3]] == ["环境卫生", "环境卫生/垃圾清运", "环境卫生/乱堆乱放"]
    assert {"物业管理/电梯故障", "市政设施/路灯", "安全隐患/消防通道", "邻里纠纷",
            "停车管理", "供水供电", "老旧小区改造"} <= {r.path for r in rows}


def test_admin_edits_two_levels_only(db: Database, office: Office) -> None:
    with db.session() as session:
        major = taxonomy.create_category(session, ADMIN, name="疫情防控")
        minor = taxonomy.create_category(session, ADMIN, name="核酸检测", parent_id=major)
        with pytest.raises(FieldError) as too_deep:
            taxonomy.create_category(session, ADMIN, name="采样点", parent_id=minor)
        with pytest.raises(FieldError) as twice:
            taxonomy.create_category(session, ADMIN, name="环境卫生")
    assert too_deep.value.message == "问题类别只有大类和小类两级，小类下不能再设小类。"
    assert twice.value.message == "已存在同名的问题类别：环境卫生。"
    with db.read_session() as session:
        rows = taxonomy.list_categories(session)
    assert [r.path for r in rows[-2:]] == ["疫情防控", "疫情防控/核酸检测"]


def test_problem_needs_an_active_minor_where_there_is_one(db: Database,
                                                          office: Office) -> None:
    cat = office.categories
    with pytest.raises(FieldErrors) as needs_minor, db.session() as session:
        new_problem(session, office, category_id=cat["环境卫生"])
    assert needs_minor.value.by_field()["category_id"] == "“环境卫生”下设有小类，请选择具体的小类。"
    with db.session() as session:
        row = next(r for r in taxonomy.list_categories(session) if r.path == "市政设施/路灯")
        taxonomy.update_category(session, ADMIN, row.id, row.version, name="路灯照明",
                                 sort_order=row.sort_order, active=False)
        active = {r.path for r in taxonomy.list_categories(session, active_only=True)}
    assert "市政设施/路灯照明" not in active and "市政设施/井盖缺失" in active
    with pytest.raises(FieldErrors) as inactive, db.session() as session:
        new_problem(session, office, category_id=row.id)
    assert inactive.value.by_field()["category_id"] == "问题类别“路灯照明”已停用，请选择其他类别。"


def test_a_category_in_use_is_not_deleted(db: Database, office: Office) -> None:
    cat = office.categories
    with db.session() as session:
        new_problem(session, office)
        unused = taxonomy.create_category(session, ADMIN, name="其他")
    with pytest.raises(UserError) as in_use, db.session() as session:
        taxonomy.delete_category(session, ADMIN, cat["环境卫生/垃圾清运"], 1)
    assert in_use.value.message == "问题类别“垃圾清运”仍被其他记录引用，不能删除。"
    with db.session() as session:
        taxonomy.delete_category(session, ADMIN, unused, 1)
        assert "其他" not in {r.name for r in taxonomy.list_categories(session)}
