"""卡证: resident, access and vehicle cards; lost, replaced, cancelled, renewed; blank stock."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.keys import CardKind
from deskapp.domain.money import ZERO
from deskapp.gui import errors
from deskapp.gui.keys import dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import ActionRow, edge_row, load_when_shown, preview, refill, simple_table, as_typed, plain_label
from deskapp.services.keys import cards as keys_cards, documents as keys_documents, inventory as keys_inventory


class CardsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.text = QLineEdit(objectName="cardsFilter", placeholderText=self.tr("Card, unit, plate or holder…"))
        self.kind = QComboBox(objectName="cardsKind")
        self.kind.addItem(self.tr("All cards"), None)
        for k in CardKind:
            self.kind.addItem(k.value, k.name)
        self.show = QComboBox(objectName="cardsShow")
        for label, key in ((self.tr("Active"), "active"), (self.tr("Expiring within 30 days"), "expiring"),
                           (self.tr("Expired"), "expired"), (self.tr("Lost, not yet replaced"), "lost"),
                           (self.tr("All, including ended"), "all")):
            self.show.addItem(label, key)
        self.count = plain_label(objectName="cardsCount")
        top = edge_row((plain_label(self.tr("Filter:")), self.text, self.kind, self.show), (self.count,))
        may = session.may(keys_cards.ISSUE)
        acts = ActionRow(self)
        acts.add("actIssueCard", self.tr("&Issue card…"), self.issue, shortcut="Ctrl+N", allowed=may)
        acts.add("actIssueVehicle", self.tr("Issue vehicle car&d…"), self.issue_vehicle, allowed=may)
        acts.add("actRenewCard", self.tr("Re&new…"), self.renew, allowed=session.may(keys_cards.RENEW))
        acts.add("actLostCard", self.tr("Report &lost…"), self.lost, allowed=may)
        acts.add("actReplaceCard", self.tr("Re&place…"), self.replace, allowed=may)
        acts.add("actCancelCard", self.tr("&Cancel card…"), self.cancel, allowed=may)
        acts.add("actCardHistory", self.tr("Hist&ory…"), self.history)
        acts.add("actPlateSlip", self.tr("Print plate &slip…"), self.plate_slip)
        acts.add("actStock", self.tr("Blank card stoc&k…"), self.stock, allowed=session.may(keys_inventory.STOCK))
        acts.addStretch(1)
        self.table = simple_table("cardsTable", [
            self.tr("Card"), self.tr("Kind"), self.tr("Unit"), self.tr("Holder"), self.tr("Issued"),
            self.tr("Status"), self.tr("Plate"), self.tr("Space"), self.tr("Monthly fee"), self.tr("Paid up until"),
            self.tr("Deposit held")], several=True)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(acts)
        lay.addWidget(self.table)
        self.text.textChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.show.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(self._changed)
        self._reload_due = False
        self.reload()

    def _changed(self, flags) -> None:
        """A card changed: now. Money moved (a card deposit refunded or forfeited in the 押金台账, as
        any payment says): when the list is next on screen, once, not at every receipt behind it."""
        if Change.KEYS in flags:
            self.reload()
        elif Change.PAYMENTS in flags and not self._reload_due:
            self._reload_due = True
            load_when_shown(self, self.reload)

    def reload(self) -> None:
        self._reload_due = False
        show = self.show.currentData()
        kind = self.kind.currentData()
        self.cards = keys_cards.cards(self.session.ctx, self.session.actor, kind=CardKind[kind] if kind else None,
                                      active_only=show != "all", expiring=show == "expiring",
                                      expired=show == "expired", lost=show == "lost", text=self.text.text())
        refill(self.table, [[c.number, c.kind.value, c.unit_code, c.holder_name, c.issued_on, c.status, c.plate,
                             c.space, c.monthly_fee, c.paid_until, c.deposit_held] for c in self.cards],
               [c.id for c in self.cards], red=[c.status in ("已过期", "即将到期") for c in self.cards])
        # the deposits the listed cards hold: what the month's count of card deposits is checked against
        held = sum((c.deposit_held for c in self.cards), ZERO)
        self.count.setText(self.tr("{n} cards, deposits held {held} yuan").format(n=len(self.cards), held=f"{held:,.2f}"))

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.cards[rows[0].row()] if rows else None

    def chosen(self, title: str, *, vehicle: bool = False):
        """The card under the cursor (a 车卡 where only those will do); otherwise the clerk is told
        what to choose rather than nothing happening."""
        c = self.current()
        if c is None:
            QMessageBox.information(self, title, self.tr("Choose a card in the list first."))
        elif vehicle and c.kind is not CardKind.VEHICLE:
            QMessageBox.information(self, title, as_typed(self.tr("Card {n} is a {kind}: only vehicle cards have this.").format(
                n=c.number, kind=c.kind.value)))
            return None
        return c

    def issue(self) -> None:
        dialogs.CardDialog(self.session, parent=self).exec()

    def issue_vehicle(self) -> None:
        dlg = dialogs.VehicleCardDialog(self.session, parent=self)
        if dlg.exec() == dlg.DialogCode.Accepted and dlg.result_value:
            card, _slip = dlg.result_value
            self._print_slip(card.id, card.plate)

    def renew(self) -> None:
        c = self.chosen(self.tr("Renew"), vehicle=True)
        if c is not None:
            dialogs.RenewDialog(self.session, c, parent=self).exec()

    def lost(self) -> None:
        c = self.chosen(self.tr("Report lost"))
        if c is not None:
            dialogs.TextDialog(self.session, self.tr("Report card {n} lost").format(n=c.number), self.tr("Note"),
                               "挂失说明", lambda t: keys_cards.report_lost(self.session.ctx, self.session.actor, c.id,
                                                                        t), parent=self).exec()

    def replace(self) -> None:
        c = self.chosen(self.tr("Replace"))
        if c is not None:
            dialogs.ReplaceCardDialog(self.session, c, parent=self).exec()

    def history(self) -> None:
        """The card's steps and those of the card it replaced: a 挂失 reason stays beside the 补办."""
        c = self.chosen(self.tr("History"))
        if c is None:
            return
        out = errors.call(self, keys_cards.card_history, self.session.ctx, self.session.actor, c.id)
        if out.ok:
            lines = [f"{e.at:%Y-%m-%d} {e.kind.value} {e.text}" + (f" {e.amount:.2f} 元" if e.amount else "")
                     + f"（{e.by}）" for e in out.value]
            QMessageBox.information(self, self.tr("History of card {n}").format(n=c.number), as_typed("\n".join(lines)))

    def cancel(self) -> None:
        c = self.chosen(self.tr("Cancel card"))
        if c is None:
            return
        ask = self.tr("Cancel card {n} for good?").format(n=c.number)
        if c.deposit_held:  # from then on the ledger gives it back: 注销 itself moves no money
            ask += "\n" + self.tr("Its deposit of {d} yuan is then refunded or forfeited in Billing ▸ Deposits "
                                   "(Apply for refund… / Forfeit…).").format(d=f"{c.deposit_held:,.2f}")
        if QMessageBox.question(self, self.tr("Cancel card"), as_typed(ask)) != QMessageBox.StandardButton.Yes:
            return
        dialogs.TextDialog(self.session, self.tr("Cancel card {n}").format(n=c.number), self.tr("Reason"), "注销原因",
                           lambda t: keys_cards.cancel_card(self.session.ctx, self.session.actor, c.id, t),
                           parent=self).exec()

    def stock(self) -> None:
        dialogs.StockDialog(self.session, parent=self).exec()

    def plate_slip(self) -> None:
        c = self.chosen(self.tr("Plate slip"), vehicle=True)
        if c is not None:
            self._print_slip(c.id, c.plate)

    def _print_slip(self, card_id: int, plate: str) -> None:
        out = errors.call(self, keys_documents.plate_slip_pdf, self.session.ctx, self.session.actor, card_id)
        if out.ok:
            preview(self, out.value, self.tr("Plate slip"), f"车位牌-{plate}.pdf")
