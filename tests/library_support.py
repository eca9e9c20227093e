"""Helpers the 文件资料 tests share (services and GUI): small real files of each kind, and a unit
under decoration (so that 装修管理规定 concern it)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from support import make_actor

from deskapp.domain.decoration import ApplicationInput, WorkerInput
from deskapp.domain.permissions import Role
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration


def pdf_file(path: Path, text: str) -> Path:
    """A one-page PDF saying `text` (a CID font: readable back with pypdf)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 14)
    c.drawString(72, 760, text)
    c.save()
    return path


def unit(ctx, room: str, state: str = "自住") -> int:
    return registry_units.create_unit(ctx, make_actor(Role.ADMIN),
                                      {"building": "3", "stairwell": "1", "room": room, "building_area": "98.50",
                                       "state": state})


def under_decoration(ctx, unit_id: int, today: date) -> int:
    """The unit's decoration applied at the desk and approved by the supervisor: works under way."""
    application = ApplicationInput(
        unit_id=unit_id, owner_name="王芳", owner_phone="13700137000", company="居美装饰工程有限公司",
        leader="刘师傅", leader_phone="13512345678", licence="JZ-2026-118", works=("水电改造", "墙体"),
        starts_on=today, ends_on=today + timedelta(days=60), deposit=Decimal("3000.00"), fees=Decimal("500.00"),
        workers=(WorkerInput("孙大力", "11010519491231002X", "13312345678"),))
    did = decoration.apply(ctx, make_actor(Role.CLERK), application)
    decoration.approve(ctx, make_actor(Role.SUPERVISOR), did)
    return did
