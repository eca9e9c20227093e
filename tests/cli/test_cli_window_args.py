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
