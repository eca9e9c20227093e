"""欠费与催缴: arrears with ageing as of a date, the dunning list, 催缴通知单 for the chosen
units (numbered, printed), and the contact log."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QInputDialog, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.billing import AGE_BUCKETS, ContactMethod
from deskapp.gui import file_dialogs
from deskapp.gui.accounts.reveal import reveal_phone
from deskapp.gui.billing.common import money, tick_buttons
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.billing.finance_dialog import make_finance_report
from deskapp.gui.date_field import DateField
from deskapp.gui.errors import call
from deskapp.gui.forms import dialog_buttons
from deskapp.gui.kept_selection import kept_selection
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import current, edge_row, enable_for_row, as_typed, plain_label
from deskapp.services import exports
from deskapp.services.accounts import privacy
from deskapp.services.billing import arrears, prints
from deskapp.services.billing.common import DUN
from deskapp.services.billing.finance_report import REPORT


class ContactDialog(QDialog):
    def __init__(self, session: DeskSession, unit_id: int, code: str, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.setWindowTitle(self.tr("Dunning contact: {unit}").format(unit=code))
        form = QFormLayout(self)
        self.method = QComboBox(objectName="contactMethod")
        for m in ContactMethod:
            self.method.addItem(m.value, m.name)
        self.result = QLineEdit(objectName="contactResult")
        self.promised = DateField(None, optional=True, label="承诺缴费日期", empty_text=self.tr("none"),
                                  today=session.ctx.clock.today, objectName="contactPromised")
        form.addRow(self.tr("Contact method"), self.method)
        form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Promised to pay by"), self.promised)
        form.addRow(dialog_buttons(self, self.save))

    def save(self) -> None:
        outcome = call(self, lambda: arrears.log_contact(
            self.session.ctx, self.session.actor, self.unit_id, ContactMethod[self.method.currentData()],
            self.result.text(), self.promised.value()),
            fields={"联系结果": self.result, "承诺缴费日期": self.promised})
        if outcome.ok:
            self.accept()


class ArrearsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.revealed: dict[int, str] = {}  # person id → full mobile, asked for on this screen
        today = session.ctx.clock.today()
        self.as_of = DateField(today, label="截至日期", today=session.ctx.clock.today, objectName="arrearsAsOf")
        self.age = QComboBox(objectName="arrearsAge")
        self.age.addItem(self.tr("All arrears"), None)
        for b in AGE_BUCKETS[1:]:
            self.age.addItem(self.tr("Owing {bucket} or older").format(bucket=said(b)), b)
        self.age.currentIndexChanged.connect(lambda _i: self.reload())  # the list follows its filter at once
        self.model = ListModel([
            Col(lambda: self.tr("Unit"), lambda a: a.code),
            Col(lambda: self.tr("Owner"), lambda a: a.owners),
            # masked; 查看完整电话… shows one owner's number in full for 催缴 (audited) until the next reload
            Col(lambda: self.tr("Phone"), lambda a: "、".join(self.revealed.get(pid, shown)
                                                               for pid, _, shown in a.phones if shown)),
            *[Col(lambda b=b: said(b), lambda a, b=b: money(a.by_age.get(b)) if a.by_age.get(b) else "", right=True)
              for b in AGE_BUCKETS],
            Col(lambda: self.tr("Total"), lambda a: money(a.total), right=True),
            Col(lambda: self.tr("Period"), lambda a: a.span),
            Col(lambda: self.tr("Last contact"), lambda a: a.last_contact),
        ], self, checkable=True)
        self.view = table_view(self.model, name="arrearsTable")
        self.total = plain_label(objectName="arrearsTotal")
        dun = QPushButton(self.tr("Dunning letters for ticked units…"), objectName="arrearsDun")
        dun.clicked.connect(lambda _=False: self.dun())
        hide_unless(dun, session.may(DUN))
        contact = QPushButton(self.tr("Log contact…"), objectName="arrearsContact")
        contact.clicked.connect(self.contact)
        hide_unless(contact, session.may(DUN))
        phone = QPushButton(self.tr("Show full mobile…"), objectName="arrearsRevealPhone")
        phone.clicked.connect(lambda _=False: self.reveal_phone())
        hide_unless(phone, session.may(privacy.REVEAL_FOR_WORK) or session.may(privacy.REVEAL))
        for b in (contact, phone):
            enable_for_row(self.view, lambda: current(self.view), b)
        # 收费日报/月报/季报 with the rates the company judges the centre by (gui/billing/finance_dialog.py)
        report = QPushButton(self.tr("Finance report…"), objectName="arrearsFinanceReport")
        report.clicked.connect(lambda _=False: make_finance_report(self, self.session))
        hide_unless(report, session.may(REPORT))
        show = QPushButton(self.tr("Show"), objectName="arrearsShow")
        show.clicked.connect(self.reload)
        # 《欠费账龄表》 as of the date shown and kept to the age chosen, for the supervisor's follow-up and the file
        export = QPushButton(self.tr("Export to Excel…"), objectName="arrearsExport")
        export.setToolTip(self.tr("The units listed: as of the date shown and narrowed to the age chosen, "
                                  "which the sheet's title row states"))
        export.clicked.connect(lambda _=False: self.export())
        top = edge_row((plain_label(self.tr("As of")), self.as_of, self.age, show), (export, report, phone, contact, dun))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        tick_all, tick_none = tick_buttons(self.model, "arrears")
        hide_unless(tick_all, session.may(DUN))
        hide_unless(tick_none, session.may(DUN))
        self.said = plain_label(objectName="arrearsSaid")  # what the last 催缴 run left out, and why
        # 《催缴登记表》: a month's contacts (电话、信件、上门) for the file, as the other monthly registers
        self.dunning_register = MonthExport(session, "dunning", "arrearsDunningExport")
        lay.addLayout(edge_row((self.total, self.said), (plain_label(self.tr("Dunning register:")),
                                                         self.dunning_register, tick_all, tick_none)))
        session.bus.changed.connect(lambda flags: {Change.PAYMENTS, Change.BILLS, Change.DUNNING} & set(flags) and self.reload())
        self.reload()

    def reload(self) -> None:
        outcome = call(self, lambda: arrears.arrears_list(self.session.ctx, self.session.actor, self.as_of.value(),
                                                          min_age=self.age.currentData()),
                       fields={"截至日期": self.as_of})
        if outcome.ok:
            found = outcome.value
            rows = found.rows
            self.revealed.clear()
            with kept_selection(self.view, lambda a: a.unit_id):  # the unit just rung stays chosen
                self.model.set_rows(rows)
            ages = arrears.ageing_totals(rows)
            text = (self.tr("{n} units owe {total} yuan").format(n=len(rows), total=money(sum(ages.values())))
                    + "　" + "　".join(f"{said(k)} {money(v)}" for k, v in ages.items()))
            if found.not_due_units:
                # a bill whose 缴费期限 has not passed is owed, not in arrears: said, so it is not looked for
                text += "　" + self.tr("(not yet due, not counted: {n} units, {total} yuan)").format(
                    n=found.not_due_units, total=money(found.not_due))
            self.total.setText(text)

    def export(self) -> None:
        """《欠费账龄表》 (the units listed, by age, with its 汇总 sheet) as of the date in the box, kept to the
        age chosen — its title rows say which (仅列欠费1–2个季度及更久的房屋, or 全部欠费房屋)."""
        title = self.tr("Export arrears ageing")
        day = call(self, self.as_of.value, fields={"截至日期": self.as_of})
        if not day.ok:
            return
        age = self.age.currentData()
        name = f"欠费账龄表-{day.value:%Y%m%d}" + (f"-欠费{age}及更久" if age else "")  # two filters, two files
        path = file_dialogs.save_file(self, title, f"{name}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return
        out = call(self, exports.run_export, self.session.ctx, self.session.actor, "arrears", path,
                   exports.ExportOptions(as_of=day.value, min_age=age))
        if out.ok:
            QMessageBox.information(self, title, as_typed(self.tr("{n} rows written to {path}").format(n=out.value, path=str(path))))

    def dun(self, confirm: bool = True) -> bytes | None:
        chosen = self.model.checked_rows()
        if not chosen:
            QMessageBox.information(self, self.tr("Dunning"), self.tr("Tick the units to send letters to."))
            return None
        if confirm and QMessageBox.question(self, self.tr("Dunning"), as_typed(self.tr(
                "Number and print {n} dunning letters?").format(n=len(chosen)))) != QMessageBox.StandardButton.Yes:
            return None
        outcome = call(self, arrears.issue_dunning, self.session.ctx, self.session.actor, [a.unit_id for a in chosen])
        if not outcome.ok:
            return None
        # a bill not yet past its 缴费期限 is not dunned (posted today, its fee notice still running)
        skipped = len(chosen) - len(outcome.value)
        if not outcome.value:
            QMessageBox.information(self, self.tr("Dunning"), self.tr(
                "None of the ticked units owes anything past its payment deadline: no dunning letter was "
                "issued."))
            return None
        self.said.setText(self.tr("{n} dunning letters numbered; {k} ticked units owe nothing past its deadline "
                                  "and got none.").format(n=len(outcome.value), k=skipped) if skipped else "")
        pdf = call(self, prints.dunning_pdf, self.session.ctx, self.session.actor, outcome.value)
        if pdf.ok and confirm:
            from deskapp.gui.printing import PdfPreviewDialog

            PdfPreviewDialog(pdf.value, self.tr("Dunning letters"), "催缴通知单.pdf", self).exec()
        return pdf.value if pdf.ok else None

    def reveal_phone(self) -> str | None:
        """The chosen unit's owner's full mobile, to ring about the arrears (催缴): asked for one
        person at a time and audited; shown in the row until the list is reloaded."""
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        a = self.model.row_at(idx.row())
        people = [(pid, name) for pid, name, shown in a.phones if shown]
        if not people:
            QMessageBox.information(self, self.tr("Phone"), as_typed(self.tr("{unit}: no owner's phone on file.").format(
                unit=a.code)))
            return None
        pid, name = people[0]
        if len(people) > 1:
            names = [n for _, n in people]
            chosen, ok = QInputDialog.getItem(self, self.tr("Phone"), self.tr("Whose mobile?"), names, 0, False)
            if not ok:
                return None
            pid, name = people[names.index(chosen)]
        full = reveal_phone(self, self.session, pid, name, a.unit_id, "催缴")
        if not full:
            return None
        self.revealed[pid] = full
        self.model.row_changed(idx.row())
        return full

    def contact(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        a = self.model.row_at(idx.row())
        ContactDialog(self.session, a.unit_id, a.code, self).exec()
