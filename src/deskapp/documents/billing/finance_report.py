"""收费日报 / 月报 / 季报 on paper (A4, charts drawn with reportlab.graphics: the PDF library the
program already ships, so no second plotting stack) and as a workbook with a sheet per table."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from deskapp.documents import xlsx
from deskapp.documents.billing.xlsx import MONEY
from deskapp.documents.pdf import FONT
from deskapp.documents.rounds.common import Paragraph, Spacer, build, esc, grid, header, mm, style
from deskapp.domain.billing_finance import FinanceReport, Row

FIGURES = range(1, 6)  # the columns after the label: amounts, counts and rates, right-aligned

LISTED_NEVER_BILLED = 120  # codes printed; the workbook lists every one
CHART_W = 170 * mm
CHARTED_BUILDINGS = 30  # a big estate has hundreds: the chart shows the lowest rates, the table all
RECEIVABLE, RECEIVED = colors.HexColor("#5B9BD5"), colors.HexColor("#70AD47")


def yuan(v: Decimal) -> str:
    return f"{v:,.2f}"


def rate(v: Decimal | None) -> str:
    return "—" if v is None else f"{v}%"


def _row_cells(r: Row) -> list[str]:
    return [r.key, yuan(r.receivable), yuan(r.received), yuan(r.waived), yuan(r.owed), rate(r.rate)]


ROW_HEAD = ["", "应收", "实收", "减免", "欠收", "收费率"]


def _rates(r: FinanceReport) -> list[list[str]]:
    return [
        ["收费率（当期实收 / 当期应收）", rate(r.collection_rate), f"{yuan(r.total.received)} / {yuan(r.total.receivable)}"],
        ["户收费率（已交户 / 收费户）", rate(r.household_rate), f"{r.paid_households} / {r.households} 户"],
        ["清缴率（欠费追回 / (欠费追回 + 历史欠费)）", rate(r.clearance_rate),
         f"{yuan(r.recovered)} / ({yuan(r.recovered)} + {yuan(r.historic_owed)})"],
    ]


def _rates_named(r: FinanceReport) -> list[tuple[str, str]]:
    """The rates' names and their sums with every figure named (the workbook's 计算 column)."""
    return [
        ("收费率（当期实收 / 当期应收）", f"实收 {yuan(r.total.received)} / 应收 {yuan(r.total.receivable)}"),
        ("户收费率（已交户 / 收费户）", f"已交 {r.paid_households} 户 / 收费 {r.households} 户"),
        ("清缴率（欠费追回 / (欠费追回 + 历史欠费)）",
         f"追回 {yuan(r.recovered)} / (追回 {yuan(r.recovered)} + 历史欠费 {yuan(r.historic_owed)})"),
    ]


def _bars(title: str, names: Sequence[str], series: Sequence[Sequence[float]], fills, legend: Sequence[str],
          *, percent: bool = False) -> Drawing:
    """A titled bar chart in the report's font: vertical for a few categories, horizontal for many."""
    many = len(names) > 8
    height = (11 * len(names) + 30) if many else 130
    d = Drawing(CHART_W, height + 30)
    chart = HorizontalBarChart() if many else VerticalBarChart()
    # room under the plot for the value axis (horizontal) or the category names (vertical)
    chart.x, chart.y, chart.width, chart.height = (60, 22, CHART_W - 80, height - 10) if many else (50, 25, CHART_W - 70, height - 30)
    # a period with nothing billed or received (a Sunday's 日报, the quarter before go-live) has no
    # category: one empty bar a series, or reportlab fails on the first value it looks for
    chart.data = [list(s) or [0] for s in series] or [[0]]
    chart.categoryAxis.categoryNames = list(names) or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 8
    chart.valueAxis.valueMin = 0
    if percent or not any(v for s in chart.data for v in s):
        chart.valueAxis.valueMax = 100  # all zero: an axis of 0…100, not six labels "0"
    chart.valueAxis.labelTextFormat = "%d%%" if percent else (lambda v: f"{v / 10000:,.0f}万" if v >= 10000 else f"{v:,.0f}")
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
    d.add(chart)
    d.add(String(0, height + 18, title, fontName=FONT, fontSize=10))
    x = CHART_W - 10
    for label, fill in reversed(list(zip(legend, fills))):
        x -= 70
        d.add(String(x + 12, height + 18, label, fontName=FONT, fontSize=8, fillColor=fill))
    return d


def _heights(values) -> list[float]:
    """Bar lengths for reportlab's charts, which draw floats. Only the drawing is float: every amount
    printed on the report comes from the Decimal figures in its tables."""
    return [float(v or 0) for v in values]


def _item_chart(r: FinanceReport) -> Drawing:
    items = [x for x in r.by_item if x.receivable or x.received]
    return _bars("当期应收与实收（按收费项目，元）", [x.key for x in items],
                 [_heights(x.receivable for x in items), _heights(x.received for x in items)],
                 [RECEIVABLE, RECEIVED], ["■ 应收", "■ 实收"])


def _building_chart(r: FinanceReport) -> list:
    buildings = [x for x in r.by_building if x.receivable]
    title = "收费率（按楼栋，%）"
    if len(buildings) > CHARTED_BUILDINGS:
        buildings = sorted(buildings, key=lambda x: x.rate or 0)[:CHARTED_BUILDINGS]
        title = f"收费率最低的 {CHARTED_BUILDINGS} 栋（%，最低在上）"
    if len(buildings) > 8:
        buildings.reverse()  # a horizontal chart draws its first bar at the bottom
    return [_bars(title, [f"{x.key}栋" for x in buildings], [_heights(x.rate for x in buildings)],
                  [RECEIVED], ["■ 收费率"], percent=True)] if buildings else []


