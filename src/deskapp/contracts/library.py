"""文件资料 rows the GUI shows: a document with the version in force, and each of its versions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from deskapp.domain.library import Audience, DocKind


@dataclass(frozen=True)
class VersionRow:
    id: int
    label: str
    effective_on: date
    note: str
    file_name: str
    media_type: str
    size: int
    added_by: str
    added_at: datetime
    in_force: bool  # the document's current version
    to_come: bool  # effective after today


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    kind: DocKind
    audience: Audience
    current: VersionRow | None  # None while every version is still to come
    versions: int
    withdrawn: bool
    withdraw_reason: str
    version: int = 1  # what the edit form sends back (issue 18 §3)
