"""Parser for Limbo programs (`.b` harnesses): declarations, functions, statements, expressions.

Declarations reuse the `.m` parser; statements and expressions become
tuples whose first element names the node.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

from ..limbo.lex import LimboError, Token, tokenize
from ..limbo.parse import LEVELS, Parser, Scope, Source
from ..limbo.types import TNONE, Decl, K, Store, Type
from ..utf import source_text


class FnDef:
    """A function defined in the program: name (or Adt.name), type, body."""

    def __init__(self, name: str, adt: str | None, ty: Type, body, tok: Token):
        self.name = name
        self.adt = adt
        self.ty = ty
        self.params = [d.name for d in ty.ids]
        self.body = body
        self.file = tok.file
        self.line = tok.line


class Tag(str):
    """A pick arm's qualifier (a tag name or *), with where it is written."""

    tok: Token

    def __new__(cls, name: str, tok: Token):
        t = super().__new__(cls, name)
        t.tok = tok
        return t


class Any(tuple):
    """The pattern * of a case, alt or exception arm, with where it is written."""

    tok: Token

    def __new__(cls, tok: Token):
        p = super().__new__(cls, ("any",))
        p.tok = tok
        return p


class Program:
    def __init__(self, src: Source):
        self.src = src
        self.fns: dict[str, FnDef] = {}
        self.globals: list = []          # ('var', names, type, init) in order
        self.parens: dict[int, tuple] = {}   # id -> an expression written in parentheses


