"""The command-line verbs of 上报 (export, import, receipt, keys, demo --street), headless.

main.py parses; this module runs. A refusal is a UserError: main.py prints its Chinese
message and exits 1, and the database is unchanged.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sqlalchemy.engine import URL

from models.auth import SYSTEM
from models.db import Database
from models.opening import open_target
from models.upward import importing, keys, receipts, street
from models.upward.diff import Change
from models.upward.modules import by_name
from models.upward.period import parse_period
from reports.upward_demo import build_street_demo
from reports.upward_package import export_package

MAX_SHOWN_CHANGES = 200


def run(args: argparse.Namespace, target: tuple[str, bool]) -> int:
    database = open_target(target[0], demo=target[1], create=target[1])
    try:
        if args.verb == "export":
            return _export(database, args)
        if args.verb == "import":
            return _import(database, args)
        if args.verb == "receipt":
            return _receipt(database, args)
        return _keys(database, args)
    finally:
        database.dispose()


def _export(database: Database, args: argparse.Namespace) -> int:
    store = keys.KeyStore()
    if store.warning:
        print(f"警告：{store.warning}", file=sys.stderr)
    result = export_package(database, SYSTEM, parse_period(args.period), args.out, store=store)
    state = "数据未变，沿用" if result.reused else "生成"
    print(f"已{state}第 {result.sequence} 次报送：{result.path}")
    print(f"签名密钥指纹：{result.fingerprint}")
    print(f"SHA-256：{result.sha256}")
    return 0


def change_line(change: Change) -> str:
    label = by_name()[change.module].LABEL if change.module in by_name() else change.module
    return f"  [{label}] {change.where} · {change.shown_field}：{change.old} → {change.new}"


def _import(database: Database, args: argparse.Namespace) -> int:
    with database.session() as session:
        staged = importing.stage_file(session, args.file)
        print(f"核验通过：{staged.office_name}（{staged.office_code}）{staged.period.label}，"
              f"第 {staged.sequence} 次报送，密钥指纹 {staged.fingerprint}")
        if staged.unchanged:
            print("该数据包已导入过，没有任何改动。")
            return 0
        if staged.state == "newer":
            print(f"这是更正后的重报，与已接收版本相比有 {len(staged.changes)} 处变化：")
            for change in staged.changes[:MAX_SHOWN_CHANGES]:
                print(change_line(change))
        if args.dry_run:
            print("试运行：未写入数据库。")
            session.rollback()
            return 0
        if args.return_comment:
            package_id = importing.return_package(session, SYSTEM, staged, args.return_comment)
            print("已退回。")
        else:
            package_id = importing.accept(session, SYSTEM, staged)
            print("已接收。")
        if args.receipt:
            store = keys.KeyStore()
            Path(args.receipt).write_bytes(street.receipt(session, SYSTEM, store, package_id))
            print(f"回执：{args.receipt}")
    return 0


def _receipt(database: Database, args: argparse.Namespace) -> int:
    """A community imports its street's signed 回执 and prints what the street decided."""
    with database.session() as session:
        outcome = receipts.import_receipt(session, SYSTEM, Path(args.file).read_bytes())
    print(f"回执核验通过：{outcome.street_name}，"
          f"{outcome.period.label}第 {outcome.sequence} 次报送")
    print(f"结果：{outcome.status_label}（{outcome.decided_on:%Y-%m-%d}，{outcome.decided_by}）")
    if outcome.comment:
        print(f"街道意见：{outcome.comment}")
    if outcome.status == "returned":
        print("请更正后重新生成该期间的数据包，报送街道。")
    if outcome.unchanged:
        print("该回执已导入过，没有任何改动。")
    return 0


def _keys(database: Database, args: argparse.Namespace) -> int:
    if args.keys_verb == "register":
        with database.session() as session:
            registered = keys.register_key(session, SYSTEM, Path(args.file).read_bytes())
        info = registered.info
        what = ("已登记过，未改动" if registered.unchanged else
                f"已更换（原指纹 {registered.replaced}）" if registered.replaced else "已登记")
        print(f"{info.office_name}（{info.office_code}）公钥{what}")
        print(f"指纹：{info.fingerprint}")
        return 0
    store = keys.KeyStore()
    with database.session() as session:
        if args.keys_verb == "rotate":
            info = keys.rotate_key(session, SYSTEM, store, args.reason)
        else:
            info = keys.own_key(session, SYSTEM, store)
        peers = keys.peers(session, below_only=False)
    if args.keys_verb == "export":
        if args.out:
            Path(args.out).write_bytes(keys.key_file(info))
            print(f"已导出公钥文件：{args.out}")
        else:
            print(keys.key_file(info).decode("utf-8"))
        print(f"指纹：{info.fingerprint}")
        return 0
    print(f"{info.office_name}（{info.office_code}）签名密钥指纹：{info.fingerprint}")
    for peer in peers:
        print(f"  已登记：{peer.office_name}（{peer.office_code}）{peer.fingerprint}")
    if store.warning:
        print(f"警告：{store.warning}", file=sys.stderr)
    return 0


def street_demo(database: Database, url: URL) -> int:
    base = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    folder = (base.with_name(base.stem + "-communities") if base is not None
              else Path.cwd() / "street-demo-communities")
    demo = build_street_demo(database, folder, today=dt.date.today())
    print(f"街道演示数据库已创建，社区数据库和数据包在：{demo.folder}")
    print(f"共导入 {len(demo.packages)} 个数据包")
    return 0
