"""楼宇管家: move-ins, decoration permits and their daily checks, release slips, stairwell
rounds and satisfaction surveys."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.domain.decoration import CheckOutcome, DecorationState
from deskapp.domain.rounds import ConfirmerRelation, ConfirmMethod, FollowUp, ReleaseKind
from deskapp.domain.survey import Scale
from deskapp.domain.units import UnitState
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, Versioned, enum_column
from deskapp.store.types import Money, UTCDateTime


# ----------------------------------------------------------------- 交房


class MoveIn(Created, Base):
    __tablename__ = "move_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    handed_over_on: Mapped[date] = mapped_column(Date, index=True)
    owner_name: Mapped[str] = mapped_column(String(80))
    state_before: Mapped[UnitState] = mapped_column(enum_column(UnitState))
    state_after: Mapped[UnitState] = mapped_column(enum_column(UnitState))
    keys_count: Mapped[int] = mapped_column(Integer)
    cards: Mapped[str] = mapped_column(String(200), default="")  # "门禁卡×2、住户卡×1"
    checklist: Mapped[str] = mapped_column(Text)  # JSON list of the items ticked
    readings: Mapped[str] = mapped_column(Text)  # JSON {"水": "12.00", "电": "3.50", "燃气": "0.00"}
    fees_note: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


# ----------------------------------------------------------------- 二次装修


class Decoration(Versioned, Base):
    __tablename__ = "decorations"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    state: Mapped[DecorationState] = mapped_column(enum_column(DecorationState), index=True)
    owner_name: Mapped[str] = mapped_column(String(80))
    owner_phone: Mapped[str] = mapped_column(String(20), default="")
    company: Mapped[str] = mapped_column(String(120))
    leader: Mapped[str] = mapped_column(String(40))
    leader_phone: Mapped[str] = mapped_column(String(20))
    licence: Mapped[str] = mapped_column(String(60), default="")
    works: Mapped[str] = mapped_column(String(200))  # "、"-joined
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    deposit: Mapped[Decimal] = mapped_column(Money())
    fees: Mapped[Decimal] = mapped_column(Money())
    note: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    applied_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")
    unit_state_before: Mapped[UnitState | None] = mapped_column(enum_column(UnitState))
    power_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    power_requested_by: Mapped[str] = mapped_column(String(80), default="")
    power_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    power_done_by: Mapped[str] = mapped_column(String(80), default="")
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    stop_reason: Mapped[str] = mapped_column(Text, default="")
    first_inspected_on: Mapped[date | None] = mapped_column(Date)
    first_inspected_by: Mapped[str] = mapped_column(String(80), default="")
    first_note: Mapped[str] = mapped_column(Text, default="")
    second_due_on: Mapped[date | None] = mapped_column(Date)
    second_inspected_on: Mapped[date | None] = mapped_column(Date)
    second_inspected_by: Mapped[str] = mapped_column(String(80), default="")
    second_note: Mapped[str] = mapped_column(Text, default="")
    refund_amount: Mapped[Decimal | None] = mapped_column(Money())
    refunded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    refunded_by: Mapped[str] = mapped_column(String(80), default="")
    # the printed papers' own series: 装修许可证 (XK, at approval) and 押金退还单 (TK, at refund)
    permit_no: Mapped[str] = mapped_column(String(20), default="", server_default="")
    refund_no: Mapped[str] = mapped_column(String(20), default="", server_default="")
    end_reason: Mapped[str] = mapped_column(Text, default="", server_default="")  # 终止装修's reason (2970)
    # Optimistic locking (issue 18 §3, Versioned), as units': 2811
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns

    workers: Mapped[list["DecorationWorker"]] = relationship(order_by="DecorationWorker.id", lazy="selectin")



class DecorationWorker(Base):
    __tablename__ = "decoration_workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    id_number: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(String(20), default="")
    pass_no: Mapped[str] = mapped_column(String(24))  # 出入证号


class DecorationExtension(Base):
    __tablename__ = "decoration_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"), index=True)
    old_end: Mapped[date] = mapped_column(Date)
    new_end: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(80))


class DecorationDeduction(Base):
    __tablename__ = "decoration_deductions"

    id: Mapped[int] = mapped_column(primary_key=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money())


class DecorationCheck(Base):
    """One line of 二次装修日检表: one decoration, one day."""

    __tablename__ = "decoration_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    inspector: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[CheckOutcome] = mapped_column(enum_column(CheckOutcome))
    results: Mapped[str] = mapped_column(Text, default="{}")  # JSON item -> ItemResult value
    violation: Mapped[bool] = mapped_column(Boolean, default=False)
    violation_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("decoration_id", "day"),)


class Rectification(Base):
    """整改通知书: issued on a violation, with a deadline; escalated when not rectified by then."""

    __tablename__ = "rectifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    decoration_id: Mapped[int] = mapped_column(ForeignKey("decorations.id"), index=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("decoration_checks.id"))
    items: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(80))
    deadline: Mapped[date] = mapped_column(Date, index=True)
    rectified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rectified_by: Mapped[str] = mapped_column(String(80), default="")
    rectified_note: Mapped[str] = mapped_column(Text, default="")
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# ----------------------------------------------------------------- 物品放行条


class ReleaseSlip(Base):
    __tablename__ = "release_slips"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[ReleaseKind] = mapped_column(enum_column(ReleaseKind))
    applicant: Mapped[str] = mapped_column(String(40))
    company: Mapped[str] = mapped_column(String(120), default="")
    id_number: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(String(20))
    plate: Mapped[str] = mapped_column(String(12), default="")
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime())
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_by: Mapped[str] = mapped_column(String(40))
    confirmer_relation: Mapped[ConfirmerRelation] = mapped_column(enum_column(ConfirmerRelation))
    confirm_method: Mapped[ConfirmMethod] = mapped_column(enum_column(ConfirmMethod))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    issued_by: Mapped[str] = mapped_column(String(80))  # the clerk who took the confirmation
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    returned_by: Mapped[str] = mapped_column(String(40), default="")  # the gate guard
    returned_recorded_by: Mapped[str] = mapped_column(String(80), default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by: Mapped[str] = mapped_column(String(80), default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list["ReleaseSlipItem"]] = relationship(order_by="ReleaseSlipItem.id", lazy="selectin")

    # the open slips (not returned, not void) are what the desk and the morning list look for
    __table_args__ = (UniqueConstraint("year", "seq"), Index("ix_release_slips_open", "returned_at", "voided_at",
                                                             "issued_at"))


class ReleaseSlipItem(Base):
    __tablename__ = "release_slip_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("release_slips.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(8), default="件")


# ----------------------------------------------------------------- 楼道巡查


class RoundRoute(Base):
    __tablename__ = "round_routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the day the route was set up: no scheduled round before it is missed (2977; None only for a
    # route the migration could not date, which it never leaves)
    set_up_on: Mapped[date | None] = mapped_column(Date)

    points: Mapped[list["RoundPoint"]] = relationship(order_by="RoundPoint.position", lazy="selectin")


class RoundPoint(Base):
    __tablename__ = "round_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("round_routes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))


class RoundRun(Base):
    """One round of one route on one day."""

    __tablename__ = "round_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("round_routes.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    steward: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("route_id", "day"),)


class RoundResult(Base):
    """One point of a round: all in order, or findings."""

    __tablename__ = "round_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("round_runs.id"), index=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("round_points.id"))
    ok: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime())

    findings: Mapped[list["RoundFinding"]] = relationship(order_by="RoundFinding.id", lazy="selectin")

    __table_args__ = (UniqueConstraint("run_id", "point_id"),)


class RoundFinding(Base):
    __tablename__ = "round_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    result_id: Mapped[int] = mapped_column(ForeignKey("round_results.id"), index=True)
    item: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[FollowUp | None] = mapped_column(enum_column(FollowUp))
    follow_up_ref: Mapped[str] = mapped_column(String(40), default="")
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# ----------------------------------------------------------------- 满意度调查


class SurveyCampaign(Created, Base):
    __tablename__ = "survey_campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    sample_share: Mapped[Decimal | None] = mapped_column(Money())  # 0.30 = 30 %; None = every unit
    seed: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    questions: Mapped[list["SurveyQuestion"]] = relationship(order_by="SurveyQuestion.position", lazy="selectin")


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("survey_campaigns.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(80))
    scale: Mapped[Scale] = mapped_column(enum_column(Scale))


class SurveySample(Base):
    """A unit drawn for the campaign, and how the visit or call went (the last contact)."""

    __tablename__ = "survey_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("survey_campaigns.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    building: Mapped[str] = mapped_column(String(40))
    contacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    contacted_by: Mapped[str] = mapped_column(String(80), default="")
    method: Mapped[str] = mapped_column(String(8), default="")  # 上门 / 电话
    reached: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    respondent: Mapped[str] = mapped_column(String(40), default="")
    comment: Mapped[str] = mapped_column(Text, default="")  # the owner's experience of the service
    shortfalls: Mapped[str] = mapped_column(Text, default="", server_default="")  # what still falls short
    needs: Mapped[str] = mapped_column(Text, default="", server_default="")  # what they need the centre's help with

    __table_args__ = (UniqueConstraint("campaign_id", "unit_id"), Index("ix_survey_samples_campaign", "campaign_id"))


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("survey_samples.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_questions.id"))
    score: Mapped[int] = mapped_column(Integer)

    # Covering for the survey's results (counted per question and score, issue 21): the answers
    # of a campaign's samples are read from the index alone.
    __table_args__ = (UniqueConstraint("sample_id", "question_id"),
                      Index("ix_speed_survey_answers_sample_question_score", "sample_id", "question_id", "score"))
