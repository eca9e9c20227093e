from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D

import pytest
from code128_read import read_code128
from pdf_measure import smallest, text_sizes
from pypdf import PdfReader

from deskapp.documents.billing import forms as billing_forms, notice as billing_notice


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _notice(**kw):
    lines = (
        billing_notice.NoticeLine("物业费", "建筑面积 07.01–09.30", "343.93㎡ × 2.5 元/㎡·月 × 3 个月", D("2579.48"),
                                  paid=D("1000.00")),
        billing_notice.NoticeLine("自用水费", "上期 100 → 本期 151.5，用量 51.5 m³", "分月分阶如下", D("220.90"),
                                  parts=(billing_notice.NoticePart("7月 第1阶 ≤15 m³", "15 m³ × 4.1 元/m³ = 61.50"),)),
        billing_notice.NoticeLine("车辆管理费", "车卡 C001 浙A12345 车位 B-012", "150 元/月 × 3 个月", D("450.00")),
        billing_notice.NoticeLine("滞纳金", "逾期欠费 736.56 × 0.0005 × 60 天", "", D("22.10"), waived=D("22.10"),
                                  note="主管减免"),
    )
    base = dict(number="TZ2026Q3-00001", centre="翠湖花园物业服务中心", unit_code="3-1-101", owner="张三", area=D("343.93"),
                period="2026年第三季度（2026.07.01–2026.09.30）", lines=lines,
                arrears=(("物业费", "2025Q4–2026Q2（3 个季度）", D("736.56")),), issued_on=date(2026, 10, 8),
                due_on=date(2026, 10, 23), printed_on=date(2026, 10, 8), pay_how="请到前台缴费",
                contact="0571-88886666", late_rule="逾期未缴的欠费，按每日 0.05% 计收滞纳金。")
    base.update(kw)
    return billing_notice.Notice(**base)


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_notice_pages_read_back(size):
    pdf = billing_notice.notices_pdf([_notice(), _notice(unit_code="3-1-102", number="TZ2026Q3-00002", arrears=())],
                                     size=size)
    pages = _text(pdf)
    assert len(pages) == 2
    # 本期: 3,272.48 billed − 1,000.00 paid − 22.10 waived = 2,250.38 still owed; + 736.56 前期.
    assert "3-1-101" in pages[0] and "2,986.94" in pages[0] and "贰仟玖佰捌拾陆元玖角肆分" in pages[0]
    assert "2,250.38" in pages[0] and "前期欠费合计" in pages[0] and "2025Q4–2026Q2" in pages[0]
    assert "减免" in pages[0] and "主管减免" in pages[0] and "备注" in pages[0]
    assert "2,250.38" in pages[1] and "贰仟贰佰伍拾元叁角捌分" in pages[1]
    assert "补打" not in pages[0] and "已逾期" not in pages[0] and "已缴清" not in pages[0]


@pytest.mark.parametrize("size, floor", [("A4", 8.0), ("A5", 7.0)])
def test_notice_text_is_readable_and_numbers_stay_whole(size, floor):
    pdf = billing_notice.notices_pdf([_notice()], size=size)
    assert smallest(pdf) >= floor == billing_notice.SMALLEST[size]
    runs = [text for page in text_sizes(pdf) for _, text in page]
    # Each number keeps its unit on one line, in the narrow A5 columns too.
    for whole in ("343.93㎡", "2.5 元/㎡·月", "51.5 m³", "浙A12345", "4.1 元/m³", "2,579.48"):
        assert any(whole in t for t in runs), whole


def test_handover_lists_its_receipt_numbers_not_a_range():
    # Cashiers share one series: this cashier's day is 261–263, 265 and 266 (264 is a colleague's).
    own = ("SJ2026-000261", "SJ2026-000262", "SJ2026-000263", "SJ2026-000265", "SJ2026-000266")
    receipts = tuple((n, "3-1-101", "现金", D("10.00"), "正常") for n in own) + (
        ("SJ2026-000120", "3-1-102", "现金", D("-5.00"), "作废（冲减）"),)
    h = billing_forms.HandoverDoc("中心", "李收款", "2026-11-27", 5, (("现金", D("45.00")),), D("45.00"), receipts, (),
                                  D("45.00"), D("45.00"), "", "王会计", "2026-11-27 17:30")
    text = _text(billing_forms.handover_pdf(h))[0]
    assert "收据号（5 张）：SJ2026-000261–000263、SJ2026-000265–000266" in text
    assert " 至 " not in text and "SJ2026-000264" not in text
    assert billing_forms.number_runs(["SJ2026-000007", "XX"]) == "SJ2026-000007、XX"


