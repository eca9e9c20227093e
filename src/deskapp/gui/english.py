"""English mode's two fixes for every list, made once for the whole program (issue 12 §3):

- a cell whose text comes from a service (待处理, 借出, a morning-list item…) is shown through
  `service_text.said`: each list view gets `SaidDelegate` when it is first shown, so no view
  has to remember it and the models keep the services' values for sorting and filtering;
- a combo box of service values (待处理, 现金…) shows them through `said` as well, by a style
  that translates what it draws: the items keep the services' text, which some forms hand back;
- a header whose English is longer than its column is widened to its text, and so is a column
  whose first rows' service texts are (English words are wider than the Chinese the columns
  were sized for: 自住 → "Owner-occupied").

Installed by gui/i18n.install in English mode only; the Chinese desk pays nothing for it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QProxyStyle, QStyle, QStyledItemDelegate, QStyleOptionComboBox,
    QStyleOptionMenuItem,
)

from deskapp.gui.service_text import said


class SaidDelegate(QStyledItemDelegate):
    def displayText(self, value, locale) -> str:  # noqa: N802 (Qt)
        return said(super().displayText(value, locale))


class SaidStyle(QProxyStyle):
    """Draws a combo box's current text and its list's entries through `said`."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt)
        if element == QStyle.ControlElement.CE_ComboBoxLabel:
            option = QStyleOptionComboBox(option)
            option.currentText = said(option.currentText)
        elif element == QStyle.ControlElement.CE_MenuItem and isinstance(widget, QComboBox):
            option = QStyleOptionMenuItem(option)
            option.text = said(option.text)
        super().drawControl(element, option, painter, widget)


def adopt_combo(combo: QComboBox, style: QStyle) -> None:
    """The style, and room for the longest English entry (the combo was sized for the Chinese)."""
    if combo.style() is not style:
        combo.setStyle(style)
    longest = max((len(said(combo.itemText(i))) for i in range(combo.count())), default=0)
    if longest > combo.minimumContentsLength():
        combo.setMinimumContentsLength(longest)


def header_text_width(header: QHeaderView, logical: int) -> int:
    """What the section needs to show its whole title: the text, the margins, a sort arrow."""
    text = header.model().headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
    if not text:
        return 0
    metrics = header.fontMetrics()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) if header.isSortIndicatorShown() else 0
    return max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 4 * margin + arrow


SAMPLE_ROWS = 50  # the rows a list shows first; what scrolls into view later keeps its elision
CELL_CAP = 320  # px: as the billing tables cap a fitted column, so one long text cannot take the page


def translated_cells_width(header: QHeaderView, logical: int) -> int:
    """The widest English of the first rows' service texts in a column (待处理 → "Pending",
    自住 → "Owner-occupied"); data shown as stored (names, addresses) does not widen."""
    view, model = header.parentWidget(), header.model()
    if not isinstance(view, QAbstractItemView):
        return 0
    metrics = view.fontMetrics()
    widest = 0
    for row in range(min(model.rowCount(), SAMPLE_ROWS)):
        value = model.data(model.index(row, logical), Qt.ItemDataRole.DisplayRole)
        if value is None:
            continue
        text = str(value)
        english = said(text)
        if english != text:
            widest = max(widest, max(metrics.horizontalAdvance(line) for line in english.split("\n")))
    if not widest:
        return 0
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return min(widest + 2 * margin + 8, CELL_CAP)


def widen(header: QHeaderView) -> None:
    if header.model() is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        need = max(header_text_width(header, logical), translated_cells_width(header, logical))
        if header.sectionSize(logical) >= need:
            continue
        if header.sectionResizeMode(logical) == QHeaderView.ResizeMode.Stretch:
            # a stretched column gets what is left, but never less than the minimum
            header.setMinimumSectionSize(max(header.minimumSectionSize(), need))
        else:
            header.resizeSection(logical, need)


class _Rewiden(QObject):
    """Widens its header again when the rows change. A child of the header, so its connections
    to a model that outlives the list end with the list."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        header.model().modelReset.connect(self.rows_replaced)
        header.model().rowsInserted.connect(self.rows_added)

    def rows_replaced(self) -> None:
        QTimer.singleShot(0, self, self.now)

    def rows_added(self, _parent, _first, _last) -> None:
        QTimer.singleShot(0, self, self.now)

    def now(self) -> None:
        widen(self.header)


class _Adopt(QObject):
    """Watches for list views, headers and combo boxes being shown (an application-wide event filter)."""

    def __init__(self, app) -> None:
        super().__init__(app)
        self.style = SaidStyle(app.style().name())
        self.style.setParent(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Show:
            if isinstance(obj, QHeaderView):
                self._header(obj)
            elif isinstance(obj, QAbstractItemView) and type(obj.itemDelegate()) is QStyledItemDelegate:
                obj.setItemDelegate(SaidDelegate(obj))
            elif isinstance(obj, QComboBox):
                adopt_combo(obj, self.style)
        return False

    def _header(self, header: QHeaderView) -> None:
        if header.property("deskappWidened"):
            widen(header)
            return
        header.setProperty("deskappWidened", True)
        # a refilled list can bring new columns or reset their widths: widen again after it
        header.sectionCountChanged.connect(lambda _old, _new, h=header: QTimer.singleShot(0, h, lambda: widen(h)))
        if header.model() is not None:  # rows arrive after the list is shown (paged and lazy models)
            _Rewiden(header)
        widen(header)


_filter: _Adopt | None = None


def install(app) -> None:
    global _filter
    if _filter is None:
        _filter = _Adopt(app)
        app.installEventFilter(_filter)


def uninstall(app) -> None:
    global _filter
    if _filter is not None:
        app.removeEventFilter(_filter)
        _filter = None
