"""The template of each kind of import, written from the fields the import reads, so the two
cannot drift apart."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents.importers.template import write_template
from deskapp.domain.importing import Target, fields_for
from deskapp.services.importing.kinds import kind_of


def save_template(target: Target | str, path: str | Path) -> Path:
    kind = kind_of(target)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    fields = [(s.label, s.required, s.example, tuple(n for n in s.synonyms if n != s.label))
              for s in fields_for(kind.target)]
    return write_template(path, kind.title, fields)
