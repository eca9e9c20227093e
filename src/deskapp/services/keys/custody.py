"""托管钥匙 and 钥匙借用登记表: keys held for units, lending to verified borrowers only (anyone
else with a supervisor's approval), returns, overdue keys and their notes, keys handed over at 交房."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from deskapp.domain import keys as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import (
    BorrowerKind, HoldReason, KeyEventKind, KeyKind, KeyState, PersonOnFile, Purpose, ReturnState,
)
from deskapp.domain.money import parse_amount
from deskapp.domain.people import Authority, Relation, authority_in_force, check_name
from deskapp.domain.permissions import DESK, SUPERVISORS, allowed, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.transfer import Arrangement, ArrangementKind, Choice, grantor_still_owner
from deskapp.domain.billing_deposits import CASH, DepositKind, DepositMoney, EntryKind
from deskapp.services import audit, hooks, settings
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.contracts.keys import LoanFilter, LoanRow
from deskapp.contracts.paging import Page
from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.text import require_text
from deskapp.store.models.keys import CustodyKey, KeyEvent, KeyHandover, KeyLoan
from deskapp.store.models.registry import Unit
from deskapp.store.queries import keys as q
from deskapp.store.repositories.keys import KeysRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

VIEW = define("keys.view", "查看钥匙、卡证与车位", DESK)
CUSTODY = define("keys.custody", "登记或调整托管钥匙", DESK)
RETIRE = define("keys.retire", "注销托管钥匙", SUPERVISORS)
LEND = define("keys.lend", "借出钥匙", DESK)
APPROVE = define("keys.approve", "批准非授权人借用钥匙", SUPERVISORS)
RETURN = define("keys.return", "登记钥匙归还", DESK)
NOTE = define("keys.overdue_note", "填写钥匙逾期说明", DESK)

CLOSING_TIME = settings.declare("keys.closing_time", "18:00", "钥匙默认归还时间（当日下班前）", kind="time")


# ----------------------------------------------------------------- views

@dataclass(frozen=True)
class KeyView:
    id: int
    tag: str
    unit_id: int
    unit_code: str
    kind: KeyKind
    label: str
    copies: int
    location: str
    reason: HoldReason
    since: date
    authority: str
    state: KeyState
    lent: bool
    lent_to: str
    due_at: datetime | None
    overdue: bool
    version: int = 0  # what 调整 sends back: a save over another desk's is refused

    @property
    def title(self) -> str:
        return f"{self.tag} {self.label or self.kind.value}"


@dataclass(frozen=True)
class KeyEventView:
    at: datetime
    kind: KeyEventKind
    text: str
    by: str


@dataclass(frozen=True)
class Candidate:
    """One of the unit's people offered as a borrower."""

    person_id: int
    name: str
    relation: Relation
    may_borrow: bool
    id_type: str
    id_number: str  # masked
    phone: str  # masked


@dataclass(frozen=True)
class LendingBrief:
    """What the clerk sees before lending: who may borrow, and the unit's front-desk instructions."""

    unit_id: int
    unit_code: str
    candidates: list[Candidate]
    instructions: list[str]
    default_due: datetime


@dataclass(frozen=True)
class Borrower:
    person_id: int | None  # one of the unit's people, or None for anyone else
    name: str
    id_type: IdType
    id_number: str  # the document the clerk saw
    phone: str = ""


@dataclass(frozen=True)
class Approval:
    approver: Actor
    reason: str


@dataclass(frozen=True)
class LoanResult:
    loan_id: int
    tag: str
    unit_code: str
    borrower_kind: BorrowerKind
    verified: bool
    due_at: datetime


# ----------------------------------------------------------------- helpers

def _unit(session: Session, unit_id: int) -> Unit:
    return found(RegistryRepository(session).unit(unit_id), f"房屋（编号 {unit_id}）不存在")


def _key(repo: KeysRepository, key_id: int) -> CustodyKey:
    return found(repo.key(key_id), f"钥匙（编号 {key_id}）不存在")


def _held_key(repo: KeysRepository, key_id: int, *, lending: bool = False) -> CustodyKey:
    """A key still in custody: a retired or handed-over one is refused, saying what it became."""
    k = _key(repo, key_id)
    if k.state is not KeyState.IN_CUSTODY:
        raise Conflict(f"钥匙 {k.tag} 已{k.state.value}，不能借出" if lending else f"钥匙 {k.tag} 已{k.state.value}")
    return k


