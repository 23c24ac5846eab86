"""Limbo values in the harness interpreter, and Inferno's print formatting.

int is a Python int kept in 32 bits; big and byte are int subclasses so that
arithmetic knows how to wrap; real is float; string is str; nil is None.
Arrays share storage between slices; lists are cons cells; ref adts are
shared records, adt values are copied when assigned.
"""

from __future__ import annotations

import math


class Big(int):
    pass


class Byte(int):
    pass


def wrap32(v: int) -> int:
    return (v + 2**31) % 2**32 - 2**31


def wrap64(v: int) -> Big:
    return Big((v + 2**63) % 2**64 - 2**63)


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


# formatting, as Inferno's print does it
def fmt(spec: str, args: list, errstr: str = "") -> str:
    out = []
    i, n, ai = 0, len(spec), 0
    while i < n:
        c = spec[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        i += 1
        flags = ""
        while i < n and spec[i] in "-0 +#,u":
            flags += spec[i]
            i += 1
        width = ""
        while i < n and (spec[i].isdigit() or spec[i] == "*"):
            if spec[i] == "*":
                width += str(args[ai]) if ai < len(args) else ""
                ai += 1
            else:
                width += spec[i]
            i += 1
        prec = None
        if i < n and spec[i] == ".":
            i += 1
            p = ""
            while i < n and (spec[i].isdigit() or spec[i] == "*"):
                if spec[i] == "*":
                    p += str(args[ai]) if ai < len(args) else ""
                    ai += 1
                else:
                    p += spec[i]
                i += 1
            prec = int(p or 0)
        while i < n and spec[i] in "bluh":
            flags += spec[i]
            i += 1
        if i >= n:
            out.append("%" + flags + width)
            break
        verb = spec[i]
        i += 1
        if verb == "%":
            out.append("%")
            continue
        if verb == "r":
            out.append(_pad(errstr, width, flags))
            continue
        if ai >= len(args):
            out.append(f"%!{verb}(missing)")
            continue
        v = args[ai]
        ai += 1
        out.append(_pad(_one(verb, v, flags, prec), width, flags))
    return "".join(out)


def _pad(s: str, width: str, flags: str) -> str:
    if not width:
        return s
    w = int(width)
    if len(s) >= w:
        return s
    if "-" in flags:
        return s + " " * (w - len(s))
    if "0" in flags and s and (s[0].isdigit() or s[0] in "+-"):
        sign = s[0] if s[0] in "+-" else ""
        body = s[len(sign):]
        return sign + "0" * (w - len(s)) + body
    return " " * (w - len(s)) + s


def _one(verb: str, v, flags: str, prec) -> str:
    if verb in "dxXob":
        if not isinstance(v, int):
            return f"%!{verb}(bad)"
        x = int(v)
        if "u" in flags and x < 0:
            x += 2**64 if isinstance(v, Big) or "b" in flags else 2**32
        if verb == "d":
            s = str(x)
        elif verb == "x":
            s = format(x, "x") if x >= 0 else "-" + format(-x, "x")
        elif verb == "X":
            s = format(x, "X") if x >= 0 else "-" + format(-x, "X")
        elif verb == "o":
            s = format(x, "o") if x >= 0 else "-" + format(-x, "o")
        else:
            s = format(x, "b")
        if "#" in flags and verb in "xX" and x != 0:
            s = ("0x" if verb == "x" else "0X") + s
        if "+" in flags and x >= 0:
            s = "+" + s
        if prec is not None and len(s.lstrip("-")) < prec:
            neg = s.startswith("-")
            s = ("-" if neg else "") + s.lstrip("-").rjust(prec, "0")
        return s
    if verb in "cC":
        try:
            return chr(int(v))
        except (ValueError, TypeError, OverflowError):
            return "\ufffd"
    if verb == "s":
        s = "" if v is None else v if isinstance(v, str) else str(v)
        return s[:prec] if prec is not None else s
    if verb == "q":
        s = "" if v is None else str(v)
        if s == "" or any(ch in " \t\n\r'" or ord(ch) < 0x20 for ch in s):
            return "'" + s.replace("'", "''") + "'"
        return s
    if verb in "geEfGF":
        x = float(v)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "+Inf" if x > 0 else "-Inf"
        p = 6 if prec is None else prec
        s = format(x, f"{'+' if '+' in flags else ''}.{p}{verb}")
        return s
    return f"%!{verb}"
