"""财务报表…: the supervisor's 收费日报 / 月报 / 季报 — the kind and a day in the period (the period it
makes shown under them), then the PDF (with its workbook beside it) written where chosen and the three
rates said. It opens on the 季报 of the last quarter ended (on 2 January, the quarter just closed);
a day still as offered follows the kind chosen (日报 and 月报: today)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from deskapp.domain.billing import quarter_of
from deskapp.domain.billing_finance import ReportPeriod, report_period
from deskapp.domain.errors import ValidationError
from deskapp.gui import file_dialogs
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.worker import Job
from deskapp.services.billing import finance_report
from deskapp.gui.widgets import as_typed


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
        self.offered = self._offer("quarter")
        self.day = DateField(self.offered, label="日期", today=session.ctx.clock.today, objectName="financeDay")
        self.period = QLabel(objectName="financePeriod")
        self.row(self.tr("Report"), self.kind)
        self.row(self.tr("A day in the period"), self.day, "日期")
        self.row(self.tr("Period"), self.period)
        self.kind.currentIndexChanged.connect(lambda _=0: self.kind_chosen())
        self.day.dateChanged.connect(self.show_period)
        self.show_period()

    def _offer(self, kind: str) -> date:
        """The day offered for a report of `kind`: today when today is in its default period (日报, 月报),
        else that period's last day (季报: the last quarter ended)."""
        p = finance_report.default(self.session.ctx, kind)
        today = self.session.ctx.clock.today()
        return today if p.start <= today < p.end else p.last

    def kind_chosen(self) -> None:
        """A day still as offered follows the kind; one typed in stays."""
        try:
            untouched = self.day.value() == self.offered
        except ValidationError:
            untouched = False
        if untouched:
            self.offered = self._offer(self.kind.currentData())
            self.day.set_value(self.offered)
        self.show_period()

    def show_period(self) -> None:
        try:
            p = self._period()
        except ValidationError:
            self.period.clear()
            return
        self.period.setText(self.tr("{start} to {end}").format(start=f"{p.start:%Y-%m-%d}", end=f"{p.last:%Y-%m-%d}"))

    def submit(self) -> ReportPeriod:
        return self._period()

    def _period(self) -> ReportPeriod:
        day, kind = self.day.value(), self.kind.currentData()
        if kind == "day":
            return report_period(day=day)
        if kind == "month":
            return report_period(month=f"{day:%Y-%m}")
        return report_period(quarter=quarter_of(day).code)

    def write_files(self) -> Job | None:
        """After OK: the PDF chosen, both files written off the GUI thread (a 20,000-unit quarter
        takes seconds), the rates said (over the tab) when done; a cancel leaves neither file."""
        period: ReportPeriod = self.result_value
        parent, title = self.parentWidget(), self.tr("Finance report")
        path = file_dialogs.save_file(parent, title, f"{period.title}-{period.label}.pdf", "PDF (*.pdf)")
        if path is None:
            return None
        path = _as_pdf(path)  # "报表.xlsx" typed: the PDF wrote over its own workbook, both lost
        xlsx = path.with_suffix(".xlsx")
        ctx, actor = self.session.ctx, self.session.actor

        def job(progress, cancelled):
            return finance_report.write(ctx, actor, period, path, xlsx, progress=progress, cancelled=cancelled)

        def done(r) -> None:
            QMessageBox.information(parent, title, as_typed(self.tr(
                "Collection rate {rate}, household rate {households}, arrears cleared {cleared}.\n"
                "Written to {pdf} and {xlsx}.").format(
                rate=_percent(r.collection_rate), households=_percent(r.household_rate),
                cleared=_percent(r.clearance_rate), pdf=str(path), xlsx=str(xlsx))))

        return Job(parent, self.tr("Making the finance report…"), job, done).start()


def _as_pdf(path: Path) -> Path:
    """The PDF's name whatever was typed: the workbook is written beside it under the same name,
    so a name ending .xlsx (or .xls) becomes .pdf and any other ending has .pdf added."""
    if path.suffix.lower() == ".pdf":
        return path
    if path.suffix.lower() in (".xlsx", ".xls"):
        return path.with_suffix(".pdf")
    return path.with_name(path.name + ".pdf")


def _percent(value) -> str:
    return "—" if value is None else f"{value}%"


def make_finance_report(parent: QWidget, session: DeskSession) -> Job | None:
    dialog = FinanceReportDialog(session, parent)
    if dialog.exec():
        parent.finance_job = dialog.write_files()  # kept alive while it runs
        return parent.finance_job
    return None
