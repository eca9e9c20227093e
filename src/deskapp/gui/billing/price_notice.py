"""收费标准公示…: choose the day and the paper, then the notice in the print preview."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from deskapp.domain.billing_price_notice import PAPERS
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import FormDialog
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import preview
from deskapp.services.billing import price_notice


def open_price_notice(parent: QWidget, session: DeskSession) -> FormDialog:
    """The small form (day in force, A4/A3); OK makes the PDF and opens its preview."""
    ctx = session.ctx
    day = DateField(ctx.clock.today(), label="公示日期", today=ctx.clock.today, objectName="priceNoticeDay")
    paper = QComboBox(objectName="priceNoticePaper")
    for p in PAPERS:
        paper.addItem(p, p)
    title = QCoreApplication.translate("billing", "Fee standards notice")
    fields = [("公示日期", QCoreApplication.translate("billing", "Standards in force on"), day),
              ("纸张", QCoreApplication.translate("billing", "Paper"), paper)]
    dlg = FormDialog(parent, title, fields,
                     lambda v: price_notice.price_notice(ctx, session.actor, v["公示日期"], v["纸张"]),
                     intro=QCoreApplication.translate(
                         "billing", "The notice lists every fee standard in force on the day, the centre and "
                                    "the price complaint number 12358, for the notice board."),
                     button=QDialogButtonBox.StandardButton.Ok)
    dlg.saved.connect(lambda pdf: preview(parent, pdf, title, f"收费标准公示-{day.value():%Y%m%d}.pdf"))
    dlg.open()
    return dlg
