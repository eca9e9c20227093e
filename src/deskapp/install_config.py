"""What was chosen when the program was installed (issue 20 §3).

The Windows installer asks whether the data folder is per user (%APPDATA%, the default) or
shared by everyone who signs in to the reception PC (%PROGRAMDATA%\\deskapp), and writes the
shared choice into deskapp-install.ini beside the program. Plain Python: read before Qt is up.
A source checkout or a pip install has no such file and keeps the per-user folder."""
from __future__ import annotations

import configparser
import sys
from pathlib import Path

INI_NAME = "deskapp-install.ini"


def program_folder() -> Path | None:
    """The installed program's folder, only when running frozen (PyInstaller sets sys.frozen)."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def chosen_data_folder(folder: Path | None = None) -> Path | None:
    """The data folder the installer wrote, or None for the per-user default. An unreadable
    or damaged file counts as no choice: the program still starts, in the per-user folder."""
    folder = folder if folder is not None else program_folder()
    if folder is None:
        return None
    ini = folder / INI_NAME
    parser = configparser.ConfigParser()
    try:
        if not parser.read(ini, encoding="utf-8-sig"):
            return None
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    value = parser.get("data", "folder", fallback="").strip()
    return Path(value) if value else None
