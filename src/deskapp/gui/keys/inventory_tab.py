"""月度盘点: the guided count. Every item is listed with what the records expect; the clerk types
what is there; differences show at once and each needs a note before the count is filed.

A line starts blank (not 0, which would call every item 短缺) until it is counted, or until
按账面填入 fills the blank lines with what the records expect. Enter moves to the next line's
count, so the clerk walks the cabinet typing numbers only."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from deskapp.gui import file_dialogs
from deskapp.domain import keys as rules
from deskapp.domain.errors import ValidationError
from deskapp.domain.keys import Difference
from deskapp.gui import errors
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import fit_columns, preview, as_typed, plain_label
from deskapp.services import exports
from deskapp.services.keys import documents as keys_documents, inventory as keys_inventory

COLOURS = {Difference.MISSING: "#c00000", Difference.EXTRA: "#b36b00", Difference.LENT: "#1f4e9c"}
# Digits, and the dots and commas a slip of the hand adds: "1.5" stays on the line as typed, is
# marked there and refused at filing (a validator that swallowed the dot turned it into 15).
COUNT_TYPED = QRegularExpression(r"[0-9０-９.,，。．]{0,7}")
NOT_WHOLE = object()  # a line whose count is not a whole number


class InventoryTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.status = plain_label(objectName="inventoryStatus")
        self.start_btn = QPushButton(self.tr("&Start this month's count"), objectName="inventoryStart")
        self.fill_btn = QPushButton(self.tr("Fill in from &records"), objectName="inventoryFill")
        self.file_btn = QPushButton(self.tr("File the count (&G)"), objectName="inventoryFile")
        self.print_btn = QPushButton(self.tr("&Print last count…"), objectName="inventoryPrint")
        self.export_btn = QPushButton(self.tr("E&xport month to Excel…"), objectName="inventoryExport")
        hide_unless(self.start_btn, session.may(keys_inventory.COUNT))
        hide_unless(self.file_btn, session.may(keys_inventory.COUNT))
        self.file_btn.setEnabled(False)
        hide_unless(self.fill_btn, session.may(keys_inventory.COUNT))
        self.fill_btn.setEnabled(False)
        self.summary = plain_label(objectName="inventorySummary")
        self.note = QLineEdit(objectName="inventoryNote", placeholderText=self.tr("Note on the whole count"))
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addStretch(1)
        for b in (self.start_btn, self.fill_btn, self.file_btn, self.print_btn, self.export_btn):
            top.addWidget(b)
        self.table = QTableWidget(0, 7, objectName="inventoryTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Tag / cabinet"), self.tr("On record"), self.tr("Lent out"),
            self.tr("Counted"), self.tr("Difference"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.note, 1)
        lay.addLayout(bottom)
        self.start_btn.clicked.connect(lambda _=False: self.start())
        self.fill_btn.clicked.connect(lambda _=False: self.fill_from_records())
        self.file_btn.clicked.connect(lambda _=False: self.file())
        self.print_btn.clicked.connect(lambda _=False: self.print_last())
        self.export_btn.clicked.connect(lambda _=False: self.export())
        self.table.itemChanged.connect(self._note_changed)
        self.sheet = None
        self.spins: list[QLineEdit] = []
        self.refresh_status()

    def refresh_status(self) -> None:
        st = keys_inventory.count_status(self.session.ctx, self.session.actor)
        last = st.last_counted.strftime("%Y-%m-%d") if st.last_counted else self.tr("never")
        text = self.tr("Last count: {date}").format(date=last)
        if st.due_alert:
            text += "　" + self.tr("No count yet this month!")
            self.status.setStyleSheet("color: #c00000; font-weight: bold;")
        else:
            self.status.setStyleSheet("")
        self.status.setText(text)

    def start(self) -> None:
        self.sheet = keys_inventory.count_sheet(self.session.ctx, self.session.actor)
        self.note.setReadOnly(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.sheet.items))
        self.spins = []
        for r, e in enumerate(self.sheet.items):
            for c, v in enumerate((e.item.value, e.label, e.on_record, e.lent)):
                item = QTableWidgetItem(str(v))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            spin = QLineEdit(objectName=f"count_{e.ref}")
            spin.setValidator(QRegularExpressionValidator(COUNT_TYPED, spin))
            spin.textChanged.connect(lambda _t, row=r: self._recompute(row))
            spin.returnPressed.connect(lambda row=r: self._next_line(row))
            self.table.setCellWidget(r, 4, spin)
            self.spins.append(spin)
            diff = QTableWidgetItem("")
            diff.setFlags(diff.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 5, diff)
            self.table.setItem(r, 6, QTableWidgetItem(""))
        self.table.blockSignals(False)
        for r in range(len(self.sheet.items)):
            self._recompute(r)
        fit_columns(self.table)
        self.file_btn.setEnabled(True)
        self.fill_btn.setEnabled(True)
        if self.spins:
            self.spins[0].setFocus()

    def fill_from_records(self) -> None:
        """Blank lines get what the records expect in place; lines already typed stay."""
        if self.sheet is None:
            return
        for spin, e in zip(self.spins, self.sheet.items):
            if not spin.text().strip():
                spin.setText(str(e.in_place))

    def _next_line(self, row: int) -> None:
        if row + 1 < len(self.spins):
            self.table.setCurrentCell(row + 1, 4)
            self.spins[row + 1].setFocus()
            self.spins[row + 1].selectAll()

    def _value(self, row: int):
        """The line's count, None while blank, NOT_WHOLE for "1.5"."""
        try:
            return rules.typed_count(self.sheet.items[row].label, self.spins[row].text())
        except ValidationError:
            return NOT_WHOLE

    def counted(self) -> dict[str, int]:
        """Only the lines counted; the service names the blank ones. A count not a whole number
        raises ValidationError naming 实点数 and every such line."""
        return rules.typed_counts((e.ref, e.label, spin.text()) for e, spin in zip(self.sheet.items, self.spins))

    def notes(self) -> dict[str, str]:
        return {e.ref: (self.table.item(r, 6).text() if self.table.item(r, 6) else "")
                for r, e in enumerate(self.sheet.items)}

    def _recompute(self, row: int) -> None:
        if self.sheet is None:
            return  # the count is filed: its lines are read-only
        e = self.sheet.items[row]
        value = self._value(row)
        cell = self.table.item(row, 5)
        self.table.blockSignals(True)
        if value is None:
            cell.setText(self.tr("not counted"))
            cell.setForeground(QBrush(QColor("#808080")))
            missing_note = False
        elif value is NOT_WHOLE:
            cell.setText(self.tr("not a whole number"))
            cell.setForeground(QBrush(QColor(COLOURS[Difference.MISSING])))
            missing_note = False
        else:
            line = rules.compare_count(e, value)
            cell.setText("" if line.difference is Difference.NONE else f"{line.difference.value} {line.amount}")
            colour = COLOURS.get(line.difference)
            cell.setForeground(QBrush(QColor(colour)) if colour else QBrush())
            missing_note = line.needs_note and not self.table.item(row, 6).text().strip()
        note = self.table.item(row, 6)
        note.setBackground(QBrush(QColor("#ffe0e0")) if missing_note else QBrush())
        if self.table.columnWidth(5) < self.table.sizeHintForColumn(5):  # 多出 13 is wider than 未清点
            self.table.resizeColumnToContents(5)
        self.table.blockSignals(False)
        self._summarise()

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 6 and self.sheet is not None:
            self._recompute(item.row())

    def _summarise(self) -> None:
        if self.sheet is None:
            return
        values = [self._value(r) for r in range(len(self.sheet.items))]
        lines = [rules.compare_count(e, v) for e, v in zip(self.sheet.items, values) if v not in (None, NOT_WHOLE)]
        missing = sum(1 for ln in lines if ln.difference is Difference.MISSING)
        extra = sum(1 for ln in lines if ln.difference is Difference.EXTRA)
        lent = sum(1 for ln in lines if ln.difference is Difference.LENT)
        self.summary.setText(self.tr(
            "{n} items, {blank} not counted: {missing} missing, {extra} extra, {lent} lent out").format(
            n=len(values), blank=len(values) - len(lines), missing=missing, extra=extra, lent=lent))

    def file(self) -> None:
        if self.sheet is None:
            return
        counted = errors.call(self, self.counted)  # "1.5" is refused before anything is asked or filed
        if not counted.ok:
            self._focus_first_not_whole()
            return
        if QMessageBox.question(self, self.tr("File the count"), self.tr(
                "File this count? It cannot be changed afterwards.")) != QMessageBox.StandardButton.Yes:
            return
        out = errors.call(self, keys_inventory.file_count, self.session.ctx, self.session.actor, counted.value,
                          self.notes(), self.note.text())
        if out.ok:
            self.last_filed = out.value
            self._freeze()
            self.file_btn.setEnabled(False)
            self.fill_btn.setEnabled(False)
            self.sheet = None
            self.refresh_status()
            QMessageBox.information(self, self.tr("Monthly count"), as_typed(self.tr(
                "Count filed with {n} differences.").format(n=len(out.value.differences))))

    def _focus_first_not_whole(self) -> None:
        row = next(r for r in range(len(self.spins)) if self._value(r) is NOT_WHOLE)
        self.table.setCurrentCell(row, 4)
        self.spins[row].setFocus()
        self.spins[row].selectAll()

    def _freeze(self) -> None:
        """The filed count stays on screen as it was filed: nothing in it can be typed over."""
        for spin in self.spins:
            spin.setReadOnly(True)
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            note = self.table.item(r, 6)
            if note is not None:
                note.setFlags(note.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.blockSignals(False)
        self.note.setReadOnly(True)

    def print_last(self) -> None:
        filed = keys_inventory.counts(self.session.ctx, self.session.actor)
        if not filed:
            errors.show_error(self, ValidationError("月度盘点", "还没有已归档的盘点"))
            return
        out = errors.call(self, keys_documents.inventory_pdf, self.session.ctx, self.session.actor, filed[0].id)
        if out.ok:
            preview(self, out.value, self.tr("Monthly count"), f"月度盘点表-{filed[0].month}.pdf")

    def export(self) -> None:
        month = f"{self.session.ctx.clock.today():%Y-%m}"
        name = file_dialogs.save_file(self, self.tr("Export to Excel"), f"月度盘点表-{month}.xlsx", "Excel (*.xlsx)")
        if name is not None:
            errors.call(self, exports.run_export, self.session.ctx, self.session.actor, "inventory", name,
                        exports.ExportOptions(month=month))
