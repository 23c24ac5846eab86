"""$Math: Inferno's Math module, the parts disbridge serves from Python.

IEEE results as the C library gives them (a domain error is NaN, a pole
is an infinity), which is what Inferno's libmath returns, checked against
the program's FP control: under Inferno's default a domain error, a pole,
an overflow or an underflow raises `sys: fp: exception ...` (fpu.py).
"""

from __future__ import annotations

import math
import os
import struct

from .. import fpu
from ..fpu import FPU
from ..frames import Frame, LimboException
from ..limbo import load
from ..limbo.gfmt import DEFAULT_NAN
from ..modtab import MODULE_DIR, rows_from_decl
from ..native import ffi, isnil

NAN = DEFAULT_NAN          # what the C library returns for a domain error on this host
INF = float("inf")
FLT_MAX_ROUND = 3.4028235677973366e38      # a double at or above it rounds to a float infinity
FLT_MIN = 1.1754943508222875e-38           # the least normal float


def _ieee(fn):
    """A real function with C's answers where Python's math raises."""
    def call(*a):
        try:
            return fn(*a)
        except ValueError:
            return NAN
        except OverflowError:
            return INF
        except ZeroDivisionError:
            return -INF
    return call


def _log(x: float) -> float:
    return -INF if x == 0 else _ieee(math.log)(x)


def _log10(x: float) -> float:
    return -INF if x == 0 else _ieee(math.log10)(x)


def _pow(x: float, y: float) -> float:
    try:
        return math.pow(x, y)
    except ZeroDivisionError:
        return INF
    except OverflowError:
        return INF if x > 0 or float(y).is_integer() and int(y) % 2 == 0 else -INF
    except ValueError:
        if x == 0:                  # 0 to a negative power: a pole, signed for -0 to an odd integer
            odd = float(y).is_integer() and int(y) % 2 == 1
            return math.copysign(INF, x) if odd else INF
        return NAN


def _fmod(x: float, y: float) -> float:
    return NAN if y == 0 or math.isinf(x) else math.fmod(x, y)


class Trap(Exception):
    """A function's own IEEE exceptions, with the value a masked trap leaves."""

    def __init__(self, bits: int, value):
        super().__init__(bits)
        self.bits, self.value = bits, value


INDEFINITE = -2**31             # the x87's integer indefinite: a masked invalid conversion


def _modf(x: float):
    """modf, its integral part then converted to a Limbo int (the conversion is invalid
    when that part does not fit: the x87 gives the integer indefinite)."""
    if x != x:
        raise Trap(fpu.INVAL, (INDEFINITE, x))
    frac, whole = math.modf(x)
    if math.isinf(x):
        raise Trap(fpu.INVAL, (INDEFINITE, 0.0))
    if not -2**31 <= whole < 2**31:
        raise Trap(fpu.INVAL, (INDEFINITE, frac))
    return (int(whole), frac)


def _lgamma(x: float):
    """lgamma_r: a pole (0, a negative integer) divides by zero; a huge x overflows."""
    if x != x or math.isinf(x):
        return (1, x * x)
    if x <= 0 and x == math.floor(x):
        raise Trap(fpu.ZDIV, (1, INF))
    v = LIBM.lgamma(x)              # glibc's is fdlibm's method, as libmath's; Python's (Lanczos) differs in the last bits
    sign = 1 if x > 0 or math.floor(x) % 2 == 0 else -1
    if math.isinf(v):
        raise Trap(fpu.OVFL | fpu.INEX, (sign, INF))
    return (sign, v)


def _ilogb(x: float) -> int:
    if x == 0:
        return -2147483647          # fdlibm's FP_ILOGB0
    if math.isinf(x) or math.isnan(x):
        return 2147483647
    return math.frexp(x)[1] - 1


def _nextafter(x: float, y: float) -> float:
    r = math.nextafter(x, y)
    if math.isinf(r) and math.isfinite(x):
        raise Trap(fpu.OVFL | fpu.INEX, r)
    return r


def _fminmax(pick):
    """fdim.c's fmin/fmax as emu's build runs them: a NaN on either side gives x."""
    return lambda x, y: x if x != x or y != y else pick(x, y)


def _atanh(x: float) -> float:
    if abs(x) == 1:
        raise Trap(fpu.ZDIV, math.copysign(INF, x))
    return math.atanh(x)


