"""记账凭证 from real handovers: each voucher balances and its money equals its handover, in the
金蝶 Excel and the 用友 text file read back as finance's software would read them; refunds paid out
reverse what they give back."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from openpyxl import load_workbook
from support import CST

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import DepositMoney, RefundSource
from deskapp.domain.keys import CardKind, CountItem
from deskapp.domain.errors import ValidationError
from deskapp.documents.billing.vouchers import KINGDEE_COLUMNS, U8_OPTIONAL
from deskapp.services import exports, settings
from deskapp.services.billing import deposits, handover, payments, refunds, run, vouchers
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory
from deskapp.services.billing.voucher_accounts import KEYS
from deskapp.domain.billing_vouchers import Account


@pytest.fixture
def two_days(community, admin, clerk, supervisor, clock):
    """The Q3 bill posted 27 Nov. That day (the bill's own quarter): unit 1 pays all in cash with
    31.99 to prepayment, unit 2 pays 100 by WeChat, a cash receipt is voided before the handover.
    5 Jan 2027 (the next quarter): the WeChat receipt is voided (a late void), unit 2 pays the
    rest of its bill by Alipay: arrears collected."""
    ctx = community
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    lines0 = [o.line_id for o in payments.account(ctx, clerk, ids[0]).lines]
    payments.take_payment(ctx, clerk, ids[0], lines0, "800", PayMethod.CASH, to_prepayment=True)
    lines1 = [o.line_id for o in payments.account(ctx, clerk, ids[1]).lines]
    wechat = payments.take_payment(ctx, clerk, ids[1], lines1, "100.00", PayMethod.WECHAT, pay_ref="4200000001")
    wrong = payments.take_payment(ctx, clerk, ids[2], [payments.account(ctx, clerk, ids[2]).lines[0].line_id],
                                  "10.00", PayMethod.CASH)
    payments.void_receipt(ctx, clerk, wrong.id, "收错房号")
    first = handover.hand_over(ctx, clerk, "800.00", "财务 王会计")
    clock.set(datetime(2027, 1, 5, 10, 0, tzinfo=CST))
    payments.void_receipt(ctx, supervisor, wechat.id, "客户退款")
    owed = payments.account(ctx, clerk, ids[1])
    payments.take_payment(ctx, clerk, ids[1], [o.line_id for o in owed.lines], str(owed.total_owed),
                          PayMethod.ALIPAY, pay_ref="2026112722001")
    second = handover.hand_over(ctx, clerk, "0.00", "财务 王会计")
    return ctx, first, second


def _by_account(v):
    out = defaultdict(lambda: D("0.00"))
    for e in v.entries:
        out[(e.account, "借" if e.debit else "贷")] += e.debit or e.credit
    return dict(out)


def test_each_voucher_balances_and_its_money_is_its_handover(two_days, clerk):
    ctx, first, second = two_days
    sep = vouchers.vouchers(ctx, clerk, date(2026, 11, 27), date(2026, 11, 28))
    assert len(sep) == 1 and sep[0].debit == sep[0].credit == D("800.00") + D("100.00")
    assert sep[0].money == first.total == D("900.00")
    assert _by_account(sep[0]) == {
        (Account.CASH, "借"): D("800.00"), (Account.WECHAT, "借"): D("100.00"),
        (Account.REVENUE, "贷"): D("375.00") + D("100.00"),  # current quarter: straight to revenue
        (Account.PAYABLE, "贷"): D("123.00") + D("270.01"),  # 代收水电
        (Account.ADVANCE, "贷"): D("31.99"),
    }
    assert sep[0].attachments == 2  # the receipt voided before the handover books nothing
    nov = vouchers.vouchers(ctx, clerk, date(2027, 1, 1), date(2027, 2, 1))
    assert len(nov) == 1 and nov[0].debit == nov[0].credit
    assert nov[0].money == second.total == second.by_method["支付宝"] + second.by_method["微信"]
    reversal = [e for e in nov[0].entries if "冲销" in e.summary]
    assert {(e.account, e.debit, e.credit) for e in reversal} == {
        (Account.WECHAT, D("-100.00"), D("0.00")), (Account.REVENUE, D("0.00"), D("-100.00"))}
    # the bill posted in Q4 2026 paid in Q1 2027 is arrears collected: 应收账款, not revenue
    assert _by_account(nov[0])[(Account.RECEIVABLE, "贷")] > 0


# issue 17 §2, word for word: the 37 columns of K/3's 凭证引入 in their order
ISSUE_COLUMNS = ("凭证日期, 会计年度, 会计期间, 凭证字, 凭证号, 科目代码, 科目名称, 币别代码, 币别名称, 原币金额, 借方, 贷方, "
                 "制单, 审核, 核准, 出纳, 经办, 结算方式, 结算号, 凭证摘要, 数量, 数量单位, 单价, 参考信息, 业务日期, "
                 "往来业务编号, 附件数, 序号, 系统模块, 业务描述, 汇率类型, 汇率, 分录序号, 核算项目, 过账, 机制凭证, 现金流量")


def _kingdee(path):
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def test_kingdee_file_balances_per_voucher_and_equals_the_handovers(two_days, clerk, tmp_path):
    ctx, first, second = two_days
    out = tmp_path / "凭证.xlsx"
    for month in ("2026-11", "2027-01"):
        exports.run_export(ctx, clerk, "vouchers", out, exports.ExportOptions(month=month, format="kingdee"))
        header, rows = _kingdee(out)
        assert header == KINGDEE_COLUMNS and ", ".join(header) == ISSUE_COLUMNS
        debit, credit = defaultdict(D), defaultdict(D)
        for r in rows:
            assert r["凭证字"] == "记" and r["币别代码"] == "RMB"
            debit[r["凭证号"]] += D(str(r["借方"]))
            credit[r["凭证号"]] += D(str(r["贷方"]))
        assert debit == credit and list(debit) == [1]
        money = sum(D(str(r["借方"])) for r in rows if r["结算方式"])
        assert money == (first if month == "2026-11" else second).total
    assert {r["科目代码"] for r in rows} >= {"101202", "1122"}


def test_u8_text_in_gbk_one_line_per_entry(two_days, clerk, tmp_path):
    ctx, first, _ = two_days
    out = tmp_path / "凭证.txt"
    n = exports.run_export(ctx, clerk, "vouchers", out, exports.ExportOptions(day=date(2026, 11, 27), format="u8"))
    raw = out.read_bytes()
    text = raw.decode("gbk")
    lines = text.split("\r\n")[:-1]
    assert len(lines) == n == 5
    fields = [line.split(",") for line in lines]
    assert all(len(f) == 8 + U8_OPTIONAL and f[:4] == ["2026-11-27", "记", "1", "2"] for f in fields)
    assert sum(D(f[6]) for f in fields) == sum(D(f[7]) for f in fields) == D("900.00")
    assert [f[5] for f in fields][:2] == ["1001", "101201"] and "收费移交" in fields[0][4]


def test_account_map_from_settings_and_refusals(two_days, admin, clerk, tmp_path):
    ctx, *_ = two_days
    settings.set_value(ctx, admin, KEYS[Account.CASH], "100101 库存现金-前台")
    v = vouchers.vouchers(ctx, clerk, date(2026, 11, 27), date(2026, 11, 28))[0]
    assert (v.entries[0].code, v.entries[0].name) == ("100101", "库存现金-前台")
    with pytest.raises(ValidationError) as e:
        settings.set_value(ctx, admin, KEYS[Account.BANK], "银行存款")
    assert "科目代码" in e.value.message
    for opts, field in ((exports.ExportOptions(), "日期"), (exports.ExportOptions(month="2026-11", format="sap"), "格式"),
                        (exports.ExportOptions(month="2026-11", day=date(2026, 11, 27)), "日期")):
        with pytest.raises(ValidationError) as e:
            exports.run_export(ctx, clerk, "vouchers", tmp_path / "x.xlsx", opts)
        assert e.value.field == field
    assert not (tmp_path / "x.xlsx").exists()


@pytest.fixture
def refund_day(community, admin, clerk, supervisor):
    """27 Nov: unit 1 pays 800 in cash, 31.99 of it to prepayment, and a card is issued with a 20 元
    deposit by WeChat and handed back (注销). The same day the cashier pays back the 31.99
    prepayment in cash and the card's deposit by WeChat (two 退款单), then hands the day over."""
    ctx = community
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    payments.take_payment(ctx, clerk, ids[0], [o.line_id for o in payments.account(ctx, clerk, ids[0]).lines],
                          "800", PayMethod.CASH, to_prepayment=True)
    keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 5)
    card = keys_cards.issue_card(ctx, clerk, ids[0], CardKind.ACCESS, "MJ0009", "张三", deposit="20",
                                 deposit_money=DepositMoney(PayMethod.WECHAT, "4200000555"))
    keys_cards.cancel_card(ctx, clerk, card.id, "退卡")  # handed back: the ledger gives its deposit back
    card_deposit = deposits.deposit_page(ctx, clerk, DepositFilter()).rows[0]
    prepaid = refunds.apply(ctx, clerk, RefundSource.PREPAYMENT, "31.99", "多交退回", "张三", unit_id=ids[0])
    deposit = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "20", "退卡", "张三", deposit_id=card_deposit.id)
    for r, method, ref in ((prepaid, PayMethod.CASH, ""), (deposit, PayMethod.WECHAT, "4200000666")):
        refunds.approve(ctx, supervisor, r.id)
        refunds.pay(ctx, clerk, r.id, method, ref)
    made = handover.hand_over(ctx, clerk, "768.01", "财务 王会计")
    return ctx, made, prepaid.number, deposit.number


