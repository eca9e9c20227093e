"""每月汇总归档 filed, then a record of the filed month changed: the change is on the supervisor's
morning list as 归档后变更 (not on a clerk's) and in the next pack of that month."""
from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from support import CST, make_actor

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.permissions import Role
from deskapp.services.accounts import users
from deskapp.services.meetings import meetings
from deskapp.services.meetings.meetings import AssignmentLine
from deskapp.services.monthpack import filing
from deskapp.services.reception import desk

ZT = make_actor(Role.CLERK, "周婷")
WM = make_actor(Role.SUPERVISOR, "王敏")


@pytest.fixture
def desk_ctx(community, admin):
    for user, who in (("zt", ZT), ("wm", WM)):
        users.create_user(community, admin, user, who.display_name, who.role, "Cuihu#2026")
    return community


def later_items(ctx, actor):
    return [i.text for i in desk.start_of_day(ctx, actor) if i.kind == "归档后变更"]


def test_a_change_after_filing_shows_on_the_morning_list_and_in_the_next_pack(desk_ctx, clock, tmp_path):
    meetings.record_meeting(desk_ctx, WM, held_on=date(2026, 11, 27), attendees=["周婷", "王敏"], requirements=[],
                            assignments=[])
    # added on its own, the assignment has its own audit entry in November: a record of that month
    assignment = meetings.add_assignment(desk_ctx, WM, date(2026, 11, 27), AssignmentLine("周婷", "通知 3 号楼停水", None))
    first = tmp_path / "first"
    first.mkdir()
    path, _, digest = filing.file_month(desk_ctx, WM, "2026-11", first)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "归档后变更" not in load_workbook(path).sheetnames
    assert later_items(desk_ctx, WM) == []  # nothing changed since the filing

    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CST))
    meetings.close_assignment(desk_ctx, ZT, assignment, "已张贴通知")
    said = later_items(desk_ctx, WM)
    assert len(said) == 1 and "2026-11 已归档" in said[0] and "周婷" in said[0] and "通知 3 号楼停水" in said[0]
    assert later_items(desk_ctx, ZT) == []  # the clerk does not file months

    second = tmp_path / "second"
    second.mkdir()
    path, sheets, _ = filing.file_month(desk_ctx, WM, "2026-11", second)
    later = list(load_workbook(path)["归档后变更"].iter_rows(min_row=3, values_only=True))
    assert len(later) == 1 and later[0][1] == "2026-12-02 09:00" and later[0][2] == "周婷"
    assert any(s.sheet == "归档后变更" and s.rows == 1 for s in sheets)
    assert later_items(desk_ctx, WM) == []  # filed again: the month starts afresh


def test_a_clerk_cannot_file_a_month(desk_ctx, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PermissionDenied):
        filing.file_month(desk_ctx, ZT, "2026-11", out)
    assert list(out.iterdir()) == []



def test_a_filed_month_is_never_edited_or_deleted_behind_the_desks_back(desk_ctx, tmp_path):
    from support import REFUSED, PlainSQL

    from deskapp.services.accounts import check

    out = tmp_path / "out"
    out.mkdir()
    _, _, digest = filing.file_month(desk_ctx, WM, "2026-11", out)
    sql = PlainSQL(desk_ctx)
    try:
        for statement in ("UPDATE month_pack_files SET sha256 = 'x'", "DELETE FROM month_pack_files",
                          "UPDATE month_packs SET month = '2026-10'", "DELETE FROM month_packs"):
            with pytest.raises(REFUSED):
                sql.execute(statement)
        digests = [r[0] for r in sql.execute("SELECT sha256 FROM month_pack_files")]
    finally:
        sql.close()
    assert digest in digests and len(digests) == 2
    assert not [p for p in check.run_check(desk_ctx, make_actor(Role.ADMIN)).problems if "month_pack" in p]


def test_each_registers_export_entry_names_the_pack_it_went_into(desk_ctx, tmp_path):
    """The audit trail says where each register of the pack went — the pack's workbook and its
    sheets — not a scratch file that never exists (.每月汇总-2026-11-part.xlsx, SHA-256 empty)."""
    from deskapp.services.accounts import audit_trail
    from deskapp.contracts.accounts import TrailFilter

    path, sheets, digest = filing.file_month(desk_ctx, WM, "2026-11", tmp_path)
    rows = audit_trail.browse(desk_ctx, WM, TrailFilter(action="export"), limit=100).rows
    assert rows and all("part" not in r.summary for r in rows)
    meetings_row = next(r for r in rows if "《早会记录表》" in r.summary)
    sheet = next(s.sheet for s in sheets if s.title == "《早会记录表》")
    assert f"收入每月汇总 {path.name}（工作表 {sheet}）" in meetings_row.summary, meetings_row.summary
    import json

    after = json.loads(meetings_row.after)
    assert after["file"] == str(path) and after["sha256"] == ""
