"""The Python view of a declaration: modules, functions, signatures and frames.

This is the API the rest of the bridge uses: every table, frame and
signature is computed here from the `.m` file, never written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .parse import Source, parse_file
from .resolve import Resolver
from .sign import md5sig, sigstring
from .types import IBY2WD, MAXALIGN, MAXTEMP, POINTER_KINDS, STORESPACE, Decl, K, Store, Type, align, mkmap, ptrmap

HOST_PTR = 8        # a pointer on the host (64-bit)
NREG = 5


@dataclass(frozen=True)
class Layout:
    """A C struct on the host: member offsets, size and alignment."""

    offsets: dict[str, int]
    size: int
    align: int


def c_layout(members: list[tuple[str, int, int]]) -> Layout:
    """Lay out (name, size, align) members by the C rules."""
    off, al, offs = 0, 1, {}
    for name, size, a in members:
        off = align(off, a)
        offs[name] = off
        off += size
        al = max(al, a)
    return Layout(offs, align(off, al), al)


def _pads(members: list[tuple[str, Type]], start: int) -> list[tuple[str, Type | None, int]]:
    """Members with the Dis padding made explicit, as the -a stubs spell them."""
    out: list[tuple[str, Type | None, int]] = []
    off = start
    for name, t in members:
        x = off & (t.align - 1)
        if x:
            out.append((f"_pad{off}", None, t.align - x))
            off += t.align - x
        out.append((name, t, 0))
        off += t.size
    return out


def host_type(t: Type) -> tuple[int, int]:
    """(size, alignment) of a Limbo type's C spelling on the host."""
    k = t.kind
    if k in POINTER_KINDS:
        return HOST_PTR, HOST_PTR
    if k in (K.INT, K.FIX):
        return 4, 4
    if k in (K.BIG, K.REAL):
        return 8, 8
    if k is K.BYTE:
        return 1, 1
    if k in (K.ADT, K.TUPLE):
        lay = host_struct(t)
        return lay.size, lay.align
    if k is K.NONE:
        return 0, 1
    raise ValueError(f"no host layout for {k.value}")


_host_cache: dict[int, Layout] = {}


def host_struct(t: Type) -> Layout:
    """Host layout of an adt or tuple, including the Dis padding the stubs insert."""
    got = _host_cache.get(id(t))
    if got is not None and got[0] is t:
        return got[1]
    fields = [(d.name, d.ty) for d in t.ids if d.store in STORESPACE]
    start = IBY2WD if t.tags else 0
    members = [("pick", 4, 4)] if t.tags else []
    off = start
    for name, ft, n in _pads(fields, start):
        if ft is None:
            members.append((name, n, 1))
            off += n
        else:
            members.append((name, *host_type(ft)))
            off += ft.size
    if not t.tags:
        tail = align(off, t.align) - off
        if t.kind is K.ADT:
            tail = align(off + tail, IBY2WD) - off
        if not fields and t.kind is K.ADT and not t.ids:
            members.append(("dummy", 1, 1))
            tail = 3
        if tail:
            members.append((f"_pad{off}", tail, 1))
    lay = c_layout(members)
    _host_cache[id(t)] = (t, lay)
    return lay


@dataclass
class Arg:
    name: str          # Limbo name ("nil" for an unnamed argument)
    cname: str         # the member name in F_ (arg%d for unnamed ones)
    type: Type
    implicit: bool
    dis_offset: int
    host_offset: int = 0


@dataclass
class DisFrame:
    size: int
    map: bytes


@dataclass
class DataRow:
    """The `.mp` row of a Runtab: a module's data members as one frame."""

    sig: int
    dis: DisFrame
    members: list[Decl]      # by name, as the row lays them out


@dataclass
class Function:
    """One row of a module's Runtab."""

    decl: Decl
    module: str
    qualname: str        # "fn" or "Adt.fn"
    cname: str           # C entry point: Module_fn or Adt_fn
    type: Type
    args: list[Arg]
    sig: int
    sigtext: str
    dis: DisFrame
    host: Layout

    @property
    def name(self) -> str:
        return self.decl.name

    @property
    def varargs(self) -> bool:
        return self.type.varargs

    @property
    def result(self) -> Type:
        return self.type.tof

    @property
    def frame_struct(self) -> str:
        return f"F_{self.cname}"


