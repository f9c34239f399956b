"""The `setup` verb: a first run without the window (a community, a street or a district
office and its first administrator). main.py parses; this module runs."""
from __future__ import annotations

import argparse
import sys

from models import users
from models.opening import open_target


def _admin_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass  # noqa: PLC0415

    first, again = getpass.getpass("管理员密码："), getpass.getpass("再次输入密码：")
    if first != again:
        raise SystemExit("两次输入的密码不一致")
    return first


def run_setup(args: argparse.Namespace, target: str, demo: bool) -> int:
    admin = dict(admin_username=args.admin, admin_display_name=args.admin_name,
                 admin_password=_admin_password(args))
    database = open_target(target, demo=demo, create=True)
    try:
        with database.session() as session:
            if args.setup_verb == "street":
                users.setup_street(session, street_name=args.name, street_code=args.code,
                                   communities=args.community, **admin)
            elif args.setup_verb == "district":
                users.setup_district(session, district_name=args.name,
                                     district_code=args.code, **admin)
            else:
                users.setup_office(session, street_name=args.street, community_name=args.name,
                                   community_code=args.code, **admin)
    finally:
        database.dispose()
    what = {"street": "街道", "district": "区（县）"}.get(args.setup_verb, "社区")
    extra = f"，所辖社区 {len(args.community)} 个" if args.setup_verb == "street" else ""
    print(f"已设置{what}：{args.name}{extra}；管理员：{args.admin}")
    return 0
