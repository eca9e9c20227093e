"""楼道巡查: routes per building, rounds on the scheduled days (Tuesday and Wednesday by
default), a point OK or findings, a finding handed to engineering or cleaning in one action,
missed rounds, the weekly sheet per building."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from deskapp.documents.rounds import stairwell as doc
from deskapp.domain import rounds as rules
from deskapp.domain.errors import Conflict, NotFound, ValidationError, found
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.domain.rounds import FollowUp
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.services.changes import Change, changes
from deskapp.store.models.registry import Building
from deskapp.store.models.rounds import RoundFinding, RoundPoint, RoundResult, RoundRoute, RoundRun
from deskapp.store.queries import rounds_stairwell as q
from deskapp.store.uow import Session, UnitOfWork

SETUP = define("rounds.stairwell.setup", "设置楼道巡查路线", SUPERVISORS)
RECORD = define("rounds.stairwell.record", "记录楼道巡查", c.STEWARDS)
FOLLOW_UP = define("rounds.stairwell.follow_up", "巡查问题转工程/保洁", c.STEWARDS)
CORRECT = define("rounds.stairwell.clear", "更正楼道巡查记录", c.STEWARDS)
RETIRE = define("rounds.stairwell.retire", "停用楼道巡查路线", SUPERVISORS)


@dataclass(frozen=True)
class RouteView:
    id: int
    building_id: int
    building: str
    name: str
    points: list[tuple[int, str]]


@dataclass(frozen=True)
class FindingView:
    id: int
    item: str
    text: str
    follow_up: FollowUp | None
    follow_up_ref: str


@dataclass(frozen=True)
class PointResult:
    point_id: int
    point: str
    recorded: bool
    ok: bool | None
    findings: list[FindingView]


@dataclass(frozen=True)
class RunView:
    id: int
    route_id: int
    route: str
    building: str
    day: date
    steward: str
    finished: bool
    points: list[PointResult]

    @property
    def remaining(self) -> int:
        return sum(not p.recorded for p in self.points)


@dataclass(frozen=True)
class Missed:
    route_id: int
    route: str
    building: str
    day: date


def items(ctx: Context) -> list[str]:
    return list(c.setting(ctx, c.ROUND_ITEMS))


def weekdays(ctx: Context) -> tuple[int, ...]:
    return rules.parse_weekdays(c.setting(ctx, c.ROUND_WEEKDAYS))


# ----------------------------------------------------------------- routes

@changes(Change.ROUNDS)
def set_route(ctx: Context, actor: Actor, building_id: int, name: str, points: list[str],
              route_id: int | None = None) -> int:
    """Create a route, or replace a route's points (points already used in rounds stay, renamed
    in place by position, so old sheets keep their lines)."""
    actor.require(SETUP)
    name = name.strip()
    if not name:
        raise ValidationError("路线名称", "不能为空")
    points = [p.strip() for p in points if p.strip()]
    if not points:
        raise ValidationError("巡查点位", "至少一个点位")
    if len(set(points)) != len(points):
        raise ValidationError("巡查点位", "点位名称重复")
    with ctx.uow() as uow:
        b = found(uow.registry.get(Building, building_id), f"楼栋（编号 {building_id}）不存在")
        same = [r for r in uow.rounds.active_routes_of(b.id) if r.name == name and r.id != route_id]
        if same:  # a second route of the same name: the generated route pressed twice, one walked, one missed
            raise Conflict(f"{b.name} 已有巡查路线“{name}”：请改用编辑路线")
        if route_id is None:
            # set up today: no scheduled day before it is counted as missed
            route = RoundRoute(building_id=b.id, name=name, active=True, set_up_on=ctx.clock.today())
            uow.rounds.add(route)
            uow.rounds.flush()
            before = None
        else:
            route = found(uow.rounds.route(route_id), f"巡查路线（编号 {route_id}）不存在")
            before = {"name": route.name, "points": [p.name for p in route.points]}
            route.name = name
        existing = list(route.points)
        for i, p in enumerate(points):
            if i < len(existing):
                existing[i].name = p
            else:
                uow.rounds.add(RoundPoint(route_id=route.id, position=i, name=p))
        for extra in existing[len(points):]:
            if uow.rounds.point_used(extra.id):
                raise Conflict(f"点位“{extra.name}”已有巡查记录，不能删除")
            uow.rounds.delete(extra)
        audit.record(uow.session, ctx, actor, "rounds.stairwell.route", "round_route", route.id,
                     summary=f"{b.name} 楼道巡查路线“{name}”（{len(points)} 个点位）", before=before,
                     after={"name": name, "points": points})
        uow.commit()
        return route.id


def suggested_route(ctx: Context, actor: Actor, building_id: int) -> tuple[str, list[str]]:
    """A route's name and points for a building from its floors and stairwells, to look over
    before it is saved."""
    actor.require(SETUP)
    with ctx.reader() as uow:
        b = found(uow.registry.get(Building, building_id), f"楼栋（编号 {building_id}）不存在")
        wells = q.stairwell_codes(uow.session, b.id)
        floors = b.floors or 6
        return f"{b.name}楼道巡查", rules.default_points(floors, list(wells))


@changes(Change.ROUNDS)
def default_route(ctx: Context, actor: Actor, building_id: int) -> int:
    """A route for a building from its floors and stairwells."""
    name, points = suggested_route(ctx, actor, building_id)
    return set_route(ctx, actor, building_id, name, points)


@changes(Change.ROUNDS)
def retire_route(ctx: Context, actor: Actor, route_id: int) -> None:
    """A route no longer walked (a duplicate, a building's stairs walked on another route): off the
    stairwell tab, the missed rounds and the weekly sheet; its rounds stay on record."""
    actor.require(RETIRE)
    with ctx.uow() as uow:
        route = uow.rounds.route(route_id)
        if route is None or not route.active:
            raise NotFound(f"巡查路线（编号 {route_id}）不存在或已停用")
        b = uow.registry.get(Building, route.building_id)
        route.active = False
        audit.record(uow.session, ctx, actor, "rounds.stairwell.retire", "round_route", route.id,
                     summary=f"停用 {b.name} 楼道巡查路线“{route.name}”", before={"active": True},
                     after={"active": False})
        uow.commit()


def routes(ctx: Context, actor: Actor) -> list[RouteView]:
    return ctx.read(actor, c.VIEW, _routes)


def building_order(code: str) -> tuple:
    """Buildings as people count them: 2幢 before 10幢 (the codes are text, so SQL put 10 before 2)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", code) if part)


def _routes(s: Session) -> list[RouteView]:
    # stable: a building's routes keep their order
    rows = sorted(q.active_routes(s), key=lambda row: building_order(row[4]))
    points = q.active_route_points(s)
    return [RouteView(rid, building_id, bname, name, points.get(rid, [])) for rid, building_id, name, bname, _ in rows]


# ----------------------------------------------------------------- rounds

@changes(Change.ROUNDS)
def start_round(ctx: Context, actor: Actor, route_id: int) -> int:
    """Today's round of a route; opening it again continues the same round."""
    actor.require(RECORD)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        route = uow.rounds.route(route_id)
        if route is None or not route.active:
            raise NotFound(f"巡查路线（编号 {route_id}）不存在")
        run = uow.rounds.run_on(route.id, today)
        if run is not None:
            return run.id
        if route.set_up_on is not None and route.set_up_on > today:
            route.set_up_on = today  # walked today, so there today (a desk whose clock ran ahead set it up)
        run = RoundRun(route_id=route.id, day=today, steward=actor.display_name, started_at=ctx.clock.now())
        uow.rounds.add(run)
        uow.rounds.flush()
        audit.record(uow.session, ctx, actor, "rounds.stairwell.start", "round_run", run.id,
                     summary=f"开始楼道巡查：{route.name} {today:%Y-%m-%d}", after={"route": route.name})
        uow.commit()
        return run.id


@changes(Change.ROUNDS)
def record_point(ctx: Context, actor: Actor, run_id: int, point_id: int,
                 findings: list[tuple[str, str]] = ()) -> int:
    """A point OK (no findings) or its findings [(item, text)]. A point is recorded once per round."""
    actor.require(RECORD)
    allowed_items = items(ctx)
    clean = []
    for item, text in findings:
        if item not in allowed_items:
            raise ValidationError("检查项目", f"“{item}”不在巡查项目中（{'、'.join(allowed_items)}）")
        if not text.strip():
            raise ValidationError("问题描述", f"{item}：请写明发现的问题")
        clean.append((item, text.strip()))
    with ctx.uow() as uow:
        run = _run(uow, run_id)
        if run.finished_at is not None:
            raise Conflict("本次巡查已结束，不能再记录")
        point = uow.rounds.point(point_id)
        if point is None or point.route_id != run.route_id:
            raise ValidationError("巡查点位", "该点位不在本路线上")
        if uow.rounds.result_at(run.id, point.id) is not None:
            raise Conflict(f"点位“{point.name}”本次巡查已记录过")
        res = RoundResult(run_id=run.id, point_id=point.id, ok=not clean, at=ctx.clock.now())
        uow.rounds.add(res)
        uow.rounds.flush()
        for item, text in clean:
            uow.rounds.add(RoundFinding(result_id=res.id, item=item, text=text))
        audit.record(uow.session, ctx, actor, "rounds.stairwell.point", "round_result", res.id,
                     summary=f"楼道巡查 {point.name}：" + ("正常" if not clean else
                                                       "；".join(f"{i} {t}" for i, t in clean)),
                     after={"ok": not clean, "findings": clean})
        uow.commit()
        return res.id


@changes(Change.ROUNDS)
def clear_point(ctx: Context, actor: Actor, run_id: int, point_id: int) -> None:
    """A point recorded by mistake (正常 pressed at a landing with its light out, the wrong finding)
    is recorded again: its result is taken back while the round is still open and none of its
    findings has been handed on (an order is out by then). The audit trail keeps what it said."""
    actor.require(CORRECT)
    with ctx.uow() as uow:
        run = _run(uow, run_id)
        if run.finished_at is not None:
            raise Conflict("本次巡查已结束，记录不能再更正")
        point = uow.rounds.point(point_id)
        res = uow.rounds.result_at(run.id, point_id)
        if point is None or res is None:
            raise Conflict("该点位本次巡查尚未记录，无需更正")
        handed = [f for f in res.findings if f.follow_up is not None]
        if handed:
            raise Conflict(f"点位“{point.name}”的问题{rules.handed_text(handed[0].follow_up, handed[0].follow_up_ref)}，"
                           "不能更正")
        said = "正常" if res.ok else "；".join(f"{f.item} {f.text}" for f in res.findings)
        for f in list(res.findings):
            uow.rounds.delete(f)
        uow.rounds.delete(res)
        audit.record(uow.session, ctx, actor, "rounds.stairwell.clear", "round_result", res.id,
                     summary=f"更正楼道巡查 {point.name}（原记录：{said}）",
                     before={"ok": res.ok, "findings": [(f.item, f.text) for f in res.findings]}, after=None)
        uow.commit()


@changes(Change.ROUNDS)
def finish_round(ctx: Context, actor: Actor, run_id: int) -> None:
    actor.require(RECORD)
    with ctx.uow() as uow:
        run = _run(uow, run_id)
        if run.finished_at is not None:
            raise Conflict("本次巡查已结束")
        route = uow.rounds.route(run.route_id)
        done = uow.rounds.recorded_points(run.id)
        left = [p.name for p in route.points if p.id not in done]
        if left:
            raise Conflict(f"尚有 {len(left)} 个点位未检查：{'、'.join(left[:5])}" + ("…" if len(left) > 5 else ""))
        run.finished_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "rounds.stairwell.finish", "round_run", run.id,
                     summary=f"完成楼道巡查：{route.name} {run.day:%Y-%m-%d}", after={"finished": True})
        uow.commit()