def _open_loan(repo: KeysRepository, loan_id: int, *, noting: bool = False) -> KeyLoan:
    """A loan whose key is still out: a key back already takes no return, nor an overdue note."""
    loan = found(repo.loan(loan_id), f"借用记录 {loan_id} 不存在")
    if loan.returned_at is not None:
        raise Conflict("该钥匙已归还，无需逾期说明" if noting else "该钥匙已登记归还")
    return loan


def _event(session: Session, ctx: Context, actor: Actor, key: CustodyKey, kind: KeyEventKind, text: str) -> None:
    KeysRepository(session).add(KeyEvent(key_id=key.id, at=ctx.clock.now(), kind=kind, text=text, by=actor.display_name))


def _closing(ctx: Context) -> time:
    raw = str(settings.get(ctx, CLOSING_TIME))
    try:
        h, m = (int(x) for x in raw.split(":"))
        return time(h, m)
    except ValueError:
        return time(18, 0)


def _key_view(k: CustodyKey, code: str, loan: KeyLoan | None, now: datetime) -> KeyView:
    return KeyView(
        id=k.id, tag=k.tag, unit_id=k.unit_id, unit_code=code, kind=k.kind, label=k.label, copies=k.copies,
        location=k.location, reason=k.reason, since=k.since, authority=k.authority, state=k.state,
        lent=loan is not None, lent_to=loan.borrower_name if loan else "", due_at=loan.due_at if loan else None,
        overdue=bool(loan and rules.is_overdue(loan.due_at, None, now)), version=k.version)


def _snapshot(k: CustodyKey) -> dict:
    return {"tag": k.tag, "kind": k.kind, "label": k.label, "copies": k.copies, "location": k.location,
            "reason": k.reason, "since": k.since, "authority": k.authority, "state": k.state}


# ----------------------------------------------------------------- custody

@changes(Change.KEYS, Change.CHRONICLE)
def register_key(ctx: Context, actor: Actor, unit_id: int, kind: KeyKind, copies: int, location: str,
                 reason: HoldReason, authority: str, *, label: str = "", since: date | None = None) -> KeyView:
    """Take a key (set) into custody; it gets the next tag number."""
    actor.require(CUSTODY)
    copies = rules.check_copies(copies)
    location = rules.check_location(location)
    if not authority.strip():
        raise ValidationError("委托依据", "请写明由谁委托托管（例如 业主张三书面委托）")
    with ctx.uow() as uow:
        k, code = _insert_key(uow.session, ctx, actor, unit_id, kind, copies, location, reason, authority.strip(),
                              label.strip(), since or ctx.clock.today())
        uow.commit()
        return _key_view(k, code, None, ctx.clock.now())


def _insert_key(s: Session, ctx: Context, actor: Actor, unit_id: int, kind: KeyKind, copies: int, location: str,
                reason: HoldReason, authority: str, label: str, since: date) -> tuple[CustodyKey, str]:
    u = _unit(s, unit_id)
    k = CustodyKey(tag="", unit_id=u.id, kind=kind, label=label, copies=copies, location=location,
                   reason=reason, since=since, authority=authority,
                   state=KeyState.IN_CUSTODY, created_at=ctx.clock.now(), created_by=actor.display_name)
    repo = KeysRepository(s)
    repo.add(k)
    repo.flush()
    k.tag = rules.tag_code(k.id)
    _event(s, ctx, actor, k, KeyEventKind.REGISTERED,
           f"{u.code} {kind.value} {copies} 把，存放 {location}，原因 {reason.value}，依据 {k.authority}")
    audit.record(s, ctx, actor, "keys.register", "custody_key", k.id, unit_id=u.id,
                 summary=f"{u.code} 托管钥匙 {k.tag}（{kind.value} {copies} 把）", after=_snapshot(k))
    registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.KEY,
                                 f"托管钥匙 {k.tag}：{kind.value} {copies} 把（{reason.value}）")
    return k, u.code


