"""Which database the program opens. Plain Python (no Qt, no SQLAlchemy), so the window's
start can read it before anything heavy is loaded."""
from __future__ import annotations

import os
from pathlib import Path


def resolve_db(cli_value: str | None, default_path: Path) -> str:
    """--db beats DESKAPP_DB beats the per-user data folder."""
    return cli_value or os.environ.get("DESKAPP_DB") or str(default_path)
