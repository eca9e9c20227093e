"""The supervisor's view of the audit trail: filter, page, export; and the events other
areas record that are not writes (prints, exports)."""
from __future__ import annotations

import hashlib
from functools import cache
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from deskapp.domain.local_time import day_start, naive_local, zoned_text
from deskapp.documents import xlsx
from deskapp.domain import audit_words
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.permissions import SUPERVISORS, actions, define
from deskapp.services import audit, exports, settings
from deskapp.services.accounts.audit_fields import FIELD_LABELS
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.store.queries import accounts as q
from deskapp.store.queries import audit_numbers
from deskapp.contracts.accounts import AuditFilter, AuditRow, TrailFilter
from deskapp.contracts.paging import Page

VIEW = define("audit.view", "查看审计日志", SUPERVISORS)
EXPORT = define("audit.export", "导出审计日志", SUPERVISORS)

# Events that are not service actions of their own
EVENT_LABELS = {
    "accounts.login": "登录",
    "accounts.login_failed": "登录失败",
    "accounts.clock_wrong": "电脑时钟有误仍继续",
    "accounts.create": "新建账号",
    "accounts.enable": "启用账号",
    "accounts.disable": "停用账号",
    "accounts.role": "修改角色",
    "accounts.password.reset": "重置密码",
    "accounts.password.own": "修改自己的密码",
    "accounts.delete": "删除账号",
    "backup.create": "备份数据库",
    "backup.before_upgrade": "升级前自动备份",
    "backup.restore": "恢复数据库",
    "check.run": "检查数据库",
    "export": "导出",
    "import.go_live_sheet": "保存上线数据核对表",
    "print": "打印",
    "privacy.reveal": "查看完整个人信息",
    "privacy.export.unmasked": "导出完整个人信息",
    "settings.change": "修改系统设置",
}


ENTITY_LABELS = {
    "user": "账号", "clock": "电脑时钟", "backup": "备份", "export": "导出", "document": "文件", "database": "数据库", "setting": "设置",
    "person": "人员", "unit": "房屋", "building": "楼栋", "community": "小区", "chronicle": "大事记", "demo": "演示数据",
    "meter": "仪表", "reading": "读数", "print": "打印", "bill": "账单", "receipt": "收据", "payment": "收款",
    "key": "钥匙", "key_loan": "钥匙借用", "card": "卡证", "request": "需求/投诉", "repair": "维修单",
    "release_slip": "放行条", "unit_person": "人员关系", "desk_instruction": "前台须知",
    # the names the services record under (table-like), so none reaches the supervisor bare
    "rx_request": "需求/投诉", "rx_repair": "维修单", "rx_mail": "邮件包裹", "rx_violation": "违章",
    "rx_handover": "交接班", "rx_notice": "通知", "rx_defect": "公共设施缺陷", "rx_log": "接待记录",
    "custody_key": "代管钥匙", "key_stock": "钥匙库存", "key_handover": "钥匙交接", "inventory_count": "月度盘点",
    "parking_space": "车位", "parking_lease": "车位租用", "meter_reading": "抄表读数", "bill_run": "计费",
    "bill_waiver": "减免", "one_off_charge": "一次性收费", "fee_standard": "收费标准", "handover": "费用移交",
    "dunning_notice": "催缴通知单", "dunning_contact": "催缴记录", "decoration": "装修", "decoration_check": "装修巡查",
    "rectification": "整改通知书", "move_in": "入住", "round_run": "巡查", "round_route": "巡查路线",
    "round_result": "巡查结果", "round_finding": "巡查发现", "survey_campaign": "满意度调查",
    "survey_sample": "调查样本", "import": "导入", "go_live_sheet": "上线数据核对表",
    "month_pack": "每月汇总", "refund": "退款申请", "deposit": "押金", "deposit_forfeit": "没收押金申请",
    "bill_discount": "减免申请", "discount_rule": "减免规则", "invoice_buyer": "发票抬头", "invoice_request": "开票申请",
    "opening_import": "期初欠费导入", "opening_deposit_import": "期初押金导入", "payment_history_batch": "历史收费导入",
    "completeness_run": "档案完整性检查", "duty_holiday": "节假日", "program": "程序", "stored_file": "附件文件",
    "community_activity": "社区活动", "community_board": "宣传板报", "community_signup": "活动报名",
    "community_spending": "活动支出", "facility": "公共设施", "facility_booking": "设施预约",
    "facility_check": "设施检查", "facility_closure": "设施停用", "lease_notice": "租约到期通知",
    "liaison_body": "联络单位", "liaison_contact": "联络人", "liaison_record": "对外联络", "library_document": "文件资料",
    "library_version": "文件版本", "meeting": "早会", "meeting_assignment": "早会安排", "vacant_check": "空置房巡查",
}


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