def add_imported_key(s: Session, ctx: Context, actor: Actor, unit_id: int, kind: KeyKind, copies: int,
                     location: str, authority: str, label: str, since: date) -> str:
    """A key held when the centre switched to deskapp, inside the go-live import's transaction
    (the importer checked the role and the rows): taken into custody as 登记托管 does, on the
    day it was deposited, as entrusted by the owner. Its tag."""
    return _insert_key(s, ctx, actor, unit_id, kind, rules.check_copies(copies), rules.check_location(location),
                       HoldReason.ENTRUSTED, authority, label, since)[0].tag


def keys_held(s: Session, unit_ids: list[int]) -> dict[int, str]:
    """Of these units, those with a key in custody, with its tag (the go-live import refuses a second)."""
    repo = KeysRepository(s)
    return {uid: keys[0].tag for uid in unit_ids if (keys := repo.keys_of_unit(uid, in_custody_only=True))}


@changes(Change.KEYS, Change.CHRONICLE)
def update_key(ctx: Context, actor: Actor, key_id: int, *, location: str | None = None, copies: int | None = None,
               reason: HoldReason | None = None, label: str | None = None, version: int | None = None) -> None:
    """Move a key to another hook, change the number of copies or the reason; the tag stays.
    `version` is the one the form loaded: another desk's save since then refuses this one."""
    actor.require(CUSTODY)
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        k = repo.editing(_key(repo, key_id), version)
        if k.state is not KeyState.IN_CUSTODY:
            raise Conflict(f"钥匙 {k.tag} 已{k.state.value}，不能再调整")
        before = _snapshot(k)
        if location is not None and rules.check_location(location) != k.location:
            new = rules.check_location(location)
            _event(s, ctx, actor, k, KeyEventKind.MOVED, f"由 {k.location} 移至 {new}")
            k.location = new
        if copies is not None and rules.check_copies(copies) != k.copies:
            _event(s, ctx, actor, k, KeyEventKind.COPIES, f"份数由 {k.copies} 改为 {copies}")
            k.copies = copies
        if reason is not None and reason is not k.reason:
            _event(s, ctx, actor, k, KeyEventKind.NOTE, f"托管原因由 {k.reason.value} 改为 {reason.value}")
            k.reason = reason
        if label is not None:
            k.label = label.strip()
        after = _snapshot(k)
        if after == before:
            return
        repo.sign(k, actor.display_name, ctx.clock.now())
        audit.record(s, ctx, actor, "keys.update", "custody_key", k.id, unit_id=k.unit_id,
                     summary=f"调整托管钥匙 {k.tag}", before=before, after=after)
        uow.commit()


@changes(Change.KEYS, Change.CHRONICLE)
def retire_key(ctx: Context, actor: Actor, key_id: int, reason: str) -> None:
    """A key leaves custody for good (returned to the owner, lost, lock changed). It and its
    history stay; the tag is never given to another key."""
    actor.require(RETIRE)
    reason = require_text(reason, "注销原因")
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        k = _held_key(repo, key_id)
        if repo.open_loan_of_key(k.id) is not None:
            raise Conflict(f"钥匙 {k.tag} 借出未还，归还后才能注销")
        before = _snapshot(k)
        k.state, k.ended_on, k.ended_reason = KeyState.RETIRED, ctx.clock.today(), reason
        _event(s, ctx, actor, k, KeyEventKind.RETIRED, reason)
        audit.record(s, ctx, actor, "keys.retire", "custody_key", k.id, unit_id=k.unit_id,
                     summary=f"注销托管钥匙 {k.tag}：{reason}", before=before, after=_snapshot(k))
        registry_chronicle.chronicle(s, ctx, actor, k.unit_id, ChronicleKind.KEY, f"钥匙 {k.tag} 注销：{reason}")
        uow.commit()


def delete_key(ctx: Context, actor: Actor, key_id: int) -> None:
    """Only a key registered by mistake, never lent, may be deleted; anything that moved is retired."""
    actor.require(CUSTODY)
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        k = _key(repo, key_id)
        if repo.has_moved(k.id) or k.state is not KeyState.IN_CUSTODY:
            raise Conflict(f"钥匙 {k.tag} 已有借用或交接记录，不能删除，只能注销")
        if len(repo.events(k.id)) > 1:
            raise Conflict(f"钥匙 {k.tag} 已有变动记录，不能删除，只能注销")
        audit.record(s, ctx, actor, "keys.delete", "custody_key", k.id, unit_id=k.unit_id,
                     summary=f"删除误登记的钥匙 {k.tag}", before=_snapshot(k))
        for e in repo.events(k.id):
            repo.delete(e)
        repo.flush()
        repo.delete(k)
        uow.commit()


