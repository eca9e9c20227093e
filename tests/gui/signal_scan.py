"""An AST scan of the GUI for the bug class of issue 12: a button's clicked(bool), an action's
triggered(bool) or a toggle's toggled(bool) connected to a callable whose first optional
positional parameter the signal's argument fills (`void(reason=None)` called as `void(False)`);
likewise, where the slot is found, any other signal with arguments (currentIndexChanged(int)…).

PySide6 gives a signal's arguments to a Python slot as far as its signature takes them: a slot
with an optional positional parameter gets `checked` in it, a slot without parameters (or with
only `*args`) gets nothing. Which Python callables are connected cannot be read back from Qt at
run time, so the scan resolves every connection from the source:

- `self.method` in the enclosing class (and its bases in the GUI package), `self.attr.method`
  and `local.method` through the class the attribute or local is made from;
- module functions, nested functions, imported GUI functions;
- `functools.partial(f, a, …)` (the bound arguments are skipped);
- names bound by `for a, slot in ((…, self.x), …)` over a literal;
- lambdas: one whose first parameter has a default other than a bool (`lambda a=action: …`)
  gets the signal's bool instead of its default.

A callable passed in as a parameter (a helper `button(text, slot)` connecting `slot`) cannot be
resolved at the helper, so it is reported: helpers wrap it (`lambda _=False: slot()`).
Anything else the scan cannot resolve is reported too, unless it is a Qt method (owner made
from a Qt class, or a method every Qt dialog/widget has)."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

# The signals that carry a bool (QMenu.triggered carries a QAction, QDialogButtonBox.clicked
# a button: just as bad for an optional parameter).
SIGNALS = ("clicked", "triggered", "toggled")
# Other signals with arguments: judged only where the target is a method or function the scan
# finds (their helpers pass callables on deliberately, e.g. a job's progress(done, total)).
ARG_SIGNALS = ("activated", "cellChanged", "cellDoubleClicked", "changed", "currentChanged", "currentIndexChanged",
               "currentRowChanged", "currentTextChanged", "dateChanged", "dateTimeChanged", "doubleClicked",
               "itemChanged", "itemDoubleClicked", "stateChanged", "tabCloseRequested", "textChanged",
               "textEdited", "valueChanged")
# what a verdict on a definitely resolved slot starts with
_DEFINITE = ("the slot's optional parameter", "the lambda's optional parameter")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    signal: str
    target: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: .{self.signal}.connect({self.target}) — {self.why}"


@dataclass
class _Module:
    name: str
    path: str
    tree: ast.Module
    functions: dict[str, ast.FunctionDef]
    classes: dict[str, ast.ClassDef]
    imported: dict[str, str]  # local name -> imported name (from-imports)


def _qt_method(name: str) -> bool:
    """A method every Qt dialog, wizard or view has (accept, reject, close, completeChanged…)."""
    from PySide6.QtWidgets import QAbstractItemView, QDialog, QMainWindow, QWizard, QWizardPage

    return any(hasattr(cls, name) for cls in (QDialog, QWizard, QWizardPage, QMainWindow, QAbstractItemView))


def _is_qt_class(name: str) -> bool:
    import PySide6.QtCore as core
    import PySide6.QtGui as gui
    import PySide6.QtWidgets as widgets

    return any(hasattr(mod, name) for mod in (widgets, gui, core))


class Scanner:
    def __init__(self, sources: dict[str, str]):
        """`sources`: module path (for messages) → source text."""
        self.modules: list[_Module] = []
        self.class_index: dict[str, list[tuple[_Module, ast.ClassDef]]] = {}
        self.function_index: dict[str, list[ast.FunctionDef]] = {}
        for path, text in sources.items():
            tree = ast.parse(text, filename=path)
            functions = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
            classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
            imported = {}
            for node in tree.body:
                if isinstance(node, ast.ImportFrom):
                    for alias in node.names:
                        imported[alias.asname or alias.name] = alias.name
            module = _Module(path, path, tree, functions, classes, imported)
            self.modules.append(module)
            for name, cls in classes.items():
                self.class_index.setdefault(name, []).append((module, cls))
            for name, fn in functions.items():
                self.function_index.setdefault(name, []).append(fn)

    @classmethod
    def of_folder(cls, folder: Path) -> "Scanner":
        return cls({str(p.relative_to(folder.parent)): p.read_text(encoding="utf-8")
                    for p in sorted(folder.rglob("*.py"))})

    # --- the scan -------------------------------------------------------------------------

    def sites(self) -> dict[str, list[tuple[int, int]]]:
        """Where the scan judged a connection: module path → (first line, last line) of each."""
        out: dict[str, list[tuple[int, int]]] = {}
        for module in self.modules:
            for node, _chain in _walk_with_parents(module.tree):
                if _connections(node):
                    out.setdefault(module.path, []).append((node.lineno, node.end_lineno or node.lineno))
        return out

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        for module in self.modules:
            for node, chain in _walk_with_parents(module.tree):
                for signal, target in _connections(node):
                    why = self._judge(module, chain, target, bound=0)
                    if signal not in SIGNALS and (isinstance(target, ast.Lambda) or not why.startswith(_DEFINITE)):
                        why = ""  # a lambda's parameter may mean the argument; unresolved: see ARG_SIGNALS
                    if why:
                        found.append(Finding(module.path, node.lineno, signal, ast.unparse(target), why))
        return found

    def _judge(self, module: _Module, chain: list[ast.AST], target: ast.expr, bound: int) -> str:
        """'' when the signal's argument cannot fill an optional parameter of `target`, else why."""
        if isinstance(target, ast.Lambda):
            return _judge_signature(target.args, skip=bound, lambda_body=target.body)
        if isinstance(target, ast.Call) and _is_partial(target.func) and target.args:
            return self._judge(module, chain, target.args[0], bound + len(target.args) - 1)
        if isinstance(target, ast.Call):
            return "a callable made by a call the scan cannot follow; connect a lambda"
        if isinstance(target, ast.Attribute):
            return self._judge_attribute(module, chain, target, bound)
        if isinstance(target, ast.Name):
            return self._judge_name(module, chain, target.id, bound)
        return "a target the scan cannot resolve; connect a lambda"

    def _judge_name(self, module: _Module, chain: list[ast.AST], name: str, bound: int) -> str:
        for scope in reversed(chain):
            if not isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            for stmt in ast.walk(scope):
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name and stmt is not scope:
                    return _judge_signature(stmt.args, skip=bound)
                if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
                    return self._judge(module, chain, stmt.value, bound)
            loop = _loop_values(scope, name)
            if loop is not None:
                verdicts = [self._judge(module, chain, value, bound) for value in loop]
                return next((v for v in verdicts if v), "")
            params = scope.args
            if any(a.arg == name for a in params.posonlyargs + params.args + params.kwonlyargs):
                return ("a callable passed in as a parameter is connected as it is: the caller's slot may "
                        "have an optional parameter; connect `lambda _=False: %s()`" % name)
        if name in module.functions:
            return _judge_signature(module.functions[name].args, skip=bound)
        original = module.imported.get(name, name)
        if original in self.function_index:
            verdicts = [_judge_signature(fn.args, skip=bound) for fn in self.function_index[original]]
            return next((v for v in verdicts if v), "")
        return f"`{name}` cannot be resolved; connect a lambda"

    def _judge_attribute(self, module: _Module, chain: list[ast.AST], target: ast.Attribute, bound: int) -> str:
        owner = target.value
        method = target.attr
        cls = _enclosing_class(chain)
        if isinstance(owner, ast.Name) and owner.id == "self" and cls is not None:
            return self._judge_method(module, cls, method, bound)
        kind = self._type_of(module, chain, cls, owner)
        if kind is not None:
            if kind in self.class_index:
                verdicts = [self._judge_method(m, c, method, bound) for m, c in self.class_index[kind]]
                return next((v for v in verdicts if v), "")
            if _is_qt_class(kind):
                return ""
        if _qt_method(method):
            return ""
        return f"`{ast.unparse(target)}` cannot be resolved; connect a lambda"

    def _judge_method(self, module: _Module, cls: ast.ClassDef, method: str, bound: int, seen=None) -> str:
        seen = seen or set()
        if cls.name in seen:
            return ""
        seen.add(cls.name)
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == method:
                if any(_decorator_name(d) == "staticmethod" for d in stmt.decorator_list):
                    return _judge_signature(stmt.args, skip=bound)
                if any(_decorator_name(d) == "property" for d in stmt.decorator_list):
                    return f"`{method}` is a property; connect a lambda"
                return _judge_signature(stmt.args, skip=bound + 1)
            if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == method for t in stmt.targets):
                if isinstance(stmt.value, ast.Call) and _decorator_name(stmt.value.func) == "Signal":
                    return ""  # a signal re-emitted: carries what it declares
        for base in cls.bases:
            base_name = _decorator_name(base)
            for base_module, base_cls in self.class_index.get(base_name, []):
                verdict = self._judge_method(base_module, base_cls, method, bound, seen)
                if verdict:
                    return verdict
        return ""  # not defined in the GUI package: a Qt method, whose C++ overloads take no bool

    def _type_of(self, module: _Module, chain: list[ast.AST], cls: ast.ClassDef | None, owner: ast.expr) -> str | None:
        """The class name `owner` (self.attr or a local) is made from, if the source says so."""
        if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) and owner.value.id == "self":
            if cls is None:
                return None
            return _assigned_class(cls, lambda t: isinstance(t, ast.Attribute) and t.attr == owner.attr
                                   and isinstance(t.value, ast.Name) and t.value.id == "self")
        if isinstance(owner, ast.Name):
            for scope in reversed(chain):
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    found = _assigned_class(scope, lambda t: isinstance(t, ast.Name) and t.id == owner.id)
                    if found:
                        return found
        return None


