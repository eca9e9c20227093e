"""产权变更 ends or keeps each of the seller's arrangements by an explicit choice; an authority
given by a former owner is refused when lending keys."""
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.idcard import IdType, check_digit
from deskapp.domain.keys import BorrowerKind, HoldReason, KeyKind, KeyState, Purpose
from deskapp.domain.people import Authority, Relation
from deskapp.domain.transfer import ArrangementKind, Choice
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import prints as registry_prints
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import transfer as registry_transfer
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Approval, Borrower
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import UnitPerson

OWNER_ID = "11010519491231002X"
AUTH_ID = "11010519800101001" + check_digit("11010519800101001")


@pytest.fixture
def unit(community, admin, clerk):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "自住"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number=OWNER_ID),
                        Relation.OWNER, since=date(2020, 1, 1))
    registry_people.add_person(community, admin, uid, PersonInput("李四", "13900139000", id_number=AUTH_ID),
                        Relation.AUTHORISED, authorities=(Authority.KEYS, Authority.RELEASE), since=date(2021, 1, 1))
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT,
                        since=date(2025, 1, 1), lease_start=date(2025, 1, 1), lease_end=date(2027, 12, 31))
    registry_instructions.add_instruction(community, admin, uid, "钥匙只可借给授权人李四", date(2021, 1, 1))
    keys.register_key(community, clerk, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    return uid


def _choices(ctx, admin, uid, **by_kind):
    return {a.ref: by_kind.get(a.kind.name, a.default)
            for a in registry_transfer.arrangements(ctx, admin, uid)}


def _lend_to_li_si(ctx, clerk, uid, approval=None):
    key = keys.keys_of_unit(ctx, clerk, uid)[0]
    pid = next(c.person_id for c in keys.lending_brief(ctx, clerk, uid).candidates if c.name == "李四")
    return keys.lend_key(ctx, clerk, key.id, Borrower(pid, "李四", IdType.RESIDENT, AUTH_ID), Purpose.REPAIR,
                         instructions_seen=True, approval=approval)


def test_arrangements_list_each_of_the_sellers_with_defaults(community, admin, unit):
    listed = {a.kind: a for a in registry_transfer.arrangements(community, admin, unit)}
    assert set(listed) == {ArrangementKind.AUTHORISED, ArrangementKind.TENANT, ArrangementKind.INSTRUCTION,
                           ArrangementKind.KEY}
    assert listed[ArrangementKind.AUTHORISED].text == "李四（借用钥匙、物品放行确认）"
    assert listed[ArrangementKind.AUTHORISED].default is Choice.END
    assert listed[ArrangementKind.INSTRUCTION].default is Choice.END
    assert listed[ArrangementKind.TENANT].default is Choice.KEEP


def test_transfer_ends_the_chosen_arrangements_in_one_audited_step(community, admin, clerk, unit):
    result = registry_transfer.transfer_ownership(
        community, admin, unit, [PersonInput("赵六", "13500135000")], date(2026, 10, 1),
        choices=_choices(community, admin, unit, KEY=Choice.END))
    page = registry_units.unit_page(community, admin, unit)
    assert [(p.name, p.relation) for p in page.people] == [("赵六", Relation.OWNER), ("王五", Relation.TENANT)]
    assert {p.name for p in page.history} == {"张三", "李四"}
    assert page.instructions == []
    assert keys.keys_of_unit(community, clerk, unit) == []
    assert keys.keys_of_unit(community, clerk, unit, include_ended=True)[0].state is KeyState.RETIRED
    assert "授权人 李四（借用钥匙、物品放行确认）：授权结束" in result.settled
    assert "租户 王五（租期至 2027-12-31）：保留，租约继续" in result.settled
    assert "原业主的安排" in page.chronicle[0].text and "前台须知 钥匙只可借给授权人李四：撤销" in page.chronicle[0].text
    # the transfer's own line says what became of each arrangement, on the page and on the printed 业户档案
    transfer, = page.transfers
    assert "授权人 李四（借用钥匙、物品放行确认）：授权结束" in transfer.settled and len(transfer.settled) == len(result.settled)
    printed = "".join(pg.extract_text() for pg in PdfReader(BytesIO(registry_prints.unit_file_pdf(
        community, admin, unit))).pages).replace("\n", "")
    assert "原业主的安排" in printed and "授权结束" in printed and "租约继续" in printed
    with community.reader() as uow:
        actions = uow.session.execute(select(AuditEntry.action)).scalars().all()
    assert {"registry.transfer", "registry.person.end", "registry.instruction.withdraw", "keys.transfer"} <= set(actions)


def test_every_arrangement_needs_a_choice_and_nothing_is_written_without(community, admin, unit):
    choices = _choices(community, admin, unit)
    choices.pop(next(iter(choices)))
    with pytest.raises(ValidationError) as err:
        registry_transfer.transfer_ownership(community, admin, unit, [PersonInput("赵六")], date(2026, 10, 1),
                                             choices=choices)
    assert err.value.field == "原业主的安排"
    assert [p.name for p in registry_units.unit_page(community, admin, unit).people if p.relation is Relation.OWNER] == ["张三"]


def test_a_lent_key_cannot_be_ended_and_nothing_is_written(community, admin, clerk, unit):
    _lend_to_li_si(community, clerk, unit)
    with pytest.raises(Conflict, match="尚未归还"):
        registry_transfer.transfer_ownership(community, admin, unit, [PersonInput("赵六")], date(2026, 10, 1),
                                             choices=_choices(community, admin, unit, KEY=Choice.END))
    assert registry_units.unit_page(community, admin, unit).transfers == []


def test_lending_refuses_an_authority_given_by_the_seller(community, admin, clerk, supervisor, unit):
    lent = _lend_to_li_si(community, clerk, unit)
    assert lent.borrower_kind is BorrowerKind.AUTHORISED
    keys.return_key(community, clerk, lent.loan_id, "李四")
    # 保留 at the transfer: the new owner stands behind the authority, so it still lends.
    registry_transfer.transfer_ownership(community, admin, unit, [PersonInput("赵六")], date(2026, 10, 1),
                                         choices=_choices(community, admin, unit, AUTHORISED=Choice.KEEP,
                                                          INSTRUCTION=Choice.KEEP))
    lent = _lend_to_li_si(community, clerk, unit)
    assert lent.borrower_kind is BorrowerKind.AUTHORISED
    keys.return_key(community, clerk, lent.loan_id, "李四")
    # An authorisation the seller gave that no transfer re-granted (a transfer made before
    # 0702_registry_transfer, whose backfill names the seller as grantor).
    with community.uow() as uow:
        tie = uow.session.execute(select(UnitPerson).where(UnitPerson.relation == Relation.AUTHORISED)).scalar_one()
        tie.granted_by = next(t.person_id for t in uow.session.execute(select(UnitPerson)).scalars()
                              if t.relation is Relation.OWNER and t.until is not None)
        uow.commit()
    brief = keys.lending_brief(community, clerk, unit)
    assert not next(c for c in brief.candidates if c.name == "李四").may_borrow
    with pytest.raises(ValidationError) as err:
        _lend_to_li_si(community, clerk, unit)
    assert "原业主 张三" in err.value.message and "已不是业主" in err.value.message
    res = _lend_to_li_si(community, clerk, unit, approval=Approval(supervisor, "新业主电话同意借用"))
    assert res.borrower_kind is BorrowerKind.OTHER and not res.verified


def test_a_co_owner_gives_an_authorisation_that_ends_when_that_co_owner_sells(community, admin, clerk, unit):
    # 张三 and 李梅 own together; 李梅 authorises 赵强, and only a current owner may be named
    li_mei_tie = registry_people.add_person(community, admin, unit, PersonInput("李梅", "13600136000"), Relation.OWNER,
                                            since=date(2020, 1, 1))
    with community.reader() as uow:
        li_mei = uow.registry.get(UnitPerson, li_mei_tie).person_id
        tenant = next(t.person_id for t in uow.registry.ties(unit) if t.relation is Relation.TENANT)
    with pytest.raises(ValidationError) as e:
        registry_people.add_person(community, admin, unit, PersonInput("赵强"), Relation.AUTHORISED,
                                   authorities=(Authority.KEYS,), granted_by=tenant)
    assert e.value.field == "授权业主"
    registry_people.add_person(community, admin, unit, PersonInput("赵强", "13500135000"), Relation.AUTHORISED,
                               authorities=(Authority.KEYS,), granted_by=li_mei)
    zhao = next(p for p in registry_units.unit_page(community, admin, unit).people if p.name == "赵强")
    li_si = next(p for p in registry_units.unit_page(community, admin, unit).people if p.name == "李四")
    assert (zhao.granted_by, li_si.granted_by) == ("李梅", "张三")  # the first owner when none is named
    printed = "".join(pg.extract_text() for pg in PdfReader(BytesIO(registry_prints.unit_file_pdf(
        community, admin, unit))).pages).replace("\n", "")
    assert "借用钥匙（李梅 授权）" in printed
