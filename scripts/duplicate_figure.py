"""The duplication figure of issue 15: pairs of places in src/deskapp sharing six or more lines,
not counting boilerplate, split into declarations and logic.

    python scripts/duplicate_figure.py                  # runs `duplicates` over src/deskapp (up to 10 min)
    python scripts/duplicate_figure.py --saved F.txt    # counts a saved run of it instead

It runs `duplicates --repo src/deskapp --most 200 --seconds 600` (the `duplicates` command,
/work/.library/duplicates/README.md; where it is not installed this says so and exits 0) and
leaves out:
- the pairs the tool marks `boilerplate`,
- the pairs with a side in store/migrations/ (history: a migration is never edited).
The rest it splits, by reading the lines of each side in the file with `ast`:
- "declarations": both sides are only declarations — a class header and its decorators, the
  assignments of a class body (dataclass fields, `Mapped[...] = mapped_column(...)`, enum
  members, `__tablename__`), a module's values written out (constants, names, arithmetic, and
  displays of and calls with them: a transition table, `WIDTH = 180 * mm`, a register's columns
  `[xlsx.Col("序号", 6), …]`, a permission `define(...)` or setting `settings.declare(...)`), imports,
  docstrings, `pass`/`...` — two records or tables whose lines look alike. They stay: renaming
  fields to dodge the scanner would only game the figure.
- "logic": the rest — repeated code, where one helper may serve both places.
It prints both counts and the logic pairs. The figure is "logic"; issue 15 asks for all the
non-boilerplate pairs (both kinds) to be under 30.
"""
from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPO = ROOT / "src" / "deskapp"
COMMAND = ["duplicates", "--most", "200", "--seconds", "600"]
ROW = re.compile(r"^(D\d+) (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)(.*)$")
LEFT_OUT = ("store/migrations/",)


@dataclass(frozen=True)
class Side:
    path: str
    first: int
    last: int


@dataclass(frozen=True)
class Pair:
    row: str  # the tool's line as it gave it
    a: Side
    b: Side
    boilerplate: bool


def parse(output: str) -> list[Pair]:
    pairs = []
    for line in output.splitlines():
        m = ROW.match(line)
        if m:
            name, pa, a1, a2, pb, b1, b2, rest = m.groups()
            pairs.append(Pair(line, Side(pa, int(a1), int(a2)), Side(pb, int(b1), int(b2)),
                              "boilerplate" in rest.split()))
    return pairs


def counted(pairs: list[Pair]) -> list[Pair]:
    """The pairs the figure counts: neither boilerplate nor in a migration."""
    return [p for p in pairs if not p.boilerplate
            and not any(part in side.path for side in (p.a, p.b) for part in LEFT_OUT)]


@cache
def _declaration_lines(path: Path) -> tuple[frozenset[int], frozenset[int]]:
    """(lines that belong to a declaration, lines that belong to any statement) of a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    spans: list[tuple[int, int, bool]] = []  # (first, last, is a declaration), innermost wins

    def visit(node: ast.AST, in_class: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt):
                first = min([child.lineno] + [d.lineno for d in getattr(child, "decorator_list", [])])
                spans.append((first, child.end_lineno or child.lineno, _is_declaration(child, in_class)))
                visit(child, isinstance(child, ast.ClassDef))

    visit(tree, False)
    spans.sort(key=lambda s: s[1] - s[0], reverse=True)  # widest first, so the innermost is set last
    kind: dict[int, bool] = {}
    for first, last, decl in spans:
        for n in range(first, last + 1):
            kind[n] = decl
    return frozenset(n for n, d in kind.items() if d), frozenset(kind)


def _is_declaration(node: ast.stmt, in_class: bool) -> bool:
    if isinstance(node, (ast.ClassDef, ast.Pass, ast.Import, ast.ImportFrom)):
        return True  # a ClassDef's own lines are its header and decorators; its body is judged line by line
    if isinstance(node, ast.Expr):
        return isinstance(node.value, ast.Constant) and isinstance(node.value.value, (str, type(...)))
    if isinstance(node, (ast.AnnAssign, ast.Assign)):
        # in a class body: fields, enum members, __tablename__; in a module: a table of values
        return in_class or (node.value is not None and _literal(node.value))
    return False


def _literal(node: ast.expr) -> bool:
    """A value written out: constants, names, attributes, arithmetic, displays of them and calls
    with them as arguments (a record made, a permission declared) — no comprehension, no lambda."""
    if isinstance(node, (ast.Constant, ast.Name, ast.Attribute)):
        return True
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(_literal(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _literal(k) for k in node.keys) and all(_literal(v) for v in node.values)
    if isinstance(node, ast.Call):  # xlsx.Col("序号", 6), define("keys.lend", "借出钥匙", DESK)
        return (_literal(node.func) and all(_literal(a) for a in node.args)
                and all(_literal(k.value) for k in node.keywords))
    if isinstance(node, ast.BinOp):
        return _literal(node.left) and _literal(node.right)  # 180 * mm
    return isinstance(node, ast.UnaryOp) and _literal(node.operand)  # -1


def is_declaration(side: Side, repo: Path) -> bool:
    """Every statement line of the side declares: no line of logic among them."""
    path = repo / side.path
    if path.suffix != ".py" or not path.is_file():
        return False
    try:
        decl, stated = _declaration_lines(path)
    except SyntaxError:
        return False
    lines = [n for n in range(side.first, side.last + 1) if n in stated]  # blanks and comments say nothing
    return bool(lines) and all(n in decl for n in lines)


def split(pairs: list[Pair], repo: Path) -> tuple[list[Pair], list[Pair]]:
    declarations, logic = [], []
    for p in counted(pairs):
        (declarations if is_declaration(p.a, repo) and is_declaration(p.b, repo) else logic).append(p)
    return declarations, logic


def run_tool(repo: Path) -> str | None:
    if shutil.which("duplicates") is None:
        return None
    done = subprocess.run([*COMMAND, "--repo", str(repo)], capture_output=True, text=True, cwd=ROOT)
    return done.stdout


def report(output: str, repo: Path) -> str:
    pairs = parse(output)
    declarations, logic = split(pairs, repo)
    lines = [f"pairs listed: {len(pairs)}; counted (not boilerplate, not store/migrations/): "
             f"{len(declarations) + len(logic)}",
             f"declarations: {len(declarations)}",
             f"logic: {len(logic)}"]
    lines += [f"  {p.row}" for p in logic]
    cut = [line for line in output.splitlines() if line.startswith(("(+", "incomplete:"))]
    if pairs and not pairs[-1].boilerplate and any(line.startswith("(+") for line in cut):
        lines.append("warning: --most cut the list before the boilerplate rows: the counts may be short")
    lines += [f"tool: {line}" for line in cut if line.startswith("incomplete:")]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--saved", type=Path, help="a saved output of `duplicates` to count instead of running it")
    ap.add_argument("--repo", type=Path, default=REPO, help="the tree the rows' paths are relative to")
    args = ap.parse_args(argv)
    if args.saved:
        output = args.saved.read_text(encoding="utf-8")
    else:
        output = run_tool(args.repo)
        if output is None:
            print("the `duplicates` command is not installed here: no figure")
            return 0
    print(report(output, args.repo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
