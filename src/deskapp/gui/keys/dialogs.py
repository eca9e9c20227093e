"""Dialogs of the keys area: register a key, lend (with the verification and approval steps),
return, overdue note, cards and vehicle cards, parking spaces and leases."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLineEdit, QMessageBox,
    QPlainTextEdit, QSpinBox, QWidget,
)

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import (
    STOCK_ITEMS, CardKind, CountItem, DepositOutcome, HoldReason, KeyKind, Purpose, ReturnState, SpaceArea, SpaceState,
    late_parts, overdue_for,
)
from deskapp.domain.local_time import local_text
from deskapp.gui import errors
from deskapp.gui.date_field import DateField, DateTimeField
from deskapp.gui.deposit_money import DepositMoneyRows
from deskapp.gui.forms import FormDialog, enum_combo
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import preview, as_typed, plain_label
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import (
    cards as keys_cards, custody as keys, documents as keys_documents, inventory as keys_inventory,
    parking as keys_parking,
)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_field(session: DeskSession, value: date, name: str, field: str) -> DateField:
    """The desk's date field; `field` names it in a wrong-date message, as the service does."""
    return DateField(value, label=field, today=session.ctx.clock.today, objectName=name)


def unit_id_of(session: DeskSession, code: str, field: str = "房号") -> int:
    if not code.strip():
        raise ValidationError(field, "请输入房号，例如 3-2-1502")
    uid = registry_units.find_unit_id(session.ctx, session.actor, code.strip())
    if uid is None:
        raise ValidationError(field, f"没有房号 {code.strip()}")
    return uid


class KeysForm(FormDialog):
    """The keys area's forms: the desk session at hand and an OK button, as they always had."""

    def __init__(self, session: DeskSession, title: str, parent=None):
        super().__init__(parent, title, button=QDialogButtonBox.StandardButton.Ok)
        self.session = session


# ----------------------------------------------------------------- keys

class RegisterKeyDialog(KeysForm):
    def __init__(self, session: DeskSession, unit_code: str = "", parent=None):
        super().__init__(session, self.tr("Take a key into custody"), parent)
        self.unit = self.row(self.tr("Unit"), QLineEdit(unit_code, objectName="keyUnit"), "房号")
        self.kind = self.row(self.tr("Key"), enum_combo(KeyKind, name="keyKind"))
        self.label = self.row(self.tr("Description"), QLineEdit(objectName="keyLabel",
                                                                placeholderText=self.tr("e.g. front door, 2 keys on a red ring")))
        self.copies = self.row(self.tr("Copies"), QSpinBox(objectName="keyCopies", minimum=1, maximum=50, value=1),
                               "份数")
        self.location = self.row(self.tr("Cabinet / hook"), QLineEdit(objectName="keyLocation",
                                                                      placeholderText="A柜-12"), "存放位置")
        self.reason = self.row(self.tr("Held because"), enum_combo(HoldReason, name="keyReason"))
        self.authority = self.row(self.tr("By whose authority"), QLineEdit(objectName="keyAuthority"), "委托依据")
        self.since = self.row(self.tr("Since"), date_field(session, session.ctx.clock.today(), "keySince", "存入日期"),
                              "存入日期")

    def submit(self):
        uid = unit_id_of(self.session, self.unit.text())
        return keys.register_key(self.session.ctx, self.session.actor, uid, self.kind.currentData(),
                                 self.copies.value(), self.location.text(), self.reason.currentData(),
                                 self.authority.text(), label=self.label.text(), since=self.since.value())


class EditKeyDialog(KeysForm):
    def __init__(self, session: DeskSession, key: keys.KeyView, parent=None):
        super().__init__(session, self.tr("Key {tag}").format(tag=key.tag), parent)
        self.key = key
        self.location = self.row(self.tr("Cabinet / hook"), QLineEdit(key.location, objectName="keyLocation"),
                                 "存放位置")
        self.copies = self.row(self.tr("Copies"), QSpinBox(objectName="keyCopies", minimum=1, maximum=50,
                                                           value=key.copies), "份数")
        self.reason = self.row(self.tr("Held because"), enum_combo(HoldReason, name="keyReason"))
        self.reason.setCurrentIndex(self.reason.findData(key.reason.name))
        self.label = self.row(self.tr("Description"), QLineEdit(key.label, objectName="keyLabel"))

    def submit(self):
        keys.update_key(self.session.ctx, self.session.actor, self.key.id, location=self.location.text(),
                        copies=self.copies.value(), reason=self.reason.currentData(), label=self.label.text(),
                        version=self.key.version)


