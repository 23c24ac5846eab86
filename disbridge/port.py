"""Port builtin modules ($Llambo_c, or a user's) into a built Inferno tree (Linux/386) and rebuild its emu.

What the seed's three steps (copy, add to the mkfile, register) leave out
is done here too, and each edit carries the module's mark, so that a
second run changes nothing twice. For each module:

- libinterp/: its .c and .h files; the mkfile gets the objects, the
  module, the `<name>mod.h` rule and any include path it needs;
- module/: its .m, included from runt.m (runt.h then has its types);
- the emu config: the module in `mod`, so emu calls `<name>modinit`.

$Llambo_c also gets libllambo/: the pinned llama.cpp built for the tree
(static, -m32, no BMI2), linked with the C++ runtime into one object,
llambo.o, whose allocations go to glibc, not emu's pools
(native/llamaalloc.c says why), installed as libllambo.a and named in the
config's `lib` after `interp`.

Then `mk install` in libinterp and `mk CONF=<config> install` in emu/Linux.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass

from .porting import EMU_ALLOCATORS, emu_allocations

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "disbridge port"
LLAMA_LIBS = ("libllama.a", "libggml.a", "libggml-cpu.a", "libggml-base.a")


class PortError(Exception):
    """The tree cannot take the port; the text says why and what to do."""


@dataclass
class Tree:
    root: str
    conf: str           # emu/Linux/<conf>

    def path(self, *p: str) -> str:
        return os.path.join(self.root, *p)

    @property
    def bin(self) -> str:
        return self.path("Linux", "386", "bin")


def mkvar(text: str, name: str) -> str | None:
    m = re.search(rf"^{name}=[ \t]*(\S*)", text, re.M)
    return m.group(1) if m else None


def check(root: str, conf: str = "emu-g") -> Tree:
    """The tree, or PortError unless it is a built Inferno for Linux/386."""
    if not os.path.isdir(root):
        raise PortError(f"{root}: no such folder (give the root of an Inferno tree)")
    t = Tree(os.path.abspath(root), conf)
    try:
        with open(t.path("mkconfig")) as f:
            mkconfig = f.read()
    except OSError:
        raise PortError(f"{t.root} is not an Inferno tree: it has no mkconfig") from None
    host, obj = mkvar(mkconfig, "SYSHOST"), mkvar(mkconfig, "OBJTYPE")
    if (host, obj) != ("Linux", "386"):
        raise PortError(f"{t.root} is built for {host}/{obj}: the port knows Linux/386 only")
    cfgroot = mkvar(mkconfig, "ROOT")
    if cfgroot is None or os.path.realpath(cfgroot) != os.path.realpath(t.root):
        raise PortError(f"{t.path('mkconfig')} says ROOT={cfgroot}: set it to {t.root} (a copied tree must say where it is)")
    for need, why in ((t.path("libinterp", "mkfile"), "libinterp's mkfile"),
                      (t.path("module", "runt.m"), "module/runt.m"),
                      (t.path("emu", "Linux", conf), f"the emu config emu/Linux/{conf}"),
                      (os.path.join(t.bin, "mk"), "Inferno's mk (the tree is not built: run makemk.sh)"),
                      (os.path.join(t.bin, "limbo"), "the limbo compiler (the tree is not built)"),
                      (t.path("Linux", "386", "lib", "libinterp.a"), "libinterp.a (the tree is not built)")):
        if not os.path.exists(need):
            raise PortError(f"{t.root} lacks {why}: {need}")
    return t


def put(dst: str, new: bytes) -> None:
    """Write dst when its content differs, so that mk sees no change on a second run."""
    try:
        with open(dst, "rb") as f:
            if f.read() == new:
                return
    except OSError:
        pass
    with open(dst, "wb") as f:
        f.write(new)


def copy(src: str, dst: str) -> None:
    with open(src, "rb") as f:
        put(dst, f.read())


def edit(path: str, fn, mark: str) -> bool:
    """Rewrite path with fn(text) unless it carries the module's mark already."""
    with open(path) as f:
        text = f.read()
    if re.search(rf"{re.escape(mark)}\b", text):
        return False
    with open(path, "w") as f:
        f.write(fn(text))
    return True


@dataclass(frozen=True)
class Portable:
    """A builtin module as the port copies it: its .m, and the .c/.h files for libinterp/."""

    name: str                   # the Limbo module, e.g. "Llambo_c": Llambo_cmodtab, llambo_cmodinit
    m: str
    files: tuple[str, ...]
    cflags: str = ""            # added to libinterp's CFLAGS
    lib: str | None = None      # a library emu links after interp (its lib section)

    @property
    def stem(self) -> str:
        return self.name.lower()

    @property
    def mark(self) -> str:
        return f"{MARK} {self.stem}"


