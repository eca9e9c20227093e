"""`deskapp migrate --to postgresql://…` (issue 18 §6): a centre that outgrows one PC moves its
SQLite file onto the server, losing nothing. The target must be empty (no rows; no tables yet,
or only those `deskapp server setup` made); its schema comes from the migrations; every table is
copied in one transaction (store/move_to_server.py says how, and why the guards stay on); then it
is verified — row counts per table, the money totals, the audit chain and the append-only
triggers on the server, the number counters — and the move is written into the server's audit
trail. The SQLite file is only read, and kept."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.permissions import Role, define
from deskapp.services import audit
from deskapp.services.accounts import check as check_service
from deskapp.services.context import Actor, Context
from deskapp.store import move_to_server as move
from deskapp.store import schema
from deskapp.store.db import Database

MOVE = define("server.move", "把数据搬到服务器数据库", {Role.ADMIN})

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class MoveReport:
    source: Path
    target: str  # without its password
    comparison: move.Comparison
    audit_rows: int
    chain_problems: list[str]

    @property
    def problems(self) -> list[str]:
        return self.comparison.problems + self.chain_problems


def _refuse_filled(target: Database) -> None:
    filled = move.rows_in_target(target.engine)
    if filled:
        shown = "、".join(f"{name}（{n} 行）" if n > 0 else f"{name}（非客服台的表）"
                         for name, n in sorted(filled.items())[:8])
        raise Conflict(f"目标数据库不是空的：{shown}。只能搬到空数据库（新建的，或只运行过 deskapp server setup 的），"
                       "以免两份数据混在一起。什么都没有写入。")


def _verify(ctx: Context, target: Database) -> MoveReport:
    comparison = move.compare(ctx.db.read_engine, target.read_engine)
    session = target.read_session()
    try:
        rows, problems = check_service.chain_problems(session)
        problems = problems + check_service.trigger_problems(session)[1]
    finally:
        session.close()
    return MoveReport(ctx.db.path, target.location, comparison, rows, problems)


def move_to_server(ctx: Context, actor: Actor, target_url: str, *, progress: Progress = lambda *_: None) -> MoveReport:
    """Copy this SQLite centre into the empty server database `target_url`, verify, report."""
    actor.require(MOVE)
    if not ctx.db.is_sqlite:
        raise ValidationError("数据库", "搬迁的来源须是 SQLite 数据库文件（--db 给文件）")
    if not move.is_postgresql(target_url):
        raise ValidationError("--to", "须是 PostgreSQL 数据库的地址，如 postgresql://deskapp_owner@服务器/deskapp")
    target = Database.open(target_url)
    try:
        _refuse_filled(target)
        progress("表结构（迁移脚本）", 0, 1)
        schema.upgrade(target)
        move.copy_all(ctx.db.read_engine, target.engine, progress)
        report = _verify(ctx, target)
        if not report.problems:
            audit.record_event(Context(db=target, clock=ctx.clock), actor, "server.move", "database", None,
                               summary=f"从 SQLite 文件 {ctx.db.path} 搬到服务器数据库，核对一致",
                               after={"file": str(ctx.db.path),
                                      "rows": sum(a for a, _ in report.comparison.counts.values())})
        return report
    finally:
        target.dispose()
