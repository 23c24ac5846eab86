"""Builtin modules of the user's own, written in Python (disbridge/builtins/user.py):
registered beside emu's, called from Python and from Limbo, and every mistake reported
with its file and line, leaving nothing registered."""

import io
import os
import subprocess
import sys
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disbridge.builtins.user import ModuleError, PyModule, from_spec
from disbridge.frames import LimboException
from disbridge.harness.run import run_file
from disbridge.modtab import VM

HERE = os.path.join(os.path.dirname(__file__), "usermod")
SUM_M, SUM_PY, SUMTEST = (os.path.join(HERE, f) for f in ("sum.m", "sum.py", "sumtest.b"))


def signed(v: int) -> int:
    return v - (1 << 32) if v >= 1 << 31 else v


def test_checksums_match_zlib():
    with VM(modules=[from_spec(f"{SUM_M}:{SUM_PY}")]) as vm:
        m = vm.load("$Sum", SUM_M)

        @settings(max_examples=60, deadline=None)
        @given(data=st.binary(max_size=300), cut=st.integers(0, 300))
        def check(data, cut):
            n = min(cut, len(data))
            assert m.adler32(data, n) == signed(zlib.adler32(data[:n]))
            assert m.crc32(data, n) == signed(zlib.crc32(data[:n]))
        check()
        with pytest.raises(LimboException, match=r"count 5 out of range 0\.\.2"):
            m.crc32(b"ab", 5)


def test_without_the_module_the_load_fails_as_emu_says():
    out, err = io.StringIO(), io.StringIO()
    assert run_file(SUMTEST, [], out=out, err=err) == 1
    assert out.getvalue() == "cannot load $Sum: module not built-in\n"


class Half:
    def adler32(self, f, vm):
        f.ret().set(0)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


def test_missing_method_names_the_declaration(tmp_path):
    with pytest.raises(ModuleError, match=r"sum\.m:8: Sum->crc32: Half has no method crc32\(frame, vm\)"):
        PyModule(SUM_M, Half())


def test_bad_m_names_file_and_line(tmp_path):
    m = write(tmp_path, "bad.m", "Bad: module\n{\n\tPATH: con \"$Bad\";\n\tf: fn(x: int): nosuch;\n};\n")
    with pytest.raises(ModuleError, match=r"bad\.m:4:"):
        PyModule(m, Half())


def test_path_must_be_a_builtin_name(tmp_path):
    m = write(tmp_path, "lib.m", "Lib: module\n{\n\tPATH: con \"/dis/lib.dis\";\n};\n")
    with pytest.raises(ModuleError, match=r"lib\.m:1: Lib: PATH must be a builtin's \$ name"):
        PyModule(m, object())


@pytest.mark.parametrize("path", ["$Sum", "$Sys"])
def test_same_name_twice_leaves_nothing_registered(tmp_path, path):
    m = write(tmp_path, "twin.m", f"Twin: module\n{{\n\tPATH: con \"{path}\";\n}};\n")
    mods = [from_spec(f"{SUM_M}:{SUM_PY}"), PyModule(m, object())] if path == "$Sum" else [PyModule(m, object())]
    vm = VM(modules=mods)
    with pytest.raises(ModuleError, match=rf"twin\.m:1: Twin: builtinmod: \{path} registered twice"):
        vm.boot()
    assert vm.state == "shut down" and vm.registry == {}
    VM().boot().shutdown()          # the process is free for the next VM


class Exploding:
    def modinit(self, vm):
        raise ValueError("no device")


def test_modinit_that_raises(tmp_path):
    m = write(tmp_path, "boom.m", "Boom: module\n{\n\tPATH: con \"$Boom\";\n};\n")
    vm = VM(modules=[PyModule(m, Exploding())])
    with pytest.raises(ModuleError, match=r"boom\.m:1: Boom: modinit raised ValueError: no device"):
        vm.boot()
    assert vm.registry == {}


def test_spec_errors(tmp_path):
    with pytest.raises(ModuleError, match="expected FILE.m:FILE.py"):
        from_spec("sum.py")
    py = write(tmp_path, "broken.py", "class Sum:\n    def adler32(self f, vm):\n        pass\n")
    with pytest.raises(ModuleError, match=r"broken\.py:2: "):
        from_spec(f"{SUM_M}:{py}")
    py = write(tmp_path, "raises.py", "import os\nraise RuntimeError('at import')\n")
    with pytest.raises(ModuleError, match=r"raises\.py:2: RuntimeError: at import"):
        from_spec(f"{SUM_M}:{py}")
    py = write(tmp_path, "other.py", "class NotSum:\n    pass\n")
    with pytest.raises(ModuleError, match=r"other\.py: no class Sum"):
        from_spec(f"{SUM_M}:{py}")


def test_cli_reports_module_errors_in_one_line(tmp_path):
    py = write(tmp_path, "other.py", "class NotSum:\n    pass\n")
    r = subprocess.run([sys.executable, "-m", "disbridge", "run", "-M", f"{SUM_M}:{py}", SUMTEST],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and "no class Sum" in r.stderr and "Traceback" not in r.stderr


def drawn_calls(m, f) -> None:
    """Call f of module m on arguments disbridge.strategies draws from its declaration."""
    from disbridge import strategies as lst

    @settings(max_examples=40, deadline=None)
    @given(args=lst.arguments(f))
    def call(args):
        try:
            r = getattr(m, f.qualname)(*args)
        except LimboException as e:
            assert str(e).startswith("sum: count")
            return
        assert isinstance(r, str if f.qualname == "hex" else int)
    call()


def test_every_function_on_drawn_arguments():
    """Each call of a user module on drawn arguments returns or raises a Limbo exception,
    never a Python error."""
    mod = from_spec(f"{SUM_M}:{SUM_PY}")
    with VM(modules=[mod]) as vm:
        m = vm.load("$Sum", SUM_M)
        for f in mod.decl.functions:
            drawn_calls(m, f)
