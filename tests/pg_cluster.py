"""A throwaway PostgreSQL cluster for the suite (issue 18 §2), when PostgreSQL is installed.

The first test that asks for PostgreSQL starts it: `initdb` and `pg_ctl start` in a temporary
folder, listening on a Unix socket only (no TCP port, no system service, nothing owned by root:
as root, initdb refuses to run, so the cluster is made and run as `nobody` through setpriv).
It migrates a template database once; each test gets a fresh copy of it (CREATE DATABASE …
TEMPLATE, about 0.1 s). Under pytest-xdist the workers share one cluster: the controller names
the folder (DESKAPP_TEST_PG_DIR) before the workers start, the first worker to need it starts it
under a file lock, and each worker copies into a database of its own name. The controller stops
the cluster at the end.

DESKAPP_TEST_PG=0 turns PostgreSQL off for a run (SQLite only); when the binaries or psycopg
are missing the suite runs on SQLite only, and says so in its header."""
from __future__ import annotations

import glob
import importlib.util
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

_DIR_VAR = "DESKAPP_TEST_PG_DIR"
TEMPLATE = "deskapp_template"


def pg_bin() -> Path | None:
    """The newest PostgreSQL's binaries (Debian keeps them under /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def available() -> bool:
    return (os.environ.get("DESKAPP_TEST_PG", "1") != "0" and pg_bin() is not None
            and importlib.util.find_spec("psycopg") is not None)


def _as_owner(argv: list[str]) -> list[str]:
    """Run a server binary as `nobody` when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return argv
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *argv]


@dataclass(frozen=True)
class Cluster:
    folder: Path  # the cluster's data lives in folder/data, its socket in folder

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        who = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{who}@/{database}?host={self.folder}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        out = subprocess.run([str(pg_bin() / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                              "-h", str(self.folder), "-U", "postgres", "-d", database, "-c", sql],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()

    def fresh_database(self, name: str) -> str:
        """A new database `name` at the current schema (a copy of the migrated template)."""
        self.drop_database(name)
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE} STRATEGY FILE_COPY')
        return self.url(name)

    def copy_database(self, source: str, name: str) -> str:
        """A copy of database `source` (nobody may be connected to it meanwhile)."""
        self.drop_database(name)
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
        return self.url(name)

    def empty_database(self, name: str) -> str:
        """A new, empty database `name` (no schema yet)."""
        self.drop_database(name)
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _start(folder: Path) -> Cluster:
    binaries = pg_bin()
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody", "nogroup")
    folder.chmod(0o700)
    data = folder / "data"
    subprocess.run(_as_owner([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                   check=True, capture_output=True)
    options = f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=200"
    subprocess.run(_as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
                              "-w", "start"]), check=True, capture_output=True)
    cluster = Cluster(folder)
    cluster.psql(f"CREATE DATABASE {TEMPLATE}")
    from deskapp.services.app import open_context

    open_context(cluster.url(TEMPLATE)).db.dispose()  # migrated once, by the program's own upgrade
    (folder / "ready").write_text("1")
    return cluster


def _stop(folder: Path) -> None:
    if (folder / "data" / "postmaster.pid").exists():
        subprocess.run(_as_owner([str(pg_bin() / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                                  "-w", "stop"]), capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)
    Path(str(folder) + ".lock").unlink(missing_ok=True)


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "postgresql: runs on the throwaway PostgreSQL cluster")
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; not run on PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only: about several desks on a server; run on PostgreSQL only")
    if not hasattr(config, "workerinput") and available() and _DIR_VAR not in os.environ:
        # The controller (or a run without xdist) names the folder; workers inherit it.
        folder = Path(tempfile.mkdtemp(prefix="deskapp-pg-"))
        os.environ[_DIR_VAR] = str(folder)
        config._deskapp_pg_dir = folder


def pytest_unconfigure(config) -> None:
    folder = getattr(config, "_deskapp_pg_dir", None)
    if folder is not None:
        _stop(folder)


def pytest_collection_modifyitems(config, items) -> None:
    """Without PostgreSQL here the tests that need the cluster itself are left out of the run
    (and said to be): setup.sh installs it, so CI always runs them."""
    if available():
        return
    left = [item for item in items if "pg_cluster" in getattr(item, "fixturenames", ())
            or item.get_closest_marker("postgresql_only") or item.get_closest_marker("postgresql")]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = [item for item in items if item not in left]


def pytest_report_header(config) -> str:
    return "database backends: sqlite, postgresql" if available() else "database backends: sqlite only"


# The layers whose tests run on both backends (issue 18 §2); a test about the SQLite file itself
# says @pytest.mark.sqlite_only.
BOTH_BACKENDS = ("store", "services", "cli")


def pytest_generate_tests(metafunc) -> None:
    """Every test of those layers that opens a database through `ctx`/`db_url` runs twice: on a
    SQLite file and on the throwaway PostgreSQL cluster (tests/pg_cluster.py)."""
    if "db_backend" not in metafunc.fixturenames or not available():
        return
    layer = metafunc.definition.path.relative_to(Path(__file__).parent).parts[0]
    on_server = pytest.param("postgresql", marks=pytest.mark.postgresql)
    if metafunc.definition.get_closest_marker("postgresql_only"):
        metafunc.parametrize("db_backend", [on_server], indirect=True)
        return
    if layer not in BOTH_BACKENDS or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("db_backend", ["sqlite", on_server], indirect=True)


def cluster() -> Cluster:
    """The run's cluster, started by whichever process asks first."""
    from filelock import FileLock

    folder = Path(os.environ[_DIR_VAR])
    with FileLock(str(folder) + ".lock"):
        if not (folder / "ready").exists():
            return _start(folder)
    return Cluster(folder)


@pytest.fixture(scope="session")
def pg_cluster() -> Cluster:
    if not available():
        pytest.fail("PostgreSQL is not installed here (scripts/setup.sh installs it)")
    return cluster()


@pytest.fixture(scope="session")
def pg_worker_db(worker_id) -> str:
    """This worker's database name; each test re-creates it from the template."""
    return f"deskapp_{worker_id}"
