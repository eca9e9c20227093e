"""The audit chain's head anchored outside the database (check history, backup manifests, paper):
`check` names the anchor that disagrees and what it means; a restore keeps the history and
does not trip over the anchors it supersedes; a doctored backup is refused with the reason."""
from __future__ import annotations

import json
import sqlite3

import pytest
from billing_helpers import billed_community

from deskapp.domain import audit_anchors as rules
from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import ValidationError
from deskapp.services import audit
from deskapp.services.accounts import audit_anchors, backup, check
from deskapp.services.registry import community as registry_community
from deskapp.services.billing import payments, run
from deskapp.store.queries import accounts as q

pytestmark = pytest.mark.sqlite_only  # anchors in SQLite backup files beside the database


def write_some(ctx, admin, n=3, start=0):
    for i in range(start, start + n):
        registry_community.add_building(ctx, admin, f"B{i}")


def plain(ctx) -> sqlite3.Connection:
    ctx.db.dispose()
    return sqlite3.connect(ctx.db.path, isolation_level=None)


def head(ctx) -> tuple[int, str]:
    with ctx.reader() as uow:
        return audit_anchors.head(uow.session)


def rewrite_and_recompute(ctx, row_id: int, summary: str) -> None:
    """What a file editor who knows the hash can do: change one row and recompute every later hash."""
    with ctx.reader() as uow:
        rows = list(q.chain_rows(uow.session))
    con = plain(ctx)
    for name in ("audit_log_no_update", "audit_log_no_delete"):
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    prev = None
    for r in rows:
        rid, prev_hash, _hash, at, *rest = r
        if rid < row_id:
            prev = _hash
            continue
        if rid == row_id:
            rest[6] = summary  # (actor_name, actor_role, action, entity, entity_id, unit_id, summary, ...)
        new = audit.row_digest(prev, at, *rest)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ?, summary = ? WHERE id = ?", (prev, new, rest[6], rid))
        prev = new
    con.close()


def test_each_clean_check_appends_to_the_history(community, admin):
    write_some(community, admin)
    assert check.run_check(community, admin).ok
    write_some(community, admin, start=10)
    assert check.run_check(community, admin).ok
    lines = audit_anchors.history_file(community).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["id"] < json.loads(lines[1])["id"]


def test_truncation_after_deleting_the_history_is_caught_by_a_backup_manifest(community, admin):
    write_some(community, admin)
    saved = backup.backup_now(community, admin)
    manifest = json.loads(audit_anchors.manifest_path(saved).read_text(encoding="utf-8"))
    assert manifest["audit_head"]["id"] == head(community)[0] - 1  # the backup.create row comes after the copy
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute(f"DELETE FROM audit_log WHERE id >= {manifest['audit_head']['id'] - 1}")
    con.close()
    audit_anchors.history_file(community).unlink(missing_ok=True)
    found = check.run_check(community, admin).problems
    assert any(f"备份 {saved.name} 的清单记着第 {manifest['audit_head']['id']} 条" in p and "末尾的记录被删除" in p
               for p in found), found


def test_a_rewritten_and_recomputed_chain_is_caught_by_the_history(community, admin):
    write_some(community, admin)
    assert check.run_check(community, admin).ok
    rewrite_and_recompute(community, 3, "伪造的摘要")
    report = check.run_check(community, admin)
    chain = {r.name: r for r in report.results}["审计日志哈希链"]
    assert chain.problems == []  # the chain alone looks sound
    assert any("检查记录" in p and "被改写过，哈希链被重新计算" in p for p in report.problems), report.lines()


def test_a_paper_anchor_typed_back_is_compared(community, admin):
    write_some(community, admin)
    rid, h = head(community)
    ok = check.run_check(community, admin, paper=[rules.parse(f"{rid}:{h[:8]}")])
    assert ok.ok and {r.name: r for r in ok.results}["审计链锚点（检查记录、备份清单、纸面）"].checked >= 1
    wrong = check.run_check(community, admin, paper=[rules.parse(f"第 {rid} 条 · 00000000")])
    assert any(f"纸面锚点记着第 {rid} 条审计记录（00000000）" in p for p in wrong.problems), wrong.lines()
    with pytest.raises(ValidationError, match="锚点"):
        rules.parse("12:xyz")


def test_a_restore_keeps_the_history_and_supersedes_later_anchors(community, admin):
    write_some(community, admin)
    saved = backup.backup_now(community, admin)
    write_some(community, admin, start=10)
    assert check.run_check(community, admin).ok  # an anchor beyond the backup's end
    history_before = audit_anchors.history_file(community).read_text(encoding="utf-8")
    backup.restore(community, admin, saved)
    assert audit_anchors.history_file(community).read_text(encoding="utf-8") == history_before
    report = check.run_check(community, admin)  # the before-restore manifest and the old anchor are superseded
    assert report.ok, report.lines()
    write_some(community, admin, start=20)
    assert check.run_check(community, admin).ok
    assert len(audit_anchors.history(community)) == 3


