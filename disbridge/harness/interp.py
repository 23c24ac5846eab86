"""Run a Limbo harness program: `init(ctxt, args)` with Limbo's semantics.

Builtin modules are loaded through the bridge's module table and link
typecheck (only the functions the program uses are imported); everything
else is evaluated here.
"""

from __future__ import annotations

import math
import os
import re

from .. import fpu
from ..builtins.sys import ProgKill, byte2char_at, emu_run_start, fd_owner, not_dis, unloadable
from ..frames import LimboException
from ..limbo.gfmt import DEFAULT_NAN
from ..limbo.lex import LimboError
from ..limbo.model import ModuleInfo, _function
from ..limbo.model import Program as DeclProgram
from ..limbo.parse import Parser
from ..limbo.resolve import Resolver, make_iface
from ..limbo.types import STORESPACE, K, Store, Type
from ..modtab import VM, LoadError
from ..native import lib
from .check import Checker
from .compile import Compiler, arg_order, fill_comm, find_comm
from .modpath import find_source
from .parse import FnDef, Program, parse_program
from .sched import Chan, Killed, Sched
from .values import ARITH, COMPARE, NIL, Arr, Big, Byte, Cons, Rec, Ref, copyval, gfmt, list_from, list_items, retype, trunc_div, utf8_string, wrap32, wrap64

BLOCKING = {"Sys": ("sleep", "read", "readn", "pread", "stream")}       # calls that may wait: the other progs run meanwhile
# the Sys calls whose emu implementation brackets its work with release()/acquire(): once done,
# the caller queues for the VM behind the progs that were ready (emu/port/inferno.c)
RELEASING = {"Sys": frozenset(("announce", "bind", "chdir", "create", "dial", "dirread", "dup", "export", "fauth", "fd2path",
                               "fildes", "file2chan", "fprint", "fstat", "fversion", "fwstat", "iounit", "listen", "mount",
                               "open", "pctl", "pread", "print", "pwrite", "read", "readn", "remove", "seek", "sleep", "stat",
                               "stream", "unmount", "write", "wstat"))}


def modname(prog, fallback: str) -> str:
    """The module the program implements: the name emu reports a broken prog by (limbo names
    the module of `implement A, B;` A+B)."""
    return "+".join(prog.src.implement) if prog.src.implement else fallback


def broken(module: str, text: str) -> str:
    """How an uncaught exception is reported: emu's "Broken" line; a fail: one as its status."""
    if text.startswith("fail:"):
        return f"{module}: {text}"
    return f'[{module}] Broken: "{text}"'


# the error string init's prog starts with: a copy of its spawner's, which emu-run's runner leaves
# so when its `load` of the program walks the host path (measured on the reference emu); its fd
# table has the runner's fd 3 too (builtins/sys.py emu_run_start)
RUNNER_ERRSTR = "file does not exist"

class ExcValues(tuple):
    """A caught declared exception's values, which `raise e` raises again as that exception."""

    def __new__(cls, exc, values: tuple):
        t = super().__new__(cls, values)
        t.exc = exc
        return t


class Raise(Exception):
    """A Limbo exception in flight; str() is its text. One of a declared exception type
    carries that declaration and the values raised with it."""

    def __init__(self, text: str, exc=None, values: tuple = (), module: str | None = None):
        super().__init__(text)
        self.exc = exc
        self.values = values
        self.module = module        # the module it was raised in (a builtin's $name): emu reports the prog broken there
        self.hops = 0               # function returns it has crossed: a declared exception is known by its
                                    # type only in the raiser and its caller, and by its name only outside the raiser


class _Return(Exception):
    def __init__(self, v):
        self.v = v


class _Break(Exception):
    def __init__(self, label):
        self.label = label


class _Continue(Exception):
    def __init__(self, label):
        self.label = label


class _Exit(Exception):
    pass


class Env:
    __slots__ = ("vars", "up")

    def __init__(self, up: Env | None = None):
        self.vars: dict = {}
        self.up = up

    def find(self, name: str) -> Env | None:
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.up
        return None


class ModVal:
    """A loaded module: the bridge's linked functions and the caller's declaration."""

    def __init__(self, linked, info: ModuleInfo, runner: Runner | None = None):
        self.linked = linked
        self.info = info
        self.runner = runner                # a module loaded from Limbo source: its own globals
        self.fns: dict[str, tuple] = {}     # name -> (Function, the bridge's callable for it)

    def function(self, name: str) -> tuple:
        got = self.fns.get(name)
        if got is None:
            f = next((x for x in self.info.functions if x.qualname == name), None)
            if f is None:
                raise Raise(f"{name} is not a function of {self.info.name}")
            got = self.fns[name] = (f, getattr(self.linked, name))
        return got


def own_fds(vm, values) -> None:
    """Each new ref Sys->FD among values closes its descriptor when the program drops the last
    reference to it, as emu's FD destroy does (so a pipe's reader sees its end)."""
    for v in values:
        if isinstance(v, tuple):
            own_fds(vm, list(v))
        elif isinstance(v, Ref) and v.r.adt.decl is not None and v.r.adt.decl.name == "FD" and "fd" in v.r.f:
            fd_owner(vm, v, v.r.f["fd"])


def _declare(lhs, v, env: Env) -> None:
    """x := v, or (a, b) := v: each name gets its value (a copy), in the current scope."""
    targets, vals = ([lhs], [v]) if lhs[0] == "name" else (lhs[1], list(v))
    for t, x in zip(targets, vals):
        if t[0] == "name":
            env.vars[t[1]] = copyval(x)


def _names(node) -> set[str]:
    """The names a tree refers to (ecom.c tupsaliased looks for any of one side's in the other)."""
    if isinstance(node, list):
        return set().union(*(_names(x) for x in node)) if node else set()
    if not isinstance(node, tuple) or not node:
        return set()
    if node[0] == "name":
        return {node[1]}
    return set().union(*(_names(x) for x in node[1:] if isinstance(x, (tuple, list))))


def _default(t: Type | None):
    if t is None:
        return None
    k = t.kind
    if k is K.INT:
        return 0
    if k is K.BIG:
        return Big(0)
    if k is K.BYTE:
        return Byte(0)
    if k is K.REAL:
        return 0.0
    if k is K.STRING:
        return NIL
    if k is K.TUPLE:
        return tuple(_default(d.ty) for d in t.ids if d.store in STORESPACE)
    if k is K.ADT:
        return Rec(t, {d.name: _default(d.ty) for d in t.ids if d.store in STORESPACE})
    return None


def coerce(t: Type | None, v):
    """A value stored into a slot of type t (constants adapt to their slot)."""
    if t is None:
        return copyval(v)
    k = t.kind
    if k is K.INT and isinstance(v, int):
        return wrap32(v)
    if k is K.BIG and isinstance(v, int):
        return wrap64(v)
    if k is K.BYTE and isinstance(v, int):
        return Byte(v & 0xFF)
    if k is K.REAL and isinstance(v, (int, float)):
        return float(v)
    if k is K.STRING and v is None:
        return ""
    return copyval(v)


