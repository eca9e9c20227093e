"""Golden files: every export and every printed document the program writes, made from one
fixed demo community, reduced to a text form (`normalise`) that is compared with
tests/golden/files/ (issue 15: a refactor must leave figures and files as they were).

DOCUMENTS is the one table. A new document is one `Doc(...)` line here, then
`scripts/golden.py --update --only NAME` writes its file. Each document is made on its own copy
of the world's database, so documents that write (numbering a notice, auditing an export or a
print) do not change each other and one can be remade alone.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

FILES = Path(__file__).with_name("files")
SEED, UNITS = 7, 40
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=timezone(timedelta(hours=8)))
TODAY = NOW.date()


@dataclass
class World:
    """One document's own copy of the demo database."""

    ctx: object  # deskapp.services.context.Context
    actor: object  # an administrator (all permissions)
    out: Path  # a folder for files the document writes

    def first_text(self, sql: str) -> str:
        """The first value a query finds, as text (a receipt number…)."""
        return str(self.first(sql))

    def first(self, sql: str) -> int:
        """The first id a query finds in the demo data (which receipt, which slip… to print)."""
        con = sqlite3.connect(self.ctx.db.path)
        try:
            row = con.execute(sql).fetchone()
        finally:
            con.close()
        assert row is not None, f"the golden demo has nothing for: {sql}"
        return row[0]


@dataclass(frozen=True)
class Doc:
    name: str  # the golden file's stem: tests/golden/files/<name>.txt
    make: Callable[[World], bytes | Path]  # PDF bytes, or the path of a file it wrote


# ------------------------------------------------------------------ the world

def build_world(folder: Path) -> Path:
    """The demo community (seed 7, 40 units) at 2026-11-27 09:30 China time, with a filed key
    count for November (the inventory register needs one): the database every document copies."""
    from support import make_actor

    from deskapp.domain.clock import FixedClock
    from deskapp.domain.permissions import Role
    from deskapp.services import demo
    from deskapp.services.keys import inventory as keys_inventory
    from deskapp.services.app import open_context

    path = folder / "golden-world.sqlite"
    ctx = open_context(path, clock=FixedClock(NOW))
    try:
        admin = make_actor(Role.ADMIN)
        demo.generate(ctx, admin, demo.DemoPlan(seed=SEED, units=UNITS))
        sheet = keys_inventory.count_sheet(ctx, admin)
        keys_inventory.file_count(ctx, admin, {e.ref: e.in_place for e in sheet.items},
                                  {e.ref: "借出看房" for e in sheet.items})
    finally:
        ctx.db.dispose()
    return path


def make(doc: Doc, world_db: Path, folder: Path) -> str:
    """The document made on a copy of `world_db`, in its normalised text form."""
    from support import make_actor

    from deskapp.domain.clock import FixedClock
    from deskapp.domain.permissions import Role
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "desk.sqlite"
    sqlite_backup(world_db, db)
    ctx = open_context(db, clock=FixedClock(NOW))
    try:
        made = doc.make(World(ctx, make_actor(Role.ADMIN), folder))
    finally:
        ctx.db.dispose()
    return normalise(made)


# ------------------------------------------------------------------ normal forms

def normalise(made: bytes | Path) -> str:
    if isinstance(made, bytes):
        return pdf_text(made)
    if made.suffix == ".xlsx":
        return xlsx_text(made)
    return made.read_text(encoding="utf-8-sig")


# Document properties the program sets. Left out: creation and modification dates, the file id
# (they vary from run to run) and the producer (it names the reportlab version).
PDF_PROPERTIES = ("/Title", "/Author", "/Subject", "/Keywords")


