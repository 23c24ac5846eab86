"""Hypothesis strategies for Limbo values, from any `.m` declaration.

    from disbridge import strategies as lst
    prog = disbridge.limbo.load("module/mymod.m")
    @given(lst.arguments(prog.module("Mymod").function("f")))
    def test_f(args): ...

Values respect Limbo's ranges (int 32-bit, big 64-bit, byte 0..255) and
include nil wherever Limbo allows it (strings, arrays, lists, refs).
"""

from __future__ import annotations

from hypothesis import strategies as st

from .frames import record_class
from .limbo.model import Function
from .limbo.types import STORESPACE, K, Type, tstr

INT = st.integers(-(1 << 31), (1 << 31) - 1)
BIG = st.integers(-(1 << 63), (1 << 63) - 1)
BYTE = st.integers(0, 255)
TEXT = st.text(st.characters(exclude_categories=("Cs",)))       # any Unicode but lone surrogates


def values(t: Type, *, nil: bool = True, allow_nan: bool = False, max_size: int = 8,
           _depth: int = 0) -> st.SearchStrategy:
    """Python values of Limbo type t, as the bridge marshals them."""
    k = t.kind

    def sub(x: Type) -> st.SearchStrategy:
        return values(x, nil=nil, allow_nan=allow_nan, max_size=max_size if _depth < 2 else 2, _depth=_depth + 1)

    def maybe(s: st.SearchStrategy) -> st.SearchStrategy:
        return st.one_of(st.none(), s) if nil else s

    if k is K.INT:
        return INT
    if k is K.BIG:
        return BIG
    if k is K.BYTE:
        return BYTE
    if k is K.REAL:
        return st.floats(allow_nan=allow_nan, allow_infinity=allow_nan)
    if k is K.STRING:
        return maybe(TEXT)
    if k is K.ARRAY:
        if t.tof.kind is K.BYTE:
            return maybe(st.binary(max_size=max_size * 8))
        return maybe(st.lists(sub(t.tof), max_size=max_size))
    if k is K.LIST:
        return st.lists(sub(t.tof), max_size=max_size)
    if k is K.TUPLE:
        return st.tuples(*[sub(d.ty) for d in t.ids if d.store in STORESPACE])
    if k is K.ADT and not t.tags:
        cls = record_class(t)
        return st.builds(cls, *[sub(d.ty) for d in t.ids if d.store in STORESPACE])
    if k is K.REF and t.tof.kind in (K.ADT, K.TUPLE) and not t.tof.tags:
        return maybe(sub(t.tof)) if _depth < 3 else st.none()
    raise TypeError(f"no Python values for a Limbo {tstr(t)}")


def arguments(fn: Function, **kw) -> st.SearchStrategy[tuple]:
    """Whole argument tuples for a declared function."""
    return st.tuples(*[values(a.type, **kw) for a in fn.args])


def normalize(t: Type, v):
    """What a value reads back as: nil strings as "", nil lists as []."""
    k = t.kind
    if k is K.STRING:
        return "" if v is None else v
    if k is K.ARRAY and v is not None:
        return bytes(v) if t.tof.kind is K.BYTE else [normalize(t.tof, x) for x in v]
    if k is K.LIST:
        return [normalize(t.tof, x) for x in v or []]
    if k is K.TUPLE:
        fs = [d for d in t.ids if d.store in STORESPACE]
        return tuple(normalize(d.ty, x) for d, x in zip(fs, v))
    if k is K.ADT and v is not None:
        fs = [d for d in t.ids if d.store in STORESPACE]
        return record_class(t)(*[normalize(d.ty, getattr(v, d.name)) for d in fs])
    if k is K.REF and v is not None:
        return normalize(t.tof, v)
    return v
