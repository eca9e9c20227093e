"""交房: state, start readings, keys and the record move together — and nothing when one part fails."""
from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.units import UnitState
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import movein


def data(ctx, unit_id, **changes) -> movein.MoveInInput:
    values = dict(unit_id=unit_id, handed_over_on=ctx.clock.today(), owner_name="赵强",
                  ticked=tuple(movein.checklist(ctx)), keys_count=3,
                  readings={"水": "12.5", "电": "803", "燃气": "0"}, cards="门禁卡×2、住户卡×1",
                  state_after=UnitState.OCCUPIED)
    values.update(changes)
    return movein.MoveInInput(**values)


def _readings(ctx, unit_id):
    from sqlalchemy import select

    from deskapp.store.models.billing_meters import Meter, MeterReading

    with ctx.reader() as uow:
        return {k.value: v for k, v in uow.session.execute(
            select(Meter.kind, MeterReading.value).join(Meter, Meter.id == MeterReading.meter_id)
            .where(Meter.unit_id == unit_id))}


def _handovers(ctx, unit_id):
    from sqlalchemy import select

    from deskapp.store.models.keys import KeyHandover

    with ctx.reader() as uow:
        return [h.count for h in uow.session.execute(select(KeyHandover).where(KeyHandover.unit_id == unit_id))
                .scalars()]


def test_move_in_moves_state_readings_and_keys_together(community, units, clerk, admin):
    mid = movein.move_in(community, clerk, data(community, units.undelivered))
    page = registry_units.unit_page(community, admin, units.undelivered)
    assert page.state is UnitState.OCCUPIED and page.delivered_on == community.clock.today()
    assert {k: str(v) for k, v in _readings(community, units.undelivered).items()} == {"水表": "12.50",
                                                                                    "电表": "803.00"}
    assert _handovers(community, units.undelivered) == [3]
    assert any(e.kind.value == "交房" for e in page.chronicle)
    text = PdfReader(BytesIO(movein.record_pdf(community, clerk, mid))).pages[0].extract_text()
    assert "交房（收楼）记录" in text and "3-2-0801" in text and "803.00" in text and "业主（签字）" in text


def test_nothing_is_kept_when_one_part_fails(community, units, clerk, admin):
    # the keys part refuses 51 keys after the readings were written in the same transaction
    with pytest.raises(ValidationError, match="钥匙数量"):
        movein.move_in(community, clerk, data(community, units.undelivered, keys_count=51))
    assert registry_units.unit_page(community, admin, units.undelivered).state is UnitState.UNDELIVERED
    assert _readings(community, units.undelivered) == {}
    assert _handovers(community, units.undelivered) == []
    assert movein.for_unit(community, admin, units.undelivered) is None


def test_checklist_must_be_complete(community, units, clerk):
    with pytest.raises(ValidationError, match="尚未完成"):
        movein.move_in(community, clerk, data(community, units.undelivered, ticked=("钥匙已移交",)))


def test_only_undelivered_units_and_their_owner(community, units, clerk):
    with pytest.raises(Conflict, match="已交房"):
        movein.move_in(community, clerk, data(community, units.occupied, owner_name="张伟"))
    with pytest.raises(ValidationError, match="不是 3-2-0801 登记的业主"):
        movein.move_in(community, clerk, data(community, units.undelivered, owner_name="张伟"))
    with pytest.raises(ValidationError, match="燃气表起始读数"):
        movein.move_in(community, clerk, data(community, units.undelivered, readings={"水": "1", "电": "2"}))
