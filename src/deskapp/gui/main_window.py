"""The main window: the areas' views as tabs, unit pages opened beside them, one search box,
the database location in the status bar."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from deskapp import __version__
from deskapp.gui import dialog_size, i18n
from deskapp.gui.search_box import SearchBox

if TYPE_CHECKING:
    from deskapp.gui.view_catalogue import ViewSpec
    from deskapp.gui.session import DeskSession


def _centred(label: QLabel) -> QWidget:
    # stretches rather than Qt.AlignCenter: the Qt namespace costs 50 ms to load, and this
    # page is on screen before anything else is loaded
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return page


def _reload_of(widget: QWidget):
    """The widget's own `reload()` (or `refresh()`) taking no arguments, if its class has one."""
    import inspect

    for name in ("reload", "refresh"):
        fn = getattr(type(widget), name, None)
        if inspect.isfunction(fn):
            required = [p for p in list(inspect.signature(fn).parameters.values())[1:]
                        if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
            if not required:
                return getattr(widget, name)
    return None


class MainWindow(QMainWindow):
    """Shown at once as a frame (menus, greyed search box, "opening the database"), because
    the services take a second to load behind it (gui/app.py); `attach` makes it the desk of
    the signed-in user. `MainWindow(session)` does both at once."""

    def __init__(self, session: DeskSession | None = None, parent=None):
        super().__init__(parent)
        self.session: DeskSession | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Property Service Desk"))
        self.resize(1400, 860)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._ensure_created)
        self.opening = QLabel(self.tr("Opening the database…"))
        self.opening.setObjectName("opening")
        self.central = QStackedWidget(self)
        self.central.addWidget(_centred(self.opening))
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)

        bar = QToolBar(self.tr("Search"), self)
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        self.search = SearchBox(None, bar)
        self.search.unit_chosen.connect(self.open_unit)
        self.search.paper_chosen.connect(lambda paper: self.open_paper(paper))
        bar.addWidget(self.search)
        self.addToolBar(bar)  # at the top
        for seq in (QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K"), QKeySequence("F3")):
            QShortcut(seq, self, activated=self.focus_search)

        self._views: dict[str, ViewSpec] = {}
        self._view_widgets: dict[str, QWidget] = {}
        self._unit_tabs: dict[int, QWidget] = {}
        self._build_menus()
        self.db_label: QLabel | None = None
        if session is not None:
            self.attach(session)

    def say_opening(self, text: str) -> None:
        """What the frame shows while the database opens (an upgrade, a failure)."""
        self.opening.setText(text)

    def attach(self, session: DeskSession) -> None:
        """The signed-in desk: the areas' views, menu entries and status widgets."""
        from deskapp.gui.view_catalogue import status_widgets

        self.session = session
        self.on_screen()
        # Qt appends the application's display name (物业客服台) to every title that does not
        # end with it already; naming the program here too showed it twice in the title bar
        self.setWindowTitle(self.tr("{user} ({role})").format(
            user=session.actor.display_name, role=session.actor.role.value))
        self.search.set_session(session)
        self._add_menu_entries()
        self._add_views()
        self._land()
        self.central.setCurrentWidget(self.tabs)

        from PySide6.QtCore import Qt

        self.db_label = QLabel(self.tr("Database: {path}").format(path=session.ctx.db.location))
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is shown as it is
        self.db_label.setObjectName("dbLocation")
        self.statusBar().addPermanentWidget(self.db_label)
        for spec in status_widgets():
            self.statusBar().addPermanentWidget(spec.create(session))

    # -- views
    def _add_views(self) -> None:
        from PySide6.QtCore import QSignalBlocker

        from deskapp.gui.view_catalogue import views

        # the first tab added becomes current: not built here, where the role lands (_land) is
        blocker = QSignalBlocker(self.tabs)
        for n, spec in enumerate(v for v in views() if v.visible(self.session)):
            self._views[spec.key] = spec
            holder = QWidget()
            holder.setObjectName(f"holder_{spec.key}")
            index = self.tabs.addTab(holder, spec.title())
            self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
            shortcut = spec.shortcut or (f"Ctrl+{n + 1}" if n < 9 else "")
            action = QAction(spec.title(), self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_view(k))
            self.view_menu.addAction(action)
            self.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)  # after the views: there is nothing to refresh before
        blocker.unblock()

    def _land(self) -> None:
        """Each role lands on its own list after sign-in (the first view otherwise); only that
        view is built (at 20,000 units the unit register a clerk does not land on cost ~70 ms)."""
        for key, spec in self._views.items():
            if self.session.actor.role in spec.home_for:
                self.show_view(key)
                return
        self._ensure_created(self.tabs.currentIndex())

    def _ensure_created(self, index: int) -> None:
        """Views are built the first time they are shown: start-up builds only the first."""
        holder = self.tabs.widget(index)
        if holder is None:
            return
        key = holder.objectName().removeprefix("holder_")
        if key in self._views and key not in self._view_widgets:
            widget = self._views[key].create(self.session)
            self._view_widgets[key] = widget
            from PySide6.QtWidgets import QVBoxLayout

            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widget)

    def view_keys(self) -> list[str]:
        return list(self._views)

    def show_view(self, key: str) -> QWidget:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == f"holder_{key}":
                self.tabs.setCurrentIndex(i)
                self._ensure_created(i)
                return self._view_widgets[key]
        raise KeyError(key)

    # -- unit pages
    def open_unit(self, unit_id: int) -> QWidget:
        from deskapp.gui.registry.unit_page import UnitPageWidget

        if unit_id in self._unit_tabs:
            page = self._unit_tabs[unit_id]
            page.refresh()
        else:
            page = UnitPageWidget(self.session, unit_id, self)
            page.setObjectName(f"unitPage_{unit_id}")
            self._unit_tabs[unit_id] = page
            self.tabs.addTab(page, page.code)
        self.tabs.setCurrentWidget(page)
        return page

    def open_paper(self, paper) -> bool:
        """A paper found by its number in the search box, opened where it is taken on, chosen there."""
        from PySide6.QtWidgets import QMessageBox

        from deskapp.gui.places import open_place

        if open_place(self, paper.place, paper.record, paper.number):
            return True
        from deskapp.gui.widgets import as_typed

        QMessageBox.information(self, self.tr("Search"), as_typed(self.tr("{kind} {number} has no screen at this desk.").format(
            kind=paper.kind, number=paper.number)))
        return False

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for uid, page in list(self._unit_tabs.items()):
            if page is widget:
                del self._unit_tabs[uid]
                self.tabs.removeTab(index)
                widget.deleteLater()
                return

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- menus
    def _build_menus(self) -> None:
        """The menus a frame has before anyone signs in; the areas' entries come in `attach`."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._menu_anchor = {"file": self.file_menu.addSeparator()}
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setObjectName("actionRefresh")
        self.refresh_action.triggered.connect(lambda _=False: self.refresh_current())
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        # QAction.setShortcut loads Qt's whole namespace of enums (≈ 50–90 ms) the first time:
        # done once the window is on screen (gui/app.py) or in `attach`
        lang_menu = self.help_menu.addMenu(self.tr("Language"))
        self._menu_anchor["help"] = lang_menu.menuAction()
        for code, label in i18n.LANGUAGES.items():
            act = QAction(label, self)
            act.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            lang_menu.addAction(act)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About"),
                          self.tr("Property Service Desk (deskapp) {version}").format(version=__version__))

    def on_screen(self) -> None:
        """What the window takes on once it is on screen, before the first dialog can show (the
        opening, gui/app.py) or as the desk is attached (tests and tools that build it alone).
        Both cost the frame's first paint dearly: the shortcuts load Qt's whole enum namespace, and
        the dialog sizer is an application-wide Python event filter — every event of every widget
        wrapped, each widget class's Python type and enums built the first time it is seen (~40 ms
        of the frame's ~60, issue 21 §2)."""
        dialog_size.install(QApplication.instance())
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
            self.refresh_action.setShortcut(QKeySequence("F5"))

    def refresh_current(self) -> None:
        """刷新 (F5): every list the current tab shows is read again, for what another desk (or a
        command) changed meanwhile. Each list reloads itself by its own `reload()` or `refresh()`;
        lists on tabs not shown are read when they are next changed or refreshed."""
        page = self.tabs.currentWidget()
        if page is None:
            return
        for widget in [page, *page.findChildren(QWidget)]:
            if widget is page or widget.isVisible():
                reload = _reload_of(widget)
                if reload is not None:
                    reload()

    def _add_menu_entries(self) -> None:
        from deskapp.gui.view_catalogue import menu_entries

        menus = {"file": self.file_menu, "tools": self.tools_menu, "help": self.help_menu}
        for spec in menu_entries():
            if not spec.visible(self.session):
                continue
            act = QAction(spec.title(), self)
            act.setObjectName(f"action_{spec.menu}_{spec.order}")
            if spec.shortcut:
                act.setShortcut(QKeySequence(spec.shortcut))
            act.triggered.connect(lambda _=False, s=spec: s.triggered(self))
            menus[spec.menu].insertAction(self._menu_anchor.get(spec.menu), act)

    def _choose_language(self, code: str) -> None:
        i18n.remember_language(code)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used the next time the program starts."))
