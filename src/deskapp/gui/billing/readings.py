"""抄表: the monthly grid per building (previous reading pre-filled, type the current one on the
first keystroke, Enter moves down), the readings' flags shown as they are saved, 确认读数 of a
flagged reading, replacement/rollover, the printable re-read list."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.billing import MeterKind
from deskapp.domain.billing_meters import Flag, ReadingEvent, lower_message
from deskapp.domain.errors import DeskappError
from deskapp.gui.billing.common import num
from deskapp.gui.errors import call
from deskapp.gui.forms import FieldErrors, dialog_buttons, submit
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import month_combo, as_typed, plain_label
from deskapp.services.registry import community as registry_community
from deskapp.services.billing import meters
from deskapp.services.importing.common import IMPORT_READINGS

VALUE_COL = 3
N_COLUMNS = 7


class ReadingGridModel(QAbstractTableModel):
    failed = Signal(str)
    saved = Signal(str)
    flagged = Signal(str)  # saved, but a bill will not use it until it is confirmed or read again

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[meters.GridRow] = []
        self.month = session.ctx.clock.today().replace(day=1)

    def load(self, month: date, kind: MeterKind, building: str | None, shared: bool) -> None:
        self.beginResetModel()
        self.month = month
        self.rows = meters.reading_grid(self.session.ctx, self.session.actor, month, kind, building, shared=shared)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else N_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < N_COLUMNS:
            return (self.tr("Unit / meter"), self.tr("Meter no."), self.tr("Previous"), self.tr("Current"),
                    self.tr("Usage"), self.tr("Flags"), self.tr("Status"))[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == 0:
                return r.label
            if c == 1:
                return r.meter_number
            if c == 2:
                return num(r.previous)
            if c == 3:
                return num(r.value)
            if c == 4:
                return num(r.usage)
            if c == 5:
                return "、".join(r.flags) + (f"（{r.event.value}）" if r.event.value else "")
            if c == 6:
                return self.status(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.flags:
            return QColor("#b00020") if r.waiting else QColor("#8a6d00")
        if role == Qt.ItemDataRole.BackgroundRole and c == VALUE_COL and not r.locked:
            return QColor("#fffbe6")
        return None

    def status(self, r: meters.GridRow) -> str:
        if r.locked:
            return self.tr("Billed, locked")
        if r.value is None:
            return self.tr("Not read")
        if r.waiting:
            return self.tr("To confirm or re-read")
        if r.starts:
            return self.tr("First reading: the meter starts here, no usage billed")
        return self.tr("Confirmed") if r.flags else self.tr("Read")

    def replace_row(self, row: int, new: meters.GridRow) -> None:
        self.rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, N_COLUMNS - 1))

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == VALUE_COL and not self.rows[index.row()].locked \
                and self.session.may(meters.READ):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE_COL:
            return False
        text = str(value).strip()
        r = self.rows[index.row()]
        if not text or (r.value is not None and text == num(r.value)):
            return False
        return self.save(index.row(), text)

    def save(self, row: int, text: str) -> bool:
        r = self.rows[row]
        try:
            new = meters.enter_reading(self.session.ctx, self.session.actor, r.meter_id, self.month, text)
        except DeskappError as exc:
            self.failed.emit(f"{r.label}：{exc}")
            return False
        self.show_saved(row, new)
        return True

    def show_saved(self, row: int, new: meters.GridRow) -> None:
        """A reading saved (typed in the grid, or 换表/翻转 in its dialog): shown, and said."""
        r = self.rows[row]
        self.replace_row(row, new)
        if new.waiting:
            why = lower_message(new.previous, new.value) if Flag.LOWER.value in new.flags else "、".join(new.flags)
            self.flagged.emit(self.tr("{unit} {value} saved with a flag: {why}. No bill uses it until it is "
                                      "confirmed (Confirm reading…) or read again.").format(
                unit=r.label, value=num(new.value), why=why))
        else:
            self.saved.emit(f"{r.label} {num(new.value)}")


class GridView(QTableView):
    """Like a spreadsheet: typing on a row starts editing its reading at the first keystroke
    (whatever cell of the row is current), Enter after typing saves it and opens the next row's
    cell, Enter on a cell not being edited moves down."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        cur = self.currentIndex()
        if cur.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                nxt = self.model().index(cur.row() + 1, VALUE_COL)
                if nxt.isValid():
                    self.setCurrentIndex(nxt)
                event.accept()
                return
            if event.text().strip() and cur.column() != VALUE_COL:
                self.setCurrentIndex(self.model().index(cur.row(), VALUE_COL))
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            cur = self.currentIndex()
            nxt = self.model().index(cur.row() + 1, VALUE_COL)
            if nxt.isValid():
                self.setCurrentIndex(nxt)
                if self.model().flags(nxt) & Qt.ItemFlag.ItemIsEditable:
                    self.edit(nxt)


