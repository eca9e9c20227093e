"""《待开票清单》: the pending invoice requests as a workbook for the tax platform, a row per
request and tax class (代收水费 is invoiced at its own rate)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from deskapp.documents.billing.xlsx import MONEY, workbook
from deskapp.documents.xlsx import Col

PENDING_COLS = [Col("申请编号", 15), Col("房号", 12), Col("发票抬头", 30), Col("税号", 20), Col("税目", 12),
                Col("金额", 12, MONEY), Col("所引收据", 30), Col("申请日期", 11), Col("申请人", 10)]


def pending_list(path: Path, heading: str, rows: Sequence[Sequence]) -> int:
    return workbook(path, [("待开票", heading, PENDING_COLS, rows)])
