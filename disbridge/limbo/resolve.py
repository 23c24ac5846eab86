"""Name binding, type checking, constant folding and sizing of declarations."""

from __future__ import annotations

import math
import operator
import struct

from .gfmt import gfmt
from .lex import LimboError
from .parse import Scope, Source
from .types import (
    BASIC,
    POINTER_KINDS,
    STORESPACE,
    TBIG,
    TBYTE,
    TINT,
    TREAL,
    TSTRING,
    Decl,
    K,
    Store,
    Type,
    TypeCycle,
    sizetype,
    tstr,
)

TNIL = Type(K.NONE, size=0, align=1)     # the type of a nil constant
REFABLE = frozenset({K.ADT, K.PICK, K.FN, K.TUPLE})
_NAMED = (K.ID, K.ARROW, K.DOT, K.INST)


class NotConst(LimboError):
    """A con's initializer that is not a constant expression."""


def _err(t, msg: str) -> LimboError:
    return LimboError(t.file, t.line, msg)


class Resolver:
    """Turns the parser's Source into checked, sized types."""

    def __init__(self, src: Source):
        self.src = src
        self.inst: dict[tuple, Type] = {}
        self.consts_busy: set[int] = set()
        self.qtypes: dict[tuple, Type] = {}
        self.cycles: list[tuple[Decl, LimboError]] = []     # by-value cycles of a program's types

    # names
    def lookup_module(self, name: str, scope: Scope, at) -> Type:
        d = scope.lookup(name) or self.own_data(name)
        if d is None:
            raise _err(at, f"{name} is not declared")
        if d.store is Store.IMPORT:
            d = self.import_target(d)
        t = d.ty
        if d.store in (Store.GLOBAL, Store.FIELD, Store.ARG) and t is not None:
            t = self.resolve(t)
        if t is None or t.kind is not K.MODULE:
            raise _err(at, f"{name} is not a module")
        return t

    def own_data(self, name: str) -> Decl | None:
        """A data member of a module this source implements: a global of the implementation."""
        for m in self.src.implement:
            md = self.src.scope.names.get(m)
            if md is not None and md.ty is not None and md.ty.kind is K.MODULE:
                d = md.ty.scope.names.get(name)
                if d is not None and d.store is Store.GLOBAL:
                    return d
        return None

    def import_target(self, d: Decl) -> Decl:
        q = d.imported
        if len(q) == 1:
            m = self.lookup_module(q[0], d.scope, d)
        else:
            m = self.lookup_module(q[0], d.scope, d)
            for i in range(1, len(q) - 1, 2):
                m = self.member(m, q[i + 1], d)
                m = self.resolve(m.ty)
                if m.kind is not K.MODULE:
                    raise _err(d, f"{q[i + 1]} is not a module")
            m = self.member(m, q[-1], d).ty
            m = self.resolve(m)
            if m.kind is not K.MODULE:
                raise _err(d, f"{'->'.join(q[0::2])} is not a module")
        return self.member(m, d.name, d)

    def member(self, m: Type, name: str, at) -> Decl:
        x = m.scope.names.get(name)
        if x is None:
            raise _err(at, f"{name} is not a member of {m.decl.name}")
        return x

    def typedecl(self, d: Decl, at) -> Type:
        if d.store is Store.IMPORT:
            d = self.import_target(d)
        if d.store is not Store.TYPE:
            raise _err(at, f"{d.name} is not a type")
        return self.resolve(d.ty)

    def resolve_name(self, t: Type) -> Type:
        if t.kind is K.ID:
            d = t.scope.lookup(t.name)
            if d is None:
                raise _err(t, f"{t.name} is not declared")
            return self.typedecl(d, t)
        if t.kind is K.ARROW:
            base = t.tof
            if base.kind is K.ID:
                m = self.lookup_module(base.name, base.scope, base)
            else:
                m = self.resolve(base)
                if m.kind is not K.MODULE:
                    raise _err(t, f"{tstr(m)} is not a module")
            d = self.member(m, t.name, t)
            if d.store is not Store.TYPE:
                raise _err(t, f"{m.decl.name}->{t.name} is not a type")
            return self.resolve(d.ty)
        if t.kind is K.DOT:
            base = self.resolve(t.tof)
            if base.kind is not K.ADT:
                raise _err(t, f"{tstr(base)} is not an adt")
            for tg in base.tags:
                if tg.name == t.name:
                    self.resolve(tg.ty)
                    return tg.ty
            raise _err(t, f"{t.name} is not a pick tag of {tstr(base)}")
        # K.INST
        base = self.resolve(t.tof)
        if base.kind is not K.ADT or not base.polys:
            raise _err(t, f"{tstr(base)} is not a polymorphic adt")
        targs = [self.resolve(a) for a in t.targs]
        if len(targs) > len(base.polys):
            raise _err(t, "too many actual types in instantiation")
        if len(targs) < len(base.polys):
            raise _err(t, "too few actual types in instantiation")
        for a in targs:
            if a.kind not in POINTER_KINDS:
                raise _err(t, f"{tstr(a)} is not a pointer type")
        return self.instantiate(base, targs)

    def parser_type(self, q, scope, tok) -> Type:
        key = (q, id(scope))
        if key in self.qtypes:
            return self.qtypes[key]
        ty = Type(K.ID, name=q[0], scope=scope, file=tok.file, line=tok.line)
        for i in range(1, len(q), 2):
            ty = Type(K.ARROW if q[i] == "->" else K.DOT, tof=ty, name=q[i + 1], scope=scope,
                      file=tok.file, line=tok.line)
        self.qtypes[key] = ty       # kept alive: the caches below are keyed by id()
        return ty

    def instantiate(self, base: Type, targs: list[Type]) -> Type:
        key = (id(base), *map(id, targs))
        if key in self.inst:
            return self.inst[key]
        tmap = {id(p.ty): a for p, a in zip(base.polys, targs)}
        if all(tmap[id(p.ty)] is p.ty for p in base.polys):
            return base
        nt = Type(K.ADT, decl=base.decl, file=base.file, line=base.line, scope=base.scope,
                  tmap=tmap)
        self.inst[key] = nt
        nt.polys = [Decl(p.name, Store.TYPE, a, file=p.file, line=p.line) for p, a in zip(base.polys, targs)]
        memo: dict[int, Type] = {id(base): nt}
        nt.ids = [self._dupdecl(d, tmap, memo) for d in base.ids]
        nt.tags = [self._dupdecl(d, tmap, memo) for d in base.tags]
        nt.resolved = True
        return nt

    def _dupdecl(self, d: Decl, tmap, memo) -> Decl:
        nd = Decl(d.name, d.store, self._subst(d.ty, tmap, memo), dot=d.dot, implicit=d.implicit,
                  cyc=d.cyc, value=d.value, file=d.file, line=d.line, tag=d.tag)
        return nd

    def _subst(self, t: Type | None, tmap, memo) -> Type | None:
        if t is None:
            return None
        if id(t) in tmap:
            return tmap[id(t)]
        if id(t) in memo:
            return memo[id(t)]
        if t.kind in (K.INT, K.BIG, K.BYTE, K.REAL, K.STRING, K.NONE, K.MODULE, K.FIX, K.POLY, K.EXCEPTION):
            return t
        nt = Type(t.kind, decl=t.decl, varargs=t.varargs, raises=t.raises, file=t.file,
                  line=t.line, scope=t.scope, anon=t.anon)
        memo[id(t)] = nt
        nt.tof = self._subst(t.tof, tmap, memo)
        nt.ids = [self._dupdecl(d, tmap, memo) for d in t.ids]
        nt.tags = [self._dupdecl(d, tmap, memo) for d in t.tags]
        nt.polys = t.polys
        nt.resolved = True
        return nt

    # types
    def resolve(self, t: Type) -> Type:
        """The concrete type for t, its components bound and checked."""
        if t.kind in _NAMED:
            if t.target is not None:
                return t.target
            if t.busy:
                raise _err(t, f"circularity in definition of {tstr(t)}")
            t.busy = True
            try:
                t.target = self.resolve_name(t)
            finally:
                t.busy = False
            return t.target
        if t.resolved:
            return t
        t.resolved = True
        k = t.kind
        if k is K.REF:
            t.tof = self.resolve(t.tof)
            if t.tof.kind not in REFABLE:
                raise _err(t, f"cannot have a ref {tstr(t.tof)}")
        elif k in (K.ARRAY, K.LIST, K.CHAN):
            t.tof = self.toptype(t, self.resolve(t.tof))
        elif k in (K.TUPLE, K.EXCEPTION):
            for d in t.ids:
                d.ty = self.toptype(d, self.resolve(d.ty))
        elif k is K.FN:
            self.resolve_fn(t)
        elif k is K.ADT:
            for p in t.polys:
                self.resolve(p.ty)
            for d in t.ids:
                if d.store is Store.CONST:      # a con member: typed by its value
                    continue
                d.ty = self.resolve(d.ty)
                if d.store is Store.FIELD:
                    self.topvar(d)
            for tg in t.tags:
                self.resolve(tg.ty)
        elif k is K.PICK:
            for d in t.ids:
                d.ty = self.resolve(d.ty)
                self.topvar(d)
        elif k is K.MODULE:
            for d in t.ids:
                if d.ty is not None:
                    d.ty = self.resolve(d.ty)
                    if d.store is Store.GLOBAL:
                        self.topvar(d)
        elif k is K.POLY:
            for d in t.ids:
                d.ty = self.resolve(d.ty)
        elif k is K.FIX:
            self.resolve_fix(t)
        return t

    def resolve_fn(self, t: Type) -> None:
        for p in t.polys:
            self.resolve(p.ty)
        for i, d in enumerate(t.ids):
            d.ty = self.resolve(d.ty)
            self.topvar(d)
            if d.implicit and i != 0:
                raise _err(d, "only the first argument can use self")
        t.tof = self.toptype(t, self.resolve(t.tof))
        if t.varargs and (not t.ids or t.ids[-1].ty is not TSTRING):
            raise _err(t, "variable arguments must be preceded by a string")
        if t.varargs and t.polys:
            raise _err(t, "polymorphic functions must not have variable arguments")
        for r in t.raises:
            r.ty = self.exception(r)

    def exception(self, r: Decl) -> Type:
        q = r.imported
        if len(q) == 1:
            d = r.scope.lookup(q[0])
        else:
            m = self.lookup_module(q[0], r.scope, r)
            d = self.member(m, q[-1], r)
        if d is not None and d.store is Store.IMPORT:
            d = self.import_target(d)
        if d is None:
            raise _err(r, f"{r.name} is not declared")
        if d.store is not Store.EXCEPTION:
            raise _err(r, f"{r.name} is not an exception")
        r.name = d.name
        return self.resolve(d.ty)

    def resolve_fix(self, t: Type) -> None:
        e1, e2, scope = t.val
        scale = self.const_value(e1, scope)
        mx = self.const_value(e2, scope) if e2 is not None else (0.0, TREAL)
        for _, ty in (scale, mx):
            if ty is not TREAL:
                raise _err(t, "fixed point scale/maximum not real")
        if scale[0] <= 0:
            raise _err(t, "non-positive fixed point scale")
        t.val = (scale[0], mx[0])

    def toptype(self, at, t: Type) -> Type:
        if t.kind is K.ADT and t.tags or t.kind is K.PICK:
            raise _err(at, f"{tstr(t)}, an adt with pick fields, must be used with ref")
        if t.kind is K.FN:
            raise _err(at, f"data cannot have a fn type like {tstr(t)}")
        return t

    def topvar(self, d: Decl) -> None:
        t = d.ty
        if t.kind is K.ADT and t.tags or t.kind is K.PICK:
            raise _err(d, f"cannot declare {d.name} with type {tstr(t)}")
        if t.kind is K.FN and d.store is not Store.FN:
            raise _err(d, f"cannot declare {d.name} to be a function")

    # constants
    def const(self, d: Decl):
        """(value, type) of a constant declaration, folded on first use."""
        v = d.value
        if isinstance(v, tuple) and v and v[0] == "unevaluated":
            if id(d) in self.consts_busy:
                raise _err(d, f"circular definition of constant {d.name}")
            self.consts_busy.add(id(d))
            try:
                _, e, iota, scope = v
                try:
                    val, ty = self.const_value(e, scope, iota)
                except NotConst:
                    from ..harness.check import show  # the compiler's %V of the initializer
                    text = show(e, getattr(self.src, "parens", None))
                    raise _err(d, f"'{d.name}'s initializer, '{text}', is not a constant expression") from None
            finally:
                self.consts_busy.discard(id(d))
            d.value = val
            d.ty = ty
        return d.value, d.ty

    def lazy_instance(self, d: Decl) -> Type:
        """`Alias: type E[string];` in a program: E not polymorphic is an error only where
        Alias is used, as the compiler finds it (appl/cmd/disk/prep/prep.b)."""
        try:
            return self.resolve(d.ty)
        except LimboError as e:
            if not str(e).endswith("is not a polymorphic adt"):
                raise
            self.cycles.append((d, e))
            return self.resolve(d.ty.tof)

    def const_value(self, e, scope: Scope, iota: int | None = None):
        """Fold e; iota is a constant only inside a con declaration's initializer."""
        return ConstEval(self, scope, iota).eval(e)

    # the whole source
    def run(self) -> None:
        for d in self.all_decls():
            if d.store is Store.CONST:
                self.const(d)
            elif d.store is Store.IMPORT:
                self.import_target(d)
            elif d.ty is not None and d.store is Store.TYPE and d.ty.kind is K.INST and getattr(self.src, "lazy_cycles", False):
                d.ty = self.lazy_instance(d)
            elif d.ty is not None:
                d.ty = self.resolve(d.ty)
        for m in self.modules():
            self.check_self(m.ty)
            m.ty.iface = make_iface(m.ty)
        for d in self.all_decls():
            if d.store is Store.TYPE and d.ty is not None:
                self.size(d.ty, d)

    def size(self, t: Type, at) -> None:
        try:
            sizetype(t)
            for d in t.ids:
                if d.ty is not None and d.store is not Store.CONST:
                    sizetype(d.ty)
                    if d.ty.kind is K.FN:
                        size_fn(d.ty)
        except TypeCycle as e:
            err = _err(e.base.decl or e.decl, str(e))
            if getattr(self.src, "lazy_cycles", False):     # a program: an error only where the type is used
                self.cycles.append((at, err))
                return
            raise err from None

    def check_self(self, m: Type) -> None:
        for d in m.ids:
            if d.store is Store.FN:
                for a in d.ty.ids:
                    if a.implicit:
                        raise _err(a, "function is not a member of an adt, so can't use self")
            if d.store is Store.TYPE and d.ty.kind is K.ADT and d.ty.decl is d:
                for f in d.ty.ids:
                    if f.store is Store.FN and f.ty.ids and f.ty.ids[0].implicit:
                        st = f.ty.ids[0].ty
                        if st is not d.ty and not (st.kind is K.REF and st.tof is d.ty):
                            raise _err(f.ty.ids[0], f"self argument's type must be {d.name} or ref {d.name}")

    def modules(self) -> list[Decl]:
        return [d for d in self.src.globals if d.ty is not None and d.ty.kind is K.MODULE]

    def all_decls(self):
        for g in self.src.globals:
            yield g
            if g.ty is not None and g.ty.kind is K.MODULE:
                yield from g.ty.ids
        for d in self.src.scope.names.values():
            if d not in self.src.globals:
                yield d


