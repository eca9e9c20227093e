"""The 收费 forms' long tables go on over the next page (documents/billing/flow.py): a day with 80
deposits and 150 receipts, a letter with 45 owed items, 80 readings to re-read. Read back with
pypdf: every row is printed, every page carries the form's heading and its table's header, no text
is drawn below the page's foot margin, and the signatures stand whole on the last page."""
from __future__ import annotations

from decimal import Decimal as D

from printed_rows import line_with, printed_pages

from deskapp.documents.billing import forms as billing_forms

DAY = "2026-11-27"


def _deposits() -> tuple[tuple[bool, str, str, str, str, D], ...]:
    return tuple((i % 4 != 3, f"车位押金 YJ2026-{i:04d}", f"3-1-{100 + i}", "现金" if i % 2 else "微信",
                  "" if i % 2 else f"WX{i:08d}", D(f"{200 + i}.{i % 100:02d}")) for i in range(1, 81))


def _handover() -> billing_forms.HandoverDoc:
    receipts = tuple((f"SJ2026-{i:06d}", f"5-2-{i:03d}", "现金", D(f"{i}.50"), "正常") for i in range(1, 151))
    total = sum((r[3] for r in receipts), D("0.00"))
    deposits = _deposits()
    net = sum((a if taken else -a for taken, _p, _u, mt, _r, a in deposits if mt == "现金"), D("0.00"))
    return billing_forms.HandoverDoc(
        "翠湖花园物业服务中心", "李收款", DAY, 150, (("现金", total),), total, receipts, (),
        total + net, total + net, "", "王会计", f"{DAY} 17:30", audit_anchor="审计链：第 9 条 · abcd1234",
        deposits=deposits)


def test_a_day_of_80_deposits_and_150_receipts_goes_on_over_pages_with_each_header():
    doc = _handover()
    pages = printed_pages(billing_forms.handover_pdf(doc))
    texts = [t for t, _ in pages]
    everything = "\n".join(texts)
    assert len(pages) > 1
    for n, (text, runs) in enumerate(pages, start=1):
        assert "费用入账和费用移交表" in text and f"收款人：李收款　　日期：{DAY}　　收据张数：150" in text, n
        if n > 1:
            assert "（续）" in text and f"第 {n} 页" in text
        if "车位押金 YJ2026-" in text:  # a part of the deposits table under its own header
            assert line_with(text, "押金收退", "交易流水号", "金额（元）"), n
        if "5-2-" in text:
            assert line_with(text, "收据号", "房号", "支付方式", "状态"), n
        foot = 15 if n < len(pages) else 11  # the last page's foot holds the signatures and the chain head
        assert all(foot - 0.5 <= y <= 297 for y, _ in runs), (n, min(runs))
    for taken, paper, unit, _mt, _ref, amount in doc.deposits:
        assert line_with(everything, "押金收取" if taken else "押金退还", paper, unit,
                          f"{amount if taken else -amount:,.2f}"), paper
    for number, unit, _mt, amount, _st in doc.receipts:
        assert line_with(everything, number, unit, f"{amount:,.2f}"), number
    taken = sum((a for t, *_, a in doc.deposits if t), D("0"))
    returned = sum((a for t, *_, a in doc.deposits if not t), D("0"))
    assert line_with(everything, "押金收取合计", f"{taken:,.2f}")
    assert line_with(everything, "押金退还合计", f"{-returned:,.2f}")
    assert line_with(texts[0], "合计", f"{doc.total:,.2f}")
    assert line_with(everything, f"应有现金：{doc.cash_expected:,.2f}", f"差额：{D('0'):,.2f}")
    assert everything.count("移交人（收款员）") == 1 and "移交人（收款员）" in texts[-1]
    assert "财务接收人：王会计" in texts[-1] and "审计链：第 9 条" in texts[-1]


def test_signatures_that_do_not_fit_under_the_last_table_move_to_a_page_of_their_own():
    base = _handover()
    # receipts that fill page 1 down to its foot margin: the signatures cannot stand under them
    for count in range(20, 60):
        doc = billing_forms.HandoverDoc(**{**base.__dict__, "deposits": (), "count": count,
                                           "receipts": base.receipts[:count]})
        pages = printed_pages(billing_forms.handover_pdf(doc))
        if len(pages) > 1 and not any("正常" in t for _, t in pages[-1][1]):
            break
    else:
        raise AssertionError("no count of receipts left the signatures a page of their own")
    *_, (last, runs) = pages
    assert "移交人（收款员）" in last and "移交人（收款员）" not in pages[-2][0]
    assert min(y for y, t in pages[-2][1] if "正常" in t) < 40  # the rows ran down into the signatures' band
    # one receipt fewer: the signatures still fit under the rows, on the same page
    fewer = billing_forms.HandoverDoc(**{**doc.__dict__, "count": count - 1, "receipts": doc.receipts[:-1]})
    pages = printed_pages(billing_forms.handover_pdf(fewer))
    assert "移交人（收款员）" in pages[-1][0] and line_with(pages[-1][0], f"SJ2026-{count - 1:06d}", "正常")


