"""$Sys: the part of Inferno's Sys module that disbridge serves from Python.

Its declaration is module/sys.m (Sys's real types); what it does not serve
fails at link time with Inferno's message, like any missing function.
"""

from __future__ import annotations

import os
import time

from ..frames import Frame, LimboException
from ..limbo import load
from ..modtab import MODULE_DIR, rows_from_decl

_T0 = time.monotonic()


def millisec(f: Frame, vm) -> None:
    f.ret().set(int((time.monotonic() - _T0) * 1000) & 0x7FFFFFFF)


def sleep(f: Frame, vm) -> None:
    ms = f.arg(0).get()
    vm.exec.unlock()            # like release(): other threads run meanwhile
    try:
        time.sleep(max(ms, 0) / 1000)
    finally:
        vm.exec.lock()
    f.ret().set(0)


def werrstr(f: Frame, vm) -> None:
    vm.errstr.text = f.arg(0).get()
    f.ret().set(0)


def tokenize(f: Frame, vm) -> None:
    s, delim = f.arg(0).get(), f.arg(1).get()
    toks, cur = [], []
    for ch in s:
        if ch in delim:
            if cur:
                toks.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        toks.append("".join(cur))
    f.ret().set((len(toks), toks))


def byte2char(f: Frame, vm) -> None:
    buf, n = f.arg(0).get(), f.arg(1).get()
    if buf is None or n < 0 or n > len(buf):
        raise LimboException("array bounds error")
    b = buf[n:n + 4]
    if not b:
        f.ret().set((0, 0, 0))
        return
    for k in range(1, min(4, len(b)) + 1):
        try:
            ch = b[:k].decode("utf-8")
        except UnicodeDecodeError:
            continue
        f.ret().set((ord(ch), k, 1))
        return
    # an incomplete sequence at the end is not an error yet; a bad one is
    full = len(b) >= 4 or n + len(b) < len(buf)
    f.ret().set((0xFFFD, 1, 1) if full or b[0] < 0xC2 else (0, 0, 0))


def char2byte(f: Frame, vm) -> None:
    c, n = f.arg(0).get(), f.arg(2).get()
    w = f.arg(1)
    buf = w.get()
    if buf is None or n < 0 or n > len(buf):
        raise LimboException("array bounds error")
    try:
        enc = chr(c).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        enc = "\ufffd".encode()
    if n + len(enc) > len(buf):
        f.ret().set(0)
        return
    # write into the caller's array in place
    from ..native import ffi
    arr = ffi.cast("Array*", ffi.cast("void**", w.addr)[0])
    ffi.memmove(arr.data + n, enc, len(enc))
    f.ret().set(len(enc))


def fildes(f: Frame, vm) -> None:
    fd = f.arg(0).get()
    try:
        os.fstat(fd)
    except OSError:
        f.ret().set(None)
        return
    f.ret().set({"fd": fd})


HANDLERS = {"millisec": millisec, "sleep": sleep, "werrstr": werrstr, "tokenize": tokenize,
            "byte2char": byte2char, "char2byte": char2byte, "fildes": fildes}


def modinit(vm) -> None:
    decl = load(os.path.join(MODULE_DIR, "sys.m")).module("Sys")
    vm.builtinmod(decl.path, rows_from_decl(decl, HANDLERS), decl)
