"""工作日历: each duty's status read from the area's records (a posted bill run, a handover to
finance), the cadences and holidays, the settings that move them, and the morning list."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from billing_helpers import billed_community, read_all
from support import CST, make_actor

from deskapp.domain.billing import PayMethod
from deskapp.domain.calendar import DutyStatus
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import settings
from deskapp.services.billing import handover, meters, payments, run
from deskapp.services.calendar import duties, holidays
from deskapp.services.reception import desk

CLERK = make_actor(Role.CLERK, "周婷")
STEWARD = make_actor(Role.STEWARD, "李强")


def _rows(ctx, actor, year, month, key):
    return {r.due: r for r in duties.month(ctx, actor, year, month) if r.key == key}


def test_the_quarter_just_ended_billed_early_in_the_next_marks_its_duty_done(community, admin, clock):
    """A quarter is billed after it ends (its water needs its readings; the run tab offers the quarter
    before today's): the duty of 2027Q1, due 01-15, is 2026Q4's run, posted on 2 January."""
    _, power = billed_community(community, admin)
    clock.set(datetime(2027, 1, 2, 9, 0, tzinfo=CST))
    q4 = [date(2026, m, 1) for m in (10, 11, 12)]
    read_all(community, admin, {"3-1-101": (140, 150, 160), "3-1-102": (70, 75, 80), "3-1-201": (10, 10, 10)},
             months=q4)
    for month, value in zip(q4, ("2000", "2100", "2200")):
        meters.enter_reading(community, admin, power, month, value)
    (before,) = _rows(community, admin, 2027, 1, "billing.run").values()
    assert (before.due, before.period, before.status, before.record) == (date(2027, 1, 15), "2027Q1",
                                                                         DutyStatus.DUE, "")
    run.post(community, admin, "2026Q4")
    clock.set(datetime(2027, 1, 16, 9, 0, tzinfo=CST))
    (after,) = _rows(community, admin, 2027, 1, "billing.run").values()
    assert after.status is DutyStatus.DONE and "2026Q4 收费计算已过账：3 份账单（admin，2027-01-02 09:00）" in after.record
    assert not [i for i in desk.start_of_day(community, admin) if i.area == "calendar" and "收费" in i.text]
    # the next quarter's duty is 2027Q1's run, not done by this one
    clock.set(datetime(2027, 4, 16, 9, 0, tzinfo=CST))
    (next_q,) = _rows(community, admin, 2027, 4, "billing.run").values()
    assert next_q.period == "2027Q2" and next_q.status is DutyStatus.OVERDUE


def test_cash_handover_due_today_overdue_after_the_day_done_when_handed(community, admin, clock):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    today = _rows(community, CLERK, 2026, 11, "billing.handover")
    assert today[date(2026, 11, 27)].status is DutyStatus.DUE
    assert today[date(2026, 11, 26)].status is DutyStatus.OVERDUE
    assert today[date(2026, 11, 28)].status is DutyStatus.UPCOMING
    acc = payments.account(community, CLERK, ids[0])
    payments.take_payment(community, CLERK, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.CASH)
    handover.hand_over(community, CLERK, "375.00", "财务 王会计")
    done = _rows(community, CLERK, 2026, 11, "billing.handover")[date(2026, 11, 27)]
    assert done.status is DutyStatus.DONE and done.record == "费用移交表：周婷"
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=CST))
    assert _rows(community, CLERK, 2026, 11, "billing.handover")[date(2026, 11, 27)].status is DutyStatus.DONE


def test_a_holiday_takes_the_daily_duties_off_and_moves_a_due_day(community, admin):
    holidays.add_holiday(community, admin, date(2026, 11, 25), "  调休 ")
    daily = _rows(community, admin, 2026, 11, "billing.handover")
    assert date(2026, 11, 25) not in daily and date(2026, 11, 24) in daily
    assert [(h.day, h.name) for h in holidays.holidays(community, admin, 2026)] == [(date(2026, 11, 25), "调休")]
    # the steward's readings fall due on the 25th: the holiday moves them to the 26th
    assert list(_rows(community, admin, 2026, 11, "billing.readings")) == [date(2026, 11, 26)]
    with pytest.raises(Conflict):
        holidays.add_holiday(community, admin, date(2026, 11, 25), "重复")
    with pytest.raises(ValidationError) as e:
        holidays.add_holiday(community, admin, date(2026, 11, 30), "  ")
    assert e.value.field == "名称"
    with pytest.raises(PermissionDenied):
        holidays.add_holiday(community, CLERK, date(2026, 11, 30), "元旦")
    (h,) = holidays.holidays(community, admin, 2026)
    holidays.remove_holiday(community, admin, h.id)
    assert date(2026, 11, 25) in _rows(community, admin, 2026, 11, "billing.handover")


def test_a_holiday_of_several_days_is_marked_in_one_go_or_not_at_all(community, admin):
    """国庆 01 … 07 in one call, each day its own record and audit line; a span reaching a marked day,
    one ending before it begins, or one over 31 days writes nothing and names 至 or the days."""
    ids = holidays.add_holidays(community, admin, date(2026, 10, 1), date(2026, 10, 7), "国庆节")
    assert len(ids) == 7
    assert [(h.day.day, h.name) for h in holidays.holidays(community, admin, 2026)] == [
        (d, "国庆节") for d in range(1, 8)]
    with pytest.raises(Conflict) as e:
        holidays.add_holidays(community, admin, date(2026, 9, 28), date(2026, 10, 2), "调休")
    assert "10-01 国庆节、10-02 国庆节" in str(e.value)
    for last, words in ((date(2026, 9, 27), "不能早于起始日期 2026-09-28"), (date(2026, 10, 29), "最多标记 31 天")):
        with pytest.raises(ValidationError) as e:
            holidays.add_holidays(community, admin, date(2026, 9, 28), last, "调休")
        assert e.value.field == "至" and words in str(e.value)
    assert len(holidays.holidays(community, admin, 2026)) == 7
    with community.reader() as uow:
        from sqlalchemy import select

        from deskapp.store.models.accounts import AuditEntry
        lines = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "calendar.holiday.add")
                                    .order_by(AuditEntry.id)).scalars().all()
    assert lines == [f"标记节假日 2026-10-0{d} 国庆节" for d in range(1, 8)]


def test_next_years_holidays_not_marked_by_mid_december_are_the_supervisors_overdue_duty(community, clock):
    """No 2027 holiday marked: the desk would count 元旦 and 春节 as working days (the daily duties
    falling due and going overdue on them). The supervisor is asked to mark them by 12-16 and, when
    not, reminded on 元旦 and after until they are."""
    supervisor = make_actor(Role.SUPERVISOR, "王丽华")
    clock.set(datetime(2026, 12, 16, 9, 0, tzinfo=CST))
    (due,) = _rows(community, supervisor, 2026, 12, "calendar.holidays").values()
    assert (due.due, due.name, due.period, due.status) == (date(2026, 12, 16), "标记来年节假日", "2026", DutyStatus.DUE)
    clock.set(datetime(2027, 1, 2, 9, 0, tzinfo=CST))
    # 元旦 not marked: the clerk's daily duties fell due on it
    assert date(2027, 1, 1) in _rows(community, CLERK, 2027, 1, "billing.handover")
    listed = {i.text: i.overdue for i in desk.start_of_day(community, supervisor) if i.area == "calendar"}
    assert listed["标记来年节假日：2026，12-16 到期"] is True
    assert not [r for r in duties.month(community, supervisor, 2027, 1) if r.key == "calendar.holidays"]
    holidays.add_holiday(community, supervisor, date(2027, 1, 1), "元旦")
    holidays.add_holiday(community, supervisor, date(2027, 2, 6), "春节")
    (done,) = _rows(community, supervisor, 2026, 12, "calendar.holidays").values()
    assert done.status is DutyStatus.DONE and done.record == "2027 年节假日已标记 2 天：元旦、春节"
    assert not [i for i in desk.start_of_day(community, supervisor) if "节假日" in i.text]
    assert date(2027, 1, 1) not in _rows(community, CLERK, 2027, 1, "billing.handover")
    # this year's holidays do not do next year's duty
    clock.set(datetime(2027, 12, 20, 9, 0, tzinfo=CST))
    (next_year,) = _rows(community, supervisor, 2027, 12, "calendar.holidays").values()
    assert next_year.status is DutyStatus.OVERDUE


def test_the_round_days_setting_moves_the_stairwell_rounds(community, admin):
    tue_wed = _rows(community, admin, 2026, 12, "rounds.stairwell")
    assert {d.weekday() for d in tue_wed} == {1, 2} and len(tue_wed) == 10
    settings.set_value(community, admin, "rounds.stairwell.weekdays", [0, 4])
    mon_fri = _rows(community, admin, 2026, 12, "rounds.stairwell")
    assert {d.weekday() for d in mon_fri} == {0, 4} and date(2026, 12, 7) in mon_fri


def test_the_morning_list_shows_the_roles_duties_due_or_missed(community, admin, clock):
    items = [i for i in desk.start_of_day(community, CLERK) if i.area == "calendar"]
    texts = {i.text: i.overdue for i in items}
    assert texts["现金交接（费用移交）：2026-11-27，11-27 到期"] is False
    assert texts["现金交接（费用移交）：2026-11-26，11-26 到期"] is True
    # the steward's list has the steward's duties, not the clerk's
    steward = {i.text for i in desk.start_of_day(community, STEWARD) if i.area == "calendar"}
    assert not any(t.startswith("现金交接") for t in steward)
    assert any(t.startswith("抄表录入与复核：2026-11") for t in steward)


def test_a_filed_count_marks_the_months_count_done(community, admin):
    from deskapp.services.keys import inventory

    (count,) = _rows(community, CLERK, 2026, 11, "keys.count").values()
    assert (count.due, count.status) == (date(2026, 11, 30), DutyStatus.DUE)
    sheet = inventory.count_sheet(community, CLERK)
    inventory.file_count(community, CLERK, {e.ref: e.in_place for e in sheet.items}, {})
    (count,) = _rows(community, CLERK, 2026, 11, "keys.count").values()
    assert count.status is DutyStatus.DONE and count.record.startswith("2026-11 月度盘点已归档（周婷")
    # October's was never filed: it stays overdue
    (october,) = _rows(community, CLERK, 2026, 10, "keys.count").values()
    assert october.status is DutyStatus.OVERDUE


def test_a_round_finished_on_a_round_day_marks_that_days_round_done(community, admin, clock):
    from deskapp.services.registry import community as registry_community
    from deskapp.services.rounds import stairwell

    building = [b for b in registry_community.buildings(community, admin) if b.code == "3"][0]
    route = stairwell.set_route(community, admin, building.id, "3号楼1单元", ["一楼大堂"])
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=CST))  # a Tuesday
    run_id = stairwell.start_round(community, STEWARD, route)
    stairwell.record_point(community, STEWARD, run_id, stairwell.run_view(community, STEWARD, run_id).points[0].point_id)
    stairwell.finish_round(community, STEWARD, run_id)
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=CST))
    rounds = _rows(community, STEWARD, 2026, 11, "rounds.stairwell")
    assert rounds[date(2026, 11, 24)].status is DutyStatus.DONE
    assert rounds[date(2026, 11, 24)].record == "楼道巡查 1 条路线已完成"
    assert rounds[date(2026, 11, 25)].status is DutyStatus.OVERDUE  # Wednesday's was not walked


def test_a_quarter_ends_with_its_bulletin_board_done_or_missed(community, admin, clock):
    """宣传板报 (answered by the community area): due on the quarter's last day, done by the first
    board put up in the quarter; one put up in the quarter before does not count."""
    from deskapp.domain.community import BoardInput
    from deskapp.services.community import boards

    def board(day):
        return BoardInput(theme="冬季防火安全", location="3号楼大堂", put_up_on=day, taken_down_on=None, person="李强")

    (q4,) = _rows(community, STEWARD, 2026, 12, "community.board").values()
    assert (q4.due, q4.period, q4.status, q4.role) == (date(2026, 12, 31), "2026Q4", DutyStatus.DUE,
                                                             Role.STEWARD.value)
    boards.add_board(community, STEWARD, board(date(2026, 9, 30)))  # the quarter before's
    clock.set(datetime(2027, 1, 4, 9, 0, tzinfo=CST))
    (missed,) = _rows(community, STEWARD, 2026, 12, "community.board").values()
    assert missed.status is DutyStatus.OVERDUE
    listed = [i.text for i in desk.start_of_day(community, STEWARD) if i.area == "calendar"]
    assert "宣传板报：2026Q4，12-31 到期" in listed
    boards.add_board(community, STEWARD, board(date(2026, 11, 20)))
    (done,) = _rows(community, STEWARD, 2026, 12, "community.board").values()
    assert done.status is DutyStatus.DONE and done.record == "宣传板报“冬季防火安全”11-20 张贴（李强）"
    settings.set_value(community, admin, "community.duty.board_days_before_end", 10)
    assert list(_rows(community, STEWARD, 2026, 12, "community.board")) == [date(2026, 12, 21)]
def test_a_month_outside_the_registers_years_is_refused_naming_the_month(community, admin):
    with pytest.raises(ValidationError) as e:
        duties.month(community, admin, 1999, 12)
    assert e.value.field == "月份"
    with pytest.raises(ValidationError) as e:
        holidays.add_holiday(community, admin, date(2100, 1, 1), "元旦")
    assert e.value.field == "日期" and holidays.holidays(community, admin, 2099) == []


def test_every_duty_of_the_manual_is_on_the_calendar(community, admin):
    """Issue 17 §4's list: daily, Tue/Wed, monthly, quarterly and half-yearly — all fall due in 2026Q4 — and
    the yearly marking of next year's holidays."""
    names = {r.name for month in (10, 11, 12) for r in duties.month(community, admin, 2026, month)}
    assert names == {
        "核对往日未完成事项（早班清单）", "现金交接（费用移交）", "钥匙归还核对", "装修现场日检",  # daily
        "楼道照明、卫生巡查",  # Tue/Wed
        "抄表录入与复核", "钥匙/门卡/对讲机盘点", "上月登记表汇总归档",  # monthly
        "上季度收费计算与缴费通知", "季末催缴", "档案完整性检查", "宣传板报",  # quarterly
        "满意度调查",  # half-yearly
        "标记来年节假日",  # yearly
    }


def test_a_past_days_site_checks_ask_only_about_the_works_begun_by_then(community, admin):
    """装修现场日检 of a past day: a decoration under way now but begun later was not there to check."""
    from decimal import Decimal

    from deskapp.domain.decoration import ApplicationInput, WorkerInput
    from deskapp.domain.people import Relation
    from deskapp.services.registry import people as registry_people, units as registry_units
    from deskapp.services.registry.people import PersonInput
    from deskapp.services.rounds import decoration

    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "1601",
                                                         "building_area": "88", "state": "空置"})
    registry_people.add_person(community, admin, unit, PersonInput("王芳", "13700137000"), Relation.OWNER)
    deco = decoration.apply(community, admin, ApplicationInput(
        unit_id=unit, owner_name="王芳", owner_phone="13700137000", company="美家装饰", leader="钱师傅",
        leader_phone="13512345679", licence="", works=("水电改造",), starts_on=date(2026, 11, 20),
        ends_on=date(2027, 1, 20), deposit=Decimal("0"), fees=Decimal("0"),
        workers=(WorkerInput("周小军", "11010519491231002X"),)))
    decoration.approve(community, admin, deco)
    days = _rows(community, STEWARD, 2026, 11, "rounds.site_checks")
    before = days[date(2026, 11, 19)]
    assert before.status is DutyStatus.DONE and before.record == "当日无在施工装修"
    assert days[date(2026, 11, 20)].status is DutyStatus.OVERDUE  # begun that day and nobody checked it


