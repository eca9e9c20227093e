"""楼宇管家 figures (issue 8) on the demo community with 100,000 release slips and a season of
stairwell rounds for every building:

* ``steward_view_open_ms`` — the 楼宇管家 view opened on today's site checks (median).
* ``steward_tab_open_ms`` — the slowest of the other four tabs, built when first shown (median).
* ``todays_sites_ms`` — today's decoration site list (every site not yet checked today).
* ``release_slips_filter_ms`` — the 物品放行条 register filtered by text, by "not returned" and by
  "out for more than a day" (the slowest median of the three).
* ``rounds_morning_list_ms`` — the area's part of the morning list (start_of_day hook).
* ``release_slip_pdf_ms`` — one two-part slip with its QR codes, built (median).
* ``survey_report_ms`` — the last campaign's results with the comparison, written as Excel.
* ``inspections_export_ms`` — this month's 二次装修日检表 written as Excel.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from deskapp.bench import BenchContext, Figure, median

ORDER = 60
NEEDS = {"release_slips": 100_000}
RUNS = 5


def run(b: BenchContext) -> dict[str, Figure]:
    from sqlalchemy import func, select

    from deskapp.gui.rounds.view import RoundsView
    from deskapp.services import exports, hooks
    from deskapp.services.rounds import decoration, release, survey
    from deskapp.contracts.rounds import SlipFilter
    from deskapp.store.models.rounds import ReleaseSlip, RoundResult

    ctx = b.ensure(**NEEDS)
    app = b.qapp()
    with ctx.reader() as uow:
        slips = uow.session.execute(select(func.count()).select_from(ReleaseSlip)).scalar_one()
        results = uow.session.execute(select(func.count()).select_from(RoundResult)).scalar_one()
        some = uow.session.execute(select(ReleaseSlip.id).order_by(ReleaseSlip.id.desc()).limit(1)).scalar_one()
    session = b.desk(ctx)

    opened = []
    tab_ms: dict[int, list[float]] = {i: [] for i in range(5)}
    for _ in range(RUNS):
        started = time.perf_counter()
        view = RoundsView(session)
        view.resize(1400, 850)
        view.show()
        app.processEvents()
        opened.append((time.perf_counter() - started) * 1000)
        for i in range(1, 5):  # each tab is built the first time it is shown
            started = time.perf_counter()
            view.tabs.setCurrentIndex(i)
            app.processEvents()
            tab_ms[i].append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    names = {1: "decorations", 2: "release slips", 3: "stairwell", 4: "survey"}
    tabs = {names[i]: median(v) for i, v in tab_ms.items() if v}
    slowest_tab = max(tabs, key=tabs.get)

    sites = [b.time_ms(lambda: decoration.todays_sites(ctx, b.actor)) for _ in range(RUNS)]
    filters = {
        "text": SlipFilter(text="FX2026-0001"), "not returned": SlipFilter(only_open=True),
        "overdue": SlipFilter(only_overdue=True),
    }
    filter_ms = {k: median(b.time_ms(lambda f=f: release.slip_register(ctx, b.actor, f)) for _ in range(RUNS))
                 for k, f in filters.items()}
    worst = max(filter_ms, key=filter_ms.get)

    def morning() -> None:
        with ctx.reader() as uow:
            hooks.collect(hooks.Hook.START_OF_DAY, uow.session, ctx, b.actor, ctx.clock.today())

    from deskapp.services.rounds import today as rounds_today

    def rounds_only() -> None:
        with ctx.reader() as uow:
            rounds_today.open_items(uow.session, ctx, b.actor, ctx.clock.today())

    morning()  # loads every service module once
    morning_ms = [b.time_ms(rounds_only) for _ in range(RUNS)]
    pdf_ms = [b.time_ms(lambda: release.slip_pdf(ctx, b.actor, some)) for _ in range(RUNS)]
    camp = survey.campaigns(ctx, b.actor)[0]
    with tempfile.TemporaryDirectory() as tmp:
        report_ms = b.time_ms(lambda: survey.export_report(ctx, b.actor, camp.id, Path(tmp) / "s.xlsx"))
        month = ctx.clock.today().strftime("%Y-%m")
        export_ms = b.time_ms(lambda: exports.run_export(ctx, b.actor, "inspections", Path(tmp) / "i.xlsx",
                                                         exports.ExportOptions(month=month)))
    detail = "，".join(f"{k} {v:.0f} ms" for k, v in filter_ms.items())
    return {
        "steward_view_open_ms": Figure(median(opened), "ms", 300, note="view with today's site checks"),
        "steward_tab_open_ms": Figure(tabs[slowest_tab], "ms", 300, note=f"{slips:,} slips, {results:,} round points; "
                                      + "，".join(f"{k} {v:.0f} ms" for k, v in tabs.items())),
        "todays_sites_ms": Figure(median(sites), "ms", 100, note=f"{b.units} units"),
        "release_slips_filter_ms": Figure(filter_ms[worst], "ms", 300, note=f"{slips:,} slips; {detail}"),
        "rounds_morning_list_ms": Figure(median(morning_ms), "ms", 300, note="unreturned slips, sites, "
                                                                            "rectifications, missed rounds"),
        "release_slip_pdf_ms": Figure(median(pdf_ms), "ms", 500, note="A4, two parts, two QR codes"),
        "survey_report_ms": Figure(report_ms, "ms", 3000, note=f"{camp.sampled} sampled units, chart, comments"),
        "inspections_export_ms": Figure(export_ms, "ms", 5000, note=f"二次装修日检表 {month}"),
    }
