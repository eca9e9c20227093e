"""Every PDF the program prints, each with an example from the demo centre: what it is called on
paper, the document builder it exercises (`covers`, checked against the builders found in
deskapp.documents by test_paper_coverage.py, so a new form cannot be left out), the paper the
form is on, and how the desk gets it. Receipts come in every paper setting there is."""
from __future__ import annotations

from decimal import Decimal

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from deskapp.documents.billing import forms as billing_forms
from deskapp.services.context import Actor, Context


@dataclass(frozen=True)
class Print:
    area: str  # the test module that checks it: test_paper_<area>.py
    name: str  # the form's name on paper
    covers: str  # documents module.function it builds with
    paper: str | None  # "A4", "A5"; None for a paper chosen elsewhere (a continuous form)
    build: Callable[[Context, Actor], bytes]


def rows(ctx: Context, sql: str) -> list:
    con = sqlite3.connect(ctx.db.path)
    try:
        return [r[0] for r in con.execute(sql)]
    finally:
        con.close()


def first(ctx: Context, sql: str) -> int:
    found = rows(ctx, sql)
    assert found, f"the demo centre has nothing for: {sql}"
    return found[0]


def _month(ctx: Context) -> str:
    return f"{ctx.clock.today():%Y-%m}"


def _previous_quarter(ctx: Context) -> str:
    today = ctx.clock.today()
    q = (today.month - 1) // 3  # the current quarter's index 0..3; the demo bills the two before it
    return f"{today.year}Q{q}" if q else f"{today.year - 1}Q4"


# -- billing ----------------------------------------------------------------------------------
def _notices(size: str):
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.billing import notices

        return notices.notices(ctx, actor, _previous_quarter(ctx), include_paid=True, size=size)[0]
    return build


def _receipt(paper: str, voided: bool = False, reprint: bool = False):
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.billing import payments, prints

        # the receipt with the most lines: the longest a receipt gets in the demo
        rid = first(ctx, "SELECT receipt_id FROM receipt_lines GROUP BY receipt_id ORDER BY count(*) DESC, receipt_id")
        if voided:
            payments.void_receipt(ctx, actor, rid, "收款金额录入错误，按业户要求重开")
        return prints.receipt_pdf(ctx, actor, rid, paper=paper, reprint=reprint)
    return build


def _part_receipt(ctx: Context, actor: Actor) -> bytes:
    """A part payment of every line a unit owes but the last: each line says what it still owes."""
    from deskapp.domain.billing import PayMethod
    from deskapp.services.billing import payments, prints

    unit = first(ctx, "SELECT bill_lines.unit_id FROM open_bill_lines JOIN bill_lines "
                      "ON bill_lines.id = open_bill_lines.line_id ORDER BY 1")
    lines = payments.account(ctx, actor, unit).lines
    paid = sum((x.owed for x in lines), Decimal(0)) - Decimal("0.01")
    r = payments.take_payment(ctx, actor, unit, [x.line_id for x in lines], paid, PayMethod.CASH)
    return prints.receipt_pdf(ctx, actor, r.id, paper="A5 两联")