def _run(uow: UnitOfWork, run_id: int) -> RoundRun:
    return found(uow.rounds.run(run_id), f"巡查记录（编号 {run_id}）不存在")


def run_view(ctx: Context, actor: Actor, run_id: int) -> RunView:
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        run = _run(uow, run_id)
        route = uow.rounds.route(run.route_id)
        b = uow.registry.get(Building, route.building_id)
        results = {r.point_id: r for r in uow.rounds.results_of(run.id)}
        points = []
        for p in route.points:
            r = results.get(p.id)
            points.append(PointResult(p.id, p.name, r is not None, r.ok if r else None,
                                      [FindingView(f.id, f.item, f.text, f.follow_up, f.follow_up_ref)
                                       for f in (r.findings if r else [])]))
        return RunView(run.id, route.id, route.name, b.name, run.day, run.steward, run.finished_at is not None, points)


@changes(Change.ROUNDS, Change.RECEPTION)
def follow_up(ctx: Context, actor: Actor, finding_id: int, kind: FollowUp) -> str:
    """Hand a finding to engineering (a 工程维修单) or cleaning (a 保洁 task) in one action,
    through the reception area's orders; the finding keeps the order's number."""
    actor.require(FOLLOW_UP)
    from deskapp.services import reception

    with ctx.uow() as uow:
        f = found(uow.rounds.finding(finding_id), f"巡查问题（编号 {finding_id}）不存在")
        if f.follow_up is not None:
            raise Conflict(f"该问题{rules.handed_text(f.follow_up, f.follow_up_ref)}")
        res = uow.rounds.result(f.result_id)
        point = uow.rounds.point(res.point_id)
        route = uow.rounds.route(point.route_id)
        b = uow.registry.get(Building, route.building_id)
        location = f"{b.name} {point.name}"
        if kind is FollowUp.REPAIR:
            ref = str(reception.create_repair_order_in(
                uow.session, ctx, actor, unit_id=None, location=location, fault=f"{f.item}：{f.text}",
                reported_by=actor.display_name, source="楼道巡查"))
        else:
            ref = str(reception.create_request_in(
                uow.session, ctx, actor, unit_id=None, location=location, kind="求助/服务需求",
                text=f"{f.item}：{f.text}", department="保洁", source="楼道巡查"))
        f.follow_up, f.follow_up_ref, f.follow_up_at = kind, ref, ctx.clock.now()
        audit.record(uow.session, ctx, actor, "rounds.stairwell.follow_up", "round_finding", f.id,
                     summary=f"巡查问题（{location} {f.item}：{f.text}）转{kind.value} {ref}",
                     before={"follow_up": None}, after={"follow_up": kind, "ref": ref})
        uow.commit()
        return ref


