"""native/fmt.c prints what Inferno's lib9 prints, as a module on emu meets it.

The golden cases (tests/vectors/fmt.tsv, made by tools/fmtgolden from the
reference's own lib9) run everywhere.  With INFERNO_ROOT set, Hypothesis
also draws formats and arguments and compares both drivers directly.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fmtcases import Driver, build, golden

HAVE_REF = bool(os.environ.get("INFERNO_ROOT")) and (Path(os.environ.get("INFERNO_ROOT", "/")) / "Linux/386/lib/lib9.a").exists()


@pytest.fixture(scope="module")
def ours(tmp_path_factory):
    d = Driver(build(tmp_path_factory.mktemp("fmt"), reference=False))
    yield d
    d.close()


@pytest.fixture(scope="module")
def ref(tmp_path_factory):
    if not HAVE_REF:
        pytest.skip("INFERNO_ROOT is not set to the reference Inferno tree (with Linux/386/lib/lib9.a)")
    d = Driver(build(tmp_path_factory.mktemp("fmtref"), reference=True))
    yield d
    d.close()


def test_golden_cases(ours):
    rows = golden()
    assert len(rows) > 1500
    wrong = [(case, (n, out), ours.run(case)) for case, n, out in rows if ours.run(case) != (n, out)]
    assert wrong == [], f"{len(wrong)} of {len(rows)} differ; first: {wrong[:5]}"


def test_golden_file_is_current(ref):
    stale = [case for case, n, out in golden() if ref.run(case) != (n, out)]
    assert stale == [], "tests/vectors/fmt.tsv is stale: rerun tools/fmtgolden"


@pytest.mark.parametrize(("fmt", "value", "text"), [
    (b"%llu", 5, b""),              # u is a flag: the format ends inside the conversion
    (b"%llud", 5, b"5"),
    (b"%ud", 4294967295, b"4294967295"),
    (b"%,d", 1234567, b"1,234,567"),
    (b"%lld", -(2**63), b"-9223372036854775808"),
])
def test_plan9_verbs(ours, fmt, value, text):
    kind = "v" if b"ll" in fmt else "u" if value > 2**31 else "i"
    assert ours.run((64, kind, fmt, value))[1] == text


def test_unknown_verb_prints_itself(ours):
    assert ours.run((64, "n", b"%k and %y", "")) == (11, b"%k% and %y%")


def test_reals_as_the_math_module_prints_them(ours):
    assert ours.run((64, "d", b"%g", 0.25))[1] == b".25"
    assert ours.run((64, "d", b"%g", 1e6))[1] == b"1e+06"
    assert ours.run((64, "d", b"%g", math.inf))[1] == b"Infinity"
    assert ours.run((64, "d", b"%08.2f", -1.5))[1] == b"   -1.50"       # never zero-padded


def test_full_buffer_cuts_at_a_character(ours):
    # snprint into 4 bytes leaves room for 3: the 2-byte é does not fit after "h"+"é"
    assert ours.run((4, "s", b"%s", "h\u00e9\u00e9".encode())) == (3, "h\u00e9".encode())


# Hypothesis against the reference: a conversion (flags, width, precision, verb) with an argument that fits it
INT_VERBS = "doxXb"
FLAGS = st.lists(st.sampled_from(" #+,-0"), max_size=3).map("".join)


@st.composite
def conversion(draw):
    verb = draw(st.sampled_from(list(INT_VERBS) + ["ud", "hd", "hhd", "hud", "lld", "llud", "llx", "c", "C", "s", "q",
                                                   "S", "Q", "e", "f", "g", "G", "\u00c9", "%", "k", "V", "E", "I", "M"]))
    flags = draw(FLAGS)
    width = draw(st.one_of(st.just(""), st.integers(0, 30).map(str)))
    prec = draw(st.one_of(st.just(""), st.integers(0, 25).map(lambda p: f".{p}")))
    fmt = (draw(st.text("ab \u00e9", max_size=3)) + "%" + flags + width + prec + verb + draw(st.text("|z", max_size=2))).encode()
    if verb in INT_VERBS or verb in ("ud", "hd", "hhd", "hud"):
        return "i", fmt, draw(st.integers(-(2**31), 2**31 - 1))
    if verb.startswith("ll"):
        return "v", fmt, draw(st.integers(-(2**63), 2**63 - 1))
    if verb in ("c", "C"):
        return "i", fmt, draw(st.integers(0, 0x110010))
    if verb in ("s", "q"):
        return "s", fmt, draw(st.one_of(st.none(), st.binary(max_size=12), st.text(max_size=8).map(lambda s: s.encode("utf-8", "surrogatepass"))))
    if verb in ("S", "Q"):
        return "S", fmt, draw(st.lists(st.integers(1, 0x10FFFF), max_size=8))
    if verb in ("e", "f", "g", "G", "\u00c9"):
        x = draw(st.floats(allow_nan=True, allow_infinity=True))
        if verb == "f" and math.isfinite(x) and abs(x) >= 1e40:
            x = x / 1e300 if abs(x) > 1e300 else 1.0     # gfltconv's %f buffer overflows there (test below)
        return "d", fmt, x
    if verb in ("V", "E", "I", "M"):
        return "b", fmt, draw(st.binary(min_size=16, max_size=16))
    return "n", fmt, ""


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=conversion(), size=st.integers(1, 80))
def test_matches_reference_lib9(ours, ref, case, size):
    kind, fmt, arg = case
    c = (size, kind, fmt, arg)
    assert ours.run(c) == ref.run(c)