class LendDialog(KeysForm):
    """Lend a unit's key. The front-desk instructions pop up first; the borrower is checked as
    the clerk types; anyone not verified needs a supervisor's approval with a reason."""

    OTHER = -1

    def __init__(self, session: DeskSession, unit_id: int, key_id: int | None = None, parent=None):
        super().__init__(session, self.tr("Lend a key"), parent)
        self.brief = keys.lending_brief(session.ctx, session.actor, unit_id)
        self.instructions_seen = False
        self.setObjectName("lendDialog")
        if self.brief.instructions:
            note = plain_label("⚠ " + "\n⚠ ".join(self.brief.instructions), objectName="lendInstructions")
            note.setWordWrap(True)
            note.setStyleSheet("background: #fff3c4; border: 1px solid #e0b400; padding: 6px; font-weight: bold;")
            self.body.insertWidget(0, note)
        self.row(self.tr("Unit"), plain_label(self.brief.unit_code, objectName="lendUnit"))
        self.key = self.row(self.tr("Key"), QComboBox(objectName="lendKey"), "钥匙")
        for k in keys.keys_of_unit(session.ctx, session.actor, unit_id):
            if not k.lent:
                self.key.addItem(f"{k.title}（{k.copies}）{k.location}", k.id)
        if key_id is not None:
            self.key.setCurrentIndex(max(self.key.findData(key_id), 0))
        self.borrower = self.row(self.tr("Borrower"), QComboBox(objectName="lendBorrower"), "借用人")
        for c in self.brief.candidates:
            mark = self.tr("may borrow") if c.may_borrow else self.tr("not authorised for keys")
            self.borrower.addItem(f"{c.name}（{c.relation.value}，{mark}）{c.id_number}", c.person_id)
        self.borrower.addItem(self.tr("Someone else…"), self.OTHER)
        self.other_name = self.row(self.tr("Name"), QLineEdit(objectName="lendOtherName"), "借用人 ")
        self.id_type = self.row(self.tr("ID document"), enum_combo(IdType, name="lendIdType"))
        self.id_number = self.row(self.tr("Document number seen"), QLineEdit(objectName="lendIdNumber"), "证件号码")
        self.phone = self.row(self.tr("Phone"), QLineEdit(objectName="lendPhone"))
        self.check = self.row(self.tr("Check"), plain_label(objectName="lendCheck"))
        self.check.setWordWrap(True)

        self.approval = QGroupBox(self.tr("Supervisor's approval"), objectName="lendApproval")
        af = QFormLayout(self.approval)
        self.reason = QLineEdit(objectName="lendApprovalReason")
        af.addRow(self.tr("Reason"), self.reason)
        self.fields["批准理由"] = self.reason
        self.self_approves = session.may(keys.APPROVE)
        self.sup_user = QLineEdit(objectName="lendSupervisorUser")
        self.sup_password = QLineEdit(objectName="lendSupervisorPassword", echoMode=QLineEdit.EchoMode.Password)
        if self.self_approves:
            af.addRow(plain_label(self.tr("You approve this loan as {name}.").format(name=session.actor.display_name)))
        else:
            af.addRow(self.tr("Supervisor user name"), self.sup_user)
            af.addRow(self.tr("Supervisor password"), self.sup_password)
            # a refusal of the supervisor's sign-in names its field, outlines and selects it
            self.fields["主管用户名"], self.fields["主管密码"] = self.sup_user, self.sup_password
        self.form.addRow(self.approval)

        self.purpose = self.row(self.tr("Purpose"), enum_combo(Purpose, name="lendPurpose"))
        self.purpose_note = self.row(self.tr("Details"), QLineEdit(objectName="lendPurposeNote"), "事由")
        self.due = self.row(self.tr("Expected back"), DateTimeField(
            self.brief.default_due, label="预计归还", today=session.ctx.clock.today, objectName="lendDue"), "预计归还")
        self.deposit = self.row(self.tr("Deposit (yuan)"), QLineEdit("0", objectName="lendDeposit"), "押金")
        self.deposit_money = DepositMoneyRows(self, "lendDeposit", self.row)

        self.reason.setMinimumHeight(self.id_number.sizeHint().height())
        self.setMinimumWidth(560)
        self.borrower.currentIndexChanged.connect(self.recheck)
        self.id_number.textChanged.connect(self.recheck)
        self.other_name.textChanged.connect(self.recheck)
        self.recheck()
        # the key and the borrower come chosen: what the clerk types first is the number on the
        # document the borrower shows (a borrower not on file: the name first)
        if not self.key.count():
            self.key.setFocus()
        else:
            (self.other_name if self.borrower.currentData() == self.OTHER else self.id_number).setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.brief.instructions and not self.instructions_seen:
            self.instructions_seen = True
            # Once the dialog is laid out and on screen: a message box opened inside showEvent
            # left the dialog a 30-pixel strip.
            QTimer.singleShot(0, self._warn_instructions)

    def _warn_instructions(self) -> None:
        QMessageBox.warning(self, self.tr("Front-desk instructions"),
                            as_typed(self.tr("Read before lending:") + "\n\n" + "\n".join(self.brief.instructions)))

    def borrower_input(self) -> keys.Borrower:
        pid = self.borrower.currentData()
        name = self.other_name.text() if pid == self.OTHER else next(
            c.name for c in self.brief.candidates if c.person_id == pid)
        return keys.Borrower(None if pid == self.OTHER else pid, name, self.id_type.currentData(),
                             self.id_number.text(), self.phone.text())

    def recheck(self) -> None:
        other = self.borrower.currentData() == self.OTHER
        self.other_name.setEnabled(other)
        if not self.id_number.text().strip():
            self.check.setText(self.tr("Enter the number of the document the borrower shows."))
            self.check.setStyleSheet("color: #7a5c00;")
            self.approval.setEnabled(True)
            return
        try:
            result = keys.check_borrower(self.session.ctx, self.session.actor, self.brief.unit_id,
                                         self.borrower_input())
        except ValidationError as exc:
            self.check.setText(errors.error_message(exc))
            return
        if result.verified:
            self.check.setText(self.tr("Verified: {kind}, document matches the file.").format(kind=said(result.kind.value)))
            self.check.setStyleSheet("color: #1b7f2a; font-weight: bold;")
        else:
            self.check.setText(self.tr("Not verified: {why}. A supervisor must approve.").format(why=said(result.problem)))
            self.check.setStyleSheet("color: #c00000; font-weight: bold;")
        self.approval.setEnabled(not result.verified)
        self.needs_approval = not result.verified

    def _approval(self) -> keys.Approval | None:
        if not getattr(self, "needs_approval", True) or not self.approval.isEnabled():
            return None
        if not self.reason.text().strip():
            return None  # the service names what is missing
        if self.self_approves:
            return keys.Approval(self.session.actor, self.reason.text())
        from deskapp.services.accounts import users

        return keys.Approval(users.authenticate_supervisor(
            self.session.ctx, self.sup_user.text(), self.sup_password.text(), keys.APPROVE, how="主管批准借用钥匙"),
            self.reason.text())

    def submit(self):
        if self.key.currentData() is None:
            raise ValidationError("钥匙", "本户没有在柜可借的钥匙")
        due = self.due.value()
        return keys.lend_key(self.session.ctx, self.session.actor, self.key.currentData(), self.borrower_input(),
                             self.purpose.currentData(), purpose_note=self.purpose_note.text(), due_at=due,
                             deposit=self.deposit.text(), approval=self._approval(),
                             instructions_seen=self.instructions_seen or not self.brief.instructions,
                             deposit_money=self.deposit_money.money())


