"""The meter papers engineering reads digit for digit: a column of readings at one number of
decimals (1441 printed under 1423.3 ended under its 3), and the 复抄清单 headed as the 抄表记录表 it
goes back with (the centre, then the title; it printed both on one line), with the re-reader's
signature at its foot."""
from __future__ import annotations

from decimal import Decimal as D

from printed_rows import line_with, printed_pages

from deskapp.documents.billing import forms as billing_forms
from deskapp.documents.billing.draw import columns


def test_columns_of_figures_take_the_most_decimals_any_has():
    assert columns([D("1441"), D("1423.3"), None, D("0")]) == [["1441.0", "1423.3", "", "0.0"]]
    assert columns([D("12.50"), D("3")]) == [["12.5", "3.0"]]  # 12.50 has one decimal that counts
    assert columns([D("1500"), None], [D("1441")]) == [["1500", ""], ["1441"]]
    assert columns([D("1441")], [D("17.7")]) == [["1441.0"], ["17.7"]]  # a reading and its usage alike


def test_the_reading_sheet_prints_every_reading_at_one_decimal():
    rows = (billing_forms.ReadingSheetRow("1-1-301", "S-1-1-301", D("1423.3"), D("1441"), D("17.7"), "", "12-07"),
            billing_forms.ReadingSheetRow("1-1-602", "S-1-1-602", D("1876"), D("1876"), D("0"), "", "12-07"),
            billing_forms.ReadingSheetRow("1-1-402", "S-1-1-402", D("1142.2"), None, None, "", ""))
    pages = printed_pages(billing_forms.reading_sheet_pdf(billing_forms.ReadingSheetDoc(
        "翠湖花园物业服务中心", "水表", "2026年12月", "1幢", "2026-12-07 10:00", rows)))
    text = pages[0][0]
    assert line_with(text, "1-1-301", "1423.3", "1441.0", "17.7")
    assert line_with(text, "1-1-602", "1876.0", "1876.0", "0.0")
    assert line_with(text, "1-1-402", "1142.2")


def test_the_recheck_list_is_headed_like_the_reading_sheet_and_signed():
    rows = [("1-2-602", "S-1-2-602", "水", D("1531.6"), D("1604.8"), D("73.2"), "用量超过常月3倍"),
            ("1-1-101", "S-1-1-101", "水", D("1500"), D("1495"), D("-5"), "读数小于上期")]
    (text, runs), = printed_pages(billing_forms.recheck_pdf("翠湖花园物业服务中心", "2026年12月", rows))
    lines = text.split("\n")
    assert lines[0] == "翠湖花园物业服务中心" and lines[1] == "复抄清单（2026年12月）"
    assert line_with(text, "1-1-101", "1500.0", "1495.0", "-5.0")
    assert line_with(text, "复抄人", "复抄日期")
