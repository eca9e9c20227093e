"""二次装修 paperwork beside the permit and the notices: 装修申请表, 二次装修日检表 (blank for the
site, or filled from the record), 竣工验收单 (初验 / 复验) and 押金退还单.

Each paper carries the date of its own event (applied, checked, inspected, refunded); printed on
a later day it says 补打 with its print date beside the event's."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reportlab.platypus import Paragraph, Spacer, TableStyle

from deskapp.documents.pdf import A4, landscape, reprint_note
from deskapp.documents.rounds.common import build, esc, grid, header, mm, signatures, style
from deskapp.domain.money import capitals

BODY = 10  # every paper's text is 8 pt or more on A4


def dated(event: str, event_on: date | None, printed_on: date) -> str:
    """The line under the title: the event's date, and 补打 with the print date on a later day."""
    if event_on is None:
        return f"打印日期：{printed_on:%Y-%m-%d}"
    note = reprint_note(event_on, printed_on)
    return f"{event}：{event_on:%Y-%m-%d}" + (f"　{note}" if note else "")


def money(amount: Decimal) -> str:
    return f"{amount:,.2f} 元（大写：{capitals(amount)}）"


def _text(text: str, size: float = BODY) -> Paragraph:
    return Paragraph(esc(text), style(size, leading=size * 1.6))


# ----------------------------------------------------------------- 装修申请表

@dataclass(frozen=True)
class ApplicationDoc:
    centre: str
    number: str
    unit_code: str
    owner: str
    owner_phone: str
    company: str
    licence: str  # the contractor's 营业执照/资质
    leader: str
    leader_phone: str
    starts_on: date
    ends_on: date
    works: tuple[str, ...]
    works_offered: tuple[str, ...]  # every item of the list, ticked or not
    deposit: Decimal
    fees: Decimal
    workers: Sequence[tuple[str, str, str]]  # name, ID (masked unless the role may see it), phone
    note: str
    applied_on: date
    applied_by: str
    decided_on: date | None
    decided_by: str
    decision: str  # 审批通过 / 驳回：原因 / "" while waiting
    printed_on: date


