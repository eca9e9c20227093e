"""《满意度调查报告》 as an Excel workbook: the summary with the previous campaign beside it and
a bar chart, satisfaction per building, and the owners' comments."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill

from deskapp.documents.xlsx import GAP, lines_needed, page_setup, safe
from deskapp.domain.survey import SCALES_NOTE
from deskapp.output_file import replacing

TITLE = "满意度调查报告"


@dataclass(frozen=True)
class ItemLine:
    question: str
    scale: str
    answers: int
    mean: Decimal | None
    satisfied_rate: Decimal | None
    previous_rate: Decimal | None
    change: Decimal | None


@dataclass(frozen=True)
class SurveyReportDoc:
    centre: str
    name: str
    period: str
    sampled: int
    reached: int
    response_rate: Decimal
    overall: Decimal | None
    previous_name: str
    previous_overall: Decimal | None
    items: list[ItemLine]
    questions: list[str]
    buildings: list[tuple[str, list[Decimal | None]]]
    comments: list[tuple[str, str, str, str, str]]  # unit, building, experience, shortfalls, needs
    printed_on: date


_HEAD = PatternFill("solid", fgColor="DDEBF7")


def _header_row(ws, row: int, values: list[str]) -> None:
    for col, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=col, value=v)
        c.font = Font(bold=True)
        c.fill = _HEAD
        c.alignment = Alignment(horizontal="center", wrap_text=True)



def write_report(d: SurveyReportDoc, path: Path) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws["A1"] = f"{d.centre} {TITLE}：{d.name}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"调查期间 {d.period}　抽样 {d.sampled} 户　完成 {d.reached} 户　应答率 {d.response_rate}%"
    ws["A3"] = (f"总体满意率 {d.overall if d.overall is not None else '—'}%"
                + (f"　上次（{d.previous_name}）{d.previous_overall if d.previous_overall is not None else '—'}%"
                   if d.previous_name else "　（无上次调查可比）"))
    _header_row(ws, 5, ["调查项目", "评分方式", "有效答卷", "平均分", "满意率%", "上次满意率%", "变化（百分点）"])
    for i, it in enumerate(d.items, start=6):
        for col, v in enumerate([it.question, it.scale, it.answers, it.mean, it.satisfied_rate, it.previous_rate,
                                 it.change], start=1):
            cell = ws.cell(row=i, column=col, value=safe(v))
            if col >= 4 and v is not None:
                cell.number_format = ("0.00" if col == 4 else "0.0") + GAP  # clear of the next column
    last = 5 + len(d.items)
    # the note wraps within the table's width: left to spill over, it would widen the printed
    # page and shrink everything on it
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=7)
    ws.cell(row=last + 1, column=1, value=SCALES_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[last + 1].height = 15 * lines_needed(SCALES_NOTE, 92)
    ws.row_dimensions[5].height = 18  # each header on one line (the widths below)
    # 上次满意率% and 变化（百分点） on one line each: squeezed, the bracket wrapped alone
    for col, width in zip("ABCDEFG", (16, 20, 10, 10, 10, 14, 17)):
        ws.column_dimensions[col].width = width
    if d.items:
        chart = BarChart()
        chart.type = "col"
        chart.title = "各项目满意率（%）"
        chart.y_axis.title = "满意率%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 100
        chart.add_data(Reference(ws, min_col=5, min_row=5, max_row=last), titles_from_data=True)
        if d.previous_name:
            chart.add_data(Reference(ws, min_col=6, min_row=5, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=6, max_row=last))
        chart.height, chart.width = 8, 18
        ws.add_chart(chart, f"A{last + 3}")

    wb_b = wb.create_sheet("分楼栋")
    wb_b["A1"] = "各楼栋满意率（%）"
    wb_b["A1"].font = Font(bold=True, size=13)
    _header_row(wb_b, 2, ["楼栋"] + d.questions)
    for r, (building, rates) in enumerate(d.buildings, start=3):
        wb_b.cell(row=r, column=1, value=building)
        for col, v in enumerate(rates, start=2):
            cell = wb_b.cell(row=r, column=col, value=safe(v))
            if v is not None:
                cell.number_format = "0.0" + GAP
    wb_b.column_dimensions["A"].width = 14

    wc = wb.create_sheet("业主意见")
    wc["A1"] = "业主意见和需求：切实感受、不足之处、需要物业协助的方面"
    wc["A1"].font = Font(bold=True, size=13)
    _header_row(wc, 2, ["序号", "房号", "楼栋", "切实感受", "不足之处", "需要协助"])
    widths = {"A": 6, "B": 12, "C": 10, "D": 36, "E": 36, "F": 36}
    for r, (code, building, *said) in enumerate(d.comments, start=3):
        for col, v in enumerate([r - 2, code, building, *said], start=1):
            cell = wc.cell(row=r, column=col, value=safe(v))
            if isinstance(v, str) and v.startswith(("=", "+", "-", "@")):
                cell.data_type = "s"
            if col == 1:
                cell.number_format = "0" + GAP  # the number clear of the unit beside it
            cell.alignment = Alignment(wrap_text=col >= 4, vertical="top")
        wc.row_dimensions[r].height = 15 * max(lines_needed(t, widths[c]) for t, c in zip(said, "DEF"))
    for col, width in widths.items():
        wc.column_dimensions[col].width = width
    for sheet in wb.worksheets:  # printed like the registers: A4, one page wide, page numbers
        page_setup(sheet)
    with replacing(path) as tmp:
        wb.save(tmp)
    return len(d.items)


__all__ = ["write_report", "SurveyReportDoc", "ItemLine"]