@dataclass
class ModuleInfo:
    decl: Decl
    functions: list[Function] = field(default_factory=list)
    data: DataRow | None = None      # the `.mp` row: the module's data members

    @property
    def name(self) -> str:
        return self.decl.name

    @property
    def type(self) -> Type:
        return self.decl.ty

    @cached_property
    def path(self) -> str | None:
        d = self.type.scope.names.get("PATH")
        return d.value if d is not None and d.store is Store.CONST and isinstance(d.value, str) else None

    def function(self, qualname: str) -> Function:
        for f in self.functions:
            if f.qualname == qualname:
                return f
        raise KeyError(f"{self.name} has no function {qualname}")

    def adt(self, name: str) -> Type:
        d = self.type.scope.names.get(name)
        if d is None or d.store is not Store.TYPE or d.ty.kind not in (K.ADT, K.TUPLE):
            raise KeyError(f"{self.name} has no adt {name}")
        return d.ty

    @property
    def adts(self) -> list[Decl]:
        return [d for d in self.type.ids if d.store is Store.TYPE and d.ty.kind is K.ADT]

    @property
    def constants(self) -> dict[str, object]:
        return {d.name: d.value for d in self.type.ids if d.store is Store.CONST}


def _function(m: Decl, d: Decl, argno: list[int]) -> Function:
    t = d.ty
    qual = d.name if d.dot is m else f"{d.dot.name}.{d.name}"
    cname = f"{d.dot.name}_{d.name}"
    args: list[Arg] = []
    off = MAXTEMP
    for a in t.ids:
        if a.store not in STORESPACE:
            continue
        off = align(off, a.ty.align or 1)
        cn = a.name if a.name != "nil" else f"arg{argno[0]}"
        argno[0] += 1
        args.append(Arg(a.name, cn, a.ty, a.implicit, off))
        off += a.ty.size
    size = align(off, MAXALIGN)
    bits: set[int] = set()
    for a in args:
        ptrmap(a.type, a.dis_offset, bits)
    text = sigstring(t)
    host = host_frame(t, args)
    for a in args:
        a.host_offset = host.offsets[a.cname]
    return Function(d, m.name, qual, cname, t, args, md5sig(text), text, DisFrame(size, mkmap(bits)), host)


def _data_row(d: Decl) -> DataRow:
    """Members laid out from MaxTemp like arguments; signed without the adt's kind letter."""
    off = MAXTEMP
    bits: set[int] = set()
    for a in d.ty.ids:
        off = align(off, a.ty.align or 1)
        ptrmap(a.ty, off, bits)
        off += a.ty.size
    return DataRow(md5sig(sigstring(d.ty)), DisFrame(align(off, MAXALIGN), mkmap(bits)), list(d.ty.ids))


def host_frame(t: Type, args: list[Arg]) -> Layout:
    members: list[tuple[str, int, int]] = [("regs", (NREG - 1) * 4, 4)]
    if t.tof.kind is K.NONE:
        members.append(("noret", 4, 4))
    else:
        members.append(("ret", HOST_PTR, HOST_PTR))
    members.append(("temps", 12, 1))
    for name, at, n in _pads([(a.cname, a.type) for a in args], MAXTEMP):
        members.append((name, n, 1) if at is None else (name, *host_type(at)))
    if t.varargs:
        members.append(("vargs", 4, 4))
    return c_layout(members)


class Program:
    """A parsed, checked declaration file with its includes."""

    def __init__(self, src: Source, resolver: Resolver):
        self.src = src
        self.resolver = resolver
        self.modules: list[ModuleInfo] = []
        for m in resolver.modules():
            info = ModuleInfo(m)
            argno = [0]
            for d in m.ty.iface:
                if d.store is Store.FN:
                    info.functions.append(_function(m, d, argno))
                elif d.name == ".mp":
                    info.data = _data_row(d)
                    argno[0] += len(info.data.members)     # limbo -a counts its members as arguments
            self.modules.append(info)

    def module(self, name: str) -> ModuleInfo:
        for m in self.modules:
            if m.name == name:
                return m
        raise KeyError(f"no module {name} declared")

    def by_path(self, path: str) -> ModuleInfo | None:
        for m in self.modules:
            if m.path == path:
                return m
        return None


def load(path: str, include: list[str] | tuple[str, ...] = (), text: str | None = None) -> Program:
    """Parse and check a declaration file (or `text`, named path); LimboError if bad."""
    src = parse_file(path, list(include), text)
    r = Resolver(src)
    r.run()
    return Program(src, r)


def loads(text: str, name: str = "<string>.m", include: list[str] | tuple[str, ...] = ()) -> Program:
    """Like load, from a string; includes resolve through `include` and the cwd."""
    return load(name, include, text)
