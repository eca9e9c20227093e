"""Qt objects go when the desk lets them go, on the GUI thread, and take nothing of the application
with them: the suite's rare segfault in a GUI test's teardown (a worker lost in pytest-qt's
processEvents, once in main_thread_gc.check) was a refused LendDialog, still shown, collected by the
cyclic garbage collector — its refusal's traceback held it in a cycle — and the collection deleted
the application's QScreen, whose Python wrapper the dialog had been made the parent of when
gui/dialog_size.py asked `dialog.screen()`. Hiding the dialog then read the freed screen."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import weakref
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from modal_answers import ModalAnswers

ROUNDS = 40

# In a child: without the fix the first round's collection segfaults (or the screen is gone), and a
# crash must fail this test, not end the worker that runs the suite.
COLLECTED_WHILE_SHOWN = """
import gc, json, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
from deskapp.gui import dialog_size

app = QApplication([])
dialog_size.install(app)
gc.disable()  # as the desk: the collector runs only when asked (gui/main_thread_gc.py)
gone = []
QGuiApplication.primaryScreen().destroyed.connect(lambda: gone.append("screen"))
earlier = QDialog()  # an earlier dialog, measured as it showed: the screen's wrapper is older
earlier.setWindowTitle("先前的对话框")
earlier.show()
app.processEvents()
for n in range(int(sys.argv[1])):
    dialog = QDialog()
    dialog.setWindowTitle(f"第 {n} 个对话框")
    QVBoxLayout(dialog).addWidget(QLabel("借用人：王五 的授权已到期"))
    dialog.show()  # the desk's sizer measures it against its screen
    app.processEvents()
    dialog.cycle = dialog  # kept in a reference cycle, as a refusal's traceback kept its form
    del dialog
    gc.collect()  # collected while still shown, as main_thread_gc's timer did in processEvents
    app.processEvents()
print(json.dumps({"gone": gone, "screens": len(QGuiApplication.screens()), "rounds": n + 1}))
"""

# A Job whose screen is deleted while its thread still runs: Qt aborts on a QThread destroyed running.
DELETED_WHILE_RUNNING = """
import json, sys, threading, time
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from deskapp.domain.errors import Cancelled
from deskapp.gui.worker import Job

app = QApplication([])
stopped = []
for n in range(int(sys.argv[1])):
    screen = QWidget()
    running = threading.Event()

    def work(progress, cancelled):
        running.set()
        while not cancelled():
            time.sleep(0.002)
        stopped.append(n)
        raise Cancelled()

    Job(screen, "正在导出…", work).start()  # held by its screen only, as a tab's job is
    assert running.wait(30)
    shiboken6.delete(screen)  # the screen closed under the running job
    app.processEvents()
print(json.dumps({"stopped": len(stopped), "rounds": n + 1}))
"""


def _in_child(script: str, rounds: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-X", "faulthandler", "-c", script, str(rounds)], capture_output=True,
                         text=True, timeout=240, env=env)
    assert out.returncode == 0, f"the child ended with {out.returncode}:\n{out.stderr[-3000:]}"
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_shown_dialogs_collected_by_the_garbage_collector_leave_the_screen_alone():
    seen = _in_child(COLLECTED_WHILE_SHOWN, ROUNDS)
    assert seen == {"gone": [], "screens": 1, "rounds": ROUNDS}


def test_a_job_whose_screen_is_deleted_while_it_runs_is_cancelled_and_its_thread_waited_for():
    seen = _in_child(DELETED_WHILE_RUNNING, 10)
    assert seen == {"stopped": 10, "rounds": 10}


def test_the_jobs_thread_has_ended_when_its_outcome_is_taken(desk_app, qtbot):
    from deskapp.gui.worker import Job

    screen = QWidget()
    qtbot.addWidget(screen)
    seen: list[bool] = []
    for n in range(ROUNDS):
        job = Job(screen, "正在计算…", lambda progress, cancelled, n=n: n * 2,
                  done=lambda result: seen.append(job.thread.isRunning()))
        job.start().wait()
        assert job.result == n * 2
    assert seen == [False] * ROUNDS  # whatever done sets off may delete the job and its thread


def test_a_refused_form_goes_as_soon_as_it_is_let_go(desk_app, qtbot):
    """Its refusal stays on its error line without the traceback whose frames held the form: let go,
    it is deleted there and then (no cyclic collection runs in a GUI test), not at a later
    collection inside whatever event the collector's timer interrupted."""
    from deskapp.domain.errors import ValidationError
    from deskapp.gui.forms import FormDialog

    def refuse(values):
        raise ValidationError("借用人", "王五 的授权已于 2026-11-26 到期")

    name = QLineEdit()
    form = FormDialog(None, "借用钥匙", [("借用人", "借用人", name)], refuse)
    form.show()
    qtbot.waitExposed(form)
    answers = ModalAnswers(qtbot)
    box = answers.message_box()
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    answers.wait_all()
    assert "到期" in box.text and "到期" in form.problems.text and form.isVisible()
    assert form.problems.last.__traceback__ is None
    gone = weakref.ref(form)
    form.close()
    del form, box, answers
    assert gone() is None


def _widget_screen_calls(source: str) -> list[int]:
    """Lines calling `x.screen()` or `x.windowHandle()` on anything but the application class."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and not node.args and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("screen", "windowHandle")
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("QGuiApplication", "QApplication"))]


def test_the_scan_finds_a_screen_asked_of_a_widget():
    assert _widget_screen_calls("s = dialog.screen()\nw = self.windowHandle()\nQGuiApplication.primaryScreen()\n") == [1, 2]
    assert _widget_screen_calls('"""`widget.screen()` in words"""\nQGuiApplication.screenAt(p)\n') == []


def test_the_program_asks_the_application_for_the_screen_never_a_widget():
    """A widget asked for its screen (or its window handle) becomes the Python parent of that C++
    object's wrapper; collected, it deleted the application's screen. gui/dialog_size.screen_of asks
    the application instead."""
    import deskapp

    root = Path(deskapp.__file__).parent
    found = [f"{path.relative_to(root)}:{line}" for path in sorted(root.rglob("*.py"))
             for line in _widget_screen_calls(path.read_text(encoding="utf-8"))]
    assert found == []