def test_a_new_centre_is_not_behind_on_duties_due_before_it_began(community, admin, clock):
    """The database's first account is made on 2026-11-27 (the first start of a new centre): the
    morning list asks nothing that fell due before — not yesterday's cash handover, not the
    quarter's bill run due 10-15 — and the calendar shows no duty before that day; later ones are
    asked and missed as ever."""
    from deskapp.services.accounts import users

    users.create_first_admin(community, "admin", "系统管理员", "Cuihu#2026")
    texts = {i.text: i.overdue for i in desk.start_of_day(community, CLERK) if i.area == "calendar"}
    assert texts == {"现金交接（费用移交）：2026-11-27，11-27 到期": False,
                     "核对往日未完成事项（早班清单）：2026-11-27，11-27 到期": False}
    supervisor = make_actor(Role.SUPERVISOR, "王丽华")
    assert not [i for i in desk.start_of_day(community, supervisor) if i.area == "calendar" and i.overdue]
    assert min(r.due for r in duties.month(community, admin, 2026, 11)) == date(2026, 11, 27)
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=CST))
    texts = {i.text: i.overdue for i in desk.start_of_day(community, CLERK) if i.area == "calendar"}
    assert texts["现金交接（费用移交）：2026-11-27，11-27 到期"] is True  # the first days' duties are the centre's
