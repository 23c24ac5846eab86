"""$IPints and the part of $Keyring that disbridge serves from Python.

An IPint holds a handle (its `x`) to a Python int; the answers follow
emu's libmp: iptostr's hex is upper case, iptoint saturates, div truncates
toward zero with the remainder taking the dividend's sign, mod is never
negative for a positive modulus, cmp of different signs is 2 or -2,
strtoip takes the whole string or gives nil, the byte forms are the
magnitude big-endian. Keyring's digests are hashlib's, with
keyring.c's rules for n, the digest array and the state. The rest of
Keyring (certificates, keys, ciphers, authentication) is not served: it
links by the caller's type, as the real module's would, and a call raises
(docs/deviations.md).
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import os
import secrets

from ..frames import Frame, LimboException
from ..limbo import load
from ..modtab import MODULE_DIR, rows_from_decl
from .sys import _fill

INT_MAX, INT_MIN = 2**31 - 1, -(2**31)
_values: dict[int, int] = {}
_digests: dict[int, object] = {}
_handles = itertools.count(1)
B32 = "23456789abcdefghijkmnpqrstuvwxyz"


def _h(v) -> int:
    """The handle of a ref IPint or DigestState as the bridge hands it over."""
    return v["x"] if isinstance(v, dict) else v.x


def _keep(table: dict, v) -> dict:
    """v in table under a new handle: the adt value (its x) that stands for it."""
    h = next(_handles) & 0x7FFFFFFF
    table[h] = v
    return {"x": h}


def _new(v: int) -> dict:
    return _keep(_values, v)


def _val(f: Frame, i: int) -> int:
    ip = f.arg(i).get()
    if ip is None:
        raise LimboException("dereference of nil")
    return _values[_h(ip)]


def _unary(fn):
    return lambda f, vm: f.ret().set(_new(fn(_val(f, 0))))


def _binary(fn):
    return lambda f, vm: f.ret().set(_new(fn(_val(f, 0), _val(f, 1))))


def _be(v: int) -> bytes:
    v = abs(v)
    return v.to_bytes((v.bit_length() + 7) // 8, "big")


def _tostr(v: int, base: int) -> str:
    sign, m = ("-" if v < 0 else ""), abs(v)
    if base == 10:
        return sign + str(m)
    if base == 64:
        return sign + base64.b64encode(_be(m)).decode()
    if base == 32:
        raw = _be(m)
        raw = bytes(-len(raw) % 5) + raw if len(raw) % 5 else raw      # libmp pads to a multiple of 5 at the front
        bits = int.from_bytes(raw, "big") if raw else 0
        return sign + "".join(B32[(bits >> (5 * i)) & 31] for i in range(len(raw) * 8 // 5 - 1, -1, -1))
    return sign + format(m, "X")


def _fromstr(s: str, base: int) -> int | None:
    s = s.lstrip(" \t")
    neg = 1
    while s.startswith("-"):
        neg, s = -neg, s[1:]
    digits = {10: "0123456789", 16: "0123456789abcdefABCDEF", 32: B32,
              64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="}.get(base, "0123456789abcdefABCDEF")
    n = 0
    while n < len(s) and s[n] in digits:
        n += 1
    if n == 0 or s[n:].lstrip("=") != "":
        return None         # ipint.c's strtoipint: the whole string, bar trailing '='s, or nil
    text = s[:n].rstrip("=")
    if base == 10:
        v = int(text)
    elif base == 64:
        v = int.from_bytes(base64.b64decode(text + "=" * (-len(text) % 4)), "big")
    elif base == 32:
        v = 0
        for c in text:
            v = v * 32 + B32.index(c)
    else:
        v = int(text, 16)
    return neg * v


def _trunc(a: int, b: int) -> tuple[int, int]:
    if b == 0:
        raise LimboException("zero divide")
    q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
    return q, a - q * b


def iptostr(f: Frame, vm) -> None:
    f.ret().set(_tostr(_val(f, 0), f.arg(1).get()))


def strtoip(f: Frame, vm) -> None:
    v = _fromstr(f.arg(0).get() or "", f.arg(1).get())
    f.ret().set(None if v is None else _new(v))


def iptoint(f: Frame, vm) -> None:
    ip = f.arg(0).get()
    f.ret().set(0 if ip is None else max(INT_MIN, min(INT_MAX, _values[_h(ip)])))


def inttoip(f: Frame, vm) -> None:
    f.ret().set(_new(f.arg(0).get()))


def bits(f: Frame, vm) -> None:
    ip = f.arg(0).get()
    f.ret().set(0 if ip is None else max(1, abs(_values[_h(ip)]).bit_length()))


def expmod(f: Frame, vm) -> None:
    b, e = _val(f, 0), _val(f, 1)
    m = f.arg(2).get()
    f.ret().set(_new(pow(b, e) if m is None else pow(b, e, _values[_h(m)])))


def invert(f: Frame, vm) -> None:
    try:
        f.ret().set(_new(pow(_val(f, 0), -1, _val(f, 1))))
    except ValueError:
        f.ret().set(_new(0))


def div(f: Frame, vm) -> None:
    q, r = _trunc(_val(f, 0), _val(f, 1))
    f.ret().set((_new(q), _new(r)))


def mod(f: Frame, vm) -> None:
    m = _val(f, 1)
    _, r = _trunc(_val(f, 0), m)
    f.ret().set(_new(r + m if r < 0 else r))


def eq(f: Frame, vm) -> None:
    f.ret().set(int(_val(f, 0) == _val(f, 1)))


def cmp(f: Frame, vm) -> None:
    """libmp's mpcmp: signs that differ give their difference (2 or -2; zero is positive)."""
    a, b = _val(f, 0), _val(f, 1)
    sa, sb = (-1 if a < 0 else 1), (-1 if b < 0 else 1)
    if sa != sb:
        f.ret().set(sa - sb)
        return
    mag = (abs(a) > abs(b)) - (abs(a) < abs(b))
    f.ret().set(-mag if sa < 0 else mag)


