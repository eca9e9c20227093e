"""Print preview, printing and saving of the PDFs the documents layer makes.

One PDF is the single source: the preview shows its pages (rendered with pdfium), the
printer gets the same pages, "save" writes the same bytes. Pages are rendered one at a time
while painting, so a 60-page register does not sit in memory as 60 full-size images."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from deskapp.gui import file_dialogs

MAX_DPI = 200  # enough for text on paper; the printer's 1200 dpi would only cost memory

# Told when a document leaves the program, fn(title, suggested_name, how) with how "print" or
# "pdf": the accounts area records it in the audit trail for the signed-in user.
OUTPUT_LISTENERS: list = []


def _tell(dialog: "PdfPreviewDialog", how: str) -> None:
    told(dialog.windowTitle(), dialog.suggested_name, how)


def told(title: str, suggested_name: str, how: str) -> None:
    for fn in list(OUTPUT_LISTENERS):
        fn(title, suggested_name, how)


def _to_qimage(page, dpi: float) -> QImage:
    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: int = 150, *, first: int = 0, last: int | None = None) -> list[QImage]:
    """Pages `first`..`last` (inclusive, 0-based) as images, e.g. for a thumbnail or a test."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        end = len(doc) - 1 if last is None else min(last, len(doc) - 1)
        for i in range(first, end + 1):
            page = doc[i]
            try:
                images.append(_to_qimage(page, dpi))
            finally:
                page.close()
    finally:
        doc.close()
    return images


def paint_pages(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of `pdf` onto `printer` (a real printer or the preview); returns pages."""
    import pypdfium2 as pdfium

    dpi = min(printer.resolution(), MAX_DPI)
    doc = pdfium.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        doc.close()
        return 0
    try:
        for n in range(len(doc)):
            if n:
                printer.newPage()
            page = doc[n]
            try:
                img = _to_qimage(page, dpi)
            finally:
                page.close()
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            scaled = img.size().scaled(int(area.width()), int(area.height()), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), img)
        return len(doc)
    finally:
        painter.end()
        doc.close()


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over a finished PDF, with a "save as PDF" button beside print."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        # The dialog's own printer: it lives exactly as long as the dialog (a QPrinter of ours
        # could be collected by Python first and leave the dialog pointing at freed memory).
        super().__init__(parent)
        self.printer().setResolution(300)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.pages_painted = 0
        self.paintRequested.connect(self._paint)
        self.accepted.connect(lambda: _tell(self, "print"))  # Qt accepts the preview after printing
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            save = bar.addAction(self.tr("Save as PDF…"))
            save.triggered.connect(self.save_pdf)
        self.resize(1000, 800)

    def _paint(self, printer: QPrinter) -> None:
        self.pages_painted = paint_pages(printer, self.pdf)

    def save_pdf(self) -> Path | None:
        path = file_dialogs.save_file(self, self.tr("Save as PDF"), self.suggested_name, "PDF (*.pdf)", kind="pdf")
        if path is None:
            return None
        return self.save_to(path)

    def save_to(self, path: Path) -> Path:
        path = Path(path)
        path.write_bytes(self.pdf)
        _tell(self, "pdf")
        return path


def default_printer() -> QPrinter | None:
    """The PC's default printer, or None where there is none (then the preview is shown instead)."""
    info = QPrinterInfo.defaultPrinter()  # asks the system's print service: once
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    return printer


def print_directly(printer: QPrinter, pdf: bytes, title: str, suggested_name: str) -> int:
    """Every page of `pdf` straight to `printer`, no dialog (the counter's 直接打印: the receipt
    goes out as the payment is taken); told to the listeners as a print. Returns the pages."""
    printer.setDocName(title)
    pages = paint_pages(printer, pdf)
    if pages:
        told(title, suggested_name, "print")
    return pages