class ProgParser(Parser):
    """Top level of a .b file, then function bodies."""

    def __init__(self, toks, src, incdirs, loader, prog: Program):
        super().__init__(toks, src, incdirs, loader)
        self.fnscope: Scope | None = None     # the function being parsed: its scope and name
        self.fnname = ""
        self.prog = prog
        self.parens = prog.parens

    def parse_program(self, scope: Scope) -> None:
        bare = False                # `implement M;` with nothing after it: the grammar wants a declaration
        while self.tok.kind != "eof":
            if self.isop(";"):
                self.next()
                continue
            bare = self.iskw("implement")
            if self.iskw("include"):
                self.include(scope)
            elif bare:
                self.next()
                self.src.implement.extend(n.value for n in self.idlist())
                self.expect(";")
            elif self.tok.kind == "id" and (self.isop("(", self.peek()) or self.isop("[", self.peek()) or
                                            (self.isop(".", self.peek()) and (self.isop("(", self.peek(3)) or
                                                                              self.isop("[", self.peek(3))))):
                # name(, name[T](, Adt.fn(, Adt[T].fn(, Adt.fn[T](: a function definition
                self.fndef(scope)
            else:
                self.globaldecl(scope)
        if bare:
            raise self.err(self.syntax())

    def globaldecl(self, scope: Scope) -> None:
        start = self.pos
        names = self.idlist()
        if len(names) == 1 and self.isop("="):     # name = e: the initial value of a module data member
            t = self.next()
            e = ("assign", "=", ("name", names[0].value, names[0]), self.expr(), t)
            self.expect(";")
            self.prog.globals.append(("expr", e, t))
            return
        if self.isop(":="):
            self.next()
            e = self.expr()
            self.expect(";")
            self.prog.globals.append(("decl", [n.value for n in names], None, e, names[0]))
            self.src.varnames.update(n.value for n in names)
            return
        self.expect(":")
        if self.tok.kind == "kw" and self.tok.value in ("module", "adt", "con", "type", "import", "exception"):
            self.pos = start
            self.topdecl(scope, None)
            return
        t = self.type(scope)
        init = None
        if self.isop("="):
            self.next()
            init = self.expr()
        self.expect(";")
        self.prog.globals.append(("decl", [n.value for n in names], t, init, names[0]))
        for n in names:             # so that `f: import var;` can find a module variable's type
            if n.value != "nil" and n.value not in scope.names:
                scope.names[n.value] = Decl(n.value, Store.GLOBAL, t, file=n.file, line=n.line)

    def fndef(self, scope: Scope) -> None:
        start = self.ident()
        adt = None
        name = start.value
        fscope = Scope(scope)
        t = Type(K.FN, file=start.file, line=start.line, scope=fscope)
        t.polys = self.polys(fscope, None)           # name[T, ...](...): a polymorphic function
        if self.isop("."):                          # Adt.fn, or Adt[T, ...].fn of a polymorphic adt
            self.next()
            adt, name = name, self.ident().value
            if self.isop("["):                      # Adt.fn[T](...): a polymorphic function of a plain adt
                t.polys = t.polys + self.polys(fscope, None)
        self.expect("(")
        while not self.isop(")"):
            if self.isop("*"):
                self.next()
                t.varargs = True
                break
            t.ids.extend(self.args(fscope))
            if not self.isop(")"):
                self.expect(",")
        self.expect(")")
        t.tof = TNONE
        if self.isop(":"):
            self.next()
            t.tof = self.type(fscope)
        if self.iskw("raises"):
            self.next()
            t.raises = self.raises_list(fscope, start)
        if self.iskw("for"):                # for { T => f: fn(...); }: what T must provide
            self.forclause(fscope, t.polys)
        outer, self.scope_for_types = self.scope_for_types, fscope     # array[n] of T names the body's types
        self.fnscope, self.fnname = fscope, name
        try:
            body = self.block(fscope)
        finally:
            self.scope_for_types = outer
        end = self.toks[self.pos - 1]       # the closing brace
        key = f"{adt}.{name}" if adt else name
        if key in self.prog.fns:
            prev = self.prog.fns[key]
            raise self.err(f"redeclaration of function {key}, previously declared as a function on line {prev.file}:{prev.line}", start)
        self.prog.fns[key] = FnDef(name, adt, t, body, start)
        self.prog.fns[key].end = end

    # statements
    def block(self, scope: Scope):
        t = self.expect("{")
        out = []
        with self.inner(scope) as bscope:
            while not self.isop("}"):
                if self.tok.kind == "eof":
                    raise self.err(self.syntax())       # the compiler's parser, at the end of the file
                out.append(self.stmt(bscope))
        self.next()
        return ("block", out, t)

    @contextmanager
    def inner(self, scope: Scope):
        """A block's own scope, for the con, type, import and exception names it declares."""
        bscope = Scope(scope)
        outer, self.scope_for_types = self.scope_for_types, bscope
        try:
            yield bscope
        finally:
            self.scope_for_types = outer

    def stmt(self, scope: Scope):
        t = self.tok
        if self.isop("{"):
            b = self.block(scope)
            if self.iskw("exception"):
                return self.handler(b, scope)
            return b
        if self.isop(";"):
            self.next()
            return ("block", [], t)
        if t.kind == "id" and self.isop(":", self.peek()) and self.peek(2).kind == "kw" and \
                self.peek(2).value in ("while", "for", "do", "case", "alt", "pick"):
            label = self.next().value
            self.next()
            s = self.stmt(scope)
            return ("label", label, s, t)
        if t.kind == "kw":
            v = t.value
            if v == "if":
                self.next()
                self.expect("(")
                c = self.expr()
                self.expect(")")
                a = self.stmt(scope)
                b = None
                if self.iskw("else"):
                    self.next()
                    b = self.stmt(scope)
                return ("if", c, a, b, t)
            if v == "while":
                self.next()
                self.expect("(")
                c = None if self.isop(")") else self.expr()
                self.expect(")")
                return ("for", None, c, None, self.stmt(scope), t)
            if v == "do":
                self.next()
                body = self.stmt(scope)
                self.expectkw("while")
                self.expect("(")
                c = self.expr()
                self.expect(")")
                self.expect(";")
                return ("do", body, c, t)
            if v == "for":
                self.next()
                self.expect("(")
                init = None if self.isop(";") else self.simple(scope)
                self.expect(";")
                c = None if self.isop(";") else self.expr()
                self.expect(";")
                post = None if self.isop(")") else self.expr()
                self.expect(")")
                return ("for", init, c, post, self.stmt(scope), t)
            if v in ("break", "continue"):
                self.next()
                label = self.ident().value if self.tok.kind == "id" else None
                self.expect(";")
                return (v, label, t)
            if v == "return":
                self.next()
                e = None if self.isop(";") else self.expr()
                self.expect(";")
                return ("return", e, t)
            if v == "raise":
                self.next()
                e = None if self.isop(";") else self.expr()
                self.expect(";")
                return ("raise", e, t)
            if v == "exit":
                self.next()
                self.expect(";")
                return ("exit", t)
            if v == "case":
                return self.case(scope)
            if v == "spawn":
                self.next()
                e = self.expr()
                self.expect(";")
                return ("spawn", e, t)
            if v == "pick":
                return self.pick_stmt(scope)
            if v == "alt":
                self.next()
                return ("alt", self.arms(scope, t), t)
        if t.kind == "id" and self._local_decl():
            ds = self.topdecl(scope, None)      # con, type, import or exception: in the block's scope
            for d in ds or []:
                if d.store is Store.EXCEPTION:  # emu names it Module.fn.DEPTH.Name
                    depth, up = 0, scope
                    while up is not None and up is not self.fnscope:
                        depth, up = depth + 1, up.parent
                    d.where = f"{self.fnname}.{depth}"
            return ("block", [], t, ds)
        s = self.simple(scope)
        self.expect(";")
        return s

    def _local_decl(self) -> bool:
        """Does `a, b: con ...`, `a: type ...` or `a: import m` start here?"""
        i = self.pos
        while self.toks[i].kind == "id" and self.isop(",", self.toks[i + 1]):
            i += 2
        return self.toks[i].kind == "id" and self.isop(":", self.toks[i + 1]) and \
            self.toks[i + 2].kind == "kw" and self.toks[i + 2].value in ("con", "type", "import", "exception")

    def simple(self, scope: Scope):
        """A declaration or an expression (assignments are expressions)."""
        t = self.tok
        if t.kind == "id":
            i = self.pos
            names = [self.toks[i]]
            while self.isop(",", self.toks[i + 1]) and self.toks[i + 2].kind in ("id",) or \
                    (self.isop(",", self.toks[i + 1]) and self.iskw("nil", self.toks[i + 2])):
                i += 2
                names.append(self.toks[i])
            nxt = self.toks[i + 1]
            if self.isop(":=", nxt):
                if len(names) > 1:          # a, b := e: only (a, b) := e declares several
                    raise self.err(self.syntax(nxt), nxt)
                self.pos = i + 2
                return ("decl", [n.value for n in names], None, self.expr(), t)
            if self.isop(":", nxt):
                self.pos = i + 2
                ty = self.type(scope)
                init = None
                if self.isop("="):
                    self.next()
                    init = self.expr()
                return ("decl", [n.value for n in names], ty, init, t)
        if self.isop("("):
            # (a, b) := e
            i, depth = self.pos, 0
            while True:
                tk = self.toks[i]
                if tk.kind == "eof":
                    break
                if self.isop("(", tk):
                    depth += 1
                elif self.isop(")", tk):
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            if self.isop(":=", self.toks[i + 1]):
                lhs = self.expr(level=len(LEVELS))     # a tuple of names
                self.expect(":=")
                return ("tupledecl", lhs, self.expr(), t)
        return ("expr", self.expr(), t)

    def case(self, scope: Scope):
        t = self.next()
        e = self.expr()
        return ("case", e, self.arms(scope, t), t)

    def arms(self, scope: Scope, t: Token):
        """`{ pattern [or pattern]... => statements ... }` of a case or an exception handler."""
        self.expect("{")
        arms = []
        while not self.isop("}"):
            pats = [self.pattern()]
            while self.iskw("or"):
                self.next()
                pats.append(self.pattern())
            arms.append((pats, self._armbody(scope, t)))
        self.next()
        return arms

    def pick_stmt(self, scope: Scope):
        """pick x := e { Tag [or Tag]... => statements ... * => ... }"""
        t = self.next()
        name = self.ident().value
        self.expect(":=")
        e = self.expr()
        self.expect("{")
        arms = []
        while not self.isop("}"):
            tags = []
            while True:
                tk = self.next() if self.isop("*") else self.ident()
                tags.append(Tag(tk.value, tk))
                if not self.iskw("or"):
                    break
                self.next()
            arms.append((tags, self._armbody(scope, t)))
        self.next()
        return ("pick", name, e, arms, t)

    def _armbody(self, scope: Scope, t: Token):
        """`=> statements` of an arm, up to the next arm or the closing brace."""
        self.expect("=>")
        body = []
        with self.inner(scope) as bscope:
            while not self.isop("}") and not self._arm_start():
                body.append(self.stmt(bscope))
        return ("block", body, t)

    def pattern(self):
        if self.isop("*"):
            return Any(self.next())
        a = self.expr()
        if self.iskw("to"):
            self.next()
            return ("range", a, self.expr())
        return ("eq", a)

    def _arm_start(self) -> bool:
        """Does a new arm (pattern [or pattern]... =>) start here?"""
        i, depth = self.pos, 0
        while i < len(self.toks):
            tk = self.toks[i]
            if tk.kind == "eof":
                return False
            if tk.kind == "op" and tk.value in ("(", "["):
                depth += 1
            elif tk.kind == "op" and tk.value in (")", "]"):
                depth -= 1
            elif depth == 0 and tk.kind == "op" and tk.value in (";", "{", "}"):
                return False
            elif depth == 0 and tk.kind == "op" and tk.value == "=>":
                return True
            i += 1
        return False

    def handler(self, body, scope: Scope):
        t = self.next()
        name = None
        if self.tok.kind == "id":
            name = self.next().value
        return ("try", body, name, self.arms(scope, t), t)

    # expressions