@changes(Change.ROUNDS)
def handle_on_site(ctx: Context, actor: Actor, finding_ids: list[int], note: str) -> None:
    """现场处理: findings put right on the spot (a bulb swapped, a bag of rubbish taken down) leave the
    list of those not yet handed on, with what was done in place of an order's number; several at
    once, all or none."""
    actor.require(FOLLOW_UP)
    note = rules.check_on_site_note(note)
    if not finding_ids:
        raise ValidationError("巡查问题", "请先在列表中选择问题")
    with ctx.uow() as uow:
        now = ctx.clock.now()
        for finding_id in finding_ids:
            f = found(uow.rounds.finding(finding_id), f"巡查问题（编号 {finding_id}）不存在")
            if f.follow_up is not None:
                raise Conflict(f"该问题{rules.handed_text(f.follow_up, f.follow_up_ref)}")
            f.follow_up, f.follow_up_ref, f.follow_up_at = FollowUp.ON_SITE, note, now
            audit.record(uow.session, ctx, actor, "rounds.stairwell.on_site", "round_finding", f.id,
                         summary=f"巡查问题（{f.item}：{f.text}）现场处理：{note}",
                         before={"follow_up": None}, after={"follow_up": FollowUp.ON_SITE, "ref": note})
        uow.commit()


