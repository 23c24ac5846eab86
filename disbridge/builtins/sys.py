"""$Sys: the part of Inferno's Sys module that disbridge serves from Python.

Its declaration is module/sys.m (Sys's real types); what it does not serve
fails at link time with Inferno's message, like any missing function.
"""

from __future__ import annotations

import errno
import os
import time

from .. import utf
from ..frames import Frame, LimboException
from ..limbo import load
from ..limbo.types import K
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
    """Runs of delimiters separate tokens; there are no empty tokens."""
    s, delim = f.arg(0).get(), f.arg(1).get()
    if not s or not delim:          # "" is nil in Inferno: no delimiters, no tokens
        f.ret().set((0, []))
        return
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


def _bounds(buf, n: int) -> None:
    if buf is None or not 0 <= n < len(buf):
        raise LimboException("array bounds error")


def byte2char(f: Frame, vm) -> None:
    """(char, bytes used, 1 if valid): a bad byte is (Runeerror, 1, 0), a cut-off one (Runeerror, 0, 0)."""
    buf, n = f.arg(0).get(), f.arg(1).get()
    _bounds(buf, n)
    if buf[n] < 0x80:
        f.ret().set((buf[n], 1, 1))
    elif not utf.complete(buf, n, len(buf)):
        f.ret().set((utf.RUNEERROR, 0, 0))
    else:
        r, w = utf.chartorune(buf, n)
        f.ret().set((r, w, 0 if r == utf.RUNEERROR and w == 1 else 1))


def _fill(w, off: int, data: bytes) -> None:
    """Write data into the caller's array (an argument), in place, from off."""
    if not data:
        return              # also a nil array, where there is nothing to write into
    from ..native import ffi
    arr = ffi.cast("Array*", ffi.cast("void**", w.addr)[0])
    ffi.memmove(arr.data + off, data, len(data))


def char2byte(f: Frame, vm) -> None:
    c, n = f.arg(0).get(), f.arg(2).get()
    w = f.arg(1)
    buf = w.get()
    _bounds(buf, n)
    enc = utf.runetochar(utf.RUNEERROR if c < 0 or c >= utf.RUNEMAX else c)
    if n + len(enc) > len(buf):
        f.ret().set(0)
        return
    _fill(w, n, enc)
    f.ret().set(len(enc))


def utfbytes(f: Frame, vm) -> None:
    """How many of the first n bytes make whole characters, by lib9's rules."""
    buf, n = f.arg(0).get(), f.arg(1).get()
    if buf is None or not 0 <= n <= len(buf):
        raise LimboException("array bounds error")
    f.ret().set(utf.decode(bytes(buf[:n]))[1])


def fildes(f: Frame, vm) -> None:
    fd = f.arg(0).get()
    try:
        os.fstat(fd)
    except OSError:
        f.ret().set(None)
        return
    f.ret().set({"fd": fd})


def _text(f: Frame, vm, first: int) -> str:
    """The formatted text, NULs and all (print, fprint and aprint write every byte)."""
    from ..harness.values import fmt
    return fmt(f.arg(first).get(), getattr(f, "vargs", []), getattr(vm.errstr, "text", ""))


def _write(vm, fd: int, data: bytes) -> int:
    """Bytes to fd; fds 1 and 2 go to the VM's streams (which tests may capture)."""
    import sys as _sys
    stream = {1: vm.stdout or _sys.stdout, 2: vm.stderr or _sys.stderr}.get(fd)
    try:
        if stream is None:
            return os.write(fd, data)
        if hasattr(stream, "buffer"):
            stream.flush()
            stream.buffer.write(data)
            stream.buffer.flush()
        else:
            stream.write(data.decode("utf-8", "replace"))
            stream.flush()
    except BrokenPipeError:         # emu ignores SIGPIPE: the write fails, the program goes on
        vm.errstr.text = "write on closed pipe"
        if stream is not None and hasattr(stream, "buffer"):
            _quiet(stream)
        return -1
    return len(data)


