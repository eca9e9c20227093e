"""`deskapp export bills | readings | payments | payments-by-method | receipts | arrears | fee-standards`: the supervisor's
收费 registers. Each detail sheet comes with a summary sheet summed from the same rows."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from deskapp.documents.billing import xlsx as x
from deskapp.domain.billing import AGE_BUCKETS, parse_quarter
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.local_time import local_text
from deskapp.domain.money import ZERO
from deskapp.services import exports
from deskapp.services.billing import arrears as arrears_svc
from deskapp.services.billing import payments as payments_svc
from deskapp.services.billing import standards
from deskapp.services.billing.common import VIEW
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.store.queries import billing as queries


def _heading(ctx: Context, actor: Actor, title: str, period: str) -> str:
    with ctx.reader() as uow:
        name = uow.registry.centre().name
    return f"{name} {title}　{period}　导出日期 {ctx.clock.today():%Y-%m-%d}　导出人 {actor.display_name}"


def _summary(counts: dict[str, int], sums: dict[str, Decimal]) -> list[list]:
    rows = [[k, counts[k], sums[k]] for k in sums]
    rows.append(["合计", sum(counts.values()), sum(sums.values(), ZERO)])
    return rows


def _check(options: ExportOptions, n: int) -> None:
    if n % 2000 == 0 and options.cancelled():
        raise Cancelled()


def export_bills(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(VIEW)
    q = parse_quarter(options.quarter or "")
    counts: dict[str, int] = defaultdict(int)
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    with ctx.reader() as uow:
        rows = []
        for n, (code, number, line) in enumerate(queries.bill_lines_of_quarter(uow.session, q.code)):
            _check(options, n)
            rows.append([code, q.code, number, line.item.value, line.basis, line.quantity.normalize(),
                         line.unit_price, line.amount, line.period_start, line.period_end])
            counts[line.item.value] += 1
            sums[line.item.value] += line.amount
    return x.workbook(path, [
        ("账单明细", _heading(ctx, actor, "收费明细（账单）", q.label), x.BILL_COLS, rows),
        ("汇总", _heading(ctx, actor, "收费汇总", q.label), x.SUMMARY_COLS, _summary(counts, sums)),
    ])


def export_readings(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(VIEW)
    start, _ = exports.month_range(options.month)
    with ctx.reader() as uow:
        rows = [[code or "", m.number, m.kind.value, r.previous, r.value, r.usage, r.read_on,
                 r.flags.replace(",", "、"), r.event.value, r.billed_quarter or ""]
                for r, m, code in queries.readings_of_month(uow.session, start)]
    usage = defaultdict(lambda: ZERO)
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        key = f"{'公共' if not r[0] else '分户'}{r[2]}用量"
        usage[key] += r[5] or ZERO
        counts[key] += 1
    summary = [[k, counts[k], usage[k]] for k in sorted(usage)]
    return x.workbook(path, [
        ("抄表明细", _heading(ctx, actor, "抄表登记表", f"{start:%Y年%m月}"), x.READING_COLS, rows),
        ("汇总", _heading(ctx, actor, "抄表汇总（用量）", f"{start:%Y年%m月}"),
         [x.Col("项目", 20), x.Col("表数", 8), x.Col("用量", 14, "0.00")], summary),
    ])


def export_payments(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(VIEW)
    start, end = exports.month_range(options.month)
    by_method: dict[str, Decimal] = defaultdict(lambda: ZERO)
    counts: dict[str, int] = defaultdict(int)
    by_item: dict[str, Decimal] = defaultdict(lambda: ZERO)
    item_counts: dict[str, int] = defaultdict(int)
    with ctx.reader() as uow:
        rows = []
        receipts = queries.receipts_of_days(uow.session, start, end)
        lines = uow.billing.receipt_lines(r.id for r, _ in receipts)
        for n, (r, code) in enumerate(receipts):
            _check(options, n)
            # a voided receipt's lines say when and why (作废时间, 作废原因)
            status = ["作废", exports.wall_clock(ctx, r.voided_at), r.void_reason or ""] if r.voided_at else ["正常"]
            for ln in lines[r.id]:
                rows.append([r.number, r.day, code, r.payer, ln.item, ln.period, ln.amount, r.method.value,
                             r.cashier_name, *status])
                if not r.voided_at:
                    by_item[ln.item] += ln.amount
                    item_counts[ln.item] += 1
            if r.prepaid_used:
                rows.append([r.number, r.day, code, r.payer, "预存款抵扣", "", -r.prepaid_used, "预存款",
                             r.cashier_name, *status])
            if not r.voided_at:
                by_method[r.method.value] += r.amount
                counts[r.method.value] += 1
                if r.prepaid_used:
                    by_item["预存款抵扣"] -= r.prepaid_used
                    item_counts["预存款抵扣"] += 1
    summary = [["按支付方式", None, None]] + _summary(counts, by_method) + [["按收费项目", None, None]] \
        + _summary(item_counts, by_item)
    period = f"{start:%Y年%m月}"
    return x.workbook(path, [
        ("收款明细", _heading(ctx, actor, "收款明细（收据）", period), x.PAYMENT_COLS, rows),
        ("月度汇总", _heading(ctx, actor, "收款月度汇总（不含作废）", period), x.SUMMARY_COLS, summary),
    ])


def export_payments_by_method(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """收款方式日清单: the day's receipts by method with their transaction numbers, and each method's
    count and sum (voided left out), to tick off against the merchant statements."""
    day = options.as_of or ctx.clock.today()
    found = payments_svc.day_by_method(ctx, actor, day)
    rows = [[r.method, r.number, local_text(r.issued_at), r.unit_code, r.amount, r.pay_ref,
             "作废" if r.voided else "正常", ""] for r in found]
    counts: dict[str, int] = defaultdict(int)
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for r in found:
        if not r.voided:
            counts[r.method] += 1
            sums[r.method] += r.amount
    return x.workbook(path, [
        ("收款方式日清单", _heading(ctx, actor, "收款方式日清单", f"{day:%Y-%m-%d} 当日"), x.METHOD_DAY_COLS, rows),
        ("按方式合计", _heading(ctx, actor, "收款方式日合计（不含作废）", f"{day:%Y-%m-%d} 当日"), x.SUMMARY_COLS,
         _summary(counts, sums)),
    ])


def export_receipts(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《收据登记表》: the receipts of the 收据 tab's days (from–to, both included, or all) and search,
    in number order, each voided one with its 作废时间 and 作废原因; the title row says which days
    and search."""
    actor.require(VIEW)
    day_from, day_to, text = options.day_from, options.day_to, options.search.strip()
    check_days(day_from, day_to)
    with ctx.reader() as uow:
        found = queries.receipt_register(uow.session, day_from=day_from, day_to=day_to, text=text)
    rows = [[r.number, exports.wall_clock(ctx, r.issued_at), r.unit_code, r.payer, r.amount + r.prepaid_used,
             r.method, r.pay_ref, r.cashier, r.status, exports.wall_clock(ctx, r.voided_at), r.void_reason]
            for r in found]
    period = exports.days_text(day_from, day_to) + (f"　检索：{text}" if text else "")
    return exports.write_register(path, "收据登记表", _heading(ctx, actor, "收据登记表", period), x.RECEIPT_COLS, rows,
                                  options, len(rows))


