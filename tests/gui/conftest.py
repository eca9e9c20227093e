from __future__ import annotations

import pytest

from support import make_session

from deskapp.gui.session import DeskSession


@pytest.fixture(autouse=True)
def collect_in_gui_thread(qapp):
    """As the program does once it is open (gui/main_thread_gc.py): no cyclic collection in a
    Job's thread, where it would destroy a finished test's widgets off the GUI thread and crash.
    Between tests no event loop runs the collector's timer: each test ends with its check."""
    from deskapp.gui import main_thread_gc

    collector = main_thread_gc.install(qapp)
    yield
    collector.check()


@pytest.fixture(autouse=True)
def no_quit_left_behind(qapp):
    """A test that ran the desk's own start (DeskStart: app.exec()) leaves its window to a deferred
    delete; once that runs the last window has closed and Qt quits — outside any exec(), which sets
    Qt's quit-now flag, and from then on every dialog's exec() in this process returned at once
    (later tests in the same worker: "never shown"). The deletion is done here, and the flag, if
    set, cleared as only QCoreApplication.exec() clears it."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    probe = QEventLoop()
    QTimer.singleShot(0, probe, probe.quit)
    if probe.exec() == -1:  # returned without running: the flag is set
        QTimer.singleShot(0, qapp, qapp.quit)
        qapp.exec()


@pytest.fixture
def desk_app(qapp):
    """The QApplication with the shipped font and the zh_CN translation, as users get it."""
    from deskapp.gui import fonts, i18n

    fonts.install(qapp)
    i18n.install(qapp, "zh_CN")
    yield qapp


@pytest.fixture
def desk_session(community, admin, desk_app) -> DeskSession:
    return make_session(community, admin)


@pytest.fixture
def main_window(desk_session, qtbot):
    from deskapp.gui.main_window import MainWindow

    window = MainWindow(desk_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def unit_id(community, admin, desk_app) -> int:
    """3-1-502, a delivered flat owned by 张伟 (138 1234 5678): the reception tests' unit. A test
    module that needs another unit defines its own `unit_id`."""
    from datetime import date

    from deskapp.domain.people import Relation
    from deskapp.services.registry import people as registry_people
    from deskapp.services.registry import units as registry_units
    from deskapp.services.registry.people import PersonInput

    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "502", "kind": "住宅",
                                                        "state": "自住", "building_area": "98.5", "floor": "5"},
                                     delivered_on=date(2020, 1, 1))
    registry_people.add_person(community, admin, uid, PersonInput("张伟", "13812345678"), Relation.OWNER)
    return uid


@pytest.fixture
def complaint_chosen(community, admin, unit_id, qtbot):
    """A complaint of 3-1-502 (卫生间吊顶渗水) chosen on a clerk's 需求/投诉 tab: (its id, the reception view)."""
    from deskapp.domain.reception import RequestKind
    from deskapp.services.reception import requests
    from deskapp.services.reception.requests import RequestInput
    from modal_answers import click_row, click_tab, desk_window, open_view

    rid = requests.record_request(community, admin, RequestInput("卫生间吊顶渗水", unit_id=unit_id,
                                                                 kind=RequestKind.COMPLAINT))
    view = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "reception")
    click_tab(qtbot, view, view.requests)
    click_row(qtbot, view.requests.table, 0)
    return rid, view
