"""Masking of personal data (PIPL): what a role that may not see it is shown."""
from __future__ import annotations


def mask_id_number(number: str | None) -> str:
    """Keep the first 3 and last 4 characters: 110***********002X."""
    if not number:
        return ""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_phone(phone: str | None) -> str:
    """138****1234 for a mobile; a landline keeps its area code and last 4 digits."""
    if not phone:
        return ""
    digits = phone.strip()
    if len(digits) == 11 and digits.isdigit():
        return digits[:3] + "****" + digits[-4:]
    if "-" in digits:
        area, rest = digits.split("-", 1)
        return area + "-" + "*" * max(len(rest) - 4, 0) + rest[-4:]
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]
