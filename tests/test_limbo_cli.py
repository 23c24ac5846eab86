"""The command line: include paths, errors as file:line: message, exit status."""

import subprocess
import sys


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "disbridge.limbo", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_include_through_I(tmp_path):
    inc = tmp_path / "inc"
    inc.mkdir()
    (inc / "base.m").write_text("Base: module {\n\tQ: adt { a: int; s: string; };\n};\n")
    (tmp_path / "top.m").write_text('include "base.m";\nTop: module {\n\tf: fn(q: Base->Q): int;\n};\n')
    r = run("-I", str(inc), "-t", "Top", str(tmp_path / "top.m"))
    assert r.returncode == 0, r.stderr
    assert '"f",0x' in r.stdout and "Top_f,40,2,{0x0,0x40,}," in r.stdout
    r = run(str(tmp_path / "top.m"), "-t", "Top")
    assert r.returncode == 1
    assert r.stderr.startswith(f"{tmp_path / 'top.m'}:1: can't find include file base.m")
    assert "Traceback" not in r.stderr


def test_syntax_error_is_file_line(tmp_path):
    p = tmp_path / "bad.m"
    p.write_text("Bad: module {\n\tf: fn(a: int;\n};\n")
    r = run("-a", str(p))
    assert r.returncode == 1
    assert r.stderr.startswith(f"{p}:2: near ` ; ` : syntax error")     # as the real limbo says it
    assert "Traceback" not in r.stderr


def test_type_error_is_file_line(tmp_path):
    p = tmp_path / "bad.m"
    p.write_text("Bad: module {\n\tf: fn(a: Nosuch): int;\n};\n")
    r = run("-t", "Bad", str(p))
    assert r.returncode == 1
    assert r.stderr.strip() == f"{p}:2: Nosuch is not declared"


def test_no_c_equivalent(tmp_path):
    p = tmp_path / "cb.m"
    p.write_text("Cb: module {\n\tcb: fn(f: ref fn(x: int): int): int;\n};\n")
    r = run("-a", str(p))
    assert r.returncode == 1
    assert "no C equivalent for type fn" in r.stderr
    # -t has no C spelling to make, so it succeeds, as the compiler's does
    r = run("-t", "Cb", str(p))
    assert r.returncode == 0 and '"cb",0x' in r.stdout


def test_missing_file(tmp_path):
    r = run("-a", str(tmp_path / "nope.m"))
    assert r.returncode == 1
    assert "nope.m" in r.stderr and "Traceback" not in r.stderr


def test_unknown_module_prints_only_the_typedef(tmp_path):
    p = tmp_path / "m.m"
    p.write_text("M: module { f: fn(); };\n")
    r = run("-t", "Other", str(p))
    assert r.returncode == 0
    assert r.stdout.count("\n") == 1 and r.stdout.startswith("typedef struct{char *name;")
