"""Printing and Excel for keys, cards and parking: 《钥匙借用登记表》 (PDF and `deskapp export
key-loans`), `keys`, `cards`, `parking` and `inventory` registers, 《车位租赁协议》, tag labels, 车位牌."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from deskapp.domain.local_time import naive_local
from deskapp.documents import xlsx
from deskapp.documents.keys import inventory, lease, loan_register, plate_slip, tags
from deskapp.documents.xlsx import Col
from deskapp.contracts.keys import LoanFilter, LoanRow
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.centre import Centre
from deskapp.domain.keys import CountItem, Difference, describe_late
from deskapp.services import audit, exports
from deskapp.services.accounts import privacy
from deskapp.services.keys import (
    cards as keys_cards, custody as keys, inventory as keys_inventory, parking as keys_parking,
)
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, register_heading
from deskapp.store.queries import keys as q

BATCH = 1000


def _centre(ctx: Context) -> Centre:
    with ctx.reader() as uow:
        return uow.registry.centre()


def _text(value) -> str:
    """A register value as the printed page shows it."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def loan_line(r: LoanRow, tz, *, printed: bool = False) -> list:
    """One line of 《钥匙借用登记表》 (the printed and the Excel register share it). On the printed
    page a key brought back after its 预计归还 says so under the time, how late (逾期 3 天 2 小时归还),
    with the 逾期说明 written for it; the Excel sheet keeps the time a time, its 预计归还 beside it."""
    # 其他人员（主管批准） → 其他人员: the approval is spelled out in 证件核验 beside it
    borrower = f"{r.borrower_name}（{r.borrower_kind.value.split('（')[0]}）"
    returned: datetime | str | None = naive_local(r.returned_at, tz)
    if r.returned_at is None and r.overdue_note:
        returned = f"未还：{r.overdue_note}"
    elif printed and r.returned_at is not None and r.returned_at > r.due_at:
        late = f"{_text(returned)} 逾期 {describe_late(r.returned_at - r.due_at)}归还"
        returned = f"{late}：{r.overdue_note}" if r.overdue_note else late
    return [naive_local(r.lent_at, tz), r.unit_code, r.tag, borrower, with_reason(r.id_check, r), r.purpose, r.lent_by,
            naive_local(r.due_at, tz), returned, r.returned_by_name]


def with_reason(id_check: str, r: LoanRow) -> str:
    """证件核验 on the register's paper and sheet: an approved loan ("…，王丽华 批准") with the reason
    the supervisor gave, the one line that shows why a stranger was handed a unit's key."""
    reason = r.approval_reason.strip()
    return f"{id_check}：{reason}" if reason and id_check.endswith("批准") else id_check


def _loan_rows(ctx: Context, actor: Actor, f: LoanFilter, options: ExportOptions | None = None,
               masker: privacy.Masker = privacy.MASKED, *, printed: bool = False) -> Iterator[list]:
    """Oldest first, fetched a thousand at a time."""
    tz = ctx.clock.now().tzinfo
    total = keys.loan_register(ctx, actor, f, limit=1).total
    done = 0
    while done < total:
        if options and options.cancelled():
            raise Cancelled()
        page = keys.loan_register(ctx, actor, f, sort="lent_at", descending=False, offset=done, limit=BATCH,
                                  total=total)
        if not page.rows:
            break
        full = {}
        if masker.unmasked:
            with ctx.reader() as uow:
                full = q.id_checks(uow.session, [r.id for r in page.rows], masker.id_number)
        for r in page.rows:
            line = loan_line(r, tz, printed=printed)
            if r.id in full:
                line[4] = with_reason(full[r.id], r)
            yield line
        done += len(page.rows)
        if options and options.progress:
            options.progress(done, total)


def loan_register_pdf(ctx: Context, actor: Actor, month: str, unit_id: int | None = None) -> bytes:
    f = keys.month_filter(month, unit_id, ctx.clock.now().tzinfo)
    rows = [[_text(v) for v in line] for line in _loan_rows(ctx, actor, f, printed=True)]
    centre = _centre(ctx).name
    y, m = month.split("-")
    period = f"{y}年{int(m)}月"
    if unit_id is not None:
        with ctx.reader() as uow:
            period += f"　房号 {uow.registry.unit(unit_id).code}"
    _audit_print(ctx, actor, "钥匙借用登记表", f"{period}，{len(rows)} 条")
    return loan_register.loan_register_pdf(loan_register.LoanRegisterDoc(centre, period, ctx.clock.today(),
                                                               actor.display_name, rows))


