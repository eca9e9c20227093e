"""English for the texts the services hand to the GUI (issue 12 §3, docs/CONVENTIONS.md "Service texts").

The services and the domain write Chinese — the language of the centre's records and of the
paper forms. In English mode the GUI shows their user-facing texts (error messages, enum labels
such as 待处理, permission and setting labels, the morning list) through one catalogue,
resources/translations/deskapp_services_en.ts (Qt's .ts format, context "services", source
Chinese, translation English). An f-string becomes a pattern: f"房屋 {code} 不存在" is the
source "房屋 {0} 不存在"; the GUI matches it and translates each filled-in part in turn.

    python scripts/service_texts.py update        # collect the texts from the code into the .ts
    python scripts/service_texts.py todo          # list texts with no English yet
    python scripts/service_texts.py fill F.json   # F: {"中文": "English", ...} for unfinished entries

What is collected (the texts that reach the screen, not the records' own wording such as audit
summaries or PDF lines, which stay Chinese): the message arguments of the errors a user sees,
permission and setting labels, enum values, the field labels handed to the domain's checks,
the morning list's items, the key-lending checks, the label tables named in CONSTANTS, the
short labels an either-or gives ("作废" if … else "正常"), what the hooks in SHOWN_HOOKS say,
what the database check finds (every text of a function that makes a CheckResult, every finding
put into a list named `problems`, and the words of the check's report, CheckReport),
and the field names the GUI gives its date fields (DateField(label="截至日期")).
"""
from __future__ import annotations

import ast
import itertools
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "src" / "deskapp" / part for part in ("contracts", "domain", "services", "store")]
GUI = ROOT / "src" / "deskapp" / "gui"
CATALOGUE = ROOT / "resources" / "translations" / "deskapp_services_en.ts"
CONTEXT = "services"
CJK = re.compile(r"[\u4e00-\u9fff]")

ERRORS = {"ValidationError", "Conflict", "ConcurrentEdit", "NotFound", "PermissionDenied", "DeskappError",
          "BadBackup", "BackupFailed"}  # the last two: why a backup or a restore is refused
LABELS = {"define": 1, "declare": 2, "ImportKind": 1}  # where the label is among the arguments
# the domain's checks and look-ups that take a field or record label to name in their message
FIELD_HELPERS = {"check_text", "check_name", "check_name_or_blank", "parse_amount", "normalise_phone",
                 "parse_reading", "get_or_404", "found", "parse_date", "parse_day", "require_text", "bounded_text",
                 "past_date"}
SHOWN = {"OpenItem", "BorrowerCheck", "Duty", "DoneBy",
         "Anchor", "_anchor"}  # the last two: where an audit anchor was kept, named in the findings about it
# label tables the GUI shows as they are (columns of the arrears list, the audit log in words)
CONSTANTS = {"AGE_BUCKETS", "EVENT_LABELS", "ACTION_LABELS", "ENTITY_LABELS", "FIELD_LABELS", "AREA_LABELS", "STEP_AREAS", "_VERBS",
             "PROGRAM", "AUTO_TASK",  # the program's own work in the audit trail: 系统 / 自动备份
             "DISK_SAYS"}  # the disk under the SQLite file refusing a write (store/disk_trouble.py)
SHORT = 10  # characters (besides its slots): the longest label an either-or gives
# hooks whose texts the GUI shows as they are (the reasons a shift cannot hand over yet, and where
# a deposit the 押金台账 refuses is settled instead)
SHOWN_HOOKS = ("Hook.HANDOVER_BLOCKERS", "Hook.DEPOSIT_GIVEN_BACK_BY", "Hook.DEPOSIT_REFUND_WAITS_FOR")
# the database check (deskapp check, Tools ▸ Check database): its results' names and findings, and
# the report's own words (its verdict and the line under each check)
CHECK_RESULT, CHECK_REPORT, FINDINGS = "CheckResult", "CheckReport", "problems"
# functions whose texts are findings the check and a refused restore list (audit_chain.ChainReport.problems,
# audit_anchors.judge: what an anchor that disagrees means)
FINDING_MAKERS = {"problems", "judge"}
_SLOT = re.compile(r"\{\d+\}")


