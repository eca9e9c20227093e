"""通知/公告: draft, print for the board, and send: the SMS text plus the recipients' phones as
a file for the centre's SMS platform (the program is offline); each sending is logged per unit."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import local
from deskapp.domain.reception import NoticeTarget, check_text, parse_codes, sms_text
from deskapp.documents.reception.notice import NoticeSheet, notice_pdf as _notice_pdf, recipients_csv
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.reception._common import NOTICE, VIEW, get_or_404
from deskapp.services.changes import Change, changes
from deskapp.store.models.reception import Notice
from deskapp.store.queries import reception as q
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class NoticeView:
    id: int
    title: str
    body: str
    target: NoticeTarget
    target_codes: str
    created_at: datetime
    created_by: str
    sent_at: datetime | None
    units_sent: int


@dataclass(frozen=True)
class Sending:
    sms: str
    units: int
    phones: int
    sms_file: Path
    recipients_file: Path


def _target_unit_ids(s, target: NoticeTarget, codes: list[str]) -> list[int]:
    unit_ids, missing = q.notice_unit_ids(s, target, codes)
    if missing and target is NoticeTarget.BUILDINGS:
        raise ValidationError("对象", f"没有楼栋 {'、'.join(missing)}")
    if missing:
        raise ValidationError("对象", f"没有房号 {'、'.join(missing)}")
    return unit_ids


@changes(Change.RECEPTION)
def create_notice(ctx: Context, actor: Actor, *, title: str, body: str, target: NoticeTarget = NoticeTarget.ALL,
                  codes: str = "") -> int:
    with ctx.uow() as uow:
        notice_id = create_notice_in(uow.session, ctx, actor, title=title, body=body, target=target, codes=codes)
        uow.commit()
        return notice_id


def create_notice_in(session: Session, ctx: Context, actor: Actor, *, title: str, body: str,
                     target: NoticeTarget = NoticeTarget.ALL, codes: str = "") -> int:
    """A notice drafted inside the caller's transaction (occupancy's 通知业主 of a unit's owner)."""
    actor.require(NOTICE)
    title = check_text(title, "标题", max_len=80)
    body = check_text(body, "正文", max_len=3000)
    code_list = parse_codes(codes)
    if target is not NoticeTarget.ALL and not code_list:
        raise ValidationError("对象", f"{target.value}时请填写楼栋号或房号，用逗号分隔")
    if not _target_unit_ids(session, target, code_list):
        raise ValidationError("对象", "没有符合的房屋")
    sms_text(RegistryRepository(session).centre().name, title, body)  # refuse now what could not be sent later
    n = Notice(title=title, body=body, target=target, target_codes="，".join(code_list),
               created_at=ctx.clock.now(), created_by=actor.display_name)
    repo = ReceptionRepository(session)
    repo.add(n)
    repo.flush()
    audit.record(session, ctx, actor, "reception.notice.create", "rx_notice", n.id, summary=f"起草通知：{title}",
                 after={"title": title, "target": target, "codes": n.target_codes})
    return n.id


def notices(ctx: Context, actor: Actor, limit: int = 200) -> list[NoticeView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [NoticeView(n.id, n.title, n.body, n.target, n.target_codes, n.created_at, n.created_by, n.sent_at,
                           units_sent) for n, units_sent in q.notices_with_reach(uow.session, limit)]


def _audience(n: Notice) -> str:
    if n.target is NoticeTarget.BUILDINGS:
        return "、".join(f"{c} 号楼" for c in n.target_codes.split("，")) + "各位业户"
    if n.target is NoticeTarget.UNITS:
        return "尊敬的业户"
    return "尊敬的各位业户"


def notice_pdf(ctx: Context, actor: Actor, notice_id: int) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        n: Notice = get_or_404(s, Notice, notice_id, "通知")
        # Dated the day it was written (its own event), not the day it is printed again.
        made, today = local(n.created_at).date(), ctx.clock.today()
        sheet = NoticeSheet(uow.registry.centre().name, n.title, n.body, f"{made.year}年{made.month}月{made.day}日",
                            _audience(n), reprinted=f"补打 {today:%Y-%m-%d}" if today > made else "")
    return _notice_pdf(sheet)


@changes(Change.RECEPTION)
def send_notice(ctx: Context, actor: Actor, notice_id: int, folder: Path) -> Sending:
    """Write the SMS text and the recipients' phones (unmasked: the platform needs them, and the
    sending is audited) into `folder`, and log the sending for every unit it reaches."""
    actor.require(NOTICE)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError("保存位置", f"文件夹 {folder} 不存在")
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = uow.session
        n: Notice = get_or_404(s, Notice, notice_id, "通知")
        unit_ids = _target_unit_ids(s, n.target, parse_codes(n.target_codes))
        text = sms_text(uow.registry.centre().name, n.title, n.body)
        seen: set[str] = set()
        rows, per_unit = [], dict.fromkeys(unit_ids, 0)
        for p in q.notice_recipients(s, unit_ids):
            if p.phone in seen or not p.phone[:1] == "1":  # mobiles only, each once
                continue
            seen.add(p.phone)
            rows.append((p.code, p.name, p.phone))
            per_unit[p.unit_id] += 1
        stamp = now.strftime("%Y%m%d-%H%M")
        sms_file = folder / f"通知{n.id}-短信内容-{stamp}.txt"
        rec_file = folder / f"通知{n.id}-收件人-{stamp}.csv"
        uow.reception.log_deliveries([{"notice_id": n.id, "unit_id": uid, "phones": k, "sent_at": now}
                                      for uid, k in per_unit.items()])
        n.sent_at = now
        audit.record(s, ctx, actor, "reception.notice.send", "rx_notice", n.id,
                     summary=f"发送通知“{n.title}”：{len(unit_ids)} 户，{len(rows)} 个手机号（导出收件人文件）",
                     after={"units": len(unit_ids), "phones": len(rows), "file": rec_file.name})
        # Files before the commit: if writing them fails, the sending is not logged.
        sms_file.write_text(text + "\n", encoding="utf-8")
        rec_file.write_bytes(recipients_csv(rows))
        uow.commit()
        return Sending(text, len(unit_ids), len(rows), sms_file, rec_file)