class Runner(Compiler):
    def __init__(self, prog: Program, vm: VM, out, err, loader: Runner | None = None, libpath: list[str] = (),
                 incdirs: list[str] = ()):
        lib.bridge_cachearenas()       # deep Limbo recursion without mmap churn (native/pyarena.c)
        self.prog = prog
        self.vm = vm
        self.out = out
        self.errout = err
        self.r = Resolver(prog.src)
        self.r.run()
        self.modinfo: dict[str, ModuleInfo] = {}
        for d in self.r.modules():
            argno = [0]
            info = ModuleInfo(d)
            for f in d.ty.iface:
                if f.store is Store.FN:
                    info.functions.append(_function(d, f, argno))
            self.modinfo[d.name] = info
        checker = Checker(prog, self.modinfo, self.r)
        checker.run()
        self.direct = checker.direct
        self.methods = checker.methods
        self.fields = checker.fields
        self.hoisted = checker.hoisted
        self.strindex = checker.strindex
        self.imported = checker.imported
        self._folded = checker.folded           # keeps the rebuilt nodes (and their ids) alive
        self.errstr = ""
        self._refcalls: dict[int, tuple] = {}
        self.libpath = list(libpath) if loader is None else loader.libpath      # -L dirs (modpath.py)
        self.incdirs = list(incdirs) if loader is None else loader.incdirs
        self.loaded: list[Runner] = [] if loader is None else loader.loaded     # every Limbo module instance
        self.builtins: list[ModVal] = [] if loader is None else loader.builtins     # every $ module loaded
        self.root: Runner = self if loader is None else loader.root
        self.fnids = {id(f) for f in prog.fns.values()}     # the FnDefs are the program's, alive as long as it
        self.pc0raise, self.pc0tries = _pc0_quirk(prog)
        if loader is None:
            self.sched = Sched()
            vm.pid = self.sched.pid
            vm.progs = self.sched
        else:
            self.sched = loader.sched
        self._handlers: dict[int, list] = {}
        self._e = {n[2:]: getattr(self, n) for n in dir(self) if n.startswith("e_")}     # node -> method
        self._cx: dict[int, object] = {}         # id(node) -> its closure (compile.py)
        self._keep: list = []
        self.binop, self.copyval, self.Raise = binop, copyval, Raise
        self._s = {n[2:]: getattr(self, n) for n in dir(self) if n.startswith("s_")}
        self.globals = Env()
        self.name = ""
        for m in prog.src.implement:       # the module's own data members (`count: int;` in its interface)
            d = prog.src.scope.lookup(m)
            for x in (d.ty.fields or []) if d is not None and d.ty is not None else ():
                self.globals.vars[x.name] = _default(self.typeof(x.ty))
        for g in prog.globals:
            self.exec(g, self.globals)

    def typeof(self, t: Type | None) -> Type | None:
        return None if t is None else self.r.resolve(t)

    # running
    def run(self, args: list[str]) -> None:
        init = self.prog.fns.get("init")
        if init is None:
            raise LimboError(self.prog.src.files[0], 1, "no init function")

        def main():
            self.vm.errstr.text = RUNNER_ERRSTR
            emu_run_start(self.vm)
            return self.call_fn(init, [None, list_from(args)][:len(init.ty.ids)])
        self.as_main(args[0] if args else "init", main)

    def as_main(self, name: str, fn):
        """Run fn as the program's first prog; spawned progs run on until none can."""
        self.sched.adopt(name).module = modname(self.prog, name)
        try:
            return fn()
        except Killed:          # killed through /prog/N/ctl: emu-run reports it as it does fail:
            self.out.flush()
            print(f"{modname(self.prog, name)}: killed", file=self.errout)
            e = Raise("killed")
            e.reported = True
            raise e from None
        except Raise as e:      # emu reports the first prog's death at once, while the others run on
            self.out.flush()
            print(broken(e.module or modname(self.prog, name), str(e)), file=self.errout)
            e.reported = True
            raise
        finally:
            self.sched.finish()

    def hoist(self, names: dict, env: Env) -> None:
        """Names a branch of this block declares exist from the block's start, at their zero."""
        for n, t in names.items():
            if n not in env.vars:
                env.vars[n] = _default(t)

    def prog_died(self, p, e: BaseException) -> str:
        """A spawned prog's uncaught exception ends that prog only; its status for wait files."""
        if isinstance(e, _Exit):
            return ""
        text = str(e) if isinstance(e, Raise) else f"{type(e).__name__}: {e}"
        if text.startswith("fail:"):
            return text          # emu reports a spawned prog's fail: nowhere
        self.out.flush()
        print(broken(getattr(e, "module", None) or modname(self.prog, p.name), text), file=self.errout)
        return text

    def call_fn(self, f: FnDef, args: list, selfv=None):
        """Arguments are copied in (adt values by value); the body shares the parameters' scope.
        args is the call's own list, emptied here: the frame alone holds the values, so an FD
        parameter set to nil is closed (a spawned writer's end of a pipe gives EOF)."""
        names = f.params
        if selfv is not None and len(args) + 1 == len(names):     # a.f() of an f without self drops a
            args.insert(0, selfv)
        if len(args) != len(names):
            raise Raise(f"{f.name}: wrong number of arguments")
        env = Env(self.globals)
        env.vars = {n: v if type(v) is int else copyval(v) for n, v in zip(names, args) if n != "nil"}
        args.clear()
        h = self.hoisted.get(id(f.body))
        if h:
            self.hoist(h, env)
        run = self._s
        try:
            for x in f.body[1]:
                run[x[0]](x, env)
        except _Return as r:
            return r.v
        except Raise as r:
            r.hops += 1
            if r.module is None:        # emu names the module the prog was in when it raised
                r.module = modname(self.prog, None)
            raise
        return None

    # statements
    def exec(self, s, env: Env) -> None:
        self._s[s[0]](s, env)

    def s_block(self, s, env):
        inner = Env(env)
        h = self.hoisted.get(id(s))
        if h:
            self.hoist(h, inner)
        for x in s[1]:
            self.exec(x, inner)

    def exec_decl(self, s, env):
        _, names, t, init, tok = s
        ty = self.typeof(t)
        v = self.eval(init, env) if init is not None else None
        for n in names:
            if n == "nil":
                continue
            env.vars[n] = coerce(ty, v) if init is not None else _default(ty)

    s_decl = exec_decl

    def s_tupledecl(self, s, env):
        _, lhs, e, tok = s
        self.declare_tuple(lhs, self.eval(e, env), env)

    def declare_tuple(self, lhs, v, env) -> None:
        """(a, (b, c), nil) := v, from a tuple or an adt value's fields."""
        for x, y in zip(lhs[1], _fields(v)):
            if x[0] == "tuple":
                self.declare_tuple(x, y, env)
            elif x[0] == "name" and x[1] != "nil":
                env.vars[x[1]] = copyval(y)

    def s_expr(self, s, env):
        self.cx(s[1])(env)

    def s_if(self, s, env):
        if self.cx(s[1])(env):
            self.exec(s[2], env)
        elif s[3] is not None:
            self.exec(s[3], env)

    def s_label(self, s, env):
        if s[2][0] == "block":          # break label leaves a labelled block
            try:
                self.exec(s[2], env)
            except _Break as b:
                if b.label != s[1]:
                    raise
            return
        self.loop_label = s[1]
        self.exec(s[2], env)

    def _body(self, label, body, env) -> bool:
        """One pass of a loop body; False when it breaks out of this loop."""
        try:
            self.exec(body, env)
        except _Break as b:
            if b.label is None or b.label == label:
                return False
            raise
        except _Continue as c:
            if c.label is not None and c.label != label:
                raise
        return True

    def _loop(self, label, body, env, cond, post):
        c = self.cx(cond) if cond is not None else None
        p = self.cx(post) if post is not None else None
        while c is None or c(env):
            if not self._body(label, body, env):
                return
            if p is not None:
                p(env)

    def _label(self):
        label = getattr(self, "loop_label", None)
        self.loop_label = None
        return label

    def s_for(self, s, env):
        _, init, cond, post, body, tok = s
        label = self._label()
        if init is not None:            # declared in the enclosing block, as Limbo does
            self.exec(init, env)
        self._loop(label, body, env, cond, post)

    def s_do(self, s, env):
        _, body, cond, tok = s
        label = self._label()
        while self._body(label, body, env) and self.eval(cond, env):
            pass

    def s_break(self, s, env):
        raise _Break(s[1])

    def s_continue(self, s, env):
        raise _Continue(s[1])

    def s_return(self, s, env):
        raise _Return(None if s[1] is None else self.eval(s[1], env))

    def s_exit(self, s, env):
        raise _Exit()

    def s_raise(self, s, env):
        if s[1] is None:
            was = getattr(self.sched.local, "exc", None)
            if was is None:
                raise Raise("")
            r, slot, name = was
            if slot is not None:
                v = slot.vars.get(name)
                raise Raise("dereference of nil") if v is None or v == "" else Raise(v)
            raise Raise(str(r), r.exc, r.values)
        v = self.eval(s[1], env)
        if v is None or v == "":          # "" is the nil string
            raise Raise("dereference of nil")
        if isinstance(v, tuple) and v[:1] == ("exc",):       # raise E or raise E(values)
            raise Raise(self.exc_name(v[1]), v[1], v[2] if len(v) > 2 else ())
        if isinstance(v, ExcValues):                          # raise e, e a caught declared exception
            raise Raise(self.exc_name(v.exc), v.exc, tuple(v))
        r = Raise(str(v))
        r.pc0 = id(s) == self.pc0raise
        raise r

    def s_case(self, s, env):
        _, e, arms, tok = s
        label = self._label()
        v = self.eval(e, env)
        for pats, body in arms:
            if any(p[0] != "any" and self.match(p, v, env) for p in pats):
                self._breakable(label, body, env)
                return
        for pats, body in arms:         # * is taken only when no label matches, wherever it stands
            if any(p[0] == "any" for p in pats):
                self._breakable(label, body, env)
                return

    def _breakable(self, label, body, env) -> None:
        """Run a case or pick arm: break leaves it."""
        try:
            self.exec(body, env)
        except _Break as b:
            if b.label is not None and b.label != label:
                raise

    def match(self, p, v, env) -> bool:
        if p[0] == "any":
            return True
        if p[0] == "range":
            return self.eval(p[1], env) <= v <= self.eval(p[2], env)
        return self.eval(p[1], env) == v

    def s_pick(self, s, env):
        _, name, e, arms, tok = s
        label = self._label()
        v = self.eval(e, env)
        rec = self.record(v)
        if rec.tag is None:
            raise Raise("pick on an adt without pick tags")
        arms = sorted(arms, key=lambda a: "*" in a[0] and rec.tag.name not in a[0])     # * last
        for tags, body in arms:
            if "*" in tags or rec.tag.name in tags:
                inner = Env(env)
                inner.vars[name] = v
                self._breakable(label, body, inner)
                return

    def e_tagof(self, e, env):
        v = self.eval(e[1], env)
        if isinstance(v, tuple) and v and v[0] == "type" and v[1].store is Store.TAG:
            return v[1].tag           # tagof Adt.Tag: the tag's number
        rec = self.record(v)
        if rec.tag is None:
            raise Raise("tagof an adt without pick tags")
        return rec.tag.tag

    def s_try(self, s, env):
        _, body, name, arms, tok = s
        try:
            self.exec(body, env)
        except Raise as r:
            if getattr(r, "pc0", False) and id(s) in self.pc0tries:
                raise               # its range starts after pc 0 (_pc0_quirk)
            text = str(r)
            fpu.revert()
            for p, hbody in self.handler_order(s, env):
                if self.exmatch(p, r, env):
                    inner = Env(env)
                    typed = False
                    if name:       # a declared exception's values (one value is itself), or the exception's text
                        typed = p[0] != "any" and r.exc is not None and self.eval(p[1], env) == ("exc", r.exc)
                        inner.vars[name] = (r.values[0] if len(r.values) == 1 else ExcValues(r.exc, r.values)) if typed else text
                    prev = getattr(self.sched.local, "exc", None)
                    # what a bare raise in the handler raises again: the handler's slot, which is the
                    # variable when there is one (assigning it changes what is re-raised)
                    self.sched.local.exc = (r, inner if name and not typed and r.exc is None else None, name)
                    self.vm.errstr.text = text      # every exception raised sets the error string
                    try:
                        self._breakable(None, hbody, inner)     # a handler is a case: break leaves it
                    finally:
                        self.sched.local.exc = prev
                    return
            raise

    def handler_order(self, s, env) -> list:
        """The compiler sorts handler labels: exact strings, then patterns longest first, then *."""
        order = self._handlers.get(id(s))
        if order is None:
            pats = [(p, body) for pats, body in s[3] for p in pats]

            def key(pb):
                p = pb[0]
                if p[0] == "any":
                    return (2, 0)
                text = self.eval(p[1], env)
                text = text if isinstance(text, str) else ""
                return (1, -len(text)) if text.endswith("*") else (0, 0)
            order = self._handlers[id(s)] = sorted(pats, key=key)
        return order

    def exc_name(self, d) -> str:
        """A declared exception's text as emu spells it: Module.0.Name for one of the program's
        top level, Module.1.Name for one of a module interface, Module.fn.DEPTH.Name for one a
        function's block declares."""
        mod = modname(self.prog, self.name or "")
        if getattr(d, "where", None):
            return f"{mod}.{d.where}.{d.name}"
        mods = (self.prog.src.scope.names.get(m) for m in self.prog.src.implement)
        iface = any(md is not None and md.ty is not None and md.ty.kind is K.MODULE and md.ty.scope.names.get(d.name) is d
                    for md in mods)
        top = self.prog.src.scope.names.get(d.name) is d and not iface
        return f"{mod}.{0 if top else 1}.{d.name}"

    def exmatch(self, p, r: Raise, env) -> bool:
        if p[0] == "any":
            return True
        text = str(r)
        pat = self.eval(p[1], env)
        if isinstance(pat, tuple) and pat[:1] == ("exc",):
            return pat[1] is r.exc and r.hops <= 1
        if r.exc is not None and r.hops < 1:
            return False
        if isinstance(pat, str) and pat.endswith("*"):
            return text.startswith(pat[:-1])
        return pat == text

    # threads and channels
    def s_spawn(self, s, env):
        _, (_, fe, argx, tok), stok = s
        f = self.eval(fe, env)
        args = [copyval(self.eval(a, env)) for a in argx]      # copied into the new prog's frame now
        if not (isinstance(f, tuple) and f and f[0] in ("fn", "method", "modfn", "lfn", "lmethod")):
            raise Raise("spawn of a non-function")
        name = f[2] if f[0] == "modfn" else f[2].name if f[0] in ("lfn", "lmethod") else f[1].name
        err = getattr(self.vm.errstr, "text", "")

        def body():
            self.sched.me().module = modname(self.prog, name)
            self.vm.errstr.text = err       # the child starts with a copy of the parent's error string
            self.invoke(f, args)
        self.sched.spawn(name, body, self.prog_died)

    def e_newchan(self, e, env):
        _, size, ty, tok = e
        n = 0 if size is None else self.eval(size, env)
        if n < 0:
            raise Raise("negative array size")     # a buffered channel's buffer is an array
        return Chan(n)

    def e_recv(self, e, env):
        c = self.eval(e[1], env)
        if isinstance(c, Arr):          # <-a on an array of channels: (index, value) of the first ready
            return self.sched.alt([(i, "recv", ch) for i, ch in enumerate(c) if ch is not None], False)     # nil elements are skipped
        return self.sched.recv(c)

    def e_deref(self, e, env):
        v = self.eval(e[1], env)
        if v is None:
            raise Raise("dereference of nil")
        if isinstance(v, Ref):
            return v.r.copy() if isinstance(v.r, Rec) else copyval(v.r)      # ref (a, b) holds a tuple
        return copyval(v)

    def e_send(self, e, env):
        _, ce, ve, tok = e
        c = self.eval(ce, env)
        v = copyval(self.eval(ve, env))
        self.sched.send(c, v)
        return v

    def s_alt(self, s, env):
        _, arms, tok = s
        label = self._label()
        ops, default = [], None
        for i, (pats, _) in enumerate(arms):
            for p in pats:
                if p[0] == "any":
                    default = i
                    continue
                comm, _ = _comm(p[1])
                if comm[0] == "send":
                    ops.append((i, "send", self.eval(comm[1], env), copyval(self.eval(comm[2], env))))
                    continue
                c = self.eval(comm[1], env)
                if isinstance(c, Arr):      # <-a of an array of channels: an arm per element, (index, value)
                    ops += [((i, k), "recv", ch) for k, ch in enumerate(c) if ch is not None]
                else:
                    ops.append((i, "recv", c))
        won = self.sched.alt(ops, default is not None)
        i = default if won is None else won[0]
        got = None if won is None else won[1]
        if isinstance(i, tuple):
            i, got = i[0], (i[1], got)
        inner = Env(env)
        if won is not None:
            _, bind = _comm(arms[i][0][0][1])
            if bind is not None:
                bind(self, got, inner)
        self._breakable(label, arms[i][1], inner)

    # expressions
    def eval(self, e, env: Env):
        return self.cx(e)(env)

    def e_lit(self, e, env):
        _, kind, v, tok = e
        if kind == "int":
            return v if v <= 0x7FFFFFFF else wrap64(v)
        if kind == "big":
            return wrap64(v)
        if kind == "byte":
            return Byte(v)
        return v

    def e_nil(self, e, env):
        return None

    def e_received(self, e, env):
        """The value an alt guard's receive got (see _comm)."""
        return e[1][0]

    def e_tuple(self, e, env):
        return tuple(self.eval(x, env) for x in e[1])

    def e_name(self, e, env):
        n = e[1]
        where = env.find(n)
        if where is not None:
            return where.vars[n]
        f = self.prog.fns.get(n)
        if f is not None:
            return ("fn", f, object())      # each mention is a new ref fn: equal only to its copies
        d = self.prog.src.scope.lookup(n)
        if d is not None and d.store is Store.CONST:
            return self.const(d)
        if d is not None and d.store is Store.EXCEPTION:
            return ("exc", d)
        if d is not None and d.store is Store.IMPORT:
            target = self.r.import_target(d)
            if target.store is Store.FN and len(d.imported) == 1 and self.globals.find(d.imported[0]):
                m = self.globals.vars[d.imported[0]]        # `f: import var;` calls var->f
                if m is None:
                    raise Raise("module not loaded")
                return ("modfn", m, n)
            if target.store is Store.CONST:
                return self.const(target)
            return ("type", d)
        if d is not None and d.store is Store.TYPE:
            return ("type", d)
        raise Raise(f"{n} is not declared")

    def const(self, d):
        """A constant's value, in its own type (a big constant is a Big)."""
        v, t = self.r.const(d)
        k = t.kind if t is not None else None
        if k is K.BIG:
            return wrap64(v)
        if k is K.BYTE:
            return Byte(v & 0xFF)
        if k is K.ADT or k is K.TUPLE:
            return _const_adt(t, v)
        return v

    def e_convert(self, e, env):
        """A tuple where an adt of the same field types is wanted, or an adt where a tuple is."""
        _, t, x, tok = e
        v = self.eval(x, env)
        if t.kind is K.STRING:
            return NIL if v is None else v
        if t.kind is K.ADT and isinstance(v, tuple):
            return Rec(t, {d.name: copyval(y) for d, y in zip([d for d in t.ids if d.store in STORESPACE], v)})
        if t.kind is K.TUPLE and isinstance(v, Rec):
            return tuple(copyval(y) for y in v.f.values())
        return v

    def e_excref(self, e, env):
        return ("exc", e[1])        # an exception a function's block declares

    def e_typeref(self, e, env):
        return ("type", e[1])            # a type declared inside a function

    def e_arrow(self, e, env):
        _, base, name, tok = e
        if base[0] == "name" and env.find(base[1]) is None and base[1] in self.modinfo:
            info = self.modinfo[base[1]]
        else:
            m = self.eval(base, env)
            if m is None:
                if base[0] == "name" and self.prog.src.scope.lookup(base[1]) is not None:     # a type needs no instance
                    d = self.r.lookup_module(base[1], self.prog.src.scope, tok).scope.names.get(name)
                    if d is not None and d.store is Store.TYPE:
                        return ("type", d)
                raise Raise("module not loaded")
            if not isinstance(m, ModVal):
                raise Raise(f"{name}: not a module")
            d = m.info.type.scope.names.get(name)
            if d is not None and d.store is Store.GLOBAL and m.runner is not None:
                return m.runner.globals.vars[name]      # m->v: the instance's module data
            if d is not None and d.store is Store.CONST:
                return self.const(d)
            if d is not None and d.store is Store.TYPE:
                return ("type", d)
            if d is None and env.find(name) is not None:       # m->v.f(...): v, whose adt function m serves
                return env.find(name).vars[name]
            return ("modfn", m, name)
        d = info.type.scope.names.get(name)
        if d is not None and d.store is Store.CONST:
            return self.const(d)
        if d is not None and d.store is Store.TYPE:
            return ("type", d)
        if d is not None and d.store is Store.EXCEPTION:
            return ("exc", d)           # M->E: an exception of a module interface
        raise Raise(f"{base[1]}->{name} is not a constant")

    def e_dot(self, e, env):
        _, base, name, tok = e
        v = self.eval(base, env)
        if isinstance(v, tuple) and v and v[0] == "type":
            key = f"{v[1].name}.{name}"
            r, f = self.adt_fn(v[1].name, name)
            if f is not None:
                return ("fn", f) if r is self else ("lfn", r, f)
            m = self.builtin_adt(key)
            if m is not None:
                return ("modfn", m, key)
            d = v[1] if v[1].store is Store.TYPE else self.r.import_target(v[1])
            if self.r.resolve(d.ty).kind is K.POLY:
                return ("polyfn", name)      # T.f(...): f of the type the arguments have
            tag = next((tg for tg in self.r.resolve(d.ty).tags if tg.name == name), None)
            if tag is not None:
                return ("type", tag)
            c = next((x for x in self.r.resolve(d.ty).ids if x.name == name and x.store is Store.CONST), None)
            if c is not None:
                return self.const(c)        # Adt.Max: an adt's own con
            raise Raise(f"{key} is not defined")
        if isinstance(v, tuple) and name[:1] == "t" and name[1:].isdigit():
            return v[int(name[1:])]      # a tuple's member t0, t1, ...
        inner = v.r if isinstance(v, Ref) else v
        if isinstance(inner, tuple) and id(e) in self.fields:
            return inner[self.fields[id(e)]]        # a tuple stored where the adt is: the same layout
        rec = self.record(v)
        if name in rec.f:
            return rec.f[name]
        r, f = self.adt_fn(rec.adt.decl.name, name)
        if f is not None:
            return ("method", f, v) if r is self else ("lmethod", r, f, v)
        m = self.builtin_adt(f"{rec.adt.decl.name}.{name}")
        if m is not None:
            return ("modmethod", m, f"{rec.adt.decl.name}.{name}", v)
        c = next((x for x in rec.adt.ids if x.name == name and x.store is Store.CONST), None)
        if c is not None:
            return self.const(c)            # b.Size: the adt's con, through a value
        raise Raise(f"{name} is not a member of {rec.adt.decl.name}")

    def record(self, v) -> Rec:
        if v is None:
            raise Raise("dereference of nil")
        if isinstance(v, Ref):
            return v.r
        if isinstance(v, Rec):
            return v
        raise Raise("not an adt")

    def e_call(self, e, env):
        _, fe, argx, tok = e
        fd = self.methods.get(id(e))
        if fd is not None:                  # r.f(): f is r's adt's, whatever r holds, nil too
            vals = [self.eval(fe[1], env)] + [None] * len(argx)
            for i in arg_order(argx):
                vals[i + 1] = self.eval(argx[i], env)
            return self.call_fn(fd, vals)
        try:
            f = self.eval(fe, env)
        except Raise as r:
            if fe[0] == "arrow" and str(r) == "module not loaded":
                for i in arg_order(argx):       # m->f(...) of a nil m: mcall fails once the frame is filled
                    self.eval(argx[i], env)
            raise
        if f is None:
            raise Raise("dereference of nil")     # a nil ref fn, before any argument
        vals = [None] * len(argx)
        for i in arg_order(argx):
            vals[i] = self.eval(argx[i], env)
        return self.invoke(f, vals)

    def e_inline(self, e, env):
        """A call limbo inlines (inline.py): its hoisted arguments into temporaries, then the
        function's expression with the arguments in place of the parameters."""
        _, temps, x, tok = e
        for t, a in temps:      # in the caller's scope (an argument may declare: isspace(c := getc()))
            env.vars[t] = self.eval(a, env)
        return self.eval(x, env)

    def e_tmp(self, e, env):
        return env.find(e[1]).vars[e[1]]

    def e_gname(self, e, env):
        """A name of an inlined function's body: the module's, whatever the caller declares."""
        return self.e_name(e[1], self.globals)

    def e_cond(self, e, env):
        """if(c) return a; else return b; inlined: c ? a : b."""
        return self.eval(e[2] if self.eval(e[1], env) else e[3], env)

    def invoke(self, f, args: list):
        if isinstance(f, tuple) and f:
            if f[0] == "fn":
                return self.runner_of(f[1]).call_fn(f[1], args)
            if f[0] == "method":
                return self.call_fn(f[1], args, selfv=f[2])
            if f[0] == "modfn":
                return self.call_module(f[1], f[2], args)
            if f[0] == "modmethod":
                return self.call_module(f[1], f[2], [f[3], *args])
            if f[0] == "lfn":
                return f[1].call_fn(f[2], args)
            if f[0] == "lmethod":
                return f[1].call_fn(f[2], args, selfv=f[3])
            if f[0] == "type":
                return self.construct(f[1], args)
            if f[0] == "exc":
                return ("exc", f[1], tuple(copyval(a) for a in args))
            if f[0] == "polyfn":
                r, fd = self.poly_method(f[1], args)
                return r.call_fn(fd, args)
        raise Raise("call of a non-function")

    def poly_method(self, name: str, args: list) -> tuple[Runner, FnDef]:
        """The member function name of the adt the first adt argument is (or refers to), with
        the module instance that defines it (Lists->find calls the caller's T.eq)."""
        for a in args:
            rec = a.r if isinstance(a, Ref) else a if isinstance(a, Rec) else None
            if rec is not None:
                for r in (self, self.root, *self.loaded):
                    f = r.prog.fns.get(f"{rec.adt.decl.name}.{name}")
                    if f is not None:
                        return r, f
        raise Raise(f"no {name} for the arguments of a polymorphic call")

    def tag_fields(self, d):
        """A pick tag's adt and its fields: the common ones, then the tag's own."""
        parent = self.r.resolve(d.dot.ty)
        return parent, [x for x in parent.ids if x.store in STORESPACE] + list(d.ty.ids)

    def construct(self, d, args):
        if d.store is Store.TAG:             # Adt.Tag(common fields..., its own fields...)
            parent, fields = self.tag_fields(d)
            if len(args) != len(fields):
                raise Raise(f"{d.dot.name}.{d.name}: {len(args)} values for {len(fields)} fields")
            return Rec(parent, {x.name: coerce(x.ty, v) for x, v in zip(fields, args)}, d)
        t = self.r.resolve(d.ty) if d.store is Store.TYPE else self.r.resolve(self.r.import_target(d).ty)
        if t.kind is K.TUPLE:
            return tuple(args)
        if t.kind is not K.ADT:
            raise Raise(f"{d.name} is not an adt")
        fields = [x for x in t.ids if x.store in STORESPACE]
        a = args[0] if len(args) == 1 else None
        if isinstance(a, Rec) and a.adt is t or isinstance(a, tuple) and len(fields) != 1:     # T(x), x a T or its fields: a copy
            args = [copyval(v) for v in a.f.values()] if isinstance(a, Rec) else list(a)
        if len(args) != len(fields):
            raise Raise(f"{d.name}: {len(args)} values for {len(fields)} fields")
        return Rec(t, {x.name: coerce(x.ty, v) for x, v in zip(fields, args)})

    def e_ref(self, e, env):
        _, q, argx, tok = e
        if len(q) == 1 and q[0] in self.prog.fns:
            return self.e_refof(self._refcall(e), env)     # ref f(x): a copy of what f returns
        d = self.prog.src.scope.lookup(q[0])
        i = 1
        if len(q) > 2 and q[1] == "->":      # Sys->Connection, or through a module value: sys->Connection
            d = self.r.lookup_module(q[0], self.prog.src.scope, tok).scope.names.get(q[2])
            i = 3
        if d is not None and d.store is Store.IMPORT:
            d = self.r.import_target(d)
        if d is not None and d.store is Store.FN:
            return self.e_refof(self._refcall(e), env)     # ref M->f(x), ref f(x) of an imported f
        if d is not None and len(q) > i and q[i] == ".":
            adt = self.r.resolve(d.ty)
            tag = next((tg for tg in adt.tags if tg.name == q[i + 1]), None)
            if tag is None and any(x.name == q[i + 1] and x.store is Store.FN for x in adt.ids):
                return self.e_refof(self._refcall(e), env)     # ref Val.mk(...): a copy of what it returns
            d = tag
        if d is None:
            raise Raise(f"{''.join(q)} is not declared")
        return Ref(self.construct(d, [self.eval(a, env) for a in argx]))

    def e_mdot(self, e, env):
        """m->(x).f: x.f, the adt function m serves."""
        return self.eval(e[2], env)

    def e_refdecl(self, e, env):
        """ref T(...) of a type a block declares (the checker put its decl here)."""
        _, d, argx, tok = e
        return Ref(self.construct(d, [self.eval(a, env) for a in argx]))

    def _refcall(self, e):
        n = self._refcalls.get(id(e))
        if n is None or n[0] is not e:
            _, q, argx, tok = e
            n = self._refcalls[id(e)] = (e, ("refof", ("call", Parser.qexpr(q, tok), argx, tok), tok))
        return n[1]

    def e_refof(self, e, env):
        v = self.eval(e[1], env)
        if isinstance(v, tuple) and len(v) == 2 and v[0] == "type" and hasattr(v[1], "store"):   # ref Adt, ref Adt.Tag: a new zeroed one
            d = v[1] if v[1].store in (Store.TYPE, Store.TAG) else self.r.import_target(v[1])
            if d.store is Store.TAG:
                return Ref(self.construct(d, [_default(self.r.resolve(x.ty)) for x in self.tag_fields(d)[1]]))
            return Ref(_default(self.r.resolve(d.ty)))
        if isinstance(v, tuple):        # ref (1, "one"): tuples are values already
            return Ref(v)
        if not isinstance(v, Rec):
            raise Raise("ref of a value that is not an adt")
        return Ref(v.copy())

    def call_module(self, m: ModVal, name: str, args: list):
        if m.runner is not None:
            fd = m.runner.prog.fns.get(name)
            if fd is None:
                raise Raise(f"{name} is not a function of {m.info.name}")
            return m.runner.call_fn(fd, args)
        if name == "byte2char" and m.info.name == "Sys":     # a character a call: no copy of the whole array
            buf, n = args[0], args[1]
            if buf is None or not 0 <= n < buf.n:
                raise Raise("array bounds error", module=m.linked.path)
            return byte2char_at(bytes(buf.data[buf.off + n:buf.off + min(n + 4, buf.n)]))
        f, fn = m.function(name)
        fixed = [to_bridge(a.type, v) for a, v in zip(f.args, args)]
        try:
            if name in BLOCKING.get(m.info.name, ()):
                res = self.sched.outside(lambda: fn(*fixed, *args[len(f.args):]))
                fpu.checkpoint()
            else:
                res = fn(*fixed, *args[len(f.args):])
                if name in RELEASING.get(m.info.name, ()):
                    self.sched.requeue()
                    fpu.checkpoint()
        except LimboException as ex:
            raise Raise(str(ex), module=None if isinstance(ex, ProgKill) else m.linked.path) from None
        else:
            if m.info.name == "Sys":
                self.sched.checkkill()      # it wrote kill to its own ctl: it dies as the call returns
        finally:
            for a, v, b in zip(f.args, args, fixed):
                if isinstance(b, bytearray) and isinstance(v, Arr):
                    v.data[v.off:v.off + v.n] = [Byte(x) for x in b]
                elif isinstance(b, list) and isinstance(v, Arr) and a.type.kind is K.ARRAY:
                    v.data[v.off:v.off + v.n] = [from_bridge(a.type.tof, x) for x in b]
                    if m.info.name == "Sys":
                        own_fds(self.vm, v.data[v.off:v.off + v.n])       # pipe's two ends
        out = from_bridge(f.result, res)
        if m.info.name == "Sys":
            own_fds(self.vm, [out])
        return out

    def e_load(self, e, env):
        _, q, pe, tok = e
        path = self.eval(pe, env)
        info = self.modinfo.get(q[0])
        if info is None:
            raise Raise(f"{q[0]} is not a module")
        calls = self.imported.get(info.name, set())      # the import table of this declaration only
        names = [f.qualname for f in info.functions if f.qualname in calls]
        served = self.vm.registry.get(path)
        if served is not None:          # adt functions (Keyring's IPint.add): those the module serves
            names += [f.qualname for f in info.functions if "." in f.qualname and f.qualname not in calls
                      and f.qualname in served.rows and served.rows[f.qualname].sig == f.sig]
        if not path:
            self.vm.errstr.text = "empty file name"
            return None
        if path == "$self":
            return self.link(self, info, names, path)
        if not path.startswith("$"):
            return self.load_limbo(path, info, names)
        try:
            linked = self.vm.load(path, info, names=names)
        except LoadError as ex:
            return self.load_failed(str(ex))
        m = ModVal(linked, info)
        self.builtins.append(m)
        return m

    def load_failed(self, text: str) -> None:
        """A load's nil: the error string, and emu's console line for a typecheck failure."""
        self.vm.errstr.text = text
        if text.startswith("link typecheck"):
            print(text, file=self.errout)

    def load_limbo(self, path: str, info: ModuleInfo, names: list[str]) -> ModVal | None:
        """load of a .dis PATH: a new instance of the module from its Limbo source (modpath.py),
        linked by signature as emu links a .dis; nil and the error string on failure."""
        bad = not_dis(path, self.vm)        # a file is at path: emu loads it or nothing
        if bad is not None:
            self.vm.errstr.text = bad
            return None
        src = find_source(path, self.libpath, self.prog.src.files[0], info.name)
        if src is None:
            self.vm.errstr.text = dis_missing(path) if path.startswith("/dis/") else unloadable(path, self.vm)
            return None
        try:
            prog = parse_program(src, [os.path.dirname(src), *self.incdirs])
            runner = Runner(prog, self.vm, self.out, self.errout, loader=self)
        except (LimboError, Raise) as ex:
            self.vm.errstr.text = f"cannot load {path}: {ex}"
            return None
        m = self.link(runner, info, names, path)
        if m is not None:
            self.loaded.append(runner)
        return m

    def link(self, runner: Runner, info: ModuleInfo, names: list[str], path: str) -> ModVal | None:
        """The caller's declaration linked to a module instance by signature, as emu's linkm does;
        load "$self" links to the running instance itself, sharing its globals."""
        src = runner.prog.src
        impl = [runner.modinfo[n] for n in src.implement if n in runner.modinfo]
        mine = {f.qualname: f.sig for m in impl for f in m.functions}     # a .dis links all it implements
        own = info.name if info.name in src.implement else impl[0].name if impl else path
        for f in info.functions:
            if f.qualname in names and mine.get(f.qualname) != f.sig:
                return self.load_failed(f"link typecheck {own}->{f.qualname}() {mine.get(f.qualname, 0):x}/{f.sig:x}")
        return ModVal(None, info, runner)

    def runner_of(self, fd: FnDef) -> Runner:
        """The module instance a function belongs to: a function value passed to another module
        (lists->map(f, l)) runs with its own module's globals."""
        for r in (self, self.root, *self.loaded):
            if id(fd) in r.fnids:
                return r
        return self

    def builtin_adt(self, key: str) -> ModVal | None:
        """The loaded $ module whose adt function key is (Keyring's IPint.add, ...), if one is."""
        for m in reversed(self.builtins):
            if any(f.qualname == key for f in m.info.functions):
                return m
        return None

    def adt_fn(self, adt: str, name: str):
        """A member function of adt: this program's, or a loaded Limbo module's, with its runner."""
        key = f"{adt}.{name}"
        for r in (self, self.root, *self.loaded):
            f = r.prog.fns.get(key)
            if f is not None:
                return r, f
        return None, None

    def e_cast(self, e, env):
        _, to, x, tok = e
        if x[0] == "nil":
            return None if to == "array of byte" else NIL      # the compiler folds these: nil stays nil
        v = self.eval(x, env)
        return convert(to, v)

    def e_len(self, e, env):
        v = self.eval(e[1], env)
        if v is None:
            return 0
        if isinstance(v, (str, Arr)):
            return len(v)
        if isinstance(v, Cons):
            return len(list_items(v))
        raise Raise("len of a non-container")

    def e_hd(self, e, env):
        v = self.eval(e[1], env)
        if v is None:
            raise Raise("dereference of nil")
        return v.hd

    def e_tl(self, e, env):
        v = self.eval(e[1], env)
        if v is None:
            raise Raise("dereference of nil")
        return v.tl

    def e_listlit(self, e, env):
        return list_from(self.eval(x, env) for x in e[1])

    def e_newarray(self, e, env):
        _, size, t, tok = e
        n = self.eval(size, env)
        if n < 0:
            raise Raise("negative array size")
        ty = self.typeof(t)
        return Arr([_default(ty) for _ in range(n)])

    def e_arraylit(self, e, env):
        """array[n] of {v, i => v, a or b => v, lo to hi => v, * => v}: positional values follow
        the last index given; without n, the size is the last index + 1. As the compiler does it,
        * => v is evaluated for every element, last first, then each label's value for each of
        its indices."""
        _, size, t, items, tok = e
        ty = self.typeof(t) if t is not None else None
        placed: list[tuple[list[int], object]] = []
        pos, star = 0, None
        for key, x in items:
            if key == "*":
                star = x
                continue
            if key is None:
                idx = [pos]
            elif key[0] == "labels":
                idx = [i for lo, hi in key[1] for i in range(self.eval(lo, env), self.eval(hi, env) + 1)]
            else:
                idx = [self.eval(key, env)]
            placed.append((idx, x))
            pos = max(idx, default=pos - 1) + 1
        n = self.eval(size, env) if size is not None else max((i for idx, _ in placed for i in idx), default=-1) + 1
        if n < 0:
            raise Raise("negative array size")
        if any(not 0 <= i < n for idx, _ in placed for i in idx):
            raise Raise("array bounds error")
        arr: list = [None] * n
        if star is not None:
            for i in reversed(range(n)):
                arr[i] = copyval(self.eval(star, env))
        for idx, x in placed:
            for i in idx:
                arr[i] = copyval(self.eval(x, env))
        if star is None and None in arr:
            zero = _default(ty) if ty is not None else _zero_like(next((v for v in arr if v is not None), None))
            arr = [copyval(zero) if v is None else v for v in arr]
        return Arr(arr)

    def e_slice(self, e, env):
        _, base, lo, hi, tok = e
        v = self.eval(base, env)
        n = 0 if v is None else len(v)
        b = n if hi is None else self.eval(hi, env)      # the upper bound first, as compiled
        a = 0 if lo is None else self.eval(lo, env)
        if v is not None and not 0 <= a <= b <= n:
            raise Raise("array bounds error")
        if isinstance(v, str):
            return v[a:b]
        if v is None:
            if a != b:
                raise Raise("dereference of nil")
            return None
        return Arr(v.data, v.off + a, b - a)

    def e_un(self, e, env):
        _, op, x, tok = e
        v = self.eval(x, env)
        if op == "-":
            return -v if isinstance(v, float) else retype(v, -v)
        if op == "+":
            return v
        if op == "!":
            return int(not v)
        return retype(v, ~v)

    def e_assign(self, e, env):
        """The target's operands are evaluated once, before the right side (a[i++] += v)."""
        _, op, lhs, rhs, tok = e
        if op == "=" and lhs[0] == rhs[0] == "tuple" and len(lhs[1]) == len(rhs[1]) and not _names(rhs) & _names(lhs):
            vals = []
            for x, y in zip(lhs[1], rhs[1]):     # no name shared: element by element (ecom.c tuplrcom)
                vals.append(self.eval(y, env))
                if x[0] != "nil":
                    self.store(x, vals[-1], env)
            return tuple(vals)
        if lhs[0] not in ("index", "dot"):
            v = self.eval(rhs, env)
            if op != "=":
                v = binop(op[:-1], self.eval(lhs, env), v)
            base = self.store(lhs, v, env)
            return base if lhs[0] == "slice" else v     # a[i:] = b has the value a, as compiled
        if op == "=" and lhs[0] == "dot":       # r.f = v: v first, then r (a nil r fails after v)
            v = self.eval(rhs, env)
            self.place(lhs, env)[1](v)
            return v
        get, put = self.place(lhs, env)
        v = self.eval(rhs, env)
        if op != "=":
            v = binop(op[:-1], get(), v)
        put(v)
        return v

    def place(self, lhs, env):
        """An index or field target, its operands evaluated now: (get, put) of its value."""
        if lhs[0] == "dot":
            base, name = self.eval(lhs[1], env), lhs[2]
            if isinstance(base, tuple) and name[:1] == "t" and name[1:].isdigit():     # t.t0 = v: a new tuple
                i = int(name[1:])

                def sett(v):
                    self.store(lhs[1], base[:i] + (copyval(v),) + base[i + 1:], env)
                return (lambda: base[i]), sett
            rec = self.record(base)
            if isinstance(base, Rec) and lhs[1][0] in ("hd", "call", "tuple"):
                rec = rec.copy()            # (hd l).f = v of an adt value: the compiler's temporary takes it

            def setf(v):
                rec.f[name] = copyval(v)
            return (lambda: rec.f[name]), setf
        base = self.eval(lhs[1], env)
        i = self.eval(lhs[2], env)
        if isinstance(base, str):
            def sets(v):
                if not 0 <= i <= len(base):
                    raise Raise("array bounds error")
                r = chr(v) if 0 <= v <= 0x10FFFF and not 0xD800 <= v < 0xE000 else "\ufffd"
                self.store(lhs[1], base[:i] + r + base[i + 1:], env)

            def gets():
                if not 0 <= i < len(base):
                    raise Raise("dereference of nil" if base == "" else "array bounds error")
                return ord(base[i])
            return gets, sets
        if base is None or not 0 <= i < base.n:
            raise Raise("array bounds error")       # a nil array too, as emu's indx says
        at = base.off + i

        def seta(v):
            base.data[at] = copyval(v)
        return (lambda: base.data[at]), seta

    def e_declas(self, e, env):
        """x := e (or (a, b) := e) inside an expression: declares in the current scope."""
        _, lhs, rhs, tok = e
        if lhs[0] not in ("name", "tuple"):
            raise Raise(":= needs names on its left")
        v = self.eval(rhs, env)
        _declare(lhs, v, env)
        return v

    def e_preinc(self, e, env):
        return self._incdec(e, env)[1]

    def e_postinc(self, e, env):
        return self._incdec(e, env)[0]

    def _incdec(self, e, env) -> tuple:
        """x++ / x--: the target's operands evaluated once; (old, new)."""
        _, op, x, tok = e
        if x[0] in ("index", "dot"):
            get, put = self.place(x, env)
        else:
            get, put = (lambda: self.eval(x, env)), (lambda v: self.store(x, v, env))
        old = get()
        new = binop("+" if op == "++" else "-", old, 1)
        put(new)
        return old, new

    def store(self, lhs, v, env):
        """Assign v to lhs; a slice's base array is returned (the assignment's value)."""
        k = lhs[0]
        if k == "name":
            where = env.find(lhs[1])
            if where is None:
                raise Raise(f"{lhs[1]} is not declared")
            where.vars[lhs[1]] = copyval(v)
        elif k in ("index", "dot"):
            self.place(lhs, env)[1](v)
        elif k == "arrow":          # m->v = x: the module data of m's instance
            m = self.eval(lhs[1], env)
            if m is None:
                raise Raise("dereference of nil")
            if not isinstance(m, ModVal) or m.runner is None or lhs[2] not in m.runner.globals.vars:
                raise Raise("cannot assign to this expression")
            m.runner.globals.vars[lhs[2]] = copyval(v)
        elif k == "tuple":
            for x, y in zip(lhs[1], _fields(v)):
                if not (x[0] == "nil"):
                    self.store(x, y, env)
        elif k == "deref":           # *r = v: the adt r refers to takes v's value
            r = self.eval(lhs[1], env)
            if r is None:
                raise Raise("dereference of nil")
            new = copyval(v)
            r.r.f, r.r.tag = new.f, new.tag
        elif k == "slice":           # a[i:] = b: b's elements copied in at i
            base = self.eval(lhs[1], env)
            i = 0 if lhs[2] is None else self.eval(lhs[2], env)
            if v is None:
                return base
            if base is None:
                raise Raise("dereference of nil")
            if i < 0 or i + v.n > base.n:
                raise Raise("array bounds error")
            items = [copyval(x) for x in v]
            base.data[base.off + i:base.off + i + len(items)] = items
            return base
        elif k == "nil":
            return
        else:
            raise Raise("cannot assign to this expression")


