"""A list keeps its selected row across a reload: after a confirmed action the list is read again
(a model reset clears the selection), and the clerk would otherwise lose the row acted on."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QTableView


def _row_id(row: Any) -> Any:
    return getattr(row, "id", None)


def selected_row(view: QTableView) -> Any:
    """The row the clerk chose (selected, not merely current) of a one-row list over a model with
    `row_at`, or None. After a reload that lost the row acted on, the list has no current row; a
    focus coming back to it (the step's button turned off under the cursor, a Tab) makes its first
    row current without selecting it, and a tab acting on the current row would then print or
    step on another item than the one the clerk sees chosen (none)."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
        return None
    return view.model().row_at(index.row())


@contextmanager
def kept_selection(view: QTableView, key: Callable[[Any], Any] = _row_id) -> Iterator[None]:
    """Around a reload of `view`'s model (one with `row_at`): the row with the same key is selected
    again if it is still listed."""
    index = view.currentIndex()
    model = view.model()
    chosen = key(model.row_at(index.row())) if index.isValid() else None
    yield
    if chosen is None:
        return
    for row in range(model.rowCount()):
        if key(model.row_at(row)) == chosen:
            view.selectRow(row)
            return
    view.selectionModel().clear()  # gone from the list: nothing chosen, rather than another row