def keys_of_unit(ctx: Context, actor: Actor, unit_id: int, *, include_ended: bool = False) -> list[KeyView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        repo = uow.keys
        code = _unit(s, unit_id).code
        now = ctx.clock.now()
        loans = {ln.key_id: ln for ln in repo.open_loans(unit_id=unit_id)}
        return [_key_view(k, code, loans.get(k.id), now)
                for k in repo.keys_of_unit(unit_id, in_custody_only=not include_ended)]


def all_keys(ctx: Context, actor: Actor, *, text: str = "", include_ended: bool = False) -> list[KeyView]:
    """Every key in custody (a few hundred at most), with what is lent."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        loans = {ln.key_id: ln for ln in uow.keys.open_loans()}
        now = ctx.clock.now()
        return [_key_view(k, code, loans.get(k.id), now)
                for k, code in q.keys_with_units(uow.session, text=text, include_ended=include_ended)]


def key_history(ctx: Context, actor: Actor, key_id: int) -> list[KeyEventView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.keys
        _key(repo, key_id)
        return [KeyEventView(e.at, e.kind, e.text, e.by) for e in repo.events(key_id)]


def key_by_tag(ctx: Context, actor: Actor, tag: str) -> KeyView:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        repo = uow.keys
        k = found(repo.key_by_tag(tag), f"没有钥匙 {tag}")
        return _key_view(k, _unit(s, k.unit_id).code, repo.open_loan_of_key(k.id), ctx.clock.now())


# ----------------------------------------------------------------- lending

def _people_on_file(session: Session, unit_id: int) -> dict[int, tuple[PersonOnFile, Relation, object]]:
    out = {}
    repo = RegistryRepository(session)
    ties = repo.ties(unit_id, current=None)
    owners = {t.person_id for t in ties if t.relation is Relation.OWNER and t.until is None}
    for t in ties:
        auth = {a for a in t.authorities.split(",") if a}
        lapsed = ""
        if t.relation is Relation.AUTHORISED and not grantor_still_owner(t.granted_by, owners):
            grantor = repo.person(t.granted_by)
            lapsed = grantor.name if grantor else "原业主"
        pof = PersonOnFile(person_id=t.person_id, name=t.person.name, is_owner=t.relation is Relation.OWNER,
                           may_borrow_keys=Authority.KEYS.name in auth, since=t.since, until=t.until,
                           id_number=t.person.id_number, authority_until=t.authority_until,
                           lapsed_grantor=lapsed, relation=t.relation)
        prev = out.get(t.person_id)
        # A person tied twice (e.g. once as tenant, later authorised): the tie valid longest wins.
        if prev is None or (prev[0].until is not None and (t.until is None or t.until > prev[0].until)):
            out[t.person_id] = (pof, t.relation, t.person)
    return out


def lending_brief(ctx: Context, actor: Actor, unit_id: int) -> LendingBrief:
    """Shown before lending: the unit's people who may borrow (with masked documents) and its 前台须知."""
    actor.require(LEND)
    with ctx.reader() as uow:
        s = uow.session
        u = _unit(s, unit_id)
        today = ctx.clock.today()
        cands = []
        for pof, relation, person in _people_on_file(s, unit_id).values():
            if pof.until is not None and pof.until < today:
                continue
            may_borrow = pof.is_owner or (pof.may_borrow_keys and not pof.lapsed_grantor
                                          and authority_in_force(pof.authority_until, today))
            cands.append(Candidate(pof.person_id, pof.name, relation, may_borrow, person.id_type or "",
                                   mask_id_number(person.id_number), mask_phone(person.phone)))
        cands.sort(key=lambda c: (not c.may_borrow, c.relation is not Relation.OWNER, c.name))
        instr = [i.text for i in RegistryRepository(s).instructions(unit_id, on=today)]
        return LendingBrief(u.id, u.code, cands, instr, rules.default_due(ctx.clock.now(), _closing(ctx)))


def check_borrower(ctx: Context, actor: Actor, unit_id: int, borrower: Borrower) -> rules.BorrowerCheck:
    """What the lend button will decide, for the dialog to show before asking for approval."""
    actor.require(LEND)
    with ctx.reader() as uow:
        on_file = _people_on_file(uow.session, unit_id)
        pof = on_file[borrower.person_id][0] if borrower.person_id in on_file else None
        return rules.check_borrower(pof, borrower.id_number, ctx.clock.today())


@changes(Change.KEYS, Change.CHRONICLE)
def lend_key(ctx: Context, actor: Actor, key_id: int, borrower: Borrower, purpose: Purpose, *,
             purpose_note: str = "", due_at: datetime | None = None, deposit: Decimal | str = Decimal("0"),
             approval: Approval | None = None, instructions_seen: bool = False,
             deposit_money: DepositMoney = CASH) -> LoanResult:
    """Lend a key. The borrower is verified (owner or authorised for keys, valid today, document
    matching the file) or a supervisor approves with a reason; otherwise nothing is written."""
    actor.require(LEND)
    name = check_name(borrower.name, "借用人")
    if not borrower.id_number.strip():
        raise ValidationError("证件号码", "请核验并录入借用人出示的证件号码")
    if purpose is Purpose.OTHER and not purpose_note.strip():
        raise ValidationError("事由", "选择“其他”时请写明事由")
    amount = parse_amount(deposit if str(deposit).strip() else "0", "押金")
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        k = _held_key(repo, key_id, lending=True)
        open_loan = repo.open_loan_of_key(k.id)
        if open_loan is not None:
            raise Conflict(f"钥匙 {k.tag} 已于 {local_text(open_loan.lent_at, '%m-%d %H:%M', now.tzinfo)} "
                           f"借给 {open_loan.borrower_name}，尚未归还")
        u = _unit(s, k.unit_id)
        rinstr = RegistryRepository(s).instructions(u.id, on=now.date())
        if rinstr and not instructions_seen:
            raise ValidationError("前台须知", f"{u.code} 有前台须知，请先阅读并确认后再借出")
        on_file = _people_on_file(s, u.id)
        pof = on_file[borrower.person_id][0] if borrower.person_id in on_file else None
        if borrower.person_id is not None and pof is None:
            raise ValidationError("借用人", "所选人员不是本户登记的人员")
        check = rules.check_borrower(pof, borrower.id_number, now.date())
        approved_by, reason = None, ""
        if check.needs_approval:
            if approval is None:
                raise ValidationError("借用人", f"{check.problem}：须由客服主管批准并写明理由")
            approval.approver.require(APPROVE)
            reason = rules.check_approval_reason(approval.reason)
            approved_by = approval.approver.display_name
        due = rules.check_due(now, due_at or rules.default_due(now, _closing(ctx)))
        loan = KeyLoan(
            key_id=k.id, unit_id=u.id, lent_at=now, borrower_name=name,
            borrower_person_id=pof.person_id if pof else None, borrower_kind=check.kind,
            borrower_phone=borrower.phone.strip(), id_type=borrower.id_type.value,
            id_number="".join(borrower.id_number.split()).upper(), id_verified=check.id_matched,
            approved_by=approved_by, approval_reason=reason, purpose=purpose, purpose_note=purpose_note.strip(),
            due_at=due, deposit=amount, lent_by=actor.display_name)
        repo.add(loan)
        repo.flush()
        billing_deposits.take(s, ctx, actor, DepositKind.KEY, f"key_loan:{loan.id}", unit_id=u.id, payer=name,
                              amount=amount, source_ref=f"钥匙 {k.tag}", money=deposit_money)
        who = f"{name}（{check.kind.value}，" + ("证件已核验）" if check.verified else f"{approved_by} 批准：{reason}）")
        _event(s, ctx, actor, k, KeyEventKind.LENT,
               f"借给 {who}，事由 {purpose.value}，预计 {local_text(due, '%m-%d %H:%M', now.tzinfo)} 归还")
        audit.record(s, ctx, actor, "keys.lend", "key_loan", loan.id, unit_id=u.id,
                     summary=f"{u.code} 钥匙 {k.tag} 借给 {name}",
                     after={"key": k.tag, "borrower": name, "kind": check.kind, "verified": check.verified,
                            "id_matched": check.id_matched,
                            "id_number": mask_id_number(loan.id_number), "approved_by": approved_by,
                            "approval_reason": reason, "purpose": purpose, "due_at": due, "deposit": amount,
                            "instructions_seen": bool(rinstr)})
        registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.KEY, f"钥匙 {k.tag} 借给 {who}")
        uow.commit()
        return LoanResult(loan.id, k.tag, u.code, check.kind, check.verified, due)


