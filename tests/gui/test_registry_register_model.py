"""The unit register over a few thousand units: ids first, rows loaded as they are shown
(`gui/lazy_model.LazyTableModel`). What the model asked SQL is counted, never timed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from support import CST, make_actor

from deskapp.domain.permissions import Role
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitKind, UnitState, validate_unit_input
from deskapp.gui.lazy_model import LazyTableModel
from deskapp.gui.paged_model import Column
from deskapp.gui.registry.register_view import UnitRegisterView
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.contracts.registry import UnitFilter

UNITS = 3000
STATES = list(UnitState)


@pytest.fixture(scope="module")
def _register_db(tmp_path_factory, _template_db) -> Path:
    """Built once for the module (3,000 units through the service take a while), copied for
    each test: 3,000 units in buildings 3 (stairwells 1 and 2) and S with floors, kinds,
    states and areas varied, so that every sort gives another order; a few owners, two of
    them on one unit deep in the register."""
    from deskapp.domain.clock import FixedClock
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    path = tmp_path_factory.mktemp("register") / "register.sqlite"
    sqlite_backup(_template_db, path)
    ctx, actor = open_context(path, clock=FixedClock(datetime(2026, 11, 27, 9, 30, tzinfo=CST))), make_actor(Role.ADMIN)
    registry_community.setup_community(ctx, actor, "翠湖花园", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666")
    registry_community.add_building(ctx, actor, "3")
    registry_community.add_building(ctx, actor, "S", "商业街")
    with ctx.uow() as uow:
        for n in range(UNITS):
            shop = n % 10 == 9
            raw = {"building": "S" if shop else "3", "stairwell": None if shop else str(1 + n % 2),
                   "room": f"{1 + n // 20:03d}{n % 20:02d}", "building_area": f"{40 + (n * 37) % 90}.{n % 100:02d}",
                   "kind": "商铺" if shop else ("办公" if n % 7 == 0 else "住宅"), "state": STATES[n % 5].value}
            registry_units.insert_unit(uow.session, ctx, actor, validate_unit_input(raw), delivered_on=date(2020, 1, 1))
        uow.commit()
    ids = registry_units.unit_register_ids(ctx, actor, UnitFilter())
    for row, name in ((0, "张三"), (1500, "李四"), (1500, "王五"), (UNITS - 1, "赵六")):
        registry_people.add_person(ctx, actor, ids[row], PersonInput(name, "13800138000"), Relation.OWNER)
    ctx.db.dispose()
    return path


@pytest.fixture
def _template_copy(_register_db, db_path):
    from deskapp.store.db import sqlite_backup

    sqlite_backup(_register_db, db_path)


@pytest.fixture
def ctx(_template_copy, db_path, clock):
    """This module's database: the 3,000-unit register (overrides the empty one of conftest)."""
    from deskapp.services.app import open_context

    context = open_context(db_path, clock=clock)
    yield context
    context.db.dispose()


@pytest.fixture
def community(ctx):
    return ctx  # set up with the units


@pytest.fixture
def many_units(desk_session) -> list[int]:
    """The units' ids in code order."""
    return registry_units.unit_register_ids(desk_session.ctx, desk_session.actor, UnitFilter())


def sql_rows(session, f=UnitFilter(), **kw):
    """The register's rows in SQL order, as the page query gives them."""
    return registry_units.unit_register(session.ctx, session.actor, f, offset=0, limit=UNITS + 10, **kw).rows


@pytest.fixture
def register(desk_session, many_units, qtbot):
    view = UnitRegisterView(desk_session)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(view, row: int, column: int = 0) -> str:
    return view.model.index(row, column).data()


def test_every_unit_counts_from_the_start_and_only_the_shown_page_is_loaded(register, qtbot):
    model = register.model
    assert model.rowCount() == model.total == UNITS and not model.canFetchMore()
    assert register.count.text() == register.tr("{n} units").format(n=UNITS)
    qtbot.waitUntil(lambda: model.is_cached(0))  # painted
    assert model.id_queries == 1  # not once per sort the view set up
    assert model.pages_loaded == 1


def test_a_row_deep_in_the_register_matches_the_sql_order(register, desk_session):
    rows = sql_rows(desk_session)
    model = register.model
    before = model.pages_loaded
    assert shown(register, 1500) == rows[1500].code
    assert model.row_at(1500) == rows[1500]
    assert shown(register, 1500, 8) == "李四、王五" and shown(register, 1500, 6) == str(rows[1500].building_area)
    assert shown(register, 1501, 3) == str(rows[1501].floor)
    assert model.pages_loaded == before + 1  # rows 1500 and 1501 share a page
    assert [model.id_at(r) for r in range(UNITS)] == [r.id for r in rows]


def test_scrolling_to_the_end_loads_the_last_page_only(register, desk_session, qtbot):
    model, table = register.model, register.table
    qtbot.waitUntil(lambda: model.is_cached(0))
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_cached(UNITS - 1))  # painting loaded it
    assert table.rowAt(table.viewport().height() - 1) == UNITS - 1
    last = sql_rows(desk_session)[-1]
    assert model.cached_row(UNITS - 1) == last and last.owners == "赵六"
    assert model.id_queries == 1 and model.pages_loaded <= 3  # the first page, the last one (and its neighbour)


@pytest.mark.parametrize("column, key", [(0, "code"), (3, "floor"), (1, "building"), (6, "building_area")])
def test_sorting_queries_the_ids_again_in_sql_order(register, desk_session, column, key):
    model = register.model
    register.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    rows = sql_rows(desk_session, sort=key, descending=True)
    assert model.id_queries == 2
    assert [model.id_at(r) for r in range(UNITS)] == [r.id for r in rows]
    assert model.row_at(2222) == rows[2222] and shown(register, 0) == rows[0].code


