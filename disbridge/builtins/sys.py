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
    vm.exec.release()           # other threads run meanwhile
    try:
        time.sleep(max(ms, 0) / 1000)
    finally:
        vm.exec.acquire()
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
    b = buf[n:]
    if not b:
        f.ret().set((0, 0, 0))
        return
    lead = b[0]
    need = 1 if lead < 0x80 else 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    if need == 0:
        f.ret().set((0xFFFD, 1, 1))
    elif len(b) < need:
        f.ret().set((0, 0, 0))              # not a whole character yet
    else:
        try:
            f.ret().set((ord(b[:need].decode("utf-8")), need, 1))
        except UnicodeDecodeError:
            f.ret().set((0xFFFD, 1, 1))


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


def _text(f: Frame, vm, first: int) -> str:
    from ..harness.values import fmt
    return fmt(f.arg(first).get(), getattr(f, "vargs", []), getattr(vm.errstr, "text", ""))


def _write(vm, fd: int, text: str) -> int:
    import sys as _sys
    data = text.encode("utf-8")
    stream = {1: vm.stdout or _sys.stdout, 2: vm.stderr or _sys.stderr}.get(fd)
    if stream is not None:
        stream.write(text)
        stream.flush()
        return len(data)
    return os.write(fd, data)


def sysprint(f: Frame, vm) -> None:
    f.ret().set(_write(vm, 1, _text(f, vm, 0)))


def sprint(f: Frame, vm) -> None:
    f.ret().set(_text(f, vm, 0))


def fprint(f: Frame, vm) -> None:
    fd = f.arg(0).get()
    if fd is None:
        raise LimboException("dereference of nil")
    try:
        f.ret().set(_write(vm, fd.fd, _text(f, vm, 1)))
    except OSError as e:
        vm.errstr.text = e.strerror or str(e)
        f.ret().set(-1)


HANDLERS = {"print": sysprint, "sprint": sprint, "fprint": fprint, "millisec": millisec, "sleep": sleep, "werrstr": werrstr, "tokenize": tokenize,
            "byte2char": byte2char, "char2byte": char2byte, "fildes": fildes}


def modinit(vm) -> None:
    decl = load(os.path.join(MODULE_DIR, "sys.m")).module("Sys")
    vm.builtinmod(decl.path, rows_from_decl(decl, HANDLERS), decl)
