"""减免/优惠: the applications for a discount on a bill line (待审批 → 已批准 / 已驳回) with the
supervisor's 批准 and 驳回, the rules the supervisor sets (减免规则…), and the 申请减免 form the unit
page's billing section opens on an owed line."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.billing_deposits import ApplicationState
from deskapp.domain.billing_discounts import RuleKind
from deskapp.domain.local_time import local_text
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog, dialog_buttons, enum_combo
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, current, edge_row, enable_for_row, in_state, as_typed, plain_label
from deskapp.services.billing import discounts


def _value_text(value) -> str:
    """A rule's months or per cent as typed: 1, 50, 12.5 (not 50.00)."""
    return f"{value.normalize():f}"


class ApplyDiscountDialog(FormDialog):
    """申请减免 on one owed line: a rule (which fills in its amount) or none, the amount, the reason."""

    def __init__(self, session: DeskSession, line, parent=None):
        super().__init__(parent, self.tr("Apply for discount"), intro=self.tr(
            "{quarter} {item}: {owed} yuan owed").format(quarter=line.quarter, item=said(line.item),
                                                          owed=money(line.owed)))
        self.session, self.line = session, line
        self.rule = QComboBox(objectName="discountRule")
        self.rule.addItem(self.tr("(no rule)"), None)
        out = call(self, discounts.rules, session.ctx, session.actor, active_only=True)
        for r in out.value if out.ok else []:
            self.rule.addItem(r.name, r.id)
        self.row(self.tr("Rule"), self.rule, "减免规则")
        self.amount = self.row(self.tr("Amount"), QLineEdit(objectName="discountAmount"), "减免金额")
        self.reason = self.row(self.tr("Reason"), QLineEdit(objectName="discountReason"), "减免原因")
        self.rule.currentIndexChanged.connect(lambda _i: self.fill_amount())
        self.amount.setFocus()

    def fill_amount(self) -> None:
        """A rule's own amount on this line, as the supervisor set it; the steward may lower it."""
        rule_id = self.rule.currentData()
        if rule_id is None:
            return
        out = call(self, discounts.offer, self.session.ctx, self.session.actor, self.line.line_id, rule_id)
        if out.ok and out.value is not None:
            self.amount.setText(f"{out.value:.2f}")
            if not self.reason.text():
                self.reason.setText(self.rule.currentText())

    def submit(self):
        return discounts.apply_discount(self.session.ctx, self.session.actor, self.line.line_id, self.amount.text(),
                                        self.reason.text(), self.rule.currentData())


class RuleDialog(FormDialog):
    """A new rule, or one changed (made inactive when it is no longer offered)."""

    def __init__(self, session: DeskSession, rule=None, parent=None):
        super().__init__(parent, self.tr("Discount rule"))
        self.session, self.rule = session, rule
        self.name = self.row(self.tr("Name"), QLineEdit(rule.name if rule else "", objectName="ruleName"), "规则名称")
        self.kind = self.row(self.tr("Kind"), enum_combo(RuleKind, name="ruleKind"), "规则类别")
        if rule is not None:
            self.kind.setCurrentIndex(list(RuleKind).index(RuleKind(rule.kind)))
        self.value = self.row(self.tr("Months off / per cent"),
                              QLineEdit(_value_text(rule.value) if rule else "", objectName="ruleValue"), "减免比例")
        self.widgets["优惠月数"] = self.value
        self.active = self.row(self.tr("In use"), QCheckBox(objectName="ruleActive"))
        self.active.setChecked(rule.active if rule else True)

    def submit(self):
        return discounts.save_rule(self.session.ctx, self.session.actor, self.rule.id if self.rule else None,
                                   self.name.text(), list(RuleKind)[self.kind.currentIndex()], self.value.text(),
                                   self.active.isChecked())


