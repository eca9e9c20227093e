"""财务报表… on the arrears tab, pressed as the supervisor does: the report and a day chosen in the
dialog, the PDF's place chosen, both files written and the rates said; a clerk has no button."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, patch_save_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui.billing.finance_dialog import FinanceReportDialog  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402


@pytest.fixture
def billed(community, admin, clerk, desk_app):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    payments.take_payment(community, clerk, ids[0], [x.line_id for x in acc.lines], acc.total_owed, PayMethod.CASH)
    return community


def test_finance_report_button_writes_pdf_and_workbook_and_says_the_rates(billed, qtbot, monkeypatch, tmp_path):
    window = desk_window(qtbot, billed, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    chosen = patch_save_file(monkeypatch, tmp_path / "月报.pdf")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)

    def fill(d):
        d.kind.setCurrentIndex(d.kind.findData("month"))

    answers.dialog(FinanceReportDialog, fill)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view.arrears, "arrearsFinanceReport"))
    answers.wait_all(timeout=30_000)  # the rates are said when the job off the GUI thread is done

    assert chosen.asked[0][1] == "收费月报-2026年11月.pdf"
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "月报.pdf").pages)
    assert "收费月报（2026年11月）" in text and "户收费率" in text
    assert load_workbook(tmp_path / "月报.xlsx")["按收费项目"]["A3"].value == "物业费"
    assert "33.33%" in said.text and str(tmp_path / "月报.xlsx") in said.text  # one of three units paid up


def test_on_2_january_the_report_offered_is_the_quarter_just_closed(billed, qtbot, monkeypatch, tmp_path, clock):
    """Early in a quarter finance asks for the one that just ended: the dialog opens on the 季报 of
    2026Q4, its last day in the field and the period shown; 日报 offers today, and back to 季报 the
    quarter closed again — the report written is that quarter's."""
    clock.advance(days=36)  # 2027-01-02
    window = desk_window(qtbot, billed, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    chosen = patch_save_file(monkeypatch, tmp_path / "季报.pdf")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)
    shown = []

    def look(d):
        shown.append((d.kind.currentData(), d.day.text(), d.period.text()))
        d.kind.setCurrentIndex(d.kind.findData("day"))
        shown.append((d.kind.currentData(), d.day.text(), d.period.text()))
        d.kind.setCurrentIndex(d.kind.findData("quarter"))
        shown.append((d.kind.currentData(), d.day.text(), d.period.text()))

    answers.dialog(FinanceReportDialog, look)
    answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view.arrears, "arrearsFinanceReport"))
    answers.wait_all(timeout=30_000)
    assert shown == [("quarter", "2026-12-31", "2026-10-01 至 2026-12-31"), ("day", "2027-01-02", "2027-01-02 至 2027-01-02"),
                     ("quarter", "2026-12-31", "2026-10-01 至 2026-12-31")]
    assert chosen.asked[0][1] == "收费季报-2026年第四季度.pdf"
    assert "收费季报（2026年第四季度）" in "".join(p.extract_text() for p in PdfReader(tmp_path / "季报.pdf").pages)


def test_a_cancelled_finance_report_leaves_no_file(billed, qtbot, monkeypatch, tmp_path):
    """The report runs off the GUI thread behind a progress dialog; its Cancel, pressed at once,
    stops it before either file is written (and no rates are said)."""
    from PySide6.QtWidgets import QPushButton

    from deskapp.gui.billing import finance_dialog

    jobs = []

    class CancelledAtOnce(finance_dialog.Job):
        def start(self):
            jobs.append(self)
            self.dialog.findChild(QPushButton).click()  # the progress dialog's 取消
            return super().start()

    monkeypatch.setattr(finance_dialog, "Job", CancelledAtOnce)
    window = desk_window(qtbot, billed, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    out = tmp_path / "out"
    out.mkdir()
    patch_save_file(monkeypatch, out / "季报.pdf")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)
    answers.dialog(FinanceReportDialog, lambda d: None)
    click(qtbot, button_named(view.arrears, "arrearsFinanceReport"))
    answers.wait_all()
    qtbot.waitUntil(lambda: bool(jobs) and jobs[0].thread.isFinished())
    qtbot.waitUntil(lambda: jobs[0].cancelled)
    assert list(out.iterdir()) == []  # neither the PDF, nor the workbook, nor a .part


def test_a_clerk_has_no_finance_report_button(billed, qtbot):
    window = desk_window(qtbot, billed, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)
    assert not view.arrears.findChild(QAbstractButton, "arrearsFinanceReport").isVisible()


def test_a_name_typed_with_xlsx_still_gives_a_pdf_and_its_workbook(billed, qtbot, monkeypatch, tmp_path):
    """The supervisor types 月报.xlsx in the PDF's save dialog, wanting the workbook: the PDF used to
    be written over the workbook under that name (a PDF called .xlsx, no workbook); now 月报.pdf
    and 月报.xlsx are both written and said."""
    window = desk_window(qtbot, billed, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    out = tmp_path / "reports"
    out.mkdir()
    patch_save_file(monkeypatch, out / "月报.xlsx")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)
    answers.dialog(FinanceReportDialog, lambda d: d.kind.setCurrentIndex(d.kind.findData("month")))
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view.arrears, "arrearsFinanceReport"))
    answers.wait_all(timeout=30_000)

    assert sorted(p.name for p in out.iterdir()) == ["月报.pdf", "月报.xlsx"]
    assert "户收费率" in "".join(p.extract_text() for p in PdfReader(out / "月报.pdf").pages)
    assert load_workbook(out / "月报.xlsx")["按收费项目"]["A3"].value == "物业费"
    assert str(out / "月报.pdf") in said.text and str(out / "月报.xlsx") in said.text


def test_a_quarter_with_nothing_billed_or_received_is_reported_not_a_crash(billed, qtbot, monkeypatch, tmp_path):
    """The 季报 offered on 27 November is 2026Q3's, in which this centre neither billed (2026Q3 was
    posted in November) nor received anything: its charts have no bar. The report used to fail in
    the chart drawing ("unexpected error", no file); now it is written with its zeros."""
    window = desk_window(qtbot, billed, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    out = tmp_path / "reports"
    out.mkdir()
    patch_save_file(monkeypatch, out / "季报.pdf")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)
    shown = []
    answers.dialog(FinanceReportDialog, lambda d: shown.append(d.period.text()))
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view.arrears, "arrearsFinanceReport"))
    answers.wait_all(timeout=30_000)

    assert shown == ["2026-07-01 至 2026-09-30"]
    text = "".join(p.extract_text() for p in PdfReader(out / "季报.pdf").pages)
    assert "收费季报（2026年第三季度）" in text
    assert load_workbook(out / "季报.xlsx")["按收费项目"]["A3"].value == "合计"
    assert said.text.startswith("收费率 —")
