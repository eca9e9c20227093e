"""The one search box: unit code or part of it, name, pinyin initials, last 4 phone digits — and a
paper's number (WX2026-000136, SJ2026-…, K0018), listed first. Results appear as you type; Enter
opens the unit page, or the paper where it is taken on."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

if TYPE_CHECKING:
    from deskapp.gui.session import DeskSession


class SearchBox(QLineEdit):
    """Without a session (the window is shown while the database opens) it is greyed out;
    `set_session` makes it live."""

    unit_chosen = Signal(int)
    paper_chosen = Signal(object)  # a hooks.Numbered

    def __init__(self, session: DeskSession | None, parent=None):
        super().__init__(parent)
        self._session = session
        self._hits: list = []
        self._papers: list = []
        self._completer: QCompleter | None = None
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.set_session(session)

    def set_session(self, session: DeskSession | None) -> None:
        self._session = session
        if session is not None and self._completer is None:
            self._make_completer()
        self.setEnabled(session is not None)
        self.setPlaceholderText(self.tr("Search: unit 1502 / 3-2-15, name, pinyin zs, phone last 4, paper no. WX2026-… (Ctrl+F)"))

    def _make_completer(self) -> None:
        from PySide6.QtCore import Qt

        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[str].connect(self._activated)
        self.textEdited.connect(self._update)
        self.returnPressed.connect(self._enter)

    def _label(self, hit) -> str:
        who = f"  {hit.who}" if hit.who else ""
        return f"{hit.code}{who}  [{hit.state.value}]"

    def _paper_label(self, paper) -> str:
        return "  ".join(part for part in (paper.number, paper.kind, paper.where, paper.text) if part)

    def _update(self, text: str) -> None:
        # not at start: the window shows before the services load
        from deskapp.services.registry import numbers
        from deskapp.services.registry import units as registry_units

        if self._session is None:
            return
        ctx, actor = self._session.ctx, self._session.actor
        self._papers = numbers.find_numbers(ctx, actor, text)
        self._hits = registry_units.search(ctx, actor, text) if text.strip() else []
        self._model.setStringList([self._paper_label(n) for n in self._papers] + [self._label(h) for h in self._hits])
        if self._papers or self._hits:
            self._completer.complete()

    def hits(self) -> list:
        return list(self._hits)

    def _activated(self, label: str) -> None:
        for paper in self._papers:
            if self._paper_label(paper) == label:
                self._open_paper(paper)
                return
        for h in self._hits:
            if self._label(h) == label:
                self._open(h.unit_id)
                return

    def _enter(self) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's own activation handles it
        if self._papers:  # listed first
            self._open_paper(self._papers[0])
        elif self._hits:
            self._open(self._hits[0].unit_id)

    def _open_paper(self, paper) -> None:
        self._completer.popup().hide()
        self.clear()
        self._hits, self._papers = [], []
        self.paper_chosen.emit(paper)

    def _open(self, unit_id: int) -> None:
        self._completer.popup().hide()
        self.clear()
        self._hits, self._papers = [], []
        self.unit_chosen.emit(unit_id)
