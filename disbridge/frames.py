"""Emulated Dis state: Word (a typed slot), Frame (an F_ record in C memory), Exec.

Values cross between Python and the C heap here, for every Limbo type a
declaration can express: int, big, byte, real, string, arrays, lists,
tuples, adts by value and by ref, nil.
"""

from __future__ import annotations

import dataclasses
import gc
import struct
import threading
import time

from .limbo.model import Function, host_struct, host_type
from .limbo.types import POINTER_KINDS, STORESPACE, K, Type, tstr
from .native import ERRTEXT, HEAPSIZE, H, ffi, isnil, lib

GUARD = 16                      # bytes after every frame, checked after the call
GUARD_BYTE = 0xA5
PTR = ffi.sizeof("void*")

INT_RANGE = (-(1 << 31), (1 << 31) - 1)
BIG_RANGE = (-(1 << 63), (1 << 63) - 1)


class BridgeError(Exception):
    """Misuse of the bridge itself (lifecycle, registry)."""


class LimboException(Exception):
    """A Limbo exception raised by a builtin through error(); str() is Inferno's text."""

    def __init__(self, text: str, fn: str = ""):
        super().__init__(text)
        self.text = text
        self.fn = fn


# adts as Python values, one class per adt name and field layout
_records: dict[tuple, type] = {}


def record_class(t: Type) -> type:
    """The Python class standing for an adt (fields by name)."""
    fields = tuple((d.name, tstr(d.ty)) for d in t.ids if d.store in STORESPACE)
    key = (t.decl.qualname() if t.decl else "", fields)
    cls = _records.get(key)
    if cls is None:
        cls = dataclasses.make_dataclass(t.decl.name if t.decl else "adt", [n for n, _ in fields], eq=True)
        cls.__limbo_type__ = t
        _records[key] = cls
    return cls


# host heap types
_htypes: dict[int, object] = {}


_ptrs: dict[int, tuple[Type, list[int]]] = {}


def ptr_offsets(t: Type) -> list[int]:
    """Host offsets of the heap pointers inside a value of type t."""
    got = _ptrs.get(id(t))
    if got is not None and got[0] is t:
        return got[1]
    if t.kind in POINTER_KINDS:
        out = [0]
    elif t.kind in (K.ADT, K.TUPLE):
        lay = host_struct(t)
        out = [lay.offsets[d.name] + o for d in t.ids if d.store in STORESPACE for o in ptr_offsets(d.ty)]
    else:
        out = []
    _ptrs[id(t)] = (t, out)
    return out


