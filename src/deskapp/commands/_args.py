"""Argument types the parser checks itself, so a bad value ends the command with argparse's
usage message and exit status 2 before anything is opened or written. Light: no deskapp
imports, because every sub-command's parser is built at each start."""
from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”应为正整数") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数，现为 {value}")
    return value
