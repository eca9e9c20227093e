"""`deskapp import KIND FILE`: check a roster, readings or go-live file (services/importing/kinds.py),
then import it all or nothing. Every error and warning is printed at its sheet, row and column.
`deskapp import template KIND -o FILE.xlsx` writes that import's template."""
from __future__ import annotations

import sys


def register(sub) -> None:
    from deskapp.domain.importing import Target

    p = sub.add_parser("import", help="从 Excel/CSV 导入名册、抄表读数或上线期初数据（全部成功才写入）",
                       description="导入 .xlsx、.xls 或 .csv（UTF-8/GBK）。先检查每一行，有错误时不写入任何数据。"
                                   "例如：deskapp import units 名册.xlsx --dry-run；"
                                   "下载模板：deskapp import template opening -o 期初欠费模板.xlsx")
    p.add_argument("what", choices=[t.value for t in Target] + ["template"],
                   help="units 房屋与业主名册；readings 抄表读数；opening 期初欠费；payments 历史缴费；"
                        "deposits 预存款与押金；parking 车位；cards 门禁卡；keys 钥匙；template 下载模板")
    p.add_argument("file", help="要导入的文件（template：要下载哪种模板）")
    p.add_argument("-o", "--output", metavar="FILE.xlsx", help="template：模板保存到哪里")
    p.add_argument("--sheet", help="工作表名称（默认按表头自动识别）")
    p.add_argument("--map", action="append", default=[], metavar="字段=列",
                   help="改正列对应，如 --map 房号=C 或 --map 备注=-（不导入该列）；可重复")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--accept-warnings", action="store_true", help="接受警告（如面积小于 10 ㎡）并导入")
    p.add_argument("--blank-invalid-ids", action="store_true", help="只有身份证号有误的行：留空身份证号导入")
    p.add_argument("--update-existing", action="store_true", help="档案中已有的房屋：按文件更新（否则算作错误）")
    p.add_argument("--period", metavar="2025Q3", help="文件未写明期间时的期间（如分区收费台账的本期，期初欠费导入）")
    p.add_argument("--rejects", metavar="FILE.xlsx", help="把被拒绝的行（附原因）保存为 Excel，改正后可重新导入")
    p.add_argument("--all", action="store_true", help="列出全部问题（默认最多 200 条）")
    p.set_defaults(func=run)


def _letter_to_index(text: str) -> int:
    text = text.strip().upper()
    if text.isdigit():
        return int(text) - 1
    n = 0
    for ch in text:
        if not "A" <= ch <= "Z":
            raise ValueError(text)
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_map(items: list[str], target, guessed: dict[str, int]) -> dict[str, int] | None:
    from deskapp.domain.errors import ValidationError
    from deskapp.domain.importing import fields_for

    if not items:
        return None
    by_name = {}
    for s in fields_for(target):
        by_name[s.key] = s.key
        by_name[s.label] = s.key
    mapping = dict(guessed)
    for item in items:
        name, sep, col = item.partition("=")
        key = by_name.get(name.strip())
        if not sep or key is None:
            raise ValidationError("--map", f"“{item}”应为 字段=列，字段为 {'、'.join(s.label for s in fields_for(target))}")
        if col.strip() in ("-", ""):
            mapping.pop(key, None)
            continue
        try:
            mapping[key] = _letter_to_index(col)
        except ValueError:
            raise ValidationError("--map", f"“{col}”不是列（如 C 或 3）") from None
    return mapping


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.domain.importing import Target, Verdict, column_letter, fields_for
    from deskapp.services.importing.common import ImportOptions
    from deskapp.domain.errors import ValidationError
    from deskapp.services.importing.files import choose_sheet, open_file
    from deskapp.services.importing.kinds import BLANK_INVALID_IDS, UPDATE_EXISTING, kind_of
    from deskapp.services.importing.rejects import save_rejects
    from deskapp.services.importing.templates import save_template

    @reports_errors
    def go(args) -> int:
        if args.what == "template":
            if not args.output:
                raise ValidationError("-o", "请用 -o 指定模板保存到哪里，如 -o 模板.xlsx")
            path = save_template(args.file, args.output)
            print(f"模板“{kind_of(args.file).title}”已保存到 {path}")
            return 0
        ctx, who = context(args), actor()
        kind = kind_of(args.what)
        target = kind.target
        if args.period and not kind.needs_period:
            raise ValidationError("--period", f"导入{kind.title}时不适用")
        for flag, option in ((args.update_existing, UPDATE_EXISTING), (args.blank_invalid_ids, BLANK_INVALID_IDS)):
            if flag and option not in kind.options:
                raise ValidationError("--" + option.replace("_", "-"), f"导入{kind.title}时不适用")
        wb = open_file(args.file)
        options = ImportOptions(sheet=args.sheet, accept_warnings=args.accept_warnings,
                                          blank_invalid_ids=args.blank_invalid_ids,
                                          update_existing=args.update_existing, period=args.period)
        if args.map:
            info = choose_sheet(wb, target, options)
            options.mapping = parse_map(args.map, target, info.mapping)
        preview = kind.preview(ctx, who, wb, options)
        labels = {s.key: s.label for s in fields_for(target)}
        enc = f"，编码 {preview.encoding}" if preview.encoding else ""
        print(f"文件 {args.file}（{preview.format}{enc}），工作表 {preview.sheet}，表头在第 {preview.header_row} 行")
        print("列对应：" + "，".join(f"{labels[k]}={column_letter(c)}" for k, c in
                                    sorted(preview.mapping.items(), key=lambda kv: kv[1])))
        counts = "，".join(f"{v.value} {preview.count(v)}" for v in Verdict if preview.count(v))
        print(f"数据行 {len(preview.rows)}：{counts or '无'}")
        if target is Target.UNITS:
            print(f"房屋 {preview.units} 户，人员 {preview.people} 人，建筑面积合计 {preview.total_area} ㎡")
            if preview.new_buildings:
                print(f"新建楼栋：{'、'.join(preview.new_buildings)}")
        for line in preview.notes:
            print(line)
        problems = preview.problems()
        shown = problems if args.all else problems[:200]
        for line in shown:
            print(line)
        if len(shown) < len(problems):
            print(f"……另有 {len(problems) - len(shown)} 条（用 --all 列出全部）")
        if args.rejects:
            n = save_rejects(preview, args.rejects)
            print(f"被拒绝的 {n} 行已保存到 {args.rejects}")
        reason = preview.refusal()
        if args.dry_run:
            print("检查完毕（--dry-run，未写入）：" + (reason or "可以导入"))
            return 1 if reason else 0
        if reason:
            print(f"错误：{reason}", file=sys.stderr)
            return 1
        result = kind.run(ctx, who, wb, options)
        print(f"导入完成：{result.summary()}")
        if target is not Target.READINGS:  # its 《上线数据核对表》 kept, as the wizard keeps it
            from deskapp.services.importing import go_live

            go_live.imported(ctx, who, target, preview, result)
            print("《上线数据核对表》已保存：在客服台 文件 ▸ 上线数据核对表… 可打印或导出")
        return 0

    return go(args)
