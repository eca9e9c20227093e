"""钥匙与卡: keys in custody, the loan register, cards, parking, the monthly count."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from deskapp.gui import file_dialogs
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.keys import CardKind
from deskapp.gui import errors
from deskapp.gui.keys import dialogs
from deskapp.gui.keys.inventory import InventoryTab
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.services import exports, keys, keys_cards, keys_documents, keys_inventory, keys_parking
from deskapp.services.registry import files as registry
from deskapp.services.keys_filters import LoanFilter

RED = QColor("#c00000")


def fmt_dt(dt) -> str:
    return dt.astimezone(CENTRE_TZ).strftime("%Y-%m-%d %H:%M") if dt else ""


def make_table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), objectName=name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(24)
    return t


def fill(table: QTableWidget, rows: list[list], *, red: list[bool] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem("" if v is None else str(v))
            if red and red[r]:
                item.setForeground(QBrush(RED))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ActionRow(QHBoxLayout):
    """Tool buttons with shortcuts that work while the tab is shown, wherever the focus is (Qt
    ignores the shortcuts of a hidden tab, so the tabs' Ctrl+N do not clash)."""

    def __init__(self, owner: QWidget):
        super().__init__()
        self.owner = owner

    def add(self, name: str, text: str, slot, *, shortcut: str = "", allowed: bool = True) -> QAction:
        act = QAction(text, self.owner)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _=False: slot())
        act.setVisible(allowed)
        self.owner.addAction(act)
        if allowed:
            b = QToolButton()
            b.setDefaultAction(act)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.addWidget(b)
        return act


# ----------------------------------------------------------------- keys in custody

class CustodyTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.text = QLineEdit(objectName="custodyFilter", placeholderText=self.tr("Tag, unit or cabinet…"))
        self.ended = QCheckBox(self.tr("Show retired and handed over"), objectName="custodyShowEnded")
        self.count = QLabel(objectName="custodyCount")
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Filter:")), self.text, self.ended):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.count)
        acts = ActionRow(self)
        acts.add("actRegisterKey", self.tr("&Take into custody…"), self.register, shortcut="Ctrl+N",
                 allowed=session.may(keys.CUSTODY))
        # Ctrl+J, not Ctrl+L: that locks the screen everywhere, and a key both ways does neither
        acts.add("actLendKey", self.tr("&Lend…"), self.lend, shortcut="Ctrl+J", allowed=session.may(keys.LEND))
        acts.add("actReturnKey", self.tr("&Return…"), self.return_key, shortcut="Ctrl+R",
                 allowed=session.may(keys.RETURN))
        acts.add("actEditKey", self.tr("&Move / edit…"), self.edit, shortcut="F2", allowed=session.may(keys.CUSTODY))
        acts.add("actRetireKey", self.tr("Re&tire…"), self.retire, allowed=session.may(keys.RETIRE))
        acts.add("actKeyHistory", self.tr("&History"), self.history, shortcut="Ctrl+H")
        acts.add("actKeyLabels", self.tr("&Print tag labels…"), self.labels, shortcut="Ctrl+P")
        acts.addStretch(1)
        self.table = make_table("custodyTable", [
            self.tr("Tag"), self.tr("Unit"), self.tr("Key"), self.tr("Copies"), self.tr("Cabinet / hook"),
            self.tr("Held because"), self.tr("Since"), self.tr("Authority"), self.tr("State"), self.tr("Lent to"),
            self.tr("Expected back")])
        self.table.doubleClicked.connect(lambda _i: self.lend())
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(acts)
        lay.addWidget(self.table)
        self.text.textChanged.connect(self.reload)
        self.ended.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if "keys" in flags else None)
        self.reload()

    def reload(self) -> None:
        self.keys = keys.all_keys(self.session.ctx, self.session.actor, text=self.text.text(),
                                  include_ended=self.ended.isChecked())
        fill(self.table, [[k.tag, k.unit_code, k.label or k.kind.value, k.copies, k.location, k.reason.value, k.since,
                           k.authority, self.tr("Lent") if k.lent else k.state.value, k.lent_to, fmt_dt(k.due_at)]
                          for k in self.keys], red=[k.overdue for k in self.keys])
        lent = sum(k.lent for k in self.keys)
        self.count.setText(self.tr("{n} keys, {lent} lent").format(n=len(self.keys), lent=lent))

    def selected(self) -> list[keys.KeyView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.keys[r] for r in rows if r < len(self.keys)]

    def current(self) -> keys.KeyView | None:
        s = self.selected()
        return s[0] if s else None

    def register(self) -> None:
        dialogs.RegisterKeyDialog(self.session, parent=self).exec()

    def lend(self) -> None:
        k = self.current()
        if k is None:
            return
        if k.lent:
            QMessageBox.information(self, self.tr("Lend"), self.tr("Key {tag} is lent to {who}.").format(
                tag=k.tag, who=k.lent_to))
            return
        dialogs.LendDialog(self.session, k.unit_id, k.id, parent=self).exec()

    def return_key(self) -> None:
        k = self.current()
        if k is None or not k.lent:
            return
        loan = next(r for r in keys.open_loans_of_unit(self.session.ctx, self.session.actor, k.unit_id)
                    if r.key_id == k.id)
        dialogs.ReturnDialog(self.session, loan, parent=self).exec()

    def edit(self) -> None:
        k = self.current()
        if k is not None:
            dialogs.EditKeyDialog(self.session, k, parent=self).exec()

    def retire(self) -> None:
        k = self.current()
        if k is None:
            return
        if QMessageBox.question(self, self.tr("Retire key"), self.tr(
                "Retire key {tag}? It keeps its history and its number is never used again.").format(tag=k.tag)
                ) != QMessageBox.StandardButton.Yes:
            return
        dialogs.TextDialog(self.session, self.tr("Retire key {tag}").format(tag=k.tag), self.tr("Reason"),
                           "注销原因", lambda text: keys.retire_key(self.session.ctx, self.session.actor, k.id, text),
                           parent=self).exec()

    def history(self) -> None:
        k = self.current()
        if k is None:
            return
        events = keys.key_history(self.session.ctx, self.session.actor, k.id)
        dialogs.show_text(self, self.tr("History of key {tag}").format(tag=k.tag), "\n".join(
            f"{fmt_dt(e.at)}  {e.kind.value}  {e.text}  （{e.by}）" for e in events))

    def labels(self) -> None:
        chosen = [k.id for k in self.selected()] or None
        out = errors.call(self, keys_documents.tag_labels_pdf, self.session.ctx, self.session.actor, chosen)
        if out.ok:
            dialogs.preview(self, out.value, self.tr("Key tag labels"), "托管钥匙标签.pdf")


# ----------------------------------------------------------------- loan register

