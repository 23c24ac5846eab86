"""$Sys served from Python: same rows, frames and link typecheck as a C module."""

import pytest

from disbridge.frames import LimboException
from disbridge.limbo import loads
from disbridge.modtab import LoadError

SYS = "module/sys.m"


def test_python_builtin_calls(vm):
    s = vm.load("$Sys", SYS, names=["tokenize", "millisec", "byte2char", "char2byte", "fildes"])
    assert s.tokenize("a b\tc", " \t") == (3, ["a", "b", "c"])
    assert s.tokenize("", " ") == (0, [])
    t0 = s.millisec()
    assert isinstance(t0, int) and t0 >= 0
    assert s.byte2char("é!".encode(), 0) == (0xE9, 2, 1)
    assert s.byte2char(b"\xffA!!", 0) == (0xFFFD, 1, 0)      # a bad byte: status 0
    assert s.byte2char(b"\xffA", 0) == (0xFFFD, 0, 0)        # as emu: ff wants 4 bytes, so too few is cut off
    assert s.byte2char(b"\xe2\x98", 0) == (0xFFFD, 0, 0)     # cut off: nothing used
    with pytest.raises(LimboException, match="array bounds error"):
        s.byte2char(b"ab", 2)
    buf = bytearray(4)
    assert s.char2byte(0x263A, buf, 0) == 3 and buf[:3] == "☺".encode()     # written in place
    assert s.char2byte(0x41, buf, 3) == 1 and s.char2byte(0x263A, buf, 2) == 0
    fd1 = s.fildes(1)
    assert fd1 is not None and fd1.fd not in (0, 1, 2)      # emu's fildes dups: the FD has a number of its own


def test_file_calls_and_error_strings(vm, tmp_path):
    s = vm.load("$Sys", SYS, names=["create", "open", "read", "write", "seek", "remove", "aprint"])
    path = str(tmp_path / "f")
    fd = s.create(path, 1, 0o644)
    data = s.aprint("%d %s\n", 7, "seven")
    assert data == b"7 seven\n" and s.write(fd, data, len(data)) == 8
    fd = s.open(path, 0)
    buf = bytearray(16)
    assert s.read(fd, buf, 16) == 8 and bytes(buf[:8]) == b"7 seven\n"
    assert s.seek(fd, 2, 0) == 2 and s.read(fd, buf, 3) == 3 and bytes(buf[:3]) == b"sev"
    assert s.seek(fd, 0, 0) == 0 and s.read(fd, buf, 17) == 8      # emu reads at most the array's length
    assert s.remove(path) == 0 and s.open(path, 0) is None
    # emu names the missing element; a path of ERRMAX/3 bytes or more from its last slash
    assert vm.errstr.text == (f"'{path}'" if len(path) < 42 else "'.../f'") + " does not exist"


def test_sleep_releases_the_vm(vm):
    import threading
    import time
    s = vm.load("$Sys", SYS, names=["sleep", "millisec"])
    t = threading.Thread(target=s.sleep, args=(300,))
    t0 = time.monotonic()
    t.start()
    time.sleep(0.05)
    s.millisec()
    assert time.monotonic() - t0 < 0.25
    t.join()


def test_a_function_sys_has_and_disbridge_does_not_serve_links_and_raises(vm):
    decl = loads('Sys: module { PATH: con "$Sys"; dial: fn(addr, local: string): (int, Connection); '
                 'Connection: adt { dfd: ref FD; cfd: ref FD; dir: string; }; FD: adt { fd: int; }; };')
    s = vm.load("$Sys", decl)
    with pytest.raises(LimboException, match=r"^\$Sys->dial: not served by disbridge$"):
        s.dial("tcp!localhost!1", "")


def test_a_function_sys_does_not_have_fails_at_link_time(vm):
    decl = loads('Sys: module { PATH: con "$Sys"; frobnicate: fn(n: int): int; };')
    sig = decl.module("Sys").function("frobnicate").sig
    with pytest.raises(LoadError) as e:
        vm.load("$Sys", decl)
    assert str(e.value) == f"link typecheck $Sys->frobnicate() 0/{sig:x}"


def test_a_wrongly_typed_function_of_sys_fails_at_link_time(vm):
    decl = loads('Sys: module { PATH: con "$Sys"; fauth: fn(n: int): int; };')
    with pytest.raises(LoadError, match=r"^link typecheck \$Sys->fauth\(\) "):
        vm.load("$Sys", decl)


def test_varargs_print_links_with_the_real_signature(vm, capsys):
    decl = loads('Sys: module { PATH: con "$Sys"; print: fn(s: string, *): int; sprint: fn(s: string, *): string; };')
    assert decl.module("Sys").function("print").sig == 0xAC849033       # vectors/varargs.t.txt
    s = vm.load("$Sys", decl)
    assert s.sprint("%d-%s-%5.2f", 7, "x", 3.14159) == "7-x- 3.14"
    assert s.print("hi %s\n", "there") == 9
    assert capsys.readouterr().out == "hi there\n"


def test_bounds_error_is_a_limbo_exception(vm):
    from disbridge.frames import LimboException
    s = vm.load("$Sys", SYS, names=["byte2char"])
    with pytest.raises(LimboException, match="array bounds error"):
        s.byte2char(b"ab", 5)


def test_what_bind_and_mount_refuse_is_said_in_one_line(vm, tmp_path):
    """Binding a device, and mount (no 9P servers here), are the deviations: -1 and a clear text."""
    s = vm.load("$Sys", SYS, names=["bind", "mount", "fildes"])
    d = str(tmp_path)
    assert s.bind("#c", d, 0) == -1
    assert vm.errstr.text == "binding a device is not served by disbridge"
    assert s.mount(s.fildes(1), None, d, 0, "") == -1
    assert vm.errstr.text == "mount is not served by disbridge (no 9P servers)"
    assert s.bind(d, d + "/nowhere", 0) == -1 and vm.errstr.text.endswith("does not exist")
