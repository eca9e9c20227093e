"""单元大事记: the kinds of events a unit's chronicle records."""
from __future__ import annotations

import enum


class ChronicleKind(str, enum.Enum):
    CREATED = "建档"
    STATE = "状态变更"
    PEOPLE = "人员变更"
    TRANSFER = "产权变更"
    INSTRUCTION = "前台须知"
    DELIVERY = "交房"
    DECORATION = "装修"
    CARD = "卡证"
    KEY = "钥匙"
    BILLING = "收费"
    SERVICE = "客服"
    IMPORT = "导入"
    MANUAL = "手工记录"
