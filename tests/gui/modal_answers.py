"""Answering the modal dialogs a button opens, the way a user would, for GUI tests.

A button's slot runs `dialog.exec()` (or QMessageBox.question, QInputDialog.getText …) and
only returns once the dialog is closed, so a test cannot answer it after the click. Instead the
test queues its answers *before* pressing the button; a polling QTimer finds the visible modal
dialog while the slot waits in it, checks it is the expected kind, fills it and closes it:

    answers = ModalAnswers(qtbot)
    reason = answers.input_text("收错项目")                 # QInputDialog.getText
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(void_button, Qt.MouseButton.LeftButton)
    answers.wait_all()
    assert "作废" in sure.text

Each queued answer is handled in order; `answer.text` keeps what the dialog said, and
`answer.pdf` / `answer.pdf_text` what a print preview showed. File choosers go through
deskapp.gui.file_dialogs: `patch_save_file` / `patch_open_file` / `patch_choose_folder` make
them return a path without a dialog (monkeypatch), and record what they were asked.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QTextEdit, QWidget,
)

POLL_MS = 20
STUCK_MS = 3000  # an unexpected dialog left this long is closed, so that the test fails, not hangs


@dataclass
class Answer:
    """One expected dialog: `matches(widget)` says it is the one, `act(widget)` answers it."""
    kind: str
    matches: Callable[[QWidget], bool]
    act: Callable[[QWidget], None]
    done: bool = False
    acted: bool = False  # act() has returned: what it typed or read is there to assert on
    text: str = ""
    title: str = ""
    pdf: bytes = b""

    @property
    def pdf_text(self) -> str:
        return pdf_text(self.pdf)


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def visible_modal() -> QWidget | None:
    """The dialog the user would be looking at now."""
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.isVisible():
        return modal
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return dialogs[-1] if dialogs else None


class ModalAnswers:
    """A queue of answers, served by one polling timer for the life of the test."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.queue: list[Answer] = []
        self.unexpected: list[str] = []
        self._stuck = 0
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        self._stopper = _Stopper(self.timer)  # the timer must not outlive the test

    # --- queueing ---------------------------------------------------------------------------

    def add(self, answer: Answer) -> Answer:
        self.queue.append(answer)
        if not self.timer.isActive():
            self.timer.start()
        return answer

    def message_box(self, button=QMessageBox.StandardButton.Yes, contains: str = "") -> Answer:
        """A QMessageBox (question, information, warning…) answered with `button`."""
        def act(box: QMessageBox) -> None:
            chosen = box.button(button)
            if chosen is None:  # an information box has only OK
                chosen = box.defaultButton() or box.buttons()[0]
            chosen.click()

        return self.add(Answer("message box", lambda w: isinstance(w, QMessageBox)
                               and contains in w.text(), act))

    def input_text(self, value: str) -> Answer:
        """A QInputDialog (getText, getItem, getMultiLineText) given `value` and accepted."""
        def act(dialog: QInputDialog) -> None:
            dialog.setTextValue(value)
            dialog.accept()

        return self.add(Answer("input dialog", lambda w: isinstance(w, QInputDialog), act))

    def asked_line(self, value: str) -> Answer:
        """The one line `deskapp.gui.forms.ask_line` asks for (a reason, what was done), given
        `value` and accepted: a refusal keeps it open, for a later answer to see."""
        def act(dialog: QDialog) -> None:
            dialog.findChild(QLineEdit, "askedLine").setText(value)
            dialog.accept()

        return self.add(Answer("asked line", lambda w: isinstance(w, QDialog) and w.objectName() == "askLine", act))

    def dialog(self, cls: type, fill: Callable[[QDialog], None], accept: bool = True) -> Answer:
        """A custom dialog of class `cls`: `fill(dialog)` types into it, then it is accepted
        (by its own accept(), as its OK button does) or rejected."""
        def act(dialog: QDialog) -> None:
            fill(dialog)
            if dialog.isVisible():
                dialog.accept() if accept else dialog.reject()

        return self.add(Answer(cls.__name__, lambda w: isinstance(w, cls), act))

    def pdf_preview(self) -> Answer:
        """A print preview (deskapp.gui.printing.PdfPreviewDialog): its PDF is kept, then it is closed."""
        from deskapp.gui.printing import PdfPreviewDialog

        def act(dialog: PdfPreviewDialog) -> None:
            dialog.reject()

        return self.add(Answer("print preview", lambda w: isinstance(w, PdfPreviewDialog), act))

    # --- serving ----------------------------------------------------------------------------

    def _poll(self) -> None:
        pending = [a for a in self.queue if not a.done]
        if not pending:
            return
        widget = visible_modal()
        if widget is None:
            return
        answer = pending[0]
        if not answer.matches(widget):
            seen = f"{type(widget).__name__}: {_text_of(widget)}"
            if not self.unexpected or self.unexpected[-1] != seen:
                self.unexpected.append(seen)
                self._stuck = 0
            self._stuck += 1
            if self._stuck * POLL_MS > STUCK_MS and isinstance(widget, QDialog):
                widget.reject()  # a dialog nobody expected would block the test for ever: fail instead
            return
        answer.done = True  # before acting: act() may open the next dialog in a nested loop
        answer.title = widget.windowTitle()
        answer.text = _text_of(widget)
        answer.pdf = getattr(widget, "pdf", b"") or b""
        # acted on outside this slot: an answer that opens a nested dialog (a warning after a
        # button in the dialog) must leave the timer free to answer that one too
        QTimer.singleShot(0, lambda: self._act(answer, widget))

    @staticmethod
    def _act(answer: Answer, widget: QWidget) -> None:
        try:
            answer.act(widget)
        finally:
            answer.acted = True

    def wait_all(self, timeout: int = 10_000) -> None:
        """Until every queued dialog has been answered (says which one never came, and what did) and
        each answer has run: it runs on the turn after its dialog is seen, and an assertion on what
        it read must not come first."""
        def all_done() -> None:
            missing = [a.kind for a in self.queue if not a.done]
            assert not missing, f"never shown: {missing}; shown instead: {self.unexpected}"
            running = [a.kind for a in self.queue if not a.acted]
            assert not running, f"still answering: {running}"

        self.qtbot.waitUntil(all_done, timeout=timeout)
        self.timer.stop()