def parse_program(path: str, incdirs: list[str]) -> Program:
    """Parse a .b file and the declarations it includes."""
    src = Source()
    src.lazy_cycles = True          # a by-value cycle is an error only in a type the program uses
    prog = Program(src)
    src.parens = prog.parens        # for the resolver's messages about a con's initializer
    src.varnames = set()            # names of the program's global variables
    seen: set[str] = set()

    def load(p: str, scope: Scope, at: Token | None) -> None:
        """Read p (the program, or a file it includes) into the program."""
        rp = os.path.realpath(p)
        if rp in seen:
            return
        seen.add(rp)
        try:
            with open(p, "rb") as f:      # as the compiler reads it, through Bgetrune
                text = source_text(f.read())
        except OSError as e:
            if at is None:
                raise LimboError(p, 0, f"can't open: {e.strerror}") from None
            raise LimboError(at.file, at.line, f"can't open {p}: {e.strerror}") from None
        src.files.append(p)
        pp = ProgParser(tokenize(text, p), src, incdirs, load, prog)     # an include may hold what a .b holds
        pp.scope_for_types = scope
        pp.parse_program(scope)

    load(path, src.scope, None)
    _implemented_members(src)
    return prog


def _implemented_members(src: Source) -> None:
    """The constants and types of the module a program implements are in its scope unqualified."""
    for name in src.implement:
        m = src.scope.names.get(name)
        if m is None or m.ty is None or m.ty.kind is not K.MODULE or m.ty.scope is None:
            continue
        for n, d in m.ty.scope.names.items():
            if d.store in (Store.CONST, Store.TYPE, Store.EXCEPTION) and n not in src.scope.names:
                src.scope.names[n] = d


__all__ = ["parse_program", "Program", "FnDef", "Decl", "Store"]