def pdf_text(pdf: bytes) -> str:
    """Page count, the document's title, author and subject, each page's size and its text."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    meta = reader.metadata or {}
    lines = [f"pdf: {len(reader.pages)} pages",
             "properties: " + " ".join(f"{k}={meta[k]!r}" for k in PDF_PROPERTIES if meta.get(k))]
    for n, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        lines.append(f"=== page {n}: {float(box.width):.2f} x {float(box.height):.2f} pt")
        lines.extend(page.extract_text().splitlines())
    return "\n".join(lines) + "\n"


def _cell(value) -> str:
    if isinstance(value, datetime):
        return f"datetime {value.isoformat()}"
    if isinstance(value, date):
        return f"date {value.isoformat()}"
    return f"{type(value).__name__} {value!r}"


def xlsx_text(path: Path) -> str:
    """Every sheet: page setup, print titles, frozen panes, merged cells, column widths, and each
    non-empty cell's value (with its type) and number format."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    lines = [f"xlsx: sheets {wb.sheetnames}"]
    for ws in wb.worksheets:
        ps, m = ws.page_setup, ws.page_margins
        fit = ws.sheet_properties.pageSetUpPr
        lines += [
            f"=== sheet {ws.title}: {ws.max_row} rows x {ws.max_column} columns",
            f"page: orientation={ps.orientation} paper={ps.paperSize} scale={ps.scale} "
            f"fitToPage={fit.fitToPage if fit else None} fitToWidth={ps.fitToWidth} fitToHeight={ps.fitToHeight}",
            f"margins: left={m.left} right={m.right} top={m.top} bottom={m.bottom}",
            f"print titles: rows={ws.print_title_rows} cols={ws.print_title_cols} area={ws.print_area}",
            f"header/footer: {ws.oddHeader.center.text!r} {ws.oddFooter.center.text!r}",
            f"freeze: {ws.freeze_panes} autofilter: {ws.auto_filter.ref}",
            "merged: " + " ".join(sorted(str(r) for r in ws.merged_cells.ranges)),
            "widths: " + " ".join(f"{k}={d.width}" for k, d in sorted(ws.column_dimensions.items())
                                  if d.width is not None),
            f"charts: {len(ws._charts)} images: {len(ws._images)}",
        ]
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    fmt = "" if c.number_format == "General" else f"  [{c.number_format}]"
                    lines.append(f"{c.coordinate}: {_cell(c.value)}{fmt}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ the table

def _export(name: str, unmasked: bool) -> Callable[[World], Path]:
    def run(w: World) -> Path:
        from deskapp.services import exports

        out = w.out / f"{name}.xlsx"
        exports.run_export(w.ctx, w.actor, name, out, exports.ExportOptions(
            month="2026-11", quarter="2026Q4", as_of=TODAY, unmasked=unmasked))
        return out
    return run


def _receipt(sql: str, paper: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.billing import prints

        return prints.receipt_pdf(w.ctx, w.actor, w.first(sql), paper=paper)
    return run


def _adhoc_receipt(w: World) -> bytes:
    """临时收费 of a 有偿维修: the first paid repair order of a unit charged at the counter by 微信."""
    from deskapp.domain.billing import PayMethod
    from deskapp.services.billing import adhoc, prints

    sql = "FROM rx_repairs WHERE paid = 1 AND unit_id IS NOT NULL AND state != 'CANCELLED' ORDER BY id LIMIT 1"
    r = adhoc.charge(w.ctx, w.actor, w.first(f"SELECT unit_id {sql}"), "有偿维修", "85.50", PayMethod.WECHAT,
                     pay_ref="4200002026112700001", note="换阀芯", repair_number=w.first_text(f"SELECT number {sql}"))
    return prints.receipt_pdf(w.ctx, w.actor, r.id, paper="A4 两联")


def _notices(size: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.billing import notices

        return notices.notices(w.ctx, w.actor, "2026Q3", building="1", size=size, parallel=1)[0]
    return run


def _price_notice(paper: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.billing import price_notice

        return price_notice.price_notice(w.ctx, w.actor, TODAY, paper)
    return run


def _billing_handover(w: World) -> bytes:
    from deskapp.services.billing import handover, prints

    return prints.handover_pdf(w.ctx, w.actor, handover.handover(
        w.ctx, w.actor, w.first("SELECT id FROM handovers ORDER BY count DESC, id")))


def _billing_handover_reprint(w: World) -> bytes:
    """补打 of the same sheet from the list of past handovers: its own day and time, and the reprint's."""
    from deskapp.services.billing import prints

    return prints.handover_reprint_pdf(w.ctx, w.actor, w.first("SELECT id FROM handovers ORDER BY count DESC, id"))


def _billing_statement(w: World) -> bytes:
    """《业户费用对账单》 of the unit with a voided receipt, over two years to today, after it paid its
    oldest owed line with 50.00 more put on 预存款: bills, payments, the void, 预存款 and deposits."""
    from datetime import date

    from deskapp.domain.billing import PayMethod
    from deskapp.services.billing import payments, statement

    unit = w.first("SELECT unit_id FROM receipts WHERE voided_at IS NOT NULL ORDER BY id")
    owed = payments.account(w.ctx, w.actor, unit).lines
    if owed:
        payments.take_payment(w.ctx, w.actor, unit, [owed[0].line_id], owed[0].owed + 50, PayMethod.CASH,
                              to_prepayment=True)
    return statement.statement_pdf(w.ctx, w.actor, unit, date(TODAY.year - 1, 1, 1), TODAY)


def _finance_report(w: World) -> bytes:
    """收费季报 of the demo's current quarter: rates, tables and charts."""
    from deskapp.domain.billing_finance import report_period
    from deskapp.services.billing import finance_report

    return finance_report.pdf(w.ctx, w.actor, finance_report.report(w.ctx, w.actor, report_period(quarter="2026Q4")))


def _payments_by_method(w: World) -> Path:
    """《收款方式日清单》 of the demo day with the most methods (the fewest receipts among those): each
    method's rows with their transaction numbers (today, the export's default, has none)."""
    from datetime import date

    from deskapp.services import exports

    day = date.fromisoformat(w.first_text(
        "SELECT day FROM receipts GROUP BY day ORDER BY count(DISTINCT method) DESC, count(*), day LIMIT 1"))
    out = w.out / "payments-by-method.xlsx"
    exports.run_export(w.ctx, w.actor, "payments-by-method", out, exports.ExportOptions(as_of=day))
    return out


def _invoices_pending(w: World) -> Path:
    """《待开票清单》 with requests in it: two units' receipts requested (a company, a person), a
    third request issued and so left off the list."""
    from deskapp.services import exports
    from deskapp.services.billing import invoices

    sql = ("SELECT r.number FROM receipts r WHERE r.voided_at IS NULL AND EXISTS (SELECT 1 FROM receipt_lines l "
           "WHERE l.receipt_id = r.id AND l.item != '预存款') AND r.unit_id = ({unit}) ORDER BY r.id LIMIT 1")
    unit = ("SELECT unit_id FROM receipts WHERE voided_at IS NULL GROUP BY unit_id ORDER BY unit_id "
            "LIMIT 1 OFFSET {n}")
    numbers = [w.first_text(sql.format(unit=unit.format(n=n))) for n in range(3)]
    invoices.request_invoice(w.ctx, w.actor, numbers[0], "杭州翠湖科技有限公司", "91350100M000100Y43")
    invoices.request_invoice(w.ctx, w.actor, numbers[1], "业主个人", "")
    issued = invoices.request_invoice(w.ctx, w.actor, numbers[2], "业主个人", "")
    invoices.record_issued(w.ctx, w.actor, issued.id, "26332000000012345678", TODAY, str(issued.amount))
    out = w.out / "invoices-pending.xlsx"
    exports.run_export(w.ctx, w.actor, "invoices-pending", out, exports.ExportOptions())
    return out


def _payments_history(w: World) -> Path:
    """《历史缴费记录》 with lines in it: HC小区's 房屋缴费历史 for two of the world's units, imported."""
    from history_support import HC_ROWS, hc_workbook

    from deskapp.services import exports
    from deskapp.services.importing.payments import import_payments

    codes = [w.first_text(f"SELECT code FROM units WHERE code LIKE '%-%-%' ORDER BY id LIMIT 1 OFFSET {n}")
             for n in range(2)]
    rows = [(codes[0] if n < 2 else codes[1], *r[1:]) for n, r in enumerate(HC_ROWS)]
    import_payments(w.ctx, w.actor, hc_workbook(w.out / "房屋缴费历史.xlsx", rows))
    out = w.out / "payments-history.xlsx"
    exports.run_export(w.ctx, w.actor, "payments-history", out, exports.ExportOptions())
    return out


def _dunning(w: World) -> bytes:
    from deskapp.services.billing import arrears, prints

    owing = [a.unit_id for a in arrears.arrears(w.ctx, w.actor, TODAY)][:3]
    return prints.dunning_pdf(w.ctx, w.actor, arrears.issue_dunning(w.ctx, w.actor, owing, as_of=TODAY))


def _recheck(w: World) -> bytes:
    """The demo clears its flags, so two readings of December (not read yet) are typed that get
    flagged: one below the last reading, one far above it."""
    from deskapp.domain.billing import MeterKind
    from deskapp.services.billing import meters
    from deskapp.services.billing import prints

    month = date(2026, 12, 1)
    low, high = [r for r in meters.reading_grid(w.ctx, w.actor, month, MeterKind.WATER, "1")
                 if r.previous and not r.locked][:2]
    meters.enter_reading(w.ctx, w.actor, low.meter_id, month, low.previous - 5, read_on=TODAY)
    meters.enter_reading(w.ctx, w.actor, high.meter_id, month, high.previous + 5000, read_on=TODAY)
    return prints.recheck_pdf(w.ctx, w.actor, month)


def _reading_sheet(w: World) -> bytes:
    """Building 1's water meters for December: most read, some not yet (blank to fill on site)."""
    from deskapp.domain.billing import MeterKind
    from deskapp.services.billing import prints

    return prints.reading_sheet_pdf(w.ctx, w.actor, date(2026, 12, 1), MeterKind.WATER, "1")


def _unit_notice(w: World) -> bytes:
    from deskapp.services.billing import notices

    return notices.unit_notice(w.ctx, w.actor, w.first("SELECT unit_id FROM bills ORDER BY id"))[0]


def _unit_file(w: World) -> bytes:
    from deskapp.services.registry import prints as registry_print

    return registry_print.unit_file_pdf(w.ctx, w.actor, w.first(
        "SELECT unit_id FROM unit_people GROUP BY unit_id ORDER BY count(*) DESC, unit_id"))


def _go_live(kind: str) -> Callable[[World], bytes | Path]:
    """《上线数据核对表》 of a 期初欠费 import into the world, on paper and in Excel; "reprint": printed again
    from the kept sheets (重印 and its print date)."""
    def run(w: World) -> bytes | Path:
        from opening_workbooks import go_live_example

        from deskapp.services.importing import go_live

        done = go_live_example(w.ctx, w.actor, w.out)
        if kind in ("pdf", "reprint"):
            return go_live.go_live_pdf(w.ctx, w.actor, done, reprint=kind == "reprint")
        return go_live.export_go_live(w.ctx, w.actor, done, w.out / "go-live.xlsx")
    return run


def _completeness(kind: str) -> Callable[[World], bytes | Path]:
    def run(w: World) -> bytes | Path:
        from deskapp.services.registry import completeness

        report = completeness.run_check(w.ctx, w.actor)
        if kind == "pdf":
            return completeness.report_pdf(w.ctx, w.actor, report)
        out = w.out / "completeness.xlsx"
        completeness.write_xlsx(w.ctx, w.actor, report, out)
        return out
    return run


def _check_report(w: World) -> bytes:
    from deskapp.services.accounts import check

    return check.report_pdf(w.ctx, w.actor, check.run_check(w.ctx, w.actor))


def _reception_handover(w: World) -> bytes:
    from deskapp.services.reception import desk

    return desk.handover_pdf(w.ctx, w.actor, w.first(
        "SELECT h.id FROM rx_handovers h JOIN rx_handover_items i ON i.handover_id = h.id "
        "GROUP BY h.id ORDER BY count(*) DESC, h.id"))


def _repairs(two_per_page: bool) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.reception import repairs

        con = sqlite3.connect(w.ctx.db.path)
        numbers = [r[0] for r in con.execute("SELECT number FROM rx_repairs ORDER BY id LIMIT 3")]
        con.close()
        return repairs.repair_pdf(w.ctx, w.actor, numbers, two_per_page=two_per_page)
    return run


def _repair_reworked(w: World) -> bytes:
    """A public repair failed at its check and dispatched again to another technician: the paper
    lists every dispatch, who dispatched it and how it ended."""
    from deskapp.services.reception import repairs
    from deskapp.services.reception.repairs import RepairInput

    n = repairs.create_repair(w.ctx, w.actor, RepairInput(fault="2 层楼道灯不亮", reported_by="管家",
                                                          location="3 号楼 1 单元"))
    repairs.dispatch(w.ctx, w.actor, n, "王建国")
    w.ctx.clock.advance(hours=2)
    repairs.finish(w.ctx, w.actor, n, "更换灯泡")
    w.ctx.clock.advance(hours=1)
    repairs.check(w.ctx, w.actor, n, False, "灯泡换了仍不亮，像是镇流器坏了")
    w.ctx.clock.advance(hours=1)
    repairs.dispatch(w.ctx, w.actor, n, "李师傅")
    w.ctx.clock.advance(hours=3)
    repairs.finish(w.ctx, w.actor, n, "更换镇流器，试灯正常")
    return repairs.repair_pdf(w.ctx, w.actor, [n])


def _complaint_sheet(w: World) -> bytes:
    from deskapp.services.reception import requests

    return requests.request_pdf(w.ctx, w.actor, w.first(
        "SELECT id FROM rx_requests WHERE kind = 'COMPLAINT' ORDER BY reopen_count DESC, id"))


def _reception_notice(w: World) -> bytes:
    from deskapp.services.reception import notices

    return notices.notice_pdf(w.ctx, w.actor, w.first("SELECT id FROM rx_notices ORDER BY id"))


def _notice_recipients(w: World) -> Path:
    from deskapp.services.reception import notices

    notices.send_notice(w.ctx, w.actor, w.first("SELECT id FROM rx_notices ORDER BY id"), w.out)
    written = sorted(p for p in w.out.iterdir() if p.suffix in (".csv", ".txt"))
    return _joined(w.out / "sending.txt", written)


def _joined(out: Path, files: list[Path]) -> Path:
    """Several small files a command writes, as one text (name, then content)."""
    out.write_text("".join(f"### {p.name}\n{p.read_text(encoding='utf-8-sig')}\n" for p in files),
                   encoding="utf-8")
    return out


def _violation_notice(w: World) -> bytes:
    """The demo's violations are all settled, so one is recorded first (as the clerk does)."""
    from deskapp.domain.reception import ViolationKind
    from deskapp.services.reception import registers, violation_notice

    vid = registers.record_violation(
        w.ctx, w.actor, unit_id=w.first("SELECT id FROM units ORDER BY id"), kind=ViolationKind.OCCUPATION,
        description="楼道堆放纸箱和旧家具，影响消防通道", found_by="陈志刚", demanded="三日内清理楼道杂物",
        deadline=TODAY + timedelta(days=3))
    return violation_notice.rectification_notice(w.ctx, w.actor, vid)[1]


def _keys(what: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.keys import documents as kd

        if what == "loans":
            return kd.loan_register_pdf(w.ctx, w.actor, "2026-11")
        if what == "lease":
            return kd.lease_agreement_pdf(w.ctx, w.actor, w.first("SELECT id FROM parking_leases ORDER BY id"))
        if what == "tags":
            return kd.tag_labels_pdf(w.ctx, w.actor)
        if what == "plate":
            return kd.plate_slip_pdf(w.ctx, w.actor, w.first(
                "SELECT id FROM cards WHERE plate IS NOT NULL AND space_id IS NOT NULL ORDER BY id"))
        return kd.inventory_pdf(w.ctx, w.actor, w.first("SELECT id FROM inventory_counts ORDER BY month DESC"))
    return run


def _decoration(what: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.rounds import decoration

        if what == "rectification":
            return decoration.rectification_pdf(w.ctx, w.actor, w.first("SELECT id FROM rectifications ORDER BY id"))
        if what == "stop":
            return decoration.stop_notice_pdf(w.ctx, w.actor, w.first(
                "SELECT decoration_id FROM decoration_stops ORDER BY id"))
        return decoration.permit_pdf(w.ctx, w.actor, w.first(
            "SELECT id FROM decorations WHERE state = 'WORKING' ORDER BY id"))
    return run


def _facility_confirmation(w: World) -> bytes:
    """The 预约确认单 of the demo's first clubhouse booking (fee, deposit and rules on it)."""
    from deskapp.services.facilities import bookings

    return bookings.confirmation_pdf(w.ctx, w.actor, w.first(
        "SELECT b.id FROM facility_bookings b JOIN facilities f ON f.id = b.facility_id "
        "WHERE f.kind = 'CLUBHOUSE' ORDER BY b.id"))


def _community(what: str) -> Callable[[World], bytes]:
    """The 活动通知 or 活动报名表 of the demo's last coming activity (full, with a household waiting)."""
    def run(w: World) -> bytes:
        from deskapp.services.community import prints

        activity = w.first("SELECT id FROM community_activities ORDER BY starts_at DESC, id DESC")
        return (prints.notice_pdf if what == "notice" else prints.sheet_pdf)(w.ctx, w.actor, activity)
    return run


def _community_called_off(w: World) -> bytes:
    """The 活动取消通知 of the demo's last coming activity, called off the day it is printed."""
    from deskapp.services.community import activities, prints

    activity = w.first("SELECT id FROM community_activities ORDER BY starts_at DESC, id DESC")
    activities.cancel_activity(w.ctx, w.actor, activity, "预报当天有大风降温")
    return prints.notice_pdf(w.ctx, w.actor, activity)


def _decoration_paper(what: str) -> Callable[[World], bytes]:
    """The decoration paperwork of a site at work (issue 13 §5)."""
    def run(w: World) -> bytes:
        from deskapp.services.rounds import decoration_papers

        if what in ("初验", "复验"):
            return decoration_papers.acceptance_pdf(w.ctx, w.actor, w.first(
                f"SELECT decoration_id FROM decoration_inspections WHERE stage = '{what}' ORDER BY id"), what)
        if what == "terminated":  # 终止装修 of the stopped site: the paper says why there was no acceptance
            from deskapp.domain.decoration import Deduction
            from deskapp.services.rounds import decoration

            stopped = w.first("SELECT id FROM decorations WHERE state = 'STOPPED' ORDER BY id")
            decoration.terminate(w.ctx, w.actor, stopped, "业主放弃装修", [Deduction("违规拆改恢复费", "500")])
            return decoration_papers.refund_pdf(w.ctx, w.actor, stopped)
        if what == "refund":
            return decoration_papers.refund_pdf(w.ctx, w.actor, w.first(
                "SELECT id FROM decorations WHERE refunded_at IS NOT NULL ORDER BY id"))
        site = w.first("SELECT id FROM decorations WHERE state = 'WORKING' ORDER BY id")
        if what == "application":
            return decoration_papers.application_pdf(w.ctx, w.actor, site)
        return decoration_papers.check_sheet_pdf(w.ctx, w.actor, site, blank=what == "blank-checks")
    return run


def _move_in(w: World) -> bytes:
    from deskapp.services.rounds import movein

    return movein.record_pdf(w.ctx, w.actor, w.first("SELECT id FROM move_ins ORDER BY id"))


def _release_slip(sql: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.rounds import release

        return release.slip_pdf(w.ctx, w.actor, w.first(sql))
    return run


def _stairwell(w: World) -> bytes:
    from deskapp.services.rounds import stairwell

    return stairwell.weekly_sheet_pdf(w.ctx, w.actor, w.first("SELECT id FROM buildings ORDER BY id"),
                                      date(2026, 11, 23))


def _questionnaire(sql: str) -> Callable[[World], bytes]:
    def run(w: World) -> bytes:
        from deskapp.services.rounds import survey

        return survey.questionnaire_pdf(w.ctx, w.actor, w.first(sql))
    return run


def _survey_report(w: World) -> Path:
    from deskapp.services.rounds import survey

    out = w.out / "survey-report.xlsx"
    survey.export_report(w.ctx, w.actor, w.first("SELECT id FROM survey_campaigns ORDER BY id DESC"), out)
    return out


# Exports that mask personal data unless --unmasked: their unmasked form has its own golden file.
MASKED_EXPORTS = ("key-loans", "parking", "people", "repairs", "requests", "units")


def _export_names() -> list[str]:
    from deskapp.services import exports

    return list(exports.all_exports())


def _setting_choices(module: str, key: str) -> list[str]:
    """The paper choices a setting offers (a new receipt or notice paper gets its golden file)."""
    import importlib

    from deskapp.services import settings

    declared = getattr(importlib.import_module(module), key)
    return [value for value, _ in settings.spec(declared).choices]


def documents() -> list[Doc]:
    """Every export (masked and unmasked) and every printed document, one golden file each."""
    receipt = "SELECT id FROM receipts WHERE voided_at IS NULL ORDER BY id"
    voided = "SELECT id FROM receipts WHERE voided_at IS NOT NULL ORDER BY id"
    docs = [Doc(f"export-{name}", _export(name, False)) for name in _export_names()]
    docs += [Doc(f"export-{name}-unmasked", _export(name, True)) for name in MASKED_EXPORTS]
    papers = _setting_choices("deskapp.services.billing.common", "RECEIPT_PAPER")
    docs += [Doc(f"receipt-{paper.replace(' ', '')}", _receipt(receipt, paper)) for paper in papers]
    docs += [Doc(f"receipt-voided-{papers[0].replace(' ', '')}", _receipt(voided, papers[0]))]
    docs += [Doc(f"fee-notices-{size}", _notices(size))
             for size in _setting_choices("deskapp.services.billing.common", "NOTICE_SIZE")]
    docs += [
        Doc("fee-notice-one-unit", _unit_notice),
        Doc("billing-handover", _billing_handover),
        Doc("billing-handover-reprint", _billing_handover_reprint),
        Doc("billing-statement", _billing_statement),
        Doc("receipt-adhoc-repair", _adhoc_receipt),
        Doc("finance-report-quarter", _finance_report),
        Doc("fee-standards-notice-A4", _price_notice("A4")),
        Doc("fee-standards-notice-A3", _price_notice("A3")),
        Doc("dunning-letters", _dunning),
        Doc("invoices-pending-requested", _invoices_pending),
        Doc("payments-by-method-busy-day", _payments_by_method),
        Doc("payments-history-imported", _payments_history),
        Doc("meter-recheck-list", _recheck),
        Doc("meter-reading-sheet", _reading_sheet),
        Doc("unit-file", _unit_file),
        Doc("completeness-pdf", _completeness("pdf")),
        Doc("completeness-xlsx", _completeness("xlsx")),
        Doc("database-check-report", _check_report),
        Doc("go-live-reconciliation-pdf", _go_live("pdf")),
        Doc("go-live-reconciliation-xlsx", _go_live("xlsx")),
        Doc("go-live-reconciliation-reprint-pdf", _go_live("reprint")),
        Doc("reception-handover", _reception_handover),
        Doc("repair-orders", _repairs(False)),
        Doc("repair-orders-two-per-page", _repairs(True)),
        Doc("repair-order-reworked", _repair_reworked),
        Doc("complaint-sheet", _complaint_sheet),
        Doc("reception-notice", _reception_notice),
        Doc("reception-notice-sending", _notice_recipients),
        Doc("violation-rectification-notice", _violation_notice),
        Doc("key-loan-register", _keys("loans")),
        Doc("parking-lease-agreement", _keys("lease")),
        Doc("key-tag-labels", _keys("tags")),
        Doc("plate-slip", _keys("plate")),
        Doc("key-inventory", _keys("inventory")),
        Doc("decoration-rectification", _decoration("rectification")),
        Doc("decoration-stop-notice", _decoration("stop")),
        Doc("decoration-permit", _decoration("permit")),
        Doc("decoration-application", _decoration_paper("application")),
        Doc("decoration-checks-blank", _decoration_paper("blank-checks")),
        Doc("decoration-checks-record", _decoration_paper("checks")),
        Doc("decoration-acceptance-first", _decoration_paper("初验")),
        Doc("decoration-acceptance-second", _decoration_paper("复验")),
        Doc("decoration-deposit-refund", _decoration_paper("refund")),
        Doc("decoration-deposit-terminated", _decoration_paper("terminated")),
        Doc("move-in-record", _move_in),
        Doc("release-slip", _release_slip("SELECT id FROM release_slips WHERE voided_at IS NULL ORDER BY id")),
        Doc("stairwell-weekly-sheet", _stairwell),
        Doc("survey-report", _survey_report),
        Doc("survey-questionnaire-blank", _questionnaire("SELECT id FROM survey_samples WHERE NOT reached ORDER BY id")),
        Doc("survey-questionnaire-visited",
            _questionnaire("SELECT id FROM survey_samples WHERE reached "
                           "ORDER BY needs != '' DESC, shortfalls != '' DESC, id")),
        Doc("facility-booking-confirmation", _facility_confirmation),
        Doc("community-activity-notice", _community("notice")),
        Doc("community-signup-sheet", _community("sheet")),
        Doc("community-cancellation-notice", _community_called_off),
    ]
    return docs


def golden_path(doc: Doc) -> Path:
    return FILES / f"{doc.name}.txt"


def chosen(names: list[str] | None) -> Iterator[Doc]:
    docs = documents()
    known = {d.name for d in docs}
    unknown = sorted(set(names or ()) - known)
    if unknown:
        raise SystemExit(f"no such golden document: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return (d for d in docs if not names or d.name in names)
