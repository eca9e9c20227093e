"""收费通知单: one page per unit (A4, or A5 by setting), batched into one PDF."""
from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.billing_draw import num, table, yuan
from deskapp.documents.pdf import A4, A5, FONT, register_font
from deskapp.domain.money import capitals


@dataclass(frozen=True)
class NoticeLine:
    item: str  # 收费项目
    standard: str  # 收费标准
    basis: str  # 计费依据
    quantity: Decimal
    unit_price: Decimal
    period: str
    amount: Decimal


@dataclass(frozen=True)
class Notice:
    number: str
    centre: str
    unit_code: str
    owner: str
    area: Decimal | None
    period: str  # 2026年第三季度（2026.07.01–2026.09.30）
    lines: tuple[NoticeLine, ...]
    arrears: tuple[tuple[str, str, Decimal], ...]  # (账期, 收费项目, 金额) brought forward
    due_on: str
    pay_how: str
    contact: str
    issued_on: str

    @property
    def current(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def arrears_total(self) -> Decimal:
        return sum((a[2] for a in self.arrears), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return self.current + self.arrears_total


def draw_notice(c: Canvas, n: Notice, pagesize: tuple[float, float] = A4) -> None:
    """One notice on the current page (the caller calls showPage)."""
    w, h = pagesize
    small = pagesize == A5
    k = 0.72 if small else 1.0  # A5 is the A4 layout scaled down
    margin = 14 * mm * k
    top = h - margin
    c.setFont(FONT, 11 * k)
    c.drawCentredString(w / 2, top - 4 * mm * k, n.centre)
    c.setFont(FONT, 20 * k)
    c.drawCentredString(w / 2, top - 14 * mm * k, "收费通知单")
    bc = Code128(n.number, barHeight=8 * mm * k, barWidth=0.8 * k, humanReadable=False)
    bc.drawOn(c, w - margin - bc.width, top - 12 * mm * k)
    c.setFont(FONT, 9 * k)
    c.drawRightString(w - margin, top - 16 * mm * k, f"通知单号：{n.number}")
    y = top - 26 * mm * k
    c.setFont(FONT, 10 * k)
    c.drawString(margin, y, f"业主：{n.owner or '—'}")
    c.drawString(margin + 62 * mm * k, y, f"房号：{n.unit_code}")
    c.drawString(margin + 110 * mm * k, y, f"建筑面积：{num(n.area)} ㎡" if n.area is not None else "建筑面积：—")
    y -= 6 * mm * k
    c.drawString(margin, y, f"计费期间：{n.period}")
    c.drawRightString(w - margin, y, f"开具日期：{n.issued_on}")
    y -= 4 * mm * k
    inner = w - 2 * margin
    widths = [x * inner for x in (0.11, 0.15, 0.30, 0.09, 0.09, 0.14, 0.12)]
    rows = [["收费项目", "收费标准", "计费依据", "数量", "单价", "期间", "金额（元）"]]
    rows += [[ln.item, ln.standard, ln.basis, num(ln.quantity), num(ln.unit_price), ln.period, yuan(ln.amount)]
             for ln in n.lines]
    rows.append(["本期小计", "", "", "", "", "", yuan(n.current)])
    aligns = ["left", "left", "left", "right", "right", "left", "right"]
    y = table(c, margin, y, widths, rows, row_h=7 * mm * k, size=8.5 * k, aligns=aligns)
    y -= 4 * mm * k
    c.setFont(FONT, 10 * k)
    if n.arrears:
        c.drawString(margin, y - 3 * mm * k, "前期欠费：")
        y -= 5 * mm * k
        arows = [["账期", "收费项目", "欠费金额（元）"]] + [[q, item, yuan(a)] for q, item, a in n.arrears[:8]]
        if len(n.arrears) > 8:
            arows.append(["…", f"其余 {len(n.arrears) - 8} 项", yuan(sum((a[2] for a in n.arrears[8:]), Decimal(0)))])
        arows.append(["前期欠费合计", "", yuan(n.arrears_total)])
        y = table(c, margin, y, [inner * 0.3, inner * 0.4, inner * 0.3], arows, row_h=6 * mm * k, size=8.5 * k,
                  aligns=["left", "left", "right"])
    else:
        c.drawString(margin, y - 3 * mm * k, "前期欠费：无")
        y -= 5 * mm * k
    y -= 10 * mm * k
    c.setFont(FONT, 12 * k)
    c.drawString(margin, y, f"应缴合计：¥ {yuan(n.total)}")
    y -= 7 * mm * k
    c.drawString(margin, y, f"合计人民币（大写）：{capitals(n.total)}")
    y -= 10 * mm * k
    c.setFont(FONT, 10 * k)
    c.drawString(margin, y, f"请于 {n.due_on} 前缴纳。")
    y -= 6 * mm * k
    c.drawString(margin, y, n.pay_how[:70])
    y -= 6 * mm * k
    c.drawString(margin, y, f"联系电话：{n.contact}")
    c.drawRightString(w - margin, margin + 6 * mm * k, f"{n.centre}（盖章）")
    c.drawRightString(w - margin, margin, n.issued_on)


def notices_pdf(notices: Iterable[Notice], *, size: str = "A4", title: str = "收费通知单",
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> bytes:
    register_font()
    pagesize = A5 if size == "A5" else A4
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    n = 0
    for notice in notices:
        draw_notice(c, notice, pagesize)
        c.showPage()
        n += 1
        if n % 100 == 0:
            if progress:
                progress(n)
            if cancelled and cancelled():
                raise InterruptedError
    if n == 0:
        c.setFont(FONT, 12)
        c.drawString(20 * mm, pagesize[1] - 30 * mm, "没有可打印的收费通知单")
        c.showPage()
    c.save()
    return buf.getvalue()


def _draw_chunk(args: tuple[list[Notice], str, str]) -> bytes:
    notices, size, title = args
    return notices_pdf(notices, size=size, title=title)


def notices_pdf_parallel(chunks: Iterable[list[Notice]], *, workers: int, size: str = "A4",
                         title: str = "收费通知单", progress: Callable[[int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> bytes:
    """Draw chunks of notices in `workers` processes and join them in order into one PDF.

    Drawing is pure CPU in reportlab, so a second core nearly halves a 20,000-page batch;
    joining the parts (pypdf) costs far less than drawing them."""
    import multiprocessing

    from pypdf import PdfReader, PdfWriter

    ctx = multiprocessing.get_context("spawn")  # safe from a GUI thread, unlike fork
    writer = PdfWriter()
    done = 0
    with ctx.Pool(workers) as pool:
        for part in pool.imap(_draw_chunk, ((c, size, title) for c in chunks)):
            reader = PdfReader(io.BytesIO(part))
            writer.append(reader)
            done += len(reader.pages)
            if progress:
                progress(done)
            if cancelled and cancelled():
                pool.terminate()
                raise InterruptedError
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
