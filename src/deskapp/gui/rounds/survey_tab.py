"""满意度调查: campaigns, the sampled units and each visit or call, the results with the
previous campaign beside them, and the Excel report."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout,
    QLineEdit, QMessageBox, QSpinBox, QTextBrowser, QVBoxLayout, QWidget,
)

from deskapp.gui import file_dialogs
from deskapp.domain.survey import SCALES_NOTE, THREE_LEVELS, Scale, score_choice
from deskapp.gui import errors
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import dialog_buttons
from deskapp.gui.lazy_model import LazyTableModel
from deskapp.gui.paged_model import Column
from deskapp.gui.rounds.common import FLAG, GOOD, chosen, confirm, fmt
from deskapp.gui.session import DeskSession
from deskapp.gui.printing import PdfPreviewDialog
from deskapp.gui.widgets import button, preview, table_view, as_typed, plain_label
from deskapp.services.rounds import survey


class CampaignDialog(QDialog):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.campaign_id = None
        self.setWindowTitle(self.tr("New satisfaction survey"))
        today = session.ctx.clock.today()
        half = self.tr("first half") if today.month <= 6 else self.tr("second half")
        self.name = QLineEdit(self.tr("{year} {half} satisfaction survey").format(year=today.year, half=half),
                              objectName="campaignName")
        self.starts = DateField(today, label="开始日期", today=session.ctx.clock.today, objectName="campaignStarts")
        self.ends = DateField(today + timedelta(days=45), label="结束日期", today=session.ctx.clock.today,
                              objectName="campaignEnds")
        self.share = QSpinBox(objectName="campaignShare", minimum=0, maximum=100, suffix=" %")
        self.share.setSpecialValueText(self.tr("every unit"))
        self.share.setValue(30)
        form = QFormLayout(self)
        form.addRow(self.tr("Survey campaign name"), self.name)
        form.addRow(self.tr("From"), self.starts)
        form.addRow(self.tr("Until"), self.ends)
        form.addRow(self.tr("Sample per building"), self.share)
        form.addRow(plain_label(self.tr("Questions: ") + "、".join(t for t, _ in survey.DEFAULT_QUESTIONS)))
        form.addRow(dialog_buttons(self, self.save))

    def save(self) -> None:
        share = Decimal(self.share.value()) / 100 if self.share.value() else None
        out = errors.call(self, lambda: survey.create_campaign(
            self.session.ctx, self.session.actor, self.name.text(), self.starts.value(), self.ends.value(), None,
            share),
            fields={"调查活动名称": self.name, "开始日期": self.starts, "结束日期": self.ends})
        if out.ok:
            self.campaign_id = out.value
            self.accept()


class ContactDialog(QDialog):
    """One visit or call: reached or not; when reached, every item scored and the comments."""

    def __init__(self, session: DeskSession, sample: survey.SampleRow, questions, parent=None):
        super().__init__(parent)
        self.session, self.sample = session, sample
        self.setObjectName("surveyContactDialog")
        self.setWindowTitle(self.tr("Survey visit — {unit}").format(unit=sample.unit_code))
        self.method = QComboBox(objectName="contactMethod")
        self.method.addItems(list(survey.METHODS))
        self.reached = QCheckBox(self.tr("Reached the owner"), objectName="contactReached")
        self.reached.setChecked(True)
        self.respondent = QLineEdit(objectName="contactRespondent")
        self.scores: dict[int, QComboBox] = {}
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Visit or call"), self.method)
        form.addRow(self.reached)
        form.addRow(self.tr("Who answered"), self.respondent)
        for qid, text, scale in questions:
            combo = QComboBox(objectName=f"score_{qid}")
            combo.addItem("", "")
            if scale is Scale.THREE:
                for label in THREE_LEVELS:
                    combo.addItem(label, label)
            else:
                for n in range(5, 0, -1):
                    combo.addItem(score_choice(n), n)  # "5 非常满意": the number alone says nothing
            self.scores[qid] = combo
            self.fields[text] = combo  # a refusal names the item: it is outlined and focused
            form.addRow(plain_label(text), combo)  # a question as the supervisor typed it
        # what the visit is for besides the scores: the owner's real experience of the service, what
        # falls short, what they need the centre's help with — each its own line in the report
        self.comment = QLineEdit(objectName="contactComment")
        self.shortfalls = QLineEdit(objectName="contactShortfalls")
        self.needs = QLineEdit(objectName="contactNeeds")
        form.addRow(self.tr("Experience of the service"), self.comment)
        form.addRow(self.tr("What falls short"), self.shortfalls)
        form.addRow(self.tr("Needs the centre's help with"), self.needs)
        for line in (self.comment, self.shortfalls, self.needs):
            line.setMinimumWidth(line.fontMetrics().horizontalAdvance("业" * 24))  # an owner's sentence fits
        form.addRow(dialog_buttons(self, self.save))
        self.reached.toggled.connect(lambda on: [c.setEnabled(on) for c in self.scores.values()])

    def save(self) -> None:
        answers = {qid: c.currentData() for qid, c in self.scores.items()} if self.reached.isChecked() else None
        out = errors.call(self, survey.record_contact, self.session.ctx, self.session.actor, self.sample.id,
                          self.method.currentText(), self.reached.isChecked(), respondent=self.respondent.text(),
                          answers=answers, comment=self.comment.text(), shortfalls=self.shortfalls.text(),
                          needs=self.needs.text(), fields=self.fields)
        if out.ok:
            self.accept()


class SurveyTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsSurveyTab")
        self.campaign = QComboBox(objectName="surveyCampaign")
        self.pending = QCheckBox(self.tr("Only not yet reached"), objectName="surveyPending")
        # Every sampled unit (5,000 at 20,000 units): ids first, rows read as they are shown.
        self.samples = _SampleModel([
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code),
            Column("unit", lambda: self.tr("Building"), lambda r: r.building),
            Column("unit", lambda: self.tr("Attempts"), lambda r: r.attempts or ""),
            Column("unit", lambda: self.tr("Last contact"), lambda r: fmt(r.contacted_at)),
            Column("unit", lambda: self.tr("By"), lambda r: r.contacted_by),
            Column("unit", lambda: self.tr("Reached"), lambda r: self.tr("yes") if r.reached else ""),
            Column("unit", lambda: self.tr("Owner said"), _said),
        ], self._sample_ids, lambda ids: survey.sample_rows(session.ctx, session.actor, ids), self)
        self.table = table_view("surveySamples", self.samples)
        # 最近回访 holds date and time: the default width cut it to "2026-06-01 …"
        self.table.setColumnWidth(3, self.table.fontMetrics().horizontalAdvance("2026-11-27 18:00") + 16)
        self.table.activated.connect(lambda _: self.record())
        self._shown: int | None = None  # the survey whose units the list shows
        self.results = QTextBrowser(objectName="surveyResults")
        top = QHBoxLayout()
        top.addWidget(self.campaign, 1)
        top.addWidget(self.pending)
        if session.may(survey.SETUP):
            top.addWidget(button(self.tr("New survey…"), "newSurvey", self.new_campaign))
            top.addWidget(button(self.tr("Close survey"), "closeSurvey", self.close_campaign))
        acts = QHBoxLayout()
        acts.addWidget(button(self.tr("Record visit or call…"), "recordContact", self.record, "Ctrl+Return"))
        acts.addWidget(button(self.tr("Print questionnaire…"), "surveyForm", self.print_form, "Ctrl+P"))
        acts.addWidget(button(self.tr("Excel report…"), "surveyReport", self.export))
        acts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(acts)
        layout.addWidget(self.results, 2)
        self.campaign.currentIndexChanged.connect(self._show_campaign)
        self.pending.toggled.connect(self._show_campaign)
        session.bus.changed.connect(lambda flags: self.refresh() if FLAG in flags else None)
        self.refresh()

    def refresh(self) -> None:
        """The surveys, then the one shown: also what 刷新 (F5) runs, so a survey the supervisor
        planned at another desk is listed (reading only the shown survey's units missed it)."""
        keep = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for c in survey.campaigns(self.session.ctx, self.session.actor):
            state = self.tr("closed") if c.closed else self.tr("running")
            self.campaign.addItem(f"{c.name}（{state}，{c.reached}/{c.sampled}）", c.id)
        if keep is not None and self.campaign.findData(keep) >= 0:
            self.campaign.setCurrentIndex(self.campaign.findData(keep))
        self.campaign.blockSignals(False)
        self._show_campaign()

    def _show_campaign(self) -> None:
        cid = self.campaign.currentData()
        self._reload_keeping_place(cid)
        if cid is None:
            self.results.setHtml(self.tr("No survey yet."))
            return
        s = self.session
        r = survey.report(s.ctx, s.actor, cid, detail=False)
        t = {"rate": self.tr("Response rate"), "overall": self.tr("Satisfied overall"),
             "prev": self.tr("previous"), "mean": self.tr("mean"), "sat": self.tr("satisfied")}
        prev_rates = {}
        if r.previous and r.previous_results:
            prev_rates = {text: r.previous_results.per_item[qid].satisfied_rate for qid, text, _ in r.previous.questions}
        lines = [f"<b>{escape(r.campaign.name)}</b>　{t['rate']} {r.results.response_rate}%（{r.results.reached}/"
                 f"{r.results.sampled}）　{t['overall']} {_rate(r.results.overall_satisfied_rate)}"]
        for qid, text, scale in r.campaign.questions:
            st = r.results.per_item[qid]
            prev = prev_rates.get(text)
            out_of = 5 if scale is Scale.FIVE else 3
            lines.append(f"{escape(text)}：{t['mean']} {st.mean if st.mean is not None else '—'}/{out_of}，"
                         f"{t['sat']} {_rate(st.satisfied_rate)}"
                         + (f"（{t['prev']} {_rate(prev)}）" if prev is not None else ""))
        lines.append(f"<small>{escape(SCALES_NOTE)}</small>")
        self.results.setHtml("<br>".join(lines))

    def _reload_keeping_place(self, cid: int | None) -> None:
        """The units read again with the steward's place kept: the unit just recorded stays chosen
        (the list used to jump back to its first row after every visit), or, when it has left the
        list (只看未完成), the unit that took its place — the next one to visit."""
        at = self.table.currentIndex().row()
        same = cid is not None and cid == self._shown
        kept = self.samples.id_at(at) if same and 0 <= at < self.samples.total else None
        self._shown = cid
        self.samples.reload()
        if kept is None:
            return
        row = self.samples.row_for_id(kept)
        row = min(at, self.samples.total - 1) if row is None else row
        if row >= 0:
            self.table.setCurrentIndex(self.samples.index(row, 0))
            self.table.scrollTo(self.samples.index(row, 0))

    def _sample_ids(self, **_sort) -> list[int]:
        cid = self.campaign.currentData()
        if cid is None:
            return []
        return survey.sample_ids(self.session.ctx, self.session.actor, cid, pending_only=self.pending.isChecked())

    def new_campaign(self) -> None:
        dlg = CampaignDialog(self.session, self)
        dlg.accepted.connect(lambda: self.show_campaign(dlg.campaign_id))
        dlg.open()

    def show_campaign(self, campaign_id: int | None) -> None:
        """The campaign just made is the one the clerk works on next."""
        index = self.campaign.findData(campaign_id)
        if index >= 0:
            self.campaign.setCurrentIndex(index)

    def close_campaign(self) -> bool:
        """结束调查 cannot be undone (no visit can be recorded after it): the survey's progress is
        said and asked about first; one that has ended says so before anything is asked."""
        cid = self.campaign.currentData()
        camp = self._campaign(cid)
        if camp is None:
            QMessageBox.information(self, self.tr("Close survey"), self.tr("There is no survey yet."))
            return False
        if camp.closed:
            QMessageBox.information(self, self.tr("Close survey"), as_typed(self.tr("“{name}” has ended already.").format(
                name=camp.name)))
            return False
        if not confirm(self, self.tr("Close “{name}”? {reached} of {sampled} units reached; {left} not yet. "
                                     "No visit or call can be recorded after it.").format(
                name=camp.name, reached=camp.reached, sampled=camp.sampled, left=camp.sampled - camp.reached)):
            return False
        return errors.call(self, survey.close_campaign, self.session.ctx, self.session.actor, cid).ok

    def _campaign(self, cid: int | None) -> survey.CampaignView | None:
        if cid is None:
            return None
        return next((c for c in survey.campaigns(self.session.ctx, self.session.actor) if c.id == cid), None)

    def _chosen_unit(self, title: str, what: str) -> survey.SampleRow | None:
        """The sampled unit a button acts on; with no survey or no unit chosen, a message saying so."""
        if self.campaign.currentData() is None:
            QMessageBox.information(self, title, self.tr("There is no survey yet."))
            return None
        return chosen(self.table, self, title, what)

    def record(self) -> ContactDialog | None:
        cid = self.campaign.currentData()
        row = self._chosen_unit(self.tr("Record visit or call"),
                                self.tr("Choose the unit visited or called in the list first."))
        if row is None:
            return None
        if not errors.call(self, survey.check_recordable, self.session.ctx, self.session.actor, row.id).ok:
            return None
        camp = self._campaign(cid)
        dlg = ContactDialog(self.session, row, camp.questions, self)
        dlg.open()
        return dlg

    def print_form(self) -> PdfPreviewDialog | None:
        """《业户满意度调查表》 of the chosen unit: blank for the visit, or the visit as recorded."""
        row = self._chosen_unit(self.tr("Print questionnaire"), self.tr("Choose the unit to visit in the list first."))
        if row is None:
            return None
        out = errors.call(self, survey.questionnaire_pdf, self.session.ctx, self.session.actor, row.id)
        if not out.ok:
            return None
        return preview(self, out.value, self.tr("Satisfaction questionnaire — {unit}").format(unit=row.unit_code),
                       f"业户满意度调查表-{row.unit_code}.pdf")

    def export(self, path: Path | None = None) -> int | None:
        cid = self.campaign.currentData()
        if cid is None:
            QMessageBox.information(self, self.tr("Excel report"), self.tr("There is no survey yet."))
            return None
        if not path:
            name = self.campaign.currentText().split("（")[0]
            path = file_dialogs.save_file(self, self.tr("Excel report"), f"满意度调查报告-{name}.xlsx", "Excel (*.xlsx)")
            if path is None:
                return None
        out = errors.call(self, survey.export_report, self.session.ctx, self.session.actor, cid, path)
        return out.value if out.ok else None


def _said(row: survey.SampleRow) -> str:
    """The list's one cell for what the owner said: experience, then what falls short and needs."""
    return "；".join(t for t in (row.comment, row.shortfalls and "不足：" + row.shortfalls,
                                row.needs and "需要：" + row.needs) if t)


def _rate(rate: Decimal | None) -> str:
    """71.4%, or — while nobody has answered (not "—%")."""
    return "—" if rate is None else f"{rate}%"


class _SampleModel(LazyTableModel):
    """Reached units are tinted; a cell's tooltip repeats it (a long comment does not fit)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_typed(super().data(index))
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            return QBrush(GOOD) if row is not None and row.reached else None
        return super().data(index, role)
