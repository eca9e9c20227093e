"""设施预约: the register of bookings (newest first, a page at a time), filtered by facility and
state; book (预约…), approve or reject a pending one (supervisor), 收费… for an approved one (the
fee's receipt previewed), cancel, print the 预约确认单, export the month's 《公共设施预约登记表》.
A lift booking shows the unit's moving papers."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QMessageBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.facilities import HOLDING, BookingState, FacilityKind
from deskapp.domain.local_time import local
from deskapp.gui import errors
from deskapp.gui.facilities.booking_dialog import BookingDialog
from deskapp.gui.facilities.collect_dialog import CollectDialog
from deskapp.gui.forms import ask_line, enum_combo
from deskapp.gui.kept_selection import kept_selection
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, current, edge_row, enable_for_row, in_state, preview, table_view, plain_label
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.billing import one_off, prints
from deskapp.services.facilities import bookings, facilities
from deskapp.services.facilities._common import BOOK, MANAGE


class BookingsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("facilityBookingsTab")
        self.facility = QComboBox(objectName="bookingFacilityFilter")
        self.state = enum_combo(BookingState, blank=self.tr("All states"), name="bookingStateFilter")
        cols = [
            Column("number", lambda: self.tr("Number"), lambda r: r.number),
            Column("starts_at", lambda: self.tr("Time"),
                   lambda r: f"{local(r.starts_at):%Y-%m-%d %H:%M}–{local(r.ends_at):%H:%M}"),
            Column("facility", lambda: self.tr("Facility"), lambda r: r.facility),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("unit", lambda: self.tr("Booked by"), lambda r: r.person),
            Column("number", lambda: self.tr("Heads"), lambda r: r.heads, align_right=True),
            Column("number", lambda: self.tr("Fee"), lambda r: f"{r.fee:.2f}", align_right=True),
            Column("number", lambda: self.tr("Deposit"), lambda r: f"{r.deposit:.2f}", align_right=True),
            Column("state", lambda: self.tr("State"), lambda r: r.state.value),
            Column("state", lambda: self.tr("Paid"), self._paid),
        ]
        self.model = PagedTableModel(cols, self._fetch, self)
        self.table = table_view("bookingTable", self.model, sortable=True, sort_column=1,
                                widths=(120, 170, 120, 100, 80, 50, 70, 70, 90, 150))
        self.count = plain_label(objectName="bookingCount")
        self.note = plain_label(objectName="bookingNote")
        self.note.setWordWrap(True)
        may_book, may_manage = session.may(BOOK), session.may(MANAGE)
        book = button(self.tr("Book…"), "bookFacility", lambda: self.book())
        approve = button(self.tr("Approve"), "approveBooking", lambda: self.decide(True))
        reject = button(self.tr("Reject…"), "rejectBooking", lambda: self.decide(False))
        cancel = button(self.tr("Cancel booking…"), "cancelBooking", lambda: self.cancel())
        collect = button(self.tr("Collect…"), "collectBooking", lambda: self.collect())
        may_collect = may_book and session.may(one_off.ONE_OFF) and session.may(billing_deposits.TAKE)
        for b, allowed in ((book, may_book), (cancel, may_book), (approve, may_manage), (reject, may_manage),
                           (collect, may_collect)):
            hide_unless(b, allowed)
        print_button = button(self.tr("Print confirmation…"), "printBooking", lambda: self.print_selected())
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row((self.facility, self.state), (self.count,)))
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(edge_row((book, approve, reject, collect, cancel, print_button),
                                  (MonthExport(self.session, "facility-bookings", "bookingExport"),)))
        self._fill_facilities()
        self.facility.currentIndexChanged.connect(lambda _i: self.reload())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_papers())
        # greyed with no booking chosen, and for one past deciding or cancelling, the tooltip saying
        # its state: the reason was asked first and then refused ("已是“已取消”")
        chosen = lambda: current(self.table)  # noqa: E731
        for b, why_not in ((approve, in_state(BookingState.PENDING)), (reject, in_state(BookingState.PENDING)),
                           (cancel, in_state(*HOLDING)), (collect, self._why_not_collect),
                           (print_button, lambda _row: "")):
            enable_for_row(self.table, chosen, b, why_not)
        session.bus.changed.connect(lambda flags: self._changed() if Change.FACILITIES in flags else None)
        self._count()

    def _paid(self, r) -> str:
        """已收 with the receipt (已收押金 with no fee), 未收 for an approved booking with something to
        pay, else nothing: the register's 收费 column says the same."""
        if r.paid_at is not None:
            if not r.receipt_number:  # no fee: the deposit alone, in the 押金台账
                return self.tr("Deposit paid")
            return self.tr("Paid {receipt}").format(receipt=r.receipt_number)
        if not r.fee and not r.deposit:
            return ""
        return self.tr("Not paid") if r.state is BookingState.APPROVED else ""

    def _why_not_collect(self, r) -> str:
        if r.paid_at is not None:
            return self.tr("Already paid")
        if not r.fee and not r.deposit:
            return self.tr("Nothing to pay")
        return in_state(BookingState.APPROVED)(r)

    def _fill_facilities(self) -> None:
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem(self.tr("All facilities"), None)
        for f in facilities.facilities(self.session.ctx, self.session.actor):
            self.facility.addItem(f.name, f.id)
        self.facility.blockSignals(False)

    def _fetch(self, **kw):
        state = self.state.currentData()
        f = BookingFilter(facility_id=self.facility.currentData(), states=(state,) if state else ())
        return bookings.booking_register(self.session.ctx, self.session.actor, f, **kw)

    def _changed(self) -> None:
        self._fill_facilities()
        self.reload()

    def reload(self) -> None:
        with kept_selection(self.table):
            self.model.reload()
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} bookings").format(n=self.model.total))

    def _show_papers(self) -> None:
        """A lift booking: the unit's release slip of the day or its decoration permit, or that it has neither."""
        row = current(self.table)
        if row is None or row.kind is not FacilityKind.LIFT:
            self.note.clear()
            return
        out = errors.call(self, bookings.lift_papers, self.session.ctx, self.session.actor, row.id)
        if out.ok:
            self.note.setText(self.tr("Moving papers of {unit}: {papers}").format(
                unit=row.unit_code, papers="；".join(out.value) or self.tr("none — issue the release slip first")))

    def book(self, unit_code: str = "") -> BookingDialog | None:
        out = errors.call(self, facilities.facilities, self.session.ctx, self.session.actor)
        if not out.ok:
            return None
        dlg = BookingDialog(self, self.session, out.value, unit_code)
        dlg.saved.connect(lambda booked: self.note.setText(booked.warning))
        dlg.open()
        return dlg

    def decide(self, approve: bool) -> None:
        row = current(self.table)
        if row is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        if approve:
            errors.call(self, bookings.decide, ctx, actor, row.id, True)
        else:
            ask_line(self, self.tr("Reject booking"), self.tr("Why is {n} rejected?").format(n=row.number), "驳回原因",
                     lambda note: bookings.decide(ctx, actor, row.id, False, note))

    def collect(self) -> None:
        """收费: the form takes the fee and deposit; the fee's receipt is previewed to print."""
        row = current(self.table)
        if row is None:
            return
        dialog = CollectDialog(self.session, row, self)
        if not dialog.exec() or dialog.result_value is None:
            return
        done = dialog.result_value
        if done.receipt_id is None:
            self.note.setText(self.tr("Deposit {amount} of {n} taken into the deposits ledger.").format(
                amount=f"{done.deposit:,.2f}", n=done.number))
            return
        self.note.setText(self.tr("{n} paid: receipt {receipt}.").format(n=done.number, receipt=done.receipt_number))
        out = errors.call(self, prints.receipts_pdf, self.session.ctx, self.session.actor, [done.receipt_id])
        if out.ok:
            preview(self, out.value, self.tr("Receipt {no}").format(no=done.receipt_number),
                    f"收据-{done.receipt_number}.pdf")

    def cancel(self) -> None:
        row = current(self.table)
        if row is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        dlg = ask_line(self, self.tr("Cancel booking"), self.tr("Why is {n} cancelled?").format(n=row.number),
                       "取消原因", lambda reason: bookings.cancel(ctx, actor, row.id, reason))
        dlg.accepted.connect(lambda: self._cancelled(dlg.result_value or ""))  # once the form is closed

    def _cancelled(self, to_give_back: str) -> None:
        """A booking already paid: what is left to give back, said at once."""
        if to_give_back:
            QMessageBox.information(self, self.tr("Cancel booking"), to_give_back)

    def print_selected(self) -> None:
        row = current(self.table)
        if row is None:
            return
        out = errors.call(self, bookings.confirmation_pdf, self.session.ctx, self.session.actor, row.id)
        if out.ok:
            preview(self, out.value, self.tr("Booking confirmation {n}").format(n=row.number),
                    f"公共设施预约确认单-{row.number}.pdf")
