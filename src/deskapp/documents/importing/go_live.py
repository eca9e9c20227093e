"""《上线数据核对表》: what one go-live import posted — the figures its wizard's last page shows —
dated the day of the import and signed by the centre and by finance; and the same as a register."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from deskapp.documents import xlsx
from deskapp.documents.pdf import reprint_note, style
from deskapp.documents.rounds.common import build, grid, header, signatures

GO_LIVE_TITLE = "上线数据核对表"
GO_LIVE_COLUMNS = (xlsx.Col("项目", 14), xlsx.Col("内容", 80))


@dataclass(frozen=True)
class GoLiveDoc:
    centre_name: str
    what: str  # the import's kind: 期初欠费, 历史缴费, 期初预存与押金…
    file: str
    sheet: str
    rows: int  # data rows read from the file
    lines: Sequence[str]  # the figures, as the wizard's last page shows them
    imported_at: datetime  # the centre's wall-clock time of the import
    imported_by: str
    printed_on: date | None = None  # printed on a later day than the import: the sheet says 补打
    reprinted_on: date | None = None  # printed again from the kept sheets: the sheet says 重印 and this date

    def reprint_text(self) -> str:
        """重印 with its print date for a sheet printed again later, 补打 for one printed on a later day than
        the import from the wizard itself; "" for the sheet of the import just made."""
        if self.reprinted_on is not None:
            return f"重印（打印日期 {self.reprinted_on:%Y-%m-%d}）"
        return reprint_note(self.imported_at.date(), self.printed_on)

    def facts(self) -> list[tuple[str, str]]:
        """What was imported, from where, when and by whom: the rows above the figures."""
        return [("导入内容", self.what), ("导入文件", self.file), ("工作表", self.sheet),
                ("数据行数", f"{self.rows} 行"), ("导入时间", f"{self.imported_at:%Y-%m-%d %H:%M}"),
                ("导入人", self.imported_by)]

    def figures(self) -> list[tuple[str, str]]:
        """Each figure line; an indented line (a fee item under its total) keeps its indent."""
        return [("导入结果" if i == 0 else "", line.replace("  ", "\u3000", 1) if line.startswith("  ") else line)
                for i, line in enumerate(self.lines)]


def go_live_pdf(d: GoLiveDoc) -> bytes:
    again = d.reprint_text()
    story = header(d.centre_name, GO_LIVE_TITLE, f"导入日期：{d.imported_at:%Y-%m-%d}　导入人：{d.imported_by}"
                   + (f"　{again}" if again else ""))
    story += [grid(None, d.facts() + d.figures(), [32 * mm, 148 * mm], size=10, shade_first_col=True, pad=4),
              Spacer(1, 4 * mm),
              Paragraph("以上为本次导入写入的数字，与导入向导最后一页所示一致。请财务按原系统（或原台账）的同期数字"
                        "逐项核对，不符之处写明于下，双方签字确认。", style(9.5)),
              Spacer(1, 3 * mm),
              grid(None, [("核对意见", "")], [32 * mm, 148 * mm], size=10, shade_first_col=True, pad=14),
              Spacer(1, 6 * mm),
              signatures(("导入人", "客服主管", "财务核对人", "财务负责人")),
              ]
    return build(story, GO_LIVE_TITLE, d.centre_name, f"{d.what} {d.imported_at:%Y-%m-%d}")
