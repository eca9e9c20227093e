"""`deskapp [--db X] [--lang L]` goes straight to the window without loading the sub-commands."""
from __future__ import annotations

from deskapp.cli import _window_only, build_parser


def test_window_options_alone_open_the_window():
    args = _window_only(["--db", "x.sqlite", "--lang", "en"])
    assert args is not None and args.db == "x.sqlite" and args.lang == "en"
    assert _window_only([]) is not None


def test_anything_else_goes_to_the_full_parser():
    assert _window_only(["demo", "--units", "10"]) is None
    assert _window_only(["--help"]) is None
    assert _window_only(["--lang", "xx"]) is None  # the full parser says what is wrong
    full = build_parser().parse_args(["--db", "x.sqlite", "demo", "--units", "10"])
    assert full.command == "demo" and full.db == "x.sqlite"


def test_the_window_reads_its_options_as_the_full_parser_does():
    for argv in (["--db=x.sqlite"], ["--lang", "zh_CN", "--db", "a b.sqlite"], ["--db", "1.sqlite", "--db", "2.sqlite"]):
        quick, full = _window_only(argv), build_parser().parse_args(argv)
        assert (quick.db, quick.lang) == (full.db, full.lang), argv
    assert _window_only(["--db"]) is None  # a missing value: the full parser says so
    assert _window_only(["--db", "--lang", "en"]) is None


def test_the_window_alone_imports_no_argparse_and_no_sub_command():
    import subprocess
    import sys

    probe = ("import sys\nfrom deskapp.cli import _window_only\n_window_only(['--db', 'x.sqlite'])\n"
             "print(sorted(m for m in ('argparse', 'deskapp.commands', 'deskapp.logs') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