def heap_type(t: Type):
    """The C Type* for heap objects (array elements, list cells, ref adts) of type t."""
    k = t.kind
    if k is K.INT:
        return ffi.addressof(lib.Tword)
    if k is K.BIG:
        return ffi.addressof(lib.Tlong)
    if k is K.BYTE:
        return ffi.addressof(lib.Tbyte)
    if k is K.REAL:
        return ffi.addressof(lib.Treal)
    if k in POINTER_KINDS:
        return ffi.addressof(lib.Tptr)
    got = _htypes.get(id(t))
    if got is not None:
        return got[1]
    size = host_type(t)[0]
    offs = ptr_offsets(t)
    nmap = (max(offs) // PTR // 8 + 1) if offs else 0
    m = bytearray(nmap)
    for o in offs:
        m[o // PTR // 8] |= 0x80 >> (o // PTR % 8)
    ht = lib.dtype(ffi.NULL, max(size, 1), ffi.from_buffer("uchar[]", bytes(m) or b"\0"), nmap)
    ht.name = _keep(f"{tstr(t)}".encode())
    _htypes[id(t)] = (t, ht)
    return ht


_names: list = []


def _keep(b: bytes):
    c = ffi.new("char[]", b)
    _names.append(c)
    return c


def elem_size(t: Type) -> int:
    return host_type(t)[0]


# marshalling
def _check_int(v, lo, hi, what: str, tname: str) -> int:
    if not isinstance(v, int):
        raise TypeError(f"{what}: expected {tname} (a Python int), got {type(v).__name__}")
    if not lo <= v <= hi:
        raise ValueError(f"{what}: {v} is out of range for a Limbo {tname} ({lo}..{hi})")
    return v


def new_string(v: str, what: str):
    try:
        b = v.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what}: string is not valid Unicode (lone surrogate)") from None
    if len(b) > 0x7FFFFFFF:
        raise ValueError(f"{what}: string too long")
    return lib.c2string(ffi.from_buffer("char[]", b), len(b))


def put(addr, t: Type, v, what: str) -> None:
    """Store Python value v as Limbo type t at host address addr (nothing old is there)."""
    k = t.kind
    if k is K.INT:
        ffi.cast("int*", addr)[0] = _check_int(v, *INT_RANGE, what, "int")
    elif k is K.BIG:
        ffi.cast("long long*", addr)[0] = _check_int(v, *BIG_RANGE, what, "big")
    elif k is K.BYTE:
        ffi.cast("unsigned char*", addr)[0] = _check_int(v, 0, 255, what, "byte")
    elif k is K.REAL:
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise TypeError(f"{what}: expected real (a float), got {type(v).__name__}")
        ffi.cast("double*", addr)[0] = float(v)
    elif k in POINTER_KINDS:
        ffi.cast("void**", addr)[0] = new_heap(t, v, what)
    elif k in (K.TUPLE, K.ADT):
        _put_fields(addr, t, v, what)
    else:
        raise TypeError(f"{what}: cannot pass a Limbo {tstr(t)} from Python")


def _fields_of(t: Type, v, what: str) -> list:
    names = [d.name for d in t.ids if d.store in STORESPACE]
    if t.kind is K.TUPLE or isinstance(v, tuple):
        if not isinstance(v, (tuple, list)) or len(v) != len(names):
            raise TypeError(f"{what}: expected a {len(names)}-tuple for {tstr(t)}, got {v!r:.60}")
        return list(v)
    if isinstance(v, dict):
        missing = [n for n in names if n not in v]
        extra = [n for n in v if n not in names]
        if missing or extra:
            raise TypeError(f"{what}: {tstr(t)} fields are {names}; missing {missing}, unknown {extra}")
        return [v[n] for n in names]
    if all(hasattr(v, n) for n in names):
        return [getattr(v, n) for n in names]
    raise TypeError(f"{what}: expected a {tstr(t)} (fields {names}), got {type(v).__name__}")


def _put_fields(addr, t: Type, v, what: str) -> None:
    lay = host_struct(t)
    base = ffi.cast("char*", addr)
    fields = [d for d in t.ids if d.store in STORESPACE]
    vals = _fields_of(t, v, what)
    done = []
    try:
        for d, x in zip(fields, vals):
            put(base + lay.offsets[d.name], d.ty, x, f"{what}.{d.name}")
            done.append(d)
    except Exception:
        for d in done:
            drop(base + lay.offsets[d.name], d.ty)
        raise


def new_heap(t: Type, v, what: str):
    """A new heap value (one reference) for Python value v, or H for None."""
    k = t.kind
    if v is None:
        return H
    if k is K.STRING:
        if not isinstance(v, str):
            raise TypeError(f"{what}: expected string (a str or None), got {type(v).__name__}")
        return new_string(v, what)
    if k is K.ARRAY:
        return _new_array(t, v, what)
    if k is K.LIST:
        if not isinstance(v, (list, tuple)):
            raise TypeError(f"{what}: expected {tstr(t)} (a list or None), got {type(v).__name__}")
        return _new_list(t, v, what)
    if k is K.REF and t.tof.kind is K.ADT and t.tof.tags:
        raise TypeError(f"{what}: pick adts ({tstr(t.tof)}) cannot cross from Python yet")
    if k is K.REF and t.tof.kind in (K.ADT, K.TUPLE):
        h = lib.heap(heap_type(t.tof))
        data = ffi.cast("char*", h) + HEAPSIZE
        try:
            _put_fields(data, t.tof, v, what)
        except Exception:
            lib.destroy(data)
            raise
        return data
    raise TypeError(f"{what}: cannot pass a Limbo {tstr(t)} from Python")


def _new_array(t: Type, v, what: str):
    et = t.tof
    if et.kind is K.BYTE:
        if not isinstance(v, (bytes, bytearray, memoryview)):
            raise TypeError(f"{what}: expected array of byte (bytes or None), got {type(v).__name__}")
        b = bytes(v)
        h = lib.heaparray(ffi.addressof(lib.Tbyte), len(b))
        a = ffi.cast("Array*", ffi.cast("char*", h) + HEAPSIZE)
        ffi.memmove(a.data, b, len(b))
        return a
    if isinstance(v, (str, bytes, bytearray, dict)) or not hasattr(v, "__len__"):
        raise TypeError(f"{what}: expected {tstr(t)} (a list or None), got {type(v).__name__}")
    n = len(v)
    if n > 0x7FFFFFFF:
        raise ValueError(f"{what}: array too long")
    h = lib.heaparray(heap_type(et), n)
    a = ffi.cast("Array*", ffi.cast("char*", h) + HEAPSIZE)
    size = elem_size(et)
    try:
        for i, x in enumerate(v):
            put(a.data + i * size, et, x, f"{what}[{i}]")
    except Exception:
        lib.destroy(a)
        raise
    return a


def _new_list(t: Type, v, what: str):
    et = t.tof
    cell = ffi.new("List**", ffi.cast("List*", H))
    ht = heap_type(et)
    try:
        for i in range(len(v) - 1, -1, -1):
            lp = lib.cons(max(elem_size(et), 1), cell)
            lp.t = ht if ht.np > 0 else ffi.NULL
            put(lib.bridge_listdata(lp), et, v[i], f"{what}[{i}]")
    except Exception:
        lib.destroy(cell[0])
        raise
    return cell[0]


def get(addr, t: Type):
    """Read the Limbo value of type t at host address addr as a Python value."""
    k = t.kind
    if k is K.INT:
        return ffi.cast("int*", addr)[0]
    if k is K.BIG:
        return ffi.cast("long long*", addr)[0]
    if k is K.BYTE:
        return ffi.cast("unsigned char*", addr)[0]
    if k is K.REAL:
        return ffi.cast("double*", addr)[0]
    if k in POINTER_KINDS:
        return read_heap(t, ffi.cast("void**", addr)[0])
    if k in (K.TUPLE, K.ADT):
        lay = host_struct(t)
        base = ffi.cast("char*", addr)
        vals = [get(base + lay.offsets[d.name], d.ty) for d in t.ids if d.store in STORESPACE]
        return tuple(vals) if k is K.TUPLE else record_class(t)(*vals)
    raise TypeError(f"cannot read a Limbo {tstr(t)} into Python")


SDATA = int(ffi.cast("intptr_t", lib.bridge_ascii(ffi.cast("String*", 0))))    # offsetof(String, data)


def read_string(p) -> str:
    if p == H or p == ffi.NULL:
        return ""
    s = ffi.cast("String*", p)
    n = s.len
    if n >= 0:
        return ffi.unpack(ffi.cast("char*", p) + SDATA, n).decode("latin-1")
    return "".join(map(chr, ffi.unpack(ffi.cast("Rune*", ffi.cast("char*", p) + SDATA), -n)))


def read_heap(t: Type, p):
    k = t.kind
    if k is K.STRING:
        return read_string(p)
    if k is K.LIST:
        out = []
        lp = ffi.cast("List*", p)
        while not isnil(lp):
            out.append(get(lib.bridge_listdata(lp), t.tof))
            lp = lp.tail
        return out
    if isnil(p):
        return None
    if k is K.ARRAY:
        a = ffi.cast("Array*", p)
        if t.tof.kind is K.BYTE:
            return ffi.unpack(ffi.cast("char*", a.data), a.len)
        size = elem_size(t.tof)
        return [get(a.data + i * size, t.tof) for i in range(a.len)]
    if k is K.REF and t.tof.kind in (K.ADT, K.TUPLE) and not t.tof.tags:
        return get(p, t.tof)
    raise TypeError(f"cannot read a Limbo {tstr(t)} into Python yet")


def drop(addr, t: Type) -> None:
    """Destroy what a slot of type t at addr references (the slot becomes nil)."""
    if t.kind in POINTER_KINDS:
        pp = ffi.cast("void**", addr)
        p, pp[0] = pp[0], H
        if not isnil(p):
            lib.destroy(p)
    elif t.kind in (K.TUPLE, K.ADT):
        lay = host_struct(t)
        base = ffi.cast("char*", addr)
        for d in t.ids:
            if d.store in STORESPACE:
                drop(base + lay.offsets[d.name], d.ty)


def nil_fill(addr, t: Type) -> None:
    """Set every pointer slot of a value of type t to H."""
    base = ffi.cast("char*", addr)
    for off in ptr_offsets(t):
        ffi.cast("void**", base + off)[0] = H


class Word:
    """A typed view of one frame slot or heap word."""

    __slots__ = ("addr", "type", "name")

    def __init__(self, addr, t: Type, name: str = "word"):
        self.addr = addr
        self.type = t
        self.name = name

    def get(self):
        return get(self.addr, self.type)

    def set(self, v) -> None:
        """Replace the value, destroying what the slot held before."""
        tmp = ffi.new("char[]", max(host_type(self.type)[0], 1))
        put(tmp, self.type, v, self.name)
        drop(self.addr, self.type)
        ffi.memmove(self.addr, tmp, host_type(self.type)[0])

    def clear(self) -> None:
        drop(self.addr, self.type)


class Frame:
    """An F_ record for one call, in C memory with guard bytes after it."""

    def __init__(self, fn: Function):
        self.fn = fn
        size = fn.host.size
        self.mem = ffi.new("char[]", size + GUARD)
        ffi.memmove(self.mem + size, bytes([GUARD_BYTE]) * GUARD, GUARD)
        self.ptr = ffi.cast("void*", self.mem)
        res = fn.result
        self.result = None
        if res.kind is not K.NONE:
            self.result = ffi.new("char[]", max(host_type(res)[0], 8))
            nil_fill(self.result, res)
            ffi.cast("void**", self.mem + fn.host.offsets["ret"])[0] = self.result
        for a in fn.args:
            nil_fill(self.mem + a.host_offset, a.type)

    def arg(self, i: int) -> Word:
        a = self.fn.args[i]
        return Word(self.mem + a.host_offset, a.type, a.name)

    def ret(self) -> Word:
        return Word(self.result, self.fn.result, "ret")

    def set_args(self, values) -> None:
        args = self.fn.args
        if len(values) != len(args):
            raise TypeError(f"{self.fn.qualname}() takes {len(args)} arguments ({len(values)} given)")
        done = 0
        try:
            for a, v in zip(args, values):
                put(self.mem + a.host_offset, a.type, v, f"{self.fn.qualname}() argument {a.name!r}")
                done += 1
        except Exception:
            for a in args[:done]:
                drop(self.mem + a.host_offset, a.type)
            raise

    def guard_ok(self) -> bool:
        return ffi.unpack(self.mem + self.fn.host.size, GUARD) == bytes([GUARD_BYTE]) * GUARD

    def release_args(self) -> None:
        for a in self.fn.args:
            drop(self.mem + a.host_offset, a.type)

    def copy_back(self, values) -> None:
        """Arrays are shared in Limbo: what the callee wrote into an array passed as a
        bytearray (of byte) or a list (of anything else) comes back into it."""
        for a, v in zip(self.fn.args, values):
            if isinstance(v, list) and a.type.kind is K.ARRAY and a.type.tof.kind is not K.BYTE:
                p = ffi.cast("void**", self.mem + a.host_offset)[0]
                if p != H:
                    v[:] = get(self.mem + a.host_offset, a.type)
            if isinstance(v, bytearray) and a.type.kind is K.ARRAY and a.type.tof.kind is K.BYTE:
                p = ffi.cast("void**", self.mem + a.host_offset)[0]
                if p != H:
                    arr = ffi.cast("Array*", p)
                    n = min(len(v), arr.len)
                    v[:n] = ffi.buffer(arr.data, n)[:]


_SCALAR = {K.INT: struct.Struct("<i"), K.BIG: struct.Struct("<q"), K.BYTE: struct.Struct("<B"),
           K.REAL: struct.Struct("<d")}


class Plan:
    """A function's marshalling decided once, over a frame reused per thread.

    Scalars go through struct (which range-checks); anything else, and any
    value struct refuses, goes through put/get, which say what was wrong.
    """

    def __init__(self, fn: Function):
        self.fn = fn
        self.nargs = len(fn.args)
        self.args = [(a.host_offset, _SCALAR.get(a.type.kind), a.type,
                      f"{fn.qualname}() argument {a.name!r}") for a in fn.args]
        self.ptrs = [a.host_offset + o for a in fn.args for o in ptr_offsets(a.type)]
        self.res = fn.result
        self.res_s = _SCALAR.get(fn.result.kind)
        self.res_ptrs = ptr_offsets(fn.result) if fn.result.kind is not K.NONE else []
        self.local = threading.local()
        # all scalars: no heap, so packing needs no VM lock; one struct for the lot
        self.scalar = (all(st is not None for _, st, _, _ in self.args)
                       and (self.res_s is not None or fn.result.kind is K.NONE))
        self.packer = None
        if self.scalar and self.args:
            fmt, at = "<", self.args[0][0]
            for off, st, _, _ in self.args:
                fmt += "x" * (off - at) + st.format[1:]
                at = off + st.size
            self.packer = struct.Struct(fmt)
            self.start = self.args[0][0]

    def frame(self) -> Frame:
        f = getattr(self.local, "frame", None)
        if f is None or f.busy:
            f = Frame(self.fn)
            f.buf = ffi.buffer(f.mem)
            f.rbuf = ffi.buffer(f.result) if f.result is not None else None
            f.outs = (ffi.new(f"char[{ERRTEXT}]"), ffi.new("vlong*"), ffi.new("int*"))
            f.busy = False
            if getattr(self.local, "frame", None) is None:
                self.local.frame = f
        return f

    def put_args(self, f: Frame, args: tuple) -> None:
        if len(args) != self.nargs:
            raise TypeError(f"{self.fn.qualname}() takes {self.nargs} arguments ({len(args)} given)")
        buf, mem = f.buf, f.mem
        done = 0
        try:
            for (off, st, t, what), v in zip(self.args, args):
                if st is not None and type(v) is not bool:
                    try:
                        st.pack_into(buf, off, v)
                        done += 1
                        continue
                    except struct.error:
                        pass
                put(mem + off, t, v, what)
                done += 1
        except Exception:
            for off, _, t, _ in self.args[:done]:
                drop(mem + off, t)
            raise

    def get_result(self, f: Frame):
        if self.res_s is not None:
            return self.res_s.unpack_from(f.rbuf, 0)[0]
        if self.res.kind is K.NONE:
            return None
        return get(f.result, self.res)

    def clear(self, f: Frame) -> None:
        """Destroy what the arguments and result reference; the frame is ready again."""
        if self.ptrs:
            base = f.mem
            for off in self.ptrs:
                pp = ffi.cast("void**", base + off)
                p = pp[0]
                if p != H:
                    pp[0] = H
                    lib.destroy(p)
        if self.res_ptrs:
            for off in self.res_ptrs:
                pp = ffi.cast("void**", f.result + off)
                p = pp[0]
                if p != H:
                    pp[0] = H
                    lib.destroy(p)


_gc = [0.0, 0.0]        # seconds Python's collector has stopped every thread; when the current pause began


def _gc_pause(phase: str, info: dict) -> None:
    if phase == "start":
        _gc[1] = time.perf_counter()
    else:
        _gc[0] += time.perf_counter() - _gc[1]


gc.callbacks.append(_gc_pause)


def _clock() -> float:
    """Seconds, less the collector's pauses: a Python builtin's hold of the VM lock is its own
    work, not a full collection that happened to run during it (hundreds of ms on a big heap)."""
    return time.perf_counter() - _gc[0]


class Exec:
    """The running Dis thread: its current frame and module, its exception."""

    def __init__(self):
        self._t = threading.local()

    @property
    def frame(self) -> Frame | None:
        return getattr(self._t, "frame", None)

    @property
    def module(self) -> str | None:
        return getattr(self._t, "module", None)

    @property
    def exception(self) -> str | None:
        return getattr(self._t, "exception", None)

    def enter(self, frame: Frame, module: str) -> tuple:
        t = self._t
        prev = (self.frame, self.module, getattr(t, "locked_at", 0.0), getattr(t, "held", 0.0),
                getattr(t, "nrel", 0))
        t.frame, t.module, t.exception = frame, module, None
        t.locked_at, t.held, t.nrel = _clock(), 0.0, 0
        return prev

    def leave(self, prev: tuple, exc: str | None) -> tuple[float, int]:
        """Back to the caller; returns (longest hold of the VM lock in s, releases)."""
        t = self._t
        held, nrel = max(t.held, _clock() - t.locked_at), t.nrel
        t.frame, t.module, t.locked_at, t.held, t.nrel = prev
        t.exception = exc
        return held, nrel

    def release(self) -> None:
        """What release() is to a C builtin: let other Dis threads run."""
        t = self._t
        t.held = max(t.held, _clock() - t.locked_at)
        t.nrel += 1
        lib.bridge_vmunlock()

    def acquire(self) -> None:
        lib.bridge_vmlock()
        self._t.locked_at = _clock()

    @staticmethod
    def lock() -> None:
        lib.bridge_vmlock()

    @staticmethod
    def unlock() -> None:
        lib.bridge_vmunlock()

