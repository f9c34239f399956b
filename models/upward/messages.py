"""The Chinese messages of the upward packages; each refusal of an import has its own."""
from __future__ import annotations

from models.messages import register

register({
    "upward.bad_period": "期间“{text}”无法识别：请写作 2026-Q3（季度）、2026-11（月份）或 2026"
                         "（年度）。",
    "upward.no_office_code": "本单位尚未设置单位代码，无法生成上报数据包。"
                             "请先在单位设置中填写代码。",
    "upward.no_private_key": "找不到指纹为 {fingerprint} 的签名私钥"
                             "（系统密钥环或密钥文件中没有）。请在“上报”中更换密钥，并把新的公钥文件交给街道重新登记。",
    "upward.bad_key_file": "这不是有效的共建台账公钥文件（格式、单位代码或公钥不正确）。",
    "upward.not_zip": "“{name}”不是有效的上报数据包（不是完整的 zip 文件）。未做任何改动。",
    "upward.too_many_members": "数据包含有 {count} 个文件，超过上限 {limit} 个，已拒收，未读取"
                               "其内容。",
    "upward.too_large": "数据包解压后共 {size} 字节，超过上限 {limit} 字节，已拒收，未读取其内"
                        "容。",
    "upward.member_too_large": "数据包中的“{member}”解压后 {size} 字节，超过单个文件上限，已拒"
                               "收。",
    "upward.bad_ratio": "数据包中的“{member}”压缩比异常（{ratio} 倍，上限 {limit} 倍），疑为压"
                        "缩炸弹，已拒收，未读取其内容。",
    "upward.unsafe_name": "数据包中含有不安全的文件名“{member}”（上级目录、绝对路径或盘符），已"
                          "拒收。",
    "upward.symlink": "数据包中的“{member}”是符号链接，已拒收。",
    "upward.encrypted": "数据包中的“{member}”已加密，无法核验，已拒收。",
    "upward.duplicate_member": "数据包中“{member}”出现了不止一次，已拒收。",
    "upward.directory_member": "数据包中含有目录项“{member}”，不符合上报格式，已拒收。",
    "upward.bad_compression": "数据包中的“{member}”使用了不支持的压缩方式，已拒收。",
    "upward.damaged_member": "数据包中的“{member}”已损坏（解压或校验失败：{detail}），已拒收。",
    "upward.no_manifest": "数据包中缺少清单文件 manifest.json 或签名文件 manifest.sig，已拒收。",
    "upward.strict_json": "“{member}”不是严格的 JSON：{detail}。已拒收。",
    "upward.bad_json": "“{member}”不是有效的 JSON（{detail}）。已拒收。",
    "upward.unknown_office": "数据包来自“{name}”（代码 {office_code}），"
                             "本街道尚未登记该社区的公钥，已拒收。请先登记该社区的公钥文件并核对指纹。",
    "upward.bad_signature": "数据包的签名与登记的“{name}”公钥（指纹 {fingerprint}）不符：清单被"
                            "改动，或由其他密钥签名。已拒收。",
    "upward.missing_member": "清单中列出的“{member}”在数据包中不存在，已拒收。",
    "upward.extra_member": "数据包中的“{member}”未列入清单，已拒收。",
    "upward.hash_mismatch": "“{member}”的内容与清单中的校验值不符（被改动或损坏），已拒收。",
    "upward.size_mismatch": "“{member}”的大小与清单不符，已拒收。",
    "upward.schema": "“{member}”不符合上报数据格式：{detail}。已拒收。",
    "upward.unknown_module": "数据包含有本程序不认识的数据模块“{module}”，请升级共建台账后再导"
                             "入。",
    "upward.older_sequence": "这是“{name}”{period} 的第 {sequence} 次报送，"
                             "比已接收的第 {accepted} 次旧，已拒收。",
    "upward.sequence_conflict": "“{name}”{period} 的第 {sequence} 次报送已接收过，但内容不同，"
                                "已拒收。请社区重新导出（会生成新的序号）。",
    "upward.wrong_street": "数据包是报送给“{street}”的，不是本街道，已拒收。",
    "upward.not_street": "只有街道（导入社区的数据包）或区（导入街道的数据包）可以导入上报数据包"
                          "（本单位为{level}）。",
    "upward.wrong_level": "“{name}”的数据包是{sender}报送的，本单位（{receiver}）只接收{expected}"
                          "报送的数据包，已拒收。",
    "upward.nothing_to_pass_on": "{period}还没有已接收的社区数据包，街道无法汇总上报。"
                                 "请先导入并接收各社区本期的数据包。",
    "upward.package_missing": "上报数据包（编号 {id}）不存在。",
    "upward.return_not_accepted": "{name}的这个数据包{status}，只有已接收的数据包可以退回。",
    "upward.return_needs_comment": "退回时请填写退回意见。",
    "upward.bad_receipt": "这不是有效的共建台账回执文件（格式不正确或内容不完整）。未做任何改动。",
    "upward.receipt_unknown_key": "回执由“{name}”的密钥（指纹 {fingerprint}）签名，本单位尚未登记该"
                                  "密钥，无法核验，未做任何改动。请先登记街道的公钥文件并核对指纹。",
    "upward.receipt_bad_signature": "回执的签名与登记的“{name}”公钥（指纹 {fingerprint}）不符："
                                    "回执被改动过，或不是该街道签发的。未做任何改动。",
    "upward.receipt_unknown_package": "这份回执针对“{name}”{period}的第 {sequence} 次报送，"
                                      "本单位没有生成过这个数据包，未做任何改动。",
    "upward.receipt_outdated": "这份回执（{period}第 {sequence} 次报送：{status}）比已导入的回执"
                               "（{current}）旧，未做任何改动。",
    "upward.not_street_key": "这是“{name}”（代码 {key_code}）的公钥文件，不是本社区所属街道"
                             "（代码 {street_code}）的，未登记。",
    "upward.own_key_file": "这是本单位自己的公钥文件，无需登记。请登记对方（街道或社区）交来的公钥"
                           "文件。",
    "upward.receipt_not_saved": "回执无法保存：数据包所在的文件夹和“{folder}”都不能写入。"
                                "请检查磁盘空间和权限后，在报送情况表中选中该社区重新导出回执。",
})
