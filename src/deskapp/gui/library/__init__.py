"""文件资料: the desk's documents, opened and printed by every role, added, replaced and withdrawn by the
supervisor; a section on the unit page with the documents in force that concern the unit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import SectionSpec, ViewSpec


def _view(session):
    from deskapp.gui.library.view import LibraryView

    return LibraryView(session)


def _section(session, unit_id):
    from deskapp.gui.library.unit_section import UnitDocumentsSection

    return UnitDocumentsSection(session, unit_id)


def _may_view(session) -> bool:
    from deskapp.services.library.documents import VIEW

    return session.may(VIEW)


VIEWS = [ViewSpec("library", 58, lambda: QCoreApplication.translate("library", "Documents"), _view,
                  visible=_may_view)]
UNIT_SECTIONS = [SectionSpec("library", 90, lambda: QCoreApplication.translate("library", "Documents in force"),
                             _section, visible=_may_view)]
