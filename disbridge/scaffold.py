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
    os.makedirs(folder)
    tmpl = resources.files("disbridge") / "templates" / "new"
    for f in FILES:
        text = (tmpl / f).read_text().replace("@Name@", cap).replace("@name@", name)
        with open(os.path.join(folder, f.replace("NAME", name)), "w") as out:
            out.write(text)
    golden(folder, name)
    return folder


def golden(folder: str, name: str) -> None:
    """NAME_test.out: the harness's console on the bridge, with the module built."""
    from .builtins.cmod import CModule
    from .harness.golden import program
    from .harness.run import run_file
    from .modtab import VM
    b = os.path.join(folder, f"{name}_test.b")
    vm = VM(strict=True, modules=[CModule(os.path.join(folder, f"{name}.m"), os.path.join(folder, f"{name}.c"))]).boot()
    console = io.StringIO()
    try:
        run_file(b, program(Path(b)).argv(), out=console, err=console, vm=vm)
    finally:
        vm.shutdown()
    with open(os.path.join(folder, f"{name}_test.out"), "w") as f:
        f.write(console.getvalue())
