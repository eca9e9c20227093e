"""Whole databases on the centre's PostgreSQL server (issue 18 §6): made, renamed, dropped and
their connections listed, through a maintenance connection (the server's `postgres` database),
since a database cannot be created, renamed or dropped from a connection to itself."""
from __future__ import annotations

import re
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from deskapp.domain.errors import Conflict
from deskapp.store.db import to_url

# What pg_stat_activity says about a connection to the database: who, from where, which program
_WHO = ("SELECT coalesce(nullif(application_name, ''), usename) || ' (' || usename || "
        "coalesce('@' || host(client_addr), '') || ')' FROM pg_stat_activity "
        "WHERE datname = :db AND pid <> pg_backend_pid() ORDER BY backend_start")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def database_name(url: str) -> str:
    return make_url(to_url(url)).database or ""


def with_database(url: str, name: str) -> str:
    """The same server and role, another database (password kept: it is handed to engines)."""
    return make_url(to_url(url)).set(database=name).render_as_string(hide_password=False)


def _quoted(name: str) -> str:
    if not _NAME.match(name):  # names come from the URL and a timestamp; anything else is refused
        raise Conflict(f"数据库名 {name!r} 不合适：只用字母、数字和下划线")
    return f'"{name}"'


@contextmanager
def maintenance(url: str):
    """An autocommit connection to the server's `postgres` database as the URL's role
    (CREATE/ALTER/DROP DATABASE refuse a transaction and a connection to the database itself)."""
    engine = create_engine(with_database(url, "postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    except (OperationalError, ProgrammingError) as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise Conflict(f"服务器拒绝了（{first}）：建立、改名数据库须用管理员或数据库所有者的连接"
                       "（restore 的 --admin-url）") from exc
    finally:
        engine.dispose()


def others_connected(conn: Connection, name: str) -> list[str]:
    """Every connection to database `name` but this one, named as the server knows it."""
    return list(conn.execute(text(_WHO), {"db": name}).scalars())


def owner_of(conn: Connection, name: str) -> str:
    return conn.execute(text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :n"),
                        {"n": name}).scalar_one()


def exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar() is not None


def create(conn: Connection, name: str, owner: str) -> None:
    conn.exec_driver_sql(f"CREATE DATABASE {_quoted(name)} OWNER {_quoted(owner)} ENCODING 'UTF8' TEMPLATE template0")
    # the desks reach the new database as they reached the old one (store/server.py's grants)
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {_quoted(name)} FROM PUBLIC")


def copy_database_grants(conn: Connection, source: str, target: str) -> None:
    """CONNECT/TEMPORARY the source database gives (to the desk role) given by the target too."""
    grantees = conn.execute(text(
        "SELECT DISTINCT a.grantee::regrole::text FROM pg_database d, aclexplode(d.datacl) a "
        "WHERE d.datname = :n AND a.privilege_type = 'CONNECT' AND a.grantee <> 0 AND a.grantee <> d.datdba"),
        {"n": source}).scalars().all()
    for role in grantees:
        conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {_quoted(target)} TO {_quoted(role.strip(chr(34)))}")


def rename(conn: Connection, old: str, new: str) -> None:
    conn.exec_driver_sql(f"ALTER DATABASE {_quoted(old)} RENAME TO {_quoted(new)}")


def drop(conn: Connection, name: str) -> None:
    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)")
