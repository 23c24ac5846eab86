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
from ..limbo.parse import Parser
from ..limbo.resolve import TNIL, FoldError
from ..limbo.types import BASIC, STORESPACE, TBIG, TBYTE, TINT, TREAL, TSTRING, Decl, K, Store, Type, tstr
from .compile import find_comm, holds
from .inline import hoisted, inlinable, inline_rets
from .parse import FnDef, Program

INTEGRAL = {K.INT, K.BIG, K.BYTE}
ARITH = INTEGRAL | {K.REAL}
NILABLE = {K.STRING, K.ARRAY, K.LIST, K.REF, K.CHAN, K.MODULE}
COMPARE = {"==", "!=", "<", ">", "<=", ">="}
TEXC = Type(K.EXCEPTION)        # a handler's variable in an arm with *


def canon(r, t: Type | None, stack: tuple = ()) -> str | None:
    """A type's spelling with every name resolved: equal spellings, equal types. An adt is
    spelled by its fields, so that structurally identical adts are the same type (tequal)."""
    if t is None:
        return None
    if t is TNIL:
        return "nil"
    t = r.resolve(t)
    k = t.kind
    c = lambda x: canon(r, x, stack) or "?"  # noqa: E731
    if k is K.REF and t.decl is not None and t.decl.store is Store.TAG:
        return f"ref {_variant(r, t.decl, stack)}"      # a pick arm's name: a ref to that variant
    if k is K.PICK:
        return _variant(r, t.decl, stack) if t.decl else k.value
    if k in (K.ARRAY, K.LIST, K.CHAN, K.REF):
        return f"{k.value} of {c(t.tof)}" if k is not K.REF else f"ref {c(t.tof)}"
    if k is K.TUPLE:
        return "(" + ", ".join(c(d.ty) for d in t.ids if d.store in STORESPACE) + ")"
    if k is K.ADT and not t.tags and not t.polys:
        if any(x is t for x in stack):
            return f"^{next(i for i, x in enumerate(reversed(stack)) if x is t)}"
        inner = stack + (t,)
        return "adt{" + ", ".join(f"{d.name}: {canon(r, d.ty, inner)}" for d in t.ids if d.store in STORESPACE) + \
            "; " + ", ".join(f"{d.name}" for d in t.ids if d.store is Store.FN) + "}"
    if k in (K.ADT, K.MODULE, K.EXCEPTION, K.POLY):
        return t.decl.qualname() if t.decl else k.value
    if k is K.FN:
        return "fn(" + ", ".join(c(d.ty) for d in t.ids) + ")" + (":" + (c(t.tof) or "") if t.tof else "")
    return k.value


def _variant(r, tag, stack: tuple) -> str:
    """A pick variant spelled by its adt and fields: the resolver shares one type among variants
    with the same fields (Tmsg.Stat, Tmsg.Clunk), so the tag that named it first is no guide."""
    own = ", ".join(f"{d.name}: {canon(r, d.ty, stack)}" for d in tag.ty.ids if d.store in STORESPACE)
    return f"{tag.dot.qualname() if tag.dot else '?'}.pick{{{own}}}"


OPS = {"un": None, "deref": "*", "recv": "<-"}


def strpr(v: str) -> str:
    """A string constant as the compiler prints it: at most 10 characters, escaped."""
    esc = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
           "\a": "\\a", "\v": "\\v", "\0": "\\0"}
    b = v.encode("utf-8")
    cut = b[:10].decode("utf-8", "ignore")
    return '"' + "".join(esc.get(c, c) for c in cut) + ("..." if len(b) > 10 else "") + '"'


def show(e, parens: dict | None = None) -> str:
    """An expression as the compiler's messages print it (nodes.c eprint): binary operators
    without spaces, parentheses where the source had them."""
    text = _show(e, parens or {})
    return f"({text})" if parens and id(e) in parens else text


def _show(e, parens: dict) -> str:
    def sh(x):
        return show(x, parens) if x is not None else ""

    k = e[0]
    if k == "lit":
        return gfmt(e[2]) if e[1] == "real" else strpr(e[2]) if e[1] == "string" else str(e[2])
    if k in ("name",):
        return e[1]
    if k == "nil":
        return k
    if k == "typed":
        return e[3] if len(e) > 3 else sh(e[2])
    if k in ("bin", "assign"):
        return f"{sh(e[2])}{e[1]}{sh(e[3])}"
    if k == "declas":
        return f"{sh(e[1])}:={sh(e[2])}"
    if k == "send":
        return f"{sh(e[1])}<-={sh(e[2])}"
    if k == "un":
        return e[1] + sh(e[2])
    if k in OPS:
        return OPS[k] + sh(e[1])
    if k == "preinc":
        return e[1] + sh(e[2])
    if k == "postinc":
        return sh(e[2]) + e[1]
    if k == "cast":
        return f"{e[1]} {sh(e[2])}"
    if k in ("len", "hd", "tl", "tagof", "refof"):
        return f"{'ref' if k == 'refof' else k} {sh(e[1])}"
    if k == "call":
        return sh(e[1]) + "(" + ", ".join(sh(a) for a in e[2]) + ")"
    if k == "index":
        return f"{sh(e[1])}[{sh(e[2])}]"
    if k == "slice":
        return f"{sh(e[1])}[{sh(e[2])}:{sh(e[3])}]"
    if k == "dot":
        return f"{sh(e[1])}.{e[2]}"
    if k == "arrow":
        return f"{sh(e[1])}->{e[2]}"
    if k == "tuple":
        return "(" + ", ".join(sh(a) for a in e[1]) + ")"
    if k == "ref":
        return "ref " + "".join(e[1]) + "(" + ", ".join(sh(a) for a in e[2]) + ")"
    if k == "load":
        return f"load {e[1][-1]} {sh(e[2])}"
    if k == "newarray":
        return f"array [{sh(e[1])}] of {e[2].name if e[2].kind is K.ID else tstr(e[2])}"
    if k == "arraylit":
        return f"array [{sh(e[1])}] of {{" + ", ".join(_elem(key, v, sh) for key, v in e[3]) + "}"
    if k == "newchan":
        size = f" [{sh(e[1])}]" if e[1] is not None else ""
        return f"chan{size} of {tstr(e[2])}"
    if k == "listlit":
        return "::".join([sh(a) for a in e[1]] + ["nil"])
    if k == "convert":
        return sh(e[2])
    return k


def _elem(key, v, sh) -> str:
    if key is None:
        return sh(v)
    if key == "*":
        return "* =>" + sh(v)
    if key[0] == "labels":
        return " or ".join(sh(lo) if lo is hi else f"{sh(lo)} to {sh(hi)}" for lo, hi in key[1]) + " =>" + sh(v)
    return sh(key) + " =>" + sh(v)


def tprint(r, t: Type | None, implement: list[str] = ()) -> str:
    """A type as the compiler's messages print it (types.c tprint)."""
    if t is None:
        return ""
    if t is TNIL:
        return "polymorphic type"
    t = r.resolve(t)
    k = t.kind
    pr = lambda x: tprint(r, x, implement)  # noqa: E731
    if k is K.REF:
        if t.decl is not None and t.decl.store is Store.TAG:
            return f"ref {t.decl.dot.name}.{t.decl.name}"
        return "ref " + pr(t.tof)
    if k in (K.ARRAY, K.LIST, K.CHAN):
        return f"{k.value} of {pr(t.tof)}"
    if k is K.TUPLE:
        return "(" + ", ".join(pr(d.ty) for d in t.ids if d.store in STORESPACE) + ")"
    if k is K.ADT:
        d = t.decl
        if d is None:
            return "adt"
        if d.dot is not None and d.dot.ty is not None and d.dot.ty.kind is K.MODULE and d.dot.name not in implement:
            return f"{d.dot.name}->{d.name}"
        return d.name
    if k is K.PICK:
        return f"{t.decl.dot.name}.{t.decl.name}" if t.decl is not None and t.decl.dot is not None else "adt pick"
    if k in (K.MODULE, K.POLY):
        return t.decl.name if t.decl else k.value
    if k is K.FN:
        args = ", ".join(f"{d.name}: " + ("self " if d.implicit else "") + pr(d.ty) for d in t.ids)
        if t.varargs:
            args += ", *" if t.ids else "*"
        res = f": {pr(t.tof)}" if t.tof is not None and t.tof.kind is not K.NONE else ""
        return f"fn({args}){res}"
    return k.value


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


def _operands(e) -> list:
    """The expression nodes inside e: its operands, sizes, items and labels."""
    out: list = []

    def walk(x):
        if isinstance(x, tuple) and x and isinstance(x[0], str) and x[0].isidentifier():     # not a ("*", v) item
            out.append(x)
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
    for x in e[1:]:
        walk(x)
    return out


