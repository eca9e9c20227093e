"""An import's own template: the sheet the wizard and `deskapp import template NAME` hand out,
headed with the field names the import recognises (* marks a needed column; the reader ignores
it), and a second sheet saying what each column takes with an example. The example is not on
the first sheet: a template filled in below a sample row would import the sample too."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from deskapp.documents.xlsx import Col, new_workbook, save, write_sheet


def write_template(path: Path, title: str, fields: Sequence[tuple[str, bool, str, str]]) -> Path:
    """`fields`: (label, required, example, other names the column may carry)."""
    columns = [Col(label + ("*" if required else ""), max(10, 2 * len(label) + 4)) for label, required, _, _ in fields]
    wb = new_workbook()
    write_sheet(wb, title, f"{title}导入模板：从第 3 行起每行一条；带 * 的列必填（见“填写说明”）", columns, [])
    write_sheet(wb, "填写说明", f"{title}导入模板 各列说明",
                [Col("列", 14), Col("必填", 6), Col("示例", 16), Col("也认作以下表头", 60)],
                ([label, "是" if required else "", example, "、".join(others)]
                 for label, required, example, others in fields))
    save(wb, path)
    return path