LLAMBO = Portable("Llambo_c", os.path.join(HERE, "module", "llambo_c.m"),
                  (os.path.join(HERE, "native", "llambo_c.c"), os.path.join(HERE, "native", "llambo_c.h")),
                  cflags="-I../libllambo/include", lib="llambo")


def user_module(m: str, c: str, sources=()) -> Portable:
    """A user module (builtins/cmod.py's inputs): the .c files, and the headers beside the first that it
    includes by quoted name (the generated runt.h and <name>mod.h are made by the tree's mkfile)."""
    from .builtins.user import declaration
    decl = declaration(m)
    files = [c, *sources]
    folder = os.path.dirname(os.path.abspath(c))
    for src in files:
        with open(src) as f:
            for h in re.findall(r'^\s*#\s*include\s+"([^"/]+)"', f.read(), re.M):
                if os.path.isfile(os.path.join(folder, h)) and os.path.join(folder, h) not in files:
                    files.append(os.path.join(folder, h))
    return Portable(decl.name, os.path.abspath(m), tuple(os.path.abspath(f) for f in files))


def port_libinterp(t: Tree, p: Portable) -> None:
    for f in p.files:
        copy(f, t.path("libinterp", os.path.basename(f)))
    objs = " ".join(os.path.basename(f)[:-2] + ".$O" for f in p.files if f.endswith(".c"))
    heads = " ".join(os.path.basename(f) for f in p.files if f.endswith(".h"))
    rules = (f"# {p.mark}: ${p.name}\nOFILES=$OFILES {objs}\nMODULES=$MODULES ../module/{os.path.basename(p.m)}\n"
             + (f"CFLAGS=$CFLAGS {p.cflags}\n" if p.cflags else ""))
    targets = (f"\n# {p.mark}\n{p.stem}mod.h:D: $MODULES\n"
               f"\trm -f $target && limbo -t {p.name} -I../module ../module/runt.m > $target\n\n"
               f"{objs}:\t{p.stem}mod.h runt.h {heads}\n").replace(" \n", "\n")

    def add(text: str) -> str:
        lib = re.search(r"^<\$ROOT/mkfiles/mksyslib", text, re.M)
        if lib is None:
            raise PortError("libinterp/mkfile does not include mksyslib: not the mkfile the port knows")
        return text[:lib.start()] + rules + "\n" + text[lib.start():] + targets
    edit(t.path("libinterp", "mkfile"), add, p.mark)


def port_module(t: Tree, p: Portable) -> None:
    base = os.path.basename(p.m)
    copy(p.m, t.path("module", base))
    edit(t.path("module", "runt.m"), lambda text: text.rstrip("\n") + f'\ninclude "{base}";\t# {p.mark}\n', p.mark)


def port_conf(t: Tree, p: Portable = LLAMBO) -> None:
    """The module at the end of the mod section; its library, if any, right after `interp` in lib."""
    need = {"mod", "lib"} if p.lib else {"mod"}

    def add(text: str) -> str:
        lines = text.split("\n")
        out: list[str] = []
        section = None
        done = set()
        for line in lines:
            head = re.match(r"^(\w+)", line)
            if head:
                if section == "mod" and "mod" not in done:
                    insert_before_blanks(out, f"# {p.mark}", f"\t{p.stem}")
                    done.add("mod")
                section = head.group(1)
            out.append(line)
            if p.lib and section == "lib" and line.split() == ["interp"]:
                out += [f"# {p.mark}: {p.lib}, after interp, which needs it", f"\t{p.lib}"]
                done.add("lib")
        if section == "mod" and "mod" not in done:
            insert_before_blanks(out, f"# {p.mark}", f"\t{p.stem}")
            done.add("mod")
        missing = need - done
        if missing:
            raise PortError(f"emu/Linux/{t.conf} has no {' or '.join(sorted(missing))} section the port can extend"
                            + (" (lib must list interp)" if "lib" in missing else ""))
        return "\n".join(out)
    edit(t.path("emu", "Linux", t.conf), add, p.mark)


def insert_before_blanks(out: list[str], *lines: str) -> None:
    """Add lines at the end of the section in out (before its trailing blank lines).

    mkdevlist takes every word of an entry as a file, so the mark is a line of its own."""
    i = len(out)
    while i > 0 and out[i - 1].strip() == "":
        i -= 1
    out[i:i] = lines


LIBLLAMBO_MKFILE = f"""# {MARK}: llama.cpp for $Llambo_c, one object (llambo.$O, made by the port:
# llama.cpp, ggml and the C++ runtime) whose allocations go to glibc, not emu's pools
<../mkconfig

LIB=libllambo.a

install:V:	$ROOT/$OBJDIR/lib/$LIB

$ROOT/$OBJDIR/lib/$LIB:	llambo.$O
	rm -f $target
	$AR $ARFLAGS $target llambo.$O

nuke:V:
	rm -f $ROOT/$OBJDIR/lib/$LIB
"""


