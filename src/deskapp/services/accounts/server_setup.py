"""`deskapp server setup`: the centre's PostgreSQL server made ready for several desks
(store/server.py does the SQL). The authority here is the server administrator's connection,
not a desk account: the database has no accounts yet when it is first set up."""
from __future__ import annotations

from deskapp.domain.errors import ValidationError
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services.context import Actor, Context
from deskapp.store.server import Connected, ServerPlan, ServerReport, connected, setup

__all__ = ["Connected", "ServerPlan", "ServerReport", "set_up_server", "connected_desks"]

WHO = define("server.who", "查看连着服务器的客服台", SUPERVISORS)


def set_up_server(plan: ServerPlan) -> ServerReport:
    return setup(plan)


def connected_desks(ctx: Context, actor: Actor) -> list[Connected]:
    """Who is connected to the centre's server database now (issue 18 §5), for the supervisor."""
    actor.require(WHO)
    if ctx.db.is_sqlite:
        raise ValidationError("数据库", "只有服务器数据库（PostgreSQL）才有几台客服台同时连着；SQLite 文件一次只由一个程序打开")
    return connected(ctx.db)
