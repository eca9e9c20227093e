"""The demo community: exact size, determinism, refusal of a used database, all-or-nothing,
and the deliberate gaps the completeness check must find."""
from __future__ import annotations

import hashlib
import random
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest

from deskapp.domain.errors import Cancelled, Conflict, PermissionDenied, ValidationError
from deskapp.domain.idcard import IdType, resident_id_problem
from deskapp.domain.units import UnitKind, UnitState
from deskapp.services import demo
from deskapp.services.registry import pinyin
from deskapp.services.demo import registry as demo_registry

pytestmark = pytest.mark.sqlite_only  # compares the SQLite files row by row

SMALL = 160  # every step at its default size for a small community: quick, still varied


def content_digest(path) -> str:
    """Every table's rows in primary-key order (the database's content, not its pages)."""
    con = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def table_counts(path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture
def second_ctx(tmp_path, clock, _template_db):
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    path = tmp_path / "second.sqlite"
    sqlite_backup(_template_db, path)
    context = open_context(path, clock=clock)
    yield context
    context.db.dispose()


# ------------------------------------------------------------------ layout (pure)

@pytest.mark.parametrize("n", [1, 2, 7, 33, 99, 100, 301, 1200, 4321])
def test_layout_gives_exactly_n_distinct_units(n):
    buildings, slots = demo_registry.layout(n, random.Random(5))
    assert len(slots) == n
    codes = [(s.building, s.stairwell, s.room) for s in slots]
    assert len(set(codes)) == n
    assert {s.building for s in slots} <= {b.code for b in buildings}


def test_default_layout_is_a_realistic_community():
    buildings, slots = demo_registry.layout(demo.DEFAULT_UNITS, random.Random(1))
    kinds = Counter(s.kind for s in slots)
    flat_buildings = [b for b in buildings if b.code.isdigit()]
    assert len(flat_buildings) >= 10
    assert all(2 <= len(b.stairwells) <= 3 for b in flat_buildings[:-1])
    assert kinds[UnitKind.SHOP] >= 30 and kinds[UnitKind.OFFICE] >= 5
    for s in slots:
        ratio = s.inner_area / s.building_area
        if s.kind is UnitKind.FLAT:
            assert 60 <= s.building_area <= 180, s
            assert 0.77 <= ratio <= 0.86, s
        assert s.building_area == s.building_area.quantize(demo_registry.CENT)
    shop_codes = sorted(f"{s.building}-{s.room}" for s in slots if s.kind is UnitKind.SHOP)
    assert shop_codes[0] == "S-101"


def test_quota_guarantees_a_minimum_even_when_targets_are_ineligible():
    q = demo_registry.Quota(random.Random(3), 50, 0.0, minimum=2)
    taken = [i for i in range(50) if q.take(i, eligible=i >= 45)]
    assert len(taken) == 2 and all(i >= 45 for i in taken)


# ------------------------------------------------------------------ generate

def test_generate_builds_exactly_n_units_with_people_and_chronicle(ctx, admin):
    result = demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=SMALL))
    assert result.rows["units"] == SMALL
    assert result.steps[0] == "registry"
    counts = table_counts(ctx.db.path)
    assert counts["units"] == SMALL
    assert counts["community"] == 1
    assert counts["buildings"] >= 3
    assert counts["people"] > SMALL  # owners, family, tenants
    assert counts["chronicle"] > 2 * SMALL
    con = sqlite3.connect(ctx.db.path)
    states = dict(con.execute("SELECT state, count(*) FROM units GROUP BY state").fetchall())
    relations = dict(con.execute("SELECT relation, count(*) FROM unit_people GROUP BY relation").fetchall())
    audit = con.execute("SELECT actor_name, summary FROM audit_log WHERE action='demo.generate'").fetchall()
    # nothing in the demo has happened yet: no reading taken or typed after today
    today = ctx.clock.today().isoformat()
    later = con.execute("SELECT count(*) FROM meter_readings WHERE read_on > ?", (today,)).fetchone()[0]
    con.close()
    assert later == 0
    assert states.get(UnitState.OCCUPIED.name, 0) > SMALL / 2
    assert states.get(UnitState.RENTED.name, 0) > 0 and states.get(UnitState.VACANT.name, 0) > 0
    assert {"OWNER", "TENANT", "FAMILY"} <= set(relations)
    assert len(audit) == 1 and audit[0][0] == admin.username and f"{SMALL} 套房屋" in audit[0][1]


