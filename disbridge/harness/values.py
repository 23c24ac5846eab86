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

    __slots__ = ("r",)

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


def fmt(spec: str, args: list, errstr: str = "") -> str:
    """sys->sprint: the compiler has checked the verbs against the arguments."""
    out = []
    i, n, ai = 0, len(spec), 0
    while i < n:
        c = spec[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        i += 1
        flags, prec = "", None
        while i < n and spec[i] in "-0+#,ub":
            flags += spec[i]
            i += 1
        width, i, ai = _count(spec, i, args, ai)
        if i < n and spec[i] == ".":
            prec, i, ai = _count(spec, i + 1, args, ai)
            prec = prec or 0
        while i < n and spec[i] in "-0+#,ub":
            flags += spec[i]
            i += 1
        if width is not None and width < 0:     # a negative * width left-justifies
            flags += "-"
            width = -width
        if i >= n:
            break
        verb = spec[i]
        i += 1
        if verb == "%":
            out.append("%")
            continue
        if verb == "r":
            out.append(errstr)           # xprint copies the error string without the format
            continue
        if ai >= len(args):
            out.append(f"%!{verb}(missing)")
            continue
        v = args[ai]
        ai += 1
        zero = verb in "dxXo" and prec is None         # lib9 zero-pads integers without a precision only
        out.append(_pad(_one(verb, v, flags, width, prec), width, flags if zero else flags.replace("0", "")))
    return "".join(out)


def _count(spec: str, i: int, args: list, ai: int):
    """A width or precision at spec[i]: digits, or * taking the next argument; (value or None, i, ai)."""
    if i < len(spec) and spec[i] == "*":
        return (int(args[ai]) if ai < len(args) else 0), i + 1, ai + 1
    j = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    return (int(spec[j:i]) if i > j else None), i, ai


def _pad(s: str, width: int | None, flags: str) -> str:
    if width is None or len(s) >= width:
        return s
    if "-" in flags:
        return s + " " * (width - len(s))
    if "0" in flags:                # integers only: zeros after the sign and any 0x
        head = s[:1] if s[:1] in "+-" else ""
        if s[len(head):len(head) + 2] in ("0x", "0X"):
            head = s[:len(head) + 2]
        return head + "0" * (width - len(s)) + s[len(head):]
    return " " * (width - len(s)) + s


def _one(verb: str, v, flags: str, width, prec) -> str:
    if verb in "dxXo":
        return _int(verb, v, flags, prec)
    if verb == "c":
        try:
            return chr(int(v))
        except (ValueError, OverflowError):
            return "\ufffd"
    if verb == "s":
        s = (v or "").split("\0", 1)[0]        # a C string: it ends at a NUL
        return s[:prec] if prec is not None else s
    if verb == "q":
        s = (v or "").split("\0", 1)[0]
        s = s[:prec] if prec is not None else s
        if "#" in flags or s == "" or any(ch <= " " or ch == "'" for ch in s):
            return "'" + s.replace("'", "''") + "'"
        return s
    if verb in "eEfgG":
        return _real(verb, float(v), flags, width, prec)
    if verb == "H":
        return "-1.00000000" if v is None else "1.00000000"
    return f"%{verb}%"


def _int(verb: str, v, flags: str, prec) -> str:
    """lib9 integer conversion: signed unless u; b makes it 64-bit."""
    x = int(v) if not isinstance(v, str) else 0
    bits = 64 if "b" in flags or isinstance(v, Big) else 32
    if "u" in flags and x < 0:
        x += 2**bits
    base = {"d": 10, "x": 16, "X": 16, "o": 8}[verb]
    digits = format(abs(x), {"d": "d", "x": "x", "X": "X", "o": "o"}[verb])
    if prec is not None and len(digits) < prec:
        digits = "0" * (prec - len(digits)) + digits
    if "," in flags:
        head, body = len(digits) % 3, digits
        groups = ([body[:head]] if head else []) + [body[k:k + 3] for k in range(head, len(body), 3)]
        digits = ",".join(groups)
    if "#" in flags:
        if base == 16:
            digits = ("0x" if verb == "x" else "0X") + digits
        elif base == 8 and not digits.startswith("0"):
            digits = "0" + digits
    if x < 0:
        return "-" + digits
    return ("+" if "+" in flags else "") + digits


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