def shift(left: bool):
    def h(f: Frame, vm) -> None:
        v, n = _val(f, 0), f.arg(1).get()
        if not left:
            n = -n
        mag = abs(v) << n if n >= 0 else abs(v) >> -n       # libmp shifts the magnitude
        f.ret().set(_new(-mag if v < 0 else mag))
    return h


def tobytes(f: Frame, vm) -> None:
    """Both iptobytes and iptobebytes: the magnitude, big-endian (ipint.c ignores the sign)."""
    f.ret().set(_be(_val(f, 0)) or b"\0")


def frombytes(f: Frame, vm) -> None:
    f.ret().set(_new(int.from_bytes(bytes(f.arg(0).get() or b""), "big")))


def b64toip(f: Frame, vm) -> None:
    v = _fromstr(f.arg(0).get() or "", 64)
    f.ret().set(None if v is None else _new(v))


def iptob64(f: Frame, vm) -> None:
    f.ret().set(_tostr(_val(f, 0), 64))


def random(keyring: bool):
    def h(f: Frame, vm) -> None:
        nbits = f.arg(1).get() if keyring else f.arg(0).get()
        f.ret().set(_new(secrets.randbits(nbits) if nbits > 0 else 0))
    return h


def probably_prime(f: Frame, vm) -> None:
    n, reps = _val(f, 0), f.arg(1).get()
    if n < 2:
        f.ret().set(0)
        return
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(max(reps, 1)):
        if n in (2, 3):
            break
        x = pow(secrets.randbelow(n - 3) + 2, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            f.ret().set(0)
            return
    f.ret().set(1)


IPINT = {"iptob64": iptob64, "iptob64z": iptob64, "b64toip": b64toip, "iptobytes": tobytes,
         "iptobebytes": tobytes, "bytestoip": frombytes, "bebytestoip": frombytes,
         "inttoip": inttoip, "iptoint": iptoint, "iptostr": iptostr, "strtoip": strtoip, "bits": bits,
         "expmod": expmod, "invert": invert, "add": _binary(lambda a, b: a + b), "sub": _binary(lambda a, b: a - b),
         "neg": _unary(lambda a: -a), "mul": _binary(lambda a, b: a * b), "div": div, "mod": mod, "eq": eq,
         "cmp": cmp, "copy": _unary(lambda a: a), "shl": shift(True), "shr": shift(False),
         "and": _binary(lambda a, b: a & b), "ori": _binary(lambda a, b: a | b), "xor": _binary(lambda a, b: a ^ b),
         "not": _unary(lambda a: ~a)}


def digest(algo: str, dlen: int):
    """keyring.c's digest: n is cut to the buffer; a digest array ends it, and must hold dlen bytes."""
    def h(f: Frame, vm) -> None:
        buf, n, dig, st = f.arg(0).get(), f.arg(1).get(), f.arg(2).get(), f.arg(3).get()
        if buf is None and n != 0:
            raise LimboException("invalid argument")
        if dig is not None and len(dig) < dlen:
            raise LimboException("bad digest value")
        if st is None:
            st = _keep(_digests, hashlib.new(algo))
        d = _digests[_h(st)]
        d.update(bytes(buf[:max(0, min(n, len(buf)))]) if buf is not None else b"")
        if dig is not None:
            _fill(f.arg(2), 0, d.copy().digest())
        f.ret().set(st)
    return h


def dscopy(f: Frame, vm) -> None:
    st = f.arg(0).get()
    if st is None:
        f.ret().set(None)
        return
    f.ret().set(_keep(_digests, _digests[_h(st)].copy()))


def _handlers(keyring: bool) -> dict:
    h = {f"IPint.{k}": v for k, v in IPINT.items()}
    h["IPint.random"] = random(keyring)
    if keyring:
        h["DigestState.copy"] = dscopy
        for algo in ("md4", "md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
            if algo in hashlib.algorithms_available:
                h[algo] = digest(algo, hashlib.new(algo).digest_size)
    else:
        h["probably_prime"] = probably_prime
    return h


# the real modules' other functions (module/keyring.m, ipints.m in an Inferno tree): they link
# by the caller's type and raise when called; a name not here fails at link time
KEYRING_REST = frozenset((
    "certtostr pktostr sktostr strtocert strtopk strtosk certtoattr pktoattr sktoattr sign verify signm "
    "verifym genSK genSKfromPK sktopk hmac_sha1 hmac_md5 aessetup aescbc dessetup desecb descbc ideasetup "
    "ideaecb ideacbc blowfishsetup blowfishcbc rc4setup rc4 rc4skip rc4back dhparams auth readauthinfo "
    "writeauthinfo getstring putstring getbytearray putbytearray puterror getmsg sendmsg senderrmsg "
    "RSApk.encrypt RSApk.verify RSAsk.gen RSAsk.fill RSAsk.decrypt RSAsk.sign DSApk.verify DSAsk.gen "
    "DSAsk.sign EGpk.verify EGsk.gen EGsk.sign").split())


IPINTS_REST = frozenset(("genprime", "genstrongprime", "gensafeprime", "DSAprimes"))


def modinit(vm) -> None:
    for name, keyring in (("ipints.m", False), ("keyring.m", True)):
        decl = load(os.path.join(MODULE_DIR, name)).module("Keyring" if keyring else "IPints")
        vm.builtinmod(decl.path, rows_from_decl(decl, _handlers(keyring)), decl,
                      unserved=KEYRING_REST if keyring else IPINTS_REST)
