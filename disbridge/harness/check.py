"""The type check of a program before it runs, reported as `file:line: message`.

Limbo has no implicit conversions: int, big, byte and real never mix, not
even as constants (`b: big = 1` is a type clash; `big 1` is not). nil goes
into any pointer slot (string, array, list, ref, chan, module). Every name
must be declared where it is used, calls must match the declared
parameters, and operators apply only to the types the compiler allows.
Where the checker cannot know a type (a value of a kind the runner does not
model), it gives no verdict rather than reject a valid program.
"""

from __future__ import annotations

from ..limbo.gfmt import gfmt
from ..limbo.lex import LimboError
from ..limbo.resolve import TNIL
from ..limbo.types import BASIC, STORESPACE, TBIG, TBYTE, TINT, TREAL, TSTRING, Decl, K, Store, Type
from .parse import FnDef, Program

INTEGRAL = {K.INT, K.BIG, K.BYTE}
ARITH = INTEGRAL | {K.REAL}
NILABLE = {K.STRING, K.ARRAY, K.LIST, K.REF, K.CHAN, K.MODULE}
COMPARE = {"==", "!=", "<", ">", "<=", ">="}


def canon(r, t: Type | None) -> str | None:
    """A type's spelling with every name resolved: equal spellings, equal types."""
    if t is None:
        return None
    if t is TNIL:
        return "nil"
    t = r.resolve(t)
    k = t.kind
    if k in (K.ARRAY, K.LIST, K.CHAN, K.REF):
        return f"{k.value} of {canon(r, t.tof)}" if k is not K.REF else f"ref {canon(r, t.tof)}"
    if k is K.TUPLE:
        return "(" + ", ".join(canon(r, d.ty) or "?" for d in t.ids if d.store in STORESPACE) + ")"
    if k in (K.ADT, K.MODULE, K.EXCEPTION, K.POLY):
        return t.decl.qualname() if t.decl else k.value
    if k is K.FN:
        return "fn(" + ", ".join(canon(r, d.ty) or "?" for d in t.ids) + ")" + (":" + (canon(r, t.tof) or "") if t.tof else "")
    return k.value


def show(e) -> str:
    """An expression as the compiler's messages print it."""
    k = e[0]
    if k == "lit":
        return gfmt(e[2]) if e[1] == "real" else f'"{e[2]}"' if e[1] == "string" else str(e[2])
    if k == "name":
        return e[1]
    if k == "nil":
        return "nil"
    if k == "typed":
        return show(e[2])
    if k == "bin":
        return f"{show(e[2])} {e[1]} {show(e[3])}"
    if k == "un":
        return e[1] + show(e[2])
    if k in ("cast",):
        return f"{e[1]} {show(e[2])}"
    if k in ("len", "hd", "tl", "tagof"):
        return f"{k} {show(e[1])}"
    if k == "call":
        return show(e[1]) + "(" + ", ".join(show(a) for a in e[2]) + ")"
    if k == "index":
        return f"{show(e[1])}[{show(e[2])}]"
    if k == "slice":
        return f"{show(e[1])}[{show(e[2]) if e[2] else ''}:{show(e[3]) if e[3] else ''}]"
    if k == "dot":
        return f"{show(e[1])}.{e[2]}"
    if k == "arrow":
        return f"{show(e[1])}->{e[2]}"
    if k == "tuple":
        return "(" + ", ".join(show(a) for a in e[1]) + ")"
    if k == "recv":
        return "<-" + show(e[1])
    if k == "ref":
        return "ref " + "".join(e[1]) + "(...)"
    if k in ("assign",):
        return f"{show(e[2])} {e[1]} {show(e[3])}"
    return k


def _poly(r, t: Type, seen: set) -> bool:
    if id(t) in seen:
        return False
    seen.add(id(t))
    t = r.resolve(t)
    if t.kind is K.POLY:
        return True
    if t.kind in (K.ARRAY, K.LIST, K.CHAN, K.REF):
        return _poly(r, t.tof, seen)
    if t.kind in (K.TUPLE, K.FN):
        return any(_poly(r, d.ty, seen) for d in t.ids) or (t.kind is K.FN and t.tof is not None and _poly(r, t.tof, seen))
    return False


def mk(kind: K, tof: Type | None = None) -> Type:
    return Type(kind, tof=tof)


def mktuple(types: list[Type]) -> Type:
    return Type(K.TUPLE, ids=[Decl(f"t{i}", Store.FIELD, t) for i, t in enumerate(types)])


class Folder:
    """Constant subexpressions folded as the compiler folds them (limbo nodes.c): 32-bit
    wrap, a shift count out of range taken as 0, division by a constant 0 an error."""

    KINDS = {K.INT: "int", K.BIG: "big", K.BYTE: "byte", K.REAL: "real", K.STRING: "string"}

    def __init__(self, r, scope, subst: dict, notes: list[dict], converts: dict):
        self.converts = converts
        self.r = r
        self.scope = scope
        self.subst = subst
        self.notes = notes          # dicts keyed by node id, kept valid for the rebuilt nodes
        self.keep: list = []

    def __call__(self, n):
        if isinstance(n, list):
            return [self(x) for x in n]
        if not isinstance(n, tuple):
            return n
        if id(n) in self.subst:
            return self.subst[id(n)]
        old = n
        n = tuple(self(x) if isinstance(x, (tuple, list)) else x for x in n)
        for d in self.notes:
            if id(old) in d:
                d[id(n)] = d[id(old)]
                self.keep.append(n)
        if id(old) in self.converts:
            return ("convert", self.converts[id(old)], n, n[-1])
        if n and n[0] in ("bin", "un", "cast") and n[1] != "array of byte" and all(x[0] == "lit" for x in n[2:-1] if isinstance(x, tuple)):
            if n[0] == "bin" and n[1] in ("::", "&&", "||"):
                return n
            try:
                v, t = self.r.const_value(n, self.scope, 0)
            except LimboError:
                if n[0] == "cast":
                    return n            # a conversion the compiler leaves to run time
                raise
            kind = self.KINDS.get(t.kind)
            if kind is not None:
                return ("lit", kind, v, n[-1])
        return n