def late_text(delta: timedelta) -> str:
    """"3 days 2 h" / "2 h 5 min" / "40 min" in the desk's language (domain.keys.describe_late's)."""
    days, hours, mins = late_parts(delta)
    if days:
        return QCoreApplication.translate("ReturnDialog", "{d} days {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("ReturnDialog", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("ReturnDialog", "{m} min").format(m=mins)


class ReturnDialog(KeysForm):
    """归还钥匙: who brings it back, in what state, and the deposit; a key back after its 预计归还
    says so at the top in red — 逾期 N 天 … and since when it was due — before the clerk saves,
    and the return record (the key's history, the unit's chronicle, the register) carries it."""

    def __init__(self, session: DeskSession, loan, parent=None):
        super().__init__(session, self.tr("Return key {tag}").format(tag=loan.tag), parent)
        self.loan = loan
        self.row(self.tr("Borrowed by"), plain_label(loan.borrower_name))
        self.row(self.tr("Lent"), plain_label(local_text(loan.lent_at), objectName="returnLent"))
        self.row(self.tr("Expected back"), plain_label(local_text(loan.due_at), objectName="returnDue"))
        late = overdue_for(loan.due_at, None, session.ctx.clock.now())
        self.overdue = plain_label(self.tr("Overdue {late} (due back {due})").format(
            late=late_text(late), due=local_text(loan.due_at)), objectName="returnOverdue")
        self.overdue.setStyleSheet("color: #c00000; font-weight: bold;")
        if late:
            self.row("", self.overdue)
        self.who = self.row(self.tr("Returned by"), QLineEdit(loan.borrower_name, objectName="returnBy"), "归还人")
        self.state = self.row(self.tr("State"), enum_combo(ReturnState, name="returnState"), "归还状态")
        self.note = self.row(self.tr("Note"), QLineEdit(objectName="returnNote"), "归还说明")
        self.refund = self.row(self.tr("Deposit refunded"), QCheckBox(objectName="returnRefund", checked=True))
        self.refund.setEnabled(bool(loan.deposit))
        self.deposit_money = DepositMoneyRows(self, "returnDeposit", self.row, giving_back=True)
        self.deposit_money.set_enabled(bool(loan.deposit))
        self.refund.toggled.connect(lambda on: self.deposit_money.set_enabled(bool(loan.deposit) and on))

    def submit(self):
        keys.return_key(self.session.ctx, self.session.actor, self.loan.id, self.who.text(),
                        state=self.state.currentData(), note=self.note.text(),
                        refund_deposit=self.refund.isChecked(), deposit_money=self.deposit_money.money())


class OverdueNoteDialog(KeysForm):
    def __init__(self, session: DeskSession, loan, parent=None):
        super().__init__(session, self.tr("Why is key {tag} still out?").format(tag=loan.tag), parent)
        self.loan = loan
        self.row(self.tr("Borrower"), plain_label(loan.borrower_name))
        self.note = self.row(self.tr("Follow-up"), QPlainTextEdit(loan.overdue_note, objectName="overdueNote"),
                             "逾期说明")

    def submit(self):
        keys.add_overdue_note(self.session.ctx, self.session.actor, self.loan.id, self.note.toPlainText())


# ----------------------------------------------------------------- cards

class HolderCombo(QComboBox):
    """The holder is one of the unit's people, picked rather than typed; it follows the unit field."""

    def __init__(self, session: DeskSession, unit_field: QLineEdit, name: str):
        super().__init__(objectName=name)
        self.session = session
        self.unit_field = unit_field
        unit_field.editingFinished.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.clear()
        code = self.unit_field.text().strip()
        uid = registry_units.find_unit_id(self.session.ctx, self.session.actor, code) if code else None
        if uid is None:
            self.setPlaceholderText(self.tr("Enter the unit first"))
            return
        for h in keys_cards.holders(self.session.ctx, self.session.actor, uid):
            self.addItem(f"{h.name}（{h.relation.value}）", h.person_id)
            self.setItemData(self.count() - 1, h.name, Qt.ItemDataRole.UserRole + 1)
        self.setPlaceholderText(self.tr("No people on file for this unit") if not self.count() else "")

    def person(self) -> tuple[int | None, str]:
        if self.currentIndex() < 0:
            return None, ""
        return self.currentData(), self.currentData(Qt.ItemDataRole.UserRole + 1)


class CardDialog(KeysForm):
    def __init__(self, session: DeskSession, unit_code: str = "", parent=None):
        super().__init__(session, self.tr("Issue a resident or access card"), parent)
        self.unit = self.row(self.tr("Unit"), QLineEdit(unit_code, objectName="cardUnit"), "房号")
        self.kind = self.row(self.tr("Card type"), QComboBox(objectName="cardKind"), "卡类")
        for k in (CardKind.RESIDENT, CardKind.ACCESS):
            self.kind.addItem(k.value, k.name)
        self.number = self.row(self.tr("Card number"), QLineEdit(objectName="cardNumber"), "卡号")
        self.holder = self.row(self.tr("Holder"), HolderCombo(session, self.unit, "cardHolder"), "持卡人")
        self.fee = self.row(self.tr("Fee (yuan)"), QLineEdit("0", objectName="cardFee"), "工本费")
        self.deposit = self.row(self.tr("Deposit (yuan)"), QLineEdit("0", objectName="cardDeposit"), "押金")
        self.deposit_money = DepositMoneyRows(self, "cardDeposit", self.row)

    def submit(self):
        uid = unit_id_of(self.session, self.unit.text())
        person_id, name = self.holder.person()
        return keys_cards.issue_card(self.session.ctx, self.session.actor, uid, CardKind[self.kind.currentData()],
                                     self.number.text(), name, fee=self.fee.text(),
                                     deposit=self.deposit.text(), person_id=person_id,
                                     deposit_money=self.deposit_money.money())


class ReplaceCardDialog(KeysForm):
    """补办: the new number, what happens to the old card's deposit (an explicit choice), and the
    replacement fee the settings propose, paid with a receipt."""

    def __init__(self, session: DeskSession, card, parent=None):
        super().__init__(session, self.tr("Replace card {n}").format(n=card.number), parent)
        self.setObjectName("replaceCardDialog")
        self.card = card
        self.row(self.tr("Old card"), plain_label(f"{card.number}（{card.kind.value}，{card.holder_name}，{card.status}）"))
        self.number = self.row(self.tr("New card number"), QLineEdit(objectName="replaceNumber"), "卡号")
        self.deposit = self.row(self.tr("Deposit of {amount} yuan").format(amount=f"{card.deposit:.2f}"),
                                QComboBox(objectName="replaceDeposit"), "押金")
        for o in DepositOutcome:
            self.deposit.addItem(o.value, o.name)
        self.deposit.setPlaceholderText(self.tr("Choose: move or refund"))
        self.deposit.setCurrentIndex(-1)  # no default: the clerk says where the money goes
        self.deposit.setEnabled(bool(card.deposit))
        fee = keys_cards.replacement_fee(session.ctx)
        self.fee = self.row(self.tr("Replacement fee (yuan)"), QLineEdit(f"{fee:.2f}", objectName="replaceFee"),
                            "工本费")
        self.method = self.row(self.tr("Paid by"), enum_combo(PayMethod, name="replaceMethod"), "支付方式")
        self.method.removeItem(self.method.findData(PayMethod.PREPAID.name))
        # a deposit refunded here is paid out of the drawer: asked only when 退还 is chosen
        self.refund_money = DepositMoneyRows(self, "replaceRefund", self.row, giving_back=True)
        self.refund_money.set_enabled(False)
        self.deposit.currentIndexChanged.connect(lambda _i: self.refund_money.set_enabled(
            self.deposit.currentData() == DepositOutcome.REFUND.name))

    def submit(self):
        outcome = DepositOutcome[self.deposit.currentData()] if self.deposit.currentIndex() >= 0 else None
        return keys_cards.replace_card(self.session.ctx, self.session.actor, self.card.id, self.number.text(),
                                       deposit=outcome, fee=self.fee.text(), method=self.method.currentData(),
                                       refund_money=self.refund_money.money())


class VehicleCardDialog(KeysForm):
    def __init__(self, session: DeskSession, unit_code: str = "", parent=None):
        super().__init__(session, self.tr("Issue a vehicle card"), parent)
        self.unit = self.row(self.tr("Unit"), QLineEdit(unit_code, objectName="vcUnit"), "房号")
        self.number = self.row(self.tr("Card number"), QLineEdit(objectName="vcNumber"), "卡号")
        self.holder = self.row(self.tr("Holder"), HolderCombo(session, self.unit, "vcHolder"), "持卡人")
        self.plate = self.row(self.tr("Plate"), QLineEdit(objectName="vcPlate", placeholderText="浙A12345"), "车牌号")
        self.space = self.row(self.tr("Parking space"), QComboBox(objectName="vcSpace"), "车位")
        self.space.addItem(self.tr("(none)"), None)
        for s in keys_parking.spaces(session.ctx, session.actor):
            self.space.addItem(f"{s.number}（{s.area.value}，{s.state.value}）", s.id)
        self.months = self.row(self.tr("Months paid"), QSpinBox(objectName="vcMonths", minimum=1, maximum=36,
                                                                value=12), "续期月数")
        self.fee = self.row(self.tr("Monthly fee (yuan)"), QLineEdit(objectName="vcFee"), "月管理费")
        self.deposit = self.row(self.tr("Deposit (yuan)"), QLineEdit("0", objectName="vcDeposit"), "押金")
        self.deposit_money = DepositMoneyRows(self, "vcDeposit", self.row)

    def submit(self):
        uid = unit_id_of(self.session, self.unit.text())
        return keys_cards.issue_vehicle_card(self.session.ctx, self.session.actor, uid, self.number.text(),
                                             self.holder.person()[1], self.plate.text(), months=self.months.value(),
                                             monthly_fee=self.fee.text(), space_id=self.space.currentData(),
                                             deposit=self.deposit.text(), deposit_money=self.deposit_money.money())


class RenewDialog(KeysForm):
    def __init__(self, session: DeskSession, card, parent=None):
        super().__init__(session, self.tr("Renew vehicle card {number}").format(number=card.number), parent)
        self.card = card
        self.row(self.tr("Paid up until"), plain_label(str(card.paid_until or "")))
        self.months = self.row(self.tr("Months"), QSpinBox(objectName="renewMonths", minimum=1, maximum=36, value=3),
                               "续期月数")
        self.fee = self.row(self.tr("Monthly fee (yuan)"), QLineEdit(str(card.monthly_fee or ""),
                                                                     objectName="renewFee"), "月管理费")

    def submit(self):
        return keys_cards.renew_vehicle_card(self.session.ctx, self.session.actor, self.card.id, self.months.value(),
                                             self.fee.text(), version=self.card.version)


class StockDialog(KeysForm):
    """Blank cards or video intercoms received (or handed out, with a negative number)."""

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, self.tr("Blank cards and intercoms in stock"), parent)
        levels = keys_inventory.stock_levels(session.ctx, session.actor)
        self.item = self.row(self.tr("Item"), QComboBox(objectName="stockItem"), "物品")
        for item in STOCK_ITEMS:
            self.item.addItem(self.tr("{item} (in stock: {n})").format(item=item.value, n=levels[item]), item.name)
        self.quantity = self.row(self.tr("Received (negative: handed out)"),
                                 QSpinBox(objectName="stockQuantity", minimum=-1000, maximum=10000, value=10), "数量")
        self.note = self.row(self.tr("Note"), QLineEdit(objectName="stockNote"))

    def submit(self):
        return keys_inventory.receive_stock(self.session.ctx, self.session.actor, CountItem[self.item.currentData()],
                                            self.quantity.value(), self.note.text())


