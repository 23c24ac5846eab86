"""The compiled C side (runtime shim + builtin modules). Importing it never builds anything:
the extension is made at install time (setup.py: disbridge/_native) or, in a checkout, by
`python build_ffi.py` (build/ffi/_native); the newer of the two is loaded."""

from __future__ import annotations

import glob
import importlib.util
import os
import sys

from .paths import CHECKOUT, PKG, ROOT

# what the checkout's extension is made from: newer than it means `python build_ffi.py` is due
_SOURCES = ("native/*.c", "native/*.h", "native/include/*.h", "module/conformance.m", "module/llambo_c.m", "build_ffi.py", "disbridge/wrappers.py")


def _candidates() -> list[str]:
    found = glob.glob(os.path.join(PKG, "_native.*.so"))
    if CHECKOUT:
        found += glob.glob(os.path.join(ROOT, "build", "ffi", "_native.*.so"))
    return sorted(found, key=os.path.getmtime, reverse=True)


def _stale(path: str) -> str | None:
    """In a checkout: a source newer than the extension, if any."""
    if not CHECKOUT:
        return None
    t = os.path.getmtime(path)
    for pat in _SOURCES:
        for f in glob.glob(os.path.join(ROOT, pat)):
            if os.path.getmtime(f) > t:
                return os.path.relpath(f, ROOT)
    return None


def _preload() -> None:
    """An install's copies of llama.cpp's libraries, each before what needs it: libllama's own
    RUNPATH names the build folder, so its libggml must be loaded already (matched by soname)."""
    import ctypes
    for name in ("libggml-base.so.0", "libggml-cpu.so.0", "libggml.so.0", "libllama.so.0"):
        f = os.path.join(PKG, "_lib", name)
        if os.path.exists(f):
            ctypes.CDLL(f)


def _load():
    found = _candidates()
    if not found:
        raise ImportError("disbridge: the C core is not built: `pip install .` builds it"
                          + (" (in this checkout, `python build_ffi.py` does too)" if CHECKOUT else ""))
    path = found[0]
    newer = _stale(path)
    if newer is not None:
        raise ImportError(f"disbridge: {newer} is newer than the built C core {os.path.relpath(path, ROOT)}: "
                          "run `python build_ffi.py` (or `pip install -e .`)")
    name = "disbridge._native" if os.path.dirname(path) == PKG else "_native"
    if name == "disbridge._native":
        _preload()
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.modules.setdefault(name, mod)
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
