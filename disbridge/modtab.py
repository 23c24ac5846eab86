"""Module tables and the VM around them: Moduledata rows, builtinmod, the
registry, load with Inferno's link typecheck, and the modinit/modcleanup
lifecycle.  Calls go through here: frame, lock, trampoline, porting checks.
"""

from __future__ import annotations

import os
import struct
import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import native, paths, wrappers
from .frames import BridgeError, Exec, Frame, LimboException, Plan, drop, get, read_string
from .limbo import Function, ModuleInfo, Program
from .limbo import load as load_decl
from .limbo import loads as loads_decl
from .limbo.types import POINTER_KINDS
from .native import H, ffi, isnil, lib

MODULE_DIR = paths.MODULE_DIR


class LoadError(BridgeError):
    """`load` failed; the message is the text Inferno puts in the error string."""


class PortingError(BridgeError):
    """A builtin broke a rule that real Inferno punishes (strict mode)."""


class PortingWarning(UserWarning):
    """The same, reported as a warning outside strict mode."""


@dataclass
class Moduledata:
    """One row of a module table: Limbo name -> handler, with its type facts."""

    name: str                   # "fn" or "Adt.fn"
    sig: int
    size: int                   # Dis frame size (0 for varargs)
    np: int
    map: bytes
    function: Function          # declaration: argument types, host frame
    handler: object = None      # C entry point (cdata) or Python callable(frame, exec)
    plan: Plan | None = None    # the fast path's marshalling (C rows)

    def __post_init__(self):
        if self.is_c:
            self.plan = Plan(self.function)

    @property
    def is_c(self) -> bool:
        return isinstance(self.handler, ffi.CData)


@dataclass
class Builtin:
    """A registered builtin module: its $ name, rows and declaration."""

    path: str
    decl: ModuleInfo
    rows: dict[str, Moduledata] = field(default_factory=dict)
    cleanup: Callable[[], None] | None = None
    unserved: frozenset = frozenset()   # the real module's names with no row here: they link by the caller's type


def unserved(path: str, f: Function) -> Moduledata:
    """A row for a function the real module has and disbridge does not serve: it links by
    f's type, as emu would link the real one, and a call raises."""
    def h(frame, vm) -> None:
        raise LimboException(f"{path}->{f.qualname}: not served by disbridge")
    return pyrow(f, h)


def pyrow(f: Function, h: Callable) -> Moduledata:
    """A Moduledata row for a Python handler: the declaration's facts."""
    return Moduledata(f.qualname, f.sig, 0 if f.varargs else f.dis.size,
                      0 if f.varargs else len(f.dis.map), f.dis.map, f, h)


def rows_from_decl(mod: ModuleInfo, handlers: dict[str, Callable], whole: bool = False) -> list[Moduledata]:
    """Moduledata rows for a Python builtin: the declaration's facts, Python handlers. With
    whole, a declared function with no handler links too (the real module has it) and raises."""
    return [pyrow(f, handlers[f.qualname]) if f.qualname in handlers else unserved(mod.path, f)
            for f in mod.functions if f.qualname in handlers or whole]


class ErrStr(threading.local):
    """The error string of the calling Dis process, held as emu holds it: at most ERRMAX (128)
    bytes, a longer text cut at a character boundary and ended with "..." (kstrcpy)."""

    _text = ""
    full = ""           # the whole text a C module gave kwerrstr, for Python callers (Limbo sees .text)

    @property
    def text(self) -> str:
        return self._text

    @text.setter
    def text(self, v: str) -> None:
        b = v.encode("utf-8", "surrogateescape")
        self._text = v if len(b) < ERRMAX else kstrcpy(b, ERRMAX).decode("utf-8", "replace")
        self.full = v

    def kwerrstr(self, v: str) -> None:
        """As emu's kwerrstr: formatted into ERRMAX bytes, so cut at a character boundary
        with no "..."; the whole text stays in .full."""
        b = v.encode("utf-8", "surrogateescape")
        if len(b) >= ERRMAX:
            k = ERRMAX - 1
            while k > 0 and b[k] & 0xC0 == 0x80:
                k -= 1
            b = b[:k]
        self.text = b.decode("utf-8", "replace")
        self.full = v


