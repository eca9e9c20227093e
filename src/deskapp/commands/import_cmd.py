"""`deskapp import units|readings FILE`: check a roster or a readings file, then import it all
or nothing. Every error and warning is printed at its sheet, row and column."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("import", help="从 Excel/CSV 导入房屋业主名册或抄表读数（全部成功才写入）",
                       description="导入 .xlsx、.xls 或 .csv（UTF-8/GBK）。先检查每一行，有错误时不写入任何数据。"
                                   "例如：deskapp import units 名册.xlsx --dry-run")
    p.add_argument("what", choices=["units", "readings"], help="units：房屋与业主名册；readings：抄表读数")
    p.add_argument("file", help="要导入的文件")
    p.add_argument("--sheet", help="工作表名称（默认按表头自动识别）")
    p.add_argument("--map", action="append", default=[], metavar="字段=列",
                   help="改正列对应，如 --map 房号=C 或 --map 备注=-（不导入该列）；可重复")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--accept-warnings", action="store_true", help="接受警告（如面积小于 10 ㎡）并导入")
    p.add_argument("--blank-invalid-ids", action="store_true", help="只有身份证号有误的行：留空身份证号导入")
    p.add_argument("--update-existing", action="store_true", help="档案中已有的房屋：按文件更新（否则算作错误）")
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
    from deskapp.services.importing.files import choose_sheet, open_file
    from deskapp.services.importing.readings import import_readings, preview_readings
    from deskapp.services.importing.rejects import save_rejects
    from deskapp.services.importing.roster import import_units, preview_units

    @reports_errors
    def go(args) -> int:
        ctx, who = context(args), actor()
        target = Target.UNITS if args.what == "units" else Target.READINGS
        wb = open_file(args.file)
        options = ImportOptions(sheet=args.sheet, accept_warnings=args.accept_warnings,
                                          blank_invalid_ids=args.blank_invalid_ids,
                                          update_existing=args.update_existing)
        if args.map:
            info = choose_sheet(wb, target, options)
            options.mapping = parse_map(args.map, target, info.mapping)
        preview_fn = preview_units if target is Target.UNITS else preview_readings
        preview = preview_fn(ctx, who, wb, options)
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
        do = import_units if target is Target.UNITS else import_readings
        result = do(ctx, who, wb, options)
        print(f"导入完成：{result.summary()}")
        return 0

    return go(args)
