"""原系统缴费记录 on the unit page's billing section: the old system's payments brought in at
go-live, folded away under a toggle (they are history, not what the counter works with), and
not shown at all for a unit that has none."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.errors import call
from deskapp.gui.session import DeskSession
from deskapp.services.billing import history


class HistoryBox(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.toggle = QToolButton(objectName="unitOldPaymentsToggle", checkable=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(lambda on=False: self.fold(on))
        self.model = ListModel([
            Col(lambda: self.tr("Date"), lambda r: f"{r.paid_on:%Y-%m-%d}"),
            Col(lambda: self.tr("Item"), lambda r: r.item),
            Col(lambda: self.tr("Period"), lambda r: r.period),
            Col(lambda: self.tr("Billed"), lambda r: money(r.billed), right=True),
            Col(lambda: self.tr("Paid"), lambda r: money(r.paid), right=True),
            Col(lambda: self.tr("Cashier"), lambda r: r.cashier),
        ], self)
        self.view = table_view(self.model, name="unitOldPayments")
        self.view.setMinimumHeight(120)
        self.view.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toggle)
        lay.addWidget(self.view)
        session.bus.changed.connect(lambda flags: Change.PAYMENTS in flags and self.refresh())

    def fold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.view.setVisible(shown)

    def refresh(self) -> None:
        outcome = call(self, history.unit_history, self.session.ctx, self.session.actor, self.unit_id)
        rows = outcome.value if outcome.ok else []
        self.model.set_rows(rows)
        self.toggle.setText(self.tr("Old system's payments ({n})").format(n=len(rows)))
        self.setVisible(bool(rows))