def _pc0_quirk(prog) -> tuple[int, frozenset]:
    """limbo's getpc() takes a pc of 0 for "not yet placed" except on the module's first two
    instructions, so a try block nested two or more deep at the very start of the first function
    compiled gets a handler range from pc 1: a raise of a name or literal that is the module's
    first instruction skips it (the outermost catches it). The raise statement, and those try
    blocks. (Any other first instruction that can raise, such as an index, is not modelled.)"""
    f = next(iter(prog.fns.values()), None)
    tries, s = [], f.body if f is not None else None
    while s is not None and s[0] in ("block", "try"):
        if s[0] == "try":
            tries.append(s)
            s = s[1]
        else:
            s = s[1][0] if s[1] else None
    if s is None or s[0] != "raise" or s[1] is None or s[1][0] not in ("lit", "name") or len(tries) < 2:
        return 0, frozenset()
    return id(s), frozenset(id(t) for t in tries[1:])


def _zero_like(v):
    """The zero value of v's type, for an array literal whose type the program left out."""
    if isinstance(v, Big):
        return Big(0)
    if isinstance(v, Byte):
        return Byte(0)
    if isinstance(v, bool) or isinstance(v, int):
        return 0
    if isinstance(v, float):
        return 0.0
    if isinstance(v, str):
        return ""
    if isinstance(v, Rec):
        return _default(v.adt)
    if isinstance(v, tuple) and not (v and isinstance(v[0], str) and v[0] in ("fn", "method", "modfn", "lfn", "lmethod", "type")):
        return tuple(_zero_like(x) for x in v)
    return None


