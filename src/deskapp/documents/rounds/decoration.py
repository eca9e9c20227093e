"""二次装修 forms: 整改通知书 / 停工通知书 (to the owner and the contractor, with a deadline and
signature lines) and the 装修许可证 with the workers' passes (出入证)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.pdf import reprint_note
from deskapp.documents.rounds.common import build, esc, grid, header, mm, signatures, style
from deskapp.documents.rounds.decoration_papers import dated, money


@dataclass(frozen=True)
class NoticeDoc:
    title: str  # 整改通知书 or 停工通知书
    number: str
    centre: str
    unit_code: str
    owner: str
    company: str
    leader: str
    permit: str
    found_on: date
    items: str
    description: str
    deadline: date | None
    inspector: str  # who found it (检查人), not who prints it
    issued_on: date  # the day of the notice's own event (issued, stopped): its date
    printed_on: date  # a print on a later day is a 补打 that says so
    outcome: str = ""  # the recorded result (已整改 …), printed instead of the blank line

    @property
    def reprint(self) -> bool:
        return self.printed_on > self.issued_on


def notice_pdf(d: NoticeDoc) -> bytes:
    note = reprint_note(d.issued_on, d.printed_on)  # the one wording every paper's reprint carries
    story = header(d.centre, d.title, f"编号：{d.number}" + (f"　{note}" if note else ""))
    story.append(Paragraph(esc(f"致 {d.unit_code} 业主 {d.owner} 及装修单位 {d.company}（负责人 {d.leader}）："),
                           style(11, leading=18)))
    story.append(Spacer(1, 2 * mm))
    if d.deadline is not None:
        text = (f"　　{d.found_on:%Y年%m月%d日}，我中心管家在装修日常巡查中发现贵户装修（许可证号 {d.permit}）"
                f"存在以下违反《装修管理规定》及《业主临时公约》的情况：{d.items}。具体情况：{d.description}。"
                f"请于 {d.deadline:%Y年%m月%d日} 前整改完毕并通知我中心复查。逾期未整改的，我中心将上报处理，"
                f"并视情况采取停工等措施，由此产生的损失和责任由业主及装修单位承担。")
    else:
        text = (f"　　因贵户装修（许可证号 {d.permit}）{d.description}，自 {d.found_on:%Y年%m月%d日} 起停止施工。"
                f"请业主及装修单位到客服中心说明情况，经整改并书面确认后方可复工。")
    story.append(Paragraph(esc(text), style(11, leading=20)))
    story.append(Spacer(1, 4 * mm))
    rows = [["房号", d.unit_code, "装修许可证号", d.permit], ["违规项目", d.items, "发现日期", f"{d.found_on:%Y-%m-%d}"],
            ["整改期限", f"{d.deadline:%Y-%m-%d}" if d.deadline else "停工待整改", "检查人", d.inspector]]
    story.append(grid(None, rows, [25 * mm, 65 * mm, 30 * mm, 60 * mm], size=10, shade_first_col=True))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(esc(f"{d.centre}（盖章）　　{d.issued_on:%Y年%m月%d日}"), style(11, align=2)))
    if d.reprint:
        story.append(Paragraph(esc(f"补打日期：{d.printed_on:%Y年%m月%d日}（本通知书于 {d.issued_on:%Y年%m月%d日} 发出）"),
                               style(9, align=2)))
    story.append(Spacer(1, 6 * mm))
    story.append(signatures(["业主", "装修单位负责人", "管家"]))
    story.append(Spacer(1, 4 * mm))
    if d.outcome:
        story.append(Paragraph(esc(f"整改复查结果：{d.outcome}"), style(10)))
    else:
        story.append(Paragraph(esc("整改复查结果：□ 已整改　□ 未整改　复查人：________　日期：________"), style(10)))
    return build(story, f"{d.title} {d.number}", d.centre, d.unit_code)


@dataclass(frozen=True)
class PermitDoc:
    centre: str
    number: str  # the application's number (ZX…)
    permit_no: str  # the permit's own number (XK…), given at approval
    unit_code: str
    owner: str
    owner_phone: str  # masked: the permit hangs at the site's door
    company: str
    licence: str  # the contractor's 营业执照/资质
    leader: str
    leader_phone: str
    works: str
    starts_on: date
    ends_on: date
    deposit: Decimal
    fees: Decimal
    workers: list[tuple[str, str, str]]  # pass no, name, masked ID
    applied_on: date
    approved_on: date
    approver: str
    printed_on: date


def permit_pdf(d: PermitDoc) -> bytes:
    story = header(d.centre, "装修许可证", f"许可证号：{d.permit_no or '（未编号）'}　申请编号：{d.number}　"
                   + dated("审批日期", d.approved_on, d.printed_on))
    story.append(grid(None, [
        ["房号", d.unit_code, "业主", f"{d.owner} {d.owner_phone}".strip()],
        ["装修单位", d.company, "营业执照/资质", d.licence],
        ["负责人", d.leader, "负责人电话", d.leader_phone],
        ["装修项目", d.works, "装修期限", f"{d.starts_on:%Y-%m-%d} 至 {d.ends_on:%Y-%m-%d}"],
        ["装修押金", money(d.deposit), "", ""],
        ["装修管理费", money(d.fees), "", ""],
        ["申请日期", f"{d.applied_on:%Y-%m-%d}", "审批", f"{d.approver} {d.approved_on:%Y-%m-%d}"],
    ], [25 * mm, 65 * mm, 25 * mm, 65 * mm], size=10, shade_first_col=True, spans=(4, 5)))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("施工时间：工作日 8:00–12:00、14:00–18:00，节假日不得进行产生噪音的施工。"
                           "施工人员凭出入证出入，装修垃圾袋装后运至指定地点。", style(9.5, leading=15)))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("施工人员出入证", style(12, bold=True)))
    story.append(Spacer(1, 2 * mm))
    cards = []
    row = []
    for pass_no, name, id_text in d.workers:
        row.append([Paragraph(esc("装修施工人员出入证"), style(10, bold=True, align=1)),
                    Paragraph(esc(f"证号：{pass_no}"), style(9)), Paragraph(esc(f"姓名：{name}"), style(9)),
                    Paragraph(esc(f"身份证：{id_text}"), style(9)), Paragraph(esc(f"房号：{d.unit_code}"), style(9)),
                    Paragraph(esc(f"有效期至：{d.ends_on:%Y-%m-%d}"), style(9))])
        if len(row) == 3:
            cards.append(row)
            row = []
    if row:
        cards.append(row + [""] * (3 - len(row)))
    if cards:
        story.append(grid(None, cards, [60 * mm] * 3, size=9))
    story.append(Spacer(1, 6 * mm))
    story.append(signatures(["业主", "装修单位", "客服主管"]))
    return build(story, f"装修许可证 {d.permit_no or d.number}", d.centre, d.unit_code)
