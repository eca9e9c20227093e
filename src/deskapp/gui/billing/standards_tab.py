"""收费标准: the dated prices; a supervisor adds a new price from a date (never edits one), and
withdraws (撤销标准) one entered by mistake while no bill has used it: it stays on the list, grey,
marked 已撤销 with who, when and why."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from deskapp.domain.billing import STANDARD_ITEMS, FeeItem, quarter_of
from deskapp.domain.local_time import local_text
from deskapp.domain.units import UnitKind
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.billing.price_notice import open_price_notice
from deskapp.gui.date_field import DateField
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import ActionRow, current, as_typed, plain_label
from deskapp.services.billing import standards
from deskapp.services.billing.common import STANDARDS
from deskapp.services.billing.standards import StandardView
from deskapp.services.changes import Change


class StandardsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = ListModel([
            Col(lambda: self.tr("Item"), lambda s: s.item.value),
            Col(lambda: self.tr("Unit kind"), lambda s: s.unit_kind or self.tr("All")),
            Col(lambda: self.tr("Standard"), lambda s: s.description),
            Col(lambda: self.tr("From"), lambda s: f"{s.starts_on:%Y-%m-%d}"),
            Col(lambda: self.tr("State"), lambda s: s.state.value),
            Col(lambda: self.tr("Note"), lambda s: s.note),
            Col(lambda: self.tr("Entered by"), lambda s: s.created_by),
            Col(lambda: self.tr("Withdrawn"), self._withdrawal),
        ], self, muted=lambda s: s.withdrawn)
        self.item = QComboBox(objectName="stdItem")
        for it in STANDARD_ITEMS:
            self.item.addItem(it.value, it.name)
        self.kind = QComboBox(objectName="stdKind")
        self.kind.addItem(self.tr("All"), "")
        for k in UnitKind:
            self.kind.addItem(k.value, k.value)
        self.price = QLineEdit(objectName="stdPrice")
        self.tiers = QLineEdit(objectName="stdTiers")
        self.tiers.setPlaceholderText(self.tr("Water tiers, e.g. 15:4.10, 25:5.60, :8.20"))
        self.period = QComboBox(objectName="stdTierPeriod")
        self.period.addItem(self.tr("Tiers per month"), "month")
        self.period.addItem(self.tr("Tiers per year"), "year")
        today = session.ctx.clock.today()
        self.starts = DateField(today.replace(day=1), label="生效日期", today=session.ctx.clock.today,
                                objectName="stdStarts")
        self.note = QLineEdit(objectName="stdNote")
        add = QPushButton(self.tr("Add standard"), objectName="stdAdd")
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Unit kind"), self.kind)
        form.addRow(self.tr("Unit price"), self.price)
        form.addRow(self.tr("Tiers"), self.tiers)
        form.addRow("", self.period)
        form.addRow(self.tr("From"), self.starts)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", add)
        box = QGroupBox(self.tr("New standard"))
        box.setLayout(form)
        hide_unless(box, session.may(STANDARDS))
        lay = QHBoxLayout(self)
        from deskapp.gui.billing.meters_box import SharedMetersBox

        left = QVBoxLayout()
        actions = ActionRow(self)
        self.act_withdraw = actions.add("stdWithdraw", self.tr("&Withdraw standard…"), self.withdraw,
                                        allowed=session.may(STANDARDS))
        self.act_withdraw.setToolTip(self.tr("Withdraw the chosen standard, entered by mistake, while no bill has "
                                             "used it"))
        notice = QPushButton(self.tr("Fee standards notice…"), objectName="stdPriceNotice")
        notice.clicked.connect(lambda _=False: open_price_notice(self, self.session))
        actions.addWidget(notice)
        actions.addStretch(1)
        left.addLayout(actions)
        self.table = table_view(self.model, name="stdTable")
        left.addWidget(self.table, 2)
        self.shared = SharedMetersBox(session)
        left.addWidget(self.shared, 1)
        lay.addLayout(left, 3)
        lay.addWidget(box, 1)
        session.bus.changed.connect(lambda flags: Change.STANDARDS in flags and self.reload())
        self.reload()

    def _withdrawal(self, s: StandardView) -> str:
        if not s.withdrawn:
            return ""
        return self.tr("{by} {at}: {reason}").format(by=s.withdrawn_by, at=local_text(s.withdrawn_at),
                                                     reason=s.withdraw_reason)

    def reload(self) -> None:
        outcome = call(self, standards.list_standards, self.session.ctx, self.session.actor)
        if outcome.ok:
            self.model.set_rows(outcome.value)
            if all(s.withdrawn for s in outcome.value):
                # a new centre's first standards (its mistakes withdrawn are none): from the quarter's
                # start, or its first bill run finds no 物业费 standard for the months before this one
                self.starts.set_value(quarter_of(self.session.ctx.clock.today()).start)

    def _tiers(self) -> list[tuple[str | None, str]] | None:
        text = self.tiers.text().strip().replace("，", ",").replace("：", ":")
        if not text:
            return None
        out = []
        for part in text.split(","):
            upto, _, price = part.strip().partition(":")
            out.append((upto.strip() or None, price.strip()))
        return out

    def add(self) -> bool:
        tiers = self._tiers()
        price = self.price.text() or (tiers[0][1] if tiers else "")
        outcome = call(self, lambda: standards.add_standard(
            self.session.ctx, self.session.actor, FeeItem[self.item.currentData()], price, self.starts.value(),
            unit_kind=self.kind.currentData(), tiers=tiers, tier_period=self.period.currentData(),
            note=self.note.text()),
            fields={"单价": self.price, "收费项目": self.item, "房屋类型": self.kind, "生效日期": self.starts})
        if outcome.ok:  # the list is read again on the change it announced
            self.price.clear()
            self.tiers.clear()
            self.note.clear()
        return outcome.ok

    def withdraw(self) -> None:
        """撤销标准: the chosen row, asked of the service first (withdrawn already, or used by a
        bill: said at once, naming the quarter), then the reason and a last question."""
        chosen = current(self.table)
        if chosen is None:
            QMessageBox.information(self, self.tr("Withdraw standard"),
                                    self.tr("Choose the standard to withdraw in the list first."))
            return
        if call(self, standards.check_withdrawable, self.session.ctx, self.session.actor, chosen.id).ok:
            StandardWithdrawDialog(self, self.session, chosen).exec()


class StandardWithdrawDialog(FormDialog):
    """The reason for withdrawing one standard, under what it is and what withdrawing does."""

    def __init__(self, parent: QWidget, session: DeskSession, standard: StandardView):
        super().__init__(parent, self.tr("Withdraw standard"), intro=self.tr(
            "This standard will no longer be used: the bill run, its preview, the fee notices and the fee "
            "standards notice leave it out, and the standard before it applies again. It stays on the list "
            "marked withdrawn. Bills already made are not touched."), button=QDialogButtonBox.StandardButton.Ok)
        self.setObjectName("stdWithdrawDialog")
        self.session, self.standard = session, standard
        item, rate, day = said(standard.item.value), said(standard.description), f"{standard.starts_on:%Y-%m-%d}"
        kind = said(standard.unit_kind) if standard.unit_kind else self.tr("All")
        self.what = self.tr("{item} ({kind}) {rate} from {day}").format(item=item, kind=kind, rate=rate, day=day)
        for label, text in ((self.tr("Item"), item), (self.tr("Unit kind"), kind), (self.tr("Standard"), rate),
                            (self.tr("From"), day)):
            self.row(label, plain_label(text))
        self.reason = QLineEdit(objectName="stdWithdrawReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. unit price typed wrong, should be 2.05"))
        self.row(self.tr("Reason"), self.reason, "撤销原因")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Withdraw"))

    def save(self) -> bool:
        # a blank reason goes straight to the service, which names the field; a written one is confirmed
        if self.reason.text().strip():
            sure = QMessageBox.question(self, self.tr("Withdraw standard"), as_typed(self.tr(
                "Withdraw {what}? Bills already made are not touched.").format(what=self.what)))
            if sure != QMessageBox.StandardButton.Yes:
                return False
        return super().save()

    def submit(self):
        return standards.withdraw_standard(self.session.ctx, self.session.actor, self.standard.id,
                                           self.reason.text())