class _Stopper:
    """Stops the timer when the ModalAnswers is collected."""

    def __init__(self, timer: QTimer):
        self.timer = timer

    def __del__(self):
        try:
            self.timer.stop()
        except RuntimeError:
            pass


def shown_text(text: str, form: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a reader sees of `text` in a label, a message box or a tooltip of that text format:
    plain text as it is, rich text (Qt guesses it of AutoText, "<b>张</b>") as it is drawn."""
    if form == Qt.TextFormat.PlainText or form == Qt.TextFormat.AutoText and not QtText.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def shown(label: QLabel) -> str:
    """What a label shows (its text as drawn)."""
    return shown_text(label.text(), label.textFormat())


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):  # as the user reads it
        return "\n".join(shown_text(t, widget.textFormat()) for t in (widget.text(), widget.informativeText()) if t)
    if isinstance(widget, QInputDialog):
        return widget.labelText()
    if widget.objectName() == "askLine":  # forms.ask_line: its question is the line's label
        return "\n".join([widget.windowTitle()] + [w.text() for w in widget.findChildren(QLabel) if w.text()])
    return widget.windowTitle()


# --- file choosers ------------------------------------------------------------------------------

@dataclass
class ChosenFile:
    path: Path | None
    asked: list = field(default_factory=list)  # (title, suggested name) of each call


def patch_save_file(monkeypatch, path: Path | None) -> ChosenFile:
    """deskapp.gui.file_dialogs.save_file answers `path` (None: the user cancelled)."""
    from deskapp.gui import file_dialogs

    chosen = ChosenFile(path)

    def save_file(parent, title, suggested, name_filter, kind="export"):
        chosen.asked.append((title, str(suggested)))
        return chosen.path

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    return chosen


def patch_open_file(monkeypatch, path: Path | None) -> ChosenFile:
    from deskapp.gui import file_dialogs

    chosen = ChosenFile(path)

    def open_file(parent, title, name_filter, kind="import", folder=None):
        chosen.asked.append((title, str(folder or "")))
        return chosen.path

    monkeypatch.setattr(file_dialogs, "open_file", open_file)
    return chosen


def patch_choose_folder(monkeypatch, path: Path | None) -> ChosenFile:
    from deskapp.gui import file_dialogs

    chosen = ChosenFile(path)

    def choose_folder(parent, title, kind="folder", folder=None):
        chosen.asked.append((title, str(folder or "")))
        return chosen.path

    monkeypatch.setattr(file_dialogs, "choose_folder", choose_folder)
    return chosen


# --- reaching the window's widgets as a user does -----------------------------------------------

def desk_window(qtbot, ctx, role_name: str):
    """The main window signed in as a user of `role_name` ("CLERK", "STEWARD", "SUPERVISOR", "ADMIN")."""
    from support import make_actor

    from deskapp.domain.permissions import Role
    from deskapp.gui.main_window import MainWindow
    from deskapp.gui.session import ChangeBus, DeskSession

    window = MainWindow(DeskSession(ctx, make_actor(Role[role_name]), ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window-wide shortcuts go to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click(qtbot, button) -> None:
    """A left click on a visible, enabled button (fails, as the user would be stuck, otherwise)."""
    from PySide6.QtCore import Qt

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be clicked"
    if isinstance(button, (QCheckBox, QRadioButton)):  # on the box: a wide check box's middle is no target
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_view(qtbot, window, key: str):
    """Click the main window's tab of view `key`; the view once it is on screen."""
    holder = window.findChild(QWidget, f"holder_{key}")
    assert holder is not None, f"no view {key} for this role"
    click_tab(qtbot, window.tabs, holder)
    view = window.show_view(key)
    qtbot.waitUntil(view.isVisible)  # a widget added to a shown parent is shown queued
    return view


def open_sub_tab(qtbot, ctx, role_name: str, key: str, tab: str):
    """A desk for `role_name` on `ctx`, its view `key` clicked, then that view's tab `tab` (the
    view's attribute: "readings", "arrears", "run"…) clicked; the tab."""
    view = open_view(qtbot, desk_window(qtbot, ctx, role_name), key)
    page = getattr(view, tab)
    click_tab(qtbot, view.tabs, page)
    return page


def click_tab(qtbot, tabs, page) -> None:
    """Click the tab of `page` in the QTabWidget `tabs`."""
    from PySide6.QtCore import Qt

    index = tabs.indexOf(page)
    assert index >= 0 and tabs.isTabVisible(index)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def click_row(qtbot, view, row: int, column: int = 0) -> None:
    """Click a table row (selects it and makes it current)."""
    from PySide6.QtCore import Qt

    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row


def cell(view, row: int, column: int) -> str:
    """The text a table shows in a cell, whether a QTableWidget or a view over a model."""
    return view.model().index(row, column).data() or ""


def click_header(qtbot, view, column: int) -> None:
    """Click a table's column header (sorts by it, the other way when it is the sorted one)."""
    from PySide6.QtCore import QPoint, Qt

    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def sort_arrow(view) -> str:
    """The sort arrow the table's header shows, read from its pixels: "▲", "▼", or "" for none.
    The sorted section is painted once more with the other order (its signals blocked, so nothing
    is re-sorted): the pixels that differ are where the two arrows lie, and the arrow shown has its
    ink toward its wide edge — the bottom of ▲, the top of ▼."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import qGray

    header = view.horizontalHeader()
    section = header.sortIndicatorSection()
    if not header.isSortIndicatorShown() or not 0 <= section < header.count():
        return ""
    area = QRect(header.sectionViewportPosition(section), 0, header.sectionSize(section), header.height())
    order = header.sortIndicatorOrder()
    shown = header.grab(area).toImage()
    header.blockSignals(True)
    try:
        header.setSortIndicator(section, Qt.SortOrder.AscendingOrder if order == Qt.SortOrder.DescendingOrder
                                else Qt.SortOrder.DescendingOrder)
        other = header.grab(area).toImage()
    finally:
        header.setSortIndicator(section, order)
        header.blockSignals(False)
    ink = [(y, qGray(other.pixel(x, y)) - qGray(shown.pixel(x, y)))
           for y in range(shown.height()) for x in range(shown.width()) if shown.pixel(x, y) != other.pixel(x, y)]
    assert ink, "the sort arrow does not change with the order"
    rows = [y for y, _ in ink]
    middle = (min(rows) + max(rows)) / 2
    weight = sum(dark for _, dark in ink if dark > 0)
    centre = sum(y * dark for y, dark in ink if dark > 0) / weight
    return "▲" if centre > middle else "▼"


def button_named(parent, name: str):
    """The button or tool button called `name` (objectName) under `parent`."""
    from PySide6.QtWidgets import QAbstractButton

    found = parent.findChild(QAbstractButton, name)
    assert found is not None, f"no button {name}"
    return found


def choose_with_keys(qtbot, combo, text: str) -> None:
    """Pick an entry of a closed combo box with the keyboard, as a clerk does: Home, then Down to it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` into a line edit: ASCII as key clicks, Chinese as an input method commits it
    (QTest cannot click keys for characters outside ASCII)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QCoreApplication.sendEvent(widget, event)


def scroll_to_section(qtbot, page, key: str):
    """Page down the unit page (as the clerk scrolls) until area `key`'s section is in view; the
    unit page builds a section when it first comes into view (issue 21 §1). Returns the section."""
    from PySide6.QtCore import Qt

    box = page.sections[key]
    bar = page.verticalScrollBar()
    while box.inner is None:
        before = bar.value()
        qtbot.keyClick(bar, Qt.Key.Key_PageDown)
        assert box.inner is not None or bar.value() != before, f"section {key} never came into view"
    return box.inner


def fill_and_save(**values) -> Callable[[QDialog], None]:
    """For ModalAnswers.dialog: fill a FormDialog's widgets by their objectName (a combo by its
    item's data — an editable one with no such item by typing it —, a line or text box by its text),
    then press its Save button."""
    def fill(dialog) -> None:
        for name, value in values.items():
            widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QComboBox, name) or \
                dialog.findChild(QPlainTextEdit, name) or dialog.findChild(QTextEdit, name)
            assert widget is not None, name
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
                if widget.isEditable() and widget.currentIndex() < 0:
                    widget.setEditText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return fill
