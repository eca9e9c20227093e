"""Amounts read down a column stand right-aligned, their decimal points under each other: the
收费月报 and 每月汇总 tables, the 押金退还单's deductions and the 数据库检查报告's counts printed them
flush left (164,963.98 over 1,389.90) in the shared ruled grid of documents/rounds/common.py."""
from __future__ import annotations

import io

import pdfplumber

from deskapp.documents.rounds.common import build, figure_columns, grid, mm

ROWS = [["物业费", "164,963.98", "71.10%", "按面积"], ["公摊水费", "1,389.90", "68.55%", "—"], ["合计", "5.00", "0.00%", ""]]


def _words(right) -> dict[str, tuple[float, float]]:
    pdf = build([grid(["收费项目", "应收", "收费率", "说明"], ROWS, [40 * mm] * 4, right=right)], "收费月报", "中心")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return {w["text"]: (w["x0"], w["x1"]) for w in doc.pages[0].extract_words()}


def test_the_figure_columns_are_the_ones_whose_cells_are_all_figures():
    assert figure_columns(ROWS) == [1, 2]
    assert figure_columns([["1-1-101", "501", "张三"]]) == [1]  # the label column is never one
    assert figure_columns([["a", "", "12 %"], ["b", "无", "3"]]) == [2]


def test_figures_stand_right_aligned_and_labels_left():
    words = _words(figure_columns(ROWS))
    amounts = [words[a][1] for a in ("164,963.98", "1,389.90", "5.00")]
    rates = [words[a][1] for a in ("71.10%", "68.55%", "0.00%")]
    assert max(amounts) - min(amounts) < 0.5 and max(rates) - min(rates) < 0.5
    labels = [words[t][0] for t in ("物业费", "公摊水费", "合计")]
    assert max(labels) - min(labels) < 0.5
    flush_left = _words(())
    assert flush_left["5.00"][1] < flush_left["164,963.98"][1] - 10  # as it was: the short amount stopped early
