"""The bug class of issue 12 gone for good: no clicked/triggered/toggled signal fills an optional
parameter of its slot (作废… called as `void(reason=False)`, 移交… as `hand_over(confirm=False)`).

What a PySide6 signal is connected to cannot be read back from Qt, so the GUI's source is
scanned (signal_scan.py), the scan is shown to catch each bad form, and a run of the real main
window in every role proves that every connection the window makes at run time is one the scan
has judged."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from signal_scan import Scanner

import deskapp.gui

GUI = Path(deskapp.gui.__file__).resolve().parent


def scan(source: str) -> list[str]:
    return [f.target for f in Scanner({"gui/snippet.py": textwrap.dedent(source)}).findings()]


def test_no_button_action_or_toggle_fills_an_optional_parameter_of_its_slot():
    findings = Scanner.of_folder(GUI).findings()
    assert not findings, "connect these through `lambda _=False: slot()`:\n" + "\n".join(map(str, findings))


def test_the_scan_looks_at_every_gui_module():
    scanner = Scanner.of_folder(GUI)
    scanned = {m.path for m in scanner.modules}
    assert "gui/billing/counter.py" in scanned and "gui/reception/requests_tab.py" in scanned
    assert len(scanned) == len(list(GUI.rglob("*.py")))
    assert len([line for lines in scanner.sites().values() for line in lines]) > 60


BAD = {
    "method with an optional parameter": ("""
        class Counter(QWidget):
            def __init__(self):
                void = QPushButton()
                void.clicked.connect(self.void)
            def void(self, reason=None):
                pass
        """, "self.void"),
    "inherited method": ("""
        class Base(QWidget):
            def export(self, path=None):
                pass
        class Tab(Base):
            def __init__(self):
                self.button.clicked.connect(self.export)
        """, "self.export"),
    "action of a module function": ("""
        def change_role(role=None):
            pass
        def build(menu):
            act = QAction("x")
            act.triggered.connect(change_role)
        """, "change_role"),
    "toggle of a nested function": ("""
        def build(box):
            def refresh(keep_selection=True):
                pass
            box.toggled.connect(refresh)
        """, "refresh"),
    "partial leaving an optional parameter": ("""
        from functools import partial
        class Release(QWidget):
            def __init__(self):
                self.b.clicked.connect(partial(self.open, 3))
            def open(self, unit_id, note=""):
                pass
        """, "partial(self.open, 3)"),
    "slot chosen in a loop over a literal": ("""
        class Users(QDialog):
            def __init__(self):
                for text, slot in (("新建", self.new_user), ("角色", self.change_role)):
                    b = QPushButton(text)
                    b.clicked.connect(slot)
            def new_user(self):
                pass
            def change_role(self, role=None):
                pass
        """, "slot"),
    "helper connecting its caller's callable": ("""
        def button(text, slot):
            b = QPushButton(text)
            b.clicked.connect(slot)
            return b
        """, "slot"),
    "method of an attribute's class": ("""
        class Notices(QWidget):
            def send(self, path=None):
                pass
        class View(QWidget):
            def __init__(self):
                self.notices = Notices()
                self.send_button.clicked.connect(self.notices.send)
        """, "self.notices.send"),
    "method of a local's class": ("""
        class Slip(QDialog):
            def open_slip(self, unit_id=None):
                pass
        def build(b):
            slip = Slip()
            b.clicked.connect(slip.open_slip)
        """, "slip.open_slip"),
    "lambda whose first parameter takes a value by default": ("""
        def build(buttons, act):
            for action in ("a", "b"):
                buttons[action].clicked.connect(lambda a=action: act(a))
        """, "lambda a=action: act(a)"),
    "menu triggered(QAction) into an optional parameter": ("""
        class View(QWidget):
            def __init__(self):
                self.menu.triggered.connect(self.reload)
            def reload(self, keep=True):
                pass
        """, "self.reload"),
    "signal given as a constructor keyword": ("""
        class Tab(QWidget):
            def __init__(self):
                self.b = QPushButton("导出本月…", clicked=self.export)
            def export(self, path=None):
                pass
        """, "self.export"),
    "index of a combo box into an optional parameter": ("""
        class Register(QWidget):
            def __init__(self):
                self.building.currentIndexChanged.connect(self.reload)
            def reload(self, keep_selection=True):
                pass
        """, "self.reload"),
    "a name the scan cannot resolve": ("""
        def build(b):
            b.clicked.connect(somewhere_else)
        """, "somewhere_else"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_the_scan_catches_the_bad_connection(name):
    source, target = BAD[name]
    assert scan(source) == [target]


def test_the_scan_passes_what_is_safe():
    assert scan("""
        class Tab(QDialog):
            def __init__(self):
                self.void_btn.clicked.connect(lambda _=False: self.void())
                self.refresh_btn.clicked.connect(self.reload)
                self.only_open.toggled.connect(self.set_only_open)
                self.cancel.clicked.connect(self.reject)
                self.table = QTableView()
                self.clear.clicked.connect(self.table.clearSelection)
                for action in ("a", "b"):
                    self.buttons[action].clicked.connect(lambda _=False, a=action: self.act(a))
                self.star.clicked.connect(lambda *args: self.reload())
                self.open.clicked.connect(lambda _=0, row=3: self.act(row))
                self.text.textChanged.connect(self.refilter)
                self.month.currentIndexChanged.connect(lambda i=0: self.act(i))
                self.month.currentIndexChanged.connect(self.set_only_open)
            def void(self, reason=None):
                pass
            def reload(self):
                pass
            def set_only_open(self, on):
                pass
            def act(self, action):
                pass
            def refilter(self, *args):
                pass
        def button(text, slot):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False: slot())
            return b
        """) == []


ROLES = ("CLERK", "STEWARD", "SUPERVISOR", "ADMIN")


class _ConnectRecorder:
    """sys.setprofile hook: where every clicked/triggered/toggled .connect() of the run is made."""

    def __init__(self):
        self.calls: list[tuple[str, int, str]] = []  # (file, line, signal)

    def __call__(self, frame, event, arg):
        if event != "c_call" or getattr(arg, "__name__", "") != "connect":
            return
        signal = repr(getattr(arg, "__self__", "")).split(" ")[1:2]
        name = signal[0].split("(")[0] if signal else ""
        if name in ("clicked", "triggered", "toggled"):
            self.calls.append((frame.f_code.co_filename, frame.f_lineno, name))


@pytest.mark.parametrize("role", ROLES)
def test_every_connection_the_window_makes_is_one_the_scan_judged(role, community, desk_app, qtbot):
    """Builds the main window of `role` and every view in it, recording each connection made;
    each must come from a line of the GUI the scan looked at (so no button is wired in a way the
    scan cannot see), and the scan has nothing against any of them."""
    from support import make_actor

    from deskapp.domain.permissions import Role
    from deskapp.gui.main_window import MainWindow
    from deskapp.gui.session import ChangeBus, DeskSession
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QTabWidget

    from deskapp.services.registry import units as registry_units

    uid = registry_units.create_unit(community, make_actor(Role.ADMIN), {"building": "3", "stairwell": "1", "room": "101",
                                                                   "building_area": "90"})
    session = DeskSession(community, make_actor(Role[role]), ChangeBus())
    recorder = _ConnectRecorder()
    sys.setprofile(recorder)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        for key in window.view_keys():
            view = window.show_view(key)
            for tabs in view.findChildren(QTabWidget):  # sub-tabs built when first shown
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
        window.open_unit(uid)  # the unit page and the areas' sections on it
    finally:
        sys.setprofile(None)

    buttons = window.findChildren(QAbstractButton) + window.findChildren(QAction)
    assert len(buttons) > 30  # the walk reached the views' buttons and actions
    scanner = Scanner.of_folder(GUI)
    sites = scanner.sites()
    ours = [(f, line, s) for f, line, s in recorder.calls if str(GUI.parent) in str(Path(f).resolve())]
    assert len(ours) > 150 and len({f for f, _line, _s in ours}) > 20  # views, sub-tabs and the unit page
    unjudged = []
    for file, line, signal in ours:
        rel = str(Path(file).resolve().relative_to(GUI.parent))
        if not any(first <= line <= last for first, last in sites.get(rel, [])):
            unjudged.append(f"{rel}:{line} .{signal}.connect")
    assert not unjudged, unjudged
    assert not scanner.findings()