class EventDialog(QDialog):
    """换表 or 翻转 entered explicitly with the reading (never guessed). OK saves through `save`
    (value, **event values) → the saved row; a refusal stays in the dialog at its field, with
    what was typed."""

    def __init__(self, label: str, save: Callable[..., meters.GridRow], parent=None):
        super().__init__(parent)
        self._save = save
        self.saved: meters.GridRow | None = None
        self.setWindowTitle(self.tr("Meter replaced or rolled over: {unit}").format(unit=label))
        form = QFormLayout(self)
        self.event = QComboBox(objectName="eventKind")
        self.event.addItem(self.tr("Meter replaced"), ReadingEvent.REPLACED.name)
        self.event.addItem(self.tr("Meter rolled over"), ReadingEvent.ROLLOVER.name)
        self.value = QLineEdit(objectName="eventValue")
        self.old_final = QLineEdit(objectName="oldFinal")
        self.new_start = QLineEdit(objectName="newStart")
        self.rollover = QLineEdit(objectName="rolloverAt")
        self.rollover.setPlaceholderText("10000")
        form.addRow(self.tr("Event"), self.event)
        form.addRow(self.tr("Current reading"), self.value)
        form.addRow(self.tr("Old meter final reading"), self.old_final)
        form.addRow(self.tr("New meter start reading"), self.new_start)
        form.addRow(self.tr("Rolls over at"), self.rollover)
        error = plain_label()
        form.addRow(error)
        self.problems = FieldErrors(error, {"本期读数": self.value, "换表读数": self.old_final,
                                            "旧表止数": self.old_final, "新表起数": self.new_start,
                                            "翻转值": self.rollover})
        form.addRow(dialog_buttons(self, self.ok, QDialogButtonBox.StandardButton.Ok))
        self.event.currentIndexChanged.connect(self._toggle)
        self._toggle()

    def _toggle(self) -> None:
        replaced = self.event.currentData() == ReadingEvent.REPLACED.name
        self.old_final.setEnabled(replaced)
        self.new_start.setEnabled(replaced)
        self.rollover.setEnabled(not replaced)

    def ok(self) -> None:
        def save() -> None:
            self.saved = self._save(self.value.text(), **self.values())

        if submit(self.problems, save):
            self.accept()

    def values(self) -> dict:
        ev = ReadingEvent[self.event.currentData()]
        if ev is ReadingEvent.REPLACED:
            return {"event": ev, "old_final": self.old_final.text(), "new_start": self.new_start.text()}
        return {"event": ev, "rollover_at": self.rollover.text()}


class ReadingsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.month = month_combo(session.ctx.clock.today(), "readingMonth")
        self.kind = QComboBox(objectName="meterKind")
        self.kind.addItem(self.tr("Water"), MeterKind.WATER.name)
        self.kind.addItem(self.tr("Electricity"), MeterKind.POWER.name)
        self.building = QComboBox(objectName="readingBuilding")
        for b in registry_community.buildings(session.ctx, session.actor):
            self.building.addItem(b.name, b.code)
        self.building.addItem(self.tr("Shared meters"), "")
        self.model = ReadingGridModel(session, self)
        self.table = GridView(objectName="readingGrid")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        # units with no meter of this kind yet (a new building): set up on request, not by looking
        self.missing = plain_label(objectName="readingMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("background: #fff3c4; padding: 4px;")
        self.make_meters = QPushButton(self.tr("Set up meters…"), objectName="readingMakeMeters")
        self.make_meters.clicked.connect(self.create_missing)
        self.make_meters.setVisible(False)
        self.missing.setVisible(False)
        self.message = plain_label(objectName="readingMessage")
        self.message.setWordWrap(True)
        self.model.failed.connect(self._failed)
        self.model.saved.connect(self._saved)
        self.model.flagged.connect(self._flagged)
        self.confirm_btn = QPushButton(self.tr("Confirm reading…"), objectName="readingConfirm")
        self.confirm_btn.clicked.connect(lambda _=False: self.confirm())
        self.confirm_btn.setEnabled(session.may(meters.CONFIRM))
        event_btn = QPushButton(self.tr("Replaced / rolled over…"), objectName="readingEvent")
        event_btn.clicked.connect(self.enter_event)
        event_btn.setEnabled(session.may(meters.READ))
        recheck = QPushButton(self.tr("Print re-read list"), objectName="printRecheck")
        recheck.clicked.connect(self.print_recheck)
        # 抄表记录表: the building's meters of the month on paper, to read on site and to keep signed
        sheet = QPushButton(self.tr("Print reading sheet"), objectName="printReadingSheet")
        sheet.clicked.connect(lambda _=False: self.print_sheet())
        # the readings engineering hands over as a spreadsheet (the File menu's import, from here)
        import_btn = QPushButton(self.tr("Import readings…"), objectName="importReadings")
        import_btn.clicked.connect(lambda _=False: self.import_readings())
        hide_unless(import_btn, session.may(IMPORT_READINGS))
        top = QHBoxLayout()
        for label, w in ((self.tr("Month"), self.month), (self.tr("Meter"), self.kind),
                         (self.tr("Building"), self.building)):
            top.addWidget(plain_label(label))
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.confirm_btn)
        top.addWidget(event_btn)
        top.addWidget(import_btn)
        top.addWidget(sheet)
        top.addWidget(recheck)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.missing, 1)
        missing_row.addWidget(self.make_meters)
        lay.addLayout(missing_row)
        lay.addWidget(self.table)
        lay.addWidget(self.message)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(self.reload)
        self.building.currentIndexChanged.connect(self.reload)
        self.reload()

    def current_month(self) -> date:
        year, month = map(int, self.month.currentData().split("-"))
        return date(year, month, 1)

    def reload(self) -> None:
        code = self.building.currentData()
        outcome = call(self, self.model.load, self.current_month(), MeterKind[self.kind.currentData()], code or None,
                       not code)
        if outcome.ok:
            read = sum(1 for r in self.model.rows if r.value is not None)
            waiting = sum(1 for r in self.model.rows if r.waiting)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("{read} of {n} meters read").format(read=read, n=len(self.model.rows))
                                 + (self.tr("; {w} flagged readings to confirm or re-read").format(w=waiting)
                                    if waiting else ""))
            first = next((i for i, r in enumerate(self.model.rows) if r.value is None and not r.locked), None)
            if first is not None:
                self.table.setCurrentIndex(self.model.index(first, VALUE_COL))
        self._show_missing(code or None)

    def _show_missing(self, building: str | None) -> None:
        codes = []
        if building:
            outcome = call(self, meters.units_without_meter, self.session.ctx, self.session.actor,
                           MeterKind[self.kind.currentData()], building)
            codes = outcome.value if outcome.ok else []
        if codes:
            shown = "、".join(codes[:5]) + ("…" if len(codes) > 5 else "")
            self.missing.setText(self.tr("{n} units of this building have no {kind} meter yet: {codes}").format(
                n=len(codes), kind=self.kind.currentText(), codes=shown))
        self.missing.setVisible(bool(codes))
        self.make_meters.setVisible(bool(codes) and self.session.may(meters.READ))

    def create_missing(self) -> int:
        building = self.building.currentData()
        kind = MeterKind[self.kind.currentData()]
        if not building:
            return 0
        answer = QMessageBox.question(self, self.tr("Set up meters"), as_typed(self.tr(
            "Set up a {kind} meter for every unit of building {building} that has none? "
            "They are numbered after the unit (S-/D-unit code).").format(kind=self.kind.currentText(),
                                                                          building=building)))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        outcome = call(self, meters.create_missing_meters, self.session.ctx, self.session.actor, kind, building)
        if not outcome.ok:
            return 0
        self.reload()
        return outcome.value

    def _failed(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(text)

    def _saved(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: {what}").format(what=text))
        self.session.bus.announce(Change.READINGS)

    def _flagged(self, text: str) -> None:
        self._failed(text)
        self.session.bus.announce(Change.READINGS)

    def confirm(self) -> bool:
        """确认读数: the flagged reading stands as it is, for a stated reason (audited)."""
        idx = self.table.currentIndex()
        if not idx.isValid():
            return False
        row = self.model.rows[idx.row()]
        if not row.waiting or row.reading_id is None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("{unit}: this reading has no flag to confirm.").format(unit=row.label))
            return False
        if Flag.LOWER.value in row.flags:  # nothing to confirm: no usage until it is read again
            self._failed(f"{row.label}：{lower_message(row.previous, row.value)}")
            return False
        reason, ok = QInputDialog.getText(
            self, self.tr("Confirm reading"),
            self.tr("{unit} {value} ({flags}).\nWhy is it right? (e.g. read again on site, leak reported)").format(
                unit=row.label, value=num(row.value), flags="、".join(row.flags)))
        if not ok:
            return False
        outcome = call(self, meters.confirm_reading, self.session.ctx, self.session.actor, row.reading_id, reason)
        if not outcome.ok:
            return False
        self.model.replace_row(idx.row(), outcome.value)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Confirmed: {unit} {value}; bills may use it.").format(
            unit=row.label, value=num(row.value)))
        return True

    def enter_event(self) -> bool:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return False
        row = self.model.rows[idx.row()]
        month = self.current_month()
        dialog = EventDialog(row.label, lambda value, **event: meters.enter_reading(
            self.session.ctx, self.session.actor, row.meter_id, month, value, **event), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        self.model.show_saved(idx.row(), dialog.saved)
        return True

    def showEvent(self, event) -> None:  # noqa: N802
        """Opened, the grid has the keys: the first reading not yet in is typed at once."""
        super().showEvent(event)
        self.table.setFocus()

    def import_readings(self) -> None:
        """The import wizard for readings; the grid is read again when it closes."""
        from deskapp.domain.importing import Target
        from deskapp.gui.importing.wizard import ImportWizard

        self.wizard = ImportWizard(self.session, Target.READINGS, self)
        self.wizard.finished.connect(lambda _result: self.reload())
        self.wizard.open()

    def print_sheet(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog
        from deskapp.services.billing import prints

        code = self.building.currentData() or None
        kind = MeterKind[self.kind.currentData()]
        month = self.current_month()
        outcome = call(self, prints.reading_sheet_pdf, self.session.ctx, self.session.actor, month, kind, code)
        if outcome.ok:
            PdfPreviewDialog(outcome.value, self.tr("Reading sheet"),
                             f"抄表记录表-{kind.value}-{month:%Y-%m}-{self.building.currentText()}.pdf", self).exec()

    def print_recheck(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog
        from deskapp.services.billing import prints

        outcome = call(self, prints.recheck_pdf, self.session.ctx, self.session.actor, self.current_month())
        if outcome.ok:
            PdfPreviewDialog(outcome.value, self.tr("Re-read list"), f"复抄清单-{self.current_month():%Y-%m}.pdf",
                             self).exec()



