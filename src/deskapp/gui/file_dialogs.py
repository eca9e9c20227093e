"""Choosing a file or folder: the only way the desk opens a file dialog.

Why not QFileDialog's static functions: a file dialog looks at every file of the folder it
shows, and Qt's default icon provider finds a file's type by *reading* it (QMimeDatabase
sniffs the content of any name it does not know, such as `deskapp.sqlite-wal`). On Linux and
macOS, closing any descriptor of a file cancels every POSIX lock the process holds on that
file — SQLite's included. A dialog shown over the database's folder thus silently dropped the
desk's locks, the next program that opened the database took itself for the last user and
deleted the write-ahead log the desk was still writing into: saved work was lost (issue 22).

So the dialogs here
- never read a file: their icon provider answers from the name and the directory flag only;
- start in Documents (or the folder last used for the same kind of file), never in the
  database's folder, and hide the database's own journal and lock files wherever they are.

Windows locks are per handle and are not affected; there the native dialog is kept, as clerks
know it. `DESKAPP_NATIVE_DIALOGS=0/1` overrides (tests use the Qt dialog).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QFileInfo, QSortFilterProxyModel, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

# SQLite's companions of a database and our lock and in-use files: nothing a user picks.
_HIDDEN_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".inuse")

_last_folder: dict[str, Path] = {}


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name alone: no file is ever opened to look at it."""

    def icon(self, what):  # noqa: D401  (QAbstractFileIconProvider API: IconType or QFileInfo)
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            kind = QStyle.StandardPixmap.SP_DirIcon if what.isDir() else QStyle.StandardPixmap.SP_FileIcon
        elif what == QAbstractFileIconProvider.IconType.Folder:
            kind = QStyle.StandardPixmap.SP_DirIcon
        elif what == QAbstractFileIconProvider.IconType.Drive:
            kind = QStyle.StandardPixmap.SP_DriveHDIcon
        elif what == QAbstractFileIconProvider.IconType.Computer:
            kind = QStyle.StandardPixmap.SP_ComputerIcon
        else:
            kind = QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(kind) if style is not None else QIcon()

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("file_dialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("file_dialogs", "{suffix} file").format(suffix=suffix.upper())
        return QCoreApplication.translate("file_dialogs", "File")


class _HideDatabaseCompanions(QSortFilterProxyModel):
    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 (Qt)
        index = self.sourceModel().index(row, 0, parent)
        name = index.data() or ""
        return not name.endswith(_HIDDEN_SUFFIXES)


def use_native() -> bool:
    forced = os.environ.get("DESKAPP_NATIVE_DIALOGS")
    if forced in ("0", "1"):
        return forced == "1"
    return sys.platform == "win32"


def start_folder(kind: str) -> Path:
    """Where a dialog for `kind` ("export", "pdf", "backup", "import" …) opens: the folder used
    last for that kind in this run of the program, else Documents."""
    last = _last_folder.get(kind)
    if last is not None and last.is_dir():
        return last
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs else Path.home()
    return folder if folder.is_dir() else Path.home()


def make_dialog(parent: QWidget | None, title: str, folder: Path, name_filter: str = "") -> QFileDialog:
    """The dialog every chooser below shows; made here so that a test can look at it."""
    dialog = QFileDialog(parent, title, str(folder), name_filter)
    if not use_native():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog._name_only_icons = provider  # the dialog does not own it: keep it alive with the dialog
        dialog.setProxyModel(_HideDatabaseCompanions(dialog))
        # Qt 6.12 gave these two labels mnemonics (&Look in:, Files of &type:) that its shipped
        # qtbase_zh_CN.qm does not know yet: they stayed English in a Chinese dialog
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("file_dialogs", "&Look in:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                            QCoreApplication.translate("file_dialogs", "Files of &type:"))
    dialog.setFilter(QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot | QDir.Filter.Drives)
    return dialog


def _run(dialog: QFileDialog, kind: str) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    if not chosen or not chosen[0]:
        return None
    path = Path(chosen[0])
    _last_folder[kind] = path if path.is_dir() else path.parent
    return path


def save_file(parent: QWidget | None, title: str, suggested: str | Path, name_filter: str,
              kind: str = "export") -> Path | None:
    """Ask where to save. `suggested` is a file name (opened in the start folder) or a full path."""
    suggested = Path(suggested)
    folder = suggested.parent if suggested.is_absolute() else start_folder(kind)
    dialog = make_dialog(parent, title, folder, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    suffix = _default_suffix(name_filter)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    return _run(dialog, kind)


def open_file(parent: QWidget | None, title: str, name_filter: str, kind: str = "import",
              folder: str | Path | None = None) -> Path | None:
    """Ask for an existing file to read."""
    start = Path(folder) if folder and Path(folder).is_dir() else start_folder(kind)
    dialog = make_dialog(parent, title, start, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if folder and Path(folder).is_file():
        dialog.selectFile(str(folder))
    return _run(dialog, kind)


def choose_folder(parent: QWidget | None, title: str, kind: str = "folder", folder: Path | None = None) -> Path | None:
    """`folder`: where to start when the caller knows better (the folder the last month was filed
    into), if it still exists; else the kind's last folder or Documents."""
    start = folder if folder is not None and folder.is_dir() else start_folder(kind)
    dialog = make_dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog, kind)


def _default_suffix(name_filter: str) -> str:
    """"Excel (*.xlsx)" → "xlsx": a name typed without its extension still gets it."""
    start = name_filter.find("*.")
    if start < 0:
        return ""
    end = start + 2
    while end < len(name_filter) and (name_filter[end].isalnum()):
        end += 1
    return name_filter[start + 2:end]
