"""Reading the audit chain's anchor off a printed sheet, as the supervisor would type it back."""
from __future__ import annotations

import re

from deskapp.domain import audit_anchors as rules
from deskapp.services.accounts import audit_anchors

PRINTED = re.compile(r"审计链：第\s*(\d+)\s*条\s*·\s*([0-9a-f]{8})")


def printed_anchor_agrees(ctx, text: str) -> bool:
    """The sheet's text has one "审计链：第 N 条 · abcd1234" line, and the database's chain agrees with it."""
    found = PRINTED.findall(text)
    assert len(found) == 1, text
    with ctx.reader() as uow:
        checked, problems = audit_anchors.compare(uow.session, [rules.parse(":".join(found[0]))])
    return checked == 1 and problems == []
