"""二次装修日检表: today's list (every site under decoration not yet checked today), the check
form, and the open 整改通知书 with overdue ones escalated to the supervisor."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QPlainTextEdit, QRadioButton, QSplitter, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from deskapp.contracts.changes import Change
from deskapp.domain.decoration import CheckInput, CheckOutcome, ItemResult
from deskapp.gui import errors
from deskapp.gui.forms import dialog_buttons, form_over_buttons
from deskapp.gui.rounds.common import ALERT, FLAG, NOTICE, ListModel, chosen, fmt
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, preview, table_view, plain_label
from deskapp.services.rounds import decoration


class CheckDialog(QDialog):
    """One line of 二次装修日检表: every item 合格/违规/不适用, or 无人/拒不开门."""

    def __init__(self, session: DeskSession, site: decoration.SiteRow, parent=None):
        super().__init__(parent)
        self.session, self.site = session, site
        self.result = None
        self.setObjectName("decorationCheckDialog")
        self.setWindowTitle(self.tr("Daily site check — {unit}").format(unit=site.unit_code))
        self.outcome = QComboBox(objectName="checkOutcome")
        for o in CheckOutcome:
            self.outcome.addItem(o.value, o)
        self.items_box = QGroupBox(self.tr("Items"))
        grid = QGridLayout(self.items_box)
        self.groups: dict[str, QButtonGroup] = {}
        for r, item in enumerate(decoration.check_items(session.ctx)):
            grid.addWidget(plain_label(item), r, 0)
            group = QButtonGroup(self)
            for c, res in enumerate(ItemResult, start=1):
                rb = QRadioButton(res.value, objectName=f"check_{r}_{res.name}")
                group.addButton(rb, c)
                grid.addWidget(rb, r, c)
                if res is ItemResult.OK:
                    rb.setChecked(True)
            group.idToggled.connect(self._sync)
            self.groups[item] = group
        self.violation = QPlainTextEdit(objectName="checkViolation")
        self.violation.setPlaceholderText(self.tr("What was found (printed on the rectification notice)"))
        self.violation.setMaximumHeight(70)
        self.notes = QPlainTextEdit(objectName="checkNotes")
        self.notes.setMaximumHeight(50)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), plain_label(f"{site.unit_code}　{site.company}　{site.leader} {site.leader_phone}"))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.items_box)
        form.addRow(self.tr("Violation"), self.violation)
        form.addRow(self.tr("Notes"), self.notes)
        form_over_buttons(self, form, dialog_buttons(self, self.save))
        self.outcome.currentIndexChanged.connect(self._sync)
        self._sync()

    def set_result(self, item: str, result: ItemResult) -> None:
        group = self.groups[item]
        group.button(list(ItemResult).index(result) + 1).setChecked(True)

    def _sync(self, *_) -> None:
        checked = CheckOutcome(self.outcome.currentData()) is CheckOutcome.CHECKED
        self.items_box.setEnabled(checked)
        self.violation.setEnabled(checked and any(self._value(i) is ItemResult.VIOLATION for i in self.groups))

    def _value(self, item: str) -> ItemResult:
        return list(ItemResult)[self.groups[item].checkedId() - 1]

    def data(self) -> CheckInput:
        outcome = CheckOutcome(self.outcome.currentData())
        results = {i: self._value(i) for i in self.groups} if outcome is CheckOutcome.CHECKED else {}
        return CheckInput(outcome, results, self.notes.toPlainText(), self.violation.toPlainText())

    def save(self) -> None:
        out = errors.call(self, decoration.record_check, self.session.ctx, self.session.actor, self.site.unit_id,
                          self.data(), fields={"违规情况": self.violation, "检查项目": self.items_box})
        if out.ok:
            self.result = out.value
            self.accept()


class ChecksTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsChecksTab")
        self.last_preview = None
        self.sites = ListModel(
            [lambda: self.tr("Unit"), lambda: self.tr("Permit"), lambda: self.tr("State"), lambda: self.tr("Contractor"),
             lambda: self.tr("Leader"), lambda: self.tr("Works until"), lambda: self.tr("Open notices"),
             lambda: self.tr("Last check")],
            lambda r: (r.unit_code, r.number, r.state.value, r.company, f"{r.leader} {r.leader_phone}", fmt(r.ends_on),
                       r.open_rectifications or "", fmt(r.last_check)),
            # red: a notice not rectified, or works past their end with neither acceptance nor extension
            lambda r: ALERT if r.open_rectifications or r.ends_on < session.ctx.clock.today() else None, self)
        self.sites_view = table_view("todaySites", self.sites)
        for col, width in enumerate((90, 110, 70, 200, 160, 90, 70)):
            self.sites_view.setColumnWidth(col, width)
        self.sites_view.activated.connect(lambda _: self.check_selected())
        self.count = plain_label(objectName="todaySitesCount")
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(button(self.tr("Check selected site…"), "checkSite", self.check_selected, "Ctrl+Return"))

        self.rects = ListModel(
            [lambda: self.tr("Notice"), lambda: self.tr("Unit"), lambda: self.tr("Items"),
             lambda: self.tr("What was found"), lambda: self.tr("Deadline"), lambda: self.tr("Status")],
            lambda r: (r.number, r.unit_code, r.items, r.description, fmt(r.deadline),
                       self.tr("escalated to supervisor") if r.escalated_at else
                       self.tr("overdue") if r.overdue else self.tr("waiting")),
            lambda r: ALERT if r.overdue else NOTICE, self)
        self.rects_view = table_view("openRectifications", self.rects)
        for col, width in enumerate((110, 90, 120, 300, 90)):
            self.rects_view.setColumnWidth(col, width)
        rect_buttons = QHBoxLayout()
        rect_buttons.addWidget(plain_label(self.tr("Open rectification notices")))
        rect_buttons.addStretch(1)
        rect_buttons.addWidget(button(self.tr("Print notice…"), "printRectification", self.print_notice))
        rect_buttons.addWidget(button(self.tr("Rectified"), "markRectified", self.mark_rectified))

        upper, lower = QWidget(), QWidget()
        lu = QVBoxLayout(upper)
        lu.addLayout(top)
        lu.addWidget(self.sites_view)
        ll = QVBoxLayout(lower)
        ll.addLayout(rect_buttons)
        ll.addWidget(self.rects_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        QVBoxLayout(self).addWidget(split)
        session.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, flags) -> None:
        if FLAG in flags or Change.UNITS in flags:
            self.refresh()

    def refresh(self) -> None:
        s = self.session
        # overdue notices go to the supervisor as soon as anyone opens the list
        if s.may(decoration.ESCALATE):
            errors.call(self, decoration.escalate_overdue, s.ctx, s.actor)
        rows = decoration.todays_sites(s.ctx, s.actor)
        self.sites.set_rows(rows)
        self.count.setText(self.tr("{n} sites still to check today").format(n=len(rows)))
        self.rects.set_rows(decoration.rectifications(s.ctx, s.actor))

    def check_selected(self) -> CheckDialog | None:
        site = chosen(self.sites_view, self, self.tr("Daily site check"), self.tr("Choose a site in the list first."))
        if site is None:
            return None
        dlg = CheckDialog(self.session, site, self)
        dlg.accepted.connect(lambda: self._after_check(dlg))
        dlg.open()
        return dlg

    def _after_check(self, dlg: CheckDialog) -> None:
        self.refresh()
        if dlg.result is not None and dlg.result.rectification_id is not None:
            self._print(dlg.result.rectification_id, dlg.result.rectification_number)

    def _print(self, rect_id: int, number: str) -> None:
        out = errors.call(self, decoration.rectification_pdf, self.session.ctx, self.session.actor, rect_id)
        if out.ok:
            self.last_preview = preview(self, out.value, self.tr("Rectification notice {n}").format(n=number),
                                        f"整改通知书-{number}.pdf")

    def print_notice(self) -> None:
        r = self._notice(self.tr("Print notice"))
        if r is not None:
            self._print(r.id, r.number)

    def _notice(self, title: str):
        return chosen(self.rects_view, self, title, self.tr("Choose a notice in the list first."))

    def mark_rectified(self) -> None:
        r = self._notice(self.tr("Rectified"))
        if r is None:
            return
        from PySide6.QtWidgets import QInputDialog

        note, ok = QInputDialog.getText(self, self.tr("Rectified"), self.tr("Re-check result for {n}:").format(n=r.number))
        if ok:
            errors.call(self, decoration.mark_rectified, self.session.ctx, self.session.actor, r.id, note)
