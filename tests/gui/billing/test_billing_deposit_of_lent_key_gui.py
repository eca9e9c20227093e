"""A lent key's deposit is given back when the key comes back, not from the 押金台账: 申请退款… and
没收… on it say so at once, before their form. On the walk it was refunded from the ledger, and
归还… then refused the key for good — "钥匙押金 已退还，不能再退还", and with 押金已退 unticked
"不能再没收": the key stayed lent on every list."""
from __future__ import annotations

import pytest
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view
from PySide6.QtWidgets import QDialog, QMessageBox

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.errors import Conflict
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.services.billing import deposits, refunds
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput

OWNER_ID = "11010519491231002X"


@pytest.fixture
def lent(community, admin, clerk):
    """3-2-1502's entrance key lent to its owner against a 100 yuan deposit: (loan, its deposit)."""
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "空置"})
    pid = registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number=OWNER_ID),
                                     Relation.OWNER)
    key = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    loan = keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.REPAIR,
                         deposit="100")
    (row,) = deposits.deposit_page(community, clerk, DepositFilter()).rows
    return loan, row


def test_the_ledger_refuses_a_lent_keys_deposit_before_its_form(community, lent, desk_app, qtbot):
    view = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "billing")
    tab = view.deposits
    click_tab(qtbot, view.tabs, tab)
    click_row(qtbot, tab.view, 0)
    for name in ("depositRefund", "depositForfeit"):
        answers = ModalAnswers(qtbot)
        said = answers.message_box(QMessageBox.StandardButton.Ok)
        click(qtbot, button_named(tab, name))
        answers.wait_all()
        assert "尚未归还" in said.text and "归还钥匙时" in said.text
        assert not [d for d in tab.findChildren(QDialog) if d.isVisible()]  # no form was opened


def test_a_lent_keys_deposit_is_given_back_with_the_key(community, admin, clerk, lent):
    loan, row = lent
    with pytest.raises(Conflict, match="尚未归还"):
        refunds.apply(community, clerk, RefundSource.DEPOSIT, "100", "借用人要求退押金", "张三", deposit_id=row.id)
    with pytest.raises(Conflict, match="尚未归还"):
        deposits.apply_forfeit(community, admin, row.id, "100", "钥匙损坏")
    assert deposits.held_on(community, clerk, row.id) == 100  # nothing written

    keys.return_key(community, clerk, loan.loan_id, "张三")  # the deposit goes back with the key
    assert deposits.held_on(community, clerk, row.id) == 0