@changes(Change.KEYS, Change.CHRONICLE)
def return_key(ctx: Context, actor: Actor, loan_id: int, returned_by: str, *, state: ReturnState = ReturnState.GOOD,
               note: str = "", returned_at: datetime | None = None, refund_deposit: bool = True,
               deposit_money: DepositMoney = CASH) -> None:
    actor.require(RETURN)
    who = check_name(returned_by, "归还人")
    if state is not ReturnState.GOOD and not note.strip():
        raise ValidationError("归还说明", f"归还状态为“{state.value}”时请写明情况")
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        loan = _open_loan(repo, loan_id)
        at = rules.check_return(loan.lent_at, returned_at or now, now)
        k = _key(repo, loan.key_id)
        loan.returned_at, loan.returned_by_name, loan.received_by = at, who, actor.display_name
        loan.return_state, loan.return_note = state, note.strip()
        loan.deposit_refunded = bool(loan.deposit) and refund_deposit
        # kept when the key comes back damaged or late and the clerk does not refund it
        billing_deposits.settle(s, ctx, actor, f"key_loan:{loan.id}",
                                EntryKind.REFUNDED if refund_deposit else EntryKind.FORFEITED, loan.deposit,
                                "钥匙归还" if refund_deposit else f"钥匙归还时未退押金（{state.value}）", deposit_money)
        late = rules.overdue_for(loan.due_at, at, now)
        overdue = (f"逾期 {rules.describe_late(late)}（应于 {local_text(loan.due_at, '%Y-%m-%d %H:%M', now.tzinfo)} 归还）"
                   if late else "")
        text = f"{who} 归还，{state.value}" + (f"，{overdue}" if late else "") + (
            f"：{note.strip()}" if note.strip() else "")
        _event(s, ctx, actor, k, KeyEventKind.RETURNED, text)
        audit.record(s, ctx, actor, "keys.return", "key_loan", loan.id, unit_id=loan.unit_id,
                     summary=f"钥匙 {k.tag} 归还（{who}）" + (f"，{overdue}" if late else ""),
                     before={"returned_at": None},
                     after={"returned_at": at, "returned_by": who, "state": state, "note": note.strip(),
                            "deposit_refunded": loan.deposit_refunded, "overdue": overdue})
        registry_chronicle.chronicle(s, ctx, actor, loan.unit_id, ChronicleKind.KEY, f"钥匙 {k.tag} 归还：{text}")
        uow.commit()


