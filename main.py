"""共建台账 Gongjian: with no verb, the desktop app; with a verb, a headless command.

    python main.py                      open the app (on the database in Settings)
    python main.py --demo               open the app on the demo database
    python main.py check --db FILE [--anchor TEXT]  integrity, schema, triggers, audit
                                      chain and anchors; data replayed from the trail
    python main.py demo --db FILE       create a demo database
    python main.py setup street|community|district --db FILE --name N …   first run, no window
    python main.py backup --db FILE     verified backup now
    python main.py restore --from BAK   restore (the current database is backed up first)
    python main.py report issues|funds|services  a ledger, fund journal or service lists (PDF)
    python main.py voucher --number N --year Y --out F.pdf
    python main.py letter --problem ID --out F.pdf
    python main.py stats issues|funds|services --json
    python main.py screenshot --out DIR render every page to PNG
    python main.py vote create|roll|ballots|tally|template …   owners' votes (业主共同决定)
    python main.py export --period 2026-Q3 --out F.zip   the signed package to the street (上报)
    python main.py import F.zip [--dry-run]   a community's package, at the street
    python main.py receipt --file F   the street's signed receipt (回执), at the community
    python main.py stats street --period 2026-Q3 --json   the street's figures
    python main.py keys show|export|register|rotate   the signing keys of 上报
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a verb never loads Qt
    from PySide6.QtWidgets import QApplication

    from ui.shell.main_window import MainWindow

APP_MUTEX = "GongjianAppMutex"
VOTE_DOCUMENTS = ("vote", "ballots", "proxies", "notice", "result", "review", "filing")


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH",
                        help="数据库文件路径或 postgresql+psycopg:// 地址（默认：设置中的数据库）")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期应写作 2026-11-25：{text}") from exc


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help="起始日期")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="截止日期")
    parser.add_argument("--year", type=int, help="年度（党建经费；默认今年）")


def _report_parser(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = verbs.add_parser("report", help="打印台账 PDF（问题台账或党建经费日记账）")
    report.add_argument("area", choices=["issues", "funds", "patrols", "services", "agreement",
                                         *VOTE_DOCUMENTS],
                        help="vote 表决统计表，ballots 选票，proxies 委托书，notice 会议公告，"
                             "result 结果公示，review 资格审查表，filing 备案清单（均需 --vote）；"
                             "patrols 红袖章巡查登记簿（--month）；"
                             "services 双服务清单、评价表和排名（--year，可加 --unit）；"
                             "agreement 调解协议书（--case）")
    report.add_argument("--month", metavar="YYYY-MM", help="巡查登记簿：月份，如 2026-11")
    report.add_argument("--unit", metavar="UNIT",
                        help="双服务清单：驻区单位（编号或名称；给出时打印该单位的清单和年终评价表）")
    report.add_argument("--vote", type=int, metavar="ID", help="业主共同决定：表决的编号")
    report.add_argument("--case", metavar="NUMBER", help="调解协议书：案件编号，如 TJ-2026-001")
    _db_option(report)
    _period_options(report)
    report.add_argument("--branch", metavar="BRANCH",
                        help="党建经费：小区党支部（编号或名称，如“翰林苑”；默认：社区本级）")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="共建台账 Gongjian")
    _db_option(parser)
    parser.add_argument("--demo", action="store_true", help="使用演示数据库（首次使用时自动创建）")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    check = verbs.add_parser("check", help="检查数据库完整性、结构、保护触发器、操作日志哈希链，"
                                           "并按操作日志逐条核对业务数据")
    _db_option(check)
    check.add_argument("--anchor", action="append", default=[], metavar="TEXT",
                       help="打印在台账页脚上的锚点（GJ1-…），可重复；备份旁的锚点会自动核对")
    demo = verbs.add_parser("demo", help="在 --db 指定的位置创建演示数据库")
    _db_option(demo)
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    demo.add_argument("--street", action="store_true",
                      help="街道演示：三个社区各已报送今年的季度数据包（一个迟报，一个更正后重报）")
    backup = verbs.add_parser("backup", help="立即备份数据库（经完整性检查后保存，按日/周/月保留）")
    _db_option(backup)
    restore = verbs.add_parser("restore", help="从备份恢复数据库（先备份当前数据库）")
    _db_option(restore)
    restore.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE",
                         help="备份文件")
    _report_parser(verbs)
    voucher = verbs.add_parser("voucher", help="打印一张党建经费凭单 PDF")
    _db_option(voucher)
    voucher.add_argument("--number", required=True, metavar="N",
                         help="凭证号：序号（如 3）或带年度（如 2025-0003）")
    voucher.add_argument("--year", type=int, help="年度（凭证号已带年度时可省略）")
    voucher.add_argument("--out", required=True, type=Path, metavar="FILE")
    letter = verbs.add_parser("letter", help="打印问题的督办函 PDF（尚未发函时先发函）")
    _db_option(letter)
    letter.add_argument("--problem", required=True, metavar="ID",
                        help="问题的编号（如 WT-2026-0012）或数据库序号")
    letter.add_argument("--out", required=True, type=Path, metavar="FILE")
    stats = verbs.add_parser("stats", help="统计数字（问题台账或党建经费）")
    stats.add_argument("area", choices=["issues", "funds", "street", "governance",
                                        "services"])
    _db_option(stats)
    _period_options(stats)
    stats.add_argument("--period", metavar="P", help="街道汇总的期间：2026-Q3、2026-11 或 2026")
    stats.add_argument("--json", action="store_true", help="以 JSON 输出（供程序读取）")
    shot = verbs.add_parser("screenshot", help="把每个主页面渲染为 PNG 图片后退出")
    _db_option(shot)
    shot.add_argument("--out", required=True, type=Path, metavar="DIR")
    shot.add_argument("--user", default="admin", help="登录用户名（默认 admin）")
    shot.add_argument("--password", default="demo1234", help="登录密码（默认为演示密码）")
    shot.add_argument("--size", default="1280x800", help="窗口大小，如 1200x760（默认 1280x800）")
    shot.add_argument("--language", default=None, help="界面语言 zh_CN 或 en（默认：设置中的语言）")
    _vote_parser(verbs)
    _upward_parser(verbs)
    _setup_parser(verbs)
    selftest = verbs.add_parser("selftest", help=argparse.SUPPRESS)  # installer/build.py
    _db_option(selftest)
    selftest.add_argument("--out", required=True, type=Path, metavar="DIR")
    return parser


def _vote_parser(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    vote = verbs.add_parser("vote", help="业主共同决定（业委会选举等）：表决、名册、选票、统计")
    actions = vote.add_subparsers(dest="vote_verb", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="建立一次表决，最后一行输出表决编号")
    create.add_argument("--compound", required=True, metavar="NAME", help="小区名称")
    create.add_argument("--create-compound", action="store_true",
                        help="本社区没有该小区时先登记它")
    create.add_argument("--matter", required=True, type=int, metavar="N",
                        help="民法典第278条第 N 项（3 选举业委会；6、7、8 须四分之三）")
    create.add_argument("--title", required=True, metavar="TEXT", help="表决名称")
    create.add_argument("--items", required=True, metavar="A,B,C",
                        help="候选人或表决事项，逗号分隔")
    create.add_argument("--seats", type=int, metavar="K", help="应选名额（选举时）")
    roll = actions.add_parser("roll", help="从 Excel 导入该表决所在小区的业主名册")
    roll.add_argument("--file", required=True, type=Path, metavar="FILE")
    roll.add_argument("--reason", default="", help="名册公告冻结后修改的原因")
    ballots = actions.add_parser("ballots", help="从 Excel 录入选票（每行一张）")
    ballots.add_argument("--file", required=True, type=Path, metavar="FILE")
    tally = actions.add_parser("tally", help="统计表决结果")
    tally.add_argument("--json", action="store_true", help="以 JSON 输出（供程序读取）")
    template = actions.add_parser("template", help="写出业主名册的 Excel 模板")
    template.add_argument("--out", required=True, type=Path, metavar="FILE")
    arrears = actions.add_parser("arrears", help="按物业欠费名单（Excel）审查候选人资格")
    arrears.add_argument("--file", required=True, type=Path, metavar="FILE",
                         help="列：业主姓名、楼栋、单元、房号、欠费金额")
    for action in (create, roll, ballots, tally, template, arrears):
        _db_option(action)
    for action in (roll, ballots, tally, arrears):
        action.add_argument("--vote", required=True, type=int, metavar="ID", help="表决编号")


def _upward_parser(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = verbs.add_parser("export", help="生成上报街道的签名数据包（上报）")
    _db_option(export)
    export.add_argument("--period", required=True, metavar="P",
                        help="期间：2026-Q3（季度）、2026-11（月份）或 2026（年度）")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    imp = verbs.add_parser("import", help="街道导入社区上报的数据包（核验后接收）")
    _db_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="只核验并显示变化，不写入")
    imp.add_argument("--return", dest="return_comment", metavar="TEXT",
                     help="退回该数据包，并附退回意见")
    imp.add_argument("--receipt", type=Path, metavar="FILE", help="把签名回执写到文件")
    receipt = verbs.add_parser("receipt", help="社区导入街道的签名回执（核验后记录已接收或已退回）")
    _db_option(receipt)
    receipt.add_argument("--file", required=True, type=Path, metavar="FILE", help="回执文件")
    key = verbs.add_parser("keys", help="上报签名密钥：查看、导出公钥、登记社区公钥、更换密钥")
    actions = key.add_subparsers(dest="keys_verb", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="显示本单位的签名密钥指纹（及已登记的社区）")
    exp = actions.add_parser("export", help="导出本单位的公钥文件，交给街道登记")
    exp.add_argument("--out", type=Path, metavar="FILE", help="公钥文件（默认输出到屏幕）")
    reg = actions.add_parser("register", help="登记社区（在街道）或所属街道（在社区）的公钥文件，"
                                              "并显示其指纹")
    reg.add_argument("--file", required=True, type=Path, metavar="FILE")
    rotate = actions.add_parser("rotate", help="更换本单位的签名密钥（记录在操作日志中）")
    rotate.add_argument("--reason", required=True, metavar="TEXT")
    for action in (show, exp, reg, rotate):
        _db_option(action)


def _community_arg(text: str) -> tuple[str, str]:
    name, _, code = text.rpartition(":")
    if not name.strip() or not code.strip():
        raise argparse.ArgumentTypeError(f"应为 名称:代码，如 兴文社区:511902003005（收到 {text}）")
    return name.strip(), code.strip()


def _setup_parser(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    setup = verbs.add_parser("setup", help="首次设置本单位（社区、街道或区县）及管理员账号")
    kinds = setup.add_subparsers(dest="setup_verb", metavar="KIND", required=True)
    street = kinds.add_parser("street", help="本单位是街道：街道名称、代码及所辖社区")
    street.add_argument("--community", action="append", default=[], type=_community_arg,
                        metavar="NAME:CODE", help="所辖社区及其 12 位代码，可重复")
    community = kinds.add_parser("community", help="本单位是社区")
    community.add_argument("--street", required=True, metavar="NAME", help="所属街道")
    district = kinds.add_parser("district", help="本单位是区（县）：接收各街道的上报")
    for kind in (street, community, district):
        _db_option(kind)
        kind.add_argument("--name", required=True, metavar="NAME", help="单位名称")
        kind.add_argument("--code", required=kind is not community, default="", metavar="CODE",
                          help="统计用区划代码（区县 6 位，街道 9 位，社区 12 位）")
        kind.add_argument("--admin", default="admin", metavar="USER", help="管理员用户名")
        kind.add_argument("--admin-name", required=True, metavar="NAME", help="管理员姓名")
        kind.add_argument("--password-stdin", action="store_true",
                          help="从标准输入读取管理员密码（默认：提示输入两次）")


def cmd_setup(args: argparse.Namespace) -> int:
    """First run without the window: a community, street or district office and its
    administrator (reports/setup_cli.py)."""
    from reports.setup_cli import run_setup  # noqa: PLC0415

    return run_setup(args, *target_database(args))


def target_database(args: argparse.Namespace, *, as_written: bool = False) -> tuple[str, bool]:
    """The database a verb works on, and whether it is the demo database. `as_written`:
    the path or URL as the settings give it, which needs no SQLAlchemy (the app starts
    opening it before SQLAlchemy is imported, ui.shell.opening)."""
    from models.paths import demo_database  # noqa: PLC0415
    from models.settings import database_target, load_settings  # noqa: PLC0415

    if args.db:
        return args.db, False
    if args.demo:
        return str(demo_database()), True
    target = database_target(None, load_settings())
    if as_written:
        return target, False
    from models.db import describe, to_url  # noqa: PLC0415

    url = to_url(target)
    return (describe(url) if url.get_backend_name() == "sqlite"
            else url.render_as_string(hide_password=False)), False


def cmd_check(args: argparse.Namespace) -> int:
    from models.check import check_database  # noqa: PLC0415
    from models.opening import keyring_password  # noqa: PLC0415

    target, _ = target_database(args)
    report = check_database(target, password_lookup=keyring_password, anchors=args.anchor)
    for note in report.notes:
        print(f"提示：{note}")
    if report.ok:
        print(f"检查通过：{report.location}")
        return 0
    for problem in report.problems:
        print(f"问题：{problem}", file=sys.stderr)
    return 1


def cmd_demo(args: argparse.Namespace) -> int:
    from models.db import open_database, to_url  # noqa: PLC0415
    from models.demo import create_demo_database  # noqa: PLC0415

    if not args.db:
        print("demo 需要 --db 指定新数据库的位置", file=sys.stderr)
        return 2
    url = to_url(args.db)
    if url.get_backend_name() == "sqlite" and Path(url.database or "").exists():
        print(f"文件已存在，未做改动：{url.database}", file=sys.stderr)
        return 1
    database = open_database(url)
    try:
        if args.street:
            from reports.upward_cli import street_demo  # noqa: PLC0415

            return street_demo(database, url)
        create_demo_database(database, seed=args.seed)
    finally:
        database.dispose()
    print(f"演示数据库已创建：{args.db}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from models.backup import backup_now  # noqa: PLC0415
    from models.opening import open_target  # noqa: PLC0415

    target, demo = target_database(args)
    database = open_target(target, demo=demo, create=demo)
    try:
        print(f"已备份到：{backup_now(database)}")
    finally:
        database.dispose()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from models.auth import SYSTEM  # noqa: PLC0415
    from models.backup import restore  # noqa: PLC0415
    from models.db import to_url  # noqa: PLC0415
    from models.opening import open_target  # noqa: PLC0415

    target, _ = target_database(args)
    result = restore(to_url(target), args.source, actor=SYSTEM)  # at the machine, files in hand
    open_target(target).dispose()  # migrate an older backup now, and prove it opens
    if result.safety is not None:
        print(f"恢复前的数据库已另存为：{result.safety}")
    print(f"已从备份恢复：{args.source}")
    if result.attachments_restored:
        print(f"已从备份恢复附件 {len(result.attachments_restored)} 个。")
    if result.attachments_missing:
        print("以下附件在本机和备份中都找不到：" + "、".join(result.attachments_missing))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from reports.stats_cli import run_stats  # noqa: PLC0415

    return run_stats(args, *target_database(args))


def _with_database(args: argparse.Namespace, work: object) -> int:
    from models.opening import open_target  # noqa: PLC0415

    target, demo = target_database(args)
    database = open_target(target, demo=demo, create=demo)  # never make a file into a database
    try:
        path = work(database)  # type: ignore[operator]
    finally:
        database.dispose()
    print(f"已生成：{path}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    today = dt.date.today()
    if args.area == "funds":
        from reports.funds_journal import render_journal_report  # noqa: PLC0415

        year = args.year or (args.start.year if args.start else today.year)
        return _with_database(args, lambda db: render_journal_report(
            db, year, _branch(db, args.branch), args.out))
    if args.area == "patrols":
        return _patrol_register(args)
    if args.area == "agreement":
        return _agreement(args)
    if args.area == "services":
        from reports.service_lists import render_services_report  # noqa: PLC0415

        return _with_database(args, lambda db: render_services_report(
            db, args.year or today.year, args.unit, args.out))
    if args.area in VOTE_DOCUMENTS:
        return _with_database(args, lambda db: _vote_document(db, args))
    from reports.issue_ledger import render_issue_ledger  # noqa: PLC0415

    start = args.start or today.replace(month=1, day=1)
    return _with_database(args, lambda db: render_issue_ledger(db, start, args.end or today,
                                                               args.out))


def _patrol_register(args: argparse.Namespace) -> int:
    from reports.governance_patrols import parse_month, render_patrol_register  # noqa: PLC0415

    try:
        year, month = parse_month(args.month or f"{dt.date.today():%Y-%m}")
    except ValueError as exc:
        raise SystemExit(f"月份应写作 2026-11：{args.month}") from exc
    return _with_database(args, lambda db: render_patrol_register(db, year, month, args.out))


def _agreement(args: argparse.Namespace) -> int:
    from reports.governance_agreement import render_agreement  # noqa: PLC0415

    if not args.case:
        raise SystemExit("report agreement 需要 --case 案件编号（如 TJ-2026-001）")
    return _with_database(args, lambda db: render_agreement(db, args.case, args.out))


def _vote_document(database: object, args: argparse.Namespace) -> object:
    """表决统计表, 选票, 委托书, 公告, 公示, 资格审查表 or 备案清单 of a vote."""
    from reports import election_forms, vote_ballots, vote_notices, vote_tally_sheet  # noqa: PLC0415

    if args.vote is None:
        raise SystemExit(f"report {args.area} 需要 --vote ID")
    with database.read_session() as session:  # type: ignore[attr-defined]
        if args.area in ("review", "filing"):
            forms = election_forms.build(session, args.vote)
            draw = election_forms.render_review if args.area == "review" else \
                election_forms.render_filing
            return draw(forms, args.out)
        if args.area in ("notice", "result"):
            facts = vote_notices.build(session, args.vote)
            make = vote_notices.meeting_notice if args.area == "notice" else \
                vote_notices.result_notice
            return vote_notices.render(make(facts), args.out).path
        if args.area == "vote":
            sheet = vote_tally_sheet.build(session, args.vote)
        else:
            book = vote_ballots.build(session, args.vote)
    if args.area == "vote":
        return vote_tally_sheet.render(sheet, args.out)
    render = vote_ballots.render_ballots if args.area == "ballots" else vote_ballots.render_proxies
    return render(book, args.out)


def _branch(database: object, text: str | None) -> int | None:
    from models.funds.accounts import find_branch  # noqa: PLC0415

    if not text:
        return None
    with database.read_session() as session:  # type: ignore[attr-defined]
        return find_branch(session, text)


def voucher_number(number: str, year: int | None) -> tuple[int, int]:
    """(year, number) from "3" with --year, or from "2025-0003"."""
    text = number.strip()
    if "-" in text:
        year_text, _, text = text.partition("-")
        year = int(year_text) if year_text.isdigit() else None
    if year is None or not text.isdigit():
        raise SystemExit("凭证号应写作 3（并给出 --year）或 2025-0003")
    return year, int(text)


def cmd_voucher(args: argparse.Namespace) -> int:
    from reports.funds_voucher import render_voucher  # noqa: PLC0415

    year, number = voucher_number(args.number, args.year)
    return _with_database(args, lambda db: render_voucher(db, year, number, args.out))


def cmd_letter(args: argparse.Namespace) -> int:
    from models.issues.ui_queries import resolve_problem  # noqa: PLC0415
    from reports.issue_letter import render_problem_letter  # noqa: PLC0415

    def work(database: object) -> object:
        with database.read_session() as session:  # type: ignore[attr-defined]
            problem_id = resolve_problem(session, args.problem)
        return render_problem_letter(database, problem_id, args.out)  # type: ignore[arg-type]
    return _with_database(args, work)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from ui.shell.screenshot import render_pages  # noqa: PLC0415

    target, demo = target_database(args)
    if not args.db and not args.demo:
        target, demo = target_database(argparse.Namespace(db=None, demo=True))
    width, height = (int(part) for part in args.size.lower().split("x"))
    for path in render_pages(target, args.out, demo=demo, credentials=(args.user, args.password),
                             size=(width, height), language=args.language):
        print(path)
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    """The frozen build's own check (fonts, translations, keyring, schema, every page)."""
    from ui.shell.selftest import run  # noqa: PLC0415

    problems = run(args.db, args.out)
    for problem in problems:
        print(f"selftest: {problem}", file=sys.stderr)
    print("selftest passed" if not problems else "selftest FAILED")
    return 1 if problems else 0


