"""开馆/闭馆检查: each facility looked over item by item when it opens and closes; an item not OK
carries a note and becomes a repair order (its number shown in the day's list)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.facilities import CheckKind, CheckLine
from deskapp.domain.local_time import local
from deskapp.gui import errors
from deskapp.gui.forms import FormDialog, enum_combo, finding_unticks
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, edge_row, fill_table, simple_table, plain_label
from deskapp.services.facilities import checks, facilities
from deskapp.services.facilities._common import CHECK


class CheckDialog(FormDialog):
    def __init__(self, parent: QWidget | None, session: DeskSession, rows, kind: CheckKind):
        super().__init__(parent, self.tr("Facility check"))
        self.session = session
        self.facility = self.row(self.tr("Facility"), QComboBox(objectName="checkFacility"), "设施")
        for f in rows:
            self.facility.addItem(f.name, f.id)
        self.kind = self.row(self.tr("Check"), enum_combo(CheckKind, name="checkKind"), "检查类别")
        self.kind.setCurrentIndex(self.kind.findData(kind))
        box = QWidget(objectName="checkItems")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lines = []
        for r, item in enumerate(checks.check_items()):
            ok = QCheckBox(item, objectName=f"checkOk{r}", checked=True)
            note = QLineEdit(objectName=f"checkNote{r}", placeholderText=self.tr("What was found"))
            grid.addWidget(ok, r, 0)
            grid.addWidget(note, r, 1)
            finding_unticks(ok, note)
            self.lines.append((item, ok, note))
        self.row(self.tr("Items (untick what is wrong)"), box, "检查项目")

    def submit(self):
        lines = [CheckLine(item, ok.isChecked(), note.text()) for item, ok, note in self.lines]
        return checks.record_check(self.session.ctx, self.session.actor, self.facility.currentData(),
                                   self.kind.currentData(), lines)


class ChecksTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = simple_table("checkTable", [self.tr("Facility"), self.tr("Check"), self.tr("Time"),
                                                 self.tr("By"), self.tr("Findings (repair order)")])
        self.repairs = plain_label(objectName="checkRepairs")
        acts = [button(self.tr("Opening check…"), "openingCheck", lambda: self.check(CheckKind.OPENING)),
                button(self.tr("Closing check…"), "closingCheck", lambda: self.check(CheckKind.CLOSING))]
        for b in acts:
            hide_unless(b, session.may(CHECK))
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row(acts, (self.repairs,)))
        layout.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.FACILITIES in flags else None)
        self.refresh()

    def refresh(self) -> None:
        rows = checks.checks_today(self.session.ctx, self.session.actor)
        fill_table(self.table, [[c.facility, c.kind.value, f"{local(c.at):%H:%M}", c.by,
                                 "；".join(c.findings) or self.tr("all OK")] for c in rows], [c.id for c in rows])

    def check(self, kind: CheckKind) -> CheckDialog | None:
        out = errors.call(self, facilities.facilities, self.session.ctx, self.session.actor)
        if not out.ok:
            return None
        dlg = CheckDialog(self, self.session, out.value, kind)
        dlg.saved.connect(lambda numbers: self.repairs.setText(
            self.tr("Repair orders: {numbers}").format(numbers="、".join(numbers)) if numbers else ""))
        dlg.open()
        return dlg
