"""`deskapp server setup`: the centre's PostgreSQL server made ready for several desks
(store/server.py does the SQL). The authority here is the server administrator's connection,
not a desk account: the database has no accounts yet when it is first set up."""
from __future__ import annotations

from deskapp.store.server import ServerPlan, ServerReport, setup

__all__ = ["ServerPlan", "ServerReport", "set_up_server"]


def set_up_server(plan: ServerPlan) -> ServerReport:
    return setup(plan)
