"""File and Tools menu work: back up, restore, check the database; change password; lock;
sign out. Long work runs in a Job with a progress dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from deskapp.domain.local_time import local_text
from deskapp.gui import file_dialogs
from deskapp.domain.backups import file_name
from deskapp.gui import errors
from deskapp.domain.errors import Cancelled
from deskapp.gui.printing import told
from deskapp.gui.service_text import said
from deskapp.gui.widgets import preview, as_typed, plain_label
from deskapp.gui.worker import Job
from deskapp.services.accounts import backup, backup_loss, check


def _keep(window, job: Job) -> Job:
    """Start a job and keep it alive as long as it runs (its signals die with the object)."""
    window.accounts_job = job
    return job.start()


def _stepper(progress, cancelled):
    """sqlite's backup progress (remaining, total) as the Job's (done, total), with cancel."""

    def step(remaining: int, total: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(total - remaining, total)

    return step


# ----------------------------------------------------------------- backup

def backup_menu(window) -> None:
    ctx = window.session.ctx
    outcome = errors.call(window, backup.folder, ctx)
    if not outcome.ok:
        return
    suggested = outcome.value / file_name(ctx.db.path.stem, "manual", ctx.clock.now())
    path = file_dialogs.save_file(window, QCoreApplication.translate("accounts", "Back up database"), suggested,
                                  QCoreApplication.translate("accounts", "Desk database (*.sqlite)"), kind="backup")
    if path is not None:
        start_backup(window, path)


def start_backup(window, path: Path) -> Job:
    session = window.session

    def job(progress, cancelled):
        return backup.backup_to(session.ctx, session.actor, path, progress=_stepper(progress, cancelled))

    def done(result: Path) -> None:
        QMessageBox.information(window, QCoreApplication.translate("accounts", "Back up database"), as_typed(QCoreApplication.translate("accounts", "Backed up to {path}").format(path=result)))

    return _keep(window, Job(window, QCoreApplication.translate("accounts", "Backing up the database…"), job, done))


def daily_backup(window) -> Job | None:
    """At the first start of a day (after the main window shows): the automatic backup."""
    session = window.session
    if not backup.daily_backup_due(session.ctx):  # both backends: a SQLite copy or a pg_dump
        return None

    def job(progress, cancelled):
        return backup.auto_backup(session.ctx, progress=_stepper(progress, cancelled))

    return _keep(window, Job(window, QCoreApplication.translate("accounts", "Daily backup…"), job))


# ----------------------------------------------------------------- restore

def restore_menu(window) -> None:
    ctx = window.session.ctx
    outcome = errors.call(window, backup.folder, ctx)
    if not outcome.ok:
        return
    path = file_dialogs.open_file(window, QCoreApplication.translate("accounts", "Restore from backup"),
                                  QCoreApplication.translate("accounts", "Desk database (*.sqlite);;All files (*)"),
                                  kind="backup", folder=outcome.value)
    if path is not None:
        start_restore(window, path)


ACCOUNTS_SHOWN = 8  # account changes named in the restore's question; more are "…"


def restore_question(window, info) -> str:
    """Says when the backup was taken and what this database recorded since, read before asking."""
    session = window.session
    lost = backup_loss.lost_since(session.ctx, session.actor, info.last_entry_at)
    taken = (local_text(info.last_entry_at, tz=session.ctx.clock.now().tzinfo)
             if info.last_entry_at else QCoreApplication.translate("accounts", "unknown"))
    undone = ""
    if lost.accounts:  # a leaver disabled since is enabled again, an account made since is gone
        shown = "；".join(lost.accounts[:ACCOUNTS_SHOWN]) + ("…" if len(lost.accounts) > ACCOUNTS_SHOWN else "")
        undone = "\n\n" + QCoreApplication.translate(
            "accounts", "The restore also undoes {n} account changes made since: {changes}. "
            "Do them again after the restore (a leaver's account disabled since is enabled again).").format(
            n=len(lost.accounts), changes=shown)
    return QCoreApplication.translate(
        "accounts", "Replace the current database with the backup {name}?\n\n"
        "The backup was taken at {taken} (its last recorded action). Since then this database has recorded "
        "{actions} actions in all (the audit trail, signing in and backups left out), among them {receipts} "
        "receipts, {requests} requests and complaints and {loans} key loans: the restore loses them.{undone}"
        "\n\nThe backup holds {users} accounts and {rows} audit entries. The current database is kept as a "
        "backup first. After the restore everyone signs in again.").format(
        name=info.path.name, taken=taken, actions=lost.actions, receipts=lost.receipts, requests=lost.requests,
        loans=lost.loans, undone=undone, users=info.users, rows=info.audit_rows)


def start_restore(window, path: Path, *, confirmed: bool = False) -> Job | None:
    """Check the file (its whole audit trail, triggers and money: in a Job), ask, then restore;
    afterwards everyone signs in again. A doctored backup is refused with the reasons."""
    session = window.session

    def inspect(_progress, _cancelled):
        return backup.inspect_backup(session.ctx, path)

    def inspected(info) -> None:
        if not confirmed:
            answer = QMessageBox.question(
                window, QCoreApplication.translate("accounts", "Restore from backup"), as_typed(restore_question(window, info)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        _keep(window, Job(window, QCoreApplication.translate("accounts", "Restoring the database…"),
                          lambda progress, cancelled: restore_job(info, progress, cancelled), done))

    def restore_job(info, progress, cancelled):
        return backup.restore(session.ctx, session.actor, info.path, progress=_stepper(progress, cancelled),
                              lock_held=True, checked=info)

    def done(result) -> None:
        QMessageBox.information(window, QCoreApplication.translate("accounts", "Restore from backup"),
                                as_typed(QCoreApplication.translate("accounts", "Restored from {path}. The replaced database was kept as {kept}. "
                                   "Please sign in again.").format(path=result.restored_from,
                                                                   kept=result.replaced_kept_at.name)))
        sign_out(window)

    return _keep(window, Job(window, QCoreApplication.translate("accounts", "Checking the backup…"), inspect,
                             inspected))


# ----------------------------------------------------------------- check

class CheckReportDialog(QDialog):
    def __init__(self, session, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.report = report
        self.setObjectName("checkReport")
        self.setWindowTitle(QCoreApplication.translate("accounts", "Database check"))
        self.resize(640, 420)
        # the verdict first: under some thirty checks it was the last line, below the fold
        # in English mode the verdict, the checks' names and their findings in English (the paper stays Chinese)
        self.verdict = plain_label("\n".join(said(line) for line in [report.verdict, *(f"· {p}" for p in report.problems[:5])]))
        self.verdict.setObjectName("checkVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-weight: bold;" + ("" if report.ok else " color: #c00000;"))
        self.text = QPlainTextEdit("\n".join(said(line) for line in report.lines()))
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # 《数据库检查报告》 on paper, for the supervisor's file, or as a PDF kept with it
        self.print_button = buttons.addButton(QCoreApplication.translate("accounts", "&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("checkPrint")
        self.pdf_button = buttons.addButton(QCoreApplication.translate("accounts", "E&xport PDF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("checkExportPdf")
        self.print_button.clicked.connect(lambda _=False: self.print_report())
        self.pdf_button.clicked.connect(lambda _=False: self.export_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _title(self) -> str:
        return QCoreApplication.translate("accounts", "Database check report")

    def _file_name(self) -> str:
        at = self.report.checked_at
        return f"数据库检查报告-{at:%Y%m%d-%H%M}.pdf" if at else "数据库检查报告.pdf"

    def print_report(self) -> None:
        s = self.session
        out = errors.call(self, check.report_pdf, s.ctx, s.actor, self.report)
        if out.ok:
            preview(self, out.value, self._title(), self._file_name())

    def export_pdf(self) -> None:
        s = self.session
        path = file_dialogs.save_file(self, self._title(), self._file_name(), "PDF (*.pdf)", kind="pdf")
        if path is None:
            return
        out = errors.call(self, check.write_report_pdf, s.ctx, s.actor, self.report, path)
        if out.ok:
            told(self._title(), self._file_name(), "pdf")  # in the audit trail, as a preview's 另存为 PDF
            QMessageBox.information(self, self._title(),
                                    as_typed(QCoreApplication.translate("accounts", "Saved to {path}.").format(path=out.value)))


def start_check(window, *, full: bool = False) -> Job:
    session = window.session

    def job(progress, cancelled):
        return check.run_check(session.ctx, session.actor, full=full, progress=progress)

    def done(report) -> None:
        window.check_report = CheckReportDialog(session, report, window)
        window.check_report.open()

    return _keep(window, Job(window, QCoreApplication.translate("accounts", "Checking the database…"), job, done))


def full_check_menu(window) -> None:
    start_check(window, full=True)


# ----------------------------------------------------------------- session

def change_password_menu(window) -> None:
    from deskapp.gui.accounts.login import ChangePasswordDialog

    dialog = ChangePasswordDialog(window.session.ctx, window.session.actor, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        QMessageBox.information(window, QCoreApplication.translate("accounts", "Change password"), QCoreApplication.translate("accounts", "Your password was changed."))


def lock_now(window) -> None:
    from deskapp.gui.accounts.idle import IdleLock

    lock = getattr(window, "idle_lock", None) or IdleLock(window, window.session)
    lock.lock()


def sign_out(window) -> None:
    """Close the main window and show the login again (the start-up loop in gui/app.py)."""
    window.setProperty("deskapp_restart", True)
    lock = getattr(window, "idle_lock", None)
    if lock is not None:
        lock.stop()
    window.close()


def record_prints(session):
    """Audit every document printed or saved as PDF in this session; returns the listener."""
    from deskapp.gui import printing
    from deskapp.services.accounts import audit_trail

    def listener(title: str, name: str, how: str) -> None:
        errors.call(None, audit_trail.record_print, session.ctx, session.actor,
                    title + ("（另存为 PDF）" if how == "pdf" else ""), "document", name)

    printing.OUTPUT_LISTENERS.append(listener)
    return listener
