"""The emitters reproduce the real Limbo compiler's output byte for byte."""

import os
import subprocess
import sys

import pytest

from disbridge.limbo import load
from disbridge.limbo.emit import emit_stubs, emit_table

from .conftest import VECTORS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CASES = sorted(f[:-2] for f in os.listdir(VECTORS) if f.endswith(".m"))


def module_name(name: str) -> str:
    with open(os.path.join(VECTORS, name + ".m")) as f:
        return f.readline().split(":")[0].strip()


def expected(name: str, kind: str) -> str:
    with open(os.path.join(VECTORS, f"{name}.{kind}.txt")) as f:
        return f.read()


def refusal(name: str) -> str:
    """What the real limbo -a wrote on stderr, where it refused the file ("" if it did not)."""
    path = os.path.join(VECTORS, f"{name}.a.err.txt")
    return open(path).read() if os.path.exists(path) else ""


def test_all_vectors_present():
    assert {"adts", "containers", "llambo_seed", "moddata", "scalars", "varargs"} <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_table_api(name):
    prog = load(os.path.join(VECTORS, name + ".m"))
    assert emit_table(prog, module_name(name)) == expected(name, "t")


@pytest.mark.parametrize("name", CASES)
def test_stubs_api(name):
    text, errors = emit_stubs(load(os.path.join(VECTORS, name + ".m")))
    assert "".join(f"{os.path.basename(at.file)}:{at.line}: {msg}\n" for at, msg in errors) == refusal(name)
    assert text == expected(name, "a")


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("kind", ["t", "a"])
def test_cli_byte_for_byte(name, kind):
    args = ["-t", module_name(name)] if kind == "t" else ["-a"]
    # run where the vectors are, with the file named as the real compiler was given it
    r = subprocess.run([sys.executable, "-m", "disbridge.limbo", *args, name + ".m"],
                       capture_output=True, cwd=VECTORS, env={**os.environ, "PYTHONPATH": ROOT})
    err = refusal(name) if kind == "a" else ""
    assert r.returncode == (1 if err else 0), r.stderr
    assert r.stdout == expected(name, kind).encode()
    assert r.stderr == err.encode()
