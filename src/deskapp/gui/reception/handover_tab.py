"""《客服部工作交接表》: draft from what is open, notes and priorities, hand over (refused while
another area blocks it), the next clerk acknowledges; print and export."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QInputDialog, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QSplitter, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from deskapp.domain.reception import HandoverState
from deskapp.gui import errors
from deskapp.gui.reception.common import ALERT
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.monthly_export import export_month
from deskapp.gui.places import open_place
from deskapp.gui.widgets import button, fit_columns, load_when_shown, month_combo, preview, simple_table, as_typed, plain_label
from deskapp.services.reception import desk
from deskapp.services.reception._common import EXPORT
from deskapp.services.reception.requests import when


class HandoverTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.current_id: int | None = None
        self.list = QListWidget(objectName="handoverList")
        self.list.currentItemChanged.connect(lambda item, _prev: self.show_handover(
            item.data(Qt.ItemDataRole.UserRole) if item else None))
        self.title = plain_label(objectName="handoverTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.blockers = plain_label(objectName="handoverBlockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b00000;")
        self.items = simple_table("handoverItems", [self.tr("Priority"), self.tr("Kind"), self.tr("Number"),
                                                    self.tr("Unit / place"), self.tr("Item"), self.tr("Due"),
                                                    self.tr("Note for the next clerk")])
        # an item opens where it is taken on (as on the morning list): a double-click or Enter on the row;
        # the note is typed after a double-click on it or F2
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.items.activated.connect(lambda _index: self.go())
        self.notes = QPlainTextEdit(objectName="handoverNotes", placeholderText=self.tr("Notes for the next shift"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        bar = QHBoxLayout()
        self.buttons = {
            "go": button(self.tr("&Go to item"), "handoverGo", self.go),
            "draft": button(self.tr("Draft today's handover"), "handoverDraft", self.draft),
            "save": button(self.tr("Save notes"), "handoverSave", self.save, "Ctrl+S"),
            "hand": button(self.tr("Hand over"), "handoverHand", self.hand_over),
            "receive": button(self.tr("Acknowledge (next clerk)"), "handoverReceive", self.receive),
            "print": button(self.tr("Print…"), "handoverPrint", self.print_current),
        }
        for b in self.buttons.values():
            bar.addWidget(b)
        bar.addStretch(1)
        # 《客服部工作交接表》 of a month: this month first, last month next (the one filed at the turn)
        self.export_month = month_combo(session.ctx.clock.today(), "handoverExportMonth")
        export = button(self.tr("Export month…"), "handoverExport", self.export)
        hide_unless(self.export_month, session.may(EXPORT))
        hide_unless(export, session.may(EXPORT))
        bar.addWidget(self.export_month)
        bar.addWidget(export)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.title)
        r.addWidget(self.blockers)
        r.addWidget(self.items)
        r.addWidget(plain_label(self.tr("Shift notes:")))
        r.addWidget(self.notes)
        r.addLayout(bar)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        load_when_shown(self, self.refresh_list)

    def refresh_list(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for h in desk.handovers(self.session.ctx, self.session.actor):
            item = QListWidgetItem(f"{h.shift_date:%Y-%m-%d} {h.drafted_by} [{said(h.state.value)}]")
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.list.addItem(item)
            if h.id == select or (select is None and chosen is None):
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self.show_handover(chosen.data(Qt.ItemDataRole.UserRole))
        else:
            self.show_handover(None)

    def show_handover(self, handover_id: int | None) -> None:
        self.current_id = handover_id
        ctx, actor = self.session.ctx, self.session.actor
        if handover_id is None:
            self._say_blockers(False)
            self.title.setText(self.tr("No handover yet: draft today's from what is still open."))
            self.items.setRowCount(0)
            self.notes.clear()
            for key in ("go", "save", "hand", "receive", "print"):
                self.buttons[key].setEnabled(False)
            return
        v = desk.handover(ctx, actor, handover_id)
        self.view = v
        draft = v.state is HandoverState.DRAFT
        self._say_blockers(draft)
        self.title.setText(self.tr("{day} handed by {by}{to}: {state}{received}").format(
            day=f"{v.shift_date:%Y-%m-%d}", by=v.drafted_by, state=said(v.state.value),
            to=self.tr(" to {who}").format(who=v.handed_to) if v.handed_to else "",
            received=self.tr(", received by {who} at {at}").format(who=v.received_by, at=when(ctx, v.received_at))
            if v.received_by else ""))
        self.items.setRowCount(len(v.items))
        for row, it in enumerate(v.items):
            prio = QTableWidgetItem()
            prio.setData(Qt.ItemDataRole.UserRole, it.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            prio.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if draft else flags)
            prio.setCheckState(Qt.CheckState.Checked if it.priority else Qt.CheckState.Unchecked)
            self.items.setItem(row, 0, prio)
            for col, value in enumerate((it.kind, it.ref, it.unit_code, it.text, when(ctx, it.due)), start=1):
                cell = QTableWidgetItem(value)
                cell.setFlags(flags)  # read only: only the note is typed in
                if it.overdue:
                    cell.setBackground(ALERT)
                self.items.setItem(row, col, cell)
            note = QTableWidgetItem(it.note)
            note.setFlags(flags | Qt.ItemFlag.ItemIsEditable if draft else flags)
            self.items.setItem(row, 6, note)
        fit_columns(self.items)
        self.notes.setPlainText(v.notes)
        self.notes.setReadOnly(not draft)
        self.buttons["save"].setEnabled(draft)
        self.buttons["hand"].setEnabled(draft)
        self.buttons["receive"].setEnabled(v.state is HandoverState.HANDED)
        self.buttons["print"].setEnabled(True)
        self.buttons["go"].setEnabled(bool(v.items))

    def _say_blockers(self, draft_shown: bool) -> None:
        """What stops today's handover. Over a sheet still to be handed it says that sheet cannot go
        yet; over none, or over a sheet handed days ago, it says what must be done before today's —
        not as if that old sheet were held up by what is open now."""
        blockers = desk.handover_blockers(self.session.ctx, self.session.actor)
        reasons = "；".join(map(said, blockers))
        if not blockers:
            self.blockers.setText("")
        elif draft_shown:
            self.blockers.setText(self.tr("Cannot hand over yet: {reasons}").format(reasons=reasons))
        else:
            self.blockers.setText(self.tr("Before today's handover: {reasons}").format(reasons=reasons))

    def item_values(self) -> dict[int, tuple[bool, str]]:
        out = {}
        for row in range(self.items.rowCount()):
            prio = self.items.item(row, 0)
            out[prio.data(Qt.ItemDataRole.UserRole)] = (prio.checkState() == Qt.CheckState.Checked,
                                                         self.items.item(row, 6).text())
        return out

    def go(self) -> bool:
        """转到: open the chosen item where it is taken on — its tab, the item chosen there."""
        row = self.items.currentRow()
        if self.current_id is None or not 0 <= row < len(self.view.items):
            QMessageBox.information(self, self.tr("Shift handover"), self.tr("Select an item first."))
            return False
        item = self.view.items[row]
        if item.place is None:  # drafted before the handover kept where its items are taken on
            QMessageBox.information(self, self.tr("Shift handover"), as_typed(self.tr(
                "{kind} {ref} cannot be opened from here: it was handed over before the handover kept where "
                "each item is taken on. Find it in its own tab.").format(kind=item.kind, ref=item.ref)))
            return False
        if open_place(self.window(), item.place, item.record):
            return True
        QMessageBox.information(self, self.tr("Shift handover"), as_typed(self.tr(
            "{kind} {ref} has no screen at this desk.").format(kind=item.kind, ref=item.ref)))
        return False

    def draft(self) -> bool:
        out = errors.call(self, desk.draft_handover, self.session.ctx, self.session.actor)
        if out.ok:
            self.refresh_list(out.value)
        return out.ok

    def save(self) -> bool:
        if self.current_id is None:
            return False
        out = errors.call(self, desk.save_handover, self.session.ctx, self.session.actor, self.current_id,
                          self.notes.toPlainText(), self.item_values())
        if out.ok:
            self.refresh_list(self.current_id)
        return out.ok

    def hand_over(self) -> bool:
        """Asks who takes over (an active colleague), then confirms naming them."""
        if self.current_id is None or not self.save():
            return False
        takers = errors.call(self, desk.handover_takers, self.session.ctx, self.session.actor)
        if not takers.ok:
            return False
        if not takers.value:
            QMessageBox.warning(self, self.tr("Hand over"), self.tr("There is no other active account to take over."))
            return False
        taker, chosen = QInputDialog.getItem(self, self.tr("Hand over"), self.tr("Who takes over?"), takers.value,
                                             0, False)
        if not chosen:
            return False
        if QMessageBox.question(
                self, self.tr("Hand over"),
                as_typed(self.tr("Hand over the shift to {who}? The handover cannot be changed afterwards.").format(
                    who=taker))) != QMessageBox.StandardButton.Yes:
            return False
        out = errors.call(self, desk.hand_over, self.session.ctx, self.session.actor, self.current_id, taker)
        if out.ok:
            self.refresh_list(self.current_id)
        return out.ok

    def receive(self) -> bool:
        if self.current_id is None:
            return False
        out = errors.call(self, desk.receive_handover, self.session.ctx, self.session.actor, self.current_id)
        if out.ok:
            self.refresh_list(self.current_id)
        return out.ok

    def print_current(self):
        if self.current_id is None:
            return None
        out = errors.call(self, desk.handover_pdf, self.session.ctx, self.session.actor, self.current_id)
        if not out.ok:
            return None
        return preview(self, out.value, self.tr("Shift handover"), f"交接表-{self.view.shift_date:%Y%m%d}.pdf")

    def export(self, path=None):
        return export_month(self, self.session, "handovers", self.export_month.currentData(), path,
                            tell_rows=True)
