"""Limbo values in the harness interpreter, and Inferno's print formatting.

int is a Python int kept in 32 bits; big and byte are int subclasses so that
arithmetic knows how to wrap; real is float; string is str; nil is None.
Arrays share storage between slices; lists are cons cells; ref adts are
shared records, adt values are copied when assigned.
"""

from __future__ import annotations

import math
import operator
from decimal import Decimal

from ..limbo.gfmt import gfmt
from ..utf import decode


class Big(int):
    pass


class NilStr(str):
    """The nil string: "" in every operation, yet known as nil where Dis tells them apart
    (indexing it, raising it)."""


NIL = NilStr()


class Byte(int):
    pass


def wrap32(v: int) -> int:
    return (v + 2**31) % 2**32 - 2**31


def wrap64(v: int) -> Big:
    return Big((v + 2**63) % 2**64 - 2**63)


ARITH = {"+": operator.add, "-": operator.sub, "*": operator.mul, "&": operator.and_, "|": operator.or_, "^": operator.xor}
COMPARE = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}


def trunc_div(a: int, b: int, quotient: bool) -> int:
    """a / b or a % b as Dis does them: the quotient truncates toward zero (b != 0)."""
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return q if quotient else a - q * b


def retype(like, v):
    """v (a Python int) in the integer type of like."""
    if isinstance(like, Big):
        return wrap64(v)
    if isinstance(like, Byte):
        return Byte(v & 0xFF)
    return wrap32(v)


class Arr:
    """array of T: a window on shared storage, as Limbo slices are."""

    __slots__ = ("data", "off", "n")

    def __init__(self, data: list, off: int = 0, n: int | None = None):
        self.data = data
        self.off = off
        self.n = len(data) - off if n is None else n

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        return iter(self.data[self.off:self.off + self.n])


class Cons:
    __slots__ = ("hd", "tl")

    def __init__(self, hd, tl):
        self.hd = hd
        self.tl = tl


def list_items(l) -> list:
    out = []
    while l is not None:
        out.append(l.hd)
        l = l.tl
    return out


def list_from(items) -> Cons | None:
    l = None
    for x in reversed(list(items)):
        l = Cons(x, l)
    return l


class Rec:
    """An adt value: fields by name."""

    __slots__ = ("adt", "f", "tag")

    def __init__(self, adt, fields: dict, tag=None):
        self.adt = adt
        self.f = fields
        self.tag = tag          # the pick tag's Decl, for a pick adt

    def copy(self) -> Rec:
        return Rec(self.adt, {k: copyval(v) for k, v in self.f.items()}, self.tag)


class Ref:
    """ref adt: a shared Rec."""

    __slots__ = ("r", "__weakref__")     # a ref Sys->FD closes its descriptor when the last one goes

    def __init__(self, r: Rec):
        self.r = r

    def __eq__(self, other) -> bool:
        return isinstance(other, Ref) and other.r is self.r

    def __hash__(self) -> int:
        return id(self.r)


def copyval(v):
    """Assignment semantics: adt values and tuples holding them are copied."""
    if isinstance(v, Rec):
        return v.copy()
    if isinstance(v, tuple):
        return tuple(copyval(x) for x in v)
    return v


def utf8_string(b: bytes) -> str:
    """`string a`, decoded by lib9's rules (disbridge/utf.py)."""
    return decode(b)[0]


_VERBS = frozenset("%qsEefgGdoxXcrH")      # where xprint (libinterp/runt.c) ends a directive
_INTLIM = 66                                # lib9's _ifmt builds at most this many characters


class _Spec:
    """One directive as lib9 parses it: flag characters, width, and precision (None when absent)."""

    __slots__ = ("flags", "width", "prec")

    def __init__(self, text: str):
        self.flags, self.width, self.prec = set(), 0, None
        seen_width, i = False, 0
        while i < len(text):
            c = text[i]
            if c == ".":                # lib9: a dot counts as the width, and the precision is now 0
                seen_width = True
                self.prec = self.prec or 0
            elif c == "0" and not seen_width:
                self.flags.add("0")
            elif c.isdigit():
                j = i
                while i < len(text) and text[i].isdigit():
                    i += 1
                if seen_width:
                    self.prec = int(text[j:i])
                else:
                    self.width, seen_width = int(text[j:i]), True
                continue
            else:
                self.flags.add(c)       # - + # , u l h and space
            i += 1

    @property
    def left(self) -> bool:
        return "-" in self.flags


def fmt(spec: str, args: list, errstr: str = "") -> str:
    """sys->sprint as emu does it: xprint builds a lib9 format for each directive, a * replaced
    by its argument in decimal and b by ll, and lib9 formats the argument by it."""
    out = []
    i, n, ai = 0, len(spec), 0
    while i < n:
        c = spec[i]
        i += 1
        if c != "%":
            out.append(c)
            continue
        text, big = "", False
        while i < n:
            c = spec[i]
            i += 1
            if c == "*":
                text += str(int(args[ai])) if ai < len(args) else "0"
                ai += 1
            elif c == "b":
                text, big = text + "ll", True
            elif c not in _VERBS:
                text += c
            else:
                break
        else:
            break                       # the format ended inside a directive: nothing more
        if c == "%":
            out.append("%")
        elif c == "r":
            out.append(errstr)          # xprint copies the error string, whatever the flags
        elif c == "H":
            out.append("-1.00000000" if ai < len(args) and args[ai] is None else "1.00000000")
            ai += 1
        elif ai >= len(args):
            out.append(f"%!{c}(missing)")
        else:
            out.append(_one(c, args[ai], _Spec(text), big))
            ai += 1
    return "".join(out)


