"""Builtin modules of the user's own, written in Inferno C: a `.m` and a `.c`.

    vm = VM(modules=[CModule("sum.m", "sum.c")])
    disbridge run -M sum.m:sum.c harness.b

The `.c` is written as for a real tree's `libinterp/`: it includes
`lib9.h`, `isa.h`, `interp.h`, `raise.h`, `runt.h` and `<name>mod.h`, and
its `<name>modinit` calls `builtinmod("$Name", Namemodtab, Namemodlen)`.
The two generated headers are what `limbo -a`/`-t` print for the `.m`.

Each module is its own small extension. It does not carry the bridge's
runtime: it is linked against the one `disbridge.native` loaded and opened
with RTLD_DEEPBIND, so its `error()`, `heap()`, `destroy()`... bind to that
runtime (emu's, here), never to libc's `error`, and every module shares one
heap, one VM lock and one set of porting checks, as in emu. The build is
cached by the digest of every input; a change to any of them rebuilds.
A compile error is the compiler's own message against the user's file.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile

from .. import native, paths
from ..frames import BridgeError
from ..limbo.emit import emit_stubs, emit_table
from ..limbo.model import ModuleInfo, Program, load
from .user import ModuleError, declaration

INCLUDE = paths.INCLUDE_DIR
MODULE_DIR = paths.MODULE_DIR
CFLAGS = ["-O2", "-Wall", "-Wno-unused-function", "-Wno-missing-braces", "-Wno-parentheses"]


def cache_dir() -> str:
    """Where built modules are kept: $DISBRIDGE_CACHE, else the user's cache folder."""
    d = os.environ.get("DISBRIDGE_CACHE")
    if not d:
        d = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "disbridge")
    return os.path.join(d, "modules")


class CModule:
    """A builtin written in C: the module m declares (the one named, or its only one),
    compiled from c plus any extra sources, include folders, libraries and flags."""

    def __init__(self, m: str, c: str, name: str | None = None, *, sources=(), include=(),
                 libraries=(), library_dirs=(), cflags=(), quiet: bool = False):
        self.m, self.c = os.path.abspath(m), os.path.abspath(c)
        for f in (self.m, self.c, *sources):
            if not os.path.isfile(f):
                raise ModuleError(f"{f}: no such file")
        self.decl = declaration(self.m, name)
        self.prog = load(self.m, [os.path.dirname(self.m), MODULE_DIR])
        self.stem = self.decl.name.lower()
        self.sources = [os.path.abspath(s) for s in sources]
        self.include = [os.path.abspath(d) for d in include]
        self.libraries, self.library_dirs, self.cflags = list(libraries), list(library_dirs), list(cflags)
        self.ldflags: list[str] = []
        self._environ()
        self.headers = generate(self.prog, self.decl)
        self.ffi, self.lib = self._built(quiet)
        self.registered = False

    def _environ(self) -> None:
        """$DISBRIDGE_CFLAGS (-I, -D...) and $DISBRIDGE_LDFLAGS (-L, -l, others) for every user module,
        so that the command line and pytest reach them too."""
        self.cflags += shlex.split(os.environ.get("DISBRIDGE_CFLAGS", ""))
        for f in shlex.split(os.environ.get("DISBRIDGE_LDFLAGS", "")):
            if f.startswith("-L") and len(f) > 2:
                self.library_dirs.append(f[2:])
            elif f.startswith("-l") and len(f) > 2:
                self.libraries.append(f[2:])
            else:
                self.ldflags.append(f)

    # what emu's modinit loop sees
    def modinit(self, vm) -> None:
        vm._register_error = None
        raised = self._call_modinit()
        if raised is not None:
            raise ModuleError(f"{self.c}: {self.stem}modinit raised: {raised}")
        err, vm._register_error = vm._register_error, None
        if err is not None:
            raise ModuleError(f"{self._where()}: {err}") from None
        if self.decl.path not in vm.registry:
            raise ModuleError(f"{self.c}: {self.stem}modinit did not call builtinmod(\"{self.decl.path}\", ...)")

    def _call_modinit(self) -> str | None:
        """modinit as a call of the bridge's, so that an error() in it unwinds to here (emu would
        panic at boot); the error's text, or None."""
        ffi, lib = native.ffi, native.lib
        addr = int(self.ffi.cast("uintptr_t", self.ffi.addressof(self.lib, "bridge_modinit")))
        buf, held, released = ffi.new(f"char[{native.ERRTEXT}]"), ffi.new("vlong*"), ffi.new("int*")
        lib.bridge_vmlock()
        try:
            rc = lib.bridge_call(ffi.cast("void(*)(void*)", addr), ffi.NULL, buf, native.ERRTEXT, held, released)
        finally:
            lib.bridge_vmunlock()
        return ffi.string(buf).decode("utf-8", "replace") if rc != 0 else None

    def declaration(self, path: str) -> ModuleInfo:
        """The declaration for a builtinmod(path, ...) from this module's C."""
        if path != self.decl.path:
            raise BridgeError(f"builtinmod(\"{path}\"): {os.path.basename(self.m)} declares "
                              f"{self.decl.name} with PATH {self.decl.path}")
        return self.decl

    def cleanup(self) -> None:
        self.lib.bridge_modcleanup()

    def _where(self) -> str:
        """file:line of the builtinmod call in the .c, where a table mismatch is the author's."""
        try:
            with open(self.c, encoding="utf-8", errors="replace") as f:
                for i, line in enumerate(f, 1):
                    if "builtinmod(" in line:
                        return f"{self.c}:{i}"
        except OSError:
            pass
        return self.c

    # the build
    def _inputs(self) -> list[str]:
        files = [self.m, self.c, *self.sources, *sorted(glob.glob(os.path.join(INCLUDE, "*.h")))]
        for d in [os.path.dirname(self.c), *self.include]:
            files += sorted(glob.glob(os.path.join(d, "*.h")))
        return files + [f for f in self.prog.src.files if os.path.isfile(f)]

    def _digest(self) -> str:
        h = hashlib.sha256()
        for f in self._inputs():
            with open(f, "rb") as fh:
                h.update(f.encode() + b"\0" + fh.read())
        for k in sorted(self.headers):
            h.update(k.encode() + self.headers[k].encode())
        h.update(repr((self.libraries, self.library_dirs, self.cflags, self.ldflags, CFLAGS, sys.version)).encode())
        h.update(native.lib_file().encode() + str(os.stat(native.lib_file()).st_mtime_ns).encode())
        with open(__file__, "rb") as fh:
            h.update(fh.read())
        return h.hexdigest()[:16]

    def _built(self, quiet: bool):
        tag = f"_dbmod_{self.stem}_{self._digest()}"
        out = os.path.join(cache_dir(), tag)
        so = os.path.join(out, tag + sysconfig.get_config_var("EXT_SUFFIX"))
        if not os.path.exists(so):
            if not quiet:
                print(f"disbridge: building {self.decl.path} from {os.path.basename(self.c)}", file=sys.stderr, flush=True)
            self._compile(tag, out)
        return _open(tag, so, self.c)

    def _incdirs(self, gen: str) -> list[str]:
        return [os.path.dirname(self.c), *self.include, gen, INCLUDE]

    def _compile(self, tag: str, out: str) -> None:
        import cffi
        gen = os.path.join(out, "gen")
        os.makedirs(gen, exist_ok=True)
        for name, text in self.headers.items():
            with open(os.path.join(gen, name), "w") as f:
                f.write(text)
        for src in [self.c, *self.sources]:
            syntax_check(src, self._incdirs(gen), self.cflags)
        ffi = cffi.FFI()
        ffi.cdef("void bridge_modinit(void*);\nvoid bridge_modcleanup(void);\n")
        ffi.set_source(tag, GLUE.format(stem=self.stem),
                       sources=[self.c, *self.sources], include_dirs=self._incdirs(gen),
                       library_dirs=self.library_dirs, libraries=self.libraries,
                       extra_compile_args=CFLAGS + self.cflags,
                       extra_objects=[native.lib_file()],
                       extra_link_args=[f"-Wl,-rpath,{d}" for d in [os.path.dirname(native.lib_file()), *self.library_dirs]]
                       + self.ldflags)
        work = tempfile.mkdtemp(prefix="build-", dir=out)
        with captured() as text:
            try:
                built = ffi.compile(tmpdir=work)
            except Exception:       # noqa: BLE001 - cffi's or the linker's failure: the output says why
                raise ModuleError(f"{self.c}: the build failed:\n{text()}") from None
        os.replace(built, os.path.join(out, os.path.basename(built)))
        shutil.rmtree(work, ignore_errors=True)


