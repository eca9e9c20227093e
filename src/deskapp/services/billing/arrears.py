"""欠费与催缴: arrears per unit with ageing, the dunning list, 催缴通知单 numbers, the contact
log, and the arrears warning other areas show (before a release slip)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.billing import AGE_BUCKETS, ContactMethod, age_bucket, in_arrears, parse_quarter, quarter_of
from deskapp.domain.billing_notice import notice_deadline
from deskapp.domain.billing_opening import is_opening, marked
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.local_time import local_text
from deskapp.domain.text import require_text
from deskapp.domain.money import ZERO
from deskapp.domain.privacy import mask_phone
from deskapp.services import audit, hooks, settings
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.billing.common import DUN, DUNNING_DAYS, VIEW, holidays_between
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.contracts.billing import ContactView
from deskapp.store.models.billing import DunningContact, DunningNotice
from deskapp.store.models.registry import Unit
from deskapp.store.queries import billing as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session


@dataclass
class UnitArrears:
    unit_id: int
    code: str
    owners: str
    by_item: dict[str, Decimal] = field(default_factory=dict)
    by_quarter: dict[str, Decimal] = field(default_factory=dict)
    by_age: dict[str, Decimal] = field(default_factory=dict)
    lines: list[tuple[str, str, str, Decimal]] = field(default_factory=list)  # quarter, item, period, owed
    last_contact: str = ""
    # the owners to ring: (person id, name, phone masked); the full number is asked for one
    # person at a time, for 催缴, and audited (services/accounts/privacy.reveal_phone_for)
    phones: tuple[tuple[int, str, str], ...] = ()

    @property
    def phone_text(self) -> str:
        return "、".join(p for _, _, p in self.phones if p)

    @property
    def total(self) -> Decimal:
        return sum(self.by_item.values(), ZERO)

    @property
    def span(self) -> str:
        qs = sorted(self.by_quarter)
        return qs[0] if len(qs) == 1 else f"{qs[0]}–{qs[-1]}"



def with_promise(said: str, promised: str) -> str:
    """A contact's words with the day the owner promised to pay, when they did (one text, so English mode
    reads "…, promised to pay by 12-20")."""
    return f"{said}，承诺 {promised} 前缴纳" if promised else said

@dataclass(frozen=True)
class ArrearsList:
    """The 欠费 tab's list and, beside it, what is owed but not yet due (应收未到期: bills whose 缴费期限
    has not passed, counted nowhere in the arrears), so a quarter billed today is seen to be missing
    on purpose."""

    rows: list[UnitArrears]
    not_due_units: int
    not_due: Decimal


def _scan(session: Session, as_of: date,
          unit_ids: list[int] | None) -> tuple[list[UnitArrears], dict[int, Decimal]]:
    """(the arrears, per unit what it owes not yet due)."""
    now_q = quarter_of(as_of)
    repo = BillingRepository(session)
    per: dict[int, UnitArrears] = {}
    not_due: dict[int, Decimal] = {}
    # quarters, items and periods are few among ~90,000 lines: each is worked out once
    lines = queries.unsettled_lines(session, unit_ids)
    buckets = {q: (age_bucket(bq, now_q) if (bq := parse_quarter(q)) <= now_q else None)
               for q in {line.quarter for line in lines}}
    periods: dict[tuple[date, date], str] = {}
    for line in lines:
        bucket = buckets[line.quarter]
        owed = line.owed
        if bucket is None or not in_arrears(line.due_on, as_of, opening=is_opening(line.key)):
            # billed ahead, or its 缴费期限 not passed: 应收未到期, not arrears
            not_due[line.unit_id] = not_due.get(line.unit_id, ZERO) + owed
            continue
        a = per.setdefault(line.unit_id, UnitArrears(line.unit_id, "", ""))
        item = line.item.value
        a.by_item[item] = a.by_item.get(item, ZERO) + owed
        a.by_quarter[line.quarter] = a.by_quarter.get(line.quarter, ZERO) + owed
        a.by_age[bucket] = a.by_age.get(bucket, ZERO) + owed
        span = (line.period_start, line.period_end)
        if (period := periods.get(span)) is None:
            period = periods[span] = f"{span[0]:%Y.%m.%d}–{span[1]:%Y.%m.%d}"
        a.lines.append((line.quarter, marked(item, line.key), period, owed))
    # Credits (an adjustment that lowered a bill after it was paid) are not arrears.
    per = {uid: a for uid, a in per.items() if a.total > 0}
    if per:
        ids = list(per)
        codes = repo.unit_codes(ids)
        owners = queries.owner_contacts(session, ids if len(ids) < 900 else None)
        # the date promised is what the next call checks: said with the contact that got it
        last = {uid: with_promise(f"{local_text(c.at, '%m-%d')} {c.method.value} {c.result}",
                                  f"{c.promised_on:%m-%d}" if c.promised_on else "")
                for uid, c in queries.last_contacts(session).items() if uid in per}
        for uid, a in per.items():
            people = owners.get(uid, [])
            a.code, a.last_contact = codes.get(uid, ""), last.get(uid, "")
            a.owners = "、".join(p.name for p in people)
            a.phones = tuple((p.person_id, p.name, mask_phone(p.phone)) for p in people)
    return sorted(per.values(), key=lambda a: a.code), {u: v for u, v in not_due.items() if v > 0}


def compute(session: Session, as_of: date, unit_ids: list[int] | None = None) -> list[UnitArrears]:
    """Arrears per unit on `as_of`: the lines still owed whose bill's 缴费期限 has passed
    (`domain.billing.in_arrears`), of quarters up to `as_of`'s, aged in quarters since the quarter
    billed. A bill posted today is not yet in arrears (应收未到期); what the counter takes and a fee
    notice asks for is everything owed (`payments.account`, `notices`), due or not."""
    return _scan(session, as_of, unit_ids)[0]


def _narrowed(rows: list[UnitArrears], min_age: str | None) -> list[UnitArrears]:
    if not min_age:
        return rows
    older = AGE_BUCKETS[AGE_BUCKETS.index(min_age):]
    return [a for a in rows if any(a.by_age.get(b, ZERO) > 0 for b in older)]


def arrears(ctx: Context, actor: Actor, as_of: date | None = None, *, min_age: str | None = None) -> list[UnitArrears]:
    """The arrears list; with `min_age` only units owing in that bucket or older (the dunning list)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = compute(uow.session, as_of or ctx.clock.today())
    return _narrowed(rows, min_age)


