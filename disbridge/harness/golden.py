"""Golden programs: a `.b` with the real emulator's console beside it.

A program under `tests/harness/` may say, in comment lines of its own:

    #args: a 'b c'        the words after argv[0] (shell quoting)
    #deviation: REASON    disbridge differs from emu here on purpose (docs/deviations.md)
    #noemu: REASON        the reference emu cannot run it (no golden file; it must end normally)
    #timeout: SECS        emu's time limit when the golden file is made (default 30)
    #lib: a.b b.b         library modules of the folder the program loads as /dis/lib/a.dis ...

`tools/golden` compiles it with the real `limbo`, runs it on the real emu-g
and writes `NAME.out` (the console, or the compiler's messages when it
refuses the program) and a row `NAME<TAB>STATUS` in the folder's
`golden.tsv`. STATUS is `ok`, `exit` (uncaught exception or failed load),
`timeout` or `refused` (compile error).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "golden.tsv"
STATUSES = ("ok", "exit", "timeout", "refused")
_INCLUDE = re.compile(r'^\s*include\s+"([^"/]+)"', re.M)
_DIRECTIVE = re.compile(r"^\s*#(args|deviation|noemu|timeout|lib):\s*(.*?)\s*$", re.M)
# the host pc of a trap is emu's load address, not a Dis fact: it is compared as a wildcard
_HOSTPC = re.compile(r"pc=0x[0-9a-f]+")


@dataclass
class Program:
    """One golden program and what its comments say about it."""

    path: Path
    args: list[str]
    includes: list[str]
    deviation: str | None
    noemu: str | None
    timeout: float
    libs: list[str]

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def out(self) -> Path:
        return self.path.with_suffix(".out")

    def argv(self) -> list[str]:
        """The arguments after argv[0]; `$MODEL` is the default GGUF model."""
        if "$MODEL" not in self.args:
            return self.args
        from ..models import default_model
        return [default_model() if a == "$MODEL" else a for a in self.args]

    def foreign(self) -> list[str]:
        """The .m files it includes that only an Inferno tree has (bufio.m, ...): it needs
        INFERNO_ROOT, for them and for the library modules they declare."""
        from ..modtab import MODULE_DIR
        return [m for m in self.includes if not (Path(MODULE_DIR) / m).exists() and not (self.path.parent / m).exists()]

    def status(self) -> str | None:
        """The status emu gave, from the folder's manifest (None: no golden yet)."""
        return read_manifest(self.path.parent).get(self.name)


def program(path: Path) -> Program:
    text = path.read_text(encoding="utf-8", errors="replace")
    found = {k: v for k, v in _DIRECTIVE.findall(text)}
    return Program(path, shlex.split(found.get("args", "")), _INCLUDE.findall(text), found.get("deviation") or None,
                   found.get("noemu") or None, float(found.get("timeout", "30")), found.get("lib", "").split())


def read_manifest(folder: Path) -> dict[str, str]:
    f = folder / MANIFEST
    if not f.exists():
        return {}
    rows = (line.split("\t") for line in f.read_text().splitlines() if line.strip())
    return {name: status for name, status in rows}


def write_manifest(folder: Path, rows: dict[str, str]) -> None:
    (folder / MANIFEST).write_text("".join(f"{n}\t{rows[n]}\n" for n in sorted(rows)))


def comparable(console: str) -> str:
    """The console with what depends on the host (a trap's pc) made a wildcard."""
    return _HOSTPC.sub("pc=0x…", console)


def library(path: Path) -> bool:
    """A library module of its folder, named by a program's #lib: line: no test of its own."""
    return any(path.name in program(p).libs for p in path.parent.glob("*.b") if p != path)
