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
    assert r.returncode == 1 and "sys: fp: exception status=0000 pc=0x0" in r.stderr     # as emu/Linux/386, pc aside


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
    assert lines[2] == "nil: '/dis/x.dis' does not exist"       # emu names the missing file


def test_only_used_functions_are_linked(tmp_path):
    # the declaration has a wrong type for a function the program never calls: it still loads
    body = ('Part: module { PATH: con "$Sys"; millisec: fn(): int; sleep: fn(s: string): int; };\n'
            'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
            '\tp := load Part Part->PATH;\n\tsys->print("%d\\n", p != nil && p->millisec() >= 0);\n}\n')
    r = run(tmp_path, body)
    assert r.returncode == 0 and r.stdout == "1\n", r.stderr


def test_syntax_errors(tmp_path):
    r = run(tmp_path, "init(nil: ref Draw->Context, nil: list of string)\n{\n\tx := ;\n}\n")
    assert r.returncode == 1 and "t.b:8: near ` ; ` : syntax error" in r.stderr and "Traceback" not in r.stderr


def test_uncaught_exceptions_reported_as_emu_does(tmp_path):
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                      '\tsys->print("before\\n");\n\ta: array of int;\n\ta[0] = 1;\n}\n')
    assert (r.returncode, r.stdout, r.stderr) == (1, "before\n", '[T] Broken: "array bounds error"\n')
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\traise "fail:usage";\n}\n')
    assert (r.returncode, r.stderr) == (1, "T: fail:usage\n")


CHANS = """
count(c: chan of int, n: int, done: chan of string)
{
	for(i := 1; i <= n; i++)
		c <-= i;
	done <-= "counted";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	done := chan[1] of string;
	spawn count(c, 3);
	sum := 0;
	for(k := 0; k < 3; k++)
		sum += <-c;
	sys->print("%d %s\\n", sum, <-done);
	alt {
	v := <-c =>
		sys->print("%d\\n", v);
	* =>
		sys->print("none\\n");
	}
	<-c;
}
"""


def test_spawn_channels_alt_and_deadlock(tmp_path):
    r = run(tmp_path, CHANS.replace("spawn count(c, 3);", "spawn count(c, 3, done);"))
    assert (r.returncode, r.stdout) == (1, "6 counted\nnone\n"), r.stderr
    assert "deadlock" in r.stderr


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
    with pytest.raises(Raise, match="sys: fp: exception"):
        h.call("divmod", 1, 0)


def test_names_and_arity_checked_before_running(tmp_path):
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                      '\tsys->print("ran\\n");\n\tif(0)\n\t\tnosuch = 1;\n}\n')
    assert r.returncode == 1 and r.stdout == "" and "t.b:11: nosuch is not declared" in r.stderr
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                      '\tsys->print("ran\\n");\n\tif(0)\n\t\tsys->millisec(1);\n}\n')
    assert r.returncode == 1 and r.stdout == "" and "'sys->millisec': too many function arguments" in r.stderr
    r = run(tmp_path, 'init(nil: ref Draw->Context, nil: list of string)\n{\n\ty = 2;\n\ty: int;\n}\n')
    assert r.returncode == 1 and "t.b:8: y is not declared" in r.stderr


