"""Every Excel register as the printer gets it: each `deskapp export` register (the GUI's monthly
exports are the same registry) and the 满意度调查报告, written from the demo centre and turned
into PDF by LibreOffice in one headless call, then measured like the PDFs: A4, no text under
8 pt after the fit-to-width shrink, and every amount of a money column printed whole on one
line (a wrapped or ### cell is missing from the page). Machine-import files for finance software
(`ExportSpec.machine_file`: the 金蝶 K/3 凭证引入 workbook, laid out as K/3 reads it) are not
printed registers and are left out."""
from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest
from paper_page import crowded_amounts, measure, missing_amounts, problems
from paper_prints import first

from deskapp.documents.xlsx import GAP, HEADER_ROW
from deskapp.services import exports
from deskapp.services.exports import ExportOptions

pytestmark = pytest.mark.slow

# A column holds money when its header says so (金额, 元, 费…) or its cells have a money format.
MONEY_WORDS = ("金额", "元", "费", "款", "欠", "押金", "余额", "合计", "单价", "优惠", "减免", "预存", "应收", "实收",
               "应缴", "已缴")
SOFFICE_TIMEOUT = 600  # about 30 registers; a loaded two-core machine converts them in a minute


def printed_registers() -> list[str]:
    """Every export a supervisor prints: all but the machine-import files (ExportSpec.machine_file)."""
    return [name for name, spec in exports.all_exports().items() if not spec.machine_file]


def convert(files, folder) -> None:
    """All the workbooks in one LibreOffice run, with a profile of its own (a desktop LibreOffice
    the user has open, or another test run, must not take the call)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is not installed (no soffice on PATH): run scripts/setup.sh, which installs "
                    "libreoffice-calc-nogui for the printed-page check")
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder / "pdf"), *map(str, files)],
        capture_output=True, text=True, timeout=SOFFICE_TIMEOUT, check=False)
    assert done.returncode == 0, f"soffice failed: {done.stdout}\n{done.stderr}"


def shown(value, number_format: str) -> str:
    """An amount as Excel and LibreOffice show it under the column's format (0.00, #,##0.0000…)."""
    number_format = number_format.removesuffix(GAP)  # the digit's width kept clear after it
    decimals = len(number_format.split(".")[1].rstrip(";")) if "." in number_format else 0
    v = Decimal(str(value))
    return f"{v:,.{decimals}f}" if "," in number_format else f"{v:.{decimals}f}"


def money_amounts(path) -> list[str]:
    """The non-zero amounts in every sheet of a workbook: cells formatted as money (#,##0.00), and
    cells with two or more decimals in a column whose header names money."""
    amounts = []
    wb = openpyxl.load_workbook(path, read_only=True)
    for ws in wb.worksheets:
        rows = ws.iter_rows(min_row=HEADER_ROW, values_only=False)
        header = [str(c.value or "") for c in next(rows, ())]
        money = {i for i, h in enumerate(header) if any(w in h for w in MONEY_WORDS)}
        for row in rows:
            for i, cell in enumerate(row):
                fmt = cell.number_format or ""
                if (isinstance(cell.value, (int, float, Decimal)) and cell.value
                        and ("#,##0.00" in fmt or (i in money and "0.00" in fmt))):
                    amounts.append(shown(cell.value, cell.number_format))
    wb.close()
    return amounts


@pytest.fixture(scope="module")
def registers(paper_centre, tmp_path_factory):
    """name -> the workbook written, for every register."""
    from deskapp.services.rounds import survey

    ctx, admin = paper_centre
    folder = tmp_path_factory.mktemp("registers")
    books = {}
    for name in printed_registers():
        books[name] = folder / f"{name}.xlsx"
        exports.run_export(ctx, admin, name, books[name], ExportOptions(month="2026-11", quarter="2026Q3",
                                                                        as_of=ctx.clock.today()))
    books["survey-report"] = folder / "survey-report.xlsx"
    survey.export_report(ctx, admin, first(ctx, "SELECT id FROM survey_campaigns ORDER BY id"), books["survey-report"])
    return books


@pytest.fixture(scope="module")
def printed(registers):
    """name -> (pdf bytes, amounts in the workbook's money columns) for every register."""
    folder = next(iter(registers.values())).parent
    convert(registers.values(), folder)
    return {name: ((folder / "pdf" / f"{name}.pdf").read_bytes(), money_amounts(path))
            for name, path in registers.items()}


def test_every_registers_title_row_names_it_bare(registers):
    """A register's title row names it as the paper is called — 钥匙借用登记表, not 《钥匙借用登记表》
    (the book marks are for running text naming another form)."""
    marked = []
    for name, path in registers.items():
        wb = openpyxl.load_workbook(path, read_only=True)
        for ws in wb:
            title = str(next(ws.iter_rows(max_row=1, values_only=True))[0] or "").split("\u3000")[0]
            if "《" in title or "》" in title:
                marked.append(f"{name} / {ws.title}: {title}")
        wb.close()
    assert len(registers) > 30 and marked == [], "\n".join(marked)


def test_every_register_prints_readable_on_a4(printed):
    assert set(printed) == {*printed_registers(), "survey-report"}
    assert "finance" in printed and "vouchers" not in printed
    found, summary = [], []
    for name, (pdf, amounts) in printed.items():
        pages = measure(pdf)
        found += problems(name, pages, "A4")
        found += [f"{name}: amount {a} is not printed whole on one line" for a in missing_amounts(pages, amounts)]
        crowded = crowded_amounts(pdf)
        if crowded:  # e.g. the 欠费账龄表's 合计 against its 欠费期间
            found.append(f"{name}: {len(crowded)} amounts printed against the next column, e.g. {crowded[:3]}")
        summary.append(f"{name}: {len(pages)} p., smallest {min((p.smallest for p in pages), default=0)} pt, "
                       f"{len(amounts)} amounts")
    print("\n".join(summary))
    assert sum(len(a) for _, a in printed.values()) > 100  # the money columns were found
    assert found == [], "\n".join(found)
