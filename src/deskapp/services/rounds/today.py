"""What the 楼宇管家 area puts on the morning list (start_of_day) and checks for `deskapp check`."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from deskapp.domain import rounds as rules
from deskapp.domain.decoration import DecorationState
from deskapp.domain.local_time import local, local_text
from deskapp.domain.permissions import allowed
from deskapp.services import hooks, settings
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.services.rounds import decoration, stairwell
from deskapp.store.models.settings import Setting
from deskapp.store.queries import rounds as q
from deskapp.store.queries import rounds_stairwell as sq
from deskapp.store.uow import Session


def _setting(session: Session, key: str):
    """Read in the caller's session (no second connection while it may be writing)."""
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else settings.declared()[key][0]


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    """The steward's rounds ("rounds", 管家巡查: release slips out, sites not checked today, notices past
    their deadline, stairwells missed) and the decoration permits' own steps ("decoration", 装修管理:
    works past their period, water and power not yet on, and the supervisor's approvals and deposits
    to give back — which the list had filed under 管家巡查)."""
    out: list[hooks.OpenItem] = []
    now = ctx.clock.now()
    tz = now.tzinfo
    days = int(_setting(session, c.UNRETURNED_DAYS))
    for slip, code in q.unreturned(session, now - timedelta(days=days)):
        out.append(hooks.OpenItem("rounds", "放行条未交回", code,
                                  f"{slip.applicant} {local_text(slip.issued_at, tz=tz)} 开具，放行联未交回",
                                  due=local(slip.valid_until, tz), overdue=True, ref=slip.number,
                                  place=hooks.Place.RELEASE_SLIPS, record=slip.number))
    for site in q.sites_under_decoration(session, day):
        if not site.checked_on_day:
            out.append(hooks.OpenItem("rounds", "装修未日检", site.unit_code,
                                      f"{site.company}（{site.state.value}）今日尚未检查", ref=site.number,
                                      place=hooks.Place.SITE_CHECKS, record=site.number))
        if site.ends_on < day:
            out.append(hooks.OpenItem("decoration", "装修超期", site.unit_code,
                                      f"装修期至 {site.ends_on:%Y-%m-%d}，未验收也未办延期",
                                      due=_end_of(site.ends_on, tz), overdue=True,
                                      ref=site.number, place=hooks.Place.DECORATIONS, record=site.number))
    for r, code in q.rectifications(session, open_only=True, escalated_only=False):
        if r.deadline < day:
            out.append(hooks.OpenItem("rounds", "整改逾期", code,
                                      f"{r.items}：{r.description}（期限 {r.deadline:%Y-%m-%d}）"
                                      + ("，已上报主管" if r.escalated_at else ""), due=_end_of(r.deadline, tz),
                                      overdue=True, ref=r.number,
                                      place=hooks.Place.SITE_CHECKS, record=r.number))
    for number, code, at in q.power_waiting(session):
        out.append(hooks.OpenItem("decoration", "送水电未完成", code, f"{local_text(at, tz=tz)} 已通知工程部",
                                  overdue=now - at > timedelta(days=1), ref=number,
                                  place=hooks.Place.DECORATIONS, record=number))
    # the supervisor's decisions: an application to approve (审批通过 / 驳回) and a deposit to give
    # back after 复验; read afresh each morning, never on the clerks' shift handover
    states = [state for state, permission in ((DecorationState.APPLIED, decoration.APPROVE),
                                              (DecorationState.ACCEPTED, decoration.REFUND))
              if allowed(actor.role, permission)]
    for number, code, state, company, works, deposit, applied_at in (q.decorations_in(session, states) if states else []):
        if state is DecorationState.APPLIED:
            out.append(hooks.OpenItem("decoration", "装修待审批", code,
                                      f"{company}：{works}，押金 {deposit:,.2f} 元（{local_text(applied_at, tz=tz)} 申请）",
                                      ref=number, handed_over=False, place=hooks.Place.DECORATIONS, record=number))
        else:
            out.append(hooks.OpenItem("decoration", "装修押金待退", code, f"{company}：复验已通过，押金 {deposit:,.2f} 元待退",
                                      ref=number, handed_over=False, place=hooks.Place.DECORATIONS, record=number))
    weekdays = rules.parse_weekdays(_setting(session, c.ROUND_WEEKDAYS))
    for m in stairwell._missed(session, ctx, 2, weekdays):
        out.append(hooks.OpenItem("rounds", "楼道巡查漏检", "", f"{m.route}（{m.building}）{m.day:%m-%d} 未巡查",
                                  due=_end_of(m.day, tz), overdue=True, place=hooks.Place.STAIRWELL))
    # a finding is handed on (转办) to engineering or cleaning the day it is found: from the next day
    # on, those still not handed on are the steward's to chase — one line a building's round of a day,
    # not one a finding (a 20,000-unit centre's list grew by 585 lines and its first paint by a third)
    rounds: dict[tuple[date, str], list[str]] = {}
    first: dict[tuple[date, str], int] = {}
    for f, found_on, building, point in sq.open_findings(session, None):
        if found_on < day:
            rounds.setdefault((found_on, building), []).append(f"{point} {f.item} {f.text}")
            first.setdefault((found_on, building), f.id)
    for (found_on, building), found in rounds.items():
        shown = "；".join(found[:2]) + ("…" if len(found) > 2 else "")
        out.append(hooks.OpenItem("rounds", "巡查问题未转办", "",
                                  f"{building} {found_on:%m-%d} 楼道巡查发现 {len(found)} 项问题未转工程/保洁：{shown}",
                                  due=_end_of(found_on, tz), overdue=True, place=hooks.Place.STAIRWELL,
                                  record=first[(found_on, building)]))
    return out


