"""The audit trail is append-only (triggers) and `check` finds a changed, removed or inserted row."""
from __future__ import annotations

import sqlite3

import pytest
from support import REFUSED, PlainSQL

from deskapp.services import audit
from deskapp.services.accounts import audit_anchors, check
from deskapp.services.registry import community as registry_community
from deskapp.store.queries import accounts as q


def write_some(ctx, admin, n=5):
    for i in range(n):
        registry_community.add_building(ctx, admin, f"B{i}")


def plain(ctx) -> sqlite3.Connection:
    ctx.db.dispose()
    return sqlite3.connect(ctx.db.path, isolation_level=None)


def test_triggers_refuse_update_and_delete(community):
    con = PlainSQL(community)  # on both backends
    with pytest.raises(REFUSED, match="append-only"):
        con.execute("UPDATE audit_log SET summary = 'x' WHERE id = 1")
    with pytest.raises(REFUSED, match="append-only"):
        con.execute("DELETE FROM audit_log WHERE id = 1")
    con.close()


def test_a_clean_trail_checks_ok_twice(community, admin):
    write_some(community, admin)
    first = check.run_check(community, admin)
    second = check.run_check(community, admin)
    assert first.ok and second.ok, first.lines()
    chain = {r.name: r for r in second.results}["审计日志哈希链"]
    if audit_anchors.history_file(community) is not None:
        # the second walks on from the head the first one verified (and anchored): nothing new since
        assert chain.checked == 0 and chain.note.startswith("自第 9 条起")
    else:  # a server database keeps no check history beside it: every check walks it all
        assert chain.checked >= 9 and chain.note == ""
    full = check.run_check(community, admin, full=True)
    chain = {r.name: r for r in full.results}["审计日志哈希链"]
    assert full.ok and chain.checked >= 10 and chain.note == ""  # the writes and both checks' rows


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_a_row_edited_before_the_anchor_is_found_by_the_full_check(community, admin):
    """The daily check trusts what a clean check walked before; `--full` walks it all again."""
    write_some(community, admin)
    assert check.run_check(community, admin).ok  # anchors the head
    for code in ("C1", "C2"):
        registry_community.add_building(community, admin, code)
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET summary = '改过的' WHERE id = 3")  # before the anchor
    last = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    con.execute(f"UPDATE audit_log SET summary = '也改过' WHERE id = {last}")  # after it
    con.close()
    daily = check.run_check(community, admin).problems
    assert any(f"第 {last} 条的内容被改动过" in p for p in daily), daily
    assert not any("第 3 条" in p for p in daily), daily
    full = check.run_check(community, admin, full=True).problems
    assert any("第 3 条的内容被改动过" in p for p in full), full
    assert any(f"第 {last} 条的内容被改动过" in p for p in full), full


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_an_edited_row_is_reported(community, admin):
    write_some(community, admin)
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET summary = '改过的' WHERE id = 3")
    con.close()
    report = check.run_check(community, admin)
    assert not report.ok
    assert any("第 3 条的内容被改动过" in p for p in report.problems)
    again = check.run_check(community, admin)
    assert again.problems == report.problems  # nothing new the second time


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_a_deleted_row_is_reported(community, admin):
    write_some(community, admin)
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log WHERE id = 4")
    con.close()
    report = check.run_check(community, admin)
    assert any("第 5 条之前有记录被删除" in p for p in report.problems), report.lines()
    assert check.run_check(community, admin).problems == report.problems


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_an_inserted_row_is_reported(community, admin):
    write_some(community, admin)
    con = plain(community)
    last = con.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    con.execute("INSERT INTO audit_log (at, actor_name, actor_role, action, entity, summary, prev_hash, hash) "
                "VALUES ('2026-11-27 01:00:00.000000', 'ghost', '管理员', 'registry.setup', 'x', '伪造', ?, ?)",
                (last, "f" * 64))
    con.close()
    report = check.run_check(community, admin)
    assert not report.ok
    assert any("被改动过" in p or "插入" in p for p in report.problems), report.lines()


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_removing_the_newest_rows_is_noticed_by_the_remembered_head(community, admin):
    write_some(community, admin)
    assert check.run_check(community, admin).ok  # remembers the head
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log WHERE id >= (SELECT max(id) - 1 FROM audit_log)")
    con.close()
    report = check.run_check(community, admin)
    assert any("末尾的记录被删除" in p for p in report.problems), report.lines()


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_check_exit_reflects_sqlite_damage(community, admin, tmp_path):
    report = check.run_check(community, admin, full=True)
    sqlite_result = report.results[0]
    assert sqlite_result.name == "SQLite 完整性检查" and sqlite_result.checked > 0 and not sqlite_result.problems


