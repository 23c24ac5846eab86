"""Porting checks: each fault of the conformance module is caught, by name."""

import threading
import time
import warnings

import pytest

from disbridge.modtab import PortingError, PortingWarning, heap_live


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