@pytest.mark.parametrize("body,msg", [
    ('\tx := 1;\n\tx = "one";\n', """type clash in 'x' of type int = '"one"' of type string"""),
    ('\ts: string = 5;\n', "type clash in 's' of type string = '5' of type int"),
    ('\tl: list of int;\n\tn := len l + "a";\n', """type clash in 'len l' of type int + '"a"' of type string"""),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print(5);\n', "'sys->print': argument type mismatch: expected string saw '5' of type int"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->nosuch();\n', "'nosuch' is not a member of 'sys' of type Sys"),
    ('\ta := array[2] of int;\n\tb := hd a;\n', "cannot hd 'a' of type array of int"),
    ('\ts := "x";\n\ts = s - "y";\n', "cannot - 's' of type string and '\"y\"' of type string"),
    # no implicit conversions, not even of constants
    ('\tb: big = 1;\n', "type clash in 'b' of type big = '1' of type int"),
    ('\tr: real = 1;\n', "type clash in 'r' of type real = '1' of type int"),
    ('\tx := byte 1;\n\tx = x + 1;\n', "type clash in 'x' of type byte + '1' of type int"),
    ('\ti := 2147483648;\n\tj: int = i;\n', "type clash in 'j' of type int = 'i' of type big"),
    ('\tb := big 2;\n\tb = b << big 1;\n', "shift 'big 1' of type big is not an int"),
    # scopes: a for's declaration lives in the enclosing block
    ('\tfor(i := 0; i < 2; i++)\n\t\t;\n\tfor(i := 0; i < 2; i++)\n\t\t;\n', "redeclaration of local i, previously declared as a local on line"),
    # sys->print formats are checked as the compiler's fmtcheck does
    ('\tsys = load Sys Sys->PATH;\n\tsys->print("%d\\n", "s");\n', "incompatible with argument '\"s\"' of type string"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print("%d %d\\n", 1);\n', "too few arguments for format"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print("%d\\n", 1, 2);\n', "more arguments than formats"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print("%C\\n", 1);\n', "invalid character C in format"),
    ('\tsys = load Sys Sys->PATH;\n\tf := "%d";\n\tsys->print(f, 1);\n', "'sys->print': format argument 'f' of type string is not a string constant"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print("%g\\n", 1);\n', "incompatible with argument '1' of type int"),
    ('\tsys = load Sys Sys->PATH;\n\tsys->print("%bd\\n", 1);\n', "incompatible with argument '1' of type int"),
    # what else the compiler rejects
    ('\tbreak;\n', "no appropriate target for 'break'"),
    ('\tcase 1 {\n\t1 =>\n\t\tcontinue;\n\t}\n', "no appropriate target for 'continue'"),
    ('\tx := 2;\n\tcase x {\n\t1 to 3 =>\n\t\t;\n\t2 =>\n\t\t;\n\t}\n', "case qualifier '2' overlaps with '1 to 3' on line"),
    ('\tx := 5 % 0;\n', "mod by 0 in constant expression"),
    ('\traise;\n', "'raise ': empty raise not in exception handler"),
    ('\t"abc"[0] = 1;\n', "cannot assign to '\"abc\"[0]'"),
    ('\ta, b := 1;\n', "t.b:8: near ` := ` : syntax error"),
    # channels
    ('\tc := chan of int;\n\tc <-= "s";\n', """type clash in 'c' of type chan of int <-= '"s"' of type string"""),
    ('\tc := chan of int;\n\ts: string = <-c;\n', "type clash in 's' of type string = '<-c' of type int"),
])
def test_kind_clashes_found_before_running(tmp_path, body, msg):
    r = run(tmp_path, "init(nil: ref Draw->Context, nil: list of string)\n{\n" + body + "}\n")
    assert r.returncode == 1 and msg in r.stderr and r.stdout == "", r.stderr


def test_a_closed_stdout_fails_the_write_not_the_runner(tmp_path):
    p = tmp_path / "t.b"
    p.write_text(HEAD + 'init(nil: ref Draw->Context, nil: list of string)\n{\n\tsys = load Sys Sys->PATH;\n'
                        '\tfor(i := 0; i < 100000; i++)\n\t\tif(sys->print("line %d\\n", i) < 0){\n'
                        '\t\t\tsys->fprint(sys->fildes(2), "write failed: %r\\n");\n\t\t\texit;\n\t\t}\n}\n')
    proc = subprocess.Popen([sys.executable, "-m", "disbridge", "run", str(p)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout.readline() == b"line 0\n"
    proc.stdout.close()                 # the reader goes away, as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "write failed: write on closed pipe" in err and "Traceback" not in err
