"""The centre's account map for the accounting vouchers (系统设置 ▸ 收费): each account as
"code name", defaults from 企业会计准则. Light on purpose: the settings page imports it."""
from __future__ import annotations

from deskapp.domain.billing_vouchers import DEFAULT_CODES, Account, parse_account
from deskapp.services import settings
from deskapp.services.context import Context

KEYS = {
    account: settings.declare(f"billing.account.{account.name.lower()}", f"{DEFAULT_CODES[account]} {account.value}",
                              f"凭证科目：{account.value}", blank=False, max_length=60,
                              pattern=r"[0-9A-Za-z.]{1,20} +\S.*",
                              pattern_hint="科目代码、空格、科目名称，如 1001 库存现金")
    for account in Account
}


def account_map(ctx: Context) -> dict[Account, tuple[str, str]]:
    """Each account's (code, name) as set for this centre."""
    return {account: parse_account(settings.get(ctx, key)) for account, key in KEYS.items()}
