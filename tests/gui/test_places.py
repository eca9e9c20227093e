"""gui/places.py: every place an area may name for its items has somewhere to open on the desk,
in a view the catalogue has."""
from __future__ import annotations

from deskapp.gui.places import DUTIES, MENU_ACTIONS, TARGETS
from deskapp.gui.view_catalogue import views
from deskapp.services.hooks import Place


def test_every_place_opens_somewhere():
    reached = set(TARGETS) | set(MENU_ACTIONS) | {Place.CALENDAR}  # a duty opens where it is done
    assert reached == set(Place)


def test_every_target_is_a_view_of_the_catalogue():
    keys = {v.key for v in views()}
    assert {t.view for t in [*TARGETS.values(), *DUTIES.values()]} <= keys
