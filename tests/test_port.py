"""`disbridge port`: $Llambo_c into a real Inferno tree, proven on its emu (issue 10).

Refusals and the emu config edit run everywhere.  The allocation check
needs a 32-bit C++ toolchain (g++-multilib) to build the port's llama.cpp.
The real emu needs INFERNO_ROOT, the reference tree: a copy of it is
ported, emu-g rebuilt, and every $Llambo_c harness under tests/harness/
run on it and on the bridge; the two outputs must be equal.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disbridge.port import MARK, PortError, Tree, check, llambo_object, port, port_conf
from disbridge.porting import emu_allocations

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ROOT = Path(os.environ["INFERNO_ROOT"]).resolve() if os.environ.get("INFERNO_ROOT") else None
EMU_RUN = Path(os.environ.get("EMU_RUN") or (ROOT.parent / "bin" / "emu-run" if ROOT else "/nonexistent"))
tree_missing = ROOT is None or not (ROOT / "Linux/386/bin/emu-g").exists() or not EMU_RUN.exists()
LLAMBO_HARNESSES = sorted(p.name for p in (HERE / "harness").glob("*.b") if "include \"llambo_c.m\"" in p.read_text())


def m32() -> bool:
    r = subprocess.run(["g++", "-m32", "-x", "c++", "-o", os.devnull, "-"], input=b"int main(){}", capture_output=True)
    return r.returncode == 0


needs_m32 = pytest.mark.skipif(not m32(), reason="no 32-bit C++ toolchain to build the port's llama.cpp "
                               "(apt-get install g++-multilib)")
needs_tree = pytest.mark.skipif(tree_missing or not m32(), reason="INFERNO_ROOT is not set to the reference Inferno "
                                "tree (built, emu-run beside it), or no g++-multilib")


# refusals: trees made here

def fake_tree(root: Path, mkconfig: str, built: bool = True) -> Path:
    (root / "libinterp").mkdir(parents=True)
    (root / "module").mkdir()
    (root / "emu" / "Linux").mkdir(parents=True)
    (root / "mkconfig").write_text(mkconfig)
    (root / "libinterp" / "mkfile").write_text("<../mkconfig\n")
    (root / "module" / "runt.m").write_text('include "sys.m";\n')
    (root / "emu" / "Linux" / "emu-g").write_text("lib\n\tinterp\nmod\n\tsys\n")
    if built:
        b = root / "Linux" / "386"
        (b / "bin").mkdir(parents=True)
        (b / "lib").mkdir()
        for f in (b / "bin" / "mk", b / "bin" / "limbo", b / "lib" / "libinterp.a"):
            f.write_text("")
    return root


def test_refuses_a_missing_folder(tmp_path):
    with pytest.raises(PortError, match="no such folder"):
        check(str(tmp_path / "nope"))


def test_refuses_a_folder_that_is_not_a_tree(tmp_path):
    with pytest.raises(PortError, match="not an Inferno tree: it has no mkconfig"):
        check(str(tmp_path))


def test_refuses_another_architecture(tmp_path):
    root = fake_tree(tmp_path / "t", f"ROOT={tmp_path / 't'}\nSYSHOST=Linux\nOBJTYPE=arm\n")
    with pytest.raises(PortError, match="built for Linux/arm: the port knows Linux/386 only"):
        check(str(root))


def test_refuses_a_copied_tree_whose_mkconfig_names_another_root(tmp_path):
    root = fake_tree(tmp_path / "t", "ROOT=/somewhere/else\nSYSHOST=Linux\nOBJTYPE=386\n")
    with pytest.raises(PortError, match="says ROOT=/somewhere/else: set it to"):
        check(str(root))


def test_refuses_a_tree_that_is_not_built(tmp_path):
    root = fake_tree(tmp_path / "t", f"ROOT={tmp_path / 't'}\nSYSHOST=Linux\nOBJTYPE=386\n", built=False)
    with pytest.raises(PortError, match="lacks Inferno's mk"):
        check(str(root))


def test_refuses_a_config_without_interp(tmp_path):
    root = fake_tree(tmp_path / "t", f"ROOT={tmp_path / 't'}\nSYSHOST=Linux\nOBJTYPE=386\n")
    (root / "emu" / "Linux" / "emu-g").write_text("lib\n\tmath\nmod\n\tsys\n")
    with pytest.raises(PortError, match="no lib section the port can extend"):
        port_conf(check(str(root)))


def test_the_cli_says_why_in_one_line(tmp_path):
    r = subprocess.run([sys.executable, "-m", "disbridge", "port", "--inferno", str(tmp_path), "--no-build"],
                       capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr == f"disbridge: port: {tmp_path} is not an Inferno tree: it has no mkconfig\n"


# the emu config: what mkdevlist reads of it after the edit

def sections(text: str) -> dict[str, list[str]]:
    """Each section's entries, as emu/port/mkdevlist reads them (comments and blanks skipped)."""
    out: dict[str, list[str]] = {}
    cur = None
    for line in text.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            cur = line.split()[0]
            out.setdefault(cur, [])
        elif cur is not None:
            out[cur].append(line.split()[0])
    return out


name = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True).filter(lambda s: s not in ("interp", "llambo", "llambo_c"))


@given(libs=st.lists(name, max_size=5, unique=True), at=st.integers(0, 5),
       mods=st.lists(name, min_size=1, max_size=6, unique=True), mod_first=st.booleans(), blanks=st.integers(0, 2))
def test_the_config_gains_the_module_and_the_library_and_nothing_else(tmp_path_factory, libs, at, mods, mod_first, blanks):
    libs = libs[:at] + ["interp"] + libs[at:]
    lib = "lib\n" + "".join(f"\t{x}\n" for x in libs) + "\n" * blanks
    mod = "mod\n" + "".join(f"\t{x}\n" for x in mods) + "\n" * blanks
    text = "dev\n\troot\n\tcons\n\n" + (mod + lib if mod_first else lib + mod) + "port\n\talloc\n"
    d = tmp_path_factory.mktemp("conf")
    conf = d / "emu" / "Linux" / "emu-g"
    conf.parent.mkdir(parents=True)
    conf.write_text(text)
    port_conf(Tree(str(d), "emu-g"))
    once = conf.read_text()
    port_conf(Tree(str(d), "emu-g"))
    assert conf.read_text() == once                      # a second run changes nothing
    got, want = sections(once), sections(text)
    i = libs.index("interp")
    assert got["lib"] == libs[:i + 1] + ["llambo"] + libs[i + 1:]
    assert got["mod"] == mods + ["llambo_c"]
    assert {k: v for k, v in got.items() if k not in ("lib", "mod")} == {k: v for k, v in want.items() if k not in ("lib", "mod")}
    assert MARK in once


# the allocator check on the object the port links (issue 10, section 1)

@pytest.fixture(scope="module")
def llama386():
    sys.path.insert(0, str(REPO))
    try:
        import build_llama
    finally:
        sys.path.remove(str(REPO))
    return build_llama.build_386()


@needs_m32
def test_llama_linked_as_the_seed_did_is_caught(llama386, tmp_path):
    found = emu_allocations(llambo_object(llama386, str(tmp_path / "plain.o"), wrap=False))
    names = {line.split()[2] for line in found}
    assert {"malloc", "free", "posix_memalign"} <= names
    assert all("panics emu (alloc:D2B ... not in pools)" in line for line in found)


@needs_m32
def test_the_ports_object_calls_no_allocator_directly(llama386, tmp_path):
    obj = llambo_object(llama386, str(tmp_path / "llambo.o"))
    assert emu_allocations(obj) == []
    r = subprocess.run(["nm", "--undefined-only", obj], capture_output=True, text=True, check=True)
    assert {"__libc_malloc", "__libc_free", "__libc_memalign"} <= {ln.split()[-1] for ln in r.stdout.splitlines()}


# the real emu

def digest(root: Path) -> dict[str, str]:
    files = ["libinterp/mkfile", "libinterp/llambo_c.c", "libinterp/llambo_c.h", "module/runt.m",
             "module/llambo_c.m", "emu/Linux/emu-g", "libllambo/mkfile", "libllambo/llambo.o"]
    return {f: hashlib.sha256((root / f).read_bytes()).hexdigest() for f in files}


def tree_copy(tmp_path_factory, name: str) -> Path:
    """A copy of the reference tree whose mkconfig names the copy as ROOT."""
    root = tmp_path_factory.mktemp(name) / "inferno"
    shutil.copytree(ROOT, root, symlinks=True)
    mkconfig = root / "mkconfig"
    mkconfig.write_text("".join(f"ROOT={root}\n" if ln.startswith("ROOT=") else ln
                                for ln in mkconfig.read_text().splitlines(keepends=True)))
    return root


@pytest.fixture(scope="module")
def ported(tmp_path_factory):
    """A copy of the reference tree with $Llambo_c ported and emu-g rebuilt; ported twice."""
    root = tree_copy(tmp_path_factory, "port")
    emu = port(str(root))
    first = digest(root)
    assert port(str(root)) == emu
    return root, first


@pytest.fixture(scope="module")
def model():
    from disbridge.models import default_model
    return default_model()


@needs_tree
def test_a_second_port_changes_nothing(ported):
    root, first = ported
    assert digest(root) == first
    port(str(root))         # mk's times are in seconds: a third run compiles nothing (it may re-archive)
    log = (root / "disbridge-port.log").read_text()
    libs = log.split("+ (cd emu/Linux;")[0]
    assert "+ (cd libllambo; mk install)" in libs and "+ (cd libinterp; mk install)" in libs
    assert "cc -c" not in libs


