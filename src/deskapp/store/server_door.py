"""What keeps a desk from its server database, said so that the clerk can act on it.

A desk on a PostgreSQL server (issue 18's several desks) meets the server's own failures: the
server PC is off or its service stopped, the network is down, the connection's user or database
is wrong, or the connection drops while the desk works. psycopg says them in libpq's English with
a link to SQLAlchemy's site; the desk and the commands showed that as 程序内部出错. Here each is
named in Chinese with what to do — at the opening (`DatabaseProblem`, like a wrong SQLite file:
store/diagnose.py) and in the middle of work (`lost`, a Conflict: nothing was saved, try again).
"""
from __future__ import annotations

from sqlalchemy.engine import make_url

from deskapp.domain.errors import Conflict
from deskapp.store.diagnose import SERVER_DOWN, SERVER_REFUSED, DatabaseProblem

# SQLSTATEs the server answers a refused connection with (the server was reached).
NO_DATABASE = "3D000"                           # invalid_catalog_name
LOGIN_REFUSED = ("28P01", "28000")              # invalid_password, invalid_authorization_specification
# libpq's words for a server it could not reach (no SQLSTATE then), and what they mean here.
UNREACHED = (
    ("connection refused", "服务器没有在这个端口接受连接（PostgreSQL 服务没有运行？）"),
    ("timeout expired", "等待服务器应答超时"),
    ("timed out", "等待服务器应答超时"),
    ("could not translate host name", "找不到这个服务器名称"),
    ("name or service not known", "找不到这个服务器名称"),
    ("no route to host", "网络不通"),
    ("network is unreachable", "网络不通"),
    ("no such file or directory", "服务器没有运行（找不到它的连接端口）"),
    ("invalid response to ssl negotiation", "那个地址和端口上的不是 PostgreSQL 服务（端口填错了？）"),
    ("received invalid response", "那个地址和端口上的不是 PostgreSQL 服务（端口填错了？）"),
    ("server closed the connection unexpectedly", "服务器中断了连接"),
    ("terminating connection", "服务器中断了连接"),
    ("connection is closed", "与服务器的连接已断开"),
    ("consuming input failed", "与服务器的连接已断开"),
    ("connection reset", "与服务器的连接已断开"),
)


# The same, where libpq gives no SQLSTATE for a refusal at connect (psycopg leaves it empty).
REFUSED_WORDS = (("does not exist", 'database "', NO_DATABASE),
                 ("does not exist", 'role "', LOGIN_REFUSED[1]),
                 ("password authentication failed", "", LOGIN_REFUSED[0]),
                 ("pg_hba.conf", "", LOGIN_REFUSED[1]),
                 ("password", "no password supplied", LOGIN_REFUSED[0]))


def where(url: str) -> str:
    """The server as the user typed it: host and port (or socket folder), no password."""
    u = make_url(url)
    host = u.host or u.query.get("host") or "本机"
    if isinstance(host, tuple):
        host = ",".join(host)
    return f"{host}:{u.port}" if u.port else str(host)


def _state(orig: BaseException) -> str | None:
    state = getattr(orig, "sqlstate", None)
    if state:
        return state
    text = str(orig).lower()
    for words, also, meant in REFUSED_WORDS:
        if words in text and also in text:
            return meant
    return None


def _driver_error(exc: BaseException) -> BaseException | None:
    """psycopg's own error behind SQLAlchemy's wrapper, if it is one of the connection's."""
    try:
        import psycopg
    except ImportError:  # a desk without the server driver never meets these
        return None
    orig = getattr(exc, "orig", exc)
    return orig if isinstance(orig, psycopg.OperationalError) else None


def _reason(orig: BaseException) -> str | None:
    text = str(orig).lower()
    for words, says in UNREACHED:
        if words in text:
            return says
    return None


def problem(url: str, exc: BaseException) -> DatabaseProblem | None:
    """The opening's failure to reach or enter the server, named; None for anything else."""
    orig = _driver_error(exc)
    if orig is None:
        return None
    server, user, name = where(url), make_url(url).username or "", make_url(url).database or ""
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    state = _state(orig)
    if state == NO_DATABASE:
        return DatabaseProblem(SERVER_REFUSED, None, (
            f"数据库服务器 {server} 上没有数据库 {name}。请检查连接地址里的数据库名；新的中心请先在服务器电脑上运行 "
            "deskapp server setup 建立数据库。未作任何改动。"), (first,))
    if state in LOGIN_REFUSED:
        return DatabaseProblem(SERVER_REFUSED, None, (
            f"数据库服务器 {server} 不接受用户 {user} 的登录（用户名或密码不对，或服务器不允许这台电脑连接）。"
            "请使用 deskapp server setup 给出的客服台连接地址。未作任何改动。"), (first,))
    if state is None:
        reason = _reason(orig) or first
        return DatabaseProblem(SERVER_DOWN, None, (
            f"连不上数据库服务器 {server}：{reason}。请确认服务器电脑已开机、PostgreSQL 服务在运行、"
            "这台电脑的网络连通，再试一次。未作任何改动。"), (first,))
    return None


def lost(url: str, exc: BaseException) -> Conflict | None:
    """The connection dropped in the middle of work (the server restarted, the network went):
    the transaction is gone with it, so nothing of this step was saved; None for anything else."""
    orig = _driver_error(exc)
    if orig is None or getattr(orig, "sqlstate", None) not in (None, "57P01", "57P02", "57P03"):
        return None  # 57P0x: the server is shutting down or starting
    reason = _reason(orig) or "与服务器的连接已断开"
    return Conflict(f"与数据库服务器 {where(url)} 的连接断了（{reason}）；这一步没有完成，没有保存任何数据。"
                    "请确认服务器电脑和网络正常，再试一次（连上后程序自动重新连接）。")
