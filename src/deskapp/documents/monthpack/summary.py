"""每月汇总（经理阅）: the month's summary PDF — how many records each register holds this month
(table and chart), the collection rate and arrears of the month (the finance report's own
figures), the month's work section by section (domain.monthpack.Section: a small table, and a
bar chart where one helps), and what changed after the month was last filed."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import KeepTogether

from deskapp.documents.billing.finance_report import rate, yuan
from deskapp.documents.pdf import FONT
from deskapp.documents.rounds.common import Paragraph, Spacer, build, esc, figure_columns, grid, header, mm, style
from deskapp.domain.billing_finance import FinanceReport
from deskapp.domain.monthpack import Section

CHART_W = 180 * mm


NUMERALS = "一二三四五六七八九十"


def _numeral(n: int) -> str:
    """1 -> 一, 12 -> 十二, 20 -> 二十."""
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else NUMERALS[tens - 1]) + "十" + (NUMERALS[ones - 1] if ones else "")


def _bars(counts: Sequence[tuple[str, int]], title: str) -> Drawing:
    names = [t.replace("《", "").replace("》", "")[:14] for t, _ in counts][::-1]  # a horizontal chart draws its first bar at the bottom
    height = 12 * len(names) + 30
    d = Drawing(CHART_W, height + 24)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 110, 10, CHART_W - 130, height - 10
    chart.data = [[n for _, n in counts][::-1] or [0]]
    chart.categoryAxis.categoryNames = names or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4472C4")
    d.add(chart)
    d.add(String(0, height + 10, title, fontName=FONT, fontSize=10))
    return d


def _section(number: int, s: Section) -> list:
    w = 180 * mm
    first = 0.4 if len(s.headers) > 2 else 0.6  # the label column
    widths = [w * first] + [w * (1 - first) / (len(s.headers) - 1)] * (len(s.headers) - 1) if len(s.headers) > 1 else [w]
    # a heading never ends a page without its table
    part = [KeepTogether([_heading(f"{_numeral(number)}、{s.title}"),
                          grid(list(s.headers), [list(r) for r in s.rows], widths,
                               right=figure_columns(s.rows))]), Spacer(1, 3 * mm)]
    if s.chart:
        part += [_bars(s.chart, s.chart_title), Spacer(1, 3 * mm)]
    return part


def _heading(text: str) -> Paragraph:
    return Paragraph(esc(text), style(11, bold=True))


def summary_pdf(centre: str, month_label: str, counts: Sequence[tuple[str, int]], r: FinanceReport,
                later: Sequence[Sequence[str]], made: str, sections: Sequence[Section]) -> bytes:
    """`counts`: (register, rows) of the month; `later`: (filed, changed, by, what) rows;
    `sections`: the month's work, after the collection rate."""
    w, gap = 180 * mm, Spacer(1, 3 * mm)
    story = header(centre, f"每月汇总（{month_label}）", f"制表 {made}")
    story += [
        _heading("一、本月登记表"),
        grid(["登记表", "记录数"], [[t, str(n)] for t, n in counts], [w * 0.75, w * 0.25], right=[1]), gap,
        _bars(counts, "本月各登记表记录数"), gap,
        _heading("二、收费率与欠费（本月）"),
        grid(["指标", "比率", "计算"], [
            ["收费率（当期实收 / 当期应收）", rate(r.collection_rate), f"{yuan(r.total.received)} / {yuan(r.total.receivable)}"],
            ["户收费率（已交户 / 收费户）", rate(r.household_rate), f"{r.paid_households} / {r.households} 户"],
            ["清缴率", rate(r.clearance_rate), f"{yuan(r.recovered)} / ({yuan(r.recovered)} + {yuan(r.historic_owed)})"],
        ], [75 * mm, 25 * mm, 80 * mm], right=[1]), gap,
        grid(["欠费账龄", "户数", "欠费金额"], [[b, str(n), yuan(a)] for b, n, a in r.arrears_by_age], [w / 3] * 3,
             right=[1, 2]), gap,
    ]
    for i, section in enumerate(sections, start=3):
        story += _section(i, section)
    story += [
        _heading(f"{_numeral(len(sections) + 3)}、归档后变更：{len(later)} 项"),
        grid(["归档时间", "变更时间", "操作人", "内容"], [list(x) for x in later] or [["—", "—", "—", "上次归档后本月记录无变更"]],
             [30 * mm, 30 * mm, 20 * mm, 100 * mm], long=True),
    ]
    return build(story, f"每月汇总 {month_label}", centre, footer=f"每月汇总 {month_label}")