def _handover_money(h) -> dict[str, D]:
    """The handover's money by method: receipts + deposits taken − deposits returned − refunds."""
    out = defaultdict(lambda: D("0.00"), {m: a for m, a in h.by_method.items() if a})
    for d in h.deposits:
        out[d.method] += d.amount if d.taken else -d.amount
    for r in h.refunds:
        out[r.method] -= r.amount
    return dict(out)


def test_refunds_paid_out_reverse_what_they_give_back(refund_day, clerk):
    ctx, made, prepaid_no, deposit_no = refund_day
    assert [r.number for r in made.refunds] == [prepaid_no, deposit_no]
    [v] = vouchers.vouchers(ctx, clerk, made.day, made.day + timedelta(days=1))
    assert v.debit == v.credit and v.attachments == 1 + 2  # the receipt and the two 退款单
    money = defaultdict(lambda: D("0.00"))
    for e in v.entries:
        if e.method:
            money[e.method] += e.debit - e.credit
    assert v.money == D("768.01") == made.total - made.refunded + made.deposit_money(True) - made.deposit_money(False)
    assert {m: a for m, a in money.items() if a} == {m: a for m, a in _handover_money(made).items() if a}
    assert money["微信"] == D("0.00") and money["现金"] == D("768.01")
    refund_entries = {(e.account, e.method, e.debit, e.credit): e.summary for e in v.entries if "退款单" in e.summary}
    who = f"{made.day:%m-%d} {clerk.display_name}"
    assert refund_entries == {
        (Account.ADVANCE, "", D("31.99"), D("0.00")): f"{who} 退款单 {prepaid_no} 退预存款",
        (Account.CASH, "现金", D("0.00"), D("31.99")): f"{who} 退款单 {prepaid_no} 退预存款·现金",
        (Account.DEPOSITS, "", D("20.00"), D("0.00")): f"{who} 退款单 {deposit_no} 退押金",
        (Account.WECHAT, "微信", D("0.00"), D("20.00")): f"{who} 退款单 {deposit_no} 退押金·微信",
    }


