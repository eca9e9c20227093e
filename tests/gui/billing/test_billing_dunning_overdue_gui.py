"""催缴通知单 ask only for what is overdue: a quarter's bills are due 30 days after it ends
(billing.due_days), so before that day the clerk's 催缴 issues no letter and says why; after it,
the letters list the quarter's items, numbered, and can be read as printed."""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view  # noqa: E402
from support import CST  # noqa: E402

from deskapp.services.billing import run  # noqa: E402
from deskapp.store.models.billing import DunningNotice  # noqa: E402


@pytest.fixture
def q3_posted(community, admin, clock, desk_app):
    """Building 3's 2026Q3 bills, due 2026-10-30, nothing paid."""
    billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community


def _dun_all(qtbot, tab, answers: ModalAnswers, then) -> None:
    """全选, then 为勾选的房屋开催缴通知单…, answering its question Yes and then `then` (queued first)."""
    click(qtbot, button_named(tab, "arrearsTickAll"))
    answers.message_box(QMessageBox.StandardButton.Yes, contains="催缴通知单")
    then()
    click(qtbot, button_named(tab, "arrearsDun"))
    answers.wait_all()


def _letters(ctx) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(DunningNotice)).scalar_one()


def test_no_letter_before_the_bills_are_due_and_letters_after(q3_posted, clock, qtbot):
    ctx = q3_posted
    clock.set(datetime(2026, 10, 20, 9, 0, tzinfo=CST))  # the quarter's bills are not due until 10-30
    window = desk_window(qtbot, ctx, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.arrears)
    tab = view.arrears
    # owed but not yet due (应收未到期) is not arrears: nobody listed, the sum not yet due said beside
    assert tab.model.rowCount() == 0
    assert tab.total.text().startswith("0 户欠费 0.00 元") and "未到缴费期限、不计欠费：3 户" in tab.total.text()

    # looked at as of a day past the deadline the three are listed; 催缴 today still sends nothing
    tab.as_of.set_value(date(2026, 11, 27))
    click(qtbot, button_named(tab, "arrearsShow"))
    assert tab.model.rowCount() == 3 and "未到缴费期限" not in tab.total.text()
    answers = ModalAnswers(qtbot)
    told = []
    _dun_all(qtbot, tab, answers, lambda: told.append(answers.message_box(QMessageBox.StandardButton.Ok)))
    told = told[0]
    assert "没有已过缴费期限的欠费" in told.text
    assert _letters(ctx) == 0

    clock.set(datetime(2026, 11, 27, 9, 30, tzinfo=CST))  # past due: letters go out
    click(qtbot, button_named(tab, "arrearsShow"))
    assert tab.model.rowCount() == 3
    shown = []
    _dun_all(qtbot, tab, answers, lambda: shown.append(answers.pdf_preview()))
    text = shown[0].pdf_text
    assert _letters(ctx) == 3 and text.count("催缴通知单") >= 3
    assert "截至 2026年11月27日" in text and "请于 2026年12月04日 前" in text and "2026Q3" in text
    assert tab.said.text() == ""  # every ticked unit got its letter


def test_a_bill_due_today_is_not_yet_arrears_and_the_day_after_it_is(q3_posted, clock):
    """The 欠费 list, 《欠费账龄表》's rows and the warning before a release slip all go by the bill's
    缴费期限 (10-30): owed on 10-30 itself but not in arrears, in arrears from 10-31; the counter
    asks for it all along."""
    from deskapp.services.billing import arrears, payments
    from support import make_actor
    from deskapp.domain.permissions import Role

    ctx, boss = q3_posted, make_actor(Role.SUPERVISOR)
    unit = arrears.arrears(ctx, boss, date(2026, 10, 31))[0].unit_id
    for day, listed in ((date(2026, 10, 30), 0), (date(2026, 10, 31), 3)):
        clock.set(datetime.combine(day, datetime.min.time(), tzinfo=CST).replace(hour=10))
        assert len(arrears.arrears(ctx, boss, day)) == listed
        with ctx.reader() as uow:
            assert bool(arrears.arrears_warning(uow.session, ctx, unit)) == bool(listed)
        assert payments.account(ctx, boss, unit).total_owed > 0  # the counter: everything owed now