def test_reprint_overdue_and_paid_up_marks():
    late = _text(billing_notice.notices_pdf([_notice(printed_on=date(2026, 12, 2))]))[0]
    assert "补打" in late and "补打日期：2026年12月02日" in late and "开具日期：2026年10月08日" in late
    assert "已逾期" in late and "按每日 0.05% 计收滞纳金" in late
    settled = tuple(billing_notice.NoticeLine(ln.item, ln.basis, ln.calc, ln.billed, paid=ln.billed)
                    for ln in _notice().lines)
    paid = _text(billing_notice.notices_pdf([_notice(lines=settled, arrears=(), printed_on=date(2026, 12, 2))]))[0]
    assert "已缴清" in paid and "应缴合计：¥ 0.00" in paid and "已逾期" not in paid and "请于" not in paid


def test_long_notice_continues_on_a_second_page():
    many = tuple(billing_notice.NoticeLine("车辆管理费", f"车卡 C{i:03d} 浙A{i:05d} 车位 B-{i:03d}", "150 元/月 × 3 个月",
                                           D("450.00")) for i in range(40))
    pages = _text(billing_notice.notices_pdf([_notice(lines=many)], size="A5"))
    assert len(pages) >= 2 and "收费通知单（续" in pages[1] and "C039" in pages[-1]
    assert "18,000.00" in pages[-1]  # 本期小计 of all 40 lines


def _receipt(voided: str = "") -> billing_forms.ReceiptDoc:
    line = billing_forms.ReceiptLine
    return billing_forms.ReceiptDoc(
        "中心", "SJ2026-000001", "2026-11-27 09:30", "张三", "3-1-101",
        (line("物业费", "3-1-101", "2026.07.01–2026.09.30", "2.5 元/㎡·月", "143.93㎡ × 3 个月", D("1079.48"), D("0")),
         line("车辆管理费", "车卡 C001 浙A12345（车位 B-012）", "2026.07.01–2026.09.30", "150 元/月", "3 个月",
              D("450.00"), D("0")),
         line("车辆管理费", "车位租赁 ZL-007 车位 B-019 浙B67890", "2026.07.01–2026.09.30", "300 元/月", "3 个月",
              D("900.00"), D("50.00")),
         line("公摊电费", "3-1-101", "2026.07.01–2026.09.30", "", "", D("0.00"), D("0"))),
        D("2429.48"), "现金", D("0"), D("2500.00"), D("70.52"), "李收款", voided=voided)