@pytest.fixture
def paid_backup(community, admin, clerk):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    receipt = payments.take_payment(community, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.CASH)
    saved = backup.backup_now(community, admin)
    return community, saved, receipt


def doctor(path, *statements) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        con.execute(sql)
    con.close()


def refused(ctx, admin, saved) -> str:
    before = head(ctx)
    with pytest.raises(backup.BadBackup) as caught:
        backup.restore(ctx, admin, saved)
    assert head(ctx) == before  # the live database is untouched
    return str(caught.value)


def test_a_clean_backup_passes_its_checks(paid_backup, admin):
    ctx, saved, _ = paid_backup
    info = backup.inspect_backup(ctx, saved)
    assert info.head is not None


def test_a_backup_with_a_dropped_trigger_is_refused(paid_backup, admin):
    ctx, saved, _ = paid_backup
    doctor(saved, "DROP TRIGGER receipts_no_update")
    text = refused(ctx, admin, saved)
    assert "被改动过，不能用来恢复" in text and "触发器 receipts_no_update 不存在" in text
    assert "校验值不同" in text


def test_a_backup_with_a_lowered_receipt_is_refused(paid_backup, admin):
    ctx, saved, receipt = paid_backup
    # the doctor also rewrites the manifest's checksum, so only the money check can tell
    doctor(saved, "DROP TRIGGER receipts_no_update",
           f"UPDATE receipts SET amount = amount - 10000 WHERE id = {receipt.id}",
           "CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts BEGIN SELECT 1; END")
    manifest = audit_anchors.manifest_path(saved)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["sha256"] = backup.sha256_of(saved)
    manifest.write_text(json.dumps(data), encoding="utf-8")
    text = refused(ctx, admin, saved)
    assert f"收据 {receipt.number}：实收 275.00" in text and "审计记录为 375.00" in text
    assert "触发器 receipts_no_update 的定义被改动过" in text


def test_a_backup_missing_its_last_audit_rows_is_refused_even_without_its_manifest(paid_backup, admin):
    ctx, saved, _ = paid_backup
    doctor(saved, "DROP TRIGGER audit_log_no_delete",
           "DELETE FROM audit_log WHERE id >= (SELECT max(id) - 1 FROM audit_log)")
    audit_anchors.manifest_path(saved).unlink()
    text = refused(ctx, admin, saved)
    assert "备份时写入审计日志的记录记着第" in text and "末尾的记录被删除" in text
    assert "文件与备份时审计日志记下的校验值不同" in text
    assert "触发器 audit_log_no_delete 不存在" in text


def test_a_backup_doctored_after_it_was_checked_is_checked_again(paid_backup, admin):
    ctx, saved, _ = paid_backup
    info = backup.inspect_backup(ctx, saved)  # what the desk does before asking
    doctor(saved, "DROP TRIGGER bills_no_update")  # changed while the question was open
    before = head(ctx)
    with pytest.raises(backup.BadBackup, match="触发器 bills_no_update 不存在"):
        backup.restore(ctx, admin, saved, checked=info)
    assert head(ctx) == before


def test_another_databases_backup_in_the_folder_is_not_compared_but_a_rewritten_trail_is(community, admin):
    write_some(community, admin)
    saved = backup.backup_now(community, admin)
    data = json.loads(audit_anchors.manifest_path(saved).read_text(encoding="utf-8"))
    data.update(trail="f" * 64, audit_head={"id": 999, "hash": "e" * 64})
    for name in ("other-manual-20261127-0930.sqlite", f"{community.db.path.stem}-manual-20261127-0931.sqlite"):
        (saved.parent / name).write_bytes(saved.read_bytes())
        (saved.parent / (name + ".json")).write_text(json.dumps(data), encoding="utf-8")
    found = check.run_check(community, admin).problems
    assert not any("other-manual" in p for p in found), found
    assert any(f"{community.db.path.stem}-manual-20261127-0931.sqlite 的清单" in p and "第 1 条记录与日志的第 1 条不同" in p
               for p in found), found


def test_a_file_backed_up_again_under_the_same_name_is_judged_by_its_newest_backup(community, admin, tmp_path):
    target = tmp_path / "b.sqlite"
    backup.backup_to(community, admin, target)
    write_some(community, admin)
    backup.backup_to(community, admin, target)  # the first backup's audit row, with a shorter head, is not its
    assert backup.inspect_backup(community, target).head[0] == head(community)[0] - 1