def check_days(day_from, day_to) -> None:
    """A register's days from–to: the end not before the start."""
    if day_from and day_to and day_to < day_from:
        raise ValidationError("截止日期", f"截止日期 {day_to:%Y-%m-%d} 早于起始日期 {day_from:%Y-%m-%d}")


def age_filter_text(min_age: str | None) -> str:
    """What the 《欠费账龄表》's title row says of the units it lists: the 欠费 tab's age filter, or all."""
    if min_age is None:
        return "全部欠费房屋"
    if min_age not in AGE_BUCKETS[1:]:
        raise ValidationError("账龄", f"没有账龄“{min_age}”，可选：{'、'.join(AGE_BUCKETS[1:])}")
    return f"仅列欠费{min_age}及更久的房屋"


def export_arrears(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《欠费账龄表》 as of a day: the units in arrears (past their bills' 缴费期限), narrowed to the age
    the 欠费 tab is filtered to (`options.min_age`) and saying so in the title rows."""
    actor.require(VIEW)
    as_of = options.as_of or ctx.clock.today()
    narrowed = age_filter_text(options.min_age)
    data = arrears_svc.arrears(ctx, actor, as_of, min_age=options.min_age)
    rows = [[a.code, a.owners, a.phone_text, *[a.by_age.get(b, ZERO) for b in AGE_BUCKETS], a.total, a.span,
             "、".join(f"{k} {v:,.2f}" for k, v in a.by_item.items()), a.last_contact] for a in data]
    ages = arrears_svc.ageing_totals(data)
    summary = [[b, sum(1 for a in data if a.by_age.get(b)), ages[b]] for b in AGE_BUCKETS]
    summary.append(["合计", len(data), sum(ages.values(), ZERO)])
    return x.workbook(path, [
        ("欠费明细", _heading(ctx, actor, "欠费账龄表", f"截至 {as_of:%Y-%m-%d}　{narrowed}"), x.ARREARS_COLS, rows),
        ("汇总", _heading(ctx, actor, "欠费账龄汇总", f"截至 {as_of:%Y-%m-%d}　{narrowed}"), x.SUMMARY_COLS, summary),
    ])


def export_dunning(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《催缴登记表》: the month's dunning contacts, oldest first — 电话, 信件 (each 催缴通知单 numbered) and
    上门, who rang or went, what the owner said and the date promised — for the quarter-end chase's file."""
    def rows(session, month: exports.Month) -> list[list]:
        found = queries.contacts_between(session, month.t0, month.t1)
        owners = queries.owners_by_unit(session, sorted({c.unit_id for c in found}))
        return [[n, exports.wall_clock(ctx, c.at), c.code, owners.get(c.unit_id, ""), c.method.value, c.result,
                 c.promised_on, c.notice or "", c.notice_total, c.by] for n, c in enumerate(found, start=1)]

    return exports.monthly_register(ctx, actor, path, options, VIEW, sheet="催缴登记表", title="催缴登记表",
                                    cols=x.DUNNING_COLS, rows=rows, of_centre=True)


def export_standards(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《收费标准》: every standard, where it stands today; a withdrawn one stays on it marked 已撤销,
    with who withdrew it, when and why."""
    rows = [[s.item.value, s.unit_kind or "全部", s.description, s.price, s.starts_on, s.state.value, s.note,
             s.created_by, s.withdrawn_by, local_text(s.withdrawn_at), s.withdraw_reason]
            for s in standards.list_standards(ctx, actor)]
    return x.workbook(path, [("收费标准", _heading(ctx, actor, "收费标准", ""), x.STANDARD_COLS, rows)])


exports.register(ExportSpec("bills", "《收费明细》（账单）", "quarter", export_bills))
exports.register(ExportSpec("readings", "《抄表登记表》", "month", export_readings))
exports.register(ExportSpec("payments", "《收款明细》及月度汇总", "month", export_payments))
exports.register(ExportSpec("payments-by-method", "《收款方式日清单》", "as_of", export_payments_by_method))
exports.register(ExportSpec("receipts", "《收据登记表》", None, export_receipts))
exports.register(ExportSpec("arrears", "《欠费账龄表》", "as_of", export_arrears))
exports.register(ExportSpec("dunning", "《催缴登记表》", "month", export_dunning))
exports.register(ExportSpec("fee-standards", "《收费标准》", None, export_standards))

__all__ = ["export_bills", "export_readings", "export_payments", "export_receipts", "export_arrears", "export_dunning", "export_standards"]