class TextDialog(KeysForm):
    """One line of text for an action that needs a reason (lost, cancel, retire) or a new number."""

    def __init__(self, session: DeskSession, title: str, label: str, field: str, action, parent=None):
        super().__init__(session, title, parent)
        self.text = self.row(label, QLineEdit(objectName="reasonText"), field)
        self.action = action

    def submit(self):
        return self.action(self.text.text())


# ----------------------------------------------------------------- parking

class SpaceDialog(KeysForm):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, self.tr("Register a parking space"), parent)
        self.number = self.row(self.tr("Space number"), QLineEdit(objectName="spaceNumber"), "车位号")
        self.area = self.row(self.tr("Area"), enum_combo(SpaceArea, name="spaceArea"))
        self.state = self.row(self.tr("State"), QComboBox(objectName="spaceState"), "状态")
        for s in (SpaceState.FREE, SpaceState.SOLD, SpaceState.PUBLIC):
            self.state.addItem(s.value, s.name)
        self.owner = self.row(self.tr("Owned by unit"), QLineEdit(objectName="spaceOwner"), "产权房号")

    def submit(self):
        state = SpaceState[self.state.currentData()]
        owner = unit_id_of(self.session, self.owner.text(), "产权房号") if state is SpaceState.SOLD else None
        return keys_parking.add_space(self.session.ctx, self.session.actor, self.number.text(),
                                      self.area.currentData(), state, owner_unit_id=owner)