def _quiet(stream) -> None:
    """Point a stream whose reader has gone at /dev/null, so that its final flush is silent."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError):
        pass


def sysprint(f: Frame, vm) -> None:
    f.ret().set(_write(vm, 1, _text(f, vm, 0).encode()))


def sprint(f: Frame, vm) -> None:
    f.ret().set(_text(f, vm, 0).split("\0", 1)[0])       # made with c2string: it ends at a NUL


def fprint(f: Frame, vm) -> None:
    try:
        f.ret().set(_write(vm, _fd(f, 0), _text(f, vm, 1).encode()))
    except OSError as e:
        _fail(vm, e, f.ret())


def aprint(f: Frame, vm) -> None:
    f.ret().set(_text(f, vm, 0).encode("utf-8"))


_ERRS = {errno.ENOENT: "file does not exist", errno.EACCES: "permission denied", errno.EEXIST: "file already exists",
         errno.EISDIR: "file is a directory", errno.ENOTDIR: "not a directory", errno.EBADF: "fd out of range or not open"}


# emu names the first element of a path that is missing: "'/no' file does not exist" in its
# own directories (the root, /dev, ...), "'/tmp/no' does not exist" in one served from the host (#U)
_DEVDIRS = ("/", "", "/dev", "/prog", "/net", "/env", "/chan")


def _missing(path: str) -> str:
    """emu's text for a path with a missing element."""
    parts = path.split("/")
    for i in range(1, len(parts) + 1):
        prefix = "/".join(parts[:i])
        if prefix and not os.path.lexists(prefix):
            parent = "/".join(parts[:i - 1]) or ("/" if path.startswith("/") else "")
            return f"'{prefix}' file does not exist" if parent in _DEVDIRS else f"'{prefix}' does not exist"
    return _ERRS[errno.ENOENT]


def _fail(vm, e: OSError, ret, path: str | None = None) -> None:
    """A failed system call: -1 (or nil) and the error string that %r prints."""
    if path == "":
        vm.errstr.text = "empty file name"          # emu refuses it before looking
    elif path is not None and e.errno == errno.ENOENT:
        vm.errstr.text = _missing(path)
    else:
        vm.errstr.text = _ERRS.get(e.errno, e.strerror or str(e))
    if ret is not None:
        ret.set(None if ret.type.kind is K.REF else -1)


def _fd(f: Frame, i: int) -> int:
    fd = f.arg(i).get()
    if fd is None:
        return -1           # emu's fdchk: a nil FD is fd -1, which every call refuses
    return fd["fd"] if isinstance(fd, dict) else fd.fd


def _clamp(n: int, buf) -> int:
    """emu moves at most the array's length, and nothing for a negative count or a nil array."""
    return 0 if n < 0 or buf is None else min(n, len(buf))


def write(f: Frame, vm) -> None:
    fd, buf, n = _fd(f, 0), f.arg(1).get(), f.arg(2).get()
    n = _clamp(n, buf)
    try:
        f.ret().set(_write(vm, fd, bytes(buf[:n]) if n else b""))
    except OSError as e:
        _fail(vm, e, f.ret())


def _read(f: Frame, vm, whole: bool, off: int | None = None) -> None:
    fd, w, n = _fd(f, 0), f.arg(1), f.arg(2).get()
    n = _clamp(n, w.get())
    got = b""
    vm.exec.release()           # a read may block: other threads run meanwhile
    try:
        while True:
            part = os.read(fd, n - len(got)) if off is None else os.pread(fd, n - len(got), off + len(got))
            got += part
            if not whole or not part or len(got) >= n:
                break
    except OSError as e:
        vm.exec.acquire()
        _fail(vm, e, f.ret())
        return
    vm.exec.acquire()
    _fill(w, 0, got)
    f.ret().set(len(got))


def read(f: Frame, vm) -> None:
    _read(f, vm, False)


def readn(f: Frame, vm) -> None:
    _read(f, vm, True)


def pread(f: Frame, vm) -> None:
    _read(f, vm, False, f.arg(3).get())


def _open(f: Frame, vm, flags: int, perm: int = 0o666) -> None:
    path, mode = f.arg(0).get(), f.arg(1).get()
    how = (os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_RDONLY)[mode & 3]
    if mode & 16:
        how |= os.O_TRUNC
    try:
        f.ret().set({"fd": os.open(path or "", how | flags, perm)})
    except OSError as e:
        _fail(vm, e, f.ret(), path or "")


def sysopen(f: Frame, vm) -> None:
    _open(f, vm, 0)


def create(f: Frame, vm) -> None:
    perm = f.arg(2).get()
    if perm & (1 << 31):            # DMDIR: a directory
        try:
            os.mkdir(f.arg(0).get(), perm & 0o777)
            f.ret().set({"fd": os.open(f.arg(0).get(), os.O_RDONLY)})
        except OSError as e:
            _fail(vm, e, f.ret(), f.arg(0).get() or "")
        return
    _open(f, vm, os.O_CREAT | os.O_TRUNC, perm & 0o777)


def seek(f: Frame, vm) -> None:
    fd, off, start = _fd(f, 0), f.arg(1).get(), f.arg(2).get()
    try:
        f.ret().set(os.lseek(fd, off, (os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)[start % 3]))
    except OSError as e:
        _fail(vm, e, f.ret())


