"""A check of a program before it runs: every name it uses is declared where it is used,
every call of a module function has the declared number of arguments.

Errors are reported as `file:line: message`, like the compiler's. This is
not the full Limbo type check (see docs/NOTES.md); it catches the mistakes
that would otherwise surface only when the line runs.
"""

from __future__ import annotations

from ..limbo.lex import LimboError
from ..limbo.types import Store
from .parse import FnDef, Program


class Checker:
    def __init__(self, prog: Program, modinfo: dict):
        self.prog = prog
        self.modinfo = modinfo
        self.globals = {n for g in prog.globals for n in g[1]}
        self.fn: FnDef | None = None

    def run(self) -> None:
        for f in self.prog.fns.values():
            self.fn = f
            scope = [set(self.globals) | {p.name for p in f.ty.ids}]
            self.stmt(f.body, scope)

    def err(self, tok, msg: str) -> LimboError:
        return LimboError(tok.file, tok.line, msg)

    def known(self, name: str, scope: list[set]) -> bool:
        if any(name in s for s in scope) or name in self.prog.fns or name == "nil":
            return True
        d = self.prog.src.scope.lookup(name)
        return d is not None and d.store in (Store.CONST, Store.TYPE, Store.IMPORT)

    # statements
    def stmt(self, s, scope: list[set]) -> None:
        k = s[0]
        if k == "block":
            inner = [*scope, set()]
            for x in s[1]:
                self.stmt(x, inner)
        elif k == "decl":
            if s[3] is not None:
                self.expr(s[3], scope)
            scope[-1].update(s[1])
        elif k == "tupledecl":
            self.expr(s[2], scope)
            scope[-1].update(x[1] for x in s[1][1] if x[0] == "name")
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
        elif k in ("return", "raise"):
            if s[1] is not None:
                self.expr(s[1], scope)
        elif k == "case":
            self.expr(s[1], scope)
            for pats, body in s[2]:
                for p in pats:
                    for e in p[1:]:
                        self.expr(e, scope)
                self.stmt(body, scope)
        elif k == "pick":
            self.expr(s[2], scope)
            for _, body in s[3]:
                self.stmt(body, [*scope, {s[1]}])
        elif k == "try":
            self.stmt(s[1], scope)
            for pats, body in s[3]:
                for p in pats:
                    for e in p[1:]:
                        self.expr(e, scope)
                self.stmt(body, [*scope, {s[2]} if s[2] else set()])

    # expressions
    def expr(self, e, scope: list[set]) -> None:
        if not isinstance(e, tuple) or not e:
            return
        k = e[0]
        if k == "name":
            if not self.known(e[1], scope):
                raise self.err(e[2], f"{e[1]} is not declared")
            return
        if k == "declas":
            self.expr(e[2], scope)
            lhs = e[1]
            names = [lhs] if lhs[0] == "name" else lhs[1] if lhs[0] == "tuple" else []
            scope[-1].update(n[1] for n in names if n[0] == "name")
            return
        if k == "call" and e[1][0] == "arrow":
            self.modcall(e, scope)
        if k == "arrow":
            if not (e[1][0] == "name" and e[1][1] in self.modinfo):
                self.expr(e[1], scope)
            return
        if k == "dot":
            self.expr(e[1], scope)
            return
        if k in ("lit", "nil", "ref"):
            return
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

    def modcall(self, e, scope) -> None:
        """m->f(args): f must be a function of m's module type, with that many arguments."""
        _, fe, args, tok = e
        name = fe[2]
        for info in self.modinfo.values():
            f = next((x for x in info.functions if x.qualname == name), None)
            if f is None:
                continue
            n = len(f.args)
            if len(args) != n and not (f.varargs and len(args) >= n):
                raise self.err(tok, f"{name}: {len(args)} arguments for {n} parameters")
            return
