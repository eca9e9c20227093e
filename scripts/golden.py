"""Golden files of every export and printed document (tests/golden/, the table in
tests/golden/golden_docs.py; tests/golden/test_golden_files.py compares them).

    python scripts/golden.py                      # compare; print a diff per changed document, exit 1 if any
    python scripts/golden.py --update             # rewrite every golden file (and drop ones no longer listed)
    python scripts/golden.py --update --only receipt-A4两联 export-units   # just these
    python scripts/golden.py --list               # the documents' names

When a change of output is intended, run --update and commit the golden diff with the reason in
the message. The demo world is built once (about 10 s) and each document is made on its own copy.
"""
from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This checkout's code first (the shared venv may hold an editable install of another checkout).
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "tests" / "golden")]

import golden_docs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="write the golden files instead of comparing")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these documents")
    parser.add_argument("--list", action="store_true", help="list the documents and stop")
    args = parser.parse_args(argv)

    docs = list(golden_docs.chosen(args.only))
    if args.list:
        print("\n".join(d.name for d in docs))
        return 0
    started = time.perf_counter()
    changed = []
    with tempfile.TemporaryDirectory(prefix="deskapp-golden-") as tmp:
        world = golden_docs.build_world(Path(tmp))
        for doc in docs:
            text = golden_docs.make(doc, world, Path(tmp) / doc.name)
            path = golden_docs.golden_path(doc)
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            if text == old:
                continue
            changed.append(doc.name)
            if args.update:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            else:
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(True), text.splitlines(True), f"golden/{doc.name}", f"now/{doc.name}"))
    stale = []
    if args.update and not args.only:
        listed = {golden_docs.golden_path(d) for d in docs}
        stale = [p for p in golden_docs.FILES.glob("*.txt") if p not in listed]
        for p in stale:
            p.unlink()
    verb = "rewritten" if args.update else "differ"
    print(f"{len(docs)} documents in {time.perf_counter() - started:.0f} s; {len(changed)} {verb}"
          + (": " + ", ".join(changed) if changed else "")
          + (f"; removed {', '.join(p.stem for p in stale)}" if stale else ""), file=sys.stderr)
    return 1 if changed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
