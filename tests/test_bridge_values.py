"""Values cross the bridge both ways, through the C conformance module."""

import math
import os

import pytest
from hypothesis import HealthCheck, given, settings

from disbridge import strategies as lst
from disbridge.frames import LimboException
from disbridge.limbo import load

from .conftest import ROOT

DECL = load(os.path.join(ROOT, "module", "conformance.m")).module("Conformance")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def arg(fn, i=0):
    return DECL.function(fn).args[i].type


DBL_MIN = 2.2250738585072014e-308


def traps(x: float, exact: float) -> bool:
    """Whether a result traps under Inferno's default FP control: overflow from a finite
    operand, or a nonzero exact result below the least normal (underflow traps even when exact)."""
    return math.isfinite(x) and (math.isinf(exact) or exact != 0 and abs(exact) < DBL_MIN)


def test_fp_traps_in_a_builtin(conf):
    """A builtin runs with traps on, as under emu: the trap is the Dis exception emu raises."""
    with pytest.raises(LimboException, match=r"^sys: fp: exception status=0000 pc=0x[0-9a-f]+$"):
        conf.half(5e-324)
    with pytest.raises(LimboException, match=r"^sys: fp: exception"):
        conf.nest((1, ("x", 1.5e308)))
    assert conf.half(2 * DBL_MIN) == DBL_MIN          # no trap: the result is normal
    assert conf.half(3.0) == 1.5                       # and the next call is fine


def test_scalars(conf):
    assert conf.add(2, 3) == 5
    assert conf.add(2**31 - 1, 1) == -(2**31)          # wraps like Dis
    assert conf.neg(-(2**31)) == -(2**31)
    assert conf.big2(2**62) == -(2**63)
    assert conf.bytes(0) == 255 and conf.bytes(255) == 0
    assert conf.half(3.0) == 1.5 and math.isnan(conf.half(math.nan)) and conf.half(-math.inf) == -math.inf
    assert conf.none() is None


@SETTINGS
@given(lst.values(arg("echo")))
def test_strings(conf, s):
    assert conf.echo(s) == lst.normalize(arg("echo"), s)
    assert conf.nchars(s) == len(s or "")
    assert conf.isnil(s) == (s is None)


def test_strings_ascii_and_runes(conf):
    assert conf.echo("plain") == "plain"
    assert conf.echo("ünïcødé ☃ 😀") == "ünïcødé ☃ 😀"
    assert conf.nchars("😀x") == 2
    assert conf.echo("") == "" and conf.isnil("") == 0 and conf.isnil(None) == 1
    assert conf.echo("a\x00b") == "a\x00b"


@SETTINGS
@given(lst.values(arg("abytes")), lst.values(arg("aints")), lst.values(arg("abigs")),
       lst.values(arg("areals")), lst.values(arg("astrs")))
def test_arrays(conf, b, i, g, r, s):
    assert conf.abytes(b) == b
    assert conf.aints(i) == (None if i is None else [(x * 2 + 2**31) % 2**32 - 2**31 for x in i])
    assert conf.abigs(g) == g
    assert conf.areals(r) == r
    assert conf.astrs(s) == lst.normalize(arg("astrs"), s)


def test_empty_and_large_arrays(conf):
    assert conf.abytes(b"") == b"" and conf.abytes(None) is None
    big = bytes(range(256)) * 4096
    assert conf.abytes(big) == big
    assert conf.aints(list(range(100000)))[-1] == 199998
    assert conf.astrs([]) == []


@SETTINGS
@given(lst.values(arg("lints")), lst.values(arg("lstrs")))
def test_lists(conf, li, ls):
    assert conf.lints(li) == li
    assert conf.lstrs(ls) == lst.normalize(arg("lstrs"), ls)


@SETTINGS
@given(lst.arguments(DECL.function("pair")), lst.values(arg("nest")))
def test_tuples(conf, pa, ne):
    assert conf.pair(*pa) == (pa[0], pa[1] or "")
    t0, (s, r) = ne
    if traps(r, r * 2 if abs(r) >= DBL_MIN else math.ldexp(r, 1)):
        with pytest.raises(LimboException, match="sys: fp: exception"):
            conf.nest(ne)
        return
    assert conf.nest(ne) == ((t0 + 1 + 2**31) % 2**32 - 2**31, (s or "", r * 2))