def size_fn(t: Type) -> None:
    for d in t.ids:
        sizetype(d.ty)
    sizetype(t.tof)


def make_iface(m: Type) -> list[Decl]:
    """A module's functions (adt members included), stably sorted by name."""
    fns: list[Decl] = []
    data: list[Decl] = []
    for d in m.ids:
        if d.store is Store.FN:
            fns.append(d)
        elif d.store is Store.GLOBAL:
            data.append(d)
        elif d.store is Store.TYPE and d.ty.kind is K.ADT and d.ty.decl is d:
            fns.extend(f for f in d.ty.ids if f.store is Store.FN)
    iface = sorted(fns, key=lambda d: d.name.encode())
    if data:
        mp = Type(K.ADT, ids=sorted(data, key=lambda d: d.name.encode()))
        g = Decl(".mp", Store.GLOBAL, mp, dot=m.decl)
        mp.decl = g
        iface.insert(0, g)
    return iface


def _wrap32(v: int) -> int:
    return (v + 2**31) % 2**32 - 2**31


def _wrap64(v: int) -> int:
    return (v + 2**63) % 2**64 - 2**63


CONST_NAN = struct.unpack("<d", struct.pack("<q", 0x7FFFFFFFFFFFFFFF))[0]     # NaN, sign clear, all bits set


