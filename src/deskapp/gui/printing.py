"""Print preview, printing and saving of the PDFs the documents layer makes.

One PDF is the single source: the preview shows its pages (rendered with pdfium), the
printer gets the same pages, "save" writes the same bytes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget


def render_pages(pdf: bytes, dpi: int = 150) -> list[QImage]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            img = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            images.append(img)
            page.close()
    finally:
        doc.close()
    return images


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for n, img in enumerate(pages):
            if n:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            target = QRectF(0, 0, area.width(), area.height())
            scaled = img.size().scaled(int(target.width()), int(target.height()), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), img)
    finally:
        painter.end()


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over a finished PDF, with a "save as PDF" button beside print."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.pages = render_pages(pdf)
        self.paintRequested.connect(lambda printer: paint_pages(printer, self.pages))
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            save = bar.addAction(self.tr("Save as PDF…"))
            save.triggered.connect(self.save_pdf)
        self.resize(1000, 800)

    def save_pdf(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        path.write_bytes(self.pdf)
        return path
