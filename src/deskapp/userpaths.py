"""The per-user data folder (QStandardPaths), where the default database lives."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORG = "deskapp"
APP = "deskapp"


def data_dir() -> Path:
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_db_path() -> Path:
    return data_dir() / "deskapp.sqlite"