class LoanModel(PagedTableModel):
    """Loans; overdue ones in red."""

    def __init__(self, columns, fetch, now, parent=None):
        super().__init__(columns, fetch, parent)
        self._now = now
        self.active = False  # while the view is being set up, sorting only records the order

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self.active:
            super().sort(column, order)
        elif 0 <= column < len(self._columns):
            self._sort = self._columns[column].key
            self._desc = order == Qt.SortOrder.DescendingOrder

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            r = self.row_at(index.row())
            if r.returned_at is None and r.due_at < self._now():
                return QBrush(RED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # a long overdue note or approval does not fit its column: hovering shows it whole
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class LoansTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        today = session.ctx.clock.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1), objectName="loansMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.all_months = QCheckBox(self.tr("All months"), objectName="loansAllMonths")
        self.unit = QLineEdit(objectName="loansUnit", placeholderText=self.tr("Unit code"))
        self.open_only = QCheckBox(self.tr("Not returned"), objectName="loansOpenOnly")
        self.overdue_only = QCheckBox(self.tr("Overdue"), objectName="loansOverdueOnly")
        self.count = QLabel(objectName="loansCount")
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Month:")), self.month, self.all_months, QLabel(self.tr("Unit:")), self.unit,
                  self.open_only, self.overdue_only):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.count)
        acts = ActionRow(self)
        acts.add("actLoanReturn", self.tr("&Return…"), self.return_key, shortcut="Ctrl+R",
                 allowed=session.may(keys.RETURN))
        acts.add("actLoanNote", self.tr("Overdue &note…"), self.note, shortcut="Ctrl+E", allowed=session.may(keys.NOTE))
        acts.add("actLoanPrint", self.tr("&Print register…"), self.print_register, shortcut="Ctrl+P")
        acts.add("actLoanExport", self.tr("E&xport to Excel…"), self.export)
        acts.addStretch(1)
        cols = [
            Column("lent_at", lambda: self.tr("Lent"), lambda r: fmt_dt(r.lent_at)),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("key", lambda: self.tr("Tag"), lambda r: r.tag),
            # 其他人员（主管批准） → 其他人员, as on the printed register: 证件核验 beside it names the approver
            Column("borrower", lambda: self.tr("Borrower"),
                   lambda r: f"{r.borrower_name}（{r.borrower_kind.value.split('（')[0]}）"),
            Column("lent_at", lambda: self.tr("ID check"), lambda r: r.id_check),
            Column("lent_at", lambda: self.tr("Purpose"), lambda r: r.purpose),
            Column("lent_at", lambda: self.tr("Clerk"), lambda r: r.lent_by),
            Column("due_at", lambda: self.tr("Expected back"), lambda r: fmt_dt(r.due_at)),
            Column("returned_at", lambda: self.tr("Returned"), lambda r: fmt_dt(r.returned_at)),
            Column("lent_at", lambda: self.tr("Returned by"), lambda r: r.returned_by_name),
            Column("lent_at", lambda: self.tr("Overdue note"), lambda r: r.overdue_note),
        ]
        self.model = LoanModel(cols, self._fetch, session.ctx.clock.now, self)
        self.table = QTableView(objectName="loansTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Widths from typical contents, set once: measuring the loaded rows on every filter
        # change cost more than the query itself.
        metrics = self.table.fontMetrics()
        samples = ("2026-11-27 18:00", "3-12-1502", "K0173", "张三丰（业主授权人）",
                   "居民身份证 110***********002X 未核验，王丽华 批准",
                   "装修：更换门锁", "林晓燕", "2026-11-27 18:00", "2026-11-27 18:00", "张三丰")
        for col, text in enumerate(samples):
            self.table.setColumnWidth(col, metrics.horizontalAdvance(text) + 16)
        self.table.verticalHeader().setDefaultSectionSize(24)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(acts)
        lay.addWidget(self.table)
        self.month.dateChanged.connect(self.reload)
        self.unit.editingFinished.connect(self.reload)
        for box in (self.all_months, self.open_only, self.overdue_only):
            box.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if "keys" in flags else None)
        self.model.active = True
        self.reload()

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def unit_id(self) -> int | None:
        code = self.unit.text().strip()
        if not code:
            return None
        return registry.find_unit_id(self.session.ctx, self.session.actor, code) or -1

    def current_filter(self) -> LoanFilter:
        uid = self.unit_id()
        base = LoanFilter(unit_id=uid) if self.all_months.isChecked() else keys.month_filter(self.month_text(), uid)
        now = self.session.ctx.clock.now()
        return LoanFilter(unit_id=base.unit_id, start=base.start, end=base.end, open_only=self.open_only.isChecked(),
                          overdue_at=now if self.overdue_only.isChecked() else None)

    def _fetch(self, **kw):
        return keys.loan_register(self.session.ctx, self.session.actor, self.current_filter(), **kw)

    def reload(self) -> None:
        self.month.setEnabled(not self.all_months.isChecked())
        self.model.reload()
        self.count.setText(self.tr("{n} loans").format(n=self.model.total))

    def show_overdue(self) -> None:
        self.all_months.setChecked(True)
        self.unit.clear()
        self.overdue_only.setChecked(True)
        self.reload()

    def current(self):
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def return_key(self) -> None:
        r = self.current()
        if r is not None and r.returned_at is None:
            dialogs.ReturnDialog(self.session, r, parent=self).exec()

    def note(self) -> None:
        r = self.current()
        if r is not None and r.returned_at is None:
            dialogs.OverdueNoteDialog(self.session, r, parent=self).exec()

    def print_register(self) -> None:
        uid = self.unit_id()
        out = errors.call(self, keys_documents.loan_register_pdf, self.session.ctx, self.session.actor,
                          self.month_text(), uid if uid and uid > 0 else None)
        if out.ok:
            dialogs.preview(self, out.value, self.tr("Key loan register"), f"钥匙借用登记表-{self.month_text()}.pdf")

    def export(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Export to Excel"),
                                      f"钥匙借用登记表-{self.month_text()}.xlsx", "Excel (*.xlsx)")
        if name is not None:
            out = errors.call(self, exports.run_export, self.session.ctx, self.session.actor, "key-loans", name,
                              exports.ExportOptions(month=self.month_text()))
            if out.ok:
                QMessageBox.information(self, self.tr("Export"), self.tr("{n} rows written.").format(n=out.value))


