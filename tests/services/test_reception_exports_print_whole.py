"""The supervisor's month of 投诉/报修 on paper: a state, a check's and a callback's result, and the
person who reported (管家 陈志刚) print whole on one line in their column — a column one character
too narrow broke them (已结/单, 基本满/意, 管家 陈志/刚) when the sheet was printed."""
from __future__ import annotations

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from deskapp.documents.xlsx import lines_needed
from deskapp.domain.reception import CallbackResult, Department, RepairScope, RepairState, RequestState
from deskapp.services import exports
from deskapp.services.exports import ExportOptions
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput

STEWARD = "管家 陈志刚"
# the words a column holds, whichever the month's rows happen to show
WORDS = {"状态": [s.value for s in (*RepairState, *RequestState)], "回访结果": [r.value for r in CallbackResult],
         "检查结果": ["合格", "不合格"], "报修人": [STEWARD], "来电/来访人": [STEWARD]}


def _printed_whole(path) -> list[str]:
    """Each cell of a word column, and each word it may hold, that needs more than one line."""
    broken = []
    for ws in load_workbook(path):
        for n, header in enumerate(next(ws.iter_rows(min_row=2, max_row=2, values_only=True)), start=1):
            if header not in WORDS:
                continue
            width = ws.column_dimensions[get_column_letter(n)].width
            cells = [v for (v,) in ws.iter_rows(min_row=3, min_col=n, max_col=n, values_only=True) if v]
            broken += [f"{ws.title} {header}: {v}" for v in {*cells, *WORDS[header]} if lines_needed(v, width) > 1]
    return broken


def test_the_months_words_print_whole(community, admin, tmp_path):
    done = repairs.create_repair(community, admin, RepairInput(fault="楼道灯不亮", reported_by=STEWARD,
                                                               location="3 号楼 1 单元楼道", scope=RepairScope.PUBLIC))
    again = repairs.create_repair(community, admin, RepairInput(fault="单元门闭门器坏", reported_by=STEWARD,
                                                                location="3 号楼大堂", scope=RepairScope.PUBLIC))
    for number, ok in ((done, True), (again, False)):
        repairs.dispatch(community, admin, number, "李师傅")
        repairs.finish(community, admin, number, "已更换")
        repairs.check(community, admin, number, ok, "" if ok else "仍关不严")
    rid = requests.record_request(community, admin, RequestInput(text="楼道堆放杂物", location="3 号楼 1 单元楼道",
                                                                 caller=STEWARD, department=Department.CLEANING))
    requests.complete(community, admin, rid, "已清理")
    requests.callback(community, admin, rid, CallbackResult.FAIRLY, "清理较慢")
    for name in ("repairs", "requests"):
        path = tmp_path / f"{name}.xlsx"
        assert exports.run_export(community, admin, name, path, ExportOptions(month="2026-11")) >= 1
        assert _printed_whole(path) == []


def test_a_header_naming_two_things_prints_whole(community, admin, tmp_path):
    """有偿/免费 in a column of 6 printed 有 / 偿/免费 (read as printed): a header with a "/" keeps its
    column as wide as it is on one line, and its text as it is (whoever filters reads the same name)."""
    repairs.create_repair(community, admin, RepairInput(fault="楼道灯不亮", reported_by=STEWARD, location="3 号楼大堂",
                                                        scope=RepairScope.PUBLIC))
    requests.record_request(community, admin, RequestInput(text="楼道堆放杂物", location="3 号楼 1 单元楼道",
                                                           caller=STEWARD, department=Department.CLEANING))
    seen = []
    for name in ("repairs", "requests"):
        path = tmp_path / f"{name}.xlsx"
        exports.run_export(community, admin, name, path, ExportOptions(month="2026-11"))
        for ws in load_workbook(path):
            for n, header in enumerate(next(ws.iter_rows(min_row=2, max_row=2, values_only=True)), start=1):
                if header and "/" in header:
                    seen.append(header)
                    assert lines_needed(header, ws.column_dimensions[get_column_letter(n)].width) == 1, header
    assert {"有偿/免费", "来电/来访人", "房号/地点"} <= set(seen)
