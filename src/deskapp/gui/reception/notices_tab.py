"""通知/公告: draft, print the A4 notice for the board, send (SMS text + recipients file)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui import file_dialogs
from deskapp.domain.reception import NoticeTarget
from deskapp.gui import errors
from deskapp.gui.forms import FormDialog, enum_combo, text_box
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, load_when_shown, refill, preview, selected_id, simple_table, as_typed
from deskapp.services.reception import notices
from deskapp.services.reception.requests import when


class NoticesTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = simple_table("noticeTable", [self.tr("Drafted"), self.tr("Title"), self.tr("Audience"),
                                                  self.tr("By"), self.tr("Sent"), self.tr("Units reached")])
        bar = QHBoxLayout()
        bar.addWidget(button(self.tr("New notice…"), "noticeNew", self.new))
        bar.addWidget(button(self.tr("Print…"), "noticePrint", self.print_selected))
        bar.addWidget(button(self.tr("Send (SMS file)…"), "noticeSend", self.send))
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.RECEPTION in flags else None)
        load_when_shown(self, self.refresh)

    def refresh(self) -> None:
        ctx = self.session.ctx
        rows = notices.notices(ctx, self.session.actor)
        refill(self.table, [(when(ctx, n.created_at), n.title,
                             n.target.value + (f"：{n.target_codes}" if n.target_codes else ""), n.created_by,
                             when(ctx, n.sent_at), n.units_sent) for n in rows], [n.id for n in rows])

    def new(self):
        ctx, actor = self.session.ctx, self.session.actor
        dlg = FormDialog(self, self.tr("New notice"), [
            ("标题", self.tr("Title"), QLineEdit(objectName="noticeTitle")),
            ("正文", self.tr("Body"), text_box(160, name="noticeBody")),
            ("对象类型", self.tr("Audience"), enum_combo(NoticeTarget, name="noticeTarget")),
            ("对象", self.tr("Buildings or units (comma-separated)"), QLineEdit(objectName="noticeCodes"))],
            lambda v: notices.create_notice(ctx, actor, title=v["标题"], body=v["正文"], target=v["对象类型"],
                                            codes=v["对象"]))
        dlg.open()
        return dlg

    def print_selected(self):
        nid = selected_id(self.table)
        if nid is None:
            return None
        out = errors.call(self, notices.notice_pdf, self.session.ctx, self.session.actor, nid)
        if not out.ok:
            return None
        return preview(self, out.value, self.tr("Notice"), f"通知{nid}.pdf")

    def send(self, folder: Path | None = None):
        nid = selected_id(self.table)
        if nid is None:
            return None
        if folder is None:
            folder = file_dialogs.choose_folder(self, self.tr("Folder for the SMS files"), kind="sms")
            if folder is None:
                return None
        out = errors.call(self, notices.send_notice, self.session.ctx, self.session.actor, nid, folder)
        if not out.ok:
            return None
        s = out.value
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Notice sent"), as_typed(self.tr(
            "{units} units, {phones} mobile numbers.\nUpload {file} to the SMS platform with this text:\n\n{sms}").format(
            units=s.units, phones=s.phones, file=s.recipients_file.name, sms=s.sms)), parent=self)
        box.open()
        return s
