"""Issue 20 §2: the Linux bundle built by installer/build.py runs the program's commands with
no source tree and no virtual environment: smoke-test, init, a PDF and an XLSX export."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from deskapp.services.demo.accounts import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(out / "dist"),
                           "--work", str(out / "work")], capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    folder = Path(done.stdout.strip().splitlines()[-1])
    assert (folder / "deskapp").is_file()
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("reception-pc")


def frozen(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    # A bare environment: no PYTHONPATH, no virtual environment or source tree on PATH,
    # started from a folder outside the checkout.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(bundle / "deskapp"), *args], env=env, cwd=home, capture_output=True,
                          text=True, timeout=600)


def test_bundle_carries_what_the_program_loads(bundle):
    inside = bundle / "_internal" / "deskapp"
    assert (inside / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert list((inside / "resources" / "translations").glob("*.qm"))
    assert (inside / "store" / "migrations" / "versions" / "0001_foundation.py").is_file()
    assert list((inside / "ui").glob("*.ui"))
    assert (bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").is_dir()
    assert not list(bundle.rglob("*.pth")), "the bundle must not point back at a checkout"


def test_init_makes_a_database(bundle, home):
    done = frozen(bundle, home, "--db", str(home / "new.sqlite"), "init", "--community", "翠湖花园")
    assert done.returncode == 0, done.stderr
    assert "数据库已就绪" in done.stdout
    with sqlite3.connect(home / "new.sqlite") as db:
        assert db.execute("select count(*) from alembic_version").fetchone()[0] >= 1


@pytest.fixture(scope="module")
def demo_db(bundle, home) -> Path:
    path = home / "demo.sqlite"
    done = frozen(bundle, home, "--db", str(path), "demo", "--units", "40", "--quiet")
    assert done.returncode == 0, done.stderr
    return path


def test_smoke_test_passes(bundle, home, demo_db):
    done = frozen(bundle, home, "--db", str(demo_db), "smoke-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "自检通过" in done.stdout
    assert "Qt 标准按钮与文件对话框：中文" in done.stdout  # the bundle carries qtbase_zh_CN.qm and finds it


def test_fee_notices_pdf_with_embedded_font(bundle, home, demo_db):
    with sqlite3.connect(demo_db) as db:
        quarter = db.execute("select quarter from bills order by quarter desc limit 1").fetchone()[0]
    out = home / "notices.pdf"
    done = frozen(bundle, home, "--db", str(demo_db), "billing", "notices", "--quarter", quarter,
                  "--include-paid", "-o", str(out))
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert b"/FontFile2" in data and b"WenQuanYiMicroHei" in data
    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    assert "收费通知单" in reader.pages[0].extract_text()


def test_register_xlsx_opens(bundle, home, demo_db):
    out = home / "keys.xlsx"
    done = frozen(bundle, home, "--db", str(demo_db), "export", "keys", "-o", str(out))
    assert done.returncode == 0, done.stderr
    ws = load_workbook(out).worksheets[0]
    texts = [c.value for row in ws.iter_rows(max_row=3) for c in row if c.value]
    assert any("托管钥匙登记表" in str(t) for t in texts), texts
    assert ws.max_row > 3


def test_shared_data_folder_chosen_at_installation(bundle, home):
    # What the Windows installer writes when 所有用户共用 is chosen: the default database
    # (no --db) is made in that folder, not in the user's.
    shared = home / "ProgramData" / "deskapp"
    shared.mkdir(parents=True)
    ini = bundle / "deskapp-install.ini"
    ini.write_text(f"[data]\nfolder={shared}\n", encoding="utf-8")
    try:
        done = frozen(bundle, home, "init", "--community", "翠湖花园")
    finally:
        ini.unlink()
    assert done.returncode == 0, done.stderr
    assert (shared / "deskapp.sqlite").is_file()


def test_desk_starts_and_checks_its_file_in_a_frozen_child(bundle, home, demo_db):
    # The desk checks its file in a spawned process (store/write_gate.py); frozen, that child is
    # the bundle's own executable again, which must run the check and not a second program
    # (installer/entry.py: freeze_support). If it could not, the check would fall back to the
    # desk's own process and the log would say so.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "DESKAPP_USER": "admin", "DESKAPP_PASSWORD": DEMO_PASSWORD, "DESKAPP_EXIT_WHEN_READY": "1"}
    with sqlite3.connect(demo_db) as db:
        logins_before = db.execute("select count(*) from audit_log where action = 'accounts.login'").fetchone()[0]
    done = subprocess.run([str(bundle / "deskapp"), "--db", str(demo_db)], env=env, cwd=home,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    logs = "".join(p.read_text(encoding="utf-8") for p in home.rglob("deskapp.log*"))
    assert "the file's check (process" in logs and "sound" in logs, logs[-3000:]
    assert "runs in the desk's own" not in logs, logs[-3000:]
    with sqlite3.connect(demo_db) as db:  # the login row waited for the check's verdict and was written
        assert db.execute("select count(*) from audit_log where action = 'accounts.login'").fetchone()[0] == logins_before + 1
