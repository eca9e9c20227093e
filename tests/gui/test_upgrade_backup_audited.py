"""The copy made before a newer program upgrades an older file is in the audit trail: 审计日志 lists it
as the program's own work (系统 / 自动备份, 升级前自动备份) naming the backup's file."""
from __future__ import annotations

from alembic import command
from PySide6.QtCore import Qt

from support import make_actor

from deskapp.domain.permissions import Role
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.app import open_for_desk
from deskapp.store import schema
from deskapp.store.db import Database


def _older_file(path) -> None:
    """A database as an older program left it: the foundation's tables only, with a row."""
    db = Database.open(path)
    cfg = schema.alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_foundation")
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('kept', '1')")
    db.dispose()


def test_the_backup_before_an_upgrade_is_in_the_audit_log_in_chinese(tmp_path, desk_app, qtbot):
    from deskapp.gui.accounts.audit_view import AuditView

    path = tmp_path / "old.sqlite"
    _older_file(path)
    made = []
    ctx, lock = open_for_desk(path, upgraded=made.append)
    try:
        backup = made[0]
        assert backup is not None and backup.exists()
        view = AuditView(DeskSession(ctx, make_actor(Role.SUPERVISOR), ChangeBus()))
        qtbot.addWidget(view)
        view.show()
        model = view.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
        shown = [dict(zip(headers, row)) for row in rows if "升级前自动备份" in row]
        assert len(shown) == 1, rows
        entry = shown[0]
        assert entry["用户"] == "系统" and entry["角色"] == "自动备份"
        assert backup.name in entry["摘要"] and entry["摘要"].startswith("升级数据库结构前自动备份")
    finally:
        lock.release()
        ctx.db.dispose()

    ctx, lock = open_for_desk(path)  # opened again, up to date: no second backup, no second entry
    try:
        view = AuditView(DeskSession(ctx, make_actor(Role.SUPERVISOR), ChangeBus()))
        qtbot.addWidget(view)
        assert view.model.total == 1
    finally:
        lock.release()
        ctx.db.dispose()
