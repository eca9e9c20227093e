"""Fictitious but realistic people for the demo: Chinese names with their pinyin keys,
mobile numbers, checksum-valid 居民身份证 numbers. A helper for every area's demo step
(no ORDER, so it is not a step itself)."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from deskapp.domain.idcard import make_resident_id
from deskapp.services.registry import pinyin

# Surnames by rough frequency (王 李 张 刘 陈 lead); weights are relative.
SURNAMES = (
    ("王", 72), ("李", 71), ("张", 68), ("刘", 52), ("陈", 46), ("杨", 31), ("黄", 24), ("赵", 20),
    ("吴", 19), ("周", 19), ("徐", 15), ("孙", 14), ("马", 13), ("朱", 12), ("胡", 11), ("郭", 11),
    ("何", 10), ("高", 10), ("林", 10), ("罗", 9), ("郑", 9), ("梁", 8), ("谢", 7), ("宋", 6),
    ("唐", 6), ("许", 6), ("韩", 6), ("冯", 5), ("邓", 5), ("曹", 5), ("彭", 5), ("曾", 5),
    ("肖", 4), ("田", 4), ("董", 4), ("袁", 4), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4),
    ("余", 4), ("杜", 3), ("叶", 3), ("程", 3), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3),
    ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 2), ("崔", 2), ("钟", 2), ("谭", 2),
    ("陆", 2), ("汪", 2), ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 2), ("夏", 2),
    ("韦", 2), ("方", 2), ("邹", 2), ("熊", 2), ("孟", 2), ("秦", 2), ("白", 2), ("江", 2),
    ("阎", 1), ("薛", 1), ("尹", 1), ("段", 1), ("雷", 1), ("黎", 1), ("史", 1), ("龙", 1),
    ("陶", 1), ("贺", 1), ("顾", 1), ("毛", 1), ("郝", 1), ("龚", 1), ("邵", 1), ("万", 1),
    ("钱", 1), ("严", 1), ("欧阳", 1), ("诸葛", 1), ("司马", 1),
)
_GIVEN_MALE = (
    "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 峰 "
    "建国 建华 志强 志明 海涛 晓东 文博 子豪 浩然 宇轩 俊杰 国平 永刚 卫东 振华 家豪 天佑 一鸣 "
    "思远 博文 明辉 建军 立新 德明 正阳 嘉诚 泽宇 子轩 承志 国庆 红军 春生 光明 长江 学军"
).split()
_GIVEN_FEMALE = (
    "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 慧 莹 琳 洁 倩 颖 媛 萍 红 梅 兰 琴 云 莉 蕾 菲 "
    "秀英 桂英 玉兰 秀兰 丽娟 晓燕 海燕 雅琴 欣怡 梓涵 诗涵 雨桐 佳怡 思琪 梦瑶 紫萱 "
    "淑珍 美玲 春梅 秋菊 文静 晓红 丽华 婉婷 若曦 可馨 一诺 语嫣 嘉欣 慧敏 雪梅 晓丽"
).split()

# Region codes (first six digits of the ID number): mostly Hangzhou, some from elsewhere.
REGIONS = (
    ("330106", 30), ("330105", 14), ("330102", 10), ("330108", 8), ("330110", 8), ("330109", 6),
    ("330381", 4), ("330421", 3), ("330621", 3), ("340102", 3), ("320102", 3), ("360102", 3),
    ("410105", 2), ("420106", 2), ("430102", 2), ("510104", 2), ("370102", 2), ("350102", 2),
    ("110105", 1), ("310104", 1), ("440106", 1), ("230102", 1),
)
_MOBILE_PREFIXES = ("138", "139", "137", "136", "135", "150", "151", "152", "158", "159", "187", "188",
                    "182", "130", "131", "132", "155", "156", "186", "133", "153", "180", "181", "189",
                    "177", "199", "173", "185", "183", "157")


@lru_cache(maxsize=None)
def pinyin_keys(part: str) -> tuple[str, str]:
    """(initials, full pinyin) as the registry service stores them. pypinyin takes about
    half a millisecond a name, too slow for 50,000 people: the demo converts each surname
    and each given name once and joins them (names are drawn from these lists)."""
    return pinyin.initials(part), pinyin.full(part)


def name_keys(surname: str, given: str) -> tuple[str, str]:
    s_init, s_full = pinyin_keys(surname)
    g_init, g_full = pinyin_keys(given)
    return s_init + g_init, s_full + g_full


@dataclass(frozen=True)
class FakePerson:
    name: str
    surname: str
    male: bool
    born: date
    id_number: str
    phone: str
    initials: str
    pinyin: str

    @property
    def phone_last4(self) -> str:
        return self.phone[-4:]


class NameMaker:
    """Draws people from ``rng`` (deterministic for the step's seed)."""

    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today
        self._surnames = [s for s, _ in SURNAMES]
        self._surname_weights = [w for _, w in SURNAMES]
        self._regions = [r for r, _ in REGIONS]
        self._region_weights = [w for _, w in REGIONS]
        self._phones: set[str] = set()
        self._ids: set[str] = set()

    def surname(self) -> str:
        return self.rng.choices(self._surnames, self._surname_weights)[0]

    def given(self, male: bool) -> str:
        return self.rng.choice(_GIVEN_MALE if male else _GIVEN_FEMALE)

    def name(self, male: bool | None = None, surname: str | None = None) -> tuple[str, str, str, bool]:
        """(full name, surname, given name, male)."""
        male = self.rng.random() < 0.5 if male is None else male
        surname = surname or self.surname()
        given = self.given(male)
        return surname + given, surname, given, male

    def birthday(self, min_age: int, max_age: int) -> date:
        days = self.rng.randrange(min_age * 365, max_age * 365 + 1)
        return self.today - timedelta(days=days)

    def phone(self) -> str:
        """A mobile number not yet given out in this run."""
        while True:
            number = self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if number not in self._phones:
                self._phones.add(number)
                return number

    def id_number(self, born: date, male: bool) -> str:
        """A number not yet given out in this run: two people sharing one is a finding of
        the completeness check, which the demo must not invent by chance."""
        while True:
            region = self.rng.choices(self._regions, self._region_weights)[0]
            seq = self.rng.randrange(0, 500) * 2 + (1 if male else 0)  # 17th digit: odd for men
            number = make_resident_id(region, born, seq)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def person(self, *, min_age: int = 25, max_age: int = 75, male: bool | None = None,
               surname: str | None = None) -> FakePerson:
        name, surname, given, male = self.name(male, surname)
        born = self.birthday(min_age, max_age)
        initials, full = name_keys(surname, given)
        return FakePerson(name, surname, male, born, self.id_number(born, male), self.phone(), initials, full)