class LeaseDialog(KeysForm):
    def __init__(self, session: DeskSession, space_id: int | None = None, parent=None):
        super().__init__(session, self.tr("Lease a parking space"), parent)
        self.space = self.row(self.tr("Space"), QComboBox(objectName="leaseSpace"), "车位")
        # free spaces first: a leased one is only offered for a lease that starts after the current one
        offered = [s for s in keys_parking.spaces(session.ctx, session.actor)
                   if s.state in (SpaceState.FREE, SpaceState.LEASED)]
        for s in sorted(offered, key=lambda s: s.state is not SpaceState.FREE):
            self.space.addItem(f"{s.number}（{s.area.value}，{s.state.value}）", s.id)
        if space_id is not None:
            self.space.setCurrentIndex(max(self.space.findData(space_id), 0))
        self.unit = self.row(self.tr("Unit (if a resident)"), QLineEdit(objectName="leaseUnit"), "房号")
        self.name = self.row(self.tr("Lessee"), QLineEdit(objectName="leaseName"), "承租人")
        self.phone = self.row(self.tr("Phone"), QLineEdit(objectName="leasePhone"), "联系电话")
        self.id_number = self.row(self.tr("ID number"), QLineEdit(objectName="leaseIdNumber"), "证件号码")
        self.plates = self.row(self.tr("Plates"), QLineEdit(objectName="leasePlates"), "车牌号")
        self.plates.setPlaceholderText(self.tr("Up to 3, separated by spaces or commas, e.g. 浙A12345"))
        self.setMinimumWidth(420)
        today = session.ctx.clock.today()
        self.start = self.row(self.tr("From"), date_field(session, today, "leaseStart", "租期开始"), "租期开始")
        a_year_on = qdate(today).addYears(1).addDays(-1).toPython()
        self.end = self.row(self.tr("To"), date_field(session, a_year_on, "leaseEnd", "租期结束"), "租期结束")
        self.rent = self.row(self.tr("Monthly rent (yuan)"), QLineEdit(objectName="leaseRent"), "月租金")
        self.deposit = self.row(self.tr("Deposit (yuan)"), QLineEdit("0", objectName="leaseDeposit"), "押金")
        self.deposit_money = DepositMoneyRows(self, "leaseDeposit", self.row)

    def submit(self):
        if self.space.currentData() is None:
            raise ValidationError("车位", "没有可出租的车位")
        uid = unit_id_of(self.session, self.unit.text()) if self.unit.text().strip() else None
        return keys_parking.lease_space(self.session.ctx, self.session.actor, keys_parking.LeaseInput(
            self.space.currentData(), self.name.text(), self.plates.text(), self.start.value(),
            self.end.value(), self.rent.text(), self.deposit.text(), uid, self.phone.text(),
            self.id_number.text()), self.deposit_money.money())


