"""对外联络 (liaison with the authorities): the contacts book of the bodies the centre deals with
(居委会, 街道, 派出所, 城管, 环保 …) and their people, and the log of visits, calls and letters — the
matter, what was asked, and the follow-up owed (what, by whom, by when) until it is done."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from deskapp.domain.errors import ValidationError
from deskapp.domain.text import bounded_text
from deskapp.domain.people import check_name, normalise_phone

NAME_MAX = 60
TEXT_MAX = 500


class BodyKind(str, enum.Enum):
    COMMITTEE = "居委会"
    STREET = "街道办事处"
    POLICE = "派出所"
    CITY = "城管"
    ENVIRONMENT = "环保"
    FIRE = "消防"
    HOUSING = "住建"
    OTHER = "其他"


class Way(str, enum.Enum):
    """How the contact happened."""
    VISIT_IN = "来访"
    VISIT_OUT = "走访"
    CALL = "电话"
    LETTER_IN = "来函"
    LETTER_OUT = "去函"
    MEETING = "会议"


def _text(value: str, field: str, *, required: bool, limit: int = TEXT_MAX) -> str:
    return bounded_text(value, field, required=required, limit=limit)


def check_body_name(name: str) -> str:
    return _text(name, "单位名称", required=True, limit=NAME_MAX)


def check_phone(phone: str, field: str = "联系电话") -> str:
    """A body's or contact's phone: optional, a mobile or a landline with its area code."""
    return normalise_phone(phone, field) if phone.strip() else ""


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str  # 职务: 主任, 社区民警 …
    phone: str


def check_contact(c: ContactInput) -> ContactInput:
    """A person of a body: a name and a phone to reach them."""
    name = check_name(c.name)
    if not c.phone.strip():
        raise ValidationError("联系电话", "请填写联系人的电话")
    return ContactInput(name, _text(c.role, "职务", required=False, limit=20), normalise_phone(c.phone, "联系电话"))


@dataclass(frozen=True)
class RecordInput:
    """One visit, call or letter; a follow-up owed needs its person and due date."""
    body_id: int
    way: Way
    happened_on: date
    matter: str  # 事由
    asked: str = ""  # what was asked (of us, or by us)
    contact: str = ""  # who we dealt with
    follow_up: str = ""  # what we owe
    person: str = ""  # a desk user's display name
    due_on: date | None = None


def check_record(r: RecordInput, today: date, users: set[str]) -> RecordInput:
    if r.happened_on > today:
        raise ValidationError("日期", f"不能晚于今天 {today:%Y-%m-%d}")
    matter = _text(r.matter, "事由", required=True)
    asked = _text(r.asked, "对方要求", required=False)
    contact = _text(r.contact, "联系人", required=False, limit=40)
    follow = _text(r.follow_up, "跟进事项", required=False)
    person = r.person.strip()
    if follow:
        if not person:
            raise ValidationError("跟进人", "有跟进事项时请选择跟进人")
        if person not in users:
            raise ValidationError("跟进人", f"{person} 不是可选的客服人员（在用的前台、管家或主管）")
        if r.due_on is None:
            raise ValidationError("跟进期限", "有跟进事项时请填写期限")
        if r.due_on < r.happened_on:
            raise ValidationError("跟进期限", f"不能早于联络日期 {r.happened_on:%Y-%m-%d}")
    elif person or r.due_on:
        raise ValidationError("跟进事项", "填写了跟进人或期限，请写明跟进什么")
    return RecordInput(r.body_id, r.way, r.happened_on, matter, asked, contact, follow, person, r.due_on)


def check_done_note(note: str) -> str:
    return _text(note, "跟进结果", required=True)


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today
