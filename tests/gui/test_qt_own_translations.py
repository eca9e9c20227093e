"""Qt's own dialogs speak the desk's language (issue 12 §3): in zh_CN mode the standard
buttons and the (non-native) file chooser come from Qt's bundled qtbase_zh_CN.qm, in English
mode they stay English."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from deskapp.gui import file_dialogs, i18n

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def language(desk_app):
    def use(lang: str):
        i18n.install(desk_app, lang)
    yield use
    i18n.install(desk_app, "zh_CN")  # the language every other GUI test expects


def _buttons_of_a_question() -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    seen: list[str] = []

    def answer():
        if not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.extend(b.text().replace("&", "") for b in box.findChildren(QPushButton) if b.isVisible())
        box.reject()

    QTimer.singleShot(0, answer)
    box.exec()
    return seen


def _texts_of_the_file_chooser(tmp_path) -> list[str]:
    seen: list[str] = []

    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.extend(w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text())
        for box in dialog.findChildren(QDialogButtonBox):
            seen.extend(b.text() for b in box.buttons() if b.isVisible())
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert file_dialogs.save_file(None, "Export", tmp_path / "list.xlsx", "Excel (*.xlsx)") is None
    return seen


def test_chinese_mode_standard_buttons_and_file_chooser_are_chinese(language, tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("DESKAPP_NATIVE_DIALOGS", "0")
    language("zh_CN")
    assert {"确定", "取消", "是", "否"} <= {re.sub(r"\(.*\)", "", t) for t in _buttons_of_a_question()}
    texts = _texts_of_the_file_chooser(tmp_path)
    assert any("文件名" in t for t in texts), texts   # 文件名称 / 文件名
    # Qt 6.12's "&Look in:" and "Files of &type:", which its own catalogue does not have yet
    assert any(t.startswith("查找范围") for t in texts) and any(t.startswith("文件类型") for t in texts), texts
    assert not [t for t in texts if not CJK.search(t)], texts  # no label or button left in English
    # the 类型 column of the chooser's detail view (named from the file name alone, file_dialogs)
    types = file_dialogs.NameOnlyIconProvider()
    assert types.type(QFileInfo(str(tmp_path))) == "文件夹"
    assert types.type(QFileInfo(str(tmp_path / "list.xlsx"))) == "XLSX 文件"
    assert any(re.sub(r"\(.*\)", "", t.replace("&", "")) in {"保存", "取消"} for t in texts), texts
    # the print dialog (PdfPreviewDialog's 打印…) takes its words from the same catalogue
    assert QCoreApplication.translate("QPrintDialog", "Print to File (PDF)") == "打印到文件(PDF)"


def test_english_mode_standard_buttons_and_file_chooser_are_english(language, tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("DESKAPP_NATIVE_DIALOGS", "0")
    language("en")
    assert {"OK", "Cancel", "Yes", "No"} <= set(_buttons_of_a_question())
    texts = _texts_of_the_file_chooser(tmp_path)
    assert not [t for t in texts if CJK.search(t)], texts
    assert any("File name" in t.replace("&", "") for t in texts), texts
