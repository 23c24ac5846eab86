"""Which calls the real limbo inlines, and what that does to their arguments.

limbo (typecheck.c fninline, ecom.c putinline) replaces a call of a small
function of the module by the function's expression: the function's body is
`return e;`, `if(c) return e1; else return e2;` or `if(c) return e1;
return e2;`, it has a result, no locals, no assignments, is not polymorphic,
not recursive and never used as a value. The body put in place is the
function as written: calls inside it are not inlined again. At the call, an argument with a
side effect that its parameter does not name exactly once is evaluated into
a temporary first, the last such argument first; every other argument is put
where its parameter stands, evaluated there, as often as it is named (a
parameter never named is never evaluated). So `max(f(), g())` runs g before
f, and the call no longer counts as a call when the caller orders its own
arguments.
"""

from __future__ import annotations

from .parse import FnDef

# setsideeffect (optab.c), less Oadr and Oind as hasside(n, 0) takes it
_SIDE = frozenset(("call", "spawn", "postinc", "preinc", "assign", "declas", "recv", "send", "raise",
                   "arraylit", "newarray", "cast", "newchan", "listlit", "dot", "index",
                   "len", "load", "ref", "refof", "refdecl"))
_SIDEOPS = frozenset(("/", "%", "::"))
# setisused (optab.c) but Ocall: hasasgns
_ASSIGNS = frozenset(("assign", "declas", "postinc", "preinc", "raise", "spawn", "send", "recv"))
_MAXNODES = 100


def _nodes(n):
    """Every expression node under n, n first."""
    if isinstance(n, list):
        for x in n:
            yield from _nodes(x)
        return
    if not isinstance(n, tuple) or not n:
        return
    if isinstance(n[0], str):
        yield n
    for x in n[1:] if isinstance(n[0], str) else n:
        if isinstance(x, (tuple, list)):
            yield from _nodes(x)


def hasside(n) -> bool:
    return any(x[0] in _SIDE or x[0] == "bin" and x[1] in _SIDEOPS for x in _nodes(n))


def occurs(name: str, n) -> int:
    return sum(1 for x in _nodes(n) if x[0] == "name" and x[1] == name)


def inline_rets(body) -> list | None:
    """The return statements of one of the three inlinable shapes, else None."""
    xs = body[1]
    if len(xs) == 1 and xs[0][0] == "return":
        return [xs[0]]
    if len(xs) == 1 and xs[0][0] == "if" and xs[0][3] is not None and xs[0][2][0] == "return" == xs[0][3][0]:
        return [xs[0][2], xs[0][3]]
    if len(xs) == 2 and xs[0][0] == "if" and xs[0][3] is None and xs[0][2][0] == "return" == xs[1][0]:
        return [xs[0][2], xs[1]]
    return None


def inlinable(fns: dict[str, FnDef], values: set[int], rettypes: dict, same) -> set[int]:
    """ids of the functions whose plain calls limbo inlines. values: ids of those used as
    values; rettypes: return statement -> its expression's type; same: the types' tequal."""
    maybe: dict[str, FnDef] = {}
    for key, f in fns.items():
        rets = inline_rets(f.body)
        if rets is None or f.ty.polys or id(f) in values or f.ty.tof.kind.name == "NONE":
            continue
        if any(r[1] is None for r in rets) or len(list(_nodes(f.body))) >= _MAXNODES:
            continue
        if any(x[0] in _ASSIGNS for x in _nodes(f.body)):
            continue
        if len(rets) == 2 and not same(rettypes.get(id(rets[0])), rettypes.get(id(rets[1]))):
            continue
        maybe[key] = f
    return {id(f) for key, f in maybe.items() if not _recurs(key, f, maybe, set())}


def _recurs(key: str, f: FnDef, maybe: dict[str, FnDef], seen: set[str]) -> bool:
    """Whether f's body reaches f again, directly or through inlinable functions (ckinline)."""
    for x in _nodes(f.body):
        if f.adt is not None and x[0] == "dot" and x[2] == f.name:
            return True             # r.f() in f: taken for f itself
        if x[0] == "arrow":         # m->g() of a module the file implements is g's decl too
            name = x[2]
        elif x[0] == "name" and x[1] not in f.params:
            name = x[1]
        else:
            continue
        if name == key:
            return True
        g = maybe.get(name)
        if g is not None and name not in seen:
            seen.add(name)
            if _recurs(key, g, maybe, seen):
                return True
    return False


def hoisted(f: FnDef, body, argx: list) -> tuple[int, ...]:
    """The arguments evaluated into temporaries before the body (f's, as written), in that order."""
    return tuple(i for i in reversed(range(len(argx)))
                 if hasside(argx[i]) and (f.params[i] == "nil" or occurs(f.params[i], body) != 1))
