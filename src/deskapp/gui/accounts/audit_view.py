"""审计日志: the supervisor's browser of the audit trail, filtered by user, date, unit and
action, paged in SQL, with the selected entry's before/after and an Excel export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from deskapp.gui import file_dialogs
from deskapp.domain.errors import Cancelled as ServiceCancelled, ValidationError
from deskapp.gui import errors
from deskapp.gui.date_field import DateField
from deskapp.gui.paged_model import Column, PagedTableModel
from deskapp.gui.session import DeskSession
from deskapp.domain.errors import Cancelled
from deskapp.gui.widgets import table_view, as_typed, plain_label
from deskapp.gui.worker import Job
from deskapp.contracts.accounts import TrailFilter
from deskapp.services.accounts import audit_trail
from deskapp.services.registry import units as registry_units
from deskapp.services.exports import ExportOptions

def _label_for(text: str, field: QWidget) -> QLabel:
    """A form row's label whose Alt+letter goes to `field`: a row given as a layout gets no buddy."""
    label = plain_label(text)
    label.setBuddy(field)
    return label


class AuditView(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("auditView")
        self.filter = TrailFilter()

        self.user = QComboBox()
        self.user.setObjectName("user")
        self.action = QComboBox()
        self.action.setObjectName("action")
        today = session.ctx.clock.today
        self.date_from = DateField(optional=True, label="起始日期", empty_text=self.tr("any"), today=today,
                                   objectName="dateFrom")
        self.date_to = DateField(optional=True, label="截止日期", empty_text=self.tr("any"), today=today,
                                 objectName="dateTo")
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setPlaceholderText(self.tr("e.g. 3-1-502"))
        self.text = QLineEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("words in the summary"))
        self.search = QPushButton(self.tr("&Search"))
        self.search.setObjectName("search")
        self.search.setDefault(True)
        self.export = QPushButton(self.tr("&Export to Excel…"))
        self.export.setObjectName("export")
        self.count = plain_label()
        self.count.setObjectName("count")
        for edit in (self.date_from, self.date_to, self.unit, self.text):  # Enter in any box runs the query
            edit.returnPressed.connect(self.apply)
        self.search.clicked.connect(self.apply)
        self.export.clicked.connect(self.export_menu)

        form = QFormLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.user, 1)
        row1.addWidget(plain_label(self.tr("Action")))
        row1.addWidget(self.action, 2)
        form.addRow(_label_for(self.tr("&User"), self.user), row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.date_from)
        row2.addWidget(plain_label(self.tr("to")))
        row2.addWidget(self.date_to)
        row2.addWidget(plain_label(self.tr("Unit")))
        row2.addWidget(self.unit)
        row2.addWidget(plain_label(self.tr("Text")))
        row2.addWidget(self.text, 1)
        row2.addWidget(self.search)
        row2.addWidget(self.export)
        form.addRow(_label_for(self.tr("&Dates"), self.date_from), row2)

        ctx = session.ctx
        columns = [
            Column("at", lambda: self.tr("Time"), lambda r: audit_trail.local_time(r.at, ctx)),
            Column("actor", lambda: self.tr("User"), lambda r: r.actor_name),
            Column("actor", lambda: self.tr("Role"), lambda r: r.actor_role),
            Column("action", lambda: self.tr("Action"), lambda r: audit_trail.action_label(r.action)),
            Column("unit", lambda: self.tr("Unit"), lambda r: r.unit_code or ""),
            Column("entity", lambda: self.tr("Object"), audit_trail.object_text),
            Column("at", lambda: self.tr("Summary"), lambda r: r.summary),
        ]
        self.model = PagedTableModel(columns, self._fetch, self)
        self.table = table_view("auditTable", self.model, sortable=True)  # newest entry first
        for column, width in ((0, 210), (3, 150), (5, 150)):
            self.table.setColumnWidth(column, width)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        session.bus.changed.connect(self._changed)
        self._fill_choices()
        self.apply()

    def _fetch(self, *, sort, descending, offset, limit, total):
        return audit_trail.browse(self.session.ctx, self.session.actor, self.filter, sort=sort,
                                  descending=descending, offset=offset, limit=limit, total=total)

    def _fill_choices(self) -> None:
        outcome = errors.call(self, audit_trail.choices, self.session.ctx, self.session.actor)
        if not outcome.ok:
            return
        names, actions = outcome.value
        for box, items in ((self.user, [(n, n) for n in names]), (self.action, [(lab, a) for a, lab in actions])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(all)"), None)
            for label, data in items:
                box.addItem(label, data)
            index = box.findData(current)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _changed(self, _flags) -> None:
        self._fill_choices()

    def current_filter(self) -> TrailFilter:
        unit_id = None
        code = self.unit.text().strip()
        if code:
            unit_id = registry_units.find_unit_id(self.session.ctx, self.session.actor, code)
            if unit_id is None:
                raise ValidationError("房号", f"没有房号“{code}”")
        return TrailFilter(
            actor_name=self.user.currentData(), date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            unit_id=unit_id, action=self.action.currentData(), text=self.text.text().strip() or None)

    def apply(self) -> bool:
        outcome = errors.call(self, self.current_filter, fields={"房号": self.unit, "起始日期": self.date_from,
                                                                 "截止日期": self.date_to})
        if not outcome.ok:
            return False
        self.filter = outcome.value
        if not errors.call(self, self.model.reload).ok:
            return False
        self.count.setText(self.tr("{n} entries").format(n=self.model.total))
        self.detail.clear()
        return True

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        r = self.model.row_at(current.row())
        lines = [f"#{r.id}  {audit_trail.local_time(r.at, self.session.ctx)}  {r.actor_name}（{r.actor_role}）",
                 f"{audit_trail.object_text(r)}  {audit_trail.action_label(r.action)}",
                 r.summary]
        changes = audit_trail.change_lines(r)
        if changes:
            lines += ["", self.tr("Changes:"), *changes]
        self.detail.setPlainText("\n".join(lines))

    # -- export
    def export_menu(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Export the audit trail"), "审计日志.xlsx",
                                      self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.start_export(path)

    def start_export(self, path: Path) -> Job | None:
        if not self.apply():
            return None
        session, f = self.session, self.filter

        def job(progress, cancelled):
            try:
                n = audit_trail.export_audit(session.ctx, session.actor, path,
                                             ExportOptions(progress=progress, cancelled=cancelled), f)
            except ServiceCancelled:
                raise Cancelled() from None
            audit_trail.record_export(session.ctx, session.actor, "audit", path, n, title="审计日志",
                                      period=audit_trail.filter_text(f))
            return n

        def done(n: int) -> None:
            QMessageBox.information(self, self.tr("Export the audit trail"),
                                    as_typed(self.tr("{n} entries exported to {path}").format(n=n, path=path)))

        self.job = Job(self, self.tr("Exporting the audit trail…"), job, done)  # kept alive while it runs
        return self.job.start()
