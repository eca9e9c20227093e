"""A paper of several sheets says on each which it is and how many there are (第 2 页 共 3 页):
a sheet that comes loose says what it belongs to, and the reader sees when one is missing. Every
form printed "第 2 页" alone, or nothing. `documents.pdf.PagedCanvas` holds a document's pages
until it is complete; a batch (fee notices, dunning letters) numbers each document on its own.
And a closing block stays whole: the contact phone of a long A5 fee notice, and the audit chain's
head of the 客服部工作交接表, each once took a sheet of its own."""
from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal as D

from printed_rows import printed_pages
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from deskapp.documents.billing import forms as billing_forms, notice as billing_notice
from deskapp.documents.pdf import A4, PagedCanvas, page_of, register_font, style
from deskapp.documents.reception.handover import HandoverLine, HandoverSheet, handover_pdf
from deskapp.documents.rounds.common import build

NUMBER = re.compile(r"第 ?(\d+) ?页 ?共 ?(\d+) ?页")


def _texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _numbers(pdf: bytes) -> list[list[tuple[int, int]]]:
    return [[(int(a), int(b)) for a, b in NUMBER.findall(t)] for t in _texts(pdf)]


def test_a_batch_numbers_each_document_among_its_own_pages():
    register_font()
    buf = io.BytesIO()
    c = PagedCanvas(buf, pagesize=A4)
    for pages in (3, 1, 2):
        c.begin()
        for _ in range(pages):
            c.page_number(500, 20, several_only=True)
            c.drawString(50, 800, "正文")
            c.showPage()
    c.save()
    assert page_of(2, 3) == "第 2 页 共 3 页"
    assert _numbers(buf.getvalue()) == [[(1, 3)], [(2, 3)], [(3, 3)], [], [(1, 2)], [(2, 2)]]


def test_a_form_of_the_shared_build_says_its_page_and_the_total_on_every_sheet():
    story = [Paragraph(f"第 {n} 行：楼道照明检查记录", style(12, leading=20)) for n in range(120)]
    pdf = build(story, "楼道巡查周报表", "翠湖花园物业服务中心")
    numbers = _numbers(pdf)
    total = len(numbers)
    assert total >= 3 and numbers == [[(n, total)] for n in range(1, total + 1)]


def _long_notice(**kw) -> billing_notice.Notice:
    lines = tuple(billing_notice.NoticeLine("车辆管理费", f"车卡 C{i:03d} 浙A{i:05d}", "150 元/月 × 3 个月", D("450.00"))
                  for i in range(kw.pop("lines")))
    return billing_notice.Notice(
        number="TZ2026Q3-00095", centre="翠湖花园物业服务中心", unit_code="3-2-102", owner="张倩", area=D("88.47"),
        period="2026年第三季度（2026.07.01–2026.09.30）", lines=lines, arrears=(), issued_on=date(2026, 10, 8),
        due_on=date(2026, 10, 23), printed_on=date(2026, 10, 8),
        pay_how="请到物业服务中心前台缴费（8:30–17:30），可用现金、微信、支付宝、银行卡或转账。",
        bank="翠湖花园物业服务中心　工商银行杭州滨江支行　1202 0210 0900 0123 456", contact="0571-8876 5432",
        late_rule="", **kw)


def test_a_long_fee_notice_keeps_how_to_pay_whole_and_counts_its_sheets():
    """Whatever the length, the 联系电话 stands with the rest of how to pay, and a notice over two
    sheets says 第 1 页 共 2 页 on the first; a notice of one sheet carries no page number."""
    for count in range(8, 30):
        pdf = billing_notice.notices_pdf([_long_notice(lines=count), _long_notice(lines=1)], size="A5")
        texts, numbers = _texts(pdf), _numbers(pdf)
        phone = [n for n, t in enumerate(texts) if "联系电话" in t]
        assert all("请到物业服务中心前台缴费" in texts[n] and "转账缴费" in texts[n] for n in phone), count
        *long, short = numbers
        assert short == [], count  # the one-line notice after it: a sheet of its own, no number
        if len(long) > 1:
            assert long == [[(n, len(long))] for n in range(1, len(long) + 1)], count
            assert "收费通知单（续）" in texts[1]
        else:
            assert long == [[]], count


def test_a_dunning_letter_over_two_sheets_numbers_them_the_next_letter_starts_again():
    lines = tuple((f"20{16 + i // 4}Q{i % 4 + 1}", "物业费", f"第 {i + 1} 期", D("300.00")) for i in range(45))
    long = billing_forms.DunningDoc("中心", "CJ2026-000009", "3-1-101", "张三", "2015-01-01", lines, D("13500.00"),
                                    "2026年12月04日", "0571-1", "2026年11月27日")
    short = billing_forms.DunningDoc("中心", "CJ2026-000010", "3-1-102", "李四", "2015-01-01", lines[:2],
                                     D("600.00"), "2026年12月04日", "0571-1", "2026年11月27日")
    numbers = _numbers(billing_forms.dunning_pdf([long, short]))
    *first, second = numbers
    assert len(first) >= 2 and first == [[(n, len(first))] for n in range(1, len(first) + 1)]
    assert second == []


def _handover(lines: int, anchor: str = "审计链：第 199 条 · 17be23b4") -> HandoverSheet:
    return HandoverSheet(
        "翠湖花园物业服务中心", "2026-12-06", "周婷", "2026-12-06 17:30", "林晓燕", "2026-12-07 08:35", "钥匙柜已清点",
        "已接班", [HandoverLine("户内维修", f"WX2026-{131 + i:06d}", "3-2-502", "卫生间吊顶渗水（已派工，王建国）",
                                "12-08 13:39", i % 3 == 0, False, "") for i in range(lines)], audit_anchor=anchor)


def test_the_desk_handover_keeps_its_audit_line_with_the_signatures_and_its_numbers_whole():
    for count in range(14, 34):
        pdf = handover_pdf(_handover(count))
        pages = [text for text, _ in printed_pages(pdf)]
        signed = [n for n, t in enumerate(pages) if "交班人签字" in t]
        anchored = [n for n, t in enumerate(pages) if "审计链：第 199 条" in t]
        assert signed == anchored == [len(pages) - 1], (count, signed, anchored)
        everything = "\n".join(pages)
        assert all(f"WX2026-{131 + i:06d}" in everything for i in range(count)), count  # not broken after 000
        numbers = _numbers(pdf)
        if len(pages) > 1:
            assert numbers == [[(n, len(pages))] for n in range(1, len(pages) + 1)], count
        else:
            assert numbers == [[]], count


def test_a_long_signup_sheet_names_the_activity_and_counts_its_sheets():
    from datetime import datetime

    from deskapp.documents.community.activity import Activity, SheetRow, sheet_pdf

    a = Activity("翠湖花园物业服务中心", "中秋游园会", datetime(2026, 9, 25, 14, 30), "中心花园", "陈志刚", 120, True, "",
                 "0571-8876 5432")
    long = sheet_pdf(a, [SheetRow(f"3-1-{100 + n}", "李静", 3, "已报名") for n in range(60)], date(2026, 9, 20))
    numbers = _numbers(long)
    assert len(numbers) >= 3 and numbers == [[(n, len(numbers))] for n in range(1, len(numbers) + 1)]
    assert all("活动报名表　中秋游园会" in t for t in _texts(long))
    assert _numbers(sheet_pdf(a, [SheetRow("3-1-101", "李静", 3, "已报名")], date(2026, 9, 20))) == [[]]
