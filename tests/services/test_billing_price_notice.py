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


def test_parking_prices_in_force_are_listed_with_where_they_are_set(priced, admin, clerk):
    """No standard prices parking: each vehicle card carries its fee and each lease its rent. The
    notice lists the distinct monthly prices in force on the day, per kind of place, 元/月."""
    from deskapp.domain.keys import CountItem, SpaceArea, SpaceState
    from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory, parking as keys_parking
    from deskapp.services.keys.parking import LeaseInput
    from deskapp.services.registry import units as registry_units

    unit = registry_units.create_unit(priced, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                      "building_area": "88", "state": "自住"})
    keys_inventory.receive_stock(priced, admin, CountItem.BLANK_VEHICLE, 5)
    owned = keys_parking.add_space(priced, admin, "B-001", SpaceArea.UNDERGROUND, SpaceState.SOLD, owner_unit_id=unit)
    keys_cards.issue_vehicle_card(priced, clerk, unit, "C0001", "张三", "浙A12345", months=12, monthly_fee="150",
                                  space_id=owned)
    keys_cards.issue_vehicle_card(priced, clerk, unit, "C0002", "张三", "浙A12346", months=12, monthly_fee="100")
    for n, (number, rent) in enumerate((("B-017", "300"), ("B-018", "350"), ("B-019", "300"))):
        sid = keys_parking.add_space(priced, admin, number, SpaceArea.UNDERGROUND)
        keys_parking.lease_space(priced, clerk, LeaseInput(sid, "李四", f"浙B1000{n}", date(2026, 11, 1),
                                                           date(2027, 10, 31), rent, unit_id=unit))
    ground = keys_parking.add_space(priced, admin, "A-001", SpaceArea.GROUND)
    keys_parking.lease_space(priced, clerk, LeaseInput(ground, "王五", "浙C20000", date(2027, 1, 1),
                                                       date(2027, 12, 31), "200"))  # not yet begun
    _, text = _text(price_notice.price_notice(priced, clerk, date(2026, 11, 27), "A4"))
    flat = text.replace("\n", "")
    assert "车辆管理费地下产权车位150 元/月" in flat.replace(" ", "").replace("元/月", " 元/月")
    assert "无固定车位" in text and "100 元/月" in text
    assert "车位租金" in text and "300 / 350 元/月" in text
    assert "按租赁协议约定的月租金" in flat and "按车卡登记的月管理费" in flat
    assert "地上车位" not in text and "200 元/月" not in text
