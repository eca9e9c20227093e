"""What the reception clerk read on the printed 《钥匙借用登记表》 (walk of 2026-12-07): a key lent to
a stranger on a supervisor's word showed only "王丽华 批准" — the reason the supervisor gave was on
file but on neither the paper nor the Excel register — and a key brought back three days late showed just its return time, the
逾期说明 written for it lost. The printed register now carries both (the sheet the reason too);
a key returned on time is not marked, and the Excel sheet keeps its return time a time."""
from __future__ import annotations

from datetime import datetime

import pytest
from modal_answers import ModalAnswers, click, click_tab, desk_window, open_view
from PySide6.QtWidgets import QToolButton

from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.services.keys import custody as keys
from deskapp.services.keys import documents as keys_documents
from deskapp.services.keys.custody import Approval, Borrower
from deskapp.services.registry import people as registry_people, units as registry_units
from deskapp.services.registry.people import PersonInput
from support import CST

OWNER_ID = "11010519491231002X"
REASON = "业主电话授权其亲属取钥匙"
LATE = "装修公司周末施工，业主同意延至周一"


@pytest.fixture
def lent(community, admin, clerk, supervisor, clock, desk_app):
    """3-2-1502's entrance key lent to a stranger on the supervisor's word, due back at 18:00 and
    brought back two days later with a note; its mailbox key lent to the owner and back in time."""
    ctx = community
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    pid = registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13800138000", id_number=OWNER_ID),
                                     Relation.OWNER)
    door = keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托").id
    box = keys.register_key(ctx, admin, uid, KeyKind.MAILBOX, 1, "A柜-13", HoldReason.VACANT, "业主张三书面委托").id
    stranger = keys.lend_key(ctx, clerk, door, Borrower(None, "赵大勇", IdType.RESIDENT, "110101198001011234"),
                             Purpose.DECORATION, approval=Approval(supervisor, REASON))
    owner = keys.lend_key(ctx, clerk, box, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.VIEWING)
    clock.advance(hours=2)
    keys.return_key(ctx, clerk, owner.loan_id, "张三")
    clock.set(datetime(2026, 11, 29, 10, 0, tzinfo=CST))
    keys.add_overdue_note(ctx, clerk, stranger.loan_id, LATE)
    clock.set(datetime(2026, 11, 30, 8, 15, tzinfo=CST))
    keys.return_key(ctx, clerk, stranger.loan_id, "赵大勇")
    return ctx


def _flat(text: str) -> str:
    """The page's text with the line breaks of wrapped cells taken out."""
    return "".join(text.split())


def test_the_printed_register_gives_the_approval_reason_and_the_late_return(lent, qtbot, clerk):
    window = desk_window(qtbot, lent, "CLERK")
    view = open_view(qtbot, window, "keys")
    click_tab(qtbot, view, view.loans)
    tab = view.loans
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    shown = [[tab.model.data(tab.model.index(r, c)) for c in range(tab.model.columnCount())]
             for r in range(tab.model.rowCount())]
    assert any(isinstance(cell, str) and cell.endswith("批准") for row in shown for cell in row)

    button = next(b for b in tab.findChildren(QToolButton)
                  if b.defaultAction() is not None and b.defaultAction().objectName() == "actLoanPrint")
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button)
    answers.wait_all()
    page = _flat(printed.pdf_text)
    assert _flat(f"批准：{REASON}") in page
    # due 2026-11-27 18:00, back 2026-11-30 08:15: how late, not only that it was
    assert _flat(f"2026-11-30 08:15 逾期 2 天 14 小时归还：{LATE}") in page
    assert page.count("逾期") == 1  # the owner's key came back in time

    # the Excel register keeps 实际归还 a time (its 预计归还 beside it tells the lateness)
    from deskapp.contracts.keys import LoanFilter
    from deskapp.services.keys import custody
    rows = custody.loan_register(lent, clerk, LoanFilter()).rows
    late = next(r for r in rows if r.borrower_name == "赵大勇")
    line = keys_documents.loan_line(late, CST)
    assert isinstance(line[8], datetime) and line[4].endswith(f"批准：{REASON}")
