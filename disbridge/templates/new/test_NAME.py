"""$@Name@ (@name@.m, @name@.c) from Python: every function on any arguments its .m allows,
then the properties each one promises. The disbridge_vm fixture boots the modules that
pyproject.toml's [tool.disbridge] names, on a strict VM (porting checks are failures)."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disbridge import strategies as lst
from disbridge.frames import LimboException
from disbridge.limbo import load

M = os.path.join(os.path.dirname(os.path.abspath(__file__)), "@name@.m")
DECL = load(M).module("@Name@")


@pytest.mark.parametrize("fn", [f.qualname for f in DECL.functions])
def test_every_function_returns_or_raises(disbridge_vm, fn):
    m = disbridge_vm.load(DECL.path, M)

    @settings(max_examples=200, deadline=None)
    @given(lst.arguments(DECL.function(fn)))
    def call(args):
        try:
            m.call(fn, *args)
        except LimboException:
            pass            # a Limbo exception is an answer; a crash or a porting problem is not
    call()


def test_count_is_bytes_count(disbridge_vm):
    m = disbridge_vm.load(DECL.path, M)

    @settings(deadline=None)
    @given(buf=st.binary(max_size=200), c=st.integers(-300, 300), pick=st.integers(0, 400))
    def check(buf, c, pick):
        if buf and pick % 2:
            c = buf[pick % len(buf)]      # half the time a byte buf holds, or a match would be rare
        if 0 <= c <= 255:
            assert m.count(buf, c) == buf.count(bytes([c]))
        else:
            with pytest.raises(LimboException, match="^@name@: count: byte value out of range$"):
                m.count(buf, c)
    check()


def test_upper_changes_only_ascii_letters(disbridge_vm):
    m = disbridge_vm.load(DECL.path, M)

    @settings(deadline=None)
    @given(lst.values(DECL.function("upper").args[0].type))
    def check(s):
        want = "".join(ch.upper() if "a" <= ch <= "z" else ch for ch in s or "")
        assert (m.upper(s) or "") == want     # nil and "" are one string in Limbo
    check()
