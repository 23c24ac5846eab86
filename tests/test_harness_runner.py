"""`python -m disbridge run`: exit status, exception text, load through the link typecheck."""

import subprocess
import sys

import pytest

from .conftest import ROOT

HEAD = """implement T;
include "sys.m";
	sys: Sys;
include "draw.m";
T: module { init: fn(ctxt: ref Draw->Context, args: list of string); };
"""


def run(tmp_path, body: str, *args):
    p = tmp_path / "t.b"
    p.write_text(HEAD + body)
    return subprocess.run([sys.executable, "-m", "disbridge", "run", str(p), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_args_and_output(tmp_path):
    r = run(tmp_path, 'init(nil: ref Draw->Context, args: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                      '\tfor(; args != nil; args = tl args)\n\t\tsys->print("[%s]", hd args);\n}\n', "a", "b c")
    assert r.returncode == 0 and r.stdout == "[t][a][b c]" and r.stderr == ""


def test_uncaught_fail_exits_nonzero(tmp_path):
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\traise "fail:broken thing";\n}\n')
    assert r.returncode == 1 and "fail:broken thing" in r.stderr


def test_runtime_errors_are_limbo_exceptions(tmp_path):
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\ta := array[2] of int;\n\ta[2] = 1;\n}\n')
    assert r.returncode == 1 and "array bounds error" in r.stderr
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tx := 0;\n\tx = 5 / x;\n}\n')
    assert r.returncode == 1 and "zero divide" in r.stderr


def test_failed_load_is_nil_and_sets_errstr(tmp_path):
    body = ('Bad: module { PATH: con "$Sys"; millisec: fn(): big; };\n'
            'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
            '\tb := load Bad Bad->PATH;\n\tif(b == nil)\n\t\tsys->print("nil: %r\\n");\n\telse\n\t\tb->millisec();\n'
            '\tn := load Bad "$Nope";\n\tif(n == nil)\n\t\tsys->print("nil: %r\\n");\n'
            '\td := load Bad "/dis/x.dis";\n\tif(d == nil)\n\t\tsys->print("nil: %r\\n");\n}\n')
    r = run(tmp_path, body)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("nil: link typecheck $Sys->millisec() 616977e8/")
    assert lines[1] == "nil: module not built-in"
    assert lines[2].startswith("nil: cannot load /dis/x.dis")


def test_only_used_functions_are_linked(tmp_path):
    # the declaration has a wrong type for a function the program never calls: it still loads
    body = ('Part: module { PATH: con "$Sys"; millisec: fn(): int; sleep: fn(s: string): int; };\n'
            'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
            '\tp := load Part Part->PATH;\n\tsys->print("%d\\n", p != nil && p->millisec() >= 0);\n}\n')
    r = run(tmp_path, body)
    assert r.returncode == 0 and r.stdout == "1\n", r.stderr


def test_syntax_errors_and_spawn(tmp_path):
    r = run(tmp_path, "init(nil: ref Draw->Context, nil: list of string)\n{\n\tx := ;\n}\n")
    assert r.returncode == 1 and "t.b:8: syntax error" in r.stderr and "Traceback" not in r.stderr
    r = run(tmp_path, "f() { }\ninit(nil: ref Draw->Context, nil: list of string)\n{\n\tspawn f();\n}\n")
    assert r.returncode == 1 and "spawn is not supported" in r.stderr


def test_python_calls_a_harness_function(vm):
    import os

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from disbridge.harness.interp import Raise
    from disbridge.harness.run import Harness

    h = Harness(os.path.join(ROOT, "tests", "harness", "lang.b"), vm)
    h.runner.globals.vars["sys"] = None
    assert h.call("fact", 10) == 3628800
    assert h.call("fact", 13) == (6227020800 + 2**31) % 2**32 - 2**31       # wraps like Dis

    @settings(max_examples=50, deadline=None)
    @given(st.integers(-(2**31), 2**31 - 1), st.integers(-(2**31), 2**31 - 1).filter(lambda b: b != 0))
    def divmod_is_truncating(a, b):
        q, r = h.call("divmod", a, b)
        assert q * b + r == a or a == -(2**31)
        assert abs(r) < abs(b) and (r == 0 or (r < 0) == (a < 0))
    divmod_is_truncating()
    import pytest
    with pytest.raises(Raise, match="zero divide"):
        h.call("divmod", 1, 0)


def test_names_and_arity_checked_before_running(tmp_path):
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                      '\tsys->print("ran\\n");\n\tif(0)\n\t\tnosuch = 1;\n}\n')
    assert r.returncode == 1 and r.stdout == "" and "t.b:11: nosuch is not declared" in r.stderr
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                      '\tsys->print("ran\\n");\n\tif(0)\n\t\tsys->millisec(1);\n}\n')
    assert r.returncode == 1 and r.stdout == "" and "millisec: 1 arguments for 0 parameters" in r.stderr
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\ty = 2;\n\ty: int;\n}\n')
    assert r.returncode == 1 and "t.b:8: y is not declared" in r.stderr


@pytest.mark.parametrize("body,msg", [
    ('\tx := 1;\n\tx = "one";\n', "type clash in '=': number and string"),
    ('\ts: string = 5;\n', "type clash in a declaration: string and number"),
    ('\tl: list of int;\n\tn := len l + "a";\n', "type clash in '+': number and string"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print(5);\n', "type clash in argument s of print: string and number"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->nosuch();\n', "nosuch is not a member of Sys"),
    ('\ta := array[2] of int;\n\tb := hd a;\n', "type clash in hd: list and array"),
    ('\ts := "x";\n\ts = s - "y";\n', "operator '-' is not for a string"),
])
def test_kind_clashes_found_before_running(tmp_path, body, msg):
    r = run(tmp_path, "init(nil: ref Draw->Context, nil: list of string)\n{\n" + body + "}\n")
    assert r.returncode == 1 and msg in r.stderr and r.stdout == "", r.stderr
