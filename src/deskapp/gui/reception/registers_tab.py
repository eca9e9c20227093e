"""The smaller registers: 工程遗留问题, 信件登记, 业户违章, 客服接待记录表."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.reception import (
    Channel, DefectKind, DefectState, MailKind, MailPlace, Notified, ViolationKind, ViolationState,
)
from deskapp.gui import errors
from deskapp.gui.reception.common import ALERT, NOTICE, HistoryDialog
from deskapp.gui.forms import FormDialog, date_edit, enum_combo, names_combo, text_box
from deskapp.gui.reception.request_dialogs import resolve_unit
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.monthly_export import export_month
from deskapp.gui.widgets import button, load_when_shown, refill, month_combo, preview, selected_id, simple_table, plain_label
from deskapp.services.reception import registers, violation_notice
from deskapp.services.reception._common import EXPORT
from deskapp.services.reception.requests import when


class _Register(QWidget):
    """A list with a filter check box, buttons, and the month export."""

    export_name = ""

    def __init__(self, session: DeskSession, name: str, headers: list[str], open_label: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.only_open = QCheckBox(open_label, objectName=f"{name}OnlyOpen")
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(self.refresh)
        self.table = simple_table(f"{name}Table", headers)
        self.bar = QHBoxLayout()
        self.top = QHBoxLayout()
        self.top.addWidget(self.only_open)
        self.top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.table)
        layout.addLayout(self.bar)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.RECEPTION in flags else None)

    def finish_bar(self) -> None:
        self.bar.addStretch(1)
        # the month exported: this month first, last month next (at the turn of the month, the one filed)
        self.export_month = month_combo(self.session.ctx.clock.today(), f"{self.export_name}ExportMonth")
        export = button(QCoreApplication.translate("reception", "Export month…"), f"{self.export_name}Export",
                        self.export)
        hide_unless(self.export_month, self.session.may(EXPORT))
        hide_unless(export, self.session.may(EXPORT))
        self.bar.addWidget(self.export_month)
        self.bar.addWidget(export)
        load_when_shown(self, self.refresh)

    def export(self, path=None):
        return export_month(self, self.session, self.export_name, self.export_month.currentData(), path,
                            tell_rows=True)

    def show_history(self, entity: str):
        item_id = selected_id(self.table)
        if item_id is None:
            return None
        row = self.table.currentRow()
        info = "　".join(self.table.item(row, c).text() for c in range(min(5, self.table.columnCount())))
        events = registers.history(self.session.ctx, self.session.actor, entity, item_id)
        dlg = HistoryDialog(self, QCoreApplication.translate("reception", "History"), info, events,
                            self.session.ctx.clock.now().tzinfo)
        dlg.open()
        return dlg

    def form(self, title: str, fields, submit):
        dlg = FormDialog(self, title, fields, submit)
        dlg.open()
        return dlg

    def refresh(self) -> None:  # pragma: no cover - every register overrides it
        raise NotImplementedError


class DefectsTab(_Register):
    export_name = "defects"

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, "defects", [self.tr("Reported"), self.tr("Building"), self.tr("Unit / place"),
                                              self.tr("Kind"), self.tr("Description"), self.tr("Responsible"),
                                              self.tr("State"), self.tr("Last follow-up")],
                         self.tr("Only open defects"), parent)
        self.summary = plain_label(objectName="defectSummary")
        self.summary.setWordWrap(True)
        self.top.addWidget(self.summary)
        self.bar.addWidget(button(self.tr("New defect…"), "defectNew", self.new))
        self.bar.addWidget(button(self.tr("Follow up…"), "defectFollow", self.follow))
        self.bar.addWidget(button(self.tr("History"), "defectHistory", lambda: self.show_history("defect")))
        self.finish_bar()

    def refresh(self) -> None:
        rows = registers.defect_register(self.session.ctx, self.session.actor, open_only=self.only_open.isChecked())
        refill(self.table, [(f"{r.reported_on:%Y-%m-%d}", r.building, r.unit_code or r.location, r.kind.value,
                             r.description, r.responsible, r.state.value, r.last_followup) for r in rows],
               [r.id for r in rows], background=[ALERT if r.state is DefectState.ESCALATED else None for r in rows])
        summary = registers.defect_summary(self.session.ctx, self.session.actor)
        self.summary.setText(self.tr("Open by building and kind: {s}").format(
            s="；".join(f"{b} {said(k)} {o}/{t}" for b, k, o, t in summary if o) or "-"))

    def new(self):
        ctx, actor = self.session.ctx, self.session.actor
        unit, location = QLineEdit(objectName="defectUnit"), QLineEdit(objectName="defectLocation")
        return self.form(self.tr("New construction defect"), [
            ("房号", self.tr("Unit"), unit), ("房号/公共区域", self.tr("Public area / place"), location),
            ("类别", self.tr("Kind"), enum_combo(DefectKind, name="defectKind")),
            ("问题描述", self.tr("Description"), text_box(name="defectText")),
            ("反映人", self.tr("Raised by"), QLineEdit(objectName="defectReporter")),
            ("责任单位", self.tr("Responsible party"), QLineEdit(objectName="defectResponsible"))],
            lambda v: registers.record_defect(ctx, actor, unit_id=resolve_unit(self.session, v["房号"]),
                                              location=v["房号/公共区域"], kind=v["类别"], description=v["问题描述"],
                                              reported_by=v["反映人"], responsible=v["责任单位"]))

    def follow(self):
        did = selected_id(self.table)
        if did is None:
            return None
        ctx, actor = self.session.ctx, self.session.actor
        return self.form(self.tr("Follow up"), [
            ("状态", self.tr("State"), enum_combo(DefectState, name="defectState")),
            ("跟进情况", self.tr("Follow-up"), text_box(name="defectNote"))],
            lambda v: registers.follow_defect(ctx, actor, did, v["跟进情况"], v["状态"]))


class MailTab(_Register):
    export_name = "mail"

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, "mail", [self.tr("Received"), self.tr("Unit"), self.tr("Kind"), self.tr("Sender"),
                                           self.tr("Tracking no."), self.tr("Told"), self.tr("Where"),
                                           self.tr("Collected by"), self.tr("Collected")],
                         self.tr("Only items waiting at the desk"), parent)
        self.bar.addWidget(button(self.tr("New mail…"), "mailNew", self.new, "Ctrl+M"))
        self.bar.addWidget(button(self.tr("Told by phone"), "mailPhone", lambda: self.notify(Notified.PHONE)))
        self.bar.addWidget(button(self.tr("Told by SMS"), "mailSms", lambda: self.notify(Notified.SMS)))
        self.bar.addWidget(button(self.tr("Collected…"), "mailCollect", self.collect))
        self.finish_bar()

    def refresh(self) -> None:
        ctx = self.session.ctx
        rows = registers.mail_register(ctx, self.session.actor, waiting_only=self.only_open.isChecked())
        late = registers.mail_overdue_before(ctx)
        refill(self.table, [(when(ctx, r.received_at), r.unit_code, r.kind.value, r.sender, r.tracking,
                             r.notified.value, r.place.value, r.collected_by, when(ctx, r.collected_at))
                            for r in rows], [r.id for r in rows],
               background=[ALERT if r.place is MailPlace.DESK and r.received_at < late else None for r in rows])

    def new(self):
        ctx, actor = self.session.ctx, self.session.actor
        place = enum_combo(MailPlace, name="mailPlace", members=(MailPlace.DESK, MailPlace.MAILBOX))
        return self.form(self.tr("New mail or parcel"), [
            ("房号", self.tr("Unit"), QLineEdit(objectName="mailUnit")),
            ("类别", self.tr("Kind"), enum_combo(MailKind, name="mailKind")),
            ("寄件人", self.tr("Sender"), QLineEdit(objectName="mailSender")),
            ("单号", self.tr("Tracking no."), QLineEdit(objectName="mailTracking")),
            ("通知方式", self.tr("Told"), enum_combo(Notified, name="mailNotified")),
            ("去向", self.tr("Where"), place)],
            lambda v: registers.record_mail(ctx, actor, unit_id=resolve_unit(self.session, v["房号"]), kind=v["类别"],
                                            sender=v["寄件人"], tracking=v["单号"], notified=v["通知方式"],
                                            place=v["去向"]))

    def notify(self, how: Notified) -> bool:
        mid = selected_id(self.table)
        if mid is None:
            return False
        return errors.call(self, registers.notify_mail, self.session.ctx, self.session.actor, mid, how).ok

    def collect(self):
        mid = selected_id(self.table)
        if mid is None:
            return None
        ctx, actor = self.session.ctx, self.session.actor
        row = next(r for r in registers.mail_register(ctx, actor) if r.id == mid)
        people = registers.collectors(ctx, actor, row.unit_id)
        # what is saved is the name the combo shows at 确定: the owner offered first, or another typed
        who = names_combo(people, name="mailCollector", text=people[0] if people else "")
        return self.form(self.tr("Collected"), [("领取人", self.tr("Collected by"), who)],
                         lambda v: registers.collect_mail(ctx, actor, mid, v["领取人"] or ""))


class ViolationsTab(_Register):
    export_name = "violations"

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, "violations", [self.tr("Found"), self.tr("Unit"), self.tr("Kind"),
                                                 self.tr("Description"), self.tr("Found by"), self.tr("Demanded"),
                                                 self.tr("Deadline"), self.tr("State"), self.tr("Outcome")],
                         self.tr("Only open violations"), parent)
        self.bar.addWidget(button(self.tr("New violation…"), "violationNew", self.new))
        self.bar.addWidget(button(self.tr("Follow up…"), "violationFollow", self.follow))
        self.bar.addWidget(button(self.tr("History"), "violationHistory", lambda: self.show_history("violation")))
        self.bar.addWidget(button(self.tr("Print rectification notice…"), "violationNotice", self.print_notice))
        self.last_preview = None
        self.finish_bar()

    def refresh(self) -> None:
        today = self.session.ctx.clock.today()
        rows = registers.violation_register(self.session.ctx, self.session.actor,
                                            open_only=self.only_open.isChecked())
        refill(self.table, [(f"{r.found_on:%Y-%m-%d}", r.unit_code, r.kind.value, r.description, r.found_by,
                             r.demanded, f"{r.deadline:%Y-%m-%d}" if r.deadline else "", r.state.value, r.outcome)
                            for r in rows], [r.id for r in rows],
               background=[ALERT if r.deadline and r.deadline < today and r.state is ViolationState.OPEN else
                           NOTICE if r.state is ViolationState.ESCALATED else None for r in rows])

    def new(self):
        ctx, actor = self.session.ctx, self.session.actor
        # No default: today would be a deadline nobody chose. The field starts empty and is
        # required, so leaving it empty is said at the field (整改期限) and nothing is written.
        deadline = date_edit(None, name="violationDeadline", label="整改期限", today=ctx.clock.today)
        return self.form(self.tr("New violation"), [
            ("房号", self.tr("Unit"), QLineEdit(objectName="violationUnit")),
            ("类别", self.tr("Kind"), enum_combo(ViolationKind, name="violationKind")),
            ("违章情况", self.tr("Description"), text_box(name="violationText")),
            ("发现人", self.tr("Found by"), QLineEdit(actor.display_name, objectName="violationFinder")),
            ("整改要求", self.tr("Rectification demanded"), QLineEdit(objectName="violationDemand")),
            ("整改期限", self.tr("Deadline"), deadline)],
            lambda v: registers.record_violation(ctx, actor, unit_id=resolve_unit(self.session, v["房号"]),
                                                 kind=v["类别"], description=v["违章情况"], found_by=v["发现人"],
                                                 demanded=v["整改要求"], deadline=v["整改期限"]))

    def print_notice(self):
        vid = selected_id(self.table)
        if vid is None:
            return None
        out = errors.call(self, violation_notice.rectification_notice, self.session.ctx, self.session.actor, vid)
        if out.ok:
            number, pdf = out.value
            self.last_preview = preview(self, pdf, self.tr("Rectification notice {n}").format(n=number),
                                        f"整改通知书-{number}.pdf")
        return self.last_preview

    def follow(self):
        vid = selected_id(self.table)
        if vid is None:
            return None
        ctx, actor = self.session.ctx, self.session.actor
        return self.form(self.tr("Follow up"), [
            ("状态", self.tr("State"), enum_combo(ViolationState, name="violationState")),
            ("处理结果", self.tr("Outcome"), text_box(name="violationOutcome"))],
            lambda v: registers.follow_violation(ctx, actor, vid, v["状态"], v["处理结果"]))


class LogTab(QWidget):
    """客服接待记录表: one line per visitor or call not otherwise recorded."""

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.day = date_edit(session.ctx.clock.today(), name="logDay", label="日期", today=session.ctx.clock.today)
        self.day.dateChanged.connect(self.refresh)
        self.channel = enum_combo(Channel, name="logChannel")
        self.channel.setCurrentIndex(list(Channel).index(Channel.VISIT))
        self.visitor = QLineEdit(objectName="logVisitor", placeholderText=self.tr("Visitor / caller"))
        self.unit = QLineEdit(objectName="logUnit", placeholderText=self.tr("Unit (optional)"))
        self.matter = QLineEdit(objectName="logMatter", placeholderText=self.tr("Matter, Enter to save"))
        self.outcome = QLineEdit(objectName="logOutcome", placeholderText=self.tr("How it was handled"))
        self.matter.returnPressed.connect(self.add)
        self.outcome.returnPressed.connect(self.add)
        entry = QHBoxLayout()
        for w in (self.channel, self.visitor, self.unit, self.matter, self.outcome):
            entry.addWidget(w)
        entry.addWidget(button(self.tr("Add"), "logAdd", self.add))
        entry.addWidget(button(self.tr("Correct…"), "logCorrect", self.correct))
        self.table = simple_table("logTable", [self.tr("Time"), self.tr("Channel"), self.tr("Visitor / caller"),
                                               self.tr("Unit"), self.tr("Matter"), self.tr("Outcome"),
                                               self.tr("Clerk")])
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Day:")))
        top.addWidget(self.day)
        # An entry is the visit happening now: it is recorded today, whatever day is shown.
        self.records_today = plain_label(objectName="logRecordsToday")
        top.addWidget(self.records_today)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(entry)
        layout.addWidget(self.table)
        load_when_shown(self, self.refresh)

    def add(self) -> bool:
        def save():
            return registers.log_visit(self.session.ctx, self.session.actor, matter=self.matter.text(),
                                       visitor=self.visitor.text(), channel=self.channel.currentData(),
                                       unit_id=resolve_unit(self.session, self.unit.text()),
                                       outcome=self.outcome.text())

        out = errors.call(self, save, fields={"事由": self.matter, "房号": self.unit})
        if out.ok:
            for w in (self.visitor, self.unit, self.matter, self.outcome):
                w.clear()
            self.visitor.setFocus()
            self.day.set_value(self.session.ctx.clock.today())  # show the day the entry went to
            self.refresh()
        return out.ok

    def correct(self):
        """Correct the selected entry in a form filled with what it says."""
        log_id = selected_id(self.table)
        row = next((r for r in self.rows if r.id == log_id), None)
        if row is None:
            return None
        ctx, actor = self.session.ctx, self.session.actor
        channel = enum_combo(Channel, name="logFixChannel")
        channel.setCurrentIndex(channel.findData(row.channel))
        visitor = QLineEdit(row.visitor, objectName="logFixVisitor")
        unit = QLineEdit(row.unit_code, objectName="logFixUnit")
        matter = QLineEdit(row.matter, objectName="logFixMatter")
        outcome = QLineEdit(row.outcome, objectName="logFixOutcome")
        dlg = FormDialog(self, self.tr("Correct reception log entry"), [
            ("方式", self.tr("Channel"), channel), ("来访人", self.tr("Visitor / caller"), visitor),
            ("房号", self.tr("Unit"), unit), ("事由", self.tr("Matter"), matter),
            ("处理情况", self.tr("Outcome"), outcome)],
            lambda v: registers.correct_log(ctx, actor, row.id, matter=v["事由"], visitor=v["来访人"],
                                            channel=v["方式"], unit_id=resolve_unit(self.session, v["房号"]),
                                            outcome=v["处理情况"]))
        dlg.saved.connect(lambda _v: self.refresh())
        dlg.open()
        return dlg

    def refresh(self) -> None:
        ctx = self.session.ctx
        today = ctx.clock.today()
        self.records_today.setText(self.tr("New entries are recorded for today, {day}.").format(
            day=f"{today:%Y-%m-%d}"))
        self.rows = rows = registers.log_for_day(ctx, self.session.actor, self.day.last_good())
        refill(self.table, [(when(ctx, r.at)[11:], r.channel.value, r.visitor, r.unit_code, r.matter, r.outcome,
                             r.clerk) for r in rows], [r.id for r in rows])