class RulesDialog(QDialog):
    """减免规则: the supervisor's list, with 新建 and 修改."""

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discount rules"))
        self.setObjectName("discountRulesDialog")
        self.session = session
        self.model = ListModel([
            Col(lambda: self.tr("Name"), lambda r: r.name),
            Col(lambda: self.tr("Kind"), lambda r: r.kind),
            Col(lambda: self.tr("Value"), lambda r: _value_text(r.value), right=True),
            Col(lambda: self.tr("In use"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
        ], self)
        self.view = table_view(self.model, name="discountRules")
        lay = QVBoxLayout(self)
        lay.addLayout(edge_row((button(self.tr("New rule…"), "ruleNew", self.new),
                                button(self.tr("Change rule…"), "ruleEdit", self.edit))))
        lay.addWidget(self.view)
        lay.addWidget(dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok))
        self.reload()

    def reload(self) -> None:
        out = call(self, discounts.rules, self.session.ctx, self.session.actor)
        self.model.set_rows(out.value if out.ok else [])

    def new(self) -> None:
        if RuleDialog(self.session, None, self).exec():
            self.reload()

    def edit(self) -> None:
        rule = current(self.view)
        if rule is not None and RuleDialog(self.session, rule, self).exec():
            self.reload()


class DiscountsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.state = enum_combo(ApplicationState, blank=self.tr("All"), name="discountState",
                                members=(ApplicationState.PENDING, ApplicationState.APPROVED, ApplicationState.REFUSED))
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = ListModel([
            Col(lambda: self.tr("Applied"), lambda r: local_text(r.applied_at)),
            Col(lambda: self.tr("Unit"), lambda r: r.unit_code),
            Col(lambda: self.tr("Quarter"), lambda r: r.quarter),
            Col(lambda: self.tr("Item"), lambda r: r.item),
            Col(lambda: self.tr("Billed"), lambda r: money(r.line_amount), right=True),
            Col(lambda: self.tr("Discount"), lambda r: money(r.amount), right=True),
            Col(lambda: self.tr("Rule"), lambda r: r.rule),
            Col(lambda: self.tr("Reason"), lambda r: r.reason),
            Col(lambda: self.tr("Applied by"), lambda r: r.applied_by),
            Col(lambda: self.tr("State"), lambda r: r.state),
            Col(lambda: self.tr("Decided by"), lambda r: r.decided_by),
            # 审批时间: when the supervisor approved (or refused) it, as the 减免登记 prints it
            Col(lambda: self.tr("Decided"), lambda r: local_text(r.decided_at) if r.decided_at else ""),
            Col(lambda: self.tr("Note"), lambda r: r.decision_note),
        ], self)
        self.view = table_view(self.model, name="discountTable")
        self.count = plain_label(objectName="discountCount")
        approve = button(self.tr("Approve"), "discountApprove", self.approve)
        refuse = button(self.tr("Refuse…"), "discountRefuse", self.refuse)
        rules = button(self.tr("Discount rules…"), "discountRules", self.edit_rules)
        for b in (approve, refuse, rules):
            hide_unless(b, session.may(discounts.DECIDE))
        for b in (approve, refuse):  # decided once
            enable_for_row(self.view, lambda: current(self.view), b, in_state(ApplicationState.PENDING))
        lay = QVBoxLayout(self)
        lay.addLayout(edge_row((self.state,), (approve, refuse, rules)))
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.reload())
        self.reload()

    def reload(self) -> None:
        out = call(self, discounts.discounts, self.session.ctx, self.session.actor, self.state.currentData())
        self.model.set_rows(out.value if out.ok else [])
        self.count.setText(self.tr("{n} applications").format(n=self.model.rowCount()))

    def _current(self):
        row = current(self.view)
        if row is None:
            QMessageBox.information(self, self.tr("Discounts"), self.tr("Choose an application in the list first."))
        return row

    def approve(self) -> None:
        row = self._current()
        if row is None:
            return
        asked = QMessageBox.question(self, self.tr("Approve discount"), as_typed(self.tr(
            "Approve a discount of {amount} yuan on {unit} {quarter} {item}?").format(
            amount=money(row.amount), unit=row.unit_code, quarter=row.quarter, item=said(row.item))))
        if asked == QMessageBox.StandardButton.Yes:
            call(self, discounts.approve_discount, self.session.ctx, self.session.actor, row.id)

    def refuse(self) -> None:
        row = self._current()
        if row is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Refuse discount"), self.tr("Why is it refused?"))
        if ok:
            call(self, discounts.refuse_discount, self.session.ctx, self.session.actor, row.id, note)

    def edit_rules(self) -> None:
        RulesDialog(self.session, self).exec()
