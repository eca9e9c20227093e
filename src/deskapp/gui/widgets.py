"""The widgets every area's tabs are built from: a register's table view and the row under its
cursor, a plain table, its filling and the record id of its current row, a button whose click never reaches the slot as an argument, a row of tool
buttons whose shortcuts live while their tab is shown, a row spread to both edges, the month
picker and the print preview, the buttons that act on a table's chosen row. One copy, so the tabs of every area look and behave alike."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QProxyStyle, QPushButton,
    QStyle, QStyleOptionHeader, QTableView, QTableWidget, QMessageBox, QTableWidgetItem, QToolButton, QWidget,
)

from deskapp.gui.printing import PdfPreviewDialog


# What people type (a name, a unit's note, a reason, a contractor, a file's name) shows as typed.
# Qt guesses "rich text" when a string looks like HTML: "<b>张</b>&李" in a label, a message box or a
# tooltip came out bold, or lost characters. Every QLabel of the program is a plain_label; a message
# box's text and a tooltip, which Qt always guesses, go through as_typed.

def plain_label(*args, **kwargs) -> QLabel:
    """A QLabel (same arguments) that shows its text exactly, never as HTML."""
    label = QLabel(*args, **kwargs)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def as_typed(text: str) -> str:
    """`text` for a place that guesses rich text (a message box, a tooltip): unchanged, unless Qt
    would take it for HTML; then the HTML that shows it exactly as it was typed."""
    if not text or not QtText.mightBeRichText(text):
        return text
    return QtText.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class SortArrowStyle(QProxyStyle):
    """A header's sort arrow that says the order of the rows: ▲ ascending (oldest, smallest, A
    first), ▼ descending (newest first). QHeaderView hands the style SortDown for ascending and
    SortUp for descending, and Fusion on Linux draws those as they are named — ▼ over a list in
    ascending order, ▲ over a register read newest first — while Windows' styles draw them the other
    way round. Drawn here as an up or down arrow from the order itself, the same on every PC."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt)
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            ascending = option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown
            element = (QStyle.PrimitiveElement.PE_IndicatorArrowUp if ascending
                       else QStyle.PrimitiveElement.PE_IndicatorArrowDown)
        super().drawPrimitive(element, option, painter, widget)


_sort_arrows: SortArrowStyle | None = None


def true_sort_arrows(view: QTableView) -> None:
    """The view's header draws its sort arrow by `SortArrowStyle` (one style for every header, kept
    by the application)."""
    global _sort_arrows
    if _sort_arrows is None:
        app = QApplication.instance()
        _sort_arrows = SortArrowStyle(app.style().name())
        _sort_arrows.setParent(app)
    view.horizontalHeader().setStyle(_sort_arrows)