class FoldError(LimboError):
    """An error the compiler reports while folding, not a conversion it leaves to run time."""


def _digits(v: str, tok) -> int:
    """int or big of a string constant, as the compiler reads it: a sign, decimal digits, nothing
    else; a bad character is reported where the compiler notices it, at the end of the file."""
    body = v[1:] if v[:1] in "+-" else v
    bad = next((c for c in body if not "0" <= c <= "9"), None)
    if bad is not None:
        with open(tok.file, encoding="utf-8", errors="replace") as f:
            eof = f.read().count("\n") + 1
        raise FoldError(tok.file, eof, f"near ` EOF ` : digit '{bad}' not radix 10")
    n = int(body or "0")
    return _wrap64(-n if v[:1] == "-" else n)


class ConstEval:
    """Folds a constant expression to (value, type)."""

    def __init__(self, r: Resolver, scope: Scope, iota: int | None):
        self.r = r
        self.scope = scope
        self.iota = iota

    def eval(self, e):
        f = getattr(self, "e_" + e[0], None)
        if f is None:
            raise NotConst(e[-1].file, e[-1].line, "not a constant expression")
        v, ty = f(e)
        if ty is TREAL and v != v:
            return CONST_NAN, ty        # the compiler writes every NaN constant this way
        return v, ty

    def fix(self, v, ty: Type):
        if ty is TINT:
            return _wrap32(v), ty
        if ty is TBIG:
            return _wrap64(v), ty
        if ty is TBYTE:
            return v & 0xFF, ty
        return v, ty

    def e_lit(self, e):
        _, kind, v, tok = e
        if kind == "int":
            return (v, TINT) if v <= 0x7FFFFFFF else self.fix(v, TBIG)
        if kind in ("big", "byte"):         # a literal the program's folding made
            return v, TBIG if kind == "big" else TBYTE
        if kind == "real":
            return v, TREAL
        return v, TSTRING

    def e_nil(self, e):
        return None, TNIL

    def e_tuple(self, e):
        """A tuple of constants, `Sync: con (nil, 0)`: typed by its members (nil stays nil)."""
        vals = [self.eval(x) for x in e[1]]
        t = Type(K.TUPLE, ids=[Decl(f"t{i}", Store.FIELD, ty) for i, (_, ty) in enumerate(vals)])
        return tuple(v for v, _ in vals), t

    def e_call(self, e):
        """An adt constructor, Point(1, 2) or M->Point(1, 2)."""
        _, fe, args, tok = e
        q = self.qualname(fe, tok)
        t = self.r.resolve(self.r.parser_type(q, self.scope, tok))
        if t.kind is not K.ADT:
            raise LimboError(tok.file, tok.line, f"{''.join(q)} is not an adt")
        nf = len([d for d in t.ids if d.store in STORESPACE])
        if len(args) != nf:
            raise LimboError(tok.file, tok.line, f"{''.join(q)}: {len(args)} values for {nf} fields of {tstr(t)} {[d.name for d in t.ids]}")
        return tuple(self.eval(a)[0] for a in args), t

    @staticmethod
    def qualname(e, tok) -> tuple[str, ...]:
        """name, M->name, A.name as the parser's qualified-name tuple."""
        if e[0] == "name":
            return (e[1],)
        if e[0] in ("arrow", "dot"):
            return (*ConstEval.qualname(e[1], tok), "->" if e[0] == "arrow" else ".", e[2])
        raise NotConst(tok.file, tok.line, "not a constant expression")

    def e_name(self, e):
        q = self.qualname(e, e[-1])
        tok = e[-1]
        if q == ("iota",) and self.iota is not None:
            return self.iota, TINT      # a con initializer's own scope declares it, over any other
        if len(q) == 1:
            d = self.scope.lookup(q[0])
        else:
            if q[1] != "->" or len(q) != 3:
                raise LimboError(tok.file, tok.line, f"{''.join(q)} is not a constant")
            m = self.r.lookup_module(q[0], self.scope, tok)
            d = m.scope.names.get(q[2])
            if d is None:
                raise LimboError(tok.file, tok.line, f"{q[2]} is not a member of {q[0]}")
        if d is not None and d.store is Store.IMPORT:
            d = self.r.import_target(d)
        if d is None and len(q) == 1 and q[0] in getattr(self.r.src, "varnames", ()):
            raise NotConst(tok.file, tok.line, f"{q[0]} is not a constant")
        if d is None:
            raise LimboError(tok.file, tok.line, f"{q[0]} is not declared")
        if d.store is not Store.CONST:
            raise NotConst(tok.file, tok.line, f"{d.name} is not a constant")
        return self.r.const(d)

    e_arrow = e_dot = e_name

    def e_len(self, e):
        v, ty = self.eval(e[1])
        if ty is not TSTRING:
            raise LimboError(e[2].file, e[2].line, "len of a non-string constant")
        return len(v), TINT

    def e_cast(self, e):
        _, to, sub, tok = e
        v, ty = self.eval(sub)
        target = BASIC[to]
        if target is TSTRING:
            if ty is TSTRING:
                return v, ty
            if ty is TREAL:
                return gfmt(v), TSTRING
            return str(v), TSTRING
        if ty is TSTRING:
            if target is TREAL:
                raise LimboError(tok.file, tok.line, f"cannot convert string constant to {to}")
            return self.fix(_digits(v, tok), target)
        if target is TREAL:
            return float(v), TREAL
        if ty is TREAL:     # the compiler rounds to 64 bits (x86's indefinite when it cannot), then cuts
            v = None if math.isnan(v) or math.isinf(v) else math.floor(v + 0.5) if v >= 0 else -math.floor(-v + 0.5)
            if v is None or not -2**63 <= v < 2**63:
                v = -2**63
        return self.fix(int(v), target)

    def e_un(self, e):
        _, op, sub, tok = e
        v, ty = self.eval(sub)
        if ty is TSTRING:
            raise LimboError(tok.file, tok.line, f"operator {op} applied to a string constant")
        if op == "-":
            return self.fix(-v, ty)
        if op == "+":
            return v, ty
        if op == "!":
            return int(not v), TINT
        if ty is TREAL:
            raise LimboError(tok.file, tok.line, "operator ~ applied to a real constant")
        return self.fix(~v, ty)

    def e_bin(self, e):
        _, op, le, re_, tok = e
        a, ta = self.eval(le)
        b, tb = self.eval(re_)
        if op in ("<<", ">>"):
            if tb is not TINT:
                raise LimboError(tok.file, tok.line, "shift count must be an int")
            if ta not in (TINT, TBIG, TBYTE):
                raise LimboError(tok.file, tok.line, f"operator {op} needs an integer")
            nb = 8 * (ta.size if ta is not TBYTE else 1)
            if not 0 <= b < nb:
                b = 0           # the compiler folds an out-of-range count as 0
            if op == "<<":
                return self.fix(a << b, ta)
            v = a >> b
            if b and ta is not TBYTE and a & -0x80000000:
                v |= -1 << (nb - b)     # foldc's "sign extension" tests bit 31 even of a big (1<<(nb-1) is an int)
            return self.fix(v, ta)
        if op == "**" and ta is TREAL and tb is TINT:
            try:
                return float(a) ** b, ta
            except ZeroDivisionError:
                return math.inf, ta
            except OverflowError:
                return math.copysign(math.inf, a) if b % 2 else math.inf, ta
        if op == "**" and ta in (TINT, TBIG, TBYTE) and tb is TINT:
            if b < 0:                   # 1/a**-b in integers
                if a == 0:
                    raise LimboError(tok.file, tok.line, "0 to negative power in constant expression")
                return self.fix(1 if a == 1 else (-1) ** -b if a == -1 else 0, ta)
            return self.fix(pow(a, b, 2**64), ta)
        if ta is not tb or op == "**":
            raise LimboError(tok.file, tok.line, f"type clash in '{op}': {tstr(ta)} and {tstr(tb)}")
        if op in ("==", "!=", "<", ">", "<=", ">="):
            return int({"==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]), TINT
        if ta is TSTRING:
            if op != "+":
                raise LimboError(tok.file, tok.line, f"operator {op} applied to string constants")
            return a + b, ta
        if op == "&&":
            return int(bool(a) and bool(b)), TINT
        if op == "||":
            return int(bool(a) or bool(b)), TINT
        if ta is TREAL:
            if op in ("&", "|", "^", "%"):
                raise LimboError(tok.file, tok.line, f"operator {op} applied to real constants")
            if op == "/" and b == 0:        # IEEE, as the compiler folds it: NaN: con 0./0. is +NaN
                return (math.nan if a == 0 else a if a != a else math.copysign(math.inf, a) * math.copysign(1, b)), ta
            ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
            try:
                return ops[op](a, b), ta
            except OverflowError:
                return math.inf, ta
        if op in ("/", "%") and b == 0:
            raise LimboError(tok.file, tok.line, f"{'divide' if op == '/' else 'mod'} by 0 in constant expression")
        if op == "/":
            q = abs(a) // abs(b)
            return self.fix(q if (a >= 0) == (b >= 0) else -q, ta)
        if op == "%":
            q = abs(a) // abs(b)
            q = q if (a >= 0) == (b >= 0) else -q
            return self.fix(a - q * b, ta)
        return self.fix({"+": a + b, "-": a - b, "*": a * b, "&": a & b, "|": a | b, "^": a ^ b}[op], ta)


def resolve(src: Source) -> Source:
    Resolver(src).run()
    return src


__all__ = ["resolve", "Resolver", "make_iface", "size_fn", "STORESPACE"]