def _red_rects_and_text(pdf: bytes):
    """The rectangles stroked in red (the 作废 stamp) and every text run with its position."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    rects, runs, red = [], [], [False]

    def before(op, args, cm, tm):
        if op == b"RG":
            red[0] = [round(float(v), 2) for v in args] == [0.85, 0.1, 0.1]
        elif op == b"Q":
            red[0] = False
        elif op == b"re" and red[0]:
            rects.append(tuple(float(v) for v in args))

    def text(t, cm, tm, font, size):
        if t.strip():
            runs.append((t, tm[4], tm[5], size))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return rects, runs


def test_receipt_lines_read_alone_and_zero_lines_are_left_out():
    pages = _text(billing_forms.receipt_pdf([_receipt()], paper="A5 两联"))
    assert len(pages) == 2 and "存根" in pages[0] and "客户联" in pages[1]
    first = pages[0]
    for head in ("项目", "房屋/车位/车牌", "所属期间", "单价", "数量", "金额", "优惠"):
        assert head in first
    assert "浙A12345" in first and "B-019" in first and "150 元/月" in first and "300 元/月" in first
    assert "143.93㎡ × 3 个月" in first and "50.00" in first
    assert "公摊电费" not in first  # its line paid 0.00
    assert smallest(billing_forms.receipt_pdf([_receipt()], paper="A5 两联")) >= 7


def test_a_long_receipt_sums_the_lines_that_do_not_fit():
    line = billing_forms.ReceiptLine
    many = tuple(line("车辆管理费", f"车卡 C{i:03d} 浙A{i:05d}", "2026.07.01–2026.09.30", "150 元/月", "3 个月",
                      D("450.00"), D("0")) for i in range(20))
    r = billing_forms.ReceiptDoc("中心", "SJ2026-000002", "2026-11-27 09:30", "张三", "3-1-101", many, D("9000.00"),
                                 "微信", D("0"), None, D("0"), "李收款")
    text = _text(billing_forms.receipt_pdf([r], paper="A5 两联"))[0]
    shown = sum(f"C{i:03d}" in text for i in range(20))
    assert 3 <= shown < 20 and f"共 {20 - shown} 项" in text and f"{450 * (20 - shown):,}.00" in text
    assert "玖仟元整" in text


def test_paper_setting_chooses_the_parts():
    assert len(_text(billing_forms.receipt_pdf([_receipt()], paper="A5 三联"))) == 3
    three = _text(billing_forms.receipt_pdf([_receipt()], paper="A5 三联"))
    assert "记账联" in three[2]
    a4 = billing_forms.receipt_pdf([_receipt()], paper="A4 两联")
    pages = PdfReader(io.BytesIO(a4)).pages
    assert len(pages) == 1 and round(float(pages[0].mediabox.height)) == 842  # A4 portrait, not a lone A5
    assert "存根" in pages[0].extract_text() and "客户联" in pages[0].extract_text()
    assert smallest(a4) >= 8


def test_void_stamp_leaves_the_capitals_readable():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from deskapp.documents.pdf import FONT
    pdf = billing_forms.receipt_pdf([_receipt("作废：收错（主管 2026-11-27 10:00）")], paper="A5 两联")
    text = _text(pdf)[0]
    assert "作废" in text and "贰仟肆佰贰拾玖元肆角捌分" in text and "找零 70.52" in text
    rects, runs = _red_rects_and_text(pdf)
    assert rects, "the stamp is drawn"
    words = [r for r in runs if "大写" in r[0]]
    assert words
    for t, x, y, size in words:
        x2, y2 = x + stringWidth(t, FONT, size), y + size
        for rx, ry, rw, rh in rects:
            assert x2 < rx or x > rx + rw or y2 < ry or y > ry + rh, (t, (x, y, x2, y2), (rx, ry, rw, rh))


def test_handover_and_dunning_read_back():
    h = billing_forms.HandoverDoc("中心", "李收款", "2026-11-27", 60,
                                  (("现金", D("100.00")), ("微信", D("23.45"))), D("123.45"),
                                  tuple((f"SJ2026-{i:06d}", "3-1-101", "现金", D("1.00"), "正常") for i in range(60)),
                                  (("SJ2026-000003", D("1.00"), "重复"),), D("100.00"), D("100.00"), "", "王会计",
                                  "2026-11-27 17:30")
    pages = _text(billing_forms.handover_pdf(h))
    assert len(pages) >= 2 and "费用入账和费用移交表" in pages[0] and "壹佰贰拾叁元肆角伍分" in pages[0]
    assert "收据号（60 张）：SJ2026-000000–000059" in pages[0]
    d = billing_forms.DunningDoc("中心", "CJ2026-000001", "3-1-101", "张三", "2020-01-01",
                                 (("2026Q2", "物业费", "2026.04.01–2026.06.30", D("375.00")),), D("375.00"),
                                 "2026年12月04日", "0571-1", "2026年11月27日")
    text = _text(billing_forms.dunning_pdf([d]))[0]
    assert "催缴通知单" in text and "CJ2026-000001" in text and "叁佰柒拾伍元整" in text
    # A long owner's name moves the text along: dates and amounts still never break across lines.
    long = billing_forms.DunningDoc("中心", "CJ2026-000002", "12-3-2801", "欧阳明远、欧阳明月、上官婉儿", "2019-12-31",
                                    d.lines, D("12,345.67".replace(",", "")), "2026年12月04日", "0571-1", "2026年11月27日")
    lines = _text(billing_forms.dunning_pdf([long]))[0].split("\n")
    for whole in ("2019-12-31", "2026年11月27日 尚有", "12,345.67 元", "2026年12月04日 前"):
        assert any(whole in line for line in lines), whole


def _scan(pdf: bytes, dpi: int):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_notice_barcode_reads_back_at_200_dpi(size):
    page = _scan(billing_notice.notices_pdf([_notice()], size=size), 200)
    # The barcode is in the top right corner: scan the top fifth of the page.
    assert read_code128(page, (page.width // 3, 0, page.width, page.height // 5)) == "TZ2026Q3-00001"


def test_the_reader_refuses_bars_thinner_than_the_scan():
    """The reader has teeth: the old A5 notice's 0.58 pt modules (1.6 dots at 200 dpi) do not read."""
    import io

    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(420, 120))
    Code128("TZ2026Q3-00001", barHeight=16, barWidth=0.8 * 0.72, humanReadable=False).drawOn(c, 20, 40)
    Code128("TZ2026Q3-00001", barHeight=16, barWidth=0.8 * 0.72, humanReadable=False).drawOn(c, 21.3, 80)
    c.save()
    page = _scan(buf.getvalue(), 200)
    assert read_code128(page) is None
    assert read_code128(_scan(buf.getvalue(), 600)) == "TZ2026Q3-00001"  # the same bars, scanned finer
