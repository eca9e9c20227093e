"""UI language through Qt's translation system. zh_CN is the default; English is the
source language of the strings in the code."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from deskapp.resources_path import resource

DEFAULT = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_english_on = False


def chosen_language(override: str | None = None) -> str:
    if override:
        return override
    value = QSettings().value("ui/language", DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def remember_language(lang: str) -> None:
    QSettings().setValue("ui/language", lang)


def install(app: QApplication, lang: str) -> list[str]:
    """Load every deskapp_*_<lang>.qm shipped, plus Qt's own strings (OK, Cancel...)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    loaded = []
    _english_mode(app, lang == "en")
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = resource("translations")
    for qm in sorted(folder.glob(f"deskapp_*_{lang}.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
            loaded.append(qm.name)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(f"qtbase_{lang}")
    return loaded


def _english_mode(app: QApplication, on: bool) -> None:
    """English mode also translates what the services say and widens clipped headers
    (gui/service_text.py, gui/english.py); imported only when needed, for a cheap Chinese start."""
    global _english_on
    if not on and not _english_on:
        return
    from deskapp.gui import english, service_text

    service_text.load(on)
    (english.install if on else english.uninstall)(app)
    _english_on = on
