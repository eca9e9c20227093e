"""收费标准 tab ▸ 收费标准公示…: the desk chooses A3 in the small form, OK, and the print preview
shows the notice with every standard in force, the centre and 12358 on an A3 page."""
from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import setup_standards  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view  # noqa: E402

from deskapp.domain.billing import FeeItem  # noqa: E402
from deskapp.gui.forms import FormDialog  # noqa: E402
from deskapp.services.billing import standards  # noqa: E402


def test_pressing_the_notice_button_and_choosing_a3_previews_the_a3_notice(community, admin, qtbot):
    setup_standards(community, admin)
    standards.add_standard(community, admin, FeeItem.PROPERTY, "5.20", date(2026, 1, 1), unit_kind="商铺")
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.standards)
    answers = ModalAnswers(qtbot)
    chosen = {}

    def choose_a3(dialog: FormDialog) -> None:
        paper = dialog.findChild(QComboBox, "priceNoticePaper")
        qtbot.keyClick(paper, Qt.Key.Key_Down)  # A4 → A3, as the desk picks it
        chosen["paper"] = paper.currentText()
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answers.dialog(FormDialog, choose_a3, accept=False)
    preview = answers.pdf_preview()
    click(qtbot, button_named(view.standards, "stdPriceNotice"))
    answers.wait_all()
    assert chosen["paper"] == "A3"
    reader = PdfReader(io.BytesIO(preview.pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "收费标准公示" in text and "12358" in text and "翠湖花园物业服务中心" in text
    for rate in ("2.5 元/㎡·月", "5.2 元/㎡·月", "4.1 元/m³", "0.6 元/kWh"):
        assert rate in text
    w, h = (round(float(x)) for x in reader.pages[0].mediabox.upper_right)
    assert (w, h) == (842, 1191)  # A3 portrait
