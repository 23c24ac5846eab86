"""Builtin modules of the user's own, written in Python: a `.m` and an object serving it.

The `.m` declares the module as for any builtin (its `PATH` con is the `$`
name). Each function `f` (or adt function `A.f`) is served by the object's
method `f` (`A_f`), called as emu calls a builtin: with the host frame and
the VM, `f.arg(i).get()` for arguments and `f.ret().set(v)` for the result;
raise `frames.LimboException("text")` for a Limbo exception. Optional methods
`modinit(vm)` and `modcleanup()` run at boot and shutdown.

    vm = VM(modules=[PyModule("sum.m", Sum())])
    disbridge run -M sum.m:sum.py harness.b     # sum.py defines class Sum

Every mistake names the file and line: a `.m` that does not parse, a
function with no method, two modules with one `$` name, a modinit that
raises. A failed boot leaves nothing registered (VM.boot shuts down).
"""

from __future__ import annotations

import importlib.util
import os
import traceback

from ..frames import BridgeError
from ..limbo.lex import LimboError
from ..limbo.model import ModuleInfo, load
from ..modtab import rows_from_decl


class ModuleError(Exception):
    """A user module that cannot be built or registered; the text names the file and line."""


class PyModule:
    """A builtin written in Python: the declaration in m (module name, else its only one),
    served by impl's methods."""

    def __init__(self, m: str, impl: object, name: str | None = None, decl: ModuleInfo | None = None):
        self.m = m
        self.impl = impl
        self.decl = decl or declaration(m, name)
        self.stem = self.decl.name.lower()
        self.handlers = {f.qualname: self._method(f) for f in self.decl.functions}

    def _method(self, f):
        attr = f.qualname.replace(".", "_")
        h = getattr(self.impl, attr, None)
        if not callable(h):
            raise ModuleError(f"{self.m}:{f.decl.line}: {self.decl.name}->{f.qualname}: "
                              f"{type(self.impl).__name__} has no method {attr}(frame, vm)")
        return h

    def modinit(self, vm) -> None:
        where = f"{self.m}:{self.decl.decl.line}"
        init = getattr(self.impl, "modinit", None)
        try:
            if callable(init):
                init(vm)
            vm.builtinmod(self.decl.path, rows_from_decl(self.decl, self.handlers), self.decl,
                          getattr(self.impl, "modcleanup", None))
        except BridgeError as e:
            raise ModuleError(f"{where}: {self.decl.name}: {e}") from None
        except Exception as e:      # noqa: BLE001 - the user's modinit: reported with its place
            raise ModuleError(f"{where}: {self.decl.name}: modinit raised {type(e).__name__}: {e}") from e


def declaration(m: str, name: str | None = None) -> ModuleInfo:
    """The builtin module m declares: the one named, or its only one; it must have a $ PATH."""
    try:
        prog = load(m, [os.path.dirname(os.path.abspath(m))])
    except LimboError as e:
        raise ModuleError(str(e)) from None
    except OSError as e:
        raise ModuleError(f"{m}: {e.strerror}") from None
    mods = [x for x in prog.modules if x.decl.file == prog.src.files[0]] or prog.modules
    if name is not None:
        mods = [x for x in mods if x.name == name]
    if len(mods) != 1:
        what = f"no module {name}" if name else f"{len(mods)} modules (name one)"
        raise ModuleError(f"{m}: {what}")
    d = mods[0]
    if not (d.path or "").startswith("$"):
        raise ModuleError(f"{m}:{d.decl.line}: {d.name}: PATH must be a builtin's $ name, not {d.path!r}")
    return d


def from_spec(spec: str) -> PyModule:
    """-M foo.m:foo.py: the .py defines a class named as the module; it is made with no arguments."""
    m, sep, py = spec.rpartition(":")
    if not sep or not m.endswith(".m") or not py.endswith(".py"):
        raise ModuleError(f"-M {spec}: expected FILE.m:FILE.py")
    decl = declaration(m)
    try:
        spec_ = importlib.util.spec_from_file_location(f"disbridge_user_{decl.name.lower()}", py)
        mod = importlib.util.module_from_spec(spec_)
        spec_.loader.exec_module(mod)
    except FileNotFoundError:
        raise ModuleError(f"{py}: no such file") from None
    except SyntaxError as e:
        raise ModuleError(f"{py}:{e.lineno}: {e.msg}") from None
    except Exception as e:      # noqa: BLE001 - the user's code, reported at its line
        line = next((fr.lineno for fr in reversed(traceback.extract_tb(e.__traceback__)) if fr.filename == py), 0)
        raise ModuleError(f"{py}:{line}: {type(e).__name__}: {e}") from None
    cls = getattr(mod, decl.name, None)
    if not isinstance(cls, type):
        raise ModuleError(f"{py}: no class {decl.name} (the module {m} declares)")
    return PyModule(m, cls(), decl=decl)