def _log1p(x: float) -> float:
    if x == -1:
        raise Trap(fpu.ZDIV, -INF)
    return math.log1p(x)


def _y0(x: float) -> float:
    if x < 0 or x != x:
        return x if x != x else NAN             # the x87's default NaN
    return LIBM.y0(x)


def _pow_special(x: float, y: float) -> float:
    """fdlibm's pow: (+-1)**+-Inf is invalid (NaN), 1**NaN is NaN."""
    if y != y:
        return x + y if x != x or x != 1 else y
    if abs(x) == 1 and math.isinf(y):
        return NAN
    return _pow(x, y)


def _libm():
    """The C library's Bessel functions (Python's math has none) and lgamma."""
    import ctypes
    import ctypes.util
    m = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    for name in ("j0", "j1", "y0", "y1", "lgamma"):
        getattr(m, name).restype = ctypes.c_double
        getattr(m, name).argtypes = [ctypes.c_double]
    for name in ("jn", "yn"):
        getattr(m, name).restype = ctypes.c_double
        getattr(m, name).argtypes = [ctypes.c_int, ctypes.c_double]
    return m


LIBM = _libm()


def _pow10(n: int) -> float:
    """libmath's pow10 is pow(10., n), here the host's i386 pow: for an integral n it
    squares and multiplies 10, or 1/10 for n < 0, in x87 registers (wide exponent),
    then stores the double: pow10(100) is 1.0000000000000002e+100, pow10(-308), a
    denormal, underflows."""
    r, bits = fpu.ipow(0.1 if n < 0 else 10.0, abs(n))
    if bits & fpu.TRAPS:
        raise Trap(bits, r)
    return r


def _realbits32(x: float) -> int:
    """The double stored as a float: out of float range overflows, below it underflows."""
    if math.isfinite(x) and x != 0:
        if abs(x) >= FLT_MAX_ROUND:
            raise Trap(fpu.OVFL | fpu.INEX, _f32bits(math.copysign(INF, x)))
        b = _f32bits(x)
        if not b & 0x7f800000:
            f = _f32(b)
            raise Trap(fpu.UNFL | (fpu.INEX if f != x else 0), b)
        return b
    return _f32bits(x)


def _f32bits(x: float) -> int:
    return struct.unpack("<i", struct.pack("<f", x))[0]


def _f32(b: int) -> float:
    return struct.unpack("<f", struct.pack("<i", b))[0]


def _bits64real(b: int) -> float:
    """A double loaded from its bits: a denormal is the x87's denormal operand (UNFL),
    a signalling NaN is invalid and comes back quiet."""
    x = struct.unpack("<d", struct.pack("<q", b))[0]
    if x != x and not b & (1 << 51):
        raise Trap(fpu.INVAL, struct.unpack("<d", struct.pack("<q", b | 1 << 51))[0])
    if fpu.denormal(x):
        raise Trap(fpu.UNFL, x)
    return x


def _bits32real(b: int) -> float:
    f = _f32(b)
    if b & 0x7f800000 == 0x7f800000 and b & 0x7fffff and not b & 0x400000:
        raise Trap(fpu.INVAL, _f32(b | 0x400000))
    if f != 0 and not b & 0x7f800000:
        raise Trap(fpu.UNFL, f)
    return f


# --- fdlibm's methods, where its results differ from the host C library's ---------------

LN2_HI, LN2_LO, INV_LN2 = 6.93147180369123816490e-01, 1.90821492927058770002e-10, 1.44269504088896338700e+00
EXP_P = (1.66666666666666019037e-01, -2.77777777770155933842e-03, 6.61375632143793436117e-05,
         -1.65339022054652515390e-06, 4.13813679705723846039e-08)
EXP_OVER, EXP_UNDER = 7.09782712893383973096e+02, -7.45133219101941108420e+02


def _hi(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0] >> 32


def _with_hi(hi: int, lo: int = 0) -> float:
    return struct.unpack("<d", struct.pack("<Q", (hi & 0xFFFFFFFF) << 32 | lo))[0]


