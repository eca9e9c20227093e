"""收费标准: the dated prices; a supervisor adds a new price from a date (never edits one)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from deskapp.domain.billing import STANDARD_ITEMS, FeeItem, quarter_of
from deskapp.domain.units import UnitKind
from deskapp.gui.billing.common import Col, ListModel, table_view
from deskapp.gui.billing.price_notice import open_price_notice
from deskapp.gui.date_field import DateField
from deskapp.gui.errors import call
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.services.billing import standards
from deskapp.services.billing.common import STANDARDS


class StandardsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = ListModel([
            Col(lambda: self.tr("Item"), lambda s: s.item.value),
            Col(lambda: self.tr("Unit kind"), lambda s: s.unit_kind or self.tr("All")),
            Col(lambda: self.tr("Standard"), lambda s: s.description),
            Col(lambda: self.tr("From"), lambda s: f"{s.starts_on:%Y-%m-%d}"),
            Col(lambda: self.tr("Note"), lambda s: s.note),
            Col(lambda: self.tr("Entered by"), lambda s: s.created_by),
        ], self)
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
        notice = QPushButton(self.tr("Fee standards notice…"), objectName="stdPriceNotice")
        notice.clicked.connect(lambda _=False: open_price_notice(self, self.session))
        left.addWidget(notice, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(table_view(self.model, name="stdTable"), 2)
        self.shared = SharedMetersBox(session)
        left.addWidget(self.shared, 1)
        lay.addLayout(left, 3)
        lay.addWidget(box, 1)
        self.reload()

    def reload(self) -> None:
        outcome = call(self, standards.list_standards, self.session.ctx, self.session.actor)
        if outcome.ok:
            self.model.set_rows(outcome.value)
            if not outcome.value:
                # a new centre's first standards: from the quarter's start, or its first bill run finds
                # no 物业费 standard for the months before this one
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
        if outcome.ok:
            self.price.clear()
            self.tiers.clear()
            self.note.clear()
            self.reload()
        return outcome.ok