def _fields(v):
    """The values a tuple pattern takes apart: a tuple's, or an adt value's fields in order."""
    if isinstance(v, Rec):
        return list(v.f.values())
    return v


def _const_adt(t: Type, v):
    """An adt or tuple constant (Sys->nulldir) as a value."""
    fields = [d for d in t.ids if d.store in STORESPACE]
    if t.kind is K.TUPLE:
        return tuple(v)
    return Rec(t, {d.name: (_const_adt(d.ty, x) if isinstance(x, tuple) else x) for d, x in zip(fields, v)})


def binop(op: str, a, b):
    if type(a) is int and type(b) is int:       # the common case: int with int
        f = ARITH.get(op)
        if f is not None:
            return wrap32(f(a, b))
        f = COMPARE.get(op)
        if f is not None:
            return int(f(a, b))
        if (op == "/" or op == "%") and b != 0 and b != -1:
            return wrap32(trunc_div(a, b, op == "/"))
    if op == "::":
        return Cons(copyval(a), b)          # the list cell holds a copy of an adt value
    if isinstance(a, str) or isinstance(b, str) or a is None or b is None:
        if op == "+":
            return (a or "") + (b or "")
        if isinstance(a, str) or isinstance(b, str):      # a nil string is ""
            a, b = a or "", b or ""
        if op not in ("==", "!="):
            a, b = a or "", b or ""
        return int(COMPARE[op](a, b))
    if op in COMPARE:
        if op in ("==", "!=") and not isinstance(a, (int, float)):
            return int((a is b or a == b) == (op == "=="))      # refs, arrays, lists, chans: identity
        if op not in ("==", "!=") and isinstance(a, float) | isinstance(b, float):
            trap = fpu.raised(fpu.compare(float(a), float(b)))
            if trap:
                raise Raise(trap)
            if a != a or b != b:
                return 1            # masked: emu's ordered compare of a NaN is true
        return int(COMPARE[op](a, b))
    if isinstance(a, float) or isinstance(b, float):
        a, b = float(a), float(b)
        if op == "**":
            r, bits = fpu.ipow(a, int(b))
            trap = fpu.raised(bits)
            if trap:
                raise Raise(trap)
            return r
        r = fpu.rounded(op, a, b, _real(op, a, b))
        trap = fpu.raised(fpu.arith(op, a, b, r))
        if trap:
            raise Raise(trap)
        return r
    like = a if isinstance(a, (Big, Byte)) else b if isinstance(b, (Big, Byte)) else a
    if op in ("/", "%"):
        if b == 0 or b == -1 and a == -2**31 and type(like) is int:
            raise Raise(fpu.TRAP)       # the x86 divide fault, not an FP exception: no mask hides it
        return retype(like, trunc_div(a, b, op == "/"))
    if op in ("<<", ">>"):
        b &= 63 if isinstance(a, Big) else 31      # the x86 shift masks the count
        if isinstance(a, Byte):
            return Byte((a << b if op == "<<" else a >> b) & 0xFF)
        return retype(a, a << b if op == "<<" else a >> b)
    if op == "**":
        if b < 0:               # repeated squaring of 1/a, in integers (0 ** -n is 0 on emu)
            return retype(like, 1 if a == 1 else (-1) ** (-b) if a == -1 else 0)
        return retype(like, pow(a, b, 2**64) if not isinstance(like, Byte) else pow(a, b, 256))
    return retype(like, {"+": a + b, "-": a - b, "*": a * b, "&": a & b, "|": a | b, "^": a ^ b}[op])