def _audit_print(ctx: Context, actor: Actor, what: str, detail: str) -> None:
    with ctx.uow() as uow:
        audit.record(uow.session, ctx, actor, "keys.print", "print", what, summary=f"打印《{what}》：{detail}")
        uow.commit()


def lease_agreement_pdf(ctx: Context, actor: Actor, lease_id: int) -> bytes:
    a = keys_parking.agreement(ctx, actor, lease_id)
    _audit_print(ctx, actor, "车位租赁协议", a.number)
    return lease.lease_agreement_pdf(a)


def tag_labels_pdf(ctx: Context, actor: Actor, key_ids: list[int] | None = None) -> bytes:
    found = keys.all_keys(ctx, actor)
    chosen = [k for k in found if key_ids is None or k.id in key_ids]
    if not chosen:
        raise ValidationError("钥匙", "请先选择要打印标签的钥匙")
    return tags.tag_labels_pdf([tags.TagLabel(k.tag, k.label or k.kind.value, k.location) for k in chosen])


def plate_slip_pdf(ctx: Context, actor: Actor, card_id: int) -> bytes:
    s = keys_cards.plate_slip(ctx, actor, card_id)
    return plate_slip.plate_slip_pdf(plate_slip.PlateSlipDoc(s.community, s.plate, s.space, s.paid_until, s.card_number))


def inventory_lines(c: keys_inventory.FiledCount) -> list[list]:
    # a key's stored label starts with its tag (for messages); the sheet has the tag in 编号 already
    return [[ln.item.value, ln.ref if ln.item is CountItem.KEY else "",
             ln.label.removeprefix(f"{ln.ref} ") if ln.item is CountItem.KEY else ln.label,
             ln.on_record, ln.lent, ln.counted,
             "" if ln.difference is Difference.NONE else f"{ln.difference.value} {ln.amount}", ln.note]
            for ln in c.lines]


def inventory_pdf(ctx: Context, actor: Actor, count_id: int) -> bytes:
    c = keys_inventory.filed_count(ctx, actor, count_id)
    centre = _centre(ctx).name
    rows = [[str(v) for v in line] for line in inventory_lines(c)]
    return inventory.inventory_pdf(inventory.InventoryDoc(centre, c.month, c.counted_on, c.filed_by, c.note, rows,
                                                            printed_on=ctx.clock.today()))


# ----------------------------------------------------------------- Excel registers

def _save(ctx: Context, actor: Actor, name: str, path: Path, wb, n: int) -> int:
    xlsx.save(wb, path)
    with ctx.uow() as uow:
        audit.record(uow.session, ctx, actor, "keys.export", "export", name, summary=f"导出 {name} 到 {path.name}",
                     after={"rows": n})
        uow.commit()
    return n


