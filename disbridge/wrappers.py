"""Compiled call wrappers for C builtin functions whose values are scalars and strings.

build_ffi.py generates one C function per such Limbo function: it takes the
arguments as C values (a string as bytes + length), locks the VM, makes the
frame and the String arguments, calls through the trampoline, copies a
string result out, destroys what it made and unlocks: one C call from
Python instead of several. modtab.py uses them when porting checks are off.
"""

from __future__ import annotations

from .limbo.model import Function
from .limbo.types import K

CTYPE = {K.INT: "WORD", K.BIG: "LONG", K.BYTE: "BYTE", K.REAL: "REAL"}
PYCTYPE = {K.INT: "int", K.BIG: "long long", K.BYTE: "unsigned char", K.REAL: "double"}
RBUF = 4096          # a string result longer than this comes back through keep


def wrappable(fn: Function) -> bool:
    kinds = [a.type.kind for a in fn.args]
    return (not fn.varargs and all(k in CTYPE or k is K.STRING for k in kinds)
            and (fn.result.kind in CTYPE or fn.result.kind in (K.STRING, K.NONE)))


def name(fn: Function) -> str:
    return f"bridge_f_{fn.cname}"


def params(fn: Function) -> list[str]:
    ps = []
    for a in fn.args:
        if a.type.kind is K.STRING:
            ps += [f"char *{a.cname}_p", f"int {a.cname}_n"]
        else:
            ps.append(f"{CTYPE[a.type.kind]} {a.cname}")
    k = fn.result.kind
    if k is K.STRING:
        ps += ["char *rbuf", "int rmax", "int *rlen", "String **keep"]
    elif k in CTYPE:
        ps.append(f"{CTYPE[k]} *ret")
    ps.append("char *err")
    return ps


def cdecl(fn: Function) -> str:
    """The declaration cffi sees (its own type names)."""
    ps = []
    for a in fn.args:
        if a.type.kind is K.STRING:
            ps += ["char *", "int"]
        else:
            ps.append(PYCTYPE[a.type.kind])
    k = fn.result.kind
    if k is K.STRING:
        ps += ["char *", "int", "int *", "String **"]
    elif k in CTYPE:
        ps.append(PYCTYPE[k] + " *")
    ps.append("char *")
    return f"int {name(fn)}({', '.join(ps)});"


def csource(fn: Function) -> str:
    """The wrapper's C text."""
    # the frame has room after it: a module writing past its frame must not hit the stack
    lines = ["int", f"{name(fn)}({', '.join(params(fn))})", "{",
             f"\tstruct {{ F_{fn.cname} f; uchar guard[16]; }} fr;", f"\tF_{fn.cname} *fp = &fr.f;"]
    k = fn.result.kind
    if k is K.STRING:
        lines.append("\tString *r;")
    lines += ["\tvlong held;", "\tint rel, rc;", "", "\tmemset(&fr, 0, sizeof fr);"]
    if k is K.STRING:
        lines += ["\tr = H;", "\tfp->ret = &r;"]
    elif k in CTYPE:
        lines.append("\tfp->ret = ret;")
    for a in fn.args:
        if a.type.kind is not K.STRING:
            lines.append(f"\tfp->{a.cname} = {a.cname};")
    lines.append("\tbridge_vmlock();")
    for a in fn.args:
        if a.type.kind is K.STRING:
            lines.append(f"\tfp->{a.cname} = {a.cname}_n < 0 ? H : c2string({a.cname}_p, {a.cname}_n);")
    lines.append(f"\trc = bridge_call({fn.cname}, fp, err, ERRTEXT, &held, &rel);")
    for a in fn.args:
        if a.type.kind is K.STRING:
            lines.append(f"\tdestroy(fp->{a.cname});")
    if k is K.STRING:
        lines += ["\tif(rc == 0)", "\t\t*rlen = bridge_copystr(r, rbuf, rmax, keep);", "\telse", "\t\tdestroy(r);"]
    lines += ["\tbridge_vmunlock();", "\treturn rc;", "}", ""]
    return "\n".join(lines)


def generate(functions: list[Function]) -> tuple[str, str]:
    """(cdef text, C source) for the wrappable functions."""
    fs = [f for f in functions if wrappable(f)]
    return "\n".join(cdecl(f) for f in fs) + "\n", "\n".join(csource(f) for f in fs)


class Caller:
    """The Python half of a wrapper: converts arguments, reads the result."""

    def __init__(self, fn: Function, cfunc, ffi, lib, read_string):
        import threading
        self.fn = fn
        self.cfunc = cfunc
        self.ffi = ffi
        self.lib = lib
        self.read_string = read_string
        self.strs = [i for i, a in enumerate(fn.args) if a.type.kind is K.STRING]
        self.nargs = len(fn.args)
        self.rk = fn.result.kind
        self.local = threading.local()

    def outs(self):
        o = getattr(self.local, "o", None)
        if o is None:
            ffi = self.ffi
            ret = ffi.new(PYCTYPE[self.rk] + "*") if self.rk in CTYPE else None
            o = self.local.o = (ffi.new("char[]", self.lib.bridge_errtext()), ret, ffi.new(f"char[{RBUF}]"), ffi.new("int*"),
                                ffi.new("String**"))
        return o

    def __call__(self, args: tuple):
        """The result, or raise; None as the first element of a pair means: use the slow path."""
        if len(args) != self.nargs:
            return None, None
        err, ret, rbuf, rlen, keep = self.outs()
        cargs = list(args)
        for i in reversed(self.strs):
            v = cargs[i]
            if v is None:
                cargs[i:i + 1] = [self.ffi.NULL, -1]
            elif type(v) is str:
                try:
                    b = v.encode("utf-8")
                except UnicodeEncodeError:
                    return None, None
                cargs[i:i + 1] = [b, len(b)]
            else:
                return None, None
        if self.rk is K.STRING:
            cargs += [rbuf, RBUF, rlen, keep]
        elif ret is not None:
            cargs.append(ret)
        cargs.append(err)
        try:
            rc = self.cfunc(*cargs)
        except (TypeError, OverflowError):
            return None, None
        if rc != 0:
            return "err", self.ffi.string(err).decode("utf-8", "replace")
        if self.rk is K.STRING:
            n = rlen[0]
            if n >= 0:
                return "ok", self.ffi.unpack(rbuf, n).decode("utf-8", "replace")
            s = keep[0]
            self.lib.bridge_vmlock()
            try:
                return "ok", self.read_string(s)
            finally:
                self.lib.destroy(s)
                self.lib.bridge_vmunlock()
        return "ok", (ret[0] if ret is not None else None)
