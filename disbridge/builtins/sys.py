"""$Sys: the part of Inferno's Sys module that disbridge serves from Python.

Its declaration is module/sys.m (Sys's real types). A function of it that
disbridge does not serve (fauth, file2chan, export, ...) links, as emu's
would, and raises when called; one Sys does not have fails at link time.
"""

from __future__ import annotations

import errno
import os
import struct
import threading
import time
import weakref
from dataclasses import dataclass

from .. import utf
from ..frames import Frame, LimboException
from ..limbo import load
from ..limbo.types import K
from ..modtab import MODULE_DIR, rows_from_decl
from .ns import UNKNOWN, Namespace, known

_T0 = time.monotonic()


def millisec(f: Frame, vm) -> None:
    f.ret().set(int((time.monotonic() - _T0) * 1000) & 0x7FFFFFFF)


def sleep(f: Frame, vm) -> None:
    ms = f.arg(0).get()
    vm.exec.release()           # other threads run meanwhile
    try:
        if vm.progs is not None:
            vm.progs.nap(max(ms, 0))        # a kill through /prog/N/ctl cuts it short
        else:
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


def byte2char_at(window: bytes) -> tuple[int, int, int]:
    """byte2char of the (at most 4) bytes from n to the array's end: (char, bytes used, 1 if
    valid); a bad byte is (Runeerror, 1, 0), a cut-off one (Runeerror, 0, 0)."""
    if window[0] < 0x80:
        return window[0], 1, 1
    if not utf.complete(window, 0, len(window)):
        return utf.RUNEERROR, 0, 0
    r, w = utf.chartorune(window, 0)
    return r, w, 0 if r == utf.RUNEERROR and w == 1 else 1


def byte2char(f: Frame, vm) -> None:
    buf, n = f.arg(0).get(), f.arg(1).get()
    _bounds(buf, n)
    f.ret().set(byte2char_at(bytes(buf[n:n + 4])))


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


# ---- emu's file descriptors: a table of channels, as emu's Fgrp holds them ----

OREAD, OWRITE, ORDWR = 0, 1, 2
DELTAFD = 20                    # emu grows its fd table by this many
DIRREADLIM = 2048               # the most a dirread takes at once (emu's kdirread)
STATFIXLEN = 49                 # a packed stat entry's fixed part
DMDIR = 1 << 31
NODEVS = 1 << 5
NEWPGRP = 1 << 4
FORKNS = 1 << 3
OEXCL = 0x1000
ORCLOSE = 0x40

E_BADFD = "fd out of range or not open"
E_BADUSE = "inappropriate use of fd"
E_NEGOFF = "negative i/o offset"
E_PERM = "permission denied"
E_ISDIR = "file is a directory"


class SysError(Exception):
    """A failed system call with emu's error text: the call gives -1 (or nil) and sets the error string."""


class _Pipe:
    """Two queues of messages, one for each end: a write is one message, a read takes from one only."""

    def __init__(self):
        self.q: tuple[list[bytes], list[bytes]] = ([], [])
        self.gone = [False, False]          # an end no descriptor holds any more
        self.cv = threading.Condition()


@dataclass(eq=False)
class _Chan:
    """An open file as emu's Chan: its name, mode and offset, and what serves it."""
    name: str
    mode: int
    host: int = -1                  # a host file or directory
    cons: int = -1                  # the console: 0 reads stdin, 1 and 2 write the VM's streams
    pipe: _Pipe | None = None
    end: int = 0
    offset: int = 0
    isdir: bool = False
    pending: list | None = None     # a directory's entries not yet read
    listing: list | None = None     # a device folder's entries (#p's progs), read from the start again at offset 0
    data: bytes | None = None       # a device file's contents, read at open (#c/user, ...)
    records: list | None = None     # a file read a record at a time (#p/N/ns)
    hpath: str = ""                 # the host file, where it is one
    rclose: bool = False            # ORCLOSE: removed when the last reference closes
    union: list | None = None       # a mount point's folders: a directory read goes through each
    ctl: int = 0                    # #p/N/ctl: the prog N it controls
    waitq: object = None            # #p/N/wait: the scheduler's queue of N's children's ends

    def can(self, mode: int) -> None:
        if self.mode != ORDWR and self.mode != mode:
            raise SysError(E_BADUSE)


class _Fgrp:
    """An fd table: emu's numbers, lowest free first, in a table that grows DELTAFD at a time."""

    def __init__(self, fds: dict[int, _Chan], nfd: int = DELTAFD):
        self.fd = fds
        self.nfd = nfd

    def chan(self, n: int) -> _Chan:
        c = self.fd.get(n)
        if c is None:
            raise SysError(E_BADFD)
        return c

    def new(self, c: _Chan) -> int:
        n = next(i for i in range(len(self.fd) + 1) if i not in self.fd)
        self._grow(n)
        self.fd[n] = c
        return n

    def _grow(self, n: int) -> None:
        while n >= self.nfd:
            self.nfd += DELTAFD

    def dup(self, old: int, new: int) -> tuple[int, _Chan | None]:
        """old's channel in new (a new slot for -1): the slot, and what it held before."""
        c = self.chan(old)
        if new == -1:
            return self.new(c), None
        if new < 0 or new >= self.nfd + DELTAFD:
            raise SysError(E_BADFD)
        self._grow(new)
        was = self.fd.get(new)
        self.fd[new] = c
        return new, was


