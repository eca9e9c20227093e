"""The search box's paper numbers: WX2026-000136, SJ2026-000012, FX2026-000005, K0018… typed into it
find the paper in whichever area keeps it (hooks.Hook.FIND_NUMBER), where the box otherwise finds
units by code, name, pinyin initials or phone digits."""
from __future__ import annotations

import re

from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.services.registry.common import VIEW

# a paper's number or a key's tag: letters, then a digit (a unit code starts with a digit or, for a
# shop, "S-"; pinyin initials have no digit), as far as typed; or a request's #191 (the morning list's)
NUMBER = re.compile(r"[A-Z]{1,3}[0-9][0-9A-Z-]*|#[0-9]{1,9}")


def number_prefix(text: str) -> str | None:
    """The typed text as the start of a paper number (upper case), or None if it cannot be one."""
    typed = text.strip().upper()
    return typed if NUMBER.fullmatch(typed) else None


def find_numbers(ctx: Context, actor: Actor, text: str, limit: int = 10) -> list[hooks.Numbered]:
    """The papers whose number starts with the text typed, of the areas this role may see, by number."""
    prefix = number_prefix(text)
    if prefix is None:
        return []
    found = ctx.read(actor, VIEW, lambda session: hooks.collect(hooks.Hook.FIND_NUMBER, session, ctx, actor, prefix,
                                                                limit))
    return sorted(found, key=lambda n: n.number)[:limit]
