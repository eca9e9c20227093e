"""托管钥匙: keys the centre holds for units, taken into custody, lent, returned, tagged."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.gui import errors
from deskapp.gui.keys import dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.places import choose_in
from deskapp.gui.widgets import ActionRow, edge_row, preview, refill, simple_table, as_typed, plain_label
from deskapp.services.keys import custody as keys, documents as keys_documents


class CustodyTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.text = QLineEdit(objectName="custodyFilter", placeholderText=self.tr("Tag, unit or cabinet…"))
        self.ended = QCheckBox(self.tr("Show retired and handed over"), objectName="custodyShowEnded")
        self.count = plain_label(objectName="custodyCount")
        top = edge_row((plain_label(self.tr("Filter:")), self.text, self.ended), (self.count,))
        acts = ActionRow(self)
        acts.add("actRegisterKey", self.tr("Take into &custody…"), self.register, shortcut="Ctrl+N",
                 allowed=session.may(keys.CUSTODY))
        # Ctrl+J, not Ctrl+L: that locks the screen everywhere, and a key both ways does neither
        acts.add("actLendKey", self.tr("&Lend…"), self.lend, shortcut="Ctrl+J", allowed=session.may(keys.LEND))
        acts.add("actReturnKey", self.tr("&Return…"), self.return_key, shortcut="Ctrl+R",
                 allowed=session.may(keys.RETURN))
        acts.add("actEditKey", self.tr("&Move / edit…"), self.edit, shortcut="F2", allowed=session.may(keys.CUSTODY))
        acts.add("actRetireKey", self.tr("R&etire…"), self.retire, allowed=session.may(keys.RETIRE))
        acts.add("actKeyHistory", self.tr("Hi&story"), self.history, shortcut="Ctrl+H")
        acts.add("actKeyLabels", self.tr("&Print tag labels…"), self.labels, shortcut="Ctrl+P")
        acts.addStretch(1)
        self.table = simple_table("custodyTable", [
            self.tr("Tag"), self.tr("Unit"), self.tr("Key"), self.tr("Copies"), self.tr("Cabinet / hook"),
            self.tr("Held because"), self.tr("Since"), self.tr("Authority"), self.tr("State"), self.tr("Lent to"),
            self.tr("Expected back")], several=True)
        self.table.doubleClicked.connect(lambda _i: self.lend())
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(acts)
        lay.addWidget(self.table)
        self.text.textChanged.connect(self.reload)
        self.ended.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if Change.KEYS in flags else None)
        self.reload()

    def reload(self) -> None:
        self.keys = keys.all_keys(self.session.ctx, self.session.actor, text=self.text.text(),
                                  include_ended=self.ended.isChecked())
        refill(self.table, [[k.tag, k.unit_code, k.label or k.kind.value, k.copies, k.location, k.reason.value, k.since,
                             k.authority, self.tr("Lent") if k.lent else k.state.value, k.lent_to, local_text(k.due_at)]
                            for k in self.keys], [k.id for k in self.keys], red=[k.overdue for k in self.keys])
        lent = sum(k.lent for k in self.keys)
        self.count.setText(self.tr("{n} keys, {lent} lent").format(n=len(self.keys), lent=lent))

    def show_record(self, key_id: int) -> bool:
        """Choose key `key_id` (a tag typed into the search box): one retired or handed over is found
        among the ended keys."""
        if choose_in(self.table, "id", key_id):
            return True
        self.ended.setChecked(True)  # reads the list again
        return choose_in(self.table, "id", key_id)

    def selected(self) -> list[keys.KeyView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.keys[r] for r in rows if r < len(self.keys)]

    def current(self) -> keys.KeyView | None:
        s = self.selected()
        return s[0] if s else None

    def chosen(self, title: str) -> keys.KeyView | None:
        """The key under the cursor; none chosen, the clerk is told so rather than nothing happening."""
        k = self.current()
        if k is None:
            QMessageBox.information(self, title, self.tr("Choose a key in the list first."))
        return k

    def register(self) -> None:
        dialogs.RegisterKeyDialog(self.session, parent=self).exec()

    def lend(self) -> None:
        k = self.chosen(self.tr("Lend"))
        if k is None:
            return
        if k.lent:
            QMessageBox.information(self, self.tr("Lend"), as_typed(self.tr("Key {tag} is lent to {who}.").format(
                tag=k.tag, who=k.lent_to)))
            return
        dialogs.LendDialog(self.session, k.unit_id, k.id, parent=self).exec()

    def return_key(self) -> None:
        k = self.chosen(self.tr("Return"))
        if k is None:
            return
        if not k.lent:
            QMessageBox.information(self, self.tr("Return"), as_typed(self.tr("Key {tag} is not lent out: it is in {where}.").format(
                tag=k.tag, where=k.location)))
            return
        loan = next(r for r in keys.open_loans_of_unit(self.session.ctx, self.session.actor, k.unit_id)
                    if r.key_id == k.id)
        dialogs.ReturnDialog(self.session, loan, parent=self).exec()

    def edit(self) -> None:
        k = self.chosen(self.tr("Move / edit"))
        if k is not None:
            dialogs.EditKeyDialog(self.session, k, parent=self).exec()

    def retire(self) -> None:
        k = self.chosen(self.tr("Retire key"))
        if k is None:
            return
        if QMessageBox.question(self, self.tr("Retire key"), as_typed(self.tr(
                "Retire key {tag}? It keeps its history and its number is never used again.").format(tag=k.tag))
                ) != QMessageBox.StandardButton.Yes:
            return
        dialogs.TextDialog(self.session, self.tr("Retire key {tag}").format(tag=k.tag), self.tr("Reason"),
                           "注销原因", lambda text: keys.retire_key(self.session.ctx, self.session.actor, k.id, text),
                           parent=self).exec()

    def history(self) -> None:
        k = self.chosen(self.tr("History"))
        if k is None:
            return
        events = keys.key_history(self.session.ctx, self.session.actor, k.id)
        dialogs.show_text(self, self.tr("History of key {tag}").format(tag=k.tag), "\n".join(
            f"{local_text(e.at)}  {e.kind.value}  {e.text}  （{e.by}）" for e in events))

    def labels(self) -> None:
        chosen = [k.id for k in self.selected()] or None
        out = errors.call(self, keys_documents.tag_labels_pdf, self.session.ctx, self.session.actor, chosen)
        if out.ok:
            preview(self, out.value, self.tr("Key tag labels"), "托管钥匙标签.pdf")