class _Fgrps:
    """The fd tables: the one a program starts with (fd 0, 1 and 2 the console, as emu opens
    them), shared by its threads, and those pctl gave a process of its own."""

    def __init__(self):
        self.root = _Fgrp({0: _Chan("#c/cons", OREAD, cons=0), 1: _Chan("#c/cons", OWRITE, cons=1),
                           2: _Chan("#c/cons", OWRITE, cons=2)})
        self.own: dict[int, _Fgrp] = {}

    def of(self, pid: int) -> _Fgrp:
        return self.own.get(pid, self.root)

    def pctl(self, pid: int, old: _Fgrp, newfd: bool, fds: list[int]) -> None:
        """NEWFD: a table holding only fds of old (the caller's); FORKFD: a copy of it."""
        keep = fds if newfd else list(old.fd)
        self.own[pid] = _Fgrp({n: old.fd[n] for n in keep if n in old.fd}, old.nfd)
        for c in set(old.fd.values()):
            self.release(c)

    def exited(self, p, others: list[dict]) -> None:
        """Prog p has ended: a table of its own that no other prog shares goes, closing what it held."""
        g = p.osenv.get("fgrp")
        if g is None or any(o.get("fgrp") is g for o in others):
            return
        for k in [k for k, v in self.own.items() if v is g]:
            del self.own[k]
        chans = set(g.fd.values())
        g.fd.clear()
        for c in chans:
            self.release(c)

    def release(self, c: _Chan | None) -> None:
        """Close what serves c once no table holds it."""
        if c is None or any(x is c for t in (self.root, *self.own.values()) for x in t.fd.values()):
            return
        if c.pipe is not None:
            with c.pipe.cv:
                c.pipe.gone[c.end] = True
                c.pipe.cv.notify_all()
        elif c.host >= 0:
            try:
                os.close(c.host)
                if c.rclose:
                    (os.rmdir if c.isdir else os.remove)(c.hpath)
            except OSError:
                pass


def emu_run_start(vm) -> None:
    """The fd table a program finds under emu-run: its runner's wait file is open as fd 3
    (spawn shares the table), so the program's first open is fd 4."""
    t = _fgrps(vm).root
    if 3 not in t.fd:
        t.fd[3] = _Chan("#p/1/wait", OREAD, data=b"")


def _fgrps(vm) -> _Fgrps:
    g = getattr(vm, "sys_fgrps", None)
    if g is None:
        g = vm.sys_fgrps = _Fgrps()
    if vm.progs is not None and g.exited not in vm.progs.on_exit:
        vm.progs.on_exit.append(g.exited)
    return g


def _osenv(vm) -> dict:
    """The calling prog's Osenv, where a scheduler of progs keeps one (else a scratch dict)."""
    return vm.progs.osenv() if vm.progs is not None else {}


def _ns(vm) -> Namespace:
    """The calling prog's names: its own after FORKNS, else the program's, over DISBRIDGE_ROOT
    as emu's -r, or the host's own (ns.py)."""
    n = _osenv(vm).get("ns")
    if n is None:
        n = getattr(vm, "sys_ns", None)
    if n is None:
        n = vm.sys_ns = Namespace(os.environ.get("DISBRIDGE_ROOT") or None)
    return n


def _fgrp(vm) -> _Fgrp:
    """The calling prog's fd table: its own after NEWFD or FORKFD, or the one it was spawned
    with (its parent's), else the program's."""
    t = _osenv(vm).get("fgrp")
    return t if t is not None else _fgrps(vm).of(vm.pid())


def fd_owner(vm, ref, n: int) -> None:
    """ref (a Limbo ref FD) owns descriptor n of the calling process's table: when the last
    reference goes, n is closed there, if it still holds the same channel."""
    grp = _fgrp(vm)
    chan = grp.fd.get(n)
    if chan is None:
        return
    groups = _fgrps(vm)

    def gone() -> None:
        if grp.fd.get(n) is chan:
            del grp.fd[n]
            groups.release(chan)
    weakref.finalize(ref, gone)


def _fd(f: Frame, i: int) -> int:
    fd = f.arg(i).get()
    if fd is None:
        return -1           # emu's fdchk: a nil FD is fd -1, which every call refuses
    return fd["fd"] if isinstance(fd, dict) else fd.fd


def _chan(f: Frame, vm, i: int = 0) -> _Chan:
    return _fgrp(vm).chan(_fd(f, i))


def _syscall(f: Frame, vm, fn, fail=-1, path: str | None = None, create: bool = False) -> None:
    """Run fn() for the call's result; a failure gives fail and emu's error string."""
    try:
        f.ret().set(fn())
    except SysError as e:
        vm.errstr.text = str(e)
        f.ret().set(fail)
    except OSError as e:
        vm.errstr.text = _oserr(e, path, create)
        f.ret().set(fail)


def fildes(f: Frame, vm) -> None:
    """emu's fildes dups the descriptor: the FD it gives has a number of its own."""
    try:
        f.ret().set({"fd": _fgrp(vm).dup(f.arg(0).get(), -1)[0]})
    except SysError as e:
        vm.errstr.text = str(e)         # kdup's error, as every failing call sets it
        f.ret().set(None)


def dup(f: Frame, vm) -> None:
    def go() -> int:
        n, was = _fgrp(vm).dup(f.arg(0).get(), f.arg(1).get())
        _fgrps(vm).release(was)
        return n
    _syscall(f, vm, go)


def _text(f: Frame, vm, first: int) -> str:
    """The formatted text, NULs and all (print, fprint and aprint write every byte)."""
    from ..harness.values import fmt
    return fmt(f.arg(first).get(), getattr(f, "vargs", []), getattr(vm.errstr, "text", ""))


def _console(vm, which: int, data: bytes) -> int:
    """Bytes to the console: fd 1's and fd 2's streams (which tests may capture)."""
    import sys as _sys
    stream = (vm.stdout or _sys.stdout) if which == 1 else (vm.stderr or _sys.stderr)
    try:
        if hasattr(stream, "buffer"):
            stream.flush()
            stream.buffer.write(data)
            stream.buffer.flush()
        else:
            stream.write(data.decode("utf-8", "replace"))
            stream.flush()
    except BrokenPipeError:         # emu ignores SIGPIPE: the write fails, the program goes on
        if hasattr(stream, "buffer"):
            _quiet(stream)
        raise SysError("write on closed pipe") from None
    return len(data)