def _age_chart(r: FinanceReport) -> Drawing:
    return _bars("欠费账龄（期末，元）", [b for b, _, _ in r.arrears_by_age], [_heights(a for _, _, a in r.arrears_by_age)],
                 [colors.HexColor("#ED7D31")], ["■ 欠费"])


def _heading(text: str) -> Paragraph:
    return Paragraph(esc(text), style(11, bold=True))


def finance_pdf(centre: str, r: FinanceReport, made: str) -> bytes:
    """`made`: when the report was drawn up (制表时间), beside the period it covers."""
    w, gap = 180 * mm, Spacer(1, 3 * mm)
    p = r.prepayments
    never = "、".join(r.never_billed[:LISTED_NEVER_BILLED]) or "无"
    if len(r.never_billed) > LISTED_NEVER_BILLED:
        never += " 等（全部见 Excel）"
    story = header(centre, f"{r.period.title}（{r.period.label}）",
                   f"期间 {r.period.start:%Y-%m-%d} 至 {r.period.last:%Y-%m-%d} · 当期账单自 "
                   f"{r.period.quarter_start:%Y-%m-%d} 起 · 制表 {made}")
    story += [
        grid(["指标", "比率", "计算"], _rates(r), [75 * mm, 25 * mm, 80 * mm], right=[1]), gap,
        _item_chart(r), _heading("当期应收 / 实收 / 欠收（按收费项目）"),
        grid(ROW_HEAD, [_row_cells(x) for x in r.by_item] + [_row_cells(r.total)], [w / 6] * 6, right=FIGURES), gap,
        _heading("预收（预存款）"),
        grid(["期初余额", "本期存入", "本期抵扣及冲回", "期末余额"],
             [[yuan(p.opening), yuan(p.deposited), yuan(p.used), yuan(p.closing)]], [w / 4] * 4, right=range(4)), gap,
        _heading("减免 / 优惠（本期批准）"),
        grid(["收费项目", "笔数", "金额"], [[i, str(n), yuan(a)] for i, n, a in r.waivers] or [["无", "0", "0.00"]],
             [w / 3] * 3, right=FIGURES), gap,
        _age_chart(r), _heading("欠费账龄（期末）"),
        grid(["账龄", "户数", "欠费金额"], [[b, str(n), yuan(a)] for b, n, a in r.arrears_by_age], [w / 3] * 3,
             right=FIGURES), gap,
        _heading(f"从未出账的房屋（已交付）：{len(r.never_billed)} 户"), Paragraph(esc(never), style(9)), gap,
        Paragraph("押金：押金台账上线后在本表列示。", style(9)), gap,
        *_building_chart(r), _heading("当期应收 / 实收 / 欠收（按楼栋）"),
        grid(ROW_HEAD, [_row_cells(x) for x in r.by_building], [w / 6] * 6, long=True, pad=1, right=FIGURES),
    ]
    return build(story, f"{r.period.title} {r.period.label}", centre, footer=f"{r.period.title} {r.period.label}")


def write_finance_xlsx(path: Path, heading: str, r: FinanceReport) -> int:
    """A sheet per table; returns the rows written."""
    wb = xlsx.new_workbook()
    money = [xlsx.Col("应收", 16, MONEY), xlsx.Col("实收", 16, MONEY), xlsx.Col("减免", 14, MONEY),
             xlsx.Col("欠收", 16, MONEY), xlsx.Col("收费率（%）", 12)]

    def rows(xs: Sequence[Row]) -> list[list]:
        return [[x.key, x.receivable, x.received, x.waived, x.owed, x.rate] for x in xs]

    p = r.prepayments
    sheets = [
        # 计算 before 比率: a right-aligned rate next to the left-aligned 计算 text printed as one
        # figure with it ("0" + "0.00 / …" read 00.00); the rate shows its two decimals (0.00, not 0).
        # Each figure of 计算 is named: bare figures at the start of rows one under the other
        # ("22 / 39 户" over "0.00 / …") read as one amount on paper.
        ("比率", [xlsx.Col("指标", 44), xlsx.Col("计算", 60), xlsx.Col("比率（%）", 12, "0.00")],
         [[a, c, (r.collection_rate, r.household_rate, r.clearance_rate)[i]] for i, (a, c) in enumerate(_rates_named(r))]),
        ("按收费项目", [xlsx.Col("收费项目", 14), *money], rows(r.by_item) + rows([r.total])),
        ("按楼栋", [xlsx.Col("楼栋", 10), *money], rows(r.by_building)),
        ("预收", [xlsx.Col(c, 16, MONEY) for c in ("期初余额", "本期存入", "本期抵扣及冲回", "期末余额")],
         [[p.opening, p.deposited, p.used, p.closing]]),
        ("减免", [xlsx.Col("收费项目", 14), xlsx.Col("笔数", 8), xlsx.Col("金额", 14, MONEY)], [list(w) for w in r.waivers]),
        ("欠费账龄", [xlsx.Col("账龄", 14), xlsx.Col("户数", 8), xlsx.Col("欠费金额", 16, MONEY)],
         [list(a) for a in r.arrears_by_age]),
        ("从未出账", [xlsx.Col("房号", 16)], [[c] for c in r.never_billed]),
    ]
    n = sum(xlsx.write_sheet(wb, title, heading, cols, data) for title, cols, data in sheets)
    xlsx.save(wb, path)
    return n
