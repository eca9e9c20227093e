"""The shift handover sheet (客服部工作交接表) prints the audit chain's head, and it is the
database's: typed back into `check` it agrees; after the trail is cut short it no longer does."""
from __future__ import annotations

import sqlite3

from audit_anchor_support import printed_anchor_agrees
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view


def test_the_printed_handover_sheet_carries_the_chain_head(community, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.handover
    click_tab(qtbot, view, tab)
    click(qtbot, button_named(tab, "handoverDraft"))
    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverPrint"))
    answers.wait_all()
    text = sheet.pdf_text
    assert "客服部工作交接表" in text and "审计链：第" in text
    assert printed_anchor_agrees(community, text)

    community.db.dispose()
    con = sqlite3.connect(community.db.path, isolation_level=None)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log WHERE id >= (SELECT max(id) - 1 FROM audit_log)")
    con.close()
    assert not printed_anchor_agrees(community, text)
