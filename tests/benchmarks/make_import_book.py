"""A people workbook of realistic rows for the import benchmark (issue 12 item 4).

Every row is valid against the demo office (models.demo): a unique 公民身份号码 in area
110105 (the demo's own people are in 511902), a mobile number, an address, a compound and
building the demo has, Party membership for one row in five and a role for one in three.
Written with openpyxl's write-only mode, as Excel would store it: codes as text.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from stdnum.cn import ric

HEADER = ("姓名", "性别", "身份证号", "联系电话", "住址", "小区", "楼栋", "是否党员",
          "入党时间", "身份", "备注")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋"
GIVEN = ("建国", "秀英", "志强", "桂兰", "文华", "丽娟", "海燕", "德明", "春梅", "国平", "玉珍",
         "小军", "红梅", "永福", "静", "勇", "敏", "磊", "婷", "涛", "芳", "伟", "丹", "刚")
PLACES = (("翰林苑", 8), ("阳光花园", 6), ("滨河安置小区", 5), ("文化路老院落", 3))
ROLES = ("志愿者", "小区能人", "楼栋长、志愿者")
FIRST_BIRTH = dt.date(1950, 1, 1)


def id_number(index: int) -> str:
    """The index-th distinct valid number: 1,000 per birth date."""
    birth = FIRST_BIRTH + dt.timedelta(days=index // 1000)
    body = f"110105{birth:%Y%m%d}{index % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")  # the last place is ignored


def row(rng: random.Random, index: int) -> tuple[object, ...]:
    compound, blocks = rng.choice(PLACES)
    party = rng.random() < 0.2
    return (rng.choice(SURNAMES) + rng.choice(GIVEN), "", id_number(index),
            f"13{rng.randrange(10**9):09d}", f"兴文路 {rng.randrange(1, 200)} 号",
            compound, f"{rng.randrange(1, blocks + 1)}栋", "是" if party else "否",
            f"{rng.randrange(1980, 2024)}-07-01" if party else "",
            rng.choice(ROLES) if rng.random() < 0.33 else "", "")


def write_people(path: Path, count: int, seed: int = 12) -> Path:
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("人员")
    sheet.append(HEADER)
    for index in range(count):
        sheet.append(row(rng, index))
    book.save(path)
    return path
