"""《数据库检查报告》: what one check of the database found (工具 ▸ 检查数据库), for the supervisor's
file — the verdict first, then each problem, then every check with what it looked at — under the
date and time of the check it reports (a later print says 补打 with its print date)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors

from deskapp.documents.pdf import reprint_note
from deskapp.documents.rounds.common import Paragraph, Spacer, build, esc, grid, header, mm, style

CHECK_REPORT_TITLE = "数据库检查报告"


@dataclass(frozen=True)
class CheckLine:
    """One check: its name, how many things it looked at (and how much, when not all), its problems."""

    name: str
    checked: int
    note: str
    problems: Sequence[str]


@dataclass(frozen=True)
class CheckReportDoc:
    centre_name: str
    checked_at: datetime  # the centre's wall-clock time the check ran
    checked_by: str
    full: bool  # the full check (every audit row, SQLite's integrity_check) or the daily one
    verdict: str  # 结论：全部正常 / 结论：共发现 N 处问题
    ok: bool
    checks: Sequence[CheckLine]
    printed_on: date | None = None

    def heading(self) -> str:
        kind = "完整检查" if self.full else "日常检查"
        again = reprint_note(self.checked_at.date(), self.printed_on)
        return (f"检查时间：{self.checked_at:%Y-%m-%d %H:%M}　检查人：{self.checked_by}　{kind}"
                + (f"　{again}" if again else ""))


def check_report_pdf(d: CheckReportDoc) -> bytes:
    width = 180 * mm
    verdict = style(14, leading=20, bold=True)
    verdict.textColor = colors.black if d.ok else colors.HexColor("#C00000")
    story = header(d.centre_name, CHECK_REPORT_TITLE, d.heading())
    story.append(Paragraph(esc(d.verdict), verdict))
    problems = [(c.name, p) for c in d.checks for p in c.problems]
    if problems:
        story += [Spacer(1, 2 * mm), Paragraph("发现的问题", style(11, bold=True, leading=16)),
                  grid(["序号", "检查项目", "问题"], [(str(n), name, p) for n, (name, p) in enumerate(problems, 1)],
                       [12 * mm, 48 * mm, width - 60 * mm], long=True)]
    rows = [(str(n), c.name, str(c.checked), c.note or "—", "正常" if not c.problems else f"发现 {len(c.problems)} 处问题")
            for n, c in enumerate(d.checks, 1)]
    story += [Spacer(1, 4 * mm), Paragraph("各项检查", style(11, bold=True, leading=16)),
              grid(["序号", "检查项目", "检查数", "范围", "结果"], rows,
                   [12 * mm, 80 * mm, 16 * mm, 44 * mm, width - 152 * mm], long=True, right=[2]),
              Spacer(1, 6 * mm),
              Paragraph("检查人：____________　　复核（客服主管）：____________　　日期：____________", style(10))]
    return build(story, CHECK_REPORT_TITLE, d.centre_name, f"{d.checked_at:%Y-%m-%d %H:%M}")
