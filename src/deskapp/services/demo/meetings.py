"""Demo step 70: 早会 — a meeting every working day of the last 30 days, chaired by the supervisor,
with one or two requirements and a few assignments to the desk staff; most are closed with a note,
those of the last days (and a few older ones, now overdue) are still open.

Sizes (``plan.extra``): ``meeting_days`` (30), the calendar days back from yesterday."""
from __future__ import annotations

import random
from datetime import timedelta

from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, next_id, staff
from deskapp.store.models.meetings import Meeting, MeetingAssignment, MeetingAttendee, MeetingRequirement
from deskapp.store.uow import Session

ORDER = 70

REQUIREMENTS = ("雨雪天气在大堂门口放置防滑垫并提醒业主", "接待业主时做到起身相迎、微笑服务", "本周重点跟进逾期报修单",
                "月底前完成空置房巡查", "装修高峰期，加强楼道装修垃圾的巡查", "前台物品摆放整齐，工作时间不玩手机",
                "投诉件当日回访，回访情况记录完整", "节前完成消防通道的检查")
TASKS = ("通知 {b} 号楼业主周四停水", "回访上周的投诉业主", "检查 {b} 号楼楼道声控灯", "张贴电梯年检通知",
         "整理本月的放行条存根", "催收 {b} 号楼欠费业户", "核对钥匙托管登记", "更新前台公告栏",
         "跟进地库排水沟堵塞", "联系工程部维修单元门闭门器")
NOTES = ("已完成", "已通知到位，业主群同步发布", "已处理，工程部已修复", "已张贴并拍照留存", "已回访，业主满意",
         "已整理交主管")


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    people = staff()
    chair = people["supervisor"]
    desk = [people[k] for k in ("clerk", "clerk2", "steward", "steward2")]
    today = plan.today
    first = today - timedelta(days=plan.size("meeting_days", 30))
    meetings, attendees, requirements, assignments = [], [], [], []
    meeting_id, assignment_id = next_id(session, Meeting), next_id(session, MeetingAssignment)
    day = first
    while day < today:
        if day.weekday() < 5:  # the meeting is held on working days
            opened = at(day, 8, 45)
            meetings.append({"id": meeting_id, "held_on": day, "created_at": opened, "created_by": chair})
            came = [chair] + [p for p in desk if rng.random() < 0.85]
            attendees += [{"meeting_id": meeting_id, "name": p} for p in came]
            requirements += [{"meeting_id": meeting_id, "seq": i, "text": t}
                             for i, t in enumerate(rng.sample(REQUIREMENTS, rng.randint(1, 2)), 1)]
            for _ in range(rng.randint(1, 3)):
                due = day + timedelta(days=rng.randint(0, 4))
                closed = (today - day).days > 3 and rng.random() < 0.9
                done_on = min(due, today - timedelta(days=1))
                person = rng.choice(desk)
                assignments.append({
                    "id": assignment_id, "meeting_id": meeting_id, "person": person,
                    "task": rng.choice(TASKS).format(b=rng.randint(1, 12)), "due_on": due,
                    "closed_at": at(done_on, 17, rng.randrange(60)) if closed else None,
                    "closed_by": person if closed else None, "close_note": rng.choice(NOTES) if closed else None,
                    "created_at": opened, "created_by": chair})
                assignment_id += 1
            meeting_id += 1
        day += timedelta(days=1)
    bulk(session, Meeting, meetings)
    bulk(session, MeetingAttendee, attendees)
    bulk(session, MeetingRequirement, requirements)
    bulk(session, MeetingAssignment, assignments)
