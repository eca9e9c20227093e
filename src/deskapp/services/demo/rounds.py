"""Demo step 60: 楼宇管家 — move-ins of the recently delivered units; a decoration permit for
every unit the registry step left 装修中, with daily checks since the works began, a few
violations (one overdue and escalated, one refusal) and some finished permits; release slips of
the last two months (two still out, one void); Tuesday/Wednesday stairwell rounds per building
with findings, every round day walked since `demo.worked_since` (a working centre's calendar shows
none missed); two satisfaction surveys (the last half year's closed, the one before for comparison).

Sizes (``plan.extra``): ``release_slips`` (default 60 per 1,000 units; above 5,000 they spread
over three years), ``round_weeks`` (13, or back to `worked_since` if that is longer),
``finished_decorations`` (default 20 per 1,000 units)."""
from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain import decoration as deco_rules
from deskapp.domain import rounds as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.decoration import CheckOutcome, DecorationState, ItemResult
from deskapp.domain.rounds import ConfirmerRelation, ConfirmMethod, ReleaseKind
from deskapp.domain.survey import Scale
from deskapp.domain.units import UnitState
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, check_cancel, next_id, office_time, staff, units, worked_since
from deskapp.services.demo.names import NameMaker
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.models.registry import ChronicleEntry
from deskapp.store.models.rounds import (
    Decoration, DecorationCheck, DecorationDeduction, DecorationWorker, MoveIn, Rectification, ReleaseSlip,
    ReleaseSlipItem, RoundFinding,
    RoundPoint, RoundResult, RoundRoute, RoundRun, SurveyAnswer, SurveyCampaign, SurveyQuestion,
    SurveySample,
)
from deskapp.store.models.rounds_papers import DecorationInspection
from deskapp.store.models.rounds_stops import DecorationStop
from deskapp.store.queries import demo as demo_queries
from deskapp.store.repositories.demo import DemoRepository
from deskapp.store.uow import Session

ORDER = 60

COMPANIES = ("居美装饰工程有限公司", "东易日盛家居装饰", "业之峰装饰", "圣都家装", "本地施工队（个人）", "金螳螂家装")
VIOLATIONS = {"承重墙": "拆改承重墙体", "燃气管道/烟道": "私自改动燃气管道", "阳台封闭": "未经批准封闭阳台",
              "防水": "卫生间未做闭水试验即铺砖", "垃圾清运": "装修垃圾堆放在楼道", "施工时间": "午休时间电钻施工",
              "出入证": "施工人员未佩戴出入证", "消防": "楼道内动火未报备"}
ITEMS_OUT = ("旧木门", "旧橱柜", "废电线", "旧地板", "装修垃圾", "沙发", "床垫", "衣柜", "冰箱", "洗衣机", "纸箱")
FINDINGS = {"照明": ("声控灯不亮", "应急灯故障", "灯罩破损"), "卫生": ("楼梯间有垃圾", "扶手积灰", "地面有污渍"),
            "消防通道": ("纸箱堵塞通道", "电动车停放在楼道"), "安全隐患": ("消防栓玻璃破损", "窗户关不严"),
            "门窗": ("单元门闭门器损坏",), "墙面": ("墙面小广告",)}
QUESTIONS = (("客服接待", Scale.FIVE), ("工程维修", Scale.FIVE), ("保洁卫生", Scale.FIVE), ("安全秩序", Scale.FIVE),
             ("绿化养护", Scale.FIVE), ("总体评价", Scale.THREE))
# what owners said at a visit: (experience of the service, what falls short, what they need)
COMMENTS = (("物业总体还行", "电梯经常停运", "希望加快电梯维修"), ("", "地下车库灯光太暗", ""),
            ("保洁很认真，谢谢", "", ""), ("", "快递柜不够用", "希望增设快递柜"), ("", "", "希望增加儿童游乐设施"),
            ("", "夜间巡逻少", "希望夜间多巡逻几次"), ("绿化修剪及时", "", ""), ("前台态度很好，办事快", "", ""),
            ("", "楼道小广告太多", ""))
