"""The unchecked call path (VM(checks=False)): planned frames reused per thread.

Every call must give what the checked path gives, leave nothing on the heap,
and reject bad values with the same errors.
"""

import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disbridge import strategies as lst
from disbridge.frames import LimboException
from disbridge.limbo import load
from disbridge.modtab import VM, heap_live

from .conftest import ROOT

DECL = load(os.path.join(ROOT, "module", "conformance.m")).module("Conformance")
NAMES = ["add", "neg", "big2", "bytes", "half", "echo", "nchars", "isnil", "abytes", "aints", "abigs",
         "areals", "astrs", "lints", "lstrs", "pair", "nest", "rec", "sum", "none"]


@pytest.fixture(scope="module")
def both():
    base = heap_live()
    vm = VM(strict=True).boot()
    m = vm.load("$Conformance", os.path.join(ROOT, "module", "conformance.m"))
    yield vm, m
    vm.shutdown()
    assert heap_live() == base


def call(vm, m, checks, name, args):
    """Through the attribute, as users call: compiled wrapper or planned frame when unchecked."""
    vm.checks = checks
    try:
        return ("ok", getattr(m, name)(*args))
    except (TypeError, ValueError, LimboException) as e:
        return (type(e).__name__, str(e))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fast_equals_checked(both, data):
    vm, m = both
    name = data.draw(st.sampled_from(NAMES))
    args = data.draw(lst.arguments(DECL.function(name)))
    live = heap_live()
    fast = call(vm, m, False, name, args)
    assert heap_live() == live
    slow = call(vm, m, True, name, args)
    if name == "rec" and args[0] is not None:
        # rec increments the id of the record it was given; both calls got their own copy
        assert fast[1].id == slow[1].id
    assert fast == slow


@pytest.mark.parametrize("name,args", [
    ("add", ("1", 2)), ("add", (2**31, 0)), ("add", (1.5, 1)), ("bytes", (256,)), ("half", ("x",)),
    ("echo", (b"x",)), ("aints", ([1, "2"],)), ("pair", ((1, 2), "x")), ("add", (1,)),
])
def test_fast_rejects_like_checked(both, name, args):
    vm, m = both
    live = heap_live()
    fast = call(vm, m, False, name, args)
    slow = call(vm, m, True, name, args)
    assert fast[0] in ("TypeError", "ValueError") and fast == slow
    assert heap_live() == live


def test_long_string_results_come_back_whole(both):
    vm, m = both
    vm.checks = False
    for n in (0, 4095, 4096, 4097, 100_000):
        s = "é" * n
        assert m.echo(s) == s
    assert m.echo("x" * 5000) == "x" * 5000


def test_wrappers_exist_for_scalar_and_string_functions():
    from disbridge import wrappers
    from disbridge.native import lib
    for name in ("add", "echo", "sum", "none", "fail"):
        assert hasattr(lib, wrappers.name(DECL.function(name)))
    assert not wrappers.wrappable(DECL.function("aints"))


def test_fast_raise_and_threads(both):
    vm, m = both
    vm.checks = False
    with pytest.raises(LimboException, match="^boom$"):
        m.fail("boom")
    out = []

    def worker(k):
        for i in range(200):
            out.append(m.echo(f"{k}-{i}") == f"{k}-{i}" and m.add(k, i) == k + i)

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert len(out) == 800 and all(out)
