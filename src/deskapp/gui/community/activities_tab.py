"""社区活动: the activities newest first with their state, sign-ups, attendance and spending; 策划活动…,
and for the selected one 修改活动… (before it starts) and 取消活动… (with its reason; the households
to tell are named), its summary, 报名… / 取消报名 / 到场, 登记支出… / 作废支出…, the printed 活动通知
(活动取消通知 once called off) and 活动报名表, the activity's photos; the month's 社区活动登记表 exported."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox, QInputDialog, QLineEdit, QMessageBox, QSplitter, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.contracts.community import ActivityRow
from deskapp.domain.community import ActivityState, SignupState
from deskapp.domain.local_time import local
from deskapp.gui import errors
from deskapp.gui.community.dialogs import ActivityDialog, SignupDialog, SpendingDialog
from deskapp.gui.community.files_dialog import FilesDialog
from deskapp.gui.forms import ask_line
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, edge_row, fill_table, preview, reselect, selected_id, simple_table, told_unless, as_typed, plain_label
from deskapp.services.community import activities, attachments, prints, signups
from deskapp.services.community._common import PLAN, SIGNUP, VOID


class ActivitiesTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[ActivityRow] = []
        self.people: list = []  # the selected activity's sign-ups, as shown
        may = session.may
        plan = button(self.tr("Plan an activity…"), "communityPlan", lambda: self.plan())
        self.edit_button = button(self.tr("Edit activity…"), "communityEdit", lambda: self.edit())
        self.call_off_button = button(self.tr("Call off…"), "communityCallOff", lambda: self.call_off())
        for b in (plan, self.edit_button, self.call_off_button):
            hide_unless(b, may(PLAN))
        self.table = simple_table("communityActivities", [
            self.tr("Time"), self.tr("Activity"), self.tr("Place"), self.tr("Organiser"), self.tr("Limit"),
            self.tr("Signed up"), self.tr("Waiting"), self.tr("Came"), self.tr("Budget"), self.tr("Spent"),
            self.tr("State")])
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.summary = plain_label(objectName="communitySummary")
        self.signups = simple_table("communitySignups", [self.tr("Unit"), self.tr("Name"), self.tr("People"),
                                                         self.tr("State"), self.tr("Came")])
        self.spending = simple_table("communitySpending", [self.tr("Date"), self.tr("Item"), self.tr("Amount"),
                                                           self.tr("By"), self.tr("Voided")])
        sign_box, spend_box = QGroupBox(self.tr("Sign-ups")), QGroupBox(self.tr("Spending against the budget"))
        self.sign_row = sign_row = [
            button(self.tr("Sign up…"), "communitySignup", lambda: self.sign_up()),
            button(self.tr("Cancel sign-up"), "communityCancel", lambda: self.cancel()),
            button(self.tr("Came / did not come"), "communityAttended", lambda: self.attended())]
        for b in sign_row:
            hide_unless(b, may(SIGNUP))
        spend = button(self.tr("Add spending…"), "communitySpend", lambda: self.spend())
        void = button(self.tr("Void spending…"), "communityVoid", lambda: self.void())
        hide_unless(spend, may(PLAN))
        hide_unless(void, may(VOID))
        inner = QVBoxLayout(sign_box)
        inner.addLayout(edge_row(sign_row))
        inner.addWidget(self.signups)
        inner = QVBoxLayout(spend_box)
        inner.addLayout(edge_row([spend, void]))
        inner.addWidget(self.spending)
        lower = QSplitter(objectName="communityLower")
        lower.addWidget(sign_box)
        lower.addWidget(spend_box)
        layout = QVBoxLayout(self)
        self.notice_button = button(self.tr("Print notice"), "communityNotice", lambda: self.print_notice())
        layout.addLayout(edge_row(
            [plan, self.edit_button, self.call_off_button, self.notice_button,
             button(self.tr("Print sign-up sheet"), "communitySheet", lambda: self.print_sheet()),
             button(self.tr("Photos…"), "communityPhotos", lambda: self.photos())],
            [MonthExport(self.session, "community-activities", "communityExport")]))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(lower, 3)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.COMMUNITY in flags else None)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_id(self.table)
        self.rows = activities.activities(self.session.ctx, self.session.actor)
        fill_table(self.table, [[f"{local(a.starts_at):%Y-%m-%d %H:%M}", a.title, a.place, a.organiser,
                                 str(a.limit) if a.limit else self.tr("none"),
                                 self.tr("{n} households, {p} people").format(n=a.summary.signups, p=a.summary.people),
                                 str(a.summary.waiting), str(a.summary.attended), f"{a.budget:,.2f}", f"{a.summary.spent:,.2f}",
                                 a.state.value] for a in self.rows], [a.id for a in self.rows])
        reselect(self.table, [a.id for a in self.rows], chosen, 0)
        self.show_selected()

    def selected(self) -> ActivityRow | None:
        chosen = selected_id(self.table)
        return next((a for a in self.rows if a.id == chosen), None)

    def chosen(self, title: str) -> ActivityRow | None:
        """The selected activity, or None after saying to choose one."""
        return told_unless(self.selected(), self, title, self.tr("Choose an activity in the list first."))

    def chosen_line(self, table, title: str, text: str):
        """The id of the sign-up or spending line chosen in `table`, or None after saying what to choose."""
        return told_unless(selected_id(table), self, title, text)

    def _enable_for(self, a: ActivityRow | None) -> None:
        """What the selected activity allows: a change before it starts, a call-off until it is
        called off, sign-ups and attendance while it stands; its notice is the cancellation once called off."""
        state = a.state if a is not None else None
        self.edit_button.setEnabled(state is ActivityState.OPEN)
        self.call_off_button.setEnabled(state in (ActivityState.OPEN, ActivityState.HELD))
        for b in self.sign_row:
            b.setEnabled(state in (ActivityState.OPEN, ActivityState.HELD))
        # who came is marked from the activity's day: days ahead it was a mis-click that also barred calling it off
        ahead = a is not None and local(a.starts_at).date() > self.session.ctx.clock.today()
        attended = self.sign_row[2]
        attended.setEnabled(attended.isEnabled() and not ahead)
        attended.setToolTip(as_typed(self.tr("Who came is marked from {day}, the day of the activity.").format(
            day=f"{local(a.starts_at):%Y-%m-%d}")) if ahead else "")
        self.notice_button.setText(self.tr("Print cancellation notice") if state is ActivityState.CANCELLED
                                   else self.tr("Print notice"))
        # an activity held already is not announced: its notice, dated today, invited to what was over
        self.notice_button.setEnabled(state in (ActivityState.OPEN, ActivityState.CANCELLED))
        self.notice_button.setToolTip(as_typed(self.tr("The activity has been held: there is nothing to announce.")
                                      if state is ActivityState.HELD else ""))

    def show_selected(self) -> None:
        a = self.selected()
        self._enable_for(a)
        if a is None:
            self.summary.clear()
            self.people = []
            fill_table(self.signups, [], [])
            fill_table(self.spending, [], [])
            return
        s = a.summary
        text = self.tr("Signed up {n} households, {p} people; waiting {w}; came {c} households, {cp} people; "
                       "budget ¥{b}, spent ¥{s}, left ¥{left}").format(
            n=s.signups, p=s.people, w=s.waiting, c=s.attended, cp=s.attended_people, b=f"{s.budget:,.2f}",
            s=f"{s.spent:,.2f}", left=f"{s.left:,.2f}")
        if a.state is ActivityState.CANCELLED:
            text = self.tr("Called off {when}: {reason}. ").format(when=a.cancelled, reason=a.cancel_reason) + text
        self.summary.setText(text + (self.tr(" — over budget") if s.over_budget else ""))
        self.summary.setStyleSheet("color: #c00000;" if s.over_budget else "")
        ctx, actor = self.session.ctx, self.session.actor
        self.people = people = signups.for_activity(ctx, actor, a.id)
        fill_table(self.signups, [[p.unit_code, p.name, str(p.people), p.state.value,
                                   self.tr("yes") if p.attended else ""] for p in people], [p.id for p in people])
        lines = activities.spending(ctx, actor, a.id)
        fill_table(self.spending, [[f"{x.spent_on:%Y-%m-%d}", x.item, f"{x.amount:,.2f}", x.created_by,
                                    x.void_reason if x.voided else ""] for x in lines], [x.id for x in lines])

    def plan(self) -> ActivityDialog:
        dlg = ActivityDialog(self, self.session)
        dlg.open()
        return dlg

    def edit(self) -> ActivityDialog | None:
        a = self.chosen(self.tr("Edit activity"))
        if a is None or a.state is not ActivityState.OPEN:
            return None
        dlg = ActivityDialog(self, self.session, a)
        dlg.saved.connect(lambda changed: self._tell(self.tr("Edit activity"), changed.let_in, changed.to_tell))
        dlg.open()
        return dlg

    def _tell(self, title: str, let_in: list[str], to_tell: list[str]) -> None:
        """Who the desk must ring after a change: let in from the waiting list, or told of a new time or place."""
        parts = []
        if let_in:
            parts.append(self.tr("In from the waiting list, please tell them: {names}").format(names="、".join(let_in)))
        if to_tell:
            parts.append(self.tr("The time or place changed; please tell every household signed up or waiting: "
                                 "{names}").format(names="、".join(to_tell)))
        if parts:
            QMessageBox.information(self, title, as_typed("\n\n".join(parts)))

    def call_off(self) -> None:
        """取消活动: asked for its reason, then confirmed — it cannot be undone; the households to tell follow."""
        a = self.chosen(self.tr("Call off"))
        if a is None or a.state is ActivityState.CANCELLED:
            return
        if a.summary.attended:  # said before the reason is asked, not after
            QMessageBox.information(self, self.tr("Call off"), as_typed(self.tr(
                "“{title}” cannot be called off: {n} households have already come to it.").format(
                title=a.title, n=a.summary.attended)))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Call off {title}").format(title=a.title),
                                          self.tr("Reason (printed on the cancellation notice):"),
                                          QLineEdit.EchoMode.Normal)
        if not ok:
            return
        households = a.summary.signups + a.summary.waiting
        ask = self.tr("Call off “{title}” ({when})? {n} households signed up or waiting will have to be told. "
                      "This cannot be undone.").format(title=a.title, when=f"{local(a.starts_at):%Y-%m-%d %H:%M}",
                                                       n=households)
        if QMessageBox.question(self, self.tr("Call off"), as_typed(ask)) != QMessageBox.StandardButton.Yes:
            return
        out = errors.call(self, activities.cancel_activity, self.session.ctx, self.session.actor, a.id, reason,
                          version=a.version)
        if out.ok:
            text = self.tr("Called off. Print the cancellation notice for the lobbies.")
            if out.value:
                text += "\n\n" + self.tr("Please tell: {names}").format(names="、".join(out.value))
            QMessageBox.information(self, self.tr("Call off"), as_typed(text))

    def sign_up(self) -> SignupDialog | None:
        a = self.chosen(self.tr("Sign up"))
        if a is None:
            return None
        dlg = SignupDialog(self, self.session, a)
        dlg.saved.connect(lambda done: self._told_if_waiting(a, done))
        dlg.open()
        return dlg

    def _told_if_waiting(self, a: ActivityRow, done: signups.SignedUp) -> None:
        """A sign-up that went onto the waiting list (past the limit, or behind others waiting): the clerk
        is told so, with its place in the queue — the form just closed, and the row's 候补 among the others
        was easily missed, so the household went away believing it was in."""
        if done.state is not SignupState.WAITING:
            return
        waiting = [p for p in signups.for_activity(self.session.ctx, self.session.actor, a.id)
                   if p.state is SignupState.WAITING]
        place = next((i for i, p in enumerate(waiting, 1) if p.id == done.id), len(waiting))
        who = next((f"{p.unit_code} {p.name}" for p in waiting if p.id == done.id), "")
        QMessageBox.information(self, self.tr("Sign up"), as_typed(self.tr(
            "“{title}” has no place for {who} now: on the waiting list, number {n}. Please tell the household "
            "it is not in yet; when a sign-up is cancelled the waiting come in first come first, and the desk "
            "is told whom to ring.").format(title=a.title, who=who, n=place)))

    def cancel(self) -> None:
        signup_id = self.chosen_line(self.signups, self.tr("Cancel sign-up"),
                                     self.tr("Choose the household's sign-up in the list first."))
        if signup_id is None:
            return
        row = self.signups.currentRow()
        who = f"{self.signups.item(row, 0).text()} {self.signups.item(row, 1).text()}"
        if QMessageBox.question(self, self.tr("Cancel sign-up"),
                                as_typed(self.tr("Cancel the sign-up of {who}?").format(who=who))) != QMessageBox.StandardButton.Yes:
            return
        outcome = errors.call(self, signups.cancel, self.session.ctx, self.session.actor, signup_id)
        if outcome.ok and outcome.value:
            QMessageBox.information(self, self.tr("Cancel sign-up"), as_typed(self.tr(
                "In from the waiting list, please tell them: {names}").format(names="、".join(outcome.value))))

    def attended(self) -> None:
        """Marks the selected household as come, or (pressed again) as not come."""
        row = self.signups.currentRow()
        p = told_unless(self.people[row] if 0 <= row < len(self.people) else None, self,
                        self.tr("Came / did not come"), self.tr("Choose the household's sign-up in the list first."))
        if p is None:
            return
        errors.call(self, signups.mark_attended, self.session.ctx, self.session.actor, p.id, not p.attended)

    def spend(self) -> SpendingDialog | None:
        a = self.chosen(self.tr("Add spending"))
        if a is None:
            return None
        dlg = SpendingDialog(self, self.session, a)
        dlg.open()
        return dlg

    def void(self) -> None:
        line_id = self.chosen_line(self.spending, self.tr("Void spending"),
                                   self.tr("Choose the spending line in the list first."))
        if line_id is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        ask_line(self, self.tr("Void spending"), self.tr("Reason:"), "作废原因",
                 lambda reason: activities.void_spending(ctx, actor, line_id, reason))

    def print_notice(self) -> None:
        a = self.chosen(self.tr("Print notice"))
        if a is not None:
            out = errors.call(self, prints.notice_pdf, self.session.ctx, self.session.actor, a.id)
            if out.ok and a.state is ActivityState.CANCELLED:
                preview(self, out.value, self.tr("Cancellation notice"), f"活动取消通知-{a.title}.pdf")
            elif out.ok:
                preview(self, out.value, self.tr("Activity notice"), f"活动通知-{a.title}.pdf")

    def print_sheet(self) -> None:
        a = self.chosen(self.tr("Print sign-up sheet"))
        if a is not None:
            out = errors.call(self, prints.sheet_pdf, self.session.ctx, self.session.actor, a.id)
            if out.ok:
                preview(self, out.value, self.tr("Sign-up sheet"), f"活动报名表-{a.title}.pdf")

    def photos(self) -> FilesDialog | None:
        a = self.chosen(self.tr("Photos"))
        if a is None:
            return None
        ctx, actor = self.session.ctx, self.session.actor
        dlg = FilesDialog(self, self.session, self.tr("Photos of {title}").format(title=a.title),
                          lambda: attachments.activity_photos(ctx, actor, a.id),
                          lambda path: attachments.attach_to_activity(ctx, actor, a.id, path),
                          lambda file_id: attachments.path_to_open(ctx, actor, file_id, activity_id=a.id),
                          self.session.may(PLAN))
        dlg.open()
        return dlg
