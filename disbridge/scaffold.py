"""`disbridge new NAME`: a builtin module of one's own, ready to build, test and port.

It writes, in a new folder NAME/: NAME.m, NAME.c (Inferno C, two working
functions to replace), a harness NAME_test.b and its NAME_test.out (what
the bridge prints for it, made here: review it, it is the expectation
from now on), test_NAME.py (Hypothesis over every function of the .m),
and pyproject.toml naming the module for disbridge's pytest plugin.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from importlib import resources
from pathlib import Path

FILES = ("NAME.m", "NAME.c", "NAME_test.b", "test_NAME.py", "pyproject.toml")


class ScaffoldError(Exception):
    pass


def new(name: str, where: str = ".") -> str:
    """Write the folder; return its path."""
    if not re.fullmatch(r"[a-z][a-z0-9]*", name):
        raise ScaffoldError(f"new {name!r}: a module name is a lower-case letter and then letters or digits "
                            "(the file stem; the module is its capitalized form)")
    folder = os.path.join(where, name)
    if os.path.exists(folder):
        raise ScaffoldError(f"new: {folder} exists; nothing written")
    cap = name.capitalize()
    if f"${cap}" in builtin_names():
        raise ScaffoldError(f"new {name}: ${cap} is a builtin module already; choose another name")
    os.makedirs(folder)
    try:
        tmpl = resources.files("disbridge") / "templates" / "new"
        for f in FILES:
            text = (tmpl / f).read_text().replace("@Name@", cap).replace("@name@", name)
            with open(os.path.join(folder, f.replace("NAME", name)), "w") as out:
                out.write(text)
        golden(folder, name)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)      # all or nothing
        raise
    return folder


def builtin_names() -> set[str]:
    """The $ names a VM registers by itself (emu's, $Llambo_c, $Conformance)."""
    from .modtab import VM
    with VM() as vm:
        return set(vm.registry)


def golden(folder: str, name: str) -> None:
    """NAME_test.out: the harness's console on the bridge, with the module built."""
    from .builtins.cmod import CModule
    mod = CModule(os.path.join(folder, f"{name}.m"), os.path.join(folder, f"{name}.c"))
    bridge_golden(os.path.join(folder, f"{name}_test.b"), [mod])


def bridge_golden(b: str, mods: list, include: list[str] = ()) -> str:
    """Write b's .out: its console on a strict VM with mods booted, run with its #args line.
    The expectation until the real emu can give one; return the .out's path."""
    from .harness.golden import program
    from .harness.run import run_file
    from .modtab import VM
    vm = VM(strict=True, modules=mods).boot()
    console = io.StringIO()
    try:
        run_file(b, program(Path(b)).argv(), include, out=console, err=console, vm=vm)
    finally:
        vm.shutdown()
    out = os.path.splitext(b)[0] + ".out"
    with open(out, "w") as f:
        f.write(console.getvalue().replace(os.path.dirname(os.path.abspath(b)) + os.sep, ""))
    return out