def export_key_loans(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(keys.VIEW)
    f = keys.month_filter(options.month, None, ctx.clock.now().tzinfo)
    masker, notice = privacy.masker(ctx, actor, "key-loans", path, options.unmasked)
    wb = xlsx.new_workbook()
    cols = [Col("借用日期", 16), Col("房号", 12), Col("钥匙编号", 10), Col("借用人", 22), Col("证件核验", 34),
            Col("事由", 18), Col("经办人", 10), Col("预计归还", 16), Col("实际归还", 20), Col("归还人", 10)]
    n = xlsx.write_sheet(wb, "钥匙借用登记表", register_heading(ctx, actor, "钥匙借用登记表", exports.month_bounds(ctx, options).label,
                                                          notice),
                         cols, _loan_rows(ctx, actor, f, options, masker))
    return _save(ctx, actor, "key-loans", path, wb, n)


def export_keys(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(keys.VIEW)
    found = keys.all_keys(ctx, actor, include_ended=True)
    cols = [Col("钥匙编号", 10), Col("房号", 12), Col("钥匙", 14), Col("份数", 6), Col("存放位置", 12),
            Col("托管原因", 10), Col("托管起始", 12), Col("委托依据", 24), Col("状态", 10), Col("借出给", 10),
            Col("预计归还", 16), Col("逾期", 6)]
    tz = ctx.clock.now().tzinfo
    rows = ([k.tag, k.unit_code, k.label or k.kind.value, k.copies, k.location, k.reason.value, k.since,
             k.authority, "借出" if k.lent else k.state.value, k.lent_to, naive_local(k.due_at, tz), "是" if k.overdue else ""]
            for k in found)
    wb = xlsx.new_workbook()
    n = xlsx.write_sheet(wb, "托管钥匙登记表", register_heading(ctx, actor, "托管钥匙登记表", xlsx.as_of(ctx.clock.today())),
                         cols, rows)
    return _save(ctx, actor, "keys", path, wb, n)


def export_cards(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(keys.VIEW)
    found = keys_cards.cards(ctx, actor, active_only=False, limit=1_000_000)
    cols = [Col("卡号", 12), Col("卡类", 8), Col("房号", 12), Col("持卡人", 10), Col("发卡日期", 12),
            Col("工本费", 9, "0.00"), Col("押金", 9, "0.00"), Col("状态", 10), Col("车牌号", 11), Col("车位", 9),
            Col("月管理费", 10, "0.00"), Col("缴费至", 12)]
    rows = ([c.number, c.kind.value, c.unit_code, c.holder_name, c.issued_on, c.fee, c.deposit, c.status, c.plate,
             c.space, c.monthly_fee, c.paid_until] for c in found)
    wb = xlsx.new_workbook()
    n = xlsx.write_sheet(wb, "卡证登记表", register_heading(ctx, actor, "住户卡、门禁卡、车卡登记表",
                                                  xlsx.as_of(ctx.clock.today())), cols, rows)
    return _save(ctx, actor, "cards", path, wb, n)


def export_parking(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(keys.VIEW)
    masker, notice = privacy.masker(ctx, actor, "parking", path, options.unmasked)
    full = keys_parking.lessee_contacts(ctx, actor) if masker.unmasked else {}
    wb = xlsx.new_workbook()
    spaces = keys_parking.spaces(ctx, actor)
    n = xlsx.write_sheet(wb, "车位", register_heading(ctx, actor, "车位登记表", xlsx.as_of(ctx.clock.today())),
                         [Col("车位号", 10), Col("区域", 6), Col("状态", 10), Col("产权房号", 12), Col("承租人", 10),
                          Col("租期至", 12), Col("备注", 20)],
                         ([s.number, s.area.value, s.state.value, s.owner_unit, s.lessee, s.lease_end, s.note]
                          for s in spaces))
    leases = keys_parking.leases(ctx, actor)
    n += xlsx.write_sheet(wb, "车位租赁", register_heading(ctx, actor, "车位租赁登记表", xlsx.as_of(ctx.clock.today()),
                                                   notice),
                          [Col("协议编号", 13), Col("车位", 9), Col("房号", 12), Col("承租人", 10), Col("联系电话", 13),
                           Col("证件号码", 20), Col("车牌号", 18), Col("起始", 12), Col("结束", 12), Col("月租金", 10, "0.00"),
                           Col("押金", 10, "0.00"), Col("提前结束", 10), Col("续租自", 13)],
                          ([ls.number, ls.space, ls.unit_code, ls.lessee_name,
                            full.get(ls.id, (ls.lessee_phone, ""))[0], full.get(ls.id, ("", ls.lessee_id_number))[1],
                            ls.plates, ls.start,
                            ls.end, ls.monthly_rent, ls.deposit, ls.end_reason if ls.ended_early else "", ls.renews]
                           for ls in leases))
    return _save(ctx, actor, "parking", path, wb, n)


def export_inventory(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(keys.VIEW)
    exports.month_range(options.month)
    filed = keys_inventory.counts(ctx, actor, month=options.month)
    if not filed:
        raise ValidationError("月份", f"{options.month} 没有已归档的盘点")
    wb = xlsx.new_workbook()
    n = 0
    cols = [Col("类别", 14), Col("编号", 10), Col("物品/位置", 30), Col("账面数", 8), Col("借出", 6),
            Col("实点数", 8), Col("差异", 12), Col("差异说明", 30)]
    for c in filed:
        n += xlsx.write_sheet(wb, f"月度盘点 {c.counted_on:%m-%d} #{c.id}",
                              register_heading(ctx, actor, "月度盘点表",
                                               f"{exports.month_bounds(ctx, options).label} 盘点日期 {c.counted_on} "
                                               f"盘点人 {c.filed_by}"),
                              cols, inventory_lines(c))
    return _save(ctx, actor, "inventory", path, wb, n)


exports.register(ExportSpec("key-loans", "《钥匙借用登记表》", "month", export_key_loans))
exports.register(ExportSpec("keys", "《托管钥匙登记表》", None, export_keys))
exports.register(ExportSpec("cards", "《住户卡、门禁卡、车卡登记表》", None, export_cards))
exports.register(ExportSpec("parking", "《车位登记表》《车位租赁登记表》", None, export_parking))
exports.register(ExportSpec("inventory", "《月度盘点表》", "month", export_inventory))
