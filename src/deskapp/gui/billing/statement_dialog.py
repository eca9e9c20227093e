"""打印对账单…: the period of a unit's 《业户费用对账单》 (this year to today — in January from
last year's first day — unless the clerk chooses), then the statement in the print preview,
where printing or saving it is audited."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from deskapp.gui.date_field import DateField
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import preview
from deskapp.services.billing import statement


def open_statement(parent: QWidget, session: DeskSession, unit_id: int, unit_code: str) -> FormDialog:
    """The small form (起始日期, 截止日期); OK makes the statement and opens its preview. A wrong
    date, a start after the end or a day after today is refused at its field, the form kept open."""
    ctx = session.ctx
    start, end = statement.default_period(ctx)
    first = DateField(start, label="起始日期", today=ctx.clock.today, objectName="statementFrom")
    last = DateField(end, label="截止日期", today=ctx.clock.today, objectName="statementTo")
    title = QCoreApplication.translate("BillingStatement", "Statement of account {unit}").format(unit=unit_code)
    fields = [("起始日期", QCoreApplication.translate("BillingStatement", "From"), first),
              ("截止日期", QCoreApplication.translate("BillingStatement", "To"), last)]

    def made(pdf: bytes) -> None:
        a, b = first.value(), last.value()
        shown = QCoreApplication.translate("BillingStatement", "Statement of account {unit} ({start} to {end})").format(
            unit=unit_code, start=f"{a:%Y-%m-%d}", end=f"{b:%Y-%m-%d}")  # the audit trail names the print by it
        preview(parent, pdf, shown, statement.file_name(unit_code, a, b))

    dlg = FormDialog(parent, title, fields,
                     lambda v: statement.statement_pdf(ctx, session.actor, unit_id, v["起始日期"], v["截止日期"]),
                     intro=QCoreApplication.translate(
                         "BillingStatement", "What the unit was billed, paid and granted in the period, with the "
                                             "running balance and what it owed at the end of the last day; the "
                                             "prepayment balance and the deposits held are listed apart."),
                     button=QDialogButtonBox.StandardButton.Ok)
    dlg.saved.connect(made)
    dlg.open()
    return dlg