def kstrcpy(b: bytes, ns: int) -> bytes:
    """What emu's kstrcpy leaves in a buffer of ns bytes (without the NUL): a text too
    long is cut at a character boundary and ends with "..."."""
    if len(b) + 1 <= ns:
        return b
    if ns < 4:
        return b[:ns]
    n = ns - 5                  # keeps ns-4 bytes, then always steps back one more
    while n > 0 and b[n] & 0xC0 == 0x80:
        n -= 1
    return b[:n] + b"..."


ERRMAX = 128


class VM:
    """The emulated Dis VM: builtin registry, lifecycle, calls and checks."""

    def __init__(self, strict: bool = False, checks: bool = True, lock_threshold_ms: float = 100.0,
                 kproc_stack: int | None = None, modules: Sequence = ()):
        self.modules = list(modules)    # the user's own builtins (builtins/user.py), booted after emu's
        self.strict = strict
        self.kproc_stack = kproc_stack  # bytes: report a C call that needs more stack (emu/386's kprocs: 32 KB)
        self._checks = checks
        self._fast = False              # booted and unchecked: the compiled wrappers may run
        self.lock_threshold_ms = lock_threshold_ms
        self.exec = Exec()
        self.registry: dict[str, Builtin] = {}
        self.state = "new"               # new -> booted -> shut down
        self._booting = None            # the builtin whose modinit runs: its C calls builtinmod()
        self._register_error: Exception | None = None
        self._inflight = 0
        self._gen = 0
        self._mu = threading.Lock()
        self.errstr = ErrStr()
        self.pid = lambda: os.getpid() & 0x7FFFFFFF     # a scheduler of Dis progs replaces it
        self.progs = None               # that scheduler: /prog/N/ctl's kill (harness/sched.py)
        self._tls = threading.local()
        self.stdout = None              # where $Sys writes fd 1 and 2 (None: sys.stdout/stderr)
        self.stderr = None

    @property
    def checks(self) -> bool:
        """Porting checks on every call (frame guard, result canary, heap audit, lock time)."""
        return self._checks

    @checks.setter
    def checks(self, on: bool) -> None:
        self._checks = on
        self._fast = self.state == "booted" and not on

    # lifecycle
    def boot(self) -> VM:
        """Run every builtin's modinit once, in emu's order."""
        from .builtins import BUILTINS
        if self.state == "booted":
            raise BridgeError("boot: the VM is already booted")
        if self.state == "shut down":
            raise BridgeError("boot: the VM was shut down; make a new VM")
        if _current[0] is not None and _current[0] is not self:
            raise BridgeError("boot: another VM is running in this process; shut it down first")
        _current[0] = self
        self.state = "booted"
        self._fast = not self._checks
        try:
            for b in [*BUILTINS, *self.modules]:
                self._booting = b
                b.modinit(self)
        except BaseException:
            self.shutdown()
            raise
        finally:
            self._booting = None
        return self

    def shutdown(self) -> None:
        """Run modcleanup in reverse order; empty the registry."""
        if self.state != "booted":
            raise BridgeError(f"shutdown: the VM is {self.state}, not booted")
        for b in reversed(list(self.registry.values())):
            if b.cleanup is not None:
                b.cleanup()
        self.registry.clear()
        self.state = "shut down"
        self._fast = False
        _current[0] = None

    def __enter__(self) -> VM:
        return self.boot() if self.state == "new" else self

    def __exit__(self, *exc) -> None:
        if self.state == "booted":
            self.shutdown()

    # registration
    def builtinmod(self, path: str, rows: list[Moduledata], decl: ModuleInfo,
                   cleanup: Callable[[], None] | None = None, unserved: frozenset = frozenset()) -> Builtin:
        """Register a builtin module by its $ name (C modules arrive here through builtinmod())."""
        if self.state != "booted":
            raise BridgeError(f"builtinmod {path}: the VM is not booting")
        if not path.startswith("$"):
            raise BridgeError(f"builtinmod: {path!r} is not a builtin name (must start with $)")
        if path in self.registry:
            raise BridgeError(f"builtinmod: {path} registered twice")
        b = Builtin(path, decl, {r.name: r for r in rows}, cleanup, unserved)
        self.registry[path] = b
        return b

    def register_c(self, b, name: str, tab, n: int) -> None:
        """builtinmod() from C in b's modinit: rows from the Runtab, checked against b's .m."""
        decl = b.declaration(name)
        stem = os.path.basename(getattr(b, "m", f"{b.stem}.m"))
        rows = []
        tab = ffi.cast("Runtab*", tab)
        for i in range(n):
            r = tab[i]
            rname = ffi.string(r.name).decode()
            f = next((f for f in decl.functions if f.qualname == rname), None)
            if f is None:
                raise BridgeError(f"builtinmod {name}: table row {rname} is not in {stem}")
            sig = r.sig & 0xFFFFFFFF
            if sig != f.sig or r.size != (0 if f.varargs else f.dis.size):
                raise BridgeError(f"builtinmod {name}: row {rname} does not match {stem} "
                                  f"(sig {sig:x} vs {f.sig:x}): regenerate the headers")
            rows.append(Moduledata(rname, sig, r.size, r.np, bytes(r.map[0:r.np]), f, r.fn))
        self.builtinmod(name, rows, decl, b.cleanup)

    # loading
    def load(self, path: str, decl: str | Program | ModuleInfo, names: list[str] | None = None,
             include: list[str] | tuple[str, ...] = ()) -> Linked:
        """`load Mod path`: link the functions the caller's declaration imports.

        decl is the caller's view of the module (a .m path, source text, Program or
        ModuleInfo); names narrows the import to what a program actually uses.
        """
        try:
            return self._load(path, decl, names, include)
        except LoadError as e:
            self.errstr.text = str(e)
            raise

    def _load(self, path, decl, names, include) -> Linked:
        if self.state != "booted":
            raise LoadError(f"load {path}: the VM is {'not booted' if self.state == 'new' else 'shut down'}")
        if not isinstance(path, str):
            raise TypeError("load: path must be a string")
        if not path.startswith("$"):
            raise LoadError(f"load {path}: only builtin ($) modules can be loaded by the bridge; "
                            "running .dis files is not supported")
        b = self.registry.get(path)
        if b is None:
            raise LoadError("module not built-in")
        caller = caller_module(decl, path, include)
        want = caller.functions if names is None else [caller.function(n) for n in names]
        links: dict[str, Moduledata] = {}
        for f in want:
            row = b.rows.get(f.qualname)
            if row is None and f.qualname in b.unserved:
                row = unserved(path, f)
            modsig = row.sig if row is not None else 0
            if row is None or row.sig != f.sig:
                raise LoadError(f"link typecheck {path}->{f.qualname}() {modsig:x}/{f.sig:x}")
            links[f.qualname] = row
        return Linked(self, b, links)

    # calls
    def call(self, b: Builtin, row: Moduledata, args: tuple):
        if self.state != "booted":
            raise BridgeError(f"{b.path}->{row.name}(): the VM is {self.state}")
        if not self.checks and row.plan is not None and not any(type(a) in (bytearray, list) for a in args):
            return self._fastcall(row, args)
        fn = row.function
        frame = Frame(fn)
        if fn.varargs:
            if row.is_c:
                raise TypeError(f"{b.path}->{row.name}(): variable arguments to a C builtin are not supported")
            frame.vargs = list(args[len(fn.args):])     # what the Dis frame holds past the fixed part
            args = args[:len(fn.args)]
        self.exec.lock()
        try:
            return self._call_locked(b, row, frame, args)
        finally:
            self.exec.unlock()

    def _fastcall(self, row: Moduledata, args: tuple):
        """A C call without porting checks: a planned frame, reused per thread."""
        plan = row.plan
        f = plan.frame()
        if plan.scalar:
            return self._scalarcall(row, plan, f, args)
        f.busy = True
        lib.bridge_vmlock()
        try:
            plan.put_args(f, args)
            buf, held, released = self._outs()
            if lib.bridge_call(row.handler, f.ptr, buf, native.ERRTEXT, held, released) != 0:
                err = ffi.string(buf).decode("utf-8", "replace")
                plan.clear(f)
                raise LimboException(err, row.name)
            try:
                return plan.get_result(f)
            finally:
                plan.clear(f)
        finally:
            lib.bridge_vmunlock()
            f.busy = False

    def _scalarcall(self, row: Moduledata, plan: Plan, f: Frame, args: tuple):
        """Scalars in, scalar out: packed outside the lock, one C call locks and calls."""
        if plan.packer is not None:
            try:
                plan.packer.pack_into(f.buf, plan.start, *args)
            except struct.error:
                plan.put_args(f, args)      # raises the precise TypeError/ValueError
        elif args:
            raise TypeError(f"{plan.fn.qualname}() takes 0 arguments ({len(args)} given)")
        # a C function cannot call back into this thread's Python, so the frame is ours alone
        buf, held, released = f.outs
        if lib.bridge_lcall(row.handler, f.ptr, buf, native.ERRTEXT, held, released) != 0:
            raise LimboException(ffi.string(buf).decode("utf-8", "replace"), row.name)
        return plan.res_s.unpack_from(f.rbuf, 0)[0] if plan.res_s is not None else None

    def _outs(self):
        """Per-thread result cells for the trampoline, made once."""
        o = getattr(self._tls, "outs", None)
        if o is None:
            o = self._tls.outs = (ffi.new(f"char[{native.ERRTEXT}]"), ffi.new("vlong*"), ffi.new("int*"))
        return o

    def _audit_total(self) -> int:
        return lib.bridge_live()

    def _call_locked(self, b: Builtin, row: Moduledata, frame: Frame, args: tuple):
        fn = row.function
        check = self.checks
        with self._mu:
            self._inflight += 1
            self._gen += 1
            gen0 = self._gen
        live0 = self._audit_total() if check else 0
        canary = None
        problems: list[str] = []
        try:
            frame.set_args(args)
            res_t = fn.result
            if res_t.kind in POINTER_KINDS and check:
                canary = lib.c2string(b"canary", 6)
                lib.bridge_incref(canary)           # our own reference, to see a destroy
                ffi.cast("void**", frame.result)[0] = canary
            prev = self.exec.enter(frame, b.path)
            err, kind = None, LimboException     # a Python builtin's own subclass survives the call
            if row.is_c:
                buf, held, released = self._outs()
                if check:
                    lib.bridge_takehazard(buf, native.ERRTEXT)     # one left by an unchecked call is not this one's
                if check and self.kproc_stack:
                    used = ffi.new("int*")
                    rc = lib.bridge_stackcall(row.handler, frame.ptr, buf, native.ERRTEXT, held, released, 4 * self.kproc_stack, used)
                    if used[0] > self.kproc_stack:
                        more = "at least " if used[0] >= 4 * self.kproc_stack else ""
                        problems.append(f"{b.path}->{row.name}() used {more}{used[0] // 1024} KB of stack; "
                                        f"emu's kprocs have {self.kproc_stack // 1024} KB")
                else:
                    rc = lib.bridge_call(row.handler, frame.ptr, buf, native.ERRTEXT, held, released)
                if rc != 0:
                    err = ffi.string(buf).decode("utf-8", "replace")
                self.exec.leave(prev, err)
                held_ms, nrel = held[0] / 1e6, released[0]
                if check and lib.bridge_takehazard(buf, native.ERRTEXT):
                    problems.append(f"{b.path}->{row.name}(): {ffi.string(buf).decode('utf-8', 'replace')}")
            else:
                try:
                    row.handler(frame, self)
                except LimboException as e:
                    err, kind = e.text, type(e)
                finally:
                    held_s, nrel = self.exec.leave(prev, err)
                held_ms = held_s * 1e3
            name = f"{b.path}->{row.name}()"
            if check and not frame.guard_ok():
                problems.append(f"{name} wrote past the end of its frame")
            result = None
            if canary is not None and check:
                slot = ffi.cast("void**", frame.result)
                if slot[0] != canary and lib.bridge_refs(canary) == 2:
                    problems.append(f"{name} replaced its pointer result without destroying the old one")
                if slot[0] == canary:
                    slot[0] = H                     # untouched: the caller's old value, nil here
                    lib.destroy(canary)
                lib.destroy(canary)
            if err is None and res_t.kind.name != "NONE":
                result = get(frame.result, res_t)
            if frame.result is not None:
                drop(frame.result, res_t)
            if check and held_ms > self.lock_threshold_ms and nrel == 0:
                problems.append(f"{name} held the VM lock for {held_ms:.0f} ms without release()")
        finally:
            frame.copy_back(args)
            frame.release_args()
            with self._mu:
                self._inflight -= 1
                alone = self._gen == gen0 and self._inflight == 0
        if check and alone:
            leaked = self._audit_total() - live0
            if leaked > 0:
                problems.append(f"{b.path}->{row.name}() leaked {leaked} heap object{'s' * (leaked != 1)}")
        if problems:
            msg = "; ".join(problems)
            if self.strict:
                raise PortingError(msg)
            warnings.warn(msg, PortingWarning, stacklevel=4)
        if err is not None:
            raise kind(err, row.name)
        return result

    def audit(self) -> dict[str, tuple[int, int]]:
        return heap_audit()


