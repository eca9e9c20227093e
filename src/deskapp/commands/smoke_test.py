"""`deskapp smoke-test`: start the desk program headless on a database, visit every view, open
one unit page, write one PDF and one XLSX to a temporary folder and check them. Exit 0 when
all went well; any error or Qt warning ends it with status 1 and the message."""
from __future__ import annotations

# Offscreen-platform chatter that says nothing about the program (also ignored by the tests).
IGNORED_QT_MESSAGES = ("This plugin does not support",)


def register(sub) -> None:
    p = sub.add_parser(
        "smoke-test", help="无界面自检：打开主窗口、逐个视图、一户房屋页面，写出并检查一份 PDF 和一份 XLSX",
        description="在不显示窗口的情况下（Qt offscreen）打开主窗口，依次打开每个视图和一户房屋页面，"
                    "在临时文件夹写出业户档案 PDF 和业户档案 Excel 并检查；全部正常时退出码为 0，"
                    "出现任何错误或 Qt 警告时退出码为 1 并给出原因。")
    p.set_defaults(func=run)


class SmokeFailure(Exception):
    pass


def check_pdf(pdf: bytes) -> int:
    """A real PDF with the Chinese font embedded; returns its page count."""
    import pypdfium2 as pdfium

    if not pdf.startswith(b"%PDF"):
        raise SmokeFailure("PDF 文件头不是 %PDF")
    if b"/FontFile2" not in pdf or b"WenQuanYiMicroHei" not in pdf:
        raise SmokeFailure("PDF 没有嵌入中文字体 WenQuanYi Micro Hei")
    doc = pdfium.PdfDocument(pdf)
    try:
        pages = len(doc)
        text = doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    if pages < 1 or "业户档案" not in text:
        raise SmokeFailure("PDF 第一页没有标题“业户档案”")
    return pages


def check_xlsx(path, expected_header: list[str]) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        next(rows, None)  # title row
        header = list(next(rows, None) or [])[:len(expected_header)]
        if header != expected_header:
            raise SmokeFailure(f"Excel 表头不对：{header}")
        return 2 + sum(1 for _ in rows)
    finally:
        wb.close()


def qt_words() -> str:
    """Qt's own dialogs (standard buttons, file chooser, print dialog) speak Chinese: Qt's catalogue
    qtbase_zh_CN.qm was found (in a wheel install and in the bundle alike)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
        raise SmokeFailure("Qt 自带的中文译文 qtbase_zh_CN.qm 没有加载：标准按钮和文件对话框会显示英文")
    return "Qt 标准按钮与文件对话框：中文"


def run(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from deskapp.commands._common import context, reports_errors

    import sys

    @reports_errors
    def go(args) -> int:
        try:
            ctx = context(args)
        except Exception as exc:  # e.g. not a database: the smoke test reports it, no traceback
            if exc.__class__.__module__.startswith("deskapp"):
                raise
            print(f"失败：无法打开数据库：{exc}", file=sys.stderr)
            return 1
        return smoke(ctx, lang=getattr(args, "lang", None))

    return go(args)


def smoke(ctx, *, lang: str | None = None, out=print, err=None) -> int:
    import sys
    import tempfile
    import time
    from pathlib import Path

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from deskapp.documents.registry.xlsx import UNIT_COLUMNS
    from deskapp.domain.errors import DeskappError
    from deskapp.gui.app import make_app
    from deskapp.gui.main_window import MainWindow
    from deskapp.gui.session import ChangeBus, DeskSession
    from deskapp.services.registry import units as registry_units
    from deskapp.services.registry import exports as registry_exports
    from deskapp.services.registry import prints as registry_print
    from deskapp.services.context import Actor
    from deskapp.services.exports import ExportOptions
    from deskapp.contracts.registry import UnitFilter

    problems: list[str] = []

    def on_message(kind, _context, message) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(message.startswith(m) for m in IGNORED_QT_MESSAGES):
            return
        problems.append(f"Qt：{message}")

    started = time.perf_counter()
    previous = qInstallMessageHandler(on_message)
    window = None
    try:
        app = make_app(lang=lang or "zh_CN")
        if (lang or "zh_CN") == "zh_CN":
            out(qt_words())
        actor = Actor.os_user()
        window = MainWindow(DeskSession(ctx, actor, ChangeBus()))
        window.show()
        app.processEvents()
        for key in window.view_keys():
            window.show_view(key)
            app.processEvents()
            out(f"视图 {key}：正常")
        first = registry_units.unit_register(ctx, actor, UnitFilter(), limit=1).rows
        with tempfile.TemporaryDirectory(prefix="deskapp-smoke-") as tmp:
            folder = Path(tmp)
            if first:
                page = window.open_unit(first[0].id)
                app.processEvents()
                out(f"房屋页面 {page.code}：正常")
                pdf = registry_print.unit_file_pdf(ctx, actor, first[0].id)
            else:
                out("数据库中没有房屋：跳过房屋页面，打印空白业户档案检查")
                from deskapp.services.registry import completeness

                report = completeness.run_check(ctx, actor)
                pdf = completeness.report_pdf(ctx, actor, report)
            (folder / "smoke.pdf").write_bytes(pdf)
            out(f"PDF：{check_pdf(pdf)} 页，中文字体已嵌入")
            xlsx = folder / "smoke.xlsx"
            n = registry_exports.export_units(ctx, actor, xlsx, ExportOptions())
            rows = check_xlsx(xlsx, [c.header for c in UNIT_COLUMNS])
            out(f"Excel：{n} 行数据（工作表共 {rows} 行），可由 openpyxl 打开")
        window.close()
        app.processEvents()
    except (SmokeFailure, DeskappError) as exc:
        problems.append(str(exc))
    except Exception as exc:  # the point of a smoke test: report anything, never a traceback only
        import traceback

        problems.append(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    finally:
        if window is not None:
            window.deleteLater()
        qInstallMessageHandler(previous)
    if problems:
        for p in problems:
            (err or (lambda text: print(text, file=sys.stderr)))(f"失败：{p}")
        return 1
    out(f"自检通过（{time.perf_counter() - started:.1f} 秒）：{ctx.db.location}")
    return 0
