"""Filter and row types of the registers, re-exported so the GUI never imports the store."""
from deskapp.contracts.paging import Page
from deskapp.store.queries.registry import Hit, UnitFilter, UnitRow

__all__ = ["Page", "Hit", "UnitFilter", "UnitRow"]