_current: list[VM | None] = [None]


def current_vm() -> VM:
    vm = _current[0]
    if vm is None:
        raise BridgeError("no VM is booted")
    return vm


@ffi.def_extern()
def bridge_register(name, tab, n):
    """builtinmod() from a C module's modinit lands here."""
    vm = _current[0]
    path = ffi.string(name).decode()
    if vm is None or vm._booting is None:
        print(f"disbridge: builtinmod({path}) outside boot", flush=True)
        return ffi.NULL
    try:
        vm.register_c(vm._booting, path, tab, n)
    except Exception as e:             # cannot raise through C: remember and report at boot
        vm._register_error = e
        return ffi.NULL
    return tab


@ffi.def_extern()
def bridge_kwerrstr(text):
    """kwerrstr() from C: set the calling Dis process's error string."""
    vm = _current[0]
    if vm is not None:
        vm.errstr.kwerrstr(ffi.string(text).decode("utf-8", "replace"))


@ffi.def_extern()
def bridge_kgerrstr(buf, n):
    """kgerrstr() from C: copy the calling Dis process's error string out, as kstrcpy does."""
    vm = _current[0]
    b = kstrcpy((vm.errstr.text if vm is not None else "").encode("utf-8", "surrogateescape"), n)
    ffi.memmove(buf, b[:n - 1] + b"\0", min(len(b), n - 1) + 1)


