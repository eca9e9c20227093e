"""文件资料 pressed as the desk does: the supervisor adds a document with its file (an unreadable file
and a missing effective date refused at their fields, nothing written), adds a new version (the old
one kept and listed) and withdraws another with a reason; a clerk opens (the OS gets the file's
copy under its own name) and prints (the PDF in the desk's print preview) the version in force, and
exports the 文件版本登记表; the unit page of a unit under decoration lists 装修管理规定 with 打开."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from library_support import pdf_file, under_decoration, unit
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from modal_answers import (
    scroll_to_section,
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_open_file,
    patch_save_file, type_text,
)
from support import make_actor

from deskapp.contracts.changes import Change
from deskapp.domain.library import Audience, DocKind, DocumentInput, VersionInput
from deskapp.domain.permissions import Role
from deskapp.gui.library.dialogs import DocumentDialog, EditDocumentDialog, VersionDialog, WithdrawDialog
from deskapp.services import settings, stored_files
from deskapp.services.library import documents as library

SAVE = QDialogButtonBox.StandardButton.Save
OK = QMessageBox.StandardButton.Ok
WM = make_actor(Role.SUPERVISOR, "王敏")


@pytest.fixture
def desk(community, tmp_path):
    settings.set_value(community, make_actor(Role.ADMIN), stored_files.FOLDER, str(tmp_path / "kept"))
    library.add_document(community, WM, DocumentInput("装修管理规定", DocKind.RULES, Audience.DECORATION),
                         VersionInput("2024版", date(2024, 3, 1)),
                         pdf_file(tmp_path / "装修管理规定.pdf", "Decoration rules 2024"))
    return community


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """The operating system's side of 打开: the files it was asked to open."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(Path(url.toLocalFile())) or True)
    return urls


def _texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _row_of(table, title: str) -> int:
    return next(r for r, t in enumerate(_texts(table)) if t[0] == title)