class Folder:
    """Constant subexpressions folded as the compiler folds them (limbo nodes.c): 32-bit
    wrap, a shift count out of range taken as 0, division by a constant 0 an error."""

    KINDS = {K.INT: "int", K.BIG: "big", K.BYTE: "byte", K.REAL: "real", K.STRING: "string"}

    def __init__(self, r, scope, subst: dict, notes: list[dict], converts: dict, operand: dict, inlines: dict):
        self.converts = converts
        self.inlines = inlines      # call node -> the function limbo puts in its place (inline.py)
        self.inlining: list = []    # the functions being expanded now
        self.ntemps = 0             # temporaries named so far (unique in the program)
        self.written = {id(fd): fd.body for fd, _ in inlines.values()}     # the bodies as written
        self.operand = operand      # bin node -> the kind of its left operand (from the check)
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
            self.keep.append(n)
            return self.subst[id(n)]
        old = n
        n = tuple(self(x) if isinstance(x, (tuple, list)) else x for x in n)
        for d in self.notes:
            if id(old) in d:
                d[id(n)] = d[id(old)]
                self.keep += (old, n)       # the maps are keyed by id(): no node of theirs may be freed and its id reused
        if id(old) in self.converts:
            self.keep.append(old)
            return ("convert", self.converts[id(old)], n, n[-1])
        if id(old) in self.inlines and self.inlines[id(old)][0] not in self.inlining:
            f, selfarg = self.inlines[id(old)]
            self.keep.append(old)
            self.inlining.append(f)     # never f inside f's own expansion
            try:
                return self.inline(f, [n[1][1], *n[2]] if selfarg else n[2], n[3])
            finally:
                self.inlining.pop()
        if n and n[0] == "dot" and n[1][0] == "tuple" and n[2][:1] == "t" and n[2][1:].isdigit() \
                and int(n[2][1:]) < len(n[1][1]):
            return n[1][1][int(n[2][1:])]       # (a, b).t1 is b: the compiler drops the other elements
        if n and n[0] == "arrow" and n[1][0] == "name":     # M->C: a module's constant is a constant here too
            try:
                v, t = self.r.const_value(n, self.scope)
            except LimboError:
                return n
            kind = self.KINDS.get(t.kind)
            return ("lit", kind, v, n[-1]) if kind is not None else n
        if n and n[0] == "bin" and n[1] != "::":
            return self.bin(n, self.operand.get(id(n)))
        return self.const(n)

    def inline(self, f, args: list, tok):
        """f's expression in place of its call, as limbo's putinline makes it (inline.py):
        ("inline", [(temporary, argument)...], expression, tok). The expression is f's as
        written with the arguments put in; the calls in it are inlined in turn."""
        body = self.written[id(f)]
        put, temps = {}, []
        for i in hoisted(f, body, args):
            self.ntemps += 1
            t = f"\0t{self.ntemps}"
            temps.append((t, args[i]))
            put[f.params[i]] = ("tmp", t, tok)
        for i, p in enumerate(f.params):
            if p != "nil" and p not in put:
                put[p] = args[i]
        rets = inline_rets(body)
        x = rets[0][1] if len(rets) == 1 else ("cond", body[1][0][1], rets[0][1], rets[1][1], tok)
        return ("inline", temps, self(self.put(x, put)), tok)       # then its own calls, as simplify() does

    def put(self, n, put: dict):
        """n with the parameters replaced and every other name read from the module's scope
        (no local of the caller's can capture it)."""
        if isinstance(n, list):
            return [self.put(x, put) for x in n]
        if not isinstance(n, tuple) or not n or n[0] in ("gname", "tmp"):
            return n
        if not isinstance(n[0], str):       # a pair inside a node: (label, value) of an array literal
            return tuple(self.put(x, put) if isinstance(x, (tuple, list)) else x for x in n)
        if n[0] == "name":
            return put[n[1]] if n[1] in put else ("gname", n, n[-1])
        if n[0] == "arrow" and n[1][0] == "name" and n[1][1] not in put:
            return n            # M->x: a module's name (Sys->OWRITE) or the module's own variable
        new = tuple(self.put(x, put) if isinstance(x, (tuple, list)) else x for x in n)
        for d in (*self.notes, self.converts, self.inlines):
            if id(n) in d:
                d[id(new)] = d[id(n)]
                self.keep += (n, new)
        return new

    def const(self, n):
        """n folded to a literal when its operands are literals."""
        if n and n[0] in ("bin", "un", "cast") and n[1] != "array of byte" and all(x[0] == "lit" for x in n[2:-1] if isinstance(x, tuple)):
            if n[0] == "bin" and n[1] in ("::", "&&", "||"):
                return n
            try:
                v, t = self.r.const_value(n, self.scope)
            except LimboError as ex:
                if n[0] == "cast" and not isinstance(ex, FoldError):
                    return n            # a conversion the compiler leaves to run time
                raise
            kind = self.KINDS.get(t.kind)
            if kind is not None:
                return ("lit", kind, v, n[-1])
        return n


    def bin(self, n, kind: K | None):
        """A binary operator as nodes.c's efold leaves it: a constant left operand of || && <<
        >> decided, a constant moved right, x op c simplified (foldvc), x op x (folds)."""
        _, op, l, r, tok = n
        if kind not in ARITH and kind is not K.STRING:
            return self.const(n)
        if l[0] == "lit" and kind in INTEGRAL and op in ("<<", ">>", "||", "&&"):
            if op in ("<<", ">>"):
                if l[2] == 0 and _pure(r):
                    return l
            elif op == "||" and l[2] != 0:
                return ("lit", "int", 1, tok)
            elif op == "&&" and l[2] == 0:
                return l
            else:
                return self.bin(("bin", "!=", r, ("lit", l[1], 0, tok), tok), kind)
        if l[0] == "lit" and r[0] != "lit" and op in _COMMUTE and kind is not K.STRING:
            op, l, r = _COMMUTE[op], r, l
            n = ("bin", op, l, r, tok)
        if r[0] == "lit":
            if l[0] == "lit":
                return self.const(n)
            if (r[1] in ("int", "byte") or kind is K.BIG) and not (op == "**" and kind is K.REAL):
                return _foldvc(n)
            return n
        if _same(l, r) and _pure(n):
            return _folds(n, kind)
        return n


_COMMUTE = {"==": "==", "!=": "!=", "<": ">", ">": "<", ">=": "<=", "<=": ">=", "+": "+", "*": "*", "^": "^", "|": "|", "&": "&"}
_RELOPS = ("==", "!=", "<", ">", "<=", ">=")


def _pure(n) -> bool:
    """No side effect in the compiler's strict sense: names, literals and arithmetic on them
    (a call, an index, a division, a conversion ... all count)."""
    if not isinstance(n, tuple):
        return True
    if n[0] in ("name", "lit"):
        return True
    if n[0] == "bin":
        return n[1] not in ("/", "%", "::") and _pure(n[2]) and _pure(n[3])
    return n[0] == "un" and n[1] in ("-", "+", "!", "~") and _pure(n[2])


