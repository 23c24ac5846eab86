"""Builtin modules of the user's own, written in Inferno C (disbridge/builtins/cmod.py):
built against the bridge's runtime, called from Python and Limbo, checked by the porting
checks, cached, and every mistake reported against the user's file."""

import io
import os
import re
import shutil
import subprocess
import sys
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disbridge.builtins.cmod import CModule
from disbridge.builtins.spec import ModuleError, from_spec
from disbridge.frames import LimboException
from disbridge.harness.run import run_file
from disbridge.modtab import VM, PortingError

HERE = os.path.join(os.path.dirname(__file__), "usermod")
SUM_M, SUM_C, SUM_PY, SUMTEST = (os.path.join(HERE, f) for f in ("sum.m", "sum.c", "sum.py", "sumtest.b"))


@pytest.fixture(scope="module", autouse=True)
def cache(tmp_path_factory):
    """A build cache of this module's own: every build here is measured from nothing."""
    d = tmp_path_factory.mktemp("dbcache")
    old = os.environ.get("DISBRIDGE_CACHE")
    os.environ["DISBRIDGE_CACHE"] = str(d)
    yield d
    if old is None:
        del os.environ["DISBRIDGE_CACHE"]
    else:
        os.environ["DISBRIDGE_CACHE"] = old


def signed(v: int) -> int:
    return v - (1 << 32) if v >= 1 << 31 else v


def variant(tmp_path, old: str, new: str, name: str = "sum.c") -> str:
    """sum.c with one change, beside a copy of sum.m."""
    shutil.copy(SUM_M, tmp_path / "sum.m")
    text = open(SUM_C).read()
    assert old in text
    (tmp_path / name).write_text(text.replace(old, new, 1))
    return str(tmp_path / name)


def boot_error(c: str) -> str:
    with pytest.raises(ModuleError) as e:
        VM(modules=[CModule(os.path.join(os.path.dirname(c), "sum.m"), c, quiet=True)]).boot()
    return str(e.value)


@pytest.mark.parametrize("impl", [SUM_C, SUM_PY], ids=["c", "python"])
def test_c_and_python_agree_with_zlib(impl):
    with VM(strict=True, modules=[from_spec(f"{SUM_M}:{impl}")]) as vm:
        m = vm.load("$Sum", SUM_M)

        @settings(max_examples=80, deadline=None)
        @given(data=st.binary(max_size=400), cut=st.integers(-3, 400), v=st.integers(-(1 << 31), (1 << 31) - 1))
        def check(data, cut, v):
            n = min(cut, len(data))
            if n < 0:
                with pytest.raises(LimboException, match=rf"^sum: count {n} out of range 0\.\.{len(data)}$"):
                    m.adler32(data, n)
                return
            assert m.adler32(data, n) == signed(zlib.adler32(data[:n]))
            assert m.crc32(data, n) == signed(zlib.crc32(data[:n]))
            assert m.hex(v) == "%08x" % (v & 0xFFFFFFFF)
        check()
        assert m.crc32(None, 0) == 0


