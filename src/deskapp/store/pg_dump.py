"""Backups of a PostgreSQL database with the server's own tools (issue 18 §6): pg_dump in its
custom format (compressed, restorable table by table with pg_restore), and the check that a dump
is whole — pg_restore reads its table of contents, which a truncated or foreign file fails."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from deskapp.domain.errors import Conflict


def _tool(name: str) -> str:
    """The newest installed PostgreSQL's tool (Debian keeps them under /usr/lib/postgresql/N/bin),
    else the one on PATH: pg_dump must not be older than the server."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise Conflict(f"找不到 PostgreSQL 的 {name}：请在这台电脑上安装 PostgreSQL 客户端工具（postgresql-client）")
    return on_path


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The URL as libpq takes it (postgresql://…, no SQLAlchemy driver name) and the password,
    handed over in PGPASSWORD rather than on the command line where `ps` shows it."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return plain, env


def dump(url: str, target: Path) -> None:
    """pg_dump -Fc of the database into `target` (written beside it first, renamed when whole)."""
    plain, env = _libpq(url)
    partial = target.with_name(target.name + ".part")
    done = subprocess.run([_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}", plain],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise Conflict(f"pg_dump 备份失败：{done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    os.replace(partial, target)


def tables_in(dump_file: Path) -> list[str]:
    """The tables a dump holds (pg_restore --list); Conflict when it is not a whole dump."""
    done = subprocess.run([_tool("pg_restore"), "--list", str(dump_file)], capture_output=True, text=True)
    if done.returncode != 0:
        raise Conflict(f"{dump_file} 不是完整的 PostgreSQL 备份（pg_restore 读不出目录）")
    return [line.split()[-2] for line in done.stdout.splitlines() if " TABLE DATA " in line]


def restore(dump_file: Path, url: str, *, role: str | None = None) -> None:
    """pg_restore of a whole dump into the empty database `url`, in one transaction (a failure
    leaves it empty); objects owned by `role` (SET ROLE), as the database's owner owns them."""
    plain, env = _libpq(url)
    argv = [_tool("pg_restore"), "--no-owner", "--single-transaction", "--exit-on-error", f"--dbname={plain}"]
    if role:
        argv.append(f"--role={role}")
    done = subprocess.run([*argv, str(dump_file)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else str(done.returncode)
        raise Conflict(f"pg_restore 恢复失败：{last}")
