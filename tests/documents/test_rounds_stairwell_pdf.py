"""《楼道巡查周报表》 layout: the signature boxes are never cut over two pages."""
from datetime import date, timedelta
from io import BytesIO

from pypdf import PdfReader

from deskapp.documents.rounds.stairwell import RouteBlock, WeekSheet, week_sheet_pdf


def sheet(points: int) -> WeekSheet:
    monday = date(2026, 11, 23)
    days = [monday + timedelta(days=1), monday + timedelta(days=2)]
    lines = [(f"{p // 7 + 1}单元{p % 7 + 1}层楼道", ["正常", "正常"]) for p in range(points)]
    return WeekSheet("翠湖花园物业服务中心", "1幢", monday, days, [RouteBlock("1幢楼道巡查", lines, ["陈志刚", "黄磊"])],
                     "照明、卫生", monday)


def pages(points: int) -> list[str]:
    return [p.extract_text() for p in PdfReader(BytesIO(week_sheet_pdf(sheet(points)))).pages]


def test_a_route_of_twenty_one_points_fits_one_page_with_its_signatures():
    texts = pages(21)
    assert len(texts) == 1
    assert "楼宇管家（签字）" in texts[0] and "客服主管（签字）" in texts[0] and "日期" in texts[0]


def test_a_long_route_keeps_each_signature_box_whole_on_one_page():
    texts = pages(40)
    assert len(texts) >= 2
    signed = [t for t in texts if "楼宇管家（签字）" in t]
    assert len(signed) == 1 and "日期" in signed[0] and "客服主管（签字）" in signed[0]