def _damage_index_page(path, table: str) -> None:
    """Flip letters in the first index page of `table`: SQLite finds rows missing from that
    index, while every other page (the audit trail's included) still reads."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                       (table,)).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek(root * size - 40)  # the end of the page, where its cells are
        cells = f.read(40)
        f.seek(root * size - 40)
        f.write(bytes(b ^ 0x20 if 0x41 <= b <= 0x7A else b for b in cells))


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_the_full_check_reports_a_damaged_page_and_an_edited_row_together(community, admin):
    """integrity_check runs in a thread beside the chain walk: both findings still reach the report,
    SQLite's first, each part with its own time."""
    write_some(community, admin)
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET summary = '改过的' WHERE id = 3")
    con.close()
    _damage_index_page(community.db.path, "buildings")
    report = check.run_check(community, admin, full=True)
    first, parts = report.results[0], {r.name: r for r in report.results}
    assert first.name == "SQLite 完整性检查" and first.seconds > 0
    assert any("missing from index sqlite_autoindex_buildings" in p for p in first.problems), report.lines()
    chain = parts["审计日志哈希链"]
    assert chain.problems == ["审计日志第 3 条的内容被改动过（哈希不符）"] and chain.seconds > 0
    assert not report.ok and report.lines()[-1] == f"结论：共发现 {len(report.problems)} 处问题"


NASTY = ['引号 " 反斜杠 \\ 换行\n制表\t回车\r', "\b\f\x01\x1f\x7f\x00", "表情 😀 \u2028 </script>", ""]


@pytest.mark.sqlite_only  # SQLite builds the texts (a server's chain is digested in Python); NUL is no text there
def test_sqlite_builds_the_same_digest_text_as_the_program(community, admin):
    """The chain check digests the JSON text SQLite builds: for every kind of value a row holds
    (control characters, quotes, emoji, no unit, a unit, no before/after) it is the text
    `record` digested, so a clean trail verifies without the fallback."""
    with community.uow() as uow:
        for i, text in enumerate(NASTY):
            audit.record(uow.session, community, admin, "registry.note", "note", text or None, summary=text,
                         before={"值": text} if i % 2 else None, after={"n": i, "t": text}, unit_id=i or None)
        uow.commit()
    with community.reader() as uow:
        texts = q.chain_digest_texts(uow.session)
        by_id = {r[0]: r for r in q.chain_rows(uow.session)}
        for row_id, _prev, stored, text in texts:
            row = by_id[row_id]
            assert audit.text_digest(text) == audit.row_digest(row[1], *row[3:]) == stored
    assert check.run_check(community, admin, full=True).ok


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_a_timestamp_stored_in_another_form_is_digested_as_the_program_reads_it(community, admin):
    """`at` rewritten as the same instant in another text form reads as the same datetime: the
    SQLite-built text no longer matches, the canonical digest does, so the row is not changed;
    a real change beside it still is."""
    write_some(community, admin)
    con = plain(community)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET at = substr(at, 1, 19) WHERE id = 2 AND substr(at, 21) = '000000'")
    reformatted = con.execute("SELECT at FROM audit_log WHERE id = 2").fetchone()[0]
    con.execute("UPDATE audit_log SET summary = '改过的' WHERE id = 4")
    con.close()
    assert len(reformatted) == 19  # the clock of the tests stands on whole seconds
    report = check.run_check(community, admin, full=True)
    assert [r.problems for r in report.results if r.name == "审计日志哈希链"] == [["审计日志第 4 条的内容被改动过（哈希不符）"]]
