"""Permissions, settings and small helpers the billing modules share."""
from __future__ import annotations

from datetime import date, timedelta

from deskapp.domain.billing_one_off import ADHOC_ITEMS as ONE_OFF_ADHOC
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.services import settings
from deskapp.store.queries import calendar as calendar_queries
from deskapp.store.uow import Session

VIEW = define("billing.view", "查看收费", DESK)
STANDARDS = define("billing.standards", "设置收费标准", SUPERVISORS)
RUN = define("billing.run", "生成季度账单", SUPERVISORS)
COLLECT = define("billing.collect", "前台收费开收据", DESK)
VOID = define("billing.void", "作废收据", DESK)
VOID_FROZEN = define("billing.void.frozen", "作废已移交的收据", SUPERVISORS)
HANDOVER = define("billing.handover", "费用移交", DESK)
DUN = define("billing.dun", "催缴与联系记录", DESK)
WAIVE = define("billing.waive", "减免滞纳金", SUPERVISORS)

VACANT_PERCENT = settings.declare("billing.vacant_percent", 100, "空置房物业费收取比例（%）", maximum=100)
SHARED_DELIVERED_ONLY = settings.declare("billing.shared_delivered_only", True, "公摊仅计入已交房的房屋")
DUE_DAYS = settings.declare("billing.due_days", 30, "账单缴费期限（季度结束后天数）")
NOTICE_SIZE = settings.declare("billing.notice_size", "A4", "收费通知单纸张", choices=["A4", "A5"])
LATE_FEE = settings.declare("billing.late_fee", False, "收取滞纳金")
LATE_RATE = settings.declare("billing.late_fee_daily_rate", "0.0005", "滞纳金日费率", kind="decimal",
                              maximum="0.01")
LATE_GRACE = settings.declare("billing.late_fee_grace_days", 30, "滞纳金宽限天数")
RECEIPT_PREFIX = settings.declare("billing.receipt_prefix", "SJ", "收据编号前缀", blank=False, max_length=6,
                                  pattern=r"[A-Za-z0-9]+", pattern_hint="只能用字母和数字，如 SJ",
                                  confirm="改了前缀，之后开的收据从新前缀的第 1 号编起（如 SK2026-000001），"
                                          "已开收据的编号不变，两个前缀的收据分开编号。")
# How centres print receipts: a page per part on A5 paper, or 存根 and 客户联 on one A4 cut in two.
RECEIPT_PAPER = settings.declare("billing.receipt_paper", "A4 两联", "收据纸张和联数",
                                 choices=["A4 两联", "A5 两联", "A5 三联", "241 套打"])
# 套打 on pre-printed continuous forms: each dot-matrix printer feeds the form a little off, so the
# values are moved by whole millimetres (right and down positive) until they sit on the form's lines.
RECEIPT_OFFSET_X = settings.declare("billing.receipt_offset_x", 0, "套打收据水平偏移（毫米，向右为正）",
                                    minimum=-30, maximum=30)
RECEIPT_OFFSET_Y = settings.declare("billing.receipt_offset_y", 0, "套打收据垂直偏移（毫米，向下为正）",
                                    minimum=-30, maximum=30)
PAY_HOW = settings.declare("billing.pay_how", "请到物业服务中心前台缴费（8:30–17:30），可用现金、微信、支付宝、银行卡或转账。",
                           "缴费方式说明", blank=False, max_length=200)
# 临时收费 at the counter: the items the supervisor allows, so registers add them up by item
ADHOC_ITEMS = settings.declare("billing.adhoc_items", list(ONE_OFF_ADHOC), "临时收费项目", max_length=20)
DUNNING_DAYS = settings.declare("billing.dunning_days", 7, "催缴期限（天）", minimum=1)




def holidays_between(session: Session, first: date, last: date) -> frozenset[date]:
    """The duty calendar's holidays from `first` to a month past `last` (a deadline falling on the
    last of them moves past a whole 春节 or 国庆 run): a paper's 缴费期限 is moved past them."""
    return frozenset(h.day for h in calendar_queries.holidays(session, first, last + timedelta(days=31)))
