"""Party organisations as a tree: 社区党委 → 小区党支部 → 楼栋党小组, and the 社区综合党委
with the resident units' own organisations on it."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.registry.entities import ORG_KINDS, Community, PartyOrg, Person

# Which kinds may sit under which parent kind (None: a root).
ALLOWED_PARENTS: dict[str, set[str | None]] = {
    "community_committee": {None},
    "joint_committee": {None, "community_committee"},
    "compound_branch": {"community_committee"},
    "building_group": {"compound_branch"},
    "unit_org": {"joint_committee"},
}


@dataclass(frozen=True)
class OrgRow:
    id: int
    version: int
    parent_id: int | None
    name: str
    kind: str
    compound_id: int | None
    building_id: int | None
    unit_id: int | None
    secretary_name: str
    depth: int

    @property
    def kind_label(self) -> str:
        return ORG_KINDS.get(self.kind, self.kind)


def create_org(session: Session, actor: Actor, community_id: int, *, name: str, kind: str,
               parent_id: int | None = None, compound_id: int | None = None,
               building_id: int | None = None, unit_id: int | None = None,
               secretary_id: int | None = None) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    name = validation.text("name", "组织名称", name, required=True, limit=200)
    kind = validation.choice("kind", "组织类型", kind, ORG_KINDS)
    parent_kind = None
    if parent_id is not None:
        parent_kind = records.load(session, PartyOrg, parent_id, "党组织").kind
    if parent_kind not in ALLOWED_PARENTS[kind]:
        raise FieldError("parent_id", "org.bad_parent", kind=ORG_KINDS[kind])
    if secretary_id is not None:
        records.load(session, Person, secretary_id, "人员")
    org = PartyOrg(community_id=community_id, name=name, kind=kind, parent_id=parent_id,
                   compound_id=compound_id, building_id=building_id, unit_id=unit_id,
                   secretary_id=secretary_id)
    return records.create(session, actor, org).id


def list_orgs(session: Session) -> list[OrgRow]:
    """Depth-first, parents before children, siblings by name."""
    rows = session.execute(
        select(PartyOrg.id, PartyOrg.version, PartyOrg.parent_id, PartyOrg.name, PartyOrg.kind,
               PartyOrg.compound_id, PartyOrg.building_id, PartyOrg.unit_id,
               func.coalesce(Person.name, ""))
        .outerjoin(Person, Person.id == PartyOrg.secretary_id).order_by(PartyOrg.name)).all()
    children: dict[int | None, list[tuple]] = {}
    for row in rows:
        children.setdefault(row[2], []).append(tuple(row))
    ordered: list[OrgRow] = []

    def walk(parent: int | None, depth: int) -> None:
        for row in children.get(parent, []):
            ordered.append(OrgRow(*row, depth=depth))  # type: ignore[misc]
            walk(row[0], depth + 1)

    walk(None, 0)
    return ordered
