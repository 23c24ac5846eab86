"""`disbridge new NAME`: the scaffold builds, its own tests pass under the pytest plugin,
and they fail when the module is wrong."""

import os
import subprocess
import sys

import pytest

from disbridge.scaffold import ScaffoldError, new


def pytest_in(folder, cache, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, DISBRIDGE_CACHE=str(cache))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=600)


def changed_copy(folder, tmp_path, old: str, new: str):
    """A copy of the scaffold whose tally.c has old replaced by new."""
    copy = tmp_path / "tally"
    subprocess.run(["cp", "-r", str(folder), str(copy)], check=True)
    c = copy / "tally.c"
    assert old in c.read_text()
    c.write_text(c.read_text().replace(old, new))
    return copy


@pytest.fixture(scope="module")
def scaffold(tmp_path_factory):
    where = tmp_path_factory.mktemp("new")
    cache = tmp_path_factory.mktemp("cache")
    r = subprocess.run([sys.executable, "-m", "disbridge", "new", "tally", "--dir", str(where)],
                       capture_output=True, text=True, env=dict(os.environ, DISBRIDGE_CACHE=str(cache)), timeout=300)
    assert r.returncode == 0, r.stderr
    return where / "tally", cache


def test_the_scaffold_and_its_golden(scaffold):
    folder, _ = scaffold
    assert sorted(os.listdir(folder)) == ["pyproject.toml", "tally.c", "tally.m", "tally_test.b", "tally_test.out",
                                          "test_tally.py"]
    assert (folder / "tally_test.out").read_text() == (
        "hello: 0 spaces, upper HELLO\n'two words': 1 spaces, upper 'TWO WORDS'\n"
        "Ünïcode: 0 spaces, upper ÜNïCODE\n'': 0 spaces, upper ''\ncaught: tally: count: byte value out of range\n")
    assert 'builtinmod("$Tally", Tallymodtab, Tallymodlen);' in (folder / "tally.c").read_text()


def test_its_tests_pass(scaffold):
    folder, cache = scaffold
    r = pytest_in(folder, cache)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "5 passed" in r.stdout


def test_its_tests_catch_a_wrong_module(scaffold, tmp_path):
    folder, cache = scaffold
    r = pytest_in(changed_copy(folder, tmp_path, "\t\t\t\tn++;", "\t\t\t\tn += 2;"), cache)
    assert r.returncode == 1
    assert "tally_test.b: the console differs from the .out" in r.stdout
    assert "test_count_is_bytes_count FAILED" in r.stdout or "FAILED test_tally.py::test_count_is_bytes_count" in r.stdout


def test_refusals(tmp_path):
    with pytest.raises(ScaffoldError, match="a module name is a lower-case letter"):
        new("Bad-Name", str(tmp_path))
    (tmp_path / "taken").mkdir()
    with pytest.raises(ScaffoldError, match="exists; nothing written"):
        new("taken", str(tmp_path))


def test_a_porting_problem_in_a_harness_is_named(scaffold, tmp_path):
    folder, cache = scaffold
    broken = changed_copy(folder, tmp_path, "\tdestroy(*f->ret);\t/* the old result is ours to drop before it is replaced */\n", "")
    r = pytest_in(broken, cache, "tally_test.b")
    assert r.returncode == 1
    assert "PortingError: $Tally->upper() replaced its pointer result without destroying the old one" in r.stdout
    assert "the console until then:" in r.stdout


def test_golden_remakes_the_out(scaffold, tmp_path):
    folder, cache = scaffold
    copy = tmp_path / "tally"
    subprocess.run(["cp", "-r", str(folder), str(copy)], check=True)
    (copy / "tally_test.out").unlink()
    r = subprocess.run([sys.executable, "-m", "disbridge", "golden", "-M", "tally.m:tally.c", "tally_test.b"], cwd=copy,
                       env=dict(os.environ, DISBRIDGE_CACHE=str(cache)), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (copy / "tally_test.out").read_text() == (folder / "tally_test.out").read_text()


def test_a_builtin_name_is_refused_and_nothing_written(tmp_path):
    with pytest.raises(ScaffoldError, match=r"\$Sys is a builtin module already"):
        new("sys", str(tmp_path))
    assert list(tmp_path.iterdir()) == []
