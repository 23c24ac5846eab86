"""The check of a program before it runs, reported as `file:line: message`.

Every name must be declared where it is used; calls of the program's and
of modules' functions must have the declared number of arguments; and
values must not clash in kind (a number where a string is wanted, a list
where an array is...). Kinds are coarse: int, big, byte and real are all
"number", so this never rejects a valid program, but it is not the
compiler's full type check (see docs/NOTES.md).
"""

from __future__ import annotations

from ..limbo.lex import LimboError
from ..limbo.types import K, Store, Type
from .parse import FnDef, Program

NUM = "number"
NILABLE = {"string", "array", "list", "ref", "module"}
KIND = {K.INT: NUM, K.BIG: NUM, K.BYTE: NUM, K.REAL: NUM, K.STRING: "string", K.ARRAY: "array",
        K.LIST: "list", K.TUPLE: "tuple", K.REF: "ref", K.ADT: "adt", K.MODULE: "module"}
ARITH = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "**"}
COMPARE = {"==", "!=", "<", ">", "<=", ">="}


def nilable(k: str) -> bool:
    return k in NILABLE or k.startswith("module")


def compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return (a == "nil" and nilable(b)) or (b == "nil" and nilable(a))


class Checker:
    def __init__(self, prog: Program, modinfo: dict, resolver):
        self.prog = prog
        self.modinfo = modinfo
        self.r = resolver
        self.globals: dict[str, str | None] = {}
        for g in prog.globals:
            kind = self.kind_of(g[2]) if g[2] is not None else None
            for n in g[1]:
                self.globals[n] = kind

    def kind_of(self, t: Type | None) -> str | None:
        if t is None:
            return None
        try:
            rt = self.r.resolve(t)
            if rt.kind is K.MODULE:
                return f"module:{rt.decl.name}"        # which module: its functions are checked
            return KIND.get(rt.kind)
        except LimboError:
            raise
        except Exception:       # a type the runner does not model: no verdict
            return None

    def run(self) -> None:
        for f in self.prog.fns.values():
            params = {p.name: self.kind_of(p.ty) for p in f.ty.ids}
            self.result = self.kind_of(f.ty.tof) if f.ty.tof.kind is not K.NONE else None
            self.stmt(f.body, [dict(self.globals), params])
        for g in self.prog.globals:
            if g[3] is not None:
                self.expr(g[3], [dict(self.globals)])

    def err(self, tok, msg: str) -> LimboError:
        return LimboError(tok.file, tok.line, msg)

    def lookup(self, name: str, scope: list[dict], tok):
        for s in reversed(scope):
            if name in s:
                return s[name]
        if name in self.prog.fns or name == "nil":
            return None
        d = self.prog.src.scope.lookup(name)
        if d is not None and d.store in (Store.CONST, Store.TYPE, Store.IMPORT):
            if d.store is Store.CONST:
                v = self.r.const(d)[0]
                return "string" if isinstance(v, str) else NUM if isinstance(v, (int, float)) else None
            return None
        raise self.err(tok, f"{name} is not declared")

    def clash(self, tok, what: str, a, b) -> None:
        if not compatible(a, b):
            raise self.err(tok, f"type clash in {what}: {a} and {b}")

    # statements
    def stmt(self, s, scope: list[dict]) -> None:
        k = s[0]
        if k == "block":
            inner = [*scope, {}]
            for x in s[1]:
                self.stmt(x, inner)
        elif k == "decl":
            _, names, t, init, tok = s
            kind = self.kind_of(t)
            if init is not None:
                v = self.expr(init, scope)
                if t is not None:
                    self.clash(tok, "a declaration", kind, v)
                else:
                    kind = v if v != "nil" else None
            for n in names:
                scope[-1][n] = kind
        elif k == "tupledecl":
            self.expr(s[2], scope)
            for x in s[1][1]:
                if x[0] == "name":
                    scope[-1][x[1]] = None
        elif k == "expr":
            self.expr(s[1], scope)
        elif k == "if":
            self.expr(s[1], scope)
            self.stmt(s[2], scope)
            if s[3] is not None:
                self.stmt(s[3], scope)
        elif k == "for":
            if s[1] is not None:
                self.stmt(s[1], scope)          # declared in the enclosing block
            for e in (s[2], s[3]):
                if e is not None:
                    self.expr(e, scope)
            self.stmt(s[4], scope)
        elif k == "do":
            self.stmt(s[1], scope)
            self.expr(s[2], scope)
        elif k == "label":
            self.stmt(s[2], scope)
        elif k == "return":
            if s[1] is not None:
                self.clash(s[2], "return", self.result, self.expr(s[1], scope))
        elif k == "raise":
            if s[1] is not None:
                self.clash(s[2], "raise", "string", self.expr(s[1], scope))
        elif k == "case":
            v = self.expr(s[1], scope)
            for pats, body in s[2]:
                for p in pats:
                    for e in p[1:]:
                        self.clash(s[3], "a case label", v, self.expr(e, scope))
                self.stmt(body, scope)
        elif k == "pick":
            self.expr(s[2], scope)
            for _, body in s[3]:
                self.stmt(body, [*scope, {s[1]: "ref"}])
        elif k == "try":
            self.stmt(s[1], scope)
            for pats, body in s[3]:
                for p in pats:
                    for e in p[1:]:
                        self.expr(e, scope)
                self.stmt(body, [*scope, {s[2]: "string"} if s[2] else {}])

    # expressions: each returns its coarse kind, or None when not known
    def expr(self, e, scope: list[dict]):
        return getattr(self, "x_" + e[0], self.x_other)(e, scope)

    def x_other(self, e, scope):
        for x in e[1:]:
            if isinstance(x, tuple) and x and isinstance(x[0], str):
                self.expr(x, scope)
            elif isinstance(x, list):
                for y in x:
                    if isinstance(y, tuple) and y and isinstance(y[0], str):
                        self.expr(y, scope)
                    elif isinstance(y, tuple):       # array initialisers: (key, value)
                        for z in y:
                            if isinstance(z, tuple):
                                self.expr(z, scope)
        return None

    def x_lit(self, e, scope):
        return "string" if e[1] == "string" else NUM

    def x_nil(self, e, scope):
        return "nil"

    def x_name(self, e, scope):
        return self.lookup(e[1], scope, e[2])

    def x_tuple(self, e, scope):
        self.x_other(e, scope)
        return "tuple"

    def x_listlit(self, e, scope):
        self.x_other(e, scope)
        return "list"

    def x_arraylit(self, e, scope):
        self.x_other(e, scope)
        return "array"

    x_newarray = x_arraylit

    def x_ref(self, e, scope):
        for a in e[2]:
            self.expr(a, scope)
        return "ref"

    def x_load(self, e, scope):
        self.clash(e[3], "load", "string", self.expr(e[2], scope))
        return f"module:{e[1][0]}"

    def x_cast(self, e, scope):
        self.expr(e[2], scope)
        return {"string": "string", "array of byte": "array"}.get(e[1], NUM)

    def x_len(self, e, scope):
        self.expr(e[1], scope)
        return NUM

    def x_hd(self, e, scope):
        self.clash(e[2], "hd", "list", self.expr(e[1], scope))
        return None

    def x_tl(self, e, scope):
        self.clash(e[2], "tl", "list", self.expr(e[1], scope))
        return "list"

    def x_tagof(self, e, scope):
        self.expr(e[1], scope)
        return NUM

    def x_index(self, e, scope):
        base = self.expr(e[1], scope)
        self.clash(e[3], "an index", NUM, self.expr(e[2], scope))
        return NUM if base == "string" else None

    def x_slice(self, e, scope):
        base = self.expr(e[1], scope)
        for x in (e[2], e[3]):
            if x is not None:
                self.clash(e[4], "a slice", NUM, self.expr(x, scope))
        return base

    def x_un(self, e, scope):
        v = self.expr(e[2], scope)
        self.clash(e[3], f"'{e[1]}'", NUM, v)
        return NUM

    def x_bin(self, e, scope):
        _, op, l, r, tok = e
        a, b = self.expr(l, scope), self.expr(r, scope)
        if op == "::":
            self.clash(tok, "'::'", "list", b)
            return "list"
        if op in ("&&", "||"):
            return NUM
        self.clash(tok, f"'{op}'", a, b)
        if op in COMPARE:
            return NUM
        kind = a if a not in (None, "nil") else b
        if op in ARITH and kind not in (None, NUM) and not (op == "+" and kind == "string"):
            raise self.err(tok, f"operator '{op}' is not for a {kind}")
        return kind

    def x_assign(self, e, scope):
        _, op, lhs, rhs, tok = e
        a, b = self.expr(lhs, scope), self.expr(rhs, scope)
        self.clash(tok, f"'{op}'", a, b)
        return a

    def x_declas(self, e, scope):
        _, lhs, rhs, tok = e
        v = self.expr(rhs, scope)
        names = [lhs] if lhs[0] == "name" else lhs[1] if lhs[0] == "tuple" else []
        for n in names:
            if n[0] == "name":
                scope[-1][n[1]] = v if lhs[0] == "name" and v != "nil" else None
        return v

    def x_preinc(self, e, scope):
        self.clash(e[3], f"'{e[1]}'", NUM, self.expr(e[2], scope))
        return NUM

    x_postinc = x_preinc

    def x_dot(self, e, scope):
        self.expr(e[1], scope)
        return None

    def x_arrow(self, e, scope):
        base = e[1]
        if base[0] == "name" and base[1] in self.modinfo and not any(base[1] in s for s in scope):
            d = self.modinfo[base[1]].type.scope.names.get(e[2])
            if d is not None and d.store is Store.CONST:
                v = self.r.const(d)[0]
                return "string" if isinstance(v, str) else NUM
            return None
        k = self.expr(base, scope)
        if k is not None and not k.startswith("module"):
            raise self.err(e[3], f"'->' applied to a {k}, not a module")
        return None

    def x_call(self, e, scope):
        _, fe, args, tok = e
        kinds = [self.expr(a, scope) for a in args]
        if fe[0] == "arrow":
            base = fe[1]
            if base[0] == "name" and base[1] in self.modinfo and not any(base[1] in s for s in scope):
                mod = base[1]
            else:
                k = self.expr(base, scope)
                mod = k[len("module:"):] if k is not None and k.startswith("module:") else None
            return self.modcall(mod, fe[2], kinds, tok)
        if fe[0] == "name" and not any(fe[1] in s for s in scope) and fe[1] in self.prog.fns:
            return self.fncall(self.prog.fns[fe[1]], kinds, tok)
        self.expr(fe, scope)
        return None

    def fncall(self, f: FnDef, kinds, tok):
        params = f.ty.ids
        if len(kinds) != len(params):
            raise self.err(tok, f"{f.name}: {len(kinds)} arguments for {len(params)} parameters")
        for p, k in zip(params, kinds):
            self.clash(tok, f"argument {p.name} of {f.name}", self.kind_of(p.ty), k)
        return self.kind_of(f.ty.tof) if f.ty.tof.kind is not K.NONE else None

    def modcall(self, mod: str | None, name: str, kinds, tok):
        """m->f(args): f must be a function of m's module type, with that many arguments."""
        if mod is not None and mod not in self.modinfo:
            return None
        infos = [self.modinfo[mod]] if mod is not None else list(self.modinfo.values())
        found = [f for info in infos for f in info.functions if f.qualname == name]
        if mod is not None and not found:
            raise self.err(tok, f"{name} is not a member of {mod}")
        if len(found) != 1:
            return None                 # the module is not known here: no verdict
        f = found[0]
        n = len(f.args)
        if len(kinds) != n and not (f.varargs and len(kinds) >= n):
            raise self.err(tok, f"{name}: {len(kinds)} arguments for {n} parameters")
        for a, k in zip(f.args, kinds):
            self.clash(tok, f"argument {a.name} of {name}", self.kind_of(a.type), k)
        return self.kind_of(f.result) if f.result.kind is not K.NONE else None
