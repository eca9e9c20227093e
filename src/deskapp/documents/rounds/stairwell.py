"""《楼道巡查周报表》: one building, one week; every point by scheduled day."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.pdf import A4, landscape
from deskapp.documents.rounds.common import build, esc, grid, header, mm, signatures, style

TITLE = "楼道巡查周报表"
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


@dataclass(frozen=True)
class RouteBlock:
    route: str
    lines: list[tuple[str, list[str]]]  # point, one cell per scheduled day
    stewards: list[str]  # one per scheduled day
    set_up_on: date | None = None  # given when the route was set up after the week began: its days before are blank


@dataclass(frozen=True)
class WeekSheet:
    centre: str
    building: str
    week_start: date
    days: list[date]
    blocks: list[RouteBlock]
    items: str
    printed_on: date
    extra: frozenset[date] = frozenset()  # days of a round walked outside the schedule (加巡)


def week_sheet_pdf(w: WeekSheet) -> bytes:
    end = w.week_start + timedelta(days=6)
    story = header(w.centre, TITLE, f"{w.building}　　{w.week_start:%Y-%m-%d} 至 {end:%Y-%m-%d}　　检查项目：{w.items}")
    usable = 267 * mm
    point_w = 60 * mm
    day_w = (usable - point_w) / max(1, len(w.days))
    heads = ["巡查点位"] + [f"{d:%m-%d} {WEEKDAYS[d.weekday()]}" + ("（加巡）" if d in w.extra else "") for d in w.days]
    if not w.blocks:
        story.append(Paragraph("本楼栋未设置巡查路线。", style(11)))
    for b in w.blocks:
        heading = b.route + (f"（{b.set_up_on:%Y-%m-%d} 设立，此前无巡查）" if b.set_up_on else "")
        story.append(Paragraph(esc(heading), style(11, bold=True)))
        story.append(Spacer(1, 1.5 * mm))
        rows = [[p] + cells for p, cells in b.lines]
        rows.append(["巡查人"] + b.stewards)
        story.append(grid(heads, rows, [point_w] + [day_w] * len(w.days), size=8, long=True, pad=1))
        story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("说明：“正常”为该点位各项目无问题；发现问题时写明项目和情况，括号内为转工程维修/保洁的单号；"
                           "“未巡查”为排班日未做的巡查。" + ("“加巡”为排班日以外做的巡查。" if w.extra else ""),
                           style(8.5)))
    story.append(Spacer(1, 2 * mm))
    # a smaller box: a route of about twenty points then fits the landscape page with its signatures
    story.append(signatures(["楼宇管家", "客服主管"], width=usable, room=7 * mm))
    return build(story, f"{TITLE} {w.building} {w.week_start:%Y-%m-%d}", w.centre, w.building,
                 pagesize=landscape(A4))
