"""load: the link typecheck and its exact Inferno texts; the lifecycle around it."""

import os

import pytest

from disbridge.frames import BridgeError
from disbridge.limbo import loads
from disbridge.modtab import VM, LoadError

from .conftest import ROOT

CONF = os.path.join(ROOT, "module", "conformance.m")


def caller(body: str):
    return loads(f'Conformance: module {{ PATH: con "$Conformance";\n{body}\n}};')


def test_subset_import_links(vm):
    m = vm.load("$Conformance", caller("add: fn(a, b: int): int;"))
    assert m.functions == ["add"] and m.add(1, 2) == 3
    with pytest.raises(AttributeError):
        m.echo("x")


def test_wrong_type_message(vm):
    good = caller("add: fn(a, b: int): int;").module("Conformance").function("add").sig
    bad = caller("add: fn(a: int, b: big): int;").module("Conformance").function("add").sig
    with pytest.raises(LoadError) as e:
        vm.load("$Conformance", caller("add: fn(a: int, b: big): int;"))
    assert str(e.value) == f"link typecheck $Conformance->add() {good:x}/{bad:x}"
    assert vm.errstr.text == str(e.value)


def test_missing_function_message(vm):
    decl = caller("nosuch: fn(x: int): int;")
    sig = decl.module("Conformance").function("nosuch").sig
    with pytest.raises(LoadError) as e:
        vm.load("$Conformance", decl)
    assert str(e.value) == f"link typecheck $Conformance->nosuch() 0/{sig:x}"


def test_sys_millisec_text_from_inferno(vm):
    # INFERNO.md §4: the real emulator's text for a wrong millisec type
    decl = loads('Sys: module { PATH: con "$Sys"; millisec: fn(): big; };')
    with pytest.raises(LoadError) as e:
        vm.load("$Sys", decl)
    assert str(e.value).startswith("link typecheck $Sys->millisec() 616977e8/")


def test_unknown_and_dis_paths(vm):
    with pytest.raises(LoadError) as e:
        vm.load("$Nope", CONF)
    assert str(e.value) == "module not built-in"
    with pytest.raises(LoadError) as e:
        vm.load("/dis/lib/bufio.dis", CONF)
    assert ".dis" in str(e.value)


def test_names_narrow_the_import(vm):
    m = vm.load("$Conformance", CONF, names=["echo"])
    assert m.functions == ["echo"]


def test_lifecycle_errors():
    v = VM(strict=True)
    with pytest.raises(LoadError, match="not booted"):
        v.load("$Conformance", CONF)
    v.boot()
    with pytest.raises(BridgeError, match="already booted"):
        v.boot()
    m = v.load("$Conformance", CONF)
    v.shutdown()
    assert v.registry == {}
    with pytest.raises(BridgeError, match="shut down"):
        m.add(1, 2)
    with pytest.raises(LoadError, match="shut down"):
        v.load("$Conformance", CONF)
    with pytest.raises(BridgeError):
        v.shutdown()
    with pytest.raises(BridgeError):
        v.boot()


def test_boot_order_and_rows(vm):
    from disbridge.builtins import BUILTINS
    assert [b.stem for b in BUILTINS] == ["conformance", "llambo_c", "sys", "math", "ipints"]
    assert list(vm.registry) == ["$Conformance", "$Llambo_c", "$Sys", "$Math", "$IPints", "$Keyring"]
    rows = vm.registry["$Conformance"].rows
    assert rows["add"].sig == caller("add: fn(a, b: int): int;").module("Conformance").function("add").sig
    assert rows["echo"].size == 40 and rows["echo"].map == b"\x00\x80"
