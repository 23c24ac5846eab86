"""Where the Limbo source of a loaded .dis module is found.

A program loads a library module by the path of its compiled form, as on
Inferno: `load Bufio "/dis/lib/bufio.dis"`. disbridge runs Limbo source, so
the path names a `.b` instead, looked for in this order:

1. the `-L DIR` folders of `disbridge run`, in order;
2. the folders of `DISBRIDGE_PATH` (separated by `:`);
3. the folder of the program being run (for a relative path, only without
   `DISBRIDGE_ROOT`: over a root it is looked for from the current
   directory, as emu does);
4. the Inferno tree of `INFERNO_ROOT`, where a file of `/dis/...` comes from
   `appl/...`: `/dis/lib/bufio.dis` from `appl/lib/bufio.b`, `/dis/ls.dis`
   from `appl/cmd/ls.b`, `/dis/sh.dis` from `appl/cmd/sh/sh.b`.

In the folders of 1-3 a path `/dis/lib/x.dis` is looked for as `lib/x.b`,
then as `x.b`; a relative path `m.dis` as `m.b`. A file that implements the
module being loaded is preferred (so the command `appl/cmd/env.b` is not
taken for `/dis/lib/env.dis`, the library `Env`); failing that, the first
file found is loaded, as emu loads whatever the path holds.
"""

from __future__ import annotations

import os
import re


def find_source(path: str, libdirs: list[str], program: str, module: str) -> str | None:
    """The .b that the .dis path names, one that implements module if any does; or None."""
    found = _candidates(path, libdirs, program)
    return next((f for f in found if _implements(f, module)), found[0] if found else None)


def _candidates(path: str, libdirs: list[str], program: str) -> list[str]:
    stem = path[:-4] if path.endswith(".dis") else path
    rel = stem[len("/dis/"):] if stem.startswith("/dis/") else stem.lstrip("/")
    dirs = [*libdirs, *filter(None, os.environ.get("DISBRIDGE_PATH", "").split(":"))]
    if not (os.environ.get("DISBRIDGE_ROOT") and not path.startswith("/")):
        dirs.append(os.path.dirname(os.path.abspath(program)))      # over a root, a relative path is the dot's
    files = [os.path.join(d, n) for d in dirs for n in (rel + ".b", os.path.basename(rel) + ".b")]
    root = os.environ.get("INFERNO_ROOT")
    if root and stem.startswith("/dis/"):
        files += [os.path.join(root, "appl", rel + ".b"), os.path.join(root, "appl", "cmd", rel + ".b"),
                  os.path.join(root, "appl", "cmd", rel, os.path.basename(rel) + ".b")]
    return [f for f in files if os.path.isfile(f)]


def _implements(f: str, module: str) -> bool:
    with open(f, encoding="utf-8", errors="replace") as fh:
        m = re.search(r"^\s*implement\s+([^;]*);", fh.read(), re.M)
    return m is not None and module in re.split(r"[\s,]+", m.group(1))
