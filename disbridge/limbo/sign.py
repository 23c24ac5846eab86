"""Type signatures as the Limbo compiler computes them.

The signature string encodes a type structurally (one letter per kind,
adt field names, `S` for self, `y` for cyclic, `@n` for a type already seen
in the same signature); the 32-bit sig is the XOR of the four little-endian
words of its MD5.
"""

from __future__ import annotations

import hashlib
import struct

from .types import EQ_KINDS, STORESPACE, Decl, K, Type

SIGKIND = {
    K.NONE: "n", K.ADT: "a", K.PICK: "p", K.ARRAY: "A", K.BIG: "B", K.BYTE: "b",
    K.CHAN: "C", K.REAL: "r", K.FN: "f", K.INT: "i", K.LIST: "L", K.MODULE: "m",
    K.REF: "R", K.STRING: "s", K.TUPLE: "t", K.EXCEPTION: "e", K.FIX: "x", K.POLY: "P",
}


class Equal:
    """Structural equality of types (the compiler's tequal), coinductive on cycles."""

    def __init__(self):
        self.assumed: set[tuple[int, int]] = set()

    def types(self, a: Type | None, b: Type | None) -> bool:
        if a is b:
            return True
        if a is None or b is None or a.kind is not b.kind:
            return False
        k = a.kind
        if k in (K.NONE, K.INT, K.BIG, K.BYTE, K.REAL, K.STRING):
            return True
        if k is K.FIX:
            return a.val == b.val
        key = (id(a), id(b))
        if key in self.assumed:
            return True
        self.assumed.add(key)
        if k in (K.REF, K.LIST, K.ARRAY, K.CHAN):
            return self.types(a.tof, b.tof)
        if k is K.FN:
            return (a.varargs == b.varargs and self.ids(a.ids, b.ids, False, True)
                    and self.polys(a, b) and self.types(a.tof, b.tof))
        if k in (K.TUPLE, K.EXCEPTION):
            return self.ids(a.ids, b.ids, False, True)
        if k is K.MODULE:
            return self.ids(a.iface or [], b.iface or [], True, False)
        if k is K.PICK:
            if not self.types(a.decl.dot.ty, b.decl.dot.ty):
                return False
        if k in (K.ADT, K.PICK):
            return (self.ids(a.tags, b.tags, True, False) and self.polys(a, b)
                    and self.ids(a.ids, b.ids, True, True))
        if k is K.POLY:
            return a.decl.name == b.decl.name and self.ids(a.ids, b.ids, True, False)
        return False

    def polys(self, a: Type, b: Type) -> bool:
        if len(a.polys) != len(b.polys):
            return False
        return all(self.types(p.ty, q.ty) for p, q in zip(a.polys, b.polys))

    def ids(self, xs: list[Decl], ys: list[Decl], names: bool, storeonly: bool) -> bool:
        if storeonly:
            xs = [d for d in xs if d.store in STORESPACE]
            ys = [d for d in ys if d.store in STORESPACE]
        if len(xs) != len(ys):
            return False
        for x, y in zip(xs, ys):
            if (names and x.name != y.name or x.store is not y.store or x.implicit != y.implicit
                    or x.cyc != y.cyc or not self.types(x.ty, y.ty)):
                return False
        return True


def tequal(a: Type, b: Type) -> bool:
    return Equal().types(a, b)


class Signer:
    """Builds one signature string; equal types seen before print as @n."""

    def __init__(self):
        self.seen: list[Type] = []
        self.out: list[str] = []

    def sign(self, t: Type | None) -> None:
        if t is None:
            return
        if t.kind in EQ_KINDS:
            for i, s in enumerate(self.seen):
                if s is t or (s.kind is t.kind and tequal(s, t)):
                    self.out.append(f"@{i + 1}")
                    return
            if not (t.kind is K.ADT and t.decl is not None and t.decl.name == ".mp"):
                self.seen.append(t)
        o = self.out
        k = t.kind
        if k is K.ADT and t.decl is not None and t.decl.name == ".mp":
            for d in t.ids:
                self.id1(d, True)
                o.append(";")
            return
        o.append(SIGKIND[k])
        if k in (K.REF, K.LIST, K.ARRAY, K.CHAN):
            self.sign(t.tof)
        elif k is K.FIX:
            o.append(f"{t.val[0]:g}")
        elif k is K.FN:
            if t.varargs:
                o.append("*")
            if t.polys:
                self.ids(t.polys, False)     # polys are types, not storage: "()"
            self.ids(t.ids, False)
            if t.raises:
                o.append("(" + ",".join(r.name for r in t.raises) + ")")
            self.sign(t.tof)
        elif k is K.TUPLE:
            self.ids(t.ids, False)
        elif k is K.EXCEPTION:
            raise ValueError("exception types have no signature")
        elif k is K.ADT:
            if t.polys:
                self.ids(t.polys, False)
            self.ids(t.ids, True)
            if t.tags:
                o[-1] = ","
                for i, tg in enumerate(t.tags):
                    o.append(tg.name + "=>")
                    self.sign(tg.ty)
                    if i + 1 < len(t.tags):
                        o.append(",")
                o.append(")")
        elif k is K.PICK:
            self.ids(t.ids, True)
            self.sign(t.decl.dot.ty)
        elif k is K.MODULE:
            o.append("{")
            for d in t.iface or []:
                if d.name == ".mp":
                    self.sign(d.ty)
                    continue
                self.id1(d, True)
                o.append(";")
            o.append("}")

    def ids(self, ids: list[Decl], names: bool) -> None:
        self.out.append("(")
        first = True
        for d in ids:
            if d.store not in STORESPACE:
                continue
            if not first:
                self.out.append(",")
            self.id1(d, names)
            first = False
        self.out.append(")")

    def id1(self, d: Decl, names: bool) -> None:
        if names:
            self.out.append(d.name + ":")
        if d.implicit:
            self.out.append("S")
        if d.cyc:
            self.out.append("y")
        self.sign(d.ty)


def sigstring(t: Type) -> str:
    s = Signer()
    s.sign(t)
    # the last ")" of an adt with tags was replaced in place; join now
    return "".join(s.out)


def md5sig(text: str) -> int:
    """Fold the MD5 of a signature string into 32 bits."""
    dig = hashlib.md5(text.encode("utf-8")).digest()
    a, b, c, d = struct.unpack("<4I", dig)
    return a ^ b ^ c ^ d


def sign(t: Type) -> int:
    return md5sig(sigstring(t))
