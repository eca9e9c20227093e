"""Input builders the 楼宇管家 service tests share (imported by name: the conftest of another
folder may shadow ``conftest``)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.decoration import ApplicationInput, WorkerInput

WORKER_ID = "11010519491231002X"


def application(unit_id: int, today: date, **changes) -> ApplicationInput:
    values = dict(unit_id=unit_id, owner_name="王芳", owner_phone="13700137000", company="居美装饰工程有限公司",
                  leader="刘师傅", leader_phone="13512345678", licence="JZ-2026-118", works=("水电改造", "墙体"),
                  starts_on=today, ends_on=today + timedelta(days=60), deposit=Decimal("3000.00"),
                  fees=Decimal("500.00"), workers=(WorkerInput("孙大力", WORKER_ID, "13312345678"),))
    values.update(changes)
    return ApplicationInput(**values)