def hold_app_mutex() -> object:
    """Windows: a named mutex held while the program runs; the installer and uninstaller
    (installer/gongjian.nsi, APP_MUTEX) refuse to replace files while it exists."""
    if sys.platform != "win32":
        return None
    import ctypes  # noqa: PLC0415

    return ctypes.windll.kernel32.CreateMutexW(None, False, APP_MUTEX)


def open_gui(args: argparse.Namespace) -> tuple[QApplication, MainWindow]:
    """The application and its shown main window (the start-up benchmark drives these).

    SQLite's integrity check of the database starts on a thread of its own before anything
    else is loaded (it runs without Python's lock, beside the imports); the login's models
    follow, then the database opens on a thread of its own while Qt loads, and the home
    page's models are imported there while the password is checked (ui.shell.opening)."""
    from ui.shell.opening import EarlyCheck, EarlyOpening, prepare_first_screen  # noqa: PLC0415

    # The app collects cyclic garbage itself, on the GUI thread when the worker is idle
    # (ui.app.collect_garbage_when_idle); switched off from here, the collector no longer
    # walks the hundreds of thousands of objects start-up's imports make (~0.1 s CPU).
    gc.disable()
    target, demo = target_database(args, as_written=True)
    check = EarlyCheck(target)  # SQLite's quick_check, at once on a thread of its own
    # The models the login needs, with SQLAlchemy, are imported here, before the opening
    # thread starts: two threads importing the same modules at once can meet in Python's
    # import locks and one of them be handed a half-made module (a rare ImportError).
    # And before Qt: once PySide6 is loaded, its import hook (the __feature__ switch) reads
    # the source of every module imported after it, looking for "PySide6" (from source
    # ~0.1 s of CPU and ~8 MB of text kept in linecache; the frozen bundle holds none).
    import models.opening  # noqa: PLC0415
    import models.users  # noqa: F401, PLC0415

    opening = EarlyOpening(target, demo=demo, prepare=prepare_first_screen, check=check)
    from ui.app import open_main_window  # noqa: PLC0415

    return open_main_window(target, demo=demo, opening=opening)