def _one(verb: str, v, sp: _Spec, big: bool) -> str:
    if verb in "dxXo":
        return _int(verb, _word(v, big or isinstance(v, Big), "u" in sp.flags), sp)
    if verb == "c":
        return _copy(_rune(v), sp.width, sp.left, sp.prec)
    if verb == "s":
        return _copy((v or "").split("\0", 1)[0], sp.width, sp.left, sp.prec)
    if verb == "q":
        return _quote((v or "").split("\0", 1)[0], sp)
    flags = "".join(sorted(sp.flags - {"0"}))
    return _copy(_real(verb, float(v), flags, sp.width or None, sp.prec), sp.width, sp.left, None)


def _word(v, big: bool, unsigned: bool) -> int:
    """The integer xprint passes: a 32-bit word (64 with b); a pointer is H, -1, when nil."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        x = -1 if v is None or (isinstance(v, str) and v == "") else id(v) & 0x7FFFFFFF
    else:
        x = int(v)
    bits = 64 if big else 32
    x &= (1 << bits) - 1
    if not unsigned and x >> (bits - 1):
        x -= 1 << bits
    return x


def _rune(v) -> str:
    """%c prints the rune (xprint makes it %C); one that cannot be a character is Runeerror."""
    try:
        r = int(v)
        return "\ufffd" if 0xD800 <= r < 0xE000 else chr(r)
    except (ValueError, OverflowError):
        return "\ufffd"


def _copy(s: str, width: int, left: bool, prec) -> str:
    """lib9's _fmtcpy: at most prec characters, padded with spaces to width."""
    if prec is not None:
        s = s[:prec]
    pad = " " * max(width - len(s), 0)
    return s + pad if left else pad + s


def _quote(s: str, sp: _Spec) -> str:
    """lib9's %q: no precision; quoted when asked (#), empty, or holding a space, control or quote;
    a quoted one is padded by its length in bytes."""
    if "#" not in sp.flags and s and not any(ch <= " " or ch == "'" for ch in s):
        return _copy(s, sp.width, sp.left, None)
    q = "'" + s.replace("'", "''") + "'"
    pad = " " * max(sp.width - len(q.encode("utf-8", "surrogatepass")), 0)
    return q + pad if sp.left else pad + q


def _int(verb: str, x: int, sp: _Spec) -> str:
    """lib9's _ifmt: digits (grouped by ,), zeros to the precision, sign and 0x, zeros to the width."""
    fl = sp.flags
    base = {"d": 10, "x": 16, "X": 16, "o": 8}[verb]
    conv = "0123456789ABCDEF" if verb == "X" else "0123456789abcdef"
    neg = x < 0
    x = abs(x)
    rev: list[str] = []                 # the characters, last first
    while x:
        if "," in fl and len(rev) % 4 == 3:
            rev.append(",")
        rev.append(conv[x % base])
        x //= base
    if not rev:
        rev.append("0")
    while len(rev) < (sp.prec or 0) and len(rev) < _INTLIM:
        rev.append("0")
    n = len(rev) + (1 if neg or "+" in fl or " " in fl else 0)
    sharp = "#" in fl
    if sharp and base == 16:
        n += 2
    elif sharp and base == 8:
        sharp = rev[-1] != "0"
        n += sharp
    width = sp.width
    if "0" in fl and not sp.left:
        while n < width and len(rev) < _INTLIM:
            rev.append("0")
            n += 1
        width = 0
    if sharp:
        rev.extend((verb, "0") if base == 16 else ("0",))
    if neg or "+" in fl or " " in fl:
        rev.append("-" if neg else "+" if "+" in fl else " ")
    return _copy("".join(reversed(rev)), width, sp.left, None)


def _real(verb: str, x: float, flags: str, width, prec) -> str:
    if verb in "gG" and width is None and prec is None:
        s = gfmt(x)
        return s.upper() if verb == "G" and "e" in s else s
    sign = "+" if "+" in flags else ""
    if math.isnan(x) or math.isinf(x):
        s = "NaN" if math.isnan(x) else "Infinity"
        if math.copysign(1.0, x) < 0:
            return "-" + s
        return sign + s
    p = 6 if prec is None else min(prec, 20)
    if verb in "gG" and p == 0:     # %.0g: the shortest digits, as many as they need
        t = Decimal(repr(abs(x))).normalize().as_tuple() if x else None
        n = len(t.digits) if t else 1
        e = n + t.exponent if t else 1
        p = e if n < e <= n + 4 else n
    return format(x, f"{sign}{'#' if '#' in flags else ''}.{p}{verb}")
