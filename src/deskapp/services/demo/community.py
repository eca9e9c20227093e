"""Demo step 95: 社区文化 — a bulletin board for each of the last four quarters (this quarter's only once
it is a month old, so a young quarter's is on the morning list), and about two community activities a
month over the last half year, each with its sign-ups by unit, who came and what was spent; plus two
coming ones taking sign-ups, the smaller one full with a household waiting.

Sizes (``plan.extra``): ``community_months`` (6), the months of activities back from today."""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.billing import quarter_of
from deskapp.domain.community import SignupState, place_signup
from deskapp.domain.units import UnitKind
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, by_now, next_id, staff, units
from deskapp.services.demo.names import NameMaker
from deskapp.store.models.community import CommunityActivity, CommunityBoard, CommunitySignup, CommunitySpending
from deskapp.store.uow import Session

ORDER = 95

THEMES = ("垃圾分类，从我做起", "冬季防火安全", "文明养犬公约", "防汛防台知识", "反诈骗宣传", "夏季用电安全",
          "邻里守望 互帮互助", "装修管理规定摘要")
PLACES = ("1号楼大堂", "中心花园宣传栏", "南门宣传栏", "会所门口")
ANY = tuple(range(1, 13))
# (title, place, budget, limit, spending items, the months it is held in): a festival's activity falls
# in its season — 重阳节 in October, 中秋 in September or early October, 春联 before the Spring Festival
ACTIVITIES = (("重阳节包饺子", "会所多功能厅", Decimal("800"), 40, ("面粉、肉馅", "一次性餐具"), (10,)),
              ("亲子手工课", "二楼会议室", Decimal("300"), 20, ("手工材料",), ANY),
              ("社区义诊", "中心花园", Decimal("200"), 0, ("横幅", "饮用水"), ANY),
              ("中秋游园会", "中心花园", Decimal("1500"), 120, ("奖品", "灯笼", "月饼"), (9, 10)),
              ("垃圾分类知识竞赛", "会所多功能厅", Decimal("500"), 30, ("奖品",), ANY),
              ("夏日露天电影", "中心花园", Decimal("400"), 0, ("设备租赁", "饮用水"), (6, 7, 8)),
              ("迎新春写春联", "会所多功能厅", Decimal("600"), 40, ("红纸、笔墨", "茶点"), (1, 2)))


def activity_for(day: date, n: int) -> tuple:
    """The n-th activity of the demo's calendar, held on `day`: taken in turn from those of its season."""
    fitting = [a for a in ACTIVITIES if day.month in a[5]]
    return fitting[n % len(fitting)]


def _boards(plan: DemoPlan, rng: random.Random, steward: str) -> list[dict]:
    out, q = [], quarter_of(plan.today)
    if (plan.today - q.start).days < 30:
        q = q.previous()
    for _ in range(4):
        day = q.start + timedelta(days=rng.randint(3, 15))
        down = day + timedelta(days=rng.randint(30, 60))
        out.append({"theme": rng.choice(THEMES), "location": rng.choice(PLACES), "put_up_on": day,
                    "taken_down_on": down if down < plan.today else None, "person": steward,
                    "created_at": at(day, 16), "created_by": steward})
        q = q.previous()
    return out


def _signups(activity_id: int, limit: int, past: bool, homes: list, names: NameMaker, rng: random.Random,
             clerk: str, when) -> list[dict]:
    rows, taken = [], 0
    for unit in rng.sample(homes, min(len(homes), rng.randint(5, 14) if past else rng.randint(4, 7))):
        people = rng.randint(1, 4)
        state = place_signup(limit, taken, people, True, any(r["state"] is SignupState.WAITING for r in rows))
        taken += people if state is SignupState.SIGNED else 0
        rows.append({"activity_id": activity_id, "unit_id": unit.id, "name": names.name()[0], "people": people,
                     "state": state, "attended": past and state is SignupState.SIGNED and rng.random() < 0.8,
                     "created_at": when, "created_by": clerk})
    return rows


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    people = staff()
    steward, clerk = people["steward"], people["clerk"]
    homes = [u for u in units(session) if u.kind is UnitKind.FLAT and u.owner_ids]
    names = NameMaker(rng, plan.today)
    activity_id = next_id(session, CommunityActivity)
    activities, sign_ups, spending = [], [], []
    days = [plan.today - timedelta(days=d) for d in range(plan.size("community_months", 6) * 30, 0, -15)]
    days += [plan.today + timedelta(days=5), plan.today + timedelta(days=12)]
    for n, day in enumerate(days):
        title, place, budget, limit, items, _ = activity_for(day, n)
        past = day < plan.today
        limit = limit if past else (6 if n == len(days) - 1 else limit)
        planned = at(day - timedelta(days=14), 10)
        activities.append({"id": activity_id, "title": title, "starts_at": at(day, 14 if n % 2 else 9, 30),
                           "place": place, "budget": budget, "organiser": steward, "people_limit": limit,
                           "waiting_list": True, "content": "", "created_at": planned, "created_by": steward})
        sign_ups += _signups(activity_id, limit, past, homes, names, rng, clerk,
                             by_now(planned + timedelta(days=2), plan.now))
        for item in items if past else ():
            share = (budget / len(items) * Decimal(rng.randint(70, 105)) / 100).quantize(Decimal("0.01"))
            spending.append({"activity_id": activity_id, "item": item, "amount": share, "spent_on": day,
                             "created_at": at(day, 17), "created_by": steward})
        activity_id += 1
    bulk(session, CommunityBoard, _boards(plan, rng, steward))
    bulk(session, CommunityActivity, activities)
    bulk(session, CommunitySignup, sign_ups)
    bulk(session, CommunitySpending, spending)
