"""合并缴费: one owner pays for two units at once — a receipt per unit, consecutive numbers, one
合并缴费号 and reference, the change worked out once, the handover counting each receipt; voiding
one voids both. Every refusal writes nothing."""
from __future__ import annotations

import io
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.domain.errors import Conflict, ValidationError  # noqa: E402
from deskapp.domain.people import Relation  # noqa: E402
from deskapp.services import settings  # noqa: E402
from deskapp.services.billing import combined, handover, payments, prints, run  # noqa: E402
from deskapp.services.billing.common import RECEIPT_PAPER  # noqa: E402
from deskapp.services.billing.checks import billing_checks  # noqa: E402
from deskapp.services.billing.checks import combined_payments as combined_check  # noqa: E402
from deskapp.services.registry import people as registry_people  # noqa: E402

ID = "11010519491231002X"


@pytest.fixture
def owned(community, admin):
    """3-1-101 and 3-1-102 belong to 张三 (registered on each with the same ID number); 3-1-201 to 李四."""
    (u101, u102, u201), _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    for uid in (u101, u102):
        registry_people.add_person(community, admin, uid, registry_people.PersonInput("张三", id_number=ID),
                                   Relation.OWNER)
    registry_people.add_person(community, admin, u201, registry_people.PersonInput("李四"), Relation.OWNER)
    return community, (u101, u102, u201)


def _picks(ctx, clerk, unit_id):
    return {u.unit_id: [ln.line_id for ln in u.lines] for u in combined.owner_units(ctx, clerk, unit_id)}


def test_two_units_one_payment_two_receipts(owned, clerk, admin):
    ctx, (u101, u102, u201) = owned
    units = combined.owner_units(ctx, clerk, u102)
    assert [u.unit_code for u in units] == ["3-1-102", "3-1-101"] and all(u.lines for u in units)
    due = {u.unit_id: sum((ln.owed for ln in u.lines), D("0")) for u in units}
    total = sum(due.values(), D("0"))
    rs = combined.take_combined(ctx, clerk, u102, _picks(ctx, clerk, u102), PayMethod.CASH,
                                tendered=str(total + D("50")), payer="张三")
    assert [r.number for r in rs] == ["SJ2026-000001", "SJ2026-000002"]
    assert [r.unit_code for r in rs] == ["3-1-101", "3-1-102"]
    assert {r.group_no for r in rs} == {"HB2026-000001"} and rs[0].group == ("SJ2026-000001", "SJ2026-000002")
    assert [r.total for r in rs] == [due[u101], due[u102]] and rs[1].group_total == total
    assert (rs[0].tendered, rs[0].change, rs[1].tendered, rs[1].change) == (total + 50, D("50.00"), None, D("0.00"))
    assert all(not payments.account(ctx, clerk, u).lines for u in (u101, u102))
    draft = handover.draft(ctx, clerk)
    assert draft.count == 2 and draft.cash_expected == total
    with ctx.reader() as uow:
        assert all(not c.problems for c in billing_checks(uow.session, ctx))
    pdf = PdfReader(io.BytesIO(prints.receipt_pdf(ctx, clerk, rs[1].id)))
    words = "".join(p.extract_text() for p in pdf.pages)
    assert "合并缴费号 HB2026-000001" in words and "SJ2026-000001" in words
    settings.set_value(ctx, admin, RECEIPT_PAPER, "241 套打")  # the dot-matrix form says it too
    taoda = PdfReader(io.BytesIO(prints.receipt_pdf(ctx, clerk, rs[1].id))).pages[0].extract_text()
    assert f"合并缴费号 HB2026-000001：收据 SJ2026-000001、SJ2026-000002，合计 ¥ {total:,.2f}" in taoda

    payments.void_receipt(ctx, clerk, rs[1].id, "收错户")
    assert all(payments.receipt(ctx, clerk, r.id).voided for r in rs)
    assert all(payments.account(ctx, clerk, u).lines for u in (u101, u102))
    assert handover.draft(ctx, clerk).cash_expected == D("0.00")


def test_a_wechat_payment_shares_its_reference(owned, clerk):
    ctx, (u101, u102, _) = owned
    rs = combined.take_combined(ctx, clerk, u101, _picks(ctx, clerk, u101), PayMethod.WECHAT, pay_ref="4200009988")
    assert [r.pay_ref for r in rs] == ["4200009988", "4200009988"]
    assert handover.draft(ctx, clerk).by_method["微信"] == sum((r.total for r in rs), D("0"))


def _nothing_written(ctx, admin):
    return payments.receipts_page(ctx, admin).total == 0


def test_refusals_write_nothing(owned, clerk, admin):
    ctx, (u101, u102, u201) = owned
    picks = _picks(ctx, clerk, u101)
    cases = [
        (dict(picks=picks, method=PayMethod.ALIPAY), "交易流水号"),
        (dict(picks=picks, method=PayMethod.PREPAID), "支付方式"),
        (dict(picks={u101: picks[u101]}, method=PayMethod.CASH), "所选费用"),
        (dict(picks=picks, method=PayMethod.CASH, tendered="1.00"), "实收现金"),
        (dict(picks=picks, method=PayMethod.WECHAT, tendered="500", pay_ref="42000001"), "实收现金"),
    ]
    others = payments.account(ctx, clerk, u201).lines
    cases.append((dict(picks={**picks, u201: [ln.line_id for ln in others]}, method=PayMethod.CASH), "所选费用"))
    for kw, field in cases:
        with pytest.raises(ValidationError) as refused:
            combined.take_combined(ctx, clerk, u101, kw["picks"], kw["method"], tendered=kw.get("tendered"),
                                   pay_ref=kw.get("pay_ref", ""))
        assert refused.value.field == field, kw
        assert _nothing_written(ctx, admin)
    with pytest.raises(Conflict):  # a line of another unit slipped under this one
        combined.take_combined(ctx, clerk, u101, {u101: picks[u102], u102: picks[u102]}, PayMethod.CASH)
    assert _nothing_written(ctx, admin)


def test_a_unit_alone_has_no_one_to_combine_with(owned, clerk):
    ctx, (_, _, u201) = owned
    assert [u.unit_code for u in combined.owner_units(ctx, clerk, u201)] == ["3-1-201"]


@pytest.mark.sqlite_only  # PostgreSQL's receipts_guard refuses the tamper itself (group_no is not in SQLite's guard)
def test_check_finds_a_receipt_torn_from_its_payment(owned, clerk):
    """group_no is not under the receipts' append-only trigger's fixed columns: `deskapp check`
    is what notices a receipt taken out of its payment."""
    from sqlalchemy import text
    ctx, (u101, _, _) = owned
    rs = combined.take_combined(ctx, clerk, u101, _picks(ctx, clerk, u101), PayMethod.CASH)
    with ctx.reader() as uow:
        assert not combined_check(uow.session).problems
    with ctx.uow() as uow:
        uow.session.execute(text("UPDATE receipts SET group_no = NULL WHERE id = :i"), {"i": rs[1].id})
        uow.commit()
    with ctx.reader() as uow:
        assert combined_check(uow.session).problems == ["合并缴费 HB2026-000001 只有 1 张收据"]