def test_the_supervisor_adds_replaces_and_withdraws(desk, qtbot, tmp_path, monkeypatch):
    handbook = pdf_file(tmp_path / "业户手册2025.pdf", "Handbook 2025")
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "library")
    click_tab(qtbot, view.tabs, view.manage)
    chosen = patch_open_file(monkeypatch, Path("/proc/self/mem"))  # exists, and no read of it succeeds
    seen = {}

    def add(dialog: DocumentDialog) -> None:
        type_text(qtbot, dialog.title, "业户手册")
        dialog.kind.setCurrentIndex(dialog.kind.findData(DocKind.HANDBOOK))
        type_text(qtbot, dialog.label, "2025版")
        click(qtbot, button_named(dialog, "libraryChooseFile"))
        click(qtbot, dialog.buttons.button(SAVE))
        seen["unreadable"] = dialog.problems.text  # refused: no effective date yet
        type_text(qtbot, dialog.effective, "2025-01-01")
        click(qtbot, dialog.buttons.button(SAVE))
        seen["file"] = dialog.problems.text
        seen["still open"] = dialog.isVisible()
        chosen.path = handbook
        click(qtbot, button_named(dialog, "libraryChooseFile"))
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(DocumentDialog, add, accept=False)
    answers.message_box(OK, contains="生效日期")
    answers.message_box(OK, contains="读不出文件")
    click(qtbot, button_named(view.manage, "libraryAdd"))
    answers.wait_all()
    assert "生效日期" in seen["unreadable"] and "读不出文件" in seen["file"] and seen["still open"]
    qtbot.waitUntil(lambda: view.manage.documents.rowCount() == 2)
    row = _row_of(view.manage.documents, "业户手册")
    assert _texts(view.manage.documents)[row][1:6] == ["手册", "全体业户", "2025版", "2025-01-01", "1"]
    assert [d.title for d in library.documents(desk, WM)] == ["业户手册", "装修管理规定"]  # the shelf's too

    click_row(qtbot, view.manage.documents, _row_of(view.manage.documents, "装修管理规定"))
    chosen.path = pdf_file(tmp_path / "装修管理规定2026.pdf", "Decoration rules 2026")

    def new_version(dialog: VersionDialog) -> None:
        type_text(qtbot, dialog.label, "2026版")
        type_text(qtbot, dialog.effective, "2026-07-01")
        type_text(qtbot, dialog.note, "业主大会修订")
        click(qtbot, button_named(dialog, "libraryChooseFile"))
        click(qtbot, dialog.buttons.button(SAVE))

    answers.dialog(VersionDialog, new_version, accept=False)
    click(qtbot, button_named(view.manage, "libraryNewVersion"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.manage.versions.rowCount() == 2)
    tab = view.manage  # the states as the desk's language shows them (a test before may have loaded zh_CN)
    assert [r[:4] for r in _texts(tab.versions)] == [
        ["2026版", "2026-07-01", tab.tr("In force"), "装修管理规定2026.pdf"],
        ["2024版", "2024-03-01", tab.tr("Superseded"), "装修管理规定.pdf"]]

    click_row(qtbot, view.manage.documents, _row_of(view.manage.documents, "业户手册"))

    def withdraw(dialog: WithdrawDialog) -> None:
        type_text(qtbot, dialog.reason, "并入新版业主临时公约")
        click(qtbot, dialog.buttons.button(SAVE))

    answers.dialog(WithdrawDialog, withdraw, accept=False)
    click(qtbot, button_named(view.manage, "libraryWithdraw"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.shelf.documents.rowCount() == 1)
    assert _texts(view.manage.documents)[_row_of(view.manage.documents, "业户手册")][6] == "并入新版业主临时公约"


def test_a_clerk_opens_prints_and_exports(desk, qtbot, tmp_path, monkeypatch, opened):
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "library")
    assert view.manage is None and view.tabs.count() == 1  # adding and withdrawing are the supervisor's
    click_row(qtbot, view.shelf.documents, 0)
    click(qtbot, button_named(view.shelf, "libraryOpen"))
    assert [p.name for p in opened] == ["装修管理规定.pdf"]
    assert opened[0].read_bytes() == (tmp_path / "装修管理规定.pdf").read_bytes()

    answers = ModalAnswers(qtbot)
    preview = answers.pdf_preview()
    click(qtbot, button_named(view.shelf, "libraryPrint"))
    answers.wait_all()
    assert "Decoration rules 2024" in preview.pdf_text

    out = tmp_path / "文件版本登记表.xlsx"
    patch_save_file(monkeypatch, out)
    click(qtbot, button_named(view.shelf, "libraryExport"))
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert any(r[1] == "装修管理规定" and r[4] == "2024版" and r[6] == "现行" for r in rows)


def test_the_unit_page_of_a_unit_under_decoration_opens_its_rules(desk, qtbot, opened):
    works, quiet = unit(desk, "1601", "空置"), unit(desk, "1502")
    under_decoration(desk, works, desk.clock.today())
    window = desk_window(qtbot, desk, "CLERK")
    assert scroll_to_section(qtbot, window.open_unit(quiet), "library").table.rowCount() == 0
    section = scroll_to_section(qtbot, window.open_unit(works), "library")
    assert _texts(section.table) == [["装修管理规定", "2024版", "2024-03-01", "装修管理规定.pdf"]]
    click_row(qtbot, section.table, 0)
    click(qtbot, button_named(section, "unitDocumentOpen"))
    assert [p.name for p in opened] == ["装修管理规定.pdf"]


def test_print_of_a_word_file_opens_it_for_its_own_program(desk, qtbot, tmp_path, opened):
    word = tmp_path / "业户手册.docx"
    word.write_bytes(b"PK\x03\x04 word/document.xml " * 40)
    library.add_document(desk, WM, DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL),
                         VersionInput("2025版", date(2025, 1, 1)), word)
    window = desk_window(qtbot, desk, "STEWARD")
    view = open_view(qtbot, window, "library")
    click_row(qtbot, view.shelf.documents, _row_of(view.shelf.documents, "业户手册"))
    click(qtbot, button_named(view.shelf, "libraryPrint"))
    assert [p.name for p in opened] == ["业户手册.docx"] and opened[0].read_bytes() == word.read_bytes()


