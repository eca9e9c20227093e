"""What waits for the supervisor is on his morning list (今日): a refund (审批退款) and a deposit
forfeit (审批没收押金) a clerk or steward applied for; gone from it once he has decided them in the
退款 tab; never on a clerk's list."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view
from support import lease_handed_back

from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.keys import SpaceArea
from deskapp.services.billing import deposits, refunds
from deskapp.services.keys import parking as keys_parking
from deskapp.services.keys.parking import LeaseInput
from deskapp.services.registry import units as registry_units


@pytest.fixture
def waiting(community, admin, clerk):
    """3-1-801's parking lease (deposit 500.00), ended early today (退租): a refund of 300.00 and a
    forfeit of 100.00 applied for."""
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                         "building_area": "88", "state": "自住"})
    space = keys_parking.add_space(community, admin, "B-001", SpaceArea.UNDERGROUND)
    keys_parking.lease_space(community, clerk, LeaseInput(space_id=space, unit_id=unit, lessee_name="李四",
                                                          plates="浙A12345", start=date(2026, 11, 1),
                                                          end=date(2027, 10, 31), monthly_rent="300", deposit="500"))
    lease_handed_back(community, clerk)  # a running lease's deposit is not refunded
    deposit = next(d for d in deposits.deposit_page(community, admin, deposits.DepositFilter()).rows)
    refunds.apply(community, clerk, RefundSource.DEPOSIT, "300", "租约提前结束", "李四", deposit_id=deposit.id)
    deposits.apply_forfeit(community, clerk, deposit.id, "100", "车位地面油污清理")
    return community


def _morning(qtbot, window):
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.today)
    model = view.today.items.model()
    return view.today, lambda: [[model.index(r, c).data() for c in range(model.columnCount())]
                                for r in range(model.rowCount())]


def test_the_supervisors_morning_list_shows_what_waits_for_his_decision(waiting, clerk, desk_app, qtbot):
    clerk_name = clerk.display_name
    window = desk_window(qtbot, waiting, "SUPERVISOR")
    today, rows = _morning(qtbot, window)
    kinds = {r[1]: r for r in rows()}
    assert kinds["退款待审批"][2] == "TF2026-00001" and kinds["退款待审批"][3] == "3-1-801"
    assert "300.00 元，退给 李四：租约提前结束" in kinds["退款待审批"][4]
    assert "没收 100.00 元：车位地面油污清理" in kinds["没收押金待审批"][4]

    billing = open_view(qtbot, window, "billing")  # decided in the 退款 tab: off the list
    click_tab(qtbot, billing.tabs, billing.refunds)
    tab = billing.refunds
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    shown = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    applied_by = shown.index("申请人")  # whose application he decides, beside when it was made
    assert shown[applied_by - 1] == "申请时间" and tab.model.index(0, applied_by).data() == clerk_name
    click_row(qtbot, tab.view, 0)
    answers = ModalAnswers(qtbot)
    answers.input_text("同意")
    click(qtbot, button_named(tab, "refundApprove"))
    answers.wait_all()
    today, rows = _morning(qtbot, window)
    qtbot.waitUntil(lambda: "退款待审批" not in [r[1] for r in rows()])
    assert "没收押金待审批" in [r[1] for r in rows()]


def test_a_clerks_morning_list_has_no_approvals(waiting, qtbot):
    window = desk_window(qtbot, waiting, "CLERK")
    _, rows = _morning(qtbot, window)
    assert not {"退款待审批", "没收押金待审批", "减免待审批"} & {r[1] for r in rows()}


def test_the_morning_lists_heading_wraps_rather_than_widen_the_window(waiting, qtbot):
    """A supervisor's list counts items of many areas: the heading wraps within the window."""
    window = desk_window(qtbot, waiting, "SUPERVISOR")
    today, _ = _morning(qtbot, window)
    today.areas.setText(today.areas.text() + "  ·  " + "  ·  ".join(f"区域{n} 9 项（逾期 9 项）" for n in range(8)))
    assert today.areas.minimumSizeHint().width() < 800


def test_his_own_refund_is_on_the_administrators_list_not_his(waiting, supervisor, admin):
    """Four eyes: a refund the supervisor applied for is not his to approve, so it is not on his morning
    list as waiting for him; the other deciders (the 管理员) have it."""
    from deskapp.services.reception import desk

    deposit = next(d for d in deposits.deposit_page(waiting, admin, deposits.DepositFilter()).rows)
    own = refunds.apply(waiting, supervisor, RefundSource.DEPOSIT, "50", "多收退还", "李四", deposit_id=deposit.id)

    def refs(actor):
        return [i.ref for i in desk.start_of_day(waiting, actor) if i.kind == "退款待审批"]

    assert refs(supervisor) == ["TF2026-00001"] and own.number in refs(admin)
