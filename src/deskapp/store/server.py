"""Setting up a centre's PostgreSQL server (issue 18 §1): two roles and a database, with least
privilege, then the schema.

- The owner role (NOLOGIN) owns the database, its tables, the append-only triggers and their
  functions. Nobody signs in as it: the administrator's connection takes it on with SET ROLE to
  run the migrations, so that every object is the owner's and not the administrator's.
- The desk role (LOGIN, the desks' URL) may SELECT, INSERT, UPDATE and DELETE rows and use the
  id sequences — nothing else. PostgreSQL lets only a table's owner DROP TRIGGER or ALTER TABLE …
  DISABLE TRIGGER, so a desk (or anyone with its password) cannot remove the guards that keep the
  audit trail, key history and money records append-only; TRUNCATE, which fires no row trigger,
  is not granted; the migration history (alembic_version) is read-only to it.

Running it again is harmless: roles and the database are made only when missing, the schema is
brought up to the program's version (this is how a server is upgraded), and grants re-applied."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.store import schema
from deskapp.store.db import APPLICATION, Database, to_url

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class ServerPlan:
    admin_url: str          # a superuser (or CREATEROLE + CREATEDB) connection, any database
    database: str = "deskapp"
    owner: str = "deskapp_owner"
    desk: str = "deskapp_desk"
    desk_password: str | None = None  # None: the desk role keeps its password (or has none yet)


@dataclass(frozen=True)
class ServerReport:
    created: tuple[str, ...]   # what was made this time ("role deskapp_desk", "database deskapp")
    upgraded: bool
    desk_url: str              # what the desks give as --db (password hidden)


def _check_names(plan: ServerPlan) -> None:
    for label, name in (("数据库名", plan.database), ("所有者角色", plan.owner), ("客服台角色", plan.desk)):
        if not _NAME.match(name):
            raise ValidationError(label, f"{name!r} 不合适：只用小写字母、数字和下划线，以字母开头")
    if plan.owner == plan.desk:
        raise ValidationError("客服台角色", "必须与所有者角色不同：客服台角色不得拥有任何表")
    if make_url(to_url(plan.admin_url)).get_backend_name() != "postgresql":
        raise ValidationError("管理员连接", "须是 PostgreSQL 服务器的地址，如 postgresql://postgres@服务器/postgres")


def _url(admin_url: str, database: str) -> URL:
    return make_url(to_url(admin_url)).set(database=database)


def _roles_and_database(plan: ServerPlan) -> list[str]:
    created = []
    engine = create_engine(_url(plan.admin_url, make_url(to_url(plan.admin_url)).database or "postgres"),
                           isolation_level="AUTOCOMMIT")  # CREATE DATABASE refuses a transaction
    try:
        with engine.connect() as conn:
            def exists(sql: str, name: str) -> bool:
                return conn.execute(text(sql), {"n": name}).scalar() is not None

            if not exists("SELECT 1 FROM pg_roles WHERE rolname = :n", plan.owner):
                conn.exec_driver_sql(f"CREATE ROLE {plan.owner} NOLOGIN")
                created.append(f"角色 {plan.owner}")
            if not exists("SELECT 1 FROM pg_roles WHERE rolname = :n", plan.desk):
                conn.exec_driver_sql(f"CREATE ROLE {plan.desk} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
                created.append(f"角色 {plan.desk}")
            if plan.desk_password is not None:
                # a literal, not a parameter: ALTER ROLE takes none; quoted by the server's own rules
                quoted = conn.execute(text("SELECT quote_literal(:p)"), {"p": plan.desk_password}).scalar()
                conn.exec_driver_sql(f"ALTER ROLE {plan.desk} PASSWORD {quoted}")
            conn.exec_driver_sql(f"GRANT {plan.owner} TO CURRENT_USER")  # to SET ROLE to it (no-op for a superuser)
            if not exists("SELECT 1 FROM pg_database WHERE datname = :n", plan.database):
                conn.exec_driver_sql(f"CREATE DATABASE {plan.database} OWNER {plan.owner} ENCODING 'UTF8' TEMPLATE template0")
                created.append(f"数据库 {plan.database}")
            conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {plan.database} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {plan.database} TO {plan.desk}")
    finally:
        engine.dispose()
    return created


def _as_owner(plan: ServerPlan) -> Database:
    """The new database, through the administrator's connection acting as the owner role."""
    database = Database.open(_url(plan.admin_url, plan.database).render_as_string(hide_password=False))

    @event.listens_for(database.engine, "connect")
    def _become_owner(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET ROLE {plan.owner}")
        dbapi_conn.commit()

    return database


def _extensions(database: Database) -> None:
    """pg_trgm (the search box's trigram indexes, migration 2810), made by the owner role so that
    it is the owner's: it is a trusted extension, which a database's owner may create without
    being a superuser, and a desk may not drop."""
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def _grant_desk(database: Database, plan: ServerPlan) -> None:
    statements = [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {plan.desk}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {plan.desk}",
        f"REVOKE INSERT, UPDATE, DELETE ON {schema.VERSION_TABLE} FROM {plan.desk}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {plan.desk}",
        # tables a later upgrade adds get the same rights
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {plan.owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {plan.desk}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {plan.owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {plan.desk}",
    ]
    with database.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)


def setup(plan: ServerPlan) -> ServerReport:
    """Make (or bring up to date) the centre's database on a PostgreSQL server."""
    _check_names(plan)
    try:
        created = _roles_and_database(plan)
    except OperationalError as exc:
        raise Conflict(f"无法连接 PostgreSQL 服务器（{_first_line(exc)}）：请检查地址、用户名和密码，"
                       "以及服务器是否在运行") from exc
    except ProgrammingError as exc:
        raise Conflict(f"服务器拒绝了设置（{_first_line(exc)}）：管理员连接须是超级用户，"
                       "或有 CREATEROLE 和 CREATEDB 权限") from exc
    database = _as_owner(plan)
    try:
        _extensions(database)
        result = schema.upgrade(database)
        _grant_desk(database, plan)
    finally:
        database.dispose()
    desk_url = _url(plan.admin_url, plan.database).set(username=plan.desk, password=None)
    return ServerReport(tuple(created), result.upgraded, desk_url.render_as_string(hide_password=True))


@dataclass(frozen=True)
class Connected:
    who: str          # user@host, as the desk's program named its connections
    since: datetime   # its oldest connection's start
    last_seen: datetime  # its latest statement's start (or connection, when none yet)
    connections: int


def connected(db: Database) -> list[Connected]:
    """The deskapp programs connected to this server database now, this one included, from
    pg_stat_activity (store/db.py who_connects names each connection)."""
    rows = db.read_engine.connect()
    try:
        found = rows.execute(text(
            "SELECT application_name, min(backend_start), max(coalesce(query_start, backend_start)), count(*) "
            "FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE :app "
            "GROUP BY application_name ORDER BY 1"), {"app": APPLICATION + " %"}).all()
    finally:
        rows.close()
    return [Connected(name.removeprefix(APPLICATION + " "), since, seen, n) for name, since, seen, n in found]


def _first_line(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0]
