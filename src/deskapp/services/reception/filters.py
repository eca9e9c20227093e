"""Filter and row types of the reception registers, re-exported so the GUI never imports the store."""
from deskapp.contracts.paging import Page
from deskapp.store.queries.reception import (
    DefectRow, LogRow, MailRow, RepairFilter, RepairRow, RequestFilter, RequestRow, ViolationRow,
)

__all__ = ["Page", "DefectRow", "LogRow", "MailRow", "RepairFilter", "RepairRow", "RequestFilter", "RequestRow",
           "ViolationRow"]
