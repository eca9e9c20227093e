"""财务报表…: the supervisor's 收费日报 / 月报 / 季报 — the kind and a day in the period, then the
PDF (with its workbook beside it) written where chosen and the three rates said."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from deskapp.domain.billing import quarter_of
from deskapp.domain.billing_finance import ReportPeriod, report_period
from deskapp.gui import file_dialogs
from deskapp.gui.date_field import DateField
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.services.billing import finance_report


class FinanceReportDialog(FormDialog):
    """Which report and a day inside its period; OK gives the period."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Finance report"))
        self.session = session
        self.kind = QComboBox(objectName="financeKind")
        self.kind.addItem(self.tr("Daily"), "day")
        self.kind.addItem(self.tr("Monthly"), "month")
        self.kind.addItem(self.tr("Quarterly"), "quarter")
        self.kind.setCurrentIndex(2)
        today = session.ctx.clock.today
        self.day = DateField(today(), label="日期", today=today, objectName="financeDay")
        self.row(self.tr("Report"), self.kind)
        self.row(self.tr("A day in the period"), self.day, "日期")

    def submit(self) -> ReportPeriod:
        day, kind = self.day.value(), self.kind.currentData()
        if kind == "day":
            return report_period(day=day)
        if kind == "month":
            return report_period(month=f"{day:%Y-%m}")
        return report_period(quarter=quarter_of(day).code)

    def write_files(self) -> None:
        """After OK: the PDF chosen, both files written, the rates said (over the tab)."""
        period: ReportPeriod = self.result_value
        parent, title = self.parentWidget(), self.tr("Finance report")
        path = file_dialogs.save_file(parent, title, f"{period.title}-{period.label}.pdf", "PDF (*.pdf)")
        if path is None:
            return
        xlsx = path.with_suffix(".xlsx")
        out = call(parent, finance_report.write, self.session.ctx, self.session.actor, period, path, xlsx)
        if out.ok:
            r = out.value
            QMessageBox.information(parent, title, self.tr(
                "Collection rate {rate}, household rate {households}, arrears cleared {cleared}.\n"
                "Written to {pdf} and {xlsx}.").format(
                rate=_percent(r.collection_rate), households=_percent(r.household_rate),
                cleared=_percent(r.clearance_rate), pdf=str(path), xlsx=str(xlsx)))


def _percent(value) -> str:
    return "—" if value is None else f"{value}%"


def make_finance_report(parent: QWidget, session: DeskSession) -> None:
    dialog = FinanceReportDialog(session, parent)
    if dialog.exec():
        dialog.write_files()
