"""The 二次装修日检表 as the steward carries it round the site: each item's heading reads whole
(燃气管道/烟道 was printed 燃气管 / 道/烟 / 道, 阳台封闭 as 阳台封 / 闭), and every loose sheet of a
blank one names the unit and says which of how many it is."""
from __future__ import annotations

from datetime import date

from printed_rows import printed_pages

from deskapp.documents.rounds.decoration_papers import CheckSheetDoc, check_sheet_pdf

ITEMS = ("承重墙", "燃气管道/烟道", "阳台封闭", "防水", "外立面/门窗", "消防", "垃圾清运", "施工时间", "出入证")


def _blank() -> bytes:
    return check_sheet_pdf(CheckSheetDoc(
        "翠湖花园物业服务中心", "XK2026-0002", "4-1-301", "陈平", "业之峰装饰", "张家豪", date(2026, 11, 22),
        date(2027, 1, 6), ITEMS, (), date(2026, 12, 7), True))


def test_item_headings_break_between_words_only():
    pages = printed_pages(_blank())
    runs = [t for _y, t in pages[0][1]]
    for word in ("承重墙", "燃气管道", "/烟道", "阳台封闭", "外立面", "/门窗", "垃圾清运", "施工时间", "出入证", "违规情况及整改"):
        assert word in runs, (word, runs[:40])


def test_every_sheet_of_a_blank_one_names_the_unit_and_counts_the_sheets():
    pages = printed_pages(_blank())
    assert len(pages) == 3
    for n, (text, _runs) in enumerate(pages, start=1):
        assert "二次装修日检表 XK2026-0002　房号 4-1-301" in text and f"第 {n} 页 共 3 页" in text, n
