"""前台须知: what the desk must know about a unit for a period (who may not be let in, a key kept
for the police...), added, listed and withdrawn."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.registry.chronicle import chronicle
from deskapp.services.registry.common import INSTRUCT, VIEW, unit_or_404
from deskapp.services.changes import Change, changes
from deskapp.store.models.registry import DeskInstruction


@dataclass(frozen=True)
class InstructionView:
    id: int
    text: str
    starts_on: date
    ends_on: date | None
    created_by: str


@changes(Change.CHRONICLE, Change.INSTRUCTIONS)
def add_instruction(ctx: Context, actor: Actor, unit_id: int, text: str, starts_on: date,
                    ends_on: date | None = None) -> int:
    actor.require(INSTRUCT)
    require_text(text, "须知内容")
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError("结束日期", "不能早于开始日期")
    with ctx.uow() as uow:
        u = unit_or_404(uow.registry, unit_id)
        ins = DeskInstruction(unit_id=u.id, text=text.strip(), starts_on=starts_on, ends_on=ends_on,
                              created_at=ctx.clock.now(), created_by=actor.display_name)
        uow.registry.add(ins)
        uow.flush()
        audit.record(uow.session, ctx, actor, "registry.instruction.add", "desk_instruction", ins.id, unit_id=u.id,
                     summary=f"{u.code} 前台须知：{ins.text[:40]}",
                     after={"text": ins.text, "starts_on": starts_on, "ends_on": ends_on})
        period = f"{starts_on:%Y-%m-%d} 起" + (f"至 {ends_on:%Y-%m-%d}" if ends_on else "")
        chronicle(uow.session, ctx, actor, u.id, ChronicleKind.INSTRUCTION, f"前台须知（{period}）：{ins.text}")
        uow.commit()
        return ins.id


def current_and_coming_instructions(ctx: Context, actor: Actor, unit_id: int) -> list[InstructionView]:
    """Instructions not withdrawn and not yet over: what the desk may still withdraw."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        today = ctx.clock.today()
        return [InstructionView(i.id, i.text, i.starts_on, i.ends_on, i.created_by)
                for i in uow.registry.instructions(unit_id)
                if i.ends_on is None or i.ends_on >= today]


@changes(Change.CHRONICLE, Change.INSTRUCTIONS)
def withdraw_instruction(ctx: Context, actor: Actor, instruction_id: int) -> None:
    actor.require(INSTRUCT)
    with ctx.uow() as uow:
        ins = uow.registry.get(DeskInstruction, instruction_id)
        if ins is None or ins.withdrawn_at is not None:
            raise NotFound("该前台须知不存在或已撤销")
        ins.withdrawn_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "registry.instruction.withdraw", "desk_instruction", ins.id,
                     unit_id=ins.unit_id, summary=f"撤销前台须知：{ins.text[:40]}",
                     before={"withdrawn": False}, after={"withdrawn": True})
        chronicle(uow.session, ctx, actor, ins.unit_id, ChronicleKind.INSTRUCTION, f"撤销前台须知：{ins.text}")
        uow.commit()