def _same(a, b) -> bool:
    """The same tree but for where it is written (sametree)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a[:-1], b[:-1]))
    return type(a) is type(b) and a == b and not (isinstance(a, float) and a != a)


def _foldvc(n):
    """x op c, c an integral constant (foldvc)."""
    _, op, l, r, tok = n
    v, pure = r[2], _pure(l)
    if op in ("+", "-", "|", "^", "<<", ">>", "||"):
        if v == 0:
            return l
        if op == "||" and pure:
            return r
    elif op in ("&", "*") and v == 0 and pure:
        return r
    elif op in ("*", "/") and v == 1:
        return l
    elif op == "%" and v == 1 and pure:
        return ("lit", r[1], 0, r[3])
    elif op == "**":
        return ("lit", r[1], 1, r[3]) if v == 0 else l if v == 1 else n
    elif op == "&&":
        return l if v != 0 else r if pure else n
    elif op in ("==", "!=") and l[0] == "bin" and l[1] in _RELOPS:
        return l if (v != 0) == (op == "==") else ("un", "!", l, tok)
    return n


def _folds(n, kind: K):
    """x op x, x free of side effects (folds)."""
    _, op, l, r, tok = n
    if op in ("==", "<=", ">="):
        return ("lit", "int", 1, tok)
    if op in ("!=", "<", ">"):
        return ("lit", "int", 0, tok)
    if op in ("-", "^"):
        return ("lit", Folder.KINDS[kind], 0.0 if kind is K.REAL else 0, tok)
    if op in ("&", "|", "&&", "||"):
        return l
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
        self.imported: dict[str, set[str]] = {}     # module type -> its functions the program calls: load links these

    # types
    def res(self, t: Type | None) -> Type | None:
        """The resolved type; None (no verdict) for one that involves a polymorphic parameter."""
        if t is None or t is TNIL:
            return t
        t = self.r.resolve(t)
        return None if _poly(self.r, t, set()) else t

    def name(self, t: Type | None) -> str:
        return tprint(self.r, t, self.prog.src.implement) or "?"

    def v(self, e) -> str:
        """%V: an expression in quotes."""
        text = show(e, self.prog.parens)
        return f"'ref {text}'" if id(e) in getattr(self, "fnrefs", ()) else f"'{text}'"

    def same(self, a: Type | None, b: Type | None) -> bool:
        return a is None or b is None or canon(self.r, a) == canon(self.r, b)

    def assignable(self, dst: Type | None, src: Type | None) -> bool:
        if dst is None or src is None:
            return True
        if src is TNIL:
            return self.res(dst).kind in NILABLE
        if self.same(dst, src) or self.tuple_adt(dst, src):
            return True
        a, b = self.res(dst), self.res(src)
        if a is not None and b is not None and a.kind is b.kind is K.REF and self.variant_of(b) is not None:
            return canon(self.r, mk(K.REF, self.variant_of(b))) == canon(self.r, a)      # ref A.Tag where ref A is wanted
        if a is not None and b is not None and a.kind is b.kind and a.kind in (K.ARRAY, K.LIST):
            return self.assignable(a.tof, b.tof)
        if a is not None and b is not None and a.kind is b.kind is K.TUPLE:
            fa, fb = [d.ty for d in a.ids if d.store in STORESPACE], [d.ty for d in b.ids if d.store in STORESPACE]
            return len(fa) == len(fb) and all(self.assignable(x, y) for x, y in zip(fa, fb))
        return False

    @staticmethod
    def tag_of(t: Type) -> Decl | None:
        """The pick tag a variant type stands for (Adt.Tag's own type, *v of a narrowed v)."""
        return t.decl if t.kind is K.PICK and t.decl is not None and t.decl.dot is not None else None

    def variant_of(self, ref: Type) -> Type | None:
        """The pick adt a ref to one of its variants refers to, or None."""
        if ref.decl is not None and ref.decl.store is Store.TAG:
            return ref.tof
        to = self.res(ref.tof)
        tag = self.tag_of(to) if to is not None else None
        return tag.dot.ty if tag is not None else None

    def exup(self, t):
        """An exception's values as a value: a tuple, or the one value itself (mkextuptype)."""
        if t is None or t is TNIL or self.kind(t) is not K.EXCEPTION or not self.res(t).ids:
            return t
        vals = [self.res(x.ty) for x in self.res(t).ids]
        return vals[0] if len(vals) == 1 else mktuple(vals)

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
        if t is TNIL:
            return self.v(e)
        if t is not None and self.kind(t) is K.EXCEPTION and e[0] == "name":    # a handler's variable
            return f"'exception {e[1]}' of type exception"
        return f"{self.v(e)} of type {self.name(t)}"

    def clash(self, tok, dst, src, left, op: str, right) -> None:
        """src (the value of expression right) must go where dst (left) is wanted."""
        src = self.exup(src)
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
        self.declared: dict[tuple, object] = {}     # (scope, name) -> where a local was declared
        self.fn: FnDef | None = None
        self.blocks: list = []                  # enclosing blocks (a function's body first)
        self.hoisted: dict[int, dict] = {}      # block -> names its branches declare, with their types
        self.strindex: dict[int, bool] = {}     # index nodes of a string (Oinds): their own operand order
        self.subst: dict[int, tuple] = {}       # names of a function's own con and type -> what they denote
        self.direct: dict[int, FnDef] = {}      # call nodes that name one of the program's functions
        self.methods: dict[int, FnDef] = {}     # r.f() calls of the program's adt functions that take self
        self.converts: dict[int, tuple] = {}    # expressions whose tuple becomes an adt or back
        self.fnrefs: set[int] = set()           # names of functions used as values (ref f)
        self.fnvalues: set[int] = set()         # those functions (never inlined)
        self.qualcalls: dict[int, tuple] = {}    # r.f(), Adt.f(), m->f() of f defined here -> (f, whether r is passed as self)
        self.rettypes: dict[int, Type] = {}     # return statement -> its value's type
        self.operand: dict[int, K] = {}         # bin nodes -> their left operand's kind, for the folder
        self.fields: dict[int, int] = {}        # x.f of an adt -> f's place among its data members
        self.cycles()
        for m in self.prog.src.implement:       # the implemented module's data members are globals
            md = self.prog.src.scope.names.get(m)
            for d in md.ty.ids if md is not None and md.ty is not None and md.ty.kind is K.MODULE else []:
                if d.store is Store.GLOBAL and d.ty.kind is not K.FN:
                    self.globals[d.name] = self.res(d.ty)
        for g in self.prog.globals:
            self.stmt(g, [self.globals])
            self.global_init(g)
        for f in self.prog.fns.values():
            self.fn = f
            self.member_fn(f)
            self.result = self.res(f.ty.tof) if f.ty.tof.kind is not K.NONE else None
            scope = [self.globals, {p.name: self.res(p.ty) for p in f.ty.ids if p.name != "nil"}]
            self.blocks = [f.body]
            self.raises(f)
            for x in f.body[1]:         # the body's top level shares the parameters' scope
                self.stmt(x, scope)
        for key, f in self.prog.fns.items():      # then code generation's check
            if f.ty.tof.kind is not K.NONE and not self.ends(f.body) and getattr(f, "end", None) is not None \
                    and holds(f.body, ("return",)):       # one with no return at all passes the compiler (appl/lib/crypt/pkcs.b)
                raise self.err(f.end, f"no return at end of function {key}")
        self.undefined_fns()
        inl = inlinable(self.prog.fns, self.fnvalues, self.rettypes,
                        lambda a, b: (a is TNIL) == (b is TNIL) and self.same(a, b))
        fold = Folder(self.r, self.prog.src.scope, self.subst, [self.direct, self.hoisted, self.methods, self.strindex, self.operand, self.fields],
                      self.converts, self.operand, {c: (f, False) for c, f in self.direct.items() if id(f) in inl}
                      | {c: fs for c, fs in self.qualcalls.items() if id(fs[0]) in inl})
        self.folded = fold     # then constant subexpressions, as the compiler folds them
        self.prog.globals = fold(self.prog.globals)
        for f in self.prog.fns.values():
            f.body = fold(f.body)

    def member_fn(self, f: FnDef) -> None:
        """Adt.f defined: the adt must declare f (the compiler's fndef check)."""
        d = self.prog.src.scope.names.get(f.adt) if f.adt else None
        if d is None or d.store is not Store.TYPE or d.ty is None:
            return
        t = self.res(d.ty)
        if t.kind is K.ADT and not any(m.name == f.name for m in t.ids):
            raise self.err(f, f"'{f.name}' is not a member of {self.q(('name', f.adt), t)}")

    def raises(self, f: FnDef) -> None:
        """A raises clause names exceptions only (raisescheck)."""
        for r in f.ty.raises:
            q = r.imported
            if len(q) != 1:
                continue                # M->E: not checked here
            d = f.ty.scope.lookup(q[0])
            if d is not None and d.store is Store.IMPORT:
                d = self.r.import_target(d)
            if d is None and q[0] not in self.globals:
                raise LimboError(f.file, f.line, f"{q[0]} is not declared")
            if d is None or d.store is not Store.EXCEPTION:
                raise LimboError(f.file, f.line, f"'{''.join(q)}': illegal raises expression")

    def ends(self, s) -> bool:
        """Does statement s never fall through to what follows it? Where not sure, it does
        not (True): a valid program is never refused for a missing return."""
        k = s[0]
        if k in ("return", "raise", "exit"):
            return True
        if k == "block":
            return len(s) <= 3 and any(self.ends(x) for x in s[1])
        if k == "label":
            return self.ends(s[2])
        if k == "if":
            if self.constant(s[1]):
                return True             # a constant condition: no verdict
            return s[3] is not None and self.ends(s[2]) and self.ends(s[3])
        if k == "for":
            return s[2] is None or self.constant(s[2])
        if k == "do":
            return True
        if k == "case":
            return any(p[0] == "any" for pats, _ in s[2] for p in pats) and all(self.ends(b) for _, b in s[2])
        if k in ("alt", "pick"):
            return all(self.ends(b) for _, b in (s[1] if k == "alt" else s[3]))
        if k == "try":
            return self.ends(s[1]) and all(self.ends(b) for _, b in s[3])
        return False

    def global_init(self, g) -> None:
        """A global's initializer becomes module data: constants and arrays of them only."""
        if g[0] != "decl" or g[3] is None:
            return
        _, names, _, init, tok = g
        if init[0] == "nil":
            return
        if self.kind(self.globals.get(names[0])) is K.LIST:
            raise self.err(tok, f"can't initialize '{names[0]}' of type {self.name(self.globals[names[0]])}")
        if not self.constant(init):
            raise self.err(tok, f"'{names[0]}'s initializer, {self.v(init)}, is not a constant expression")

    def constant(self, e) -> bool:
        k = e[0] if isinstance(e, tuple) and e else None
        if k in ("lit", "nil", "tagof"):
            return True
        if k in ("name", "arrow", "len"):
            try:
                self.r.const_value(e, self.prog.src.scope)
                return True
            except LimboError:
                return False
        if k in ("bin", "un", "cast", "tuple", "arraylit", "newarray", "labels"):
            return all(self.constant(x) for x in _operands(e))
        if k == "call":         # Adt(constants...): an adt value is module data too
            return self.names_type(e[1]) and all(self.constant(x) for x in e[2])
        return False

    def names_type(self, e) -> bool:
        """Whether e (a name, an imported name or M->T) names a type."""
        d = None
        if e[0] == "name":
            d = self.prog.src.scope.lookup(e[1])
            if d is not None and d.store is Store.IMPORT:
                d = self.r.import_target(d)
        elif e[0] == "arrow" and e[1][0] == "name":      # M->T, or m->T for a module variable m
            t = self.globals.get(e[1][1])
            mod = self.modinfo.get(e[1][1]) or (self.modinfo.get(self.res(t).decl.name) if self.kind(t) is K.MODULE else None)
            d = mod.type.scope.names.get(e[2]) if mod is not None else None
        return d is not None and d.store is Store.TYPE

    def cycles(self) -> None:
        """A type that holds itself by value is refused where the program names it; a cyclic
        field that cannot lead back to its adt is refused anyway (types.c cycfield)."""
        for d in self.prog.src.scope.names.values():
            t = self.res(d.ty) if d.store is Store.TYPE and d.dot is None and d.ty is not None else None
            if t is None or t.kind is not K.ADT or t.decl is not d:
                continue
            for f in t.ids:
                if f.cyc and f.store in STORESPACE and not self.reaches(f.ty, t, set()):
                    raise LimboError(f.file, f.line, f"spurious cyclic qualifier for field {f.name} of adt {d.name}")
        if not self.r.cycles:
            return
        used = self.used_names()
        for d, err in self.r.cycles:
            if d.name in used:
                raise err

    def reaches(self, t, base, seen: set[int]) -> bool:
        """Whether a value of type t can hold base again (cycarc): through refs, lists, arrays,
        and the fields and tags of adts and tuples; not through channels or functions."""
        t = self.res(t)
        if t is None or id(t) in seen:
            return False
        if t is base:
            return True
        seen.add(id(t))
        if t.kind in (K.REF, K.LIST, K.ARRAY):
            return self.reaches(t.tof, base, seen)
        if t.kind in (K.ADT, K.TUPLE, K.EXCEPTION, K.PICK):
            return any(self.reaches(x.ty, base, seen) for x in t.ids if x.store in STORESPACE) or \
                any(self.reaches(tg.ty, base, seen) for tg in t.tags)
        return False

    def undefined_fns(self) -> None:
        """An adt of the program's that it uses, with a function that has no body (decls.c checkrefs)."""
        missing = []
        for d in self.prog.src.scope.names.values():
            if d.store is not Store.TYPE or d.dot is not None or d.ty is None:
                continue
            t = self.res(d.ty)
            if t.kind is K.ADT and t.decl is d:
                missing += [(d, f) for f in t.ids if f.store is Store.FN and f"{d.name}.{f.name}" not in self.prog.fns]
        if not missing:
            return                  # the usual case: no walk over the program
        used = self.used_names()
        for d, f in missing:
            if d.name in used:
                raise LimboError(d.file, d.line, f"function {d.name}.{f.name} not defined")

    def used_names(self) -> set[str]:
        """Every name the program's globals, function bodies and signatures mention."""
        used: set[str] = set()
        seen: set[int] = set()

        def walk(n):
            if id(n) in seen:
                return
            seen.add(id(n))
            if isinstance(n, str):
                used.add(n)
            elif isinstance(n, (tuple, list)):
                for x in n:
                    walk(x)
            elif isinstance(n, Type):
                used.add(n.name)
                walk(n.tof)
                walk([d.ty for d in n.ids])
        walk(self.prog.globals)
        for f in self.prog.fns.values():
            walk(f.body)
            walk([d.ty for d in f.ty.ids])
            walk(f.ty.tof)
        return used

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
                if info:
                    self.imported.setdefault(info.name, set()).add(name)
                return Callable("modfn", (info, name)) if info else None
            d = target
            if d is not None and d.store is Store.GLOBAL:     # a module's data member: `sys: import mashlib`
                return self.res(d.ty)
        if d is not None and d.store is Store.CONST:
            return self.r.const(d)[1]
        if d is not None and d.store is Store.TYPE:
            return Callable("type", d)
        if d is not None and d.store is Store.EXCEPTION:
            return Callable("exc", d)
        if name == "nil":
            return TNIL
        for m in self.prog.src.implement:       # a function of the module's interface with no body
            md = self.prog.src.scope.names.get(m)
            f = md.ty.scope.names.get(name) if md is not None and md.ty is not None and md.ty.kind is K.MODULE else None
            if f is not None and f.store is Store.FN:
                raise self.err(tok, f"'{name}' is not a function or function reference")
        raise self.err(tok, f"{name} is not declared")

    def import_member(self, d: Decl, name: str, scope: list[dict], tok):
        """What `name: import m` names: m's member, m a module variable (local or global) or type."""
        m = self.lookup(d.imported[0], scope, tok) if len(d.imported) == 1 else None
        if len(d.imported) == 1 and not isinstance(m, Callable):
            mod = self.res(m)
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
        if len(s) > 3:                  # a con, type, import or exception declared here
            for d in s[3]:
                self.declare(scope, d.name, Callable("local", d), s[2])
            return
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
            v = self.exup(self.value(init, scope))
            if t is not None:
                self.clash(tok, ty, v, ("name", names[0]), "=", init)
            elif not self.specific(v):
                raise self.err(tok, f"cannot declare '{names[0]}' from {self.q(init, v)}")
            else:
                ty = v
        k = self.kind(ty)
        if k is K.PICK or k is K.ADT and self.res(ty).tags:
            raise self.err(tok, f"cannot declare {names[0]} with type {self.name(ty)}")
        for n in names:
            self.declare(scope, n, ty, tok)

    def declare(self, scope: list[dict], name: str, ty, tok) -> None:
        if name == "nil":
            return
        prev = self.declared.get((id(scope[-1]), name))
        if name in scope[-1] and prev is not None:
            raise self.err(tok, f"redeclaration of local {name}, previously declared as a local on line {self.where(prev)}")
        if name in scope[-1]:
            raise self.err(tok, f"redeclaration of {name}")
        scope[-1][name] = ty
        self.declared[(id(scope[-1]), name)] = tok

    def s_tupledecl(self, s, scope):
        _, lhs, e, tok = s
        v = self.exup(self.value(e, scope))
        if not self.specific(v) or not self.shape_fits(lhs, v):
            raise self.err(tok, f"cannot declare {self.v(lhs)} from {self.q(e, v)}")
        self.declare_tuple(lhs, v, scope, tok)

    def shape_fits(self, lhs, v) -> bool:
        """Does a value of type v come apart as the tuple pattern lhs?"""
        if v is TNIL:
            return False
        t = self.res(v) if v is not None else None
        if t is None:
            return True                 # not known: no verdict
        if t.kind not in (K.TUPLE, K.ADT):
            return False
        fields = [d.ty for d in t.ids if d.store in STORESPACE]
        return len(fields) == len(lhs[1]) and all(x[0] != "tuple" or self.shape_fits(x, f) for x, f in zip(lhs[1], fields))

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
        t = self.res(self.exup(v))
        if t.kind not in (K.TUPLE, K.ADT):
            raise self.err(tok, f"a tuple of {n} is needed, not {self.name(t)}")
        fields = [d.ty for d in t.ids if d.store in STORESPACE]
        if len(fields) != n:
            raise self.err(tok, f"a tuple of {n} is needed, not {self.name(t)}")
        return [self.res(x) for x in fields]

    def s_expr(self, s, scope):
        v = self.expr(s[1], scope)
        if isinstance(v, Callable) and v.what in ("fn", "modfn") and s[1][0] != "name":
            raise self.err(s[2], f"function {show(s[1])} not called")

    def cond(self, e, scope, tok, what: str) -> None:
        if e is not None:
            v = self.value(e, scope)
            if v is not None and self.kind(v) is not K.INT:
                raise self.err(tok, f"{what} conditional must be an int, not {self.q(e, v)}")

    def s_if(self, s, scope):
        self.cond(s[1], scope, s[4], "if")
        self.branch(s[2], scope)
        if s[3] is not None:
            self.branch(s[3], scope)

    def s_for(self, s, scope):
        if s[1] is not None:
            self.stmt(s[1], scope)          # declared in the enclosing block
        self.cond(s[2], scope, s[5], "for")
        if s[3] is not None:
            self.expr(s[3], scope)
        self.branch(s[4], scope, True)

    def s_do(self, s, scope):
        self.branch(s[1], scope, True)
        self.cond(s[2], scope, s[3], "do")

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
        labels = self.__dict__.setdefault("labels", [])
        for name, at in labels:
            if name == s[1]:
                raise self.err(self.tokof(s[2], s[3]), f"label {name} duplicated on line {self.where(at)}")
        self.label = s[1]
        labels.append((s[1], s[3]))
        try:
            self.stmt(s[2], scope)
        finally:
            labels.pop()

    def s_break(self, s, scope):
        """break needs an enclosing loop, case, alt, pick or labelled block; continue a loop."""
        label, tok = s[1], s[2]
        cont = s[0] == "continue"
        if not any((label is None or name == label) and (loop or not cont) for name, loop in self.targets):
            raise self.err(tok, f"no appropriate target for '{s[0]}{' ' + label if label else ''}'")

    s_continue = s_break

    def s_exit(self, s, scope):
        pass

    def s_return(self, s, scope):
        e, tok = s[1], s[2]
        void = self.fn.ty.tof.kind is K.NONE
        if e is None:
            if not void:
                raise self.err(tok, f"return of nothing from a fn of {self.name(self.result)}")
            return
        if void:
            if e[0] == "call" and self.value(e, scope) is None and self.void_call(e, scope):
                return                  # return g(); where g returns nothing either
            raise self.err(tok, f"return {self.q(e, self.value(e, scope))} from a fn with no return type")
        v = self.rettypes[id(s)] = self.value(e, scope)
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
            raise self.err(s[2], "'raise ': empty raise not in exception handler")
        if s[1] is not None:
            v = self.value(s[1], scope)
            if v is not None and self.kind(v) not in (K.STRING, K.EXCEPTION):
                raise self.err(s[2], f"'raise {show(s[1], self.prog.parens)}': raise argument {self.q(s[1], v)} is not a string or exception")

    def s_case(self, s, scope):
        v = self.value(s[1], scope)
        if v is not None and self.kind(v) not in (K.INT, K.BIG, K.STRING):
            raise self.err(s[3], f"case argument {self.q(s[1], v)} is not an int or big or string")
        label = self.pending_label()
        for pats, body in s[2]:
            for p in pats:
                if p[0] == "range":
                    self.range_label(p, scope)
                elif p[0] == "eq":
                    self.value(p[1], scope)
            self.targets.append((label, False))
            try:
                self.stmt(body, scope)
            finally:
                self.targets.pop()
        wild = None
        for pats, _ in s[2]:         # then the qualifiers together, as casecheck does
            for p in pats:
                if p[0] == "any":
                    if wild is not None:
                        raise self.err(p.tok, f"case qualifier * duplicated on line {self.where(wild)}")
                    wild = p.tok
                    continue
                for e in p[1:]:
                    self.clash(s[3], v, self.value(e, scope), s[1], "case", e)
        arms = []
        for pats, _ in s[2]:
            labs = []
            for p in pats:
                if p[0] == "any":
                    continue
                try:
                    lo = self.label_value(p[1], scope)
                    hi = self.label_value(p[2], scope) if p[0] == "range" else lo
                except LimboError:
                    return              # not a constant: the compiler would say so; no verdict here
                labs.append((lo, hi, self.tokof(p[1], s[3]), self.tokof(p[-1], s[3])))
            arms.append(labs)
        self.checklabels(arms, "case qualifier", self.kind(v) is K.INT)

    def label_value(self, e, scope):
        """A label's constant value: a constant expression, or tagof of a pick tag."""
        if e[0] == "tagof":
            c = self.expr(e[1], scope)
            if isinstance(c, Callable) and c.what == "type" and c.target.store is Store.TAG:
                tags = self.res(c.target.dot.ty).tags
                return next((i for i, tg in enumerate(tags) if tg is c.target or tg.name == c.target.name), 0)
        return self.r.const_value(e, self.prog.src.scope)[0]

    def range_label(self, p, scope) -> None:
        a, b = self.value(p[1], scope), self.value(p[2], scope)
        if a is None or b is None:
            return
        if a is TNIL or b is TNIL or not self.same(a, b) or self.kind(a) not in (K.INT, K.STRING):
            raise self.err(self.tokof(p[1], None), f"range {self.q(p[1], a)} to {self.q(p[2], b)} is not an int or string range")

    @staticmethod
    def labtext(v) -> str:
        return strpr(v) if isinstance(v, str) else gfmt(v) if isinstance(v, float) else str(v)

    def checklabels(self, arms: list, title: str, ints: bool) -> None:
        """Labels (lo, hi, tok of lo, tok of hi) of each arm may not overlap (the compiler's
        checklabels): sorted by their start, each is compared with the ones after it."""
        texts = [" or ".join(self.labtext(lo) if lo == hi and lt is ht else f"{self.labtext(lo)} to {self.labtext(hi)}"
                             for lo, hi, lt, ht in labs) for labs in arms]
        labs = sorted(((lo, hi, lt, ht, i) for i, arm in enumerate(arms) for lo, hi, lt, ht in arm), key=lambda x: x[0])
        i = 0
        while i < len(labs):
            lo, stop, _, stoptok, arm = labs[i]
            if lo > stop:
                raise self.err(labs[i][2], f"unmatchable {title} {texts[arm]}")
            e = i + 1
            while e < len(labs):
                if labs[e][0] <= stop:
                    raise self.err(labs[e][2], f"{title} '{texts[labs[e][4]]}' overlaps with '{texts[labs[e - 1][4]]}' on line {self.where(stoptok)}")
                if not ints or labs[e][0] != stop + 1 or labs[e][4] != arm:
                    break
                stop, stoptok = labs[e][1], labs[e][3]
                e += 1
            if e != i + 1:
                labs[i] = (lo, stop, labs[i][2], stoptok, arm)
                del labs[i + 1:e]
            i += 1

    def s_pick(self, s, scope):
        _, name, e, arms, tok = s
        v = self.value(e, scope)
        adt = None
        label = self.pending_label()
        if v is not None:
            if self.kind(v) is not K.REF or self.kind(self.res(v).tof) is not K.ADT or not self.res(self.res(v).tof).tags:
                raise self.err(self.tokof(e, tok), f"pick argument {self.q(e, v)} is not a ref adt with pick tags")
            adt = self.res(self.res(v).tof)
        seen: dict = {}
        argty = mk(K.REF, adt) if adt is not None else None
        for tags, body in arms:
            if adt is not None:
                argty = self.pick_arm(tags, adt, argty, seen, name)
            self.targets.append((label, False))
            try:
                self.stmt(body, [*scope, {name: argty}])
            finally:
                self.targets.pop()

    def tokof(self, e, tok):
        return e[-1] if isinstance(e, tuple) and e and hasattr(e[-1], "line") else tok

    def pick_arm(self, tags, adt: Type, argty: Type, seen: dict, name: str) -> Type:
        """Check one arm's qualifiers (pickcheck); the type its name has in the arm."""
        first = None
        for tg in tags:
            at = getattr(tg, "tok", None)
            if tg == "*":
                d = None
            else:
                d = next((x for x in adt.tags if x.name == tg), None)
                if d is None:
                    raise self.err(at, f"pick qualifier '{tg}' is not a member of {self.q(('name', name), argty)}")
            if tg in seen:
                what = "*" if tg == "*" else f"'{tg}'"
                raise self.err(at, f"pick qualifier {what} duplicated on line {self.where(seen[tg])}")
            seen[tg] = at
            if first is None:
                first = (tg, d)
            elif not self.same_variant(first[1], d):
                raise self.err(at, f"type clash in pick qualifiers {self.tagq(adt, *first)} and {self.tagq(adt, tg, d)}")
        d = first[1] if first is not None else None
        return Type(K.REF, tof=adt, decl=d) if d is not None else mk(K.REF, adt)

    def where(self, tok) -> str:
        return f"{tok.file}:{tok.line}" if tok is not None else "?"

    def tagq(self, adt: Type, tg: str, d: Decl | None) -> str:
        return f"'{tg}' of type " + (f"{adt.decl.name}.{d.ty.decl.name}" if d is not None else self.name(adt))

    def same_variant(self, a: Decl | None, b: Decl | None) -> bool:
        """Two pick qualifiers of one arm: the same variant, or identical field lists."""
        if a is None or b is None:
            return a is b
        fa, fb = a.ty.ids, b.ty.ids
        return a.ty is b.ty or len(fa) == len(fb) and all(x.name == y.name and canon(self.r, x.ty) == canon(self.r, y.ty)
                                                           for x, y in zip(fa, fb))

    def s_try(self, s, scope):
        self.stmt(s[1], scope)
        for pats, body in s[3]:
            var = TSTRING
            for p in pats:
                for e in p[1:]:
                    c = self.expr(e, scope)
                    if isinstance(c, Callable) and c.what == "exc":     # E =>: the handler gets E's values
                        var = c.target.ty if len(pats) == 1 else None
                        vals = [x for x in var.ids if x.store in STORESPACE] if var is not None and var.ids else []
                        if len(vals) == 1:
                            var = self.res(vals[0].ty)     # E: exception(string): a tuple of one is its member
                        continue
                    v = self.value(e, scope)
                    if v is not None and v is not TNIL and self.kind(v) is not K.STRING:
                        raise self.err(self.tokof(e, s[4]), f"exception qualifier {self.q(e, v)} is not a string or exception")
                if p[0] == "any":
                    var = TEXC               # *: the exception itself, which prints as `exception e`
            self.handlers += 1
            self.targets.append((None, False))      # a handler is a case: break leaves it
            try:
                self.stmt(body, [*scope, {s[2]: var} if s[2] else {}])
            finally:
                self.handlers -= 1
                self.targets.pop()

    # sys->print formats, checked as the compiler's fmtcheck does
    VERBS = {"c": "int", "d": "int", "o": "int", "x": "int", "X": "int", "e": "real", "f": "real",
             "g": "real", "E": "real", "G": "real", "s": "string", "q": "string", "H": "ptr", "%": None, "r": None}
    KINDS = {"int": K.INT, "big": K.BIG, "real": K.REAL, "string": K.STRING}

    def fmtcheck(self, name: str, fe, types: list, argx: list, tok) -> None:
        try:
            f, ft = self.r.const_value(fe, self.prog.src.scope)
        except LimboError:
            f, ft = None, None
        if ft is not TSTRING:
            ftype = self.value(fe, [self.globals]) if fe[0] != "name" else TSTRING
            raise self.err(tok, f"{name}: format argument {self.q(fe, ftype)} is not a string constant")
        args = list(zip(types, argx))
        ns, n = 0, len(f)
        while ns < n:
            ns += 1
            if f[ns - 1] != "%":
                continue
            start, verb, flags, n1, n2, dot = ns - 1, None, "", False, False, False
            while ns < n and verb is None:
                c = f[ns]
                ns += 1
                spec = f[start:ns]
                if c == ".":
                    if dot:
                        raise self.err(tok, f"{name}: invalid format '{spec}'")
                    n1 = dot = True
                elif c == "*" or c.isdigit() and c.isascii():
                    while c != "*" and ns < n and f[ns].isdigit() and f[ns].isascii():
                        ns += 1
                    spec = f[start:ns]
                    if not n1:
                        n1 = True
                    elif not n2 and dot:
                        n2 = True
                    else:
                        raise self.err(tok, f"{name}: invalid format '{spec}'")
                    if c == "*":
                        self.fmtarg(name, spec, "*", args, tok)
                elif c in "+-#,bu":
                    if c in flags:
                        raise self.err(tok, f"{name}: duplicate flag {c} in format '{spec}'")
                    flags += c
                elif c in self.VERBS:
                    verb = c
                else:
                    raise self.err(tok, f"{name}: invalid character {c} in format '{spec}'")
            if verb is None:
                raise self.err(tok, f"{name}: incomplete format '{f[start:ns]}'")
            if self.VERBS[verb] is not None:
                want = self.VERBS[verb]
                if want == "int" and "b" in flags:
                    want = "big"
                self.fmtarg(name, f[start:ns], want if verb not in "xX" else want + "ptr", args, tok)
        if args:
            raise self.err(tok, f"{name}: more arguments than formats")

    def fmtarg(self, name: str, spec: str, want: str, args: list, tok) -> None:
        if not args:
            raise self.err(tok, f"{name}: too few arguments for format '{spec}'")
        t, x = args.pop(0)
        t = self.exup(t)
        if t is None:
            return
        k = self.kind(t) if t is not TNIL else None
        if want == "*":
            ok = k is K.INT
        elif want == "ptr":
            ok = t is TNIL or k in NILABLE
        elif want.endswith("ptr"):
            ok = k is self.KINDS[want[:-3]] or k in NILABLE
        else:
            ok = k is self.KINDS[want]
        if not ok:
            raise self.err(tok, f"{name}: format '{spec}' incompatible with argument {self.q(x, t)}")

    def s_spawn(self, s, scope):
        call = s[1]
        if call[0] != "call":
            self.value(call, scope)
            raise self.err(s[2], f"cannot spawn {self.v(call)}")
        f = self.expr(call[1], scope)
        fnref = isinstance(f, Type) and self.kind(f) is K.REF and self.kind(self.res(f).tof) is K.FN
        if not isinstance(f, Callable) and not fnref or isinstance(f, Callable) and f.what == "type":
            if f is not None:
                raise self.err(s[2], f"cannot spawn {self.v(call[1])}")
        if self.x_call(call, scope) is not None:
            raise self.err(s[2], f"cannot spawn functions which return values, such as {self.q(call, self.x_call(call, scope))}")

    def s_alt(self, s, scope):
        _, arms, tok = s
        label = self.pending_label()
        for pats, body in arms:
            inner = [*scope, {}]
            for p in pats:
                for e in p[1:]:
                    self.expr(e, inner)
            self.targets.append((label, False))
            try:
                self.stmt(body, inner)
            finally:
                self.targets.pop()
        wild = None
        for pats, _ in arms:            # then the guards together, as altcheck does
            for p in pats:
                if p[0] == "any":
                    if wild is not None:
                        raise self.err(p.tok, f"alt guard * duplicated on line {self.where(wild)}")
                    wild = p.tok
                elif p[0] == "range":
                    raise self.err(self.tokof(p[1], tok), f"alt guard '{show(p[1], self.prog.parens)} to {show(p[2], self.prog.parens)}' is illegal")
                else:
                    e = p[1]
                    if find_comm(e) is None:
                        raise self.err(self.tokof(e, tok), f"alt guard {self.v(e)} has no communication")

    def chanof(self, c, scope, tok, what: str) -> Type | None:
        v = self.value(c, scope)
        if v is not None and self.kind(v) is not K.CHAN:
            raise self.err(tok, f"cannot {what} on {self.q(c, v)}")
        return self.res(self.res(v).tof) if v is not None else None

    def x_recv(self, e, scope):
        v = self.value(e[1], scope)
        if v is not None and self.kind(v) is K.ARRAY and self.kind(self.res(v).tof) is K.CHAN:
            return mktuple([TINT, self.res(self.res(self.res(v).tof).tof)])     # (index, value)
        return self.chanof(e[1], scope, e[2], "receive")

    def x_send(self, e, scope):
        _, c, v, tok = e
        elem = self.chanof(c, scope, tok, "send")
        t = self.value(v, scope)
        if not self.assignable(elem, t):
            raise self.err(tok, f"type clash in {self.q(c, self.value(c, scope))} <-= {self.q(v, t)}")
        self.conform(elem, t, v)
        return elem

    def x_newchan(self, e, scope):
        _, size, ty, tok = e
        if size is not None:
            v = self.value(size, scope)
            if v is not None and self.kind(v) is not K.INT:
                raise self.err(tok, f"channel size {self.q(size, v)} is not an int")
        elem = self.res(ty)
        return mk(K.CHAN, elem) if elem is not None else None     # of a polymorphic type: no verdict

    # expressions: each returns a Type, a Callable, or None when not known
    def expr(self, e, scope):
        return getattr(self, "x_" + e[0])(e, scope)

    def value(self, e, scope) -> Type | None:
        v = self.expr(e, scope)
        if isinstance(v, Callable):
            if v.what == "type":
                raise self.err(e[-1], f"type {v.target.name} is not a variable")
            if v.what == "exc":
                return v.target.ty          # raise E: an exception without values
            if v.what == "fn":
                self.fnvalues.add(id(v.target))
            if v.what == "fn" and v.selfty is None and not v.target.ty.polys and e[0] == "name":
                self.fnrefs.add(id(e))
                return mk(K.REF, v.target.ty)   # f as a value: ref f, as the compiler makes it
            return None          # a function used as a value: not modelled
        return v

    def x_lit(self, e, scope):
        _, kind, v, tok = e
        if kind == "int":           # the 64-bit value, int where it fits in 31 bits and a sign
            v = (v + (1 << 63)) % (1 << 64) - (1 << 63)
            return TINT if -0x7FFFFFFF <= v <= 0x7FFFFFFF else TBIG
        return TREAL if kind == "real" else TSTRING

    def x_nil(self, e, scope):
        return TNIL

    def x_name(self, e, scope):
        v = self.lookup(e[1], scope, e[2])
        if isinstance(v, Callable) and v.what == "type" and v.target is not self.prog.src.scope.lookup(e[1]):
            self.subst[id(e)] = ("typeref", v.target, e[2])      # a function's type parameter
        if not isinstance(v, Callable) or v.what != "local":
            return v
        d = v.target                    # declared in the function: what the runner sees instead
        if d.store is Store.IMPORT:
            target, _ = self.import_member(d, e[1], scope, e[2])
            if target is not None and target.store is Store.FN and len(d.imported) == 1:
                self.subst[id(e)] = ("arrow", ("name", d.imported[0], e[2]), e[1], e[2])
                return self.x_arrow(self.subst[id(e)], scope)
            d = target
        if d.store is Store.CONST:
            c, t = self.r.const(d)
            self.subst[id(e)] = ("lit", Folder.KINDS.get(t.kind, "int"), c, e[2])
            return t
        if d.store is Store.TYPE:
            self.subst[id(e)] = ("typeref", d, e[2])
            return Callable("type", d)
        if d.store is Store.EXCEPTION:
            self.subst[id(e)] = ("excref", d, e[2])
            return Callable("exc", d)
        return None

    def x_tuple(self, e, scope):
        vals = [self.value(x, scope) for x in e[1]]
        return None if any(v is None for v in vals) else mktuple(vals)

    def specific(self, t) -> bool:
        """A type a declaration can take: not nil, nor a tuple holding nil."""
        if t is TNIL:
            return False
        if t is None or t.kind is not K.TUPLE:
            return True
        return all(self.specific(d.ty) for d in t.ids)

    def elements(self, items, scope, tok, elem: Type | None, array: bool = False) -> Type | None:
        for x in items:
            v = self.value(x, scope)
            if elem is None and v is not TNIL:
                elem = v
                continue
            if not self.assignable(elem, self.exup(v)):
                p = self.parent(elem, v)
                if self.assignable(p, v):
                    elem = p            # ref A.X and ref A.Y: a ref A holds both
                elif array:
                    raise self.err(self.tokof(x, tok), f"inconsistent types {self.name(elem)} and {self.name(v)} and in array initializer")
            self.clash(tok, elem, v, ("name", "element"), "=", x)
        return elem

    def parent(self, a: Type | None, b: Type | None) -> Type | None:
        """The type that holds values of a and of b where they are refs to variants of one
        pick adt, or lists, arrays, channels of them (types.c tparent); else a."""
        ra, rb = self.res(a), self.res(b)
        if ra is None or rb is None or ra.kind is not rb.kind:
            return a
        if ra.kind is K.REF:
            va, vb = self.variant_of(ra), self.variant_of(rb)
            if va is None and self.kind(ra.tof) is K.ADT and self.res(ra.tof).tags:
                va = self.res(ra.tof)
            if vb is None and self.kind(rb.tof) is K.ADT and self.res(rb.tof).tags:
                vb = self.res(rb.tof)
            if va is not None and vb is not None and canon(self.r, va) == canon(self.r, vb):
                return mk(K.REF, self.res(va))
            return a
        if ra.kind in (K.LIST, K.ARRAY, K.CHAN):
            p = self.parent(ra.tof, rb.tof)
            return a if p is ra.tof else mk(ra.kind, p)
        if ra.kind is K.TUPLE and len(ra.ids) == len(rb.ids):    # member by member, as tparent1
            ps = [self.parent(x.ty, y.ty) for x, y in zip(ra.ids, rb.ids)]
            return a if all(p is x.ty for p, x in zip(ps, ra.ids)) else mktuple(ps)
        return a

    def x_listlit(self, e, scope):
        elem = self.elements(e[1], scope, e[2], None)
        return mk(K.LIST, elem) if elem is not None else None

    def x_arraylit(self, e, scope):
        _, size, ty, items, tok = e
        if size is not None:
            self.size(size, scope, tok)
        elem = self.res(ty) if ty is not None else None
        for key, val in items:
            if key not in (None, "*"):
                for x in [y for lo, hi in key[1] for y in (lo, hi)] if key[0] == "labels" else [key]:
                    self.index(x, scope, tok)
            self.value(val, scope)
        amax = 0x7FFFFFFF
        try:
            n, nt = self.r.const_value(size, self.prog.src.scope) if size is not None else (None, None)
            if nt is TINT:
                amax = n
        except LimboError:
            pass
        last, wild, arms = -1, None, []
        for key, val in items:          # as assignindices: each item's type, then its indices
            elem = self.elements([val], scope, tok, elem, True)
            at = self.tokof(val, tok)
            if key is None:
                last += 1
                arms.append([(last, last, at, at)])
                continue
            if key == "*":
                if wild is not None:
                    raise self.err(at, f"array index * duplicated on line {self.where(wild)}")
                wild = at
                continue
            labs = []
            for lo, hi in key[1] if key[0] == "labels" else [(key, key)]:
                lt, ht = self.tokof(lo, tok), self.tokof(hi, tok)
                try:
                    a = self.label_value(lo, scope)
                    b = self.label_value(hi, scope) if hi is not lo else a
                except LimboError:
                    if hi is lo:
                        raise self.err(lt, f"array index {self.v(lo)} is not constant") from None
                    raise self.err(lt, f"range '{show(lo, self.prog.parens)} to {show(hi, self.prog.parens)}' is not constant") from None
                if a < 0 or b >= amax:
                    text = str(a) if hi is lo else f"{a} to {b}"
                    raise self.err(lt, f"array index '{text}' out of bounds")
                last = b
                labs.append((a, b, lt, ht))
            arms.append(labs)
        self.checklabels(arms, "array index", True)
        return mk(K.ARRAY, elem) if elem is not None else None

    def x_newarray(self, e, scope):
        self.size(e[1], scope, e[3])
        elem = self.res(e[2])
        return mk(K.ARRAY, elem) if elem is not None else None     # of a polymorphic type: no verdict

    def index(self, e, scope, tok) -> None:
        self.want(tok, "index or size with", self.value(e, scope), INTEGRAL, e)

    def size(self, e, scope, tok) -> None:
        v = self.value(e, scope)
        if v is not None and self.kind(v) is not K.INT:
            raise self.err(tok, f"array size {self.q(e, v)} is not an int")

    def x_ref(self, e, scope):
        _, q, args, tok = e
        if self.refcall(q):         # ref Val.mk(...): ref of what the function returns
            return self.x_refof(("refof", ("call", Parser.qexpr(q, tok), args, tok), tok), scope)
        local = self.local_type(q, scope)
        if local is not None:       # ht: type Rd[ref Iobuf]; ref ht(f) (appl/lib/sexprs.b): the runner gets the decl
            self.subst[id(e)] = ("refdecl", local, args, tok)
        d = local or self.typedecl(q, tok)
        adt = self.construct(d, [self.value(a, scope) for a in args], tok, args, "".join(q), True)
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
        if t.decl is not None and t.decl.store is Store.TAG:
            return t.decl.ty            # *v of a ref narrowed by pick: a value of the variant
        return self.res(t.tof)

    def x_mdot(self, e, scope):
        """m->(x).f: x's adt must be one of module m's; then it is x.f (typecheck.c Omdot)."""
        _, base, dot, tok = e
        m = self.value(base, scope)
        if m is not None and self.kind(m) is not K.MODULE:
            raise self.err(tok, f"{self.q(base, m)} cannot be qualified with ->")
        f = self.expr(dot, scope)
        v = self.value(dot[1], scope)
        t = self.res(v) if v is not None else None
        if t is not None and t.kind is K.REF:
            t = self.res(t.tof)
        if m is not None and t is not None and (t.kind is not K.ADT or t.decl is None or t.decl.dot is not self.res(m).decl):
            raise self.err(tok, f"{show(dot, self.prog.parens)} is not a member of {show(base, self.prog.parens)}")
        return f

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
        if isinstance(c, Callable) and c.what == "fn" and c.selfty is None and not c.target.ty.polys:
            return mk(K.REF, c.target.ty)       # ref f: a reference to the program's function
        v = self.value(e[1], scope)
        tag = self.tag_of(self.res(v)) if v is not None else None
        if tag is not None:
            return Type(K.REF, tof=self.res(tag.dot.ty), decl=tag)      # ref *v, v narrowed: ref Adt.Tag
        if v is not None and self.kind(v) not in (K.ADT, K.TUPLE):
            raise self.err(e[2], f"cannot make a ref from {self.q(e[1], v)}")
        return mk(K.REF, v) if v is not None else None

    def local_type(self, q, scope) -> Decl | None:
        """The adt a block's own `name: type ...` declares, for `ref name(...)`."""
        if len(q) != 1:
            return None
        for sc in reversed(scope):
            c = sc.get(q[0])
            if c is not None:
                d = c.target if isinstance(c, Callable) and c.what == "local" else None
                return d if d is not None and d.store is Store.TYPE else None
        return None

    def refcall(self, q) -> bool:
        """Whether `ref q(...)` calls a function (ref f(x), ref A.f(x), ref M->f(x)) rather than naming an adt."""
        if len(q) == 1:
            if q[0] in self.prog.fns:
                return True
            d = self.prog.src.scope.lookup(q[0])
            if d is not None and d.store is Store.IMPORT:
                d = self.r.import_target(d)
            return d is not None and d.store is Store.FN
        if len(q) == 3 and q[1] == "->":
            info = self.modinfo.get(q[0])
            d = info.type.scope.names.get(q[2]) if info else None
            return d is not None and d.store is Store.FN
        if len(q) != 3 or q[1] != ".":
            return False
        d = self.prog.src.scope.lookup(q[0])
        if d is not None and d.store is Store.IMPORT:
            d = self.r.import_target(d)
        if d is None or d.store is not Store.TYPE or self.res(d.ty).kind is not K.ADT:
            return False
        return any(x.name == q[2] and x.store is Store.FN for x in self.res(d.ty).ids)

    def typedecl(self, q, tok) -> Decl:
        """The adt (or pick tag) that `ref A(...)`, `ref M->A(...)` or `ref A.Tag(...)` names."""
        if len(q) > 2 and q[1] == "->":
            info = self.modinfo.get(q[0])
            if info is None and q[0] in self.globals and self.kind(self.globals[q[0]]) is K.MODULE:
                info = self.modinfo.get(self.res(self.globals[q[0]]).decl.name)     # sys->Connection: through a module value
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

    def construct(self, d: Decl, args: list, tok, argx: list, name: str | None = None, via_ref: bool = False) -> Type:
        """Check the values of an adt (or tuple) built from args; its type."""
        if d.store is Store.TAG:
            t = self.res(d.dot.ty)
            fields = [x for x in t.ids if x.store in STORESPACE] + list(d.ty.ids)
        else:
            t = self.res(d.ty)
            if t.kind not in (K.ADT, K.TUPLE):
                raise self.err(tok, f"{d.name} is not an adt")
            fields = [x for x in t.ids if x.store in STORESPACE]
            if len(args) == 1 and self.assignable(t, self.exup(args[0])) \
                    and not (len(fields) == 1 and self.assignable(self.res(fields[0].ty), self.exup(args[0]))):
                return t        # T(x) with x a T already: a copy (appl/lib/ip.b IPaddr(a), math/geodesy.b)
        if len(args) != len(fields) or not all(self.assignable(self.res(x.ty), self.exup(v)) for x, v in zip(fields, args)):
            if len(args) == 1 and d.store is not Store.TAG and not via_ref:     # T(x): a cast
                raise self.err(tok, f"cannot make a {d.name} from {self.q(argx[0], args[0])}")
            what = name if name is not None else d.name
            raise self.err(tok, f"cannot make a '{what}' from '(" + ", ".join(show(a, self.prog.parens) for a in argx) + ")'")
        for x, v, a in zip(fields, args, argx):
            self.clash(tok, self.res(x.ty), v, ("name", f"{d.name}.{x.name}"), "=", a)
        return t

    def x_load(self, e, scope):
        _, q, pe, tok = e
        self.want(tok, "load from", self.value(pe, scope), {K.STRING}, pe)
        d = self.prog.src.scope.lookup(q[0])
        if d is None:
            raise self.err(tok, f"{q[0]} is not declared")
        if self.kind(d.ty) is not K.MODULE:
            raise self.err(tok, f"cannot load a {self.name(d.ty)}, ")
        return self.res(d.ty)

    def x_namecast(self, e, scope):
        """T e (limbo.y's Lid monexp): T must name a type; a basic one converts as int e does."""
        _, name, x, tok = e
        v = self.lookup(name, scope, tok)
        if not isinstance(v, Callable) or v.what not in ("type", "local") or v.target.store is not Store.TYPE:
            raise self.err(tok, f"{name} is not a type")
        t = self.res(v.target.ty)
        kind = Folder.KINDS.get(t.kind)
        if kind is None:
            raise self.err(tok, f"cannot make a {name} from {self.q(x, self.value(x, scope))}")
        self.subst[id(e)] = ("cast", kind, x, tok)
        return self.x_cast(self.subst[id(e)], scope)

    def x_cast(self, e, scope):
        _, to, x, tok = e
        v = self.value(x, scope)
        k = self.kind(v)
        if to == "array of byte":
            if v is not None and v is not TNIL and k is not K.STRING:     # array of byte nil (appl/cmd/mk/mk.b)
                raise self.err(tok, f"cannot convert {self.name(v)} to array of byte")
            return mk(K.ARRAY, TBYTE)
        if v is None or v is TNIL and to == "string":
            return BASIC[to]
        ok = k in ARITH or k is K.STRING or (to == "string" and k is K.ARRAY and self.kind(self.res(v).tof) is K.BYTE)
        if v is TNIL:
            raise self.err(tok, f"cannot make a {to} from 'nil'")
        if not ok:
            raise self.err(tok, f"cannot convert {self.name(v)} to {to}")
        return BASIC[to]

    def x_len(self, e, scope):
        v = self.value(e[1], scope)
        if v is not None and self.kind(v) not in (K.STRING, K.ARRAY, K.LIST):
            raise self.err(e[2], f"len requires an array, string or list in {self.q(e[1], v)}")
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
            raise self.err(e[2], f"cannot get the tag value for {self.q(e[1], v)}")
        return TINT

    def x_index(self, e, scope):
        _, base, ix, tok = e
        b = self.value(base, scope)
        self.want(tok, "index", b, {K.ARRAY, K.STRING}, base)
        i = self.value(ix, scope)
        if b is not None and i is not None and self.kind(i) is not K.INT:
            raise self.err(tok, f"cannot index {self.q(base, b)} with {self.q(ix, i)}")
        if b is None:
            return None
        if self.kind(b) is K.STRING:
            self.strindex[id(e)] = True
            return TINT
        return self.res(self.res(b).tof)

    def x_slice(self, e, scope):
        _, base, lo, hi, tok = e
        b = self.value(base, scope)
        bad = b is not None and self.kind(b) not in (K.ARRAY, K.STRING)
        for x in (lo, hi):
            v = self.value(x, scope) if x is not None else TINT
            bad = bad or v is not None and self.kind(v) is not K.INT
        if bad:
            lo_, hi_ = (show(x, self.prog.parens) if x is not None else "" for x in (lo, hi))
            raise self.err(tok, f"cannot slice {self.q(base, b)} with '{lo_}:{hi_}'")
        return b

    def x_un(self, e, scope):
        _, op, x, tok = e
        v = self.value(x, scope)
        k = self.kind(v)
        ok = {"!": {K.INT}, "~": INTEGRAL, "-": ARITH, "+": ARITH}[op]
        if v is not None and k not in ok:
            raise self.err(tok, f"cannot apply {op} to {self.q(x, v)}")
        return TINT if op == "!" else v

    def x_bin(self, e, scope):
        _, op, l, r, tok = e
        a = self.value(l, scope)
        if a is not None and a is not TNIL:
            self.operand[id(e)] = self.kind(a)
        return self.binop(op, l, r, a, self.value(r, scope), tok)

    def binop(self, op: str, l, r, a, b, tok):
        """The operator op (or op= for an assignment) on l of type a and r of type b."""
        base = op[:-1] if op.endswith("=") and op not in COMPARE else op
        if base == "::":
            return self.cons(l, r, a, b, tok)
        if base in ("&&", "||"):
            for side, x, t in (("left", l, a), ("right", r, b)):
                if t is not None and self.kind(t) is not K.INT:
                    raise self.err(tok, f"{op}'s {side} operand is not an int: {self.q(x, t)}")
            return TINT
        if a is None or b is None:
            return TINT if op in COMPARE else a if a is not None else b
        if base in ("<<", ">>"):
            if self.kind(a) not in INTEGRAL:
                raise self.err(tok, f"cannot {self.q(l, a)} {op} {self.q(r, b)}")
            if self.kind(b) is not K.INT:
                raise self.err(tok, f"shift {self.q(r, b)} is not an int")
            return a
        if base == "**":
            if self.kind(a) not in (K.INT, K.BIG, K.REAL):
                raise self.err(tok, f"exponend {self.q(l, a)} is not int, big or real")
            if self.kind(b) is not K.INT:
                raise self.err(tok, f"exponent {self.q(r, b)} is not int")
            return a
        if op in ("==", "!="):
            return self.compare(l, r, a, b, tok)
        if a is TNIL or b is TNIL or not self.same(a, b):
            raise self.err(tok, f"type clash in {self.q(l, a)} {op} {self.q(r, b)}")
        k = self.kind(a)
        ok = k in INTEGRAL or k is K.STRING and base in ("+", "<", ">", "<=", ">=") or \
            k is K.REAL and base in ("+", "-", "*", "/", "<", ">", "<=", ">=")
        if not ok:
            raise self.err(tok, f"cannot {op} {self.q(l, a)} and {self.q(r, b)}")
        return TINT if op in COMPARE else a

    def compare(self, l, r, a, b, tok):
        ka = K.STRING if a is TNIL else self.kind(a)
        kb = K.STRING if b is TNIL else self.kind(b)
        comparable = ARITH | NILABLE | {K.STRING}
        if ka in comparable and kb in comparable and (a is TNIL or b is TNIL or self.same(a, b)) and \
                (a is not TNIL and b is not TNIL or (ka if b is TNIL else kb) in NILABLE):
            return TINT
        raise self.err(tok, f"cannot compare {self.q(l, a)} to {self.q(r, b)}")

    def cons(self, l, r, a, b, tok):
        if b is TNIL:
            return mk(K.LIST, a) if a is not None and a is not TNIL else None
        if b is not None and self.kind(b) is not K.LIST:
            raise self.err(tok, f"cannot :: to {self.q(r, b)}")
        if b is not None and not self.assignable(self.res(self.res(b).tof), a):
            p = self.parent(self.res(self.res(b).tof), a)
            if not self.assignable(p, a):
                raise self.err(tok, f"type clash in {self.q(l, a)} :: {self.q(r, b)}")
            b = mk(K.LIST, p)
        if b is not None:
            self.conform(self.res(self.res(b).tof), a, l)
        return b

    def x_assign(self, e, scope):
        _, op, lhs, rhs, tok = e
        f = self.expr(lhs, scope) if op == "=" and lhs[0] == "name" else None
        if isinstance(f, Callable) and f.what == "fn" and f.selfty is None:     # f = v: f is `ref f` to the type check
            ft, b = mk(K.REF, f.target.ty), self.value(rhs, scope)
            if b is not None and not self.assignable(ft, b):
                raise self.err(tok, f"type clash in 'ref {lhs[1]}' of type {self.name(ft)} = {self.q(rhs, b)}")
        self.lvalue(lhs, tok, scope)
        if op == "=" and lhs[0] == "nil":
            return self.value(rhs, scope)       # nil = e: e's value dropped, whatever its type
        if op == "=" and lhs[0] == "slice":
            a, b = self.value(lhs[1], scope), self.value(rhs, scope)
            self.want(tok, "assign to a slice of", a, {K.ARRAY}, lhs[1])
            self.clash(tok, a, b, lhs, "=", rhs)
            return a
        if op == "=" and lhs[0] == "tuple":
            v = self.value(rhs, scope)
            if not self.tuple_fits(lhs, v, scope, tok):
                raise self.err(tok, f"type clash in {self.q(lhs, self.value(lhs, scope))} = {self.q(rhs, self.exup(v))}")
            return v
        a, b = self.value(lhs, scope), self.value(rhs, scope)
        if op == "=":
            self.clash(tok, a, b, lhs, "=", rhs)
        else:
            self.binop(op, lhs, rhs, a, b, tok)
        return a

    def tuple_fits(self, lhs, v, scope, tok) -> bool:
        """Can (a, b, ...) = a value of type v: element by element, nil taking anything."""
        for x, t in zip(lhs[1], self.tuple_types(v, len(lhs[1]), tok)):
            if x[0] == "nil":
                continue
            if x[0] == "tuple":
                if t is not None and self.kind(t) not in (K.TUPLE, K.ADT) or not self.tuple_fits(x, t, scope, tok):
                    return False
            elif not self.assignable(self.value(x, scope), t):
                return False
        return True

    def x_typed(self, e, scope):
        return e[1]

    def lvalue(self, e, tok, scope) -> None:
        """Something that can be assigned to (marklval): else `cannot assign to 'e'`."""
        if e[0] == "name":
            v = self.expr(e, scope)
            local = any(e[1] in sc and not isinstance(sc[e[1]], Callable) for sc in scope)
            d = self.prog.src.scope.lookup(e[1])
            if isinstance(v, Callable) or not local and d is not None and d.store is Store.CONST:
                raise self.err(tok, f"cannot assign to {self.v(e)}")
            return
        if e[0] == "index" and e[1][0] == "lit" or e[0] == "slice" and e[3] is not None:
            raise self.err(tok, f"cannot assign to {self.v(e)}")
        if e[0] in ("index", "dot", "nil", "arrow", "deref", "slice"):
            return
        if e[0] == "tuple":
            for x in e[1]:
                self.lvalue(x, tok, scope)
            return
        raise self.err(tok, f"cannot assign to {self.v(e)}")

    def x_declas(self, e, scope):
        _, lhs, rhs, tok = e
        v = self.exup(self.value(rhs, scope))
        if not self.specific(v):
            raise self.err(tok, f"cannot declare {self.v(lhs)} from {self.q(rhs, v)}")
        if lhs[0] == "name":
            if v is TNIL:
                raise self.err(tok, f"cannot declare {self.v(lhs)} from {self.q(rhs, v)}")
            self.declare(scope, lhs[1], v, tok)
        elif lhs[0] == "tuple":
            if not self.shape_fits(lhs, v):
                raise self.err(tok, f"cannot declare {self.v(lhs)} from {self.q(rhs, v)}")
            self.declare_tuple(lhs, v, scope, tok)
        return v

    def x_preinc(self, e, scope):
        v = self.value(e[2], scope)
        if v is not None and self.kind(v) not in ARITH:
            raise self.err(e[3], f"cannot apply {e[1]} to {self.q(e[2], v)}")
        self.lvalue(e[2], e[3], scope)
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
            for d in adt.ids:
                if d.name == name and d.store is Store.CONST:
                    return self.r.const(d)[1]
                if d.name == name and d.store is Store.FN:
                    return None         # a member function a loaded module serves: not modelled
            raise self.err(tok, f"'{name}' is not a member of {self.v(base)}")
        if b is None:
            return None
        t = self.res(b)
        tag = self.tag_of(t)        # (*v).f, v narrowed by pick
        if tag is not None:
            t = self.res(tag.dot.ty)
        if t.kind is K.REF:
            tag = t.decl if t.decl is not None and t.decl.store is Store.TAG else None
            t = self.res(t.tof)
            if self.tag_of(t) is not None:      # ref Adt.Tag declared as such
                tag, t = t.decl, self.res(t.decl.dot.ty)
        if t.kind is K.EXCEPTION and t.ids:        # E => e.t0: a handler's variable is E's tuple
            t = mktuple([d.ty for d in t.ids])
        if t.kind not in (K.ADT, K.TUPLE):         # a tuple's members are t0, t1, ...
            raise self.err(tok, f"{self.q(base, b)} cannot be qualified with .")
        ids = [*t.ids, *(tag.ty.ids if tag else [])]
        for i, d in enumerate(d for d in ids if d.store in STORESPACE):
            if d.name == name:
                if t.kind is K.ADT and tag is None:
                    self.fields[id(e)] = i      # a tuple where the adt is (same layout): its element i
                return self.res(d.ty)
        for d in ids:
            if d.name == name and d.store is Store.CONST:
                return self.r.const(d)[1]
        key = f"{t.decl.name}.{name}" if t.decl else name
        if key in self.prog.fns:
            return Callable("fn", self.prog.fns[key], selfty=b)
        for d in t.ids:
            if d.name == name and d.store is Store.FN:
                return None         # a member function defined elsewhere: not modelled
        if tag is None and any(d.name == name for tg in t.tags for d in tg.ty.ids):
            raise self.err(tok, f"cannot yet index field {name} of {self.q(base, b)}")
        raise self.err(tok, f"'{name}' is not a member of {self.q(base, b)}")

    def x_arrow(self, e, scope):
        _, base, name, tok = e
        if base[0] == "name" and base[1] in self.modinfo and not any(base[1] in s for s in scope):
            mod = self.modinfo[base[1]]
        else:
            m = self.value(base, scope)
            if m is None:
                return None
            if self.kind(m) is not K.MODULE:
                raise self.err(tok, f"{self.q(base, m)} cannot be qualified with ->")
            mod = self.modinfo.get(self.res(m).decl.name)
            if mod is None:
                return None
        d = mod.type.scope.names.get(name)
        if d is None and any(name in s for s in scope):     # m->v.f(...): v's adt function, served by m
            return self.value(("name", name, tok), scope)
        if d is None:
            what = self.q(base, self.value(base, scope)) if base[0] != "name" or base[1] not in self.modinfo else self.v(base)
            raise self.err(tok, f"'{name}' is not a member of {what}")
        if d.store is Store.CONST:
            return self.r.const(d)[1]
        if d.store is Store.TYPE:
            return Callable("type", d)
        if d.store is Store.FN:
            self.imported.setdefault(mod.name, set()).add(name)
            return Callable("modfn", (mod, name))
        if d.store is Store.EXCEPTION:
            return Callable("exc", d)
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
                raise self.err(tok, f"{self.v(fe)} is not a function or type name")
            return self.call(fe, [(p.name, self.res(p.ty)) for p in ft.ids], ft.varargs, ft.tof, args, argx, tok)
        if f.what == "type":
            t = self.construct(f.target, args, tok, argx, show(fe, self.prog.parens))
            return self.res(f.target.ty) if f.target.store is Store.TAG else t      # A.Tag(...): of the tag's type
        if f.what == "exc":                 # E(values) of a declared exception type
            fields = [d.ty for d in f.target.ty.ids]
            if len(args) != len(fields) or not all(self.assignable(self.res(t), self.exup(v)) for t, v in zip(fields, args)):
                raise self.err(tok, f"cannot make a {self.v(fe)} from '(" + ", ".join(show(a, self.prog.parens) for a in argx) + ")'")
            self.call(fe, [(f"t{i}", self.res(t)) for i, t in enumerate(fields)], False, None, args, argx, tok)
            return f.target.ty
        if f.what == "fn":
            fd: FnDef = f.target
            params = list(fd.ty.ids)
            if f.selfty is None and fe[0] == "name":
                self.direct[id(e)] = fd         # a plain call of the program's function
            elif fe[0] == "dot":                # r.f() or Adt.f(): r is f's first argument if f takes self
                self.qualcalls[id(e)] = (fd, f.selfty is not None and bool(params) and params[0].implicit)
            if f.selfty is not None and fe[0] == "dot" and params and params[0].implicit:
                self.methods[id(e)] = fd        # r.f(): chosen by r's type, so a nil r still calls it (emu)
            if f.selfty is not None and params and params[0].implicit:     # else no self: called through a value
                if not self.assignable(self.res(params[0].ty), f.selfty):
                    raise self.err(tok, f"{self.v(fe)}: argument type mismatch: expected {self.name(params[0].ty)} saw {self.q(fe[1], f.selfty)}")
                params = params[1:]
            if fd.ty.polys and not self.unify(params, args, {}):
                raise self.err(tok, "function call type mismatch")
            return self.call(fe, [(p.name, self.res(p.ty)) for p in params], fd.ty.varargs, fd.ty.tof, args, argx, tok)
        info, name = f.target
        fn = next((x for x in info.functions if x.qualname == name), None)
        if fn is None:
            return None
        if fe[0] == "arrow" and info.name in self.prog.src.implement and name in self.prog.fns:
            self.qualcalls[id(e)] = (self.prog.fns[name], False)       # m->f() of a module this file implements
        return self.call(fe, [(a.name, self.res(a.type)) for a in fn.args], fn.varargs, fn.result, args, argx, tok)

    def unify(self, params: list, args: list, binds: dict) -> bool:
        """The compiler's tunify of a polymorphic function's parameters with the arguments: a
        type parameter binds to a pointer type only (ref, string, list, array, chan, module),
        the same one throughout, and one with a for clause to a type with those functions."""
        return all(self.punify(p.ty, v, binds) for p, v in zip(params, args))

    def punify(self, pt: Type | None, at: Type | None, binds: dict) -> bool:
        if pt is None or at is None:
            return True
        p = self.r.resolve(pt)
        if at is TNIL:
            return p.kind in NILABLE or p.kind is K.POLY
        a = self.r.resolve(at)
        if p.kind is K.POLY:
            if a.kind not in NILABLE and a.kind is not K.POLY:     # tattr's isptr
                return False
            key = p.decl.name if p.decl is not None else id(p)
            if key in binds:
                return self.same(binds[key], at)
            binds[key] = at
            return all(self.has_fn(a, d.name) for d in (p.ids or []) if d.store is Store.FN)
        if p.kind in (K.REF, K.LIST, K.ARRAY, K.CHAN) and a.kind is p.kind:
            return self.punify(p.tof, a.tof, binds)
        if p.kind is K.TUPLE and a.kind is K.TUPLE:
            ps = [d.ty for d in p.ids if d.store in STORESPACE]
            ts = [d.ty for d in a.ids if d.store in STORESPACE]
            return len(ps) == len(ts) and all(self.punify(x, y, binds) for x, y in zip(ps, ts))
        return True             # no verdict here: the argument check that follows has one

    def has_fn(self, t: Type, name: str) -> bool:
        """Whether t (an adt, or a ref to one) has a member function name (types.c fnlookup)."""
        if t.kind is K.REF:
            t = self.r.resolve(t.tof)
        if t.kind is K.PICK and t.decl is not None and t.decl.dot is not None:
            t = self.r.resolve(t.decl.dot.ty)
        return t.kind is K.ADT and any(d.name == name and d.store is Store.FN for d in t.ids)

    def call(self, fe, params: list, varargs: bool, result, args: list, argx: list, tok):
        name = self.v(fe)
        if len(args) > len(params) and not varargs:
            raise self.err(tok, f"{name}: too many function arguments")
        for (_, pt), v, a in zip(params, args, argx):
            if not self.assignable(pt, v):
                raise self.err(tok, f"{name}: argument type mismatch: expected {self.name(pt)} saw {self.q(a, v)}")
            self.conform(pt, v, a)
        if len(args) < len(params):
            raise self.err(tok, f"{name}: too few function arguments")
        if varargs and params:
            self.fmtcheck(name, argx[len(params) - 1], args[len(params):], argx[len(params):], tok)
        return self.res(result) if result is not None and result.kind is not K.NONE else None

