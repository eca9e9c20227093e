from __future__ import annotations

import io
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from deskapp.documents import billing_forms, billing_notice


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _notice(**kw):
    base = dict(number="TZ2026Q3-00001", centre="翠湖花园物业服务中心", unit_code="3-1-101", owner="张三", area=D("50.00"),
                period="2026年第三季度（2026.07.01–2026.09.30）",
                lines=(billing_notice.NoticeLine("物业费", "2.5 元/㎡·月", "建筑面积 50.00㎡ × 3 个月", D("50"), D("2.5"),
                                                 "07.01–09.30", D("375.00")),
                       billing_notice.NoticeLine("自用水费", "4.1 元/m³", "上期 100 → 本期 130", D("30"), D("4.1"),
                                                 "07.01–09.30", D("123.00"))),
                arrears=(("2026Q2", "物业费", D("736.56")),), due_on="2026年10月30日", pay_how="请到前台缴费",
                contact="0571-88886666", issued_on="2026年10月08日")
    base.update(kw)
    return billing_notice.Notice(**base)


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_notice_pages_read_back(size):
    pdf = billing_notice.notices_pdf([_notice(), _notice(unit_code="3-1-102", number="TZ2026Q3-00002", arrears=())],
                                     size=size)
    pages = _text(pdf)
    assert len(pages) == 2
    assert "3-1-101" in pages[0] and "1,234.56" in pages[0] and "壹仟贰佰叁拾肆元伍角陆分" in pages[0]
    assert "收费通知单" in pages[0] and "前期欠费合计" in pages[0]
    assert "498.00" in pages[1] and "肆佰玖拾捌元整" in pages[1]


def test_receipt_two_part_and_void_stamp():
    r = billing_forms.ReceiptDoc("中心", "SJ2026-000001", "2026-11-27 09:30", "张三", "3-1-101",
                                 (("物业费", "2026.07.01–2026.09.30", D("375.00")),), D("375.00"), "现金", D("0"),
                                 D("400.00"), D("25.00"), "李收款", voided="作废：收错（主管 2026-11-27 10:00）")
    pages = _text(billing_forms.receipt_pdf([r], two_part=True))
    assert len(pages) == 2 and "存根" in pages[0] and "客户联" in pages[1]
    assert "作废" in pages[0] and "叁佰柒拾伍元整" in pages[0] and "找零 25.00" in pages[0]


def test_handover_and_dunning_read_back():
    h = billing_forms.HandoverDoc("中心", "李收款", "2026-11-27", "SJ2026-000001", "SJ2026-000060", 60,
                                  (("现金", D("100.00")), ("微信", D("23.45"))), D("123.45"),
                                  tuple((f"SJ2026-{i:06d}", "3-1-101", "现金", D("1.00"), "正常") for i in range(60)),
                                  (("SJ2026-000003", D("1.00"), "重复"),), D("100.00"), D("100.00"), "", "王会计",
                                  "2026-11-27 17:30")
    pages = _text(billing_forms.handover_pdf(h))
    assert len(pages) >= 2 and "费用入账和费用移交表" in pages[0] and "壹佰贰拾叁元肆角伍分" in pages[0]
    d = billing_forms.DunningDoc("中心", "CJ2026-000001", "3-1-101", "张三", "2020-01-01",
                                 (("2026Q2", "物业费", "2026.04.01–2026.06.30", D("375.00")),), D("375.00"),
                                 "2026年12月04日", "0571-1", "2026年11月27日")
    text = _text(billing_forms.dunning_pdf([d]))[0]
    assert "催缴通知单" in text and "CJ2026-000001" in text and "叁佰柒拾伍元整" in text