def test_a_dunning_letter_of_45_owed_items_lists_them_all_and_keeps_the_stamp_clear():
    lines = tuple((f"20{16 + i // 4}Q{i % 4 + 1}", "物业费", f"第 {i + 1} 期", D(f"{300 + i}.00")) for i in range(45))
    total = sum((x[3] for x in lines), D("0"))
    d = billing_forms.DunningDoc("中心", "CJ2026-000009", "3-1-101", "张三", "2015-01-01", lines, total,
                                 "2026年12月04日", "0571-1", "2026年11月27日")
    pages = printed_pages(billing_forms.dunning_pdf([d]))
    everything = "\n".join(t for t, _ in pages)
    assert len(pages) > 1
    for q, item, period, amount in lines:
        assert line_with(everything, q, item, period, f"{amount:,.2f}"), period
    assert line_with(everything, "共计", f"{total:,.2f}")
    for n, (text, _runs) in enumerate(pages, start=1):
        assert "催缴通知单" in text and "CJ2026-000009" in text and "致 3-1-101 室" in text
        if "物业费" in text:
            assert line_with(text, "账期", "收费项目", "金额（元）")
    *_, (last, runs) = pages
    assert "（盖章）" in last and "签收人" in last and everything.count("（盖章）") == 1
    # nothing but the stamp's two lines and the 签收 line in the stamp's band at the foot
    band = [t for y, t in runs if y < 52]
    assert all("盖章" in t or "2026年11月27日" in t or "签收" in t for t in band), band


def test_the_recheck_list_repeats_its_header_on_every_page():
    rows = [(f"3-1-{i:03d}", f"SB{i:05d}", "水", D("10"), D(f"{20 + i}"), D(f"{10 + i}"), "用量突增")
            for i in range(1, 81)]
    pages = printed_pages(billing_forms.recheck_pdf("中心", "2026年11月", rows))
    assert len(pages) == 3
    for n, (text, runs) in enumerate(pages, start=1):
        assert line_with(text, "共 80 项", f"第 {n} 页 共 3 页") and line_with(text, "房号/表名", "复抄读数")
        assert all(y >= 11.5 for y, _ in runs)
    everything = "\n".join(t for t, _ in pages)
    assert all(line_with(everything, code, meter) for code, meter, *_ in rows)


def _statement(lines: int):
    from datetime import date

    from deskapp.documents.billing.statement import StatementDoc
    from deskapp.domain.billing_statement import Account, Row

    rows = tuple(Row(date(2026, 1 + i // 10, 1 + i % 10), f"物业费（2026Q{1 + i // 30}）", "2026.01.01–2026.03.31",
                     D("100.00"), None, None, D(100 * (i + 1))) for i in range(lines))
    total = D(100 * lines)
    account = Account(D("0.00"), rows, total, D("0.00"), D("0.00"), total, D("0.00"), (), D("0.00"), ())
    return StatementDoc("翠湖花园物业服务中心", "0571-88886666", "1-1-101", "王兰", D("63.30"), "2026-01-01",
                        "2026-12-06", "2026-12-06 14:05", "林晓燕", account)


def test_a_long_statement_keeps_its_notes_with_the_signatures_and_says_where_it_goes_on():
    """《业户费用对账单》 over two pages: a page holding only 经办人/业户确认 could not be tied to the
    statement; the notes go with the signatures, and every page but the last says 接下页."""
    from deskapp.documents.billing.statement import statement_pdf

    for lines in range(34, 44):  # around where the table fills the first page
        pages = [text for text, _ in printed_pages(statement_pdf(_statement(lines)))]
        assert len(pages) >= 2 or "经办人" in pages[0]
        signed = [n for n, text in enumerate(pages) if "经办人" in text]
        assert signed == [len(pages) - 1] and "说明：1." in pages[-1], lines
        assert all("接下页" in text for text in pages[:-1]) and "末页" in pages[-1], lines
