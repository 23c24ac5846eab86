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

NAN = DEFAULT_NAN          # what the C library returns for a domain error on this host
INF = float("inf")


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
        return NAN


def _fmod(x: float, y: float) -> float:
    return NAN if y == 0 or math.isinf(x) else math.fmod(x, y)


def _rint(x: float) -> float:
    """Round to nearest, ties to even (the default rounding mode)."""
    return x if math.isinf(x) or math.isnan(x) else math.copysign(float(round(x)), x)


def _modf(x: float):
    frac, whole = math.modf(x)
    return (int(whole) if not math.isinf(whole) and not math.isnan(whole) else 0, frac)


def _lgamma(x: float):
    try:
        v = math.lgamma(x)
    except (ValueError, OverflowError):
        return (1, INF)
    sign = 1 if x > 0 or math.floor(x) % 2 == 0 or x == math.floor(x) else -1
    return (sign, v)


def _ilogb(x: float) -> int:
    if x == 0:
        return -2147483647          # fdlibm's FP_ILOGB0
    if math.isinf(x) or math.isnan(x):
        return 2147483647
    return math.frexp(x)[1] - 1


def _nextafter(x: float, y: float) -> float:
    return math.nextafter(x, y)


def _libm():
    """The C library's Bessel functions (Python's math has none)."""
    import ctypes
    import ctypes.util
    m = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    for name in ("j0", "j1", "y0", "y1"):
        getattr(m, name).restype = ctypes.c_double
        getattr(m, name).argtypes = [ctypes.c_double]
    for name in ("jn", "yn"):
        getattr(m, name).restype = ctypes.c_double
        getattr(m, name).argtypes = [ctypes.c_int, ctypes.c_double]
    return m


LIBM = _libm()


def _pow10(n: int) -> float:
    """libmath's pow10 is pow(10., n), whose integer path squares and multiplies 1/10 for n < 0:
    pow10(-2) is .010000000000000002, not .01."""
    x, r = (0.1, 1.0) if n < 0 else (10.0, 1.0)
    n = abs(n)
    while n:
        if n & 1:
            r *= x
        n >>= 1
        if n:
            x = x * x if abs(x) < 1e200 else INF
    return r


SCALAR = {
    "acos": math.acos, "acosh": math.acosh, "asin": math.asin, "asinh": math.asinh, "atan": math.atan,
    "atan2": math.atan2, "atanh": math.atanh, "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x) if math.isfinite(x) else x,
    "ceil": lambda x: math.copysign(float(math.ceil(x)), x) if math.isfinite(x) else x, "copysign": math.copysign, "cos": math.cos,
    "cosh": math.cosh, "erf": math.erf, "erfc": math.erfc, "exp": math.exp, "expm1": math.expm1, "fabs": math.fabs,
    "fdim": lambda x, y: x - y if x > y else 0.0 if x == x and y == y else NAN,
    "fmin": lambda x, y: y if x != x else x if y != y else min(x, y),
    "fmax": lambda x, y: y if x != x else x if y != y else max(x, y),
    "finite": lambda x: int(math.isfinite(x)), "floor": lambda x: math.copysign(float(math.floor(x)), x) if math.isfinite(x) else x,
    "fmod": _fmod, "hypot": math.hypot, "ilogb": _ilogb, "isnan": lambda x: int(math.isnan(x)),
    "log": _log, "log10": _log10, "log1p": math.log1p, "modf": _modf, "lgamma": _lgamma, "nextafter": _nextafter,
    "pow": _pow, "pow10": _pow10, "remainder": lambda x, p: NAN if p == 0 else math.remainder(x, p),
    "rint": _rint, "scalbn": lambda x, n: _ieee(math.ldexp)(x, n), "sin": math.sin, "sinh": math.sinh,
    "sqrt": math.sqrt, "tan": math.tan, "tanh": math.tanh,
    "bits32real": lambda b: struct.unpack("<f", struct.pack("<i", b))[0],
    "bits64real": lambda b: struct.unpack("<d", struct.pack("<q", b))[0],
    "realbits32": lambda x: struct.unpack("<i", struct.pack("<f", x))[0] if abs(x) <= 3.4028234663852886e38 or not math.isfinite(x)
    else struct.unpack("<i", struct.pack("<f", math.copysign(INF, x)))[0],
    "realbits64": lambda x: struct.unpack("<q", struct.pack("<d", x))[0],
    "j0": LIBM.j0, "j1": LIBM.j1, "jn": LIBM.jn, "y0": LIBM.y0, "y1": LIBM.y1, "yn": LIBM.yn,
    "getFPcontrol": lambda: FPU.control, "getFPstatus": lambda: FPU.status,
    "FPcontrol": lambda r, mask: FPU.swap("control", r, mask), "FPstatus": lambda r, mask: FPU.swap("status", r, mask),
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


def _scalar(fn):
    call = _ieee(fn)

    def handler(f: Frame, vm) -> None:
        args = tuple(f.arg(i).get() for i in range(len(f.fn.args)))
        r = call(*args)
        trap = fpu.raised(fpu.result(args, r))     # libmath runs under the program's FP control
        if trap:
            raise LimboException(trap)
        f.ret().set(r)
    return handler


HANDLERS = {**{k: _scalar(v) for k, v in SCALAR.items()}, **{k: _vector(v) for k, v in VECTOR.items()}}


def modinit(vm) -> None:
    FPU.reset()
    decl = load(os.path.join(MODULE_DIR, "math.m")).module("Math")
    vm.builtinmod(decl.path, rows_from_decl(decl, HANDLERS), decl)