def test_both_files_of_a_refund_day_balance_and_equal_the_handover(refund_day, clerk, tmp_path):
    ctx, made, prepaid_no, deposit_no = refund_day
    expected = {m: a for m, a in _handover_money(made).items() if a}
    xlsx, txt = tmp_path / "凭证.xlsx", tmp_path / "凭证.txt"
    exports.run_export(ctx, clerk, "vouchers", xlsx, exports.ExportOptions(day=made.day, format="kingdee"))
    exports.run_export(ctx, clerk, "vouchers", txt, exports.ExportOptions(day=made.day, format="u8"))
    _, rows = _kingdee(xlsx)
    assert sum(D(str(r["借方"])) for r in rows) == sum(D(str(r["贷方"])) for r in rows)
    money = defaultdict(D)
    for r in rows:
        if r["结算方式"]:
            money[r["结算方式"]] += D(str(r["借方"])) - D(str(r["贷方"]))
    assert {m: a for m, a in money.items() if a} == expected
    assert {(r["科目代码"], D(str(r["借方"])), D(str(r["贷方"]))) for r in rows if prepaid_no in r["凭证摘要"]} == {
        ("2203", D("31.99"), D("0.00")), ("1001", D("0.00"), D("31.99"))}
    assert {(r["科目代码"], D(str(r["借方"])), D(str(r["贷方"]))) for r in rows if deposit_no in r["凭证摘要"]} == {
        ("224101", D("20.00"), D("0.00")), ("101201", D("0.00"), D("20.00"))}
    fields = [line.split(",") for line in txt.read_bytes().decode("gbk").split("\r\n")[:-1]]
    assert len(fields) == len(rows) and all(f[2] == "1" and f[3] == "3" for f in fields)
    assert sum(D(f[6]) for f in fields) == sum(D(f[7]) for f in fields)
    code_money = {"1001": "现金", "101201": "微信", "101202": "支付宝", "1002": "银行"}
    u8_money = defaultdict(D)
    for f in fields:
        if f[5] in code_money:
            u8_money[code_money[f[5]]] += D(f[6]) - D(f[7])
    assert {m: a for m, a in u8_money.items() if a} == expected
    assert [(f[5], f[6], f[7]) for f in fields if deposit_no in f[4]] == [("224101", "20.00", "0.00"),
                                                                           ("101201", "0.00", "20.00")]