def _exp(x: float) -> float:
    """exp by fdlibm's method: x = k*ln2 + r, |r| <= ln2/2 (ln2 in two parts);
    exp(r) from a degree-5 rational-like approximation R(r*r); scaled by 2**k."""
    if x != x or math.isinf(x):
        return x if x != -INF else 0.0
    if x > EXP_OVER:
        raise Trap(fpu.OVFL | fpu.INEX, INF)
    if x < EXP_UNDER:
        return 0.0          # emu's build folds fdlibm's tiny*tiny to a constant 0: no underflow
    ax = abs(x)
    k, hi, lo = 0, x, 0.0
    if ax > 0.5 * 0.6931471805599453:
        if ax < 1.5 * 0.6931471805599453:
            k = 1 if x > 0 else -1
        else:
            k = int(INV_LN2 * x + (0.5 if x > 0 else -0.5))
        hi, lo = x - k * LN2_HI, k * LN2_LO
        r = hi - lo
    elif ax < 2.0 ** -28:
        return 1.0 + x
    else:
        r = x
    t = r * r
    p1, p2, p3, p4, p5 = EXP_P
    c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    if k == 0:
        return 1.0 - ((r * c) / (c - 2.0) - r)
    y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi)
    v = math.ldexp(y, k)
    if v != 0 and abs(v) < fpu.TINY:
        raise Trap(fpu.UNFL | fpu.INEX, v)
    return v


CBRT_B1, CBRT_B2 = 715094163, 696219795     # (682 - .03306235651) * 2**20, (664 - ...) * 2**20
CBRT_C, CBRT_D, CBRT_E, CBRT_F, CBRT_G = 19 / 35, -864 / 1225, 99 / 70, 45 / 28, 5 / 14


