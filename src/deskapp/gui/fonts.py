"""The shipped CJK font, so Chinese shows on a machine with no Chinese fonts installed."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from deskapp.resources_path import font_file

FAMILY = "WenQuanYi Micro Hei"


def install(app: QApplication) -> str:
    font_id = QFontDatabase.addApplicationFont(str(font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else FAMILY
    font = QFont(app.font())
    # The system's UI font first where it has Chinese (Windows: Microsoft YaHei), ours as fallback.
    font.setFamilies(["Microsoft YaHei UI", family])
    font.setPointSize(10)
    app.setFont(font)
    return family