# the cffi module's own C: the modinit the .c defines, its optional modcleanup
GLUE = """
void {stem}modinit(void);
void bridge_modinit(void *fp) {{ (void)fp; {stem}modinit(); }}
extern void {stem}modcleanup(void) __attribute__((weak));
void bridge_modcleanup(void) {{ if({stem}modcleanup) {stem}modcleanup(); }}
"""


def generate(prog: Program, decl: ModuleInfo) -> dict[str, str]:
    """runt.h (limbo -a) and <name>mod.h (limbo -t) for the module's .m."""
    text, errors = emit_stubs(prog)
    if errors:
        tok, msg = errors[0]
        raise ModuleError(f"{getattr(tok, 'file', '')}:{getattr(tok, 'line', 0)}: {msg}")
    return {"runt.h": text, f"{decl.name.lower()}mod.h": emit_table(prog, decl.name)}


def syntax_check(src: str, incdirs: list[str], cflags: list[str]) -> None:
    """The compiler's own diagnostics for one file, before cffi sees it."""
    cc = sysconfig.get_config_var("CC").split()
    r = subprocess.run([*cc, "-fsyntax-only", *cflags, *(f"-I{d}" for d in incdirs), src],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise ModuleError(r.stderr.strip() or f"{src}: the compiler refused it")


@contextlib.contextmanager
def captured():
    """fds 1 and 2 into a file while the compiler runs (its children write there, not to us)."""
    with tempfile.TemporaryFile(mode="w+") as tmp:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(tmp.fileno(), 1)
        os.dup2(tmp.fileno(), 2)

        def text() -> str:
            tmp.flush()
            tmp.seek(0)
            return tmp.read().strip()
        try:
            yield text
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def _open(tag: str, so: str, c: str):
    """Import the extension so that its undefined names bind to disbridge.native's runtime."""
    flags = sys.getdlopenflags()
    sys.setdlopenflags(os.RTLD_NOW | os.RTLD_DEEPBIND)
    try:
        spec = importlib.util.spec_from_file_location(tag, so)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    except ImportError as e:
        m = re.search(r"undefined symbol: (\S+)", str(e))
        raise ModuleError(f"{c}: {m.group(1)} is used but defined nowhere" if m else f"{so}: {e}") from None
    finally:
        sys.setdlopenflags(flags)
    return mod.ffi, mod.lib