# ----------------------------------------------------------------- cards

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
                           (self.tr("Expired"), "expired"), (self.tr("All, including ended"), "all")):
            self.show.addItem(label, key)
        self.count = QLabel(objectName="cardsCount")
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Filter:")), self.text, self.kind, self.show):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.count)
        may = session.may(keys_cards.ISSUE)
        acts = ActionRow(self)
        acts.add("actIssueCard", self.tr("&Issue card…"), self.issue, shortcut="Ctrl+N", allowed=may)
        acts.add("actIssueVehicle", self.tr("Issue &vehicle card…"), self.issue_vehicle, allowed=may)
        acts.add("actRenewCard", self.tr("Re&new…"), self.renew, allowed=session.may(keys_cards.RENEW))
        acts.add("actLostCard", self.tr("Report &lost…"), self.lost, allowed=may)
        acts.add("actReplaceCard", self.tr("Re&place…"), self.replace, allowed=may)
        acts.add("actCancelCard", self.tr("&Cancel card…"), self.cancel, allowed=may)
        acts.add("actCardHistory", self.tr("&History…"), self.history)
        acts.add("actPlateSlip", self.tr("Print plate &slip…"), self.plate_slip)
        acts.add("actStock", self.tr("Blank card s&tock…"), self.stock, allowed=session.may(keys_inventory.STOCK))
        acts.addStretch(1)
        self.table = make_table("cardsTable", [
            self.tr("Card"), self.tr("Kind"), self.tr("Unit"), self.tr("Holder"), self.tr("Issued"),
            self.tr("Status"), self.tr("Plate"), self.tr("Space"), self.tr("Monthly fee"), self.tr("Paid up until"),
            self.tr("Deposit held")])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(acts)
        lay.addWidget(self.table)
        self.text.textChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.show.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if "keys" in flags else None)
        self.reload()

    def reload(self) -> None:
        show = self.show.currentData()
        kind = self.kind.currentData()
        self.cards = keys_cards.cards(self.session.ctx, self.session.actor, kind=CardKind[kind] if kind else None,
                                      active_only=show != "all", expiring=show == "expiring",
                                      expired=show == "expired", text=self.text.text())
        fill(self.table, [[c.number, c.kind.value, c.unit_code, c.holder_name, c.issued_on, c.status, c.plate,
                           c.space, c.monthly_fee, c.paid_until, c.deposit_held] for c in self.cards],
             red=[c.status in ("已过期", "即将到期") for c in self.cards])
        self.count.setText(self.tr("{n} cards").format(n=len(self.cards)))

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.cards[rows[0].row()] if rows else None

    def issue(self) -> None:
        dialogs.CardDialog(self.session, parent=self).exec()

    def issue_vehicle(self) -> None:
        dlg = dialogs.VehicleCardDialog(self.session, parent=self)
        if dlg.exec() == dlg.DialogCode.Accepted and dlg.result_value:
            card, _slip = dlg.result_value
            self._print_slip(card.id, card.plate)

    def renew(self) -> None:
        c = self.current()
        if c is not None and c.kind is CardKind.VEHICLE:
            dialogs.RenewDialog(self.session, c, parent=self).exec()

    def lost(self) -> None:
        c = self.current()
        if c is not None:
            dialogs.TextDialog(self.session, self.tr("Report card {n} lost").format(n=c.number), self.tr("Note"),
                               "挂失说明", lambda t: keys_cards.report_lost(self.session.ctx, self.session.actor, c.id,
                                                                        t), parent=self).exec()

    def replace(self) -> None:
        c = self.current()
        if c is not None:
            dialogs.ReplaceCardDialog(self.session, c, parent=self).exec()

    def history(self) -> None:
        """The card's steps and those of the card it replaced: a 挂失 reason stays beside the 补办."""
        c = self.current()
        if c is None:
            return
        out = errors.call(self, keys_cards.card_history, self.session.ctx, self.session.actor, c.id)
        if out.ok:
            lines = [f"{e.at:%Y-%m-%d} {e.kind.value} {e.text}" + (f" {e.amount:.2f} 元" if e.amount else "")
                     + f"（{e.by}）" for e in out.value]
            QMessageBox.information(self, self.tr("History of card {n}").format(n=c.number), "\n".join(lines))

    def cancel(self) -> None:
        c = self.current()
        if c is None:
            return
        if QMessageBox.question(self, self.tr("Cancel card"), self.tr("Cancel card {n} for good?").format(
                n=c.number)) != QMessageBox.StandardButton.Yes:
            return
        dialogs.TextDialog(self.session, self.tr("Cancel card {n}").format(n=c.number), self.tr("Reason"), "注销原因",
                           lambda t: keys_cards.cancel_card(self.session.ctx, self.session.actor, c.id, t),
                           parent=self).exec()

    def stock(self) -> None:
        dialogs.StockDialog(self.session, parent=self).exec()

    def plate_slip(self) -> None:
        c = self.current()
        if c is not None and c.kind is CardKind.VEHICLE:
            self._print_slip(c.id, c.plate)

    def _print_slip(self, card_id: int, plate: str) -> None:
        out = errors.call(self, keys_documents.plate_slip_pdf, self.session.ctx, self.session.actor, card_id)
        if out.ok:
            dialogs.preview(self, out.value, self.tr("Plate slip"), f"车位牌-{plate}.pdf")


