"""Rows of the billing registers, as the store's queries build them and the screens show them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.billing import ContactMethod, FeeItem, Owing
from deskapp.domain.billing_deposits import DepositKind, DepositState, Waiting


@dataclass(frozen=True)
class ReceiptRow:
    """A line of the receipt register (收据登记)."""

    id: int
    number: str
    issued_at: datetime
    unit_code: str
    payer: str
    method: str
    amount: Decimal
    prepaid_used: Decimal
    cashier: str
    status: str  # 正常, 已移交, 已开票 or 作废
    pay_ref: str = ""  # 交易流水号 of a 微信/支付宝/银行卡/转账 payment
    voided_at: datetime | None = None  # 作废时间 of a voided receipt
    void_reason: str = ""  # 作废原因


@dataclass(frozen=True)
class MethodDayRow:
    """A line of the daily list by method (收款方式日清单), ticked off against the merchant statement."""

    method: str
    number: str
    issued_at: datetime
    unit_code: str
    amount: Decimal  # received by the method (预存款 used is not money in)
    pay_ref: str
    voided: bool


@dataclass(frozen=True)
class HandoverRow:
    """A line of the list of handovers made (往日移交表)."""

    id: int
    day: date
    cashier_name: str
    count: int
    total: Decimal
    cash_expected: Decimal
    cash_counted: Decimal
    receiver: str
    handed_at: datetime | None = None
    first_no: str = ""  # the receipt numbers it carries, first to last ("" when it carried none)
    last_no: str = ""
    explanation: str = ""  # the difference explained

    @property
    def difference(self) -> Decimal:
        """Cash counted less cash expected: a shortage is negative."""
        return self.cash_counted - self.cash_expected


@dataclass(frozen=True)
class HandoverFilter:
    """What the list of past handovers asks for: local calendar days, both inclusive, and one
    cashier (a user name) or everyone's."""

    day_from: date | None = None
    day_to: date | None = None
    cashier: str | None = None


@dataclass(frozen=True)
class OwnerContact:
    """A unit's current owner as the arrears list rings them: the phone as stored (the service
    masks it before it reaches a screen)."""

    person_id: int
    name: str
    phone: str


@dataclass(frozen=True)
class ChargedLine(Owing):
    """A bill line as the arrears are worked out from it."""

    id: int
    unit_id: int
    quarter: str
    item: FeeItem
    amount: Decimal
    period_start: date
    period_end: date
    key: str = ""  # 期初:… on an opening bill's line (domain.billing_opening)
    basis: str = ""  # how it was charged (建筑面积 97.99㎡ × 3 个月)
    paid: Decimal = Decimal("0.00")  # by receipts not voided
    waived: Decimal = Decimal("0.00")  # 优惠
    due_on: date | None = None  # its bill's 缴费期限: after it the line is overdue (催缴, 滞纳金)


@dataclass(frozen=True)
class ContactView:
    """A dunning contact of a unit's log, with the 催缴通知单 it sent, if any."""

    at: datetime
    method: ContactMethod
    by: str
    result: str
    promised_on: date | None
    notice: str


@dataclass(frozen=True)
class InvoiceRow:
    """A line of the invoice register (发票登记): one request and what became of it."""

    id: int
    number: str
    unit_code: str
    title: str
    tax_no: str
    receipts: str  # the receipt numbers it cites, joined with 、
    water: Decimal  # 代收水费
    service: Decimal  # 物业费及其他
    amount: Decimal
    state: str  # 待开票, 已开票 or 已撤回
    requested_at: datetime
    requested_by: str
    invoice_no: str
    issued_on: date | None


@dataclass(frozen=True)
class HistoryPaymentRow:
    """A line of the old system's payments (原系统缴费记录), as imported at go-live."""

    paid_on: date
    unit_code: str
    receipt_no: str  # the old system's number ("" when its file had none)
    item: str
    period: str
    billed: Decimal
    paid: Decimal
    method: str
    cashier: str
    notes: str


@dataclass(frozen=True)
class HistoryBatchSums:
    """An import of payment history as recorded, beside what its lines add up to (`deskapp check`)."""

    file: str
    sheet: str
    rows: int
    billed: Decimal
    paid: Decimal
    lines: int
    lines_billed: Decimal
    lines_paid: Decimal


@dataclass(frozen=True)
class DepositFilter:
    """What the 押金台账 asks for: a kind (None: all), a state (None: every one; 在押: all still holding
    money, a waiting state: those with such an application), a unit code or payer."""

    kind: DepositKind | None = None
    state: DepositState | None = DepositState.HELD
    text: str = ""


@dataclass(frozen=True)
class DepositRow:
    """A line of the 押金台账."""

    id: int
    kind: str
    unit_code: str
    payer: str
    amount: Decimal  # taken
    refunded: Decimal
    forfeited: Decimal
    held: Decimal
    taken_on: date
    age_days: int
    secures: str
    source_ref: str
    state: str  # a DepositState's text
    waits: tuple[Waiting, ...] = ()  # every application waiting on it, by state (退款待付, 退款待批, 没收待批)

    @property
    def state_shown(self) -> str:
        """The state as the register and its export say it: every application waiting, "退款待付
        200.00、退款待批 300.00（2 笔）", or the plain state when none waits."""
        return "、".join(w.text for w in self.waits) or self.state


@dataclass(frozen=True)
class DepositTotal:
    """What the register's filter selects, by kind: deposits counted and the money still held."""

    kind: str
    count: int
    held: Decimal


@dataclass(frozen=True)
class RefundRow:
    """A line of the refund register (退款)."""

    id: int
    number: str
    source: str
    unit_code: str
    deposit: str  # the deposit's kind and paper, empty for a prepayment refund
    amount: Decimal
    payee: str
    reason: str
    state: str
    applied_at: datetime
    applied_by: str
    decided_by: str
    method: str
    pay_ref: str
    paid_at: datetime | None


@dataclass(frozen=True)
class DiscountRuleRow:
    """A 减免 rule as the supervisor's editor and the application form list it."""

    id: int
    name: str
    kind: str  # RuleKind's value: 预交一年优惠 / 空置房减免 / 其他减免
    value: Decimal  # months or per cent
    active: bool


@dataclass(frozen=True)
class DiscountRow:
    """A line of the 减免 register: an application and what was decided."""

    id: int
    unit_code: str
    quarter: str
    item: str
    line_amount: Decimal
    amount: Decimal
    rule: str
    reason: str
    state: str
    applied_at: datetime
    applied_by: str
    decided_by: str
    decision_note: str
    decided_at: datetime | None = None  # 审批时间: when it was approved or refused
