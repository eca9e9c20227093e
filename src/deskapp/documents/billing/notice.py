"""收费通知单: what a unit owes now, one notice per unit (A4, or A5 by setting), batched into one PDF.

Every quarter line shows what was billed, paid, waived and is still owed; tiered water is
printed by month and tier so that each printed line reads 数量 × 单价 = 金额. Text is wrapped
(never shrunk) at 9 pt on A4 and 7.5 pt on A5, and a notice too long for one page continues on
the next. Marks: 补打 (printed after the issue day), 已逾期 (printed after its deadline while
owing), 已缴清 (owes nothing)."""
from __future__ import annotations

import functools
import io
import os
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from deskapp.documents.billing.draw import boxed_mark, num, yuan
from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import A4, A5, FONT, PagedCanvas, register_font
from deskapp.domain.billing_notice import is_overdue
from deskapp.domain.money import ZERO, capitals


@dataclass(frozen=True)
class NoticePart:
    """A printed detail row under a line (tiered water: one month in one tier)."""

    label: str  # 7月 第2阶（15–25 m³）
    calc: str  # 10 m³ × 4.1 元/m³ = 41


@dataclass(frozen=True)
class NoticeLine:
    item: str  # 收费项目
    basis: str  # 计费依据: readings, plate and space, allocation
    calc: str  # 数量 × 单价 [× 月数], "" where the amount is not a product (公摊, 调整, 滞纳金)
    billed: Decimal
    paid: Decimal = ZERO
    waived: Decimal = ZERO
    note: str = ""
    parts: tuple[NoticePart, ...] = ()

    @property
    def owed(self) -> Decimal:
        return self.billed - self.paid - self.waived


