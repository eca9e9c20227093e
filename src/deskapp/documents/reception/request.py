"""《业户投诉处理单》 (or 《业户服务需求处理单》 for a request of another kind): one item of the
《业户服务需求/投诉登记表》 on paper — who called about what, where it was sent, what was done, the
回访记录 and every step of its 处理经过 — with the signatures of who registered, handled and called back.
Dated by its registration; printed on a later day it says 补打 with the print date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.documents.pdf import reprint_note
from deskapp.documents.rounds.common import Paragraph, Spacer, build, grid, header, mm, signatures, style


@dataclass(frozen=True)
class RequestStep:
    at: str
    by: str
    action: str
    state: str
    note: str


@dataclass(frozen=True)
class RequestSheet:
    centre: str
    number: str  # 客诉单号 KS2026-000123, as the register and the morning list name it
    complaint: bool  # 投诉: titled 业户投诉处理单
    registered_at: str
    registered_on: date
    registered_by: str
    place: str  # 房号 and/or the place
    caller: str
    caller_phone: str  # masked as on screen
    channel: str
    kind: str  # 类别/分类
    urgency: str  # with 重大事件 when it is one
    text: str
    department: str
    handler: str
    due_at: str
    completed_at: str
    state: str
    result: str
    repair_number: str
    callback_at: str
    callback_by: str
    callback_result: str
    callback_note: str
    steps: tuple[RequestStep, ...]
    printed_on: date
    callback_method: str = ""  # 回访方式: 电话/上门/短信/微信


W = 174 * mm  # the frame inside the margins: the grids and the signature boxes line up
FOUR = [24 * mm, 63 * mm, 24 * mm, 63 * mm]


def title_of(sheet: RequestSheet) -> str:
    return "业户投诉处理单" if sheet.complaint else "业户服务需求处理单"


def request_sheet_pdf(s: RequestSheet) -> bytes:
    title = title_of(s)
    line = f"编号：{s.number}　登记时间：{s.registered_at}"
    note = reprint_note(s.registered_on, s.printed_on)
    story = header(s.centre, title, f"{line}　{note}" if note else line)
    story.append(grid(None, [
        ["房号/地点", s.place, "渠道", s.channel],
        ["来电/来访人", s.caller, "联系电话", s.caller_phone],
        ["类别", s.kind, "紧急程度", s.urgency],
        ["内容", s.text, "", ""],
        ["登记人", s.registered_by, "完成时限", s.due_at],
        ["处理部门", s.department, "处理人", s.handler],
        ["完成时间", s.completed_at, "状态", s.state],
        ["处理结果", s.result, "", ""],
        ["工程维修单", s.repair_number, "", ""],
    ], FOUR, size=9.5, shade_first_col=True, pad=3, spans=(3, 7, 8)))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("回访记录", style(11, bold=True)))
    story.append(Spacer(1, 1.5 * mm))
    story.append(grid(None, [
        ["回访时间", s.callback_at, "回访人", s.callback_by],
        ["回访结果", s.callback_result, "回访方式", s.callback_method],
        ["业主意见", s.callback_note, "", ""],
    ], FOUR, size=9.5, shade_first_col=True, pad=3, spans=(2,)))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("处理经过", style(11, bold=True)))
    story.append(Spacer(1, 1.5 * mm))
    story.append(grid(["时间", "经办人", "事项", "状态", "说明"],
                      [[st.at, st.by, st.action, st.state, st.note] for st in s.steps] or [["（无）", "", "", "", ""]],
                      [30 * mm, 22 * mm, 22 * mm, 32 * mm, 68 * mm], size=8.5, long=True))
    story.append(Spacer(1, 6 * mm))
    story.append(signatures(["登记人", "处理人", "回访人"], width=W))
    return build(story, f"{title} {s.number}", s.centre, s.place, footer=title)