class Linked:
    """A loaded module: the functions the caller linked, callable by name."""

    def __init__(self, vm: VM, b: Builtin, links: dict[str, Moduledata]):
        self._vm = vm
        self._b = b
        self._links = links

    @property
    def path(self) -> str:
        return self._b.path

    @property
    def functions(self) -> list[str]:
        return list(self._links)

    def call(self, name: str, *args):
        row = self._links.get(name)
        if row is None:
            raise AttributeError(f"{self._b.path}: {name} was not linked by this load")
        return self._vm.call(self._b, row, args)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        row = self._links.get(name)
        if row is None:
            raise AttributeError(f"{self._b.path}: {name} was not linked by this load")
        vm, b, plan = self._vm, self._b, row.plan
        caller = _caller(row)

        if caller is not None and not caller.strs and caller.rk in wrappers.CTYPE:
            cfunc = caller.cfunc

            local = caller.local

            def fn(*args):
                if vm._fast:
                    try:
                        o = local.o
                    except AttributeError:
                        o = caller.outs()
                    try:
                        if cfunc(*args, o[1], o[0]):
                            raise LimboException(ffi.string(o[0]).decode("utf-8", "replace"), row.name)
                    except (TypeError, OverflowError):
                        return vm.call(b, row, args)      # the slow path says what was wrong
                    return o[1][0]
                return vm.call(b, row, args)
        elif caller is not None:
            def fn(*args):
                if vm._fast:
                    how, v = caller(args)
                    if how == "ok":
                        return v
                    if how == "err":
                        raise LimboException(v, row.name)
                return vm.call(b, row, args)      # checks on, or a value only the slow path can judge
        elif plan is not None and plan.scalar:
            def fn(*args):
                if vm._fast:
                    return vm._scalarcall(row, plan, plan.frame(), args)
                return vm.call(b, row, args)
        else:
            def fn(*args):
                return vm.call(b, row, args)
        fn.__name__ = name
        self.__dict__[name] = fn           # later lookups skip __getattr__
        return fn

    def __repr__(self) -> str:
        return f"<{self._b.path}: {', '.join(self._links)}>"