def test_the_supervisor_puts_a_documents_title_right(desk, qtbot):
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "library")
    click_tab(qtbot, view.tabs, view.manage)
    tab = view.manage
    assert tab.documents.selectedItems() and tab.versions.rowCount() == 1  # the first document, its versions

    def fix(dialog: EditDocumentDialog) -> None:
        assert dialog.title.text() == "装修管理规定" and dialog.audience.currentData() is Audience.DECORATION
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "小区装修管理规定")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(EditDocumentDialog, fix, accept=False)
    click(qtbot, button_named(tab, "libraryEdit"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _texts(tab.documents)[0][0] == "小区装修管理规定")
    assert _texts(tab.versions)[0][0] == "2024版"



def test_a_withdrawn_document_says_why_it_is_not_changed(desk, qtbot):
    """修改…, 换新版本… and 停用… on a withdrawn document did nothing at all; now each says it is withdrawn
    and kept as it was — and with no document at all on the shelf, 打开 says what to choose."""
    doc_id = library.documents(desk, WM)[0].id
    library.withdraw(desk, WM, doc_id, "并入业户手册")
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "library")
    click_tab(qtbot, view.tabs, view.manage)
    click_row(qtbot, view.manage.documents, _row_of(view.manage.documents, "装修管理规定"))
    for name in ("libraryEdit", "libraryNewVersion", "libraryWithdraw"):
        answers = ModalAnswers(qtbot)
        said = answers.message_box()
        click(qtbot, button_named(view.manage, name))
        answers.wait_all()
        assert "装修管理规定" in said.text and "并入业户手册" in said.text, name
    click_tab(qtbot, view.tabs, view.shelf)
    assert view.shelf.documents.rowCount() == 0
    answers = ModalAnswers(qtbot)
    said = answers.message_box()
    click(qtbot, button_named(view.shelf, "libraryOpen"))
    answers.wait_all()
    assert said.text == view.shelf.tr("Choose a document in the list first.")


def test_the_chosen_document_stays_chosen_and_one_added_is_chosen(desk, qtbot, tmp_path, monkeypatch):
    """The shelf is by kind and title: a document added or withdrawn moved the choice by row onto another
    document, whose versions were shown and to which 换新版本… then added. The document added is now the
    one chosen, and a refill keeps the one chosen before."""
    library.add_document(desk, WM, DocumentInput("停车管理规定", DocKind.RULES, Audience.ALL),
                         VersionInput("2023版", date(2023, 1, 1)), pdf_file(tmp_path / "停车.pdf", "Parking"))
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "library")
    click_tab(qtbot, view.tabs, view.manage)
    docs = view.manage.documents
    click_row(qtbot, docs, _row_of(docs, "装修管理规定"))
    patch_open_file(monkeypatch, pdf_file(tmp_path / "保洁.pdf", "Cleaning"))

    def add(dialog: DocumentDialog) -> None:
        type_text(qtbot, dialog.title, "保洁管理规定")
        dialog.kind.setCurrentIndex(dialog.kind.findData(DocKind.RULES))
        type_text(qtbot, dialog.label, "2026版")
        type_text(qtbot, dialog.effective, "2026-01-01")
        click(qtbot, button_named(dialog, "libraryChooseFile"))
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(DocumentDialog, add, accept=False)
    click(qtbot, button_named(view.manage, "libraryAdd"))
    answers.wait_all()
    qtbot.waitUntil(lambda: docs.rowCount() == 3)
    assert docs.item(docs.currentRow(), 0).text() == "保洁管理规定"
    assert [r[0] for r in _texts(view.manage.versions)] == ["2026版"]

    click_tab(qtbot, view.tabs, view.shelf)
    shelf = view.shelf.documents
    click_row(qtbot, shelf, _row_of(shelf, "装修管理规定"))
    parking = next(d.id for d in library.documents(desk, WM) if d.title == "停车管理规定")
    library.withdraw(desk, WM, parking, "并入业户手册")  # at another desk
    window.session.bus.changed.emit({Change.LIBRARY})
    qtbot.waitUntil(lambda: shelf.rowCount() == 2)
    assert shelf.item(shelf.currentRow(), 0).text() == "装修管理规定"
    assert [r[0] for r in _texts(view.shelf.versions)] == ["2024版"]


