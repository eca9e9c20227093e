"""产权变更: the seller's arrangements (authorised people, family, tenants, 前台须知, keys held in
custody) are each ended or kept by an explicit choice, and an authority given by someone who is
no longer an owner is not honoured."""
from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from deskapp.domain.errors import ValidationError


class ArrangementKind(str, enum.Enum):
    AUTHORISED = "授权人"
    FAMILY = "原业主家属"
    TENANT = "租户"
    INSTRUCTION = "前台须知"
    KEY = "托管钥匙"


class Choice(str, enum.Enum):
    END = "结束"
    KEEP = "保留"


# What the dialog proposes. An authority or a note the seller left must not outlive the sale by
# default; a tenant's lease survives a sale (买卖不破租赁) and a key stays on its hook until
# someone collects it, so those are kept unless the clerk ends them.
DEFAULT_CHOICE = {
    ArrangementKind.AUTHORISED: Choice.END,
    ArrangementKind.FAMILY: Choice.END,
    ArrangementKind.TENANT: Choice.KEEP,
    ArrangementKind.INSTRUCTION: Choice.END,
    ArrangementKind.KEY: Choice.KEEP,
}

# What 结束 / 保留 mean for each kind, as the confirmation says it.
MEANING = {
    (ArrangementKind.AUTHORISED, Choice.END): "授权结束",
    (ArrangementKind.AUTHORISED, Choice.KEEP): "保留，改由新业主授权",
    (ArrangementKind.FAMILY, Choice.END): "迁出",
    (ArrangementKind.FAMILY, Choice.KEEP): "保留",
    (ArrangementKind.TENANT, Choice.END): "租住结束",
    (ArrangementKind.TENANT, Choice.KEEP): "保留，租约继续",
    (ArrangementKind.INSTRUCTION, Choice.END): "撤销",
    (ArrangementKind.INSTRUCTION, Choice.KEEP): "保留",
    (ArrangementKind.KEY, Choice.END): "注销托管（交还原业主）",
    (ArrangementKind.KEY, Choice.KEEP): "继续托管，改由新业主委托",
}


@dataclass(frozen=True)
class Arrangement:
    """One thing the seller set up for the unit. `ref` names it across the dialog and the service
    ("tie:12", "instruction:3", "key:5")."""

    ref: str
    kind: ArrangementKind
    text: str  # e.g. "李四（借用钥匙、物品放行确认）"

    @property
    def default(self) -> Choice:
        return DEFAULT_CHOICE[self.kind]


def resolve_choices(arrangements: Collection[Arrangement], choices: Mapping[str, Choice]) -> dict[str, Choice]:
    """Every arrangement must have been decided: the dialog sends a choice for each one listed.
    An arrangement that appeared since the list was shown (another desk added it) is refused by
    name rather than silently defaulted."""
    missing = [a for a in arrangements if a.ref not in choices]
    if missing:
        names = "、".join(f"{a.kind.value} {a.text}" for a in missing)
        raise ValidationError("原业主的安排", f"请对每一项选择结束或保留：{names}")
    return {a.ref: choices[a.ref] for a in arrangements}


def describe(arrangement: Arrangement, choice: Choice) -> str:
    return f"{arrangement.kind.value} {arrangement.text}：{MEANING[(arrangement.kind, choice)]}"


def grantor_still_owner(granted_by: int | None, owner_ids: Collection[int]) -> bool:
    """An authorisation counts only while the person who gave it is an owner. One with no granter
    on file (a unit with no owner registered when it was given) is judged by its dates alone."""
    return granted_by is None or granted_by in owner_ids


def grantor_worth_naming(grantor: str, owners: Collection[str]) -> bool:
    """Whether an authorisation's line names the owner who gave it: when the unit has co-owners
    (it is one of them, and it ends when that one sells) or the giver is no longer an owner; a sole
    owner's goes without saying."""
    return bool(grantor) and (len(owners) > 1 or grantor not in owners)
