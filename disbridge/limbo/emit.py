"""The `limbo -t Module` (Runtab) and `limbo -a` (C structs) emitters."""

from __future__ import annotations

from .gfmt import gfmt
from .lex import LimboError
from .model import ModuleInfo, Program
from .types import IBY2WD, MAXTEMP, NREG, STORESPACE, TBYTE, TINT, TREAL, TSTRING, Decl, K, Store, Type, align, mkmap, ptrmap, typemap

CKIND = {K.ARRAY: "Array*", K.LIST: "List*", K.INT: "WORD", K.BIG: "LONG", K.STRING: "String*",
         K.REAL: "REAL", K.BYTE: "BYTE", K.NONE: "void", K.CHAN: "Channel*", K.MODULE: "Modlink*",
         K.FIX: "WORD", K.POLY: "void*"}


class CError(Exception):
    """A type with no C spelling; printing goes on, as the compiler's does."""


def mapstr(m: bytes) -> str:
    if not m:
        return "{0}"
    return "{" + "".join(f"0x{b:x}," for b in m) + "}"


def dotname(d: Decl) -> str:
    return d.qualname("_")


class Eof:
    """Where the real compiler reports errors found after parsing: the end of the main file, named as given."""

    def __init__(self, prog: Program):
        self.file = prog.src.files[0]
        self.line = prog.src.eof_line


class CWriter:
    """Spells Limbo types in C and collects errors (output continues past them)."""

    def __init__(self, eof: Eof):
        self.errors: list[tuple[Eof, str]] = []
        self.eof = eof

    def pad(self, off: int, a: int, parts: list[str] | None) -> int:
        x = off & (a - 1)
        if x == 0:
            return off
        x = a - x
        if parts is None:
            self.lines.append(f"\tuchar\t_pad{off}[{x}];")
        else:
            parts.append(f"uchar\t_pad{off}[{x}]; ")
        return off + x

    def ct(self, t: Type) -> str:
        k = t.kind
        if k is K.REF:
            return self.ct(t.tof) + "*"
        if k in CKIND:
            return CKIND[k]
        if k is K.PICK:
            return self.ct(t.decl.dot.ty)
        if k in (K.ADT, K.TUPLE):
            if k is K.ADT or not t.anon:
                return dotname(t.decl)
            parts = ["struct{ "]
            off = 0
            for d in t.ids:
                off = self.pad(off, d.ty.align, parts)
                parts.append(f"{self.ct(d.ty)} {d.name}; ")
                off += d.ty.size
            self.pad(off, t.align, parts)
            parts.append("}")
            return "".join(parts)
        self.errors.append((self.eof, f"near ` EOF ` : no C equivalent for type {k.value}"))
        return ""


def emit_table(prog: Program, modname: str) -> str:
    """What `limbo -t modname` prints."""
    out = ["typedef struct{char *name; long sig; void (*fn)(void*); int size; int np; uchar map[16];} Runtab;"]
    for m in prog.modules:
        if m.name != modname:
            continue
        out.append(f"Runtab {m.name}modtab[]={{")
        if m.data is not None:
            d = m.data.dis
            out.append(f'\t".mp",0x{m.data.sig:x},{m.name}_.mp,{d.size},{len(d.map)},{mapstr(d.map)},')
        for f in m.functions:
            row = f'\t"{f.qualname}",0x{f.sig:x},{f.cname},'
            if f.varargs:
                row += "0,0,{0},"
            else:
                row += f"{f.dis.size},{len(f.dis.map)},{mapstr(f.dis.map)},"
            out.append(row)
        out.append("\t0\n};")
        out.append(f"#define {m.name}modlen\t{len(m.functions) + (m.data is not None)}")
    return "\n".join(out) + "\n"


def emit_stubs(prog: Program) -> tuple[str, list[tuple[object, str]]]:
    """What `limbo -a` prints, and the C-spelling errors met on the way."""
    w = CWriter(Eof(prog))
    w.lines = lines = []
    for m in prog.modules:
        for d in m.decl.ty.ids:
            if d.store.value != "type" or d.ty is None:
                continue
            t = d.ty
            name = dotname(t.decl)
            if t.kind is K.ADT:
                lines.append(f"typedef struct {name} {name};")
            elif t.kind in (K.INT, K.BYTE, K.REAL, K.BIG, K.FIX):
                lines.append(f"typedef {t.kind.value if t.kind is not K.FIX else 'fixed'} {name};")
    for m in prog.modules:
        for d in m.decl.ty.ids:
            if d.store.value != "type" or d.ty is None:
                continue
            t = d.ty
            if t.kind is K.ADT or t.kind is K.TUPLE and not t.anon:
                if t.tags:
                    _pickstub(w, t)
                else:
                    _adtstub(w, t)
            elif t.kind is K.CHAN:
                _chanstub(w, m.name, d)
    for m in prog.modules:
        if m.data is not None:
            _datastub(w, m)
        for f in m.functions:
            buf = f.cname
            lines.append(f"void {buf}(void*);\ntypedef struct F_{buf} F_{buf};\nstruct F_{buf}\n{{")
            lines.append("\tWORD\tregs[NREG-1];")
            if f.type.tof.kind is not K.NONE:
                lines.append(f"\t{w.ct(f.type.tof)}*\tret;")
            else:
                lines.append("\tWORD\tnoret;")
            lines.append(f"\tuchar\ttemps[{MAXTEMP - NREG * IBY2WD}];")
            off = MAXTEMP
            for a in f.args:
                off = w.pad(off, a.type.align, None)
                lines.append(f"\t{w.ct(a.type)}\t{a.cname};")
                off += a.type.size
            if f.varargs:
                lines.append("\tWORD\tvargs;")
            lines.append("};")
        for d in m.decl.ty.ids:
            if d.store.value == "con":
                _constub(lines, d)
    text = "\n".join(lines) + "\n" if lines else ""
    return text, w.errors


