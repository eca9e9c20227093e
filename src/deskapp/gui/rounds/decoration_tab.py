"""装修申请: the register of permits and every step of one (approve, 送水电, extend, stop,
初验/复验, refund), plus the application form."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QInputDialog,
    QLineEdit, QMessageBox, QPlainTextEdit, QTableWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from deskapp.contracts.rounds import DecorationFilter
from deskapp.domain.decoration import ACCEPTANCE_ITEMS, ApplicationInput, Deduction, DecorationState, WorkerInput
from deskapp.domain.local_time import local
from deskapp.domain.people import Relation
from deskapp.gui import errors
from deskapp.gui.date_field import DateField
from deskapp.gui.deposit_money import DepositMoneyRows
from deskapp.gui.forms import FieldErrors, FormDialog, dialog_buttons, form_over_buttons, submit
from deskapp.gui.kept_selection import kept_selection, selected_row
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.rounds.common import FLAG, UnitRecordDialog, confirm, fmt
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, preview, table_view, as_typed, plain_label
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration, decoration_papers


class ApplicationDialog(UnitRecordDialog):
    """装修申请: owner, contractor, works, period, deposit and fees, workers with ID numbers."""

    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(session, unit_id, "decorationApplicationDialog", parent)
        page = self.page
        self.decoration_id = None
        self.setWindowTitle(self.tr("Decoration application — {unit}").format(unit=page.code))
        today = session.ctx.clock.today()
        self.owner = QLineEdit(page.owners.split("、")[0] if page.owners else "", objectName="decoOwner")
        self.owner_phone = QLineEdit(objectName="decoOwnerPhone")
        # the owners' phones on the unit's file, masked: the one of the owner named is offered, and kept
        # when the field is left blank (decoration.apply)
        self.phones_on_file = {p.name: p.phone for p in page.people if p.relation is Relation.OWNER and p.phone}
        self.owner.textChanged.connect(lambda _t: self._show_phone_on_file())
        self._show_phone_on_file()
        self.company = QLineEdit(objectName="decoCompany")
        self.leader = QLineEdit(objectName="decoLeader")
        self.leader_phone = QLineEdit(objectName="decoLeaderPhone")
        self.licence = QLineEdit(objectName="decoLicence")
        works = QWidget()
        grid = QGridLayout(works)
        self.works: dict[str, QCheckBox] = {}
        for i, w in enumerate(decoration.works_list(session.ctx)):
            cb = QCheckBox(w, objectName=f"work_{i}")
            grid.addWidget(cb, i // 5, i % 5)
            self.works[w] = cb
        self.starts = DateField(today, label="装修开始日期", today=session.ctx.clock.today, objectName="decoStarts")
        self.ends = DateField(today + timedelta(days=60), label="装修结束日期", today=session.ctx.clock.today,
                              objectName="decoEnds")
        self.deposit = QLineEdit("3000.00", objectName="decoDeposit")
        self.fees = QLineEdit("0.00", objectName="decoFees")
        self.workers = QTableWidget(3, 3, objectName="decoWorkers")
        self.workers.setHorizontalHeaderLabels([self.tr("Name"), self.tr("ID number"), self.tr("Phone")])
        self.workers.horizontalHeader().setStretchLastSection(True)
        # an 18-digit ID number was cut off in the default width
        digits = self.workers.fontMetrics().horizontalAdvance("11010519491231002X")
        self.workers.setColumnWidth(0, 90)
        self.workers.setColumnWidth(1, digits + 24)
        add = button(self.tr("Add worker row"), "addWorker", lambda: self.workers.insertRow(self.workers.rowCount()))
        self.note = QPlainTextEdit(objectName="decoNote")
        self.note.setMaximumHeight(50)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Owner's phone"), self.owner_phone)
        form.addRow(self.tr("Contractor"), self.company)
        form.addRow(self.tr("Leader"), self.leader)
        form.addRow(self.tr("Leader's phone"), self.leader_phone)
        form.addRow(self.tr("Licence"), self.licence)
        form.addRow(self.tr("Works"), works)
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(plain_label("—"))
        period.addWidget(self.ends)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Deposit (yuan)"), self.deposit)
        form.addRow(self.tr("Management fee (yuan)"), self.fees)
        form.addRow(self.tr("Workers"), self.workers)
        form.addRow("", add)
        form.addRow(self.tr("Note"), self.note)
        form_over_buttons(self, form, dialog_buttons(self, self.save))
        self.resize(720, 640)

    def _show_phone_on_file(self) -> None:
        on_file = self.phones_on_file.get(self.owner.text().strip())
        self.owner_phone.setPlaceholderText(self.tr("On file: {phone} (leave blank to use it)").format(
            phone=on_file) if on_file else "")

    def _cell(self, r: int, c: int) -> str:
        item = self.workers.item(r, c)
        return item.text().strip() if item else ""

    def data(self) -> ApplicationInput:
        workers = tuple(WorkerInput(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2))
                        for r in range(self.workers.rowCount()) if any(self._cell(r, c) for c in range(3)))
        return ApplicationInput(
            unit_id=self.unit_id, owner_name=self.owner.text(), owner_phone=self.owner_phone.text(),
            company=self.company.text(), leader=self.leader.text(), leader_phone=self.leader_phone.text(),
            licence=self.licence.text(), works=tuple(w for w, cb in self.works.items() if cb.isChecked()),
            starts_on=self.starts.value(), ends_on=self.ends.value(), deposit=self.deposit.text(),
            fees=self.fees.text(), workers=workers, note=self.note.toPlainText())

    def save(self) -> None:
        fields = {"业主": self.owner, "业主电话": self.owner_phone, "装修单位": self.company, "负责人": self.leader,
                  "负责人电话": self.leader_phone, "装修押金": self.deposit, "装修管理费": self.fees,
                  "工人身份证号": self.workers, "工人姓名": self.workers, "施工人员": self.workers,
                  "装修开始日期": self.starts, "装修结束日期": self.ends}
        out = errors.call(self, lambda: decoration.apply(self.session.ctx, self.session.actor, self.data()),
                          fields=fields)
        if out.ok:
            self.decoration_id = out.value
            self.accept()


class InspectionDialog(QDialog):
    """初验 / 复验: passed or not, the items of the 竣工验收单 found wanting, and the issues."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.passed = QCheckBox(self.tr("Passed"), objectName="inspectionPassed")
        self.passed.setChecked(True)
        items = QWidget()
        grid = QGridLayout(items)
        self.failed: dict[str, QCheckBox] = {}
        for i, item in enumerate(ACCEPTANCE_ITEMS):
            cb = QCheckBox(item, objectName=f"inspectionFailed_{i}")
            grid.addWidget(cb, i // 2, i % 2)
            self.failed[item] = cb
        self.note = QLineEdit(objectName="inspectionNote")
        form = QFormLayout(self)
        form.addRow(self.passed)
        form.addRow(self.tr("Items not up to standard"), items)
        form.addRow(self.tr("Issues found"), self.note)
        form.addRow(dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok))

    def failed_items(self) -> tuple[str, ...]:
        return tuple(item for item, cb in self.failed.items() if cb.isChecked())


