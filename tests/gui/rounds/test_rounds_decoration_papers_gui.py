"""楼宇管家 ▸ 装修申请: every decoration paper printed from its button, as the supervisor does
through a permit's life — 装修申请表, 装修许可证, blank and filled 二次装修日检表, 竣工验收单 of a
failed and a passed 初验 and of the 复验 (entered in the inspection dialog), and the 押金退还单
after the refund dialog. Each preview's PDF text is read back."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from modal_answers import ModalAnswers, button_named, click, click_row, type_text

from deskapp.domain.decoration import CheckInput, CheckOutcome, ItemResult
from deskapp.services.rounds import decoration


def _print(qtbot, tab, name: str) -> str:
    answers = ModalAnswers(qtbot)
    preview = answers.pdf_preview()
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    return preview.pdf_text


def _inspect(qtbot, tab, name: str, *, passed: bool, failed: int | None = None, note: str = "") -> None:
    from deskapp.gui.rounds.decoration_tab import InspectionDialog

    def fill(dialog: InspectionDialog) -> None:
        if not passed:
            click(qtbot, dialog.passed)
        if failed is not None:
            click(qtbot, dialog.findChild(type(dialog.passed), f"inspectionFailed_{failed}"))
        if note:
            type_text(qtbot, dialog.note, note)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    answers = ModalAnswers(qtbot)
    answers.dialog(InspectionDialog, fill)
    click(qtbot, button_named(tab, name))
    answers.wait_all()


def test_every_decoration_paper_prints_from_its_button(community, site, units, admin, clock, qtbot, supervisors_decorations):
    from deskapp.gui.rounds.decoration_tab import RefundDialog

    tab = supervisors_decorations(community)
    click_row(qtbot, tab.table, 0)

    text = _print(qtbot, tab, "decoApplicationForm")
    for field in ("装修申请表", "王芳", "13700137000", "居美装饰工程有限公司", "刘师傅", "■水电改造", "叁仟元整",
                  "申请日期：2026-11-27", "客服主管审批"):
        assert field in text, field
    text = _print(qtbot, tab, "decoPermit")
    assert "许可证号：XK2026-0001" in text and "137****7000" in text and "审批日期：2026-11-27" in text
    text = _print(qtbot, tab, "decoBlankSheet")
    assert "二次装修日检表" in text and "空白表" in text and "01-26" in text

    items = decoration.check_items(community)
    decoration.record_check(community, admin, units["1601"], CheckInput(
        CheckOutcome.CHECKED, {i: ItemResult.OK for i in items}, notes="现场整洁"))
    text = _print(qtbot, tab, "decoCheckRecord")
    assert "记录截至：2026-11-27" in text and "√" in text and "补打" not in text

    _inspect(qtbot, tab, "decoFirst", passed=False, failed=1, note="卫生间渗漏")
    click_row(qtbot, tab.table, 0)
    text = _print(qtbot, tab, "decoFirstForm")
    for field in ("装修竣工验收单（初验）", "初验未通过", "卫生间渗漏", "不合格", "再次验收日期", "2026-11-30"):
        assert field in text, field
    assert "卫生间渗漏" in tab.detail.toPlainText()  # the failed 初验 in the permit's detail
    _inspect(qtbot, tab, "decoFirst", passed=True)
    clock.advance(days=30)
    click_row(qtbot, tab.table, 0)
    text = _print(qtbot, tab, "decoFirstForm")
    assert "初验通过" in text and "复验日期" in text and "补打（打印日期 2026-12-27）" in text
    _inspect(qtbot, tab, "decoSecond", passed=True, note="无渗漏")
    click_row(qtbot, tab.table, 0)
    text = _print(qtbot, tab, "decoSecondForm")
    assert "装修竣工验收单（复验）" in text and "复验通过" in text and "验收日期：2026-12-27" in text

    def deduct(dialog: RefundDialog) -> None:
        dialog.table.setItem(0, 0, QTableWidgetItem("公共走廊墙面修补"))
        dialog.table.setItem(0, 1, QTableWidgetItem("350"))
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    answers = ModalAnswers(qtbot)
    answers.dialog(RefundDialog, deduct)
    answers.message_box()
    click(qtbot, button_named(tab, "decoRefund"))
    answers.wait_all()
    click_row(qtbot, tab.table, 0)
    text = _print(qtbot, tab, "decoRefundForm")
    for field in ("装修押金退还单", "TK2026-0001", "公共走廊墙面修补", "350.00", "2,650.00 元", "贰仟陆佰伍拾元整",
                  "退还日期：2026-12-27", "业主（领款人）（签字）"):
        assert field in text, field
    d = decoration.detail(community, admin, site)
    assert d.refund_amount == 2650 and d.state.value == "押金已退" and d.refund_no == "TK2026-0001"