def remove(f: Frame, vm) -> None:
    path = f.arg(0).get() or ""
    try:
        (os.rmdir if os.path.isdir(path) else os.remove)(path)
        f.ret().set(0)
    except OSError as e:
        _fail(vm, e, f.ret(), path)


def chdir(f: Frame, vm) -> None:
    path = f.arg(0).get() or ""
    try:
        os.chdir(path)
        f.ret().set(0)
    except OSError as e:
        _fail(vm, e, f.ret(), path)


def _dir(path: str, st: os.stat_result) -> dict:
    """A host file's stat as Sys->Dir: the Plan 9 mode bits, uid and gid by name where known."""
    import stat as st_
    mode = st.st_mode & 0o777
    qtype = 0
    if st_.S_ISDIR(st.st_mode):
        mode |= 1 << 31
        qtype = 0x80
    return {"name": os.path.basename(path.rstrip("/")) or path, "uid": _owner(st.st_uid, True),
            "gid": _owner(st.st_gid, False), "muid": "", "qid": {"path": st.st_ino, "vers": int(st.st_mtime), "qtype": qtype},
            "mode": mode - (1 << 32) if mode >= 1 << 31 else mode, "atime": int(st.st_atime), "mtime": int(st.st_mtime),
            "length": 0 if st_.S_ISDIR(st.st_mode) else st.st_size, "dtype": ord("U"), "dev": 0}


def _owner(n: int, user: bool) -> str:
    try:
        import grp
        import pwd
        return pwd.getpwuid(n).pw_name if user else grp.getgrgid(n).gr_name
    except (KeyError, ImportError):
        return str(n)


_NODIR = {"name": None, "uid": None, "gid": None, "muid": None, "qid": {"path": -1, "vers": -1, "qtype": -1},
          "mode": -1, "atime": -1, "mtime": -1, "length": -1, "dtype": -1, "dev": -1}


def stat(f: Frame, vm) -> None:
    path = f.arg(0).get() or ""
    try:
        f.ret().set((0, _dir(path, os.stat(path))))
    except OSError as e:
        _fail(vm, e, None, path)
        f.ret().set((-1, _NODIR))


def fstat(f: Frame, vm) -> None:
    fd = _fd(f, 0)
    try:
        f.ret().set((0, _dir(_fdpath(fd), os.fstat(fd))))
    except OSError as e:
        _fail(vm, e, None)
        f.ret().set((-1, _NODIR))


def _fdpath(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return f"#d/{fd}"


def fd2path(f: Frame, vm) -> None:
    f.ret().set(_fdpath(_fd(f, 0)))


def _wstat(vm, path: str, d: dict, fd: int | None, ret) -> None:
    """Change what d asks for (a field of all ones, or a nil string, means leave it)."""
    try:
        mode = getattr(d, "mode", -1)
        if mode != -1:
            os.chmod(fd if fd is not None else path, mode & 0o777)
        length = getattr(d, "length", -1)
        if length != -1:
            os.truncate(fd if fd is not None else path, length)
        mtime = getattr(d, "mtime", -1)
        if mtime != -1 and fd is None:
            os.utime(path, (os.stat(path).st_atime, mtime & 0xFFFFFFFF))
        name = getattr(d, "name", None)
        if name and fd is None and name != os.path.basename(path):
            os.rename(path, os.path.join(os.path.dirname(path), name))
        ret.set(0)
    except OSError as e:
        _fail(vm, e, ret, path if fd is None else None)


def wstat(f: Frame, vm) -> None:
    _wstat(vm, f.arg(0).get() or "", f.arg(1).get(), None, f.ret())


def fwstat(f: Frame, vm) -> None:
    _wstat(vm, "", f.arg(1).get(), _fd(f, 0), f.ret())


def pctl(f: Frame, vm) -> None:
    """The Dis process id; the namespace and group flags have nothing to act on here."""
    f.ret().set(vm.pid())


HANDLERS = {"print": sysprint, "sprint": sprint, "fprint": fprint, "aprint": aprint, "millisec": millisec, "sleep": sleep,
            "werrstr": werrstr, "tokenize": tokenize, "byte2char": byte2char, "char2byte": char2byte, "utfbytes": utfbytes,
            "fildes": fildes, "open": sysopen, "create": create, "read": read, "readn": readn, "pread": pread, "write": write,
            "seek": seek, "remove": remove, "chdir": chdir, "pctl": pctl, "stat": stat, "fstat": fstat,
            "wstat": wstat, "fwstat": fwstat, "fd2path": fd2path}


def modinit(vm) -> None:
    decl = load(os.path.join(MODULE_DIR, "sys.m")).module("Sys")
    vm.builtinmod(decl.path, rows_from_decl(decl, HANDLERS), decl)
