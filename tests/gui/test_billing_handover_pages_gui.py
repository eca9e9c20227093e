"""A busy day at the cashier's desk — 150 receipts and 80 deposits taken and given back — handed
over through the 费用移交 tab as the clerk does (移交…, then 打印): the printed 费用移交表 goes on over
several pages, every deposit and every receipt is on it under its table's header, the totals are
right, and the signatures stand once, on the last page."""
from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtWidgets import QMessageBox
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text
from printed_rows import line_with, printed_pages

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import DepositKind, DepositMoney, EntryKind
from deskapp.services.billing import deposits, payments
from deskapp.services.registry import units as registry_units


def _busy_day(ctx, actor, unit: int) -> list[tuple[str, D, bool]]:
    """150 prepayments paid in cash, 80 parking deposits taken (the odd ones in cash, the even
    ones by 微信; every fourth given back in cash the same day); returns each deposit's (number, amount, taken) as the sheet should show it."""
    for i in range(1, 151):
        payments.take_payment(ctx, actor, unit, [], f"{i}.50", PayMethod.CASH, to_prepayment=True)
    shown = []
    with ctx.uow() as uow:
        for i in range(1, 81):
            money = DepositMoney(PayMethod.WECHAT, f"WX{i:08d}") if i % 2 == 0 else DepositMoney()
            amount = D(f"{200 + i}.00")
            deposits.take(uow.session, ctx, actor, DepositKind.PARKING, f"test-lease:{i}", unit_id=unit, payer="张三",
                          amount=amount, source_ref=f"YJ2026-{i:04d}", money=money)
            shown.append((f"YJ2026-{i:04d}", amount, True))
            if i % 4 == 0:
                deposits.settle(uow.session, ctx, actor, f"test-lease:{i}", EntryKind.REFUNDED, amount, "租约取消")
                shown.append((f"YJ2026-{i:04d}", -amount, False))
        uow.commit()
    return shown


def _check_sheet(pdf: bytes, shown: list[tuple[str, D, bool]]) -> None:
    pages = printed_pages(pdf)
    everything = "\n".join(text for text, _ in pages)
    assert len(pages) > 1
    for n, (text, runs) in enumerate(pages, start=1):
        assert "费用入账和费用移交表" in text and "收据张数：150" in text, n
        assert all(11 <= y <= 297 for y, _ in runs), n  # nothing drawn off the A4 page or into its foot
        if n > 1:
            assert f"第 {n} 页" in text
        if "YJ2026-" in text:
            assert line_with(text, "押金收退", "交易流水号", "金额（元）"), n
    for number, amount, taken in shown:
        assert line_with(everything, "押金收取" if taken else "押金退还", f"车位押金 {number}", f"{amount:,.2f}"), number
    for i in range(1, 151):
        assert line_with(everything, f"SJ2026-{i:06d}", "3-1-801", f"{i}.50"), i
    receipts = sum((D(f"{i}.50") for i in range(1, 151)), D("0"))
    taken = sum((a for _n, a, t in shown if t), D("0"))
    returned = sum((a for _n, a, t in shown if not t), D("0"))
    assert line_with(everything, "合计", f"{receipts:,.2f}")
    assert line_with(everything, "押金收取合计", f"{taken:,.2f}") and line_with(everything, "押金退还合计", f"{returned:,.2f}")
    # cash: the receipts, the odd deposits (taken in cash), less every deposit given back (in cash)
    cash = receipts + sum((a for n, a, t in shown if int(n[-4:]) % 2 or not t), D("0"))
    assert f"应有现金：{cash:,.2f}" in everything
    assert everything.count("移交人（收款员）") == 1 and "财务接收人：财务 王会计" in pages[-1][0]


def test_a_busy_days_handover_prints_every_deposit_and_receipt_over_several_pages(community, admin, qtbot):
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                         "building_area": "88", "state": "自住"})
    window = desk_window(qtbot, community, "CLERK")
    shown = _busy_day(community, window.session.actor, unit)
    view = open_view(qtbot, window, "billing")
    tab = view.handover
    click_tab(qtbot, view.tabs, tab)
    qtbot.waitUntil(lambda: tab.deposits.rowCount() == len(shown) and tab.receipts.rowCount() == 150)

    type_text(qtbot, tab.counted, f"{tab.draft.cash_expected}")
    type_text(qtbot, tab.receiver, "财务 王会计")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverDo"))
    answers.wait_all()
    _check_sheet(sheet.pdf, shown)
    qtbot.waitUntil(lambda: tab.deposits.rowCount() == 0 and tab.receipts.rowCount() == 0)

    again = answers.pdf_preview()
    click(qtbot, button_named(tab, "handoverPrint"))
    answers.wait_all()
    _check_sheet(again.pdf, shown)
