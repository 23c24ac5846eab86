"""Shared fixtures: paths of the test declarations."""

import os

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


# .b harnesses under tests/harness run as test items: init(nil, [name, model]);
# a raised exception fails the item with its text; NAME.out, when present, is the expected stdout
def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".b" and file_path.parent.name == "harness":
        return HarnessFile.from_parent(parent, path=file_path)
    return None


class HarnessFile(pytest.File):
    def collect(self):
        yield HarnessItem.from_parent(self, name=self.path.name)


class HarnessItem(pytest.Item):
    def runtest(self):
        import io

        from disbridge.harness.run import run_file
        from disbridge.models import default_model
        from disbridge.modtab import VM, heap_live

        before = heap_live()
        out, err = io.StringIO(), io.StringIO()
        vm = VM(strict=True).boot()
        try:
            rc = run_file(str(self.path), [default_model()], out=out, err=err, vm=vm)
        finally:
            vm.shutdown()
        if rc != 0:
            raise HarnessFailure(err.getvalue().strip())
        expected = self.path.with_suffix(".out")
        if expected.exists():
            assert out.getvalue() == expected.read_text()
        assert heap_live() == before

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, HarnessFailure):
            return f"harness {self.path.name} failed: {excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"harness: {self.name}"


class HarnessFailure(Exception):
    pass
