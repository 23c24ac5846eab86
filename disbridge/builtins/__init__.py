"""The builtin modules, in modinit order (emu's `mod` list): C ones then Python ones."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..native import lib, modnames


@dataclass(frozen=True)
class CBuiltin:
    """A builtin written in C: its modinit registers through builtinmod()."""

    stem: str

    def modinit(self, vm) -> None:
        getattr(lib, f"{self.stem}modinit")()
        err, vm._register_error = vm._register_error, None
        if err is not None:
            raise err

    def declaration(self, path: str):
        """The declaration for a builtinmod(path, ...) from this module's C."""
        from ..modtab import c_declaration
        return c_declaration(self.stem, path)

    def cleanup(self) -> None:
        getattr(lib, f"{self.stem}modcleanup")()


@dataclass(frozen=True)
class PyBuiltin:
    """A builtin written in Python: modinit registers rows built from its .m."""

    stem: str
    init: Callable

    def modinit(self, vm) -> None:
        self.init(vm)


def _builtins() -> list:
    from . import ipints as pyipints
    from . import math as pymath
    from . import sys as pysys
    return [CBuiltin(s) for s in modnames()] + [PyBuiltin("sys", pysys.modinit), PyBuiltin("math", pymath.modinit),
                                                PyBuiltin("ipints", pyipints.modinit)]


BUILTINS = _builtins()