def _walk_with_parents(tree: ast.AST):
    stack = [(tree, [])]
    while stack:
        node, chain = stack.pop()
        yield node, chain
        for child in ast.iter_child_nodes(node):
            stack.append((child, chain + [node]))


def _connections(node: ast.AST) -> list[tuple[str, ast.expr]]:
    """(signal, target) of `x.clicked.connect(target)` and of `QPushButton(text, clicked=target)`
    (PySide connects a signal given as a keyword of the constructor)."""
    if not isinstance(node, ast.Call):
        return []
    found = [(k.arg, k.value) for k in node.keywords if k.arg in SIGNALS + ARG_SIGNALS]
    func = node.func
    if (isinstance(func, ast.Attribute) and func.attr == "connect" and node.args
            and isinstance(func.value, ast.Attribute) and func.value.attr in SIGNALS + ARG_SIGNALS):
        found.append((func.value.attr, node.args[0]))
    return found


def _judge_signature(args: ast.arguments, skip: int, lambda_body: ast.expr | None = None) -> str:
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    if len(positional) <= skip:
        return ""  # nothing left for the signal's argument (or only *args, which PySide leaves empty)
    first, default = positional[skip], defaults[skip]
    if default is None:
        return ""  # a required parameter: it is meant to take the signal's argument (toggled → on)
    if lambda_body is not None:
        if isinstance(default, ast.Constant) and isinstance(default.value, bool):
            return ""  # `lambda _=False: …` or `lambda checked=False: …`: the bool is what it expects
        if not any(isinstance(n, ast.Name) and n.id == first.arg for n in ast.walk(lambda_body)):
            return ""  # `lambda _=0, r=row: …`: the argument lands in a name the body never reads
    what = "lambda" if lambda_body is not None else "slot"
    return (f"the {what}'s optional parameter `{first.arg}={ast.unparse(default)}` gets the signal's "
            f"argument instead of its default")


