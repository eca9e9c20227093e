"""《物品放行条》: one A4 sheet, two parts with the same number and QR code — 存根 kept at the
desk, 放行联 handed to the gate guard — separated by a cutting line."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from deskapp.documents.pdf import reprint_note
from deskapp.documents.rounds.common import build, esc, grid, mm, qr, style

TITLE = "物品放行条"


@dataclass(frozen=True)
class SlipPass:
    """What the slip lets out, for how long and who confirmed it: the same on the paper and on
    the screen (services.rounds.release.SlipView); both are built by keyword."""
    plate: str
    items: list[tuple[str, int, str]]
    valid_from: datetime
    valid_until: datetime
    confirmed_by: str
    confirmer_relation: str
    confirm_method: str
    confirmed_at: datetime


@dataclass(frozen=True)
class SlipDoc(SlipPass):
    centre: str
    number: str
    unit_code: str
    kind: str
    applicant: str
    company: str
    id_stub: str  # full only when the printing role may see it
    id_gate: str  # always masked
    phone_stub: str
    phone_gate: str
    clerk: str
    issued_at: datetime
    note: str = ""
    voided: bool = False
    void_reason: str = ""
    printed_on: date | None = None  # printed on a later day than issued_at, both parts say 补打 with this date


def _part(d: SlipDoc, part: str, id_text: str, phone: str) -> list:
    again = reprint_note(d.issued_at.date(), d.printed_on)
    head = Table([[Paragraph(esc(d.centre), style(10)),
                   Paragraph(esc(f"{TITLE}（{part}）"), style(15, bold=True, align=1, leading=20)),
                   Paragraph(esc(f"No. {d.number}") + (f"<br/>{esc(again)}" if again else ""),
                             style(11, bold=True, align=2))]],
                 colWidths=[55 * mm, 70 * mm, 55 * mm])
    when = f"{d.valid_from:%Y-%m-%d %H:%M} 至 {d.valid_until:%Y-%m-%d %H:%M}"
    facts = grid(None, [
        ["放行类型", d.kind, "房号", d.unit_code],
        ["申请单位/搬运公司", d.company or "—", "申请人", d.applicant],
        ["身份证号", id_text, "手机号", phone],
        ["车牌号", d.plate or "—", "通行时间", when],
    ], [34 * mm, 51 * mm, 22 * mm, 73 * mm], size=9, shade_first_col=True)  # 申请单位/搬运公司 on one line
    rows = [[str(i), name, f"{qty}", unit] for i, (name, qty, unit) in enumerate(d.items, start=1)]
    items = grid(["序号", "物品名称", "数量", "单位"], rows, [14 * mm, 116 * mm, 25 * mm, 25 * mm], size=9)
    confirm = (f"业主确认：{d.confirmer_relation} {d.confirmed_by}，{d.confirm_method}确认，"
               f"{d.confirmed_at:%Y-%m-%d %H:%M}；经办人：{d.clerk}；开具时间：{d.issued_at:%Y-%m-%d %H:%M}")
    body = [Paragraph(esc(confirm), style(9)), Spacer(1, 1.5 * mm)]
    if d.note:
        body.append(Paragraph(esc(f"备注：{d.note}"), style(9)))
    if part == "放行联":
        sign = "门岗核验放行（签字）：______________　放行时间：____月____日____时____分"
        keep = "本联由门岗收存，交回客服中心"
    else:
        sign = "申请人（签字）：______________　　客服中心（盖章）：______________"
        keep = "存根留客服中心备查一年"
    # the filing note on its own line: beside the blanks it read like one more thing to sign
    body += [Spacer(1, 2 * mm), Paragraph(esc(sign), style(9.5)), Spacer(1, 1 * mm), Paragraph(esc(keep), style(8))]
    code = Table([[qr(d.number, 22 * mm)], [Paragraph(esc(d.number), style(8, align=1))]], colWidths=[26 * mm])
    bottom = Table([[body, code]], colWidths=[154 * mm, 26 * mm])
    bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = [head, Spacer(1, 1.5 * mm), facts, Spacer(1, 1.5 * mm), items, Spacer(1, 2 * mm), bottom]
    if d.voided:
        out.insert(1, Paragraph(esc(f"作废　原因：{d.void_reason}"), style(16, bold=True, align=1, leading=22)))
    return out


def _cut() -> Drawing:
    dr = Drawing(180 * mm, 6 * mm)
    line = Line(0, 3 * mm, 180 * mm, 3 * mm, strokeColor=colors.grey, strokeDashArray=[3, 3])
    dr.add(line)
    return dr


def slip_pdf(d: SlipDoc) -> bytes:
    story = _part(d, "存根", d.id_stub, d.phone_stub)
    story += [Spacer(1, 4 * mm), Paragraph("沿此线剪开：上联存根留存，下联放行联交门岗", style(8, align=1)),
              _cut(), Spacer(1, 3 * mm)]
    story += _part(d, "放行联", d.id_gate, d.phone_gate)
    return build(story, f"{TITLE} {d.number}", d.centre, d.number, margins=15 * mm)
