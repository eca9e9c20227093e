"""Filter and row types of the key registers, re-exported so the GUI never imports the store."""
from deskapp.store.queries.keys import LoanFilter, LoanRow
from deskapp.contracts.paging import Page

__all__ = ["LoanFilter", "LoanRow", "Page"]
