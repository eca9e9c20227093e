"""The bill run and the fee notices are long work with a 取消: pressed while the run is half
written, or while the notices are being drawn, it leaves nothing behind — no bill, no allocation,
no audit row, no issue date — and the tab says so. Posting again afterwards works as before."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, open_sub_tab  # noqa: E402

from deskapp.documents.billing import notice as notice_doc  # noqa: E402
from deskapp.services.billing import notices, run  # noqa: E402
from deskapp.store.models.accounts import AuditEntry  # noqa: E402
from deskapp.store.models.billing import Bill, BillRun  # noqa: E402


class Gate:
    """Holds the worker thread at one point of the real work until the test has pressed 取消."""

    def __init__(self):
        self.reached = threading.Event()
        self.go = threading.Event()

    def hold(self) -> None:
        self.reached.set()
        assert self.go.wait(30)


def _count(ctx, what) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(what)).scalar_one()


def _audited(ctx, action) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).where(AuditEntry.action == action)).scalar_one()


def _press_cancel_when(qtbot, gate: Gate, tab) -> None:
    """Wait until the worker is at the gate, press the progress dialog's 取消, let the work go on."""
    qtbot.waitUntil(gate.reached.is_set, timeout=30000)
    dialog = tab.job.dialog
    assert isinstance(dialog, QProgressDialog)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    cancel.click()
    gate.go.set()
    qtbot.waitUntil(lambda: tab.job.thread.isFinished(), timeout=30000)


@pytest.fixture
def readings_in(community, admin, desk_app):
    billed_community(community, admin)
    return community


def _run_tab(qtbot, ctx, role="SUPERVISOR"):
    tab = open_sub_tab(qtbot, ctx, role, "billing", "run")
    tab.quarter.clear()
    qtbot.keyClicks(tab.quarter, "2026Q3")
    return tab


def test_cancel_pressed_half_way_through_posting_writes_no_bill(readings_in, qtbot, monkeypatch):
    ctx = readings_in
    tab = _run_tab(qtbot, ctx)
    click(qtbot, tab.preview_btn)
    qtbot.waitUntil(lambda: tab.post_btn.isEnabled(), timeout=30000)
    assert tab.summary.text().startswith("2026年第三季度：新账单 3 户")
    gate = Gate()
    real = run._add_allocations

    def allocations_then_wait(*args, **kwargs):
        ids = real(*args, **kwargs)  # the run row and its allocations are written (not committed)
        gate.hold()
        return ids

    monkeypatch.setattr(run, "_add_allocations", allocations_then_wait)
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes, contains="2026Q3")
    click(qtbot, tab.post_btn)
    answers.wait_all()
    _press_cancel_when(qtbot, gate, tab)

    assert tab.job.cancelled
    assert tab.summary.text() == "已取消出账：没有写入任何账单，2026Q3 仍未出账。"
    assert (_count(ctx, Bill), _count(ctx, BillRun), _audited(ctx, "billing.run")) == (0, 0, 0)

    monkeypatch.setattr(run, "_add_allocations", real)  # posted again, to the end
    answers.message_box(QMessageBox.StandardButton.Yes, contains="2026Q3")
    click(qtbot, tab.post_btn)
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.summary.text().startswith("已出账"), timeout=30000)
    assert (_count(ctx, Bill), _count(ctx, BillRun), _audited(ctx, "billing.run")) == (3, 1, 1)


def test_cancel_pressed_while_the_notices_are_drawn_issues_nothing(readings_in, admin, qtbot, monkeypatch):
    ctx = readings_in
    run.post(ctx, admin, "2026Q3")
    tab = _run_tab(qtbot, ctx, "CLERK")
    gate = Gate()
    real = notice_doc.notices_pdf

    def first_then_wait(items, **kwargs):
        gate.hold()
        return real(items, **kwargs)  # asks `cancelled` before each notice: stops at the first

    monkeypatch.setattr(notice_doc, "notices_pdf", first_then_wait)
    click(qtbot, button_named(tab, "printNotices"))
    _press_cancel_when(qtbot, gate, tab)

    assert tab.job.cancelled
    assert tab.summary.text() == "已取消打印收费通知单：2026Q3 没有开具、也没有打印任何通知单。"
    assert notices.issue_of(ctx, admin, "2026Q3") is None  # the first print, cancelled, dates nothing
    assert _audited(ctx, "billing.notices.issue") == 0 and _audited(ctx, "billing.print") == 0


def test_cancel_pressed_during_the_preview_shows_no_half_preview(readings_in, qtbot, monkeypatch):
    ctx = readings_in
    tab = _run_tab(qtbot, ctx)
    gate = Gate()
    real = run.compute

    def computed_then_wait(*args, **kwargs):
        plan = real(*args, **kwargs)
        gate.hold()
        return plan

    monkeypatch.setattr(run, "compute", computed_then_wait)
    click(qtbot, tab.preview_btn)
    _press_cancel_when(qtbot, gate, tab)
    assert tab.summary.text() == "已取消预览，没有写入任何内容。"
    assert tab.units.rowCount() == 0 and not tab.post_btn.isEnabled()
