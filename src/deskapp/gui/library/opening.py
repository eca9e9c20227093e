"""Opening and printing a document's version: 打开 hands the kept file's copy to the operating system
(Word, the PDF reader, the image viewer); 打印 shows a PDF in the desk's print preview (the path
every printed form takes) and opens anything else, whose own program prints it."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from deskapp.contracts.library import VersionRow
from deskapp.gui import errors
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import preview
from deskapp.services.library import documents as library

PDF = "application/pdf"


def open_version(parent: QWidget, session: DeskSession, version: VersionRow) -> None:
    outcome = errors.call(parent, library.file_to_open, session.ctx, session.actor, version.id)
    if outcome.ok:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(outcome.value)))


def print_version(parent: QWidget, session: DeskSession, title: str, version: VersionRow) -> None:
    if version.media_type != PDF:
        open_version(parent, session, version)
        return
    outcome = errors.call(parent, library.file_to_open, session.ctx, session.actor, version.id)
    if outcome.ok:
        preview(parent, outcome.value.read_bytes(), title, version.file_name)
