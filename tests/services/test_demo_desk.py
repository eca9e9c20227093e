"""What a new clerk, steward or supervisor first meets in the demo centre: card deposits in the
押金台账 taken (and some given back) through the deposit service into the clerks' drawers and handed
over; requests and repair orders with who handles them and the caller's phone (masked); owners
whose 起始日期 never comes before the unit's file (建档); and every past day's 交接表 listing what
was open at that shift's end, as 交班 drafts it."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing_deposits import DepositKind, EntryKind
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.keys import CardKind, CardState
from deskapp.domain.people import Relation
from deskapp.domain.permissions import Role
from deskapp.domain.reception import Department, RepairScope, RequestState
from deskapp.services import demo
from deskapp.services.billing import deposits, handover as billing_handover
from deskapp.services.context import Actor
from deskapp.services.keys import cards
from deskapp.services.reception import desk, repairs, requests
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.billing_deposits import Deposit, DepositEntry, DepositHandover
from deskapp.store.models.reception import Handover, HandoverItem, ItemEvent, RepairOrder, ServiceRequest
from deskapp.store.models.registry import ChronicleEntry, UnitPerson

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 27)  # the tests' clock


@pytest.fixture
def centre(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=5, units=160))
    return ctx


def _clerk(ctx, username: str, name: str) -> Actor:
    from deskapp.store.queries import demo as demo_queries

    with ctx.reader() as uow:
        return Actor(demo_queries.user_id(uow.session, username), username, name, Role.CLERK)


def test_cards_take_the_house_deposit_at_the_counter_and_some_give_it_back(centre, supervisor):
    page = deposits.deposit_page(centre, supervisor, DepositFilter(kind=DepositKind.CARD, state=None),
                                 limit=500)
    rows = page.rows
    assert len(rows) >= 5, "the 押金台账 shows card deposits"
    assert {r.amount for r in rows} == {Decimal("50.00")}
    given_back = [r for r in rows if r.refunded]
    assert given_back and all(r.held == 0 and r.refunded == r.amount for r in given_back)
    assert any(r.held == Decimal("50.00") for r in rows)
    since = max(demo.worked_since(demo.DemoPlan(today=TODAY)), TODAY - timedelta(days=90))
    assert all(since <= r.taken_on <= TODAY for r in rows)
    with centre.reader() as uow:
        s = uow.session
        entries = s.execute(select(DepositEntry.id, DepositEntry.kind, DepositEntry.cashier, DepositEntry.day)
                            .join(Deposit, Deposit.id == DepositEntry.deposit_id)
                            .where(Deposit.kind == DepositKind.CARD)).all()
        handed = set(s.execute(select(DepositHandover.entry_id)).scalars())
        audited = s.execute(select(AuditEntry.action, AuditEntry.actor_name)
                            .where(AuditEntry.action.like("billing.deposit.%"))).all()
    # each taken into (and given back from) a clerk's drawer on its day, and handed over by that day's 费用移交
    assert {e.kind for e in entries} == {EntryKind.TAKEN, EntryKind.REFUNDED}
    assert all(e.cashier in ("linxy", "zhouting") and e.day is not None for e in entries)
    assert all(e.id in handed for e in entries if e.day < TODAY)
    # through the deposit service: one audit row per entry, signed by the clerk
    action = {EntryKind.TAKEN: "billing.deposit.take", EntryKind.REFUNDED: "billing.deposit.refunded"}
    assert sorted(a for a, _ in audited) == sorted(action[e.kind] for e in entries)
    assert {u for _, u in audited} == {"linxy", "zhouting"}  # the clerks' accounts
    # the card itself says so: its deposit, and a card handed back is cancelled with nothing held
    with_deposit = [c for c in cards.cards(centre, supervisor, active_only=False) if c.deposit]
    assert {c.kind for c in with_deposit} <= {CardKind.ACCESS, CardKind.RESIDENT}
    back = [c for c in with_deposit if c.state is CardState.CANCELLED]
    assert back and all(c.deposit_held == 0 for c in back)
    assert any(c.state is CardState.ACTIVE and c.deposit_held == Decimal("50.00") for c in with_deposit)
    # the clerks' drawers hold no earlier day's deposit money: today's 费用移交 lists none of it
    for username, name in (("linxy", "林晓燕"), ("zhouting", "周婷")):
        draft = billing_handover.draft(centre, _clerk(centre, username, name))
        assert all(d.amount for d in draft.deposits) and not [d for d in draft.deposits if "卡" not in d.paper]


def test_requests_name_their_handler_and_callers_leave_a_phone(centre, supervisor):
    with centre.reader() as uow:
        s = uow.session
        reqs = s.execute(select(ServiceRequest.id, ServiceRequest.department, ServiceRequest.handler,
                                ServiceRequest.caller, ServiceRequest.caller_phone, ServiceRequest.unit_id)).all()
        orders = s.execute(select(RepairOrder.number, RepairOrder.scope, RepairOrder.reporter_phone,
                                  RepairOrder.technician, RepairOrder.dispatched_at)).all()
    dispatched = [r for r in reqs if r.department is not None]
    assert dispatched and all(r.handler for r in dispatched), "a dispatched request names who handles it"
    assert all(not r.handler for r in reqs if r.department is None)
    engineering = {r.handler for r in dispatched if r.department is Department.ENGINEERING}
    assert engineering and engineering <= {"王建国", "李师傅", "赵明", "孙立强", "周海"}  # the technicians
    from_units = [r for r in reqs if r.unit_id is not None]
    assert sum(1 for r in from_units if r.caller_phone) > 0.8 * len(from_units)
    assert all(r.caller_phone is None for r in reqs if not r.caller)
    assert all(r.reporter_phone for r in orders if r.scope is RepairScope.PUBLIC)
    assert sum(1 for r in orders if r.reporter_phone) > 0.8 * len(orders)
    assert all(r.technician for r in orders if r.dispatched_at is not None)
    # shown masked, as every phone is
    one = next(r for r in from_units if r.caller_phone and r.department is not None)
    shown = requests.request_detail(centre, supervisor, one.id)
    assert shown.handler == one.handler
    assert shown.caller_phone == one.caller_phone[:3] + "****" + one.caller_phone[-4:]
    number = next(r.number for r in orders if r.reporter_phone)
    assert "****" in repairs.repair_detail(centre, supervisor, number).reporter_phone


def test_no_owner_starts_before_the_units_file(centre):
    with centre.reader() as uow:
        s = uow.session
        filed = {uid: at.astimezone(CENTRE_TZ).date() for uid, at in s.execute(
            select(ChronicleEntry.unit_id, ChronicleEntry.at).where(ChronicleEntry.kind == "CREATED"))}
        ties = s.execute(select(UnitPerson.unit_id, UnitPerson.since, UnitPerson.relation)).all()
    owners = [t for t in ties if t.relation is Relation.OWNER]
    assert owners and filed
    early = [(uid, since, filed[uid]) for uid, since, _ in ties if since is not None and since < filed[uid]]
    assert early == []


def test_every_past_handover_lists_what_was_open_at_its_shift_end(centre, clerk):
    with centre.reader() as uow:
        s = uow.session
        sheets = s.execute(select(Handover.id, Handover.shift_date, Handover.drafted_at)
                           .order_by(Handover.shift_date)).all()
        items = s.execute(select(HandoverItem.handover_id, HandoverItem.ref, HandoverItem.kind,
                                 HandoverItem.text, HandoverItem.place, HandoverItem.record_id)).all()
        registered = dict(s.execute(select(ServiceRequest.id, ServiceRequest.registered_at)).all())
        steps = s.execute(select(ItemEvent.entity_id, ItemEvent.at, ItemEvent.to_state)
                          .where(ItemEvent.entity == "request").order_by(ItemEvent.at, ItemEvent.id)).all()
    assert len(sheets) == 365 and sheets[-1].shift_date == TODAY - timedelta(days=1)
    by_sheet: dict[int, list] = {}
    for i in items:
        by_sheet.setdefault(i.handover_id, []).append(i)
    assert all(by_sheet.get(h.id) for h in sheets), "no past handover is empty"

    def state_at(request_id: int, moment: datetime) -> str | None:
        state = None
        for rid, when, to in steps:
            if rid == request_id and when <= moment:
                state = to
        return state

    # a request on a sheet was registered before it was drafted and still open (or awaiting its callback) then
    open_states = {s.value for s in (RequestState.PENDING, RequestState.DISPATCHED, RequestState.IN_PROGRESS,
                                     RequestState.DEFERRED, RequestState.DONE)}
    earlier_days = 0
    for h in sheets[-60:]:
        for i in by_sheet[h.id]:
            if i.place != "requests":
                continue
            assert registered[i.record_id] <= h.drafted_at
            assert state_at(i.record_id, h.drafted_at) in open_states, (h.shift_date, i.ref, i.text)
            earlier_days += registered[i.record_id].astimezone(CENTRE_TZ).date() < h.shift_date
    assert earlier_days, "a sheet passes on items from earlier days, not only the day's own"
    # worded as 交班 words them, with the line counting what stays on the morning list
    kinds = {i.kind for i in items}
    assert {"往日未完成", "工程遗留问题"} <= kinds and kinds & {"户内维修", "公共维修"}
    assert any(i.text.startswith("另有 ") and i.text.endswith("项往日未完成事项未列入，见早班清单") for i in items)
    # and the clerk reads the latest one as the 交班 tab shows it
    latest = desk.handover(centre, clerk, sheets[-1].id)
    assert latest.items and all(i.place is not None for i in latest.items if i.kind != "往日未完成")