NOTHING_SAID = ("", "", "")


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    today = plan.today
    people = staff()
    clerks = [people["clerk"], people["clerk2"]]
    stewards = [people["steward"], people["steward2"]]
    names = NameMaker(rng, today)
    all_units = units(session)
    if not all_units:
        return
    owner_ids = sorted({p for u in all_units for p in u.owner_ids})
    owner_name = demo_queries.person_names(session, owner_ids)
    chronicle: list[dict] = []

    def note(unit_id: int, when, kind: ChronicleKind, text: str, author: str) -> None:
        chronicle.append({"unit_id": unit_id, "at": when, "kind": kind, "text": text, "automatic": True,
                          "author": author})

    counters: dict[tuple[str, int], int] = {}

    def number(series: str, year: int) -> int:
        counters[(series, year)] = counters.get((series, year), 0) + 1
        return counters[(series, year)]

    _move_ins(session, all_units, owner_name, today, rng, clerks, note)
    check_cancel()
    _decorations(session, plan, all_units, owner_name, today, rng, names, clerks, stewards, people, note, number)
    check_cancel()
    _release_slips(session, plan, all_units, owner_name, today, rng, names, clerks, note, number)
    check_cancel()
    _rounds(session, plan, today, rng, stewards)
    check_cancel()
    _surveys(session, all_units, today, rng, clerks, people)
    bulk(session, NumberCounter, [{"series": s, "year": y, "last": n} for (s, y), n in sorted(counters.items())])
    bulk(session, ChronicleEntry, chronicle)