@cache
def _export_titles() -> dict[str, str]:
    """Every register's paper name by its command-line name: read once (the audit view asks for
    each 对象 cell it paints)."""
    return {name: spec.title for name, spec in exports.all_exports().items()}


def object_text(r: AuditRow) -> str:
    """收据 SJ2026-000123: the object's label and its own number (its id when it has none); an
    export by its register's name (导出 《空置房巡查记录表》), not the command-line name it is kept under."""
    if r.entity == "export" and not r.entity_number:
        title = _export_titles().get(r.entity_id or "")
        if title is not None:
            return audit_words.object_text(entity_label(r.entity), title, r.entity_id)
    return audit_words.object_text(entity_label(r.entity), r.entity_number, r.entity_id)


def change_lines(r: AuditRow) -> list[str]:
    """Before/after as "状态：待处理 → 已完成" lines."""
    return audit_words.change_lines(r.before, r.after, FIELD_LABELS)


def _with_numbers(session, rows: list[AuditRow]) -> list[AuditRow]:
    found = audit_numbers.numbers(session, ((r.entity, r.entity_id) for r in rows))
    if any(r.entity == "setting" for r in rows):
        # a setting is named by its label (设置 账单缴费期限…), as the 系统设置 page shows it, not its key
        found.update({("setting", d.key): d.label for d in settings.catalogue()})
    return [replace(r, entity_number=found.get((r.entity, r.entity_id or ""))) for r in rows]


# Areas, for actions recorded under a name that is not a permission of its own
AREA_LABELS = {
    "registry": "业户档案", "reception": "前台接待", "keys": "钥匙与卡", "cards": "卡证", "parking": "车位",
    "inventory": "月度盘点", "billing": "收费", "meters": "抄表", "rounds": "楼宇管家", "decoration": "装修",
    "release": "物品放行", "survey": "满意度调查", "import": "导入", "importing": "导入", "demo": "演示数据",
    "accounts": "账号", "backup": "备份", "settings": "设置",
}

