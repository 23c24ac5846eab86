"""Where disbridge's own files are: a checkout's folders, or the copies an install put in the package."""

from __future__ import annotations

import os

PKG = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(PKG)
CHECKOUT = os.path.isfile(os.path.join(ROOT, "build_ffi.py"))      # else an installed wheel


def _either(*parts: str) -> str:
    here = os.path.join(ROOT, *parts)
    return here if CHECKOUT and os.path.isdir(here) else os.path.join(PKG, "_data", parts[-1])


MODULE_DIR = _either("module")                  # the .m files of the builtins
INCLUDE_DIR = _either("native", "include")      # lib9.h, interp.h, ...: what a module's C includes
