"""宣传板报: a board refused at its field (no theme; taken down before it went up) with nothing written;
the quarter without a board on the steward's and the supervisor's morning list until one goes up; the
monthly and quarterly registers."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from support import make_actor

from deskapp.domain.community import BoardInput
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import exports, hooks
from deskapp.services.community import boards

ZT = make_actor(Role.CLERK, "周婷")
LQ = make_actor(Role.STEWARD, "李强")
WM = make_actor(Role.SUPERVISOR, "王敏")


def _board(**kw) -> BoardInput:
    values = dict(theme="冬季防火安全", location="3号楼大堂", put_up_on=date(2026, 11, 20), taken_down_on=None,
                  person="李强")
    values.update(kw)
    return BoardInput(**values)


@pytest.mark.parametrize("change, field", [
    ({"theme": " "}, "主题"),
    ({"location": ""}, "张贴位置"),
    ({"person": ""}, "负责人"),
    ({"taken_down_on": date(2026, 11, 19)}, "撤下日期"),
])
def test_a_bad_board_is_refused_at_its_field_and_nothing_written(community, change, field):
    with pytest.raises(ValidationError) as e:
        boards.add_board(community, LQ, _board(**change))
    assert e.value.field == field
    assert boards.boards(community, ZT) == []


def _items(ctx, actor, day=date(2026, 11, 27)):
    with ctx.reader() as uow:
        return [i.text for i in hooks.collect(hooks.Hook.START_OF_DAY, uow.session, ctx, actor, day)
                if i.area == "community"]


def test_a_quarter_without_a_board_is_on_the_morning_list_until_one_goes_up(community):
    assert _items(community, LQ) == _items(community, WM) == ["本季度（2026Q4）尚未制作宣传板报"]
    assert _items(community, ZT) == []  # the clerk does not make the boards
    with pytest.raises(PermissionDenied):
        boards.add_board(community, ZT, _board())
    bid = boards.add_board(community, LQ, _board(put_up_on=date(2026, 9, 30)))  # last quarter's
    assert _items(community, LQ) == ["本季度（2026Q4）尚未制作宣传板报"]
    boards.add_board(community, LQ, _board())
    assert _items(community, LQ) == []
    assert _items(community, LQ, date(2027, 1, 4)) == ["本季度（2027Q1）尚未制作宣传板报"]
    with pytest.raises(ValidationError) as e:
        boards.take_down(community, LQ, bid, date(2026, 9, 1))
    assert e.value.field == "撤下日期"
    boards.take_down(community, LQ, bid, date(2026, 10, 31))
    assert [b.taken_down_on for b in boards.boards(community, ZT)] == [None, date(2026, 10, 31)]


def test_the_registers_of_a_month_and_a_quarter(community, tmp_path):
    boards.add_board(community, LQ, _board(put_up_on=date(2026, 10, 8), taken_down_on=date(2026, 11, 8),
                                           theme="国庆游园"))
    boards.add_board(community, LQ, _board())
    out = tmp_path / "boards.xlsx"

    def themes(**period) -> list[str]:
        exports.run_export(community, ZT, period.pop("name"), out, exports.ExportOptions(**period))
        rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
        header = next(i for i, r in enumerate(rows) if r[0] == "序号")
        return [r[1] for r in rows[header + 1:] if r[0]]
    assert themes(name="community-boards", month="2026-11") == ["冬季防火安全"]
    assert themes(name="community-boards-quarter", quarter="2026Q4") == ["国庆游园", "冬季防火安全"]


@pytest.fixture
def kept_in_tmp(community, tmp_path):
    """The file store in the test's folder (on PostgreSQL it would default to ~/deskapp-files)."""
    from deskapp.services import settings, stored_files

    settings.set_value(community, make_actor(Role.ADMIN), stored_files.FOLDER, str(tmp_path / "kept"))
    return tmp_path / "kept"


def test_a_boards_files_are_kept_with_their_hash_and_an_unreadable_one_refused(community, tmp_path, kept_in_tmp):
    import hashlib

    from deskapp.services.community import attachments

    bid = boards.add_board(community, LQ, _board())
    photo = tmp_path / "板报照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo of the board")
    fid = attachments.attach_to_board(community, LQ, bid, photo)
    shown, = attachments.board_files(community, ZT, bid)
    assert (shown.file_id, shown.name, shown.size) == (fid, "板报照片.jpg", photo.stat().st_size)
    assert shown.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    kept = attachments.path_to_open(community, ZT, fid, board_id=bid)
    # opened from a read-only copy under the file's own name; the kept one is in the data folder
    assert kept.name == "板报照片.jpg" and kept.read_bytes() == photo.read_bytes()
    assert [f.read_bytes() for f in kept_in_tmp.rglob("*") if f.is_file()] == [photo.read_bytes()]
    for bad in (tmp_path / "没有这个文件.jpg", tmp_path):
        with pytest.raises(ValidationError) as e:
            attachments.attach_to_board(community, LQ, bid, bad)
        assert e.value.field == "文件"
    with pytest.raises(PermissionDenied):
        attachments.attach_to_board(community, ZT, bid, photo)
    assert len(attachments.board_files(community, ZT, bid)) == 1


def test_an_activitys_photos(community, tmp_path, kept_in_tmp):
    from community_support import plan

    from deskapp.domain.errors import NotFound
    from deskapp.services.community import attachments

    aid = plan(community)
    photo = tmp_path / "包饺子.png"
    photo.write_bytes(b"\x89PNG the dumplings")
    fid = attachments.attach_to_activity(community, LQ, aid, photo)
    assert [p.name for p in attachments.activity_photos(community, ZT, aid)] == ["包饺子.png"]
    assert attachments.path_to_open(community, ZT, fid, activity_id=aid).read_bytes() == photo.read_bytes()
    with pytest.raises(NotFound):
        attachments.path_to_open(community, ZT, fid, activity_id=aid + 1)
