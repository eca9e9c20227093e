"""A table model over a big register that holds row ids and loads rows as they are shown
(Anki's browser): the ordered ids of every matching row come from SQL once, so rowCount() is
the total from the start and the scroll bar is true; data() for a row loads the page of ids
it lies in (`id IN (...)`, as cheap at the 20,000th row as at the first) and keeps the last
pages in a bounded cache. Sorting and filtering are re-queries of the ids, never in memory.

Same interface as `PagedTableModel` (reload, total, row_at, sort; canFetchMore is always
False), plus `id_at(row)`, which needs no row loaded."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deskapp import collector
from deskapp.gui.paged_model import Column, SqlColumns

PAGE = 100  # rows loaded at a time: a screenful or three
MAX_PAGES = 40  # pages kept (4,000 rows); the least recently shown are dropped first
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LazyTableModel(SqlColumns, QAbstractTableModel):
    """`ids(sort=, descending=)` returns every matching row's id in order; `rows(ids)` returns
    the rows of those ids (a row whose id is missing, e.g. deleted since, shows empty)."""

    def __init__(self, columns: Sequence[Column], ids: Callable[..., Sequence[int]],
                 rows: Callable[[list[int]], Sequence[Any]], parent=None, *,
                 row_id: Callable[[Any], int] = lambda r: r.id, page: int = PAGE, max_pages: int = MAX_PAGES):
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_ids = ids
        self._fetch_rows = rows
        self._row_id = row_id
        self._page = page
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()  # page number -> rows (None: gone)
        self._sort = columns[0].key
        self._desc = False
        self._loaded = False
        # What was asked of SQL since the model was made (tests and the bench count these).
        self.id_queries = 0
        self.pages_loaded = 0

    # -- loading
    def reload(self) -> None:
        self.beginResetModel()
        with collector.paused():  # its thousands of id tuples
            self._ids = list(self._fetch_ids(sort=self._sort, descending=self._desc))
        self.id_queries += 1
        self._pages.clear()
        self._loaded = True
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return False  # every row is there from the start; its data comes when it is shown

    def fetchMore(self, parent=QModelIndex()) -> None:
        return None

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def total(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_for_id(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def is_cached(self, row: int) -> bool:
        """Whether the row's data is in the cache (loaded, nothing more to ask SQL)."""
        return 0 <= row < len(self._ids) and row // self._page in self._pages

    def cached_row(self, row: int) -> Any:
        """The row's loaded data, or None when it is not in the cache (loads nothing)."""
        page = self._pages.get(row // self._page)
        return None if page is None else page[row % self._page]

    def row_at(self, row: int) -> Any:
        """The row's data, loading its page if needed (None: the row is gone since the ids)."""
        if not 0 <= row < len(self._ids):
            raise IndexError(row)
        number = row // self._page
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[row % self._page]

    def _load(self, number: int) -> list[Any]:
        ids = self._ids[number * self._page:(number + 1) * self._page]
        found = {self._row_id(r): r for r in self._fetch_rows(ids)}
        self.pages_loaded += 1
        page = [found.get(i) for i in ids]
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    # -- Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=_DISPLAY):
        # Painting asks about seven roles a cell: the others are answered before anything else.
        if role == _DISPLAY:
            if not index.isValid() or not (0 <= (n := index.row()) < len(self._ids)):
                return None
            row = self.row_at(n)
            value = None if row is None else self._columns[index.column()].value(row)
            return "" if value is None else str(value)
        if role == _ALIGN and index.isValid() and self._columns[index.column()].align_right:
            return _RIGHT
        return None

