"""The 收费通知单's settings, in a module light enough for the settings page (no reportlab)."""
from __future__ import annotations

from deskapp.services import settings

DUE_DAYS = settings.declare("billing.notice_due_days", 15, "收费通知单缴费期限（开具后天数）", minimum=1, maximum=365)
BANK = settings.declare("billing.bank_account", "", "转账收款账户（户名、开户行、账号，印在收费通知单上；留空不印）",
                        max_length=160)
PAY_QR = settings.declare("billing.pay_qr", "", "扫码缴费内容（收款码链接，印成二维码；留空不印）", max_length=300)
