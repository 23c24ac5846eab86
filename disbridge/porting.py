"""Porting checks on the built objects, where emu differs from the host at link time.

emu replaces malloc, free, calloc and realloc with its own pools
(emu/port/alloc.c) and nothing else: a block from the C library's
posix_memalign, aligned_alloc or memalign, freed with emu's free, is not in
any pool and emu panics (`alloc:D2B: ... not in pools`). A module must not
import those; a library it links must have all its allocations routed to one
allocator, as the port does for llama.cpp (disbridge/port.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess

# what emu does not replace: the C library's allocators that hand out blocks emu's free cannot take back
UNPOOLED = ("posix_memalign", "aligned_alloc", "memalign", "valloc", "pvalloc")


# in an object linked into emu, a call of any of these meets emu's pools or mixes them with glibc's:
# the malloc family, and glibc calls that return a block for the caller to free; the port wraps
# exactly these (disbridge/port.py, native/llamaalloc.c)
EMU_ALLOCATORS = ("malloc", "free", "calloc", "realloc", "memalign", "posix_memalign", "aligned_alloc",
                  "valloc", "pvalloc", "strdup", "strndup", "realpath", "getcwd", "__getdelim")
# the port's wrappers call these themselves with a buffer of their own (native/llamaalloc.c)
THROUGH_WRAPPER = ("realpath", "getcwd")


class CheckError(Exception):
    """The check could not run (no nm, an unreadable object)."""


def symbols(path: str, *flags: str) -> set[str]:
    """The names nm lists for path with flags, without versions."""
    nm = shutil.which("nm")
    if nm is None:
        raise CheckError("nm (binutils) is not installed")
    r = subprocess.run([nm, *flags, path], capture_output=True, text=True)
    if r.returncode != 0:
        raise CheckError(f"nm {path}: {r.stderr.strip()}")
    return {line.split()[-1].split("@")[0] for line in r.stdout.splitlines() if line.strip()}


def imports(path: str) -> set[str]:
    """The dynamic symbols path imports (undefined in it)."""
    return symbols(path, "-D", "--undefined-only")


def emu_allocations(path: str) -> list[str]:
    """One line per allocator that the relocatable object path, to be linked into emu, calls directly.

    emu's malloc would serve it from the main pool, and a block that crosses
    to glibc's free (or back) panics emu.  The port's llambo.o calls none of
    them: its --wrap functions go to glibc's __libc_* allocators."""
    undefined = symbols(path, "--undefined-only")
    defined = symbols(path, "--defined-only")
    found = []
    for name in EMU_ALLOCATORS:
        if name not in undefined:
            continue
        if name in THROUGH_WRAPPER and f"__wrap_{name}" in defined:
            continue
        found.append(f"{os.path.basename(path)} calls {name} directly: in emu, malloc/free/calloc/realloc "
                     "are emu's pools and the rest glibc's, and a block freed by the other allocator panics "
                     "emu (alloc:D2B ... not in pools); route it to one allocator (--wrap, native/llamaalloc.c)")
    return found


def unpooled_allocations(paths: list[str]) -> list[str]:
    """One line per object that imports an allocator emu's pools do not replace."""
    found = []
    for p in paths:
        bad = sorted(set(UNPOOLED) & imports(p))
        if bad:
            found.append(f"{os.path.basename(p)} imports {', '.join(bad)}: emu replaces malloc/free with its pools "
                         f"but not {bad[0]}, so such a block freed on emu is not in any pool and emu panics")
    return found
