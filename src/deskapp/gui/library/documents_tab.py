"""The documents and, under them, the selected one's versions (the one in force marked, older ones
kept). Every role opens (打开) and prints (打印) a version — the one in force unless another is
selected; printing one not in force is asked first — and exports the 文件版本登记表; the supervisor's tab (`manage`) lists the withdrawn ones
too and adds a document, puts its title, kind or audience right (修改…), adds a new version, or
withdraws one, and opens (打开) the version chosen to check the file it kept. The first document is selected when the tab opens, its versions shown."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.contracts.library import DocumentRow, VersionRow
from deskapp.domain.local_time import local_text
from deskapp.gui.library.dialogs import DocumentDialog, EditDocumentDialog, VersionDialog, WithdrawDialog
from deskapp.gui.library.opening import open_version, print_version
from deskapp.gui import errors, file_dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fill_table, reselect, simple_table, told_unless, as_typed, plain_label
from deskapp.services import exports
from deskapp.services.library import documents as library



class DocumentsTab(QWidget):
    def __init__(self, session: DeskSession, *, manage: bool, parent=None):
        super().__init__(parent)
        self.session, self.manage = session, manage
        self.rows: list[DocumentRow] = []
        self.version_rows: list[VersionRow] = []
        prefix = "libraryManage" if manage else "library"
        self.documents = simple_table(f"{prefix}Documents", [
            self.tr("Title"), self.tr("Kind"), self.tr("Shown for"), self.tr("Version in force"),
            self.tr("Effective from"), self.tr("Versions"), self.tr("Withdrawn")])
        self.versions = simple_table(f"{prefix}Versions", [
            self.tr("Version"), self.tr("Effective from"), self.tr("State"), self.tr("File"), self.tr("Note"),
            self.tr("Added by"), self.tr("Added at")])
        self.documents.itemSelectionChanged.connect(self.show_versions)
        if manage:
            left = [button(self.tr("Add a document…"), "libraryAdd", lambda: self.add()),
                    button(self.tr("Edit…"), "libraryEdit", lambda: self.edit()),
                    button(self.tr("New version…"), "libraryNewVersion", lambda: self.new_version()),
                    button(self.tr("Withdraw…"), "libraryWithdraw", lambda: self.withdraw()),
                    # the supervisor reads the file just added here, not on the other tab
                    button(self.tr("Open"), "libraryManageOpen", lambda: self.open_chosen())]
        else:
            left = [button(self.tr("Open"), "libraryOpen", lambda: self.open_chosen()),
                    button(self.tr("Print"), "libraryPrint", lambda: self.print_chosen())]
        right = [button(self.tr("Export register…"), f"{prefix}Export", lambda: self.export())]
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row(left, right))
        layout.addWidget(self.documents)
        layout.addWidget(plain_label(self.tr("Versions of the selected document (the one in force marked)")))
        layout.addWidget(self.versions)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.LIBRARY in flags else None)
        self.refresh()

    def refresh(self, chosen: int | None = None) -> None:
        """The shelf read again, the document chosen before (or `chosen`, one just added) still chosen, else
        the first: the list is by kind and title, so a document added or withdrawn moved the choice by row
        onto another document — whose versions were shown, and to which 换新版本… added."""
        doc = self.chosen()
        chosen = chosen if chosen is not None else doc.id if doc else None
        self.rows = library.documents(self.session.ctx, self.session.actor, with_withdrawn=self.manage)
        fill_table(self.documents, [[d.title, d.kind.value, d.audience.value, d.current.label if d.current else "",
                                     f"{d.current.effective_on:%Y-%m-%d}" if d.current else "", str(d.versions),
                                     d.withdraw_reason if d.withdrawn else ""] for d in self.rows])
        reselect(self.documents, [d.id for d in self.rows], chosen, 0)  # its versions show at once
        self.show_versions()

    def chosen(self) -> DocumentRow | None:
        row = self.documents.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_versions(self) -> None:
        doc = self.chosen()
        self.version_rows = library.versions(self.session.ctx, self.session.actor, doc.id) if doc else []
        fill_table(self.versions, [[v.label, f"{v.effective_on:%Y-%m-%d}", self._state(v), v.file_name, v.note,
                                    v.added_by, local_text(v.added_at)] for v in self.version_rows])

    def _state(self, v: VersionRow) -> str:
        if v.in_force:
            return self.tr("In force")
        return self.tr("Not yet in force") if v.to_come else self.tr("Superseded")

    def chosen_version(self) -> VersionRow | None:
        """The selected version, else the one in force."""
        row = self.versions.currentRow()
        if 0 <= row < len(self.version_rows):
            return self.version_rows[row]
        return next((v for v in self.version_rows if v.in_force), None)

    def _version_or_say(self, title: str) -> VersionRow | None:
        """The version 打开 / 打印 act on, or None after saying what is missing: no document chosen, or
        one with no version in force yet (its first one takes effect later)."""
        if told_unless(self.chosen(), self, title, self.tr("Choose a document in the list first.")) is None:
            return None
        return told_unless(self.chosen_version(), self, title, self.tr(
            "This document has no version in force yet: choose a version in the list below."))

    def open_chosen(self) -> None:
        version = self._version_or_say(self.tr("Open"))
        if version is not None:
            open_version(self, self.session, version)

    def print_chosen(self) -> None:
        version = self._version_or_say(self.tr("Print"))
        if version is not None and self._not_in_force_agreed(version):
            print_version(self, self.session, f"{self.chosen().title} {version.label}", version)

    def _not_in_force_agreed(self, version: VersionRow) -> bool:
        """A version not in force (an older one chosen in the list, or one still to come) is printed only
        once the desk says so: a paper copy goes to a resident, who takes it for the rules that apply."""
        if version.in_force:
            return True
        doc = self.chosen()
        current = doc.current if doc is not None else None
        if version.to_come:
            ask = self.tr("{label} of “{title}” is not yet in force: it takes effect on {day}.").format(
                label=version.label, title=doc.title, day=f"{version.effective_on:%Y-%m-%d}")
        else:
            ask = self.tr("{label} of “{title}” is superseded.").format(label=version.label, title=doc.title)
        if current is not None:
            ask += " " + self.tr("The version in force is {label}, effective from {day}.").format(
                label=current.label, day=f"{current.effective_on:%Y-%m-%d}")
        ask += "\n\n" + self.tr("Print {label} all the same?").format(label=version.label)
        return QMessageBox.question(self, self.tr("Print"), as_typed(ask)) == QMessageBox.StandardButton.Yes

    def _in_use(self, title: str) -> DocumentRow | None:
        """The chosen document to change, or None after saying why not: none chosen, or withdrawn
        (kept on record as it was)."""
        doc = told_unless(self.chosen(), self, title, self.tr("Choose a document in the list first."))
        if doc is not None and doc.withdrawn:
            QMessageBox.information(self, title, as_typed(self.tr(
                "“{title}” is withdrawn ({reason}): it is kept on record as it was and not changed.").format(
                title=doc.title, reason=doc.withdraw_reason)))
            return None
        return doc

    def add(self) -> DocumentDialog:
        dlg = DocumentDialog(self, self.session)
        dlg.saved.connect(lambda document_id: self.refresh(document_id))  # the document added is the one chosen
        dlg.open()
        return dlg

    def edit(self) -> EditDocumentDialog | None:
        doc = self._in_use(self.tr("Edit document"))
        if doc is None:
            return None
        dlg = EditDocumentDialog(self, self.session, doc)
        dlg.open()
        return dlg

    def new_version(self) -> VersionDialog | None:
        doc = self._in_use(self.tr("New version"))
        if doc is None:
            return None
        dlg = VersionDialog(self, self.session, doc)
        dlg.open()
        return dlg

    def withdraw(self) -> WithdrawDialog | None:
        doc = self._in_use(self.tr("Withdraw"))
        if doc is None:
            return None
        dlg = WithdrawDialog(self, self.session, doc)
        dlg.open()
        return dlg

    def export(self) -> None:
        """《文件版本登记表》: a few dozen lines, written at once (no progress to show)."""
        path = file_dialogs.save_file(self, self.tr("Export register"), "文件版本登记表.xlsx", "Excel (*.xlsx)")
        if path is not None:
            errors.call(self, exports.run_export, self.session.ctx, self.session.actor, "document-versions", path,
                        exports.ExportOptions())
