"""What the occupancy services share: the permissions and the check cadence setting (a light module:
the settings page imports it)."""
from __future__ import annotations

import json

from deskapp.domain.occupancy import Cadence
from deskapp.domain.permissions import DESK, define
from deskapp.services import settings
from deskapp.store.repositories.settings import SettingsRepository
from deskapp.store.uow import Session

VIEW = define("occupancy.view", "查看空置房与出租房屋", DESK)
CHECK = define("occupancy.check", "记录空置房巡查", DESK)
TENANT = define("occupancy.tenant", "登记租户及租期", DESK)
NOTIFY = define("occupancy.notify", "通知业主租约到期", DESK)
EXPORT = define("occupancy.export", "导出空置房巡查和出租房屋登记表", DESK)

CADENCE = settings.declare("occupancy.vacant_check_cadence", Cadence.MONTHLY.value, "空置房巡查周期",
                           choices=[c.value for c in Cadence])


def cadence(session: Session) -> Cadence:
    """Read in the caller's session (no second connection while it may be writing)."""
    row = SettingsRepository(session).setting(CADENCE)
    return Cadence(json.loads(row.value) if row is not None else settings.declared()[CADENCE][0])