def test_units_option_is_exact_for_awkward_sizes(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=2, units=37))
    assert table_counts(ctx.db.path)["units"] == 37


@pytest.mark.slow
def test_same_seed_gives_identical_content_and_another_seed_does_not(ctx, second_ctx, admin, tmp_path,
                                                                      _template_db, clock):
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    demo.generate(ctx, admin, demo.DemoPlan(seed=11, units=SMALL))
    demo.generate(second_ctx, admin, demo.DemoPlan(seed=11, units=SMALL))
    ctx.db.dispose()
    second_ctx.db.dispose()
    assert content_digest(ctx.db.path) == content_digest(second_ctx.db.path)

    third = tmp_path / "third.sqlite"
    sqlite_backup(_template_db, third)
    other = open_context(third, clock=clock)
    demo.generate(other, admin, demo.DemoPlan(seed=12, units=SMALL))
    other.db.dispose()
    assert content_digest(third) != content_digest(ctx.db.path)


def test_refuses_a_database_in_use_and_writes_nothing(community, admin):
    before = content_digest(community.db.path)
    with pytest.raises(Conflict, match="已有数据"):
        demo.generate(community, admin, demo.DemoPlan(units=10))
    community.db.dispose()
    assert content_digest(community.db.path) == before


def test_a_second_run_is_refused(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(units=12))
    with pytest.raises(Conflict):
        demo.generate(ctx, admin, demo.DemoPlan(units=12))
    assert table_counts(ctx.db.path)["units"] == 12


def test_cancel_leaves_the_database_as_it_was(ctx, admin):
    before = content_digest(ctx.db.path)
    polls = []
    progress = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 3  # somewhere inside the registry step, after rows were written

    with pytest.raises(Cancelled, match="已取消生成演示数据"):
        demo.generate(ctx, admin, demo.DemoPlan(units=400), lambda d, t: progress.append((d, t)), cancelled)
    ctx.db.dispose()
    assert content_digest(ctx.db.path) == before
    assert progress == []  # not even the first step finished


def test_a_failing_step_rolls_everything_back(ctx, admin, monkeypatch):
    before = content_digest(ctx.db.path)
    real_steps = demo.steps()

    class Broken:
        __name__ = "deskapp.services.demo.zz_broken"
        ORDER = 999

        @staticmethod
        def populate(session, ctx, plan, rng):
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo, "steps", lambda: [*real_steps, Broken])
    with pytest.raises(RuntimeError):
        demo.generate(ctx, admin, demo.DemoPlan(units=30))
    ctx.db.dispose()
    assert content_digest(ctx.db.path) == before


def test_progress_and_steps_are_reported(ctx, admin):
    progress, steps_seen, rows_seen = [], [], []
    demo.generate(ctx, admin, demo.DemoPlan(units=20), lambda d, t: progress.append((d, t)),
                  on_step=steps_seen.append, on_rows=rows_seen.append)
    total = len(demo.steps())
    assert progress[-1] == (total, total)
    assert steps_seen[0] == "registry" and len(steps_seen) == total
    assert rows_seen and rows_seen == sorted(rows_seen)


def test_only_supervisors_may_generate(ctx, clerk):
    with pytest.raises(PermissionDenied):
        demo.generate(ctx, clerk, demo.DemoPlan(units=5))


@pytest.mark.parametrize("units", [0, -3, demo.MAX_UNITS + 1])
def test_bad_size_names_the_field(ctx, admin, units):
    with pytest.raises(ValidationError) as err:
        demo.generate(ctx, admin, demo.DemoPlan(units=units))
    assert err.value.field == "房屋数量"