def _caller(row: Moduledata):
    """The compiled wrapper of a C row, if build_ffi made one."""
    if not row.is_c or not wrappers.wrappable(row.function):
        return None
    cfunc = getattr(lib, wrappers.name(row.function), None)
    if cfunc is None:
        return None
    return wrappers.Caller(row.function, cfunc, ffi, lib, read_string)


# declarations
_decls: dict[str, ModuleInfo] = {}


def c_declaration(stem: str, name: str) -> ModuleInfo:
    """The declaration of C module stem (module/<stem>.m), whose PATH is name."""
    d = _decls.get(stem)
    if d is None:
        prog = load_decl(os.path.join(MODULE_DIR, stem + ".m"), [MODULE_DIR])
        d = next((m for m in prog.modules if m.path == name), None)
        if d is None:
            raise BridgeError(f"builtinmod {name}: no module in {stem}.m has PATH {name}")
        _decls[stem] = d
    return d


def caller_module(decl, path: str, include=()) -> ModuleInfo:
    if isinstance(decl, ModuleInfo):
        return decl
    if isinstance(decl, str):
        if decl.endswith(".m") and "\n" not in decl:
            prog = load_decl(decl, [*include, MODULE_DIR])
        else:
            prog = loads_decl(decl, include=[*include, MODULE_DIR])
    elif isinstance(decl, Program):
        prog = decl
    else:
        raise TypeError("load: the declaration must be a .m path, Limbo source, Program or ModuleInfo")
    m = prog.by_path(path)
    if m is None:
        if len(prog.modules) == 1:
            return prog.modules[0]
        raise LoadError(f"load {path}: the declaration has no module with PATH {path}")
    return m


def heap_audit() -> dict[str, tuple[int, int]]:
    """Live heap objects and bytes, by type name."""
    n = 256
    tv = ffi.new("Type*[]", n)
    live = ffi.new("vlong[]", n)
    nb = ffi.new("vlong[]", n)
    k = min(lib.bridge_audit(tv, live, nb, n), n)
    out: dict[str, tuple[int, int]] = {}
    for i in range(k):
        name = ffi.string(tv[i].name).decode() if tv[i].name != ffi.NULL else "?"
        a, b = out.get(name, (0, 0))
        out[name] = (a + live[i], b + nb[i])
    return out


def heap_live() -> int:
    """Heap objects alive now, all types together."""
    return lib.bridge_live()


__all__ = ["VM", "Moduledata", "Builtin", "Linked", "LoadError", "PortingError", "PortingWarning",
           "LimboException", "BridgeError", "heap_audit", "heap_live", "rows_from_decl", "isnil"]
