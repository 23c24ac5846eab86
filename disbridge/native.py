"""The compiled C side (runtime shim + builtin modules), built on first use."""

from __future__ import annotations

import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _load():
    sys.path.insert(0, ROOT)
    try:
        import build_ffi
        import build_llama
    finally:
        sys.path.remove(ROOT)
    try:
        build_llama.build()          # cached: returns at once when built
        path = build_ffi.build()
    except build_llama.DepError as e:
        raise ImportError(f"disbridge: {e}") from None
    spec = importlib.util.spec_from_file_location("_native", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_mod = _load()
_file = _mod.__file__
ffi = _mod.ffi
lib = _mod.lib
H = lib.bridge_h()
HEAPSIZE = lib.bridge_heapsize()
ERRTEXT = lib.bridge_errtext()      # the most of a raised error's text Python gets (Limbo's is cut at ERRMAX)


def modnames() -> list[str]:
    """The builtin C modules in modinit order (emu's `mod` list)."""
    out = []
    i = 0
    while lib.bridge_modnames[i] != ffi.NULL:
        out.append(ffi.string(lib.bridge_modnames[i]).decode())
        i += 1
    return out


def isnil(p) -> bool:
    return p == H or p == ffi.NULL


def lib_file() -> str:
    """The compiled extension's path."""
    return _file


def llama_libdir() -> str:
    """Where the llama.cpp shared libraries the extension links are."""
    sys.path.insert(0, ROOT)
    try:
        import build_llama
    finally:
        sys.path.remove(ROOT)
    return build_llama.locate()[1]
