"""记账凭证: a day's or a month's handovers as vouchers finance imports into 金蝶 K/3 (Excel) or
用友 U8 (text), one voucher per handover (why: domain/billing_vouchers.py). `deskapp export
vouchers --day D|--month YYYY-MM --format kingdee|u8 -o FILE`, and 生成凭证… on the handover tab."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from deskapp.documents.billing import vouchers as papers
from deskapp.domain.billing_vouchers import Voucher, build_vouchers
from deskapp.domain.errors import ValidationError
from deskapp.domain.permissions import DESK, define
from deskapp.services import exports
from deskapp.services.billing.voucher_accounts import account_map
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.store.queries.billing_vouchers import handover_takings

VOUCHERS = define("billing.vouchers", "生成记账凭证", DESK)
FORMATS = {"kingdee": "金蝶 K/3（Excel）", "u8": "用友 U8（文本，GBK）"}


@dataclass(frozen=True)
class VoucherSummary:
    vouchers: int
    entries: int
    debit: Decimal
    credit: Decimal
    money: Decimal  # the handovers' money: equals the handovers' totals


def _period(options: ExportOptions) -> tuple[date, date]:
    if options.day and options.month:
        raise ValidationError("日期", "请只指定 --day 或 --month 之一")
    if options.day:
        return options.day, options.day + timedelta(days=1)
    if options.month:
        return exports.month_range(options.month)
    raise ValidationError("日期", "请用 --day YYYY-MM-DD 或 --month YYYY-MM 指定凭证的日期")


def vouchers(ctx: Context, actor: Actor, start: date, end: date) -> list[Voucher]:
    """The handovers of start ≤ day < end as vouchers, numbered from 1."""
    actor.require(VOUCHERS)
    accounts = account_map(ctx)
    with ctx.reader() as uow:
        takings = handover_takings(uow.session, start, end)
    return build_vouchers(takings, accounts)


def summary(ctx: Context, actor: Actor, options: ExportOptions) -> VoucherSummary:
    """What the file of these options holds: the message after 生成凭证."""
    vs = vouchers(ctx, actor, *_period(options))
    return VoucherSummary(vouchers=len(vs), entries=sum(len(v.entries) for v in vs),
                          debit=sum((v.debit for v in vs), Decimal("0.00")),
                          credit=sum((v.credit for v in vs), Decimal("0.00")),
                          money=sum((v.money for v in vs), Decimal("0.00")))


def export_vouchers(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """Writes the file; returns its entries (the export's rows)."""
    fmt = options.format or "kingdee"
    if fmt not in FORMATS:
        raise ValidationError("格式", f"没有“{fmt}”，可选：{'、'.join(FORMATS)}")
    vs = vouchers(ctx, actor, *_period(options))
    if fmt == "u8":
        papers.write_u8(vs, path)
    else:
        papers.write_kingdee(vs, actor.display_name, path)
    return sum(len(v.entries) for v in vs)


exports.register(ExportSpec("vouchers", "记账凭证（金蝶 K/3 / 用友 U8 凭证引入）", None, export_vouchers,
                            machine_file=True))  # K/3's own layout: no title row, not a printed register
