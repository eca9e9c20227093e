"""Every dialog the desk shows is wide enough for its form and its title: Qt sizes a small
dialog (a QInputDialog, a two-field form) to 200–240 px, which cuts the title off in the title
bar. One application-wide filter sees each dialog as it is shown and widens it once;
QMessageBox sizes itself to its title already and is left alone."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

MIN_WIDTH = 360  # px: a label column, a field a Chinese name or a date fits in, and the buttons
TITLE_BAR = 140  # px the title bar needs besides the title: icon, close/maximise buttons, margins


def wanted_width(dialog: QDialog) -> int:
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR
    want = max(MIN_WIDTH, title)
    screen = dialog.screen()
    if screen is not None:
        want = min(want, screen.availableGeometry().width() - 40)
    return want


def fit(dialog: QDialog) -> None:
    want = wanted_width(dialog)
    if dialog.maximumWidth() < want:
        return  # a dialog that fixes its own width knows better
    if dialog.minimumWidth() < want:
        dialog.setMinimumWidth(want)
    if dialog.width() < want:
        dialog.resize(want, dialog.height())


_SHOW = QEvent.Type.Show


class _Sizer(QObject):
    # Called for every event of the application: the cheap test comes first.
    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == _SHOW and isinstance(obj, QDialog) and not isinstance(obj, QMessageBox):
            fit(obj)
        return False


def install(app: QApplication) -> None:
    """Once per application; the filter is kept as the application's child."""
    if app.findChild(_Sizer, "dialogSizer") is None:
        sizer = _Sizer(app)
        sizer.setObjectName("dialogSizer")
        app.installEventFilter(sizer)
