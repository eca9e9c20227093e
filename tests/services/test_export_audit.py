"""An export's audit entry says what the file contained (issue 14 §6): the register, its period,
the rows, masked or not as written (not as asked), the file and a SHA-256 of its content."""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from deskapp.services import exports
from deskapp.services.exports import ExportOptions
from deskapp.store.models.accounts import AuditEntry


def last_export(ctx) -> tuple[str, dict]:
    with ctx.reader() as uow:
        row = uow.session.execute(select(AuditEntry).where(AuditEntry.action == "export")
                                  .order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        return row.summary, json.loads(row.after)


def test_a_masked_export_asked_unmasked_is_recorded_as_masked(community, clerk, tmp_path):
    out = tmp_path / "装修.xlsx"
    rows = exports.run_export(community, clerk, "decorations", out, ExportOptions(month="2026-11", unmasked=True))
    summary, after = last_export(community)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert after == {"register": "《装修申请登记表》", "period": "2026-11 月", "rows": rows, "unmasked": False,
                     "file": str(out), "sha256": digest}
    assert summary.startswith("导出《装修申请登记表》（2026-11 月）") and "个人信息已遮蔽" in summary
    assert digest[:16] in summary


def test_an_unmasked_register_is_recorded_as_such(community, supervisor, tmp_path):
    out = tmp_path / "units.xlsx"
    exports.run_export(community, supervisor, "units", out, ExportOptions(unmasked=True))
    summary, after = last_export(community)
    assert after["unmasked"] is True and "含完整证件号码和电话" in summary and after["period"] == "全部"
    exports.run_export(community, supervisor, "units", out, ExportOptions())
    assert last_export(community)[1]["unmasked"] is False
