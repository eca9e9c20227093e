"""Demo step 10: the community 翠湖花园 — buildings, stairwells, flats, shops and offices;
owners, family, tenants and authorised persons; ownership transfers; 前台须知; chronicle;
and, on purpose, a few gaps for the 档案完整性检查 (no phone, lease ended, invalid ID...).

Sizes: ``plan.units`` exactly (about 3 % shops on the 沿街商铺 street ``S-101``…, 0.6 %
offices in the 综合楼 ``Z-201``…, the rest flats ``3-2-1502``). No ``extra`` keys."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.idcard import IdType
from deskapp.domain.people import Authority, Relation
from deskapp.domain.units import UnitKind, UnitState, unit_code
from deskapp.services.context import Context
from deskapp.services.demo import BATCH, DemoPlan, at, bulk, check_cancel, office_time, staff
from deskapp.services.demo.names import FakePerson, NameMaker
from deskapp.store.models.registry import (
    Building, ChronicleEntry, Community, DeskInstruction, OwnershipTransfer, Person, Stairwell, Unit, UnitPerson,
)
from deskapp.store.uow import Session

ORDER = 10

COMMUNITY = {
    "name": "翠湖花园",
    "centre_name": "翠湖花园物业服务中心",
    "address": "杭州市西湖区翠湖路 188 号",
    "phone": "0571-8876 5432",
}

CENT = Decimal("0.01")


# ------------------------------------------------------------------ layout (pure)

@dataclass(frozen=True)
class BuildingType:
    label: str
    floors: int
    stairwells: int
    per_floor: int
    inner_ratio: tuple[float, float]
    house_areas: tuple[float, ...]  # building areas (㎡) of the flat types offered


BUILDING_TYPES = (
    BuildingType("多层", 6, 3, 2, (0.82, 0.85), (62.4, 75.8, 89.6, 98.3)),
    BuildingType("小高层", 11, 3, 2, (0.80, 0.83), (89.6, 98.3, 118.7, 128.4)),
    BuildingType("高层", 18, 2, 2, (0.78, 0.81), (89.6, 118.7, 128.4, 143.9)),
    BuildingType("洋房", 7, 2, 2, (0.82, 0.85), (128.4, 143.9, 168.3, 176.5)),
)
# The order buildings were put up in: a few multi-storey blocks first, towers later.
TYPE_CYCLE = (0, 0, 1, 2, 1, 3, 0, 2, 1, 2)

SHOPS_PER_STREET = 120  # two floors of 60 shop fronts
OFFICES_PER_FLOOR = 8


@dataclass(frozen=True)
class Slot:
    """One unit to be: where it is and what it is."""
    building: str
    stairwell: str | None
    room: str
    floor: int
    kind: UnitKind
    building_area: Decimal
    inner_area: Decimal
    phase: int  # 1 oldest … 4 not yet delivered


@dataclass(frozen=True)
class BuildingPlan:
    code: str
    name: str
    floors: int
    stairwells: tuple[str, ...]
    phase: int


def split_units(n: int) -> tuple[int, int, int]:
    """(flats, shops, offices) for exactly n units."""
    shops = round(n * 0.03)
    offices = round(n * 0.006)
    return n - shops - offices, shops, offices


def _area(base: float, jitter: float) -> Decimal:
    return Decimal(str(base * (1 + jitter))).quantize(CENT, ROUND_HALF_UP)


def _inner(area: Decimal, ratio: float) -> Decimal:
    return (area * Decimal(str(ratio))).quantize(CENT, ROUND_HALF_UP)


def _phase(index: int, count: int) -> int:
    """Buildings were delivered in phases; the newest few are not delivered yet."""
    if count == 1:
        return 1
    share = index / count
    if share < 0.40:
        return 1
    if share < 0.75:
        return 2
    if share < 0.93 or count < 4:
        return 3
    return 4


def layout(n: int, rng: random.Random) -> tuple[list[BuildingPlan], list[Slot]]:
    """Exactly n units: flats building by building (stairwell, floor, door), then the shop
    street(s), then the office block."""
    flats, shops, offices = split_units(n)
    types = []
    capacity = 0
    while capacity < flats:
        t = BUILDING_TYPES[TYPE_CYCLE[len(types) % len(TYPE_CYCLE)]]
        types.append(t)
        capacity += t.floors * t.stairwells * t.per_floor
    buildings: list[BuildingPlan] = []
    slots: list[Slot] = []
    for i, t in enumerate(types):
        code = str(i + 1)
        phase = _phase(i, len(types))
        ratio = rng.uniform(*t.inner_ratio)
        doors = [rng.choice(t.house_areas) for _ in range(t.per_floor)]  # one flat type per vertical stack
        wells = tuple(str(s + 1) for s in range(t.stairwells))
        used_wells = []
        for well in wells:
            if len(slots) >= flats:
                break
            used_wells.append(well)
            for floor in range(1, t.floors + 1):
                for door in range(1, t.per_floor + 1):
                    if len(slots) >= flats:
                        break
                    base = doors[door - 1]
                    if t.label == "洋房" and floor == t.floors:
                        base = min(175.0, base * 1.02)  # top-floor flats with a terrace, slightly larger
                    area = _area(base, rng.uniform(-0.015, 0.015))
                    slots.append(Slot(code, well, f"{floor}{door:02d}", floor, UnitKind.FLAT, area,
                                      _inner(area, ratio + rng.uniform(-0.004, 0.004)), phase))
        buildings.append(BuildingPlan(code, f"{code}幢", t.floors, tuple(used_wells), phase))
    for s in range(0, shops, SHOPS_PER_STREET):
        code = "S" if s == 0 else f"S{s // SHOPS_PER_STREET + 1}"
        street = min(SHOPS_PER_STREET, shops - s)
        buildings.append(BuildingPlan(code, "沿街商铺" if s == 0 else f"沿街商铺{s // SHOPS_PER_STREET + 1}区",
                                      2, (), 1))
        for k in range(street):
            floor, door = divmod(k, SHOPS_PER_STREET // 2)
            area = _area(rng.choice((32.5, 45.8, 58.2, 86.4, 120.6, 215.3)), rng.uniform(-0.03, 0.03))
            slots.append(Slot(code, None, f"{floor + 1}{door + 1:02d}", floor + 1, UnitKind.SHOP, area,
                              _inner(area, rng.uniform(0.86, 0.92)), 1))
    if offices:
        floors = (offices + OFFICES_PER_FLOOR - 1) // OFFICES_PER_FLOOR + 1
        buildings.append(BuildingPlan("Z", "综合楼", floors, (), 2))
        for k in range(offices):
            floor, door = divmod(k, OFFICES_PER_FLOOR)
            area = _area(rng.choice((86.0, 120.0, 168.0, 245.0, 298.0)), rng.uniform(-0.02, 0.02))
            slots.append(Slot("Z", None, f"{floor + 2}{door + 1:02d}", floor + 2, UnitKind.OFFICE, area,
                              _inner(area, rng.uniform(0.70, 0.78)), 2))
    return buildings, slots


class Quota:
    """Spreads a few deliberate gaps over the community. ``take(i, eligible)`` is asked as
    units are made (i ascending); each target index not yet reached adds one to the debt,
    which the next eligible unit pays. So even a small demo gets ``minimum`` of each gap,
    and a unit that is never asked cannot swallow one."""

    def __init__(self, rng: random.Random, n: int, rate: float, minimum: int = 1):
        k = min(n, max(minimum, round(n * rate)))
        self.targets = sorted(rng.sample(range(n), k))
        self._next = 0
        self.debt = 0

    def take(self, index: int, eligible: bool) -> bool:
        while self._next < len(self.targets) and self.targets[self._next] <= index:
            self._next += 1
            self.debt += 1
        if eligible and self.debt:
            self.debt -= 1
            return True
        return False


# ------------------------------------------------------------------ texts

MANUAL_NOTES = (
    "业主来电反映卫生间顶部渗水，已通知楼上住户并派维修工查看",
    "业主反映楼道灯不亮，已报修",
    "邻里噪音纠纷，楼宇管家已上门协调",
    "业主咨询地下车位租赁事宜，已告知办理流程",
    "业主更换入户门锁，前台已提醒更新备用钥匙登记",
    "业主反映快递多次被放在门口，已提醒快递员送前台",
    "家中老人独居，子女请物业逢节假日上门看望",
    "业主在公共走道堆放杂物，已书面提醒清理",
    "阳台防盗窗安装咨询，已告知须提交装修申请",
    "业主表扬保洁员服务认真，已转达",
)
SHOP_TRADES = ("便利店", "水果店", "洗衣店", "理发店", "面馆", "药店", "快递驿站", "花店", "房产中介", "宠物店",
               "咖啡馆", "早餐店", "五金店", "烟酒店", "培训机构")
OFFICE_TENANTS = ("会计师事务所", "设计工作室", "软件公司", "律师事务所", "教育咨询公司", "贸易公司")
AUTH_NOTES = ("业主长期在外地工作，委托亲属代办", "业主年事已高，委托子女代办", "业主出国，委托朋友代为照看",
              "业主委托其表弟代办物业事务")


def _id_for_foreigner(rng: random.Random, kind: IdType) -> str:
    letters = {IdType.PASSPORT: "E", IdType.HK_MACAO: "H", IdType.TAIWAN: "T"}[kind]
    return letters + f"{rng.randrange(10 ** 8):08d}"


def _corrupt(number: str) -> str:
    """A wrong check digit: the kind of typo old paper files carry."""
    last = number[-1]
    return number[:-1] + ("0" if last != "0" else "1")


# ------------------------------------------------------------------ the step

class _Writer:
    """Rows per table, written in batches in foreign-key order so memory stays flat."""

    ORDER = (Unit, Person, UnitPerson, OwnershipTransfer, DeskInstruction, ChronicleEntry)

    def __init__(self, session: Session):
        self.session = session
        self.rows: dict[type, list[dict]] = {m: [] for m in self.ORDER}
        self.ids: dict[type, int] = {m: 0 for m in self.ORDER}

    def add(self, model: type, row: dict, *, with_id: bool = True) -> int:
        if with_id:
            self.ids[model] += 1
            row["id"] = self.ids[model]
        self.rows[model].append(row)
        return row.get("id", 0)

    def maybe_flush(self) -> None:
        if any(len(r) >= BATCH for r in self.rows.values()):
            self.flush()

    def flush(self) -> None:
        for model in self.ORDER:
            if self.rows[model]:
                bulk(self.session, model, self.rows[model])
                self.rows[model] = []


class _Step:
    def __init__(self, session: Session, ctx: Context, plan: DemoPlan, rng: random.Random):
        self.session = session
        self.plan = plan
        self.today: date = plan.today  # type: ignore[assignment]
        self.rng = rng
        self.names = NameMaker(random.Random(rng.random()), self.today)
        self.out = _Writer(session)
        self.staff = staff()
        self.landlords: list[tuple[int, FakePerson]] = []  # owners who may buy another unit
        y = self.today.year
        # Phase handover dates: about eight, four and one and a half years ago; phase 4 next spring.
        # A longer billing history (`history_years`, see demo/billing.py) moves phase 1 back with
        # it, so that its units have been billed for every quarter of the history.
        self.phase_day = {
            1: date(y - max(8, plan.size("history_years", 0) + 1), 5, 18), 2: date(y - 4, 9, 26),
            3: date(y - 2, 12, 28), 4: date(y + 1, 4, 30),
        }
        n = plan.units
        self.gaps = {
            "no_phone": Quota(rng, n, 0.012), "lease_ended": Quota(rng, n, 0.006),
            "no_lease_end": Quota(rng, n, 0.002), "invalid_id": Quota(rng, n, 0.003),
            "no_id": Quota(rng, n, 0.003), "rented_no_tenant": Quota(rng, n, 0.002),
            "no_delivery_date": Quota(rng, n, 0.002), "occupied_no_owner": Quota(rng, n, 0.001),
            "no_area": Quota(rng, n, 0.001),
        }

    def _who(self, *roles: str) -> str:
        return self.staff[self.rng.choice(roles)] if roles else self.staff["clerk"]

    def _chronicle(self, unit_id: int, when: datetime, kind: ChronicleKind, text: str, *,
                   automatic: bool = True, author: str | None = None) -> None:
        self.out.add(ChronicleEntry, {"unit_id": unit_id, "at": when, "kind": kind, "text": text,
                                      "automatic": automatic, "author": author or self._who("clerk", "clerk2")})

    def _day_between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    # -- people
    def _person(self, fp: FakePerson, since: date, *, phone: bool = True, second_phone: float = 0.2,
                id_kind: str = "valid", notes: str = "") -> int:
        id_type: str | None = IdType.RESIDENT.value
        id_number: str | None = fp.id_number
        if id_kind == "none":
            id_type = id_number = None
        elif id_kind == "invalid":
            id_number = _corrupt(fp.id_number)
        elif id_kind in ("passport", "hk"):
            kind = IdType.PASSPORT if id_kind == "passport" else IdType.HK_MACAO
            id_type, id_number = kind.value, _id_for_foreigner(self.rng, kind)
        number = fp.phone if phone else None
        return self.out.add(Person, {
            "name": fp.name, "initials": fp.initials, "pinyin": fp.pinyin, "id_type": id_type,
            "id_number": id_number, "phone": number,
            "phone2": self.names.phone() if phone and self.rng.random() < second_phone else None,
            "phone_last4": number[-4:] if number else None, "notes": notes,
            "created_at": office_time(self.rng, min(since, self.today)),
        })

    def _tie(self, unit_id: int, person_id: int, relation: Relation, since: date, *, until: date | None = None,
             lease: tuple[date, date | None] | None = None, authorities: tuple[Authority, ...] = (),
             note: str = "", granted_by: int | None = None) -> int:
        return self.out.add(UnitPerson, {
            "unit_id": unit_id, "person_id": person_id, "relation": relation, "since": since, "until": until,
            "lease_start": lease[0] if lease else None, "lease_end": lease[1] if lease else None,
            "authorities": ",".join(a.name for a in authorities), "note": note, "granted_by": granted_by,
        })

    def _owner_id_kind(self, i: int) -> str:
        invalid = self.gaps["invalid_id"].take(i, True)
        missing = self.gaps["no_id"].take(i, not invalid)
        if invalid:
            return "invalid"
        if missing:
            return "none"
        r = self.rng.random()
        return "passport" if r < 0.006 else "hk" if r < 0.012 else "valid"

    # -- one unit
    def unit(self, i: int, slot: Slot, building_id: int, stairwell_id: int | None) -> None:
        rng = self.rng
        phase_day = self.phase_day[slot.phase]
        # The developer handed the files over before each phase's handover (phase 4: lately).
        archived = min(phase_day - timedelta(days=45), self.today - timedelta(days=120))
        if slot.phase == 4:
            state, delivered = UnitState.UNDELIVERED, None
        else:
            delivered = min(self.today, phase_day + timedelta(days=int(rng.expovariate(1 / 25))))
            state = self._state(slot, rng)
            if state is UnitState.UNDELIVERED:
                delivered = None
        no_area = self.gaps["no_area"].take(i, state is UnitState.UNDELIVERED)
        no_delivery_date = self.gaps["no_delivery_date"].take(i, delivered is not None and slot.phase == 1)
        notes = ""
        if no_area:
            notes = "面积待实测，暂未登记"
        elif slot.kind is UnitKind.FLAT and slot.floor == 1 and rng.random() < 0.3:
            notes = "一楼带入户花园"
        elif slot.kind is UnitKind.FLAT and rng.random() < 0.01:
            notes = "顶楼，带露台"
        unit_id = self.out.add(Unit, {
            "code": unit_code(slot.building, slot.stairwell, slot.room), "building_id": building_id,
            "stairwell_id": stairwell_id, "room": slot.room, "floor": slot.floor, "kind": slot.kind,
            "state": state, "building_area": None if no_area else slot.building_area,
            "inner_area": None if no_area else slot.inner_area,
            "delivered_on": None if no_delivery_date else delivered, "notes": notes,
            "created_at": at(archived, 10), "updated_at": at(delivered or archived, 16),
        })
        area_text = "待实测" if no_area else f"{slot.building_area} ㎡"
        self._chronicle(unit_id, at(archived, 10), ChronicleKind.CREATED,
                        f"建档：{slot.kind.value}，建筑面积 {area_text}，状态 {UnitState.UNDELIVERED.value}",
                        author=self.staff["supervisor"])

        # Owners: a unit in phases 1–3 was sold; most of phase 4 is pre-sold.
        has_owner = slot.phase < 4 or rng.random() < 0.7
        if self.gaps["occupied_no_owner"].take(i, state is UnitState.OCCUPIED):
            has_owner = False
        bought = min(phase_day - timedelta(days=rng.randrange(60, 500)), archived + timedelta(days=30))
        if state is UnitState.UNDELIVERED and slot.phase < 4:
            # 未交房 in a phase handed over years ago: the developer kept the unit back and sold it
            # lately; its owner bought it 1–6 months ago and has not yet come for the keys (交房).
            bought = self.today - timedelta(days=30 + (phase_day - bought).days % 150)
        owners: list[tuple[int, FakePerson]] = []
        # owners who bought before the developer handed the files over (建档) are owners on the file from
        # the day after it: their 起始日期, their entry in the 大事记 and what follows from them (family,
        # authorised people, handover) never come before the unit has a file
        bought = max(bought, archived + timedelta(days=1))
        if has_owner:
            owners = self._owners(i, unit_id, slot, bought, state, bought)
        if delivered is not None and owners:
            self._chronicle(unit_id, office_time(rng, delivered), ChronicleKind.DELIVERY,
                            f"交房：业主 {owners[0][1].name} 办理交房手续，领取入户钥匙 3 把、信箱钥匙 1 把",
                            author=self._who("steward", "steward2"))
        if delivered is not None:
            self._chronicle(unit_id, office_time(rng, delivered), ChronicleKind.STATE,
                            f"状态由 {UnitState.UNDELIVERED.value} 改为 {UnitState.VACANT.value}（交房）")
            if state is not UnitState.VACANT:
                changed = self._day_between(delivered + timedelta(days=20), self.today)
                self._chronicle(unit_id, office_time(rng, changed), ChronicleKind.STATE,
                                f"状态由 {UnitState.VACANT.value} 改为 {state.value}")
        if owners and delivered is not None and slot.phase <= 2 and rng.random() < 0.018:
            owners = self._transfer(unit_id, owners, delivered)
        if state is UnitState.OCCUPIED and owners and slot.kind is UnitKind.FLAT:
            self._family(unit_id, owners, delivered or bought)
        rented_no_tenant = self.gaps["rented_no_tenant"].take(i, state is UnitState.RENTED)
        if state is UnitState.RENTED and not rented_no_tenant:
            self._tenants(i, unit_id, slot, delivered or self.today)
        if owners and state is not UnitState.UNDELIVERED and rng.random() < 0.05:
            self._authorised(unit_id, owners, delivered or bought)
        elif state is UnitState.DECORATING and owners:
            self._decoration_instruction(unit_id)
        if owners and state is not UnitState.UNDELIVERED and rng.random() < 0.02:
            self._instruction(unit_id, "仅限业主本人借用钥匙，他人凭业主书面授权办理", delivered or self.today, None)
        if delivered is not None and rng.random() < 0.035:
            day = self._day_between(delivered, self.today)
            self._chronicle(unit_id, office_time(rng, day), ChronicleKind.MANUAL, rng.choice(MANUAL_NOTES),
                            automatic=False, author=self._who("clerk", "clerk2", "steward", "steward2"))

    def _state(self, slot: Slot, rng: random.Random) -> UnitState:
        r = rng.random()
        if slot.kind is UnitKind.SHOP:
            return UnitState.RENTED if r < 0.6 else UnitState.OCCUPIED if r < 0.85 else UnitState.VACANT
        if slot.kind is UnitKind.OFFICE:
            return UnitState.RENTED if r < 0.5 else UnitState.OCCUPIED if r < 0.8 else UnitState.VACANT
        if slot.phase == 3:
            table = ((0.55, UnitState.OCCUPIED), (0.67, UnitState.RENTED), (0.86, UnitState.VACANT),
                     (0.97, UnitState.DECORATING), (1.0, UnitState.UNDELIVERED))
        else:
            table = ((0.72, UnitState.OCCUPIED), (0.89, UnitState.RENTED), (0.97, UnitState.VACANT),
                     (0.98, UnitState.DECORATING), (1.0, UnitState.UNDELIVERED))
        return next(s for limit, s in table if r < limit)

    def _owners(self, i: int, unit_id: int, slot: Slot, since: date, state: UnitState, filed: date
                ) -> list[tuple[int, FakePerson]]:
        rng = self.rng
        if state in (UnitState.RENTED, UnitState.VACANT) and self.landlords and rng.random() < 0.08:
            # The same person owns a second unit (an investment flat or a shop): one person, two ties.
            pid, fp = self.landlords[rng.randrange(len(self.landlords))]
            self._tie(unit_id, pid, Relation.OWNER, since)
            self._chronicle(unit_id, office_time(rng, filed), ChronicleKind.PEOPLE,
                            f"登记{Relation.OWNER.value}：{fp.name}")
            return [(pid, fp)]
        first = self.names.person(min_age=28, max_age=72)
        people = [first]
        r = rng.random()
        if slot.kind is UnitKind.FLAT and r < 0.40:
            people.append(self.names.person(min_age=max(25, (self.today - first.born).days // 365 - 5),
                                            max_age=(self.today - first.born).days // 365 + 5,
                                            male=not first.male))
        elif slot.kind is UnitKind.FLAT and r < 0.42:
            people.append(self.names.person(min_age=60, max_age=85, surname=first.surname))
        out = []
        for k, fp in enumerate(people):
            no_phone = self.gaps["no_phone"].take(i, True) if k == 0 else False
            id_kind = self._owner_id_kind(i) if k == 0 else "valid"
            pid = self._person(fp, since, phone=not no_phone, id_kind=id_kind)
            self._tie(unit_id, pid, Relation.OWNER, since)
            if k == 0 and len(people) == 1 and id_kind == "valid" and not no_phone and len(self.landlords) < 400:
                self.landlords.append((pid, fp))
            self._chronicle(unit_id, office_time(rng, filed), ChronicleKind.PEOPLE,
                            f"登记{Relation.OWNER.value}：{fp.name}")
            out.append((pid, fp))
        return out

    def _transfer(self, unit_id: int, owners: list[tuple[int, FakePerson]], delivered: date
                  ) -> list[tuple[int, FakePerson]]:
        """产权变更: end the old owners' ties (kept as history), the buyers come in."""
        rng = self.rng
        on = self._day_between(delivered + timedelta(days=400), self.today - timedelta(days=20))
        for t in self.out.rows[UnitPerson][-len(owners):]:
            t["until"] = on
        buyer = self.names.person(min_age=26, max_age=60)
        pid = self._person(buyer, on)
        self._tie(unit_id, pid, Relation.OWNER, on, note="二手房买入")
        new = [(pid, buyer)]
        if rng.random() < 0.5:
            spouse = self.names.person(min_age=26, max_age=60, male=not buyer.male)
            sid = self._person(spouse, on)
            self._tie(unit_id, sid, Relation.OWNER, on, note="二手房买入")
            new.append((sid, spouse))
        old_names = "、".join(fp.name for _, fp in owners)
        new_names = "、".join(fp.name for _, fp in new)
        when = office_time(rng, on)
        self.out.add(OwnershipTransfer, {
            "unit_id": unit_id, "transferred_on": on, "previous_owners": old_names, "new_owners": new_names,
            "reference": f"浙({on.year})杭州市不动产权第{rng.randrange(10 ** 7):07d}号", "note": "二手房买卖",
            "created_at": when, "created_by": self.staff["supervisor"],
        })
        self._chronicle(unit_id, when, ChronicleKind.TRANSFER,
                        f"产权变更（{on:%Y-%m-%d}）：{old_names} → {new_names}", author=self.staff["supervisor"])
        return new

    def _family(self, unit_id: int, owners: list[tuple[int, FakePerson]], since: date) -> None:
        rng = self.rng
        head = owners[0][1]
        age = (self.today - head.born).days // 365
        kids = rng.choice((0, 0, 1, 1, 1, 2)) if age < 60 else 0
        for _ in range(kids):
            child = self.names.person(min_age=3, max_age=max(4, min(30, age - 22)), surname=head.surname)
            adult = (self.today - child.born).days >= 18 * 365
            pid = self._person(child, since, phone=adult and rng.random() < 0.6,
                               id_kind="valid" if rng.random() < 0.5 else "none")
            self._tie(unit_id, pid, Relation.FAMILY, since, note="子女")
        if rng.random() < 0.12:
            elder = self.names.person(min_age=max(age + 20, 62), max_age=max(age + 32, 75), surname=head.surname)
            pid = self._person(elder, since, phone=rng.random() < 0.5, id_kind="valid")
            self._tie(unit_id, pid, Relation.FAMILY, since, note="父母")

    def _tenants(self, i: int, unit_id: int, slot: Slot, delivered: date) -> None:
        rng = self.rng
        years = rng.choice((1, 1, 2))
        start = self._day_between(max(delivered + timedelta(days=30), self.today - timedelta(days=years * 365 - 10)),
                                  self.today - timedelta(days=10))
        end: date | None = start.replace(year=start.year + years) - timedelta(days=1) \
            if not (start.month == 2 and start.day == 29) else date(start.year + years, 2, 28)
        ended = self.gaps["lease_ended"].take(i, True)
        open_ended = self.gaps["no_lease_end"].take(i, not ended)
        if ended:
            end = self.today - timedelta(days=rng.randrange(5, 90))
            start = end.replace(year=end.year - 1) + timedelta(days=1) if not (end.month == 2 and end.day == 29) \
                else date(end.year - 1, 3, 1)
        elif open_ended:
            end = None
        note = ""
        if slot.kind is UnitKind.SHOP:
            note = f"经营：{rng.choice(SHOP_TRADES)}"
        elif slot.kind is UnitKind.OFFICE:
            note = f"承租单位：{rng.choice(OFFICE_TENANTS)}"
        count = 2 if slot.kind is UnitKind.FLAT and rng.random() < 0.35 else 1
        # A previous tenant who moved out, kept as the unit's history.
        if rng.random() < 0.15 and start - timedelta(days=400) > delivered:
            prev = self.names.person(min_age=22, max_age=55)
            prev_start = start - timedelta(days=rng.randrange(380, 760))
            pid = self._person(prev, prev_start)
            self._tie(unit_id, pid, Relation.TENANT, prev_start, until=start - timedelta(days=1),
                      lease=(prev_start, start - timedelta(days=1)), note=note)
        for k in range(count):
            fp = self.names.person(min_age=22, max_age=58)
            kind = "valid" if k else ("invalid" if rng.random() < 0.004 else "none" if rng.random() < 0.01
                                      else "valid")
            pid = self._person(fp, start, id_kind=kind)
            self._tie(unit_id, pid, Relation.TENANT, start, lease=(start, end), note=note)
            self._chronicle(unit_id, office_time(rng, start), ChronicleKind.PEOPLE,
                            f"登记{Relation.TENANT.value}：{fp.name}")

    def _authorised(self, unit_id: int, owners: list[tuple[int, FakePerson]], since: date) -> None:
        rng = self.rng
        fp = self.names.person(min_age=25, max_age=65)
        rights = rng.choice(((Authority.KEYS,), (Authority.MAIL,), (Authority.KEYS, Authority.MAIL),
                             (Authority.MAIL, Authority.RELEASE), tuple(Authority)))
        start = self._day_between(since, self.today)
        pid = self._person(fp, start, id_kind="valid")
        self._tie(unit_id, pid, Relation.AUTHORISED, start, authorities=rights, note=rng.choice(AUTH_NOTES),
                  granted_by=owners[0][0])
        self._chronicle(unit_id, office_time(rng, start), ChronicleKind.PEOPLE,
                        f"登记{Relation.AUTHORISED.value}：{fp.name}")
        what = "、".join(a.value for a in rights)
        ends = start + timedelta(days=rng.choice((180, 365, 730))) if rng.random() < 0.6 else None
        self._instruction(unit_id, f"业主 {owners[0][1].name} 授权 {fp.name} {what}，凭本人身份证办理", start, ends)

    def _decoration_instruction(self, unit_id: int) -> None:
        rng = self.rng
        boss = self.names.person(min_age=30, max_age=55, male=True)
        start = self.today - timedelta(days=rng.randrange(5, 60))
        self._instruction(unit_id, f"装修期间由装修负责人 {boss.name}（{boss.phone[:3]}****{boss.phone[-4:]}）"
                                   f"凭业主授权书借用钥匙，每日 18:00 前归还", start, start + timedelta(days=90))

    def _instruction(self, unit_id: int, text: str, starts: date, ends: date | None) -> None:
        rng = self.rng
        created = office_time(rng, min(starts, self.today))
        author = self._who("clerk", "clerk2", "supervisor")
        withdrawn = None
        if ends is None and rng.random() < 0.08:
            withdrawn = office_time(rng, self._day_between(starts, self.today))
        self.out.add(DeskInstruction, {"unit_id": unit_id, "text": text, "starts_on": starts, "ends_on": ends,
                                       "created_at": created, "created_by": author, "withdrawn_at": withdrawn})
        period = f"{starts:%Y-%m-%d} 起" + (f"至 {ends:%Y-%m-%d}" if ends else "")
        self._chronicle(unit_id, created, ChronicleKind.INSTRUCTION, f"前台须知（{period}）：{text}", author=author)

    # -- the whole community
    def run(self) -> None:
        session = self.session
        bulk(session, Community, [{"id": 1, **COMMUNITY}])
        buildings, slots = layout(self.plan.units, self.rng)
        building_ids: dict[str, int] = {}
        stairwell_ids: dict[tuple[str, str], int] = {}
        b_rows, s_rows = [], []
        for k, b in enumerate(buildings, start=1):
            building_ids[b.code] = k
            b_rows.append({"id": k, "community_id": 1, "code": b.code, "name": b.name, "floors": b.floors})
            for well in b.stairwells:
                stairwell_ids[(b.code, well)] = len(s_rows) + 1
                s_rows.append({"id": len(s_rows) + 1, "building_id": k, "code": well})
        bulk(session, Building, b_rows)
        bulk(session, Stairwell, s_rows)
        for i, slot in enumerate(slots):
            self.unit(i, slot, building_ids[slot.building],
                      stairwell_ids[(slot.building, slot.stairwell)] if slot.stairwell else None)
            if i % 500 == 0:
                check_cancel()
            self.out.maybe_flush()
        self.out.flush()


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    _Step(session, ctx, plan, rng).run()