class Callable:
    """What a name may denote besides a value: a function, a module's function, a type."""

    def __init__(self, what: str, target, selfty: Type | None = None):
        self.what = what            # "fn", "modfn", "type"
        self.target = target        # FnDef, (ModuleInfo, name), Decl
        self.selfty = selfty


class Checker:
    def __init__(self, prog: Program, modinfo: dict, resolver):
        self.prog = prog
        self.modinfo = modinfo
        self.r = resolver
        self.globals: dict[str, Type | None] = {}

    # types
    def res(self, t: Type | None) -> Type | None:
        """The resolved type; None (no verdict) for one that involves a polymorphic parameter."""
        if t is None or t is TNIL:
            return t
        t = self.r.resolve(t)
        return None if _poly(self.r, t, set()) else t

    def name(self, t: Type | None) -> str:
        return canon(self.r, t) or "?"

    def same(self, a: Type | None, b: Type | None) -> bool:
        return a is None or b is None or canon(self.r, a) == canon(self.r, b)

    def assignable(self, dst: Type | None, src: Type | None) -> bool:
        if dst is None or src is None:
            return True
        if src is TNIL:
            return self.res(dst).kind in NILABLE
        return self.same(dst, src) or self.tuple_adt(dst, src)

    def tuple_adt(self, dst: Type, src: Type) -> bool:
        """A tuple goes where an adt of the same field types is wanted, and back (types.c tcompat)."""
        a, b = self.res(dst), self.res(src)
        if a is None or b is None or {a.kind, b.kind} != {K.TUPLE, K.ADT} or a.tags or b.tags:
            return False
        fa = [d.ty for d in a.ids if d.store in STORESPACE]
        fb = [d.ty for d in b.ids if d.store in STORESPACE]
        return len(fa) == len(fb) and all(self.assignable(x, y) for x, y in zip(fa, fb))

    def conform(self, dst, src, e) -> None:
        """Note where a value changes between tuple and adt, or nil becomes a nil string,
        for the runner to convert."""
        if e is None or dst is None or src is None:
            return
        if src is TNIL:
            if self.kind(dst) is K.STRING:
                self.converts[id(e)] = TSTRING
        elif not self.same(dst, src) and self.tuple_adt(dst, src):
            self.converts[id(e)] = self.res(dst)

    def kind(self, t: Type | None) -> K | None:
        return None if t is None or t is TNIL else self.res(t).kind

    def err(self, tok, msg: str) -> LimboError:
        return LimboError(tok.file, tok.line, msg)

    def q(self, e, t) -> str:
        """%Q of the compiler's messages: 'expression' of type T."""
        return f"'{show(e)}' of type {self.name(t)}"

    def clash(self, tok, dst, src, left, op: str, right) -> None:
        """src (the value of expression right) must go where dst (left) is wanted."""
        if not self.assignable(dst, src):
            raise self.err(tok, f"type clash in {self.q(left, dst)} {op} {self.q(right, src)}")
        self.conform(dst, src, right)

    def want(self, tok, what: str, t, kinds: set, e) -> None:
        k = self.kind(t)
        if t is not None and k not in kinds:
            raise self.err(tok, f"cannot {what} {self.q(e, t)}")

    # the program
    def run(self) -> None:
        self.targets: list[tuple[str | None, bool]] = []      # (label, is a loop) of enclosing statements
        self.handlers = 0
        self.fn: FnDef | None = None
        self.blocks: list = []                  # enclosing blocks (a function's body first)
        self.hoisted: dict[int, dict] = {}      # block -> names its branches declare, with their types
        self.subst: dict[int, tuple] = {}       # names of a function's own con and type -> what they denote
        self.direct: dict[int, FnDef] = {}      # call nodes that name one of the program's functions
        self.converts: dict[int, tuple] = {}    # expressions whose tuple becomes an adt or back
        for g in self.prog.globals:
            self.stmt(g, [self.globals])
        for f in self.prog.fns.values():
            self.fn = f
            self.result = self.res(f.ty.tof) if f.ty.tof.kind is not K.NONE else None
            scope = [self.globals, {p.name: self.res(p.ty) for p in f.ty.ids if p.name != "nil"}]
            self.blocks = [f.body]
            for x in f.body[1]:         # the body's top level shares the parameters' scope
                self.stmt(x, scope)
        fold = Folder(self.r, self.prog.src.scope, self.subst, [self.direct, self.hoisted], self.converts)
        self.folded = fold     # then constant subexpressions, as the compiler folds them
        self.prog.globals = fold(self.prog.globals)
        for f in self.prog.fns.values():
            f.body = fold(f.body)

    def lookup(self, name: str, scope: list[dict], tok):
        for s in reversed(scope):
            if name in s:
                return s[name]
        if name in self.prog.fns:
            return Callable("fn", self.prog.fns[name])
        d = (self.fn.ty.scope if self.fn is not None else self.prog.src.scope).lookup(name)
        if d is not None and d.store is Store.IMPORT:
            target, mod = self.import_member(d, name, scope, tok)
            if target is not None and target.store is Store.FN:
                info = self.modinfo.get(mod.decl.name) if mod is not None else None
                return Callable("modfn", (info, name)) if info else None
            d = target
        if d is not None and d.store is Store.CONST:
            return self.r.const(d)[1]
        if d is not None and d.store is Store.TYPE:
            return Callable("type", d)
        if d is not None and d.store is Store.EXCEPTION:
            return Callable("exc", d)
        if name == "nil":
            return TNIL
        raise self.err(tok, f"{name} is not declared")

    def import_member(self, d: Decl, name: str, scope: list[dict], tok):
        """What `name: import m` names: m's member, m a module variable (local or global) or type."""
        if len(d.imported) == 1:
            mod = self.res(self.lookup(d.imported[0], scope, tok))
            if mod is None:
                return None, None
            if mod.kind is not K.MODULE:
                raise self.err(tok, f"{d.imported[0]} is not a module")
            member = mod.scope.names.get(name) if mod.scope is not None else None
            if member is None:
                raise self.err(tok, f"{name} is not a member of {mod.decl.name}")
            return member, mod
        return self.r.import_target(d), None

    # statements
    def stmt(self, s, scope: list[dict]) -> None:
        getattr(self, "s_" + s[0])(s, scope)

    def s_block(self, s, scope):
        inner = [*scope, {}]
        self.blocks.append(s)
        try:
            for x in s[1]:
                self.stmt(x, inner)
        finally:
            self.blocks.pop()

    def branch(self, body, scope, loop: bool | None = None) -> None:
        """A branch or loop body that is not a block declares into the enclosing block; Dis
        gives such a name its frame slot whether or not the branch runs, so the runner
        starts it at its zero value (self.hoisted)."""
        before = set(scope[-1])
        if loop is None:
            self.stmt(body, scope)
        else:
            self.within(loop, body, scope)
        new = {n: scope[-1][n] for n in scope[-1] if n not in before}
        if new and self.blocks:
            self.hoisted.setdefault(id(self.blocks[-1]), {}).update(new)

    def s_decl(self, s, scope):
        _, names, t, init, tok = s
        ty = self.res(t) if t is not None else None
        if init is not None:
            v = self.value(init, scope)
            if t is not None:
                self.clash(tok, ty, v, ("name", names[0]), "=", init)
            elif v is TNIL:
                raise self.err(tok, f"cannot declare {names[0]} from nil: its type is unknown")
            else:
                ty = v
        for n in names:
            self.declare(scope, n, ty, tok)

    def declare(self, scope: list[dict], name: str, ty, tok) -> None:
        if name == "nil":
            return
        if name in scope[-1]:
            raise self.err(tok, f"redeclaration of {name}")
        scope[-1][name] = ty

    def s_tupledecl(self, s, scope):
        _, lhs, e, tok = s
        self.declare_tuple(lhs, self.value(e, scope), scope, tok)

    def declare_tuple(self, lhs, v, scope, tok) -> None:
        for x, t in zip(lhs[1], self.tuple_types(v, len(lhs[1]), tok)):
            if x[0] == "name":
                self.declare(scope, x[1], t, tok)
            elif x[0] == "tuple":
                self.declare_tuple(x, t, scope, tok)
            elif x[0] != "nil":
                raise self.err(tok, "only names can be declared by :=")

    def tuple_types(self, v, n: int, tok) -> list:
        """The types a tuple pattern of n takes apart: a tuple's, or an adt's fields."""
        if v is None:
            return [None] * n
        t = self.res(v)
        if t.kind not in (K.TUPLE, K.ADT):
            raise self.err(tok, f"a tuple of {n} is needed, not {self.name(t)}")
        fields = [d.ty for d in t.ids if d.store in STORESPACE]
        if len(fields) != n:
            raise self.err(tok, f"a tuple of {n} is needed, not {self.name(t)}")
        return [self.res(x) for x in fields]

    def s_expr(self, s, scope):
        v = self.expr(s[1], scope)
        if isinstance(v, Callable) and v.what in ("fn", "modfn"):
            raise self.err(s[2], f"function {show(s[1])} not called")

    def cond(self, e, scope, tok) -> None:
        if e is not None:
            v = self.value(e, scope)
            if v is not None and self.kind(v) is not K.INT:
                raise self.err(tok, f"a condition must be an int, not {self.name(v)}")

    def s_if(self, s, scope):
        self.cond(s[1], scope, s[4])
        self.branch(s[2], scope)
        if s[3] is not None:
            self.branch(s[3], scope)

    def s_for(self, s, scope):
        if s[1] is not None:
            self.stmt(s[1], scope)          # declared in the enclosing block
        self.cond(s[2], scope, s[5])
        if s[3] is not None:
            self.expr(s[3], scope)
        self.branch(s[4], scope, True)

    def s_do(self, s, scope):
        self.branch(s[1], scope, True)
        self.cond(s[2], scope, s[3])

    def within(self, loop: bool, body, scope) -> None:
        """Check body as the target of break (and continue, for a loop)."""
        self.targets.append((self.pending_label(), loop))
        try:
            self.stmt(body, scope)
        finally:
            self.targets.pop()

    def pending_label(self) -> str | None:
        label, self.label = getattr(self, "label", None), None
        return label

    def s_label(self, s, scope):
        if s[2][0] == "block":          # a labelled block is a target of break
            self.label = None
            self.targets.append((s[1], False))
            try:
                self.stmt(s[2], scope)
            finally:
                self.targets.pop()
            return
        self.label = s[1]
        self.stmt(s[2], scope)

    def s_break(self, s, scope):
        """break needs an enclosing loop, case, alt, pick or labelled block; continue a loop."""
        label, tok = s[1], s[2]
        cont = s[0] == "continue"
        if not any((label is None or name == label) and (loop or not cont) for name, loop in self.targets):
            raise self.err(tok, f"no appropriate target for {s[0]}{' ' + label if label else ''}")

    s_continue = s_break

    def s_exit(self, s, scope):
        pass

    def s_return(self, s, scope):
        e, tok = s[1], s[2]
        void = self.fn.ty.tof.kind is K.NONE
        if e is None:
            if not void:
                raise self.err(tok, f"return with no value from {self.fn.name}, which returns {self.name(self.result)}")
            return
        if void:
            if e[0] == "call" and self.value(e, scope) is None and self.void_call(e, scope):
                return                  # return g(); where g returns nothing either
            raise self.err(tok, f"return of a value from {self.fn.name}, which returns nothing")
        v = self.value(e, scope)
        if not self.assignable(self.result, v):
            raise self.err(tok, f"return {self.q(e, v)} from a fn of {self.name(self.result)}")
        self.conform(self.result, v, e)

    def void_call(self, e, scope) -> bool:
        f = self.expr(e[1], scope)
        if isinstance(f, Callable) and f.what == "fn":
            return f.target.ty.tof.kind is K.NONE
        if isinstance(f, Callable) and f.what == "modfn":
            fn = next((x for x in f.target[0].functions if x.qualname == f.target[1]), None)
            return fn is not None and fn.result.kind is K.NONE
        return False

    def s_raise(self, s, scope):
        if s[1] is None and not self.handlers:
            raise self.err(s[2], "empty raise not in exception handler")
        if s[1] is not None:
            v = self.value(s[1], scope)
            if v is not None and self.kind(v) not in (K.STRING, K.EXCEPTION):
                raise self.err(s[2], f"raise of {self.name(v)}: an exception or a string is needed")

    def s_case(self, s, scope):
        v = self.value(s[1], scope)
        if v is not None and self.kind(v) not in (K.INT, K.BIG, K.STRING):
            raise self.err(s[3], f"case argument {self.q(s[1], v)} is not an int or big or string")
        seen: list = []
        label = self.pending_label()
        for pats, body in s[2]:
            for p in pats:
                for e in p[1:]:
                    self.clash(s[3], v, self.value(e, scope), s[1], "case", e)
                self.overlap(p, seen, s[3])
            self.targets.append((label, False))
            try:
                self.stmt(body, scope)
            finally:
                self.targets.pop()

    def overlap(self, p, seen: list, tok) -> None:
        """Case labels may not overlap (the compiler's checklabels)."""
        if p[0] == "any":
            return
        try:
            lo = self.r.const_value(p[1], self.prog.src.scope, 0)[0]
            hi = self.r.const_value(p[2], self.prog.src.scope, 0)[0] if p[0] == "range" else lo
        except LimboError:
            return                      # not a constant: the compiler would say so; no verdict here
        for a, b, q in seen:
            if not (hi < a or b < lo):
                raise self.err(tok, f"case qualifier {show(p[1])} overlaps with {show(q[1])}")
        seen.append((lo, hi, p))

    def s_pick(self, s, scope):
        _, name, e, arms, tok = s
        v = self.value(e, scope)
        adt = None
        label = self.pending_label()
        if v is not None:
            if self.kind(v) is not K.REF or self.kind(self.res(v).tof) is not K.ADT or not self.res(self.res(v).tof).tags:
                raise self.err(tok, f"pick on {self.name(v)}: a ref to an adt with pick is needed")
            adt = self.res(self.res(v).tof)
        for tags, body in arms:
            tagty = v
            if adt is not None:
                for tg in tags:
                    if tg != "*" and not any(x.name == tg for x in adt.tags):
                        raise self.err(tok, f"{tg} is not a pick tag of {self.name(adt)}")
                if len(tags) == 1 and tags[0] != "*":
                    tagty = Type(K.REF, tof=adt, decl=next(x for x in adt.tags if x.name == tags[0]))
            self.targets.append((label, False))
            try:
                self.stmt(body, [*scope, {name: tagty}])
            finally:
                self.targets.pop()

    def s_try(self, s, scope):
        self.stmt(s[1], scope)
        for pats, body in s[3]:
            var = TSTRING
            for p in pats:
                for e in p[1:]:
                    c = self.expr(e, scope)
                    if isinstance(c, Callable) and c.what == "exc":     # E =>: the handler gets E's values
                        var = mktuple([self.res(d.ty) for d in c.target.ty.ids]) if len(pats) == 1 else None
                        continue
                    self.clash(s[4], TSTRING, self.value(e, scope), ("name", s[2] or "exception"), "case", e)
            self.handlers += 1
            try:
                self.stmt(body, [*scope, {s[2]: var} if s[2] else {}])
            finally:
                self.handlers -= 1

    # sys->print formats, checked as the compiler's fmtcheck does
    VERBS = {"c": "int", "d": "int", "o": "int", "x": "intptr", "X": "intptr", "e": "real", "f": "real",
             "g": "real", "E": "real", "G": "real", "s": "string", "q": "string", "H": "ptr"}

    def fmtcheck(self, name: str, fe, types: list, argx: list, tok) -> None:
        try:
            f, ft = self.r.const_value(fe, self.prog.src.scope, 0)
        except LimboError:
            f, ft = None, None
        if ft is not TSTRING:
            raise self.err(tok, f"{name}: format argument '{show(fe)}' is not a string constant")
        ai, i, n = 0, 0, len(f)
        while i < n:
            if f[i] != "%":
                i += 1
                continue
            i += 1
            flags = ""
            while i < n and f[i] in "+-#,bu0123456789.*":
                if f[i] in "+-#,bu" and f[i] in flags:
                    raise self.err(tok, f"{name}: duplicate flag {f[i]} in format '{f}'")
                if f[i] == "*":
                    ai = self.fmtarg(name, f, "int", types, argx, ai, tok)
                else:
                    flags += f[i]
                i += 1
            if i >= n:
                raise self.err(tok, f"{name}: incomplete format '{f}'")
            verb = f[i]
            i += 1
            if verb in "%r":
                continue
            want = self.VERBS.get(verb)
            if want is None:
                raise self.err(tok, f"{name}: invalid character {verb} in format '{f}'")
            if want in ("int", "intptr") and "b" in flags:
                want = "big" if want == "int" else "bigptr"
            ai = self.fmtarg(name, f, want, types, argx, ai, tok)
        if ai < len(types):
            raise self.err(tok, f"{name}: more arguments than formats in '{f}'")

    def fmtarg(self, name: str, f: str, want: str, types: list, argx: list, ai: int, tok) -> int:
        if ai >= len(types):
            raise self.err(tok, f"{name}: too few arguments for format '{f}'")
        t = types[ai]
        k = self.kind(t) if t is not TNIL else K.STRING
        ok = t is None or {
            "int": k is K.INT, "big": k is K.BIG, "real": k is K.REAL, "string": k is K.STRING,
            "intptr": k is K.INT or k in NILABLE, "bigptr": k is K.BIG or k in NILABLE, "ptr": k in NILABLE,
        }[want]
        if not ok:
            raise self.err(tok, f"{name}: format '{f}' incompatible with argument {self.q(argx[ai], t)}")
        return ai + 1

    def s_spawn(self, s, scope):
        call = s[1]
        f = self.expr(call[1], scope)
        if not isinstance(f, Callable) or f.what == "type":
            if f is not None:
                raise self.err(s[2], "spawn needs a function call")
        if self.x_call(call, scope) is not None:
            raise self.err(s[2], "cannot spawn functions which return values")

    def s_alt(self, s, scope):
        _, arms, tok = s
        label = self.pending_label()
        for pats, body in arms:
            inner = [*scope, {}]
            for p in pats:
                if p[0] == "range":
                    raise self.err(tok, "an alt arm cannot be a range")
                if p[0] == "eq":
                    e = p[1]
                    comm = e[2] if e[0] == "declas" else e[3] if e[0] == "assign" else e
                    if comm[0] not in ("send", "recv"):
                        raise self.err(tok, "an alt arm must be a channel send or receive")
                    self.expr(e, inner)
            self.targets.append((label, False))
            try:
                self.stmt(body, inner)
            finally:
                self.targets.pop()

    def chanof(self, c, scope, tok) -> Type | None:
        v = self.value(c, scope)
        self.want(tok, "communicate on", v, {K.CHAN}, c)
        return self.res(self.res(v).tof) if v is not None else None

    def x_recv(self, e, scope):
        v = self.value(e[1], scope)
        if v is not None and self.kind(v) is K.ARRAY and self.kind(self.res(v).tof) is K.CHAN:
            return mktuple([TINT, self.res(self.res(self.res(v).tof).tof)])     # (index, value)
        return self.chanof(e[1], scope, e[2])

    def x_send(self, e, scope):
        _, c, v, tok = e
        elem = self.chanof(c, scope, tok)
        t = self.value(v, scope)
        if not self.assignable(elem, t):
            raise self.err(tok, f"type clash in {self.q(c, mk(K.CHAN, elem))} <-= {self.q(v, t)}")
        self.conform(elem, t, v)
        return elem

    def x_newchan(self, e, scope):
        _, size, ty, tok = e
        if size is not None:
            self.index(size, scope, tok)
        return mk(K.CHAN, self.res(ty))

    # expressions: each returns a Type, a Callable, or None when not known
    def expr(self, e, scope):
        return getattr(self, "x_" + e[0])(e, scope)

    def value(self, e, scope) -> Type | None:
        v = self.expr(e, scope)
        if isinstance(v, Callable):
            if v.what == "type":
                raise self.err(e[-1], f"{v.target.name} is a type, not a value")
            if v.what == "exc":
                return v.target.ty          # raise E: an exception without values
            return None          # a function used as a value: not modelled
        return v

    def x_lit(self, e, scope):
        _, kind, v, tok = e
        if kind == "int":
            return TINT if v <= 0x7FFFFFFF else TBIG
        return TREAL if kind == "real" else TSTRING

    def x_nil(self, e, scope):
        return TNIL

    def x_iota(self, e, scope):
        raise self.err(e[1], "iota outside a constant declaration")

    def x_name(self, e, scope):
        v = self.lookup(e[1], scope, e[2])
        if self.fn is not None and not any(e[1] in sc for sc in scope):
            d = self.fn.ty.scope.lookup(e[1])
            if d is not None and d is not self.prog.src.scope.lookup(e[1]):     # declared in the function
                if d.store is Store.IMPORT:         # import inside the function
                    target, _ = self.import_member(d, e[1], scope, e[2])
                    if target is not None and target.store is Store.FN and len(d.imported) == 1:
                        self.subst[id(e)] = ("arrow", ("name", d.imported[0], e[2]), e[1], e[2])
                    d = target
                if d.store is Store.CONST:
                    c, t = self.r.const(d)
                    self.subst[id(e)] = ("lit", Folder.KINDS.get(t.kind, "int"), c, e[2])
                elif d.store is Store.TYPE:
                    self.subst[id(e)] = ("typeref", d, e[2])
        return v

    def x_tuple(self, e, scope):
        vals = [self.value(x, scope) for x in e[1]]
        return None if any(v is None or v is TNIL for v in vals) else mktuple(vals)

    def elements(self, items, scope, tok, elem: Type | None) -> Type | None:
        for x in items:
            v = self.value(x, scope)
            if elem is None and v is not TNIL:
                elem = v
            else:
                self.clash(tok, elem, v, ("name", "element"), "=", x)
        return elem

    def x_listlit(self, e, scope):
        elem = self.elements(e[1], scope, e[2], None)
        return mk(K.LIST, elem) if elem is not None else None

    def x_arraylit(self, e, scope):
        _, size, ty, items, tok = e
        if size is not None:
            self.index(size, scope, tok)
        elem = self.res(ty) if ty is not None else None
        for key, val in items:
            if key not in (None, "*"):
                for x in [y for lo, hi in key[1] for y in (lo, hi)] if key[0] == "labels" else [key]:
                    self.index(x, scope, tok)
            elem = self.elements([val], scope, tok, elem)
        return mk(K.ARRAY, elem) if elem is not None else None

    def x_newarray(self, e, scope):
        self.index(e[1], scope, e[3])
        return mk(K.ARRAY, self.res(e[2]))

    def index(self, e, scope, tok) -> None:
        self.want(tok, "index or size with", self.value(e, scope), INTEGRAL, e)

    def x_ref(self, e, scope):
        _, q, args, tok = e
        d = self.typedecl(q, tok)
        adt = self.construct(d, [self.value(a, scope) for a in args], tok, args)
        if d.store is Store.TAG:        # ref Adt.Tag(...): the tag's fields stay reachable
            return Type(K.REF, tof=adt, decl=d)
        return mk(K.REF, adt)

    def x_deref(self, e, scope):
        v = self.value(e[1], scope)
        if v is None:
            return None
        t = self.res(v)
        if t.kind is not K.REF or self.kind(t.tof) not in (K.ADT, K.TUPLE):
            raise self.err(e[2], f"cannot * {self.q(e[1], v)}")
        return self.res(t.tof)

    def x_refof(self, e, scope):
        c = self.expr(e[1], scope)
        if isinstance(c, Callable) and c.what == "type":        # ref Adt: a new zeroed one
            d = c.target if c.target.store is not Store.IMPORT else self.r.import_target(c.target)
            if d.store is Store.TAG:
                return Type(K.REF, tof=self.res(d.dot.ty), decl=d)
            t = self.res(d.ty)
            if t.kind is not K.ADT:
                raise self.err(e[2], f"cannot ref {d.name}")
            return mk(K.REF, t)
        v = self.value(e[1], scope)
        if v is not None and self.kind(v) is not K.ADT:
            raise self.err(e[2], f"cannot ref {self.q(e[1], v)}")
        return mk(K.REF, v) if v is not None else None

    def typedecl(self, q, tok) -> Decl:
        """The adt (or pick tag) that `ref A(...)`, `ref M->A(...)` or `ref A.Tag(...)` names."""
        if len(q) > 2 and q[1] == "->":
            info = self.modinfo.get(q[0])
            d = info.type.scope.names.get(q[2]) if info else None
            rest = q[3:]
        else:
            d = self.prog.src.scope.lookup(q[0])
            rest = q[1:]
        if d is not None and d.store is Store.IMPORT:
            d = self.r.import_target(d)
        if d is not None and rest and rest[0] == ".":
            adt = self.res(d.ty)
            d = next((tg for tg in adt.tags if tg.name == rest[1]), None)
        if d is None or d.store not in (Store.TYPE, Store.TAG):
            raise self.err(tok, f"{''.join(q)} is not a type")
        return d

    def construct(self, d: Decl, args: list, tok, argx: list) -> Type:
        """Check the values of an adt (or tuple) built from args; its type."""
        if d.store is Store.TAG:
            t = self.res(d.dot.ty)
            fields = [x for x in t.ids if x.store in STORESPACE] + list(d.ty.ids)
        else:
            t = self.res(d.ty)
            if t.kind not in (K.ADT, K.TUPLE):
                raise self.err(tok, f"{d.name} is not an adt")
            fields = [x for x in t.ids if x.store in STORESPACE]
        if len(args) != len(fields):
            raise self.err(tok, f"{d.name}: {len(args)} values for {len(fields)} fields")
        for x, v, a in zip(fields, args, argx):
            self.clash(tok, self.res(x.ty), v, ("name", f"{d.name}.{x.name}"), "=", a)
        return t

    def x_load(self, e, scope):
        _, q, pe, tok = e
        self.want(tok, "load from", self.value(pe, scope), {K.STRING}, pe)
        d = self.prog.src.scope.lookup(q[0])
        if d is None or self.kind(d.ty) is not K.MODULE:
            raise self.err(tok, f"{q[0]} is not a module")
        return self.res(d.ty)

    def x_cast(self, e, scope):
        _, to, x, tok = e
        v = self.value(x, scope)
        k = self.kind(v)
        if to == "array of byte":
            if v is not None and k is not K.STRING:
                raise self.err(tok, f"cannot convert {self.name(v)} to array of byte")
            return mk(K.ARRAY, TBYTE)
        if v is None:
            return BASIC[to]
        ok = k in ARITH or k is K.STRING or (to == "string" and k is K.ARRAY and self.kind(self.res(v).tof) is K.BYTE)
        if not ok:
            raise self.err(tok, f"cannot convert {self.name(v)} to {to}")
        return BASIC[to]

    def x_len(self, e, scope):
        self.want(e[2], "len", self.value(e[1], scope), {K.STRING, K.ARRAY, K.LIST}, e[1])
        return TINT

    def x_hd(self, e, scope):
        v = self.value(e[1], scope)
        self.want(e[2], "hd", v, {K.LIST}, e[1])
        return self.res(self.res(v).tof) if v is not None else None

    def x_tl(self, e, scope):
        v = self.value(e[1], scope)
        self.want(e[2], "tl", v, {K.LIST}, e[1])
        return v

    def x_tagof(self, e, scope):
        c = self.expr(e[1], scope)
        if isinstance(c, Callable) and c.what == "type" and c.target.store is Store.TAG:
            return TINT                 # tagof Adt.Tag
        v = self.value(e[1], scope)
        if v is not None and (self.kind(v) is not K.REF or not self.res(self.res(v).tof).tags):
            raise self.err(e[2], f"tagof {self.name(v)}: a ref to an adt with pick is needed")
        return TINT

    def x_index(self, e, scope):
        _, base, ix, tok = e
        b = self.value(base, scope)
        self.index(ix, scope, tok)
        self.want(tok, "index", b, {K.ARRAY, K.STRING}, base)
        if b is None:
            return None
        return TINT if self.kind(b) is K.STRING else self.res(self.res(b).tof)

    def x_slice(self, e, scope):
        _, base, lo, hi, tok = e
        b = self.value(base, scope)
        for x in (lo, hi):
            if x is not None:
                self.index(x, scope, tok)
        self.want(tok, "slice", b, {K.ARRAY, K.STRING}, base)
        return b

    def x_un(self, e, scope):
        _, op, x, tok = e
        v = self.value(x, scope)
        if op == "!":
            self.want(tok, "!", v, {K.INT}, x)
            return TINT
        self.want(tok, op, v, INTEGRAL if op == "~" else ARITH, x)
        return v

    def x_bin(self, e, scope):
        _, op, l, r, tok = e
        a, b = self.value(l, scope), self.value(r, scope)
        if op == "::":
            if b is TNIL:
                return mk(K.LIST, a) if a is not None and a is not TNIL else None
            self.want(tok, "::", b, {K.LIST}, r)
            if b is not None and not self.assignable(self.res(self.res(b).tof), a):
                raise self.err(tok, f"type clash in {self.q(l, a)} :: {self.q(r, b)}")
            if b is not None:
                self.conform(self.res(self.res(b).tof), a, l)
            return b
        if op in ("&&", "||"):
            self.want(tok, op, a, {K.INT}, l)
            self.want(tok, op, b, {K.INT}, r)
            return TINT
        if op in ("<<", ">>"):
            self.want(tok, op, a, INTEGRAL, l)
            self.want(tok, "shift by", b, {K.INT}, r)
            return a
        if op == "**":
            self.want(tok, "**", a, {K.INT, K.BIG, K.REAL}, l)
            self.want(tok, "raise to the power", b, {K.INT}, r)
            return a
        return self.binary(op, a, b, tok, l, r)

    def binary(self, op: str, a, b, tok, l, r):
        if a is TNIL or b is TNIL:
            other = b if a is TNIL else a
            if op not in ("==", "!=") or (other is not TNIL and not self.assignable(other, TNIL)):
                raise self.err(tok, f"cannot {op} {self.q(l, a)} and {self.q(r, b)}")
            return TINT
        if not self.same(a, b):
            raise self.err(tok, f"type clash in {self.q(l, a)} {op} {self.q(r, b)}")
        t = a if a is not None else b
        k = self.kind(t)
        if t is None:
            return TINT if op in COMPARE else None
        if op in ("==", "!="):
            if k in (K.ADT, K.TUPLE):
                raise self.err(tok, f"cannot {op} {self.q(l, a)} and {self.q(r, b)}")
            return TINT
        if op in COMPARE:
            self.want(tok, op, t, ARITH | {K.STRING}, l)
            return TINT
        if op == "+" and k is K.STRING:
            return t
        self.want(tok, op, t, INTEGRAL if op in ("%", "&", "|", "^") else ARITH, l)
        return t

    def x_assign(self, e, scope):
        _, op, lhs, rhs, tok = e
        self.lvalue(lhs, tok, scope)
        if op == "=" and lhs[0] == "slice":
            a, b = self.value(lhs[1], scope), self.value(rhs, scope)
            self.want(tok, "assign to a slice of", a, {K.ARRAY}, lhs[1])
            self.clash(tok, a, b, lhs, "=", rhs)
            return a
        if op == "=" and lhs[0] == "tuple":
            v = self.value(rhs, scope)
            for x, t in zip(lhs[1], self.tuple_types(v, len(lhs[1]), tok)):
                if x[0] != "nil":
                    self.clash(tok, self.value(x, scope), t, x, "=", ("typed", t))
            return v
        a, b = self.value(lhs, scope), self.value(rhs, scope)
        if op == "=":
            self.clash(tok, a, b, lhs, "=", rhs)
        else:
            self.x_bin(("bin", op[:-1], ("typed", a, lhs), ("typed", b, rhs), tok), scope)
        return a

    def x_typed(self, e, scope):
        return e[1]

    def lvalue(self, e, tok, scope) -> None:
        if e[0] == "name":
            v = self.expr(e, scope)
            if isinstance(v, Callable) or not any(e[1] in sc for sc in scope) and self.prog.src.scope.lookup(e[1]) is not None \
                    and self.prog.src.scope.lookup(e[1]).store is Store.CONST:
                raise self.err(tok, f"cannot assign to {e[1]}")
            return
        if e[0] == "index" and e[1][0] == "lit":
            raise self.err(tok, f"cannot assign to {show(e)}")
        if e[0] in ("index", "dot", "nil"):
            return
        if e[0] == "slice" and e[3] is None or e[0] == "deref":
            return
        if e[0] == "tuple":
            for x in e[1]:
                self.lvalue(x, tok, scope)
            return
        raise self.err(tok, "the left side of an assignment must be a variable, an element or a field")

    def x_declas(self, e, scope):
        _, lhs, rhs, tok = e
        v = self.value(rhs, scope)
        if lhs[0] == "name":
            if v is TNIL:
                raise self.err(tok, f"cannot declare {lhs[1]} from nil: its type is unknown")
            self.declare(scope, lhs[1], v, tok)
        elif lhs[0] == "tuple":
            self.declare_tuple(lhs, v, scope, tok)
        return v

    def x_preinc(self, e, scope):
        v = self.value(e[2], scope)
        self.lvalue(e[2], e[3], scope)
        self.want(e[3], e[1], v, ARITH, e[2])
        return v

    x_postinc = x_preinc

    def x_dot(self, e, scope):
        _, base, name, tok = e
        b = self.expr(base, scope)
        if isinstance(b, Callable):
            if b.what != "type":
                raise self.err(tok, "'.' applied to a function")
            key = f"{b.target.name}.{name}"
            if key in self.prog.fns:
                return Callable("fn", self.prog.fns[key])
            if self.r.resolve(b.target.ty).kind is K.POLY:
                return None             # T.f(...) of a polymorphic function: the for clause's f
            adt = self.res(b.target.ty)
            if any(tg.name == name for tg in adt.tags):
                return Callable("type", next(tg for tg in adt.tags if tg.name == name))
            raise self.err(tok, f"{name} is not a member of {b.target.name}")
        if b is None:
            return None
        t = self.res(b)
        tag = None
        if t.kind is K.REF:
            tag = t.decl if t.decl is not None and t.decl.store is Store.TAG else None
            t = self.res(t.tof)
        if t.kind not in (K.ADT, K.TUPLE):         # a tuple's members are t0, t1, ...
            raise self.err(tok, f"{name} is not a member of {self.q(base, b)}")
        for d in [*t.ids, *(tag.ty.ids if tag else [])]:
            if d.name == name and d.store in STORESPACE:
                return self.res(d.ty)
        key = f"{t.decl.name}.{name}" if t.decl else name
        if key in self.prog.fns:
            return Callable("fn", self.prog.fns[key], selfty=b)
        for d in t.ids:
            if d.name == name and d.store is Store.FN:
                return None         # a member function defined elsewhere: not modelled
        raise self.err(tok, f"{name} is not a member of {self.name(t)}")

    def x_arrow(self, e, scope):
        _, base, name, tok = e
        if base[0] == "name" and base[1] in self.modinfo and not any(base[1] in s for s in scope):
            mod = self.modinfo[base[1]]
        else:
            m = self.value(base, scope)
            if m is None:
                return None
            if self.kind(m) is not K.MODULE:
                raise self.err(tok, f"'->' applied to {self.name(m)}, not a module")
            mod = self.modinfo.get(self.res(m).decl.name)
            if mod is None:
                return None
        d = mod.type.scope.names.get(name)
        if d is None:
            raise self.err(tok, f"{name} is not a member of {mod.name}")
        if d.store is Store.CONST:
            return self.r.const(d)[1]
        if d.store is Store.TYPE:
            return Callable("type", d)
        if d.store is Store.FN:
            return Callable("modfn", (mod, name))
        return None

    def x_call(self, e, scope):
        _, fe, argx, tok = e
        f = self.expr(fe, scope)
        args = [self.value(a, scope) for a in argx]
        if not isinstance(f, Callable):
            if f is None:
                return None
            ft = self.res(f)
            if ft.kind is K.REF and self.kind(ft.tof) is K.FN:
                ft = self.res(ft.tof)
            if ft.kind is not K.FN:
                raise self.err(tok, f"call of {self.q(fe, f)}, not a function")
            return self.call(show(fe), [(p.name, self.res(p.ty)) for p in ft.ids], ft.varargs, ft.tof, args, argx, tok)
        if f.what == "type":
            return self.construct(f.target, args, tok, argx)
        if f.what == "exc":                 # E(values) of a declared exception type
            fields = [d.ty for d in f.target.ty.ids]
            self.call(f.target.name, [(f"t{i}", self.res(t)) for i, t in enumerate(fields)], False, None, args, argx, tok)
            return f.target.ty
        if f.what == "fn":
            fd: FnDef = f.target
            if f.selfty is None and fe[0] == "name":
                self.direct[id(e)] = fd         # a plain call of the program's function
            params = list(fd.ty.ids)
            if f.selfty is not None:
                if not params or not params[0].implicit:
                    raise self.err(tok, f"{fd.adt}.{fd.name} has no self parameter")
                if not self.assignable(self.res(params[0].ty), f.selfty):
                    raise self.err(tok, f"{fd.name}: argument type mismatch: expected {self.name(params[0].ty)} saw {self.q(fe[1], f.selfty)}")
                params = params[1:]
            return self.call(fd.name, [(p.name, self.res(p.ty)) for p in params], fd.ty.varargs, fd.ty.tof, args, argx, tok)
        info, name = f.target
        fn = next((x for x in info.functions if x.qualname == name), None)
        if fn is None:
            return None
        return self.call(name, [(a.name, self.res(a.type)) for a in fn.args], fn.varargs, fn.result, args, argx, tok)

    def call(self, name: str, params: list, varargs: bool, result, args: list, argx: list, tok):
        if len(args) < len(params):
            raise self.err(tok, f"{name}: too few arguments: {len(args)} for {len(params)} parameters")
        if len(args) > len(params) and not varargs:
            raise self.err(tok, f"{name}: too many arguments: {len(args)} for {len(params)} parameters")
        for (_, pt), v, a in zip(params, args, argx):
            if not self.assignable(pt, v):
                raise self.err(tok, f"{name}: argument type mismatch: expected {self.name(pt)} saw {self.q(a, v)}")
            self.conform(pt, v, a)
        if varargs and params:
            self.fmtcheck(name, argx[len(params) - 1], args[len(params):], argx[len(params):], tok)
        return self.res(result) if result is not None and result.kind is not K.NONE else None

