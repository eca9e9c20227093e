"""The 楼宇管家 registers as Excel for a month:
`deskapp export move-ins|decorations|inspections|release-slips|rounds|survey --month YYYY-MM -o FILE.xlsx`.
ID numbers and phones are masked; rows come from SQL for the month only."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.permissions import DESK, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.survey import Scale, score_label
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import (
    ExportOptions, ExportSpec, Month, month_bounds, monthly_register, register_heading, wall_clock, write_register,
)
from deskapp.store.queries import rounds as q
from deskapp.store.queries import rounds_exports as rows_of
from deskapp.store.queries import rounds_survey
from deskapp.store.uow import Session

EXPORT = define("rounds.export", "导出楼宇管家登记表", DESK)


MOVE_IN_COLS = [xlsx.Col("序号", 6), xlsx.Col("交房日期", 12), xlsx.Col("房号", 12), xlsx.Col("业主", 12),
                xlsx.Col("交房前状态", 10), xlsx.Col("交房后状态", 10), xlsx.Col("钥匙(把)", 8),
                xlsx.Col("水表起数", 10, "0.00"), xlsx.Col("电表起数", 10, "0.00"), xlsx.Col("燃气表起数", 10, "0.00"),
                xlsx.Col("卡证", 20), xlsx.Col("费用", 20), xlsx.Col("经办人", 10), xlsx.Col("备注", 24)]


def export_move_ins(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, month: Month) -> list[list]:
        data = []
        for n, (m, code) in enumerate(rows_of.move_ins(session, month.start, month.end), start=1):
            r = json.loads(m.readings)
            data.append([n, m.handed_over_on, code, m.owner_name, m.state_before.value, m.state_after.value, m.keys_count,
                         *(Decimal(r[k]) if r.get(k) else None for k in ("水", "电", "燃气")), m.cards, m.fees_note,
                         m.created_by, m.note])
        return data

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="交房登记", title="交房登记表", cols=MOVE_IN_COLS,
                            rows=rows)


DECO_COLS = [xlsx.Col("序号", 6), xlsx.Col("许可证号", 13), xlsx.Col("房号", 12), xlsx.Col("业主", 10),
             xlsx.Col("联系电话", 13), xlsx.Col("装修单位", 22), xlsx.Col("负责人", 10), xlsx.Col("负责人电话", 13),
             xlsx.Col("装修项目", 22), xlsx.Col("开始", 11), xlsx.Col("结束", 11), xlsx.Col("押金", 10, "0.00"),
             xlsx.Col("管理费", 10, "0.00"), xlsx.Col("施工人数", 8), xlsx.Col("状态", 9), xlsx.Col("申请时间", 16),
             xlsx.Col("审批人", 10), xlsx.Col("送水电", 16), xlsx.Col("初验", 11), xlsx.Col("复验", 11),
             xlsx.Col("退押金", 10, "0.00")]


def export_decorations(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """Every permit whose period touches the month or that was applied for in it."""
    def rows(session: Session, month: Month) -> list[list]:
        return [[n, d.number, code, d.owner_name, mask_phone(d.owner_phone), d.company, d.leader,
                 mask_phone(d.leader_phone), d.works, d.starts_on, d.ends_on, d.deposit, d.fees, len(d.workers),
                 d.state.value, wall_clock(ctx, d.applied_at), d.decided_by, wall_clock(ctx, d.power_done_at),
                 d.first_inspected_on, d.second_inspected_on, d.refund_amount]
                for n, (d, code) in enumerate(rows_of.decorations(session, month.start, month.end, month.t0, month.t1), start=1)]

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="装修登记", title="装修申请登记表", cols=DECO_COLS,
                            rows=rows, key=(0, 1, 2), rest=(13, 15, 16, 17, 18, 19, 20))


CHECK_COLS = [xlsx.Col("序号", 6), xlsx.Col("日期", 11), xlsx.Col("房号", 12), xlsx.Col("许可证号", 13),
              xlsx.Col("检查情况", 10), xlsx.Col("检查项目", 60), xlsx.Col("违规", 6), xlsx.Col("违规情况", 30),
              xlsx.Col("整改通知书", 13), xlsx.Col("整改期限", 11), xlsx.Col("整改情况", 16), xlsx.Col("备注", 20),
              xlsx.Col("检查人", 10)]


def export_inspections(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """二次装修日检表: one line per day per unit."""
    def rows(session: Session, month: Month) -> list[list]:
        checks = rows_of.checks(session, month.start, month.end)
        rects = rows_of.rectifications_by_check(session, [k.id for k, _, _ in checks])
        data = []
        for n, (k, code, number) in enumerate(checks, start=1):
            results = json.loads(k.results)
            r = rects.get(k.id)
            state = ("" if r is None else "已整改" if r.rectified_at else "逾期已上报" if r.escalated_at else "待整改")
            data.append([n, k.day, code, number, k.outcome.value, "；".join(f"{i}:{v}" for i, v in results.items()),
                         "是" if k.violation else "", k.violation_text, r.number if r else "",
                         r.deadline if r else None, state, k.notes, k.inspector])
        return data

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="装修日检", title="二次装修日检表", cols=CHECK_COLS,
                            rows=rows)


SLIP_COLS = [xlsx.Col("序号", 6), xlsx.Col("编号", 14), xlsx.Col("开具时间", 16), xlsx.Col("房号", 12),
             xlsx.Col("放行类型", 10), xlsx.Col("申请单位/搬运公司", 20), xlsx.Col("申请人", 10),
             xlsx.Col("身份证号", 20), xlsx.Col("手机号", 13), xlsx.Col("车牌号", 10), xlsx.Col("物品", 36),
             xlsx.Col("通行时间", 24), xlsx.Col("确认人", 14), xlsx.Col("确认方式", 8), xlsx.Col("确认时间", 16),
             xlsx.Col("经办人", 10), xlsx.Col("交回时间", 16), xlsx.Col("门岗", 10), xlsx.Col("状态", 10),
             xlsx.Col("作废原因", 20)]


def export_release_slips(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, month: Month) -> list[list]:
        slips = rows_of.slips(session, month.t0, month.t1)
        items = q.slip_items(session, [x.id for x, _ in slips])
        data = []
        for n, (x, code) in enumerate(slips, start=1):
            window = f"{wall_clock(ctx, x.valid_from):%m-%d %H:%M}–{wall_clock(ctx, x.valid_until):%m-%d %H:%M}"
            status = "已作废" if x.voided_at else "已交回" if x.returned_at else "未交回"
            data.append([n, x.number, wall_clock(ctx, x.issued_at), code, x.kind.value, x.company, x.applicant,
                         mask_id_number(x.id_number), mask_phone(x.phone), x.plate, "、".join(items.get(x.id, [])), window,
                         f"{x.confirmer_relation.value} {x.confirmed_by}", x.confirm_method.value,
                         wall_clock(ctx, x.confirmed_at), x.issued_by, wall_clock(ctx, x.returned_at), x.returned_by, status,
                         x.void_reason])
        return data

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="物品放行条", title="物品放行条登记表", cols=SLIP_COLS,
                            rows=rows, key=(0, 1, 3), rest=(12, 13, 14, 15, 16, 17, 19))


ROUND_COLS = [xlsx.Col("序号", 6), xlsx.Col("日期", 11), xlsx.Col("楼栋", 10), xlsx.Col("路线", 16),
              xlsx.Col("点位", 20), xlsx.Col("结果", 8), xlsx.Col("项目", 10), xlsx.Col("发现问题", 30),
              xlsx.Col("转办", 10), xlsx.Col("单号", 15), xlsx.Col("巡查人", 10), xlsx.Col("时间", 16)]


def export_rounds(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """楼道巡查记录: one line per point (and per finding)."""
    def rows(session: Session, month: Month) -> list[list]:
        data = []
        for line in rows_of.round_points(session, month.start, month.end):
            for f in line.findings or (None,):
                data.append([len(data) + 1, line.day, line.building, line.route, line.point,
                             "正常" if f is None else "问题", f.item if f else "", f.text if f else "",
                             f.follow_up.value if f and f.follow_up else "", f.follow_up_ref if f else "",
                             line.steward, wall_clock(ctx, line.at)])
        return data

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="楼道巡查", title="楼道巡查记录表", cols=ROUND_COLS,
                            rows=rows)


def export_survey(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """满意度调查回访记录 of the campaigns running in the month: one line per sampled unit."""
    actor.require(EXPORT)
    start, end, _, _, label = month_bounds(ctx, options)
    with ctx.reader() as uow:
        s = uow.session
        camps = rows_of.campaigns(s, start, end)
        questions = [x for camp in camps for x in camp.questions]
        texts = list(dict.fromkeys(x.text for x in questions))
        scale_of = {x.text: x.scale for x in questions}
        # one A4 page wide at 8 pt or more: the campaign's name on one line (wrapped, it doubled every
        # row), a five-point score in a narrow column, and what the owner said in one column, a line each
        cols = [xlsx.Col("序号", 6), xlsx.Col("调查", 24), xlsx.Col("房号", 10), xlsx.Col("楼栋", 10),
                xlsx.Col("回访方式", 8), xlsx.Col("回访时间", 16), xlsx.Col("回访人", 8), xlsx.Col("联系上", 6),
                xlsx.Col("次数", 5), xlsx.Col("受访人", 8)] + [
                xlsx.Col(t, 10 if scale_of[t] is Scale.THREE else 6) for t in texts] + [
                xlsx.Col("业主意见（感受 / 不足 / 需要）", 38)]
        data = []
        n = 0
        for camp in camps:
            qs = {x.id: x for x in camp.questions}
            samples = rounds_survey.samples(s, camp.id, pending_only=False)
            scores: dict[int, dict[str, int | str]] = {}
            for sid, qid, score in rows_of.scores(s, camp.id):
                # a five-point score stays a number (the supervisor averages it); 满意/基本满意 are words
                scale = qs[qid].scale
                scores.setdefault(sid, {})[qs[qid].text] = score if scale is Scale.FIVE else score_label(scale, score)
            for smp, code in samples:
                n += 1
                got = scores.get(smp.id, {})
                data.append([n, camp.name, code, smp.building, smp.method, wall_clock(ctx, smp.contacted_at),
                             smp.contacted_by, "是" if smp.reached else ("否" if smp.attempts else ""), smp.attempts,
                             smp.respondent] + [got.get(t, "") for t in texts] + [_said(smp)])
    # the month chooses the surveys, not the visits: a survey's visits run into the next month, and the
    # heading says so (2026年5月 over visits of June read as a wrong date)
    return write_register(path, "满意度调查", register_heading(ctx, actor, "满意度调查回访记录",
                                                               f"{label}进行的调查（全部回访）"),
                          cols, data, options, len(data))


def _said(smp) -> str:
    """What the owner said at the visit, a line for each part given: the experience as it was
    written (a visit recorded before 2940 kept all it was told there), then 不足：… and 需要：…."""
    parts = [smp.comment] + [f"{label}：{text}" for label, text in (("不足", smp.shortfalls), ("需要", smp.needs))
                             if text]
    return "\n".join(p for p in parts if p)


for _name, _title, _run in (
    ("move-ins", "《交房登记表》", export_move_ins),
    ("decorations", "《装修申请登记表》", export_decorations),
    ("inspections", "《二次装修日检表》", export_inspections),
    ("release-slips", "《物品放行条登记表》", export_release_slips),
    ("rounds", "《楼道巡查记录表》", export_rounds),
    ("survey", "《满意度调查回访记录》", export_survey),
):
    exports.register(ExportSpec(_name, _title, "month", _run))
