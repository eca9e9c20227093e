"""档案完整性检查: run the check over every unit (off the GUI thread, cancellable), list each
finding (unit, subject, item, problem) with a filter; double-click or Enter opens the unit;
export to Excel and print 《业户档案完整性检查表》 with a preview."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from deskapp.gui import file_dialogs
from deskapp.domain.completeness import ITEMS, Finding
from deskapp.domain.unit_order import unit_sort_key
from deskapp.gui.session import DeskSession
from deskapp.domain.errors import Cancelled
from deskapp.gui.widgets import table_view, as_typed, plain_label
from deskapp.gui.worker import Job
from deskapp.services.registry import completeness


class FindingsModel(QAbstractTableModel):
    """The findings of one run (a computed result, not a stored register: held in memory)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Finding] = []
        self._headers = [self.tr("Unit"), self.tr("Subject"), self.tr("Item"), self.tr("Problem")]

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (f.unit_code, f.subject, f.item, f.problem)[index.column()]
            return as_typed(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.UserRole:
            return f.unit_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class FindingsFilter(QSortFilterProxyModel):
    """Text anywhere in the row, and optionally one item (证件号码, 租期...)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._item = ""

    def set_filter(self, text: str, item: str) -> None:
        self.beginFilterChange()
        self._text, self._item = text.strip().lower(), item
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left, right) -> bool:
        if left.column() == 0:  # unit codes in natural order: 2-1-201 before 10-1-101
            return unit_sort_key(left.data()) < unit_sort_key(right.data())
        return super().lessThan(left, right)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        f = self.sourceModel().finding(row)
        if self._item and f.item != self._item:
            return False
        if self._text:
            return any(self._text in v.lower() for v in (f.unit_code, f.subject, f.item, f.problem))
        return True

    def shown(self) -> list[Finding]:
        src = self.sourceModel()
        return [src.finding(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]


class CompletenessView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("completenessView")
        self.report: completeness.CompletenessReport | None = None
        self.job: Job | None = None

        self.summary = plain_label(self.tr("Press Run check (Ctrl+R) to check every unit and person in the files."),
                              objectName="completenessSummary")
        self.text = QLineEdit(objectName="completenessFilterText",
                              placeholderText=self.tr("Filter: unit, name or problem…"))
        self.text.setClearButtonEnabled(True)
        self.item = QComboBox(objectName="completenessFilterItem")
        self.item.addItem(self.tr("All items"), "")
        for item in ITEMS:
            self.item.addItem(item, item)
        self.shown_count = plain_label(objectName="completenessShown")

        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        # the check's own order until a header is clicked
        self.table = table_view("completenessTable", self.proxy, sortable=True, sort_column=-1, descending=False,
                                widths=(110, 110, 100))
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)

        bar = QHBoxLayout()
        # Ctrl+R, not F5: F5 is the window's 刷新, and a key both ways does neither
        self.act_run = self._action("actRunCheck", self.tr("&Run check"), "Ctrl+R", self.run_check, bar)
        self.act_export = self._action("actExportCheck", self.tr("&Export to Excel…"), "Ctrl+E", self.export_dialog,
                                       bar)
        self.act_print = self._action("actPrintCheck", self.tr("&Print…"), "Ctrl+P", self.print_preview, bar)
        bar.addSpacing(20)
        bar.addWidget(self.text, 2)
        bar.addWidget(self.item, 1)
        bar.addWidget(self.shown_count)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.text.textChanged.connect(self._refilter)
        self.item.currentIndexChanged.connect(self._refilter)
        self._update_actions()

    def _action(self, name: str, text: str, shortcut: str, slot, row: QHBoxLayout) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setIconText(text)  # the button shows the icon text: without its "&" Alt+letter did nothing
        act.setShortcut(QKeySequence(shortcut))
        # while the tab is shown, wherever the focus is: just after its tab was clicked it is on the
        # tab bar, and Ctrl+R bound to the view's children did nothing (Qt ignores a hidden tab's keys)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setToolTip(as_typed(f"{text.replace('&', '').rstrip('…')} ({shortcut})"))
        act.triggered.connect(lambda _=False: slot())  # never hand triggered's bool to the slot
        self.addAction(act)
        button = QToolButton(objectName=f"{name}Button")  # actRunCheckButton: tests press it
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
        return act

    def _update_actions(self) -> None:
        has = self.report is not None
        self.act_export.setEnabled(has)
        self.act_print.setEnabled(has)

    # -- running
    def run_check(self) -> Job:
        ctx, actor = self.session.ctx, self.session.actor

        def job(progress, cancelled):
            report = completeness.run_check(ctx, actor, progress=progress, cancelled=cancelled)
            if report is None:
                raise Cancelled()
            return report

        self.job = Job(self, self.tr("Checking the owner and unit files…"), job, self.show_report).start()
        return self.job

    def show_report(self, report: completeness.CompletenessReport) -> None:
        self.report = report
        self.model.set_findings(report.findings)
        self.summary.setText(self.tr(
            "Checked {units} units on {date}: {findings} findings in {affected} units.").format(
            units=report.units_checked, date=report.checked_on.strftime("%Y-%m-%d"),
            findings=len(report.findings), affected=report.units_with_findings))
        self._refilter()
        self._update_actions()
        self.table.setFocus()

    def _refilter(self) -> None:
        self.proxy.set_filter(self.text.text(), self.item.currentData() or "")
        self.shown_count.setText(self.tr("{n} shown").format(n=self.proxy.rowCount()))

    def shown_findings(self) -> list[Finding]:
        return self.proxy.shown()

    def _open(self, index) -> None:
        if not index.isValid():
            return
        unit_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        finding = self.model.finding(self.proxy.mapToSource(index).row())
        window = self.window()
        if hasattr(window, "open_unit"):
            page = window.open_unit(unit_id)
            # a person's finding (no phone, a wrong ID number): that person chosen on the page, so
            # 编辑人员 completes it at once
            if hasattr(page, "choose_person"):
                page.choose_person(finding.subject)

    def narrowed_by(self) -> str:
        """The filter in the paper's words (项目：证件号码；含“李四”), "" when it shows everything. The
        paper's own Chinese: it goes onto the printed sheet, not the screen."""
        parts = []
        if self.item.currentData():
            parts.append(f"项目：{self.item.currentData()}")
        if self.text.text().strip():
            parts.append(f"含“{self.text.text().strip()}”")
        return "；".join(parts)

    # -- output (what the filter shows, so a supervisor can print just the 证件号码 problems)
    def export_dialog(self) -> None:
        if self.report is None:
            return
        name = f"业户档案完整性检查表-{self.report.checked_on:%Y%m%d}.xlsx"
        path = file_dialogs.save_file(self, self.tr("Export to Excel"), name, "Excel (*.xlsx)")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Job | None:
        """Writes the sheet off the GUI thread (a few thousand findings take a moment)."""
        if self.report is None:
            return None
        ctx, actor, report, shown = self.session.ctx, self.session.actor, self.report, self.shown_findings()
        narrowed = self.narrowed_by()

        def done(_rows) -> None:
            self.summary.setText(self.summary.text().split("  →")[0] + "  → " + str(path))

        self.job = Job(self, self.tr("Exporting…"),
                       lambda progress, cancelled: completeness.write_xlsx(ctx, actor, report, path, shown, narrowed),
                       done).start()
        return self.job

    def print_preview(self) -> Job | None:
        """The PDF is built off the GUI thread, then shown in the print preview."""
        if self.report is None:
            return None
        ctx, actor, report, shown = self.session.ctx, self.session.actor, self.report, self.shown_findings()
        narrowed = self.narrowed_by()
        self.preview = None
        self.job = Job(self, self.tr("Preparing the print…"),
                       lambda progress, cancelled: completeness.report_pdf(ctx, actor, report, shown, narrowed),
                       self._show_preview).start()
        return self.job

    def _show_preview(self, pdf: bytes) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, self.tr("File completeness check"),
                                        f"业户档案完整性检查表-{self.report.checked_on:%Y%m%d}.pdf", self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