class EndLeaseDialog(KeysForm):
    def __init__(self, session: DeskSession, lease, parent=None):
        super().__init__(session, self.tr("End lease {number} early").format(number=lease.number), parent)
        self.lease = lease
        self.on = self.row(self.tr("Last day"), date_field(session, session.ctx.clock.today(), "endOn", "退租日期"),
                           "退租日期")
        self.reason = self.row(self.tr("Reason"), QLineEdit(objectName="endReason"), "退租原因")

    def submit(self):
        keys_parking.end_lease(self.session.ctx, self.session.actor, self.lease.id, self.on.value(),
                               self.reason.text())


class RenewLeaseDialog(KeysForm):
    def __init__(self, session: DeskSession, lease, parent=None):
        super().__init__(session, self.tr("Renew lease {number}").format(number=lease.number), parent)
        self.lease = lease
        a_year_on = qdate(lease.end).addYears(1).toPython()
        self.end = self.row(self.tr("New end"), date_field(session, a_year_on, "renewEnd", "租期结束"), "租期结束")
        self.rent = self.row(self.tr("Monthly rent (yuan)"), QLineEdit(str(lease.monthly_rent),
                                                                       objectName="renewRent"), "月租金")

    def submit(self):
        return keys_parking.renew_lease(self.session.ctx, self.session.actor, self.lease.id, self.end.value(),
                                        self.rent.text(), version=self.lease.version)


def print_agreement(parent: QWidget, session: DeskSession, lease_id: int, number: str) -> None:
    out = errors.call(parent, keys_documents.lease_agreement_pdf, session.ctx, session.actor, lease_id)
    if out.ok:
        preview(parent, out.value, QCoreApplication.translate("keys", "Parking lease agreement"),
                f"车位租赁协议-{number}.pdf")


def show_text(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, as_typed(text), QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