def _quiet(stream) -> None:
    """Point a stream whose reader has gone at /dev/null, so that its final flush is silent."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError):
        pass


def _chanwrite(vm, c: _Chan, data: bytes, off: int | None = None) -> int:
    """emu's rwrite: at the channel's offset, moved by what was written, or at off, leaving it."""
    c.can(OWRITE)
    if c.isdir:
        raise SysError(E_ISDIR)
    if off is not None and off < 0:
        raise SysError(E_NEGOFF)
    if c.pipe is not None:
        return _pipewrite(c, data)
    if c.ctl:
        return _progctl(vm, c.ctl, data)
    if c.cons > 0:
        n = _console(vm, c.cons, data)
    else:
        n = os.pwrite(c.host, data, c.offset if off is None else off)
    if off is None:
        c.offset += n
    return n


PROGCMDS = {"kill": 1, "killgrp": 1, "restricted": 1, "exceptions": 2, "private": 1}


def _progctl(vm, pid: int, data: bytes) -> int:
    """A control message to #p/N/ctl, as devprog's progwrite parses it: kill and killgrp act;
    the others are accepted and change nothing the harness models."""
    if not vm.progs.alive(pid):
        raise SysError("thread exited")
    f = data.decode("utf-8", "replace").split()
    if not f:
        raise SysError("empty control message")
    n = PROGCMDS.get(f[0])
    if n is None or n != len(f):
        words = " ".join(_quoted(x) for x in f)
        raise SysError(f'{"unknown control message" if n is None else "wrong #args in control message"} "{words}"')
    if f[0] == "exceptions" and f[1] not in ("propagate", "notifyleader"):
        raise SysError("bad process or channel control request")
    if f[0] in ("kill", "killgrp"):
        vm.progs.kill(pid, f[0] == "killgrp")
    return len(data)


def _quoted(s: str) -> str:
    """Plan 9's %q: a word with a space or quote in single quotes, quotes doubled."""
    return "'" + s.replace("'", "''") + "'" if not s or any(c in s for c in " \t'") else s


class ProgKill(LimboException):
    """An exception emu posts as the prog's kill text (devpipe's "write on closed pipe"): it is
    raised as the call returns, in the caller's module."""


def _pipewrite(c: _Chan, data: bytes) -> int:
    p = c.pipe
    with p.cv:
        if p.gone[1 - c.end]:
            raise ProgKill("write on closed pipe")    # emu kills the writer
        if data:
            p.q[1 - c.end].append(data)
            p.cv.notify_all()
    return len(data)


def _print(vm, fd: int, text: str) -> int:
    try:
        return _chanwrite(vm, _fgrp(vm).chan(fd), text.encode())
    except (SysError, OSError) as e:
        vm.errstr.text = str(e) if isinstance(e, SysError) else _oserr(e)
        return -1


def sysprint(f: Frame, vm) -> None:
    f.ret().set(_print(vm, 1, _text(f, vm, 0)))


def sprint(f: Frame, vm) -> None:
    f.ret().set(_text(f, vm, 0).split("\0", 1)[0])       # made with c2string: it ends at a NUL


def fprint(f: Frame, vm) -> None:
    f.ret().set(_print(vm, _fd(f, 0), _text(f, vm, 1)))


def aprint(f: Frame, vm) -> None:
    f.ret().set(_text(f, vm, 0).encode("utf-8"))


_ERRS = {errno.ENOENT: "file does not exist", errno.EACCES: E_PERM, errno.EPERM: E_PERM, errno.EEXIST: "file already exists",
         errno.EISDIR: E_ISDIR, errno.ENOTDIR: "not a directory", errno.EBADF: E_BADFD}


# emu names the first element of a path that is missing: "'/no' file does not exist" in the
# root, "'/tmp/no' does not exist" in a folder served from the host (#U)
_DEVDIRS = ("/", "")


def _elem(prefix: str) -> str:
    """A path prefix as emu's errors quote it: a long one from its last slash, after '...'."""
    cut = prefix.rfind("/")
    if len(prefix) < 128 // 3 or cut <= 0:
        return f"'{prefix}'"
    return f"'...{prefix[cut:]}'"


def _prefixes(path: str):
    """(prefix, parent) for each element of path, in order."""
    parts = path.split("/")
    for i in range(1, len(parts) + 1):
        prefix = "/".join(parts[:i])
        if prefix:
            yield prefix, "/".join(parts[:i - 1]) or ("/" if path.startswith("/") else ""), i == len(parts)


def _hostof(ns: Namespace | None):
    """A path as the program wrote it -> the host file (the path itself without a namespace)."""
    return (lambda p: ns.host(ns.clean(p))) if ns is not None else (lambda p: p)


def missing_path(path: str, ns: Namespace | None = None) -> str:
    """emu's text for a path with a missing element."""
    host = _hostof(ns)
    for prefix, parent, _ in _prefixes(path):
        if not os.path.lexists(host(prefix)):      # a walk that fails in a union (/ is one) says "file"
            union = parent in _DEVDIRS or ns is not None and parent and ns.clean(parent) in ns.mounts
            return f"{_elem(prefix)} file does not exist" if union else f"{_elem(prefix)} does not exist"
    return _ERRS[errno.ENOENT]


DIS_MAGICS = (bytes.fromhex("c00c8030"), bytes.fromhex("c00e1722"))     # XMAGIC and SMAGIC as Dis operands


def unloadable(path: str, vm) -> str:
    """The error string of a load of path, a module disbridge has no Limbo source for:
    what is missing, emu's 'bad magic' for a file that is not Dis, or that Dis needs its source."""
    ns = _ns(vm)
    if not os.path.isfile(_hostof(ns)(path)):
        return missing_path(path, ns)
    return not_dis(path, vm) or f"{path}: compiled Dis without its Limbo source (disbridge runs source)"


def not_dis(path: str, vm) -> str | None:
    """Why the file at path (in the program's namespace) cannot be loaded as emu reads it: not
    Dis ('bad magic') or unreadable; None when it is Dis or there is no such file."""
    host = _hostof(_ns(vm))(path)
    if not os.path.isfile(host):
        return None
    try:
        with open(host, "rb") as f:
            head = f.read(4)
    except OSError as e:
        return _ERRS.get(e.errno, e.strerror or "i/o error")
    return None if head in DIS_MAGICS else "bad magic"


def _notdir(path: str, create: bool, ns: Namespace | None = None) -> str:
    """emu's text for a walk through a file: it names that file. create walks to the parent
    only; the host's refusal to create in a file is its own text."""
    host = _hostof(ns)
    parts = list(_prefixes(path))
    for k, (prefix, _, last) in enumerate(parts):
        if not last and os.path.lexists(host(prefix)) and not os.path.isdir(host(prefix)):
            if create and k == len(parts) - 2:
                return os.strerror(errno.ENOTDIR)
            return f"{_elem(prefix)} not a directory"
    return _ERRS[errno.ENOTDIR]


# the names of emu's root device; any other first element of an absolute path is found in the
# host directory bound after it, and the root's failed walk leaves its error string behind
_ROOTNAMES = frozenset(("dev", "fd", "prog", "prof", "net", "net.alt", "chan", "nvfs", "env"))


