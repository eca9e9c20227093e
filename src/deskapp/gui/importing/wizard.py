"""The import wizard: file → sheet → column mapping → preview with each row's verdict → import.
Reading, checking and importing run off the GUI thread with progress and cancel; a cancelled
or refused import leaves the database as it was."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QMessageBox, QPushButton, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from deskapp.gui import file_dialogs
from deskapp.domain.importing import Target, Verdict, blank_ids, column_letter, fields_for, text_of
from deskapp.gui import errors
from deskapp.gui.importing import go_live_sheets
from deskapp.gui.importing.verdict_model import ALL, ERRORS, GOOD, WARNINGS, VerdictModel
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import fit_columns, as_typed, plain_label
from deskapp.gui.worker import Job
from deskapp.services.importing import go_live
from deskapp.services.importing.go_live import GoLive
from deskapp.services.importing.common import ImportOptions, ImportResult, Preview, SheetInfo
from deskapp.gui.service_text import said
from deskapp.services.importing.files import Workbook, open_file, sheets_of, validate_mapping
from deskapp.services.importing.kinds import BLANK_INVALID_IDS, UPDATE_EXISTING, kind_of
from deskapp.services.importing.rejects import save_rejects
from deskapp.services.importing.templates import save_template


def _run(parent: QWidget, title: str, fn) -> Job:
    """Run fn(progress, cancelled) in a Job and wait for it (the progress dialog stays live)."""

    j = Job(parent, title, fn)  # the import's own Cancelled ends the job as a cancel
    j.start()
    j.wait()
    return j


class ImportWizard(QWizard):
    def __init__(self, session: DeskSession, target: Target, parent=None):
        super().__init__(parent)
        self.session = session
        self.target = target
        self.kind = kind_of(target)
        self.workbook: Workbook | None = None
        self.sheet_info: SheetInfo | None = None
        self.mapping: dict[str, int] = {}
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import: {what}").format(what=said(self.kind.title)))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # done: nothing left to cancel
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.resize(980, 640)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)

    def options(self) -> ImportOptions:
        honours = self.kind.options
        return ImportOptions(
            sheet=self.sheet_info.name if self.sheet_info else None, mapping=dict(self.mapping),
            accept_warnings=self.preview_page.accept.isChecked(),
            blank_invalid_ids=BLANK_INVALID_IDS in honours and self.file_page.blank_ids.isChecked(),
            update_existing=UPDATE_EXISTING in honours and self.file_page.update.isChecked(),
            period=self.file_page.period.text().strip() or None if self.kind.needs_period else None)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        honours = wizard.kind.options
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xls) or CSV (UTF-8 or GBK). Nothing is written until the last "
                                 "step, and then only if every row is right."))
        self.path = QLineEdit(objectName="importPath")
        self.path.setPlaceholderText(self.tr("Path of the file to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"), objectName="importBrowse")
        browse.clicked.connect(lambda _=False: self._browse())
        template = QPushButton(self.tr("Save the &template…"), objectName="importTemplate")
        template.setToolTip(self.tr("An empty workbook with this import's columns, to fill in and import"))
        template.clicked.connect(lambda _=False: self._save_template())
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(template)
        self.update = QCheckBox(self.tr("&Update units already on file (otherwise they are errors)"),
                                objectName="importUpdateExisting")
        self.blank_ids = QCheckBox(self.tr("Import rows whose only fault is the &ID number, leaving it blank"),
                                   objectName="importBlankIds")
        hide_unless(self.update, UPDATE_EXISTING in honours)
        hide_unless(self.blank_ids, BLANK_INVALID_IDS in honours)
        # a kind whose files may not name their period (the district fee ledger) asks for it here
        self.period = QLineEdit(objectName="importPeriod")
        self.period.setPlaceholderText(self.tr("e.g. 2025Q3; used only when the file names no period"))
        period_row = QWidget()
        period_form = QFormLayout(period_row)
        period_form.setContentsMargins(0, 0, 0, 0)
        period_form.addRow(self.tr("&Period:"), self.period)
        hide_unless(period_row, wizard.kind.needs_period)
        self.saved = plain_label(objectName="importTemplateSaved", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("&File:"), buddy=self.path))
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.update)
        layout.addWidget(self.blank_ids)
        layout.addWidget(period_row)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def _browse(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the file to import"),
                                      self.tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"), kind="import",
                                      folder=self.path.text() or None)
        if path is not None:
            self.path.setText(str(path))

    def _save_template(self) -> None:
        title = said(self.w.kind.title)
        path = file_dialogs.save_file(self, self.tr("Save the template"), self.tr("{what} template.xlsx").format(
            what=title), "Excel (*.xlsx)")
        if path is None:
            return
        outcome = errors.call(self, save_template, self.w.target, path)
        if outcome.ok:
            self.saved.setText(self.tr("Template saved to {path}. Fill it in from row 3, then choose it above.")
                               .format(path=outcome.value))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        job = _run(self, self.tr("Reading {name}…").format(name=path.name), lambda p, c: open_file(path))
        if job.error is not None or job.cancelled:
            return False
        self.w.workbook = job.result
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.infos: list[SheetInfo] = []
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("The sheet whose header row names the most known columns is chosen; "
                                 "text beside the table is ignored."))
        self.sheet = QComboBox(objectName="importSheet")
        self.sheet.currentIndexChanged.connect(self._changed)
        self.about = plain_label(objectName="importSheetAbout", wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.about)

    def initializePage(self) -> None:
        self.infos = sheets_of(self.w.workbook, self.w.target)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for info in self.infos:
            if info.header_row is None:
                text = self.tr("{name} (no header row found)").format(name=info.name)
            else:
                text = self.tr("{name} (header in row {row}, {n} columns recognised)").format(
                    name=info.name, row=info.header_row, n=len(info.mapping))
            self.sheet.addItem(text, info.name)
        best = max(range(len(self.infos)), key=lambda i: self.infos[i].score, default=0)
        self.sheet.setCurrentIndex(best)
        self.sheet.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        i = self.sheet.currentIndex()
        info = self.infos[i] if 0 <= i < len(self.infos) else None
        if info is None or info.header_row is None:
            self.about.setText(self.tr("No header row found on this sheet. Its headers should include: {names}.")
                               .format(names="、".join(s.label for s in fields_for(self.w.target) if s.required)))
        else:
            # the rows that hold data, not the sheet's length: notes beside the table make it longer
            self.about.setText(self.tr("{filled} rows of data under the header (the sheet has {rows} rows, "
                                       "notes beside the table included); header row {row}: {headers}").format(
                filled=info.filled, rows=info.rows, row=info.header_row,
                headers="、".join(h for h in info.headers if h)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        i = self.sheet.currentIndex()
        return 0 <= i < len(self.infos) and self.infos[i].header_row is not None

    def validatePage(self) -> bool:
        info = self.infos[self.sheet.currentIndex()]
        if self.w.sheet_info is None or self.w.sheet_info.name != info.name:
            self.w.mapping = dict(info.mapping)
        self.w.sheet_info = info
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.combos: dict[str, QComboBox] = {}
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each field is matched to a column by its header; correct any that are wrong. "
                                 "Fields marked * are needed."))
        self.table = QTableWidget(0, 3, objectName="importMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file"),
                                              self.tr("First value")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        info = self.w.sheet_info
        sheet = self.w.workbook.sheet(info.name)
        rows = sheet.rows
        width = max((len(r) for r in rows[:info.header_row + 20]), default=0)
        first = next((r for r in rows[info.header_row:] if any(v is not None for v in r)), [])
        specs = fields_for(self.w.target)
        self.table.setRowCount(len(specs))
        self.combos = {}
        for i, spec in enumerate(specs):
            item = QTableWidgetItem(spec.label + (" *" if spec.required else ""))
            self.table.setItem(i, 0, item)
            combo = QComboBox(objectName=f"importMap_{spec.key}")
            combo.addItem(self.tr("(not imported)"), -1)
            for c in range(width):
                header = info.headers[c] if c < len(info.headers) else ""
                combo.addItem(f"{column_letter(c)}: {header}" if header else column_letter(c), c)
            col = self.w.mapping.get(spec.key, -1)
            combo.setCurrentIndex(max(combo.findData(col), 0))
            combo.currentIndexChanged.connect(lambda _=0, r=i, cb=combo: self._sample(r, cb, first))
            self.table.setCellWidget(i, 1, combo)
            self.combos[spec.key] = combo
            self._sample(i, combo, first)
        self.table.resizeRowsToContents()

    def _sample(self, row: int, combo: QComboBox, first: list) -> None:
        c = combo.currentData()
        value = text_of(first[c]) if c is not None and 0 <= c < len(first) else ""
        self.table.setItem(row, 2, QTableWidgetItem(value))

    def chosen(self) -> dict[str, int]:
        return {k: cb.currentData() for k, cb in self.combos.items() if cb.currentData() is not None
                and cb.currentData() >= 0}

    def validatePage(self) -> bool:
        mapping = self.chosen()
        outcome = errors.call(self, validate_mapping, self.w.sheet_info, self.w.target, mapping)
        if outcome.ok:
            self.w.mapping = mapping
        return outcome.ok


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check each row"))
        self.setSubTitle(self.tr("Rejected rows block the import; warnings must be accepted. "
                                 "Save the rejected rows to Excel, fix them and import them again."))
        self.setCommitPage(True)
        self.summary = plain_label(objectName="importSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QComboBox(objectName="importFilter")
        for text, which in ((self.tr("All rows"), ALL), (self.tr("Rejected rows"), ERRORS),
                            (self.tr("Rows with warnings"), WARNINGS), (self.tr("Rows without problems"), GOOD)):
            self.filter.addItem(text, which)
        self.filter.currentIndexChanged.connect(self._refilter)
        self.model = VerdictModel(self)
        self.view = QTableView(objectName="importPreview")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.detail = plain_label(objectName="importDetail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._detail)
        self.accept = QCheckBox(self.tr("I have checked the &warnings; import these rows as they are"),
                                objectName="importAcceptWarnings")
        self.accept.toggled.connect(self.completeChanged)
        self.save = QPushButton(self.tr("&Save rejected rows…"), objectName="importSaveRejects")
        self.save.clicked.connect(lambda _=False: self._save_rejects())
        self.recheck = QPushButton(self.tr("Check &again"), objectName="importRecheck")
        self.recheck.clicked.connect(lambda _=False: self._check())
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("S&how:"), buddy=self.filter))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.recheck)
        top.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.accept)

    def initializePage(self) -> None:
        self.accept.setChecked(False)
        self._check()

    def _check(self) -> None:
        w = self.w
        fn = w.kind.preview
        options = w.options()
        job = _run(self, self.tr("Checking every row…"),
                   lambda p, c: fn(w.session.ctx, w.session.actor, w.workbook, options, progress=p, cancelled=c))
        w.preview = job.result if job.error is None and not job.cancelled else None
        self._show()

    def _show(self) -> None:
        p = self.w.preview
        self._refilter()
        if p is None:
            self.summary.setText(self.tr("The rows have not been checked. Press “Check again”."))
            self.save.setEnabled(False)
            self.completeChanged.emit()
            return
        counts = "，".join(f"{self.model.verdict_name(v)} {n}" for v in Verdict
                          if (n := p.count(v))) if p.rows else self.tr("none")
        text = self.tr("{file}, sheet {sheet}: {rows} data rows ({counts}).").format(
            file=Path(p.file).name, sheet=p.sheet, rows=len(p.rows), counts=counts)
        if self.w.target is Target.UNITS:
            text += " " + self.tr("{units} units, {people} people, building area {area} ㎡ in total.").format(
                units=p.units, people=p.people, area=p.total_area)
            if p.new_buildings:
                text += " " + self.tr("New buildings (新建楼栋): {names}.").format(names="、".join(p.new_buildings))
        for line in p.notes:
            text += "\n" + said(line)
        reason = p.refusal()
        if p.errors:
            text += "\n" + self.tr("{n} rows are rejected: nothing can be imported until they are fixed.").format(
                n=p.errors)
            ids = sum(1 for r in p.rows if r.verdict is Verdict.ERROR and blank_ids(r.findings)[1])
            if ids and BLANK_INVALID_IDS in self.w.kind.options and not self.w.file_page.blank_ids.isChecked():
                text += "\n" + self.tr("{n} of them are rejected only for the ID number: go back to the first page "
                                        "and tick “Import rows whose only fault is the ID number” to import them "
                                        "with the ID left blank.").format(n=ids)
        elif p.warnings:
            text += "\n" + self.tr("{n} rows have warnings: read them, tick “I have checked the warnings” below, "
                                    "then press Import.").format(n=p.warnings)
        elif reason is None:
            text += "\n" + self.tr("Ready to import.")
        self.summary.setText(text)
        self.save.setEnabled(p.errors > 0 or p.warnings > 0)
        self.accept.setEnabled(p.warnings > 0 and p.errors == 0)
        self.completeChanged.emit()

    def _refilter(self) -> None:
        self.model.set_preview(self.w.preview, self.filter.currentData())
        fit_columns(self.view)
        self.detail.clear()

    def _detail(self, current, _previous=None) -> None:
        """Every finding of the selected row in full, at its sheet, row and column."""
        p = self.w.preview
        if p is None or not current.isValid():
            self.detail.clear()
            return
        r = self.model.row_at(current.row())
        lines = [f"{f.severity.value}：{f.describe(p.sheet_of(r), r.row)}" for f in r.findings]
        self.detail.setText("\n".join(lines) or self.tr("Row {row}: no problems.").format(row=r.row))

    def _save_rejects(self) -> None:
        p = self.w.preview
        if p is None:
            return
        default = str(Path(p.file).with_name(Path(p.file).stem + "-被拒绝的行.xlsx"))
        path = file_dialogs.save_file(self, self.tr("Save rejected rows"), default, "Excel (*.xlsx)")
        if path is not None:
            self.save_rejects_to(path)

    def save_rejects_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        outcome = errors.call(self, save_rejects, self.w.preview, path, include_warnings=not self.w.preview.errors)
        if outcome.ok:
            self.summary.setText(self.summary.text() + "\n" + self.tr("{n} rows saved to {path}.").format(
                n=outcome.value, path=path))

    def isComplete(self) -> bool:
        p = self.w.preview
        if p is None or not p.rows or p.errors:
            return False
        return not p.warnings or self.accept.isChecked()

    def confirm(self) -> bool:
        p = self.w.preview
        text = self.tr("Import {n} rows from {file} into the database? This is recorded in the audit log.").format(
            n=len(p.rows), file=Path(p.file).name)
        answer = QMessageBox.question(self, self.tr("Import"), as_typed(text))
        return answer == QMessageBox.StandardButton.Yes

    def validatePage(self) -> bool:
        if not self.isComplete() or not self.confirm():
            return False
        w = self.w
        fn = w.kind.run
        options = w.options()
        job = _run(self, self.tr("Importing…"),
                   lambda p, c: fn(w.session.ctx, w.session.actor, w.workbook, options, progress=p, cancelled=c))
        if job.cancelled:
            QMessageBox.information(self, self.tr("Import"), self.tr("Import cancelled; nothing was written."))
            return False
        if job.error is not None:
            return False
        w.result = job.result
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.posted: GoLive | None = None
        self.setTitle(self.tr("Imported"))
        self.text = plain_label(objectName="importResult", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the reconciliation finance signs: on paper and in Excel (a reading import has none)
        self.print = QPushButton(self.tr("&Print the reconciliation sheet…"), objectName="importPrintSheet")
        self.print.setToolTip(self.tr("《上线数据核对表》: these figures, the date of the import and who did it, "
                                      "with signature lines for the centre and for finance"))
        self.print.clicked.connect(lambda _=False: self.print_sheet())
        self.export = QPushButton(self.tr("&Export to Excel…"), objectName="importExportSheet")
        self.export.clicked.connect(lambda _=False: self.export_sheet())
        buttons = QHBoxLayout()
        buttons.addWidget(self.print)
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def print_sheet(self) -> None:
        go_live_sheets.print_sheet(self, self.w.session, self.posted)

    def export_sheet(self) -> None:
        go_live_sheets.export_sheet(self, self.w.session, self.posted)

    def initializePage(self) -> None:
        r = self.w.result
        if r is None:
            return
        sheet = self.w.target is not Target.READINGS
        hide_unless(self.print, sheet)
        hide_unless(self.export, sheet)
        if sheet:
            # its sheet kept for a reprint (文件 ▸ 上线数据核对表…)
            out = errors.call(self, go_live.imported, self.w.session.ctx, self.w.session.actor, self.w.target,
                              self.w.preview, r)
            self.posted = out.value if out.ok else None
            hide_unless(self.print, out.ok)
            hide_unless(self.export, out.ok)
        if self.w.target is Target.UNITS:
            self.text.setText(self.tr("Created {c}, updated {u}, unchanged {n} units; {p} people registered, "
                                      "{b} buildings created.").format(c=r.created, u=r.updated, n=r.unchanged,
                                                                       p=r.people_added, b=r.buildings_created))
        elif self.w.target is Target.READINGS:
            self.text.setText(self.tr("{n} readings imported. Unusual readings are on the re-read list.")
                              .format(n=r.readings_saved))
        else:
            self.text.setText(said(r.summary()))
