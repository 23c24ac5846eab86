"""The floating point unit as a Dis program sees it under emu.

Inferno's default control (math-fp(2)) traps on invalid operation, zero
divide, overflow and underflow; a trapped operation raises the Dis
exception `sys: fp: exception status=... pc=...`. Masked exceptions set
sticky status bits instead, which `Math->FPstatus` reads and clears.
The words are per VM run; `reset` restores Inferno's default.

emu/Linux/386 prints the status it saw (0000 by then) and the host pc of
the faulting instruction. disbridge has no host pc: it prints 0, and the
golden comparisons treat any pc as a wildcard (docs/deviations.md).
"""

from __future__ import annotations

import math

INVAL, ZDIV, OVFL, UNFL, INEX = 1, 2, 4, 8, 16
TRAPS = INVAL | ZDIV | OVFL | UNFL
TRAP = "sys: fp: exception status=0000 pc=0x0"
TINY = 2.2250738585072014e-308      # the least normal double: below it a result underflows


class FPU:
    control = TRAPS
    status = 0

    @classmethod
    def reset(cls) -> None:
        cls.control, cls.status = TRAPS, 0

    @classmethod
    def swap(cls, which: str, r: int, mask: int) -> int:
        """FPcontrol/FPstatus: set the bits under mask; the old ones under mask come back."""
        old = getattr(cls, which)
        setattr(cls, which, (old & ~mask) | (r & mask))
        return old & mask


def raised(bits: int) -> str | None:
    """The exception text if one of bits traps; otherwise the bits become status."""
    if bits & FPU.control:
        return TRAP
    FPU.status |= bits
    return None


def arith(op: str, a: float, b: float, r: float) -> int:
    """The IEEE exceptions of a op b = r (a quiet NaN operand raises none)."""
    if a != a or b != b:
        return 0
    if r != r:
        return INVAL
    if math.isinf(r):
        if math.isinf(a) or math.isinf(b):
            return 0
        return ZDIV if op == "/" and b == 0 else OVFL
    if r != 0 and abs(r) < TINY:
        return UNFL
    if r == 0 and op in ("*", "/") and a != 0 and b != 0 and math.isfinite(b):
        return UNFL
    return 0


def result(args: tuple, r) -> int:
    """The IEEE exceptions of a library function that gave r for args."""
    if not isinstance(r, float) or any(isinstance(a, float) and a != a for a in args):
        return 0
    if r != r:
        return INVAL
    if math.isinf(r):
        return 0 if any(isinstance(a, float) and math.isinf(a) for a in args) else ZDIV
    if r != 0 and abs(r) < TINY:
        return UNFL
    return 0
