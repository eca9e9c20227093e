"""文件资料 (the desk's documents: 业主临时公约, 业户手册, 装修管理规定 …): what a document and a version
must say, and which version is in force on a day. Versions are kept for good; a document is
withdrawn with a reason, never deleted."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from deskapp.domain.errors import ValidationError
from deskapp.domain.text import require_text

TITLE_MAX = 60
LABEL_MAX = 20
NOTE_MAX = 200


class DocKind(str, enum.Enum):
    CONVENTION = "公约"
    HANDBOOK = "手册"
    RULES = "规定"
    OTHER = "其他"


class Audience(str, enum.Enum):
    """Whose unit page lists the document."""
    ALL = "全体业户"
    DECORATION = "装修中的房屋"
    DESK = "仅客服中心"  # kept at the desk, on no unit page


@dataclass(frozen=True)
class DocumentInput:
    title: str
    kind: DocKind
    audience: Audience


@dataclass(frozen=True)
class VersionInput:
    label: str
    effective_on: date | None
    note: str = ""


def check_document(d: DocumentInput) -> DocumentInput:
    title = require_text(d.title, "文件名称")
    if len(title) > TITLE_MAX:
        raise ValidationError("文件名称", f"不能超过 {TITLE_MAX} 个字")
    return DocumentInput(title, d.kind, d.audience)


def check_version(v: VersionInput) -> VersionInput:
    label = require_text(v.label, "版本")
    if len(label) > LABEL_MAX:
        raise ValidationError("版本", f"不能超过 {LABEL_MAX} 个字")
    if v.effective_on is None:
        raise ValidationError("生效日期", "请填写生效日期")
    note = v.note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("说明", f"不能超过 {NOTE_MAX} 个字")
    return VersionInput(label, v.effective_on, note)


def check_reason(reason: str) -> str:
    reason = require_text(reason, "停用原因")
    if len(reason) > NOTE_MAX:
        raise ValidationError("停用原因", f"不能超过 {NOTE_MAX} 个字")
    return reason


def current(versions: list[tuple[int, date]], today: date) -> int | None:
    """The version in force: the latest effective on or before `today` (of two on one day, the one
    added later); None while every version is still to come. `versions`: (id, effective_on), ids
    growing as added."""
    due = [(on, vid) for vid, on in versions if on <= today]
    return max(due)[1] if due else None


def shown_on_unit(audience: Audience, under_decoration: bool) -> bool:
    return audience is Audience.ALL or (audience is Audience.DECORATION and under_decoration)
