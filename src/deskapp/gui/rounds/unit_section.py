"""On the unit page: move-in, the decoration under way, release slips — and the buttons for them."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.contracts.rounds import SlipFilter
from deskapp.domain.units import UnitState
from deskapp.gui import errors
from deskapp.gui.rounds.common import FLAG, fmt
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, preview, plain_label
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration, movein, release


class UnitRoundsSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.setObjectName("unitRoundsSection")
        self.last_preview = None
        self.last_dialog = None
        self.summary = plain_label(objectName="unitRoundsSummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        self.move_in_btn = button(self.tr("Move-in…"), "unitMoveIn", self.move_in)
        self.move_in_print = button(self.tr("Print move-in record…"), "unitMoveInPrint", self.print_move_in)
        self.deco_btn = button(self.tr("Decoration application…"), "unitDecoration", self.apply)
        self.slip_btn = button(self.tr("Release slip…"), "unitReleaseSlip", self.slip)
        for b in (self.move_in_btn, self.move_in_print, self.deco_btn, self.slip_btn):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        session.bus.changed.connect(lambda flags: self.refresh() if flags & {FLAG, Change.UNITS} else None)
        self.refresh()

    def refresh(self) -> None:
        s = self.session
        state = registry_units.unit_state(s.ctx, s.actor, self.unit_id)
        self.move = movein.for_unit(s.ctx, s.actor, self.unit_id)
        decos = decoration.for_unit(s.ctx, s.actor, self.unit_id)
        slips = release.slip_register(s.ctx, s.actor, SlipFilter(unit_id=self.unit_id), limit=5).rows
        parts = []
        if self.move:
            parts.append(self.tr("Moved in {day}, {keys} keys").format(day=fmt(self.move.handed_over_on),
                                                                       keys=self.move.keys_count))
        if decos:
            d = decos[0]
            parts.append(self.tr("Decoration {n}: {state}, {company}, until {end}").format(
                n=d.number, state=d.state.value, company=d.company, end=fmt(d.ends_on)))
        for x in slips:
            parts.append(self.tr("Release slip {n} ({status}): {items}").format(n=x.number, status=x.status,
                                                                                items=x.items))
        self.summary.setText("\n".join(parts) or self.tr("No move-in, decoration or release slip recorded."))
        self.move_in_btn.setVisible(state is UnitState.UNDELIVERED and s.may(movein.MOVE_IN))
        self.move_in_print.setVisible(self.move is not None)
        open_permit = bool(decos) and decos[0].state in decoration.OPEN_STATES
        self.deco_btn.setVisible(s.may(decoration.APPLY) and state is not UnitState.UNDELIVERED
                                 and not open_permit)
        self.slip_btn.setVisible(s.may(release.ISSUE))

    def move_in(self):
        from deskapp.gui.rounds.movein_dialog import MoveInDialog

        dlg = MoveInDialog(self.session, self.unit_id, self)
        dlg.accepted.connect(self.print_move_in)
        dlg.open()
        self.last_dialog = dlg
        return dlg

    def print_move_in(self) -> None:
        m = movein.for_unit(self.session.ctx, self.session.actor, self.unit_id)
        if m is None:
            return
        out = errors.call(self, movein.record_pdf, self.session.ctx, self.session.actor, m.id)
        if out.ok:
            self.last_preview = preview(self, out.value, self.tr("Move-in record"), f"交房记录-{m.unit_code}.pdf")

    def apply(self):
        from deskapp.gui.rounds.decoration_tab import ApplicationDialog

        dlg = ApplicationDialog(self.session, self.unit_id, self)
        dlg.open()
        self.last_dialog = dlg
        return dlg

    def slip(self):
        from deskapp.gui.rounds.release_tab import SlipDialog

        dlg = SlipDialog(self.session, self.unit_id, self)
        dlg.accepted.connect(lambda: self._print_slip(dlg.view))
        dlg.open()
        self.last_dialog = dlg
        return dlg

    def _print_slip(self, view) -> None:
        out = errors.call(self, release.slip_pdf, self.session.ctx, self.session.actor, view.id)
        if out.ok:
            self.last_preview = preview(self, out.value, self.tr("Item release slip {n}").format(n=view.number),
                                        f"物品放行条-{view.number}.pdf")