@dataclass(frozen=True)
class Notice:
    number: str
    centre: str
    unit_code: str
    owner: str
    area: Decimal | None
    period: str  # 2026年第三季度（2026.07.01–2026.09.30）
    lines: tuple[NoticeLine, ...]
    arrears: tuple[tuple[str, str, Decimal], ...]  # (收费项目, 账期, 尚欠) brought forward, by item
    issued_on: date  # 开具日期: the day the quarter's notices were issued
    due_on: date  # 缴费期限
    printed_on: date  # today; after the issue day the notice is a 补打
    pay_how: str
    contact: str
    late_rule: str = ""  # quoted when the notice is overdue
    prepaid: Decimal = ZERO  # prepayment balance that can be used
    bank: str = ""
    pay_qr: str = ""

    @property
    def billed(self) -> Decimal:
        return sum((ln.billed for ln in self.lines), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((ln.paid for ln in self.lines), ZERO)

    @property
    def waived(self) -> Decimal:
        return sum((ln.waived for ln in self.lines), ZERO)

    @property
    def current(self) -> Decimal:
        """本期尚欠."""
        return sum((ln.owed for ln in self.lines), ZERO)

    @property
    def arrears_total(self) -> Decimal:
        return sum((a[2] for a in self.arrears), ZERO)

    @property
    def total(self) -> Decimal:
        """应缴合计: what is still owed, this quarter and before."""
        return self.current + self.arrears_total

    @property
    def paid_up(self) -> bool:
        return self.total <= 0

    @property
    def reprint(self) -> bool:
        return self.printed_on > self.issued_on

    @property
    def overdue(self) -> bool:
        return is_overdue(self.due_on, self.printed_on, self.total)


@dataclass(frozen=True)
class Paper:
    size: tuple[float, float]
    margin: float
    body: float  # table and text
    smallest: float  # nothing printed smaller (8 pt on A4, 7 pt on A5)
    title: float
    k: float  # geometry scale


PAPERS = {"A4": Paper(A4, 14 * mm, 9.0, 8.0, 18.0, 1.0), "A5": Paper(A5, 9 * mm, 7.5, 7.0, 14.0, 0.72)}
SMALLEST = {name: p.smallest for name, p in PAPERS.items()}


def _day(d: date) -> str:
    return f"{d:%Y年%m月%d日}"


class _Page:
    """Draws down the page; starts a continuation page when the next block does not fit."""

    def __init__(self, c: PagedCanvas, n: Notice, p: Paper):
        self.c, self.n, self.p = c, n, p
        self.w, self.h = p.size
        self.x = p.margin
        self.inner = self.w - 2 * p.margin
        self.bottom = p.margin + 8 * mm * p.k
        self.y = self.h - p.margin
        self.page = 1

    def need(self, height: float) -> bool:
        """Start a new page if `height` does not fit; True when it did."""
        if self.y - height >= self.bottom:
            return False
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.h - self.p.margin
        self.c.setFont(FONT, self.p.body)
        self.c.drawString(self.x, self.y - self.p.body,
                          f"收费通知单（续）  房号：{self.n.unit_code}  通知单号：{self.n.number}")
        self.y -= self.p.body * 2.2
        return True

    def footer(self) -> None:
        c, p = self.c, self.p
        c.setFont(FONT, p.body)
        c.drawRightString(self.w - p.margin, p.margin, f"{self.n.centre}（盖章）  开具日期：{_day(self.n.issued_on)}")
        # a notice that goes on over a second sheet says so on each (第 1 页 共 2 页)
        c.page_number(p.margin, p.margin, align="left", size=p.body, several_only=True)

    def text(self, text: str, size: float | None = None, *, x: float | None = None,
             width: float | None = None, gap: float = 1.45) -> None:
        size = size or self.p.body
        lines = wrap(text, width or self.inner, size)
        self.need(len(lines) * size * gap)
        self.c.setFont(FONT, size)
        for line in lines:
            self.y -= size * gap
            self.c.drawString(self.x if x is None else x, self.y + size * 0.35, line)

    def table(self, widths: Sequence[float], header: Sequence[str], rows: Sequence[Sequence[str]],
              aligns: Sequence[str], *, bold_rows: frozenset[int] = frozenset()) -> None:
        """A ruled table whose rows grow to fit their wrapped text; the header repeats on a new page."""
        size = self.p.body
        lead = size * 1.3
        pad = 1.2 * mm * self.p.k + size * 0.3

        def cells(row: Sequence[str]) -> list[list[str]]:
            return [wrap(str(t), w - 2 * mm * self.p.k, size) if t else [] for w, t in zip(widths, row)]

        def draw_row(row: Sequence[str], header_row: bool) -> None:
            wrapped = cells(row)
            height = max(1, *(len(x) for x in wrapped)) * lead + pad
            if self.need(height) and not header_row:
                draw_row(header, True)
            c = self.c
            top, self.y = self.y, self.y - height
            c.setLineWidth(0.6)
            c.rect(self.x, self.y, sum(widths), height)
            cx = self.x
            c.setFont(FONT, size)
            for j, (w, lines) in enumerate(zip(widths, wrapped)):
                if j:
                    c.line(cx, self.y, cx, top)
                for i, line in enumerate(lines):
                    ty = top - pad / 2 - (i + 1) * lead + lead * 0.28
                    align = "center" if header_row else aligns[j]
                    if align == "right":
                        c.drawRightString(cx + w - 1 * mm * self.p.k, ty, line)
                    elif align == "center":
                        c.drawCentredString(cx + w / 2, ty, line)
                    else:
                        c.drawString(cx + 1 * mm * self.p.k, ty, line)
                cx += w

        draw_row(header, True)
        for row in rows:
            draw_row(row, False)


def draw_notice(c: PagedCanvas, n: Notice, paper: str = "A4") -> None:
    """One notice from the current page on (the caller calls showPage after it), its pages
    numbered among themselves."""
    c.begin()
    p = PAPERS[paper]
    pg = _Page(c, n, p)
    w, k, x = pg.w, p.k, pg.x
    top = pg.y
    # Module width 0.33 mm (at least 2.6 dots at 200 dpi) on both papers, so the code scans.
    bc = Code128(n.number, barHeight=9 * mm * k, barWidth=0.33 * mm, humanReadable=False)
    bc.drawOn(c, w - p.margin - bc.width, top - 11 * mm * k)
    c.setFont(FONT, p.body)
    c.drawRightString(w - p.margin, top - 11 * mm * k - p.body * 1.4, f"通知单号：{n.number}")
    # The title is centred unless the barcode (as wide on A5 as on A4) leaves no room for it.
    title_w = stringWidth("收费通知单", FONT, p.title)
    centred = w / 2 + title_w / 2 + 4 * mm < w - p.margin - bc.width
    c.setFont(FONT, p.body + 1)
    if centred:
        c.drawCentredString(w / 2, top - 4 * mm * k, n.centre)
    else:
        c.drawString(x, top - 4 * mm * k, n.centre)
    c.setFont(FONT, p.title)
    if centred:
        c.drawCentredString(w / 2, top - 13 * mm * k, "收费通知单")
    else:
        c.drawString(x, top - 13 * mm * k, "收费通知单")
    marks = [m for m, on in (("补打", n.reprint), ("已逾期", n.overdue), ("已缴清", n.paid_up)) if on]
    mx = x + 1.5 * mm if centred else x + title_w + 4 * mm
    for m in marks:
        boxed_mark(c, mx, top - 12 * mm * k, m, p.body + 3)
        mx += stringWidth(m, FONT, p.body + 3) + 5 * mm
    pg.y = top - 15 * mm * k - p.body * 1.6

    half = pg.inner / 2
    start = pg.y
    pg.text(f"房号：{n.unit_code}", width=half)
    pg.text(f"业主：{n.owner or '—'}", width=half)
    left_end, pg.y = pg.y, start
    pg.text("建筑面积：" + (f"{num(n.area)} ㎡" if n.area is not None else "—"), x=x + half, width=half)
    pg.text(f"开具日期：{_day(n.issued_on)}", x=x + half, width=half)
    pg.y = min(pg.y, left_end)
    pg.text(f"计费期间：{n.period}")
    dates = f"缴费期限：{_day(n.due_on)}"
    if n.reprint:
        dates += f"　　补打日期：{_day(n.printed_on)}"
    pg.text(dates)
    pg.y -= 1.5 * mm * k

    # The quarter's lines; 减免 and 备注 columns only when used.
    with_waived = any(ln.waived for ln in n.lines)
    with_note = any(ln.note for ln in n.lines)
    money_w = stringWidth("99,999.99", FONT, p.body) + 3 * mm * k
    header = ["收费项目", "计费依据", "数量 × 单价", "应收", "已缴"] + (["减免"] if with_waived else []) + ["尚欠"]
    widths = [stringWidth("车辆管理费", FONT, p.body) + 2.5 * mm * k, 0.0, 0.0] + [money_w] * (len(header) - 3)
    aligns = ["left", "left", "left"] + ["right"] * (len(header) - 3)
    if with_note:
        header.append("备注")
        widths.append(pg.inner * 0.14)
        aligns.append("left")
    rest = pg.inner - sum(widths)
    widths[1], widths[2] = rest * 0.45, rest * 0.55
    rows: list[list[str]] = []
    for ln in n.lines:
        money = [yuan(ln.billed), yuan(ln.paid)] + ([yuan(ln.waived)] if with_waived else []) + [yuan(ln.owed)]
        rows.append([ln.item, ln.basis, ln.calc or "", *money] + ([ln.note] if with_note else []))
        for part in ln.parts:
            rows.append(["", "　" + part.label, part.calc] + [""] * (len(header) - 3))
    totals = [yuan(n.billed), yuan(n.paid)] + ([yuan(n.waived)] if with_waived else []) + [yuan(n.current)]
    rows.append(["本期小计", "", "", *totals] + ([""] if with_note else []))
    pg.table(widths, header, rows, aligns)
    pg.y -= 2 * mm * k

    if n.arrears:
        pg.text("前期欠费（按收费项目）：")
        aw = [pg.inner * 0.3, pg.inner * 0.45, pg.inner * 0.25]
        pg.table(aw, ["收费项目", "账期", "尚欠金额（元）"],
                 [[item, quarters, yuan(a)] for item, quarters, a in n.arrears]
                 + [["前期欠费合计", "", yuan(n.arrears_total)]], ["left", "left", "right"])
    else:
        pg.text("前期欠费：无")
    pg.y -= 2 * mm * k

    big = p.body + 2
    pg.text(f"应缴合计：¥ {yuan(n.total)}　（本期尚欠 {yuan(n.current)} + 前期欠费 {yuan(n.arrears_total)}）", big)
    pg.text(f"合计人民币（大写）：{capitals(max(n.total, ZERO))}", big)
    if n.prepaid > 0:
        after = max(n.total - n.prepaid, ZERO)
        pg.text(f"可用预存款：{yuan(n.prepaid)} 元；以预存款抵缴后尚需缴纳 {yuan(after)} 元。")
    if n.paid_up:
        pg.text(f"本户{n.period}及以前的费用已缴清，无需缴费。")
    else:
        pg.text(f"请于 {_day(n.due_on)} 前缴纳。")
    if n.overdue:
        pg.text(f"本通知单缴费期限为 {_day(n.due_on)}，现已逾期。{n.late_rule}")
    pg.y -= 1.5 * mm * k
    qr_size = 22 * mm * k if n.pay_qr else 0
    text_w = pg.inner - (qr_size + 3 * mm if qr_size else 0)
    pay = [n.pay_how, *([f"转账缴费：{n.bank}（请在附言注明房号 {n.unit_code}）"] if n.bank else []),
           f"联系电话：{n.contact}"]
    # how to pay stays whole on one sheet: its last line alone on a second sheet was a sheet spent
    # on the contact phone (a long A5 notice)
    pg.need(max(sum(len(wrap(t, text_w, p.body)) for t in pay) * p.body * 1.45, qr_size + p.smallest * 1.6))
    block_top = pg.y
    for t in pay:
        pg.text(t, width=text_w)
    if n.pay_qr:
        widget = QrCodeWidget(n.pay_qr, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        d = Drawing(qr_size, qr_size, transform=[qr_size / (x1 - x0), 0, 0, qr_size / (y1 - y0), 0, 0])
        d.add(widget)
        renderPDF.draw(d, c, w - p.margin - qr_size, block_top - qr_size)
        c.setFont(FONT, p.smallest)
        c.drawCentredString(w - p.margin - qr_size / 2, block_top - qr_size - p.smallest * 1.2, "扫码缴费")
        pg.y = min(pg.y, block_top - qr_size - p.smallest * 1.6)
    pg.footer()


def notices_pdf(notices: Iterable[Notice], *, size: str = "A4", title: str = "收费通知单",
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> bytes:
    register_font()
    paper = "A5" if size == "A5" else "A4"
    pagesize = PAPERS[paper].size
    buf = io.BytesIO()
    c = PagedCanvas(buf, pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    n = 0
    for notice in notices:
        draw_notice(c, notice, paper)
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


@dataclass(frozen=True)
class PartTiming:
    """One part of a parallel batch: which worker drew it, when (time.time()) and its CPU seconds."""

    pid: int
    started: float
    ended: float
    cpu_s: float
    notices: int


def _timed_part(draw: Callable[[Any], tuple[bytes, int]], task: Any) -> tuple[bytes, int, PartTiming]:
    started, cpu = time.time(), time.process_time()
    pdf, count = draw(task)
    return pdf, count, PartTiming(os.getpid(), started, time.time(), time.process_time() - cpu, count)


def notices_pdf_parallel(tasks: Iterable[Any], draw: Callable[[Any], tuple[bytes, int]], *, workers: int,
                         initializer: Callable[..., None] | None = None, initargs: tuple = (),
                         progress: Callable[[int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None,
                         timings: list[PartTiming] | None = None) -> bytes:
    """`draw(task)` → (pdf, notices) in `workers` processes (each started with
    `initializer(*initargs)`), the parts joined in order into one PDF.

    Drawing is pure CPU in reportlab, so a second core nearly halves a 20,000-page batch. The
    parts are joined by copying their objects (documents/pdf_join.py): pypdf parsed every
    object of every part, in the process that also reads the notices, and took the second
    core's gain back (issue 21 §3). `timings` gets each part's worker, times and CPU."""
    import multiprocessing

    from deskapp.documents.pdf_join import join_reportlab_pdfs

    ctx = multiprocessing.get_context("spawn")  # safe from a GUI thread, unlike fork
    parts: list[bytes] = []
    done = 0
    with ctx.Pool(workers, initializer=initializer, initargs=initargs) as pool:
        for part, count, timing in pool.imap(functools.partial(_timed_part, draw), tasks):
            parts.append(part)
            if timings is not None:
                timings.append(timing)
            done += count  # notices, not pages: a long notice continues on a second page
            if progress:
                progress(done)
            if cancelled and cancelled():
                pool.terminate()
                raise InterruptedError
    return join_reportlab_pdfs(parts)
