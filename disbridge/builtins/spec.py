"""A user module named on a command line or in pyproject.toml: `FILE.m:FILE.py`
(builtins/user.py) or `FILE.m:FILE.c[,MORE.c...]` (builtins/cmod.py)."""

from __future__ import annotations

from .user import ModuleError, PyModule
from .user import from_spec as py_spec


def from_spec(spec: str, **c_options):
    """The module spec names, built if it is C (c_options go to CModule)."""
    m, sep, rest = spec.rpartition(":")
    if sep and m.endswith(".m") and rest.endswith(".py"):
        return py_spec(spec)
    srcs = rest.split(",")
    if not sep or not m.endswith(".m") or not all(s.endswith(".c") for s in srcs):
        raise ModuleError(f"-M {spec}: expected FILE.m:FILE.py or FILE.m:FILE.c[,MORE.c...]")
    from .cmod import CModule
    return CModule(m, srcs[0], sources=srcs[1:], **c_options)


__all__ = ["ModuleError", "PyModule", "from_spec"]