def _real(op: str, a: float, b: float) -> float:
    """a op b in IEEE double arithmetic (Python raises where IEEE gives an infinity or NaN)."""
    if op == "/":
        if b == 0:
            return math.copysign(math.inf, a) * math.copysign(1.0, b) if a != 0 and a == a else DEFAULT_NAN if a == 0 else a
        return a / b
    if op == "**":
        try:
            return a ** b
        except ZeroDivisionError:
            return math.inf
        except OverflowError:
            return math.copysign(math.inf, a) if int(b) % 2 else math.inf
    return ARITH[op](a, b)


_SPACE = " \t\n\v\f\r"


def _strtol(s: str) -> int:
    """strtol(s, nil, 10): leading space, a sign, decimal digits up to the first other character."""
    s = s.lstrip(_SPACE)
    m = re.match(r"[+-]?[0-9]+", s)
    return int(m.group()) if m else 0


def _strtod(s: str) -> float:
    """strtod: leading space, then the longest prefix that is a decimal number, infinity or nan."""
    s = s.lstrip(_SPACE)
    m = re.match(r"[+-]?(infinity|nan)", s, re.I)
    if m:
        return float(m.group())
    m = re.match(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?", s)
    if not m:
        return -0.0 if s[:1] == "-" else 0.0        # no number: a zero with the sign seen, as emu gives it
    return float(m.group())


def convert(to: str, v):
    if v is None and to != "string":
        v = ""                      # a nil string converts as "" does (a non-nil, empty array of byte)
    if to == "array of byte":
        if not isinstance(v, str):
            raise Raise("array of byte needs a string")
        return Arr([Byte(b) for b in v.encode("utf-8")])
    if to == "string":
        if isinstance(v, str):
            return v
        if isinstance(v, float):
            return gfmt(v)
        if isinstance(v, Arr):
            return utf8_string(bytes(x & 0xFF for x in v))
        if v is None:
            return NIL
        return str(int(v))
    if to == "real":
        if not isinstance(v, str):
            return float(v)
        r = _strtod(v)
        if r == 0 and re.match(r"\s*[+-]?\.?0*[1-9]", v) or 0 < abs(r) < fpu.TINY:     # strtod underflowed
            trap = fpu.raised(fpu.UNFL)
            if trap:
                raise Raise(trap)
        return r
    bits = 64 if to == "big" else 32
    if isinstance(v, str):      # int: strtol, a 32-bit long, saturates; big: lib9's strtoll wraps
        n = _strtol(v) if to == "big" else max(-2**31, min(2**31 - 1, _strtol(v)))
    elif isinstance(v, float):
        n = None if math.isnan(v) or math.isinf(v) else int(math.floor(v + 0.5)) if v >= 0 else -int(math.floor(-v + 0.5))
        if n is None or not -2**(bits - 1) <= n < 2**(bits - 1):
            trap = fpu.raised(fpu.INVAL)
            if trap:
                raise Raise(trap)
            n = -2**(bits - 1)      # masked: x86's integer indefinite
    elif isinstance(v, Arr):
        raise Raise("cannot convert an array")
    else:
        n = int(v)
    if to == "int":
        return wrap32(n)
    if to == "big":
        return wrap64(n)
    return Byte(n & 0xFF)


# values across the bridge
def to_bridge(t: Type, v):
    k = t.kind
    if k in (K.INT, K.BIG, K.BYTE):
        return int(v)
    if v is NIL:
        return None                 # a nil string crosses as H
    if k is K.ARRAY:
        if v is None:
            return None
        if t.tof.kind is K.BYTE:
            return bytearray(x & 0xFF for x in v)      # shared: the callee's writes come back
        return [to_bridge(t.tof, x) for x in v]
    if k is K.LIST:
        return [to_bridge(t.tof, x) for x in list_items(v)]
    if k is K.TUPLE:
        fs = [d for d in t.ids if d.store in STORESPACE]
        return tuple(to_bridge(d.ty, x) for d, x in zip(fs, v))
    if k is K.REF:
        return None if v is None else to_bridge(t.tof, v.r)
    if k is K.ADT:
        return {d.name: to_bridge(d.ty, v.f[d.name]) for d in t.ids if d.store in STORESPACE}
    return v


def from_bridge(t: Type, v):
    k = t.kind
    if k is K.BIG:
        return Big(v)
    if k is K.BYTE:
        return Byte(v)
    if k is K.ARRAY:
        if v is None:
            return None
        return Arr([Byte(x) for x in v] if t.tof.kind is K.BYTE else [from_bridge(t.tof, x) for x in v])
    if k is K.LIST:
        return list_from(from_bridge(t.tof, x) for x in v)
    if k is K.TUPLE:
        fs = [d for d in t.ids if d.store in STORESPACE]
        return tuple(from_bridge(d.ty, x) for d, x in zip(fs, v))
    if k is K.REF:
        return None if v is None else Ref(from_bridge(t.tof, v))
    if k is K.ADT:
        return Rec(t, {d.name: from_bridge(d.ty, getattr(v, d.name)) for d in t.ids if d.store in STORESPACE})
    return v


__all__ = ["Runner", "Raise", "_Exit", "make_iface", "DeclProgram"]


def dis_missing(path: str) -> str:
    """emu's text for a /dis/... module that is not there: the first element missing from
    emu's /dis (INFERNO_ROOT's when set; else /dis and /dis/lib are taken to exist)."""
    root = os.environ.get("INFERNO_ROOT")
    parts = path.split("/")
    for i in range(3, len(parts) + 1):
        prefix = "/".join(parts[:i])
        there = os.path.lexists(root + prefix) if root else prefix in ("/dis", "/dis/lib")
        if not there:
            return f"'{prefix}' does not exist"
    return f"'{path}' does not exist"


_COMMS: dict[int, tuple] = {}


def _comm(e):
    """An alt arm's communication, and how its received value is bound: (comm, bind)."""
    c = _COMMS.get(id(e))
    if c is None or c[0] is not e:
        c = _COMMS[id(e)] = (e, *_comm1(e))
    return c[1], c[2]


def _comm1(e):
    if e[0] == "send":
        return e, None
    if e[0] == "recv":
        return e, None
    if e[0] == "declas" and e[2][0] == "recv":
        lhs = e[1]
        return e[2], lambda r, v, env: _declare(lhs, v, env)
    if e[0] == "assign" and e[1] == "=" and e[3][0] == "recv":
        lhs = e[2]
        return e[3], lambda r, v, env: r.store(lhs, v, env)
    comm = find_comm(e)         # any expression holding one: `l = <-c :: l =>` (appl/cmd/wmexport.b)
    if comm is None or comm[0] != "recv":
        raise Raise("an alt arm must hold a channel receive or be a send")
    got: list = [None]
    rest = fill_comm(e, comm, ("received", got))

    def bind(r, v, env):
        got[0] = v
        r.eval(rest, env)
    return comm, bind
