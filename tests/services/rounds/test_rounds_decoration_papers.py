"""二次装修 paperwork from the record: 装修申请表, 装修许可证, 二次装修日检表 (blank and filled),
竣工验收单 (初验 failed then passed, 复验) and 押金退还单 — each with its fields, its own number,
the date of its event, 补打 on a later day, and no text below 8 pt."""
from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal

import pdfplumber
import pytest
from pypdf import PdfReader

from deskapp.domain.decoration import CheckInput, CheckOutcome, Deduction, ItemResult
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.services.rounds import decoration
from deskapp.services.rounds import decoration_papers as papers


def read(pdf: bytes) -> str:
    """The text of every page; fails when any character is below 8 pt or a page is not A4."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            assert sorted((round(page.width), round(page.height))) == [595, 842]
            assert min(ch["size"] for ch in page.chars) >= 8
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def test_application_form_and_permit_carry_every_field(community, units, site, clerk, supervisor, clock):
    text = read(papers.application_pdf(community, supervisor, site))
    for field in ("装修申请表", "3-1-1601", "王芳", "13700137000", "居美装饰工程有限公司", "JZ-2026-118", "刘师傅",
                  "13512345678", "2026-11-27 至 2027-01-26", "■水电改造", "□防水", "3,000.00 元", "叁仟元整",
                  "伍佰元整", "孙大力", "11010519491231002X", "申请日期：2026-11-27", "客服主管审批", "工程部意见",
                  "审批通过", supervisor.display_name, clerk.display_name):
        assert field in text, field
    masked = read(papers.application_pdf(community, clerk, site))
    assert "13700137000" not in masked and "137****7000" in masked  # a clerk does not see phones in full
    permit = read(decoration.permit_pdf(community, clerk, site))
    for field in ("许可证号：XK2026-0001", "137****7000", "申请日期", "2026-11-27", supervisor.display_name,
                  "叁仟元整", "JZ-2026-118", "审批日期：2026-11-27"):
        assert field in permit, field
    assert "补打" not in permit
    clock.advance(days=3)
    again = read(decoration.permit_pdf(community, clerk, site))
    assert "审批日期：2026-11-27" in again and "补打（打印日期 2026-11-30）" in again


def test_daily_check_sheet_blank_and_filled(community, units, site, steward, supervisor, clock):
    blank = read(papers.check_sheet_pdf(community, steward, site, blank=True))
    assert "二次装修日检表" in blank and "空白表" in blank and "燃气管道/烟道" in flat(blank)
    assert "11-27" in blank and "01-26" in blank  # a row for every day of the works
    items = decoration.check_items(community)
    bad = {i: ItemResult.OK for i in items} | {"承重墙": ItemResult.VIOLATION}
    rect = decoration.record_check(community, steward, units.vacant, CheckInput(
        CheckOutcome.CHECKED, bad, violation_text="拆除承重墙约1平方米"))
    clock.advance(days=1)
    decoration.record_check(community, steward, units.vacant, CheckInput(CheckOutcome.REFUSED, {}))
    decoration.stop(community, steward, site, "拒不开门")
    filled = read(papers.check_sheet_pdf(community, steward, site, blank=False))
    for field in ("2026-11-27", "×", "拆除承重墙约1平方米", f"整改 {rect.rectification_number}", "2026-11-28",
                  "拒不开门", "停工 TG2026-0001", steward.display_name, "记录截至：2026-11-28"):
        assert field in filled, field
    assert "限11-30前整改" in flat(filled)


def test_acceptance_forms_first_failed_then_passed_and_second(community, units, site, steward, clock):
    items = decoration.check_items(community)
    decoration.record_check(community, steward, units.vacant,
                            CheckInput(CheckOutcome.CHECKED, {i: ItemResult.OK for i in items}))
    with pytest.raises(Conflict, match="尚未初验"):
        papers.acceptance_pdf(community, steward, site, "初验")
    with pytest.raises(ValidationError) as e:
        decoration.first_inspection(community, steward, site, passed=True, failed_items=("防水闭水试验",))
    assert e.value.field == "验收项目"
    decoration.first_inspection(community, steward, site, passed=False, note="卫生间闭水试验渗漏",
                                failed_items=("防水闭水试验",))
    text = read(papers.acceptance_pdf(community, steward, site, "初验"))
    for field in ("装修竣工验收单（初验）", "初验未通过", "卫生间闭水试验渗漏", "不合格", "再次验收日期", "2026-11-30",
                  "验收日期：2026-11-27", steward.display_name, "业主（签字）", "工程部（签字）"):
        assert field in text, field
    clock.advance(days=3)
    decoration.first_inspection(community, steward, site, passed=True)
    text = read(papers.acceptance_pdf(community, steward, site, "初验"))
    assert "初验通过" in text and "复验日期" in text and "2026-12-30" in text and "验收日期：2026-11-30" in text
    clock.advance(days=30)
    decoration.second_inspection(community, steward, site, passed=True, note="无渗漏")
    text = read(papers.acceptance_pdf(community, steward, site, "复验"))
    assert "装修竣工验收单（复验）" in text and "复验通过" in text and "无渗漏" in text


def test_refund_form_with_deductions_and_capitals(community, units, site, steward, supervisor, clock):
    items = decoration.check_items(community)
    decoration.record_check(community, steward, units.vacant,
                            CheckInput(CheckOutcome.CHECKED, {i: ItemResult.OK for i in items}))
    decoration.first_inspection(community, steward, site, passed=True)
    with pytest.raises(Conflict, match="尚未退押金"):
        papers.refund_pdf(community, supervisor, site)
    clock.advance(days=30)
    decoration.second_inspection(community, steward, site, passed=True)
    decoration.refund_deposit(community, supervisor, site, [Deduction("公共走廊墙面修补", Decimal("350.00")),
                                                            Deduction("垃圾清运", Decimal("120.50"))])
    text = read(papers.refund_pdf(community, supervisor, site))
    for field in ("装修押金退还单", "TK2026-0001", "XK2026-0001", "3-1-1601", "王芳", "3,000.00 元", "叁仟元整",
                  "公共走廊墙面修补", "350.00", "垃圾清运", "120.50", "扣款合计", "470.50", "2,529.50 元",
                  "贰仟伍佰贰拾玖元伍角整", "退还日期：2026-12-27", "业主（领款人）（签字）", "财务（签字）",
                  supervisor.display_name, "初验日期", "2026-11-27", "复验日期"):
        assert field in text, field
    clock.advance(days=1)
    assert "补打（打印日期 2026-12-28）" in read(papers.refund_pdf(community, supervisor, site))
    assert clock.today() - timedelta(days=1) == decoration.detail(community, supervisor, site).refunded_at.date()
