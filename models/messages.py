"""Message templates of UserError, by code. Chinese is the source language.

Shared messages live here; an area module may add its own with `register` at import
time, so parallel work on different areas never edits this file.
"""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    # database
    "db.damaged": "数据库文件“{path}”已损坏或不是有效的数据库文件（{detail}）。"
                  "原文件未做任何改动，已另存一份副本：{copy}",
    "db.damaged_nocopy": "数据库文件“{path}”已损坏或不是有效的数据库文件（{detail}）。"
                         "原文件未做任何改动。",
    "db.too_new": "数据库“{path}”由更新版本的共建台账创建（结构版本 {revision}），"
                  "当前程序无法打开。请升级共建台账后再打开。",
    "db.foreign": "“{path}”不是共建台账的数据库（其中已有其他程序的数据表），"
                  "为免破坏，未做任何改动。",
    "db.missing": "找不到数据库文件“{path}”。",
    "db.unreachable": "无法连接数据库服务器：{detail}",
    "db.no_password": "连接数据库服务器需要密码，但系统密钥环中没有保存密码。",
    "db.locked": "数据库正被其他电脑或程序占用，等候后仍未释放（{detail}）。本次操作未完成，"
                 "数据没有改动，请稍后再试。",
    "db.read_only": "数据库“{where}”是只读的（文件或所在文件夹不允许写入），只能查看和打印，"
                    "不能保存修改（{detail}）。如需修改，请检查文件属性、权限或存储位置。",
    "db.disk_full": "存放数据库的磁盘已满（{detail}）。本次保存未完成，数据没有改动。"
                    "请清理磁盘空间后再保存。",
    "db.io_error": "读写数据库时出现磁盘或网络错误（{detail}）。本次操作未完成，"
                   "请检查磁盘或网络连接后重试；如反复出现，请从最近的备份恢复。",
    "db.corrupt": "数据库“{where}”已损坏（{detail}）。本次操作未完成。"
                  "请关闭程序，运行数据库检查，或从最近的备份恢复。",
    "db.cannot_open": "无法打开数据库“{where}”（{detail}）。请检查文件是否存在、"
                      "所在文件夹或服务器上的数据库能否访问。",
    "db.auth_failed": "数据库服务器拒绝登录：用户名或密码不正确（{detail}）。"
                      "请在设置中检查连接地址，或在系统密钥环/pgpass 文件中更新密码。",
    "db.empty_file": "“{path}”是空文件（0 字节），不是共建台账的数据库，未做任何改动。"
                     "请检查文件位置，或从备份恢复。",
    "db.read_only_upgrade": "数据库“{path}”是只读的，而它需要先升级到本版本的结构才能打开。"
                            "请把它复制到可写的位置后再打开。",
    "file.disk_full": "磁盘已满（{detail}），本次操作未完成。请清理磁盘空间后重试。",
    "file.read_only": "没有写入权限，或磁盘是只读的（{detail}）。"
                      "本次操作未完成，请换一个位置或检查权限。",
    "file.io_error": "读写文件时出现磁盘或网络错误（{detail}），本次操作未完成。请检查后重试。",
    "db.bad_url": "数据库地址“{url}”无法识别。请填写文件路径或 postgresql+psycopg:// 地址。",
    "auth.forbidden": "{user}没有权限执行此操作（需要“{role}”权限）。",
    "keyring.unavailable": "本机没有可用的系统密钥环（{detail}）。"
                           "可改用 PostgreSQL 的 pgpass 文件保存密码，详见使用说明。",
    # generic validation
    "field.required": "{label}不能为空。",
    "field.too_long": "{label}不能超过 {limit} 个字。",
    "field.not_positive": "{label}必须大于零。",
    "field.negative": "{label}不能为负数。",
    "field.bad_date": "{label}不是有效日期，请按 2026-11-25 的格式填写。",
    "field.bad_number": "{label}必须是整数。",
    "field.bad_choice": "请选择{label}。",
    "field.bad_decimal": "{label}必须是数字，最多 {places} 位小数。",
    "field.future_date": "{label}不能晚于今天。",
    "field.date_range": "{label}须在 {first} 年至 {last} 年之间，请检查年份。",
    "field.wide_digits": "{label}请用半角数字 0–9 填写（不要用全角或其他文字的数字）。",
    "field.bad_char": "{label}第 {position} 个字符（{char}）是不可见的控制字符或文字方向控制符，"
                      "不能保存。请删除后重新输入（从其他文件复制的文字常带有这类字符）。",
    "id.invalid": "身份证号码不正确：请检查位数、出生日期和最后一位校验码。",
    "id.gender_mismatch": "性别与身份证号码不符（第 17 位奇数为男，偶数为女）。",
    "uscc.invalid": "统一社会信用代码不正确：应为 18 位，校验位须符合国家标准。",
    "id.duplicate": "该身份证号码已登记在“{name}”名下。",
    "uscc.duplicate": "该统一社会信用代码已登记为“{name}”。",
    "person.building_mismatch": "所选楼栋不属于所选小区。",
    "org.bad_parent": "“{kind}”不能设在所选的上级组织之下。",
    "phone.invalid": "电话号码格式不正确：手机号为 11 位，座机如 0827-5261234。",
    "record.missing": "{entity}（编号 {id}）不存在，可能已被删除。",
    "record.stale": "该{entity}已被 {user} 于 {when} 修改，您的保存未生效。"
                    "请重新载入后再保存，您填写的内容会保留。",
    "record.duplicate": "已存在同名的{entity}：{name}。",
    "record.in_use": "{entity}“{name}”仍被其他记录引用，不能删除。",
}


def register(messages: dict[str, str]) -> None:
    """Add an area's message templates; a code may be registered only once."""
    clash = set(messages) & set(MESSAGES)
    if clash:
        raise ValueError(f"message codes registered twice: {sorted(clash)}")
    MESSAGES.update(messages)
