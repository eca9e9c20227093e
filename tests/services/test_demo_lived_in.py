"""The demo logs what occupants do only where someone lives: no request, repair, letter, visit,
defect, violation or key loan for a unit not handed over (未交房), none before its handover or
before its current owners bought it, and no owner borrowing a key before the purchase. And the
desk follows its items up in office hours: nothing done, called back or closed at 02:35."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.keys import BorrowerKind
from deskapp.domain.people import Relation
from deskapp.services import demo
from deskapp.store.models.keys import KeyLoan
from deskapp.store.models.reception import (
    Defect, ItemEvent, MailItem, ReceptionLog, RepairOrder, ServiceRequest, Violation,
)
from deskapp.store.models.registry import ChronicleEntry, UnitPerson
from deskapp.store.queries import demo as demo_queries

TODAY = date(2026, 11, 27)


def _day(moment: date | datetime) -> date:
    return moment.astimezone(CENTRE_TZ).date() if isinstance(moment, datetime) else moment


@pytest.mark.slow
def test_occupants_act_only_where_and_when_someone_lives(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=300, today=TODAY))
    with ctx.reader() as uow:
        s = uow.session
        units = {u.id: u for u in demo_queries.demo_units(s)}
        assert any(u.lived_in_from is None for u in units.values())  # the demo has 未交房 units
        logged = [
            ("需求/投诉", s.execute(select(ServiceRequest.unit_id, ServiceRequest.registered_at)).all()),
            ("工程维修单", s.execute(select(RepairOrder.unit_id, RepairOrder.reported_at)).all()),
            ("信件", s.execute(select(MailItem.unit_id, MailItem.received_at)).all()),
            ("接待记录", s.execute(select(ReceptionLog.unit_id, ReceptionLog.at)).all()),
            ("工程遗留问题", s.execute(select(Defect.unit_id, Defect.reported_on)).all()),
            ("业户违章", s.execute(select(Violation.unit_id, Violation.found_on)).all()),
            ("钥匙借用", s.execute(select(KeyLoan.unit_id, KeyLoan.lent_at)).all()),
        ]
        owner_loans = s.execute(
            select(KeyLoan.lent_at, UnitPerson.since).join(
                UnitPerson, (UnitPerson.person_id == KeyLoan.borrower_person_id)
                & (UnitPerson.unit_id == KeyLoan.unit_id) & (UnitPerson.relation == Relation.OWNER))
            .where(KeyLoan.borrower_kind == BorrowerKind.OWNER)).all()
        chronicle = s.execute(select(ChronicleEntry.unit_id, ChronicleEntry.at)).all()
        steps = [*s.execute(select(ItemEvent.at)).scalars(), *s.execute(select(ServiceRequest.completed_at)).scalars(),
                 *s.execute(select(ServiceRequest.callback_at)).scalars(),
                 *s.execute(select(RepairOrder.finished_at)).scalars()]
    for register, rows in logged:
        with_unit = [(uid, _day(at)) for uid, at in rows if uid is not None]
        assert with_unit, register
        wrong = [(units[uid].code, day) for uid, day in with_unit if not units[uid].lived_in_on(day)]
        assert wrong == [], register
    assert owner_loans and all(_day(lent) >= since for lent, since in owner_loans)
    # the unit's chronicle (《单元大事记》, on the printed 业户档案) starts with its file: nothing before 建档
    before_file = [(units[uid].code, _day(at)) for uid, at in chronicle if _day(at) < units[uid].filed_on]
    assert chronicle and before_file == []
    # (the last days' chains are moved earlier as a whole so that they end before now: not those)
    settled = [t.astimezone(CENTRE_TZ) for t in steps if t is not None and _day(t) < TODAY - timedelta(days=7)]
    assert settled and [t for t in settled if not time(8, 30) <= t.time() <= time(18)] == []
