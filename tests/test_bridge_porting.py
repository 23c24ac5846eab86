"""Porting checks: each fault of the conformance module is caught, by name."""

import os
import re
import threading
import time
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disbridge.frames import LimboException
from disbridge.modtab import PortingError, PortingWarning, heap_live

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_frame_overrun(conf):
    with pytest.raises(PortingError, match=r"\$Conformance->overrun\(\) wrote past the end of its frame"):
        conf.overrun(1)


def test_result_replaced_without_destroy(conf, vm):
    before = heap_live()
    with pytest.raises(PortingError, match=r"clobber\(\) replaced its pointer result without destroying"):
        conf.clobber("x")
    leaked = heap_live() - before
    assert leaked == 1
    _forget(leaked)


def test_leak(conf):
    before = heap_live()
    with pytest.raises(PortingError, match=r"leak\(\) leaked 3 heap objects"):
        conf.leak(3)
    _forget(heap_live() - before)


def test_lock_held_without_release(conf):
    with pytest.raises(PortingError, match=r"busy\(\) held the VM lock for \d+ ms without release"):
        conf.busy(150)
    assert conf.nap(150) == 150          # released: no complaint


def test_a_collection_is_not_a_python_builtins_hold():
    """Python's collector stops every thread, on a big heap for hundreds of ms: the time the
    VM lock is held counts the builtin's own work, not a collection that ran during it."""
    import gc

    from disbridge.frames import Exec

    def slow(phase, info):
        if phase == "start":
            time.sleep(0.2)
    ex = Exec()
    gc.callbacks.append(slow)
    try:
        prev = ex.enter(None, "$Test")
        gc.collect()
        held, _ = ex.leave(prev, None)
    finally:
        gc.callbacks.remove(slow)
    assert held < 0.1
    prev = ex.enter(None, "$Test")
    time.sleep(0.2)                      # its own work still counts
    held, _ = ex.leave(prev, None)
    assert held >= 0.2


def test_warning_outside_strict_mode(vm):
    vm.strict = False
    c = vm.load("$Conformance", "module/conformance.m")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        assert c.overrun(7) == 7
    assert any(issubclass(x.category, PortingWarning) and "overrun" in str(x.message) for x in w)


def test_release_lets_others_run(conf):
    done = {}

    def sleeper():
        done["nap"] = conf.nap(400)

    t = threading.Thread(target=sleeper)
    t0 = time.monotonic()
    t.start()
    time.sleep(0.05)
    assert conf.add(1, 2) == 3
    quick = time.monotonic() - t0
    t.join()
    assert quick < 0.3 and done["nap"] == 400


def test_without_release_others_wait(vm):
    vm.lock_threshold_ms = 10_000        # only the waiting is under test here
    c = vm.load("$Conformance", "module/conformance.m")
    started = threading.Event()

    def busy():
        started.set()
        c.busy(400)

    t = threading.Thread(target=busy)
    t0 = time.monotonic()
    t.start()
    started.wait()
    time.sleep(0.05)
    c.add(1, 2)
    waited = time.monotonic() - t0
    t.join()
    assert waited >= 0.35


def _forget(n):
    """The faulty functions leak on purpose; tell the fixture's audit."""
    import tests.conftest as c
    c.EXPECTED_LEAKS += n


# the error string: on emu only kwerrstr reaches the Dis process (kernel.h); lib9's werrstr does not

def test_kwerrstr_sets_the_callers_error_string(conf, vm):
    vm.errstr.text = "before"
    assert conf.kerr("set by kwerrstr") == -1
    assert vm.errstr.text == "set by kwerrstr"
    assert conf.geterr() == "set by kwerrstr"


def test_werrstr_never_reaches_limbo(conf, vm):
    vm.errstr.text = "before"
    assert conf.lerr("lost") == -1
    assert vm.errstr.text == "before"
    assert conf.geterr() == "before"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=90))
