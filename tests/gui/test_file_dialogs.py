"""File dialogs never open the database's files (issue 22 §1, gui/file_dialogs.py).

Qt's default icon provider reads every file it shows to guess its type; closing that read
cancelled the desk's SQLite locks and let another program delete the log the desk wrote into.
Here the real dialog is shown over the database's own folder through 文件 ▸ 备份数据库…, and
the desk still holds its locks afterwards; the backup made through it holds what was saved."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from support import make_actor

from deskapp.domain.permissions import Role
from deskapp.gui import file_dialogs
from deskapp.services.registry import community as registry_community
from deskapp.store.file_guard import posix_locks_held

SRC = Path(__file__).resolve().parents[2] / "src" / "deskapp" / "gui"


def _visible(kind):
    for w in QApplication.topLevelWidgets():
        if isinstance(w, kind) and w.isVisible():
            return w
    return None


def _menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if text in action.text().replace("&", ""):
                return action
    raise AssertionError(f"no menu entry {text!r}")


def test_backup_dialog_over_the_database_folder_keeps_the_desks_locks(main_window, community, qtbot, tmp_path):
    db = community.db.path
    registry_community.add_building(community, make_actor(Role.ADMIN), "88")   # connections open, locks held
    (db.parent / "月报.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    assert posix_locks_held([db, db.with_name(db.name + "-shm")]) is True
    target = tmp_path / "chosen"                  # 备份 asks for the folder to write the copy into
    target.mkdir()
    seen: dict = {}

    def in_the_dialog():
        dialog = _visible(QFileDialog)
        if dialog is None:                        # not on screen yet: look again shortly
            QTimer.singleShot(50, in_the_dialog)
            return
        try:
            work_in(dialog)
        except BaseException as exc:              # never leave a modal dialog open on failure
            seen["error"] = exc
            dialog.reject()

    def work_in(dialog):
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["provider"] = type(dialog.iconProvider()).__name__
        dialog.setDirectory(str(db.parent))       # the clerk goes up to the database's folder
        model = dialog.proxyModel()
        qtbot.waitUntil(lambda: db.name in _names(model, dialog), timeout=5000)
        qtbot.wait(800)                           # let the file-info thread fetch icons and types
        seen["names"] = _names(model, dialog)
        seen["locks"] = posix_locks_held([db, db.with_name(db.name + "-shm")])
        dialog.setDirectory(str(target))          # then into the folder for the copy, and 选择
        dialog.accept()
        QTimer.singleShot(50, close_the_report)

    def close_the_report():
        box = _visible(QMessageBox)
        if box is None:                           # the backup is still running: look again
            QTimer.singleShot(50, close_the_report)
            return
        seen["report"] = box.text()
        box.accept()

    QTimer.singleShot(0, in_the_dialog)
    _menu_action(main_window, "备份").trigger()
    if "error" in seen:
        raise seen["error"]
    qtbot.waitUntil(lambda: "report" in seen, timeout=20000)
    made = list(target.glob("*.sqlite"))
    assert len(made) == 1 and str(made[0]) in seen["report"]

    assert seen["locks"] is True, "showing the folder must not cancel the desk's SQLite locks"
    assert seen["native"] is False and seen["provider"] == "NameOnlyIconProvider"
    assert db.name in seen["names"] and db.name + "-wal" not in seen["names"] and db.name + "-shm" not in seen["names"]
    assert posix_locks_held([db, db.with_name(db.name + "-shm")]) is True
    con = sqlite3.connect(made[0])
    assert ("88",) in con.execute("SELECT code FROM buildings").fetchall()
    con.close()


def _names(model, dialog) -> set[str]:
    """The names the dialog lists for its folder (after its name filter and our proxy)."""
    source = model.sourceModel()
    root = model.mapFromSource(source.index(dialog.directory().absolutePath()))
    return {model.index(r, 0, root).data() for r in range(model.rowCount(root))}


def test_dialogs_start_in_documents_not_in_the_database_folder(desk_app, tmp_path, monkeypatch):
    start = file_dialogs.start_folder("never-used-kind")
    assert start.is_dir()
    dialog = file_dialogs.make_dialog(None, "t", start, "Excel (*.xlsx)")
    assert Path(dialog.directory().absolutePath()) == start
    assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIconProvider)


def test_no_gui_module_opens_a_qt_file_dialog_by_itself():
    """Every file chooser goes through gui/file_dialogs.py (its icon provider reads no file)."""
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert offenders == []
