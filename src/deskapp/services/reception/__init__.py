"""前台接待 (reception): requests and complaints, repair orders, defects, reception log, shift
handover, mail, notices, violations. Other areas hand work to the desk through the two
functions below, inside their own transaction."""
from __future__ import annotations

from deskapp.services.reception._common import OFFICE_HOURS
from deskapp.services.reception.repairs import create_repair_order_in
from deskapp.services.reception.requests import create_request_in

# OFFICE_HOURS: the setting's key, which the demo's centre sets
__all__ = ["OFFICE_HOURS", "create_repair_order_in", "create_request_in"]

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# registers: defects recorded at move-in (rounds); notices: the owner told of a lease ending (occupancy); repair_fees: the 有偿维修 orders billing's 临时收费 pays (billing); the package itself exports create_request_in / create_repair_order_in.
OPEN_TO_OTHER_AREAS = ("notices", "registers", "repair_fees")
