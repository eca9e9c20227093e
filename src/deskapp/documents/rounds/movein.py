"""交房记录 (收楼确认书): the centre's checklist ticked, start readings, keys and cards, with
signature boxes for the owner and the centre."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.pdf import reprint_note
from deskapp.documents.rounds.common import build, grid, header, mm, signatures, style

TITLE = "交房（收楼）记录"


@dataclass(frozen=True)
class MoveInDoc:
    centre: str
    community: str
    number: str
    unit_code: str
    building_area: str
    owner: str
    handed_over_on: date
    state_after: str
    items: list[str]
    ticked: list[str]
    readings: dict[str, str]
    keys_count: int
    cards: str
    fees_note: str
    note: str
    clerk: str
    recorded_on: date | None = None  # the day the handover was recorded; printed later, the record says 补打
    printed_on: date | None = None


def move_in_pdf(d: MoveInDoc) -> bytes:
    again = reprint_note(d.recorded_on, d.printed_on)
    story = header(d.centre, TITLE, f"编号：{d.number}　　小区：{d.community}" + (f"　　{again}" if again else ""))
    story.append(grid(None, [
        ["房号", d.unit_code, "建筑面积", f"{d.building_area} ㎡" if d.building_area else ""],
        ["业主", d.owner, "交房日期", f"{d.handed_over_on:%Y-%m-%d}"],
        ["交房后状态", d.state_after, "经办人", d.clerk],
    ], [25 * mm, 65 * mm, 25 * mm, 65 * mm], size=10, shade_first_col=True))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("一、交房事项", style(11, bold=True)))
    ticked = set(d.ticked)
    rows = [[str(i), item, "√ 已完成" if item in ticked else "□ 未完成"] for i, item in enumerate(d.items, start=1)]
    story.append(grid(["序号", "事项", "完成情况"], rows, [14 * mm, 126 * mm, 40 * mm], size=9.5))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("二、表计起始读数、钥匙与卡证", style(11, bold=True)))
    story.append(grid(["项目", "内容"], [
        ["水表起始读数", d.readings.get("水", "")], ["电表起始读数", d.readings.get("电", "")],
        ["燃气表起始读数", d.readings.get("燃气", "本户无燃气")], ["交付钥匙", f"{d.keys_count} 把"],
        ["发放卡证", d.cards or "—"], ["费用", d.fees_note or "—"], ["备注", d.note or "—"],
    ], [40 * mm, 140 * mm], size=9.5))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("业主确认：以上事项已当面办理完毕，表计读数、钥匙及卡证数量无误；已收到《业主手册》，"
                           "已签署《业主临时公约》。", style(10, leading=16)))
    story.append(Spacer(1, 5 * mm))
    story.append(signatures(["业主", "经办人", "客服主管"]))
    return build(story, f"{TITLE} {d.unit_code}", d.centre, d.unit_code)
