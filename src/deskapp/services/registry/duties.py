"""档案完整性检查 on the duty calendar (工作日历): each quarter the owner and unit files are checked
in full, due by the quarter's last day (or the setting's days before it), done by the first check
run to its end in the quarter (registry_completeness_runs, written by completeness.run_check)."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.local_time import day_start, local_text
from deskapp.domain.permissions import Role
from deskapp.services import hooks, settings
from deskapp.services.context import Context
from deskapp.store.queries import registry_duties as q
from deskapp.store.uow import Session

CHECK_DAYS_BEFORE_END = settings.declare(
    "registry.duty.check_days_before_end", 0,
    "工作日历：档案完整性检查在季度末前几天到期（0 为季度最后一天）", minimum=0, maximum=80)


def _checked(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    tz = ctx.clock.now().tzinfo
    run = q.first_completeness_run(session, day_start(o.start, tz), day_start(o.end + timedelta(days=1), tz))
    if run is None:
        return None
    return hooks.DoneBy(f"档案完整性检查：检查房屋 {run.units_checked} 户，问题 {run.findings} 项"
                        f"（{run.by}，{local_text(run.at, tz=tz)}）")


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    before_end = int(settings.read_in(session, CHECK_DAYS_BEFORE_END))
    return [hooks.Duty("registry.completeness", "档案完整性检查", Role.STEWARD.value,
                       Cadence(Every.QUARTER, days_before_end=before_end), _checked)]