# ----------------------------------------------------------------- parking

class ParkingTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        acts = ActionRow(self)
        acts.add("actAddSpace", self.tr("Register &space…"), self.add_space, allowed=session.may(keys_parking.SPACES))
        acts.add("actSellSpace", self.tr("Mark s&old…"), self.sell_space, allowed=session.may(keys_parking.SPACES))
        may = session.may(keys_parking.LEASE)
        acts.add("actLease", self.tr("&Lease…"), self.lease, shortcut="Ctrl+N", allowed=may)
        acts.add("actEndLease", self.tr("&End early…"), self.end_lease, allowed=may)
        acts.add("actRenewLease", self.tr("Re&new lease…"), self.renew_lease, allowed=may)
        acts.add("actPrintLease", self.tr("&Print agreement…"), self.print_agreement, shortcut="Ctrl+P")
        self.current_only = QCheckBox(self.tr("Current and future leases only"), objectName="leasesCurrentOnly",
                                      checked=True)
        acts.addStretch(1)
        acts.addWidget(self.current_only)
        self.spaces = make_table("spacesTable", [self.tr("Space"), self.tr("Area"), self.tr("State"),
                                                 self.tr("Owned by"), self.tr("Lessee"), self.tr("Lease ends")])
        self.leases = make_table("leasesTable", [
            self.tr("Agreement"), self.tr("Space"), self.tr("Unit"), self.tr("Lessee"), self.tr("Phone"),
            self.tr("Plates"), self.tr("From"), self.tr("To"), self.tr("Monthly rent"), self.tr("Deposit"),
            self.tr("Ended early"), self.tr("Renews")])
        self.spaces.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lay = QVBoxLayout(self)
        lay.addLayout(acts)
        row = QHBoxLayout()
        row.addWidget(self.spaces, 2)
        row.addWidget(self.leases, 5)
        lay.addLayout(row)
        self.current_only.toggled.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if "keys" in flags else None)
        self.reload()

    def reload(self) -> None:
        self.space_rows = keys_parking.spaces(self.session.ctx, self.session.actor)
        fill(self.spaces, [[s.number, s.area.value, s.state.value, s.owner_unit, s.lessee, s.lease_end]
                           for s in self.space_rows])
        self.lease_rows = keys_parking.leases(self.session.ctx, self.session.actor,
                                              current_only=self.current_only.isChecked())
        fill(self.leases, [[ls.number, ls.space, ls.unit_code, ls.lessee_name, ls.lessee_phone, ls.plates, ls.start,
                            ls.end, ls.monthly_rent, ls.deposit, ls.end_reason if ls.ended_early else "", ls.renews]
                           for ls in self.lease_rows])

    def current_lease(self):
        rows = self.leases.selectionModel().selectedRows()
        return self.lease_rows[rows[0].row()] if rows else None

    def add_space(self) -> None:
        dialogs.SpaceDialog(self.session, parent=self).exec()

    def sell_space(self) -> None:
        """The developer sold a registered space: record the owning unit, so that it is shown 已售
        and no longer offered for a lease (a lease checks the space is not sold)."""
        rows = self.spaces.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Mark sold"), self.tr("Choose a space in the list first."))
            return
        space = self.space_rows[rows[0].row()]
        code, ok = QInputDialog.getText(self, self.tr("Mark sold"),
                                        self.tr("Space {n} was sold to unit (e.g. 3-2-1502):").format(n=space.number))
        if not ok:
            return
        s = self.session
        out = errors.call(self, lambda: keys_parking.sell_space(
            s.ctx, s.actor, space.id, dialogs.unit_id_of(s, code, "产权房号")))
        if out.ok:
            s.bus.announce("keys", "chronicle")

    def lease(self) -> None:
        rows = self.spaces.selectionModel().selectedRows()
        space_id = self.space_rows[rows[0].row()].id if rows else None
        dlg = dialogs.LeaseDialog(self.session, space_id, parent=self)
        if dlg.exec() == dlg.DialogCode.Accepted and dlg.result_value is not None:
            dialogs.print_agreement(self, self.session, dlg.result_value.id, dlg.result_value.number)

    def end_lease(self) -> None:
        ls = self.current_lease()
        if ls is not None:
            dialogs.EndLeaseDialog(self.session, ls, parent=self).exec()

    def renew_lease(self) -> None:
        ls = self.current_lease()
        if ls is None:
            return
        dlg = dialogs.RenewLeaseDialog(self.session, ls, parent=self)
        if dlg.exec() == dlg.DialogCode.Accepted and dlg.result_value is not None:
            dialogs.print_agreement(self, self.session, dlg.result_value.id, dlg.result_value.number)

    def print_agreement(self) -> None:
        ls = self.current_lease()
        if ls is not None:
            dialogs.print_agreement(self, self.session, ls.id, ls.number)


# ----------------------------------------------------------------- the view

class KeysView(QTabWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.setObjectName("keysView")
        self.session = session
        self.custody = CustodyTab(session, self)
        self.loans = LoansTab(session, self)
        self.cards = CardsTab(session, self)
        self.parking = ParkingTab(session, self)
        self.inventory = InventoryTab(session, self)
        self.addTab(self.custody, self.tr("Keys in custody"))
        self.addTab(self.loans, self.tr("Key loan register"))
        self.addTab(self.cards, self.tr("Cards"))
        self.addTab(self.parking, self.tr("Parking"))
        self.addTab(self.inventory, self.tr("Monthly count"))

    def show_overdue(self) -> None:
        self.setCurrentWidget(self.loans)
        self.loans.show_overdue()
