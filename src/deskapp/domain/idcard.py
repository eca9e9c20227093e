"""Identity documents. 居民身份证 numbers follow GB 11643-1999 (ISO 7064 MOD 11-2 check digit)."""
from __future__ import annotations

import enum
import re
from datetime import date

from deskapp.domain.errors import ValidationError


class IdType(str, enum.Enum):
    RESIDENT = "居民身份证"
    PASSPORT = "护照"
    HK_MACAO = "港澳居民来往内地通行证"
    TAIWAN = "台湾居民来往大陆通行证"
    FOREIGN_PR = "外国人永久居留身份证"
    OTHER = "其他证件"


_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")


def check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return _CHECK[total % 11]


def resident_id_problem(number: str) -> str | None:
    """Why a 居民身份证 number is invalid, or None when it is valid."""
    n = number.strip().upper()
    if len(n) == 15 and n.isdigit():
        return "15 位旧身份证号已停用，请登记 18 位号码"
    if len(n) != 18:
        return f"应为 18 位，现为 {len(n)} 位"
    if not _SHAPE.match(n):
        return "前 17 位应为数字，末位为数字或 X"
    if n[:2] in {"00", "10", "20", "30", "40", "60", "70", "80", "90"}:
        return "地区码无效"
    try:
        born = date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return "出生日期无效"
    if born.year < 1890 or born > date.today():
        return "出生日期无效"
    if check_digit(n[:17]) != n[17]:
        return "校验位不符"
    return None


def normalise_id_number(id_type: IdType, number: str, *, field: str = "证件号码") -> str:
    """The number as stored: trimmed, upper-case; raises ValidationError when invalid."""
    n = "".join(number.split()).upper()
    if not n:
        raise ValidationError(field, "不能为空")
    if id_type is IdType.RESIDENT:
        problem = resident_id_problem(n)
        if problem:
            raise ValidationError(field, f"居民身份证号码无效（{problem}）")
    elif len(n) < 5 or len(n) > 30:
        raise ValidationError(field, "长度应为 5 到 30 个字符")
    return n


def make_resident_id(region: str, born: date, sequence: int) -> str:
    """A checksum-valid number (for fictitious demo people)."""
    body = f"{region}{born:%Y%m%d}{sequence % 1000:03d}"
    return body + check_digit(body)
