"""满意度调查: sample, contacts, results on hand-made answers, comparison, Excel with a chart."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.survey import Scale
from deskapp.services.rounds import survey

QS = [("客服接待", Scale.FIVE), ("总体评价", Scale.THREE)]


def _answer_all(ctx, actor, cid, scores_by_unit, comments=None):
    camp = [c for c in survey.campaigns(ctx, actor) if c.id == cid][0]
    qids = [q[0] for q in camp.questions]
    for row in survey.samples(ctx, actor, cid):
        scores = scores_by_unit.get(row.unit_code)
        if scores is None:
            survey.record_contact(ctx, actor, row.id, "电话", False)
            continue
        said = (comments or {}).get(row.unit_code, ("", "", ""))
        survey.record_contact(ctx, actor, row.id, "上门", True, respondent="业主", answers=dict(zip(qids, scores)),
                              comment=said[0], shortfalls=said[1], needs=said[2])


def test_statistics_on_hand_made_answers(community, units, supervisor, clerk):
    cid = survey.create_campaign(community, supervisor, "2026年下半年满意度调查", date(2026, 11, 1),
                                 date(2026, 12, 15), QS)
    sampled = {r.unit_code for r in survey.samples(community, clerk, cid)}
    assert sampled == {"3-1-1502", "3-1-1601", "S-105"}  # every delivered unit
    _answer_all(community, clerk, cid, {"3-1-1502": (5, "满意"), "3-1-1601": (3, "不满意")},
                {"3-1-1601": ("保洁还算认真", "电梯经常停运", "希望加快电梯维修")})
    r = survey.report(community, clerk, cid)
    assert (r.results.sampled, r.results.reached, r.results.response_rate) == (3, 2, Decimal("66.7"))
    first, overall = (r.results.per_item[q[0]] for q in r.campaign.questions)
    assert first.mean == Decimal("4.00") and first.satisfied_rate == Decimal("50.0")
    assert overall.mean == Decimal("2.00") and overall.satisfied_rate == Decimal("50.0")
    assert r.results.per_building["3号楼"][r.campaign.questions[0][0]].answers == 2
    # what the owner said, each part on its own (the visit asks for experience, shortfalls and needs)
    assert r.comments == [("3-1-1601", "3号楼", "保洁还算认真", "电梯经常停运", "希望加快电梯维修")]
    assert r.previous is None


def test_reached_needs_every_item_and_valid_scores(community, units, supervisor, clerk):
    cid = survey.create_campaign(community, supervisor, "测试", date(2026, 11, 1), date(2026, 11, 30), QS)
    row = survey.samples(community, clerk, cid)[0]
    qids = [q[0] for q in survey.campaigns(community, clerk)[0].questions]
    with pytest.raises(ValidationError, match="总体评价"):
        survey.record_contact(community, clerk, row.id, "上门", True, answers={qids[0]: 5})
    with pytest.raises(ValidationError, match="1 到 5"):
        survey.record_contact(community, clerk, row.id, "上门", True, answers={qids[0]: 6, qids[1]: "满意"})
    survey.record_contact(community, clerk, row.id, "上门", True, answers={qids[0]: 4, qids[1]: "基本满意"})
    with pytest.raises(Conflict, match="已完成"):
        survey.record_contact(community, clerk, row.id, "电话", True, answers={qids[0]: 4, qids[1]: 2})


def test_random_share_is_per_building_and_repeatable(community, units, supervisor):
    a = survey.create_campaign(community, supervisor, "抽样A", date(2026, 5, 1), date(2026, 5, 30), QS,
                               share=Decimal("0.5"), seed=7)
    rows = survey.samples(community, supervisor, a)
    assert {r.building for r in rows} == {"3号楼", "商业街"} and len(rows) == 2


def test_comparison_and_excel_report_with_chart(community, units, supervisor, clerk, tmp_path):
    old = survey.create_campaign(community, supervisor, "2026年上半年", date(2026, 5, 1), date(2026, 6, 15), QS)
    _answer_all(community, clerk, old, {"3-1-1502": (2, "不满意"), "3-1-1601": (3, "基本满意"), "S-105": (4, "满意")})
    survey.close_campaign(community, supervisor, old)
    new = survey.create_campaign(community, supervisor, "2026年下半年", date(2026, 11, 1), date(2026, 12, 15), QS)
    _answer_all(community, clerk, new, {"3-1-1502": (5, "满意"), "3-1-1601": (4, "满意"), "S-105": (4, "满意")},
                {"S-105": ("", "=门口停车乱", "希望划定车位")})
    d = survey.report_doc(community, clerk, new)
    assert d.previous_name == "2026年上半年"
    first = d.items[0]
    assert (first.satisfied_rate, first.previous_rate, first.change) == (Decimal("100.0"), Decimal("33.3"),
                                                                        Decimal("66.7"))
    out = tmp_path / "满意度.xlsx"
    survey.export_report(community, clerk, new, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总", "分楼栋", "业主意见"]
    assert len(wb["汇总"]._charts) == 1
    assert wb["汇总"]["E6"].value == 100 and wb["汇总"]["F6"].value == pytest.approx(33.3)
    said = wb["业主意见"]
    assert [c.value for c in said[2]] == ["序号", "房号", "楼栋", "切实感受", "不足之处", "需要协助"]
    assert said["E3"].value == "=门口停车乱" and said["E3"].data_type == "s"  # text, never a formula
    assert said["F3"].value == "希望划定车位"


def test_survey_register_writes_five_point_scores_as_numbers(community, units, supervisor, clerk, tmp_path):
    from deskapp.services import exports

    cid = survey.create_campaign(community, supervisor, "2026年下半年", date(2026, 11, 1), date(2026, 12, 15), QS)
    _answer_all(community, clerk, cid, {"3-1-1502": (5, "满意"), "3-1-1601": (3, "基本满意"), "S-105": (4, "满意")},
                {"3-1-1601": ("前台办事快", "电梯经常停运", "希望加快电梯维修")})
    out = tmp_path / "survey.xlsx"
    exports.run_export(community, supervisor, "survey", out, exports.ExportOptions(month="2026-11"))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    lines = {r[2]: dict(zip(rows[1], r)) for r in rows[2:]}
    assert lines["3-1-1502"]["客服接待"] == 5 and lines["3-1-1601"]["客服接待"] == 3  # numbers an average can use
    assert lines["3-1-1601"]["总体评价"] == "基本满意"
    said = lines["3-1-1601"]["业主意见（感受 / 不足 / 需要）"]
    assert said == "前台办事快\n不足：电梯经常停运\n需要：希望加快电梯维修"


def test_a_survey_started_in_the_half_year_marks_the_survey_duty_done(community, units, supervisor):
    from deskapp.domain.calendar import DutyStatus
    from deskapp.services.calendar import duties

    def survey_duty():
        (row,) = [r for r in duties.month(community, supervisor, 2026, 12) if r.key == "rounds.survey"]
        return row

    assert survey_duty().status is not DutyStatus.DONE
    survey.create_campaign(community, supervisor, "2026年下半年满意度调查", date(2026, 11, 1), date(2026, 12, 15), QS)
    done = survey_duty()
    assert done.status is DutyStatus.DONE and done.record == "满意度调查“2026年下半年满意度调查”（2026-11-01 起）"
