"""The unit page: people, state, front-desk instructions and chronicle at a glance, the
actions on the unit (each a dialog over a service), printing its 《业户档案》; the other
areas add their sections below."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QGroupBox, QHBoxLayout, QMenu, QScrollArea, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.dates import format_date
from deskapp.domain.local_time import local_text
from deskapp.domain.people import Relation, authority_in_force, with_tie_note
from deskapp.domain.transfer import grantor_worth_naming
from deskapp.gui import errors
from deskapp.gui.view_catalogue import SectionSpec, unit_sections
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import fit_columns, simple_table, as_typed, plain_label
from deskapp.services.accounts import privacy
from deskapp.services.registry import common as registry_common
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import prints as registry_print


EVENT_WIDTH = 760  # px: the chronicle's 事项 at most, so 经办人 stays in sight on a 1600-px screen
TIP_AFTER = 30  # characters: a longer cell carries its whole text as a tooltip


class LazySection(QGroupBox):
    """An area's section of the unit page: its title at once, its body the first time it is
    scrolled into view (UnitPageWidget._build_in_view) or asked for (`build`)."""

    PLACEHOLDER_HEIGHT = 160  # about a small section's height: the boxes below stay out of view

    def __init__(self, spec: SectionSpec, session: DeskSession, unit_id: int):
        super().__init__(spec.title())
        self.setObjectName(f"unitSection_{spec.key}")
        self._make = lambda: spec.create(session, unit_id)
        self.inner: QWidget | None = None
        self.setMinimumHeight(self.PLACEHOLDER_HEIGHT)
        QVBoxLayout(self)

    def build(self) -> QWidget:
        if self.inner is None:
            self.inner = self._make()
            self.layout().addWidget(self.inner)
            self.inner.show()  # at once: Qt shows a widget added to a shown parent only later
            self.setMinimumHeight(0)
        return self.inner


class UnitPageWidget(QScrollArea):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        self.layout_ = QVBoxLayout(body)

        self.title = plain_label(objectName="unitTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.state_badge = plain_label(objectName="unitState")
        self.state_badge.setStyleSheet("font-size: 12pt; padding: 2px 8px; border: 1px solid #888; "
                                       "border-radius: 4px;")
        self.instructions = plain_label(objectName="unitInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setStyleSheet(
            "background: #fff3c4; border: 2px solid #e0b400; padding: 8px; font-size: 12pt; font-weight: bold;")
        self.facts = QGridLayout()  # label/value pairs, four to a row: the facts fit in two lines
        self.facts.setHorizontalSpacing(14)
        self.facts_box = QGroupBox(self.tr("Unit"))
        self.facts_box.setLayout(self.facts)

        self.people = simple_table("unitPeople", [self.tr("Relation"), self.tr("Name"), self.tr("Phone"),
                                                  self.tr("ID document"), self.tr("Since"),
                                                  self.tr("Lease / authorised to / note")], row_numbers=False)
        self.people.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.people.customContextMenuRequested.connect(self._people_menu)
        self.people.itemSelectionChanged.connect(self._selection_changed)
        self.people.currentCellChanged.connect(lambda *_: self._selection_changed())
        people_box = QGroupBox(self.tr("People"))
        QVBoxLayout(people_box).addWidget(self.people)

        self.history = simple_table("unitHistory", [self.tr("Relation"), self.tr("Name"), self.tr("Since"),
                                                    self.tr("Until")], row_numbers=False)
        self.transfers = simple_table("unitTransfers", [self.tr("Date"), self.tr("Previous owners"),
                                                        self.tr("New owners"), self.tr("Property certificate no."),
                                                        self.tr("Note"), self.tr("The seller's arrangements")],
                                     row_numbers=False)
        self.history_box = QGroupBox(self.tr("Earlier people and transfers of ownership"))
        hv = QVBoxLayout(self.history_box)
        hv.addWidget(self.transfers)
        hv.addWidget(self.history)

        self.chronicle = simple_table("unitChronicle", [self.tr("Time"), self.tr("Kind"), self.tr("Event"),
                                                        self.tr("By")], row_numbers=False)
        chron_box = QGroupBox(self.tr("Unit chronicle"))
        QVBoxLayout(chron_box).addWidget(self.chronicle)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.state_badge)
        top.addStretch(1)
        self.actions_row = top  # areas and dialogs add their buttons here
        self._add_actions(top)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.instructions)
        self.layout_.addWidget(self.facts_box)
        self.layout_.addWidget(people_box)
        self.layout_.addWidget(chron_box)
        self.layout_.addWidget(self.history_box)
        # The areas' sections below the people and the chronicle are built when they first
        # scroll into view: building all nine (their queries and widgets) was most of the
        # page's open (issue 21 §1); the clerk sees each one complete as it comes into sight.
        self.sections: dict[str, LazySection] = {}
        for spec in unit_sections():
            if spec.visible(session):
                self.sections[spec.key] = LazySection(spec, session, unit_id)
                self.layout_.addWidget(self.sections[spec.key])
        self.layout_.addStretch(1)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._build_in_view())
        session.bus.changed.connect(self._on_changed)
        self.refresh()

    # -- actions
    def _action(self, name: str, text: str, shortcut: str, slot, permission: str | None) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(as_typed(f"{text.replace('&', '').rstrip('…')} ({QKeySequence(shortcut).toString()})"))
        act.triggered.connect(lambda _=False: slot())  # never hand triggered's bool to the slot
        act.setVisible(permission is None or self.session.may(permission))
        self.addAction(act)
        return act

    def _add_actions(self, row: QHBoxLayout) -> None:
        a = self._action
        self.act_person = a("actAddPerson", self.tr("Add &person…"), "Ctrl+Shift+N", self.add_person,
                            registry_common.EDIT_PEOPLE)
        self.act_edit_person = a("actEditPerson", self.tr("Edit pe&rson…"), "", self.edit_selected,
                                 registry_common.EDIT_PEOPLE)
        self.act_end = a("actEndTie", self.tr("&End tenancy / authorisation…"), "", self.end_selected,
                         registry_common.EDIT_PEOPLE)
        self.act_transfer = a("actTransfer", self.tr("&Transfer of ownership…"), "", self.transfer,
                              registry_common.TRANSFER)
        self.act_edit = a("actEditUnit", self.tr("Edit &unit…"), "F2", self.edit_unit, registry_common.EDIT_UNIT)
        self.act_state = a("actState", self.tr("Change &state…"), "Ctrl+Shift+S", self.change_state,
                           registry_common.EDIT_PEOPLE)
        self.act_chronicle = a("actChronicle", self.tr("&Chronicle entry…"), "Ctrl+Shift+J", self.add_chronicle,
                               registry_common.CHRONICLE)
        self.act_instructions = a("actInstructions", self.tr("Front-desk &instructions…"), "Ctrl+Shift+I",
                                  self.edit_instructions, registry_common.INSTRUCT)
        # 查看完整信息 on the person the clerk is looking at (audited each time): a supervisor's reveal, or
        # a desk role's full mobile for a stated purpose (回访、催缴); the next refresh masks it again
        self.act_reveal_phone = a("actRevealPhone", self.tr("Show full &mobile…"), "", self.reveal_selected_phone,
                                  None)
        self.act_reveal_phone.setVisible(self.session.may(privacy.REVEAL) or self.session.may(privacy.REVEAL_FOR_WORK))
        self.act_reveal_id = a("actRevealId", self.tr("Show full I&D number…"), "", self.reveal_selected_id,
                               privacy.REVEAL)
        self.act_print = a("actPrintUnit", self.tr("&Print unit file…"), "Ctrl+P", self.print_file, None)
        for act in (self.act_person, self.act_edit_person, self.act_instructions, self.act_chronicle,
                    self.act_print):
            if act.isVisible():
                b = QToolButton()
                b.setDefaultAction(act)
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                row.addWidget(b)
        more = QToolButton(objectName="unitMoreButton")
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for act in (self.act_state, self.act_edit, self.act_transfer, self.act_end, None, self.act_reveal_phone,
                    self.act_reveal_id):
            if act is None:
                menu.addSeparator()
            elif act.isVisible():
                menu.addAction(act)
        more.setMenu(menu)
        hide_unless(more, not menu.isEmpty())
        row.addWidget(more)

    def _selection_changed(self) -> None:
        person = self.selected_person()
        self.act_edit_person.setEnabled(person is not None)
        self.act_end.setEnabled(person is not None and person.relation is not Relation.OWNER)
        self.act_reveal_phone.setEnabled(person is not None)
        self.act_reveal_id.setEnabled(person is not None)

    def _people_menu(self, pos) -> None:
        menu = QMenu(self)
        for act in (self.act_person, self.act_edit_person, self.act_end, None, self.act_reveal_phone,
                    self.act_reveal_id):
            if act is None:
                menu.addSeparator()
            elif act.isVisible():
                menu.addAction(act)
        if not menu.isEmpty():
            menu.exec(self.people.viewport().mapToGlobal(pos))

    def _run(self, dialog) -> bool:
        try:
            return dialog.exec() == dialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()  # a child of the page: not kept until the page closes

    def add_person(self):
        from deskapp.gui.registry.person_dialogs import PersonDialog

        return self._run(PersonDialog(self.session, self.unit_id, parent=self))

    def selected_person(self) -> registry_people.PersonView | None:
        """The person of the row the list shows chosen (current and selected), if any."""
        row = self.people.currentRow()
        chosen = 0 <= row < len(self.page.people) and self.people.selectionModel().isRowSelected(row)
        return self.page.people[row] if chosen else None

    def choose_person(self, name: str) -> bool:
        """Choose the person of that name in the people table (a completeness finding opened here)."""
        for row, person in enumerate(self.page.people):
            if person.name == name:
                self.people.selectRow(row)
                self.people.setFocus()
                return True
        return False

    def edit_selected(self):
        from deskapp.gui.registry.person_dialogs import EditPersonDialog

        person = self.selected_person()
        if person is None:
            return False  # the action is disabled then
        return self._run(EditPersonDialog(self.session, person, parent=self))

    def end_selected(self):
        from deskapp.gui.registry.person_dialogs import EndTieDialog

        person = self.selected_person()
        if person is None or person.relation is Relation.OWNER:
            return False  # the action is disabled then; owners change through a transfer
        return self._run(EndTieDialog(self.session, person, parent=self))

    def reveal_selected_phone(self) -> str | None:
        """The chosen person's full mobile in the people table, audited (gui/accounts/reveal.py)."""
        from deskapp.gui.accounts.reveal import reveal_phone

        person, row = self.selected_person(), self.people.currentRow()
        if person is None:
            return None  # the action is disabled then
        shown = reveal_phone(self, self.session, person.person_id, person.name, self.unit_id)
        if shown is None:
            return None
        full = shown or self.tr("(none recorded)")
        return self._show_revealed(row, 2, " / ".join(x for x in (full, person.phone2) if x))

    def reveal_selected_id(self) -> str | None:
        person, row = self.selected_person(), self.people.currentRow()
        if person is None:
            return None
        outcome = errors.call(self, privacy.reveal, self.session.ctx, self.session.actor, person.person_id,
                              "id_number", unit_id=self.unit_id)
        if not outcome.ok:
            return None
        return self._show_revealed(row, 3, f"{person.id_type} {outcome.value}".strip() if outcome.value
                                   else self.tr("(none recorded)"))

    def _show_revealed(self, row: int, column: int, text: str) -> str:
        self.people.item(row, column).setText(text)
        fit_columns(self.people)  # read whole, not cut
        return text

    def transfer(self):
        from deskapp.gui.registry.transfer_dialog import TransferDialog

        return self._run(TransferDialog(self.session, self.unit_id, parent=self))

    def edit_unit(self):
        from deskapp.gui.registry.unit_dialogs import UnitDialog

        return self._run(UnitDialog(self.session, self.unit_id, parent=self))

    def change_state(self):
        from deskapp.gui.registry.unit_dialogs import StateDialog

        return self._run(StateDialog(self.session, self.unit_id, parent=self))

    def add_chronicle(self):
        from deskapp.gui.registry.note_dialogs import ChronicleDialog

        return self._run(ChronicleDialog(self.session, self.unit_id, parent=self))

    def edit_instructions(self):
        from deskapp.gui.registry.note_dialogs import InstructionsDialog

        return self._run(InstructionsDialog(self.session, self.unit_id, parent=self))

    def unit_file_pdf(self) -> bytes | None:
        out = errors.call(self, registry_print.unit_file_pdf, self.session.ctx, self.session.actor, self.unit_id)
        return out.value if out.ok else None

    def print_file(self) -> None:
        from deskapp.gui.printing import PdfPreviewDialog

        pdf = self.unit_file_pdf()
        if pdf is None:
            return
        dialog = PdfPreviewDialog(pdf, self.tr("Unit file {code}").format(code=self.page.code),
                                  f"业户档案-{self.page.code}.pdf", self)
        self._run(dialog)

    def _build_in_view(self) -> None:
        """Build the sections that reach into the shown part of the page."""
        body = self.widget()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        for box in self.sections.values():
            if box.inner is None and box.isVisibleTo(self):
                body.layout().activate()  # the boxes above may have grown: their places now
                if box.y() < bottom and box.y() + box.height() > top:
                    box.build()

    def section(self, key: str) -> QWidget:
        """The area's section, scrolled into view (and so built) as the clerk scrolls to it."""
        box = self.sections[key]
        self.ensureWidgetVisible(box, 0, 0)
        return box.build()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._build_in_view()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._build_in_view()
        # Opened from the search box: the keys now act on this unit (Ctrl+P, F2...).
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.people.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- content
    @property
    def code(self) -> str:
        return self.page.code

    def _on_changed(self, flags) -> None:
        if flags & {Change.UNITS, Change.PEOPLE, Change.CHRONICLE, Change.INSTRUCTIONS}:
            self.refresh()

    def _fill(self, table: QTableWidget, rows: list[tuple], max_rows: int = 8) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if len(v) > TIP_AFTER:  # a column capped on screen: the whole text on hover
                    item.setToolTip(v)
                table.setItem(r, c, item)
        # as tall as its rows (up to max_rows, then it scrolls): the page reads top to bottom
        shown = max(1, min(len(rows), max_rows))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + shown * table.verticalHeader().defaultSectionSize() + 6)

    def _lease_or_authority(self, p) -> str:
        # the note the tie was registered with (子女, 经营：便利店, why the authority was given) as on the paper
        return with_tie_note(self._terms(p), p.note)

    def _terms(self, p) -> str:
        if p.relation is Relation.TENANT:
            # tr() outside the f-string: lupdate cannot see it inside one (the page said "open")
            end = format_date(p.lease_end) or self.tr("not fixed")
            return f"{format_date(p.lease_start)} — {end}"
        granted = "、".join(a.value for a in p.authorities)
        owners = [x.name for x in self.page.people if x.relation is Relation.OWNER]
        if grantor_worth_naming(p.granted_by, owners):  # co-owners: which of them, for it ends with them
            granted = self.tr("{granted} (given by {owner})").format(granted=granted, owner=p.granted_by)
        if p.relation is not Relation.AUTHORISED or p.authority_until is None:
            return granted
        if not authority_in_force(p.authority_until, self.session.ctx.clock.today()):
            return self.tr("{granted} (expired {date})").format(granted=granted, date=format_date(p.authority_until))
        return self.tr("{granted} (until {date})").format(granted=granted, date=format_date(p.authority_until))

    def refresh(self) -> None:
        p = registry_units.unit_page(self.session.ctx, self.session.actor, self.unit_id)
        self.page = p
        self.title.setText(f"{p.code}  {p.owners}")
        self.state_badge.setText(said(p.state.value))
        if p.instructions:
            open_ended = self.tr("open-ended")
            lines = [f"⚠ {i.text}（{format_date(i.starts_on)}—{format_date(i.ends_on) or open_ended}）" for i in p.instructions]
            self.instructions.setText(self.tr("Front-desk instructions:") + "\n" + "\n".join(lines))
            self.instructions.show()
        else:
            self.instructions.hide()
        while self.facts.count():
            item = self.facts.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for n, (label, value) in enumerate((
            (self.tr("Building"), self.tr("{building} stairwell {stairwell}").format(
                building=p.building, stairwell=p.stairwell) if p.stairwell else p.building),
            (self.tr("Floor"), str(p.floor or "")), (self.tr("Kind"), said(p.kind.value)),
            (self.tr("State"), said(p.state.value)),
            (self.tr("Building area"), f"{p.building_area} ㎡" if p.building_area else self.tr("missing")),
            (self.tr("Inner area"), f"{p.inner_area} ㎡" if p.inner_area else ""),
            (self.tr("Delivered on"), format_date(p.delivered_on)), (self.tr("Notes"), p.notes),
        )):
            name = plain_label(label + "：")
            name.setStyleSheet("color: #555;")
            shown = plain_label(value, objectName=f"fact{n}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(name, n // 4, (n % 4) * 2)
            self.facts.addWidget(shown, n // 4, (n % 4) * 2 + 1)
        for col in range(8):
            self.facts.setColumnStretch(col, 1 if col % 2 else 0)
        self._fill(self.people, [(x.relation.value, x.name, x.phones, f"{x.id_type} {x.id_number}".strip(),
                                  format_date(x.since), self._lease_or_authority(x)) for x in p.people])
        fit_columns(self.people)
        self._selection_changed()
        self._fill(self.chronicle, [(local_text(e.at), e.kind.value, e.text, e.author)
                                    for e in p.chronicle], max_rows=12)
        # a long entry (a transfer names every arrangement of the seller) is cut at the cap, not allowed
        # to push 经办人 out of sight behind a horizontal scroll bar
        fit_columns(self.chronicle, cap=EVENT_WIDTH)
        self._fill(self.history, [(x.relation.value, x.name, format_date(x.since), format_date(x.until)) for x in p.history])
        self._fill(self.transfers, [(format_date(t.transferred_on), t.previous_owners, t.new_owners, t.reference, t.note,
                                     "；".join(t.settled)) for t in p.transfers])
        self.transfers.setVisible(bool(p.transfers))
        self.history.setVisible(bool(p.history))
        self.history_box.setVisible(bool(p.history or p.transfers))