def _templates(node: ast.AST):
    """The texts a string expression can produce, f-strings as numbered patterns."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value.replace("{", "{{").replace("}", "}}")
    elif isinstance(node, ast.JoinedStr):
        parts, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            else:
                parts.append("{%d}" % n)
                n += 1
        yield "".join(parts)
    elif isinstance(node, ast.IfExp):
        yield from _templates(node.body)
        yield from _templates(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _templates(value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        # a message added up from pieces: the pieces that are not text are slots, and one put
        # together line by line (a head, a listing, a tail) is read, as the GUI reads it, by lines
        for whole in itertools.product(*([t for t in _templates(part)] or ["{0}"] for part in _added(node))):
            yield from (_renumbered(line) for line in "".join(_renumbered(p, at) for p, at in _offsets(whole))
                        .split("\n") if line.strip())


def _added(node: ast.AST) -> list[ast.AST]:
    """The operands of a + b + c, in order."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _added(node.left) + _added(node.right)
    return [node]


def _offsets(pieces: tuple[str, ...]):
    """Each piece with the number its first slot takes in the whole."""
    at = 0
    for piece in pieces:
        yield piece, at
        at += len(_SLOT.findall(piece))


def _renumbered(text: str, start: int = 0) -> str:
    """`text`'s slots counted from {start}."""
    count = iter(range(start, start + 1000))
    return _SLOT.sub(lambda _m: "{%d}" % next(count), text)


