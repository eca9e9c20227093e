"""Role × action: every declared action against every role, and real service calls as each
role refused exactly where the role may not act."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

import pytest

import deskapp.services
from deskapp.domain.errors import DeskappError, PermissionDenied
from deskapp.domain.people import Relation
from deskapp.domain.permissions import ALL_ROLES, SUPERVISORS, Role, actions, allowed
from deskapp.services import settings
from deskapp.services.accounts import users, audit_trail, backup, check, privacy
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.exports import ExportOptions
from deskapp.services.hooks import load_all_services
from deskapp.services.registry.people import PersonInput
from support import make_actor

load_all_services()

# The policy for what guards people and history; the rest is each area's own declaration.
POLICY = {
    "accounts.manage": {Role.ADMIN},
    "accounts.unlock": {Role.SUPERVISOR, Role.ADMIN},
    "backup.restore": {Role.ADMIN},
    "backup.create": SUPERVISORS,
    "audit.view": SUPERVISORS,
    "audit.export": SUPERVISORS,
    "privacy.reveal": SUPERVISORS,
    "privacy.export.unmasked": SUPERVISORS,
    "settings.change": SUPERVISORS,
    "check.run": ALL_ROLES,
    "accounts.password.own": ALL_ROLES,
}


@pytest.mark.parametrize("name", sorted(actions()))
def test_every_action_against_every_role(name):
    action = actions()[name]
    assert action.label and action.roles, name
    assert Role.ADMIN in action.roles or name in POLICY, f"{name}: the administrator may not?"
    for role in Role:
        assert allowed(role, name) == (role in action.roles), (name, role)
    if name in POLICY:
        assert action.roles == frozenset(POLICY[name]), name


def test_the_policy_names_real_actions():
    assert set(POLICY) <= set(actions())


# ----------------------------------------------------------------- every guarded service refuses first

def _guarded_functions():
    """(module, function, action) for each public service function whose body starts by
    `actor.require(X)`."""
    found = []
    for info in pkgutil.walk_packages(deskapp.services.__path__, "deskapp.services."):
        module = importlib.import_module(info.name)
        for fname, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or fname.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if "actor" not in params[:3]:
                continue
            try:
                tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
            except (OSError, SyntaxError):
                continue
            body = tree.body[0].body
            stmts = [s for s in body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            first = stmts[0] if stmts else None
            arg = _required_action(first)
            if arg is None:
                continue
            if isinstance(arg, ast.Name) and arg.id in params:
                continue  # plumbing that checks its caller's action (importing.steps): its callers are tested
            action = eval(ast.unparse(arg), vars(module))  # a module constant such as VIEW
            found.append((module.__name__, fname, fn, action))
    return found


def _required_action(first: ast.stmt | None) -> ast.expr | None:
    """The action a service function's first statement requires: `actor.require(X)`, or a read
    use case's `return ctx.read(actor, X, query, …)` (services/context.py), which requires it
    before the query."""
    call = first.value if isinstance(first, (ast.Expr, ast.Return)) else None
    if not isinstance(call, ast.Call):
        return None
    if isinstance(first, ast.Expr) and ast.unparse(call.func) == "actor.require":
        return call.args[0]
    if (isinstance(first, ast.Return) and ast.unparse(call.func) == "ctx.read" and len(call.args) >= 2
            and ast.unparse(call.args[0]) == "actor"):
        return call.args[1]
    return None


GUARDED = _guarded_functions()


def test_the_scan_finds_the_services():
    names = {f"{m}.{f}" for m, f, _fn, _a in GUARDED}
    assert {"deskapp.services.accounts.users.create_user", "deskapp.services.accounts.backup.restore",
            "deskapp.services.registry.units.create_unit", "deskapp.services.accounts.privacy.reveal",
            "deskapp.services.registry.units.unit_register"} <= names  # the last through ctx.read
    assert len(GUARDED) >= 20


@pytest.mark.parametrize("module,fname,fn,action", GUARDED, ids=[f"{m.rsplit('.', 1)[-1]}.{f}" for m, f, _x, _y in GUARDED])
def test_a_role_without_the_action_is_refused_before_anything_else(module, fname, fn, action):
    """Called with placeholder arguments (even no database): a guarded service must refuse
    before it reads them."""
    params = inspect.signature(fn).parameters
    required = [p for p in params.values() if p.default is inspect.Parameter.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    for role in Role:
        if allowed(role, action):
            continue
        actor = make_actor(role)
        kwargs = {p.name: (actor if p.name == "actor" else None) for p in required}
        with pytest.raises(PermissionDenied):
            fn(**kwargs)


# ----------------------------------------------------------------- real calls as each role

def _unit(ctx):
    admin = make_actor(Role.ADMIN)
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "301", "kind": "住宅",
                                            "building_area": "88"})
    registry_people.add_person(ctx, admin, uid, PersonInput("李四", "13900001111", id_number="11010519491231002X"),
                        Relation.OWNER)
    return uid


CALLS = {
    "registry.view": lambda ctx, a, uid, tmp: registry_units.unit_page(ctx, a, uid),
    "registry.unit.edit": lambda ctx, a, uid, tmp: registry_units.create_unit(
        ctx, a, {"building": "3", "stairwell": "1", "room": f"9{len(a.username)}1", "kind": "住宅",
                 "building_area": "70"}),
    "registry.people.edit": lambda ctx, a, uid, tmp: registry_people.add_person(
        ctx, a, uid, PersonInput("王五", "13900002222"), Relation.FAMILY),
    "registry.setup": lambda ctx, a, uid, tmp: registry_community.add_building(ctx, a, f"X{a.username[:7]}"),
    "accounts.manage": lambda ctx, a, uid, tmp: users.delete_user(ctx, a, 99999),
    "accounts.unlock": lambda ctx, a, uid, tmp: users.unlock(ctx, a, 99999),
    "audit.view": lambda ctx, a, uid, tmp: audit_trail.browse(ctx, a, audit_trail.TrailFilter()),
    "audit.export": lambda ctx, a, uid, tmp: audit_trail.export_audit(ctx, a, tmp / f"a-{a.username}.xlsx",
                                                                      ExportOptions()),
    "privacy.reveal": lambda ctx, a, uid, tmp: privacy.reveal(
        ctx, a, registry_units.unit_page(ctx, make_actor(Role.ADMIN), uid).people[0].person_id),
    "privacy.export.unmasked": lambda ctx, a, uid, tmp: privacy.unmask_allowed(a),
    "backup.create": lambda ctx, a, uid, tmp: backup.backup_to(ctx, a, tmp / f"b-{a.username}.sqlite"),
    "check.run": lambda ctx, a, uid, tmp: check.run_check(ctx, a),
    "settings.change": lambda ctx, a, uid, tmp: settings.set_value(ctx, a, users.IDLE_MINUTES, 15),
}


@pytest.mark.parametrize("action", sorted(CALLS))
def test_real_calls_as_each_role(community, tmp_path, action):
    uid = _unit(community)
    for role in Role:
        actor = make_actor(role)
        if allowed(role, action):
            try:
                CALLS[action](community, actor, uid, tmp_path)
            except PermissionDenied:
                pytest.fail(f"{role.value} was refused {action}")
            except DeskappError:
                pass  # allowed, and refused only for what the data says (e.g. a duplicate)
        else:
            with pytest.raises(PermissionDenied):
                CALLS[action](community, actor, uid, tmp_path)


@pytest.mark.sqlite_only  # restore of a SQLite backup file
def test_restore_only_for_the_administrator(community, tmp_path):
    admin = make_actor(Role.ADMIN)
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    for role in (Role.CLERK, Role.STEWARD, Role.SUPERVISOR):
        with pytest.raises(PermissionDenied):
            backup.restore(community, make_actor(role), saved)
    assert backup.restore(community, admin, saved).restored_from == saved
