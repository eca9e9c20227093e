"""The data folder, where the default database lives: per user (QStandardPaths), or the shared
folder chosen at installation (install_config)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from deskapp.install_config import chosen_data_folder

ORG = "deskapp"
APP = "deskapp"


def data_dir() -> Path:
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    shared = chosen_data_folder()  # the installer's "shared by everyone on this PC" choice
    if shared is not None:
        return shared
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_db_path() -> Path:
    return data_dir() / "deskapp.sqlite"
