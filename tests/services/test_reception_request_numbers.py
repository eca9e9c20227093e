"""客诉单号: every 需求/投诉 takes a number KS<year>-<six digits>, gap-free per year from the one numbering
service, shown in the register, on the paper, on the morning list and found by the search box; migration
2976 numbers the requests on file in the order they were registered within each year."""
from __future__ import annotations

from datetime import datetime, timedelta

import io

import pypdf
import pytest

from alembic import command
from sqlalchemy import inspect, select

from deskapp.domain.errors import ValidationError
from deskapp.domain.reception import RequestKind
from deskapp.services import demo
from deskapp.services.reception import desk, requests
from deskapp.services.reception.checks import request_numbers
from deskapp.services.reception.requests import RequestInput
from deskapp.services.registry import numbers
from deskapp.contracts.reception import RequestFilter
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.reception import HandoverItem, ServiceRequest
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.schema import alembic_config, upgrade
from support import CST


def _record(ctx, actor, text: str, **kw) -> int:
    return requests.record_request(ctx, actor, RequestInput(text=text, location="2 号楼大堂", **kw))


def test_requests_are_numbered_in_turn_within_the_year(community, clerk, clock):
    first = _record(community, clerk, "大堂灯不亮")
    second = _record(community, clerk, "门禁失灵", kind=RequestKind.COMPLAINT)
    assert [requests.request_detail(community, clerk, r).number for r in (first, second)] == [
        "KS2026-000001", "KS2026-000002"]
    clock.set(datetime(2027, 1, 1, 0, 5, tzinfo=CST))  # a new year on the centre's calendar starts again
    third = _record(community, clerk, "新年第一件")
    assert requests.request_detail(community, clerk, third).number == "KS2027-000001"
    with community.reader() as uow:
        assert NumberingRepository(uow.session).last_by_year("KS") == {2026: 2, 2027: 1}
        summaries = list(uow.session.execute(select(AuditEntry.summary).where(
            AuditEntry.action == "reception.request.record").order_by(AuditEntry.id)).scalars())
    assert "KS2026-000002" in summaries[1] and "KS2027-000001" in summaries[2]


def test_a_refused_request_takes_no_number(community, clerk):
    with pytest.raises(ValidationError):
        _record(community, clerk, "   ")  # 内容 is required
    rid = _record(community, clerk, "电梯异响")
    assert requests.request_detail(community, clerk, rid).number == "KS2026-000001"


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_number_is_on_the_register_the_paper_the_morning_list_and_the_handover(community, clerk, clock):
    clock.set(clock.now() - timedelta(days=1))
    rid = _record(community, clerk, "楼道堆放杂物", kind=RequestKind.COMPLAINT)
    clock.set(clock.now() + timedelta(days=1))
    row, = requests.request_register(community, clerk, RequestFilter(text="KS2026-000001")).rows
    assert row.id == rid and row.number == "KS2026-000001"
    text = _text(requests.request_pdf(community, clerk, rid))
    assert "编号：KS2026-000001" in text and "#" not in text
    item, = [i for i in desk.start_of_day(community, clerk) if i.record == rid]
    assert item.ref == "KS2026-000001"
    assert desk.my_refs(community, clerk) == {"KS2026-000001"}
    sheet = _text(desk.handover_pdf(community, clerk, desk.draft_handover(community, clerk)))
    assert "KS2026-000001" in sheet and f"#{rid}" not in sheet


def test_the_search_box_finds_a_request_by_its_number(community, clerk):
    rid = _record(community, clerk, "电梯异响")
    found = numbers.find_numbers(community, clerk, "ks2026-0000")
    assert [(n.number, n.record) for n in found] == [("KS2026-000001", rid)]
    assert [n.number for n in numbers.find_numbers(community, clerk, f"#{rid}")] == ["KS2026-000001"]


def _numbers(ctx) -> list[tuple[int, str, datetime]]:
    with ctx.reader() as uow:
        return [tuple(r) for r in uow.session.execute(
            select(ServiceRequest.id, ServiceRequest.number, ServiceRequest.registered_at).order_by(ServiceRequest.id))]


def test_migration_numbers_the_requests_on_file_as_the_demo_did_and_the_next_follows(ctx, admin, clerk):
    demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=160))
    given = _numbers(ctx)
    with ctx.reader() as uow:
        counters = NumberingRepository(uow.session).last_by_year("KS")
        handed = sorted(uow.session.execute(select(HandoverItem.id, HandoverItem.ref).where(
            HandoverItem.place == "requests")).all())
    assert len(given) > 100 and all(n for _, n, _ in given)
    assert handed and all(ref.startswith("KS") for _, ref in handed)
    # in the order of registration within each year, from 1 without a gap
    by_year: dict[int, list] = {}
    for _rid, number, at in sorted(given, key=lambda r: (r[2], r[0])):
        by_year.setdefault(at.astimezone(CST).year, []).append(number)
    for year, listed in by_year.items():
        assert listed == [f"KS{year}-{n:06d}" for n in range(1, len(listed) + 1)]
        assert counters[year] == len(listed)

    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "2976_request_numbers-1")
    with ctx.db.engine.connect() as conn:
        assert "number" not in {c["name"] for c in inspect(conn).get_columns("rx_requests")}
    upgrade(ctx.db)
    assert _numbers(ctx) == given  # the migration numbers those on file as the demo did
    with ctx.reader() as uow:
        assert NumberingRepository(uow.session).last_by_year("KS") == counters
        assert sorted(uow.session.execute(select(HandoverItem.id, HandoverItem.ref).where(
            HandoverItem.place == "requests")).all()) == handed
    with ctx.reader() as uow:
        assert request_numbers(uow.session, ctx).problems == []
    year = ctx.clock.now().year
    rid = _record(ctx, clerk, "迁移后的第一件")
    assert requests.request_detail(ctx, clerk, rid).number == f"KS{year}-{counters[year] + 1:06d}"


def test_the_database_check_finds_a_gap_in_the_request_numbers(community, clerk):
    from sqlalchemy import delete

    for text in ("一", "二", "三"):
        _record(community, clerk, f"第{text}件")
    with community.reader() as uow:
        assert request_numbers(uow.session, community).problems == []
    with community.uow() as uow:  # what the check exists for: a request removed behind the program's back
        uow.session.execute(delete(ServiceRequest).where(ServiceRequest.number == "KS2026-000002"))
        uow.commit()
    with community.reader() as uow:
        result = request_numbers(uow.session, community)
    assert result.problems == ["2026 年客诉单号不连续：共 2 条，序号 1–3，不同序号 2 个"]