# Actions recorded under a name that is no permission of its own, in the words of the desk
ACTION_LABELS = {
    "monthpack.file": "每月汇总归档", "demo.begin": "开始生成演示小区",
    "file.store": "保存附件文件",
    "calendar.holiday.add": "登记节假日", "calendar.holiday.remove": "删除节假日",
    "billing.pay": "收款", "billing.contact": "登记催缴联系", "billing.dunning": "开具催缴通知单",
    "billing.standard.withdraw": "撤销收费标准",
    "billing.opening": "导入期初欠费", "billing.opening_deposits": "导入期初押金",
    "billing.refund.approve": "批准退款", "billing.refund.refuse": "驳回退款",
    "billing.discount.approve": "批准减免", "billing.discount.refuse": "驳回减免",
    "billing.discount.by_rule": "按规则减免（预交一年等）", "billing.discount.rule": "设置减免规则",
    "billing.deposit.forfeit.apply": "申请没收押金", "billing.deposit.forfeit.refuse": "驳回没收押金",
    "billing.invoice.buyer": "登记发票抬头", "billing.invoice.issued": "登记已开发票",
    "cards.issue_vehicle": "发放车卡", "cards.replace": "补办卡",
    "keys.register": "登记托管钥匙", "keys.hand_over": "交还托管钥匙", "keys.handover": "钥匙交接",
    "keys.transfer": "转交托管钥匙",
    "facilities.collect": "设施预约收费", "rounds.stairwell.on_site": "巡查问题现场处理",
    "liaison.contact_phone": "查看联系人完整电话", "liaison.contact_remove": "删除通讯录联系人", "occupancy.renew": "租户续租", "occupancy.move_out": "租户退租",
    "parking.lease.end": "结束车位租赁", "parking.space.sell": "出售车位",
    "reception.defect.record": "登记工程遗留问题", "reception.violation.record": "登记业户违章",
    "reception.violation.notice": "开具违章整改通知", "reception.log.correct": "更正接待记录",
    "reception.mail.record": "登记信件", "reception.mail.notify": "通知领取信件",
    "reception.mail.collect": "信件已领取", "reception.notice.send": "发送通知",
    "reception.handover.draft": "起草交接表", "reception.handover.save": "保存交接表",
    "reception.handover.hand": "交班", "reception.handover.receive": "接班",
    "reception.defect.follow": "跟进工程遗留问题", "reception.violation.follow": "跟进业户违章",
    "registry.community": "修改小区信息", "registry.instruction.withdraw": "撤销前台须知",
    "registry.person.end": "结束人员关系", "registry.person.regrant": "重新授权",
    "rounds.decoration.rectification": "开具整改通知书", "rounds.decoration.rectified": "整改完成",
    "rounds.decoration.power_request": "通知工程部送水电", "rounds.decoration.power_done": "水电已送",
    "rounds.decoration.first_failed": "装修初验未通过", "rounds.decoration.second_failed": "装修复验未通过",
    "rounds.release.print_unmasked": "打印完整证件号的放行条",
    "rounds.stairwell.route": "设置楼道巡查路线", "rounds.stairwell.start": "开始楼道巡查",
    "rounds.stairwell.point": "记录巡查点", "rounds.stairwell.finish": "完成楼道巡查",
    "rounds.survey.contact": "满意度回访", "rounds.survey.create": "新建满意度调查",
    "rounds.survey.close": "结束满意度调查",
    "community.attend": "活动签到", "community.board": "登记宣传板报", "community.board_edit": "修改宣传板报",
    "community.cancel": "取消活动报名", "community.cancel_activity": "取消社区活动", "community.edit": "修改社区活动",
    "community.print_notice": "打印活动通知", "community.print_sheet": "打印签到表", "community.promote": "候补转正",
    "community.spend": "登记活动支出", "community.take_down": "撤下宣传板报",
    "facilities.cancel": "取消设施预约", "facilities.close": "设施停用", "facilities.decide": "审批设施预约",
    "facilities.print": "打印预约确认单", "facilities.save": "保存公共设施",
    "liaison.body": "登记联络单位", "liaison.contact": "登记联系人", "liaison.record": "登记对外联络",
    "library.add": "新增文件资料", "library.edit": "修改文件资料", "library.version": "上传新版本",
    "library.withdraw": "停用文件资料",
    "meetings.assign": "早会安排事项",
}

# Actions named by a step of an area's state machine (reception.request.dispatch): the step's own words
def _steps() -> dict[str, type]:
    from deskapp.domain.billing_deposits import EntryKind
    from deskapp.domain.decoration import DecorationEvent
    from deskapp.domain.keys import CardState
    from deskapp.domain.reception import RepairAction, RequestAction

    return {"reception.request.": RequestAction, "reception.repair.": RepairAction,
            "rounds.decoration.": DecorationEvent, "cards.": CardState, "billing.deposit.": EntryKind}


STEP_AREAS = {"reception.request.": "需求/投诉", "reception.repair.": "维修单", "rounds.decoration.": "装修",
              "cards.": "卡证", "billing.deposit.": "押金"}

_VERBS = {
    "create": "新建", "add": "登记", "update": "修改", "edit": "修改", "delete": "删除", "void": "作废",
    "print": "打印", "export": "导出", "import": "导入", "generate": "生成", "post": "过账", "run": "执行",
    "close": "关闭", "return": "归还", "lend": "借出", "approve": "批准", "state": "状态变更",
}


