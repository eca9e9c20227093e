"""The service centre as its papers head it."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CENTRE_NAME = "物业服务中心"


@dataclass(frozen=True)
class Centre:
    name: str = DEFAULT_CENTRE_NAME  # 服务中心名称, printed at the head of every form
    community: str = ""  # 小区名称
    address: str = ""
    phone: str = ""
