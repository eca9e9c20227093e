"""收费 ▸ 收据: with 241 套打 chosen in the settings, 补打 prints the receipt's values on a 241 mm
form moved by the offsets, and the 套打 test page shows where each field lands."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.services import settings  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402
from deskapp.services.billing.common import RECEIPT_OFFSET_X, RECEIPT_OFFSET_Y, RECEIPT_PAPER  # noqa: E402

MM = 72 / 25.4


def test_taoda_reprint_and_test_page(community, admin, desk_app, qtbot):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, admin, ids[0])
    r = payments.take_payment(community, admin, ids[0], [o.line_id for o in acc.lines], "768.01", PayMethod.CASH)
    settings.set_value(community, admin, RECEIPT_PAPER, "241 套打")
    settings.set_value(community, admin, RECEIPT_OFFSET_X, 3)
    settings.set_value(community, admin, RECEIPT_OFFSET_Y, -2)
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.receipts)
    tab = view.receipts
    click_row(qtbot, tab.view, 0)

    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(tab, "receiptReprint"))
    answers.wait_all()
    page = PdfReader(io.BytesIO(printed.pdf)).pages[0]
    assert round(float(page.mediabox.width) / MM) == 241
    text = printed.pdf_text
    assert r.number in text and "柒佰陆拾捌元零壹分" in text and "缴款人" not in text  # values only

    answers = ModalAnswers(qtbot)
    calibration = answers.pdf_preview()
    click(qtbot, button_named(tab, "receiptTestPage"))
    answers.wait_all()
    text = calibration.pdf_text
    assert "套打校准页" in text and "水平 3 毫米，垂直 -2 毫米" in text
    for field in ("收据号", "缴款人", "房屋/车位/车牌", "金额", "大写", "收款人"):
        assert field in text, field
