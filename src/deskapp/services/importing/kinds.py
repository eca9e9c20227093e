"""Every kind of import the desk offers, found by the wizard and `deskapp import NAME`.

A kind is a target (domain.importing.Target, with its fields declared by define_fields), the
permission it needs, the options it honours, and its two functions: `preview` (read and judge
every row, write nothing) and `run` (the same inside one write transaction, committed only when
no row is in error: all or nothing). A module of this package registers its kind at import;
`all_kinds` imports them all, so adding an import adds a module and edits nothing shared."""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import Target
from deskapp.services.importing.common import ImportResult, Preview

PreviewFn = Callable[..., Preview]  # (ctx, actor, source, options, *, progress, cancelled)
RunFn = Callable[..., ImportResult]

UPDATE_EXISTING = "update_existing"
BLANK_INVALID_IDS = "blank_invalid_ids"


@dataclass(frozen=True)
class ImportKind:
    target: Target
    title: str  # what the file holds, as the menu and the wizard name it: 房屋与业主名册
    permission: str  # as domain.permissions.define names it
    preview: PreviewFn
    run: RunFn
    options: frozenset[str] = frozenset()  # UPDATE_EXISTING, BLANK_INVALID_IDS: the flags it honours
    order: int = 50  # place in the menu and the command's list
    needs_period: bool = False  # its files may leave the period unnamed: the wizard and --period ask for it


_KINDS: dict[Target, ImportKind] = {}


def register(kind: ImportKind) -> ImportKind:
    _KINDS[kind.target] = kind
    return kind


@cache
def _load() -> None:
    import deskapp.services.importing as package

    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)


def all_kinds() -> list[ImportKind]:
    _load()
    return sorted(_KINDS.values(), key=lambda k: (k.order, k.target.value))


def kind_of(target: Target | str) -> ImportKind:
    _load()
    try:
        return _KINDS[Target(target)]
    except (KeyError, ValueError):
        names = "、".join(k.target.value for k in all_kinds())
        raise ValidationError("导入类型", f"不能导入“{target}”（可导入：{names}）") from None
