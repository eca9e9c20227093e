"""What database a path or URL names, without loading SQLAlchemy: the desk's start checks its
file (store/diagnose.py) while SQLAlchemy and the models load on the other core (issue 21 §2)."""
from __future__ import annotations

import os
from pathlib import Path

_SQLITE = "sqlite:///"


def to_url(db: str | os.PathLike) -> str:
    """A path becomes a sqlite URL; a URL stays as it is, except that a plain postgresql://
    (as a server's administrator writes it) is driven by psycopg 3, the driver we ship, rather
    than SQLAlchemy's default psycopg2."""
    text = str(db)
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            return "postgresql+psycopg://" + text[len(plain):]
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_file(db: str | os.PathLike) -> Path | None:
    """The SQLite file a path or URL names (absolute), or None for a server or an in-memory database."""
    url = to_url(db)
    rest = url[len(_SQLITE):] if url.startswith(_SQLITE) else ""
    if rest and rest != ":memory:" and not any(c in rest for c in "?%"):
        return Path(rest).expanduser().resolve()  # a path, as to_url writes it: no need to parse
    from sqlalchemy.engine import make_url  # any other URL, as SQLAlchemy reads it

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().resolve()
