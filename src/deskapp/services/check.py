"""`deskapp check`: is the database sound? SQLite's own check, the audit trail's hash chain,
the append-only triggers, and every invariant the areas register under the "checks" hook (money totals, ...).

The chain's head (last id and hash) is remembered in a small file beside the database after
each check, so that removing the newest audit rows, which leaves a valid chain, is noticed
the next time."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from deskapp import output_file
from deskapp.domain import audit_chain
from deskapp.domain.permissions import DESK, define
from deskapp.services import audit, hooks
from deskapp.services.context import Actor, Context
from deskapp.services.hooks import CheckResult
from deskapp.store.models.accounts import AuditEntry
from deskapp.store import triggers
from deskapp.store.queries import accounts as q

RUN = define("check.run", "检查数据库", DESK)


@dataclass
class CheckReport:
    results: list[CheckResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(r.problems for r in self.results)

    @property
    def problems(self) -> list[str]:
        return [f"{r.name}：{p}" for r in self.results for p in r.problems]

    def lines(self) -> list[str]:
        out = []
        for r in self.results:
            state = "正常" if not r.problems else f"发现 {len(r.problems)} 处问题"
            out.append(f"{r.name}：检查 {r.checked} 项，{state}")
            out += [f"    - {p}" for p in r.problems]
        out.append("结论：" + ("全部正常" if self.ok else f"共发现 {len(self.problems)} 处问题"))
        return out


def _anchor_file(ctx: Context) -> Path | None:
    return ctx.db.path.with_name(ctx.db.path.name + ".audit-head") if ctx.db.is_sqlite else None


def _read_anchor(ctx: Context) -> tuple[int, str] | None:
    path = _anchor_file(ctx)
    if path is None or not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return int(data["id"]), str(data["hash"])
    except (ValueError, KeyError, TypeError):
        return None


def _write_anchor(ctx: Context, last_id: int | None, last_hash: str) -> None:
    path = _anchor_file(ctx)
    if path is None or last_id is None:
        return
    output_file.write_text(path, json.dumps({"id": last_id, "hash": last_hash}), field="审计锚点文件")


def forget_head(ctx: Context) -> None:
    """After a restore the trail legitimately ends earlier: start remembering afresh."""
    path = _anchor_file(ctx)
    if path is not None:
        path.unlink(missing_ok=True)


def sqlite_check(ctx: Context, *, full: bool = False) -> CheckResult:
    name = "SQLite 完整性检查" if full else "SQLite 快速检查"
    if not ctx.db.is_sqlite:
        return CheckResult(name + "（服务器数据库，不适用）", 0)
    con = sqlite3.connect(f"file:{ctx.db.path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return CheckResult(name, 0, [f"数据库文件读不出来：{exc}"])
    finally:
        con.close()
    problems = [] if rows == ["ok"] else rows
    problems += [f"表 {t} 第 {rowid} 行引用的 {parent} 不存在" for t, rowid, parent, _ in fk]
    return CheckResult(name, pages, problems)


def chain_check(ctx: Context, on_row: Callable[[int], None] | None = None) -> CheckResult:
    with ctx.reader() as uow:
        rows = (audit_chain.ChainRow(r[0], r[1], r[2], audit.row_digest(r[1], *r[3:]))
                for r in q.chain_rows(uow.session))
        report = audit_chain.verify(rows, on_row)
        problems = report.problems()
        anchor = _read_anchor(ctx)
        if anchor is not None:
            anchor_id, anchor_hash = anchor
            stored = uow.session.execute(select(AuditEntry.hash).where(AuditEntry.id == anchor_id)).scalar()
            if stored is None:
                problems.append(f"上次检查时的最后一条审计记录（第 {anchor_id} 条）已不存在：末尾的记录被删除")
            elif stored != anchor_hash:
                problems.append(f"上次检查时的最后一条审计记录（第 {anchor_id} 条）已被改写")
    if not problems:
        _write_anchor(ctx, report.last_id, report.last_hash)
    return CheckResult("审计日志哈希链", report.checked, problems)


def trigger_check(ctx: Context) -> CheckResult:
    """Every append-only trigger is there with the body its migration gave it: a file editor who
    drops one to rewrite history, or puts back a weaker one, is noticed."""
    name = "防篡改触发器"
    if not ctx.db.is_sqlite:
        return CheckResult(name + "（服务器数据库，不适用）", 0)
    wanted = triggers.expected()
    with ctx.reader() as uow:
        found = triggers.present(uow.session)
    problems = []
    for trigger, sql in wanted.items():
        if trigger not in found:
            problems.append(f"触发器 {trigger} 不存在：有人删除了它，相应的表可以被改写")
        elif found[trigger] != sql:
            problems.append(f"触发器 {trigger} 的定义被改动过，与建库时不同")
    return CheckResult(name, len(wanted), problems)


def run_check(ctx: Context, actor: Actor, *, full: bool = False,
              progress: Callable[[int, int], None] | None = None) -> CheckReport:
    """Everything `deskapp check` looks at; records that it ran (with what it found)."""
    actor.require(RUN)
    report = CheckReport()
    report.results.append(sqlite_check(ctx, full=full))
    with ctx.reader() as uow:
        total = uow.session.query(AuditEntry.id).count()
    step = max(total // 100, 1)

    def on_row(n: int) -> None:
        if progress and n % step == 0:
            progress(n, total)

    report.results.append(chain_check(ctx, on_row))
    report.results.append(trigger_check(ctx))
    with ctx.reader() as uow:
        report.results.extend(hooks.collect("checks", uow.session, ctx))
    try:
        audit.record_event(ctx, actor, "check.run", "database", None,
                           summary="检查数据库：" + ("全部正常" if report.ok else f"发现 {len(report.problems)} 处问题"),
                           after={"full": full, "problems": report.problems[:50]})
    except Exception as exc:  # a damaged database may refuse the write; say so in the report
        report.results.append(CheckResult("记录本次检查", 1, [f"无法写入审计日志：{exc}"]))
    else:
        if report.ok:
            with ctx.reader() as uow:
                last = uow.session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc())
                                           .limit(1)).first()
            if last is not None:
                _write_anchor(ctx, last[0], last[1])
    return report