@pytest.mark.parametrize("impl", [SUM_C, SUM_PY], ids=["c", "python"])
def test_harness_and_cli_see_the_module(impl):
    vm = VM(modules=[from_spec(f"{SUM_M}:{impl}")]).boot()
    out, err = io.StringIO(), io.StringIO()
    try:
        rc = run_file(SUMTEST, ["Wikipedia"], out=out, err=err, vm=vm)
    finally:
        vm.shutdown()
    assert rc == 0, err.getvalue()
    assert out.getvalue() == "Wikipedia adler32 11e60398 crc32 adaac02e\ncaught: sum: count 3 out of range 0..2\n"
    r = subprocess.run([sys.executable, "-m", "disbridge", "run", "-M", f"{SUM_M}:{impl}", SUMTEST, "hello"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("hello adler32 062c0215 crc32 3610a686\n")


def test_built_once_then_cached(tmp_path, capfd):
    c = variant(tmp_path, "sum: count", "sum: n")
    CModule(os.path.join(tmp_path, "sum.m"), c)
    assert "disbridge: building $Sum from sum.c" in capfd.readouterr().err
    CModule(os.path.join(tmp_path, "sum.m"), c)
    assert "building" not in capfd.readouterr().err        # unchanged inputs: no build
    with open(c, "a") as f:
        f.write("/* changed */\n")
    CModule(os.path.join(tmp_path, "sum.m"), c)
    assert "building" in capfd.readouterr().err


def test_compile_error_is_the_compilers_against_the_users_file(tmp_path):
    c = variant(tmp_path, "a = 1;", "a = 1")
    with pytest.raises(ModuleError) as e:
        CModule(os.path.join(tmp_path, "sum.m"), c, quiet=True)
    text = str(e.value)
    assert re.search(rf"^{re.escape(c)}:\d+:\d+: error: expected ';'", text.replace("‘", "'").replace("’", "'"), re.M)
    assert "Traceback" not in text


def test_undefined_function_is_named(tmp_path):
    c = variant(tmp_path, "*f->ret = (WORD)(c ^ 0xffffffffUL);", "extern WORD nosuch(ulong);\n\t*f->ret = nosuch(c);")
    with pytest.raises(ModuleError, match=r"sum\.c: nosuch is used but defined nowhere"):
        CModule(os.path.join(tmp_path, "sum.m"), c, quiet=True)


def test_wrong_builtin_name_names_the_line(tmp_path):
    c = variant(tmp_path, 'builtinmod("$Sum"', 'builtinmod("$Summ"')
    line = next(i for i, s in enumerate(open(c), 1) if "builtinmod(" in s)
    assert boot_error(c) == f'{c}:{line}: builtinmod("$Summ"): sum.m declares Sum with PATH $Sum'


def test_table_that_does_not_match_the_m(tmp_path):
    c = variant(tmp_path, "builtinmod(\"$Sum\", Summodtab, Summodlen);", "builtinmod(\"$Sum\", badtab, 1);")
    text = open(c).read().replace("static\tulong\tcrctab[256];", "static\tulong\tcrctab[256];\nvoid Sum_adler32(void*);\n"
                                  "static Runtab badtab[] = {\n\t\"adler32\",0x1234,Sum_adler32,40,1,{0x20,},\n};")
    open(c, "w").write(text)
    assert re.fullmatch(rf"{re.escape(c)}:\d+: builtinmod \$Sum: row adler32 does not match sum\.m \(sig 1234 vs 1d4a1f4\).*",
                        boot_error(c))


def test_modinit_without_builtinmod(tmp_path):
    c = variant(tmp_path, "\tbuiltinmod(\"$Sum\", Summodtab, Summodlen);\n", "")
    assert boot_error(c) == f'{c}: summodinit did not call builtinmod("$Sum", ...)'


def test_failed_boot_leaves_nothing_registered(tmp_path):
    c = variant(tmp_path, 'builtinmod("$Sum"', 'builtinmod("$Summ"')
    vm = VM(modules=[CModule(os.path.join(tmp_path, "sum.m"), c, quiet=True)])
    with pytest.raises(ModuleError):
        vm.boot()
    assert vm.registry == {} and vm.state == "shut down"
    with VM(modules=[from_spec(f"{SUM_M}:{SUM_C}")]) as ok:      # and the process can boot again
        assert ok.load("$Sum", SUM_M).hex(255) == "000000ff"


@pytest.mark.parametrize("old,new,why", [
    ("\tdestroy(*f->ret);\n\t*f->ret = H;\n", "", "replaced its pointer result without destroying the old one"),
    ("*f->ret = c2string(buf, strlen(buf));", "*f->ret = c2string(buf, strlen(buf));\n\tc2string(buf, 1);",
     "leaked 1 heap object"),
    ("\tf = fp;\n\tdestroy(*f->ret);", "\tf = fp;\n\t((uchar*)f)[sizeof *f + 4] = 1;\n\tdestroy(*f->ret);",
     "wrote past the end of its frame"),
])
def test_porting_checks_run_on_user_modules(tmp_path, old, new, why):
    c = variant(tmp_path, old, new)
    with VM(strict=True, modules=[CModule(os.path.join(tmp_path, "sum.m"), c, quiet=True)]) as vm:
        m = vm.load("$Sum", SUM_M)
        with pytest.raises(PortingError, match=re.escape(f"$Sum->hex() {why}")):
            m.hex(7)


def test_spec_errors():
    with pytest.raises(ModuleError, match=r"expected FILE\.m:FILE\.py or FILE\.m:FILE\.c"):
        from_spec(f"{SUM_M}:{SUM_C}.txt")
    with pytest.raises(ModuleError, match=r"nosuch\.c: no such file"):
        from_spec(f"{SUM_M}:{HERE}/nosuch.c")


EMPTY_M = 'Empty: module\n{\n\tPATH:\tcon "$Empty";\n\tbytes:\tfn(n: int): array of byte;\n};\n'
EMPTY_C = """#include "lib9.h"
#include "isa.h"
#include "interp.h"
#include "runt.h"
#include "emptymod.h"

void
emptymodinit(void)
{
	builtinmod("$Empty", Emptymodtab, Emptymodlen);
}

void
Empty_bytes(void *fp)
{
	F_Empty_bytes *f;

	f = fp;
	destroy(*f->ret);
	*f->ret = mem2array("abc", f->n > 3 ? 3 : f->n);
}
"""
EMPTY_B = """implement T;
include "sys.m";
	sys: Sys;
include "draw.m";
include "empty.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	e := load Empty Empty->PATH;
	for(n := -1; n <= 2; n++){
		a := e->bytes(n);
		sys->print("%d: nil %d len %d\\n", n, a == nil, len a);
	}
}
"""


def test_mem2array_of_nothing_is_an_empty_array_not_nil(tmp_path):
    """libinterp's mem2array never returns H: emu-g gives the harness below `nil 0` for 0 and -1."""
    for name, text in (("empty.m", EMPTY_M), ("empty.c", EMPTY_C), ("t.b", EMPTY_B)):
        (tmp_path / name).write_text(text)
    mod = CModule(str(tmp_path / "empty.m"), str(tmp_path / "empty.c"), quiet=True)
    vm = VM(strict=True, modules=[mod]).boot()
    out = io.StringIO()
    try:
        assert vm.load("$Empty", str(tmp_path / "empty.m")).bytes(0) == b""
        assert run_file(str(tmp_path / "t.b"), [], out=out, err=out, vm=vm) == 0
    finally:
        vm.shutdown()
    assert out.getvalue() == "-1: nil 0 len 0\n0: nil 0 len 0\n1: nil 0 len 1\n2: nil 0 len 2\n"


def test_modinit_that_raises(tmp_path):
    """error() in modinit panics emu at boot; here the boot fails with the text, naming the file."""
    c = variant(tmp_path, "\tbuiltinmod(\"$Sum\", Summodtab, Summodlen);", "\terror(\"sum: no device\");")
    vm = VM(modules=[CModule(os.path.join(tmp_path, "sum.m"), c, quiet=True)])
    with pytest.raises(ModuleError, match=rf"^{re.escape(c)}: summodinit raised: sum: no device$"):
        vm.boot()
    assert vm.registry == {}


def test_port_refuses_what_the_bridge_refuses(tmp_path):
    c = variant(tmp_path, "\tbuiltinmod(\"$Sum\", Summodtab, Summodlen);", "\terror(\"sum: no device\");")
    r = subprocess.run([sys.executable, "-m", "disbridge", "port", "--inferno", str(tmp_path / "none"),
                        "-M", f"{tmp_path / 'sum.m'}:{c}"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert r.stderr == f"disbridge: port: {c}: summodinit raised: sum: no device\n"


def test_include_dirs_libraries_and_flags_from_the_environment(tmp_path, monkeypatch):
    """$DISBRIDGE_CFLAGS and $DISBRIDGE_LDFLAGS reach every user module: a header of another
    folder, a define, and a library of the user's own, linked and found at run time."""
    inc, lib = tmp_path / "inc", tmp_path / "lib"
    inc.mkdir()
    lib.mkdir()
    (inc / "scale.h").write_text("int scaled(int);\n")
    (lib / "scale.c").write_text("int scaled(int v) { return v * SCALE; }\n")
    subprocess.run(["cc", "-shared", "-fPIC", "-DSCALE=3", "-o", str(lib / "libscale.so"), str(lib / "scale.c")], check=True)
    c = variant(tmp_path, '\tsnprint(buf, sizeof buf, "%.8ux", (uint)f->v);',
                '\tsnprint(buf, sizeof buf, "%.8ux", (uint)scaled(f->v) + OFFSET);')
    text = open(c).read()
    open(c, "w").write('#include "scale.h"\n' + text)
    monkeypatch.setenv("DISBRIDGE_CFLAGS", f"-I{inc} -DOFFSET=1")
    monkeypatch.setenv("DISBRIDGE_LDFLAGS", f"-L{lib} -lscale")
    with VM(modules=[CModule(str(tmp_path / "sum.m"), c, quiet=True)]) as vm:
        assert vm.load("$Sum", SUM_M).hex(16) == "%08x" % (16 * 3 + 1)
