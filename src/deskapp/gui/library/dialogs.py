"""The 文件资料 forms: a new document with its first version, a document's title, kind and audience put
right, a new version of a document, and the reason for withdrawing one. The file is chosen with the desk's file chooser (its path shown, and a
refusal naming 文件 points at it)."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from deskapp.contracts.library import DocumentRow
from deskapp.domain.library import Audience, DocKind, DocumentInput, VersionInput
from deskapp.gui import file_dialogs
from deskapp.gui.forms import FormDialog, date_edit, enum_combo
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button
from deskapp.services.library import documents as library

class _FileField(QWidget):
    """The chosen file's path and 选择… beside it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.path = QLineEdit(objectName="libraryFilePath")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.path)
        lay.addWidget(button(self.tr("Choose…"), "libraryChooseFile", lambda: self.choose()))

    def choose(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("Choose the document's file"),
                                       self.tr("PDF, Word, images (*.pdf *.doc *.docx *.jpg *.jpeg *.png);;All files (*)"),
                                       kind="documents")
        if chosen is not None:
            self.path.setText(str(chosen))


class _VersionForm(FormDialog):
    def version_rows(self, session: DeskSession) -> None:
        today = session.ctx.clock.today
        self.label = self.row(self.tr("Version"), QLineEdit(objectName="libraryVersionLabel"), "版本")
        self.effective = self.row(self.tr("Effective from"), date_edit(
            None, "libraryEffective", label="生效日期", optional=True, today=today), "生效日期")
        self.note = self.row(self.tr("Note"), QLineEdit(objectName="libraryNote"), "说明")
        self.file = self.row(self.tr("File"), _FileField(self), "文件")

    def version(self) -> VersionInput:
        return VersionInput(self.label.text(), self.effective.value(), self.note.text())


class DocumentDialog(_VersionForm):
    def __init__(self, parent: QWidget | None, session: DeskSession):
        super().__init__(parent, self.tr("Add a document"))
        self.session = session
        self.title = self.row(self.tr("Title"), QLineEdit(objectName="libraryTitle"), "文件名称")
        self.kind = self.row(self.tr("Kind"), enum_combo(DocKind, name="libraryKind"))
        self.audience = self.row(self.tr("Shown for"), enum_combo(Audience, name="libraryAudience"))
        self.version_rows(session)

    def submit(self):
        doc = DocumentInput(self.title.text(), self.kind.currentData(), self.audience.currentData())
        return library.add_document(self.session.ctx, self.session.actor, doc, self.version(), self.file.path.text())


class EditDocumentDialog(FormDialog):
    """修改: the title, kind and audience as they stand; the versions and their files are not touched."""

    def __init__(self, parent: QWidget | None, session: DeskSession, doc: DocumentRow):
        super().__init__(parent, self.tr("Edit {title}").format(title=doc.title))
        self.session, self.doc = session, doc
        self.title = self.row(self.tr("Title"), QLineEdit(doc.title, objectName="libraryTitle"), "文件名称")
        self.kind = self.row(self.tr("Kind"), enum_combo(DocKind, name="libraryKind"))
        self.kind.setCurrentIndex(self.kind.findData(doc.kind))
        self.audience = self.row(self.tr("Shown for"), enum_combo(Audience, name="libraryAudience"))
        self.audience.setCurrentIndex(self.audience.findData(doc.audience))

    def submit(self):
        return library.edit_document(self.session.ctx, self.session.actor, self.doc.id,
                                     DocumentInput(self.title.text(), self.kind.currentData(),
                                                   self.audience.currentData()), version=self.doc.version)


class VersionDialog(_VersionForm):
    def __init__(self, parent: QWidget | None, session: DeskSession, doc: DocumentRow):
        super().__init__(parent, self.tr("New version of {title}").format(title=doc.title))
        self.session, self.document_id = session, doc.id
        self.version_rows(session)

    def submit(self):
        return library.add_version(self.session.ctx, self.session.actor, self.document_id, self.version(),
                                   self.file.path.text())


class WithdrawDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, doc: DocumentRow):
        super().__init__(parent, self.tr("Withdraw {title}").format(title=doc.title),
                         intro=self.tr("The document and its versions stay on record; it is no longer listed "
                                       "for use."))
        self.session, self.document_id = session, doc.id
        self.reason = self.row(self.tr("Reason"), QLineEdit(objectName="libraryReason"), "停用原因")

    def submit(self):
        return library.withdraw(self.session.ctx, self.session.actor, self.document_id, self.reason.text())