def test_printing_a_superseded_version_is_asked_first(desk, qtbot, tmp_path):
    """A clerk who chose the older version in the list (to read it) and pressed 打印 is asked first,
    naming the version in force: 否 prints nothing; the version in force prints with no question."""
    doc = library.documents(desk, WM)[0].id
    library.add_version(desk, WM, doc, VersionInput("2026版", date(2026, 3, 1)),
                        pdf_file(tmp_path / "装修管理规定2026.pdf", "Decoration rules 2026"))
    window = desk_window(qtbot, desk, "CLERK")
    shelf = open_view(qtbot, window, "library").shelf
    click_row(qtbot, shelf.documents, 0)
    assert [r[:3] for r in _texts(shelf.versions)] == [["2026版", "2026-03-01", shelf.tr("In force")],
                                                       ["2024版", "2024-03-01", shelf.tr("Superseded")]]
    click_row(qtbot, shelf.versions, 1)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(shelf, "libraryPrint"))
    answers.wait_all()
    assert asked.text == shelf.tr("{label} of “{title}” is superseded.").format(
        label="2024版", title="装修管理规定") + " " + shelf.tr(
        "The version in force is {label}, effective from {day}.").format(label="2026版", day="2026-03-01") + \
        "\n\n" + shelf.tr("Print {label} all the same?").format(label="2024版")
    # 否: the click returned with no preview (one opened would have held it, unanswered)

    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    old = answers.pdf_preview()
    click(qtbot, button_named(shelf, "libraryPrint"))
    answers.wait_all()
    assert "Decoration rules 2024" in old.pdf_text

    click_row(qtbot, shelf.versions, 0)
    answers = ModalAnswers(qtbot)
    current = answers.pdf_preview()  # no question first: a question left unanswered would fail the test
    click(qtbot, button_named(shelf, "libraryPrint"))
    answers.wait_all()
    assert "Decoration rules 2026" in current.pdf_text


def test_the_supervisor_opens_the_version_just_added_from_the_managing_tab(desk, qtbot, tmp_path, opened):
    """文件管理 had no 打开: the supervisor who added a version went to the other tab to check the file."""
    doc = library.documents(desk, WM)[0].id
    library.add_version(desk, WM, doc, VersionInput("2026版", date(2026, 3, 1)),
                        pdf_file(tmp_path / "装修管理规定2026.pdf", "Decoration rules 2026"))
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "library")
    click_tab(qtbot, view.tabs, view.manage)
    click_row(qtbot, view.manage.documents, 0)
    click(qtbot, button_named(view.manage, "libraryManageOpen"))
    assert [p.name for p in opened] == ["装修管理规定2026.pdf"]
    click_row(qtbot, view.manage.versions, 1)
    click(qtbot, button_named(view.manage, "libraryManageOpen"))
    assert [p.name for p in opened] == ["装修管理规定2026.pdf", "装修管理规定.pdf"]


def test_the_unit_pages_documents_name_their_columns_apart_in_chinese(desk, qtbot, desk_app):
    """The unit page's 在用文件资料 was headed 文件 … 文件 (the document and its file): now 文件名称 … 文件,
    as on the 文件资料 tab."""
    works = unit(desk, "1601", "空置")
    under_decoration(desk, works, desk.clock.today())
    window = desk_window(qtbot, desk, "CLERK")
    section = scroll_to_section(qtbot, window.open_unit(works), "library")
    headers = [section.table.horizontalHeaderItem(c).text() for c in range(section.table.columnCount())]
    assert headers == ["文件名称", "版本", "生效日期", "文件"]
