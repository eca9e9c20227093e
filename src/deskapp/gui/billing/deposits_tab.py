"""押金台账: every deposit the centre holds, by kind and age, with the totals by kind; a deposit's
refund application and its forfeit (没收) start here, and a supervisor decides the forfeits applied."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.billing import DepositFilter
from deskapp.contracts.changes import Change
from deskapp.domain.billing_deposits import DepositKind, DepositState
from deskapp.domain.dates import format_date
from deskapp.gui import file_dialogs
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel
from deskapp.gui.billing.refunds_tab import ApplyDialog, reserved_row
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog, ask_line, enum_combo
from deskapp.gui.kept_selection import kept_selection
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, current, edge_row, enable_for_row, in_state, table_view, as_typed, plain_label
from deskapp.services import exports
from deskapp.services.billing import deposits, refunds


class ForfeitDialog(FormDialog):
    """没收: an amount of what the deposit still holds and the reason."""

    def __init__(self, session: DeskSession, row, parent=None, free: deposits.DepositFree | None = None):
        super().__init__(parent, self.tr("Forfeit deposit"), intro=self.tr(
            "{kind} deposit {ref} of {payer}: {held} yuan held").format(
            kind=said(row.kind), ref=row.source_ref, payer=row.payer, held=money(row.held)))
        self.session, self.deposit = session, row
        reserved_row(self, free, "forfeitReserved")  # what waiting applications set aside is not offered
        offered = free.free if free is not None else row.held
        self.amount = self.row(self.tr("Amount"), QLineEdit(f"{offered:.2f}", objectName="forfeitAmount"), "没收金额")
        self.reason = self.row(self.tr("Reason"), QLineEdit(objectName="forfeitReason"), "没收原因")
        self.reason.setFocus()

    def accept(self) -> None:
        """A supervisor's forfeit is not an application: it takes the money at once, for good, so
        it is asked first (a steward's waits for the supervisor's decision)."""
        if self.session.may(deposits.FORFEIT_DECIDE) and QMessageBox.question(
                self, self.tr("Forfeit deposit"), as_typed(self.tr(
                    "Forfeit {amount} yuan of {ref} now? A supervisor's forfeit takes effect at once and cannot be "
                    "undone.").format(amount=self.amount.text().strip(), ref=self.deposit.source_ref))
        ) != QMessageBox.StandardButton.Yes:
            return
        super().accept()

    def submit(self):
        return deposits.apply_forfeit(self.session.ctx, self.session.actor, self.deposit.id, self.amount.text(),
                                      self.reason.text())


class DepositsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = enum_combo(DepositKind, blank=self.tr("All kinds"), name="depositKind")
        self.state = enum_combo(DepositState, blank=self.tr("All"), name="depositState")
        self.state.setCurrentIndex(self.state.findData(DepositState.HELD))
        self.text = QLineEdit(objectName="depositSearch")
        self.text.setPlaceholderText(self.tr("Unit, payer or paper no."))
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.text.returnPressed.connect(self.reload)
        self._counted: int | None = None
        self.model = PagedTableModel(self._columns(), self._fetch, self)
        self.view = table_view("depositTable", self.model, sortable=True, sort_column=4, descending=False,
                               widths=(60, 70, 80, 130, 85, 65, 80, 80, 80, 80, 200, 120))
        self.totals = plain_label(objectName="depositTotals")
        refund = button(self.tr("Apply for refund…"), "depositRefund", self.refund)
        forfeit = button(self.tr("Forfeit…"), "depositForfeit", self.forfeit)
        export = button(self.tr("Export…"), "depositExport", self.export)
        hide_unless(refund, session.may(refunds.APPLY))
        hide_unless(forfeit, session.may(deposits.FORFEIT_APPLY))
        held = [s for s in DepositState if s is not DepositState.CLOSED]  # waiting on part of it, or not
        for b in (refund, forfeit):  # only money still held is refunded or forfeited
            enable_for_row(self.view, lambda: current(self.view), b, in_state(*held))
        self.forfeits = ListModel([Col(lambda: self.tr("Deposit"), lambda f: f.deposit),
                                   Col(lambda: self.tr("Amount"), lambda f: money(f.amount), right=True),
                                   Col(lambda: self.tr("Reason"), lambda f: f.reason),
                                   Col(lambda: self.tr("Applied by"), lambda f: f.applied_by)], self)
        self.forfeit_view = table_view("forfeitTable", self.forfeits, widths=(260, 80, 240, 80))
        approve = button(self.tr("Approve forfeit"), "forfeitApprove", self.approve)
        refuse = button(self.tr("Refuse forfeit…"), "forfeitRefuse", self.refuse)
        for b in (approve, refuse):
            enable_for_row(self.forfeit_view, self._forfeit_row, b)
        self.decide = QWidget(objectName="forfeitDecisions")
        box = QVBoxLayout(self.decide)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(edge_row((plain_label(self.tr("Forfeits waiting for approval")),), (approve, refuse)))
        box.addWidget(self.forfeit_view)
        lay = QVBoxLayout(self)
        lay.addLayout(edge_row((self.kind, self.state, self.text), (refund, forfeit, export)))
        lay.addWidget(self.view, 3)
        lay.addWidget(self.totals)
        lay.addWidget(self.decide, 1)
        hide_unless(self.decide, session.may(deposits.FORFEIT_DECIDE))
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.reload())
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column("kind", lambda: self.tr("Kind"), lambda r: r.kind),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("payer", lambda: self.tr("Paid by"), lambda r: r.payer),
            Column("taken_on", lambda: self.tr("Source"), lambda r: r.source_ref),
            Column("taken_on", lambda: self.tr("Taken on"), lambda r: format_date(r.taken_on)),
            Column("taken_on", lambda: self.tr("Age (days)"), lambda r: str(r.age_days), align_right=True),
            Column("amount", lambda: self.tr("Taken"), lambda r: money(r.amount), align_right=True),
            Column("held", lambda: self.tr("Refunded"), lambda r: money(r.refunded), align_right=True),
            Column("held", lambda: self.tr("Forfeited"), lambda r: money(r.forfeited), align_right=True),
            Column("held", lambda: self.tr("Held"), lambda r: money(r.held), align_right=True),
            Column("taken_on", lambda: self.tr("Refund condition"), lambda r: r.secures),
            Column("held", lambda: self.tr("State"), lambda r: r.state_shown),
        ]

    def _filter(self) -> DepositFilter:
        return DepositFilter(kind=self.kind.currentData(), state=self.state.currentData(), text=self.text.text())

    def _fetch(self, **kw):
        if kw.get("total") is None and self._counted is not None:  # the totals by kind counted them already
            kw["total"], self._counted = self._counted, None
        return deposits.deposit_page(self.session.ctx, self.session.actor, self._filter(), **kw)

    def reload(self) -> None:
        totals = deposits.deposit_totals(self.session.ctx, self.session.actor, self._filter())
        self._counted = sum(t.count for t in totals)
        with kept_selection(self.view):  # the deposit just acted on stays chosen for its next step
            self.model.reload()
        parts = [self.tr("{kind} {n}: {held} yuan").format(kind=said(t.kind), n=t.count, held=money(t.held))
                 for t in totals]
        self.totals.setText(self.tr("{n} deposits; held by kind: {parts}").format(
            n=self.model.total, parts="; ".join(parts) or "—"))
        if self.session.may(deposits.FORFEIT_DECIDE):
            self.forfeits.set_rows(deposits.pending_forfeits(self.session.ctx, self.session.actor))

    def _current(self):
        idx = self.view.currentIndex()
        if not idx.isValid():
            QMessageBox.information(self, self.tr("Deposits"), self.tr("Choose a deposit in the list first."))
            return None
        return self.model.row_at(idx.row())

    def _free_here(self, row, *, refund: bool = False):
        """What the deposit holds free of the applications waiting on it, for the form to offer; None
        when its own area gives it back (a key still lent), or for a refund while its source still
        runs (a parking lease), said at once, before the form."""
        ctx, actor = self.session.ctx, self.session.actor
        if not call(self, deposits.check_settle_here, ctx, actor, row.id, refund=refund).ok:
            return None
        out = call(self, deposits.free_on, ctx, actor, row.id)
        return out.value if out.ok else None

    def refund(self) -> None:
        row = self._current()
        free = row and self._free_here(row, refund=True)
        if free is not None:
            ApplyDialog(self.session, self, deposit=row, free=free).exec()

    def forfeit(self) -> None:
        row = self._current()
        free = row and self._free_here(row)
        if free is not None:
            ForfeitDialog(self.session, row, self, free).exec()

    def _forfeit_row(self):
        idx = self.forfeit_view.currentIndex()
        return self.forfeits.row_at(idx.row()) if idx.isValid() else None

    def approve(self) -> None:
        """批准没收: the money is the centre's from then on, so the decision is asked, as 批准 of a 减免."""
        f = self._forfeit_row()
        if f is not None and QMessageBox.question(self, self.tr("Approve forfeit"), as_typed(self.tr(
                "Forfeit {amount} yuan of {deposit} ({reason}, applied by {by})? It cannot be undone.").format(
                amount=money(f.amount), deposit=f.deposit, reason=f.reason, by=f.applied_by))
        ) == QMessageBox.StandardButton.Yes:
            call(self, deposits.approve_forfeit, self.session.ctx, self.session.actor, f.id)

    def refuse(self) -> None:
        f = self._forfeit_row()
        if f is None:
            return
        ctx, actor = self.session.ctx, self.session.actor  # a refusal left empty keeps the line open
        ask_line(self, self.tr("Refuse forfeit"), self.tr("Reason for refusing {amount} yuan of {deposit}:").format(
            amount=money(f.amount), deposit=f.deposit), "驳回理由",
                 lambda note: deposits.refuse_forfeit(ctx, actor, f.id, note))

    def export(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Export deposits ledger"),
                                      f"押金台账-{self.session.ctx.clock.today():%Y%m%d}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return
        out = call(self, exports.run_export, self.session.ctx, self.session.actor, "deposits", path,
                   exports.ExportOptions())
        if out.ok:
            QMessageBox.information(self, self.tr("Export deposits ledger"),
                                    as_typed(self.tr("{n} rows written to {path}").format(n=out.value, path=str(path))))
