"""UI language through Qt's translation system. zh_CN is the default; English is the
source language of the strings in the code."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from deskapp.resources_path import resource

DEFAULT = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
# the bytes of the app's own .qm files, read whole at the start: Qt keeps a pointer into them, not a copy
# (QTranslator.load(data)), so they live as long as the translators. A file mapped from disk instead
# would be read under the desk when an update replaces the package files while the program runs.
_catalogues: list[bytes] = []
_english_on = False


def chosen_language(override: str | None = None) -> str:
    if override:
        return override
    value = QSettings().value("ui/language", DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def remember_language(lang: str) -> None:
    QSettings().setValue("ui/language", lang)


def install(app: QApplication, lang: str, folder: Path | None = None) -> list[str]:
    """Load every deskapp_*_<lang>.qm shipped (from `folder`, the package's translations unless
    given), read into memory, plus Qt's own strings (OK, Cancel...)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _catalogues.clear()
    loaded = []
    _english_mode(app, lang == "en")
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = folder or resource("translations")
    for qm in sorted(folder.glob(f"deskapp_*_{lang}.qm")):
        t = QTranslator(app)
        data = qm.read_bytes()
        if t.load(data):
            app.installTranslator(t)
            _installed.append(t)
            _catalogues.append(data)
            loaded.append(qm.name)
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{lang}", str(folder)) for folder in qt_translation_folders()):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(f"qtbase_{lang}")
    return loaded


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_zh_CN.qm: standard buttons, file chooser, print dialog)
    are: Qt's translations path, then the PySide6 package's Qt/translations (the same folder in a
    wheel install; in the PyInstaller bundle the folder PyInstaller's Qt hook copies them to)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]


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
