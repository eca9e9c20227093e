"""出账: choose the quarter, preview per unit and totals by fee item, post (confirmed); print
the 收费通知单 batch for a building or the whole community."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QMessageBox, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)

from deskapp.domain.billing import price_text, quarter_of
from deskapp.domain.errors import Cancelled
from deskapp.gui.billing.common import money
from deskapp.gui.list_model import Col, ListModel, table_view
from deskapp.gui.errors import call
from deskapp.gui.session import DeskSession
from deskapp.gui.worker import Job, stopping
from deskapp.gui.visibility import hide_unless
from deskapp.services.registry import community as registry_community
from deskapp.services.billing import notices, prints
from deskapp.services.billing import run as bill_run
from deskapp.services.billing.common import RUN
from deskapp.gui.widgets import as_typed, plain_label


class RunTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.preview_data: bill_run.RunPreview | None = None
        self.summary_text = ""  # the preview's summary, under which 出账's state is said
        self.job: Job | None = None
        last = quarter_of(session.ctx.clock.today()).previous()
        self.quarter = QLineEdit(last.code, objectName="runQuarter")
        self.quarter.setPlaceholderText("2026Q3")
        self.quarter.setMaximumWidth(100)
        self.bill_rest = QCheckBox(self.tr("Bill the rest, leave units with missing readings for later"),
                                   objectName="billRest")
        self.preview_btn = QPushButton(self.tr("Preview"), objectName="runPreview")
        self.preview_btn.setShortcut("F9")  # not F5: that is the window's 刷新, and a key both ways does neither
        self.post_btn = QPushButton(self.tr("Post bills…"), objectName="runPost")
        self.post_btn.setEnabled(False)
        hide_unless(self.post_btn, session.may(RUN))
        self.preview_btn.clicked.connect(self.preview)
        # the preview does not depend on it: ticked or not, 出账 follows at once, no second preview
        self.bill_rest.toggled.connect(lambda _on: self._show_post_state())
        self.post_btn.clicked.connect(self.post)
        self.summary = plain_label(objectName="runSummary")
        self.summary.setWordWrap(True)
        # what to do, until the first preview fills the tables
        self.summary.setText(self.tr("Choose the quarter and press Preview (F9): every unit's bill and the totals "
                                     "by fee item are shown first; nothing is written until you post."))
        self.units = ListModel([
            Col(lambda: self.tr("Unit"), lambda u: u.code),
            Col(lambda: self.tr("Kind"), lambda u: self.tr("Adjustment") if u.adjustment else self.tr("New bill")),
            Col(lambda: self.tr("Lines"), lambda u: "；".join(f"{c.item.value} {money(c.amount)}" for c in u.lines)),
            Col(lambda: self.tr("Total"), lambda u: money(u.total), right=True),
        ], self)
        self.units_view = table_view(self.units, name="runUnits")
        self.units_view.selectionModel().currentRowChanged.connect(self._show_lines)
        self.lines = ListModel([
            Col(lambda: self.tr("Item"), lambda c: c.item.value),
            Col(lambda: self.tr("Basis"), lambda c: c.basis),
            Col(lambda: self.tr("Quantity"), lambda c: format(c.quantity.normalize(), "f")),
            Col(lambda: self.tr("Unit price"), lambda c: price_text(c.unit_price), right=True),  # 2.60, not 2.6
            Col(lambda: self.tr("Amount"), lambda c: money(c.amount), right=True),
        ], self)
        self.lines_view = table_view(self.lines, name="runLines")
        self.missing = QListWidget(objectName="runMissing")
        missing_box = QGroupBox(self.tr("Missing readings and readings to confirm"))
        QVBoxLayout(missing_box).addWidget(self.missing)

        self.building = QComboBox(objectName="noticeBuilding")
        self.building.addItem(self.tr("Whole community"), None)
        for b in registry_community.buildings(session.ctx, session.actor):
            self.building.addItem(b.name, b.code)
        self.size = QComboBox(objectName="noticeSize")
        self.size.addItem(self.tr("By setting"), None)
        for paper in ("A4", "A5"):
            self.size.addItem(paper, paper)
        self.include_paid = QCheckBox(self.tr("Include paid-up units"), objectName="noticeIncludePaid")
        self.include_paid.setToolTip(self.tr("Units that owe nothing get a notice marked 已缴清"))
        notices_btn = QPushButton(self.tr("Print fee notices…"), objectName="printNotices")
        notices_btn.clicked.connect(self.print_notices)

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Quarter")))
        top.addWidget(self.quarter)
        top.addWidget(self.preview_btn)
        top.addWidget(self.bill_rest)
        top.addStretch(1)
        top.addWidget(self.post_btn)
        bottom = QHBoxLayout()
        bottom.addWidget(plain_label(self.tr("Fee notices for")))
        bottom.addWidget(self.building)
        bottom.addWidget(self.size)
        bottom.addWidget(self.include_paid)
        bottom.addWidget(notices_btn)
        bottom.addStretch(1)
        split = QSplitter()
        split.addWidget(self.units_view)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.lines_view)
        right.addWidget(missing_box)
        split.addWidget(right)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)

    def _show_lines(self, current, _previous=None) -> None:
        if current.isValid():
            self.lines.set_rows(self.units.row_at(current.row()).lines)

    def preview(self) -> None:
        q, rest = self.quarter.text().strip(), self.bill_rest.isChecked()

        def job(progress, cancelled) -> bill_run.RunPreview:
            p = bill_run.preview(self.session.ctx, self.session.actor, q, bill_rest=rest,
                                 progress=stopping(progress, cancelled))
            if cancelled():
                raise Cancelled()
            return p

        self.job = Job(self, self.tr("Computing the bill run…"), job, self.show_preview,
                       lambda: self._said_cancelled(self.tr("Preview cancelled; nothing was written."))).start()

    def show_preview(self, p: bill_run.RunPreview) -> None:
        self.preview_data = p
        self.units.set_rows(p.units)
        self.lines.set_rows([])
        self.missing.clear()
        self.missing.addItems(p.missing + [self.tr("To confirm: {h}").format(h=x) for x in p.held]
                              + [self.tr("Problem: {p}").format(p=x) for x in p.problems])
        if p.undated:
            # handed over but no 交房日期 on file (a roster imported without it): not billed, and said so
            self.missing.addItem(self.tr("Not billed, no hand-over date on file (业户档案 ▸ Edit unit): {codes}")
                                 .format(codes="、".join(p.undated[:20]) + ("…" if len(p.undated) > 20 else "")))
        items = "　".join(f"{k} {money(v)}" for k, v in p.totals_by_item.items())
        new = sum(1 for u in p.units if not u.adjustment)
        text = self.tr("{q}: {new} new bills, {adj} adjustments, {same} unchanged; total {total} yuan."
                       "  {items}").format(q=p.quarter.label, new=new, adj=len(p.units) - new, same=p.unchanged,
                                           total=money(p.total), items=items)
        if p.left_out:
            # every unit left out, as 出账's question counts them: readings missing, or flagged and not
            # billed until confirmed (抄表 ▸ 确认读数…) or read again
            text += "\n" + self.tr("Left for later: {n} units, readings missing or to confirm ({held} to confirm); "
                                    "not billed in this run.").format(n=len(p.left_out), held=p.held_units)
        self.summary_text = text
        self._show_post_state()

    def _show_post_state(self) -> None:
        """出账 enabled when the preview shown may be posted; while readings are missing and the box is
        not ticked, the summary says why it is not and what to do."""
        p = self.preview_data
        if p is None:
            return
        waits = bool(p.missing) and not self.bill_rest.isChecked()
        self.post_btn.setEnabled(bool(p.units or p._allocation_changes) and not p.problems and not waits)
        self.summary.setText(self.summary_text + ("\n" + self.tr(
            "Posting waits for the missing readings: enter them (抄表), or tick “{rest}” to bill the other units "
            "now.").format(rest=self.bill_rest.text()) if waits and not p.problems else ""))

    def post(self) -> None:
        p = self.preview_data
        if p is None:
            return
        text = self.tr("Post {n} bills for {q}, total {total} yuan? Posted bills cannot be edited; later changes "
                       "become adjustments.").format(n=len(p.units), q=p.quarter.code, total=money(p.total))
        if p.left_out:
            text += "\n" + self.tr("{n} units with missing readings or readings to confirm are left for "
                                    "later.").format(n=len(p.left_out))
        if QMessageBox.question(self, self.tr("Post bills"), as_typed(text)) != QMessageBox.StandardButton.Yes:
            return
        q, rest = p.quarter.code, self.bill_rest.isChecked()
        self.job = Job(self, self.tr("Posting bills…"),
                       lambda progress, cancelled: bill_run.post(self.session.ctx, self.session.actor, q,
                                                                 bill_rest=rest, progress=progress,
                                                                 cancelled=cancelled),
                       self._posted, lambda: self._said_cancelled(self.tr(
                           "Posting cancelled: no bill was written; {q} is not posted.").format(q=q))).start()

    def _said_cancelled(self, text: str) -> None:
        self.summary.setText(text)

    def _posted(self, result: bill_run.RunResult) -> None:
        self.preview_data = None  # posted: the box ticked again does not offer it a second time
        self.post_btn.setEnabled(False)
        self.summary.setText(self.tr("Posted {n} bills ({adj} adjustments), total {total} yuan.").format(
            n=result.bills, adj=result.adjustments, total=money(result.total)))

    def print_notices(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        q = self.quarter.text().strip()
        building, size = self.building.currentData(), self.size.currentData()
        include_paid = self.include_paid.isChecked()

        def job(progress, cancelled):
            return notices.notices(self.session.ctx, self.session.actor, q, building=building, size=size,
                                   include_paid=include_paid, progress=progress, cancelled=cancelled)

        def done(result) -> None:
            pdf, pages = result
            call(self, prints.record_print, self.session.ctx, self.session.actor, f"收费通知单 {q}", pages)
            PdfPreviewDialog(pdf, self.tr("Fee notices"), f"收费通知单-{q}.pdf", self).exec()

        self.job = Job(self, self.tr("Printing fee notices…"), job, done, lambda: self._said_cancelled(self.tr(
            "Fee notices cancelled: none were issued or printed for {q}.").format(q=q))).start()
