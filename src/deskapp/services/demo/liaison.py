"""Demo step 90: 对外联络 — the contacts book (居委会, 街道, 派出所, 城管, 环保, 消防, each with a contact or
two) and the log of the last 60 days: a contact every two or three working days, about half owing a
follow-up to a desk person; those of the last week (and a few older ones, now overdue) still open.

Sizes (``plan.extra``): ``liaison_days`` (60), the calendar days back from yesterday."""
from __future__ import annotations

import random
from datetime import timedelta

from deskapp.domain.liaison import BodyKind, Way
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, next_id, staff
from deskapp.store.models.liaison import LiaisonBody, LiaisonContact, LiaisonRecord
from deskapp.store.uow import Session

ORDER = 90

BODIES = (("社区居民委员会", BodyKind.COMMITTEE, "0571-88001234", (("刘建华", "主任"), ("孙丽", "网格员"))),
          ("街道办事处", BodyKind.STREET, "0571-88002000", (("陈伟", "城建科科长"),)),
          ("派出所", BodyKind.POLICE, "0571-87001110", (("王军", "社区民警"),)),
          ("城管执法中队", BodyKind.CITY, "0571-87003300", (("赵明", "中队长"),)),
          ("生态环境分局", BodyKind.ENVIRONMENT, "0571-87004400", (("周敏", "科员"),)),
          ("消防救援大队", BodyKind.FIRE, "0571-87119119", (("吴强", "防火监督员"),)))
MATTERS = (("垃圾分类检查", "月底前完成垃圾分类宣传", "张贴垃圾分类宣传海报"),
           ("流动人口登记", "报送本季度出租房屋租户名单", "整理出租房屋登记表报派出所"),
           ("违章搭建巡查", "督促业主拆除露台违建", "向违建业主发整改通知"),
           ("噪音投诉转办", "核实夜间装修噪音", "约谈装修业主并回复"),
           ("消防安全检查", "清理消防通道堆放物", "清理地库消防通道"),
           ("社区活动协作", "提供活动场地", ""),
           ("防汛准备通知", "检查地下车库排水", "检查地库排水泵并记录"),
           ("文明城市创建", "清理小区小广告", ""))
NOTES = ("已完成并拍照回复", "已按要求报送", "已处理，对方确认", "已整改完毕")


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    people = staff()
    desk = [people[k] for k in ("clerk", "clerk2", "steward", "steward2")]
    author = people["supervisor"]
    today = plan.today
    opened = at(today - timedelta(days=plan.size("liaison_days", 60) + 1), 9)
    body_id, contact_id = next_id(session, LiaisonBody), next_id(session, LiaisonContact)
    bodies, contacts, body_people = [], [], []
    for name, kind, phone, who in BODIES:
        bodies.append({"id": body_id, "name": name, "kind": kind, "phone": phone, "address": "",
                       "created_at": opened, "created_by": author})
        for person, role in who:
            contacts.append({"id": contact_id, "body_id": body_id, "name": person, "role": role,
                             "phone": f"137{rng.randrange(10**8):08d}", "created_at": opened, "created_by": author})
            contact_id += 1
        body_people.append((body_id, [p for p, _ in who]))
        body_id += 1
    records = []
    day = today - timedelta(days=plan.size("liaison_days", 60))
    while day < today:
        if day.weekday() < 5 and rng.random() < 0.4:
            body, who = rng.choice(body_people)
            matter, asked, follow = rng.choice(MATTERS)
            person = rng.choice(desk) if follow else ""
            due = day + timedelta(days=rng.randint(2, 7)) if follow else None
            done = bool(follow) and (today - day).days > 7 and rng.random() < 0.85
            records.append({"body_id": body, "way": rng.choice(list(Way)), "happened_on": day,
                            "contact": rng.choice(who), "matter": matter, "asked": asked, "follow_up": follow,
                            "person": person, "due_on": due,
                            "done_at": at(min(due, today - timedelta(days=1)), 16, rng.randrange(60)) if done else None,
                            "done_by": person if done else None, "done_note": rng.choice(NOTES) if done else None,
                            "created_at": at(day, 10, rng.randrange(60)), "created_by": rng.choice(desk)})
        day += timedelta(days=1)
    bulk(session, LiaisonBody, bodies)
    bulk(session, LiaisonContact, contacts)
    bulk(session, LiaisonRecord, records)
