"""$Sum served from Python (sum.m): a user module as disbridge run -M sum.m:sum.py loads it."""

import zlib

from disbridge.frames import LimboException


def _int32(v: int) -> int:
    return v - (1 << 32) if v >= 1 << 31 else v


def _bytes(f) -> bytes:
    buf, n = f.arg(0).get(), f.arg(1).get()
    size = 0 if buf is None else len(buf)
    if not 0 <= n <= size:
        raise LimboException(f"sum: count {n} out of range 0..{size}")
    return bytes(buf[:n]) if n else b""


class Sum:
    def adler32(self, f, vm) -> None:
        f.ret().set(_int32(zlib.adler32(_bytes(f))))

    def crc32(self, f, vm) -> None:
        f.ret().set(_int32(zlib.crc32(_bytes(f))))

    def hex(self, f, vm) -> None:
        f.ret().set("%08x" % (f.arg(0).get() & 0xFFFFFFFF))
