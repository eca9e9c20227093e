"""Accounts: sign-in, idle lock, user accounts, the audit trail, backups and the database check."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec, SectionSpec, StatusSpec, ViewSpec
from deskapp.services.accounts import users, audit_trail, backup, check, desks, privacy


def _audit_view(session):
    from deskapp.gui.accounts.audit_view import AuditView

    return AuditView(session)


def _status(session):
    from deskapp.gui.accounts.status import BackupStatus

    return BackupStatus(session)


def _presence(session):
    from deskapp.gui.accounts.presence import PresenceStatus

    return PresenceStatus(session)


def _desks(window):
    from deskapp.gui.accounts.desks_dialog import DesksDialog

    window.desks_dialog = DesksDialog(window.session, window)
    window.desks_dialog.open()


def _reveal(session, unit_id):
    from deskapp.gui.accounts.reveal import RevealSection

    return RevealSection(session, unit_id)


def _act(name):
    def run(window, *args):
        from deskapp.gui.accounts import actions

        getattr(actions, name)(window, *args)

    return run


def _users(window):
    from deskapp.gui.accounts.users_dialog import UsersDialog

    window.users_dialog = UsersDialog(window.session, window)
    window.users_dialog.open()


VIEWS = [
    ViewSpec("audit", 90, lambda: QCoreApplication.translate("accounts", "Audit trail"), _audit_view,
             visible=lambda s: s.may(audit_trail.VIEW)),
]

UNIT_SECTIONS = [
    SectionSpec("reveal", 95, lambda: QCoreApplication.translate("accounts", "Personal data (full numbers)"),
                _reveal, visible=lambda s: s.may(privacy.REVEAL) or s.may(privacy.REVEAL_FOR_WORK)),
]

MENU_ENTRIES = [
    MenuSpec("file", 80, lambda: QCoreApplication.translate("accounts", "&Back up database…"),
             _act("backup_menu"), "Ctrl+Shift+B", visible=lambda s: s.may(backup.BACKUP)),
    MenuSpec("file", 81, lambda: QCoreApplication.translate("accounts", "&Restore from backup…"),
             _act("restore_menu"), visible=lambda s: s.may(backup.RESTORE)),
    MenuSpec("file", 90, lambda: QCoreApplication.translate("accounts", "&Lock screen"), _act("lock_now"), "Ctrl+L"),
    MenuSpec("file", 91, lambda: QCoreApplication.translate("accounts", "Sign &out"), _act("sign_out")),
    MenuSpec("tools", 80, lambda: QCoreApplication.translate("accounts", "&Check database"),
             _act("start_check"), visible=lambda s: s.may(check.RUN)),
    MenuSpec("tools", 81, lambda: QCoreApplication.translate("accounts", "Check database (&full)"),
             _act("full_check_menu"), visible=lambda s: s.may(check.RUN)),
    MenuSpec("tools", 90, lambda: QCoreApplication.translate("accounts", "&User accounts…"), _users,
             visible=lambda s: s.may(users.MANAGE) or s.may(users.UNLOCK)),
    MenuSpec("tools", 92, lambda: QCoreApplication.translate("accounts", "Connected &desks…"), _desks,
             visible=lambda s: s.may(desks.VIEW)),
    MenuSpec("tools", 91, lambda: QCoreApplication.translate("accounts", "Change my &password…"),
             _act("change_password_menu"), visible=lambda s: s.actor.user_id is not None),
]

STATUS_WIDGETS = [StatusSpec(50, _status), StatusSpec(51, _presence)]
