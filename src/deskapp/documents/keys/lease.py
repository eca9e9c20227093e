"""《车位租赁协议》: two copies (甲方存 / 乙方存), each with the parties, the terms and signature boxes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from deskapp.documents.keys.common import build, esc
from deskapp.documents.pdf import A4, CopyBegins, reprint_note, style
from deskapp.domain.money import capitals, format_yuan


LEASE_TITLE = "车位租赁协议"


@dataclass(frozen=True)
class LeaseDoc:
    """《车位租赁协议》: both parties, the space, period, rent, deposit — what
    services.keys.parking.agreement hands over, personal data already masked."""
    number: str
    centre_name: str
    centre_address: str
    centre_phone: str
    lessee_name: str
    lessee_id_number: str
    lessee_phone: str
    unit_code: str
    space: str
    area: str
    plates: str
    start: date
    end: date
    months: int
    monthly_rent: Decimal
    total_rent: Decimal
    deposit: Decimal
    renews: str = ""
    signed_on: date | None = None  # the day the lease was recorded at the desk: the agreement's own date
    clerk: str = ""  # who recorded it: the centre's 经办人
    printed_on: date | None = None  # a print on a later day than signed_on says 补打 with this date


TERMS = (
    "乙方租用的车位仅供停放上述登记车牌的车辆，不得转租、转借，不得堆放杂物或改变用途。",
    "租金按月计算，乙方应在租期开始前一次性或按季度预交，逾期未交的，甲方有权停止提供车位。",
    "押金在租期届满、乙方结清费用并交还车卡后无息退还。",
    "乙方应遵守小区停车管理规定，服从管理人员指挥；车辆及车内物品由乙方自行保管，甲方不承担保管责任。",
    "租期届满乙方需续租的，应提前十五日办理续租手续；不续租的，应于期满之日起撤离车位。",
    "任何一方提前解除协议的，应提前三十日书面通知对方，租金按实际使用月份结算。",
    "本协议一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。",
)


def _number_line(d: LeaseDoc) -> str:
    """协议编号, the lease it renews, the day it was signed and, printed on a later day, 补打."""
    line = f"协议编号：{d.number}" + (f"（续 {d.renews}）" if d.renews else "")
    again = reprint_note(d.signed_on, d.printed_on)
    if d.signed_on is not None:
        line += f"　签订日期：{d.signed_on:%Y-%m-%d}"
    return line + (f"　{again}" if again else "")


def _lease_copy(d: LeaseDoc, copy_label: str) -> list:
    body = style(10, leading=15)
    label = style(9.5, bold=True)
    cell = style(9.5)
    story = [
        Paragraph(esc(copy_label), style(9, align=2)),
        Paragraph(LEASE_TITLE, style(18, bold=True, align=1)),
        Paragraph(esc(_number_line(d)), style(9, align=1)),
        Spacer(1, 4 * mm),
    ]
    parties = [
        ["甲方（出租方）", d.centre_name, "联系电话", d.centre_phone],
        ["地址", d.centre_address, "", ""],
        ["乙方（承租方）", d.lessee_name, "证件号码", d.lessee_id_number],
        ["联系电话", d.lessee_phone, "房号", d.unit_code or "（非本小区业户）"],
        ["车位编号", f"{d.space}（{d.area}）", "车牌号", d.plates],
        ["租赁期限", f"{d.start:%Y年%m月%d日} 至 {d.end:%Y年%m月%d日}（共 {d.months} 个月）", "", ""],
        ["月租金", f"人民币 {format_yuan(d.monthly_rent)} 元", "押金", f"人民币 {format_yuan(d.deposit)} 元"],
        ["租金合计", f"人民币 {format_yuan(d.total_rent)} 元（大写：{capitals(d.total_rent)}）", "", ""],
    ]
    data = [[Paragraph(esc(a), label), Paragraph(esc(b), cell), Paragraph(esc(c), label), Paragraph(esc(e), cell)]
            for a, b, c, e in parties]
    t = Table(data, colWidths=[28 * mm, 70 * mm, 22 * mm, 66 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 5), (3, 5)), ("SPAN", (1, 7), (3, 7)),
    ]))
    story += [t, Spacer(1, 4 * mm), Paragraph("经甲乙双方协商一致，就车位租赁事宜订立本协议，条款如下：", body)]
    story += [Paragraph(esc(f"{n}. {text}"), body) for n, text in enumerate(TERMS, start=1)]
    story.append(Spacer(1, 8 * mm))
    sig = Table([
        [Paragraph("甲方（盖章）：", label), "", Paragraph("乙方（签字）：", label), ""],
        [Paragraph("经办人：", label), Paragraph(esc(d.clerk), cell), Paragraph("日期：", label), ""],
        [Paragraph("日期：", label), "", "", ""],
    ], colWidths=[28 * mm, 65 * mm, 28 * mm, 65 * mm], rowHeights=[16 * mm, 12 * mm, 12 * mm])
    sig.setStyle(TableStyle([
        ("BOX", (0, 0), (1, -1), 0.8, colors.black), ("BOX", (2, 0), (3, -1), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (1, -1), 0.4, colors.grey), ("LINEBELOW", (3, 0), (3, 1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    story.append(KeepTogether([sig]))
    return story


def lease_agreement_pdf(d: LeaseDoc) -> bytes:
    """A4, two identical copies (甲方存 / 乙方存), each with signature boxes for both parties."""
    # Two copies are two documents: each counts its own pages (第 1 页 共 1 页), not 第 2 页 共 2 页.
    story = _lease_copy(d, "第一联　甲方存") + [PageBreak(), CopyBegins()] + _lease_copy(d, "第二联　乙方存")
    return build(story, A4, LEASE_TITLE, margins=12)