def _end_of(day: date, tz) -> datetime:
    """A day's last minute at the centre: when a 整改期限, a 装修期至 or a finding's day runs out."""
    return datetime.combine(day, time(23, 59), tzinfo=tz)


@hooks.register(hooks.Hook.CHECKS)
def slip_numbers_are_gap_free(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    """物品放行条 numbers run 1..n in each year with no gap and no duplicate."""
    problems = []
    total = 0
    for y in q.slip_years(session):
        total += y.count
        if y.top != y.count or y.distinct != y.count:
            problems.append(f"{y.year} 年放行条 {y.count} 张，最大序号 {y.top}：编号不连续或重复")
    open_without_deco = q.open_rectifications_after_works(session)
    if open_without_deco:
        problems.append(f"{open_without_deco} 份整改通知书未整改，但装修已不在施工中")
    return [hooks.CheckResult("物品放行条编号连续、整改与装修状态一致", total, problems)]


@hooks.register(hooks.Hook.UNIT_WARNINGS)
def unit_warnings(session: Session, ctx: Context, unit_id: int) -> list[str]:
    """Before items leave a unit (and wherever the desk looks at it): works stopped, notices open."""
    out = []
    for number, state, reason in q.works_under_way(session, unit_id):
        if state.name == "STOPPED":
            out.append(f"装修 {number} 已停工：{reason}")
    for number, deadline in q.open_rectifications_of(session, unit_id):
        out.append(f"整改通知书 {number} 未整改（期限 {deadline:%Y-%m-%d}）")
    return out


@hooks.register(hooks.Hook.FIND_NUMBER)
def _papers_numbered(session: Session, ctx: Context, actor: Actor, prefix: str, limit: int) -> list[hooks.Numbered]:
    """物品放行条 (FX…) and 装修申请 (ZX…) by number."""
    if not allowed(actor.role, c.VIEW):
        return []
    return ([hooks.Numbered(n, "物品放行条", code, who, hooks.Place.RELEASE_SLIPS, n)
             for _, n, code, who in q.slips_numbered(session, prefix, limit)]
            + [hooks.Numbered(n, "装修申请", code, company, hooks.Place.DECORATIONS, n)
               for _, n, code, company in q.decorations_numbered(session, prefix, limit)])
