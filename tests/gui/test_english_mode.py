"""English mode (`deskapp --lang en`, 帮助 ▸ Language ▸ English; issue 12 §3): every view in
English, including what the services say — state and kind labels in the lists, the morning
list, error messages — while data (names, addresses, what someone typed) stays as recorded,
and no header is clipped."""
from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QGroupBox, QHeaderView, QLabel, QTableView, QTabWidget,
    QTreeView,
)

from modal_answers import desk_window, open_view

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.domain.people import Relation  # noqa: E402
from deskapp.domain.reception import RequestKind  # noqa: E402
from deskapp.gui import i18n  # noqa: E402
from deskapp.gui.english import header_text_width  # noqa: E402
from deskapp.services import registry  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402
from deskapp.services.reception import notices, repairs, requests  # noqa: E402
from deskapp.services.reception.repairs import RepairInput  # noqa: E402
from deskapp.services.reception.requests import RequestInput  # noqa: E402
from deskapp.services.registry import PersonInput  # noqa: E402

CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
FIRST_ROWS = 5


@pytest.fixture
def english(desk_app):
    i18n.install(desk_app, "en")
    yield desk_app
    i18n.install(desk_app, "zh_CN")  # the language every other GUI test expects


def _a_day_on_file(ctx, admin) -> int:
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    acc = payments.account(ctx, admin, ids[0])
    payments.take_payment(ctx, admin, ids[0], [o.line_id for o in acc.lines], str(acc.total_owed), PayMethod.WECHAT)
    registry.add_person(ctx, admin, ids[0], PersonInput("张伟", "13812345678"), Relation.OWNER)
    requests.record_request(ctx, admin, RequestInput("楼上漏水", unit_id=ids[0], kind=RequestKind.COMPLAINT))
    repairs.create_repair(ctx, admin, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    notices.create_notice(ctx, admin, title="停水通知", body="明日停水。")
    return ids[0]


def _pages(view):
    tabs = [view] if isinstance(view, QTabWidget) else view.findChildren(QTabWidget)
    return [(t, i) for t in tabs for i in range(t.count()) if t.isTabVisible(i)] or [(None, 0)]


def _shown_texts(view) -> list[tuple[str, str]]:
    """(where, text) of what the user reads on the page: tabs, buttons, labels, group titles,
    headers and the first rows' cells as their delegate shows them."""
    out = []
    for tabs in [view] * isinstance(view, QTabWidget) + view.findChildren(QTabWidget):
        out += [("tab", tabs.tabText(i)) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    out += [("button", b.text()) for b in view.findChildren(QAbstractButton) if b.isVisible()]
    out += [("label", w.text()) for w in view.findChildren(QLabel) if w.isVisible()]
    out += [("group", g.title()) for g in view.findChildren(QGroupBox) if g.isVisible()]
    for table in view.findChildren(QAbstractItemView):
        if not table.isVisible() or table.model() is None or isinstance(table, QHeaderView):
            continue
        model = table.model()
        for c in range(model.columnCount() if isinstance(table, (QTableView, QTreeView)) else 1):
            out.append(("header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
            for r in range(min(FIRST_ROWS, model.rowCount())):
                index = model.index(r, c)
                value = index.data()
                if value is not None:
                    shown = table.itemDelegateForIndex(index).displayText(value, table.locale())
                    out.append((f"cell {table.objectName()}", shown))
    return out


def test_explore(english, community, admin, qtbot):
    _a_day_on_file(community, admin)
    window = desk_window(qtbot, community, "ADMIN")
    found = []
    for key in window.view_keys():
        view = open_view(qtbot, window, key)
        for tabs, index in _pages(view):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            for where, text in _shown_texts(view):
                if CJK_RUN.search(text):
                    found.append(f"{key}\t{where}\t{text!r}")
    Path("/tmp/eng/found.txt").write_text("\n".join(dict.fromkeys(found)))
