"""交房 in the dialog as it happens: defects, no gas, fees charged with a receipt, all errors at once."""
from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from deskapp.services.registry import units as registry_units
from deskapp.services.billing import one_off
from deskapp.services.reception import registers as reception


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2]) or 0))
    return shown


def _open(desk_session, unit_id, qtbot):
    from deskapp.gui.rounds.unit_section import UnitRoundsSection

    section = UnitRoundsSection(desk_session, unit_id)
    qtbot.addWidget(section)
    section.show()
    qtbot.mouseClick(section.move_in_btn, Qt.MouseButton.LeftButton)
    dlg = section.last_dialog
    qtbot.waitUntil(dlg.isVisible)
    return section, dlg


def _save(dlg, qtbot):
    box = dlg.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_handover_with_defects_no_gas_and_fees(desk_session, units, qtbot, admin, warnings):
    section, dlg = _open(desk_session, units["0801"], qtbot)
    for cb in dlg.checks.values():
        cb.setChecked(True)
    qtbot.keyClicks(dlg.water, "12.5")
    qtbot.keyClicks(dlg.power, "803")
    qtbot.mouseClick(dlg.no_gas, Qt.MouseButton.LeftButton)
    assert not dlg.gas.isEnabled()
    qtbot.mouseClick(dlg.add_defect_btn, Qt.MouseButton.LeftButton)
    dlg.defects.cellWidget(0, 0).setCurrentText("渗漏")
    dlg.defects.item(0, 1).setText("主卧")
    dlg.defects.item(0, 2).setText("窗台渗水")
    qtbot.mouseClick(dlg.add_fee_btn, Qt.MouseButton.LeftButton)
    dlg.fees.cellWidget(0, 0).setCurrentText("装修垃圾清运费")
    dlg.fees.item(0, 1).setText("300")
    dlg.pay_method.setCurrentText("微信")
    _save(dlg, qtbot)
    assert warnings == [] and dlg.move_in_id is not None
    ctx = desk_session.ctx
    assert [d.description for d in reception.defect_register(ctx, admin, unit_id=units["0801"])] == ["窗台渗水"]
    fees = one_off.for_unit(ctx, admin, units["0801"])
    assert [(f.item, str(f.amount)) for f in fees] == [("装修垃圾清运费", "300.00")]
    assert registry_units.unit_page(ctx, admin, units["0801"]).state.value == "自住"
    printed = "".join(p.extract_text() for p in PdfReader(BytesIO(section.last_preview.pdf)).pages)
    assert "本户无燃气" in printed and "装修垃圾清运费 300.00 元" in printed
    section.last_preview.close()


def test_every_mistake_is_shown_at_once(desk_session, units, qtbot, admin, warnings):
    section, dlg = _open(desk_session, units["0801"], qtbot)
    qtbot.keyClicks(dlg.power, "abc")
    qtbot.mouseClick(dlg.add_fee_btn, Qt.MouseButton.LeftButton)
    dlg.fees.item(0, 1).setText("20")
    _save(dlg, qtbot)
    assert len(warnings) == 1
    for field in ("交房清单", "水表起始读数", "电表起始读数", "燃气表起始读数", "支付方式"):
        assert field in warnings[0]
    assert dlg.isVisible() and dlg.move_in_id is None
    assert dlg.power.toolTip() and dlg.pay_method.toolTip()
    assert registry_units.unit_page(desk_session.ctx, admin, units["0801"]).state.value == "未交房"
