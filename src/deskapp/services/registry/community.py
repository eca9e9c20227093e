"""The community and its buildings: set up once, printed at the head of every form."""
from __future__ import annotations

from dataclasses import dataclass

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.registry.common import SETUP, VIEW
from deskapp.store.models.registry import Building, Community


def setup_community(ctx: Context, actor: Actor, name: str, centre_name: str, address: str = "",
                    phone: str = "") -> int:
    actor.require(SETUP)
    require_text(name, "小区名称")
    with ctx.uow() as uow:
        repo = uow.registry
        c = repo.community()
        before = None
        if c is None:
            c = Community(name=name.strip(), centre_name=centre_name.strip() or f"{name.strip()}物业服务中心",
                          address=address, phone=phone)
            repo.add(c)
        else:
            before = {"name": c.name, "centre_name": c.centre_name, "address": c.address, "phone": c.phone}
            c.name, c.centre_name, c.address, c.phone = name.strip(), centre_name.strip(), address, phone
        uow.flush()
        audit.record(uow.session, ctx, actor, "registry.community", "community", c.id, summary=f"小区 {c.name}",
                     before=before, after={"name": c.name, "centre_name": c.centre_name})
        uow.commit()
        return c.id


@dataclass(frozen=True)
class CommunityView:
    id: int
    name: str
    centre_name: str  # 物业服务中心 as printed on forms
    address: str
    phone: str


def community(ctx: Context) -> CommunityView | None:
    """The community and its service centre (for letterheads); None before set-up."""
    with ctx.reader() as uow:
        c = uow.registry.community()
        return CommunityView(c.id, c.name, c.centre_name, c.address, c.phone) if c else None


@changes(Change.UNITS)
def add_building(ctx: Context, actor: Actor, code: str, name: str = "", floors: int | str | None = None) -> int:
    """A building of the community (业户档案 ▸ 新建楼栋…), before its units are entered by hand;
    `floors` may be the form's text (empty: not given)."""
    actor.require(SETUP)
    floors = _floors(floors)
    with ctx.uow() as uow:
        repo = uow.registry
        c = repo.community()
        if c is None:
            raise ValidationError("小区", "请先设置小区信息")
        code = code.strip()
        if not code:
            raise ValidationError("楼栋编号", "不能为空")
        if len(code) > 8:  # the column's width: SQLite would keep more, PostgreSQL refuses it
            raise ValidationError("楼栋编号", "最多 8 个字")
        if repo.building_by_code(code) is not None:
            raise Conflict(f"楼栋 {code} 已存在")
        b = Building(community_id=c.id, code=code, name=name.strip() or f"{code}号楼", floors=floors)
        repo.add(b)
        uow.flush()
        audit.record(uow.session, ctx, actor, "registry.building.add", "building", b.id, summary=f"新建楼栋 {b.name}",
                     after={"code": b.code, "name": b.name, "floors": floors})
        uow.commit()
        return b.id


def _floors(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        n = int(str(value).strip())
    except ValueError:
        raise ValidationError("层数", f"应为整数，现为“{value}”") from None
    if not 1 <= n <= 200:
        raise ValidationError("层数", f"应在 1 到 200 之间，现为 {n}")
    return n


@dataclass(frozen=True)
class BuildingView:
    id: int
    code: str
    name: str
    floors: int | None


def buildings(ctx: Context, actor: Actor) -> list[BuildingView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [BuildingView(b.id, b.code, b.name, b.floors) for b in uow.registry.buildings()]