@changes(Change.KEYS, Change.CHRONICLE)
def add_overdue_note(ctx: Context, actor: Actor, loan_id: int, note: str) -> None:
    """Why an overdue key is still out (called the borrower, promised tomorrow 10:00...): the
    shift handover needs one on each overdue key."""
    actor.require(NOTE)
    text = note.strip()
    if len(text) < 4:
        raise ValidationError("逾期说明", "请写明跟进情况（至少 4 个字）")
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        loan = _open_loan(repo, loan_id, noting=True)
        before = {"overdue_note": loan.overdue_note}
        loan.overdue_note, loan.overdue_note_at, loan.overdue_note_by = text, ctx.clock.now(), actor.display_name
        k = _key(repo, loan.key_id)
        _event(s, ctx, actor, k, KeyEventKind.NOTE, text)
        audit.record(s, ctx, actor, "keys.overdue_note", "key_loan", loan.id, unit_id=loan.unit_id,
                     summary=f"钥匙 {k.tag} 逾期说明：{text[:40]}", before=before, after={"overdue_note": text})
        uow.commit()


def loan_register(ctx: Context, actor: Actor, f: LoanFilter, *, sort: str = "lent_at", descending: bool = True,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[LoanRow]:
    return ctx.read(actor, VIEW, q.loan_register, f, sort=sort, descending=descending, offset=offset,
                    limit=limit, total=total)


def overdue_loans(ctx: Context, actor: Actor, limit: int = 500) -> list[LoanRow]:
    return ctx.read(actor, VIEW, q.overdue, ctx.clock.now(), limit)


def count_overdue(ctx: Context, actor: Actor) -> int:
    return ctx.read(actor, VIEW, q.count_overdue, ctx.clock.now())


def open_loans_of_unit(ctx: Context, actor: Actor, unit_id: int) -> list[LoanRow]:
    return ctx.read(actor, VIEW, q.loan_rows, LoanFilter(unit_id=unit_id, open_only=True), sort="due_at",
                    descending=False, limit=100)


def month_filter(month: str, unit_id: int | None = None, tz=None) -> LoanFilter:
    """The register of one month ('2026-11') in the desk's time zone."""
    from deskapp.services.exports import month_range

    start, end = month_range(month)
    tz = tz or CENTRE_TZ
    return LoanFilter(unit_id=unit_id, start=day_start(start, tz), end=day_start(end, tz))


# ----------------------------------------------------------------- move-in (交房)

def hand_over_unit_keys(session: Session, ctx: Context, actor: Actor, unit_id: int, count: int, on: date,
                        note: str = "") -> None:
    """At 交房 the owner receives `count` keys. Inside the caller's transaction: the handover is
    recorded, and the unit's custody keys leave custody with their history kept."""
    if count < 0:
        raise ValidationError("钥匙数量", "不能为负数")
    if count > 50:
        raise ValidationError("钥匙数量", "不能超过 50 把")
    u = _unit(session, unit_id)
    repo = KeysRepository(session)
    held = repo.keys_of_unit(u.id, in_custody_only=True)
    for k in held:
        loan = repo.open_loan_of_key(k.id)
        if loan is not None:
            raise Conflict(f"{u.code} 的钥匙 {k.tag} 借给 {loan.borrower_name} 尚未归还，归还后才能交房")
    tags = []
    for k in held:
        before = _snapshot(k)
        k.state, k.ended_on, k.ended_reason = KeyState.HANDED_OVER, on, f"交房交付业主 {note}".strip()
        _event(session, ctx, actor, k, KeyEventKind.HANDED_OVER, f"{on:%Y-%m-%d} 交房，交付业主")
        audit.record(session, ctx, actor, "keys.hand_over", "custody_key", k.id, unit_id=u.id,
                     summary=f"{u.code} 钥匙 {k.tag} 交房交付业主", before=before, after=_snapshot(k))
        tags.append(k.tag)
    h = KeyHandover(unit_id=u.id, handed_on=on, count=count, custody_tags=",".join(tags), note=note.strip(),
                    created_at=ctx.clock.now(), created_by=actor.display_name)
    repo.add(h)
    repo.flush()
    audit.record(session, ctx, actor, "keys.handover", "key_handover", h.id, unit_id=u.id,
                 summary=f"{u.code} 交房交付钥匙 {count} 把",
                 after={"count": count, "on": on, "custody_tags": tags, "note": note.strip()})
    registry_chronicle.chronicle(session, ctx, actor, u.id, ChronicleKind.KEY,
                       f"交房交付钥匙 {count} 把" + (f"（托管钥匙 {'、'.join(tags)} 一并交还）" if tags else "")
                       + (f"：{note.strip()}" if note.strip() else ""))


# ----------------------------------------------------------------- hooks

@hooks.register(hooks.Hook.DEPOSIT_GIVEN_BACK_BY)
def _deposit_given_back_by(session: Session, ctx: Context, source: str) -> list[str]:
    """A key still lent: its deposit is given back (or kept) when the key comes back."""
    loan_id = hooks.source_id(source, "key_loan")
    repo = KeysRepository(session)
    loan = repo.get(KeyLoan, loan_id) if loan_id is not None else None
    if loan is None or loan.returned_at is not None:
        return []
    return [f"钥匙 {_key(repo, loan.key_id).tag} 借给 {loan.borrower_name}，尚未归还：押金在归还钥匙时退还或不退"
            f"（钥匙与卡 ▸ 托管钥匙 ▸ 归还…）"]


@hooks.register(hooks.Hook.HANDOVER_BLOCKERS)
def _handover_blockers(session: Session, ctx: Context, actor: Actor, day: date) -> list[str]:
    now = ctx.clock.now()
    out = []
    for r in q.overdue(session, now, limit=1000):
        if not r.overdue_note.strip():
            out.append(f"钥匙 {r.tag}（{r.unit_code}）借给 {r.borrower_name}，"
                       f"应于 {local_text(r.due_at, '%m-%d %H:%M', now.tzinfo)} 归还，逾期未还且未填写说明")
    return out


@hooks.register(hooks.Hook.START_OF_DAY)
def _start_of_day(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    now = ctx.clock.now()
    out = []
    for r in q.loan_rows(session, LoanFilter(open_only=True), sort="due_at", descending=False, limit=1000):
        late = rules.is_overdue(r.due_at, None, now)
        since_yesterday = rules.out_since_yesterday(r.lent_at, None, now)
        text = (f"钥匙 {r.tag} 借给 {r.borrower_name}（{r.purpose}），"
                f"{local_text(r.lent_at, '%m-%d %H:%M', now.tzinfo)} 借出")
        if r.overdue_note:
            text += f"；说明：{r.overdue_note}"
        # a key lent today and not yet due is handed to the next shift, which chases it back
        # today (JOBS: 钥匙借出当日追回), but is nothing for the morning list
        out.append(hooks.OpenItem(area="keys", kind="钥匙逾期未还" if late else "钥匙借出未还",
                                  unit_code=r.unit_code, text=text, due=r.due_at, overdue=late, ref=r.tag,
                                  place=hooks.Place.KEY_LOANS, record=r.id, morning=late or since_yesterday))
    return out


@hooks.register(hooks.Hook.TRANSFER_ARRANGEMENTS)
def _transfer_arrangements(session: Session, ctx: Context, unit_id: int) -> list[Arrangement]:
    """Keys the seller left in custody: the transfer asks whether they stay on the new owner's word."""
    return [Arrangement(f"key:{k.id}", ArrangementKind.KEY,
                        f"{k.tag} {k.label or k.kind.value} {k.copies} 把（{k.location}，依据 {k.authority}）")
            for k in KeysRepository(session).keys_of_unit(unit_id, in_custody_only=True)]


@hooks.register(hooks.Hook.SETTLE_TRANSFER)
def _settle_transfer(session: Session, ctx: Context, actor: Actor, unit_id: int, choices: dict[str, Choice],
                     on: date, new_owners: str) -> None:
    repo = KeysRepository(session)
    for k in repo.keys_of_unit(unit_id, in_custody_only=True):
        choice = choices.get(f"key:{k.id}")
        if choice is None:
            continue
        before = _snapshot(k)
        if choice is Choice.END:
            loan = repo.open_loan_of_key(k.id)
            if loan is not None:
                raise Conflict(f"钥匙 {k.tag} 借给 {loan.borrower_name} 尚未归还：归还后才能注销，或选择保留")
            reason = f"{on:%Y-%m-%d} 产权变更，交还原业主"
            k.state, k.ended_on, k.ended_reason = KeyState.RETIRED, on, reason
            _event(session, ctx, actor, k, KeyEventKind.RETIRED, reason)
            summary = f"托管钥匙 {k.tag} 因产权变更注销"
        else:
            k.authority = f"产权变更后新业主 {new_owners} 继续委托"[:120]
            _event(session, ctx, actor, k, KeyEventKind.NOTE, f"{on:%Y-%m-%d} 产权变更，改由新业主 {new_owners} 委托托管")
            summary = f"托管钥匙 {k.tag} 产权变更后继续托管"
        audit.record(session, ctx, actor, "keys.transfer", "custody_key", k.id, unit_id=unit_id,
                     summary=summary, before=before, after=_snapshot(k))


@hooks.register(hooks.Hook.CHECKS)
def _checks(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    twice, bad, checked = q.loan_check_figures(session)
    problems = [f"钥匙 {rules.tag_code(key_id)} 同时有 {n} 条未归还的借用记录" for key_id, n in twice]
    problems += [f"借用记录 {i} 的归还时间早于借出时间" for i in bad]
    return [hooks.CheckResult("钥匙借用记录", checked, problems)]


@hooks.register(hooks.Hook.FIND_NUMBER)
def _keys_tagged(session: Session, ctx: Context, actor: Actor, prefix: str, limit: int) -> list[hooks.Numbered]:
    if not allowed(actor.role, VIEW):
        return []
    return [hooks.Numbered(tag, "钥匙", code, label or kind.value, hooks.Place.KEYS, key_id)
            for key_id, tag, code, label, kind in q.keys_tagged(session, prefix, limit)]
