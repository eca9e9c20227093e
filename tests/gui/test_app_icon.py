"""The window carries the program's icon, the one the installer puts on the desktop."""
from __future__ import annotations

from deskapp.gui.app import make_app
from deskapp.resources_path import resource


def test_windows_carry_the_program_icon(qapp):
    app = make_app()
    assert resource("icons", "deskapp.png").is_file()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