class Target(str):
    """A walked path: the host file (the str itself; "" for a device's), its clean name
    (what errors and fd2path show) and the device serving it, if one of emu's does."""
    name: str
    given: str                      # as the program wrote it: errors quote its elements
    dev: tuple[str, str] | None
    ns: Namespace


def _retarget(t: Target, host: str | None) -> Target:
    """t's name at another host file (None: a mount point that takes no create)."""
    if host is None:
        raise SysError("mounted directory forbids creation")
    n = Target(host)
    n.name, n.given, n.dev, n.ns = t.name, t.given, t.dev, t.ns
    return n


def _walk(vm, path: str) -> Target:
    """path resolved in the program's names, after leaving the error string as emu's walk
    from the root does. A device name emu refuses (#M, or most after NODEVS) gets the device
    "!" with the refusal's text."""
    first = path.lstrip("/").split("/", 1)[0]
    if path.startswith("/") and first and first not in _ROOTNAMES:
        vm.errstr.text = _ERRS[errno.ENOENT]
    ns = _ns(vm)
    name = ns.clean(path) if path else ""
    dev = ns.device(name) if name else None
    t = Target(ns.host(name) if name and dev is None else "")
    t.name, t.given, t.dev, t.ns = name, path, dev, ns
    if dev is not None and dev[1] and not path.startswith("#") and dev[0] in "cpde":
        vm.errstr.text = _ERRS[errno.ENOENT]    # a walk past /dev, /prog... tries the root's empty folder first
    letter = path[1:2] if path.startswith("#") else ""
    if letter == "M" or ns.nodevs and letter and (letter not in "|esDa" or letter == "s" and path[2:3] not in ("", "/")):
        t.dev = ("!", "mount/attach disallowed")      # emu's namec: #M never, after NODEVS only |esDa
    return t


def _devmissing(vm, t: Target) -> str:
    """emu's text for a name no device serves: the root device's empty folders say "does not
    exist", as a device's deeper names do; a device's own folder says "file does not exist"."""
    letter, rest = t.dev
    if letter == "!":
        return rest
    if not known(letter):
        return UNKNOWN
    first = t.name[:len(t.name) - len(rest)] + rest.split("/")[0]      # a flat device names its missing entry
    if letter == "p" and rest.split("/")[0].isdigit() and not _prog(vm, rest.split("/")[0]):
        return f"{_elem(first)} file does not exist"       # no such prog
    if letter == "/" or letter == "p" and "/" in rest:
        return f"{_elem(t.name)} does not exist"
    return f"{_elem(first)} file does not exist"


def _oserr(e: OSError, path: str | None = None, create: bool = False) -> str:
    if path == "":
        return "empty file name"          # emu refuses it before looking
    ns = getattr(path, "ns", None)
    name = getattr(path, "given", path)
    if path is not None and e.errno == errno.ENOENT:
        return missing_path(name, ns)
    if path is not None and e.errno == errno.ENOTDIR:
        return _notdir(name, create, ns)
    return _ERRS.get(e.errno, e.strerror or str(e))


def _fail(vm, e: OSError, ret, path: str | None = None) -> None:
    """A failed system call: -1 (or nil) and the error string that %r prints."""
    vm.errstr.text = _oserr(e, path)
    if ret is not None:
        ret.set(None if ret.type.kind is K.REF else -1)


def _clamp(n: int, buf) -> int:
    """emu moves at most the array's length, and nothing for a negative count or a nil array."""
    return 0 if n < 0 or buf is None else min(n, len(buf))


def _write(f: Frame, vm, off: int | None = None) -> None:
    buf, n = f.arg(1).get(), f.arg(2).get()
    if buf is None or n < 0:
        f.ret().set(0)
        return
    n = _clamp(n, buf)
    _syscall(f, vm, lambda: _chanwrite(vm, _chan(f, vm), bytes(buf[:n]), off))


def write(f: Frame, vm) -> None:
    _write(f, vm)


def pwrite(f: Frame, vm) -> None:
    _write(f, vm, f.arg(3).get())


def _chanread(vm, c: _Chan, n: int, off: int | None = None) -> bytes:
    """emu's rread: from the channel's offset, or from off; either way the offset moves on."""
    c.can(OREAD)
    at = c.offset if off is None else off
    if at < 0:
        raise SysError(E_NEGOFF)
    if c.pipe is not None:
        got = _piperead(vm, c, n)
    elif c.cons == 0:
        got = _blocking(vm, lambda: os.read(0, n))
    elif c.isdir:
        got = _dirbytes(c, n, at)
    elif c.data is not None:
        got = c.data[at:at + n]
    elif c.records is not None:
        got = c.records.pop(0)[:n] if c.records else b""
    elif c.waitq is not None:
        got = _blocking(vm, lambda: vm.progs.readwait(c.waitq))[:n]
    else:
        got = _blocking(vm, lambda: os.pread(c.host, n, at))
    c.offset += len(got)
    return got


def _blocking(vm, fn):
    vm.exec.release()           # a read may block: other threads run meanwhile
    try:
        return fn()
    finally:
        vm.exec.acquire()


def _piperead(vm, c: _Chan, n: int) -> bytes:
    p = c.pipe
    q = p.q[c.end]

    def take() -> bytes:
        with p.cv:
            while not q and not p.gone[1 - c.end]:
                p.cv.wait()
            if not q:
                return b""
            msg = q.pop(0)
            if len(msg) > n:
                q.insert(0, msg[n:])
            return msg[:n]
    return _blocking(vm, take) if n else b""


def _read(f: Frame, vm, whole: bool, off: int | None = None) -> None:
    w, n = f.arg(1), f.arg(2).get()
    if w.get() is None or n < 0:
        f.ret().set(0)
        return
    n = _clamp(n, w.get())

    def go() -> int:
        c = _chan(f, vm)
        got = _chanread(vm, c, n, off)
        while whole and got and len(got) < n:
            part = _chanread(vm, c, n - len(got))
            if not part:
                break
            got += part
        _fill(w, 0, got)
        return len(got)
    _syscall(f, vm, go)


def read(f: Frame, vm) -> None:
    _read(f, vm, False)


def readn(f: Frame, vm) -> None:
    _read(f, vm, True)


