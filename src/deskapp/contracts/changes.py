"""The change flags: which kind of data a write changed, so each view refreshes only on its own.

A write service declares its flags (`@changes(Change.KEYS, Change.CHRONICLE)`, deskapp.services
.changes); the GUI's errors.call and Job announce them on the desk's ChangeBus after the call, and
a view listens for the flags of what it shows. A str enum: a flag equals its old literal, and a
misspelt member is an AttributeError at import."""
from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    UNITS = "units"  # the unit register, a unit's facts and state
    PEOPLE = "people"  # owners, tenants and contacts of units
    CHRONICLE = "chronicle"  # a unit's chronicle (significant events)
    INSTRUCTIONS = "instructions"  # front-desk instructions on a unit
    RECEPTION = "reception"  # requests, repairs, registers, notices, handovers, the morning list
    KEYS = "keys"  # keys in custody, loans, cards, parking, the monthly count
    ROUNDS = "rounds"  # the steward's rounds, decoration, release slips, surveys, move-ins
    BILLS = "bills"  # bills of a bill run
    PAYMENTS = "payments"  # receipts, payments and refunds, the cashier's handover
    FACILITIES = "facilities"  # public facilities (公共设施): bookings, closures, checks
    INVOICES = "invoices"  # invoice requests and the buyers' titles (发票)
    DUNNING = "dunning"  # reminders and arrears follow-up
    READINGS = "readings"  # meter readings
    MEETINGS = "meetings"  # the morning meeting (早会) and its assignments
    OCCUPANCY = "occupancy"  # vacant-unit checks and tenants' leases (空置房 / 出租单元)
    LIAISON = "liaison"  # the authorities' contacts book and the liaison log (对外联络)
    COMMUNITY = "community"  # bulletin boards and community activities (宣传板报 / 社区文化活动)
    LIBRARY = "library"  # the desk's documents and their versions (文件资料)
    METERS = "meters"  # the meters themselves
    STANDARDS = "standards"  # charge standards
    SETTINGS = "settings"  # system settings
    CALENDAR = "calendar"  # the duty calendar's holidays (工作日历)
    COMPLETENESS = "completeness"  # the file completeness check's runs (档案完整性检查)
    BACKUP = "backup"  # backups taken