def test_plan_sizes_for_other_areas():
    plan = demo.DemoPlan(units=20000, extra={"requests": 200000})
    assert plan.size("requests", 10) == 200000
    assert plan.size("key_loans", 3000) == 3000
    assert plan.scaled("repairs", per_thousand_units=50) == 1000
    assert plan.scaled("repairs", per_thousand_units=0.01, minimum=3) == 3


# ------------------------------------------------------------------ content quality

@pytest.fixture
def demo_db(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=400))
    return ctx


def test_completeness_check_finds_the_deliberate_gaps(demo_db, admin):
    from deskapp.services.registry import completeness

    report = completeness.run_check(demo_db, admin)
    items = {f.item for f in report.findings}
    problems = " ".join(f.problem for f in report.findings)
    assert {"联系电话", "证件号码", "租期"} <= items
    assert "租期已于" in problems  # a tenant whose lease ended
    assert "没有联系电话" in problems
    # Gaps, not chaos: most units are in order.
    assert report.units_with_findings < 0.15 * report.units_checked


def test_people_are_searchable_as_the_registry_stores_them(demo_db, admin):
    from deskapp.services.registry import units as registry_units

    con = sqlite3.connect(demo_db.db.path)
    people = con.execute("SELECT name, initials, pinyin, phone, id_type, id_number FROM people").fetchall()
    con.close()
    same = sum(1 for name, ini, full, *_ in people if (ini, full) == (pinyin.initials(name), pinyin.full(name)))
    assert same >= 0.97 * len(people)  # the rest differ only where pypinyin reads a phrase differently
    invalid = [n for *_, t, n in people if t == IdType.RESIDENT.value and n and resident_id_problem(n)]
    assert 1 <= len(invalid) <= 0.01 * len(people) + 1  # a few wrong check digits, on purpose
    assert len({p[5] for p in people if p[5]}) == len([p for p in people if p[5]])  # no accidental twins
    name, ini, _, phone, *_ = next(p for p in people if p[3])
    assert any(h.who == name for h in registry_units.search(demo_db, admin, ini))
    assert registry_units.search(demo_db, admin, phone[-4:])


def test_dates_make_sense(demo_db):
    con = sqlite3.connect(demo_db.db.path)
    today = date(2026, 11, 27)
    delivered = [date.fromisoformat(d) for (d,) in con.execute(
        "SELECT delivered_on FROM units WHERE delivered_on IS NOT NULL")]
    undelivered_with_date = con.execute(
        "SELECT count(*) FROM units WHERE state='UNDELIVERED' AND delivered_on IS NOT NULL").fetchone()[0]
    leases = con.execute("SELECT lease_start, lease_end FROM unit_people WHERE relation='TENANT' "
                         "AND lease_start IS NOT NULL AND lease_end IS NOT NULL").fetchall()
    transfers = con.execute("SELECT count(*) FROM ownership_transfers").fetchone()[0]
    history = con.execute("SELECT count(*) FROM unit_people WHERE relation='OWNER' AND until IS NOT NULL"
                          ).fetchone()[0]
    instructions = con.execute("SELECT count(*) FROM desk_instructions").fetchone()[0]
    con.close()
    assert delivered and max(delivered) <= today
    assert undelivered_with_date == 0
    assert all(s <= e for s, e in leases)
    assert instructions > 0
    assert history >= transfers  # each transfer keeps the previous owners as history