def _datastub(w: CWriter, m: ModuleInfo) -> None:
    """The frame limbo -a prints for a module's data members, as if `.mp` were a
    function, and its refusal: one error per member whose offset there differs
    from its place in the module data (laid out from 0 in declaration order)."""
    lines = w.lines
    placed: dict[str, int] = {}
    off = 0
    for d in m.type.ids:
        if d.store is Store.GLOBAL:
            off = align(off, d.ty.align or 1)
            placed[d.name] = off
            off += d.ty.size
    buf = f"{m.name}_.mp"
    lines.append(f"void {buf}(void*);\ntypedef struct F_{buf} F_{buf};\nstruct F_{buf}\n{{")
    lines.append("\tWORD\tregs[NREG-1];")
    lines.append("\tvoid*\tret;")
    lines.append(f"\tuchar\ttemps[{MAXTEMP - NREG * IBY2WD}];")
    off = MAXTEMP
    for d in m.data.members:
        off = w.pad(off, d.ty.align, None)
        if off != placed[d.name]:
            w.errors.append((w.eof, "near ` EOF ` : module stub must not contain data objects"))
        lines.append(f"\t{w.ct(d.ty)}\t{d.name};")
        off += d.ty.size
    lines.append("};")


def _adtstub(w: CWriter, t: Type) -> None:
    lines = w.lines
    name = dotname(t.decl)
    lines.append(f"struct {name}\n{{")
    off = 0
    for d in t.ids:
        if d.store in STORESPACE:
            off = w.pad(off, d.ty.align, None)
            lines.append(f"\t{w.ct(d.ty)}\t{d.name};")
            off += d.ty.size
    if not t.ids:
        lines.append("\tchar\tdummy[1];")
        off = 1
    off = w.pad(off, t.align, None)
    off = w.pad(off, IBY2WD, None)
    if off != t.size and t.ids:
        raise LimboError(t.file, t.line, "fatal limbo error: adtstub: bad size")
    lines.append("};")
    _members(w, t, name)
    lines.append(f"#define {name}_size {off}")
    lines.append(f"#define {name}_map {mapstr(typemap(t))}")


def _pickstub(w: CWriter, t: Type) -> None:
    lines = w.lines
    name = dotname(t.decl)
    for i, tg in enumerate(t.tags):
        lines.append(f"#define {name}_{tg.name} {i}")
    lines.append(f"struct {name}\n{{")
    lines.append("\tint\tpick;")
    off = IBY2WD
    for d in t.ids:
        if d.store in STORESPACE:
            off = w.pad(off, d.ty.align, None)
            lines.append(f"\t{w.ct(d.ty)}\t{d.name};")
            off += d.ty.size
    lines.append("\tunion{")
    for tg in t.tags:
        toff = off
        lines.append("\t\tstruct{")
        for d in tg.ty.ids:
            toff = w.pad(toff, d.ty.align, None)
            lines.append(f"\t\t\t{w.ct(d.ty)}\t{d.name};")
            toff += d.ty.size
        if not tg.ty.ids:
            lines.append("\t\t\tchar\tdummy[1];")
        lines.append(f"\t\t}} {tg.name};")
    lines.append("\t} u;")
    lines.append("};")
    _members(w, t, name)
    for tg in t.tags:
        bits: set[int] = set()
        ptrmap(Type(K.TUPLE, ids=[d for d in t.ids if d.store in STORESPACE] + list(tg.ty.ids)), 0, bits)
        lines.append(f"#define {name}_{tg.name}_size {tg.ty.size}")
        lines.append(f"#define {name}_{tg.name}_map {mapstr(mkmap(bits))}")


def _members(w: CWriter, t: Type, name: str) -> None:
    """An adt's constants, then the element types of its channel fields."""
    for d in t.ids:
        if d.store.value == "con":
            _constub(w.lines, d)
    for d in t.ids:
        if d.ty is not None and d.ty.kind is K.CHAN:
            _chanstub(w, name, d)


def _chanstub(w: CWriter, prefix: str, d: Decl) -> None:
    el = d.ty.tof
    w.lines.append(f"typedef {w.ct(el)} {prefix}_{d.name};")
    w.lines.append(f"#define {prefix}_{d.name}_size {el.size}")
    w.lines.append(f"#define {prefix}_{d.name}_map {mapstr(typemap(el))}")


def _constub(lines: list[str], d: Decl) -> None:
    name = f"{d.dot.name}_{d.name}"
    v, t = d.value, d.ty
    if t is TBYTE:
        lines.append(f"#define {name} {v & 0xff}")
    elif t is TINT:
        lines.append(f"#define {name} {v}")
    elif t is TREAL:
        lines.append(f"#define {name} {gfmt(v)}")
    elif t is TSTRING:
        lines.append(f'#define {name} "{v}"')
    elif t is not None and t.kind is K.BIG:
        lines.append(f"#define {name} {(v + 2**31) % 2**32 - 2**31}")
