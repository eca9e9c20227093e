"""空置房 / 出租单元: a vacant unit's check (findings become a repair order and an owner notice, keys and
mail read from their areas), bad input refused at its field with nothing written, the morning list,
tenants with their lease, 通知业主, and the two monthly registers."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from support import make_actor

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.keys import HoldReason, KeyKind
from deskapp.domain.occupancy import CheckItem, CheckLine, FindingAction, TenantInput
from deskapp.domain.permissions import Role
from deskapp.domain.reception import MailKind
from deskapp.domain.units import UnitState
from deskapp.services import exports, hooks
from deskapp.services.keys import custody
from deskapp.services.occupancy import rentals, vacant
from deskapp.services.reception import notices, registers as rx_registers
from deskapp.services.reception.repairs import repair_register
from deskapp.contracts.reception import RepairFilter
from deskapp.services.registry import units as registry_units
from deskapp.store.models.accounts import AuditEntry

DAY = date(2026, 11, 27)  # the test clock's day
LQ = make_actor(Role.STEWARD, "李强")
ZT = make_actor(Role.CLERK, "周婷")


@pytest.fixture
def homes(community, admin):
    """3-1-101 vacant, 3-1-102 lived in by its owner."""
    return [registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": room,
                                                          "building_area": "90", "state": state},
                                       delivered_on=date(2020, 1, 1))
            for room, state in (("101", "空置"), ("102", "自住"))]


def _lines(**findings) -> list[CheckLine]:
    """All OK but the named items: name=(note, action)."""
    return [CheckLine(i, i.name not in findings, *findings.get(i.name, ("", FindingAction.NOTE))) for i in CheckItem]


def _audit(ctx, prefix: str) -> list[str]:
    with ctx.reader() as uow:
        return [r.action for r in uow.session.query(AuditEntry).filter(AuditEntry.action.like(prefix))
                .order_by(AuditEntry.id)]


def test_a_check_with_findings_makes_a_repair_order_and_an_owner_notice(homes, community):
    empty, _ = homes
    custody.register_key(community, ZT, empty, KeyKind.ENTRANCE, 2, "A-1", HoldReason.VACANT, "业主委托")
    rx_registers.record_mail(community, ZT, unit_id=empty, kind=MailKind.LETTER)
    facts = vacant.check_facts(community, LQ, empty)
    assert facts.code == "3-1-101" and "A-1" in facts.keys_held and facts.mail_waiting == 1
    vacant.record_check(community, LQ, empty, DAY, _lines(LEAKS=("厨房水管滴水", FindingAction.REPAIR),
                                                           WINDOWS=("阳台窗未关", FindingAction.NOTICE)))
    repairs = repair_register(community, LQ, RepairFilter()).rows
    assert [(r.unit_code, "厨房水管滴水" in r.fault) for r in repairs] == [("3-1-101", True)]
    assert any(n.title == "3-1-101 空置房巡查情况告知" and n.target_codes == "3-1-101"
               for n in notices.notices(community, LQ))
    row, = vacant.unit_checks(community, LQ, empty)
    assert row.checked_on == DAY and f"维修单 {repairs[0].number}" in row.findings and "已通知业主" in row.findings
    assert _audit(community, "occupancy.%") == ["occupancy.check"]


@pytest.mark.parametrize("which, day, lines, field", [
    (1, DAY, None, "房屋"),  # the owner lives there: not a vacant unit
    (0, date(2026, 11, 28), None, "检查日期"),
    (0, DAY, _lines(POWER=("  ", FindingAction.REPAIR)), CheckItem.POWER.value),
    (0, DAY, _lines()[:4], "检查项目"),
])
def test_a_bad_check_is_refused_at_its_field_and_nothing_written(homes, community, which, day, lines, field):
    with pytest.raises(ValidationError) as e:
        vacant.record_check(community, LQ, homes[which], day, lines if lines is not None else _lines())
    assert e.value.field == field
    assert vacant.unit_checks(community, LQ, homes[0]) == []
    assert repair_register(community, LQ, RepairFilter()).rows == []


def test_a_vacant_unit_unchecked_this_month_is_on_the_stewards_morning_list(homes, community):
    def items(actor):
        with community.reader() as uow:
            return [i for i in hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, actor, DAY)
                    if i.kind == "空置房检查"]
    assert [(i.unit_code, i.text) for i in items(LQ)] == [("3-1-101", "本月尚未巡查（从未巡查）")]
    assert items(ZT) == []  # the steward's duty
    vacant.record_check(community, LQ, homes[0], date(2026, 10, 30), _lines())
    assert [i.text for i in items(LQ)] == ["本月尚未巡查（上次 2026-10-30）"]
    vacant.record_check(community, LQ, homes[0], date(2026, 11, 2), _lines())
    assert items(LQ) == []
    assert [r.due for r in vacant.vacant_units(community, LQ)] == [False]


@pytest.mark.parametrize("tenant, field", [
    (TenantInput("", "13800001111", date(2026, 12, 1), date(2027, 11, 30)), "姓名"),
    (TenantInput("赵六", "", date(2026, 12, 1), date(2027, 11, 30)), "手机号"),
    (TenantInput("赵六", "13800001111", date(2026, 12, 1), date(2026, 11, 30)), "租期结束"),
    (TenantInput("赵六", "13800001111", None, date(2026, 11, 30)), "租期开始"),
])
def test_a_bad_tenant_is_refused_at_its_field_and_nothing_written(homes, community, tenant, field):
    with pytest.raises(ValidationError) as e:
        rentals.register_tenant(community, ZT, homes[0], tenant)
    assert e.value.field == field
    assert rentals.tenants(community, ZT) == []


def test_a_tenant_with_the_lease_ending_is_listed_and_the_owner_notified(homes, community):
    tie = rentals.register_tenant(community, ZT, homes[0], TenantInput("赵六", "13800001111", date(2025, 12, 20),
                                                                       date(2026, 12, 19)))
    rentals.register_tenant(community, ZT, homes[1], TenantInput("钱七", "13900002222", date(2026, 6, 1),
                                                                 date(2027, 5, 31)))
    assert [r.name for r in rentals.tenants(community, ZT)] == ["赵六", "钱七"]
    ending, = rentals.tenants(community, ZT, ending_only=True)
    assert (ending.tie_id, ending.unit_code, ending.phone, ending.over) == (tie, "3-1-101", "138****1111", False)
    page = registry_units.unit_page(community, ZT, homes[0])
    assert page.state.value == "出租" and [p.name for p in page.people if p.relation.value == "租户"] == ["赵六"]
    notice_id = rentals.notify_owner(community, ZT, tie)
    n = next(n for n in notices.notices(community, ZT) if n.id == notice_id)
    assert n.title == "3-1-101 租约到期提醒" and "2026-12-19" in n.body and n.target_codes == "3-1-101"
    assert rentals.tenants(community, ZT, ending_only=True)[0].notified_on == DAY
    with community.reader() as uow:
        items = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, ZT, DAY)
    assert [i.text for i in items if i.kind == "租约到期"] == ["租户 赵六 租期至 2026-12-19，已通知业主"]
    assert _audit(community, "occupancy.%") == ["occupancy.tenant", "occupancy.tenant", "occupancy.notify"]


def test_a_tenant_past_the_lease_end_is_over(homes, community):
    rentals.register_tenant(community, ZT, homes[0], TenantInput("赵六", "13800001111", date(2025, 11, 1),
                                                                 date(2026, 10, 31)))
    row, = rentals.tenants(community, ZT, unit_id=homes[0])
    assert row.over


def test_a_renewal_moves_the_lease_end_on_and_a_move_out_ends_the_tenancy(homes, community):
    """续租 and 退租 were only in the registry's 编辑人员 / 结束关系 on the unit page, and 结束关系 left the
    unit 出租 with nobody in it. From the 出租房屋 tab now: a renewal to a later end (an earlier one is
    refused at 新租期结束), a move-out on a day not in the future, the unit then 空置 or 自住 as asked."""
    tie = rentals.register_tenant(community, ZT, homes[0], TenantInput("赵六", "13800001111", date(2025, 11, 1),
                                                                       date(2026, 10, 31)))
    with pytest.raises(ValidationError) as e:
        rentals.renew_lease(community, ZT, tie, date(2026, 10, 31))
    assert e.value.field == "新租期结束" and "原租期结束 2026-10-31" in e.value.message
    rentals.renew_lease(community, ZT, tie, date(2027, 10, 31))
    row, = rentals.tenants(community, ZT, unit_id=homes[0])
    assert (row.lease_end, row.over) == (date(2027, 10, 31), False)
    assert rentals.tenants(community, ZT, ending_only=True) == []

    with pytest.raises(ValidationError) as e:
        rentals.end_lease(community, ZT, tie, date(2026, 11, 28), UnitState.VACANT)
    assert e.value.field == "退租日期"
    with pytest.raises(ValidationError) as e:
        rentals.end_lease(community, ZT, tie, date(2025, 10, 1), UnitState.VACANT)
    assert e.value.field == "退租日期" and "2025-11-01" in e.value.message
    assert rentals.tenants(community, ZT, unit_id=homes[0]) and registry_units.unit_page(
        community, ZT, homes[0]).state is UnitState.RENTED  # nothing written
    assert rentals.end_lease(community, ZT, tie, DAY, UnitState.OCCUPIED, "钥匙、门禁卡已交回") is UnitState.OCCUPIED
    assert rentals.tenants(community, ZT, unit_id=homes[0]) == []
    page = registry_units.unit_page(community, ZT, homes[0])
    assert page.state is UnitState.OCCUPIED and "租户" not in [p.relation.value for p in page.people]
    with pytest.raises(Conflict):
        rentals.renew_lease(community, ZT, tie, date(2028, 1, 1))
    assert _audit(community, "occupancy.%") == ["occupancy.tenant", "occupancy.renew", "occupancy.move_out"]


def test_a_unit_with_another_tenant_stays_rented_when_one_moves_out(homes, community):
    first = rentals.register_tenant(community, ZT, homes[0], TenantInput("赵六", "13800001111", date(2025, 11, 1),
                                                                         date(2026, 10, 31)))
    rentals.register_tenant(community, ZT, homes[0], TenantInput("孙八", "13700003333", date(2025, 11, 1),
                                                                 date(2027, 10, 31)))
    assert rentals.end_lease(community, ZT, first, DAY, UnitState.VACANT) is UnitState.RENTED
    assert [r.name for r in rentals.tenants(community, ZT, unit_id=homes[0])] == ["孙八"]


def test_the_monthly_registers(homes, community, tmp_path):
    vacant.record_check(community, LQ, homes[0], DAY, _lines(MAIL=("信箱塞满", FindingAction.NOTE)))
    rentals.register_tenant(community, ZT, homes[1], TenantInput("钱七", "13900002222", date(2026, 6, 1),
                                                                 date(2026, 11, 30)))
    out = tmp_path / "vacant.xlsx"
    assert exports.run_export(community, ZT, "vacant-checks", out, exports.ExportOptions(month="2026-11")) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[header][3:8] == tuple(i.value for i in CheckItem)
    assert rows[header + 1][2:8] == ("3-1-101", "正常", "正常", "正常", "正常", "问题：信箱塞满")
    out = tmp_path / "rentals.xlsx"
    assert exports.run_export(community, ZT, "rentals", out, exports.ExportOptions(month="2026-11")) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[header + 1][1:4] == ("3-1-102", "钱七", "139****2222") and rows[header + 1][7] == "本月到期"


def test_the_demo_checks_most_vacant_units_this_month_and_lists_the_rest(ctx, admin):
    from deskapp.services import demo

    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=400))
    rows = vacant.vacant_units(ctx, LQ)
    due = [r for r in rows if r.due]
    assert rows and 0 < len(due) < len(rows) / 2
    with ctx.reader() as uow:
        listed = {i.unit_code for i in hooks.collect(hooks.Hook.START_OF_DAY, uow.session, ctx, LQ, DAY)
                  if i.kind == "空置房检查"}
    assert listed == {r.code for r in due}
    assert any(c.findings for r in rows for c in vacant.unit_checks(ctx, LQ, r.unit_id))
    assert rentals.tenants(ctx, ZT, ending_only=True)  # the registry's tenants, some leases ending
