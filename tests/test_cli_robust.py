"""No traceback ever reaches a user of the command line: one line on stderr and a status."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disbridge.cli import main
from disbridge.models import default_model

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# arguments as the shell hands them over: text, or bytes that are not UTF-8 (surrogate-escaped)
WORD = st.one_of(
    st.text(max_size=12),
    st.binary(max_size=8).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.sampled_from(["", "-", "--", "0", "-1", "1099511627776", "nan", "inf", "1e999", "-q", "--pieces"]),
)
NUMBER = st.one_of(st.integers(-3, 6), st.integers(), st.sampled_from(["x", "", "1.5", "nan", "-inf"])).map(str)
OPTION = st.one_of(
    st.tuples(st.sampled_from(["-n", "--seed", "--top-k"]), NUMBER),
    st.tuples(st.sampled_from(["--temperature", "--top-p"]), st.one_of(NUMBER, st.floats().map(str))),
    st.tuples(st.just("--model"), st.one_of(st.just(""), st.just("/no/such.gguf"), WORD)),
    st.tuples(st.sampled_from(["-q", "--pieces", "--bogus", "--chat"])),
    st.tuples(st.just("--system"), WORD),
)


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    err = io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")     # what chat reads, a line a turn
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                rc = main(argv)
            except SystemExit as e:         # argparse's usage errors
                rc = e.code
    finally:
        sys.stdin = saved
    return rc, err.getvalue()


@settings(max_examples=int(os.environ.get("CLI_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cmd=st.sampled_from(["infer", "info", "tokenize", "chat", "bogus", ""]),
       opts=st.lists(OPTION, max_size=4), words=st.lists(WORD, max_size=2),
       lines=st.lists(st.one_of(st.binary(max_size=8), st.text(max_size=12).map(str.encode)), max_size=2))
def test_random_command_lines_fail_in_one_line(cmd, opts, words, lines):
    argv = [cmd] if cmd else []
    for o in opts:
        argv += list(o)
    if cmd in ("infer", "chat") and not any(o[0] == "-n" for o in opts):
        argv += ["-n", "2"]             # keep the runs that do generate short
    argv += words
    rc, err = run_cli(argv, b"".join(ln.replace(b"\n", b" ") + b"\n" for ln in lines))
    assert "Traceback" not in err
    assert rc in (0, 1, 2), (rc, err)
    said = [ln for ln in err.splitlines() if ln and "loading model [" not in ln]     # less the progress bar
    if rc != 0:
        assert len(said) == 1, err
        assert said[0].startswith("disbridge"), err


def test_messages_name_the_option():
    assert run_cli(["infer", "-q", "-n", "0", "hi"]) == (2, "disbridge infer: argument -n: must be at least 1\n")
    rc, err = run_cli(["infer", "-q", "--seed", "1099511627776", "hi"])
    assert rc == 2 and "--seed: must be at most 2147483647" in err
    assert run_cli(["infer", "-q", "--model", "", "hi"])[1].endswith("argument --model: is empty\n")
    assert "argument text: is not valid UTF-8" in run_cli(["tokenize", "-q", b"\xff\xfe".decode("utf-8", "surrogateescape")])[1]


def test_an_error_after_quiet_loading_has_no_blank_line():
    rc, err = run_cli(["infer", "-q", "--model", "/no/such.gguf", "hi"])
    assert rc == 1 and err.startswith("disbridge: ") and "does not exist" in err


def _cli(args: list[str], **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "DISBRIDGE_MODEL": default_model()}
    return subprocess.run([sys.executable, "-m", "disbridge", *args], cwd=ROOT, env=env, capture_output=True, **kw)


def test_a_closed_pipe_ends_quietly():
    p = subprocess.Popen([sys.executable, "-m", "disbridge", "infer", "-q", "-n", "200", "--temperature", "0", "Once upon a time"],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.read(5)
    p.stdout.close()                    # as `| head -c 5`
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 141
    assert err == ""


def test_a_closed_stdout_is_one_line():
    r = subprocess.run([sys.executable, "-m", "disbridge", "infer", "-q", "-n", "2", "hi"], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, close_fds=True,
                       preexec_fn=lambda: os.close(1))
    assert r.returncode == 1
    assert r.stderr.decode() == "disbridge: standard output is closed\n"


def test_empty_model_variable_is_refused():
    env = {**os.environ, "DISBRIDGE_MODEL": ""}
    r = subprocess.run([sys.executable, "-m", "disbridge", "info", "-q"], cwd=ROOT, env=env, capture_output=True)
    assert r.returncode == 1
    assert r.stderr.decode().startswith("disbridge: DISBRIDGE_MODEL is set but empty")


def test_n_past_the_context_is_capped_or_refused():
    rc, err = run_cli(["infer", "-q", "--temperature", "0", "--ctx", "24", "-n", "100", "Hello there"])
    assert rc == 0 and err.startswith("disbridge: -n capped to ") and "the context holds 24 tokens" in err
    rc, err = run_cli(["infer", "-q", "--strict", "--ctx", "24", "-n", "100", "Hello there"])
    assert rc == 1 and "-n 100 does not fit: the context holds 24 tokens" in err
    rc, err = run_cli(["infer", "-q", "--ctx", "999999", "-n", "2", "Hello"])
    assert rc == 1 and err.startswith("disbridge: --ctx 999999: configure: n_ctx 999999 is outside 16..")
