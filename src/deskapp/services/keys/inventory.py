"""月度盘点: a guided count of keys in custody, blank cards and unclaimed video intercoms, the
differences against the records, a note on each, filed with who and when."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from deskapp.domain import keys as rules
from deskapp.domain.errors import ValidationError, found
from deskapp.domain.keys import STOCK_ITEMS, CountItem, CountLine, Difference, Expected
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.keys.custody import VIEW
from deskapp.store.models.keys import InventoryCount, InventoryLine
from deskapp.store.queries import keys as q
from deskapp.store.repositories.keys import KeysRepository
from deskapp.services.changes import Change, changes

COUNT = define("keys.inventory", "月度盘点", DESK)
STOCK = define("keys.stock", "空白卡、对讲机入库", SUPERVISORS)


@dataclass(frozen=True)
class CountSheet:
    """What the count must cover, as the records have it today."""

    month: str
    items: list[Expected]


@dataclass(frozen=True)
class FiledLine:
    item: CountItem
    ref: str
    label: str
    on_record: int
    lent: int
    counted: int
    difference: Difference
    amount: int
    note: str


@dataclass(frozen=True)
class FiledCount:
    id: int
    month: str
    counted_on: date
    filed_at: datetime
    filed_by: str
    note: str
    lines: list[FiledLine]

    @property
    def differences(self) -> list[FiledLine]:
        return [ln for ln in self.lines if ln.difference is not Difference.NONE]


@dataclass(frozen=True)
class CountStatus:
    last_counted: date | None
    due_alert: bool  # none this month and it is after the 25th


@changes(Change.KEYS, Change.CHRONICLE)
def receive_stock(ctx: Context, actor: Actor, item: CountItem, quantity: int, note: str = "") -> int:
    """Blank cards or intercoms received (positive) or handed out (negative); returns the new stock."""
    actor.require(STOCK)
    if item not in STOCK_ITEMS:
        raise ValidationError("物品", "钥匙请在托管钥匙中登记")
    if quantity == 0:
        raise ValidationError("数量", "不能为 0")
    with ctx.uow() as uow:
        s = uow.session
        row = KeysRepository(s).stock(item)
        if row.quantity + quantity < 0:
            raise ValidationError("数量", f"{item.value}库存只有 {row.quantity}")
        before = row.quantity
        row.quantity += quantity
        audit.record(s, ctx, actor, "keys.stock", "key_stock", item.name,
                     summary=f"{item.value} {'入库' if quantity > 0 else '领用'} {abs(quantity)}"
                     + (f"：{note}" if note else ""), before={"quantity": before}, after={"quantity": row.quantity})
        uow.commit()
        return row.quantity


def stock_levels(ctx: Context, actor: Actor) -> dict[CountItem, int]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.keys
        return {item: repo.stock_quantity(item) for item in STOCK_ITEMS}


def count_sheet(ctx: Context, actor: Actor) -> CountSheet:
    """Every key in custody (copies on record, copies lent), every stock item."""
    actor.require(COUNT)
    with ctx.reader() as uow:
        repo = uow.keys
        lent = repo.lent_key_ids()
        held = [k for k, _code in q.keys_with_units(uow.session)]
        # In the order the clerk walks the cabinets: A柜-2 before A柜-10.
        held.sort(key=lambda k: ([int(p) if p.isdigit() else p for p in re.split(r"(\d+)", k.location)], k.tag))
        items = [Expected(CountItem.KEY, k.tag, f"{k.tag} {k.location} {k.label or k.kind.value}",
                          k.copies, k.copies if k.id in lent else 0) for k in held]
        items += [Expected(item, item.name, item.value, repo.stock_quantity(item)) for item in STOCK_ITEMS]
        return CountSheet(f"{ctx.clock.today():%Y-%m}", items)


def compare(sheet: CountSheet, counted: dict[str, int]) -> list[CountLine]:
    """The differences as the clerk types: `counted` maps each item's ref to the number found."""
    uncounted = [e.label for e in sheet.items if e.ref not in counted]
    if uncounted:
        raise ValidationError("实点数", f"{len(uncounted)} 项尚未清点：\n" + rules.listing(uncounted))
    return [rules.compare_count(e, counted[e.ref]) for e in sheet.items]


@changes(Change.KEYS)
def file_count(ctx: Context, actor: Actor, counted: dict[str, int], notes: dict[str, str], note: str = ""
               ) -> FiledCount:
    """File the count. Every difference needs a note. Stock on record is set to what was counted
    (the note says why); a missing key stays on record until it is found or retired."""
    actor.require(COUNT)
    sheet = count_sheet(ctx, actor)
    lines = compare(sheet, counted)
    rules.check_count_notes(lines, notes)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        c = InventoryCount(month=f"{today:%Y-%m}", counted_on=today, filed_at=ctx.clock.now(),
                           filed_by=actor.display_name, note=note.strip())
        repo.add(c)
        repo.flush()
        for ln in lines:
            e = ln.expected
            repo.add(InventoryLine(count_id=c.id, item=e.item, ref=e.ref, label=e.label, on_record=e.on_record,
                                lent=e.lent, counted=ln.counted, difference=ln.difference, amount=ln.amount,
                                note=notes.get(e.ref, "").strip()))
            if e.item in STOCK_ITEMS and ln.difference in (Difference.MISSING, Difference.EXTRA):
                repo.stock(e.item).quantity = ln.counted
        diffs = [ln for ln in lines if ln.difference in (Difference.MISSING, Difference.EXTRA)]
        audit.record(s, ctx, actor, "keys.inventory", "inventory_count", c.id,
                     summary=f"{c.month} 月度盘点：{len(lines)} 项，差异 {len(diffs)} 项",
                     after={"month": c.month, "items": len(lines),
                            "differences": {ln.expected.ref: f"{ln.difference.value} {ln.amount}" for ln in diffs}})
        count_id = c.id
        uow.commit()
    return filed_count(ctx, actor, count_id)


def filed_count(ctx: Context, actor: Actor, count_id: int) -> FiledCount:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.keys
        c = found(repo.get(InventoryCount, count_id), "盘点记录不存在")
        return _filed(c, repo.count_lines(c.id))


def _filed(c: InventoryCount, lines: list[InventoryLine]) -> FiledCount:
    return FiledCount(c.id, c.month, c.counted_on, c.filed_at, c.filed_by, c.note,
                      [FiledLine(ln.item, ln.ref, ln.label, ln.on_record, ln.lent, ln.counted, ln.difference,
                                 ln.amount, ln.note) for ln in lines])


def counts(ctx: Context, actor: Actor, *, month: str | None = None) -> list[FiledCount]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.keys
        found = [c for c in repo.counts(limit=120) if month is None or c.month == month]
        return [_filed(c, repo.count_lines(c.id)) for c in found]


def count_status(ctx: Context, actor: Actor) -> CountStatus:
    actor.require(VIEW)
    with ctx.reader() as uow:
        last = uow.keys.last_count()
        day = last.counted_on if last else None
    return CountStatus(day, rules.count_due_alert(day, ctx.clock.today()))
