"""An exception nobody caught in a slot: logged to deskapp.log in the data folder and shown in a
Chinese message naming the log file (gui/uncaught.py, installed by the window's start)."""
from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from deskapp import logs
from deskapp.gui.app import start_log
from deskapp.userpaths import data_dir


@pytest.fixture
def desk_log(desk_app, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # given back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    start_log("test.sqlite")
    yield data_dir() / logs.FILE_NAME
    logs.teardown()


@pytest.mark.allow_logged_errors
@pytest.mark.qt_no_exception_capture  # the program's own hook is what is tested
def test_an_error_in_a_button_slot_is_logged_and_shown(desk_log, qtbot):
    button = QPushButton("保存")
    qtbot.addWidget(button)
    button.show()

    def save():
        raise RuntimeError("磁盘出了问题")

    button.clicked.connect(lambda _=False: save())
    shown: list[str] = []

    class SeeTheBox(QObject):
        """Reads the box as it appears, whoever closes it (a poller left over from another test
        that closes any modal box must not make this one miss it)."""

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox) \
                    and watched.objectName() == "uncaughtError":
                shown.append(watched.text())
                QTimer.singleShot(0, watched.accept)
            return False

    seer = SeeTheBox()
    QApplication.instance().installEventFilter(seer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    QApplication.instance().removeEventFilter(seer)
    assert "程序内部出错：RuntimeError: 磁盘出了问题" in shown[0]
    assert str(desk_log) in shown[0]
    written = desk_log.read_text(encoding="utf-8")
    assert "ERROR deskapp.uncaught: uncaught exception" in written
    assert "Traceback" in written and "RuntimeError: 磁盘出了问题" in written
    assert "desk started on test.sqlite" in written



@pytest.mark.allow_logged_errors
def test_an_error_in_a_worker_thread_is_logged(desk_log):
    def work():
        raise ValueError("读数文件坏了")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    written = desk_log.read_text(encoding="utf-8")
    assert "ValueError: 读数文件坏了" in written and 'in work' in written


@pytest.mark.qt_no_exception_capture  # the program's own hook is what is tested
def test_a_users_error_no_slot_caught_is_said_as_itself_not_as_an_internal_error(desk_log, qtbot):
    """A view that reloads on its own (a timer, another desk's change) while the server is away
    meets the service's Conflict outside any errors.call: the clerk reads what happened."""
    from deskapp.domain.errors import Conflict

    button = QPushButton("刷新")
    qtbot.addWidget(button)
    button.show()

    def reload():
        raise Conflict("与数据库服务器 srv 的连接断了（网络不通）；这一步没有完成，没有保存任何数据。")

    button.clicked.connect(lambda _=False: reload())
    shown: list[tuple[str, str]] = []

    def read_the_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_the_box)
            return
        shown.append((box.icon().name, box.text()))
        box.accept()

    QTimer.singleShot(20, read_the_box)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    icon, text = shown[0]
    assert icon == "Warning" and text.startswith("与数据库服务器 srv 的连接断了") and "内部出错" not in text
    written = desk_log.read_text(encoding="utf-8")
    said = written[written.rindex("WARNING deskapp.uncaught: not caught by its slot: Conflict"):]
    assert "Traceback" not in said  # a user's error, not a bug: no traceback in the log
