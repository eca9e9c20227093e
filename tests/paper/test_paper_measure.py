"""The page check itself: it finds small text for the paper it is on, and an amount wrapped in
its table cell, and does not take a column of amounts or a date above an amount for one."""
from __future__ import annotations

import io

from paper_page import bracketed_titles, measure, missing_amounts, problems, spent_sheets
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from deskapp.documents.pdf import A4, A5, register_font, style


def _table_pdf(pagesize, size: float, rows) -> bytes:
    register_font()
    buf = io.BytesIO()
    cells = [[Paragraph(text, style(size)) for text in row] for row in rows]
    t = Table(cells, colWidths=[40 * mm, 14 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    SimpleDocTemplate(buf, pagesize=pagesize).build([t])
    return buf.getvalue()


def test_small_text_is_measured_against_the_paper():
    rows = [["物业费", "1", "2025-06-14"], ["水费", "2", "120.00"]]
    on_a4 = measure(_table_pdf(A4, 7.5, rows))
    on_a5 = measure(_table_pdf(A5, 7.5, rows))
    assert [(p.paper, p.smallest) for p in on_a4 + on_a5] == [("A4", 7.5), ("A5", 7.5)]
    assert problems("通知", on_a4, "A4") == ["通知 p.1 (A4): smallest text 7.5 pt < 8.0 pt"]
    assert problems("收据", on_a5, "A5") == []
    assert problems("收据", on_a5, "A4") == ["收据 p.1 (A5): printed on A5, the form is A4"]


def test_an_amount_wrapped_in_its_cell_is_found():
    # the 14 mm middle column holds "3434.93" only over two lines at 9 pt
    rows = [["物业费 面积", "3434.93", "120.00"], ["水费", "12.50", "2025-06-14"], ["电费", "8.00", "500.00"]]
    pages = measure(_table_pdf(A4, 9, rows))
    found = problems("收费通知单", pages, "A4")
    assert len(found) == 1 and "amount split across lines" in found[0] and "3434" in found[0], found
    assert missing_amounts(pages, ["3434.93", "12.50", "120.00"]) == ["3434.93"]


def test_amounts_in_rows_and_dates_are_not_splits():
    rows = [["物业费", "12", "2025-06-14"], ["水费", "500.00", "500.00"], ["电费", "45.00", "1.00"]]
    pages = measure(_table_pdf(A4, 9, rows))
    assert problems("登记表", pages, "A4") == []
    assert missing_amounts(pages, ["500.00", "500.00", "45.00"]) == []


def test_text_printed_over_text_is_found():
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont(font, 10)
    c.drawString(100, 700, "求助/服务需求")  # a category running into the next column
    c.drawString(130, 700, "#52 门禁卡失灵")
    c.drawString(100, 680, "交班日期 2026-11-01")
    c.save()
    found = problems("交接表", measure(buf.getvalue()), "A4")
    assert len(found) == 1 and "printed over others" in found[0], found


def test_a_bare_page_number_a_hashed_value_and_a_spent_sheet_are_found():
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont(font, 10)
    for n, line in enumerate(["收费项目　物业费　773.14", "缴费期限　2026年12月22日", "登记时间　###"]):
        c.drawString(60, 700 - 20 * n, line)
    c.drawString(450, 30, "第 1 页")
    c.showPage()
    c.setFont(font, 10)
    c.drawString(60, 780, "联系电话：0571-8876 5432")  # the notice's last line, alone on its sheet
    c.drawString(450, 30, "第 2 页 共 2 页")
    c.showPage()
    c.save()
    pages = measure(buf.getvalue())
    found = problems("收费通知单", pages, "A4")
    assert len(found) == 2 and "###" in found[0] and "without the total" in found[1] and "p.1" in found[1], found
    assert [f.split(":")[0] for f in spent_sheets("收费通知单", pages)] == ["收费通知单 p.2 (A4)"]


def test_a_title_in_book_marks_is_found():
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont(font, 11)
    c.drawCentredString(297, 800, "翠湖花园物业服务中心")
    c.setFont(font, 17)
    c.drawCentredString(297, 770, "《业户档案》")
    c.setFont(font, 10)
    c.drawString(60, 700, "已收到《业主手册》，已签署《业主临时公约》。")  # a form named in a sentence is fine
    c.save()
    pages = measure(buf.getvalue())
    assert bracketed_titles("业户档案", pages) == ["业户档案 p.1: title in book marks: 《业户档案》"]


def test_a_time_or_date_wrapped_under_a_listings_number_is_no_split():
    # the 派工记录 of a 工程维修单: "1. …" whose line wraps before 09:44 (or 12-28) reads "1." over "09"
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A5)
    c.setFont(font, 9)
    c.drawString(100, 400, "1. 孙立强 派工 12-27 11:25（周婷） 完工 12-27 12:44，返工 12-28")
    c.drawString(100, 389, "09:44：检查不合格：配件未装好，仍有异响")
    c.drawString(100, 360, "2. 赵明 派工 12-28 10:57（周婷） 完工")
    c.drawString(100, 349, "12-28 15:56")
    c.drawString(100, 320, "合计 1.")
    c.drawString(100, 309, "50 元")  # an amount wrapped after its point is still found
    c.save()
    found = problems("工程维修单", measure(buf.getvalue()), "A5")
    assert len(found) == 1 and "1. / 50" in found[0], found
