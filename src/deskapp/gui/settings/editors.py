"""One editor per kind of setting (services/settings.py KINDS). Each has `value()`,
`set_value(v)` and a `changed` signal; none checks the value itself: the service does, and
the page shows its message beside the setting."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget,
)

from deskapp.services.settings import Declared


def weekday_names() -> list[str]:
    return [QCoreApplication.translate("settings", "Mon"), QCoreApplication.translate("settings", "Tue"),
            QCoreApplication.translate("settings", "Wed"), QCoreApplication.translate("settings", "Thu"),
            QCoreApplication.translate("settings", "Fri"), QCoreApplication.translate("settings", "Sat"),
            QCoreApplication.translate("settings", "Sun")]


class BoolEditor(QCheckBox):
    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(self.tr("Yes"), parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class IntEditor(QSpinBox):
    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(int(spec.minimum or 0), int(spec.maximum if spec.maximum is not None else 9999))
        self.setMinimumWidth(110)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def set_value(self, value: Any) -> None:
        self.setValue(int(value))


class TextEditor(QLineEdit):
    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        if spec.blank and spec.default == "":
            self.setPlaceholderText(self.tr("(empty: the default)"))
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText(str(value))


class DecimalEditor(TextEditor):
    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.setPlaceholderText(str(spec.default))
        self.setFixedWidth(140)


class SpanEditor(TextEditor):
    """Office hours as typed, "08:30-17:30"; blank for none."""

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.setPlaceholderText(self.tr("e.g. 08:30-17:30 (empty: none)"))
        self.setFixedWidth(220)


class ChoiceEditor(QComboBox):
    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        for value, label in spec.choices:
            self.addItem(label, value)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class TimeEditor(QTimeEdit):
    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.timeChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.time().toString("HH:mm")

    def set_value(self, value: Any) -> None:
        t = QTime.fromString(str(value), "HH:mm")
        if not t.isValid():
            t = QTime.fromString(str(value), "H:mm")
        self.setTime(t)


class WeekdaysEditor(QWidget):
    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes = []
        for name in weekday_names():
            box = QCheckBox(name, self)
            box.toggled.connect(lambda _on: self.changed.emit())
            row.addWidget(box)
            self.boxes.append(box)
        row.addStretch(1)

    def value(self) -> list[int]:
        return [n for n, box in enumerate(self.boxes) if box.isChecked()]

    def set_value(self, value: Any) -> None:
        for n, box in enumerate(self.boxes):
            box.setChecked(n in value)


class ListEditor(QWidget):
    """A checklist: items edited in place (double-click or F2), added, removed, moved."""

    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        self.items = QListWidget(self)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.items.setMinimumHeight(150)
        self.items.itemChanged.connect(lambda _i: self.changed.emit())
        self.items.currentRowChanged.connect(lambda _r: self._enable())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(lambda _=False: self.add_item())
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.items, 1)
        row.addLayout(buttons)
        self._enable()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _enable(self) -> None:
        row = self.items.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.items.count() - 1)

    def value(self) -> list[str]:
        return [self.items.item(n).text() for n in range(self.items.count())]

    def set_value(self, value: Any) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for text in value:
            self.items.addItem(self._item(str(text)))
        self.items.blockSignals(False)
        self._enable()
        self.changed.emit()

    def add_item(self, text: str = "") -> QListWidgetItem:
        """A new item at the end, opened for typing (`text` fills it, for tests and paste)."""
        item = self._item(text if isinstance(text, str) else "")
        self.items.addItem(item)
        self.items.setCurrentItem(item)
        if not item.text() and self.items.isVisible():
            self.items.editItem(item)
        self.changed.emit()
        return item

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
            self._enable()
            self.changed.emit()

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(to, item)
        self.items.setCurrentRow(to)
        self.changed.emit()


class HoursEditor(QTableWidget):
    """Hours per category: the categories are fixed, each has a spin box."""

    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(len(spec.default), 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Hours"), self.tr("Default")])
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[str, QSpinBox] = {}
        for n, category in enumerate(spec.default):
            self.setItem(n, 0, QTableWidgetItem(category))
            spin = QSpinBox(self)
            spin.setRange(1, int(spec.maximum or 8760))
            spin.setSuffix(" " + self.tr("h"))
            spin.setMinimumWidth(110)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            self.setCellWidget(n, 1, spin)
            default = QTableWidgetItem(self.tr("{hours} h").format(hours=spec.default[category]))
            default.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(n, 2, default)
            self.spins[category] = spin
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth())
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def value(self) -> dict[str, int]:
        return {category: spin.value() for category, spin in self.spins.items()}

    def set_value(self, value: Any) -> None:
        for category, spin in self.spins.items():
            if category in value:
                spin.setValue(int(value[category]))


class FolderEditor(QWidget):
    """A folder's path, typed or chosen with 选择…; empty for the default place."""

    changed = Signal()

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = TextEditor(spec, self)
        self.path.setObjectName("folderPath")
        self.path.changed.connect(self.changed.emit)
        choose = QPushButton(self.tr("Choose…"), self, objectName="folderChoose")
        choose.clicked.connect(lambda _=False: self.choose())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.setFocusProxy(self.path)

    def choose(self) -> None:
        from deskapp.gui import file_dialogs

        chosen = file_dialogs.choose_folder(self, self.tr("Choose a folder"))
        if chosen is not None:
            self.path.setText(str(chosen))

    def value(self) -> str:
        return self.path.value()

    def set_value(self, value: Any) -> None:
        self.path.set_value(value)


EDITORS = {
    "bool": BoolEditor, "int": IntEditor, "text": TextEditor, "choice": ChoiceEditor, "decimal": DecimalEditor,
    "time": TimeEditor, "span": SpanEditor, "weekdays": WeekdaysEditor, "list": ListEditor, "hours": HoursEditor, "folder": FolderEditor,
}


def editor_for(spec: Declared, parent: QWidget | None = None) -> QWidget:
    return EDITORS[spec.kind](spec, parent)
