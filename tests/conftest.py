"""Shared fixtures: paths of the test declarations."""

import os
import threading

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
VECTORS = os.path.join(HERE, "vectors")
ROOT = os.path.dirname(HERE)
EXPECTED_LEAKS = 0          # heap objects the deliberately faulty functions leave behind


@pytest.fixture
def vectors_dir() -> str:
    return VECTORS


@pytest.fixture
def vm():
    """A booted strict VM; nothing of what the test made may stay on the heap."""
    from disbridge.modtab import VM, heap_live

    before = heap_live()
    v = VM(strict=True).boot()
    yield v
    if v.state == "booted":
        v.shutdown()
    global EXPECTED_LEAKS
    leaks, EXPECTED_LEAKS = EXPECTED_LEAKS, 0
    assert heap_live() == before + leaks, "the test left heap objects alive"


@pytest.fixture
def conf(vm):
    return vm.load("$Conformance", os.path.join(ROOT, "module", "conformance.m"))


# .b programs under tests/harness (any depth) run as test items and are judged by the real
# emulator's golden files (tools/golden): NAME.out is emu's console, the folder's golden.tsv
# its status; a program the real compiler refuses must be refused. `#noemu: REASON` marks a
# program emu cannot run (it must end normally here); `#deviation: REASON` one where disbridge
# differs on purpose (docs/deviations.md): it must still differ, or the mark is stale.
def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".b" and "harness" in file_path.relative_to(HERE).parts[:1]:
        from disbridge.harness.golden import library
        if not library(file_path):
            return HarnessFile.from_parent(parent, path=file_path)
    return None


class HarnessFile(pytest.File):
    def collect(self):
        yield HarnessItem.from_parent(self, name=self.path.name)


def _open_divergences() -> dict[str, str]:
    """tests/harness/divergences.tsv: programs where disbridge still differs from emu, not on
    purpose (tools/divergences rewrites it; docs/divergences.md groups them by cause)."""
    f = os.path.join(HERE, "harness", "divergences.tsv")
    if not os.path.exists(f):
        return {}
    with open(f) as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if "\t" in line)


OPEN = _open_divergences()


class HarnessItem(pytest.Item):
    def setup(self):
        from disbridge.harness.golden import program

        self.prog = program(self.path)
        foreign = self.prog.foreign()
        if foreign and not os.environ.get("INFERNO_ROOT"):
            pytest.skip(f"needs INFERNO_ROOT: includes {', '.join(foreign)} of the reference's module/")
        why = self.prog.deviation or OPEN.get(str(self.path.relative_to(os.path.join(HERE, "harness"))))
        if why:     # strict: once disbridge matches emu, the mark must go
            self.add_marker(pytest.mark.xfail(reason=why, strict=True))

    def runtest(self):
        import io

        from disbridge.harness.golden import comparable
        from disbridge.harness.run import run_file
        from disbridge.modtab import VM, heap_live

        prog = self.prog
        status = "ok" if prog.noemu else prog.status()
        if status is None:
            raise HarnessFailure(f"no golden file: run tools/golden {self.path.relative_to(ROOT)}")
        before = heap_live()
        console = io.StringIO()    # stdout and stderr merged in the order written, as emu's console
        vm = VM(strict=True).boot()
        box: dict = {}
        limit = 10 if status == "timeout" else 120
        worker = threading.Thread(target=lambda: box.update(rc=run_file(str(self.path), prog.argv(), out=console,
                                                                         err=console, vm=vm)), daemon=True)
        worker.start()
        worker.join(limit)
        if worker.is_alive():       # no preemption here: a prog that spins waiting for another never ends
            vm.shutdown()           # the blocked prog stays behind; the next program needs a VM of its own
            if status != "timeout":
                raise HarnessFailure(f"disbridge did not finish in {limit} s; emu did: {console.getvalue()[-300:]!r}")
            assert comparable(console.getvalue()) == comparable(self.path.with_suffix(".out").read_text())
            return
        vm.shutdown()
        rc = box.get("rc", 1)
        got = console.getvalue().replace(str(self.path.parent) + "/", "")
        if status == "refused":
            want = self.path.with_suffix(".out").read_text().splitlines()[0]
            if rc == 0:
                raise HarnessFailure(f"the real compiler refuses it ({want}); disbridge ran it")
            assert got.splitlines()[:1] == [want], "refused, but not with the compiler's message"
            return
        if prog.noemu:
            if rc != 0:
                raise HarnessFailure(got.strip())
        else:
            assert comparable(got) == comparable(self.path.with_suffix(".out").read_text())
            if status in ("ok", "exit"):
                assert rc == (status != "ok"), f"emu's status is {status}, disbridge's exit code {rc}"
        assert heap_live() == before

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, HarnessFailure):
            return f"harness {self.path.name} failed: {excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"harness: {self.name}"


class HarnessFailure(Exception):
    pass
