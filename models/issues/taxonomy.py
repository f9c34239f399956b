"""Problem categories: a two-level taxonomy (大类 → 小类) an administrator edits.

A 大类 without 小类 may be chosen for a problem itself; once it has 小类, a problem must
name one of them, so statistics by 大类 and by 小类 both add up. Categories in use are
deactivated rather than deleted, so old problems keep their category.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import records, validation
from models.auth import SYSTEM, Actor, require
from models.errors import FieldError, UserError
from models.issues.entities import IssueCategory, Problem

# A realistic default set (the article's city uses 69 categories in practice).
SEED: list[tuple[str, list[str]]] = [
    ("环境卫生", ["垃圾清运", "乱堆乱放", "卫生死角", "污水外溢", "油烟异味"]),
    ("物业管理", ["电梯故障", "物业服务不到位", "物业费纠纷", "维修资金使用", "门禁监控"]),
    ("市政设施", ["路灯", "道路破损", "井盖缺失", "排水管网", "公共厕所"]),
    ("安全隐患", ["消防通道", "高空坠物", "电动车充电", "危房险房", "燃气安全"]),
    ("邻里纠纷", ["噪声扰民", "漏水渗水", "宠物饲养", "占用公共空间"]),
    ("停车管理", ["车位不足", "乱停乱放", "非机动车停放"]),
    ("供水供电", ["停水", "水压不足", "停电", "线路老化"]),
    ("老旧小区改造", ["外墙脱落", "屋顶漏水", "加装电梯", "管网改造"]),
    ("园林绿化", ["树木修剪", "绿地侵占", "绿化补植"]),
    ("城市管理", ["占道经营", "违章搭建", "户外广告"]),
    ("民生服务", ["养老服务", "就业帮扶", "救助帮困", "医疗卫生"]),
    ("社会治安", ["治安巡逻", "矛盾调解", "防诈宣传"]),
]


@dataclass(frozen=True)
class CategoryRow:
    id: int
    version: int
    parent_id: int | None
    name: str
    sort_order: int
    active: bool
    major_name: str  # the 大类's name (its own name for a 大类)
    child_count: int

    @property
    def is_major(self) -> bool:
        return self.parent_id is None

    @property
    def path(self) -> str:
        """环境卫生/垃圾清运, or 环境卫生 for a 大类."""
        return self.name if self.parent_id is None else f"{self.major_name}/{self.name}"


def list_categories(session: Session, *, active_only: bool = False) -> list[CategoryRow]:
    """Every 大类 followed by its 小类, each level in sort order."""
    major = aliased(IssueCategory)
    child = aliased(IssueCategory)
    children = (select(func.count(child.id)).where(child.parent_id == IssueCategory.id)
                .scalar_subquery())
    stmt = (select(IssueCategory.id, IssueCategory.version, IssueCategory.parent_id,
                   IssueCategory.name, IssueCategory.sort_order, IssueCategory.active,
                   func.coalesce(major.name, IssueCategory.name), children,
                   func.coalesce(major.sort_order, IssueCategory.sort_order).label("major_sort"),
                   func.coalesce(major.id, IssueCategory.id).label("major_id"))
            .outerjoin(major, major.id == IssueCategory.parent_id))
    if active_only:
        stmt = stmt.where(IssueCategory.active.is_(True))
    rows = list(session.execute(stmt).all())
    rows.sort(key=lambda r: (r.major_sort, r.major_id, r.parent_id is not None,
                             r.sort_order, r.id))
    return [CategoryRow(*row[:8]) for row in rows]


def category_name(name: str) -> str:
    return validation.text("name", "类别名称", name, required=True, limit=50)


def _check_unique(session: Session, parent_id: int | None, name: str,
                  exclude: int | None = None) -> None:
    # NULL parent_id escapes the UNIQUE constraint in SQL, so 大类 are checked here.
    stmt = select(IssueCategory.id).where(IssueCategory.name == name,
                                          IssueCategory.parent_id.is_(None) if parent_id is None
                                          else IssueCategory.parent_id == parent_id)
    if exclude is not None:
        stmt = stmt.where(IssueCategory.id != exclude)
    if session.execute(stmt).first() is not None:
        raise FieldError("name", "record.duplicate", entity="问题类别", name=name)


def create_category(session: Session, actor: Actor, *, name: str, parent_id: int | None = None,
                    sort_order: int | None = None) -> int:
    """A 大类 (no parent) or a 小类 under a 大类. Administrators only."""
    actor = require(session, actor, "admin")
    name = category_name(name)
    if parent_id is not None:
        parent = records.load(session, IssueCategory, parent_id, "问题类别")
        if parent.parent_id is not None:
            raise FieldError("parent_id", "issue.category_depth")
    _check_unique(session, parent_id, name)
    if sort_order is None:
        last = session.execute(select(func.max(IssueCategory.sort_order)).where(
            IssueCategory.parent_id.is_(None) if parent_id is None
            else IssueCategory.parent_id == parent_id)).scalar()
        sort_order = (last or 0) + 10
    category = IssueCategory(name=name, parent_id=parent_id, sort_order=sort_order, active=True)
    return records.create(session, actor, category).id


def update_category(session: Session, actor: Actor, category_id: int, version: int, *,
                    name: str, sort_order: int, active: bool) -> None:
    """Rename, reorder, deactivate or reactivate. The level never changes."""
    actor = require(session, actor, "admin")
    category = records.load(session, IssueCategory, category_id, "问题类别")
    name = category_name(name)
    _check_unique(session, category.parent_id, name, exclude=category_id)
    records.update(session, actor, category, version, "问题类别",
                   {"name": name, "sort_order": int(sort_order), "active": bool(active)})


def delete_category(session: Session, actor: Actor, category_id: int, version: int) -> None:
    """Only a category no problem uses and without 小类; otherwise deactivate it."""
    actor = require(session, actor, "admin")
    category = records.load(session, IssueCategory, category_id, "问题类别")
    used = session.execute(select(Problem.id).where(
        (Problem.category_id == category_id) | (Problem.major_category_id == category_id))
        .limit(1)).first()
    has_children = session.execute(select(IssueCategory.id).where(
        IssueCategory.parent_id == category_id).limit(1)).first()
    if used is not None or has_children is not None:
        raise UserError("record.in_use", entity="问题类别", name=category.name)
    records.delete(session, actor, category, version, "问题类别", category.name)


def seed_categories(session: Session, actor: Actor = SYSTEM) -> int:
    """The default taxonomy, on a database that has none yet. Returns how many were made."""
    if session.execute(select(IssueCategory.id).limit(1)).first() is not None:
        return 0
    made = 0
    for major_index, (major, minors) in enumerate(SEED, start=1):
        major_id = create_category(session, actor, name=major, sort_order=major_index * 10)
        made += 1
        for minor_index, minor in enumerate(minors, start=1):
            create_category(session, actor, name=minor, parent_id=major_id,
                            sort_order=minor_index * 10)
            made += 1
    return made


def resolve_category(session: Session, category_id: int | None) -> tuple[int, int]:
    """(category_id, major_category_id) for a problem, or FieldError on `category_id`."""
    category = session.get(IssueCategory, category_id) if category_id is not None else None
    if category is None:
        raise FieldError("category_id", "field.bad_choice", label="问题类别")
    if not category.active:
        raise FieldError("category_id", "issue.category_inactive", name=category.name)
    if category.parent_id is not None:
        return category.id, category.parent_id
    has_children = session.execute(select(IssueCategory.id).where(
        IssueCategory.parent_id == category.id).limit(1)).first()
    if has_children is not None:
        raise FieldError("category_id", "issue.category_needs_minor", name=category.name)
    return category.id, category.id
