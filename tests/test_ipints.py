"""$IPints and $Keyring from Python: libmp's answers on drawn integers, Keyring's unserved rest.

emu's own answers on chosen cases are golden files (tests/harness/sysmath/ipints.b,
keyring_digest.b); here Hypothesis checks the same rules over many values.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disbridge.frames import LimboException
from disbridge.limbo import loads
from disbridge.modtab import MODULE_DIR, LoadError

big = st.integers(min_value=-(2**300), max_value=2**300)


@pytest.fixture
def ip(vm):
    return vm.load("$IPints", os.path.join(MODULE_DIR, "ipints.m"))


def fn(m, name):
    return getattr(m, name)


def mk(m, v: int):
    return fn(m, "IPint.strtoip")(str(v), 10)


def val(m, i) -> int:
    return int(fn(m, "IPint.iptostr")(i, 10))


SHARED = [HealthCheck.function_scoped_fixture]      # one VM for all examples: the values are independent


@settings(max_examples=150, deadline=None, suppress_health_check=SHARED)
@given(a=big, b=big)
def test_arithmetic_is_libmps(ip, a, b):
    x, y = mk(ip, a), mk(ip, b)
    assert val(ip, fn(ip, "IPint.add")(x, y)) == a + b
    assert val(ip, fn(ip, "IPint.mul")(x, y)) == a * b
    assert fn(ip, "IPint.iptostr")(x, 16) == ("-" if a < 0 else "") + format(abs(a), "X")
    if b != 0:
        q, r = fn(ip, "IPint.div")(x, y)
        assert val(ip, r) == a - val(ip, q) * b                     # truncated toward zero
        assert abs(val(ip, r)) < abs(b) and (val(ip, r) == 0 or (val(ip, r) < 0) == (a < 0))
    if b > 0:
        assert val(ip, fn(ip, "IPint.mod")(x, y)) == a % b          # never negative
    c = fn(ip, "IPint.cmp")(x, y)
    assert c == ((2 if a >= 0 else -2) if (a < 0) != (b < 0) else (a > b) - (a < b))


@settings(deadline=None, suppress_health_check=SHARED)
@given(a=big)
def test_iptoint_saturates_and_bits_counts_the_magnitude(ip, a):
    x = mk(ip, a)
    assert fn(ip, "IPint.iptoint")(x) == max(-(2**31), min(2**31 - 1, a))
    assert fn(ip, "IPint.bits")(x) == max(1, abs(a).bit_length())


def test_strtoip_takes_the_whole_string_or_gives_nil(ip):
    assert fn(ip, "IPint.strtoip")("12x", 10) is None
    assert fn(ip, "IPint.strtoip")("", 10) is None
    assert val(ip, fn(ip, "IPint.strtoip")("  -ff", 16)) == -255


def test_keyring_links_its_unserved_functions_and_refuses_unknown_ones(vm):
    decl = loads('Keyring: module { PATH: con "$Keyring"; '
                 'aessetup: fn(key: array of byte, ivec: array of byte): ref AESstate; '
                 'AESstate: adt { x: int; }; };')
    kr = vm.load("$Keyring", decl)
    with pytest.raises(LimboException, match=r"^\$Keyring->aessetup: not served by disbridge$"):
        kr.aessetup(b"k" * 16, b"i" * 16)
    with pytest.raises(LoadError, match=r"^link typecheck \$Keyring->frob\(\) 0/"):
        vm.load("$Keyring", loads('Keyring: module { PATH: con "$Keyring"; frob: fn(): int; };'))
