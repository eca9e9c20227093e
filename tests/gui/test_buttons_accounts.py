"""用户管理 ▸ 修改角色… pressed as the administrator does (issue 22 §2: only a double-click worked)."""
from __future__ import annotations

from PySide6.QtGui import QAction

from modal_answers import ModalAnswers, button_named, click, click_row, desk_window

from deskapp.domain.permissions import Role
from deskapp.services.accounts import users


def test_change_role_button_asks_the_role_and_the_list_shows_it(community, admin, desk_app, qtbot):
    from deskapp.gui.accounts.users_dialog import UsersDialog

    users.create_user(community, admin, "wangli", "王丽", Role.CLERK, "Qiuyu-2026-desk")
    window = desk_window(qtbot, community, "ADMIN")
    users_action = window.findChild(QAction, "action_tools_90")  # 工具 ▸ 用户账号…
    assert users_action in window.tools_menu.actions() and "用户" in users_action.text()
    users_action.trigger()
    dialog = window.findChild(UsersDialog)
    qtbot.waitUntil(dialog.isVisible)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).username == "wangli")
    click_row(qtbot, dialog.table, row)

    answers = ModalAnswers(qtbot)
    asked = answers.input_text(Role.STEWARD.value)
    click(qtbot, button_named(dialog, "role"))
    answers.wait_all()

    assert "wangli" in asked.text
    shown = [dialog.model.data(dialog.model.index(row, c)) for c in range(dialog.model.columnCount())]
    assert Role.STEWARD.value in shown and Role.CLERK.value not in shown
    assert next(u for u in users.list_users(community, admin) if u.username == "wangli").role is Role.STEWARD