def _receipt_calibration(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.billing import prints

    return prints.receipt_test_pdf(ctx, actor)


def _dunning(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.billing import arrears, prints

    letters = arrears.issue_dunning(ctx, actor, rows(ctx, "SELECT DISTINCT unit_id FROM bills ORDER BY unit_id LIMIT 12"))
    assert letters, "no unit of the demo centre owes"
    return prints.dunning_pdf(ctx, actor, letters)


def _money_handover(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.billing import handover, prints

    return prints.handover_pdf(ctx, actor, handover.handover(ctx, actor, first(ctx, "SELECT id FROM handovers")))


def _money_handover_reprint(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.billing import prints

    return prints.handover_reprint_pdf(ctx, actor, first(ctx, "SELECT id FROM handovers"))


def _recheck(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.billing import prints

    return prints.recheck_pdf(ctx, actor, ctx.clock.today().replace(day=1))


def _reading_sheet(ctx: Context, actor: Actor) -> bytes:
    from deskapp.domain.billing import MeterKind
    from deskapp.services.billing import prints

    return prints.reading_sheet_pdf(ctx, actor, ctx.clock.today().replace(day=1), MeterKind.WATER, "1")


def _price_notice(paper: str):
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.billing import price_notice

        return price_notice.price_notice(ctx, actor, ctx.clock.today(), paper)
    return build


def _finance_report(ctx: Context, actor: Actor) -> bytes:
    from deskapp.domain.billing_finance import report_period
    from deskapp.services.billing import finance_report

    return finance_report.pdf(ctx, actor, finance_report.report(ctx, actor, report_period(month=_month(ctx))))


def _refund(ctx: Context, actor: Actor) -> bytes:
    from deskapp.domain.billing import PayMethod
    from deskapp.domain.billing_deposits import RefundSource
    from deskapp.domain.errors import Conflict
    from deskapp.services.billing import deposits, refunds

    def settled_here(deposit_id: int) -> bool:  # not a lent key, a card still out, a decoration not closed
        try:
            deposits.check_settle_here(ctx, actor, deposit_id)
        except Conflict:
            return False
        return True

    # the demo pays no refund out: the desk refunds the largest deposit still held that the ledger
    # gives back, by transfer (the longest 退款单: a deposit's name and a transaction number)
    held = {i: deposits.held_on(ctx, actor, i) for i in rows(ctx, "SELECT id FROM deposits ORDER BY id")}
    dep = max((i for i in held if held[i] > 0 and settled_here(i)), key=lambda i: (held[i], -i), default=None)
    assert dep is not None, "the demo centre holds no deposit the ledger gives back"
    _lease_handed_back(ctx, actor, first(ctx, f"SELECT source_ref FROM deposits WHERE id = {dep}"))
    r = refunds.apply(ctx, actor, RefundSource.DEPOSIT, held[dep], "租约结束、车位已交回，承租人申请退还押金，"
                      "经核对无欠费、无损坏，原收据已收回", "王建国", deposit_id=dep)
    # approved by a supervisor who did not apply (申请人 ≠ 审批人): the demo's 客服主管
    from deskapp.domain.permissions import Role

    name = first(ctx, "SELECT display_name FROM users WHERE role = 'SUPERVISOR' AND active ORDER BY id")
    approver = Actor(None, name, name, Role.SUPERVISOR)
    refunds.approve(ctx, approver, r.id, "核对无误，同意全额退还")
    refunds.pay(ctx, actor, r.id, PayMethod.WECHAT, "4200001234202611270012345678")
    return refunds.refund_pdf(ctx, actor, r.id)


def _lease_handed_back(ctx: Context, actor: Actor, number: str) -> None:
    """A parking deposit is refunded once its lease has ended: the lease `number` (the deposit's
    paper), or the renewal of it that runs, is ended today (退租). Nothing for another paper."""
    from deskapp.services.keys import parking

    leases = parking.leases(ctx, actor)
    last = next((x for x in leases if x.number == number), None)
    while last is not None and (later := next((x for x in leases if x.renews == last.number), None)) is not None:
        last = later
    if last is not None and last.end > ctx.clock.today():
        parking.end_lease(ctx, actor, last.id, ctx.clock.today(), "车位交回")


def _statement(ctx: Context, actor: Actor) -> bytes:
    """The unit with the most receipts, over two calendar years to today."""
    from deskapp.services.billing import statement

    unit = first(ctx, "SELECT unit_id FROM receipts GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id")
    today = ctx.clock.today()
    return statement.statement_pdf(ctx, actor, unit, today.replace(year=today.year - 1, month=1, day=1), today)


BILLING = [
    Print("billing", "收费通知单（A4）", "billing.notice.notices_pdf", "A4", _notices("A4")),
    Print("billing", "收费通知单（A5）", "billing.notice.notices_pdf", "A5", _notices("A5")),
    *[Print("billing", f"收据（{paper}）", "billing.forms.receipt_pdf",
            paper[:2] if paper[:2] in ("A4", "A5") else None, _receipt(paper))
      for paper in billing_forms.PAPERS],
    Print("billing", "收据（作废）", "billing.forms.receipt_pdf", None, _receipt("A5 两联", voided=True)),
    Print("billing", "收据（补打）", "billing.forms.receipt_pdf", None, _receipt("A5 两联", reprint=True)),
    Print("billing", "收据（部分缴纳）", "billing.forms.receipt_pdf", None, _part_receipt),
    Print("billing", "催缴通知单", "billing.forms.dunning_pdf", "A4", _dunning),
    Print("billing", "费用移交表", "billing.forms.handover_pdf", "A4", _money_handover),
    Print("billing", "费用移交表（补打）", "billing.forms.handover_pdf", "A4", _money_handover_reprint),
    Print("billing", "复抄清单", "billing.forms.recheck_pdf", "A4", _recheck),
    Print("billing", "抄表记录表", "billing.forms.reading_sheet_pdf", "A4", _reading_sheet),
    Print("billing", "收费标准公示（A4）", "billing.price_notice.price_notice_pdf", "A4", _price_notice("A4")),
    Print("billing", "收费标准公示（A3）", "billing.price_notice.price_notice_pdf", "297×420 mm", _price_notice("A3")),
    Print("billing", "收费月报", "billing.finance_report.finance_pdf", "A4", _finance_report),
    Print("billing", "退款单", "billing.refund.refund_pdf", "A5", _refund),
    Print("billing", "业户费用对账单", "billing.statement.statement_pdf", "A4", _statement),
    Print("billing", "套打校准页", "billing.forms.receipt_241_test_pdf", None, _receipt_calibration),
]


# -- reception --------------------------------------------------------------------------------
def _repairs(two_per_page: bool):
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.reception import repairs

        numbers = rows(ctx, "SELECT number FROM rx_repairs ORDER BY id LIMIT 4")
        return repairs.repair_pdf(ctx, actor, numbers, two_per_page=two_per_page)
    return build


def _repair_reworked(ctx: Context, actor: Actor) -> bytes:
    """An order sent back three times, each time to another technician: four dispatches listed on it."""
    from deskapp.services.reception import repairs
    from deskapp.services.reception.repairs import RepairInput

    now = ctx.clock.now()
    n = repairs.create_repair(ctx, actor, RepairInput(fault="地库排水泵不启动，积水漫到车位", reported_by="管家",
                                                      location="地下车库 B 区"))
    for tech, why in (("王建国", "浮球开关换了仍不启动"), ("李师傅", "启动后十分钟又停"), ("赵明", "夜里又积水"),
                      ("周海", "")):
        repairs.dispatch(ctx, actor, n, tech)
        ctx.clock.advance(hours=2)
        repairs.finish(ctx, actor, n, "检修排水泵")
        if why:
            repairs.check(ctx, actor, n, False, why)
    ctx.clock.set(now)  # the other forms print at the centre's one moment
    return repairs.repair_pdf(ctx, actor, [n])


def _rectification_notice(ctx: Context, actor: Actor) -> bytes:
    from datetime import timedelta

    from deskapp.domain.reception import ViolationKind
    from deskapp.services.reception import registers, violation_notice

    # the demo's violations are all dealt with: the desk records a fresh one, as long as they get
    vid = registers.record_violation(
        ctx, actor, unit_id=first(ctx, "SELECT id FROM units ORDER BY id"), kind=ViolationKind.BUILDING,
        description="阳台外墙私自加装不锈钢防盗网及遮阳棚，凸出外立面约 60 厘米，影响楼栋整体外观并存在坠落隐患，"
                    "邻居 2 户已来电投诉", found_by="王建国", demanded="拆除防盗网及遮阳棚，恢复外立面原状",
        deadline=ctx.clock.today() + timedelta(days=7))
    return violation_notice.rectification_notice(ctx, actor, vid)[1]


def _board_notice(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.reception import notices

    return notices.notice_pdf(ctx, actor, first(ctx, "SELECT id FROM rx_notices ORDER BY length(body) DESC"))


def _desk_handover(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.reception import desk

    return desk.handover_pdf(ctx, actor, first(ctx, "SELECT id FROM rx_handovers ORDER BY id DESC"))


def _complaint_sheet(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.reception import requests

    # the complaint with the longest story: reopened after an unsatisfied callback
    return requests.request_pdf(ctx, actor, first(
        ctx, "SELECT id FROM rx_requests WHERE kind = 'COMPLAINT' ORDER BY reopen_count DESC, length(text) DESC, id"))


RECEPTION = [
    Print("reception", "通知", "reception.notice.notice_pdf", "A4", _board_notice),
    Print("reception", "业户投诉处理单", "reception.request.request_sheet_pdf", "A4", _complaint_sheet),
    Print("reception", "客服部工作交接表", "reception.handover.handover_pdf", "A4", _desk_handover),
    Print("reception", "工程维修单（A5）", "reception.repair.repair_orders_pdf", "A5", _repairs(False)),
    Print("reception", "工程维修单（两张一页）", "reception.repair.repair_orders_pdf", "A4", _repairs(True)),
    Print("reception", "工程维修单（返工换人，派工记录）", "reception.repair.repair_orders_pdf", "A5", _repair_reworked),
    Print("reception", "整改通知书（违章）", "reception.rectification.rectification_pdf", "A4",
          _rectification_notice),
]


# -- keys -------------------------------------------------------------------------------------
def _keys(call: str, sql: str | None = None):
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.keys import documents as keys_documents

        fn = getattr(keys_documents, call)
        if call == "loan_register_pdf":
            return fn(ctx, actor, _month(ctx))
        if call == "tag_labels_pdf":
            return fn(ctx, actor)
        return fn(ctx, actor, first(ctx, sql))
    return build


KEYS = [
    Print("keys", "钥匙借用登记表", "keys.loan_register.loan_register_pdf", "A4", _keys("loan_register_pdf")),
    Print("keys", "车位租赁协议", "keys.lease.lease_agreement_pdf", "A4",
          _keys("lease_agreement_pdf", "SELECT id FROM parking_leases")),
    Print("keys", "托管钥匙标签", "keys.tags.tag_labels_pdf", "A4", _keys("tag_labels_pdf")),
    Print("keys", "车位牌", "keys.plate_slip.plate_slip_pdf", "A5", _keys("plate_slip_pdf", "SELECT id FROM cards "
                                                                 "WHERE plate IS NOT NULL")),
    Print("keys", "月度盘点表", "keys.inventory.inventory_pdf", "A4",
          _keys("inventory_pdf", "SELECT id FROM inventory_counts")),
]


# -- registry ---------------------------------------------------------------------------------
def _unit_file(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.registry import prints as registry_print

    # the unit with the most people on file: the longest 业户档案
    return registry_print.unit_file_pdf(ctx, actor, first(
        ctx, "SELECT unit_id FROM unit_people GROUP BY unit_id ORDER BY count(*) DESC, unit_id"))


def _completeness(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.registry import completeness

    return completeness.report_pdf(ctx, actor, completeness.run_check(ctx, actor))


REGISTRY = [
    Print("registry", "业户档案", "registry.pdf.unit_file_pdf", "A4", _unit_file),
    Print("registry", "业户档案完整性检查表", "registry.pdf.completeness_pdf", "A4", _completeness),
]


# -- rounds -----------------------------------------------------------------------------------
def _rounds(module: str, call: str, sql: str):
    def build(ctx: Context, actor: Actor) -> bytes:
        import importlib

        fn = getattr(importlib.import_module(f"deskapp.services.rounds.{module}"), call)
        if call == "weekly_sheet_pdf":
            return fn(ctx, actor, first(ctx, sql), ctx.clock.today())
        return fn(ctx, actor, first(ctx, sql))
    return build


def _paper(call: str, sql: str, **kwargs):
    """The decoration paperwork (services/rounds/decoration_papers.py)."""
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.rounds import decoration_papers

        return getattr(decoration_papers, call)(ctx, actor, first(ctx, sql), **kwargs)
    return build


ROUNDS = [
    Print("rounds", "交房记录", "rounds.movein.move_in_pdf", "A4", _rounds("movein", "record_pdf",
                                                                       "SELECT id FROM move_ins")),
    Print("rounds", "物品放行条", "rounds.release.slip_pdf", "A4", _rounds("release", "slip_pdf",
                                                                      "SELECT id FROM release_slips")),
    Print("rounds", "整改通知书（装修）", "rounds.decoration.notice_pdf", "A4",
          _rounds("decoration", "rectification_pdf", "SELECT id FROM rectifications")),
    Print("rounds", "停工通知书", "rounds.decoration.notice_pdf", "A4",
          _rounds("decoration", "stop_notice_pdf", "SELECT decoration_id FROM decoration_stops")),
    Print("rounds", "装修许可证", "rounds.decoration.permit_pdf", "A4",
          _rounds("decoration", "permit_pdf", "SELECT id FROM decorations")),
    Print("rounds", "楼道检查表", "rounds.stairwell.week_sheet_pdf", "A4",
          _rounds("stairwell", "weekly_sheet_pdf", "SELECT id FROM buildings")),
    Print("rounds", "业户满意度调查表（空白）", "rounds.survey_form.survey_form_pdf", "A4",
          _rounds("survey", "questionnaire_pdf", "SELECT id FROM survey_samples WHERE NOT reached")),
    Print("rounds", "业户满意度调查表（已回访）", "rounds.survey_form.survey_form_pdf", "A4",
          _rounds("survey", "questionnaire_pdf", "SELECT id FROM survey_samples WHERE reached "
                                                 "ORDER BY needs != '' DESC, shortfalls != '' DESC, id")),
    Print("rounds", "装修申请表", "rounds.decoration_papers.application_pdf", "A4",
          _paper("application_pdf", "SELECT id FROM decorations WHERE state = 'WORKING'")),
    Print("rounds", "二次装修日检表（空白）", "rounds.decoration_papers.check_sheet_pdf", "A4",
          _paper("check_sheet_pdf", "SELECT id FROM decorations WHERE state = 'WORKING'", blank=True)),
    Print("rounds", "二次装修日检表（记录）", "rounds.decoration_papers.check_sheet_pdf", "A4",
          _paper("check_sheet_pdf", "SELECT id FROM decorations WHERE state = 'WORKING'", blank=False)),
    Print("rounds", "竣工验收单（初验）", "rounds.decoration_papers.acceptance_pdf", "A4",
          _paper("acceptance_pdf", "SELECT decoration_id FROM decoration_inspections WHERE stage = '初验'", stage="初验")),
    Print("rounds", "竣工验收单（复验）", "rounds.decoration_papers.acceptance_pdf", "A4",
          _paper("acceptance_pdf", "SELECT decoration_id FROM decoration_inspections WHERE stage = '复验'", stage="复验")),
    Print("rounds", "押金退还单", "rounds.decoration_papers.refund_pdf", "A4",
          _paper("refund_pdf", "SELECT id FROM decorations WHERE refunded_at IS NOT NULL ORDER BY "
                            "(SELECT count(*) FROM decoration_deductions x WHERE x.decoration_id = decorations.id) DESC, id")),
]

# -- facilities -------------------------------------------------------------------------------
def _booking_confirmation(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.facilities import bookings

    # an approved booking with the longest purpose: the fullest 预约确认单
    return bookings.confirmation_pdf(ctx, actor, first(
        ctx, "SELECT id FROM facility_bookings WHERE state IN ('APPROVED', '已批准') ORDER BY length(purpose) DESC, id"))


FACILITIES = [
    Print("facilities", "公共设施预约确认单", "facilities.confirmation.confirmation_pdf", "A5", _booking_confirmation),
]


# -- community --------------------------------------------------------------------------------
_FULLEST_ACTIVITY = ("SELECT activity_id FROM community_signups GROUP BY activity_id ORDER BY count(*) DESC, "
                     "activity_id")


def _activity_paper(name: str):
    def build(ctx: Context, actor: Actor) -> bytes:
        from deskapp.services.community import prints

        # the activity with the most sign-ups: the longest 报名表
        return getattr(prints, name)(ctx, actor, first(ctx, _FULLEST_ACTIVITY))
    return build


def _called_off(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.community import activities, prints

    # the last coming activity (no one has come yet), called off: its notice is the cancellation
    coming = first(ctx, "SELECT id FROM community_activities ORDER BY starts_at DESC, id DESC")
    activities.cancel_activity(ctx, actor, coming, "会所消防设施检修，另行通知举办时间")
    return prints.notice_pdf(ctx, actor, coming)


COMMUNITY = [
    Print("community", "活动通知", "community.activity.notice_pdf", "A4", _activity_paper("notice_pdf")),
    Print("community", "活动报名表", "community.activity.sheet_pdf", "A4", _activity_paper("sheet_pdf")),
    Print("community", "活动取消通知", "community.activity.cancellation_pdf", "A4", _called_off),
]


# -- library ----------------------------------------------------------------------------------
def _rulebook(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.library import documents

    # the demo's 业主临时公约 as the desk opens it to print (made by documents.library.sample)
    version = first(ctx, "SELECT v.id FROM library_versions v JOIN library_documents d ON d.id = v.document_id "
                         "WHERE d.title = '业主临时公约' ORDER BY v.effective_on DESC, v.id DESC")
    return documents.file_to_open(ctx, actor, version).read_bytes()


LIBRARY = [
    Print("library", "业主临时公约（示例）", "library.sample.rulebook_pdf", "A4", _rulebook),
]


# -- monthpack --------------------------------------------------------------------------------
def _month_summary(ctx: Context, actor: Actor) -> bytes:
    import tempfile
    from pathlib import Path

    from deskapp.services.monthpack import filing

    # filed as the supervisor files it (workbook and summary), into a folder of its own
    with tempfile.TemporaryDirectory() as folder:
        path, _, _ = filing.file_month(ctx, actor, _month(ctx), Path(folder))
        return path.with_name(filing.summary_name(_month(ctx))).read_bytes()


MONTHPACK = [
    Print("monthpack", "每月汇总", "monthpack.summary.summary_pdf", "A4", _month_summary),
]

# -- importing --------------------------------------------------------------------------------
def _go_live(ctx: Context, actor: Actor) -> bytes:
    import tempfile
    from pathlib import Path

    from opening_workbooks import go_live_example

    from deskapp.services.importing import go_live

    with tempfile.TemporaryDirectory() as folder:
        return go_live.go_live_pdf(ctx, actor, go_live_example(ctx, actor, Path(folder)))


IMPORTING = [
    Print("importing", "上线数据核对表", "importing.go_live.go_live_pdf", "A4", _go_live),
]

# -- accounts ---------------------------------------------------------------------------------
def _check_report(ctx: Context, actor: Actor) -> bytes:
    from deskapp.services.accounts import check
    from deskapp.services.hooks import CheckResult

    # 工具 ▸ 检查数据库 ▸ 打印…, the demo centre's check with a problem found: the verdict in red,
    # the problem under it, then every check
    report = check.run_check(ctx, actor)
    report.results.append(CheckResult("收据编号连续无重号", 12, ["SJ2026-000007 与 SJ2026-000009 之间缺号"]))
    return check.report_pdf(ctx, actor, report)


ACCOUNTS = [
    Print("accounts", "数据库检查报告", "accounts.check_report.check_report_pdf", "A4", _check_report),
]

PRINTS = [*BILLING, *RECEPTION, *KEYS, *REGISTRY, *ROUNDS, *FACILITIES, *COMMUNITY, *LIBRARY, *MONTHPACK,
          *IMPORTING, *ACCOUNTS]


def of_area(area: str) -> list[Print]:
    return [p for p in PRINTS if p.area == area]
