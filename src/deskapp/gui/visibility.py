"""A widget only for the roles that may use it: hidden for the others, never shown here.

`widget.setVisible(True)` on a widget that has no parent yet (buttons are made before they are
put into a layout) shows it as a window of its own: it flashes up and takes the keyboard from
the desk, so that no shortcut works until the clerk clicks back into the window (issue 12).
A widget is shown with its parent anyway, so a role check only ever needs to hide."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def hide_unless(widget: QWidget, allowed: bool) -> None:
    if not allowed:
        widget.hide()
