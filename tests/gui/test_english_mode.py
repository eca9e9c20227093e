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
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialogButtonBox, QGroupBox, QHeaderView, QLabel,
    QTableView, QTabWidget, QTreeView,
)

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.domain.people import Relation  # noqa: E402
from deskapp.domain.reception import RequestKind  # noqa: E402
from deskapp.gui import i18n  # noqa: E402
from deskapp.gui.forms import FormDialog  # noqa: E402
from deskapp.gui.service_text import said  # noqa: E402
from deskapp.services.registry import people as registry_people  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402
from deskapp.services.reception import notices, repairs, requests  # noqa: E402
from deskapp.services.reception.repairs import RepairInput  # noqa: E402
from deskapp.services.reception.requests import RequestInput  # noqa: E402
from deskapp.services.registry.people import PersonInput  # noqa: E402

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
    payments.take_payment(ctx, admin, ids[0], [o.line_id for o in acc.lines], str(acc.total_owed), PayMethod.WECHAT,
        pay_ref="4200002026100112")
    registry_people.add_person(ctx, admin, ids[0], PersonInput("张伟", "13812345678"), Relation.OWNER)
    requests.record_request(ctx, admin, RequestInput("楼上漏水", unit_id=ids[0], kind=RequestKind.COMPLAINT))
    repairs.create_repair(ctx, admin, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    notices.create_notice(ctx, admin, title="停水通知", body="明日停水。")
    ctx.clock.advance(days=3)  # all of it now open from earlier days: the morning list shows it
    return ids[0]


def _data_words(db: Path, *, records: bool) -> set[str]:
    """The Chinese runs of what is on file — names, addresses, what someone typed — that the
    services' catalogue does not translate (a state stored as 待处理 is no data). `records`:
    with the audit trail's and chronicle's sentences, which the logs show as they were written
    (their known words may come out English, the rest stays), and each whole text on file."""
    words: set[str] = set()
    logged: set[str] = set()
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        for table in tables:
            log = "audit" in table or "chronicle" in table
            if log and not records:
                continue
            for row in con.execute(f'select * from "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        (logged if log else words).update(CJK_RUN.findall(value))
                        if records and said(value) == value:
                            words.add(value)
    return {w for w in words if said(w) == w} | logged


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


def _not_english(texts: list[tuple[str, str]], chrome: set[str], records: set[str]) -> list[str]:
    """Shown texts with a Chinese run that is not data: headers, tabs, buttons and labels may
    only quote what is on file; list cells may also quote the logs' sentences."""
    bad = []
    for where, text in texts:
        allowed = records if where.startswith("cell") else chrome
        if text not in allowed and any(run not in allowed for run in CJK_RUN.findall(text)):
            bad.append(f"{where}: {text!r}")
    return bad


def _clipped(view) -> list[str]:
    out = []
    for header in view.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model, metrics = header.model(), header.fontMetrics()
        for i in range(header.count()):
            text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            if text and not header.isSectionHidden(i) and header.sectionSize(i) < metrics.horizontalAdvance(text):
                out.append(f"{header.parent().objectName()} {text!r}: {header.sectionSize(i)} px")
            out += _clipped_cells(header, i)
    return out


def _clipped_cells(header, column: int) -> list[str]:
    """A service text of the first rows (a state, a kind) cut short in English: "Owner-…"."""
    from deskapp.gui.english import CELL_CAP

    view, model = header.parentWidget(), header.model()
    if header.isSectionHidden(column) or not hasattr(view, "fontMetrics"):
        return []
    out = []
    for row in range(min(model.rowCount(), 20)):
        text = str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
        english = said(text)
        wide = max((view.fontMetrics().horizontalAdvance(line) for line in english.split("\n")), default=0)
        if english != text and wide < CELL_CAP - 20 and header.sectionSize(column) < wide:
            out.append(f"{view.objectName()} cell {english!r}: {header.sectionSize(column)} px < {wide} px")
    return out


@pytest.mark.parametrize("role", ["CLERK", "STEWARD", "SUPERVISOR", "ADMIN"])
def test_every_view_speaks_english_and_shows_whole_headers(role, english, community, admin, qtbot):
    uid = _a_day_on_file(community, admin)
    chrome = _data_words(community.db.path, records=False)
    records = _data_words(community.db.path, records=True)
    window = desk_window(qtbot, community, role)
    morning = open_view(qtbot, window, "reception").today
    assert morning.items.model().rowCount() >= 2
    shown_kinds = {_cell(morning.items, r, 1) for r in range(morning.items.model().rowCount())}
    assert {"Complaint", "Common-area repair"} <= shown_kinds, shown_kinds
    bad, clipped, pages = [], [], 0
    for key in window.view_keys():
        view = open_view(qtbot, window, key)
        for tabs, index in _pages(view):
            if tabs is not None:
                click_tab(qtbot, tabs, tabs.widget(index))
            QApplication.processEvents()
            pages += 1
            page = f"{key}/{tabs.tabText(index) if tabs else ''}"
            bad += [f"{page} {b}" for b in _not_english(_shown_texts(view), chrome, records)]
            clipped += [f"{key} {c}" for c in _clipped(view)]
    window.open_unit(uid)   # the unit page, with its sections from every area
    QApplication.processEvents()
    unit_page = window.tabs.currentWidget()
    bad += [f"unit page {b}" for b in _not_english(_shown_texts(unit_page), chrome, records)]
    clipped += [f"unit page {c}" for c in _clipped(unit_page)]
    menus = [a.text() for m in window.menuBar().actions() for a in [m, *m.menu().actions()]]
    bad += [f"menu {t!r}" for t in menus if CJK_RUN.search(t) and t != "简体中文"]   # a language's own name
    assert pages > 10
    assert bad == [], "\n".join(bad)
    assert clipped == []


def _cell(table, row: int, column: int) -> str:
    index = table.model().index(row, column)
    return table.itemDelegateForIndex(index).displayText(index.data(), table.locale())


def test_a_refused_save_says_why_in_english(english, community, admin, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.requests)
    answers = ModalAnswers(qtbot)

    def save_empty(dialog):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(FormDialog, save_empty, accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(view.requests, "rqNew"))
    answers.wait_all()
    assert refusal.title == "Cannot do that"
    assert refusal.text and not CJK_RUN.search(refusal.text), refusal.text
    assert ": " in refusal.text   # the field it names, then what is wrong with it


def test_printed_forms_keep_the_paper_forms_names_in_english_mode(english, community, admin, qtbot):
    repairs.create_repair(community, admin, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.repairs)
    table = view.repairs.findChild(QTableView, "wxTable")
    assert _cell(table, 0, [table.model().headerData(c, Qt.Orientation.Horizontal)
                            for c in range(table.model().columnCount())].index("State")) == "Reported for repair"
    click_row(qtbot, table, 0)
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(view.repairs, "wxPrint"))
    answers.wait_all()
    assert "工程维修单" in printed.pdf_text and "单元门坏" in printed.pdf_text


def test_a_combo_of_service_values_shows_them_in_english(english, community, admin, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.requests)
    answers = ModalAnswers(qtbot)
    seen = {}

    def look(dialog):
        kind = dialog.kind_box
        kind.setCurrentIndex(kind.findData(RequestKind.COMPLAINT))
        # the same combo holding the English word itself: the user sees the same picture
        reference = QComboBox(dialog)
        reference.addItem("Complaint")
        reference.setStyle(kind.style())
        reference.setGeometry(kind.geometry())
        reference.show()
        seen["item"] = kind.currentText()
        seen["same"] = kind.grab().toImage() == reference.grab().toImage()

    answers.dialog(FormDialog, look, accept=False)
    click(qtbot, button_named(view.requests, "rqNew"))
    answers.wait_all()
    qtbot.waitUntil(lambda: "same" in seen)
    assert seen == {"item": "投诉", "same": True}   # the item keeps the service's value for the form


def test_a_whole_demo_centre_speaks_english(english, ctx, admin, qtbot):
    """Every register filled as a centre fills it (the demo community): each list's texts."""
    from deskapp.services import demo

    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=60))
    chrome = _data_words(ctx.db.path, records=False)
    records = _data_words(ctx.db.path, records=True)
    window = desk_window(qtbot, ctx, "ADMIN")
    bad, cells = [], 0
    for key in window.view_keys():
        view = open_view(qtbot, window, key)
        for tabs, index in _pages(view):
            if tabs is not None:
                click_tab(qtbot, tabs, tabs.widget(index))
            QApplication.processEvents()
            texts = _shown_texts(view)
            cells += sum(where.startswith("cell") for where, _ in texts)
            page = f"{key}/{tabs.tabText(index) if tabs else ''}"
            bad += [f"{page} {b}" for b in _not_english(texts, chrome, records)]
            bad += [f"{page} {c}" for c in _clipped(view)]
    assert cells > 500
    assert bad == [], "\n".join(bad)


def test_the_settings_page_names_each_setting_in_english(english, community, qtbot):
    window = desk_window(qtbot, community, "SUPERVISOR")
    entry = next(a for a in window.tools_menu.actions() if a.text().replace("&", "").startswith("Settings"))
    entry.trigger()
    page = window.settings_dialog
    qtbot.waitUntil(page.isVisible)
    try:
        tabs = page.findChild(QTabWidget)
        names = [tabs.tabText(i) for i in range(tabs.count())]
        # each setting's name (its editor's buddy label); the values, such as the default
        # checklist items printed on the paper forms, are the centre's own words
        labels = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        assert len(labels) > 20
        assert [t for t in names + labels if CJK_RUN.search(t)] == []
    finally:
        page.reject()
