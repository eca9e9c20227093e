"""What the reception services share: permissions, settings, history events, unit look-ups."""
from __future__ import annotations

from datetime import date, timedelta

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import ValidationError, found
from deskapp.domain.office_hours import OfficeHours, closed_on, parse_office_hours
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.reception import DEFAULT_DUE_HOURS, URGENT_HOURS, UnsatisfiedPolicy
from deskapp.services import settings
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.context import Actor, Context
from deskapp.store.models.reception import ItemEvent
from deskapp.store.queries import calendar as calendar_queries
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

VIEW = define("reception.view", "查看前台接待登记", DESK)
RECORD = define("reception.request.record", "登记业户需求/投诉", DESK)
HANDLE = define("reception.request.handle", "派单、跟进、回访", DESK)
ACK_MAJOR = define("reception.major.ack", "确认重大事件", SUPERVISORS)
REPAIR = define("reception.repair", "登记和跟进工程维修单", DESK)
DEFECT = define("reception.defect", "登记和跟进工程遗留问题", DESK)
LOG = define("reception.log", "登记客服接待记录", DESK)
HANDOVER = define("reception.handover", "填写和接收交接表", DESK)
MAIL = define("reception.mail", "登记信件", DESK)
NOTICE = define("reception.notice", "起草和发送通知", DESK)
VIOLATION = define("reception.violation", "登记业户违章", DESK)
EXPORT = define("reception.export", "导出前台接待登记表", SUPERVISORS)

DUE_HOURS = settings.declare("reception.due_hours", dict(DEFAULT_DUE_HOURS), "需求/投诉完成时限（小时，按类别）")
URGENT = settings.declare("reception.urgent_hours", dict(URGENT_HOURS), "紧急事项完成时限（小时）")
# a 咨询 registered at 17:55 with 8 hours was due at 01:55 in the night: with office hours set, an
# ordinary item due outside them is due at the next opening (an urgent one's hours still run through the night)
CLOSED_AHEAD = timedelta(days=62)  # longer than any due time's hours plus a 春节 run
OFFICE_HOURS = settings.declare("reception.office_hours", "",
                                "办公时间（完成、回访、维修期限落在下班后的顺延到次日上班，紧急的除外；空白：不顺延）",
                                kind="span")


def office_hours(stored: str, closed: frozenset[date] = frozenset()) -> OfficeHours | None:
    """The office hours setting as stored, closed on the days given (closed_days); one a damaged file
    holds is refused naming the setting."""
    try:
        office = parse_office_hours(stored if isinstance(stored, str) else "?")
    except ValidationError as e:
        raise ValidationError(settings.spec(OFFICE_HOURS).label, e.message) from None
    return closed_on(office, closed) if office is not None and closed else office


def closed_days(session: Session, ctx: Context, back: timedelta = timedelta(0)) -> frozenset[date]:
    """The holidays of the duty calendar from today on, for a season: the centre does not open on
    them, so an ordinary item's due time moves past them (with office hours set). `back`: from that
    long before today too — a callback's due time is reckoned afresh from a finish days ago."""
    today = ctx.clock.today()
    return frozenset(h.day for h in calendar_queries.holidays(session, today - back, today + CLOSED_AHEAD))
UNSATISFIED = settings.declare("reception.unsatisfied", UnsatisfiedPolicy.REOPEN.value, "回访不满意时",
                               choices=[(UnsatisfiedPolicy.REOPEN.value, "重新打开"),
                                        (UnsatisfiedPolicy.ESCALATE.value, "上报主管")])
MAIL_DAYS = settings.declare("reception.mail_waiting_days", 3, "信件待取超过几天提醒", minimum=1)
# 完成后及时回访 (the training manual): a request or a household repair finished is called back, a
# public repair checked, within these hours of its completion; the morning list shows that time as
# its 期限 and the item red once it has passed
CALLBACK_HOURS = settings.declare("reception.callback_hours", 24, "完成后回访/检查时限（小时）", minimum=1,
                                  maximum=24 * 14)


def event(session: Session, ctx: Context, actor: Actor, entity: str, entity_id: int, action: str,
          from_state: str = "", to_state: str = "", note: str = "") -> None:
    ReceptionRepository(session).add(ItemEvent(entity=entity, entity_id=entity_id, at=ctx.clock.now(), actor=actor.display_name,
                          action=action, from_state=from_state, to_state=to_state, note=note))


def next_number(session: Session, series: str, year: int) -> int:
    """The next number of a series in a year, from the one gap-free numbering service."""
    return NumberingRepository(session).next(series, year)


def unit_code(session: Session, unit_id: int | None) -> str:
    if unit_id is None:
        return ""
    u = RegistryRepository(session).unit(unit_id)
    if u is None:
        raise ValidationError("房号", f"房屋（编号 {unit_id}）不存在")
    return u.code


def note_unit(session: Session, ctx: Context, actor: Actor, unit_id: int | None, text: str) -> None:
    if unit_id is not None:
        registry_chronicle.chronicle(session, ctx, actor, unit_id, ChronicleKind.SERVICE, text)


def get_or_404(session: Session, model, item_id: int, label: str):
    return found(ReceptionRepository(session).get(model, item_id), f"{label}（编号 {item_id}）不存在")