def table_view(name: str, model, *, sortable: bool = False, sort_column: int = 0, descending: bool = True,
               widths: Sequence[int] = ()) -> QTableView:
    """A register view, one row selected at a time. A sortable one has its sort indicator set
    before sorting is enabled, so the model (whose sort is a query) is queried once, and its arrow
    drawn as the rows run (`true_sort_arrows`); `widths` are fixed (measuring every cell of a page
    costs more than the query). `sort_column=-1` keeps the model's own order until a header is
    clicked."""
    view = QTableView(objectName=name)
    view.setModel(model)
    if sortable:
        view.horizontalHeader().setSortIndicator(
            sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        true_sort_arrows(view)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(24)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def current(view: QTableView):
    """The row object under the cursor of a table over a model with `row_at` (ListModel,
    PagedTableModel), or None."""
    idx = view.currentIndex()
    if not idx.isValid():
        return None
    return view.model().row_at(idx.row())


def enable_for_row(view: QAbstractItemView, row: Callable[[], object | None], button: QAbstractButton,
                   why_not: Callable[[object], str] = lambda _row: "") -> None:
    """A button that acts on the table's chosen row: greyed while no row is chosen, or while
    `why_not(row)` gives a reason — which its tooltip then says (a voided receipt, a slip handed
    back), so the person sees at once what the button would refuse instead of pressing in vain.
    Looked at again when the current row changes and when the table is refilled."""
    tip = button.toolTip()

    def update() -> None:
        chosen = row()
        reason = "" if chosen is None else why_not(chosen)
        button.setEnabled(chosen is not None and not reason)
        button.setToolTip(as_typed(reason or tip))

    view.selectionModel().currentRowChanged.connect(lambda _now, _before: update())
    model = view.model()
    model.modelReset.connect(update)
    model.layoutChanged.connect(lambda *_: update())
    model.rowsRemoved.connect(lambda *_: update())
    model.dataChanged.connect(lambda *_: update())
    update()


def in_state(*states) -> Callable[[object], str]:
    """`why_not` for `enable_for_row`: the row's `state` must be one of `states` (enum members or
    their texts); otherwise the tooltip names the state it is in (已付款, 已撤回…)."""
    wanted = {getattr(s, "value", s) for s in states}

    def why_not(row) -> str:
        state = getattr(row.state, "value", row.state)
        return "" if state in wanted else QCoreApplication.translate("RowActions", "This one is “{state}”").format(
            state=state)
    return why_not


def simple_table(name: str, headers: list[str], *, several: bool = False, row_numbers: bool = True) -> QTableWidget:
    """A short read-only table filled at once. `several`: more than one row may be selected (and
    columns resized by hand); `row_numbers=False` hides the row numbers where they mean nothing."""
    t = QTableWidget(0, len(headers), objectName=name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if several:
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    else:
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tabbing into the table makes its first row current without selecting it: a focus frame on
        # a row that the buttons acting on "the chosen row" do not see (编辑人员 stayed grey under it)
        t.currentCellChanged.connect(lambda row, _c, _r, _pc: _select_current(t, row))
    t.horizontalHeader().setStretchLastSection(True)
    if row_numbers:
        t.verticalHeader().setDefaultSectionSize(24)
    else:
        t.verticalHeader().setVisible(False)
    return t


def selection_follows_current(view: QTableView) -> None:
    """A one-row list whose buttons act on the selected row: the row made current without being
    selected (tabbing into the list lands on its first row) is selected too, as simple_table's are."""
    view.selectionModel().currentRowChanged.connect(lambda now, _before: _select_current(view, now.row()))


def _select_current(table: QTableView, row: int) -> None:
    if row >= 0 and not table.selectionModel().isRowSelected(row):
        table.selectRow(row)


RED = QColor("#c00000")  # an overdue or expiring row's text


def fill_table(table: QTableWidget, rows: Sequence[Sequence], ids: Sequence = (),
               background: Sequence[QColor | None] = (), *, red: Sequence[bool] = ()) -> None:
    """A simple_table's rows of display values (None shown blank), its columns fitted to them.
    `ids`: each row's record id, kept on its first cell for `selected_id`; `red`: the rows whose
    text is red; `background`: a colour for each row (None: the usual one)."""
    table.setRowCount(len(rows))
    red_text = QBrush(RED)
    brushes: dict[str, QBrush] = {}  # one brush a colour, not one a cell: the morning list has thousands
    for r, values in enumerate(rows):
        fill = background[r] if background else None
        brush = None
        if fill is not None:
            brush = brushes.get(fill.name())
            if brush is None:
                brush = brushes[fill.name()] = QBrush(fill)
        for c, v in enumerate(values):
            item = QTableWidgetItem("" if v is None else str(v))
            if c == 0 and ids:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if red and red[r]:
                item.setForeground(red_text)
            if brush is not None:
                item.setBackground(brush)
            table.setItem(r, c, item)
    fit_columns(table)


def fit_columns(table: QTableView, cap: int | None = None) -> None:
    """Columns fitted to their contents (none but the last wider than `cap` px, if given), the last
    one still reaching the table's right edge when they fit. Qt fits the stretched last column to
    its text too, and once the table is on screen nothing stretches it again until the window is
    resized: a list refreshed after a save was left with its header ending mid-table."""
    table.resizeColumnsToContents()
    if cap is not None:
        for col in range(table.horizontalHeader().count() - 1):
            table.setColumnWidth(col, min(table.columnWidth(col), cap))
    header = table.horizontalHeader()
    # a table not on screen yet is laid out to its edge when it is shown
    if table.isVisible() and header.stretchLastSection() and header.length() < table.viewport().width():
        # switching the stretch off and on makes Qt lay the last column out to the edge again
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)


def reselect(table: QTableWidget, ids: Sequence, chosen, default: int = -1) -> None:
    """After a refill, the row whose record id (`ids`, in the rows' order) is `chosen` selected again, else
    row `default` (-1: none): a list ordered by name or date keeps the record chosen, not the row number —
    kept by number, the choice moved onto another record when one was added or went away."""
    row = next((i for i, x in enumerate(ids) if x == chosen), default)
    if 0 <= row < table.rowCount():
        table.selectRow(row)


def refill(table: QTableWidget, rows: Sequence[Sequence], ids: Sequence, **kw) -> None:
    """`fill_table` for a list whose buttons act on the chosen row: the record chosen before stays
    chosen by its id, and one that left the list (挂失 or 注销 under 有效) leaves nothing chosen. Kept
    by row number, the choice fell on the next record, and the next 补办 or 注销 acted on that one."""
    chosen = selected_id(table) if table.selectionModel().hasSelection() else None
    table.selectionModel().clear()
    fill_table(table, rows, ids, **kw)
    reselect(table, ids, chosen)


def told_unless(chosen, parent: QWidget, title: str, text: str):
    """`chosen` (the row, record or line a button acts on) as it is; when it is None, a message
    saying what to choose first (`text`) — a button that did nothing at all left the person guessing
    whether it had worked."""
    if chosen is None:
        QMessageBox.information(parent, title, as_typed(text))
    return chosen


def selected_id(table: QTableWidget):
    """The record id `fill_table` kept on the current row's first cell, or None."""
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(Qt.ItemDataRole.UserRole)


def button(text: str, name: str, slot, shortcut: str = "") -> QPushButton:
    b = QPushButton(text, objectName=name)
    if shortcut:
        b.setShortcut(shortcut)
        b.setToolTip(shortcut)
    b.clicked.connect(lambda _=False: slot())  # never hand clicked's bool to the slot
    return b


class ActionRow(QHBoxLayout):
    """Tool buttons with shortcuts that work while the tab is shown, wherever the focus is (Qt
    ignores the shortcuts of a hidden tab, so the tabs' Ctrl+N do not clash)."""

    def __init__(self, owner: QWidget):
        super().__init__()
        self.owner = owner

    def add(self, name: str, text: str, slot, *, shortcut: str = "", allowed: bool = True) -> QAction:
        act = QAction(text, self.owner)
        # the button shows the action's icon text, which Qt takes from the text without its "&":
        # 新建楼栋(&B) showed as 新建楼栋(B) and Alt+B did nothing. Given as it is, the button
        # underlines the letter and takes Alt+letter while it is shown.
        act.setIconText(text)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _=False: slot())
        act.setVisible(allowed)
        self.owner.addAction(act)
        if allowed:
            b = QToolButton()
            b.setDefaultAction(act)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.addWidget(b)
        return act


