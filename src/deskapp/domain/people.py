"""People attached to units: owners, family, tenants, authorised persons; their phones."""
from __future__ import annotations

import enum
import re
from datetime import date

from deskapp.domain.errors import ValidationError


class Relation(str, enum.Enum):
    OWNER = "业主"
    FAMILY = "家属"
    TENANT = "租户"
    AUTHORISED = "授权人"


class Authority(str, enum.Enum):
    """What an authorised person may do for the owner (前台须知 / 授权委托)."""
    KEYS = "借用钥匙"
    MAIL = "代取信件"
    RELEASE = "物品放行确认"


_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def normalise_phone(value: str, field: str = "手机号") -> str:
    """A mobile (11 digits starting 13–19) or a landline with its area code (010-12345678)."""
    v = "".join(value.split()).replace("—", "-").replace("－", "-")
    if v.startswith("+86"):
        v = v[3:]
    if _MOBILE.match(v):
        return v
    if _LANDLINE.match(v):
        if "-" not in v:
            area_len = 3 if v[1] in "12" else 4
            v = v[:area_len] + "-" + v[area_len:]
        return v
    raise ValidationError(field, f"“{value}”应为 11 位手机号或带区号的固定电话")


def check_name(value: str, field: str = "姓名") -> str:
    v = " ".join(value.split())
    if not v:
        raise ValidationError(field, "不能为空")
    if len(v) > 40:
        raise ValidationError(field, "不能超过 40 个字符")
    return v


def authority_in_force(authority_until: date | None, on: date) -> bool:
    """An authorisation counts through its last day (授权期限); one without a last day counts
    until it is withdrawn. Key lending and release slips ask this before taking the authority."""
    return authority_until is None or on <= authority_until


def with_tie_note(terms: str, note: str) -> str:
    """A person's line on the unit page and the 业户档案: the lease or the authorities, then the note the
    tie was registered with (子女, 经营：便利店, why the owner gave the authority); either may be blank."""
    return "；".join(part for part in (terms.strip(), (note or "").strip()) if part)


def check_authority_until(authority_until: date | None, since: date | None, field: str = "授权截止") -> None:
    if authority_until is not None and since is not None and authority_until < since:
        raise ValidationError(field, f"不能早于登记日期 {since:%Y-%m-%d}")