class RefundDialog(QDialog):
    """退押金: deductions, each with its reason, and how the rest is given back (the cashier's
    handover counts it as money out)."""

    def __init__(self, deposit: Decimal, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund the deposit"))
        self.table = QTableWidget(3, 2, objectName="refundDeductions")
        self.table.setHorizontalHeaderLabels([self.tr("Reason"), self.tr("Amount (yuan)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Deposit {amount} yuan. Deductions (leave empty for none):").format(
            amount=f"{deposit:,.2f}")))
        layout.addWidget(self.table)
        form = QFormLayout()
        self.money = DepositMoneyRows(self, "refundDeposit", lambda label, w, _field: form.addRow(label, w),
                                      giving_back=True)
        layout.addLayout(form)
        self.buttons = dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)

    def deductions(self) -> list[Deduction]:
        out = []
        for r in range(self.table.rowCount()):
            reason = self.table.item(r, 0).text().strip() if self.table.item(r, 0) else ""
            amount = self.table.item(r, 1).text().strip() if self.table.item(r, 1) else ""
            if reason or amount:
                out.append(Deduction(reason, amount or "0"))
        return out


class TerminateDialog(RefundDialog):
    """终止装修: works stopped for good, settled by the supervisor with the reason — the deposit given
    back less the deductions (the whole of it kept when they take it all), on a 押金退还单. A refusal
    (no reason, a deduction without one) is said in the dialog, which stays open."""

    def __init__(self, session: DeskSession, row, parent=None):
        super().__init__(row.deposit, parent)
        self.setObjectName("decoTerminateDialog")
        self.setWindowTitle(self.tr("Terminate works {n} ({unit})").format(n=row.number, unit=row.unit_code))
        self.session, self.row = session, row
        self.reason = QLineEdit(objectName="terminateReason")
        top = QFormLayout()
        top.addRow(plain_label(self.tr("The works will not resume: they end here, and the deposit is settled.")))
        top.addRow(self.tr("Reason for terminating"), self.reason)  # not "Reason": the table above says it of deductions
        layout = self.layout()
        layout.insertLayout(0, top)
        self.problems = FieldErrors(plain_label(), {"终止原因": self.reason, "扣款原因": self.table, "扣款金额": self.table,
                                               "付款方式": self.money.method, "交易流水号": self.money.pay_ref})
        layout.insertWidget(layout.count() - 1, self.problems.label)
        if not row.deposit:  # nothing to give back or keep
            self.table.setEnabled(False)
            self.money.set_enabled(False)
        self.reason.setFocus()

    def accept(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        if confirm(self, self.tr("Terminate {n}? The deposit is settled as entered; this cannot be undone.").format(
                n=self.row.number)) and submit(self.problems, decoration.terminate, ctx, actor, self.row.id,
                                               self.reason.text(), self.deductions(), self.money.money()):
            super().accept()


class ApproveDialog(FormDialog):
    """审批 of an application with a deposit: the deposit is taken with the permit, into the
    approver's drawer, so the confirmation also asks how it was paid (the cashier's handover
    counts it). Without a deposit the tab asks its plain confirmation."""

    def __init__(self, session: DeskSession, row, parent=None):
        super().__init__(parent, QCoreApplication.translate("rounds", "Please confirm"),
                         intro=self.tr("Approve {n}? The unit becomes 装修中.").format(n=row.number),
                         button=QDialogButtonBox.StandardButton.Ok)
        self.setObjectName("decoApproveDialog")
        self.session, self.decoration_id = session, row.id
        self.row(self.tr("Deposit (yuan)"), plain_label(f"{row.deposit:,.2f}"))
        self.money = DepositMoneyRows(self, "approveDeposit", self.row)

    def submit(self):
        return decoration.approve(self.session.ctx, self.session.actor, self.decoration_id,
                                  deposit_money=self.money.money())


class DecorationsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsDecorationsTab")
        self.last_preview = None
        self.text = QLineEdit(placeholderText=self.tr("Unit, permit or contractor contains…"), objectName="decoFilter")
        self.state = QComboBox(objectName="decoState")
        self.state.addItem(self.tr("All states"), None)
        for s in DecorationState:
            self.state.addItem(s.value, s)
        cols = [
            Column("number", lambda: self.tr("Permit"), lambda r: r.number),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("state", lambda: self.tr("State"), lambda r: r.state.value),
            Column("company", lambda: self.tr("Contractor"), lambda r: r.company),
            Column("works", lambda: self.tr("Works"), lambda r: r.works),
            Column("starts_on", lambda: self.tr("From"), lambda r: fmt(r.starts_on)),
            Column("ends_on", lambda: self.tr("Until"), lambda r: fmt(r.ends_on)),
            Column("deposit", lambda: self.tr("Deposit"), lambda r: f"{r.deposit:,.2f}", True),
            Column("applied_at", lambda: self.tr("Applied"), lambda r: fmt(local(r.applied_at))),
        ]
        self.model = PagedTableModel(cols, self._fetch, self)
        self.table = table_view("decorationTable", self.model, sortable=True)
        for col, width in enumerate((110, 90, 70, 200, 200, 90, 90, 90)):
            self.table.setColumnWidth(col, width)
        # the permit chosen however it was — a click, the arrow keys, or 转到 from the morning list
        # (which chooses it without a click: the pane stayed empty) — is the one shown below
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.table.activated.connect(lambda _: self.show_detail())
        self.detail = QTextBrowser(objectName="decorationDetail")
        self.detail.setPlaceholderText(self.tr("Click a permit to see its owner, contractor, workers and history."))
        s = session
        acts = QGridLayout()
        specs = [
            (self.tr("Approve"), "decoApprove", self.approve, s.may(decoration.APPROVE)),
            (self.tr("Reject…"), "decoReject", self.reject_it, s.may(decoration.APPROVE)),
            (self.tr("Request water && power"), "decoPower", self.request_power, s.may(decoration.POWER)),
            (self.tr("Water && power on"), "decoPowerDone", self.power_done, s.may(decoration.POWER)),
            (self.tr("Extend…"), "decoExtend", self.extend, s.may(decoration.EXTEND)),
            (self.tr("Stop works…"), "decoStop", self.stop, s.may(decoration.STOP)),
            (self.tr("Resume works"), "decoResume", self.resume, s.may(decoration.STOP)),
            (self.tr("First inspection…"), "decoFirst", self.first, s.may(decoration.ACCEPT)),
            (self.tr("Second inspection…"), "decoSecond", self.second, s.may(decoration.ACCEPT)),
            (self.tr("Refund deposit…"), "decoRefund", self.refund, s.may(decoration.REFUND)),
            (self.tr("Terminate works…"), "decoTerminate", self.terminate, s.may(decoration.REFUND)),
            (self.tr("Print permit…"), "decoPermit", self.print_permit, True),
            (self.tr("Print stop notice…"), "decoStopNotice", self.print_stop, True),
            (self.tr("Print application form…"), "decoApplicationForm", self.print_application, True),
            (self.tr("Blank daily check sheet…"), "decoBlankSheet", self.print_blank_sheet, True),
            (self.tr("Daily check record…"), "decoCheckRecord", self.print_check_record, True),
            (self.tr("First inspection form…"), "decoFirstForm", self.print_first_form, True),
            (self.tr("Second inspection form…"), "decoSecondForm", self.print_second_form, True),
            (self.tr("Deposit refund form…"), "decoRefundForm", self.print_refund_form, True),
        ]
        # the buttons a role may use first, so that hidden ones leave no holes in the rows
        specs.sort(key=lambda spec: not spec[3])
        for i, (text, name, slot, visible) in enumerate(specs):
            b = button(text, name, slot)
            hide_unless(b, visible)
            acts.addWidget(b, i // 6, i % 6)
        filters = QHBoxLayout()
        # an application is taken here too, not only from the unit's page: the clerk types the unit
        self.apply_btn = button(self.tr("New application…"), "decoApply", self.new_application, "Ctrl+N")
        hide_unless(self.apply_btn, s.may(decoration.APPLY))
        filters.addWidget(self.apply_btn)
        filters.addWidget(self.text)
        filters.addWidget(self.state)
        filters.addStretch(1)
        self.count = plain_label(objectName="decoCount")
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addLayout(acts)
        layout.addWidget(self.detail, 2)
        self.text.textChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        session.bus.changed.connect(lambda flags: self.reload() if FLAG in flags else None)
        self._count()  # the table loaded its first page when sorting was switched on

    def _fetch(self, **kw):
        f = DecorationFilter(text=self.text.text().strip(), state=DecorationState(self.state.currentData()) if self.state.currentData() else None)
        return decoration.decoration_register(self.session.ctx, self.session.actor, f, **kw)

    def reload(self) -> None:
        with kept_selection(self.table):
            self.model.reload()
        self._count()
        self.show_detail()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} permits").format(n=self.model.total))

    def selected(self):  # the permit chosen, none when the one acted on left the list (kept_selection)
        return selected_row(self.table)

    def show_detail(self) -> None:
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        d = decoration.detail(self.session.ctx, self.session.actor, row.id)
        t = {"owner": self.tr("Owner"), "contractor": self.tr("Contractor"), "works": self.tr("Works"),
             "deposit": self.tr("Deposit"), "fee": self.tr("Management fee"), "power": self.tr("Water and power"),
             "requested": self.tr("requested"), "workers": self.tr("Workers"), "checks": self.tr("Checks"),
             "violation": self.tr("violation"), "ext": self.tr("Extensions"), "refunded": self.tr("Refunded"),
             "insp": self.tr("Inspections"), "passed": self.tr("passed"), "failed": self.tr("not passed"),
             "ended": self.tr("Terminated")}
        power = fmt(d.power_done_at) if d.power_done_at else (
            f"{t['requested']} {fmt(d.power_requested_at)}" if d.power_requested_at else "—")
        lines = [f"{d.number}　{d.permit_no}　{d.unit_code}　{d.state.value}",
                 f"{t['owner']}：{d.owner_name} {d.owner_phone}　{t['contractor']}：{d.company}"
                 f"（{'，'.join(x for x in (f'{d.leader} {d.leader_phone}'.strip(), d.licence) if x)}）",
                 f"{t['works']}：{'、'.join(d.works)}　{fmt(d.starts_on)} — {fmt(d.ends_on)}　"
                 f"{t['deposit']} {d.deposit:,.2f}　{t['fee']} {d.fees:,.2f}",
                 f"{t['power']}：{power}",
                 f"{t['workers']}：" + "；".join(f"{w.pass_no} {w.name} {w.id_number}" for w in d.workers)]
        if d.checks:
            lines.append(f"{t['checks']}：" + "；".join(
                f"{fmt(k.day)} {k.outcome.value}" + (f"（{t['violation']}：{k.violation_text}）" if k.violation else "")
                for k in d.checks[:10]))
        if d.inspections:
            lines.append(f"{t['insp']}：" + "；".join(
                f"{i.stage} {fmt(i.day)} {t['passed'] if i.passed else t['failed']}"
                + (f"（{'、'.join(i.failed_items + ((i.issues,) if i.issues else ()))}）" if i.failed_items or i.issues else "")
                for i in d.inspections))
        if d.extensions:
            lines.append(f"{t['ext']}：" + "；".join(f"{fmt(a)}→{fmt(b)} {why}" for a, b, why, _ in d.extensions))
        if d.end_reason:
            lines.append(f"{t['ended']}：{d.end_reason}")
        if d.refund_amount is not None:
            lines.append(f"{t['refunded']}：{d.refund_amount:,.2f}　" +
                         "；".join(f"{x.reason} {x.amount:,.2f}" for x in d.deductions))
        # every line is plain text put together from what owners and contractors typed: escaped
        # whole, so "<b>" or "&" in a name or a note shows as typed; the first line is the heading
        self.detail.setHtml("<br>".join([f"<b>{escape(lines[0])}</b>", *map(escape, lines[1:])]))

    def new_application(self) -> None:
        """装修申请 for the unit typed; once recorded, its 装修申请表 opens to be printed and signed."""
        title = self.tr("New application")
        code, ok = QInputDialog.getText(self, title, self.tr("Unit (e.g. 3-2-1502):"))
        if not ok or not code.strip():
            return
        uid = registry_units.find_unit_id(self.session.ctx, self.session.actor, code.strip())
        if uid is None:
            QMessageBox.warning(self, title, as_typed(self.tr("There is no unit {code}.").format(code=code.strip())))
            return
        dlg = ApplicationDialog(self.session, uid, self)
        if dlg.exec() and dlg.decoration_id is not None:
            out = errors.call(self, decoration_papers.application_pdf, self.session.ctx, self.session.actor,
                              dlg.decoration_id)
            if out.ok:
                self.last_preview = preview(self, out.value, self.tr("Decoration application form"),
                                            f"装修申请表-{code.strip()}.pdf")

    def chosen(self, title: str):
        """The permit under the cursor; none chosen, the steward is told so before any form opens
        (a reason or an inspection typed in vain was lost without a word)."""
        row = self.selected()  # chosen, not merely the list's current row (kept_selection.selected_row)
        if row is None:
            QMessageBox.information(self, title, as_typed(self.tr("Choose an application in the list first.")))
        return row

    def _do(self, fn, *args) -> bool:
        row = self.selected()
        if row is None:
            return False
        return errors.call(self, fn, self.session.ctx, self.session.actor, row.id, *args).ok

    def approve(self) -> None:
        row = self.chosen(self.tr("Approve"))
        if row is not None and row.deposit:
            ApproveDialog(self.session, row, self).exec()
        elif row is not None and confirm(self, self.tr("Approve {n}? The unit becomes 装修中.").format(n=row.number)):
            self._do(decoration.approve)

    def reject_it(self) -> None:
        row = self.chosen(self.tr("Reject"))
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject {n} ({unit})").format(n=row.number, unit=row.unit_code),
                                          self.tr("Reason:"))
        if ok:
            self._do(decoration.reject, reason)

    def request_power(self) -> None:
        if self.chosen(self.tr("Request water and power")) is not None:
            self._do(decoration.request_power)

    def power_done(self) -> None:
        # a record that cannot be taken back: a click on the wrong row would clear the morning list's reminder
        row = self.chosen(self.tr("Water and power on"))
        if row is not None and confirm(self, self.tr("Record that water and power are on for {n} ({unit})?").format(
                n=row.number, unit=row.unit_code)):
            self._do(decoration.power_done)

    def extend(self) -> None:
        row = self.chosen(self.tr("Extend the works"))
        if row is None:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Extend the works"))
        new_end = DateField(row.ends_on + timedelta(days=30), label="延期至", today=self.session.ctx.clock.today,
                            objectName="extendTo")
        reason = QLineEdit(objectName="extendReason")
        form = QFormLayout(dlg)
        form.addRow(self.tr("Until"), new_end)
        form.addRow(self.tr("Reason"), reason)
        form.addRow(dialog_buttons(dlg, dlg.accept, QDialogButtonBox.StandardButton.Ok))
        if dlg.exec():
            self._do(lambda ctx, actor, did: decoration.extend(ctx, actor, did, new_end.value(), reason.text(),
                                                               version=row.version))

    def stop(self) -> None:
        row = self.chosen(self.tr("Stop works"))
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Stop works {n} ({unit})").format(n=row.number, unit=row.unit_code),
                                          self.tr("Reason (e.g. refused to open the door):"))
        if ok and self._do(decoration.stop, reason):
            self.print_stop()

    def resume(self) -> None:
        row = self.chosen(self.tr("Resume works"))
        if row is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Resume works {n} ({unit})").format(n=row.number, unit=row.unit_code),
                                        self.tr("Note:"))
        if ok:
            self._do(decoration.resume, note)

    def first(self) -> None:
        row = self.chosen(self.tr("First inspection"))
        if row is None:
            return
        dlg = InspectionDialog(self.tr("First inspection {n} ({unit})").format(n=row.number, unit=row.unit_code), self)
        if dlg.exec():
            self._do(decoration.first_inspection, dlg.passed.isChecked(), dlg.note.text(), dlg.failed_items())

    def second(self) -> None:
        row = self.chosen(self.tr("Second inspection"))
        if row is None:
            return
        dlg = InspectionDialog(self.tr("Second inspection {n} ({unit})").format(n=row.number, unit=row.unit_code), self)
        if dlg.exec():
            self._do(decoration.second_inspection, dlg.passed.isChecked(), dlg.note.text(), dlg.failed_items())

    def refund(self) -> None:
        row = self.chosen(self.tr("Refund deposit"))
        if row is None:
            return
        dlg = RefundDialog(row.deposit, self)
        if dlg.exec() and confirm(self, self.tr("Refund the deposit of {n}? This cannot be undone.").format(n=row.number)):
            self._do(decoration.refund_deposit, dlg.deductions(), dlg.money.money())

    def terminate(self) -> None:
        """Works stopped and never to resume: ended here, the deposit refunded or kept with the reason."""
        row = self.chosen(self.tr("Terminate works"))
        if row is not None:
            TerminateDialog(self.session, row, self).exec()

    def _print(self, fn, title: str, name: str) -> None:
        row = self.chosen(title)
        if row is None:
            return
        out = errors.call(self, fn, self.session.ctx, self.session.actor, row.id)
        if out.ok:
            self.last_preview = preview(self, out.value, title, f"{name}-{row.number}.pdf")

    def print_permit(self) -> None:
        self._print(decoration.permit_pdf, self.tr("Decoration permit"), "装修许可证")

    def print_stop(self) -> None:
        self._print(decoration.stop_notice_pdf, self.tr("Stop-works notice"), "停工通知书")

    def print_application(self) -> None:
        self._print(decoration_papers.application_pdf, self.tr("Decoration application form"), "装修申请表")

    def print_blank_sheet(self) -> None:
        self._print(lambda ctx, actor, did: decoration_papers.check_sheet_pdf(ctx, actor, did, blank=True),
                    self.tr("Daily check sheet (blank)"), "二次装修日检表-空白")

    def print_check_record(self) -> None:
        self._print(lambda ctx, actor, did: decoration_papers.check_sheet_pdf(ctx, actor, did, blank=False),
                    self.tr("Daily check record"), "二次装修日检表")

    def print_first_form(self) -> None:
        self._print(lambda ctx, actor, did: decoration_papers.acceptance_pdf(ctx, actor, did, "初验"),
                    self.tr("Completion inspection form (first)"), "竣工验收单-初验")

    def print_second_form(self) -> None:
        self._print(lambda ctx, actor, did: decoration_papers.acceptance_pdf(ctx, actor, did, "复验"),
                    self.tr("Completion inspection form (second)"), "竣工验收单-复验")

    def print_refund_form(self) -> None:
        self._print(decoration_papers.refund_pdf, self.tr("Deposit refund form"), "押金退还单")
