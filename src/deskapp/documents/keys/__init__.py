"""Printed key, card and parking forms (钥匙与卡)."""
