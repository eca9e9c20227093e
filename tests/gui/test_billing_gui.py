from __future__ import annotations

import sys
import time
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.services.billing import handover, payments, run  # noqa: E402


@pytest.fixture
def billed(desk_session, admin):
    ctx = desk_session.ctx
    ids, _ = billed_community(ctx, admin)
    return desk_session, ids


def test_readings_grid_enter_moves_down_and_errors_inline(billed, qtbot, qtmodeltester):
    from deskapp.gui.billing.readings import VALUE_COL, ReadingsTab

    session, ids = billed
    tab = ReadingsTab(session)
    qtbot.addWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    tab.building.setCurrentIndex(tab.building.findData("3"))
    qtmodeltester.check(tab.model)
    assert [r.previous for r in tab.model.rows] == [D("130"), D("66"), D("10")]
    from PySide6.QtWidgets import QLineEdit

    tab.show()
    qtbot.waitExposed(tab)
    tab.table.setCurrentIndex(tab.model.index(0, VALUE_COL))
    tab.table.edit(tab.table.currentIndex())
    editor = tab.table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "141")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rows[0].value is not None)  # the delegate commits queued
    assert tab.model.rows[0].usage == D("11"), (editor.text(), tab.message.text())
    assert tab.table.currentIndex().row() == 1  # Enter moved down, the next cell is being edited
    assert tab.table.state() == tab.table.State.EditingState
    # not a number: shown inline, nothing saved (a reading lower than the last is saved flagged:
    # test_billing_readings_flags)
    assert not tab.model.setData(tab.model.index(1, VALUE_COL), "7O")
    assert "读数" in tab.message.text() and tab.model.rows[1].value is None
    assert tab.model.setData(tab.model.index(1, VALUE_COL), "70")


