"""The keys section of a unit page: keys in custody and lent, cards, vehicles, parking; lend button."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local_text
from deskapp.domain.keys import CardKind
from deskapp.gui.keys import dialogs
from deskapp.gui.places import open_place
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import fill_table, simple_table, plain_label
from deskapp.services.hooks import Place
from deskapp.services.keys import cards as keys_cards, custody as keys, parking as keys_parking


class UnitKeysSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setObjectName("unitKeysSection")
        self.lend_btn = QPushButton(self.tr("&Lend a key…"), objectName="unitLendKey")
        self.return_btn = QPushButton(self.tr("Re&turn a key…"), objectName="unitReturnKey")
        hide_unless(self.lend_btn, session.may(keys.LEND))
        hide_unless(self.return_btn, session.may(keys.RETURN))
        self.overdue = plain_label(objectName="unitKeysOverdue")
        self.overdue.setStyleSheet("color: #c00000; font-weight: bold;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.lend_btn)
        buttons.addWidget(self.return_btn)
        buttons.addWidget(self.overdue)
        buttons.addStretch(1)
        self.keys_table = simple_table("unitKeysTable", [
            self.tr("Tag"), self.tr("Key"), self.tr("Copies"), self.tr("Cabinet / hook"), self.tr("Held because"),
            self.tr("State"), self.tr("Lent to"), self.tr("Expected back")], several=True)
        self.cards_table = simple_table("unitCardsTable", [
            self.tr("Card"), self.tr("Kind"), self.tr("Holder"), self.tr("Status"), self.tr("Plate"),
            self.tr("Space"), self.tr("Paid up until")], several=True)
        self.parking = plain_label(objectName="unitParking")
        self.parking.setWordWrap(True)
        for t in (self.keys_table, self.cards_table):
            t.setMaximumHeight(150)
        # a key is moved, relabelled or looked up in 钥匙托管: a double-click opens it there, chosen
        self.keys_table.itemDoubleClicked.connect(lambda _i: self.open_key())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(plain_label(self.tr("Keys in custody")))
        lay.addWidget(self.keys_table)
        lay.addWidget(plain_label(self.tr("Cards and vehicles")))
        lay.addWidget(self.cards_table)
        lay.addWidget(self.parking)
        self.lend_btn.clicked.connect(self.lend)
        self.return_btn.clicked.connect(self.return_key)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.KEYS in flags else None)
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.keys = keys.keys_of_unit(ctx, actor, self.unit_id)
        fill_table(self.keys_table, [[k.tag, k.label or k.kind.value, k.copies, k.location, k.reason.value,
                                      self.tr("Lent") if k.lent else k.state.value, k.lent_to, local_text(k.due_at)]
                                     for k in self.keys], [k.id for k in self.keys], red=[k.overdue for k in self.keys])
        late = [k for k in self.keys if k.overdue]
        self.overdue.setText(self.tr("{n} key(s) overdue!").format(n=len(late)) if late else "")
        self.lend_btn.setEnabled(any(not k.lent for k in self.keys))
        self.return_btn.setEnabled(any(k.lent for k in self.keys))
        cards = keys_cards.cards(ctx, actor, unit_id=self.unit_id)
        fill_table(self.cards_table, [[c.number, c.kind.value, c.holder_name, c.status, c.plate, c.space,
                                       c.paid_until if c.kind is CardKind.VEHICLE else ""] for c in cards],
                   red=[c.status in ("已过期", "即将到期") for c in cards])
        leases = keys_parking.leases(ctx, actor, unit_id=self.unit_id, current_only=True)
        owned = keys_parking.spaces_owned_by(ctx, actor, self.unit_id)
        parts = []
        if owned:
            parts.append(self.tr("Owns space(s): {spaces}").format(spaces="、".join(owned)))
        for ls in leases:
            parts.append(self.tr("Leases {space} ({number}) until {end}").format(space=ls.space, number=ls.number,
                                                                                  end=ls.end))
        self.parking.setText("；".join(parts))

    def open_key(self) -> bool:
        row = self.keys_table.currentRow()
        if not 0 <= row < len(self.keys):
            return False
        key = self.keys[row]
        return open_place(self.window(), Place.KEYS, key.id, key.tag)

    def lend(self) -> None:
        dialogs.LendDialog(self.session, self.unit_id, parent=self).exec()

    def return_key(self) -> None:
        open_loans = keys.open_loans_of_unit(self.session.ctx, self.session.actor, self.unit_id)
        if not open_loans:
            return
        loan = open_loans[0]
        if len(open_loans) > 1:
            labels = [f"{r.tag} {r.key_label} — {r.borrower_name}" for r in open_loans]
            choice, ok = QInputDialog.getItem(self, self.tr("Return a key"), self.tr("Which key?"), labels, 0, False)
            if not ok:
                return
            loan = open_loans[labels.index(choice)]
        dialogs.ReturnDialog(self.session, loan, parent=self).exec()