def edge_row(left: Iterable[QWidget], right: Iterable[QWidget] = ()) -> QHBoxLayout:
    """A row above or under a register: filters or buttons from the left edge, a stretch, then
    what stays at the right edge (the count, the buttons for the whole register)."""
    row = QHBoxLayout()
    for w in left:
        row.addWidget(w)
    row.addStretch(1)
    for w in right:
        row.addWidget(w)
    return row


def month_combo(today: date, name: str, *, blank: str | None = None, months: int = 24) -> QComboBox:
    """The month picker: this month and the `months - 1` before it, newest first, as "2026-11";
    `blank` is a first entry meaning "any month" (its data is None)."""
    combo = QComboBox(objectName=name)
    if blank is not None:
        combo.addItem(blank, None)
    y, m = today.year, today.month
    for _ in range(months):
        combo.addItem(f"{y}-{m:02d}", f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return combo


def preview(parent: QWidget, pdf: bytes, title: str, name: str) -> PdfPreviewDialog:
    """Show a printed form before it is printed or saved; kept on the parent while shown (a
    dialog nobody holds would be collected)."""
    dlg = PdfPreviewDialog(pdf, title, name, parent)
    dlg.open()
    parent.shown_preview = dlg
    return dlg


class _FirstShown(QObject):
    """Calls `load` once, the first time the watched widget is shown."""

    def __init__(self, widget: QWidget, load: Callable[[], None]):
        super().__init__(widget)
        self.load = load
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.deleteLater()
            self.load()
        return False


def load_when_shown(widget: QWidget, load: Callable[[], None]) -> None:
    """`load` (a list's first query) now if `widget` is on screen, else when it is first shown: a
    tab behind the one a person lands on costs nothing at the sign-in (at 20,000 units the clerk's
    registers behind 今日 were ~0.1 s of it). Opened by a click or by 转到, it is loaded as it shows."""
    if widget.isVisible():
        load()
    else:
        _FirstShown(widget, load)