def _is_partial(func: ast.expr) -> bool:
    return _decorator_name(func) == "partial"


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _enclosing_class(chain: list[ast.AST]) -> ast.ClassDef | None:
    return next((n for n in reversed(chain) if isinstance(n, ast.ClassDef)), None)


def _assigned_class(scope: ast.AST, matches) -> str | None:
    for stmt in ast.walk(scope):
        if isinstance(stmt, ast.Assign) and any(matches(t) for t in stmt.targets) and isinstance(stmt.value, ast.Call):
            return _decorator_name(stmt.value.func) or None
        if isinstance(stmt, ast.AnnAssign) and matches(stmt.target):
            if isinstance(stmt.value, ast.Call):
                return _decorator_name(stmt.value.func) or None
            return _decorator_name(stmt.annotation) or None
    return None


def _loop_values(scope: ast.AST, name: str) -> list[ast.expr] | None:
    """The values `name` takes in `for …, name, … in (literal tuples)` inside `scope`."""
    for stmt in ast.walk(scope):
        if not isinstance(stmt, (ast.For, ast.comprehension)):
            continue
        target = stmt.target
        if isinstance(target, ast.Name) and target.id == name and isinstance(stmt.iter, (ast.Tuple, ast.List)):
            return list(stmt.iter.elts)
        if isinstance(target, ast.Tuple):
            names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
            if name not in names:
                continue
            at = names.index(name)
            if not isinstance(stmt.iter, (ast.Tuple, ast.List)):
                return [ast.Name(id="__unresolved_loop_value__")]
            return [row.elts[at] for row in stmt.iter.elts if isinstance(row, (ast.Tuple, ast.List))]
    return None
