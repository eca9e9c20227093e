"""物品放行条: owner's confirmation, gap-free numbering per year, two-part PDF read back,
return by the gate, void, unreturned slips."""
from __future__ import annotations

from datetime import datetime, timedelta
from io import BytesIO

import pytest
from rounds_data import WORKER_ID
from pypdf import PdfReader

from deskapp.contracts.rounds import SlipFilter
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.rounds import (
    ConfirmerRelation, ConfirmMethod, OwnerConfirmation, ReleaseInput, ReleaseItem, ReleaseKind,
)
from deskapp.services import hooks
from deskapp.services.rounds import release


def slip_input(ctx, unit_id, *, name="张伟", relation=ConfirmerRelation.OWNER, kind=ReleaseKind.DECORATION,
               confirmation=True) -> ReleaseInput:
    now = ctx.clock.now()
    conf = OwnerConfirmation(name, relation, ConfirmMethod.PHONE, now - timedelta(minutes=5)) if confirmation else None
    return ReleaseInput(unit_id=unit_id, kind=kind, applicant="孙大力", company="居美装饰", id_number=WORKER_ID,
                        phone="13312345678", plate="浙A12345",
                        items=(ReleaseItem("旧木门", 2, "扇"), ReleaseItem("废电线", 1, "捆")),
                        valid_from=now, valid_until=now + timedelta(hours=4), confirmation=conf)


def test_slip_without_owner_confirmation_is_refused(community, units, clerk, admin):
    with pytest.raises(ValidationError) as e:
        release.issue(community, clerk, slip_input(community, units.occupied, confirmation=False))
    assert e.value.field == "业主确认"
    assert release.slip_register(community, admin, SlipFilter()).total == 0


def test_confirmer_must_be_the_owner_or_authorised(community, units, clerk):
    with pytest.raises(ValidationError, match="不是 3-1-1502 登记的业主"):
        release.issue(community, clerk, slip_input(community, units.occupied, name="路人甲"))
    v = release.issue(community, clerk, slip_input(community, units.occupied, name="李娜",
                                                   relation=ConfirmerRelation.AUTHORISED))
    assert v.confirmed_by == "李娜"


def test_numbers_are_gap_free_per_year_and_restart(community, units, clerk, clock):
    a = release.issue(community, clerk, slip_input(community, units.occupied))
    with pytest.raises(ValidationError):
        release.issue(community, clerk, slip_input(community, units.occupied, name="路人甲"))  # refused: no number used
    b = release.issue(community, clerk, slip_input(community, units.occupied))
    assert (a.number, b.number) == ("FX2026-000001", "FX2026-000002")
    clock.set(datetime(2027, 1, 2, 9, 0))
    c = release.issue(community, clerk, slip_input(community, units.occupied))
    assert c.number == "FX2027-000001"


def test_two_part_pdf_reads_back_with_one_number_and_masked_gate_copy(community, units, clerk, supervisor):
    v = release.issue(community, clerk, slip_input(community, units.occupied))
    text = PdfReader(BytesIO(release.slip_pdf(community, clerk, v.id))).pages[0].extract_text()
    assert "物品放行条（存根）" in text and "物品放行条（放行联）" in text
    assert text.count(v.number) >= 4  # header and QR caption on both parts
    assert WORKER_ID not in text and "110***********002X" in text
    assert "旧木门" in text and "电话确认" in text
    assert text.count("申请单位/搬运公司") == 2  # the label fits its cell, not broken over two lines
    assert "申请人（签字）" in text and "门岗核验放行（签字）" in text and "存根留客服中心备查一年" in text
    # a supervisor's stub shows the full number; the gate copy stays masked
    text = PdfReader(BytesIO(release.slip_pdf(community, supervisor, v.id))).pages[0].extract_text()
    stub, gate = text.split("物品放行条（放行联）")
    assert WORKER_ID in stub and WORKER_ID not in gate