def action_label(name: str) -> str:
    """The Chinese name of an audited action: its event or permission label, else its area and verb
    (e.g. meters.create → 抄表·新建), so the supervisor never reads a bare code."""
    if name in EVENT_LABELS:
        return EVENT_LABELS[name]
    if name in ACTION_LABELS:
        return ACTION_LABELS[name]
    known = actions().get(name)
    if known:
        return known.label
    for prefix, steps in _steps().items():
        step = steps.__members__.get(name[len(prefix):].upper()) if name.startswith(prefix) else None
        if step is not None:
            return f"{STEP_AREAS[prefix]}·{step.value}"
    parts = name.split(".")
    area = AREA_LABELS.get(parts[0])
    if area is None:
        return name
    verb = _VERBS.get(parts[-1], "") if len(parts) > 1 else ""
    return f"{area}·{verb}" if verb else f"{area}（{name}）"


def _query_filter(ctx: Context, f: TrailFilter) -> AuditFilter:
    if f.date_from and f.date_to and f.date_to < f.date_from:
        raise ValidationError("日期", "结束日期早于开始日期")
    tz = ctx.clock.now().tzinfo
    start = day_start(f.date_from, tz) if f.date_from else None
    end = day_start(f.date_to + timedelta(days=1), tz) if f.date_to else None
    return AuditFilter(actor_name=f.actor_name or None, start=start, end=end, unit_id=f.unit_id,
                         action=f.action or None, text=(f.text or "").strip() or None)


def browse(ctx: Context, actor: Actor, f: TrailFilter, *, sort: str = "at", descending: bool = True,
           offset: int = 0, limit: int = 200, total: int | None = None) -> Page[AuditRow]:
    actor.require(VIEW)
    qf = _query_filter(ctx, f)
    with ctx.reader() as uow:
        page = q.page(uow.session, qf, sort=sort, descending=descending, offset=offset, limit=limit, total=total)
        return replace(page, rows=_with_numbers(uow.session, page.rows))


def choices(ctx: Context, actor: Actor) -> tuple[list[str], list[tuple[str, str]]]:
    """(user names, (action, label)) that occur in the trail, for the filter drop-downs."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        names = q.actor_names(uow.session)
        acts = q.action_names(uow.session)
    return names, [(a, action_label(a)) for a in acts]


def local_time(at: datetime, ctx: Context) -> str:
    """Local time with its zone, as the trail is read: 2026-11-27 09:30:00 +08:00."""
    return zoned_text(at, ctx.clock.now().tzinfo)


# ----------------------------------------------------------------- events from other areas

def record_print(ctx: Context, actor: Actor, document: str, entity: str, entity_id: object = None, *,
                 unit_id: int | None = None, copies: int = 1) -> None:
    """A document was printed (or saved as PDF): call after the print preview's print/save."""
    audit.record_event(ctx, actor, "print", entity, entity_id, unit_id=unit_id,
                       summary=f"打印《{document}》" + (f" {copies} 份" if copies > 1 else ""),
                       after={"document": document, "copies": copies})


def record_export(ctx: Context, actor: Actor, name: str, out: Path | str, rows: int, *,
                  unmasked: bool = False, title: str | None = None, period: str = "全部") -> None:
    """What an Excel register that left the program contained: which register, for what period or
    filter, how many rows, masked or with full numbers, the file and a SHA-256 of its content (so a
    file found later can be matched to this entry, or shown to have been altered)."""
    out = Path(out)
    register = title or name
    privacy_text = "含完整证件号码和电话" if unmasked else "个人信息已遮蔽"
    part = xlsx.packing()
    if part is not None:  # sheets of the monthly pack: its file, whose SHA-256 the filing records
        digest = ""
        sheets = "、".join(ws.title for ws, _ in part.sheets)
        where = f"{rows} 行，收入每月汇总 {out.name}（工作表 {sheets}），{privacy_text}；文件校验见其归档记录"
    else:
        digest = hashlib.sha256(out.read_bytes()).hexdigest() if out.is_file() else ""
        where = f"{rows} 行到 {out.name}，{privacy_text}；文件校验 {digest[:16]}"
    audit.record_event(ctx, actor, "export", "export", name,
                       summary=f"导出{register if register.startswith('《') else f'《{register}》'}（{period}）{where}",
                       after={"register": register, "period": period, "rows": rows, "unmasked": unmasked,
                              "file": str(out), "sha256": digest})