def test_an_owner_of_a_unit_not_handed_over_bought_it_lately_after_its_file_was_made(demo_db):
    """未交房 in a phase handed over years ago: a unit the developer sold lately, its owner not yet
    come for the keys — not an owner registered there since the phase's sale years ago."""
    con = sqlite3.connect(demo_db.db.path)
    owners = con.execute(
        "SELECT u.code, p.since, (SELECT min(d.delivered_on) FROM units d WHERE d.building_id = u.building_id), "
        "(SELECT min(c.at) FROM chronicle c WHERE c.unit_id = u.id AND c.kind = 'CREATED') "
        "FROM units u JOIN unit_people p ON p.unit_id = u.id AND p.relation = 'OWNER' "
        "WHERE u.state = 'UNDELIVERED'").fetchall()
    con.close()
    today = date(2026, 11, 27)
    in_handed_over_phases = [o for o in owners if o[2] is not None]
    assert in_handed_over_phases, "the demo has 未交房 units with owners in a delivered building"
    for code, since, _, created in in_handed_over_phases:
        assert 30 <= (today - date.fromisoformat(since)).days <= 180, (code, since)
        assert since > created[:10], (code, since, created)


def test_two_demo_centres_of_one_seed_are_two_trails(tmp_path, _template_db, admin):
    """Two demos of one seed, built a minute apart beside each other, shared a backups folder:
    their trails began with the same (seeded) entry, so the second's check took the first's
    backup for its own rewritten history. The demo's own entry now starts the trail."""
    from datetime import datetime, timedelta, timezone

    from deskapp.domain.clock import FixedClock
    from deskapp.services.accounts import backup, check
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    contexts = []
    for name, minutes in (("first", 0), ("second", 1)):
        path = tmp_path / f"{name}.sqlite"
        sqlite_backup(_template_db, path)
        moment = datetime(2026, 12, 2, 1, 30, tzinfo=timezone.utc) + timedelta(minutes=minutes)
        contexts.append(open_context(path, clock=FixedClock(moment)))
    first, second = contexts
    try:
        for ctx in contexts:
            demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=SMALL))
        backup.folder(first).mkdir()
        backup.backup_to(first, admin, backup.folder(first) / "first-manual-20261202-093000.sqlite")
        assert backup.folder(first) == backup.folder(second)
        report = check.run_check(second, admin)
        assert report.ok, report.problems
    finally:
        for ctx in contexts:
            ctx.db.dispose()


def test_the_demos_fee_notices_name_the_account_to_transfer_to(ctx, admin):
    """The notices told owners to pay by transfer and named no account: the demo's supervisor set
    it when billing began, as a centre does before its first notices."""
    import io

    from pypdf import PdfReader

    from deskapp.services.billing import notices
    from deskapp.services.demo.billing import DEMO_BANK

    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=SMALL))
    with ctx.reader() as uow:
        unit_id = next(u.id for u in demo.units(uow.session) if u.delivered_on is not None)
    pdf, _quarter = notices.unit_notice(ctx, admin, unit_id)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
    assert "转账缴费" in text and DEMO_BANK.split("　")[-1] in text and "工商银行" in DEMO_BANK


def test_a_festivals_activity_falls_in_its_season(demo_db):
    """重阳节包饺子 in October, 中秋游园会 in September or October, 夏日露天电影 in summer, 迎新春写春联 before
    the Spring Festival (the demo once held 重阳节 in June); the rest in any month, every month something."""
    from deskapp.services.demo.community import activity_for

    season = {"重阳节包饺子": {10}, "中秋游园会": {9, 10}, "夏日露天电影": {6, 7, 8}, "迎新春写春联": {1, 2}}
    con = sqlite3.connect(demo_db.db.path)
    held = con.execute("SELECT title, starts_at FROM community_activities").fetchall()
    con.close()
    assert len(held) >= 10
    for title, starts_at in held:
        assert date.fromisoformat(starts_at[:10]).month in season.get(title, set(range(1, 13))), (title, starts_at)
    year = [date(2026, 1, 1) + timedelta(days=d) for d in range(365)]
    for n, day in enumerate(year):
        assert day.month in season.get(activity_for(day, n)[0], set(range(1, 13)))
    offered = {activity_for(date(2026, m, 15), n)[0] for m in range(1, 13) for n in range(len(season) + 3)}
    assert offered >= set(season)  # each festival's activity is held in its season
