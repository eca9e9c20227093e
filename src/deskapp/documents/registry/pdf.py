"""Printed owner and unit files: 《业户档案》 of one unit and 《业户档案完整性检查表》.

Built from plain data (personal data already masked by the service), A4, the shipped Chinese
font embedded as a subset, page numbers in the footer."""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from deskapp.documents.pdf import A4, FONT, PagedCanvas, esc, register_font, style

UNIT_FILE_TITLE = "业户档案"
COMPLETENESS_TITLE = "业户档案完整性检查表"


@dataclass(frozen=True)
class Letterhead:
    centre_name: str
    community: str
    printed_on: date
    printed_by: str


@dataclass(frozen=True)
class UnitFileDoc:
    code: str
    facts: Sequence[tuple[str, str]]  # (label, value) pairs: 楼栋, 楼层, 类型...
    people: Sequence[Sequence[str]]  # 关系, 姓名, 电话, 证件, 起始, 租期/授权
    history: Sequence[Sequence[str]]  # 关系, 姓名, 起始, 结束
    instructions: Sequence[Sequence[str]]  # 须知, 起始, 结束
    transfers: Sequence[Sequence[str]]  # 日期, 原业主, 新业主, 不动产权证号, 备注, 原业主的安排（结束/保留）
    chronicle: Sequence[Sequence[str]]  # 时间, 类别, 事项, 经办人


@dataclass(frozen=True)
class CompletenessDoc:
    units_checked: int
    rows: Sequence[Sequence[str]]  # 房号, 对象, 项目, 问题
    by_item: Sequence[tuple[str, int]] = field(default_factory=tuple)
    summary: Sequence[str] = ()  # the check's date and figures, then what a narrowed print lists (the service's)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
          long: bool = False) -> Table:
    cell = style(8.5)
    head = style(8.5, bold=True)
    data = [[Paragraph(esc(h), head) for h in header]]
    data += [[Paragraph(esc(v), cell) for v in row] for row in rows]
    table = (LongTable if long else Table)(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table



def _footer(head: Letterhead, title: str) -> Callable:
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(18 * mm, 10 * mm, f"{head.centre_name} · {title}")
        canvas.restoreState()
        canvas.page_number(A4[0] - 18 * mm, 10 * mm)

    return draw


def _header(head: Letterhead, title: str) -> list:
    return [
        Paragraph(esc(head.centre_name), style(11, align=1)),
        Paragraph(esc(title), style(17, align=1, leading=26)),  # bare, as every printed form's title
        Paragraph(esc(f"小区：{head.community}　　打印日期：{head.printed_on:%Y-%m-%d}　　打印人：{head.printed_by}"),
                  style(9, align=1)),
        Spacer(1, 5 * mm),
    ]


def _build(story: list, head: Letterhead, title: str, subject: str) -> bytes:
    register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=title, author=head.centre_name, subject=subject,
                            creator="deskapp",
                            # the canvas starts in our font: no unembedded Helvetica is referenced at all
                            initialFontName=FONT, initialFontSize=10)
    footer = _footer(head, title)
    doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=PagedCanvas)
    return buf.getvalue()


def _section(text: str) -> list:
    return [Spacer(1, 3 * mm), Paragraph(esc(text), style(11, bold=True, leading=16)), Spacer(1, 1.5 * mm)]


def unit_file_pdf(head: Letterhead, u: UnitFileDoc) -> bytes:
    """《业户档案》 of one unit: facts, people (masked), 前台须知, 产权变更, 单元大事记."""
    story = _header(head, UNIT_FILE_TITLE)
    story.append(Paragraph(esc(f"房号：{u.code}"), style(13, bold=True, leading=18)))
    story.append(Spacer(1, 2 * mm))
    pairs = list(u.facts)
    rows = []
    for i in range(0, len(pairs), 2):
        left, right = pairs[i], (pairs[i + 1] if i + 1 < len(pairs) else ("", ""))
        rows.append([left[0], left[1], right[0], right[1]])
    facts = _grid(["项目", "内容", "项目", "内容"], rows, [24 * mm, 66 * mm, 24 * mm, 66 * mm])
    story.append(facts)
    story += _section("住户与相关人员")
    story.append(_grid(["关系", "姓名", "电话", "证件", "起始", "租期 / 授权事项 / 备注"],
                       u.people or [["—", "（无）", "", "", "", ""]],
                       [16 * mm, 22 * mm, 26 * mm, 52 * mm, 20 * mm, 44 * mm]))
    story += _section("前台须知")
    story.append(_grid(["须知", "起始", "结束"], u.instructions or [["（无）", "", ""]],
                       [130 * mm, 25 * mm, 25 * mm]))
    if u.transfers:
        story += _section("产权变更")
        story.append(_grid(["日期", "原业主", "新业主", "不动产权证号", "备注", "原业主的安排"], u.transfers,
                           [21 * mm, 22 * mm, 22 * mm, 36 * mm, 24 * mm, 55 * mm]))
    if u.history:
        story += _section("历史人员")
        story.append(_grid(["关系", "姓名", "起始", "结束"], u.history, [25 * mm, 55 * mm, 50 * mm, 50 * mm]))
    story += _section("单元大事记")
    story.append(_grid(["时间", "类别", "事项", "经办人"], u.chronicle or [["", "", "（无）", ""]],
                       [30 * mm, 20 * mm, 105 * mm, 25 * mm], long=True))
    return _build(story, head, UNIT_FILE_TITLE, u.code)


def completeness_pdf(head: Letterhead, c: CompletenessDoc) -> bytes:
    """《业户档案完整性检查表》: a summary by item, then every finding."""
    story = _header(head, COMPLETENESS_TITLE)
    units_with = len({r[0] for r in c.rows})
    for line in c.summary or [f"检查房屋 {c.units_checked} 户，发现问题 {len(c.rows)} 项，涉及 {units_with} 户。"]:
        story.append(Paragraph(esc(line), style(10, leading=15)))
    if c.by_item:
        story.append(Spacer(1, 2 * mm))
        story.append(_grid(["项目", "问题数"], [[item, str(n)] for item, n in c.by_item], [40 * mm, 25 * mm]))
    story += _section("问题明细")
    rows = [[str(n), *r] for n, r in enumerate(c.rows, start=1)]
    story.append(_grid(["序号", "房号", "对象", "项目", "问题"], rows or [["", "", "", "", "（未发现问题）"]],
                       [12 * mm, 24 * mm, 24 * mm, 22 * mm, 98 * mm], long=True))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("检查人：____________　　复核（客服主管）：____________　　日期：____________",
                           style(10)))
    return _build(story, head, COMPLETENESS_TITLE, f"{head.printed_on:%Y-%m-%d}")
