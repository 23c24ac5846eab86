"""pytest plugin: a project's own builtin modules, its `.b` harnesses, and a VM fixture.

Configured in the project's pyproject.toml (paths relative to it):

    [tool.disbridge]
    modules = ["sum.m:sum.c"]       # FILE.m:FILE.c[,MORE.c] or FILE.m:FILE.py
    harness = ["tests"]             # folders whose NAME.b with a NAME.out beside it is a test

or on the command line: `pytest --disbridge-module sum.m:sum.c`. Then:

- each harness `.b` (its first `#args:` line gives the arguments) runs on a
  strict VM with the modules booted; the console, stdout and stderr merged
  as emu's, must equal `NAME.out`, and the heap must be as it was;
- the fixture `disbridge_vm` is such a VM, booted for one test, for
  Hypothesis tests that call the modules from Python.

Without either, the plugin does nothing (disbridge's own tests use tests/conftest.py).
"""

from __future__ import annotations

import io
import os
import threading
import tomllib
from pathlib import Path

import pytest

LIMIT_S = 120


def pytest_addoption(parser) -> None:
    g = parser.getgroup("disbridge")
    g.addoption("--disbridge-module", action="append", default=[], metavar="FILE.m:FILE.c",
                help="a builtin module of your own to boot for .b harnesses and disbridge_vm (repeatable)")


def settings(config) -> tuple[list[str], list[Path]]:
    """The module specs (paths made absolute) and the harness folders."""
    cached = getattr(config, "_disbridge", None)
    if cached is not None:
        return cached
    specs, folders = [], []
    f = Path(config.rootpath) / "pyproject.toml"
    table = {}
    if f.exists():
        with open(f, "rb") as fh:
            table = tomllib.load(fh).get("tool", {}).get("disbridge", {})
    for spec in table.get("modules", []):
        m, _, rest = spec.rpartition(":")
        specs.append(f"{f.parent / m}:{','.join(str(f.parent / s) for s in rest.split(','))}")
    folders = [(f.parent / d).resolve() for d in table.get("harness", [])]
    specs += config.getoption("disbridge_module")
    if specs and not folders and not table:
        folders = [Path(config.rootpath).resolve()]
    config._disbridge = specs, folders
    return config._disbridge


def modules(config) -> list:
    """The configured modules, built once for the session; a build error fails the test that needs them."""
    from .builtins.spec import ModuleError, from_spec
    mods = getattr(config, "_disbridge_mods", None)
    if mods is None:
        why = None
        try:
            mods = config._disbridge_mods = [from_spec(s) for s in settings(config)[0]]
        except ModuleError as e:
            why = str(e)
        if why is not None:         # outside the except: the compiler's text once, no chained traceback
            pytest.fail(f"disbridge: {why}", pytrace=False)
    return mods


def boot(mods: list):
    """A strict VM with the modules booted; a module that cannot boot fails the test in one message."""
    from .builtins.spec import ModuleError
    from .modtab import VM
    why = None
    try:
        return VM(strict=True, modules=mods).boot()
    except ModuleError as e:
        why = str(e)
    pytest.fail(f"disbridge: {why}", pytrace=False)


@pytest.fixture(scope="session")
def disbridge_modules(pytestconfig) -> list:
    """The configured modules, built once for the session."""
    return modules(pytestconfig)


@pytest.fixture
def disbridge_vm(disbridge_modules):
    """A strict VM with the modules booted; the test must leave the heap as it found it."""
    from .modtab import heap_live
    before = heap_live()
    vm = boot(disbridge_modules)
    yield vm
    if vm.state == "booted":
        vm.shutdown()
    assert heap_live() == before, "the test left heap objects alive"


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix != ".b" or not file_path.with_suffix(".out").exists():
        return None
    _, folders = settings(parent.config)
    if any(file_path.is_relative_to(d) for d in folders):
        return HarnessFile.from_parent(parent, path=file_path)
    return None


class HarnessFile(pytest.File):
    def collect(self):
        yield HarnessItem.from_parent(self, name=self.path.name)


class HarnessItem(pytest.Item):
    """One .b run on the bridge, judged by its NAME.out. A `#deviation: WHY` line marks a
    known difference from emu: the item must fail (strict xfail), so a stale mark shows."""

    def setup(self) -> None:
        from .harness.golden import program
        why = program(self.path).deviation
        if why:
            self.add_marker(pytest.mark.xfail(reason=why, strict=True))

    def runtest(self) -> None:
        from .harness.golden import comparable, program
        from .harness.run import run_file
        from .modtab import heap_live
        mods = modules(self.config)
        before = heap_live()
        console = io.StringIO()
        vm = boot(mods)
        box: dict = {}

        def run() -> None:
            try:
                box["rc"] = run_file(str(self.path), program(self.path).argv(), out=console, err=console, vm=vm)
            except Exception as e:      # noqa: BLE001 - a porting problem, or the bridge's own: reported below
                box["exc"] = e
        t = threading.Thread(target=run, daemon=True)
        t.start()
        t.join(LIMIT_S)
        vm.shutdown()
        if t.is_alive():
            raise HarnessFailure(f"did not finish in {LIMIT_S} s: {console.getvalue()[-300:]!r}")
        if "exc" in box:
            e = box["exc"]
            raise HarnessFailure(f"{type(e).__name__}: {e}\nthe console until then:\n{console.getvalue()[-1500:]}")
        got = comparable(console.getvalue().replace(str(self.path.parent) + os.sep, ""))
        want = comparable(self.path.with_suffix(".out").read_text())
        if got != want:
            raise HarnessFailure(diff(want, got))
        if heap_live() != before:
            raise HarnessFailure(f"left {heap_live() - before} heap objects alive")

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, HarnessFailure):
            return f"{self.path.name}: {excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"harness: {self.name}"


class HarnessFailure(Exception):
    pass


def diff(want: str, got: str) -> str:
    import difflib
    lines = difflib.unified_diff(want.splitlines(), got.splitlines(), "NAME.out (expected)", "disbridge", lineterm="")
    return "the console differs from the .out:\n" + "\n".join(list(lines)[:60])
