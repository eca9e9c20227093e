"""收费标准公示: the standards in force on the chosen day, 12358, the centre, A4 or A3."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from deskapp.domain.billing import FeeItem
from deskapp.domain.errors import ValidationError
from deskapp.services.billing import price_notice, standards


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


@pytest.fixture
def priced(community, admin):
    standards.add_standard(community, admin, FeeItem.PROPERTY, "2.50", date(2025, 1, 1), unit_kind="住宅")
    standards.add_standard(community, admin, FeeItem.PROPERTY, "2.80", date(2026, 7, 1), unit_kind="住宅")
    standards.add_standard(community, admin, FeeItem.PROPERTY, "4.60", date(2026, 1, 1), unit_kind="商铺")
    standards.add_standard(community, admin, FeeItem.WATER, "4.10", date(2026, 1, 1),
                           tiers=[("15", "4.10"), ("25", "5.60"), (None, "8.20")], tier_period="year")
    standards.add_standard(community, admin, FeeItem.SHARED_POWER, "0.62", date(2026, 1, 1))
    standards.add_standard(community, admin, FeeItem.SHARED_WATER, "3.90", date(2027, 1, 1))  # not yet
    return community


def test_every_standard_in_force_with_rate_basis_and_12358(priced, clerk):
    reader, text = _text(price_notice.price_notice(priced, clerk, date(2026, 11, 27), "A4"))
    assert "收费标准公示" in text and "明码标价" in text and "12358" in text
    assert "翠湖花园物业服务中心" in text and "滨江路 88 号" in text and "0571-88886666" in text
    assert "2.8 元/㎡·月" in text and "4.6 元/㎡·月" in text and "0.62 元/kWh" in text
    assert "2.5 元" not in text  # replaced on 2026-07-01
    assert "3.9" not in text  # starts after the day chosen
    assert "15 m³及以下：4.1 元/m³" in text and "15–25 m³：5.6 元/m³" in text and "25 m³以上：8.2 元/m³" in text
    assert "阶梯用量按年累计" in text and "按房屋建筑面积" in text and "按季收取" in text
    assert "2026年11月27日" in text  # the day in force
    w, h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(w), round(h)) == (595, 842)


def test_a3_and_an_earlier_day(priced, clerk):
    reader, text = _text(price_notice.price_notice(priced, clerk, date(2025, 6, 1), "A3"))
    w, h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(w), round(h)) == (842, 1191)
    assert "2.5 元/㎡·月" in text and "4.6" not in text and "12358" in text


def test_an_unknown_paper_is_refused(priced, clerk):
    with pytest.raises(ValidationError) as e:
        price_notice.price_notice(priced, clerk, date(2026, 11, 27), "B5")
    assert e.value.field == "纸张"
