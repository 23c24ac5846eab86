"""A state machine over boot / load / call / shutdown, with registry and heap invariants."""

import os

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from disbridge import strategies as lst
from disbridge.frames import BridgeError
from disbridge.limbo import load, loads
from disbridge.modtab import VM, LoadError, heap_live

from .conftest import ROOT

CONF = load(os.path.join(ROOT, "module", "conformance.m")).module("Conformance")
# what a call may use: not the faulty, sleeping or raising functions
SAFE = ["add", "echo", "pair", "lstrs", "aints", "rec", "nest", "abytes"]
BAD = [
    loads('Conformance: module { PATH: con "$Conformance"; add: fn(a: big, b: int): int; };'),
    loads('Conformance: module { PATH: con "$Conformance"; gone: fn(); };'),
]


class Lifecycle(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.base = heap_live()
        self.vm = VM(strict=True)
        self.mods = []

    @precondition(lambda self: self.vm.state != "booted")
    @rule()
    def boot(self):
        self.vm = VM(strict=True).boot()
        self.mods = []

    @precondition(lambda self: self.vm.state == "booted")
    @rule(names=st.one_of(st.none(), st.lists(st.sampled_from(["add", "echo", "pair", "lstrs"]), min_size=1, unique=True)))
    def load_good(self, names):
        self.mods.append(self.vm.load("$Conformance", CONF, names=names))

    @precondition(lambda self: self.vm.state == "booted")
    @rule(i=st.integers(0, len(BAD) - 1))
    def load_bad(self, i):
        with pytest.raises(LoadError, match=r"^link typecheck \$Conformance->\w+\(\) [0-9a-f]+/[0-9a-f]+$"):
            self.vm.load("$Conformance", BAD[i])

    @precondition(lambda self: self.vm.state == "booted" and any(set(m.functions) & set(SAFE) for m in self.mods))
    @rule(data=st.data())
    def call(self, data):
        m = data.draw(st.sampled_from([m for m in self.mods if set(m.functions) & set(SAFE)]))
        name = data.draw(st.sampled_from([f for f in m.functions if f in SAFE]))
        fn = CONF.function(name)
        args = data.draw(lst.arguments(fn))
        got = m.call(name, *args)
        if name == "echo":
            assert got == (args[0] or "")
        elif name == "add":
            assert got == (args[0] + args[1] + 2**31) % 2**32 - 2**31

    @precondition(lambda self: self.vm.state != "booted")
    @rule()
    def load_when_down(self):
        with pytest.raises(LoadError):
            self.vm.load("$Conformance", CONF)

    @precondition(lambda self: self.vm.state == "booted")
    @rule()
    def shutdown(self):
        self.vm.shutdown()
        for m in self.mods:
            with pytest.raises(BridgeError):
                m.call(m.functions[0], *[None] * 0)
        assert heap_live() == self.base

    @invariant()
    def registry(self):
        if self.vm.state == "booted":
            assert list(self.vm.registry) == ["$Conformance", "$Llambo_c", "$Sys", "$Math", "$IPints", "$Keyring"]
        else:
            assert self.vm.registry == {}

    def teardown(self):
        if self.vm.state == "booted":
            self.vm.shutdown()
        assert heap_live() == self.base


TestLifecycle = Lifecycle.TestCase
TestLifecycle.settings = settings(max_examples=25, stateful_step_count=20, deadline=None)
