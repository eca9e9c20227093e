"""What the facilities' services share: the permissions, the approval setting, a facility looked up."""
from __future__ import annotations

from deskapp.domain.errors import found
from deskapp.domain.facilities import FacilityKind
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.services import settings
from deskapp.store.models.facilities import Facility
from deskapp.store.uow import UnitOfWork

VIEW = define("facilities.view", "查看公共设施及预约", DESK)
BOOK = define("facilities.book", "登记公共设施预约", DESK)
MANAGE = define("facilities.manage", "维护公共设施、审批预约、停用维护", SUPERVISORS)
CHECK = define("facilities.check", "公共设施开馆、闭馆检查", DESK)

APPROVAL = settings.declare(
    "facilities.approval_kinds", [FacilityKind.CLUBHOUSE.value, FacilityKind.MEETING_ROOM.value],
    "需主管审批预约的设施类别（会所、健身房、球场、会议室、货梯）")


def facility_of(uow: UnitOfWork, facility_id: int) -> Facility:
    return found(uow.facilities.facility(facility_id), "没有这个公共设施")
