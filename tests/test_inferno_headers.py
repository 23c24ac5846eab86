"""The native modules against a real Inferno tree's headers (needs INFERNO_ROOT).

(a) Every module in build_ffi.MODULES compiles as libinterp would compile it:
    `gcc -m32 -fsyntax-only` with the flags of mkfiles/mkfile-Linux-386, the
    tree's include/ and Linux/386/include/ (never native/include/), a runt.h
    that the real `limbo -a` makes from the tree's module/runt.m with our
    modules added (as a port adds them), and <name>mod.h from the real
    `limbo -t`.  Warnings that point at the module are failures too.
(b) Each of native/include's headers declares only what the real header of
    the same name declares, so that code written against ours finds every
    name where Inferno keeps it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import build_ffi
import build_llama

ROOT = Path(os.environ["INFERNO_ROOT"]).resolve() if os.environ.get("INFERNO_ROOT") else None
LIMBO = ROOT / "Linux" / "386" / "bin" / "limbo" if ROOT else None
NATIVE = Path(build_ffi.NATIVE)

pytestmark = pytest.mark.skipif(ROOT is None or not os.access(LIMBO, os.X_OK),
                                reason="INFERNO_ROOT is not set to the reference Inferno tree (with Linux/386/bin/limbo)")

# CFLAGS of mkfiles/mkfile-Linux-386, less -g -O (no code is made)
CFLAGS = ["-m32", "-fsyntax-only", "-fno-strict-aliasing", "-fcommon", "-fno-pie",
          "-Wuninitialized", "-Wunused-variable", "-Wreturn-type", "-Wimplicit", "-DLINUX_386"]


def limbo(*args: str, cwd: Path) -> str:
    r = subprocess.run([str(LIMBO), f"-I{ROOT / 'module'}", f"-I{build_ffi.MODULE_DIR}", *args],
                       cwd=cwd, capture_output=True, text=True)
    assert r.returncode == 0, f"real limbo {' '.join(args)}: {r.stdout}{r.stderr}"
    return r.stdout


@pytest.fixture(scope="module")
def headers(tmp_path_factory) -> Path:
    """runt.h and the <name>mod.h files, made by the real compiler."""
    gen = tmp_path_factory.mktemp("libinterp")
    runt = (ROOT / "module" / "runt.m").read_text()
    runt += "".join(f'include "{stem}.m";\n' for stem, _ in build_ffi.MODULES)
    (gen / "runt.m").write_text(runt)
    (gen / "runt.h").write_text(limbo("-a", "runt.m", cwd=gen))
    for stem, name in build_ffi.MODULES:
        (gen / f"{name.lower()}mod.h").write_text(limbo("-t", name, build_ffi.module_path(stem), cwd=gen))
    return gen


def gcc32() -> str:
    cc = shutil.which("gcc")
    if cc is None:
        pytest.skip("no gcc")
    r = subprocess.run([cc, "-m32", "-fsyntax-only", "-x", "c", "-"], input="#include <stdio.h>\n",
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"gcc -m32 cannot compile (install gcc-multilib): {r.stderr.strip()[:200]}")
    return cc


@pytest.mark.parametrize("stem", [stem for stem, _ in build_ffi.MODULES])
def test_module_compiles_in_libinterp(stem, headers):
    inc, _ = build_llama.locate()
    cmd = [gcc32(), *CFLAGS, f"-I{headers}", f"-I{ROOT / 'Linux' / '386' / 'include'}", f"-I{ROOT / 'include'}",
           f"-I{ROOT / 'libinterp'}", f"-I{NATIVE}", f"-I{inc}", str(NATIVE / f"{stem}.c")]
    r = subprocess.run(cmd, capture_output=True, text=True)
    ours = [ln for ln in r.stderr.splitlines() if ln.startswith(str(NATIVE)) and ("error" in ln or "warning" in ln)]
    assert r.returncode == 0, r.stderr
    assert ours == []


_EXTERN = re.compile(r"^\s*extern\s+[^;(]*?\b(\w+)\s*(?:\[\s*\]|\()", re.M)
_TYPEDEF = re.compile(r"^\s*typedef\s+[^;]*?\b(\w+)\s*;", re.M)
_DEFINE = re.compile(r"^\s*#\s*define\s+(\w+)", re.M)
_ENUM = re.compile(r"^\s*(\w+)\s*=\s*[^=,]+,", re.M)


def names(text: str) -> set[str]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return {m for rx in (_EXTERN, _TYPEDEF, _DEFINE, _ENUM) for m in rx.findall(text)}


def real_header(name: str) -> Path:
    for d in (ROOT / "Linux" / "386" / "include", ROOT / "include"):
        if (d / name).exists():
            return d / name
    pytest.fail(f"native/include/{name} has no counterpart in the Inferno tree")


@pytest.mark.parametrize("name", sorted(os.listdir(NATIVE / "include")))
def test_header_declares_what_inferno_does(name):
    ours = names((NATIVE / "include" / name).read_text())
    real = names(real_header(name).read_text(errors="replace"))
    ours.discard(f"DISBRIDGE_{name[:-2].upper()}_H")
    assert sorted(ours - real) == []


def test_user_module_compiles_in_libinterp(tmp_path):
    """tests/usermod/sum.c, the C user module of the README, compiles in a real tree too."""
    usermod = Path(__file__).parent / "usermod"
    runt = (ROOT / "module" / "runt.m").read_text() + 'include "sum.m";\n'
    (tmp_path / "runt.m").write_text(runt)
    (tmp_path / "runt.h").write_text(limbo("-a", f"-I{usermod}", "runt.m", cwd=tmp_path))
    (tmp_path / "summod.h").write_text(limbo("-t", "Sum", str(usermod / "sum.m"), cwd=tmp_path))
    cmd = [gcc32(), *CFLAGS, f"-I{tmp_path}", f"-I{ROOT / 'Linux' / '386' / 'include'}", f"-I{ROOT / 'include'}",
           f"-I{ROOT / 'libinterp'}", str(usermod / "sum.c")]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert [ln for ln in r.stderr.splitlines() if "error" in ln or "warning" in ln] == []
