"""2977_round_route_set_up on a database that has routes: each is dated by its earliest round walked,
else by its creation audit row, else today — and then owes nothing from before that day."""
from datetime import date, datetime

from alembic import command
from sqlalchemy import inspect, text

from deskapp.domain.clock import CENTRE_TZ
from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import stairwell
from deskapp.store.schema import alembic_config, upgrade


def test_upgrade_dates_the_routes_there_are(community, admin, clock):
    ctx = community
    b = registry_community.add_building(ctx, admin, "9")
    clock.set(datetime(2026, 11, 2, 9, 0))
    walked = stairwell.set_route(ctx, admin, b, "9号楼1单元", ["一楼大堂"])
    clock.set(datetime(2026, 11, 5, 23, 30))  # late evening: the audit's UTC time is still the 5th's afternoon
    stairwell.set_route(ctx, admin, b, "9号楼2单元", ["一楼大堂"])  # audited, never walked
    clock.set(datetime(2026, 11, 10, 9, 0))  # the first round on the first route, a Tuesday
    run = stairwell.start_round(ctx, admin, walked)
    stairwell.record_point(ctx, admin, run, stairwell.run_view(ctx, admin, run).points[0].point_id)
    stairwell.finish_round(ctx, admin, run)
    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "2977_round_route_set_up-1")
    with ctx.db.engine.begin() as conn:
        assert "set_up_on" not in {c["name"] for c in inspect(conn).get_columns("round_routes")}
        # a route neither walked nor audited (written in by hand before the audit trail)
        conn.execute(text("INSERT INTO round_routes (building_id, name, active) VALUES (:b, '9号楼3单元', :t)"),
                     {"b": b, "t": True})
    upgrade(ctx.db)
    with ctx.db.engine.connect() as conn:
        days = {name: day for name, day in conn.execute(text("SELECT name, set_up_on FROM round_routes"))}
    as_date = {k: (date.fromisoformat(v) if isinstance(v, str) else v) for k, v in days.items()}
    assert as_date == {"9号楼1单元": date(2026, 11, 10), "9号楼2单元": date(2026, 11, 5),
                       "9号楼3单元": datetime.now(CENTRE_TZ).date()}
    clock.set(datetime(2026, 11, 19, 9, 0))  # Thursday of the next week
    missed = {(m.route, m.day) for m in stairwell.missed(ctx, admin, weeks=2)}
    assert missed == {("9号楼1单元", date(2026, 11, 11)), ("9号楼1单元", date(2026, 11, 17)),
                      ("9号楼1单元", date(2026, 11, 18)), ("9号楼2单元", date(2026, 11, 10)),
                      ("9号楼2单元", date(2026, 11, 11)), ("9号楼2单元", date(2026, 11, 17)),
                      ("9号楼2单元", date(2026, 11, 18))}