def run(cmd: list[str], what: str) -> None:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise PortError(f"{what} failed: {(r.stderr or r.stdout).strip()[-600:]}")


def llambo_object(llama: str, out: str, wrap: bool = True) -> str:
    """Link the i386 llama.cpp under prefix llama, with the C++ runtime, into the relocatable out.

    With wrap, every allocation in it goes through native/llamaalloc.c to glibc.  Only
    llama_* and ggml_* stay global, so nothing in it can clash with emu's own names."""
    stdcxx = subprocess.run(["g++", "-m32", "-print-file-name=libstdc++.a"], capture_output=True, text=True).stdout.strip()
    if not os.path.isabs(stdcxx) or not os.path.isfile(stdcxx):
        raise PortError("no 32-bit libstdc++.a: apt-get install g++-multilib")
    libs = [os.path.join(llama, "lib", a) for a in LLAMA_LIBS]
    alloc = out + ".alloc.o"
    whole = out + ".all.o"
    try:
        run(["cc", "-c", "-m32", "-O2", "-o", alloc, os.path.join(HERE, "native", "llamaalloc.c")], "cc llamaalloc.c")
        wraps = [f"--wrap={w}" for w in EMU_ALLOCATORS] if wrap else []
        run(["ld", "-m", "elf_i386", "-r", "-o", whole, *wraps, *([alloc] if wrap else []),
             "--whole-archive", *libs, "--no-whole-archive", stdcxx], "ld -r of llama.cpp")
        # the pc thunks are COMDAT: local, the copy emu's link keeps would not be the one referred to
        run(["objcopy", "--wildcard", "--keep-global-symbol=llama_*", "--keep-global-symbol=ggml_*",
             "--keep-global-symbol=__x86.get_pc_thunk.*", whole, out], "objcopy")
    finally:
        for f in (alloc, whole):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f)
    return out


def port_llama(t: Tree, llama: str) -> None:
    d = t.path("libllambo")
    os.makedirs(os.path.join(d, "include"), exist_ok=True)
    for h in os.listdir(os.path.join(llama, "include")):
        copy(os.path.join(llama, "include", h), os.path.join(d, "include", h))
    new = llambo_object(llama, os.path.join(d, "llambo.o.new"))
    try:
        bad = emu_allocations(new)
        if bad:
            raise PortError("; ".join(bad))
        copy(new, os.path.join(d, "llambo.o"))
    finally:
        os.remove(new)
    put(os.path.join(d, "mkfile"), LIBLLAMBO_MKFILE.encode())


def mk(t: Tree, where: str, *args: str, log) -> None:
    env = dict(os.environ, PATH=t.bin + os.pathsep + os.environ.get("PATH", ""))
    for v in ("ROOT", "OBJTYPE", "SYSHOST", "SYSTARG", "CONF"):
        env.pop(v, None)
    cmd = [os.path.join(t.bin, "mk"), *args]
    print(f"+ (cd {where}; mk {' '.join(args)})", file=log, flush=True)
    r = subprocess.run(cmd, cwd=t.path(where), env=env, stdout=log, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        raise PortError(f"mk {' '.join(args)} in {t.path(where)} failed (status {r.returncode}): see {log.name}")


def build(t: Tree, log, llama: bool) -> str:
    """libllambo (when $Llambo_c is ported), libinterp, then emu; return the installed emu."""
    if llama:
        mk(t, "libllambo", "install", log=log)
    mk(t, "libinterp", "install", log=log)
    mk(t, os.path.join("emu", "Linux"), f"CONF={t.conf}", "install", log=log)
    return os.path.join(t.bin, t.conf)


def port(root: str, conf: str = "emu-g", make: bool = True, modules: tuple[Portable, ...] = (LLAMBO,)) -> str:
    """Port modules into root; with make, rebuild emu and return its path; the log is root/disbridge-port.log."""
    t = check(root, conf)
    if LLAMBO in modules:
        port_llama(t, llama386())
    for p in modules:
        port_libinterp(t, p)
        port_module(t, p)
        port_conf(t, p)
    if not make:
        return ""
    with open(t.path("disbridge-port.log"), "w") as log:
        return build(t, log, LLAMBO in modules)


def llama386() -> str:
    """The pinned llama.cpp built for i386 (build_llama.py, beside this package)."""
    sys.path.insert(0, HERE)
    try:
        from build_llama import DepError, build_386
    finally:
        sys.path.remove(HERE)
    try:
        return build_386()
    except DepError as e:
        raise PortError(str(e)) from None
    except subprocess.CalledProcessError as e:
        raise PortError(f"building llama.cpp for 386 failed (status {e.returncode}): see build/llama-*.log") from None