def filter_text(f: TrailFilter) -> str:
    """The audit browser's filter in words, for the export's own audit entry."""
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or '最早'} 至 {f.date_to or '今天'}")
    if f.actor_name:
        parts.append(f"用户 {f.actor_name}")
    if f.action:
        parts.append(f"操作 {action_label(f.action)}")
    if f.unit_id is not None:
        parts.append(f"房屋 {f.unit_id}")
    if f.text:
        parts.append(f"含“{f.text}”")
    return "，".join(parts) or "全部"


# ----------------------------------------------------------------- Excel

COLUMNS = [
    xlsx.Col("序号", 7), xlsx.Col("时间", 18, "yyyy-mm-dd hh:mm:ss"), xlsx.Col("用户", 10), xlsx.Col("角色", 10), xlsx.Col("操作", 14),
    xlsx.Col("对象", 22), xlsx.Col("房号", 10), xlsx.Col("摘要", 40),
    xlsx.Col("修改内容（字段：修改前 → 修改后）", 50),
]


CHANGE_CELL_LIMIT = 300  # a printed cell stays a few lines: the whole change is in the desk's audit view


def _bounded(text: str) -> str:
    return text if len(text) <= CHANGE_CELL_LIMIT else text[:CHANGE_CELL_LIMIT - 1] + "…"


def export_audit(ctx: Context, actor: Actor, out: Path, options: ExportOptions, f: TrailFilter | None = None) -> int:
    """《审计日志》 as an Excel register, oldest first; cancelling leaves no file."""
    actor.require(EXPORT)
    f = f or TrailFilter()
    if options.month:
        start, end = exports.month_range(options.month)
        f = TrailFilter(f.actor_name, start, end - timedelta(days=1), f.unit_id, f.action, f.text)
    qf = _query_filter(ctx, f)
    out = Path(out)
    with ctx.reader() as uow:
        total = q.count(uow.session, qf)

        def rows():
            done = 0
            batch: list[AuditRow] = []
            for r in q.stream(uow.session, qf):
                if options.cancelled():
                    raise Cancelled("已取消导出，未生成文件")
                batch.append(r)
                if len(batch) == 500:  # numbers looked up per batch, not per row
                    yield from batch_rows(batch)
                    done += len(batch)
                    batch = []
                    if options.progress:
                        options.progress(done, total)
            yield from batch_rows(batch)

        def batch_rows(batch):
            for r in _with_numbers(uow.session, batch):
                # the desk's wall-clock time as a real date-time: Excel has no time zones
                yield (r.id, naive_local(r.at, ctx.clock.now().tzinfo), r.actor_name,
                       r.actor_role, action_label(r.action), object_text(r), r.unit_code, r.summary,
                       _bounded("\n".join(change_lines(r))))

        wb = xlsx.new_workbook()
        period = options.month or "全部"
        zone = ctx.clock.now().strftime("%z")
        heading = xlsx.heading(uow.registry.centre().name, "审计日志", period, ctx.clock.today(), actor.display_name,
                               f"时间为 UTC{zone[:3]}:{zone[3:]}")
        n = xlsx.write_sheet(wb, "审计日志", heading, COLUMNS, rows())
    xlsx.save(wb, out)
    if options.progress:
        options.progress(total, total)
    return n  # recorded as an export by exports.run_export, or by the caller


exports.register(ExportSpec("audit", "审计日志", None, lambda ctx, actor, out, opts: export_audit(ctx, actor, out, opts)))
