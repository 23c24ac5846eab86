"""disbridge.strategies: a user's property test of their own module, in a few lines."""

import pytest
from hypothesis import given, settings

from disbridge import strategies as lst
from disbridge.limbo import loads

P = loads("""
U: module {
	R: adt { a: int; b: string; c: list of byte; };
	f: fn(i: int, g: big, y: byte, r: real, s: string, a: array of int, l: list of string,
		t: (int, array of byte), rr: ref R, v: R): int;
	c: fn(ch: chan of int);
};
""").module("U")


@settings(max_examples=100, deadline=None)
@given(lst.arguments(P.function("f")))
def test_values_respect_limbo_ranges(args):
    i, g, y, r, s, a, li, t, rr, v = args
    assert -(2**31) <= i < 2**31 and -(2**63) <= g < 2**63 and 0 <= y <= 255
    assert r == r                       # no NaN unless asked for
    assert s is None or isinstance(s, str)
    assert a is None or all(-(2**31) <= x < 2**31 for x in a)
    assert isinstance(li, list)
    assert isinstance(t, tuple) and (t[1] is None or isinstance(t[1], bytes))
    assert rr is None or (hasattr(rr, "a") and hasattr(rr, "c"))
    assert v is not None and isinstance(v.c, list)


def test_no_values_for_channels():
    with pytest.raises(TypeError, match="no Python values for a Limbo chan of int"):
        lst.arguments(P.function("c"))
