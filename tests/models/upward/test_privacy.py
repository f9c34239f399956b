"""No ID-card number, phone number, ballot or private person's name leaves the community
by default: every member of a package built from the demo database is read back (JSON as
text, the workbook's XML, the cover sheet's extracted text) and searched for them."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.auth import SYSTEM
from models.check import check_database
from models.db import Database, open_database
from models.demo import create_demo_database
from models.elections.entities import BodyMember, Owner
from models.funds.entities import FundEntry
from models.governance.entities import (
    CompoundMeetingAttendee,
    MediationParty,
    Mediator,
    PartyInstructor,
    PropertyService,
)
from models.issues.entities import Problem
from models.registry.entities import Person, ResidentUnit
from models.services.entities import ServiceItem
from models.upward import privacy
from models.upward.keys import KeyStore
from models.upward.period import parse_period
from models.volunteers.entities import LectureBooking, Wish
from reports.upward_package import export_package
from tests.models.upward.helpers import Community, export

MOBILE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")  # not inside a hex digest
ID_LIKE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])")


def member_texts(path: Path) -> dict[str, str]:
    texts = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(data)) as book:
                    texts[info.filename] = "".join(
                        book.read(inner).decode("utf-8") for inner in book.namelist())
            elif info.filename.endswith(".pdf"):
                texts[info.filename] = "".join(
                    page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
            else:
                texts[info.filename] = data.decode("utf-8")
    return texts


def private_data(session: Session) -> tuple[set[str], set[str]]:
    """(names of private persons, their ID and phone numbers) as the demo holds them."""
    names = set(session.scalars(select(Person.name)))
    names |= set(session.scalars(select(BodyMember.name)))
    names |= set(session.scalars(select(Owner.name)))
    names |= set(session.scalars(select(ResidentUnit.contact_name)))
    names |= set(session.scalars(select(Problem.reporter_name)))
    names |= set(session.scalars(select(FundEntry.approver)))
    names |= set(session.scalars(select(LectureBooking.name)))  # 志愿服务
    names |= set(session.scalars(select(Wish.wisher)))
    names |= set(session.scalars(select(MediationParty.name)  # 小区治理
                                 .where(MediationParty.kind == "resident")))
    names |= set(session.scalars(select(Mediator.name)))
    names |= set(session.scalars(select(CompoundMeetingAttendee.name)))
    names |= set(session.scalars(select(PartyInstructor.name)))
    names |= set(session.scalars(select(PropertyService.contact_name)))
    for column in (ServiceItem.claimant_text, ServiceItem.community_signer,  # 双服务清单
                   ServiceItem.unit_signer):
        names |= set(session.scalars(select(column)))
    numbers = set(session.scalars(select(Person.id_number)))
    numbers |= set(session.scalars(select(Person.phone)))
    numbers |= set(session.scalars(select(ResidentUnit.contact_phone)))
    numbers |= set(session.scalars(select(LectureBooking.phone)))
    numbers |= set(session.scalars(select(MediationParty.phone)))
    numbers |= set(session.scalars(select(MediationParty.id_number)))
    numbers |= set(session.scalars(select(PropertyService.contact_phone)))
    return {n for n in names if n and len(n) >= 2}, {n for n in numbers if n}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    create_demo_database(database)
    return database


def test_no_personal_data_in_any_member(demo: Database, tmp_path: Path) -> None:
    year = dt.date.today().year
    path = export_package(demo, SYSTEM, parse_period(str(year)), tmp_path / "year.zip",
                          store=KeyStore(tmp_path / "keys")).path
    with demo.read_session() as session:
        names, numbers = private_data(session)
        problems = len(session.scalars(select(Problem.id)).all())
    texts = member_texts(path)
    assert set(texts) == {"manifest.json", "manifest.sig", "data/issues.json",
                          "data/funds.json", "data/elections.json", "data/volunteers.json",
                          "data/governance.json", "data/services.json", "workbook.xlsx",
                          "cover.pdf"}
    with demo.read_session() as session:  # the demo has people in the new modules too
        assert session.scalars(select(LectureBooking.name)).first()
        assert session.scalars(select(MediationParty.name)).first()
    assert problems > 50 and len(names) > 50 and len(numbers) > 50  # the demo has them
    assert "收集问题" in texts["cover.pdf"]  # the PDF's text really was read
    for member, text in texts.items():
        assert not [n for n in numbers if n in text], member
        assert not MOBILE.search(text) and not ID_LIKE.search(text), member
        assert not [n for n in names if n in text], member
        assert "ballot" not in text.lower(), member
    report = check_database(str(demo.path))  # the key and export rows replay from the trail
    assert report.ok, report.problems


def test_free_text_is_scrubbed() -> None:
    text = "业主13908271234反映，身份证511902198003154417，座机0827-5261234"
    assert privacy.scrub(text) == "业主＊＊＊反映，身份证＊＊＊，座机＊＊＊"


def test_names_go_up_only_when_the_setting_allows(community: Community, store: KeyStore,
                                                  tmp_path: Path) -> None:
    first = member_texts(export(community, tmp_path / "a.zip", store).path)
    with community.db.session() as session:
        privacy.set_share_person_names(session, SYSTEM, True)
    second = member_texts(export(community, tmp_path / "b.zip", store).path)
    assert "何春梅" not in first["data/issues.json"]
    assert '"reporter":"网格员何春梅"' in second["data/issues.json"]
    assert '"approver":"王建国"' in second["data/funds.json"]
