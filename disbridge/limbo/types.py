"""The Limbo type model: kinds, declarations, sizes and alignment (32-bit Dis).

Mirrors the facts of Inferno's limbo/types.c: a Type has a kind, an element
type (``tof``), member declarations (``ids``), pick tags and polymorphic
parameters; sizes follow Dis (4-byte words, 8-byte big and real).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

IBY2WD = 4          # bytes in a Dis word
IBY2LG = 8          # bytes in a big or real
NREG = 5
MAXTEMP = NREG * IBY2WD + 12    # first argument's offset in a frame
MAXALIGN = IBY2LG


class K(enum.Enum):
    NONE = "no type"
    ADT = "adt"
    PICK = "adt pick"
    ARRAY = "array"
    BIG = "big"
    BYTE = "byte"
    CHAN = "chan"
    REAL = "real"
    FN = "fn"
    INT = "int"
    LIST = "list"
    MODULE = "module"
    REF = "ref"
    STRING = "string"
    TUPLE = "tuple"
    EXCEPTION = "exception"
    FIX = "fixed point"
    POLY = "polymorphic"
    # unresolved names, replaced during resolution
    ID = "id"
    ARROW = "->"
    DOT = "."
    INST = "instantiated type"


POINTER_KINDS = frozenset({K.ARRAY, K.CHAN, K.LIST, K.MODULE, K.REF, K.STRING, K.POLY})
SCALAR_KINDS = frozenset({K.NONE, K.INT, K.BIG, K.BYTE, K.REAL, K.STRING})
# kinds that get an equivalence-class id while signing
EQ_KINDS = frozenset({K.ADT, K.PICK, K.TUPLE, K.MODULE, K.EXCEPTION})


class Store(enum.Enum):
    TYPE = "type"
    FN = "fn"
    GLOBAL = "global"
    ARG = "arg"
    CONST = "con"
    FIELD = "field"
    TAG = "tag"
    IMPORT = "import"
    EXCEPTION = "exception"


STORESPACE = frozenset({Store.GLOBAL, Store.ARG, Store.FIELD})


@dataclass(eq=False)
class Decl:
    """A declared name: a field, argument, function, constant, type or tag."""

    name: str
    store: Store
    ty: Type | None = None
    dot: Decl | None = None          # enclosing module or adt
    implicit: bool = False           # a ``self`` argument
    cyc: bool = False                # a ``cyclic`` field
    offset: int = 0
    value: object = None             # constant value (int, float or str)
    file: str = ""
    line: int = 0
    tag: int = 0                     # pick tag number
    scope: object = None             # where an import or a type name is looked up
    imported: tuple[str, ...] | None = None    # for Store.IMPORT: (module expr, member)

    def __repr__(self) -> str:
        return f"Decl({self.qualname()}:{self.store.value})"

    def qualname(self, sep: str = ".") -> str:
        if self.dot is not None:
            return self.dot.qualname(sep) + sep + self.name
        return self.name


@dataclass(eq=False)
class Type:
    kind: K
    tof: Type | None = None
    ids: list[Decl] = field(default_factory=list)
    tags: list[Decl] = field(default_factory=list)
    polys: list[Decl] = field(default_factory=list)
    decl: Decl | None = None
    varargs: bool = False
    raises: list[Decl] = field(default_factory=list)
    size: int = -1
    align: int = -1
    val: tuple[float, float] | None = None    # fixed point scale, maximum
    name: str = ""                             # for ID / ARROW / DOT
    targs: list[Type] = field(default_factory=list)    # for INST
    file: str = ""
    line: int = 0
    scope: object = None
    anon: bool = True                          # tuple without a type name
    iface: list[Decl] | None = None            # module: sorted interface
    tmap: dict | None = None                   # instantiated adt: poly -> type
    target: Type | None = None                 # what a name type resolved to
    resolved: bool = False                     # components bound and checked
    busy: bool = False                         # being resolved (cycle check)

    def __repr__(self) -> str:
        return f"Type({tstr(self)})"

    @property
    def fields(self) -> list[Decl]:
        return [d for d in self.ids if d.store in STORESPACE]


TNONE = Type(K.NONE, size=0, align=1)
TINT = Type(K.INT, size=IBY2WD, align=IBY2WD)
TBIG = Type(K.BIG, size=IBY2LG, align=IBY2LG)
TBYTE = Type(K.BYTE, size=1, align=1)
TREAL = Type(K.REAL, size=IBY2LG, align=IBY2LG)
TSTRING = Type(K.STRING, size=IBY2WD, align=IBY2WD)
BASIC = {"int": TINT, "big": TBIG, "byte": TBYTE, "real": TREAL, "string": TSTRING}
for _n, _t in BASIC.items():
    _t.decl = Decl(_n, Store.TYPE, _t)


def tstr(t: Type | None) -> str:
    """Limbo spelling of a type, for messages."""
    if t is None:
        return "nothing"
    k = t.kind
    if k in (K.INT, K.BIG, K.BYTE, K.REAL, K.STRING):
        return k.value
    if k is K.NONE:
        return "no type"
    if k in (K.ARRAY, K.LIST, K.CHAN):
        return f"{k.value} of {tstr(t.tof)}"
    if k is K.REF:
        return f"ref {tstr(t.tof)}"
    if k in (K.ADT, K.MODULE, K.POLY, K.EXCEPTION) or k is K.TUPLE and not t.anon:
        return t.decl.qualname() if t.decl else k.value
    if k is K.PICK:
        return t.decl.dot.name + "." + t.decl.name if t.decl and t.decl.dot else "pick"
    if k is K.TUPLE:
        return "(" + ", ".join(tstr(d.ty) for d in t.ids) + ")"
    if k is K.FN:
        args = ", ".join(("self " if d.implicit else "") + tstr(d.ty) for d in t.ids)
        if t.varargs:
            args += ", *" if args else "*"
        res = "" if t.tof is TNONE or t.tof is None else ": " + tstr(t.tof)
        return f"fn({args}){res}"
    if k is K.FIX:
        return "fixed"
    if k in (K.ID, K.DOT, K.ARROW):
        return t.name
    if k is K.INST:
        return tstr(t.tof) + "[" + ", ".join(tstr(a) for a in t.targs) + "]"
    return k.value


def align(off: int, a: int) -> int:
    return (off + a - 1) // a * a


def sizeids(ids: list[Decl], off: int) -> tuple[int, int]:
    """Lay out the storage members of ids from off; return (end, alignment)."""
    al = 1
    for d in ids:
        if d.store not in STORESPACE:
            continue
        a = d.ty.align or 1
        al = max(al, a)
        off = align(off, a)
        d.offset = off
        off += d.ty.size
    return off, al


_pointees: list[Type] = []     # what a reference points at, sized once the outermost sizetype is done


def sizetype(t: Type) -> None:
    """Set size and alignment of a resolved type (and of what it holds by value).

    What a reference points at is sized after the type holding the reference is
    done: a cycle through a reference (Hub holds ref DDevice, DDevice holds a Hub
    by value: appl/cmd/usb/usbd.b) is no cycle."""
    if t.size >= 0:
        return
    outer = not _sizing[0]
    _sizing[0] = True
    try:
        _size1(t)
        while outer and _pointees:
            sizetype(_pointees.pop())
    finally:
        if outer:
            _sizing[0] = False
            _pointees.clear()


_sizing = [False]


def _size1(t: Type) -> None:
    if t.size >= 0:
        return
    k = t.kind
    if k in POINTER_KINDS or k is K.FIX:
        t.size = t.align = IBY2WD
        if t.tof is not None:
            _pointees.append(t.tof)
        for d in t.ids:         # a polymorphic type's functions
            _pointees.append(d.ty)
    elif k is K.FN:
        t.size, t.align = 0, 1
        for d in t.ids:
            _size1(d.ty)
        _size1(t.tof)
    elif k in (K.TUPLE, K.ADT, K.EXCEPTION):
        _sizeagg(t)
        for d in t.ids:
            if d.store is Store.FN:
                _size1(d.ty)
    elif k is K.PICK:
        _size1(t.decl.dot.ty)
    else:
        raise AssertionError(f"sizetype: {k}")


def _sizeagg(t: Type) -> None:
    t.size = -2            # sizing in progress: meeting it again is a by-value cycle
    for d in t.ids:
        if d.store in STORESPACE:
            _sizefield(t, d)
    if not t.tags:
        end, al = sizeids(t.ids, 0)
        t.size, t.align = align(end, al), al
        return
    # a pick adt: the tag word, the common fields, then each variant
    end, al = sizeids(t.ids, IBY2WD)
    al = max(al, IBY2WD)
    t.size, t.align = 0, al
    done = set()
    for tg in t.tags:
        tt = tg.ty
        if id(tt) in done:
            continue
        done.add(id(tt))
        for d in tt.ids:
            _sizefield(t, d)
        tend, ta = sizeids(tt.ids, end)
        ta = max(ta, al)
        tt.size, tt.align = align(tend, ta), ta


def _sizefield(base: Type, d: Decl) -> None:
    ft = d.ty
    if ft.size == -2:
        raise TypeCycle(base, d)
    try:
        _size1(ft)
    except TypeCycle as e:          # reported for the outermost adt, at its field into the cycle
        e.base, e.decl = base, d
        raise


class TypeCycle(Exception):
    def __init__(self, base: Type, d: Decl):
        super().__init__()
        self.base = base
        self.decl = d

    def __str__(self) -> str:
        what = "adt " if self.base.kind is K.ADT else ""
        return f"illegal type cycle without a reference in field {self.decl.name} of {what}{tstr(self.base)}"


def ptrmap(t: Type, offset: int, bits: set[int]) -> None:
    """Collect the offsets of heap-pointer words of a value of type t at offset."""
    if t.kind in POINTER_KINDS:
        bits.add(offset)
    elif t.kind in (K.TUPLE, K.ADT, K.EXCEPTION):
        for d in t.ids:
            if d.store in STORESPACE:
                ptrmap(d.ty, offset + d.offset, bits)


def mkmap(bits: set[int]) -> bytes:
    """Pointer map bytes: one bit per word, most significant bit first."""
    if not bits:
        return b""
    out = bytearray(max(bits) // (8 * IBY2WD) + 1)
    for off in bits:
        out[off // (8 * IBY2WD)] |= 0x80 >> (off // IBY2WD % 8)
    return bytes(out)


def typemap(t: Type) -> bytes:
    bits: set[int] = set()
    if t.kind in POINTER_KINDS:
        bits.add(0)
    else:
        ptrmap(t, 0, bits)
    return mkmap(bits)