def cmd_gui(args: argparse.Namespace) -> int:
    app, _window = open_gui(args)
    return app.exec()


def cmd_vote(args: argparse.Namespace) -> int:
    from reports import vote_cli  # noqa: PLC0415

    return vote_cli.run(args, target_database(args)[0])


def cmd_upward(args: argparse.Namespace) -> int:
    from reports import upward_cli  # noqa: PLC0415

    return upward_cli.run(args, target_database(args))


COMMANDS = {"setup": cmd_setup, "export": cmd_upward, "import": cmd_upward, "keys": cmd_upward,
            "receipt": cmd_upward,
            "check": cmd_check, "demo": cmd_demo, "backup": cmd_backup, "restore": cmd_restore,
            "stats": cmd_stats, "report": cmd_report, "voucher": cmd_voucher, "letter": cmd_letter,
            "screenshot": cmd_screenshot, "vote": cmd_vote, "selftest": cmd_selftest}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    mutex = hold_app_mutex()  # noqa: F841 - held until the process ends
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415

    from models.db_errors import explain  # noqa: PLC0415
    from models.errors import UserError  # noqa: PLC0415

    try:
        return COMMANDS.get(args.verb, cmd_gui)(args)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (OSError, SQLAlchemyError) as exc:  # a full disk, a locked file: words, not a trace
        problem = explain(exc)
        if problem is None:
            raise
        print(problem.message, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
