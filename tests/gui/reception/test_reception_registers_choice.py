"""信件登记, 工程遗留问题, 业户违章, the reception log and 通知: refilled after a step, the record acted on
stays chosen; one that left the list (a parcel 已领取 under 只看待取) leaves none chosen — kept by row
number, the choice fell on the next parcel, and the next 已领取 or 已电话通知 went to the wrong resident."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, fill_and_save, open_view

from deskapp.domain.reception import MailKind, Notified
from deskapp.gui.forms import FormDialog
from deskapp.gui.widgets import selected_id
from deskapp.services.reception import registers


def test_a_parcel_collected_leaves_none_chosen_and_one_told_stays_chosen(community, admin, unit_id, qtbot):
    ids = [registers.record_mail(community, admin, unit_id=unit_id, kind=MailKind.PARCEL, sender=s)
           for s in ("顺丰", "京东", "中通")]
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.mail)
    mail = view.mail
    qtbot.waitUntil(lambda: mail.table.rowCount() == 3)
    row = next(r for r in range(3) if mail.table.item(r, 3).text() == "京东")
    click_row(qtbot, mail.table, row)

    click(qtbot, button_named(mail, "mailPhone"))  # stays listed, moved or not: still the one chosen
    qtbot.waitUntil(lambda: registers.mail_register(community, admin)[0] is not None)
    assert selected_id(mail.table) == ids[1]

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save())  # 领取人: the owner offered
    click(qtbot, button_named(mail, "mailCollect"))
    answers.wait_all()
    qtbot.waitUntil(lambda: mail.table.rowCount() == 2)
    assert selected_id(mail.table) is None and not mail.table.selectionModel().hasSelection()
    told = {r.id: r.notified for r in registers.mail_register(community, admin)}
    assert told == {ids[0]: Notified.NONE, ids[1]: Notified.PHONE, ids[2]: Notified.NONE}
