"""The app's translations are read into memory at the start (gui/i18n.install): an update that
replaces the package's .qm files under a running desk does not change what the desk shows."""
from __future__ import annotations

import shutil

from support import make_session, make_actor

from deskapp.domain.permissions import Role
from deskapp.gui import i18n
from deskapp.resources_path import resource


def test_the_ui_stays_chinese_after_its_qm_files_are_overwritten_and_deleted(community, desk_app, qtbot, tmp_path):
    from deskapp.gui.reception.handover_tab import HandoverTab

    for qm in resource("translations").glob("deskapp_*_zh_CN.qm"):
        shutil.copy(qm, tmp_path / qm.name)
    try:
        loaded = i18n.install(desk_app, "zh_CN", folder=tmp_path)
        assert "deskapp_reception_zh_CN.qm" in loaded
        for qm in tmp_path.glob("*.qm"):  # an installer writing the new files over the old, then removing them
            size = qm.stat().st_size
            with open(qm, "r+b") as fh:
                fh.write(b"\0" * size)
            qm.unlink()
        tab = HandoverTab(make_session(community, make_actor(Role.CLERK)))
        qtbot.addWidget(tab)
        assert tab.buttons["go"].text() == "转到(&G)"
        assert tab.buttons["draft"].text() == "起草今日交接表"
    finally:
        i18n.install(desk_app, "zh_CN")  # the package's own, as every other GUI test expects