def test_a_filter_queries_again_and_the_count_follows(register, desk_session):
    model = register.model
    register.state.setCurrentIndex(register.state.findText("空置"))
    register.text.setText("3-1-")
    f = UnitFilter(text="3-1-", state=UnitState.VACANT)
    rows = sql_rows(desk_session, f)
    assert 0 < model.total == len(rows) == registry_units.count_units(desk_session.ctx, desk_session.actor, f)
    assert register.count.text() == register.tr("{n} units").format(n=len(rows))
    assert [model.row_at(r) for r in range(model.total)] == rows
    assert all(r.state is UnitState.VACANT and r.code.startswith("3-1-") for r in rows)


def test_a_change_announcement_refreshes_and_keeps_the_selected_unit(register, desk_session, many_units):
    model, table = register.model, register.table
    table.selectRow(2000)
    chosen = register.selected_unit_id()
    assert chosen == many_units[2000]
    new = registry_units.create_unit(desk_session.ctx, desk_session.actor,
                               {"building": "3", "stairwell": "1", "room": "00001", "building_area": "50"})
    desk_session.bus.announce("units")
    assert model.total == UNITS + 1 and model.id_queries == 2
    assert model.row_for_id(new) == [r.id for r in sql_rows(desk_session)].index(new)
    assert register.selected_unit_id() == chosen and model.id_at(table.currentIndex().row()) == chosen
    desk_session.bus.announce("keys")  # not the register's flag
    assert model.id_queries == 2


def test_enter_on_a_deep_row_opens_that_unit(register, many_units, qtbot):
    index = register.model.index(2750, 0)
    with qtbot.waitSignal(register.unit_opened) as opened:
        register.table.activated.emit(index)
    assert opened.args == [many_units[2750]]
    register.table.selectRow(2999)
    with qtbot.waitSignal(register.unit_opened) as opened:
        register.open_selected()
    assert opened.args == [many_units[2999]]


def test_the_rows_of_ids_come_in_the_order_given_without_units_that_are_gone(desk_session, many_units):
    ctx, actor = desk_session.ctx, desk_session.actor
    wanted = [many_units[2999], 10 ** 9, many_units[0], many_units[1500]]
    rows = registry_units.unit_register_rows(ctx, actor, wanted)
    assert [r.id for r in rows] == [many_units[2999], many_units[0], many_units[1500]]
    assert [r.owners for r in rows] == ["赵六", "张三", "李四、王五"]
    assert registry_units.unit_register_rows(ctx, actor, []) == []
    shops = UnitFilter(building_id=next(b.id for b in registry_community.buildings(ctx, actor) if b.code == "S"),
                       kind=UnitKind.SHOP)
    ids = registry_units.unit_register_ids(ctx, actor, shops, sort="building_area", descending=True)
    assert len(ids) == UNITS // 10
    assert ids == [r.id for r in sql_rows(desk_session, shops, sort="building_area", descending=True)]


# ------------------------------------------------------------------ the model on its own


@dataclass(frozen=True)
class Row:
    id: int
    name: str


def fake_model(n: int, *, gone: frozenset[int] = frozenset(), page: int = 10, max_pages: int = 3):
    asked: list[list[int]] = []

    def rows(ids):
        asked.append(list(ids))
        return [Row(i, f"r{i}") for i in reversed(ids) if i not in gone]  # any order

    cols = [Column("id", lambda: "Id", lambda r: r.id, align_right=True), Column("name", lambda: "Name", lambda r: r.name)]
    model = LazyTableModel(cols, lambda sort, descending: sorted(range(n), reverse=descending), rows,
                           page=page, max_pages=max_pages)
    model.reload()
    return model, asked


def test_the_cache_of_pages_is_bounded_and_least_recently_shown_dropped(qapp):
    model, asked = fake_model(1000)
    for r in range(1000):
        assert model.index(r, 1).data() == f"r{r}"
    assert model.pages_loaded == 100 and len(asked) == 100 and all(len(a) == 10 for a in asked)
    assert [model.is_cached(r) for r in (969, 970, 999)] == [False, True, True]
    model.index(975, 0).data()  # 970–979 becomes the most recently shown
    model.index(0, 0).data()  # loads page 0 and drops 980–989
    assert model.pages_loaded == 101 and asked[-1] == list(range(10))
    assert [model.is_cached(r) for r in (975, 985, 995, 5)] == [True, False, True, True]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert not any(model.is_cached(r) for r in range(1000))  # the ids are queried again, the cache emptied
    assert model.index(0, 0).data() == "999" and asked[-1] == list(range(999, 989, -1))


def test_a_row_gone_since_the_ids_shows_empty(qapp):
    model, _ = fake_model(30, gone=frozenset({12}))
    assert model.rowCount() == 30 and model.row_at(12) is None and model.id_at(12) == 12
    assert model.index(12, 1).data() == "" and model.index(13, 1).data() == "r13"
    assert model.index(12, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_model_tester(qapp, qtmodeltester):
    model, _ = fake_model(250, page=20, max_pages=4)
    qtmodeltester.check(model)
    empty, _ = fake_model(0)
    qtmodeltester.check(empty)


def test_model_tester_on_the_register(register, qtmodeltester):
    register.text.setText("-0050")  # twenty rows: the tester reads every cell
    assert 0 < register.model.total < 200
    qtmodeltester.check(register.model)