def _whole_strings(node: ast.AST):
    """The string expressions under `node`, an f-string whole (not its pieces)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Constant, ast.JoinedStr)):
            yield child
        else:
            yield from _whole_strings(child)


def _said_strings(node: ast.AST):
    """The string expressions under `node` but its docstrings (a bare string is said to nobody)."""
    bare = {id(n.value) for n in ast.walk(node) if isinstance(n, ast.Expr)}
    return (s for s in _whole_strings(node) if id(s) not in bare)


def _call_name(call: ast.Call) -> str:
    fn = call.func
    return fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""


def _finding(node: ast.AST) -> ast.AST | None:
    """What a statement adds to a list of findings: problems.append(x), problems += [...], problems = [...]."""
    def findings(target: ast.AST) -> bool:
        return (isinstance(target, ast.Name) and target.id == FINDINGS
                or isinstance(target, ast.Attribute) and target.attr == FINDINGS)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append" \
            and findings(node.func.value) and node.args:
        return node.args[0]
    if isinstance(node, ast.AugAssign) and findings(node.target):
        return node.value
    if isinstance(node, ast.Assign) and any(findings(t) for t in node.targets):
        return node.value
    return None


def _finding_parts(value: ast.AST) -> list[ast.AST]:
    """The texts a finding added is made of: the text itself (an f-string whole, not its pieces), or
    the texts in a list of them."""
    if isinstance(value, (ast.Constant, ast.JoinedStr, ast.BinOp, ast.IfExp, ast.BoolOp)):
        return [value]
    return [value, *_whole_strings(value)]


def _is_enum(cls: ast.ClassDef) -> bool:
    return any(ast.unparse(base).endswith("Enum") for base in cls.bases)


def _named(stmt: ast.Assign, names: set[str]) -> bool:
    return any(isinstance(t, ast.Name) and t.id in names for t in stmt.targets)


def collect() -> set[str]:
    found: set[str] = set()
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            if "demo" in path.parts and path.name != "__init__.py":  # the demo's made-up records are data
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            # the check's CheckResult (services/hooks.py), not another of the name (a decoration visit's)
            checks = not any(isinstance(n, ast.ClassDef) and n.name == CHECK_RESULT for n in ast.walk(tree)) \
                or path.name == "hooks.py"
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    name = _call_name(node)
                    if name in ERRORS | FIELD_HELPERS | SHOWN:
                        args = [*node.args, *(k.value for k in node.keywords)]
                    elif name in LABELS:  # define(key, label, roles), declare(key, default, label, …)
                        at = LABELS[name]
                        args = node.args[at:at + 1] + [k.value for k in node.keywords
                                                       if k.arg in ("label", "choices", "pattern_hint", "confirm")]
                    elif _finding(node) is not None:  # problems.append(f"…")
                        args = _finding_parts(_finding(node))
                    else:
                        continue
                    for arg in args:
                        found.update(_templates(arg))
                elif isinstance(node, ast.ClassDef) and _is_enum(node):
                    for stmt in node.body:
                        if isinstance(stmt, ast.Assign):
                            found.update(_templates(stmt.value))
                elif isinstance(node, ast.IfExp):  # a short either-or is a state: "作废" if … else "正常"
                    for branch in (node.body, node.orelse):
                        if isinstance(branch, ast.Constant):
                            found.update(t for t in _templates(branch) if 2 <= len(t) <= SHORT)
                elif isinstance(node, ast.Return) and isinstance(node.value, ast.IfExp):
                    # a function that returns one of two short texts: f"{text} 已核验" if … else …
                    for branch in (node.value.body, node.value.orelse):
                        found.update(t for t in _templates(branch) if 2 <= len(_SLOT.sub("", t)) <= SHORT)
                elif isinstance(node, ast.FunctionDef) and any(hook in ast.unparse(d) for d in node.decorator_list
                                                               for hook in SHOWN_HOOKS):
                    for part in _whole_strings(node):
                        found.update(_templates(part))
                elif isinstance(node, ast.FunctionDef) and checks and any(
                        isinstance(n, ast.Call) and _call_name(n) == CHECK_RESULT for n in ast.walk(node)):
                    for part in _said_strings(node):  # a check: its name, note and findings
                        found.update(_templates(part))
                    named = {c.args[0].id for c in ast.walk(node) if isinstance(c, ast.Call)
                             and _call_name(c) == CHECK_RESULT and c.args and isinstance(c.args[0], ast.Name)}
                    for stmt in tree.body:  # its name kept in the module: TRIGGERS = "防篡改触发器"
                        if isinstance(stmt, ast.Assign) and _named(stmt, named):
                            found.update(_templates(stmt.value))
                elif isinstance(node, ast.ClassDef) and node.name == CHECK_REPORT:
                    for part in _said_strings(node):
                        found.update(_templates(part))
                elif _finding(node) is not None:
                    for part in _finding_parts(_finding(node)):
                        found.update(_templates(part))
                elif isinstance(node, ast.FunctionDef) and node.name in FINDING_MAKERS:
                    for part in _said_strings(node):
                        found.update(_templates(part))
                elif isinstance(node, ast.Assign) and _named(node, CONSTANTS):
                    for part in ast.walk(node.value):
                        found.update(_templates(part))
                elif isinstance(node, ast.FunctionDef) and node.name in FIELD_HELPERS:
                    for default in [*node.args.defaults, *node.args.kw_defaults]:
                        if default is not None:
                            found.update(_templates(default))
    # the GUI names a date field by the service's field name (DateField(label="截至日期")):
    # its message goes the same way
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "label":
                found.update(_templates(node.value))
    # a pattern must carry words of its own: "{0}：{1}" would match any data
    return {t for t in found if CJK.search(_SLOT.sub("", t))}


def read(path: Path = CATALOGUE) -> dict[str, str]:
    """source → English ("" while unfinished)."""
    if not path.exists():
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        tr = msg.find("translation")
        out[msg.findtext("source")] = "" if tr is None or tr.get("type") == "unfinished" else (tr.text or "")
    return out


def write(entries: dict[str, str], path: Path = CATALOGUE) -> None:
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="zh_CN")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source in sorted(entries):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        tr = ET.SubElement(msg, "translation")
        if entries[source]:
            tr.text = entries[source]
        else:
            tr.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def update() -> None:
    """Texts now in the code, keeping the English already given; texts gone from the code go."""
    known = read()
    write({source: known.get(source, "") for source in collect()})


def todo() -> list[str]:
    return sorted(source for source, english in read().items() if not english)


def fill(mapping_file: Path) -> None:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    entries = read()
    for source, english in entries.items():
        if not english and mapping.get(source):
            entries[source] = mapping[source]
    write(entries)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "todo"
    if cmd == "update":
        update()
    elif cmd == "todo":
        missing = todo()
        print("\n".join(missing))
        sys.exit(1 if missing else 0)
    elif cmd == "fill":
        fill(Path(sys.argv[2]))
    else:
        sys.exit(__doc__)