@SETTINGS
@given(lst.values(arg("rec")))
def test_ref_adt(conf, r):
    got = conf.rec(r)
    if r is None:
        assert got is None
        return
    want = lst.normalize(arg("rec"), r)
    want.id = (want.id + 1 + 2**31) % 2**32 - 2**31
    assert got == want


def test_adt_from_c_and_dict(conf):
    r = conf.mkrec(7, "bob")
    assert (r.id, r.name, r.score, r.tags, r.data) == (7, "bob", 0.5, [], b"rec")
    back = conf.rec({"id": 1, "name": "x", "score": 2.0, "tags": ["a"], "data": None})
    assert back.id == 2 and back.tags == ["a"]


def test_mixed_frame(conf):
    # the module prints with lib9's %g, which writes .25 (emu's Math module installs it)
    assert conf.sum(-1, -(2**63), 255, 0.25, "é") == "-1 -9223372036854775808 255 .25 é"


@pytest.mark.parametrize("fn,args,exc,words", [
    ("add", ("1", 2), TypeError, ["argument 'a'", "int"]),
    ("add", (2**31, 0), ValueError, ["argument 'a'", "out of range"]),
    ("add", (1,), TypeError, ["takes 2 arguments"]),
    ("big2", (2**63,), ValueError, ["argument 'a'", "big"]),
    ("bytes", (256,), ValueError, ["argument 'b'", "byte"]),
    ("bytes", (-1,), ValueError, ["argument 'b'"]),
    ("half", ("x",), TypeError, ["argument 'x'", "real"]),
    ("echo", (b"x",), TypeError, ["argument 's'", "string"]),
    ("echo", ("\ud800",), ValueError, ["argument 's'", "surrogate"]),
    ("abytes", ("abc",), TypeError, ["argument 'a'", "array of byte"]),
    ("aints", ([1, "2"],), TypeError, ["argument 'a'[1]"]),
    ("lints", (5,), TypeError, ["argument 'l'", "list"]),
    ("pair", ((1, 2), "x"), TypeError, ["argument 'a'"]),
    ("nest", ((1, "x"),), TypeError, ["argument 't'"]),
    ("rec", ({"id": 1},), TypeError, ["argument 'r'", "missing"]),
])
def test_bad_python_values(conf, vm, fn, args, exc, words):
    with pytest.raises(exc) as e:
        conf.call(fn, *args)
    for w in words:
        assert w in str(e.value)


def test_error_raises_inferno_text(conf):
    with pytest.raises(LimboException) as e:
        conf.fail("fail:bad thing")
    assert str(e.value) == "fail:bad thing"
    with pytest.raises(LimboException) as e:
        conf.fail(None)
    assert str(e.value) == "dereference of nil"
    assert conf.add(1, 1) == 2                      # the VM goes on


def test_word_and_frame_views(vm):
    from disbridge.frames import Frame
    f = Frame(DECL.function("pair"))
    f.set_args((5, "five"))
    assert f.arg(0).get() == 5 and f.arg(1).get() == "five"
    f.arg(1).set("cinq")
    assert f.arg(1).get() == "cinq"
    assert f.guard_ok()
    f.release_args()
    assert f.arg(1).get() == ""


def test_unsupported_kinds_are_clear_errors():
    from disbridge.frames import new_heap, put
    from disbridge.limbo import loads
    p = loads("M: module { S: adt { x: int; pick { A => y: int; } }; f: fn(s: ref S); c: fn(x: chan of int); };").module("M")
    with pytest.raises(TypeError, match="pick adts .* cannot cross from Python yet"):
        new_heap(p.function("f").args[0].type, {"x": 1}, "f() argument 's'")
    with pytest.raises(TypeError, match="f\\(\\) argument 'x': cannot pass a Limbo chan of int from Python"):
        put(bytearray(8), p.function("c").args[0].type, object(), "f() argument 'x'")
