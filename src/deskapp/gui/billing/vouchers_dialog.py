"""生成凭证…: the handovers of a day or a month as a voucher file for 金蝶 K/3 or 用友 U8, then a
message with how many vouchers and their totals (借 = 贷)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QWidget

from deskapp.gui import file_dialogs
from deskapp.gui.billing.common import money
from deskapp.gui.date_field import DateField
from deskapp.gui.errors import call
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.services import exports
from deskapp.services.billing import vouchers
from deskapp.gui.widgets import as_typed


class VoucherDialog(FormDialog):
    """Format, day and whether the whole month; OK checks there is something to book."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Accounting vouchers"))
        self.session = session
        self.format = QComboBox(objectName="voucherFormat")
        self.format.addItem(self.tr("Kingdee K/3 (Excel)"), "kingdee")
        self.format.addItem(self.tr("UFIDA U8 (text, GBK)"), "u8")
        today = session.ctx.clock.today
        self.day = DateField(today(), label="日期", today=today, objectName="voucherDay")
        self.whole_month = QCheckBox(self.tr("The whole month of this day"), objectName="voucherMonth")
        self.row(self.tr("Format"), self.format, "格式")
        self.row(self.tr("Day"), self.day, "日期")
        self.row("", self.whole_month)

    def options(self) -> exports.ExportOptions:
        day = self.day.value()
        if self.whole_month.isChecked():
            return exports.ExportOptions(month=f"{day:%Y-%m}", format=self.format.currentData())
        return exports.ExportOptions(day=day, format=self.format.currentData())

    def submit(self) -> tuple[exports.ExportOptions, vouchers.VoucherSummary]:
        options = self.options()
        return options, vouchers.summary(self.session.ctx, self.session.actor, options)

    def write_file(self) -> None:
        """After OK: the file chosen, written, and what it holds said (over the tab, the dialog is closed)."""
        options, summary = self.result_value
        parent, title = self.parentWidget(), self.tr("Accounting vouchers")
        if not summary.vouchers:
            QMessageBox.information(parent, title, self.tr("No handovers to book in this period."))
            return
        period = options.month or f"{options.day:%Y%m%d}"
        suffix, name_filter = (".txt", "Text (*.txt)") if options.format == "u8" else (".xlsx", "Excel (*.xlsx)")
        path = file_dialogs.save_file(parent, title, f"记账凭证-{period}{suffix}", name_filter)
        if path is None:
            return
        out = call(parent, exports.run_export, self.session.ctx, self.session.actor, "vouchers", path, options)
        if out.ok:
            QMessageBox.information(parent, title, as_typed(self.tr(
                "{n} vouchers, {entries} entries written to {path}.\nDebit {debit} = credit {credit} yuan; "
                "money handed over {money} yuan.").format(
                n=summary.vouchers, entries=summary.entries, path=str(path), debit=money(summary.debit),
                credit=money(summary.credit), money=money(summary.money))))


def make_vouchers(parent: QWidget, session: DeskSession) -> None:
    dialog = VoucherDialog(session, parent)
    if dialog.exec():
        dialog.write_file()
