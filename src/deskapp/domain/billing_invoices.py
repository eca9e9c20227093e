"""发票: the centre records invoices, it does not issue them (they are issued on the tax platform).

A request (开票申请) cites one or more receipts of one unit; its amount is split by tax class,
because 代收水费 (water collected for the water company) is taxed apart from 物业费 and the
other service fees. A receipt is in at most one live request (待开票 or 已开票), and what is
invoiced never exceeds what its receipts took."""
from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from decimal import Decimal

from deskapp.domain.billing import FeeItem
from deskapp.domain.errors import ValidationError
from deskapp.domain.text import clean
from deskapp.domain.money import ZERO


class InvoiceState(str, enum.Enum):
    PENDING = "待开票"
    ISSUED = "已开票"
    WITHDRAWN = "已撤回"


LIVE_STATES = (InvoiceState.PENDING, InvoiceState.ISSUED)


class TaxClass(str, enum.Enum):
    WATER = "代收水费"
    SERVICE = "物业费及其他"


# Receipt lines of these items are water collected for the water company.
WATER_ITEMS = frozenset({FeeItem.WATER.value, FeeItem.SHARED_WATER.value})
# Money put on the prepayment balance is invoiced when it pays a bill, not when it is deposited.
NOT_INVOICED = frozenset({"预存款"})

# 统一社会信用代码 (GB 32100-2015): 18 characters of this alphabet, the last a check character.
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_INVOICE_NO = re.compile(r"^\d{8,20}$")  # 8 digits on the old paper invoices, 20 on 数电发票
_NUMBER_SPLIT = re.compile(r"[\s,，、;；]+")


def tax_class(item: str) -> TaxClass | None:
    """The tax class of a receipt line's item; None for a line that is not invoiced."""
    if item in NOT_INVOICED:
        return None
    return TaxClass.WATER if item in WATER_ITEMS else TaxClass.SERVICE


def split_by_class(lines: Iterable[tuple[str, Decimal]]) -> dict[TaxClass, Decimal]:
    """Receipt lines (item, amount) summed per tax class; classes without money left out."""
    out: dict[TaxClass, Decimal] = {}
    for item, amount in lines:
        cls = tax_class(item)
        if cls is not None:
            out[cls] = out.get(cls, ZERO) + amount
    return {k: v for k, v in out.items() if v}


def check_digit(first17: str) -> str:
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(first17, _CODE_WEIGHTS))
    return _CODE_CHARS[(31 - total % 31) % 31]


def check_tax_no(text: str) -> str:
    """The buyer's 税号 (统一社会信用代码), upper case; empty for a person."""
    v = clean(text).upper().replace(" ", "")
    if not v:
        return ""
    if len(v) != 18:
        raise ValidationError("税号", f"统一社会信用代码应为 18 位，“{v}”是 {len(v)} 位；个人抬头请留空")
    wrong = [c for c in v if c not in _CODE_CHARS]
    if wrong:
        raise ValidationError("税号", f"含有不用于统一社会信用代码的字符“{wrong[0]}”（不用 I、O、Z、S、V）")
    if check_digit(v[:17]) != v[17]:
        raise ValidationError("税号", f"“{v}”的校验位不对，请核对")
    return v


def check_title(text: str) -> str:
    v = clean(text)
    if not v:
        raise ValidationError("发票抬头", "不能为空")
    if len(v) > 100:
        raise ValidationError("发票抬头", "最多 100 个字")
    return v


def check_invoice_no(text: str) -> str:
    v = clean(text).replace(" ", "")
    if not _INVOICE_NO.match(v):
        raise ValidationError("发票号码", f"“{v}”应为 8 到 20 位数字（数电发票 20 位）")
    return v


def receipt_numbers(text: str) -> list[str]:
    """Receipt numbers typed in one field, separated by spaces, commas or 、; each once."""
    out: list[str] = []
    for n in _NUMBER_SPLIT.split(clean(text).upper()):
        if n and n not in out:
            out.append(n)
    if not out:
        raise ValidationError("收据号", "请至少填写一张收据号")
    return out


def check_issued_amount(amount: Decimal, requested: Decimal) -> None:
    """The 价税合计 of the invoice issued is the amount requested: never more than its receipts."""
    if amount > requested:
        raise ValidationError("发票金额", f"{amount:,.2f} 元超过所引收据可开票金额 {requested:,.2f} 元")
    if amount != requested:
        raise ValidationError("发票金额", f"{amount:,.2f} 元与申请金额 {requested:,.2f} 元不符；少开请先撤回申请，重新选择收据")


def request_number(year: int, seq: int) -> str:
    return f"KP{year}-{seq:06d}"