def _move_ins(session, all_units, owner_name, today, rng, clerks, note) -> None:
    rows = []
    delivered = sorted((u for u in all_units if u.delivered_on and u.state is not UnitState.UNDELIVERED
                        and u.owner_ids), key=lambda u: (u.delivered_on, u.id), reverse=True)
    recent = delivered[:max(5, len(all_units) // 50)]  # the latest deliveries went through 交房 here
    # and a few owners received their flats this month
    waiting = [u for u in all_units if u.state is UnitState.UNDELIVERED and u.owner_ids]
    fresh = rng.sample(waiting, min(len(waiting), max(2, len(all_units) // 300)))
    for u in sorted(fresh, key=lambda x: x.id):
        day = today - timedelta(days=rng.randrange(0, min(25, today.day)))
        state = rng.choice((UnitState.OCCUPIED, UnitState.VACANT))
        DemoRepository(session).deliver_unit(u.id, state, day)
        recent.append(replace(u, state=state, delivered_on=day))
    for u in recent:
        clerk = rng.choice(clerks)
        readings = {"水": f"{rng.randrange(0, 30)}.00", "电": f"{rng.randrange(0, 200)}.00", "燃气": "0.00"}
        keys = rng.choice((2, 3, 3, 4))
        owner = owner_name.get(u.owner_ids[0], "")
        when = office_time(rng, u.delivered_on)
        rows.append({"unit_id": u.id, "handed_over_on": u.delivered_on, "owner_name": owner,
                     "state_before": UnitState.UNDELIVERED,
                     "state_after": u.state if u.state is not UnitState.DECORATING else UnitState.VACANT,
                     "keys_count": keys, "cards": f"门禁卡×{keys - 1}、住户卡×1",
                     "checklist": json.dumps(list(rules.DEFAULT_MOVE_IN_ITEMS), ensure_ascii=False),
                     "readings": json.dumps(readings, ensure_ascii=False), "fees_note": "预交物业费三个月",
                     "note": "", "created_at": when, "created_by": clerk})
        note(u.id, when, ChronicleKind.DELIVERY,
             f"交房：业主 {owner}，钥匙 {keys} 把，起始读数 水 {readings['水']}，电 {readings['电']}，燃气 0.00", clerk)
    bulk(session, MoveIn, rows)


def _decorations(session, plan, all_units, owner_name, today, rng, names, clerks, stewards, people, note,
                 number) -> None:
    working = [u for u in all_units if u.state is UnitState.DECORATING and u.owner_ids]
    want = max(3, len(all_units) // 100)
    if len(working) < want:  # a small community still shows a steward's day: approve a few more
        vacant = [u for u in all_units if u.state is UnitState.VACANT and u.owner_ids]
        extra = rng.sample(vacant, min(len(vacant), want - len(working)))
        if extra:
            DemoRepository(session).start_decorating([u.id for u in extra])
            working += [replace(u, state=UnitState.DECORATING) for u in extra]
    done_pool = [u for u in all_units if u.state in (UnitState.OCCUPIED, UnitState.VACANT) and u.owner_ids]
    finished = rng.sample(done_pool, min(len(done_pool), plan.scaled("finished_decorations", 20, minimum=3)))
    deco_id = next_id(session, Decoration)
    worker_id = next_id(session, DecorationWorker)
    check_id = next_id(session, DecorationCheck)
    decos, workers, checks, rects, inspections, deductions = [], [], [], [], [], []
    items = list(deco_rules.DEFAULT_CHECK_ITEMS)
    plans = [(u, "working") for u in working] + [(u, "done") for u in finished]
    violations_left = max(3, len(working) // 5)
    for n, (u, kind) in enumerate(plans):
        if kind == "working":
            starts = today - timedelta(days=rng.randrange(3, 50))
        else:
            starts = today - timedelta(days=rng.randrange(150, 700))
        ends = starts + timedelta(days=rng.choice((45, 60, 90)))
        year = starts.year
        num = f"ZX{year}-{number('ZX', year):04d}"
        applied = office_time(rng, starts - timedelta(days=rng.randrange(2, 7)))
        decided = office_time(rng, starts - timedelta(days=1))
        owner = owner_name.get(u.owner_ids[0], "")
        company = rng.choice(COMPANIES)
        leader = names.person(min_age=28, max_age=55, male=True)
        d = {"id": deco_id, "number": num, "unit_id": u.id, "owner_name": owner, "owner_phone": names.phone(),
             "company": company, "leader": leader.name, "leader_phone": leader.phone,
             "licence": f"JZ-{year}-{rng.randrange(100, 999)}", "works": "、".join(rng.sample(
                 list(deco_rules.DEFAULT_WORKS), rng.randrange(2, 5))), "starts_on": starts, "ends_on": ends,
             "deposit": Decimal("3000.00"), "fees": Decimal(rng.choice(("0.00", "500.00", "800.00"))), "note": "",
             "applied_at": applied, "applied_by": rng.choice(clerks), "decided_at": decided,
             "decided_by": people["supervisor"], "decision_note": "",
             "unit_state_before": UnitState.VACANT if kind == "working" else u.state,
             "power_requested_at": office_time(rng, starts - timedelta(days=1)), "power_requested_by": clerks[0],
             "power_done_at": None, "power_done_by": "", "stopped_at": None, "stop_reason": "",
             "first_inspected_on": None, "first_inspected_by": "", "first_note": "", "second_due_on": None,
             "second_inspected_on": None, "second_inspected_by": "", "second_note": "", "refund_amount": None,
             "refunded_at": None, "refunded_by": "", "state": DecorationState.WORKING,
             # approval gives the 装修许可证 its own number, as services/rounds/decoration.approve does
             "permit_no": f"XK{decided.year}-{number('XK', decided.year):04d}", "refund_no": ""}
        if kind == "working" and n % 7 == 3:
            pass  # 送水电 still waiting for engineering: it shows on the morning list
        else:
            d["power_done_at"], d["power_done_by"] = office_time(rng, starts), clerks[1]
        for i in range(rng.randrange(2, 5)):
            w = names.person(min_age=20, max_age=55, male=rng.random() < 0.85)
            workers.append({"id": worker_id, "decoration_id": deco_id, "name": w.name, "id_number": w.id_number,
                            "phone": w.phone, "pass_no": f"{num}-{i + 1:02d}"})
            worker_id += 1
        note(u.id, applied, ChronicleKind.DECORATION, f"装修申请 {num}：{company}，{d['works']}", d["applied_by"])
        note(u.id, decided, ChronicleKind.DECORATION, f"装修 {num}：审批通过，装修许可证 {d['permit_no']}",
             people["supervisor"])
        last_day = min(today - timedelta(days=1), ends) if kind == "working" else ends
        day = starts
        while day <= last_day:
            # every day, Sundays too: 装修现场日检 is a daily duty on the calendar (工作日历)
            steward = rng.choice(stewards)
            roll = rng.random()
            outcome = CheckOutcome.CHECKED if roll < 0.9 else CheckOutcome.NOBODY
            results, violation, text = {}, False, ""
            if outcome is CheckOutcome.CHECKED:
                results = {i: ItemResult.OK.value for i in items}
                if kind == "working" and violations_left and rng.random() < 0.03:
                    item = rng.choice(sorted(VIOLATIONS))
                    results[item] = ItemResult.VIOLATION.value
                    violation, text = True, VIOLATIONS[item]
            when = office_time(rng, day)
            checks.append({"id": check_id, "decoration_id": deco_id, "unit_id": u.id, "day": day, "at": when,
                           "inspector": steward, "outcome": outcome,
                           "results": json.dumps(results, ensure_ascii=False), "violation": violation,
                           "violation_text": text, "notes": "敲门无人应答" if outcome is CheckOutcome.NOBODY else ""})
            if violation:
                violations_left -= 1
                deadline = day + timedelta(days=3)
                done = deadline < today and rng.random() < 0.7
                rnum = f"ZG{day.year}-{number('ZG', day.year):04d}"
                rects.append({"number": rnum, "decoration_id": deco_id, "check_id": check_id,
                              "items": item, "description": text, "issued_at": when, "issued_by": steward,
                              "deadline": deadline,
                              "rectified_at": office_time(rng, deadline) if done else None,
                              "rectified_by": steward if done else "", "rectified_note": "已整改" if done else "",
                              "escalated_at": at(deadline + timedelta(days=1), 9) if not done and deadline < today
                              else None})
                note(u.id, when, ChronicleKind.DECORATION,
                     f"装修日检违规（{item}）：{text}；发整改通知书 {rnum}，限 {deadline:%Y-%m-%d} 前整改", steward)
            check_id += 1
            day += timedelta(days=1)
        if kind == "done":
            first = ends - timedelta(days=rng.randrange(0, 10))
            d.update(first_inspected_on=first, first_inspected_by=stewards[0], second_due_on=first + timedelta(days=30))
            # the 竣工验收单 prints from these records, as the service keeps them
            inspections.append({"decoration_id": deco_id, "stage": "初验", "day": first, "at": at(first, 10),
                                "by": stewards[0], "passed": True, "failed_items": "", "issues": "",
                                "next_on": first + timedelta(days=30)})
            if first + timedelta(days=30) <= today:
                second = first + timedelta(days=30 + rng.randrange(0, 5))
                ded = Decimal("0.00") if rng.random() < 0.7 else Decimal("200.00")
                d.update(second_inspected_on=second, second_inspected_by=stewards[1], state=DecorationState.CLOSED,
                         refund_amount=Decimal("3000.00") - ded, refunded_at=office_time(rng, second + timedelta(days=3)),
                         refunded_by=people["supervisor"])
                d["refund_no"] = f"TK{d['refunded_at'].year}-{number('TK', d['refunded_at'].year):04d}"
                inspections.append({"decoration_id": deco_id, "stage": "复验", "day": second, "at": at(second, 10),
                                    "by": stewards[1], "passed": True, "failed_items": "", "issues": "", "next_on": None})
                if ded:
                    deductions.append({"decoration_id": deco_id, "reason": "装修垃圾未按时清运，代为清运", "amount": ded})
                note(u.id, at(second, 15), ChronicleKind.DECORATION, f"装修 {num}：复验通过，退押金 {3000 - ded:.2f} 元",
                     people["supervisor"])
            else:
                d["state"] = DecorationState.FIRST_ACCEPTED
        decos.append(d)
        deco_id += 1
    # one site refused the steward and was stopped
    if working:
        refused = decos[0]
        refused.update(state=DecorationState.STOPPED, stopped_at=at(today - timedelta(days=1), 16),
                       stop_reason="拒不开门接受检查，经劝说无效")
        stop_no = f"TG{today.year}-{number('TG', today.year):04d}"
        note(refused["unit_id"], refused["stopped_at"], ChronicleKind.DECORATION,
             f"装修 {refused['number']}：停工（停工通知书 {stop_no}）：拒不开门接受检查", stewards[0])
    bulk(session, Decoration, decos)
    if working:
        bulk(session, DecorationStop, [{"number": stop_no, "decoration_id": refused["id"], "at": refused["stopped_at"],
                                        "by": stewards[0], "reason": refused["stop_reason"]}])
    bulk(session, DecorationWorker, workers)
    bulk(session, DecorationCheck, checks)
    bulk(session, Rectification, rects)
    bulk(session, DecorationInspection, inspections)
    bulk(session, DecorationDeduction, deductions)


def _release_slips(session, plan, all_units, owner_name, today, rng, names, clerks, note, number) -> None:
    candidates = [u for u in all_units if u.owner_ids and u.state is not UnitState.UNDELIVERED]
    n = plan.scaled("release_slips", 60, minimum=5)
    if not candidates:
        return
    span = 60 if n <= 5000 else 365 * 3  # a bench-size register covers years, not two months
    days = sorted(today - timedelta(days=rng.randrange(0, span)) for _ in range(n))
    slip_id = next_id(session, ReleaseSlip)
    slips, items = [], []
    # the same workers and movers come back: a pool of applicants, not a new person per slip
    pool = [names.person(min_age=20, max_age=55) for _ in range(min(n, 1500))]
    recent = today - timedelta(days=60)
    # the gate never handed back the last slip of two days ago or earlier: it stands out
    forgotten = max((i for i, d in enumerate(days) if d <= today - timedelta(days=2)), default=-1)
    for i, day in enumerate(days):
        u = rng.choice(candidates)
        issued = office_time(rng, day)
        if issued > at(today, 18):
            issued = at(today, 9)
        kind = rng.choice((ReleaseKind.DECORATION, ReleaseKind.DECORATION, ReleaseKind.MOVING_OUT, ReleaseKind.OTHER))
        applicant = rng.choice(pool)
        seq = number("FX", day.year)
        returned = day < today and i != forgotten
        voided = i == len(days) // 3 and i != forgotten
        confirmer = owner_name.get(u.owner_ids[0], "")
        slips.append({"id": slip_id, "year": day.year, "seq": seq, "number": rules.slip_number(day.year, seq),
                      "unit_id": u.id, "kind": kind, "applicant": applicant.name,
                      "company": "" if kind is ReleaseKind.OTHER else rng.choice(COMPANIES[:4] + ("蚂蚁搬家", "大众搬场")),
                      "id_number": applicant.id_number, "phone": applicant.phone,
                      "plate": f"浙A{rng.randrange(10000, 99999)}" if rng.random() < 0.6 else "",
                      "valid_from": issued, "valid_until": issued + timedelta(hours=4),
                      "confirmed_by": confirmer, "confirmer_relation": ConfirmerRelation.OWNER,
                      "confirm_method": rng.choice(list(ConfirmMethod)), "confirmed_at": issued - timedelta(minutes=10),
                      "note": "", "issued_at": issued, "issued_by": rng.choice(clerks),
                      "returned_at": issued + timedelta(hours=rng.randrange(1, 5)) if returned and not voided else None,
                      "returned_by": "门岗 老周" if returned and not voided else "",
                      "returned_recorded_by": clerks[0] if returned and not voided else "",
                      "voided_at": issued + timedelta(minutes=20) if voided else None,
                      "voided_by": clerks[0] if voided else "", "void_reason": "物品清单填错，重新开具" if voided else ""})
        for name in rng.sample(ITEMS_OUT, rng.randrange(1, 4)):
            items.append({"slip_id": slip_id, "name": name, "quantity": rng.randrange(1, 6), "unit": "件"})
        if day >= recent:
            note(u.id, issued, ChronicleKind.SERVICE, f"物品放行条 {slips[-1]['number']}（{kind.value}）",
                 slips[-1]["issued_by"])
        slip_id += 1
        if i % 5000 == 0:
            check_cancel()
    bulk(session, ReleaseSlip, slips)
    bulk(session, ReleaseSlipItem, items)


def _rounds(session, plan, today, rng, stewards) -> None:
    buildings = sorted(demo_queries.buildings(session), key=lambda b: b.code)
    route_id = next_id(session, RoundRoute)
    point_id = next_id(session, RoundPoint)
    routes, points, route_points = [], [], {}
    for b in buildings:
        wells = demo_queries.stairwell_codes(session, b.id)
        names_ = rules.default_points(min(b.floors or 6, 34), wells[:4])
        routes.append({"id": route_id, "building_id": b.id, "name": f"{b.name}楼道巡查", "active": True})
        route_points[route_id] = []
        for pos, name in enumerate(names_):
            points.append({"id": point_id, "route_id": route_id, "position": pos, "name": name})
            route_points[route_id].append(point_id)
            point_id += 1
        route_id += 1
    # back to the start of the calendar's worked span at least: every round day there was walked
    worked = (rules.week_start(today) - rules.week_start(worked_since(plan))).days // 7 + 1
    weeks = plan.size("round_weeks", max(13, worked))
    start = rules.week_start(today) - timedelta(weeks=weeks - 1)
    for r in routes:  # set up when the first round was walked
        r["set_up_on"] = start
    bulk(session, RoundRoute, routes)
    bulk(session, RoundPoint, points)
    days = rules.scheduled_days(start, today - timedelta(days=1), rules.DEFAULT_ROUND_WEEKDAYS)
    run_id = next_id(session, RoundRun)
    result_id = next_id(session, RoundResult)
    runs, results, findings = [], [], []
    items = sorted(FINDINGS)
    for day in days:
        for r in routes:
            steward = rng.choice(stewards)
            started = at(day, 9, rng.randrange(0, 60))
            runs.append({"id": run_id, "route_id": r["id"], "day": day, "steward": steward, "started_at": started,
                         "finished_at": started + timedelta(minutes=40)})
            for k, pid in enumerate(route_points[r["id"]]):
                bad = rng.random() < 0.03
                results.append({"id": result_id, "run_id": run_id, "point_id": pid, "ok": not bad,
                                "at": started + timedelta(minutes=k)})
                if bad:
                    item = rng.choice(items)
                    old = today - day > timedelta(days=7)
                    follow = rules.suggested_follow_up(item) if old else None
                    findings.append({"result_id": result_id, "item": item, "text": rng.choice(FINDINGS[item]),
                                     "follow_up": follow, "follow_up_ref": "电话通知" if old else "",
                                     "follow_up_at": started + timedelta(hours=2) if old else None})
                result_id += 1
            run_id += 1
        check_cancel()
    bulk(session, RoundRun, runs)
    bulk(session, RoundResult, results)
    bulk(session, RoundFinding, findings)



def _surveys(session, all_units, today, rng, clerks, people) -> None:
    delivered = [u for u in all_units if u.state is not UnitState.UNDELIVERED and u.owner_ids]
    if not delivered:
        return
    by_building: dict[str, list] = {}
    for u in delivered:
        by_building.setdefault(u.building, []).append(u)
    building_name = {b.code: b.name for b in demo_queries.buildings(session)}
    camp_id = next_id(session, SurveyCampaign)
    q_id = next_id(session, SurveyQuestion)
    sample_id = next_id(session, SurveySample)
    camps, questions, samples, answers = [], [], [], []
    halves = []
    first_half = today.month <= 6
    last = (today.year - 1, 2) if first_half else (today.year, 1)
    before = (last[0] - 1, 2) if last[1] == 1 else (last[0], 1)
    for (year, half), mood in ((before, 0.0), (last, 0.3)):
        halves.append((year, half, mood))
    for year, half, mood in halves:
        starts = date(year, 5 if half == 1 else 11, 1)
        ends = starts + timedelta(days=45)
        name = f"{year}年{'上' if half == 1 else '下'}半年满意度调查"
        camps.append({"id": camp_id, "name": name, "starts_on": starts, "ends_on": ends,
                      "sample_share": Decimal("0.30"), "seed": year * 10 + half, "created_at": at(starts, 9),
                      "created_by": people["supervisor"], "closed_at": at(ends, 17)})
        qids = []
        for pos, (text, scale) in enumerate(QUESTIONS):
            questions.append({"id": q_id, "campaign_id": camp_id, "position": pos, "text": text, "scale": scale})
            qids.append((q_id, scale))
            q_id += 1
        for b in sorted(by_building):
            us = by_building[b]
            chosen = rng.sample(us, max(1, round(len(us) * 0.3)))
            for u in sorted(chosen, key=lambda x: x.id):
                reached = rng.random() < 0.85
                when = office_time(rng, starts + timedelta(days=rng.randrange(0, 40)))
                samples.append({"id": sample_id, "campaign_id": camp_id, "unit_id": u.id,
                                "building": building_name.get(b, b), "contacted_at": when,
                                "contacted_by": rng.choice(clerks), "method": rng.choice(("上门", "电话")),
                                "reached": reached, "attempts": 1 if reached else rng.randrange(1, 3),
                                "respondent": "业主" if reached else ""})
                # drawn after the record's other draws, as before: the rest of the demo stays as it was
                said = rng.choice(COMMENTS) if reached and rng.random() < 0.25 else NOTHING_SAID
                samples[-1].update(comment=said[0], shortfalls=said[1], needs=said[2])
                if reached:
                    for qid, scale in qids:
                        if scale is Scale.FIVE:
                            score = min(5, max(1, round(rng.gauss(3.7 + mood, 0.9))))
                        else:
                            score = min(3, max(1, round(rng.gauss(2.3 + mood / 2, 0.6))))
                        answers.append({"sample_id": sample_id, "question_id": qid, "score": score})
                sample_id += 1
        camp_id += 1
    bulk(session, SurveyCampaign, camps)
    bulk(session, SurveyQuestion, questions)
    bulk(session, SurveySample, samples)
    bulk(session, SurveyAnswer, answers)
