"""deskapp — 物业客服台: the front desk of a residential property service centre."""

__version__ = "0.1.0"