def open_findings(ctx: Context, actor: Actor, since: date | None = None) -> list[tuple[date, str, str, FindingView]]:
    """Findings not yet handed on: (day, building, point, finding)."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return [(day, bname, pname, FindingView(f.id, f.item, f.text, f.follow_up, f.follow_up_ref))
                for f, day, bname, pname in q.open_findings(uow.session, since)]


def missed(ctx: Context, actor: Actor, weeks: int = 4) -> list[Missed]:
    """Scheduled rounds of the last `weeks` weeks (before today) that nobody finished."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return _missed(uow.session, ctx, weeks, weekdays(ctx))


def _missed(s: Session, ctx: Context, weeks: int, days: tuple[int, ...]) -> list[Missed]:
    today = ctx.clock.today()
    start = rules.week_start(today) - timedelta(weeks=weeks - 1)
    rows = sorted(q.active_route_names(s), key=lambda row: building_order(row.building_code))
    done = q.finished_rounds_since(s, start)
    names = {row.id: row for row in rows}
    return [Missed(r, names[r].name, names[r].building, d)
            for r, d in rules.missed_rounds([row.id for row in rows], done, start, today, days,
                                            {row.id: row.set_up_on for row in rows})]


@dataclass(frozen=True)
class RouteToday:
    """A route as the stairwell tab lists it: how many points, not the points."""

    id: int
    building: str
    name: str
    points: int