def _cbrt(x: float) -> float:
    """cbrt by fdlibm's method: a 5-bit guess from the exponent bits divided by 3, a
    rational step to 23 bits, chopped to 20 bits and rounded up, one Newton step."""
    if x == 0 or not math.isfinite(x):
        return x
    a = abs(x)
    hx = _hi(a)
    if hx < 0x00100000:                # subnormal: scale by 2**54 first
        t = _with_hi(_hi(a * 2.0 ** 54) // 3 + CBRT_B2)
    else:
        t = _with_hi(hx // 3 + CBRT_B1)
    r = t * t / a
    s = CBRT_C + r * t
    t *= CBRT_G + CBRT_F / (s + CBRT_E + CBRT_D / s)
    t = _with_hi(_hi(t) + 1)
    s = t * t
    r = a / s
    w = t + t
    r = (r - t) / (w + r)
    t = t + t * r
    return math.copysign(t, x)


def _cosh(x: float) -> float:
    """cosh by fdlibm's method, on its exp: 1 + expm1(|x|)**2 / (2 exp(|x|)) near 0,
    (e + 1/e) / 2 up to 22, exp(|x|) / 2 beyond, and exp(|x|/2)**2 / 2 near overflow."""
    if x != x:
        return x
    a = abs(x)
    if math.isinf(a):
        return a
    if a < 0.5 * 0.6931471805599453:
        t = math.expm1(a)
        w = 1.0 + t
        return 1.0 if a < 2.0 ** -55 else 1.0 + (t * t) / (w + w)
    if a < 22:
        t = _exp(a)
        return 0.5 * t + 0.5 / t
    if a < EXP_OVER:
        return 0.5 * _exp(a)
    if a <= 7.10475860073943863426e+02:
        w = _exp(0.5 * a)
        return 0.5 * w * w
    raise Trap(fpu.OVFL | fpu.INEX, INF)


ATAN_HI = (4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00)
ATAN_LO = (2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17)
ATAN_T = (3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01, -1.11111104054623557880e-01,
          9.09088713343650656196e-02, -7.69187620504482999495e-02, 6.66107313738753120669e-02, -5.83357013379057348645e-02,
          4.97687799461593236017e-02, -3.65315727442169155270e-02, 1.62858201153657823623e-02)
PI, PI_LO = 3.1415926535897931160E+00, 1.2246467991473531772E-16


def _atan_reduce(a: float, ix: int) -> tuple[int, float]:
    """|x| mapped near one of atan's four anchors (.5, 1, 1.5, inf): (anchor, reduced)."""
    if ix < 0x3ff30000:
        return (0, (2.0 * a - 1.0) / (2.0 + a)) if ix < 0x3fe60000 else (1, (a - 1.0) / (a + 1.0))
    return (2, (a - 1.5) / (1.0 + 1.5 * a)) if ix < 0x40038000 else (3, -1.0 / a)


def _atan(x: float) -> float:
    """atan by fdlibm's method: reduce to a small argument around an anchor whose atan
    is known in two parts, then an odd polynomial of degree 23 split into two halves."""
    ix = _hi(x) & 0x7fffffff
    if ix >= 0x44100000:            # |x| >= 2**66, or NaN
        return x + x if x != x else math.copysign(ATAN_HI[3] + ATAN_LO[3], x)
    if ix < 0x3fdc0000:             # |x| < .4375
        if ix < 0x3e200000:
            return x
        k, r = -1, x
    else:
        k, r = _atan_reduce(abs(x), ix)
    z = r * r
    w = z * z
    t = ATAN_T
    s1 = z * (t[0] + w * (t[2] + w * (t[4] + w * (t[6] + w * (t[8] + w * t[10])))))
    s2 = w * (t[1] + w * (t[3] + w * (t[5] + w * (t[7] + w * t[9]))))
    if k < 0:
        return r - r * (s1 + s2)
    v = ATAN_HI[k] - ((r * (s1 + s2) - ATAN_LO[k]) - r)
    return -v if x < 0 else v


def _atan2(y: float, x: float) -> float:
    """atan2 by fdlibm's method: special cases, then atan(|y/x|) moved to the quadrant
    with pi in two parts (a quotient beyond 2**60 is pi/2 outright)."""
    if x != x or y != y:
        return x + y
    if x == 1.0:
        return _atan(y)
    m = (1 if math.copysign(1, y) < 0 else 0) | (2 if math.copysign(1, x) < 0 else 0)
    if y == 0:
        return (y, y, PI, -PI)[m]
    if x == 0:
        return -PI / 2 if y < 0 else PI / 2
    if math.isinf(x):
        if math.isinf(y):
            return (PI / 4, -PI / 4, 3.0 * (PI / 4), -3.0 * (PI / 4))[m]
        return (0.0, -0.0, PI, -PI)[m]
    if math.isinf(y):
        return -PI / 2 if y < 0 else PI / 2
    k = ((_hi(y) & 0x7fffffff) - (_hi(x) & 0x7fffffff)) >> 20
    if k > 60:
        z = PI / 2 + 0.5 * PI_LO
    elif x < 0 and k < -60:
        z = 0.0
    else:
        z = _atan(abs(y / x))
    return (z, -z, PI - (z - PI_LO), (z - PI_LO) - PI)[m]


SCALAR = {
    "acos": math.acos, "acosh": math.acosh, "asin": math.asin, "asinh": math.asinh, "atan": _atan,
    "atan2": _atan2, "atanh": _atanh, "cbrt": _cbrt,
    "ceil": lambda x: math.copysign(float(math.ceil(x)), x) if math.isfinite(x) else x, "copysign": math.copysign, "cos": math.cos,
    "cosh": _cosh, "erf": math.erf, "erfc": math.erfc, "exp": _exp, "expm1": math.expm1, "fabs": math.fabs,
    "fdim": lambda x, y: x - y if x > y else 0.0,
    "fmin": _fminmax(min), "fmax": _fminmax(max),
    "finite": lambda x: int(math.isfinite(x)), "floor": lambda x: math.copysign(float(math.floor(x)), x) if math.isfinite(x) else x,
    "fmod": _fmod, "hypot": math.hypot, "ilogb": _ilogb, "isnan": lambda x: int(math.isnan(x)),
    "log": _log, "log10": _log10, "log1p": _log1p, "modf": _modf, "lgamma": _lgamma, "nextafter": _nextafter,
    "pow": _pow_special, "pow10": _pow10, "remainder": lambda x, p: NAN if p == 0 else math.remainder(x, p),
    "rint": fpu.rint, "scalbn": lambda x, n: _ieee(math.ldexp)(x, n), "sin": math.sin, "sinh": math.sinh,
    "sqrt": math.sqrt, "tan": math.tan, "tanh": math.tanh,
    "bits32real": _bits32real, "bits64real": _bits64real, "realbits32": _realbits32,
    "realbits64": lambda x: struct.unpack("<q", struct.pack("<d", x))[0],
    "j0": LIBM.j0, "j1": LIBM.j1, "jn": LIBM.jn, "y0": _y0, "y1": LIBM.y1, "yn": LIBM.yn,
    "getFPcontrol": lambda: FPU.control, "getFPstatus": lambda: FPU.status,
    "FPstatus": lambda r, mask: FPU.swap("status", r, mask),
}


def _vector(fn):
    def handler(f: Frame, vm) -> None:
        args = [f.arg(i).get() for i in range(len(f.fn.args))]
        if any(a is None for a in args):
            raise LimboException("dereference of nil")
        f.ret().set(fn(*args))
    return handler


def _sum(xs) -> float:
    """Plain left-to-right addition, as blas.c does it (not fsum's exact sum)."""
    t = 0.0
    for x in xs:
        t += x
    return t


def _dot(x, y) -> float:
    if len(x) != len(y):
        raise LimboException("invalid math argument")
    return _sum(a * b for a, b in zip(x, y))


VECTOR = {
    "dot": _dot,
    "norm1": lambda x: _sum(abs(a) for a in x),
    "norm2": lambda x: math.hypot(*x) if x else 0.0,
    "iamax": lambda x: max(range(len(x)), key=lambda i: abs(x[i])) if x else 0,
}


PURE = {"fabs", "copysign", "finite", "isnan", "ilogb", "realbits64", "realbits32", "bits32real",
        "bits64real", "getFPcontrol", "getFPstatus", "FPstatus"}          # their exceptions are their own
NO_INEX = PURE | {"fmin", "fmax", "nextafter"}
INTEGRAL = {"floor", "ceil", "rint"}


def _inexact(name: str, args: tuple, r) -> int:
    """INEX as libmath leaves it: any rounded result; floor, ceil, rint of a
    non-integral value (fdlibm raises it on purpose); sqrt unless exact."""
    if name in NO_INEX or not isinstance(r, float) or not math.isfinite(r):
        return 0
    if any(isinstance(a, float) and not math.isfinite(a) for a in args):
        return 0
    x = args[0] if args else 0
    if name in INTEGRAL:
        return fpu.INEX if x != math.floor(x) else 0
    if name == "sqrt":
        return 0 if fpu.exact("*", r, r, x) else fpu.INEX
    if name == "fdim":
        return 0 if r == 0 or fpu.exact("-", args[0], args[1], r) else fpu.INEX
    if name in ("pow", "scalbn", "fmod", "remainder") or r in (0.0, 1.0) and all(a in (0, 1) for a in args):
        return 0
    return fpu.INEX


def _outcome(name: str, call, args: tuple):
    """r and the IEEE exceptions of name(*args) under the program's FP control."""
    if any(fpu.denormal(a) for a in args):       # passing it is a denormal operand (fld)
        bits = fpu.UNFL
        if bits & FPU.control:
            return None, bits
    else:
        bits = 0
    try:
        r = call(*args)
    except Trap as t:
        return t.value, bits | t.bits
    if name in PURE:
        return r, bits
    return r, bits | fpu.result(args, r) | _inexact(name, args, r)


def _scalar(name: str, fn):
    call = _ieee(fn)

    def handler(f: Frame, vm) -> None:
        args = tuple(f.arg(i).get() for i in range(len(f.fn.args)))
        r, bits = _outcome(name, call, args)
        trap = fpu.raised(bits)     # libmath runs under the program's FP control
        if trap:
            raise LimboException(trap)
        f.ret().set(r)
    return handler


def _fpcontrol(f: Frame, vm) -> None:
    """FPcontrol: an exception pending in the status word that the new control
    unmasks traps at once (the x87 raises it at the next FP instruction)."""
    f.ret().set(FPU.swap("control", f.arg(0).get(), f.arg(1).get()))
    trap = fpu.pending()
    if trap:
        raise LimboException(trap)


MATHIA = "invalid math argument"
BOUNDS = "array bounds error"


def _array(f: Frame, i: int, ctype: str):
    """Argument i, an array, as its C elements (shared with the caller) and its length."""
    p = ffi.cast("void**", f.arg(i).addr)[0]
    if isnil(p):
        return None, 0
    a = ffi.cast("Array*", p)
    return ffi.cast(ctype + "*", a.data), a.len


def _need(f: Frame, i: int, ctype: str):
    data, n = _array(f, i, ctype)
    if data is None:
        raise LimboException("dereference of nil")
    return data, n


def _trapping(fn, *args):
    """fn's value; a Trap it raises is raised or, masked, becomes status."""
    try:
        return fn(*args)
    except Trap as t:
        trap = fpu.raised(t.bits)
        if trap:
            raise LimboException(trap) from None
        return t.value


def _be(width: int):
    return struct.Struct(">I" if width == 4 else ">Q")


def _io(width: int, to_word, from_word, ctype: str):
    """export_*/import_*: x's elements as big-endian words of width bytes in b;
    b must be exactly width*len x bytes long."""
    word = _be(width)

    def export(f: Frame, vm) -> None:
        b, nb = _need(f, 0, "unsigned char")
        x, n = _need(f, 1, ctype)
        if nb != width * n:
            raise LimboException(MATHIA)
        for i in range(n):
            ffi.memmove(b + width * i, word.pack(to_word(x[i])), width)

    def imp(f: Frame, vm) -> None:
        b, nb = _need(f, 0, "unsigned char")
        x, n = _need(f, 1, ctype)
        if nb != width * n:
            raise LimboException(MATHIA)
        raw = bytes(ffi.buffer(b, nb))
        for i in range(n):
            x[i] = from_word(word.unpack_from(raw, width * i)[0])
    return export, imp


def _s32(u: int) -> int:
    return u - (1 << 32) if u & (1 << 31) else u


def _s64(u: int) -> int:
    return u - (1 << 64) if u & (1 << 63) else u


IO = {
    "int": _io(4, lambda v: v & 0xFFFFFFFF, _s32, "int"),
    "real32": _io(4, lambda v: _trapping(_realbits32, v) & 0xFFFFFFFF, lambda u: _trapping(_bits32real, _s32(u)), "double"),
    "real": _io(8, lambda v: struct.unpack("<Q", struct.pack("<d", v))[0], lambda u: _trapping(_bits64real, _s64(u)), "double"),
}


def _cmp(x, u: int, v: int) -> int:
    return 0 if x[u] == x[v] else -1 if x[u] < x[v] else 1


def _med3(p, x, i: int, j: int, k: int) -> int:
    a, b, c = p[i], p[j], p[k]
    if _cmp(x, a, b) < 0:
        return j if _cmp(x, b, c) < 0 else k if _cmp(x, a, c) < 0 else i
    return j if _cmp(x, b, c) > 0 else i if _cmp(x, a, c) < 0 else k


def _swap(p, i: int, j: int) -> None:
    p[i], p[j] = p[j], p[i]


def _vecswap(p, i: int, j: int, n: int) -> None:
    for t in range(n):
        _swap(p, i + t, j + t)


def _qsort(p, lo: int, n: int, x) -> None:
    """Bentley and McIlroy's quicksort ("Engineering a sort function", 1993) of the
    indices p[lo:lo+n] by x[index], as libinterp sorts them: the order of equal keys
    is the algorithm's."""
    if n < 7:
        for m in range(lo + 1, lo + n):
            k = m
            while k > lo and _cmp(x, p[k - 1], p[k]) > 0:
                _swap(p, k, k - 1)
                k -= 1
        return
    pm = lo + n // 2
    if n > 7:
        pl, pn = lo, lo + n - 1
        if n > 40:
            d = n // 8
            pl = _med3(p, x, pl, pl + d, pl + 2 * d)
            pm = _med3(p, x, pm - d, pm, pm + d)
            pn = _med3(p, x, pn - 2 * d, pn - d, pn)
        pm = _med3(p, x, pl, pm, pn)
    _swap(p, lo, pm)
    pa = pb = lo + 1
    pc = pd = lo + n - 1
    while True:
        while pb <= pc and (r := _cmp(x, p[pb], p[lo])) <= 0:
            if r == 0:
                _swap(p, pa, pb)
                pa += 1
            pb += 1
        while pb <= pc and (r := _cmp(x, p[pc], p[lo])) >= 0:
            if r == 0:
                _swap(p, pc, pd)
                pd -= 1
            pc -= 1
        if pb > pc:
            break
        _swap(p, pb, pc)
        pb += 1
        pc -= 1
    end = lo + n
    r = min(pa - lo, pb - pa)
    _vecswap(p, lo, pb - r, r)
    r = min(pd - pc, end - pd - 1)
    _vecswap(p, pb, end - r, r)
    if pb - pa > 1:
        _qsort(p, lo, pb - pa, x)
    if pd - pc > 1:
        _qsort(p, end - (pd - pc), pd - pc, x)


def _sort(f: Frame, vm) -> None:
    """sort(x, pi): pi permuted so that x[pi[i]] ascends; every pi[i] must index x."""
    x = f.arg(0).get()
    pi, n = _need(f, 1, "int")
    if x is None:
        raise LimboException("dereference of nil")
    p = [pi[i] for i in range(n)]
    if any(not 0 <= v < len(x) for v in p):
        raise LimboException(MATHIA)
    _qsort(p, 0, n, x)
    for i, v in enumerate(p):
        pi[i] = v


def _gemm_args(f: Frame):
    """gemm's arguments, checked as libinterp checks them."""
    ta, tb, m, n, k = (f.arg(i).get() for i in range(5))
    nota, notb = ta == ord("N"), tb == ord("N")
    if (not nota and ta not in (ord("C"), ord("T")) or not notb and tb not in (ord("C"), ord("T"))
            or m < 0 or n < 0 or k < 0):
        raise LimboException(MATHIA)
    a, na = _array(f, 6, "double")
    b, nb = _array(f, 8, "double")
    c, nc = _need(f, 11, "double")
    lda, ldb, ldc = f.arg(7).get(), f.arg(9).get(), f.arg(12).get()
    for data, size, ld, rows, cols in ((a, na, lda, m if nota else k, k if nota else m),
                                       (b, nb, ldb, k if notb else n, n if notb else k), (c, nc, ldc, m, n)):
        if data is not None and (ld < rows or ld * (cols - 1) > size):
            raise LimboException(BOUNDS)
    return nota, notb, m, n, k, f.arg(5).get(), a, lda, b, ldb, f.arg(10).get(), c, ldc


def _scale_c(c, ldc: int, m: int, j: int, beta: float) -> None:
    for i in range(m):
        c[i + j * ldc] = 0.0 if beta == 0 else beta * c[i + j * ldc]


def _gemm(f: Frame, vm) -> None:
    """C := alpha*op(A)*op(B) + beta*C, column major, in the reference BLAS's loop
    order (which fixes the rounding): for op(A) = A an axpy per column of B, for
    op(A) = A' a dot product per element of C; a nil A means the identity."""
    nota, notb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc = _gemm_args(f)
    if m == 0 or n == 0 or (alpha == 0 or k == 0) and beta == 1:
        return
    if alpha == 0:
        for j in range(n):
            _scale_c(c, ldc, m, j, beta)
        return
    bat = (lambda l, j: b[l + j * ldb]) if notb else (lambda l, j: b[j + l * ldb])
    if a is None:
        for j in range(n):
            for i in range(m):
                c[i + j * ldc] = alpha * bat(i, j) + beta * c[i + j * ldc]
        return
    for j in range(n):
        if nota:
            if beta != 1:
                _scale_c(c, ldc, m, j, beta)
            for l in range(k):
                if bat(l, j) != 0:
                    t = alpha * bat(l, j)
                    for i in range(m):
                        c[i + j * ldc] += t * a[i + l * lda]
            continue
        for i in range(m):
            t = 0.0
            for l in range(k):
                t += a[l + i * lda] * bat(l, j)
            c[i + j * ldc] = alpha * t if beta == 0 else alpha * t + beta * c[i + j * ldc]


HANDLERS = {**{k: _scalar(k, v) for k, v in SCALAR.items()}, **{k: _vector(v) for k, v in VECTOR.items()},
            "FPcontrol": _fpcontrol, "sort": _sort, "gemm": _gemm,
            **{f"export_{k}": v[0] for k, v in IO.items()}, **{f"import_{k}": v[1] for k, v in IO.items()}}


def modinit(vm) -> None:
    FPU.reset()
    decl = load(os.path.join(MODULE_DIR, "math.m")).module("Math")
    vm.builtinmod(decl.path, rows_from_decl(decl, HANDLERS), decl)
