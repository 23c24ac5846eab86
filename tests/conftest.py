"""Shared fixtures: paths of the test declarations."""

import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
VECTORS = os.path.join(HERE, "vectors")
ROOT = os.path.dirname(HERE)
EXPECTED_LEAKS = 0          # heap objects the deliberately faulty functions leave behind


@pytest.fixture
def vectors_dir() -> str:
    return VECTORS


@pytest.fixture
def vm():
    """A booted strict VM; nothing of what the test made may stay on the heap."""
    from disbridge.modtab import VM, heap_live

    before = heap_live()
    v = VM(strict=True).boot()
    yield v
    if v.state == "booted":
        v.shutdown()
    global EXPECTED_LEAKS
    leaks, EXPECTED_LEAKS = EXPECTED_LEAKS, 0
    assert heap_live() == before + leaks, "the test left heap objects alive"


@pytest.fixture
def conf(vm):
    return vm.load("$Conformance", os.path.join(ROOT, "module", "conformance.m"))
