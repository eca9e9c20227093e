"""前台接待: requests/complaints, repair orders, defects, reception log, handovers, mail,
notices, violations, and the history of each item."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.reception import (
    CallbackResult, Channel, DefectKind, DefectState, Department, HandoverState, MailKind, MailPlace, Notified,
    NoticeTarget, RepairScope, RepairState, RequestKind, RequestState, Urgency, ViolationKind, ViolationState,
)
from deskapp.domain.reception_dispatch import DispatchEnd
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, enum_column
from deskapp.store.types import Money, UTCDateTime


class ServiceRequest(Base):
    """业户服务需求/投诉登记."""

    __tablename__ = "rx_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    # 客诉单号 KS2026-000123 (domain.reception.request_number), gap-free per year of registration
    number: Mapped[str] = mapped_column(String(16), server_default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    location: Mapped[str] = mapped_column(String(120), default="")  # public area, or detail within the unit
    caller: Mapped[str] = mapped_column(String(40), default="")
    caller_phone: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    kind: Mapped[RequestKind] = mapped_column(enum_column(RequestKind))
    category: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text)
    urgency: Mapped[Urgency] = mapped_column(enum_column(Urgency))
    major: Mapped[bool] = mapped_column(Boolean, default=False)  # 重大事件
    major_acknowledged_by: Mapped[str | None] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(60), default="")  # e.g. 楼道巡查 when another area created it
    state: Mapped[RequestState] = mapped_column(enum_column(RequestState))
    department: Mapped[Department | None] = mapped_column(enum_column(Department))
    handler: Mapped[str] = mapped_column(String(40), default="")
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    registered_by: Mapped[str] = mapped_column(String(80))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deferred_until: Mapped[date | None] = mapped_column(Date)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[str] = mapped_column(Text, default="")
    callback_result: Mapped[CallbackResult | None] = mapped_column(enum_column(CallbackResult))
    callback_note: Mapped[str] = mapped_column(Text, default="")
    callback_by: Mapped[str] = mapped_column(String(80), default="")
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    callback_method: Mapped[str] = mapped_column(String(8), default="", server_default="")  # 回访方式
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    repair_number: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        Index("ix_rx_requests_state_at", "state", "registered_at"),
        Index("ix_rx_requests_at", "registered_at"),
        # the supervisor's list (escalated and not yet acknowledged) is looked at every minute
        Index("ix_rx_requests_escalated", "escalated", "major_acknowledged_by"),
        Index("ix_rx_requests_number", "number", unique=True),
    )


class RepairOrder(Base):
    """工程维修单."""

    __tablename__ = "rx_repairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    scope: Mapped[RepairScope] = mapped_column(enum_column(RepairScope))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("rx_requests.id"))
    location: Mapped[str] = mapped_column(String(120), default="")
    fault: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(40))
    reporter_phone: Mapped[str | None] = mapped_column(String(20))
    urgency: Mapped[Urgency] = mapped_column(enum_column(Urgency))
    source: Mapped[str] = mapped_column(String(60), default="")
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    technician: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[RepairState] = mapped_column(enum_column(RepairState))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    registered_by: Mapped[str] = mapped_column(String(80))
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    work_done: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    charge: Mapped[Decimal | None] = mapped_column(Money())
    check_ok: Mapped[bool | None] = mapped_column(Boolean)
    checked_by: Mapped[str] = mapped_column(String(80), default="")
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    callback_result: Mapped[CallbackResult | None] = mapped_column(enum_column(CallbackResult))
    callback_note: Mapped[str] = mapped_column(Text, default="")
    callback_method: Mapped[str] = mapped_column(String(8), default="", server_default="")  # 回访方式
    rework_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_rx_repairs_state_at", "state", "reported_at"),
        Index("ix_rx_repairs_at", "reported_at"),
    )


class RepairDispatch(Base):
    """One 派单 of a 工程维修单: to whom, when and by whom, and how it ended (finished; sent back for
    rework and why; reassigned; cancelled). The order keeps its last technician as before."""

    __tablename__ = "rx_repair_dispatches"

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(ForeignKey("rx_repairs.id"))
    seq: Mapped[int] = mapped_column(Integer)
    technician: Mapped[str] = mapped_column(String(40))
    dispatched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    dispatched_by: Mapped[str] = mapped_column(String(80), default="")
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended: Mapped[DispatchEnd | None] = mapped_column(enum_column(DispatchEnd))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_by: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("repair_id", "seq"),)


class ItemEvent(Base):
    """Every change of a reception item (request, repair, defect, violation): its full history."""

    __tablename__ = "rx_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_rx_events_entity", "entity", "entity_id", "at"),)


class Defect(Base):
    """工程遗留问题."""

    __tablename__ = "rx_defects"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    location: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[DefectKind] = mapped_column(enum_column(DefectKind))
    description: Mapped[str] = mapped_column(Text)
    reported_on: Mapped[date] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(String(40), default="")
    responsible: Mapped[str] = mapped_column(String(80), default="")
    state: Mapped[DefectState] = mapped_column(enum_column(DefectState), index=True)
    registered_by: Mapped[str] = mapped_column(String(80))
    fixed_on: Mapped[date | None] = mapped_column(Date)
    last_followup: Mapped[str] = mapped_column(Text, default="")


class ReceptionLog(Base):
    """客服接待记录表: visitors and calls not otherwise recorded."""

    __tablename__ = "rx_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    visitor: Mapped[str] = mapped_column(String(40), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    matter: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text, default="")
    clerk: Mapped[str] = mapped_column(String(80))


class Handover(Base):
    """客服部工作交接表."""

    __tablename__ = "rx_handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_date: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[HandoverState] = mapped_column(enum_column(HandoverState))
    drafted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    drafted_by: Mapped[str] = mapped_column(String(80))
    notes: Mapped[str] = mapped_column(Text, default="")
    handed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handed_to: Mapped[str] = mapped_column(String(80), default="", server_default="")  # chosen at 交班
    received_by: Mapped[str] = mapped_column(String(80), default="")
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HandoverItem(Base):
    __tablename__ = "rx_handover_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("rx_handovers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(24))
    ref: Mapped[str] = mapped_column(String(24), default="")
    unit_code: Mapped[str] = mapped_column(String(30), default="")
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    overdue: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # where the item is taken on (hooks.Place; "" on items drafted before 2960) and its record there:
    # an id, or a paper's number
    place: Mapped[str] = mapped_column(String(24), default="", server_default="")
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_number: Mapped[str] = mapped_column(String(40), default="", server_default="")


class MailItem(Base):
    """信件登记."""

    __tablename__ = "rx_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[MailKind] = mapped_column(enum_column(MailKind))
    sender: Mapped[str] = mapped_column(String(80), default="")
    tracking: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    registered_by: Mapped[str] = mapped_column(String(80))
    notified: Mapped[Notified] = mapped_column(enum_column(Notified))
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    place: Mapped[MailPlace] = mapped_column(enum_column(MailPlace), index=True)
    collected_by: Mapped[str] = mapped_column(String(40), default="")
    collected_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handed_by: Mapped[str] = mapped_column(String(80), default="")


class Notice(Created, Base):
    """通知/公告."""

    __tablename__ = "rx_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    target: Mapped[NoticeTarget] = mapped_column(enum_column(NoticeTarget))
    target_codes: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class NoticeDelivery(Base):
    """One unit's part of one sending: logged per unit."""

    __tablename__ = "rx_notice_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("rx_notices.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    phones: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Violation(Base):
    """业户违章."""

    __tablename__ = "rx_violations"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[ViolationKind] = mapped_column(enum_column(ViolationKind))
    found_on: Mapped[date] = mapped_column(Date)
    found_by: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    demanded: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    state: Mapped[ViolationState] = mapped_column(enum_column(ViolationState), index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str] = mapped_column(String(80))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
