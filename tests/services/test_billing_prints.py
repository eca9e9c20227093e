from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from openpyxl import load_workbook
from pypdf import PdfReader

from deskapp.domain.billing import PayMethod
from deskapp.services import exports
from deskapp.services.billing import handover, payments, prints, run


@pytest.fixture
def billed(community, admin):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community, ids


def test_receipt_and_handover_pdfs(billed, clerk):
    ctx, ids = billed
    acc = payments.account(ctx, clerk, ids[0])
    r = payments.take_payment(ctx, clerk, ids[0], [o.line_id for o in acc.lines], "768.01", PayMethod.CASH,
                              tendered="800")
    text = PdfReader(io.BytesIO(prints.receipt_pdf(ctx, clerk, r.id))).pages[0].extract_text()
    assert r.number in text and "柒佰陆拾捌元零壹分" in text and "找零 31.99" in text
    payments.void_receipt(ctx, clerk, r.id, "金额有误")
    assert "作废" in PdfReader(io.BytesIO(prints.receipt_pdf(ctx, clerk, r.id))).pages[0].extract_text()
    h = handover.hand_over(ctx, clerk, "0", "王会计")
    text = PdfReader(io.BytesIO(prints.handover_pdf(ctx, clerk, h))).pages[0].extract_text()
    assert "金额有误" in text and "王会计" in text


def _sheet(path, name):
    wb = load_workbook(path, read_only=True)
    return [list(r) for r in wb[name].iter_rows(min_row=3, values_only=True)]


def test_exports_read_back_and_recompute(billed, admin, clerk, tmp_path):
    ctx, ids = billed
    acc = payments.account(ctx, clerk, ids[0])
    payments.take_payment(ctx, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.WECHAT,
        pay_ref="4200002026100112")
    r2 = payments.take_payment(ctx, clerk, ids[1], [payments.account(ctx, clerk, ids[1]).lines[0].line_id],
                               "225.00", PayMethod.CASH)
    payments.void_receipt(ctx, clerk, r2.id, "重复")
    p = run.preview(ctx, admin, "2026Q3")
    assert p.units == []  # nothing changed since posting

    out = tmp_path / "bills.xlsx"
    n = exports.run_export(ctx, admin, "bills", out, exports.ExportOptions(quarter="2026Q3"))
    detail = _sheet(out, "账单明细")
    assert n == len(detail) == 9
    assert detail[0][:4] == ["3-1-101", "2026Q3", "TZ2026Q3-00001", "物业费"]
    summary = {r[0]: D(str(r[2])) for r in _sheet(out, "汇总")}
    by_item: dict[str, D] = {}
    for r in detail:
        by_item[r[3]] = by_item.get(r[3], D(0)) + D(str(r[7]))
    assert all(summary[k] == v for k, v in by_item.items())
    assert summary["合计"] == sum(by_item.values()) == D("1478.61")

    out = tmp_path / "payments.xlsx"
    exports.run_export(ctx, admin, "payments", out, exports.ExportOptions(month="2026-11"))
    rows = _sheet(out, "收款明细")
    assert [r[9] for r in rows] == ["正常", "作废"]
    summary = _sheet(out, "月度汇总")
    valid = sum(D(str(r[6])) for r in rows if r[9] == "正常")
    totals = [D(str(r[2])) for r in summary if r[0] == "合计"]
    assert totals == [valid, valid] == [D("375.00"), D("375.00")]

    out = tmp_path / "readings.xlsx"
    exports.run_export(ctx, admin, "readings", out, exports.ExportOptions(month="2026-09"))
    rows = _sheet(out, "抄表明细")
    assert rows[0][:6] == ["3-1-101", "S-3-1-101", "水表", 121, 130, 9]
    assert rows[-1][0] is None and rows[-1][1] == "GD-3-01"

    out = tmp_path / "arrears.xlsx"
    exports.run_export(ctx, admin, "arrears", out, exports.ExportOptions(as_of=date(2026, 11, 27)))
    rows = _sheet(out, "欠费明细")
    assert [r[0] for r in rows] == ["3-1-101", "3-1-102", "3-1-201"]
    assert D(str(rows[0][7])) == D("393.01")
    assert D(str(_sheet(out, "汇总")[-1][2])) == sum(D(str(r[7])) for r in rows) == D("1103.61")

    out = tmp_path / "std.xlsx"
    assert exports.run_export(ctx, admin, "fee-standards", out, exports.ExportOptions()) == 4


def test_receipt_tells_two_vehicle_lines_apart_and_paper_is_a_setting(community, admin, clerk):
    from deskapp.domain.keys import SpaceArea
    from deskapp.services import settings
    from deskapp.services.keys import parking as keys_parking
    from deskapp.services.billing.common import RECEIPT_PAPER, VACANT_PERCENT

    ids, _ = billed_community(community, admin)
    for space, plate, rent in (("B-017", "浙A12345", "300"), ("B-018", "浙B67890", "250")):
        sid = keys_parking.add_space(community, admin, space, SpaceArea.UNDERGROUND)
        keys_parking.lease_space(community, clerk, keys_parking.LeaseInput(
            sid, "张三", plate, date(2026, 7, 1), date(2027, 6, 30), rent, unit_id=ids[2]))
    settings.set_value(community, admin, VACANT_PERCENT, 50)  # 3-1-201 is vacant
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[2])
    owed = sum((o.owed for o in acc.lines), D(0))
    r = payments.take_payment(community, clerk, ids[2], [o.line_id for o in acc.lines], str(owed), PayMethod.CASH)
    pages = PdfReader(io.BytesIO(prints.receipt_pdf(community, clerk, r.id))).pages
    text = pages[0].extract_text()
    assert len(pages) == 1 and "存根" in text and "客户联" in text  # default: two parts on one A4
    # Each 车辆管理费 line names its lease, space and plate, with its own price and months.
    for expected in ("车位租赁 ZL2026-0001 车位\nB-017 浙A12345", "300.00 元/月", "元/㎡\n20㎡\n108.00", "B-018 浙B67890", "250.00 元/月",
                     "3 个月", "20㎡ × 3 个月 ×", "50%（空置）\n75.00", "2.50 元/㎡·月", "900.00", "750.00"):
        assert expected in text, expected
    settings.set_value(community, admin, RECEIPT_PAPER, "A5 三联")
    pages = PdfReader(io.BytesIO(prints.receipt_pdf(community, clerk, r.id))).pages
    assert len(pages) == 3 and "记账联" in pages[2].extract_text()
