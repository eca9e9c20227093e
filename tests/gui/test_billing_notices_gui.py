"""Printing fee notices from the bill-run tab: the clerk presses 打印收费通知单, the preview opens,
and the saved PDF asks each unit for what it still owes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolBar
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui import file_dialogs  # noqa: E402
from deskapp.gui.printing import PdfPreviewDialog  # noqa: E402
from deskapp.services.registry import units as registry_units  # noqa: E402
from deskapp.services.billing import notices, payments, run  # noqa: E402


@pytest.fixture
def paid_first(desk_session, admin, clerk):
    """Q3 posted; 3-1-101 has paid its quarter in full."""
    ctx = desk_session.ctx
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    acc = payments.account(ctx, clerk, ids[0])
    payments.take_payment(ctx, clerk, ids[0], [x.line_id for x in acc.lines], sum(x.amount for x in acc.lines),
                          PayMethod.CASH)
    return desk_session


def _print_and_save(tab, qtbot, monkeypatch, out: Path, button: str = "printNotices") -> list[str]:
    """Press the print button; when the preview shows, save it as PDF through its toolbar."""
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    seen = []

    def answer() -> None:
        dlg = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, PdfPreviewDialog) and w.isVisible()), None)
        if dlg is None:
            return
        timer.stop()
        seen.append(dlg.windowTitle())
        save = next(a for a in dlg.findChild(QToolBar).actions() if "PDF" in a.text())
        save.trigger()
        dlg.reject()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    qtbot.mouseClick(tab.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    timer.stop()
    return [p.extract_text() for p in PdfReader(out).pages]


def test_print_notices_leaves_out_paid_up_units_unless_asked(paid_first, qtbot, monkeypatch, tmp_path):
    from deskapp.gui.billing.run_tab import RunTab

    session = paid_first
    tab = RunTab(session)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.quarter.clear()
    qtbot.keyClicks(tab.quarter, "2026Q3")

    pages = _print_and_save(tab, qtbot, monkeypatch, tmp_path / "owing.pdf")
    assert len(pages) == 2 and not any("3-1-101" in p for p in pages)
    assert all("开具日期：2026年11月27日" in p and "缴费期限：2026年12月12日" in p for p in pages)
    assert notices.issue_of(session.ctx, session.actor, "2026Q3").issued_on.isoformat() == "2026-11-27"

    qtbot.mouseClick(tab.include_paid, Qt.MouseButton.LeftButton)
    assert tab.include_paid.isChecked()
    pages = _print_and_save(tab, qtbot, monkeypatch, tmp_path / "all.pdf")
    assert len(pages) == 3
    first = next(p for p in pages if "3-1-101" in p)
    assert "已缴清" in first and "应缴合计：¥ 0.00" in first


def test_a_paid_up_unit_asks_for_its_notice_on_its_page(paid_first, qtbot, monkeypatch, tmp_path):
    from deskapp.gui.billing.unit_section import BillingSection

    session = paid_first
    section = BillingSection(session, registry_units.find_unit_id(session.ctx, session.actor, "3-1-101"))
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    pages = _print_and_save(section, qtbot, monkeypatch, tmp_path / "unit.pdf", "unitNotice")
    assert len(pages) == 1 and "3-1-101" in pages[0]
    assert "已缴清" in pages[0] and "应缴合计：¥ 0.00" in pages[0] and "无需缴费" in pages[0]


def test_notices_printed_on_17_december_are_due_after_new_years_day(desk_session, admin, clerk, clock, qtbot,
                                                                     monkeypatch, tmp_path):
    """15 days after 12-17 is 元旦, marked a holiday on the duty calendar: the printed 缴费期限 is 1-2."""
    from datetime import date, datetime

    from support import CST

    from deskapp.gui.billing.run_tab import RunTab
    from deskapp.services.calendar import holidays

    ctx = desk_session.ctx
    billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    holidays.add_holiday(ctx, admin, date(2027, 1, 1), "元旦")
    clock.set(datetime(2026, 12, 17, 9, 30, tzinfo=CST))
    tab = RunTab(desk_session)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.quarter.clear()
    qtbot.keyClicks(tab.quarter, "2026Q3")
    pages = _print_and_save(tab, qtbot, monkeypatch, tmp_path / "december.pdf")
    assert len(pages) == 3
    assert all("开具日期：2026年12月17日" in p and "缴费期限：2027年01月02日" in p for p in pages), pages[0]