def test_kwerrstr_round_trip_is_cut_as_on_emu(conf, vm, text):
    """kwerrstr formats into ERRMAX bytes (127 and a NUL), whole characters only; kgerrstr reads it back."""
    conf.kerr(text)
    b = text.encode()
    while len(b) > 127:
        b = b[:-1]
        while b and (b[-1] & 0xC0) == 0x80:
            b = b[:-1]
        if b and b[-1] >= 0xC0:
            b = b[:-1]
    expect = b.decode()
    assert vm.errstr.text == expect
    assert conf.geterr() == expect


def test_llambo_errors_reach_limbo_through_kwerrstr():
    """$Llambo_c must set the Dis error string with kwerrstr: a werrstr there is lost on emu."""
    text = open(os.path.join(ROOT, "native", "llambo_c.c")).read()
    calls = re.findall(r"\b(k?werrstr|k?[gr]errstr)\(", text)
    assert "kwerrstr" in calls
    assert not {"werrstr", "rerrstr"} & set(calls)


# what works here but breaks emu

def test_huge_f_conversion_is_reported(conf):
    assert conf.realf(2.5, 2) == "2.50"
    assert len(conf.realf(1e60, 2)) == 63        # and its NUL: emu's 64 bytes, just
    with pytest.raises(PortingError, match=r"realf\(\): %f of a real this large overflows emu's 64-byte buffer"):
        conf.realf(1e62, 2)


# FP traps: builtins run with Inferno's default control (traps on), as on emu

def test_masked_host_work_does_not_trap(conf):
    assert conf.scale(1e-300, 1e-300) == 0.0          # underflows quietly with the traps masked
    assert conf.scale(1e300, 1e300) == float("inf")


def test_trap_holding_a_qlock_is_reported(conf, vm):
    with pytest.raises(PortingError, match=r"lockscale\(\): raised 'sys: fp: exception status=0000 pc=0x[0-9a-f]+' holding 1 QLock"):
        conf.lockscale(1e-300, 1e-300)
    assert conf.lockscale(2.0, 3.0) == 6.0              # the lock was given back here (emu would hang)
    vm.strict = False
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        with pytest.raises(LimboException, match=r"^sys: fp: exception"):
            conf.lockscale(1e300, 1e300)
    assert any("holding 1 QLock" in str(x.message) for x in w)


def test_trap_in_a_thread_outside_any_call_is_reported(conf):
    with pytest.raises(PortingError, match=r"threadscale\(\): an FP trap at pc=0x[0-9a-f]+ in a thread no call runs on"):
        conf.threadscale(1e-300, 1e-300)
    assert conf.threadscale(2.0, 4.0) == 8.0


def test_a_builtin_starts_with_emus_control_word(conf):
    # emu's FPinit: setfcr(FPPDBL|FPRNR|FPINVAL|FPZDIV|FPUNFL|FPOVFL), in lib9.h's 386 bits
    assert conf.fcr() == 0x200 | 0 | 0x1 | 0x4 | 0x12 | 0x8
    conf.scale(1e-300, 1e-300)                          # masks, then gives the word back
    assert conf.fcr() == 0x21F


# emu runs a builtin on a kproc with a 32 KB stack (Linux/386)

def test_stack_use_past_a_kproc_is_reported():
    from disbridge.modtab import VM

    with VM(strict=True, kproc_stack=32 * 1024) as v:
        c = v.load("$Conformance", os.path.join(ROOT, "module", "conformance.m"))
        assert c.deep(8) == 8                            # fits
        with pytest.raises(PortingError, match=r"deep\(\) used (4\d|5\d) KB of stack; emu's kprocs have 32 KB"):
            c.deep(48)
        with pytest.raises(PortingError, match=r"deep\(\) used at least \d+ KB of stack"):
            c.deep(400)                                  # past the painted stretch: a lower bound


# allocators emu's pools do not replace (disbridge/porting.py); llama.cpp's, as the port links it: tests/test_port.py

def test_the_bridge_itself_uses_only_pooled_allocators():
    from disbridge import native
    from disbridge.porting import unpooled_allocations

    assert unpooled_allocations([native.lib_file()]) == []
