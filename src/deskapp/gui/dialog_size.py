"""Every dialog the desk shows is wide enough for its form and its title: Qt sizes a small
dialog (a QInputDialog, a two-field form) to 200–240 px, which cuts the title off in the title
bar. One application-wide filter sees each dialog as it is shown and widens it once.

A QMessageBox sizes itself again as it shows, to its short title plus 50 px: too narrow for the
title the title bar really carries (Qt appends " — 物业客服台") beside its icon and three buttons,
so 无法完成操作 read "无法完成操…业客服台". It gets a spacer as wide as the title bar needs, which
its own sizing then respects."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

MIN_WIDTH = 360  # px: a label column, a field a Chinese name or a date fits in, and the buttons
TITLE_BAR = 140  # px the title bar needs besides the title: icon, close/maximise buttons, margins


def shown_title(dialog: QDialog) -> str:
    """The title as the title bar shows it: Qt appends the application's display name to a
    title that does not end with it."""
    title, name = dialog.windowTitle(), QApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} — {name}"


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen `widget` is on, asked of the application, never of the widget.

    `widget.screen()` hands back the screen's one Python wrapper made a child of `widget` (PySide's
    return-value heuristic: the screen is a C++ object no Python object owns). When the cyclic
    garbage collector then collects that widget — a parentless dialog kept in a reference cycle —
    and clears the screen's wrapper before the dialog's, shiboken gives the wrapper ownership back
    and deletes the C++ QScreen: the application's only screen. The next window hidden or shown
    read the freed screen (QCursor::pos → QScreen::handle): the suite's rare segfault in a GUI
    test (a visible LendDialog collected in main_thread_gc.check, with pytest-qt's processEvents
    below it), and the desk itself could lose its screen the same way. A static call of the
    application makes no such child."""
    centre = widget.mapToGlobal(widget.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def wanted_width(dialog: QDialog) -> int:
    title = dialog.fontMetrics().horizontalAdvance(shown_title(dialog)) + TITLE_BAR
    want = max(MIN_WIDTH, title)
    screen = screen_of(dialog)
    if screen is not None:
        want = min(want, screen.availableGeometry().width() - 40)
    return want


def _fit_message_box(box: QMessageBox) -> None:
    # The box measures its layout when it shows: a spacer in its last row holds it this wide.
    if box.property("deskappWidened"):
        return
    box.setProperty("deskappWidened", True)
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        # the spacer spans the whole box, its margins and the icon's column included
        margins = layout.contentsMargins()
        width = wanted_width(box) - margins.left() - margins.right()
        layout.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed),
                       layout.rowCount(), 0, 1, layout.columnCount())


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
        if event.type() == _SHOW and isinstance(obj, QDialog):
            if isinstance(obj, QMessageBox):
                _fit_message_box(obj)
            else:
                fit(obj)
        return False


def install(app: QApplication) -> None:
    """Once per application; the filter is kept as the application's child."""
    if app.findChild(_Sizer, "dialogSizer") is None:
        sizer = _Sizer(app)
        sizer.setObjectName("dialogSizer")
        app.installEventFilter(sizer)
