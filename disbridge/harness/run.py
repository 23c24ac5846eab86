"""`python -m disbridge run [-I dir]... file.b [args...]`: run a Limbo program's init."""

from __future__ import annotations

import os
import sys

from ..limbo.lex import LimboError
from ..modtab import MODULE_DIR, VM
from .interp import Raise, Runner, _Exit, broken, coerce, modname
from .parse import parse_program
from .sched import Deadlock


def include_path(include: list[str], path: str) -> list[str]:
    """Where `include "x.m"` looks: -I folders, the program's folder, disbridge's module/,
    then INFERNO_ROOT/module, the real compiler's default (bufio.m, string.m, ...)."""
    root = os.environ.get("INFERNO_ROOT")
    return [*include, os.path.dirname(os.path.abspath(path)), MODULE_DIR, *([os.path.join(root, "module")] if root else [])]


def run_file(path: str, args: list[str], include: list[str] = (), out=None, err=None, vm: VM | None = None,
             libpath: list[str] = ()) -> int:
    """Run path's init(nil, args); 0 on return, 1 with the exception on stderr."""
    out = out or sys.stdout
    err = err or sys.stderr
    incdirs = include_path(include, path)
    try:
        prog = parse_program(path, incdirs)
        own = vm is None
        vm = vm or VM().boot()
    except LimboError as e:
        print(e, file=err)
        return 1
    name = os.path.splitext(os.path.basename(path))[0]
    saved = vm.stdout, vm.stderr
    vm.stdout, vm.stderr = out, err
    vm.sys_ns = None                # each program starts in the root's names afresh (builtins/ns.py)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 200000))    # Limbo recursion runs on Python's stack ...
    try:
        # the check and folding recurse too: on the big stack, so that a too-deep tree is a
        # RecursionError, never an overflow of the main thread's C stack
        _on_big_stack(lambda: Runner(prog, vm, out, err, libpath=libpath, incdirs=incdirs).run([name, *args]))
        return 0
    except RecursionError:
        out.flush()
        print(f"{name}: stack overflow (recursion too deep for the harness runner)", file=err)
        return 1
    except _Exit:
        return 0
    except Raise as e:
        if not getattr(e, "reported", False):
            out.flush()
            print(broken(e.module or modname(prog, name), str(e)), file=err)
        return 1
    except Deadlock as e:
        out.flush()
        print(f"{modname(prog, name)}: {e}", file=err)
        return 1
    except LimboError as e:
        print(e, file=err)
        return 1
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as e:
        if os.environ.get("DISBRIDGE_DEBUG"):
            raise
        out.flush()
        print(f"{name}: the harness runner cannot run this: {type(e).__name__}: {e}", file=err)
        return 1
    finally:
        sys.setrecursionlimit(limit)
        vm.stdout, vm.stderr = saved
        if own and vm.state == "booted":
            vm.shutdown()


def _on_big_stack(fn) -> None:
    """... so run it in a thread with room for deep recursion; its exception comes back here."""
    import threading
    box: dict = {}

    def work():
        try:
            fn()
        except BaseException as e:     # noqa: BLE001 - handed to the caller's thread
            box["e"] = e

    old = threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=work, name="limbo", daemon=True)     # a hung program must not hold the process
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if "e" in box:
        raise box["e"]


class Harness:
    """A loaded Limbo program whose functions Python (or Hypothesis) can call.

        h = Harness("tests/harness/lang.b", vm)
        h.call("fact", 5)        # -> 120, with Limbo's int semantics
    """

    def __init__(self, path: str, vm: VM, include: list[str] = ()):
        incdirs = include_path(include, path)
        self.runner = Runner(parse_program(path, incdirs), vm, sys.stdout, sys.stderr, incdirs=incdirs)

    def call(self, name: str, *args):
        """Call a function of the program; a Limbo exception becomes Raise."""
        f = self.runner.prog.fns.get(name)
        if f is None:
            raise KeyError(f"no function {name} in the program")
        vals = [coerce(self.runner.typeof(p.ty), a) for p, a in zip(f.ty.ids, args)]    # Python ints into big/byte/real slots
        vals += args[len(vals):]
        return self.runner.as_main(name, lambda: self.runner.call_fn(f, vals))