def today_status(ctx: Context, actor: Actor) -> list[tuple[RouteToday, int | None, bool]]:
    """Each route with today's round (id or None) and whether it is finished."""
    actor.require(c.VIEW)
    today = ctx.clock.today()
    with ctx.reader() as uow:
        runs = {r.route_id: r for r in uow.rounds.runs_on(today)}
        counts = q.active_route_point_counts(uow.session)
        rows = sorted(q.active_routes(uow.session), key=lambda row: building_order(row[4]))
        return [(RouteToday(rid, bname, name, counts.get(rid, 0)), runs[rid].id if rid in runs else None,
                 rid in runs and runs[rid].finished_at is not None) for rid, _b, name, bname, _code in rows]


def is_round_day(ctx: Context, day: date | None = None) -> bool:
    return (day or ctx.clock.today()).weekday() in weekdays(ctx)


# ----------------------------------------------------------------- weekly sheet

def weekly_sheet(ctx: Context, actor: Actor, building_id: int, day: date) -> doc.WeekSheet:
    """The week (Monday to Sunday) containing `day`, for one building: every point of its
    routes by scheduled day, with 正常 / the findings / 未巡查. A round walked on a day that is not
    scheduled (a make-up or extra round) gets a column of its own, marked 加巡: the paper shows every
    round of the week, not only the scheduled ones."""
    actor.require(c.VIEW)
    start = rules.week_start(day)
    end = start + timedelta(days=6)
    scheduled = rules.scheduled_days(start, end, weekdays(ctx))
    today = ctx.clock.today()
    with ctx.reader() as uow:
        b = found(uow.registry.get(Building, building_id), f"楼栋（编号 {building_id}）不存在")
        routes = [(route, {r.day: r for r in uow.rounds.runs_between(route.id, start, end)})
                  for route in uow.rounds.active_routes_of(b.id)]
        extra = sorted({d for _, runs in routes for d in runs} - set(scheduled))
        days = sorted(set(scheduled) | set(extra))
        blocks = []
        for route, runs in routes:
            results: dict[tuple[int, date], RoundResult] = {}
            for run in runs.values():
                for r in uow.rounds.results_of(run.id):
                    results[(r.point_id, run.day)] = r
            lines = []
            for p in route.points:
                cells = []
                for d in days:
                    r = results.get((p.id, d))
                    if r is None:
                        # a scheduled day gone by, or an extra round that skipped this point
                        # (not before the route was set up: it was not there to walk)
                        cells.append("未巡查" if d < today and (d in runs or d not in extra)
                                     and (route.set_up_on is None or d >= route.set_up_on) else "")
                    elif r.ok:
                        cells.append("正常")
                    else:
                        cells.append("；".join(f"{f.item}：{f.text}" + (f"（{f.follow_up_ref}）" if f.follow_up_ref
                                                                      else "") for f in r.findings))
                lines.append((p.name, cells))
            stewards = [runs[d].steward if d in runs else "" for d in days]
            late = route.set_up_on if route.set_up_on is not None and route.set_up_on > start else None
            blocks.append(doc.RouteBlock(route.name, lines, stewards, late))
        return doc.WeekSheet(centre=uow.registry.centre().name, building=b.name, week_start=start, days=days, blocks=blocks,
                             items="、".join(items(ctx)), printed_on=today, extra=frozenset(extra))


def weekly_sheet_pdf(ctx: Context, actor: Actor, building_id: int, day: date) -> bytes:
    return doc.week_sheet_pdf(weekly_sheet(ctx, actor, building_id, day))


def buildings(ctx: Context, actor: Actor) -> list[tuple[int, str]]:
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return [(b.id, b.name) for b in sorted(uow.registry.buildings(), key=lambda b: building_order(b.code))]