def emu_run(root: Path, dis: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, INFERNO_ROOT=str(root))
    return subprocess.run([str(EMU_RUN), "-t", "300", str(dis), *args], capture_output=True, text=True, env=env)


def bridge_run(prog: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "disbridge", "run", str(prog), *args],
                          capture_output=True, text=True, cwd=REPO)


@needs_tree
@pytest.mark.parametrize("harness", LLAMBO_HARNESSES)
def test_harness_prints_the_same_on_the_real_emu(ported, model, harness, tmp_path):
    root, _ = ported
    prog = HERE / "harness" / harness
    dis = tmp_path / (prog.stem + ".dis")
    subprocess.run([str(root / "Linux/386/bin/limbo"), f"-I{root / 'module'}", "-o", str(dis), str(prog)], check=True)
    emu = emu_run(root, dis, "#U*" + model)
    bridge = bridge_run(prog, "#U*" + model)
    assert (emu.returncode, bridge.returncode) == (0, 0), emu.stdout + emu.stderr + bridge.stderr
    assert emu.stdout == bridge.stdout                  # the whole console: nothing else from emu or llama.cpp


@needs_tree
def test_the_seed_with_an_inferno_path(ported, model, tmp_path):
    root, _ = ported
    (root / "tmp").mkdir(exist_ok=True)
    link = root / "tmp" / "llambo-test.gguf"
    link.unlink(missing_ok=True)
    link.symlink_to(model)
    dis = tmp_path / "seed.dis"
    subprocess.run([str(root / "Linux/386/bin/limbo"), f"-I{root / 'module'}", "-o", str(dis),
                    str(HERE / "harness" / "seed.b")], check=True)
    emu = emu_run(root, dis, "/tmp/llambo-test.gguf")
    assert emu.returncode == 0, emu.stdout + emu.stderr
    assert emu.stdout == bridge_run(HERE / "harness" / "seed.b", model).stdout
    missing = emu_run(root, dis, "/tmp/no-such-model.gguf")
    assert missing.stdout == "Seed: fail:load_model: load_model: file does not exist: /tmp/no-such-model.gguf\n"


# a user module (tests/usermod/sum.c), ported as the README's walk-through ports it

SUM = HERE / "usermod"


@pytest.fixture(scope="module")
def ported_sum(tmp_path_factory):
    """A copy of the reference tree with $Sum ported by the CLI and emu-g rebuilt."""
    root = tree_copy(tmp_path_factory, "portsum")
    r = subprocess.run([sys.executable, "-m", "disbridge", "port", "--inferno", str(root),
                        "-M", f"{SUM / 'sum.m'}:{SUM / 'sum.c'}"], capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0, r.stderr + (root / "disbridge-port.log").read_text()[-2000:]
    assert r.stdout == f"ported $Sum into {root}; emu: {root / 'Linux/386/bin/emu-g'}\n"
    return root


@pytest.mark.skipif(tree_missing, reason="INFERNO_ROOT is not set to the reference Inferno tree (built, emu-run beside it)")
def test_a_user_module_prints_the_same_on_the_real_emu(ported_sum, tmp_path):
    root = ported_sum
    text = (root / "libinterp" / "mkfile").read_text()
    assert "OFILES=$OFILES sum.$O" in text and "limbo -t Sum" in text and "llambo" not in text
    assert sections((root / "emu/Linux/emu-g").read_text())["mod"][-1] == "sum"
    dis = tmp_path / "sumtest.dis"
    subprocess.run([str(root / "Linux/386/bin/limbo"), f"-I{root / 'module'}", "-o", str(dis), str(SUM / "sumtest.b")],
                   check=True)
    args = ["Wikipedia", "", "héllo wörld"]
    emu = emu_run(root, dis, *args)
    bridge = subprocess.run([sys.executable, "-m", "disbridge", "run", "-M", f"{SUM / 'sum.m'}:{SUM / 'sum.c'}",
                             str(SUM / "sumtest.b"), *args], capture_output=True, text=True, cwd=REPO)
    assert (emu.returncode, bridge.returncode) == (0, 0), emu.stdout + emu.stderr + bridge.stderr
    assert emu.stdout == bridge.stdout
    assert emu.stdout.startswith("Wikipedia adler32 11e60398 crc32 adaac02e\n")
    again = subprocess.run([sys.executable, "-m", "disbridge", "port", "--inferno", str(root), "--no-build",
                            "-M", f"{SUM / 'sum.m'}:{SUM / 'sum.c'}"], capture_output=True, text=True, cwd=REPO)
    assert again.returncode == 0 and (root / "libinterp" / "mkfile").read_text() == text    # a second port edits nothing