def test_bill_run_preview_and_post(billed, qtbot, qtmodeltester, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from deskapp.gui.billing.run_tab import RunTab

    session, ids = billed
    tab = RunTab(session)
    qtbot.addWidget(tab)
    assert "预览" in tab.summary.text() and "不写入" in tab.summary.text()  # what to do, before the first preview
    tab.quarter.setText("2026Q3")
    tab.preview()
    tab.job.wait()
    qtmodeltester.check(tab.units)
    assert tab.units.rowCount() == 3 and tab.post_btn.isEnabled()
    assert "1,478.61" in tab.summary.text()
    tab.units_view.setCurrentIndex(tab.units.index(0, 0))
    assert tab.lines.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.post()
    tab.job.wait()
    assert run.preview(session.ctx, session.actor, "2026Q3").units == []
    tab.preview()
    tab.job.wait()
    assert tab.units.rowCount() == 0 and not tab.post_btn.isEnabled()


def test_counter_payment_void_and_handover(billed, qtbot, qtmodeltester, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from deskapp.gui.billing.counter import CounterTab
    from deskapp.gui.billing.handover_tab import FinanceHandoverTab

    session, ids = billed
    run.post(session.ctx, session.actor, "2026Q3")
    tab = CounterTab(session)
    qtbot.addWidget(tab)
    tab.receipt_mode.setCurrentIndex(tab.receipt_mode.findData("none"))  # 不打印
    qtbot.keyClicks(tab.code, "3-1-101")
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    qtmodeltester.check(tab.owed)
    assert tab.owed.rowCount() == 3 and tab.amount.text() == "768.01"
    basis = tab.owed.index(0, 2)  # the widest text: it takes the free width, and shows whole as a tooltip
    assert tab.owed.data(basis, Qt.ItemDataRole.ToolTipRole) == tab.owed.data(basis) != ""
    assert tab.owed_view.horizontalHeader().sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    tab.owed.setData(tab.owed.index(2, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.amount.text() == "498.00"
    tab.method.setCurrentIndex(tab.method.findData(PayMethod.CASH.name))
    tab.tendered.setText("500")
    assert tab.change.text() == "2.00"
    r = tab.take()
    assert r is not None and r.number == "SJ2026-000001"
    assert tab.owed.rowCount() == 1 and tab.receipts.rowCount() == 1
    # shown in the centre's time (the fixed clock's 09:30 China time) whatever zone the PC has
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert tab.receipts.data(tab.receipts.index(0, 1)) == "2026-11-27 09:30"
    finally:
        monkeypatch.undo()
        time.tzset()
    tab.receipts_view.setCurrentIndex(tab.receipts.index(0, 0))
    assert tab.void("收错项目")
    assert tab.owed.rowCount() == 3
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    tab.amount.setText("1000")
    assert tab.take() is None and "多于所选应收" in shown[0]

    h = FinanceHandoverTab(session)
    qtbot.addWidget(h)
    qtmodeltester.check(h.receipts)
    assert h.receipts.rowCount() == 1 and h.counted.text() == "0.00"
    h.receiver.setText("财务 王会计")
    assert h.hand_over(confirm=False)
    assert handover.draft(session.ctx, session.actor).receipts == ()


def test_arrears_dunning_and_unit_section(billed, qtbot, qtmodeltester, monkeypatch):
    from deskapp.gui.billing.arrears_tab import ArrearsTab
    from deskapp.gui.billing.unit_section import BillingSection

    session, ids = billed
    run.post(session.ctx, session.actor, "2026Q3")
    tab = ArrearsTab(session)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 3 and "1,478.61" in tab.total.text()
    tab.model.set_checked(0, True)
    pdf = tab.dun(confirm=False)
    assert pdf and pdf.startswith(b"%PDF")
    sec = BillingSection(session, ids[0])
    qtbot.addWidget(sec)
    assert "768.01" in sec.summary.text()
    assert sec.contacts.rowCount() == 1
    acc = payments.account(session.ctx, session.actor, ids[0])
    payments.take_payment(session.ctx, session.actor, ids[0], [acc.lines[0].line_id], "375", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    session.bus.announce("payments")
    assert "393.01" in sec.summary.text() and sec.receipts.rowCount() == 1


def test_main_window_has_the_billing_view(main_window, qtbot):
    view = main_window.show_view("billing")
    assert view.tabs.count() == 11
    assert view.tabs.indexOf(view.invoices) >= 0  # 发票 (issue 16 §4)
    assert view.tabs.indexOf(view.refunds) >= 0 and view.tabs.indexOf(view.deposits) >= 0  # 退款, 押金台账 (§2, §3)
    assert view.tabs.indexOf(view.discounts) >= 0  # 减免 (§2)


def test_standards_tab_and_contact_dialog_and_meter_event(billed, qtbot, qtmodeltester, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from deskapp.gui.billing.arrears_tab import ContactDialog
    from deskapp.gui.billing.readings import EventDialog, ReadingsTab
    from deskapp.gui.billing.standards_tab import StandardsTab
    from deskapp.services.billing import arrears

    session, ids = billed
    tab = StandardsTab(session)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    n = tab.model.rowCount()
    tab.item.setCurrentIndex(tab.item.findText("自用水费"))
    tab.tiers.setText("15:4.10, 25:5.60, :8.20")
    assert tab.add() and tab.model.rowCount() == n + 1
    assert "阶梯" in tab.model.row_at(n).description

    dialog = ContactDialog(session, ids[0], "3-1-101")
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findText("上门"))
    dialog.result.setText("业主不在家，留了通知")
    dialog.save()
    assert arrears.contacts(session.ctx, session.actor, ids[0])[0].method.value == "上门"

    readings = ReadingsTab(session)
    qtbot.addWidget(readings)
    readings.month.setCurrentIndex(readings.month.findData("2026-10"))
    readings.building.setCurrentIndex(readings.building.findData("3"))
    readings.table.setCurrentIndex(readings.model.index(0, 3))

    def fake_exec(self):
        self.event.setCurrentIndex(0)
        self.value.setText("12")
        self.old_final.setText("135")
        self.new_start.setText("0")
        self.ok()  # what its OK button does: saved, or kept open with the refusal
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(EventDialog, "exec", fake_exec)
    assert readings.enter_event()
    assert readings.model.rows[0].usage == D("17")  # (135 − 130) + (12 − 0)


def test_shared_meter_box_and_waive_button(billed, qtbot, qtmodeltester):
    from deskapp.gui.billing.counter import CounterTab
    from deskapp.gui.billing.meters_box import SharedMetersBox

    session, ids = billed
    box = SharedMetersBox(session)
    qtbot.addWidget(box)
    qtmodeltester.check(box.model)
    assert [m.number for m in box.model.rows()] == ["GD-3-01"]
    box.number.setText("GS-3-02")
    box.name.setText("3号楼二次供水")
    box.kind.setCurrentIndex(box.kind.findData("WATER"))
    box.building.setCurrentIndex(box.building.findData("3"))
    box.basis.setCurrentIndex(box.basis.findData("EQUAL"))
    assert box.add()
    assert [(m.number, m.basis.value) for m in box.model.rows()] == [("GD-3-01", "按建筑面积"), ("GS-3-02", "按户均摊")]
    run.post(session.ctx, session.actor, "2026Q3", bill_rest=True)  # the new meter has no readings yet
    tab = CounterTab(session)
    qtbot.addWidget(tab)
    tab.open_unit(ids[0])
    tab.owed_view.setCurrentIndex(tab.owed.index(0, 0))
    shown = []
    import deskapp.gui.errors as errors
    original = errors.show_error
    errors.show_error = lambda parent, exc: shown.append(str(exc))
    try:
        assert not tab.waive("不是滞纳金")
    finally:
        errors.show_error = original
    assert "只有滞纳金可以减免" in shown[0]


def test_readings_of_a_new_building_offer_to_set_up_meters_and_opening_writes_nothing(desk_session, admin, qtbot,
                                                                                      monkeypatch):
    from datetime import date

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import func, select

    from deskapp.gui.billing.readings import ReadingsTab
    from deskapp.services.registry import units as registry_units
    from deskapp.store.models.accounts import AuditEntry
    from deskapp.store.models.billing_meters import Meter

    ctx = desk_session.ctx
    for room in ("101", "102"):
        registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room, "building_area": "80",
                                          "state": "自住"}, delivered_on=date(2020, 1, 1))

    def count(model) -> int:
        with ctx.reader() as uow:
            return uow.session.execute(select(func.count()).select_from(model)).scalar_one()

    audit_before = count(AuditEntry)
    tab = ReadingsTab(desk_session)
    qtbot.addWidget(tab)
    tab.show()
    tab.building.setCurrentIndex(tab.building.findData("3"))
    assert tab.model.rowCount() == 0 and count(Meter) == 0 and count(AuditEntry) == audit_before
    assert tab.missing.isVisible() and tab.make_meters.isVisible()
    assert "2 户" in tab.missing.text() and "3-1-101" in tab.missing.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.make_meters.click()
    assert count(Meter) == 2 and tab.model.rowCount() == 2
    assert not tab.missing.isVisible() and not tab.make_meters.isVisible()


def test_billing_tables_fit_their_columns_to_the_text_up_to_a_cap(desk_app, qtbot):
    from deskapp.gui.list_model import MAX_FIT, Col, ListModel, table_view

    model = ListModel([Col(lambda: "期间", lambda r: r[0]), Col(lambda: "备注", lambda r: r[1]),
                       Col(lambda: "金额", lambda r: r[2], right=True)])
    view = table_view(model, name="t")
    qtbot.addWidget(view)
    model.set_rows([("2026Q2–2026Q3", "业主对公摊有疑问，已解释" * 6, "1.00")])  # a reload fits again
    metrics = view.fontMetrics()
    assert view.columnWidth(0) >= metrics.horizontalAdvance("2026Q2–2026Q3")
    assert view.columnWidth(1) == MAX_FIT  # a long note is capped, its tooltip has the rest
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "业主对公摊有疑问，已解释" * 6