def test_qr_code_is_drawn(community, units, clerk):
    v = release.issue(community, clerk, slip_input(community, units.occupied))
    page = PdfReader(BytesIO(release.slip_pdf(community, clerk, v.id))).pages[0]
    content = page.get_contents().get_data()
    assert content.count(b" re") > 100  # QR modules are filled rectangles, two codes on the page


def test_return_void_and_overdue(community, units, clerk, admin, clock):
    a = release.issue(community, clerk, slip_input(community, units.occupied))
    b = release.issue(community, clerk, slip_input(community, units.occupied))
    release.mark_returned(community, clerk, a.id, "门岗老周")
    with pytest.raises(Conflict, match="已于"):
        release.mark_returned(community, clerk, a.id, "门岗老周")
    with pytest.raises(Conflict, match="不能作废"):
        release.void(community, clerk, a.id, "开错")
    with pytest.raises(ValidationError, match="作废原因"):
        release.void(community, clerk, b.id, " ")
    assert release.slip_register(community, admin, SlipFilter(only_overdue=True)).total == 0
    clock.advance(days=1, minutes=1)
    rows = release.slip_register(community, admin, SlipFilter(only_overdue=True)).rows
    assert [r.number for r in rows] == [b.number] and rows[0].status == "逾期未交回"
    release.void(community, clerk, b.id, "申请人取消搬运")
    assert release.slip(community, admin, b.id).void_reason == "申请人取消搬运"
    assert release.slip_register(community, admin, SlipFilter()).total == 2  # never deleted
    assert release.find(community, admin, " fx2026-000002 ").id == b.id


def test_tenant_moving_out_needs_no_warnings(community, units, clerk):
    def arrears(session, ctx, unit_id):
        return ["欠物业费 1,200.00 元"] if unit_id == units.occupied else []

    hooks.register("unit_warnings")(arrears)
    try:
        with pytest.raises(Conflict, match="欠物业费"):
            release.issue(community, clerk, slip_input(community, units.occupied, kind=ReleaseKind.TENANT_OUT))
        assert "欠物业费 1,200.00 元" in release.warnings(community, clerk, units.occupied)
    finally:
        hooks._HOOKS["unit_warnings"].remove(arrears)


def test_an_authority_given_by_a_former_owner_cannot_confirm(community, units, clerk, admin):
    from datetime import date

    from sqlalchemy import select

    from deskapp.domain.people import Relation
    from deskapp.domain.transfer import Choice
    from deskapp.services.registry import people as registry_people
    from deskapp.services.registry import transfer as registry_transfer
    from deskapp.store.models.registry import UnitPerson

    keep = {a.ref: Choice.KEEP for a in registry_transfer.arrangements(community, admin, units.occupied)}
    registry_transfer.transfer_ownership(community, admin, units.occupied, [registry_people.PersonInput("周杰")],
                                         date(2026, 11, 27), choices=keep)
    assert {c.name for c in release.confirmers(community, clerk, units.occupied)} == {"周杰", "李娜"}
    with community.uow() as uow:  # the grant as a transfer before 0702_registry_transfer left it: the seller's
        tie = uow.session.execute(select(UnitPerson).where(UnitPerson.relation == Relation.AUTHORISED)).scalar_one()
        tie.granted_by = uow.session.execute(select(UnitPerson.person_id).where(
            UnitPerson.relation == Relation.OWNER, UnitPerson.until.is_not(None))).scalar_one()
        uow.commit()
    assert [c.name for c in release.confirmers(community, clerk, units.occupied)] == ["周杰"]
    with pytest.raises(ValidationError) as e:
        release.issue(community, clerk, slip_input(community, units.occupied, name="李娜",
                                                   relation=ConfirmerRelation.AUTHORISED))
    assert e.value.field == "确认人" and "原业主 张伟" in e.value.message and "已不是业主" in e.value.message
    assert release.issue(community, clerk, slip_input(community, units.occupied, name="周杰")).confirmed_by == "周杰"
