"""Where the Limbo source of a loaded .dis module is found.

A program loads a library module by the path of its compiled form, as on
Inferno: `load Bufio "/dis/lib/bufio.dis"`. disbridge runs Limbo source, so
the path names a `.b` instead, looked for in this order:

1. the `-L DIR` folders of `disbridge run`, in order;
2. the folders of `DISBRIDGE_PATH` (separated by `:`);
3. the folder of the program being run;
4. the Inferno tree of `INFERNO_ROOT`, where a file of `/dis/...` comes from
   `appl/...`: `/dis/lib/bufio.dis` from `appl/lib/bufio.b`, `/dis/ls.dis`
   from `appl/cmd/ls.b`.

In the folders of 1-3 a path `/dis/lib/x.dis` is looked for as `lib/x.b`,
then as `x.b`; a relative path `m.dis` as `m.b`.
"""

from __future__ import annotations

import os


def find_source(path: str, libdirs: list[str], program: str) -> str | None:
    """The .b that the .dis path names, or None."""
    stem = path[:-4] if path.endswith(".dis") else path
    rel = stem[len("/dis/"):] if stem.startswith("/dis/") else stem.lstrip("/")
    dirs = [*libdirs, *filter(None, os.environ.get("DISBRIDGE_PATH", "").split(":")), os.path.dirname(os.path.abspath(program))]
    names = [rel + ".b", os.path.basename(rel) + ".b"]
    for d in dirs:
        for n in names:
            f = os.path.join(d, n)
            if os.path.isfile(f):
                return f
    root = os.environ.get("INFERNO_ROOT")
    if root and stem.startswith("/dis/"):
        for f in (os.path.join(root, "appl", rel + ".b"), os.path.join(root, "appl", "cmd", rel + ".b")):
            if os.path.isfile(f):
                return f
    return None
