"""Shared fixtures. Every test runs with user folders redirected to a temporary directory and
Qt on the offscreen platform; Qt warnings fail the test (pytest-qt qt_log_level_fail)."""
from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

# Before anything imports Qt: no real display, no real home.
_HOME = Path(tempfile.mkdtemp(prefix="deskapp-test-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_HOME)
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
(_HOME / "runtime").mkdir(mode=0o700)
os.environ.pop("DESKAPP_DB", None)

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

pytest_plugins = ("logfail", "pg_cluster")

# No timing assertions in tests (house rule): Hypothesis's deadline and its too_slow health check
# are both timings, which fail on a loaded CI machine without anything being wrong.
settings.register_profile("desk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("desk")

from support import CST, make_actor  # noqa: E402

from deskapp.domain.clock import FixedClock  # noqa: E402
from deskapp.domain.permissions import Role  # noqa: E402


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 27, 9, 30, tzinfo=CST))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    """Migrated once per test session; each test gets a copy (migrations are tested on their own)."""
    from deskapp.services.app import open_context

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_context(path).db.dispose()
    return path


@pytest.fixture
def db_backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(request, db_backend, db_path, _template_db) -> str:
    """A fresh database at the current schema: a copy of the migrated template, as a path (SQLite)
    or a postgresql+psycopg URL."""
    if db_backend == "sqlite":
        from deskapp.store.db import sqlite_backup

        sqlite_backup(_template_db, db_path)
        return str(db_path)
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.fresh_database(request.getfixturevalue("pg_worker_db"))


@pytest.fixture(autouse=True)
def _no_listener_outlives_its_test():
    """A desk window a test leaves open (no close event) keeps LISTENing on the worker's database;
    the next test would see it as a desk still connected (a server restore refuses then)."""
    yield
    from deskapp.store import notify

    notify.stop_all()


@pytest.fixture
def copy_db(request, db_backend, tmp_path):
    """copy_db(ctx) → the URL (or path) of a copy of ctx's database as it is now, on its backend."""
    def copy(ctx) -> str:
        ctx.db.dispose()
        if db_backend == "sqlite":
            from deskapp.store.db import sqlite_backup

            target = tmp_path / "copy.sqlite"
            sqlite_backup(ctx.db.path, target)
            return str(target)
        from sqlalchemy.engine import make_url

        source = make_url(ctx.db.url).database
        return request.getfixturevalue("pg_cluster").copy_database(source, source + "_copy")
    return copy


@pytest.fixture
def empty_db_url(request, db_backend, tmp_path) -> str:
    """A database with no schema yet: a new SQLite file's path, or an empty PostgreSQL database."""
    if db_backend == "sqlite":
        return str(tmp_path / "new.sqlite")
    return request.getfixturevalue("pg_cluster").empty_database(request.getfixturevalue("pg_worker_db"))


@pytest.fixture
def ctx(db_url, clock):
    """A fresh database at the current schema."""
    from deskapp.services.app import open_context

    context = open_context(db_url, clock=clock)
    yield context
    context.db.dispose()


@pytest.fixture
def admin() -> Actor:
    return make_actor(Role.ADMIN)


@pytest.fixture
def clerk() -> Actor:
    return make_actor(Role.CLERK)


@pytest.fixture
def supervisor() -> Actor:
    return make_actor(Role.SUPERVISOR)


@pytest.fixture
def steward() -> Actor:
    return make_actor(Role.STEWARD)


@pytest.fixture
def community(ctx, admin):
    """A small community: building 3 with stairwells 1–2, and shop building S."""
    from deskapp.services.registry import community as registry_community

    registry_community.setup_community(ctx, admin, "翠湖花园", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666")
    registry_community.add_building(ctx, admin, "3")
    registry_community.add_building(ctx, admin, "S", "商业街")
    return ctx


@pytest.fixture
def desks(community):
    """Two desks on the community's database: this one's context and another's, opened apart."""
    from deskapp.services.context import Context
    from deskapp.store.db import Database

    other = Context(db=Database.open(community.db.url), clock=community.clock)
    yield community, other
    other.db.dispose()
