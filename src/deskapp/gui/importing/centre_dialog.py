"""小区与服务中心: the community's name and its service centre's name, address and phone, printed at
the head of every paper. Set once when a centre goes live — before its first roster import, which
the wizard refuses without them — and corrected here later (工具 ▸ 小区与服务中心…)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit

from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.services.registry import community as registry_community


class CentreDialog(FormDialog):
    def __init__(self, session: DeskSession, parent=None, *, intro: str = ""):
        super().__init__(parent, self.tr("Community and service centre"), intro=intro or self.tr(
            "The names, address and phone printed at the head of every notice, receipt and register."))
        self.setObjectName("centreDialog")
        self.session = session
        now = registry_community.community(session.ctx)
        self.name = QLineEdit(now.name if now else "", objectName="communityName", placeholderText="翠湖花园")
        self.centre = QLineEdit(now.centre_name if now else "", objectName="centreName",
                                placeholderText=self.tr("empty: the community's name + 物业服务中心"))
        self.address = QLineEdit(now.address if now else "", objectName="centreAddress")
        self.phone = QLineEdit(now.phone if now else "", objectName="centrePhone", placeholderText="0571-88886666")
        self.row(self.tr("&Community name:"), self.name, "小区名称")
        self.row(self.tr("Service c&entre:"), self.centre, "服务中心名称")
        self.row(self.tr("&Address:"), self.address, "地址")
        self.row(self.tr("&Phone:"), self.phone, "电话")
        self.name.setFocus()
        self.resize(520, self.sizeHint().height())

    def submit(self):
        return registry_community.setup_community(
            self.session.ctx, self.session.actor, self.name.text().strip(), self.centre.text().strip(),
            self.address.text().strip(), self.phone.text().strip())


def centre_is_set(window, why: str) -> bool:
    """True when the community is on file; otherwise the dialog opens, saying `why`, and the answer
    is whether the user filled it in (an import of units needs the community they belong to)."""
    if registry_community.community(window.session.ctx) is not None:
        return True
    return CentreDialog(window.session, window, intro=why).exec() == QDialog.DialogCode.Accepted
