from datetime import date

from PySide6.QtCore import Qt

from deskapp.domain.people import Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput


def _unit(ctx, admin):
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "自住"}, delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    return uid


def test_window_is_in_chinese_and_shows_the_database(main_window, desk_session):
    assert main_window.tabs.tabText(0) == "业户档案"
    assert "数据库：" in main_window.db_label.text()
    assert str(desk_session.ctx.db.path) in main_window.db_label.text()


def test_search_as_you_type_and_enter_opens_the_unit_page(main_window, desk_session, qtbot):
    uid = _unit(desk_session.ctx, desk_session.actor)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.search.hasFocus()
    qtbot.keyClicks(main_window.search, "zs")
    assert [h.code for h in main_window.search.hits()] == ["3-2-1502"]
    main_window.search.completer().popup().hide()
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    page = main_window.tabs.currentWidget()
    assert page.objectName() == f"unitPage_{uid}"
    assert "张三" in page.title.text()
    assert page.people.item(0, 2).text() == "138****8000"


def test_register_model_passes_qmodeltester(main_window, desk_session, qtmodeltester):
    _unit(desk_session.ctx, desk_session.actor)
    view = main_window.show_view("registry")
    view.reload()
    assert view.model.rowCount() == 1
    qtmodeltester.check(view.model)


def test_a_clerk_lands_on_the_morning_list_and_the_register_is_built_when_its_tab_is_clicked(community, admin,
                                                                                               qtbot):
    from modal_answers import desk_window

    from deskapp.gui.registry.register_view import UnitRegisterView

    _unit(community, admin)
    window = desk_window(qtbot, community, "CLERK")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "前台接待"
    assert window.findChild(UnitRegisterView) is None  # the first tab, not where the clerk lands: not built
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    register = window.findChild(UnitRegisterView)
    assert register is not None
    qtbot.waitUntil(register.isVisible)
    assert register.model.rowCount() == 1
