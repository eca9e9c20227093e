import io
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from deskapp.documents.keys import inventory, lease, loan_register, plate_slip, tags


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


LEASE = lease.LeaseDoc("ZL2026-0001", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666", "李四",
                          "110***********002X", "138****8000", "3-2-1502", "B-017", "地下", "浙A12345",
                          date(2026, 12, 1), date(2027, 11, 30), 12, Decimal("300.00"), Decimal("3600.00"),
                          Decimal("500.00"))


def test_lease_agreement_has_two_copies_with_parties_terms_and_signatures():
    pages, text = text_of(lease.lease_agreement_pdf(LEASE))
    assert pages == 2
    assert text.count("车位租赁协议") >= 2 and "第一联" in text and "第二联" in text
    for needle in ("ZL2026-0001", "翠湖花园物业服务中心", "李四", "110***********002X", "B-017", "浙A12345",
                   "2026年12月01日", "2027年11月30日", "300.00", "3,600.00", "叁仟陆佰元整", "500.00",
                   "乙方（签字）", "甲方（盖章）", "一式两份"):
        assert needle in text, needle
    assert "11010519491231002X" not in text


def test_each_copy_of_the_lease_agreement_counts_its_own_pages():
    """The 乙方 copy is a document of its own: 第 1 页 共 1 页, as the 甲方 copy, never 第 2 页 共 2 页."""
    reader = PdfReader(io.BytesIO(lease.lease_agreement_pdf(LEASE)))
    feet = [p.extract_text() for p in reader.pages]
    assert ["第二联" in f for f in feet] == [False, True]
    assert all("车位租赁协议　第 1 页 共 1 页" in f for f in feet), feet
    assert not any("共 2 页" in f for f in feet)


def test_a_copy_running_onto_two_pages_counts_them_and_the_next_starts_again():
    """PagedCanvas.copy_begins: a copy of two pages is 第 1/2 页 共 2 页, and the next copy 第 1 页 again."""
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from deskapp.documents.pdf import CopyBegins, PagedCanvas, style

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf)
    foot = lambda canvas, _doc: canvas.page_number(500, 20, before="页脚 ")  # noqa: E731
    doc.build([Paragraph("甲", style()), PageBreak(), Paragraph("甲续", style()), PageBreak(), CopyBegins(),
               Paragraph("乙", style())], onFirstPage=foot, onLaterPages=foot, canvasmaker=PagedCanvas)
    feet = [p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages]
    assert [f.split("页脚 ")[1].strip() for f in feet] == ["第 1 页 共 2 页", "第 2 页 共 2 页", "第 1 页 共 1 页"]


def test_loan_register_prints_every_column_and_row():
    rows = [["2026-11-03 09:12", "3-2-1502", "K0173", "张三（业主本人）", "居民身份证 110***********002X 已核验",
             "维修", "clerk", "2026-11-03 18:00", "2026-11-03 16:40", "张三"]]
    pages, text = text_of(loan_register.loan_register_pdf(loan_register.LoanRegisterDoc(
        "翠湖花园物业服务中心", "2026年11月", date(2026, 11, 27), "clerk", rows)))
    assert pages == 1
    for col in loan_register.LOAN_COLUMNS:
        assert col in text, col
    for v in rows[0]:
        assert v.split(" ")[0] in text, v


def test_long_register_breaks_onto_pages_repeating_the_header():
    rows = [[f"2026-11-{d % 28 + 1:02d} 09:00", f"3-2-{1500 + d}", f"K{d:04d}", "张三", "居民身份证 已核验", "看房",
             "clerk", "", "", ""] for d in range(120)]
    pages, text = text_of(loan_register.loan_register_pdf(loan_register.LoanRegisterDoc("中心", "2026年11月", date(2026, 11, 27),
                                                                              "clerk", rows)))
    assert pages > 1 and text.count("借用人签字") == pages


def test_tag_labels_do_not_name_the_unit():
    pdf = tags.tag_labels_pdf([tags.TagLabel(f"K{n:04d}", "入户门钥匙", f"A柜-{n}") for n in range(1, 8)])
    _, text = text_of(pdf)
    assert "K0001" in text and "K0007" in text and "A柜-7" in text


def test_plate_slip_and_inventory_sheet():
    _, slip = text_of(plate_slip.plate_slip_pdf(plate_slip.PlateSlipDoc("翠湖花园", "浙A12345", "B-017",
                                                                   date(2027, 2, 28), "C0012")))
    assert "浙A12345" in slip and "B-017" in slip and "2027-02-28" in slip
    _, inv = text_of(inventory.inventory_pdf(inventory.InventoryDoc(
        "中心", "2026-11", date(2026, 11, 27), "clerk", "",
        [["托管钥匙", "K0001", "K0001 A-1 入户门钥匙", "2", "0", "1", "短缺 1", "业主取走"]])))
    assert "月度盘点表" in inv and "短缺 1" in inv and "业主取走" in inv and "盘点人签字" in inv
