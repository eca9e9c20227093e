"""宣传板报: every board newest first (theme, place, the days put up and taken down, who is
responsible); 登记板报…, 修改… and 撤下… for the steward; the month's 宣传板报登记表 exported (the quarter's
with `deskapp export community-boards-quarter`)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.gui.community.dialogs import BoardDialog, TakeDownDialog
from deskapp.gui.community.files_dialog import FilesDialog
from deskapp.gui.monthly_export import MonthExport
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, edge_row, fill_table, reselect, selected_id, simple_table, told_unless
from deskapp.services.community import attachments, boards
from deskapp.services.community._common import BOARDS


class BoardsTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows = []
        add = button(self.tr("Register a board…"), "communityAddBoard", lambda: self.add())
        edit = button(self.tr("Edit…"), "communityEditBoard", lambda: self.edit())
        down = button(self.tr("Taken down…"), "communityTakeDown", lambda: self.take_down())
        for b in (add, edit, down):
            hide_unless(b, session.may(BOARDS))
        self.table = simple_table("communityBoards", [self.tr("Put up on"), self.tr("Theme"), self.tr("Location"),
                                                      self.tr("Taken down on"), self.tr("Responsible")])
        layout = QVBoxLayout(self)
        files = button(self.tr("Photos and files…"), "communityBoardFiles", lambda: self.files())
        layout.addLayout(edge_row([add, edit, down, files],
                                  [MonthExport(self.session, "community-boards", "communityBoardsExport")]))
        layout.addWidget(self.table)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.COMMUNITY in flags else None)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_id(self.table)
        self.rows = boards.boards(self.session.ctx, self.session.actor)
        fill_table(self.table, [[f"{b.put_up_on:%Y-%m-%d}", b.theme, b.location,
                                 f"{b.taken_down_on:%Y-%m-%d}" if b.taken_down_on else "", b.person] for b in self.rows],
                   [b.id for b in self.rows])
        reselect(self.table, [b.id for b in self.rows], chosen)  # the board put right or taken down stays chosen

    def chosen(self, title: str):
        """The selected board, or None after saying to choose one."""
        row = self.table.currentRow()
        return told_unless(self.rows[row] if 0 <= row < len(self.rows) else None, self, title,
                           self.tr("Choose a board in the list first."))

    def add(self) -> BoardDialog:
        dlg = BoardDialog(self, self.session)
        dlg.open()
        return dlg

    def edit(self) -> BoardDialog | None:
        b = self.chosen(self.tr("Edit board"))
        if b is None:
            return None
        dlg = BoardDialog(self, self.session, b)
        dlg.open()
        return dlg

    def take_down(self) -> TakeDownDialog | None:
        b = self.chosen(self.tr("Taken down"))
        if b is None:
            return None
        dlg = TakeDownDialog(self, self.session, b)
        dlg.open()
        return dlg

    def files(self) -> FilesDialog | None:
        b = self.chosen(self.tr("Photos and files"))
        if b is None:
            return None
        ctx, actor = self.session.ctx, self.session.actor
        dlg = FilesDialog(self, self.session, self.tr("Photos and files of {theme}").format(theme=b.theme),
                          lambda: attachments.board_files(ctx, actor, b.id),
                          lambda path: attachments.attach_to_board(ctx, actor, b.id, path),
                          lambda file_id: attachments.path_to_open(ctx, actor, file_id, board_id=b.id),
                          self.session.may(BOARDS))
        dlg.open()
        return dlg