def arrears_list(ctx: Context, actor: Actor, as_of: date | None = None, *,
                 min_age: str | None = None) -> ArrearsList:
    """The 欠费 tab: the arrears list (narrowed to `min_age` and older) with what is owed not yet due."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows, not_due = _scan(uow.session, as_of or ctx.clock.today(), None)
    return ArrearsList(_narrowed(rows, min_age), len(not_due), sum(not_due.values(), ZERO))


def unit_arrears(ctx: Context, actor: Actor, unit_id: int, as_of: date | None = None) -> UnitArrears | None:
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = compute(uow.session, as_of or ctx.clock.today(), [unit_id])
    return rows[0] if rows else None


@hooks.register(hooks.Hook.UNIT_WARNINGS)
def arrears_warning(session: Session, ctx: Context, unit_id: int) -> list[str]:
    rows = compute(session, ctx.clock.today(), [unit_id])
    if not rows:
        return []
    a = rows[0]
    return [f"该户欠费 {a.total:,.2f} 元（{a.span}）"]


# ----------------------------------------------------------------- dunning

@dataclass(frozen=True)
class DunningLetter:
    """What a 催缴通知单 prints."""

    number: str
    unit_code: str
    owners: str
    delivered_on: date | None
    arrears: UnitArrears
    deadline: date
    issued_on: date


@changes(Change.DUNNING)
def issue_dunning(ctx: Context, actor: Actor, unit_ids: list[int], *, as_of: date | None = None) -> list[DunningLetter]:
    """Number a 催缴通知单 for each unit that owes past its bills' 缴费期限 (CJ2026-000001…),
    recorded and logged as a letter contact; units with nothing overdue are skipped."""
    actor.require(DUN)
    if not unit_ids:
        raise ValidationError("房屋", "请先选择要催缴的房屋")
    day = as_of or ctx.clock.today()
    days = int(settings.get(ctx, DUNNING_DAYS))
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.billing
        deadline = notice_deadline(day, days, holidays_between(s, day, day + timedelta(days=days)))
        owed = {a.unit_id: a for a in compute(s, day, unit_ids)}
        letters = []
        now = ctx.clock.now()
        for uid in unit_ids:
            a = owed.get(uid)
            if a is None:
                continue
            seq = repo.next_number(f"CJ{day.year}")
            number = f"CJ{day.year}-{seq:06d}"
            n = repo.add(DunningNotice(number=number, unit_id=uid, issued_at=now, total=a.total, deadline=deadline,
                                       issued_by=actor.display_name))
            repo.flush()
            repo.add(DunningContact(unit_id=uid, at=now, method=ContactMethod.LETTER, by=actor.display_name,
                                 result=f"发出催缴通知单 {number}", promised_on=None, notice_id=n.id))
            registry_chronicle.chronicle(s, ctx, actor, uid, ChronicleKind.BILLING,
                               f"催缴通知单 {number}：欠费 {a.total:,.2f} 元，限 {deadline} 前缴纳")
            unit = repo.unit(uid)
            letters.append(DunningLetter(number=number, unit_code=a.code, owners=a.owners,
                                         delivered_on=unit.delivered_on if unit else None, arrears=a,
                                         deadline=deadline, issued_on=day))
        if letters:
            audit.record(s, ctx, actor, "billing.dunning", "dunning_notice", None,
                         summary=f"发出催缴通知单 {len(letters)} 份（{letters[0].number}…）",
                         after={"numbers": [x.number for x in letters][:100],
                                "total": sum((x.arrears.total for x in letters), ZERO)})
        uow.commit()
        return letters


@changes(Change.DUNNING)
def log_contact(ctx: Context, actor: Actor, unit_id: int, method: ContactMethod, result: str,
                promised_on: date | None = None) -> None:
    """A dunning contact: 电话/信件/上门, who, when, result, promised date."""
    actor.require(DUN)
    if not isinstance(method, ContactMethod):
        raise ValidationError("联系方式", "请选择 电话/信件/上门")
    require_text(result, "联系结果")
    if promised_on is not None and promised_on < ctx.clock.today():
        raise ValidationError("承诺缴费日期", "不能早于今天")
    with ctx.uow() as uow:
        s = uow.session
        if uow.billing.get(Unit, unit_id) is None:
            raise NotFound(f"房屋（编号 {unit_id}）不存在")
        c = uow.billing.add(DunningContact(unit_id=unit_id, at=ctx.clock.now(), method=method, by=actor.display_name,
                                           result=result.strip(), promised_on=promised_on))
        uow.billing.flush()
        text = with_promise(f"催缴{method.value}：{result.strip()}", f"{promised_on}" if promised_on else "")
        audit.record(s, ctx, actor, "billing.contact", "dunning_contact", c.id, unit_id=unit_id, summary=text,
                     after={"method": method, "result": result.strip(), "promised_on": promised_on})
        registry_chronicle.chronicle(s, ctx, actor, unit_id, ChronicleKind.BILLING, text)
        uow.commit()


def contacts(ctx: Context, actor: Actor, unit_id: int) -> list[ContactView]:
    return ctx.read(actor, VIEW, queries.contacts_of, unit_id)


def ageing_totals(rows: list[UnitArrears]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for a in rows:
        for k, v in a.by_age.items():
            out[k] += v
    return {b: out.get(b, ZERO) for b in AGE_BUCKETS}
