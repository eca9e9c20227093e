"""The copy made before a newer program upgrades an older file is in the audit trail: 审计日志 lists it
as the program's own work (系统 / 自动备份, 升级前自动备份) naming the backup's file — whether the older
file is opened at the start or is a backup restored over the centre's database."""
from __future__ import annotations

from PySide6.QtCore import Qt

from support import make_actor, older_database

from deskapp.domain.permissions import Role
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.accounts import backup
from deskapp.services.app import open_for_desk


def _the_copy_is_in_the_audit_log(ctx, qtbot, copy) -> None:
    """审计日志 as the supervisor sees it lists `copy` once, as the program's own 升级前自动备份."""
    from deskapp.gui.accounts.audit_view import AuditView

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
    assert copy.name in entry["摘要"] and entry["摘要"].startswith("升级数据库结构前自动备份")


def test_the_backup_before_an_upgrade_is_in_the_audit_log_in_chinese(tmp_path, desk_app, qtbot):
    from deskapp.gui.accounts.audit_view import AuditView

    path = tmp_path / "old.sqlite"
    older_database(path)
    made = []
    ctx, lock = open_for_desk(path, upgraded=made.append)
    try:
        copy = made[0]
        assert copy is not None and copy.exists()
        _the_copy_is_in_the_audit_log(ctx, qtbot, copy)
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


def test_restoring_an_older_backup_copies_it_before_its_upgrade_and_audits_the_copy(community, admin, desk_app,
                                                                                     qtbot, tmp_path):
    """A backup an older program made is upgraded once it is restored: the copy made first is one of the
    backups (kind before-upgrade, named with its time as at the start) and in the audit log."""
    older = tmp_path / "older.sqlite"
    older_database(older)
    result = backup.restore(community, admin, older)
    assert result.upgraded
    copies = [b.path for b in backup.list_backups(community) if b.kind == "before-upgrade"]
    assert len(copies) == 1 and copies[0].parent == result.replaced_kept_at.parent
    _the_copy_is_in_the_audit_log(community, qtbot, copies[0])
