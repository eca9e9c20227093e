"""The unit page: people, state, front-desk instructions and chronicle at a glance; the
other areas add their sections below."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from deskapp.gui.registry_of_views import unit_sections
from deskapp.gui.session import DeskSession
from deskapp.services import registry


def _fmt(d) -> str:
    return d.strftime("%Y-%m-%d") if d else ""


class UnitPageWidget(QScrollArea):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit_id = unit_id
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        self.layout_ = QVBoxLayout(body)

        self.title = QLabel(objectName="unitTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.instructions = QLabel(objectName="unitInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setStyleSheet(
            "background: #fff3c4; border: 1px solid #e0b400; padding: 6px; font-weight: bold;")
        self.facts = QFormLayout()
        self.facts_box = QGroupBox(self.tr("Unit"))
        self.facts_box.setLayout(self.facts)

        self.people = QTableWidget(0, 6, objectName="unitPeople")
        self.people.setHorizontalHeaderLabels([
            self.tr("Relation"), self.tr("Name"), self.tr("Phone"), self.tr("ID document"), self.tr("Since"),
            self.tr("Lease ends")])
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.horizontalHeader().setStretchLastSection(True)
        people_box = QGroupBox(self.tr("People"))
        QVBoxLayout(people_box).addWidget(self.people)

        self.chronicle = QTableWidget(0, 4, objectName="unitChronicle")
        self.chronicle.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Event"), self.tr("By")])
        self.chronicle.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chronicle.horizontalHeader().setStretchLastSection(True)
        chron_box = QGroupBox(self.tr("Unit chronicle"))
        QVBoxLayout(chron_box).addWidget(self.chronicle)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        self.actions_row = top  # areas and dialogs add their buttons here
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.instructions)
        self.layout_.addWidget(self.facts_box)
        self.layout_.addWidget(people_box)
        self.layout_.addWidget(chron_box)
        self.sections: dict[str, QWidget] = {}
        for spec in unit_sections():
            if spec.visible(session):
                box = QGroupBox(spec.title())
                inner = spec.create(session, unit_id)
                QVBoxLayout(box).addWidget(inner)
                self.sections[spec.key] = inner
                self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        session.bus.changed.connect(self._on_changed)
        self.refresh()

    @property
    def code(self) -> str:
        return self.page.code

    def _on_changed(self, flags) -> None:
        if flags & {"units", "people", "chronicle"}:
            self.refresh()

    def refresh(self) -> None:
        p = registry.unit_page(self.session.ctx, self.session.actor, self.unit_id)
        self.page = p
        self.title.setText(f"{p.code}  {p.owners}")
        if p.instructions:
            open_ended = self.tr("open-ended")
            lines = [f"⚠ {i.text}（{_fmt(i.starts_on)}—{_fmt(i.ends_on) or open_ended}）" for i in p.instructions]
            self.instructions.setText(self.tr("Front-desk instructions:") + "\n" + "\n".join(lines))
            self.instructions.show()
        else:
            self.instructions.hide()
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for label, value in (
            (self.tr("Building"), self.tr("{building} stairwell {stairwell}").format(
                building=p.building, stairwell=p.stairwell) if p.stairwell else p.building),
            (self.tr("Floor"), str(p.floor or "")), (self.tr("Kind"), p.kind.value),
            (self.tr("State"), p.state.value),
            (self.tr("Building area"), f"{p.building_area} ㎡" if p.building_area else self.tr("missing")),
            (self.tr("Inner area"), f"{p.inner_area} ㎡" if p.inner_area else ""),
            (self.tr("Delivered on"), _fmt(p.delivered_on)), (self.tr("Notes"), p.notes),
        ):
            self.facts.addRow(label, QLabel(value))
        self.people.setRowCount(len(p.people))
        for r, person in enumerate(p.people):
            for c, v in enumerate((person.relation.value, person.name, person.phone,
                                   f"{person.id_type} {person.id_number}".strip(), _fmt(person.since),
                                   _fmt(person.lease_end))):
                self.people.setItem(r, c, QTableWidgetItem(v))
        self.chronicle.setRowCount(len(p.chronicle))
        for r, e in enumerate(p.chronicle):
            for c, v in enumerate((e.at.astimezone().strftime("%Y-%m-%d %H:%M"), e.kind.value, e.text, e.author)):
                self.chronicle.setItem(r, c, QTableWidgetItem(v))
        self.chronicle.resizeColumnsToContents()
