"""Running lib9 print cases through tests/native/fmtcase.c, ours or the reference's.

A case is (buffer size, kind, format, argument); see fmtcase.c for the kinds.
The reference driver is built with `gcc -m32` against INFERNO_ROOT's lib9 and
the verbs emu installs before any module's modinit (%q %Q, devip's, Math's);
ours natively against native/fmt.c.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DRIVER = HERE / "native" / "fmtcase.c"
GOLDEN = HERE / "vectors" / "fmt.tsv"

Case = tuple[int, str, bytes, object]


def encode(case: Case) -> str:
    size, kind, fmt, arg = case
    if kind == "d":
        a = f"{struct.unpack('<Q', struct.pack('<d', arg))[0]:016x}"
    elif kind in ("s", "b"):
        a = "-" if arg is None else arg.hex()
    elif kind == "S":
        a = "".join(f"{r:08x}" for r in arg)
    elif kind == "w":
        a = f"{arg[0]},{arg[1]}"
    else:
        a = str(arg)
    return f"{size}\t{kind}\t{fmt.hex()}\t{a}"


def decode(line: str) -> Case:
    size, kind, fmt, a = line.split("\t")
    fmtb = bytes.fromhex(fmt)
    if kind == "d":
        arg: object = struct.unpack("<d", struct.pack("<Q", int(a, 16)))[0]
    elif kind in ("s", "b"):
        arg = None if a == "-" else bytes.fromhex(a)
    elif kind == "S":
        arg = [int(a[i:i + 8], 16) for i in range(0, len(a), 8)]
    elif kind == "w":
        arg = tuple(int(x) for x in a.split(","))
    elif kind == "n":
        arg = ""
    else:
        arg = int(a)
    return int(size), kind, fmtb, arg


def build(tmp: Path, reference: bool) -> Path:
    """The driver: ours (native) or the reference's (-m32, INFERNO_ROOT's libraries)."""
    cc = shutil.which("gcc") or "cc"
    out = tmp / ("fmtref" if reference else "fmtours")
    if reference:
        root = Path(os.environ["INFERNO_ROOT"])
        cmd = [cc, "-m32", "-DREFERENCE", "-fcommon", "-fno-pie", "-no-pie", f"-I{root / 'Linux/386/include'}",
               f"-I{root / 'include'}", "-o", str(out), str(DRIVER), str(root / "emu/Linux/ipaux.o"),
               str(root / "Linux/386/lib/libmath.a"), str(root / "Linux/386/lib/lib9.a"), "-lm"]
    else:
        native = REPO / "native"
        cmd = [cc, "-O1", f"-I{native / 'include'}", "-o", str(out), str(DRIVER), str(native / "fmt.c"),
               str(native / "utf.c"), "-lm", "-lpthread"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"cannot build {out.name}: {r.stderr[-2000:]}")
    return out


class Driver:
    """One running driver, fed a case per line."""

    def __init__(self, path: Path):
        self.p = subprocess.Popen([str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, case: Case) -> tuple[int, bytes]:
        self.p.stdin.write(encode(case) + "\n")
        self.p.stdin.flush()
        n, out = self.p.stdout.readline().rstrip("\n").split("\t")
        return int(n), bytes.fromhex(out)

    def close(self) -> None:
        self.p.stdin.close()
        self.p.wait()


def golden() -> list[tuple[Case, int, bytes]]:
    rows = []
    for line in GOLDEN.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        *c, n, out = line.split("\t")
        rows.append((decode("\t".join(c)), int(n), bytes.fromhex(out)))
    return rows
