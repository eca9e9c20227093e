"""《整改通知书》 for a 业户违章 (not a decoration's: those are the 楼宇管家's, rounds/decoration):
to the owner, what was found, what must be done by when, signature lines and a tear-off receipt; dated the
day it was issued (printed again on a later day it says 补打 with the print date)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.pdf import reprint_note
from deskapp.documents.rounds.common import build, esc, grid, header, mm, signatures, style


@dataclass(frozen=True)
class RectificationDoc:
    centre: str
    number: str
    unit_code: str
    owner: str
    kind: str
    found_on: date
    found_by: str
    description: str
    demanded: str
    deadline: date | None
    issued_on: date
    issued_by: str
    printed_on: date | None = None  # a print on a later day than issued_on says 补打 with this date


def rectification_pdf(d: RectificationDoc) -> bytes:
    story = header(d.centre, "整改通知书", f"编号：{d.number}")
    story.append(Paragraph(esc(f"致 {d.unit_code} 业主 {d.owner or '（未登记）'}："), style(11, leading=18)))
    story.append(Spacer(1, 2 * mm))
    by_when = f"请于 {d.deadline:%Y年%m月%d日} 前" if d.deadline else "请尽快"
    demanded = f"整改要求：{d.demanded}。" if d.demanded else ""
    text = (f"　　{d.found_on:%Y年%m月%d日}，我中心发现贵户存在{d.kind}违章情况：{d.description}。"
            f"该行为违反《业主临时公约》及小区管理规定。{demanded}{by_when}整改完毕并通知我中心复查。"
            f"逾期未整改的，我中心将上报有关部门依法处理，由此产生的一切责任由业主承担。")
    story.append(Paragraph(esc(text), style(11, leading=20)))
    story.append(Spacer(1, 4 * mm))
    rows = [["房号", d.unit_code, "违章类别", d.kind],
            ["发现日期", f"{d.found_on:%Y-%m-%d}", "发现人", d.found_by],
            ["整改期限", f"{d.deadline:%Y-%m-%d}" if d.deadline else "尽快", "经办人", d.issued_by]]
    story.append(grid(None, rows, [25 * mm, 65 * mm, 25 * mm, 65 * mm], size=10, shade_first_col=True))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(esc(f"{d.centre}（盖章）　　{d.issued_on:%Y年%m月%d日}"), style(11, align=2)))
    if again := reprint_note(d.issued_on, d.printed_on):
        story.append(Paragraph(esc(again), style(9, align=2)))
    story.append(Spacer(1, 6 * mm))
    story.append(signatures(["业主签收", "经办人"]))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(esc("整改复查结果：□ 已整改　□ 未整改　复查人：________　日期：________"), style(10)))
    return build(story, f"整改通知书 {d.number}", d.centre, d.unit_code)
