"""减免/优惠: the rules a supervisor sets and the applications on bill lines, each decided once. An
approved application's reduction is a bill_waivers row (what reduces what a line owes everywhere:
arrears, notices, the counter, the finance report's 减免), linked here. Money columns hold integer fen."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.billing_deposits import ApplicationState
from deskapp.domain.billing_discounts import RuleKind
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, enum_column
from deskapp.store.types import Money, UTCDateTime


class DiscountRule(Created, Base):
    __tablename__ = "discount_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[RuleKind] = mapped_column(enum_column(RuleKind))
    value: Mapped[Decimal] = mapped_column(Money())  # months (预交一年) or per cent (空置), two decimals
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Discount(Base):
    """A steward's application for 减免 on one line, with the reason and the rule it rests on."""

    __tablename__ = "bill_discounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("bill_lines.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("discount_rules.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(200))
    state: Mapped[ApplicationState] = mapped_column(enum_column(ApplicationState), index=True)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())
    applied_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decision_note: Mapped[str | None] = mapped_column(String(200))
    waiver_id: Mapped[int | None] = mapped_column(ForeignKey("bill_waivers.id"))