def pread(f: Frame, vm) -> None:
    _read(f, vm, False, f.arg(3).get())


def _hostopen(path: Target, mode: int, flags: int = 0, perm: int = 0o666) -> _Chan:
    if mode & 3 == 3:               # OEXEC: read
        mode &= ~3
    isdir = os.path.isdir(path)
    if isdir and (mode & ~ORCLOSE) != OREAD:    # a directory opens for reading only (ORCLOSE aside)
        if not os.path.exists(path):
            raise OSError(errno.ENOENT, "")
        raise SysError(E_PERM)
    how = (os.O_RDONLY, os.O_WRONLY, os.O_RDWR)[mode & 3] | flags
    if mode & 16:
        how |= os.O_TRUNC
    if isdir:
        how = os.O_RDONLY
    fd = os.open(path, how, perm)
    return _Chan(path.name, mode & 3, host=fd, isdir=isdir, hpath=str(path), rclose=bool(mode & ORCLOSE))


CONSDATA = ("user", "sysname", "time", "msec", "random", "notquiterandom", "sysctl")     # #c files read at open
VERSION = b"Fourth Edition (20151010)"     # #c/sysctl of the reference emu (a write there reboots emu: refused here)


def _consdata(name: str) -> bytes:
    """What a read of #c/name (one of CONSDATA) gives: emu's user is the host's login, its
    sysname the host's name."""
    if name == "user":
        return _owner(os.getuid(), True).encode()
    if name == "sysname":
        return os.uname().nodename.encode()
    if name == "sysctl":
        return VERSION
    if name == "time":
        return b"%d" % (time.time_ns() // 1000)
    if name == "msec":
        return b"%11d " % (int((time.monotonic() - _T0) * 1000) & 0x7FFFFFFF)
    return os.urandom(4096)


PROGFILES = ("ctl", "status", "wait", "pgrp")      # of #p/N, besides ns


def _devfile(vm, letter: str, rest: str) -> bool:
    """Whether a device file served here exists: the console's, an fd's copy, or a live prog's."""
    return letter == "c" and (rest in ("cons", "null") or rest in CONSDATA) or letter == "d" and rest.isdigit() \
        or letter == "p" and (_prog(vm, rest) or _progfile(vm, rest) is not None) \
        or letter == "/" and rest in _ROOTNAMES      # the root device's own folders (/chan, /nvfs...)


def _devopen(vm, t: Target, mode: int) -> _Chan:
    """A file of a device emu serves: the console's, an fd's copy, or the device's own folder."""
    letter, rest = t.dev
    if letter == "!":
        raise SysError(rest)
    if letter == "c" and rest in ("cons", "null"):
        if rest == "null":
            return _Chan(t.name, mode & 3, host=os.open(os.devnull, os.O_RDWR), hpath=os.devnull)
        return _Chan(t.name, mode & 3, cons=0 if mode & 3 == OREAD else 1)
    if letter == "c" and rest in CONSDATA:
        return _Chan(t.name, mode & 3, data=_consdata(rest))
    if letter == "d" and rest.isdigit():
        c = _fgrp(vm).chan(int(rest))
        if c.mode & 3 != ORDWR and mode & 3 != c.mode & 3:     # fdtochan: the fd's own mode, or ORDWR
            raise SysError("inappropriate use of fd")
        return c
    if letter == "p" and rest.endswith("/ns") and rest[:-3].isdigit():
        return _Chan(t.name, OREAD, records=_nsrecords(t.ns))
    pf = _progfile(vm, rest) if letter == "p" else None
    if pf is not None:
        pid, name = pf
        if name == "ctl":
            return _Chan(t.name, mode & 3, ctl=pid)
        if name == "wait":
            return _Chan(t.name, OREAD, waitq=vm.progs.openwait(pid))
        if name == "pgrp":
            return _Chan(t.name, OREAD, data=b"%11d" % (vm.progs.status(pid) or (0,))[0])
        return _Chan(t.name, OREAD, data=_progstatus(vm, pid))
    if letter == "p" and not rest:
        pids = sorted({RUNNER_PID, *(vm.progs.pids() if vm.progs else [])})     # emu-run's runner is prog 1
        return _Chan(t.name, OREAD, isdir=True, listing=[_progdir(pid) for pid in pids])
    if (not rest or letter == "/" and "/" not in rest) and known(letter):
        return _Chan(t.name, OREAD, isdir=True, pending=[])     # a device's folder (or the root's /chan)
    raise SysError(_devmissing(vm, t))


RUNNER_PID = 1


def _progdir(pid: int) -> dict:
    """#p's entry for a live prog: a folder named by its pid."""
    user, now = _owner(os.getuid(), True), int(time.time())
    return {"name": str(pid), "uid": user, "gid": user, "muid": "", "qid": {"path": 0, "vers": 0, "qtype": 0x80},
            "mode": (DMDIR | 0o555) - (1 << 32), "atime": now, "mtime": now, "length": 0, "dtype": ord("p"), "dev": 0}


def _progstatus(vm, pid: int) -> bytes:
    """#p/N/status as devprog formats it; no prog's time or size is kept here, so both are 0."""
    group, state, where = vm.progs.status(pid) or (0, "exiting", "[$Sys]")
    return b"%8d %8d %10s %4d:%02d.%d %10s %5dK %s" % (pid, group, _owner(os.getuid(), True).encode(), 0, 0, 0,
                                                      state.encode(), 0, where.encode())


def _progfile(vm, rest: str) -> tuple[int, str] | None:
    """(N, name) for N/name of #p, name one of PROGFILES and N a live prog; else None."""
    pid, _, name = rest.partition("/")
    return (int(pid), name) if name in PROGFILES and _prog(vm, pid) else None


def _prog(vm, pid: str) -> bool:
    """Whether a prog of this number runs (only a scheduler of progs knows of others)."""
    return pid.isdigit() and vm.progs is not None and vm.progs.alive(int(pid))


def _nsrecords(ns: Namespace) -> list[bytes]:
    """#p/N/ns: emu-g's namespace as its boot made it, a record a read, then the dot."""
    binds = (("", "/", "/"), ("-ac", "#U", "/"), ("", "/dev", "/dev"), ("-b", "#c", "/dev"), ("", "#p", "/prog"),
             ("", "#d", "/fd"), ("", "/net", "/net"), ("-a", "#I", "/net"), ("-c", "#e", "/env"))
    return [f"bind {f} {a} {b}\n".encode() for f, a, b in binds] + [f"cd {ns.dot}\n".encode()]


def _open(vm, t: Target, mode: int) -> int:
    if not t.name:
        _empty()
    if t.dev is not None:
        return _fgrp(vm).new(_devopen(vm, t, mode))
    c = _hostopen(t, mode)
    if c.isdir and t.name in t.ns.mounts:
        c.union = t.ns.union(t.name)
    return _fgrp(vm).new(c)


def sysopen(f: Frame, vm) -> None:
    path, mode = _walk(vm, f.arg(0).get() or ""), f.arg(1).get()
    _syscall(f, vm, lambda: {"fd": _open(vm, path, mode)}, None, path)


def _empty():
    raise SysError("empty file name")


def create(f: Frame, vm) -> None:
    path, mode, perm = _walk(vm, f.arg(0).get() or ""), f.arg(1).get(), f.arg(2).get()

    def go() -> dict:
        if not path.name:
            _empty()
        if path.dev is not None:
            return {"fd": _open(vm, path, mode | 16)}
        exists = os.path.lexists(path) or os.path.isdir(path)
        if exists and mode & OEXCL:
            raise SysError("file already exists")
        if exists:          # emu opens what exists, truncated
            return {"fd": _fgrp(vm).new(_hostopen(path, mode | 16))}
        at = _retarget(path, path.ns.creatable(path.name))
        try:        # the folder's permissions bound the new file's, as emu's fscreate does
            dirmode = os.stat(os.path.dirname(at) or ".").st_mode & 0o777
        except OSError:
            dirmode = 0o777
        bound = perm & (~0o777 | dirmode if perm & DMDIR else ~0o666 | dirmode & 0o666)
        if perm & DMDIR:
            if mode & 3:
                raise SysError(E_PERM)
            os.mkdir(at, bound & 0o777)
            return {"fd": _fgrp(vm).new(_hostopen(at, OREAD | mode & ORCLOSE))}
        return {"fd": _fgrp(vm).new(_hostopen(at, mode, os.O_CREAT | os.O_EXCL, bound & 0o777))}
    _syscall(f, vm, go, None, path, True)


def seek(f: Frame, vm) -> None:
    off, start = f.arg(1).get(), f.arg(2).get()

    def go() -> int:
        c = _chan(f, vm)
        if c.pipe is not None:
            raise SysError("seek on a stream")
        if start not in (0, 1, 2):
            raise SysError("bad arg in system call")
        if c.isdir:
            if start != 0 or off != 0:
                raise SysError(E_ISDIR)
            c.pending = None
        at = off + (0, c.offset, 0 if c.isdir or c.cons >= 0 else os.fstat(c.host).st_size)[start]
        if at < 0:
            raise SysError(E_NEGOFF)
        c.offset = at
        return at
    _syscall(f, vm, go)


def remove(f: Frame, vm) -> None:
    path = _walk(vm, f.arg(0).get() or "")
    if path.dev is not None:
        vm.errstr.text = E_PERM if path.dev[1] else _devmissing(vm, path)
        f.ret().set(-1)
        return
    try:
        (os.rmdir if os.path.isdir(path) and not os.path.islink(path) else os.remove)(path)
        f.ret().set(0)
    except OSError as e:
        _fail(vm, e, f.ret(), path)


def chdir(f: Frame, vm) -> None:
    """The program's current directory moves; the host process's stays."""
    path = _walk(vm, f.arg(0).get() or "")
    try:
        if path.dev is not None:
            if path.dev[1] or not known(path.dev[0]):
                raise SysError(_devmissing(vm, path))
        else:
            os.stat(path)
            if not os.path.isdir(path):
                raise SysError("not a directory")
        path.ns.dot = path.name
        f.ret().set(0)
    except SysError as e:
        vm.errstr.text = str(e)
        f.ret().set(-1)
    except OSError as e:
        _fail(vm, e, f.ret(), path)


def _dir(name: str, st: os.stat_result) -> dict:
    """A host file's stat as Sys->Dir: the Plan 9 mode bits, uid and gid by name where known."""
    import stat as st_
    mode = st.st_mode & 0o777
    qtype = 0
    if st_.S_ISDIR(st.st_mode):
        mode |= DMDIR
        qtype = 0x80
    return {"name": name, "uid": _owner(st.st_uid, True),
            "gid": _owner(st.st_gid, False), "muid": "", "qid": {"path": st.st_ino, "vers": int(st.st_mtime), "qtype": qtype},
            "mode": mode - (1 << 32) if mode >= 1 << 31 else mode, "atime": int(st.st_atime), "mtime": int(st.st_mtime),
            "length": 0 if st_.S_ISDIR(st.st_mode) else st.st_size, "dtype": ord("U"), "dev": 0}


def _devdir(vm, t: Target) -> dict:
    """A device file's stat: emu's owner is the user, its times now."""
    letter, rest = t.dev
    if letter == "!" or not rest and not known(letter) or rest and not _devfile(vm, letter, rest):
        raise SysError(_devmissing(vm, t))
    user, now = _owner(os.getuid(), True), int(time.time())
    isdir = not rest or letter == "p" and rest.isdigit() or letter == "/"
    return {"name": rest.rsplit("/", 1)[-1] or os.path.basename(t.name) or "/", "uid": user, "gid": user, "muid": "",
            "qid": {"path": 0, "vers": 0, "qtype": 0x80 if isdir else 0},
            "mode": (DMDIR | 0o555) - (1 << 32) if isdir else DEVMODES.get((letter, rest.rsplit("/", 1)[-1]), 0o666),
            "atime": now, "mtime": now, "length": 12 if (letter, rest) == ("c", "msec") else 0, "dtype": ord(letter), "dev": 0}


# the permissions of the device files served here, as devcons's and devprog's tables give them
DEVMODES = {("c", "cons"): 0o666, ("c", "null"): 0o666, ("c", "msec"): 0o444, ("c", "random"): 0o444,
            ("c", "notquiterandom"): 0o444, ("c", "sysctl"): 0o644, ("c", "sysname"): 0o644, ("c", "time"): 0o644,
            ("c", "user"): 0o644, ("p", "ctl"): 0o200, ("p", "pgrp"): 0o444, ("p", "status"): 0o444, ("p", "wait"): 0o400,
            ("p", "ns"): 0o400}


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
    path = _walk(vm, f.arg(0).get() or "")
    try:
        if path.dev is not None:
            f.ret().set((0, _devdir(vm, path)))
            return
        bound = path.name in path.ns.mounts        # a mount point: the entry of what is bound there
        d = _dir(os.path.basename(path if bound else path.name) or "/", os.stat(path))
        if path.name == "/":
            d["dtype"] = ord("/")       # the root device is first in /'s union
        f.ret().set((0, d))
    except SysError as e:
        vm.errstr.text = str(e)
        f.ret().set((-1, _NODIR))
    except OSError as e:
        _fail(vm, e, None, path)
        f.ret().set((-1, _NODIR))


def _chanstat(c: _Chan) -> dict:
    if c.pipe is not None:
        return {**_NODIR, "name": ("data", "data1")[c.end], "uid": "", "gid": "", "muid": "", "mode": 0o660,
                "qid": {"path": 0, "vers": 0, "qtype": 0}, "atime": 0, "mtime": 0, "dev": 0, "dtype": ord("|"),
                "length": sum(len(m) for m in c.pipe.q[c.end])}
    if c.host < 0 and c.cons < 0:
        return {**_NODIR, "name": os.path.basename(c.name) or c.name, "uid": "", "gid": "", "muid": "", "mode": 0o444,
                "qid": {"path": 0, "vers": 0, "qtype": 0x80 if c.isdir else 0}, "atime": 0, "mtime": 0, "dev": 0,
                "dtype": ord(c.name[1]) if c.name.startswith("#") else ord("c"), "length": len(c.data or b"")}
    d = _dir(os.path.basename(c.name) or "/", os.fstat(c.host if c.cons < 0 else c.cons))
    if c.cons >= 0:
        d.update(name="cons", dtype=ord("c"))
    return d


def fstat(f: Frame, vm) -> None:
    try:
        f.ret().set((0, _chanstat(_chan(f, vm))))
    except (SysError, OSError) as e:
        vm.errstr.text = str(e) if isinstance(e, SysError) else _oserr(e)
        f.ret().set((-1, _NODIR))


def fd2path(f: Frame, vm) -> None:
    try:
        c = _chan(f, vm)
    except SysError as e:
        vm.errstr.text = str(e)
        f.ret().set(None)
        return
    f.ret().set(("#|/data", "#|/data1")[c.end] if c.pipe is not None else c.name)


def _wstat(vm, path: str, d, fd: int | None, ret) -> None:
    """Change what d asks for (a field of all ones, or a nil string, means leave it)."""
    try:
        os.stat(fd if fd is not None else path)      # emu walks to the file first: a missing one fails even for nulldir
        mode = getattr(d, "mode", -1)
        if mode != -1:
            os.chmod(fd if fd is not None else path, mode & 0o777)
        length = getattr(d, "length", -1)
        if length != -1:
            os.truncate(fd if fd is not None else path, length)
        mtime = getattr(d, "mtime", -1)
        if mtime != -1:
            os.utime(fd if fd is not None else path, (os.stat(fd if fd is not None else path).st_atime, mtime & 0xFFFFFFFF))
        name = getattr(d, "name", None)
        if name and name != os.path.basename(path):
            os.rename(path, os.path.join(os.path.dirname(path), name))
        ret.set(0)
    except OSError as e:
        _fail(vm, e, ret, path if fd is None else None)


def wstat(f: Frame, vm) -> None:
    path = _walk(vm, f.arg(0).get() or "")
    if path.dev is not None:
        vm.errstr.text = E_PERM
        f.ret().set(-1)
        return
    _wstat(vm, path, f.arg(1).get(), None, f.ret())


def fwstat(f: Frame, vm) -> None:
    try:
        c = _chan(f, vm)
    except SysError as e:
        vm.errstr.text = str(e)
        f.ret().set(-1)
        return
    _wstat(vm, c.hpath or c.name, f.arg(1).get(), c.host if c.host >= 0 else c.cons, f.ret())


# ---- directories: entries as packed stat records, as emu reads them ----

def _entries(c: _Chan) -> list:
    """The entries not yet read; None ends a union member's (a read takes from one member)."""
    if c.pending is None:
        c.pending = [*c.listing, None] if c.listing is not None else []
        for d in c.union or [c.host] if c.host >= 0 else ():
            c.pending += _listing(d)
            c.pending.append(None)
    return c.pending


def _listing(d: int | str) -> list:
    """A host folder's entries (d an open fd or a path), sorted by name."""
    out = []
    try:
        names = sorted(os.listdir(d))
    except OSError:
        return out
    for name in names:
        try:
            out.append(_dir(name, os.stat(name, dir_fd=d, follow_symlinks=True) if isinstance(d, int)
                            else os.stat(os.path.join(d, name))))
        except OSError:
            continue
    return out


def _dirsize(d: dict) -> int:
    return STATFIXLEN + sum(len(d[k].encode()) for k in ("name", "uid", "gid", "muid"))


def _take(c: _Chan, limit: int) -> list:
    """The directory's next entries that fit in limit bytes."""
    ents, out, used = _entries(c), [], 0
    while ents and ents[0] is None:     # members with nothing (left) to read
        ents.pop(0)
    while ents and ents[0] is not None and used + _dirsize(ents[0]) <= limit:
        used += _dirsize(ents[0])
        out.append(ents.pop(0))
    return out


def _pack(d: dict) -> bytes:
    s = b"".join(len(b := d[k].encode()).to_bytes(2, "little") + b for k in ("name", "uid", "gid", "muid"))
    q = d["qid"]
    body = struct.pack("<HIBIQIIIQ", d["dtype"], d["dev"], q["qtype"], q["vers"] & 0xFFFFFFFF, q["path"],
                       d["mode"] & 0xFFFFFFFF, d["atime"], d["mtime"], d["length"]) + s
    return len(body).to_bytes(2, "little") + body


def _dirbytes(c: _Chan, n: int, at: int) -> bytes:
    if at == 0:
        c.pending = None
    return b"".join(_pack(d) for d in _take(c, n))


def dirread(f: Frame, vm) -> None:
    try:
        c = _chan(f, vm)
        c.can(OREAD)
        if not c.isdir:
            got = _chanread(vm, c, DIRREADLIM)
            if got:
                raise SysError("bad directory format")
            f.ret().set((0, None))
            return
        if c.offset == 0:
            c.pending = None
        ents = _take(c, DIRREADLIM)
        c.offset += sum(_dirsize(d) for d in ents)
        f.ret().set((len(ents), ents or None))
    except (SysError, OSError) as e:
        vm.errstr.text = str(e) if isinstance(e, SysError) else _oserr(e)
        f.ret().set((-1, None))


def iounit(f: Frame, vm) -> None:
    """The most a read or write moves at once: 0 (no limit) but for a pipe.
    A bad fd is an exception, as emu's kiounit raises it."""
    try:
        c = _chan(f, vm)
    except SysError as e:
        raise LimboException(str(e)) from None
    f.ret().set(32768 if c.pipe is not None else 0)     # a pipe moves at most 32K at once (devpipe)


def pipe(f: Frame, vm) -> None:
    """Two ends of one pipe, each both readable and writable, into the caller's array."""
    w = f.arg(0)
    fds = w.get()
    if fds is None or len(fds) < 2:
        f.ret().set(-1)
        return
    p, g = _Pipe(), _fgrp(vm)
    ends = [g.new(_Chan("#|/data", ORDWR, pipe=p, end=0)), None]
    ends[1] = g.new(_Chan("#|/data1", ORDWR, pipe=p, end=1))
    _setrefs(w, [{"fd": ends[0]}, {"fd": ends[1]}] + list(fds[2:]))
    f.ret().set(0)


def _setrefs(w, values: list) -> None:
    """Store values into the caller's array of ref FD (an argument), in place."""
    from ..frames import drop, put
    from ..native import ffi
    arr = ffi.cast("Array*", ffi.cast("void**", w.addr)[0])
    t = w.type.tof
    base = ffi.cast("char*", arr.data)
    size = ffi.sizeof("void*")
    for i, v in enumerate(values[:2]):
        drop(base + i * size, t)
        put(base + i * size, t, v, "pipe")


def pctl(f: Frame, vm) -> None:
    """The Dis process id; NEWFD keeps only the listed descriptors (in the one table there is here)."""
    flags, fds = f.arg(0).get(), f.arg(1).get()
    if flags & 3:                   # NEWFD, FORKFD
        _fgrps(vm).pctl(vm.pid(), _fgrp(vm), bool(flags & 1), list(fds or []))
        _osenv(vm)["fgrp"] = _fgrps(vm).own[vm.pid()]      # shared by the progs it spawns
    if flags & NEWPGRP and vm.progs is not None:
        vm.progs.newgroup()
    if flags & NODEVS:
        _ns(vm).nodevs = True
    if flags & FORKNS:
        _osenv(vm)["ns"] = _ns(vm).forkns()       # this prog's and those it spawns from now on
    f.ret().set(vm.pid())


def stream(f: Frame, vm) -> None:
    """Copy src to dst until src ends, bufsiz bytes a write as emu's stream does; the bytes copied."""
    size = f.arg(2).get()
    if size <= 0:
        f.ret().set(0)
        return

    def go() -> int:
        src, dst = _chan(f, vm, 0), _chan(f, vm, 1)
        buf, total = b"", 0
        while True:
            try:
                got = _chanread(vm, src, size - len(buf))
            except (SysError, OSError):
                got = b""
            buf += got
            if not got or len(buf) >= size:
                if buf and _chanwrite(vm, dst, buf) != len(buf):
                    return total
                total += len(buf)
                buf = b""
            if not got:
                return total
    _syscall(f, vm, go)


NOMOUNT = "mount is not served by disbridge (no 9P servers)"     # docs/deviations.md


def mount(f: Frame, vm) -> None:
    vm.errstr.text = NOMOUNT
    f.ret().set(-1)


def _there(t: Target) -> bool:
    """Whether a walk to t gets a host file; a device's refuses here (binding devices is not served)."""
    if t.dev is not None:
        raise SysError(_devmissing(None, t) if t.dev[0] == "!" or not known(t.dev[0]) else "binding a device is not served by disbridge")
    if not os.path.lexists(t):
        raise SysError(missing_path(t.given, t.ns))
    return os.path.isdir(t)


def bind(f: Frame, vm) -> None:
    """emu's kbind: both names must exist; flags as cmount checks them."""
    new, old, flags = _walk(vm, f.arg(0).get() or ""), _walk(vm, f.arg(1).get() or ""), f.arg(2).get()

    def go() -> int:
        if flags & ~7 or flags & 3 == 3:
            raise SysError("bad arg in system call")
        isdir = _there(new)
        if _there(old) != isdir or not isdir and flags & 3:
            raise SysError("inconsistent mount")
        return new.ns.bind(new.name, old.name, flags)
    _syscall(f, vm, go)


def unmount(f: Frame, vm) -> None:
    """emu's kunmount(name, old): name out of old's union, or (nil) everything mounted there."""
    name, old = f.arg(0).get(), _walk(vm, f.arg(1).get() or "")

    def go() -> int:
        _there(old)
        t = _walk(vm, name) if name else None
        if t is not None:
            _there(t)
        why = old.ns.unmount(t.name if t is not None else None, old.name)
        if why is not None:
            raise SysError(why)
        return 0
    _syscall(f, vm, go)


HANDLERS = {"print": sysprint, "sprint": sprint, "fprint": fprint, "aprint": aprint, "millisec": millisec, "sleep": sleep,
            "werrstr": werrstr, "tokenize": tokenize, "byte2char": byte2char, "char2byte": char2byte, "utfbytes": utfbytes,
            "fildes": fildes, "dup": dup, "open": sysopen, "create": create, "read": read, "readn": readn, "pread": pread,
            "write": write, "pwrite": pwrite, "seek": seek, "remove": remove, "chdir": chdir, "pctl": pctl, "stat": stat,
            "fstat": fstat, "wstat": wstat, "fwstat": fwstat, "fd2path": fd2path, "dirread": dirread, "pipe": pipe,
            "stream": stream, "iounit": iounit, "bind": bind, "mount": mount, "unmount": unmount}


def modinit(vm) -> None:
    decl = load(os.path.join(MODULE_DIR, "sys.m")).module("Sys")
    vm.builtinmod(decl.path, rows_from_decl(decl, HANDLERS, whole=True), decl)
