"""Stored files (the shared plumbing for documents and photos): a chosen file copied into the store
beside the database under its SHA-256, the path to open it, refusals naming 文件 with nothing
written, `deskapp check` re-hashing every kept file, and a backup carrying the files."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support import make_actor

from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import settings, stored_files
from deskapp.services.accounts import backup, check, users
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.queries import stored_files as q

CALLERS_ACTION = check.RUN  # any caller's action: every role may run the check
WM = make_actor(Role.SUPERVISOR, "王敏")


def _take_in(ctx, source, actor=WM):
    with ctx.uow() as uow:
        kept = stored_files.take_in(uow.session, ctx, actor, CALLERS_ACTION, source)
        uow.commit()
    return kept


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _kept(ctx):
    with ctx.reader() as uow:
        return q.kept(uow.session)


@pytest.fixture(autouse=True)
def own_folder(ctx, tmp_path):
    """This test's own store (the suite's PostgreSQL databases share a name, hence a default folder)."""
    settings.set_value(ctx, make_actor(Role.ADMIN), stored_files.FOLDER, str(tmp_path / "kept"))


@pytest.fixture
def rules_pdf(tmp_path) -> Path:
    path = tmp_path / "装修管理规定.pdf"
    path.write_bytes(b"%PDF-1.4\n% the rules\n" * 50)
    return path


def test_a_file_is_copied_in_under_its_hash_and_opened_from_there(ctx, rules_pdf):
    kept = _take_in(ctx, rules_pdf)
    data = rules_pdf.read_bytes()
    assert (kept.sha256, kept.name, kept.size, kept.media_type) == (
        hashlib.sha256(data).hexdigest(), "装修管理规定.pdf", len(data), "application/pdf")
    opened = stored_files.path_to_open(ctx, kept.id)
    assert opened.read_bytes() == data and opened.name == "装修管理规定.pdf"  # the OS opens it by its ending
    assert stored_files.store(ctx).path(kept.sha256) != opened  # a copy: an editor cannot change the kept file
    rules_pdf.unlink()  # the original may go: the desk keeps its own copy
    assert stored_files.path_to_open(ctx, kept.id).read_bytes() == data
    with ctx.reader() as uow:
        entry = uow.session.query(AuditEntry).filter_by(action="file.store").one()
        assert entry.entity_id == str(kept.id) and "装修管理规定.pdf" in entry.summary


def test_the_same_content_twice_is_kept_once(ctx, rules_pdf, tmp_path):
    copy = tmp_path / "另一个名字.pdf"
    copy.write_bytes(rules_pdf.read_bytes())
    first, second = _take_in(ctx, rules_pdf), _take_in(ctx, copy)
    assert first.id != second.id and first.sha256 == second.sha256 and second.name == "另一个名字.pdf"
    blobs = [p for p in stored_files.store(ctx).root.rglob("*") if p.is_file()]
    assert [p.name for p in blobs] == [first.sha256]


@pytest.mark.parametrize("make, says", [
    (lambda tmp: tmp / "不存在.pdf", "找不到文件"),
    (lambda tmp: tmp, "文件夹"),
    (lambda tmp: _written(tmp / "空.pdf", b""), "空文件"),
    (lambda tmp: Path("/proc/self/mem"), "读不出文件"),  # exists, and every read of its start fails (EIO)
    (lambda tmp: "  ", "请选择文件"),
])
def test_a_file_that_cannot_be_taken_in_is_refused_at_its_field_and_nothing_written(ctx, tmp_path, make, says):
    with pytest.raises(ValidationError) as e:
        _take_in(ctx, make(tmp_path))
    assert e.value.field == "文件" and says in e.value.message
    assert _kept(ctx) == []
    root = stored_files.store(ctx).root
    assert not root.exists() or not [p for p in root.rglob("*") if p.is_file()]


def test_the_callers_action_is_required(ctx, rules_pdf):
    with pytest.raises(PermissionDenied), ctx.uow() as uow:
        stored_files.take_in(uow.session, ctx, make_actor(Role.CLERK), users.MANAGE, rules_pdf)
    assert _kept(ctx) == []


def test_the_check_rehashes_every_kept_file(ctx, rules_pdf, tmp_path):
    kept = _take_in(ctx, rules_pdf)
    other = tmp_path / "业户手册.docx"
    other.write_bytes(b"PK\x03\x04 handbook" * 20)
    gone = _take_in(ctx, other)
    admin = make_actor(Role.ADMIN)
    assert check.run_check(ctx, admin).ok
    stored_files.store(ctx).path(kept.sha256).write_bytes(b"%PDF-1.4 doctored")
    stored_files.store(ctx).path(gone.sha256).unlink()
    problems = check.run_check(ctx, admin).problems
    assert any("装修管理规定.pdf" in p and "被改动过" in p for p in problems)
    assert any("业户手册.docx" in p and "不见了" in p for p in problems)


def test_a_backup_carries_the_files_beside_it(ctx, rules_pdf, tmp_path):
    kept = _take_in(ctx, rules_pdf)
    folder = tmp_path / "U盘"
    folder.mkdir()
    target = backup.backup_to(ctx, make_actor(Role.ADMIN), folder / "deskapp-manual.backup")
    carried = folder / "stored-files" / kept.sha256[:2] / kept.sha256
    assert target.exists() and carried.read_bytes() == rules_pdf.read_bytes()


@pytest.mark.sqlite_only  # restore of a SQLite backup file
def test_a_restore_brings_back_the_files_the_backup_names(ctx, rules_pdf, tmp_path):
    admin = make_actor(Role.ADMIN)
    kept = _take_in(ctx, rules_pdf)
    saved = backup.backup_to(ctx, admin, tmp_path / "saved.sqlite")
    stored_files.store(ctx).path(kept.sha256).unlink()  # the PC's disk was replaced, say
    backup.restore(ctx, admin, saved)
    assert stored_files.path_to_open(ctx, kept.id).read_bytes() == rules_pdf.read_bytes()
