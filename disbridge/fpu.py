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
    saved = (TRAPS, 0)          # the environment at the last slice end (checkpoint)

    @classmethod
    def reset(cls) -> None:
        cls.control, cls.status = TRAPS, 0
        cls.saved = (TRAPS, 0)

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
    """The IEEE exceptions of a op b = r (a quiet NaN operand raises none), as the
    x87 raises them: INEX for a rounded result, UNFL also for a denormal operand."""
    if a != a or b != b:
        return 0
    if r != r:
        return INVAL
    if math.isinf(r):
        if math.isinf(a) or math.isinf(b):
            return 0
        return ZDIV if op == "/" and b == 0 else OVFL | INEX
    if math.isinf(a) or math.isinf(b):
        return 0
    bits = UNFL if denormal(a) or denormal(b) else 0
    if r != 0 and abs(r) < TINY or r == 0 and op in ("*", "/") and a != 0 and b != 0:
        return bits | _tiny(op, a, b, r)
    return bits if exact(op, a, b, r) else bits | INEX


def result(args: tuple, r) -> int:
    """The IEEE exceptions of a library function that gave r for args."""
    if not isinstance(r, float) or any(isinstance(a, float) and a != a for a in args):
        return 0
    if r != r:
        return INVAL
    if math.isinf(r):
        if any(isinstance(a, float) and math.isinf(a) for a in args):
            return 0
        return ZDIV if any(a == 0 or abs(a) == 1 for a in args) else OVFL | INEX     # a pole, or an overflow
    if r != 0 and abs(r) < TINY:
        return UNFL | INEX
    return 0


RND_NR, RND_NINF, RND_PINF, RND_Z, RND_MASK = 0, 0x100, 0x200, 0x300, 0x300


def checkpoint() -> None:
    """The end of a Dis time slice: emu saves the program's FP environment (FPsave).

    emu saves it whenever the program's slice ends: a Sys call that releases
    the VM (print, fprint, read, write, open, sleep, ...: not sprint, not pctl),
    a blocking channel operation, or the end of the instruction quantum."""
    FPU.saved = (FPU.control, FPU.status)


def revert() -> None:
    """An exception reached a handler: emu longjmps back to its scheduler, which
    reloads the environment saved at the last slice end (FPrestore), so control
    and status changes made since then are lost (any exception, not only FP traps)."""
    FPU.control, FPU.status = FPU.saved


def pending() -> str | None:
    """After FPcontrol: an exception that is pending in the status word and now
    unmasked traps at the next FP instruction, as on the x87."""
    return TRAP if FPU.control & FPU.status & (TRAPS | INEX) else None


def denormal(x) -> bool:
    return isinstance(x, float) and x != 0 and abs(x) < TINY


def _ratio(x: float) -> tuple[int, int]:
    return x.as_integer_ratio()


def exact(op: str, a: float, b: float, r: float) -> bool:
    """Whether r is exactly a op b (all finite)."""
    (pa, qa), (pb, qb), (pr, qr) = _ratio(a), _ratio(b), _ratio(r)
    if op in ("+", "-"):
        num = pa * qb + pb * qa if op == "+" else pa * qb - pb * qa
        return num * qr == pr * qa * qb
    if op == "*":
        return pa * pb * qr == pr * qa * qb
    if op == "/":
        return pr * pb * qa == pa * qr * qb      # r*b == a
    return True


def _tiny(op: str, a: float, b: float, r: float) -> int:
    """x87 underflow on the store of a double: unmasked, any tiny result traps;
    masked, the flag rises only with a loss of accuracy."""
    if exact(op, a, b, r):
        return UNFL if FPU.control & UNFL else 0
    return UNFL | INEX


def rounded(op: str, a: float, b: float, r: float) -> float:
    """r = a op b as rounded to nearest, re-rounded to the FP control's rounding mode
    (RND_NINF, RND_PINF, RND_Z act on arithmetic as on the x87)."""
    mode = FPU.control & RND_MASK
    if mode == RND_NR or op not in ("+", "-", "*", "/") or not math.isfinite(r) or exact(op, a, b, r):
        return r
    (pa, qa), (pb, qb), (pr, qr) = _ratio(a), _ratio(b), _ratio(r)
    # sign of (exact - r), as a fraction compared with r
    if op == "+":
        n, d = pa * qb + pb * qa, qa * qb
    elif op == "-":
        n, d = pa * qb - pb * qa, qa * qb
    elif op == "*":
        n, d = pa * pb, qa * qb
    else:
        n, d = pa * qb, qa * pb
        if d < 0:
            n, d = -n, -d
    above = n * qr > pr * d         # the exact value lies above r
    if mode == RND_NINF and not above:
        return math.nextafter(r, -math.inf)
    if mode == RND_PINF and above:
        return math.nextafter(r, math.inf)
    if mode == RND_Z and (above if r < 0 else not above):
        return math.nextafter(r, 0.0)
    return r


def rint(x: float) -> float:
    """Round to an integral value in the FP control's rounding mode."""
    if not math.isfinite(x) or x == math.floor(x):
        return x
    mode = FPU.control & RND_MASK
    if mode == RND_NINF:
        v = math.floor(x)
    elif mode == RND_PINF:
        v = math.ceil(x)
    elif mode == RND_Z:
        v = math.trunc(x)
    else:
        v = round(x)            # ties to even
    return math.copysign(float(v), x)


def compare(a: float, b: float) -> int:
    """The exceptions of an ordered comparison (<, <=, >, >=): a NaN is invalid,
    a denormal operand raises the x87 denormal exception, which Inferno counts as UNFL.
    Under a masked INVAL emu's comparison with a NaN is true (all four operators)."""
    if a != a or b != b:
        return INVAL
    return UNFL if denormal(a) or denormal(b) else 0


def ipow(x: float, n: int) -> tuple[float, int]:
    """x ** n for an int n as emu's iexpf computes it: square and multiply in x87
    registers (53-bit mantissa, wide exponent), then 1/r for n < 0, one store at the end.
    The result and its exceptions."""
    if n == 0:
        return 1.0, 0
    if not math.isfinite(x) or x == 0:
        try:
            r = x ** n
        except ZeroDivisionError:
            return math.copysign(math.inf, x) if n % 2 else math.inf, ZDIV
        return r, 0
    m = abs(n)
    r = (1.0, 0)
    p = math.frexp(x)
    while True:
        if m & 1:
            r = _mul(r, p)
        m >>= 1
        if m == 0:
            break
        p = _mul(p, p)
    if n < 0:
        q, e = math.frexp(1.0 / r[0])
        r = (q, e - r[1])
    return _store(*r)


def _mul(u: tuple[float, int], v: tuple[float, int]) -> tuple[float, int]:
    m, e = math.frexp(u[0] * v[0])         # mantissas in [.5, 1): the product rounds exactly as on the x87
    return m, e + u[1] + v[1]


def _store(m: float, e: int) -> tuple[float, int]:
    """A wide-exponent value m*2**e stored to a double: overflow, underflow, or exact."""
    if e > 1024:
        return math.copysign(math.inf, m), OVFL | INEX
    try:
        r = math.ldexp(m, e)
    except OverflowError:
        return math.copysign(math.inf, m), OVFL | INEX
    if r == 0 or abs(r) < TINY:
        return r, (UNFL | INEX) if math.ldexp(r, -e) != m else (UNFL if FPU.control & UNFL else 0)
    return r, 0
