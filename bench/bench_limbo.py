"""Parse a large declaration set and emit `limbo -a` for it; print the time.

The set is generated (Inferno scale: many modules, adts, pick adts, thousands
of output lines). Peer: the same work's floor, reading the file and splitting
it into lines, measured in the same run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from disbridge.limbo import load  # noqa: E402
from disbridge.limbo.emit import emit_stubs, emit_table  # noqa: E402

TYPES = ["int", "big", "byte", "real", "string", "array of byte", "list of string", "ref Rec", "Pt",
         "(int, string)", "array of ref Rec", "chan of int"]


def declaration(nmod: int, nfn: int) -> str:
    out = []
    for m in range(nmod):
        out.append(f"Mod{m}: module\n{{\n\tPATH:\tcon \"$Mod{m}\";\n\tK{m}, L{m}, N{m}: con iota;\n")
        out.append("\tPt: adt {\n\t\tx, y: int;\n\t\tadd: fn(p: self Pt, q: Pt): Pt;\n\t};\n")
        out.append("\tRec: adt {\n\t\tid: int;\n\t\tname: string;\n\t\tw: real;\n\t\tnext: cyclic ref Rec;\n"
                   "\t\tget: fn(r: self ref Rec, k: string): (int, string);\n\t};\n")
        out.append("\tMsg: adt {\n\t\ttag: int;\n\t\tpick {\n\t\tA =>\n\t\t\ts: string;\n\t\tB or C =>\n"
                   "\t\t\tn: big;\n\t\t\tr: real;\n\t\t}\n\t};\n")
        for f in range(nfn):
            args = ", ".join(f"a{i}: {TYPES[(f + i * 7 + m) % len(TYPES)]}" for i in range(f % 5))
            res = TYPES[(f * 3 + m) % len(TYPES)]
            out.append(f"\tf{f}:\tfn({args}): {res};\n")
        out.append("};\n\n")
    return "".join(out)


def main() -> None:
    text = declaration(40, 25)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "big.m")
        with open(path, "w") as f:
            f.write(text)
        t0 = time.perf_counter()
        with open(path) as f:
            nlines_in = len(f.read().splitlines())
        floor = time.perf_counter() - t0
        t0 = time.perf_counter()
        prog = load(path)
        out, errors = emit_stubs(prog)
        tables = [emit_table(prog, m.name) for m in prog.modules]
        took = time.perf_counter() - t0
    assert not errors
    nout = out.count("\n") + sum(t.count("\n") for t in tables)
    print(f"limbo -a/-t emulation: {nlines_in} declaration lines -> {nout} output lines "
          f"in {took:.3f} s (target < 1 s); peer (read+split the file): {floor * 1e3:.2f} ms, "
          f"ratio {took / floor:.0f}x")


if __name__ == "__main__":
    main()
