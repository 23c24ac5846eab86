"""Hypothesis properties of layouts, pointer maps and signatures over generated declarations."""

import re

import cffi
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from disbridge.limbo import loads
from disbridge.limbo.emit import emit_stubs
from disbridge.limbo.types import POINTER_KINDS, STORESPACE, K

from .limbogen import SCALARS, declarations, function_source, types

PRELUDE = """
typedef int WORD; typedef long long LONG; typedef double REAL; typedef unsigned char BYTE;
typedef unsigned char uchar;
typedef struct String String; typedef struct Array Array; typedef struct List List;
typedef struct Channel Channel; typedef struct Modlink Modlink;
"""


def leaves(t, off):
    """(offset, is_pointer) for every scalar slot of a value of type t."""
    if t.kind in POINTER_KINDS:
        yield off, True
    elif t.kind in (K.ADT, K.TUPLE):
        for d in t.ids:
            if d.store in STORESPACE:
                yield from leaves(d.ty, off + d.offset)
    else:
        yield off, False


@settings(max_examples=60, deadline=None)
@given(declarations())
def test_offsets_aligned_disjoint_and_map_exact(src):
    prog = loads(src)
    for f in prog.module("G").functions:
        end = 32
        ptrs = set()
        for a in f.args:
            assert a.dis_offset % a.type.align == 0
            assert a.dis_offset >= end            # never overlaps the previous argument
            end = a.dis_offset + a.type.size
            ptrs |= {o for o, p in leaves(a.type, a.dis_offset) if p}
        assert f.dis.size % 8 == 0 and f.dis.size >= end and f.dis.size - end < 8
        marked = {i * 4 for i in range(len(f.dis.map) * 8) if f.dis.map[i // 8] & (0x80 >> (i % 8))}
        assert marked == ptrs
        assert not f.dis.map or f.dis.map[-1] != 0


@settings(max_examples=40, deadline=None)
@given(declarations())
def test_host_layout_equals_c_compiler(src):
    prog = loads(src)
    text, errors = emit_stubs(prog)
    assert errors == []
    ffi = cffi.FFI()
    ffi.cdef(PRELUDE + re.sub(r"void \w+\(void\*\);", "", text.replace("NREG-1", "4")).replace("#define", "//"),
             packed=False)
    for f in prog.module("G").functions:
        st_ = f"struct {f.frame_struct}"
        assert ffi.sizeof(st_) == f.host.size
        for a in f.args:
            assert ffi.offsetof(st_, a.cname) == a.host_offset


SIMPLE = st.sampled_from(SCALARS + ["P", "ref P", "array of int", "list of string", "(int, real)"])


@settings(max_examples=80, deadline=None)
@given(st.lists(SIMPLE, max_size=5), st.one_of(st.none(), SIMPLE), st.booleans())
def test_signature_deterministic_and_name_blind(args, res, va):
    assume(not va or (args and args[-1] == "string"))
    a = loads(function_source(args, res, va)).module("S").function("f")
    b = loads(function_source(args, res, va, names=[f"other{i}" for i in range(len(args))])).module("S").function("f")
    assert a.sig == b.sig and a.sigtext == b.sigtext


@settings(max_examples=80, deadline=None)
@given(st.lists(SIMPLE, min_size=1, max_size=5), st.data())
def test_signature_changes_with_types_order_result_varargs(args, data):
    base = loads(function_source(args, "int")).module("S").function("f").sig
    i = data.draw(st.integers(0, len(args) - 1))
    other = data.draw(SIMPLE.filter(lambda t: t != args[i]))
    changed = args[:i] + [other] + args[i + 1:]
    assert loads(function_source(changed, "int")).module("S").function("f").sig != base
    if len(set(args)) > 1:
        perm = data.draw(st.permutations(args).filter(lambda p: list(p) != args))
        assert loads(function_source(list(perm), "int")).module("S").function("f").sig != base
    assert loads(function_source(args, "string")).module("S").function("f").sig != base
    assert loads(function_source(args, None)).module("S").function("f").sig != base
    if args[-1] == "string":
        assert loads(function_source(args, "int", True)).module("S").function("f").sig != base


@settings(max_examples=30, deadline=None)
@given(types([], 2))
def test_type_spellings_parse_and_size(t):
    f = loads(function_source([t], t)).module("S").function("f")
    assert f.args[0].type.size > 0
