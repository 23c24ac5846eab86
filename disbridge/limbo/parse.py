"""Parser for Limbo declarations: modules, adts, constants, types, imports.

It builds Decls and (still unresolved) Types; ``resolve.py`` binds names,
checks and sizes them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..utf import source_text
from .lex import LimboError, Token, tokenize, toktext
from .types import BASIC, TNONE, Decl, K, Store, Type

# binary operators, lowest precedence first (limbo.y); '::' is right associative
LEVELS = [("||",), ("&&",), ("::",), ("|",), ("^",), ("&",), ("==", "!="), ("<", ">", "<=", ">="),
          ("<<", ">>"), ("+", "-"), ("*", "/", "%")]
ASSIGN = ("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=")


class Scope:
    """Names visible at one level; lookups fall back to the parent."""

    def __init__(self, parent: Scope | None = None, owner: Decl | None = None):
        self.parent = parent
        self.owner = owner
        self.names: dict[str, Decl] = {}

    def lookup(self, name: str) -> Decl | None:
        s: Scope | None = self
        while s is not None:
            d = s.names.get(name)
            if d is not None:
                return d
            s = s.parent
        return None


@dataclass
class Source:
    """Everything declared by a file and the files it includes."""

    globals: list[Decl] = field(default_factory=list)      # top level, in order
    scope: Scope = field(default_factory=Scope)
    files: list[str] = field(default_factory=list)
    implement: list[str] = field(default_factory=list)     # `implement M;` names
    eof_line: int = 0               # the main file's end, where the compiler's late errors point


class Parser:
    """Recursive descent over the token list of one file."""

    scope_for_types: Scope | None = None     # where a program body's types resolve

    def __init__(self, toks: list[Token], src: Source, incdirs: list[str], loader):
        self.toks = toks
        self.pos = 0
        self.src = src
        self.incdirs = incdirs
        self.loader = loader
        self.parens: dict[int, tuple] = {}      # id -> an expression written in parentheses

    # token helpers
    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def err(self, msg: str, tok: Token | None = None) -> LimboError:
        t = tok or self.tok
        return LimboError(t.file, t.line, msg)

    def next(self) -> Token:
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def peek(self, k: int = 1) -> Token:
        return self.toks[min(self.pos + k, len(self.toks) - 1)]

    def isop(self, op: str, tok: Token | None = None) -> bool:
        t = tok or self.tok
        return t.kind == "op" and t.value == op

    def iskw(self, kw: str, tok: Token | None = None) -> bool:
        t = tok or self.tok
        return t.kind == "kw" and t.value == kw

    def expect(self, op: str) -> Token:
        if not self.isop(op):
            raise self.err(self.syntax())
        return self.next()

    def expectkw(self, kw: str) -> Token:
        if not self.iskw(kw):
            raise self.err(self.syntax())
        return self.next()

    def ident(self) -> Token:
        if self.tok.kind != "id":
            raise self.err(self.syntax())
        return self.next()

    def syntax(self, tok: Token | None = None) -> str:
        """What the compiler's yacc parser says where it stops: the token it could not take."""
        return f"near ` {toktext(tok or self.tok)} ` : syntax error"

    def parse_file(self, scope: Scope) -> None:
        bare = False                # `implement M;` with nothing after it: the grammar wants a declaration
        while self.tok.kind != "eof":
            if self.iskw("include"):
                self.include(scope)
                bare = False
                continue
            if self.tok.kind == "op" and self.tok.value == ";":
                self.next()
                continue
            if self.iskw("implement"):
                self.next()
                self.src.implement.extend(n.value for n in self.idlist())
                self.expect(";")
                bare = True
                continue
            self.topdecl(scope, None)
            bare = False
        if bare:
            raise self.err(self.syntax())

    def include(self, scope: Scope) -> None:
        t = self.next()
        if self.tok.kind != "string":
            raise self.err("syntax error: include needs a file name string")
        name = self.next().value
        self.expect(";")
        here = os.path.dirname(t.file)
        cands = [name] if os.path.isabs(name) else [os.path.join(d, name) for d in [here, *self.incdirs]]
        for path in cands:
            if os.path.isfile(path):
                self.loader(path, scope, t)
                return
        raise self.err(f"can't find include file {name}", t)

    def idlist(self) -> list[Token]:
        ids = [self.idornil()]
        while self.isop(","):
            self.next()
            ids.append(self.idornil())
        return ids

    def idornil(self) -> Token:
        if self.iskw("nil"):
            return self.next()
        return self.ident()

    # declarations
    def topdecl(self, scope: Scope, owner: Decl | None) -> list[Decl]:
        """One `names: ...;` declaration in a file, module or adt body."""
        start = self.tok
        names = self.idlist()
        self.expect(":")
        mk = lambda store, t=None, tok=None: [  # noqa: E731
            self.declare(scope, Decl(n.value, store, t, dot=owner, file=n.file, line=n.line), n)
            for n in names]
        if self.iskw("module"):
            self.next()
            return [self.module(names, scope)]
        if self.iskw("adt"):
            self.next()
            return [self.adt(names, scope, owner)]
        if self.iskw("con"):
            self.next()
            e = self.expr()
            self.expect(";")
            ds = mk(Store.CONST)
            for i, d in enumerate(ds):
                d.value = ("unevaluated", e, i, scope)
            return ds
        if self.iskw("type"):
            self.next()
            t = self.type(scope)
            self.expect(";")
            ds = mk(Store.TYPE, t)
            if t.decl is None and t.kind not in (K.ID, K.ARROW, K.DOT, K.INST):
                t.decl = ds[0]      # a fresh type takes the alias's name, as in the compiler
                t.anon = t.kind is not K.TUPLE
            return ds
        if self.iskw("import"):
            self.next()
            e = self.qualname()
            self.expect(";")
            ds = mk(Store.IMPORT)
            for d in ds:
                d.imported = e
                d.scope = scope
            return ds
        if self.iskw("exception"):
            self.next()
            t = Type(K.EXCEPTION, file=start.file, line=start.line)
            if self.isop("("):
                t.ids = self.tuplefields(scope)
            self.expect(";")
            ds = mk(Store.EXCEPTION, t)
            t.decl = ds[0]
            return ds
        if self.iskw("pick"):
            raise self.err("pick must appear inside an adt")
        cyc = False
        if self.iskw("cyclic"):
            self.next()
            cyc = True
        t = self.type(scope)
        if self.isop("="):
            raise self.err("declarations with initial values are not allowed here")
        self.expect(";")
        store = Store.FN if t.kind is K.FN else (Store.FIELD if owner is not None and owner.store is Store.TYPE and owner.ty.kind is K.ADT else Store.GLOBAL)
        ds = mk(store, t)
        for d in ds:
            d.cyc = cyc
        if cyc and store is not Store.FIELD:
            raise self.err("cyclic may only qualify an adt field", start)
        return ds

    def declare(self, scope: Scope, d: Decl, tok: Token) -> Decl:
        if d.name != "nil":
            old = scope.names.get(d.name)
            if old is not None:
                raise self.err(f"redeclaration of {d.name}, previously declared on line {old.line}", tok)
            scope.names[d.name] = d
        return d

    def module(self, names: list[Token], scope: Scope) -> Decl:
        if len(names) != 1:
            raise self.err("only one name may be declared as a module", names[1])
        n = names[0]
        t = Type(K.MODULE, file=n.file, line=n.line)
        d = self.declare(scope, Decl(n.value, Store.TYPE, t, file=n.file, line=n.line), n)
        t.decl = d
        mscope = Scope(scope, d)
        t.scope = mscope
        self.expect("{")
        while not self.isop("}"):
            if self.tok.kind == "eof":
                raise self.err(self.syntax())       # the compiler's parser, at the end of the file
            if self.iskw("include"):
                raise self.err("include not allowed inside a module")
            t.ids.extend(self.topdecl(mscope, d))
        self.next()
        self.expect(";")
        self.src.globals.append(d) if scope is self.src.scope else None
        return d

    def polys(self, scope: Scope, owner: Decl | None) -> list[Decl]:
        ps = []
        if self.isop("["):
            self.next()
            for n in self.idlist():
                pt = Type(K.POLY, file=n.file, line=n.line)
                d = self.declare(scope, Decl(n.value, Store.TYPE, pt, dot=None, file=n.file, line=n.line), n)
                pt.decl = d
                ps.append(d)
            self.expect("]")
        return ps

    def forclause(self, scope: Scope, polys: list[Decl]) -> None:
        """`for { T => f: fn(...); ... }`: functions a polymorphic type must have."""
        self.expectkw("for")
        self.expect("{")
        while not self.isop("}"):
            names = self.idlist()
            self.expect("=>")
            fscope = Scope(scope)
            members: list[Decl] = []
            while not self.isop("}") and not (self.tok.kind == "id" and self._starts_forgroup()):
                members.extend(self.topdecl(fscope, None))
            for n in names:
                p = next((p for p in polys if p.name == n.value), None)
                if p is None:
                    raise self.err(f"{n.value} is not a type parameter", n)
                p.ty.ids = members
        self.next()

    def _starts_forgroup(self) -> bool:
        i = self.pos
        while self.toks[i].kind == "id" and self.toks[i + 1].kind == "op" and self.toks[i + 1].value == ",":
            i += 2
        return self.toks[i].kind == "id" and self.toks[i + 1].kind == "op" and self.toks[i + 1].value == "=>"

    def adt(self, names: list[Token], scope: Scope, owner: Decl | None) -> Decl:
        if len(names) != 1:
            raise self.err("only one name may be declared as an adt", names[1])
        n = names[0]
        t = Type(K.ADT, file=n.file, line=n.line)
        d = self.declare(scope, Decl(n.value, Store.TYPE, t, dot=owner, file=n.file, line=n.line), n)
        t.decl = d
        ascope = Scope(scope, d)
        t.scope = ascope
        t.polys = self.polys(ascope, d)
        if self.iskw("for"):
            self.forclause(ascope, t.polys)
        self.expect("{")
        fields: list[Decl] = []
        fns: list[Decl] = []
        while not self.isop("}"):
            if self.tok.kind == "eof":
                raise self.err(self.syntax())       # the compiler's parser, at the end of the file
            if self.iskw("pick"):
                if t.tags:
                    raise self.err("only one set of pick fields allowed")
                self.pick(t, ascope, d)
                continue
            at = self.tok
            for m in self.topdecl(ascope, d):
                if m.store is Store.GLOBAL:
                    m.store = Store.FIELD
                if t.tags and m.store is Store.FIELD:      # functions may follow the pick (styx.m)
                    raise self.err("pick fields must be the last data fields in an adt", at)
                (fields if m.store is Store.FIELD else fns).append(m)
        self.next()
        self.expect(";")
        # data first, then functions and constants, as the compiler orders them
        t.ids = fields + fns
        for m in t.ids:
            if m.store is Store.TYPE:
                raise self.err(f"cannot declare type {m.name} inside an adt")
        if scope is self.src.scope:
            self.src.globals.append(d)
        return d

    def pick(self, t: Type, ascope: Scope, adtd: Decl) -> None:
        self.next()
        self.expect("{")
        tag = 0
        while not self.isop("}"):
            names = [self.ident()]
            while self.iskw("or"):
                self.next()
                names.append(self.ident())
            self.expect("=>")
            pt = Type(K.PICK, file=names[0].file, line=names[0].line)
            pscope = Scope(ascope)
            while not self.isop("}") and not self._starts_tag():
                for m in self.topdecl(pscope, adtd):
                    if m.store is Store.GLOBAL:
                        m.store = Store.FIELD
                    if m.store is not Store.FIELD:
                        raise self.err("pick fields must be data", names[0])
                    pt.ids.append(m)
            for nm in names:
                if any(tg.name == nm.value for tg in t.tags):
                    raise self.err(f"redeclaration of pick tag {nm.value}", nm)
                tg = Decl(nm.value, Store.TAG, pt, dot=adtd, file=nm.file, line=nm.line, tag=tag)
                tag += 1
                if pt.decl is None:
                    pt.decl = tg
                t.tags.append(tg)
        self.next()
        if not t.tags:
            raise self.err(f"empty pick field declaration in {adtd.name}")

    def _starts_tag(self) -> bool:
        i = self.pos
        while self.toks[i].kind == "id" and self.toks[i + 1].kind == "kw" and self.toks[i + 1].value == "or":
            i += 2
        return self.toks[i].kind == "id" and self.toks[i + 1].kind == "op" and self.toks[i + 1].value == "=>"

    # types
    def type(self, scope: Scope) -> Type:
        t = self.tok
        mk = lambda kind, **kw: Type(kind, file=t.file, line=t.line, **kw)  # noqa: E731
        if t.kind == "kw":
            v = t.value
            if v in BASIC:
                self.next()
                return BASIC[v]
            if v in ("array", "list", "chan"):
                self.next()
                self.expectkw("of")
                kind = {"array": K.ARRAY, "list": K.LIST, "chan": K.CHAN}[v]
                return mk(kind, tof=self.type(scope))
            if v == "ref":
                self.next()
                return mk(K.REF, tof=self.type(scope))
            if v == "fn":
                return self.fntype(scope)
            if v == "fixed":
                self.next()
                self.expect("(")
                e1 = self.expr()
                e2 = None
                if self.isop(","):
                    self.next()
                    e2 = self.expr()
                self.expect(")")
                return mk(K.FIX, val=(e1, e2, scope))
        if self.isop("("):
            ids = self.tuplefields(scope)
            if len(ids) == 1:
                return ids[0].ty
            return mk(K.TUPLE, ids=ids)
        if t.kind == "id":
            q = self.qualname()
            ty = self.nametype(q, scope, t)
            if self.isop("["):
                self.next()
                targs = [self.type(scope)]
                while self.isop(","):
                    self.next()
                    targs.append(self.type(scope))
                self.expect("]")
                ty = mk(K.INST, tof=ty, targs=targs)
            return ty
        raise self.err(self.syntax())

    def qualname(self) -> tuple[str, ...]:
        """`A`, `A->B`, `A.B`, `A->B.C` as a tuple with '->' and '.' kept."""
        parts = [self.ident().value]
        while self.isop("->") or self.isop("."):
            parts.append(self.next().value)
            parts.append(self.ident().value)
        return tuple(parts)

    @staticmethod
    def qexpr(q: tuple[str, ...], tok: Token):
        """The expression a qualified name spells: A.f as ("dot", ("name", "A"), "f")."""
        e = ("name", q[0], tok)
        for i in range(1, len(q), 2):
            e = ("dot" if q[i] == "." else "arrow", e, q[i + 1], tok)
        return e

    def nametype(self, q: tuple[str, ...], scope: Scope, tok: Token) -> Type:
        ty = Type(K.ID, name=q[0], scope=scope, file=tok.file, line=tok.line)
        for i in range(1, len(q), 2):
            kind = K.ARROW if q[i] == "->" else K.DOT
            ty = Type(kind, tof=ty, name=q[i + 1], scope=scope, file=tok.file, line=tok.line)
        return ty

    def tuplefields(self, scope: Scope) -> list[Decl]:
        self.expect("(")
        ids = []
        while True:
            t = self.tok
            ty = self.type(scope)
            ids.append(Decl(f"t{len(ids)}", Store.FIELD, ty, file=t.file, line=t.line))
            if not self.isop(","):
                break
            self.next()
        self.expect(")")
        return ids

    def fntype(self, scope: Scope) -> Type:
        start = self.next()
        fscope = Scope(scope)
        t = Type(K.FN, file=start.file, line=start.line, scope=fscope)
        t.polys = self.polys(fscope, None)
        self.expect("(")
        while not self.isop(")"):
            if self.isop("*"):
                self.next()
                t.varargs = True
                if not self.isop(")"):
                    raise self.err("variable arguments must be last")
                break
            t.ids.extend(self.args(fscope))
            if not self.isop(")"):
                self.expect(",")
        self.next()
        if self.isop(":"):
            self.next()
            t.tof = self.type(fscope)
        else:
            t.tof = TNONE
        if self.iskw("raises"):
            self.next()
            t.raises = self.raises_list(fscope, start)
        if self.iskw("for"):
            self.forclause(fscope, t.polys)
        return t

    def raises_list(self, fscope: Scope, start: Token) -> list[Decl]:
        """`raises E` or `raises (E, F)`: the exceptions a function may raise."""
        def one():
            if self.tok.kind != "id" and not self.iskw("nil"):     # names only: not a string
                raise self.err(self.syntax())
            return self.qualname()
        if self.isop("("):
            self.next()
            names = [one()]
            while self.isop(","):
                self.next()
                names.append(one())
            self.expect(")")
        else:
            names = [one()]
        return [Decl(".".join(q), Store.EXCEPTION, None, scope=fscope, imported=q,
                     file=start.file, line=start.line) for q in names if q is not None]

    def args(self, scope: Scope) -> list[Decl]:
        """`a, b: [self] T` or a bare type."""
        i = self.pos
        while self.toks[i].kind == "id" or (self.toks[i].kind == "kw" and self.toks[i].value == "nil"):
            if self.toks[i + 1].kind == "op" and self.toks[i + 1].value == ",":
                i += 2
                continue
            break
        named = (self.toks[i].kind == "id" or self.iskw("nil", self.toks[i])) and self.isop(":", self.toks[i + 1])
        if not named:
            t = self.tok
            return [Decl("nil", Store.ARG, self.type(scope), file=t.file, line=t.line)]
        names = self.idlist()
        self.expect(":")
        implicit = False
        if self.iskw("self"):
            self.next()
            implicit = True
        ty = self.type(scope)
        return [Decl(n.value, Store.ARG, ty, implicit=implicit, file=n.file, line=n.line) for n in names]

    # expressions: one grammar for constants in declarations and for program bodies
    def expr(self, level: int = -1):
        if level == -1:
            return self.assign()
        if level == len(LEVELS):
            return self.power()
        left = self.expr(level + 1)
        ops = LEVELS[level]
        while self.tok.kind == "op" and self.tok.value in ops:
            op = self.next()
            if op.value == "::":
                return ("bin", "::", left, self.expr(level), op)
            left = ("bin", op.value, left, self.expr(level + 1), op)
        return left

    def assign(self):
        left = self.expr(0)
        if self.isop(":="):
            op = self.next()
            return ("declas", left, self.assign(), op)
        if self.isop("<-") and self.isop("=", self.peek()):
            op = self.next()
            self.next()
            return ("send", left, self.assign(), op)
        if self.tok.kind == "op" and self.tok.value in ASSIGN:
            op = self.next()
            return ("assign", op.value, left, self.assign(), op)
        return left

    def power(self):
        """`**` binds tighter than `*` and groups to the right."""
        left = self.unary()
        if self.isop("**"):
            op = self.next()
            return ("bin", "**", left, self.power(), op)
        return left

    def unary(self):
        t = self.tok
        if t.kind == "op" and t.value in ("-", "+", "!", "~"):
            self.next()
            return ("un", t.value, self.unary(), t)
        if t.kind == "op" and t.value in ("++", "--"):
            self.next()
            return ("preinc", t.value, self.unary(), t)
        if t.kind == "op" and t.value == "*":
            self.next()
            return ("deref", self.unary(), t)
        if t.kind == "op" and t.value == "<-":
            self.next()
            return ("recv", self.unary(), t)
        if t.kind == "kw":
            v = t.value
            if v in ("int", "big", "real", "byte", "string"):        # int (a).b converts (a).b
                self.next()
                return ("cast", v, self.unary(), t)
            if v in ("len", "hd", "tl"):
                self.next()
                return (v, self.unary(), t)
            if v == "ref":
                self.next()
                start = self.pos
                if self.tok.kind == "id":
                    q = self.qualname()
                    self.typeargs()             # ref Adt[int, string](...): the instance's values
                    if self.isop("("):
                        self.next()
                        args = self.exprlist(")")
                        if not any(self.isop(o) for o in (".", "[", "(", "->")):
                            return ("ref", q, args, t)
                    self.pos = start            # ref f(x).d: ref of any term (limbo.y: Lref monexp)
                return ("refof", self.unary(), t)        # ref of an adt value: a new copy
            if v == "load":
                self.next()
                q = self.qualname()
                return ("load", q, self.expr(0), t)
            if v == "tagof":
                self.next()
                return ("tagof", self.unary(), t)
            if v == "array":
                return self.arrayexpr()
            if v == "chan":
                return self.chanexpr()
            if v == "list":
                self.next()
                self.expectkw("of")
                self.expect("{")
                return ("listlit", self.exprlist("}"), t)
        if t.kind == "id" and self._monexp_start(self.peek()):      # T e: a conversion to the named type
            self.next()
            return ("namecast", t.value, self.unary(), t)
        return self.postfix(self.primary())

    MONEXP_KW = ("nil", "array", "chan", "list", "load", "len", "hd", "tl", "tagof", "ref",
                 "int", "big", "real", "byte", "string")

    def _monexp_start(self, tok: Token) -> bool:
        """Can tok begin the operand of limbo.y's `Lid monexp` (not a call's or a binary
        operator's continuation of the name)?"""
        return tok.kind in ("id", "int", "real", "string", "char") or \
            tok.kind == "kw" and tok.value in self.MONEXP_KW or tok.kind == "op" and tok.value in ("!", "~")

    def arrayexpr(self):
        t = self.next()
        size = None
        if self.isop("["):
            self.next()
            size = None if self.isop("]") else self.expr()
            self.expect("]")
        self.expectkw("of")
        if self.isop("{"):
            self.next()
            return ("arraylit", size, None, self.initlist(), t)
        if self.scope_for_types is None:
            raise self.err("array expression in a declaration file", t)
        ty = self.type(self.scope_for_types)
        if self.isop("{"):
            self.next()
            return ("arraylit", size, ty, self.initlist(), t)
        if size is None:
            if ty.kind is K.BYTE:          # array of byte s: a string's UTF-8
                return ("cast", "array of byte", self.unary(), t)
            raise self.err("array size missing")
        return ("newarray", size, ty, t)

    def chanexpr(self):
        """chan of T, chan[n] of T: a new channel, buffered when n is given."""
        t = self.next()
        size = None
        if self.isop("["):
            self.next()
            size = self.expr()
            self.expect("]")
        self.expectkw("of")
        if self.scope_for_types is None:
            raise self.err("channel expression in a declaration file", t)
        return ("newchan", size, self.type(self.scope_for_types), t)

    def initlist(self):
        items = []
        while not self.isop("}"):
            if self.isop("*"):
                self.next()
                self.expect("=>")
                items.append(("*", self.expr()))
            else:
                e = self.expr()
                if self.iskw("or") or self.iskw("to"):
                    labels = [self.label_range(e)]
                    while self.iskw("or"):
                        self.next()
                        labels.append(self.label_range(self.expr()))
                    self.expect("=>")
                    items.append((("labels", labels), self.expr()))
                elif self.isop("=>"):
                    self.next()
                    items.append((e, self.expr()))
                else:
                    items.append((None, e))
            if not self.isop("}"):
                self.expect(",")
        self.next()
        return items

    def _polyadt(self, name: str) -> bool:
        """Is name a polymorphic adt (so that name[...] instantiates it rather than indexes)?"""
        if self.scope_for_types is None:
            return False
        d = self.scope_for_types.lookup(name)
        for m in self.src.implement:            # or a member of the module being implemented
            md = self.src.scope.names.get(m)
            if d is None and md is not None and md.ty is not None and md.ty.scope is not None:
                d = md.ty.scope.names.get(name)
        if d is not None and d.store is Store.IMPORT and len(d.imported) == 1:
            d = self._imported(d)               # Table: import tables; ... Table[ref Req].new(...)
        return d is not None and d.store is Store.TYPE and d.ty is not None and d.ty.kind is K.ADT and bool(d.ty.polys)

    def _imported(self, d: Decl) -> Decl | None:
        """What `name: import m;` names, seen from the parser: m's module type, by m's declared type."""
        m = self.scope_for_types.lookup(d.imported[0])
        t = m.ty if m is not None else None
        if t is not None and t.kind is K.ID:
            md = self.scope_for_types.lookup(t.name)
            t = md.ty if md is not None else None
        if t is None or t.kind is not K.MODULE or t.scope is None:
            return None
        return t.scope.names.get(d.name)

    def label_range(self, lo):
        """An initializer label: an index, or `lo to hi`."""
        if self.iskw("to"):
            self.next()
            return (lo, self.expr())
        return (lo, lo)

    def exprlist(self, close: str):
        out = []
        while not self.isop(close):
            out.append(self.expr())
            if not self.isop(close):
                self.expect(",")
        self.next()
        return out

    def primary(self):
        t = self.tok
        if t.kind in ("int", "real", "string"):
            self.next()
            return ("lit", t.kind, t.value, t)
        if t.kind == "char":
            self.next()
            return ("lit", "int", t.value, t)
        if self.iskw("nil"):
            self.next()
            return ("nil", t)
        if self.isop("("):
            self.next()
            items = self.exprlist(")")
            if len(items) == 1:
                self.parens[id(items[0])] = items[0]
                return items[0]
            return ("tuple", items, t)
        if t.kind == "id":
            self.next()
            return ("name", t.value, t)
        if t.kind == "kw" and t.value in ("int", "big", "real", "byte", "string"):
            self.next()
            self.expect("(")
            e = self.expr()
            self.expect(")")
            return ("cast", t.value, e, t)
        raise self.err(self.syntax())

    def typeargs(self) -> list | None:
        """`[T, ...]` after the name of a polymorphic adt in an expression; None where there is none."""
        if not self.isop("[") or self.scope_for_types is None:
            return None
        start, out = self.pos, []
        self.next()
        try:
            while True:
                out.append(self.type(self.scope_for_types))
                if not self.isop(","):
                    break
                self.next()
            self.expect("]")
        except LimboError:
            self.pos = start
            return None
        return out

    def postfix(self, e):
        while True:
            t = self.tok
            if e[0] == "name" and self.isop("[") and self._polyadt(e[1]):
                self.typeargs()         # Adt[T, ...].fn(...): the instance does not change which fn
                continue
            if self.isop("("):
                self.next()
                e = ("call", e, self.exprlist(")"), t)
            elif self.isop("["):
                self.next()
                lo = None if self.isop(":") else self.expr()
                if self.isop(":"):
                    self.next()
                    hi = None if self.isop("]") else self.expr()
                    self.expect("]")
                    e = ("slice", e, lo, hi, t)
                else:
                    self.expect("]")
                    e = ("index", e, lo, t)
            elif self.isop("."):
                self.next()
                e = ("dot", e, self.ident().value, t)
            elif self.isop("->"):
                self.next()
                if self.isop("("):      # m->(x).f: x's adt function, called through module m
                    inner = self.primary()
                    dt = self.expect(".")
                    e = ("mdot", e, ("dot", inner, self.ident().value, dt), t)
                else:
                    e = ("arrow", e, self.ident().value, t)
            elif self.isop("++") or self.isop("--"):
                self.next()
                e = ("postinc", t.value, e, t)
            else:
                return e


def parse_file(path: str, incdirs: list[str], text: str | None = None) -> Source:
    """Parse a declaration file (or text named path) and everything it includes, once each."""
    src = Source()
    seen: set[str] = set()

    def load(p: str, scope: Scope, at: Token | None, text: str | None = None) -> None:
        rp = os.path.realpath(p)
        if rp in seen:
            return
        seen.add(rp)
        if text is not None:
            src.files.append(p)
            if at is None:
                src.eof_line = text.count("\n") + 1
            Parser(tokenize(text, p), src, incdirs, load).parse_file(scope)
            return
        try:
            with open(p, "rb") as f:      # as the compiler reads it, through Bgetrune
                text = source_text(f.read())
        except OSError as e:
            if at is None:
                raise LimboError(p, 0, f"can't open: {e.strerror}") from None
            raise LimboError(at.file, at.line, f"can't open {p}: {e.strerror}") from None
        src.files.append(p)
        if at is None:
            src.eof_line = text.count("\n") + 1
        Parser(tokenize(text, p), src, incdirs, load).parse_file(scope)

    load(path, src.scope, None, text)
    return src