def application_pdf(d: ApplicationDoc) -> bytes:
    story = header(d.centre, "装修申请表", f"申请编号：{d.number}　" + dated("申请日期", d.applied_on, d.printed_on))
    ticks = "　".join(("■" if w in d.works else "□") + w for w in d.works_offered)
    story.append(grid(None, [
        ["房号", d.unit_code, "申请日期", f"{d.applied_on:%Y-%m-%d}"],
        ["业主", d.owner, "业主电话", d.owner_phone],
        ["装修单位", d.company, "营业执照/资质", d.licence],
        ["现场负责人", d.leader, "负责人电话", d.leader_phone],
        ["装修期限", f"{d.starts_on:%Y-%m-%d} 至 {d.ends_on:%Y-%m-%d}（{(d.ends_on - d.starts_on).days + 1} 天）", "", ""],
        ["装修项目", ticks, "", ""],
        ["装修押金", money(d.deposit), "", ""],
        ["装修管理费", money(d.fees), "", ""],
        ["备注", d.note, "", ""],
    ], [28 * mm, 72 * mm, 28 * mm, 52 * mm], size=BODY, shade_first_col=True, spans=(4, 5, 6, 7, 8)))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("施工人员", style(11, bold=True)))
    rows = [[str(i), n, id_text, phone] for i, (n, id_text, phone) in enumerate(d.workers, start=1)]
    story.append(grid(["序号", "姓名", "身份证号", "电话"], rows, [14 * mm, 40 * mm, 76 * mm, 50 * mm], size=BODY))
    story.append(Spacer(1, 3 * mm))
    story.append(_text("业主及装修单位承诺：遵守《装修管理规定》及《业主临时公约》，不拆改承重结构，不改动燃气管道、烟道，"
                       "不封闭或改变外立面，按规定时间施工，装修垃圾袋装运至指定地点；违反者按规定整改、停工，"
                       "造成损失的从押金中扣除，不足部分由业主及装修单位承担。", 9.5))
    story.append(Spacer(1, 3 * mm))
    story.append(signatures(["业主", "装修单位负责人"], room=11 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("物业服务中心审核", style(11, bold=True)))
    decided = f"{d.decided_on:%Y-%m-%d}" if d.decided_on else "　　年　　月　　日"
    story.append(grid(None, [
        ["客服中心受理", f"受理人：{d.applied_by}　日期：{d.applied_on:%Y-%m-%d}"],
        ["工程部意见", "□ 同意　□ 不同意　意见：____________________　签字：________　日期：________"],
        ["客服主管审批", f"{d.decision or '□ 同意　□ 不同意'}　审批人：{d.decided_by or '________'}　日期：{decided}"],
    ], [32 * mm, 148 * mm], size=BODY, shade_first_col=True, pad=5))
    return build(story, f"装修申请表 {d.number}", d.centre, d.unit_code)


# ----------------------------------------------------------------- 二次装修日检表

@dataclass(frozen=True)
class CheckLine:
    day: date
    results: dict[str, str]  # item -> √ / × / — ; empty when nobody was in or the door stayed shut
    status: str  # "" / 无人 / 拒不开门 / 完工
    found: str  # the violation with the rectification's outcome
    notices: str  # 整改通知书 / 停工通知书 numbers of the day
    inspector: str


@dataclass(frozen=True)
class WorksDoc:
    """The head the 日检表 and the 竣工验收单 both print: whose works, by whom, for how long, and
    the items checked. The papers add their own fields and are built by keyword."""
    centre: str
    permit: str
    unit_code: str
    owner: str
    company: str
    leader: str
    starts_on: date
    ends_on: date
    items: tuple[str, ...]


@dataclass(frozen=True)
class CheckSheetDoc(WorksDoc):
    lines: tuple[CheckLine, ...]  # empty for the blank sheet
    printed_on: date
    blank: bool


def check_sheet_pdf(d: CheckSheetDoc) -> bytes:
    """A4 landscape: a row per day (the blank one for each day of the works), a column per item.
    An item's heading breaks before a "/" only, never inside a word (燃气管 / 道/烟 / 道 was
    printed): the item columns hold four characters a line, as narrow cell margins allow."""
    width = 267 * mm
    fixed = [22 * mm, 40 * mm, 30 * mm, 20 * mm, 18 * mm]  # the date whole on one line
    item_w = (width - sum(fixed)) / max(len(d.items), 1)
    head = ["日期", *(i.replace("/", "\n/") for i in d.items), "违规情况及整改", "整改/停工通知书",
            "无人/\n拒不开门/\n完工", "检查人"]
    widths = [fixed[0], *([item_w] * len(d.items)), *fixed[1:]]
    if d.blank:
        days = (d.starts_on + timedelta(days=i) for i in range((d.ends_on - d.starts_on).days + 1))
        rows = [[f"{day:%m-%d}", *([""] * len(d.items)), "", "", "", ""] for day in days]
        line = f"空白表，供现场逐日填写　打印日期：{d.printed_on:%Y-%m-%d}"
    else:
        rows = [[f"{k.day:%Y-%m-%d}", *(k.results.get(i, "") for i in d.items), k.found, k.notices, k.status,
                 k.inspector] for k in d.lines]
        last = d.lines[-1].day if d.lines else None
        line = dated("记录截至", last, d.printed_on)
    story = header(d.centre, "二次装修日检表", line)
    story.append(grid(None, [
        ["房号", d.unit_code, "装修许可证", d.permit, "业主", d.owner],
        ["装修单位", d.company, "负责人", d.leader, "装修期限", f"{d.starts_on:%Y-%m-%d} 至 {d.ends_on:%Y-%m-%d}"],
    ], [22 * mm, 60 * mm, 25 * mm, 50 * mm, 22 * mm, 88 * mm], size=BODY, shade_first_col=True))
    story.append(Spacer(1, 2 * mm))
    story.append(_text("填写：合格打 √，违规打 × 并写明违规情况，不适用打 —；无人、拒不开门或已完工的在对应栏注明。", 9))
    story.append(Spacer(1, 1 * mm))
    table = grid(head, rows or [["", *([""] * len(d.items)), "（尚无检查记录）", "", "", ""]], widths, size=9,
                 long=True, pad=3 if d.blank else 2)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    story.append(table)
    # the later sheets of a blank one go round the site loose: each names the unit at its foot
    return build(story, f"二次装修日检表 {d.permit}", d.centre, d.unit_code, pagesize=landscape(A4),
                 footer=f"二次装修日检表 {d.permit}　房号 {d.unit_code}")


# ----------------------------------------------------------------- 竣工验收单

@dataclass(frozen=True)
class AcceptanceDoc(WorksDoc):
    stage: str  # 初验 / 复验
    failed: tuple[str, ...]
    passed: bool
    issues: str
    next_label: str  # 复验日期 after a passed 初验, 再次验收日期 after a failure
    next_on: date | None
    inspected_on: date
    inspector: str
    printed_on: date


def acceptance_pdf(d: AcceptanceDoc) -> bytes:
    story = header(d.centre, f"装修竣工验收单（{d.stage}）", dated("验收日期", d.inspected_on, d.printed_on))
    story.append(grid(None, [
        ["房号", d.unit_code, "装修许可证", d.permit],
        ["业主", d.owner, "装修单位", d.company],
        ["现场负责人", d.leader, "装修期限", f"{d.starts_on:%Y-%m-%d} 至 {d.ends_on:%Y-%m-%d}"],
        ["验收类别", d.stage, "验收日期", f"{d.inspected_on:%Y-%m-%d}"],
    ], [28 * mm, 62 * mm, 28 * mm, 62 * mm], size=BODY, shade_first_col=True))
    story.append(Spacer(1, 3 * mm))
    rows = [[str(i), item, "不合格" if item in d.failed else "合格"] for i, item in enumerate(d.items, start=1)]
    story.append(grid(["序号", "验收项目", "结果"], rows, [16 * mm, 114 * mm, 50 * mm], size=BODY))
    story.append(Spacer(1, 3 * mm))
    nxt = f"{d.next_on:%Y-%m-%d}" if d.next_on else "—"
    story.append(grid(None, [
        ["验收结论", f"{d.stage}{'通过' if d.passed else '未通过'}"],
        ["存在问题", d.issues or ("、".join(d.failed) if d.failed else "无")],
        [d.next_label, nxt],
        ["验收人", d.inspector],
    ], [28 * mm, 152 * mm], size=BODY, shade_first_col=True, pad=4))
    story.append(Spacer(1, 6 * mm))
    story.append(signatures(["业主", "装修单位负责人", "管家（验收人）", "工程部"]))
    return build(story, f"装修竣工验收单 {d.stage} {d.permit}", d.centre, d.unit_code)


# ----------------------------------------------------------------- 押金退还单

@dataclass(frozen=True)
class RefundDoc:
    centre: str
    number: str
    permit: str
    unit_code: str
    owner: str
    company: str
    deposit: Decimal
    deductions: Sequence[tuple[str, Decimal]]
    refund: Decimal
    first_on: date | None
    second_on: date | None
    refunded_on: date
    refunded_by: str
    printed_on: date
    end_reason: str = ""  # 终止装修: the works ended without acceptance, and why


def refund_pdf(d: RefundDoc) -> bytes:
    story = header(d.centre, "装修押金退还单", f"编号：{d.number}　" + dated("退还日期", d.refunded_on, d.printed_on))
    total = sum((a for _, a in d.deductions), Decimal("0.00"))
    story.append(grid(None, [
        ["房号", d.unit_code, "装修许可证", d.permit],
        ["业主", d.owner, "装修单位", d.company],
        ["初验日期", f"{d.first_on:%Y-%m-%d}" if d.first_on else "—",
         "复验日期", f"{d.second_on:%Y-%m-%d}" if d.second_on else "—"],
        *([["终止装修", d.end_reason, "", ""]] if d.end_reason else []),
        ["装修押金", money(d.deposit), "", ""],
    ], [28 * mm, 62 * mm, 28 * mm, 62 * mm], size=BODY, shade_first_col=True,
        spans=(3, 4) if d.end_reason else (3,)))
    story.append(Spacer(1, 3 * mm))
    rows = [[str(i), reason, f"{amount:,.2f}"] for i, (reason, amount) in enumerate(d.deductions, start=1)]
    rows.append(["", "扣款合计", f"{total:,.2f}"])
    story.append(grid(["序号", "扣款原因", "金额（元）"], rows if d.deductions else [["", "无扣款", "0.00"]],
                      [16 * mm, 124 * mm, 40 * mm], size=BODY, right=[2]))
    story.append(Spacer(1, 3 * mm))
    story.append(grid(None, [
        ["退还金额", f"{d.refund:,.2f} 元"],
        ["人民币（大写）", capitals(d.refund)],
        ["经办人", d.refunded_by],
    ], [32 * mm, 148 * mm], size=11, shade_first_col=True, pad=5))
    story.append(Spacer(1, 6 * mm))
    story.append(signatures(["业主（领款人）", "经办人", "客服主管", "财务"]))
    return build(story, f"装修押金退还单 {d.number}", d.centre, d.unit_code)
