"""`deskapp month-pack` as the supervisor runs it at a month's end: one workbook whose 目录 lists
its sheets, each sheet the same as that register's separate export."""
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from deskapp.cli import main


def values(ws):
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def test_month_pack_workbook_matches_the_separate_exports(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "deskapp", "demo", "--db", str(db), "--units", "60", "--seed", "3"],
                   check=True, capture_output=True)
    from deskapp.services.monthpack.workbook import monthly_registers

    out = tmp_path / "归档"
    out.mkdir()
    month = "2026-11"
    assert main(["--db", str(db), "month-pack", "--month", month, "-o", str(out)]) == 0
    said = capsys.readouterr().out
    written = out / f"每月汇总-{month}（第2次归档）.xlsx"  # the demo filed November: this is its second filing
    digest = hashlib.sha256(written.read_bytes()).hexdigest()
    assert "已写出并归档" in said and digest in said
    with sqlite3.connect(db) as con:  # filed: the month, who, and the file with its hash (the demo
        # filed its past months before: this filing is the latest)
        filed = con.execute("SELECT p.month, p.created_by, f.name, f.sha256 FROM month_packs p "
                            "JOIN month_pack_files f ON f.pack_id = p.id "
                            "WHERE p.id = (SELECT max(id) FROM month_packs)").fetchall()
    summary = out / f"每月汇总-{month}（第2次归档）.pdf"
    assert sorted(f[2:] for f in filed) == sorted([(written.name, digest),
                                                  (summary.name, hashlib.sha256(summary.read_bytes()).hexdigest())])
    assert all(f[0] == month and f[1] for f in filed)
    text = "".join(p.extract_text() for p in PdfReader(summary).pages)
    text = "".join(line.strip() + "\n" for line in text.splitlines())  # right-aligned figures come with a space
    assert "每月汇总（2026年11月）" in text and "归档后变更：0 项" in text
    # 一、本月登记表: each register's records, recomputed from the workbook's sheets: its first sheet's
    # rows (a further sheet is the rest of its columns for the same rows, （续）, or its own 汇总)
    listed = [r for r in load_workbook(written)["目录"].iter_rows(min_row=3, values_only=True) if r[0] != "合计"]
    for title in {r[1] for r in listed}:
        rows = next(r[2] for r in listed if r[1] == title)
        assert f"{title}\n{rows}\n" in text
    repairs = [r for r in listed if r[1] == "《工程维修单》登记表"]
    assert len(repairs) == 2 and repairs[0][2] == repairs[1][2] and f"《工程维修单》登记表\n{repairs[0][2]}\n" in text
    total = next(r for r in load_workbook(written)["目录"].iter_rows(min_row=3, values_only=True) if r[0] == "合计")
    assert total[2] == sum(next(r[2] for r in listed if r[1] == t) for t in {r[1] for r in listed})
    # 二、收费率: the month's 收费明细 recomputed — 实收 / 应收 as the finance report defines them
    from deskapp.domain.billing_finance import report_period
    from deskapp.services.app import open_context
    from deskapp.services.billing import finance_report
    from deskapp.services.context import Actor

    r = finance_report.report(open_context(db), Actor.os_user(), report_period(month=month))
    assert f"收费率（当期实收 / 当期应收）\n{r.collection_rate}%\n{r.total.received:,.2f} / {r.total.receivable:,.2f}" in text
    pack = load_workbook(written)
    index = values(pack["目录"])[2:-1]  # under the header, above the 合计 row
    assert [r[0] for r in index if r[0] != "—"] == pack.sheetnames[1:]  # one index row per sheet, in order
    specs = monthly_registers()
    assert {r[1] for r in index} == {s.title for s in specs}  # every monthly register is in the pack
    assert sum(r[2] for r in index) > 0  # the demo month has records
    separate = tmp_path / "separate"
    separate.mkdir()
    for i, spec in enumerate(specs, start=1):
        one = separate / f"{spec.name}.xlsx"
        if main(["--db", str(db), "export", spec.name, "--month", month, "-o", str(one)]) != 0:
            refused = capsys.readouterr().err  # e.g. no key count filed that month: said in the index
            assert any(r[1] == spec.title and r[0] == "—" and r[3] in refused for r in index)
            continue
        for ws in load_workbook(one).worksheets:
            mine = pack[f"{i:02d} {ws.title}"[:31]]
            assert values(mine) == values(ws)
            row = next(r for r in index if r[0] == mine.title)
            assert row[2] == ws.max_row - 2  # the index's rows are the sheet's data rows


def test_a_bad_month_writes_nothing(community, tmp_path, capsys, db_url):
    community.db.dispose()
    assert main(["--db", db_url, "month-pack", "--month", "2026-13", "-o", str(tmp_path)]) != 0
    assert "月份" in capsys.readouterr().err
    assert not list(tmp_path.glob("每月汇总*"))
