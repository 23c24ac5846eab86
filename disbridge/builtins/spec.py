"""A user module named on a command line or in pyproject.toml: `FILE.m:FILE.py`
(builtins/user.py) or `FILE.m:FILE.c[,MORE.c...]` (builtins/cmod.py)."""

from __future__ import annotations

from .user import ModuleError, PyModule
from .user import from_spec as py_spec


def c_files(spec: str) -> tuple[str, str, list[str]] | None:
    """FILE.m:FILE.c[,MORE.c...] as (m, c, more); None for any other shape."""
    m, sep, rest = spec.rpartition(":")
    srcs = rest.split(",")
    if not sep or not m.endswith(".m") or not all(s.endswith(".c") for s in srcs):
        return None
    return m, srcs[0], srcs[1:]


def from_spec(spec: str, **c_options):
    """The module spec names, built if it is C (c_options go to CModule)."""
    m, sep, rest = spec.rpartition(":")
    if sep and m.endswith(".m") and rest.endswith(".py"):
        return py_spec(spec)
    files = c_files(spec)
    if files is None:
        raise ModuleError(f"-M {spec}: expected FILE.m:FILE.py or FILE.m:FILE.c[,MORE.c...]")
    from .cmod import CModule
    return CModule(files[0], files[1], sources=files[2], **c_options)


__all__ = ["ModuleError", "PyModule", "c_files", "from_spec"]
