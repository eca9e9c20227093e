"""《业户满意度调查表》: the questionnaire the steward carries on a home visit — the unit and its
owner, every item of the survey with its choices to tick, and room for what the owner says about
the service, what falls short and what they need. Printed for a unit already visited, it is the
record of that visit: the answers ticked, the words as recorded, its date (补打 on a later day)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.pdf import esc, reprint_note
from deskapp.documents.rounds.common import build, grid, header, mm, signatures, style

TITLE = "业户满意度调查表"
BLANK_LINES = 3  # lines left to write on under each open question


@dataclass(frozen=True)
class Item:
    text: str
    choices: list[str]  # as the owner reads them: "5 非常满意" … or 满意 / 基本满意 / 不满意
    chosen: str = ""  # the choice recorded at the visit, "" when still to be asked


@dataclass(frozen=True)
class SurveyFormDoc:
    centre: str
    survey: str
    period: str
    unit_code: str
    owners: str
    items: list[Item]
    method: str = ""  # 上门 / 电话, once visited
    visited_on: date | None = None
    visitor: str = ""
    respondent: str = ""
    experience: str = ""
    shortfalls: str = ""
    needs: str = ""
    printed_on: date | None = None


def _ticks(item: Item) -> str:
    return "　".join(("■ " if c == item.chosen else "□ ") + c for c in item.choices)


def survey_form_pdf(d: SurveyFormDoc) -> bytes:
    again = reprint_note(d.visited_on, d.printed_on) if d.visited_on else ""
    story = header(d.centre, TITLE, f"{d.survey}（{d.period}）" + (f"　　{again}" if again else ""))
    method = "　".join(("■ " if m == d.method else "□ ") + m for m in ("上门", "电话"))
    story.append(grid(None, [
        ["房号", d.unit_code, "业主", d.owners],
        ["回访方式", method, "回访日期", f"{d.visited_on:%Y-%m-%d}" if d.visited_on else "　　年　　月　　日"],
        ["受访人", d.respondent, "回访人", d.visitor],
    ], [22 * mm, 68 * mm, 22 * mm, 68 * mm], size=10, shade_first_col=True))
    story.append(Spacer(1, 4 * mm))
    blank = not any(it.chosen for it in d.items)
    story.append(Paragraph("一、服务评价" + ("（请在选项前的 □ 内打 √）" if blank else ""), style(11, bold=True)))
    rows = [[str(i), it.text, _ticks(it)] for i, it in enumerate(d.items, start=1)]
    story.append(grid(["序号", "调查项目", "评价"], rows, [12 * mm, 28 * mm, 140 * mm], size=9.5, pad=4))
    for title, said in (("二、您对物业服务的切实感受", d.experience), ("三、您认为我们还存在哪些不足", d.shortfalls),
                        ("四、需要物业协助的方面", d.needs)):
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(title, style(11, bold=True)))
        # blank, a line tall enough to write on; filled, what the owner said as it was recorded
        lines = ([[Paragraph(esc(said), style(10, leading=15))]] if said
                 else [[Paragraph("&nbsp;", style(10, leading=20))] for _ in range(BLANK_LINES)])
        story.append(grid(None, lines, [180 * mm], size=10, pad=5))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("感谢您对我们工作的支持！您的意见我们将认真研究改进，需要协助的事项将安排专人跟进。",
                           style(9.5, leading=15)))
    story.append(Spacer(1, 4 * mm))
    story.append(signatures(["业主（受访人）", "回访人"]))
    return build(story, f"{TITLE} {d.unit_code}", d.centre, d.unit_code)
