"""Inferno's %g for a real with no width or precision (libmath g_fmt).

Both the compiler (constants in `limbo -a`, folded `string r`) and the
runtime (`string r`, `sys->print("%g")`) print reals this way.
"""

from __future__ import annotations

import math
from decimal import Decimal

# 0/0 as the host's floating point makes it (on x86 the sign bit is set: Inferno prints -NaN)
DEFAULT_NAN = math.inf - math.inf


def gfmt(x: float) -> str:
    """%g with no width or precision, and `string r`: the shortest digits that read back
    exactly, no leading zero (.5), exponent form (1e+06, 1e-05) when the point is far away."""
    sign = "-" if math.copysign(1.0, x) < 0 else ""      # g_fmt writes the sign first, NaN's too
    if math.isnan(x):
        return sign + "NaN"
    if math.isinf(x):
        return sign + "Infinity"
    if x == 0:
        return sign + "0"
    t = Decimal(repr(abs(x))).normalize().as_tuple()
    digits = "".join(map(str, t.digits))
    decpt = len(digits) + t.exponent
    if decpt <= -4 or decpt > len(digits) + 5:
        e = decpt - 1
        frac = "." + digits[1:] if len(digits) > 1 else ""
        return f"{sign}{digits[0]}{frac}e{'-' if e < 0 else '+'}{abs(e):02d}"
    if decpt <= 0:
        return sign + "." + "0" * -decpt + digits
    if decpt >= len(digits):
        return sign + digits + "0" * (decpt - len(digits))
    return sign + digits[:decpt] + "." + digits[decpt:]
