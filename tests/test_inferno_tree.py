"""Inferno's own sources against disbridge (needs INFERNO_ROOT, the reference tree).

(a) every .b under $INFERNO_ROOT/appl/cmd, appl/lib and appl/math that the real
    limbo compiles (into a temporary folder, in the file's own folder, with
    -I$INFERNO_ROOT/module) must pass disbridge's parse and type check, as
    `disbridge run -I $INFERNO_ROOT/module FILE.b` does before it runs init:
    a refusal (LimboError) or an internal error fails the item; one item per
    file, named by its path under appl/.
(b) for every .m in $INFERNO_ROOT/module, `python -m disbridge.limbo -t MOD`
    (each module the file declares) and `-a` (called in process, through the
    same main) must print exactly what the real `limbo -t MOD` / `-a` prints;
    a file the real compiler refuses is skipped.

Nothing is cached or copied into the repository: the tree is read at test time.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(os.environ["INFERNO_ROOT"]).resolve() if os.environ.get("INFERNO_ROOT") else None
LIMBO = ROOT / "Linux" / "386" / "bin" / "limbo" if ROOT else None
AREAS = ("cmd", "lib", "math")

pytestmark = pytest.mark.skipif(ROOT is None or not os.access(LIMBO, os.X_OK),
                                reason="INFERNO_ROOT is not set to the reference Inferno tree (with Linux/386/bin/limbo)")

_MODULE = re.compile(r"^\s*(\w+)\s*:\s*module\b", re.M)
_UNDECLARED = re.compile(r": (\w+) is not declared$")


def programs() -> list[str]:
    if ROOT is None:
        return []
    return [str(f.relative_to(ROOT / "appl")) for area in AREAS for f in sorted((ROOT / "appl" / area).rglob("*.b"))]


def module_files() -> list[str]:
    return sorted(f.name for f in (ROOT / "module").glob("*.m")) if ROOT else []


def module_names() -> list[tuple[str, str]]:
    found = []
    for name in module_files():
        text = (ROOT / "module" / name).read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"#.*", "", text)
        found += [(name, m) for m in dict.fromkeys(_MODULE.findall(text))]
    return found


def real_limbo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LIMBO), f"-I{ROOT / 'module'}", *args], cwd=cwd, capture_output=True)


def check_only(path: Path) -> None:
    """disbridge's parse, resolution and type check of a program, as Runner does before running it."""
    from disbridge.harness.check import Checker
    from disbridge.harness.parse import parse_program
    from disbridge.limbo.model import ModuleInfo, _function
    from disbridge.limbo.resolve import Resolver
    from disbridge.limbo.types import Store
    from disbridge.modtab import MODULE_DIR

    prog = parse_program(str(path), [str(ROOT / "module"), str(path.parent), MODULE_DIR])
    r = Resolver(prog.src)
    r.run()
    modinfo = {}
    for d in r.modules():
        argno = [0]
        info = ModuleInfo(d)
        info.functions.extend(_function(d, f, argno) for f in d.ty.iface if f.store is Store.FN)
        modinfo[d.name] = info
    Checker(prog, modinfo, r).run()


@pytest.mark.parametrize("rel", programs())
def test_check_accepts(rel):
    from disbridge.limbo.lex import LimboError

    path = ROOT / "appl" / rel
    with tempfile.TemporaryDirectory(prefix="inferno-tree.") as tmp:
        c = real_limbo("-o", str(Path(tmp) / "x.dis"), path.name, cwd=path.parent)
        made = (Path(tmp) / "x.dis").exists()
    if c.returncode != 0 or not made:       # limbo exits 0 after errors in a file with no implement
        first = (c.stdout + c.stderr).decode(errors="replace").splitlines()[:1]
        pytest.skip(f"the real limbo refuses it: {first[0] if first else c.returncode}")
    try:
        check_only(path)
    except LimboError as e:
        pytest.fail(f"refused: {str(e).replace(str(path.parent) + '/', '')}", pytrace=False)
    except RecursionError:
        pytest.fail("internal error: RecursionError", pytrace=False)
    except Exception as e:      # noqa: BLE001 - any other exception is disbridge's own fault
        pytest.fail(f"internal error: {type(e).__name__}: {e}", pytrace=False)


def ours(*args: str) -> tuple[int, bytes, bytes]:
    from disbridge.limbo.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(["-I", str(ROOT / "module"), *args])
        except SystemExit as e:
            rc = e.code
    return rc, out.getvalue().encode(), err.getvalue().encode()


def undeclared(c: subprocess.CompletedProcess) -> list[str]:
    return [m[1] for e in c.stderr.decode(errors="replace").splitlines() if (m := _UNDECLARED.search(e))]


def standalone(mfile: str, tmp: Path) -> tuple[str, Path]:
    """A file that -t can read: MFILE itself, or, where it uses modules it does
    not include, a wrapper that includes their files first, as module/runt.m
    does for the builtins.  Returns the name to pass and the folder to run in."""
    declares = {m: f for f, m in module_names()}
    name, where, needed = mfile, ROOT / "module", []
    for _ in range(8):
        more = [declares[n] for n in undeclared(real_limbo("-a", name, cwd=where)) if n in declares]
        more = [f for f in dict.fromkeys(more) if f not in needed and f != mfile]
        if not more:
            break
        needed = more + needed
        name, where = "wrap.m", tmp
        (tmp / name).write_text("".join(f'include "{f}";\n' for f in needed) + f'include "{mfile}";\n')
    return name, where


@pytest.mark.parametrize(("mfile", "mod"), module_names(), ids=lambda v: v)
def test_table_matches(mfile, mod, tmp_path, monkeypatch):
    name, where = standalone(mfile, tmp_path)
    real = real_limbo("-t", mod, name, cwd=where)
    if real.returncode != 0:
        pytest.skip(f"the real limbo refuses -t: {real.stderr.decode(errors='replace').splitlines()[:1]}")
    monkeypatch.chdir(where)
    rc, out, _ = ours("-t", mod, name)
    assert rc == 0, "disbridge.limbo -t refuses what the real limbo accepts"
    assert out.decode(errors="replace").splitlines() == real.stdout.decode(errors="replace").splitlines()
    assert out == real.stdout


@pytest.mark.parametrize("mfile", module_files())
def test_stubs_match(mfile, monkeypatch):
    """Where the real limbo refuses -a but still prints (data members, types with
    no C spelling), the refusal, its messages and what it printed match too.
    A file that does not stand alone (it uses modules it does not include) must
    be refused for one of the names the real compiler reports; the real one
    lists every such name, disbridge stops at the first."""
    real = real_limbo("-a", mfile, cwd=ROOT / "module")
    monkeypatch.chdir(ROOT / "module")
    rc, out, err = ours("-a", mfile)
    real_err = real.stderr.decode(errors="replace").splitlines()
    assert (rc != 0) == (real.returncode != 0), err.decode(errors="replace") or "disbridge.limbo -a accepts what the real limbo refuses"
    if real_err and all(_UNDECLARED.search(e) for e in real_err):
        first = err.decode(errors="replace").splitlines()[:1]
        assert first and _UNDECLARED.search(first[0]), first
        assert _UNDECLARED.search(first[0])[1] in {_UNDECLARED.search(e)[1] for e in real_err}
        return
    assert err.decode(errors="replace").splitlines() == real_err
    assert out.decode(errors="replace").splitlines() == real.stdout.decode(errors="replace").splitlines()
    assert out == real.stdout
