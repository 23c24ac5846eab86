"""$Llambo_c on a real emu-g against the bridge: load and generation, timed inside Dis.

    INFERNO_ROOT=... python bench/bench_emu.py [--rounds 3] [--model PATH] [--tree PORTED]

The peer is the bridge itself (`disbridge run`, 64-bit llama.cpp built for
this CPU), measured in the same run, round by round, with the same program
(bench/harness/emutime.b: sys->millisec around load_model and a greedy
128-token generate).  emu-g is the reference tree's, ported into a copy
(`disbridge port`) unless --tree names one already ported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from disbridge.models import default_model  # noqa: E402
from disbridge.port import port  # noqa: E402

PROG = os.path.join(ROOT, "bench", "harness", "emutime.b")


def ported_copy(ref: str, dest: str) -> str:
    tree = os.path.join(dest, "inferno")
    shutil.copytree(ref, tree, symlinks=True)
    conf = os.path.join(tree, "mkconfig")
    with open(conf) as f:
        lines = [f"ROOT={tree}\n" if ln.startswith("ROOT=") else ln for ln in f]
    with open(conf, "w") as f:
        f.writelines(lines)
    port(tree)
    return tree


def parse(out: str) -> tuple[int, int, int]:
    w = out.split()
    if len(w) != 6 or w[0] != "load":
        raise SystemExit(f"bench_emu: unexpected output: {out!r}")
    return int(w[1]), int(w[3]), int(w[5])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=None)
    ap.add_argument("--tree", default=None, help="an Inferno tree $Llambo_c is already ported into")
    a = ap.parse_args()
    ref = os.environ.get("INFERNO_ROOT")
    if not ref and not a.tree:
        raise SystemExit("bench_emu: set INFERNO_ROOT to the reference tree (or --tree to a ported one)")
    model = a.model or default_model()
    emurun = os.environ.get("EMU_RUN") or os.path.join(os.path.dirname(os.path.realpath(ref or a.tree)), "bin", "emu-run")
    with tempfile.TemporaryDirectory() as tmp:
        tree = a.tree or ported_copy(ref, tmp)
        dis = os.path.join(tmp, "emutime.dis")
        subprocess.run([os.path.join(tree, "Linux/386/bin/limbo"), "-I" + os.path.join(tree, "module"),
                        "-o", dis, PROG], check=True)
        emu, bridge = [], []
        for _ in range(a.rounds):
            e = subprocess.run([emurun, "-t", "600", dis, "#U*" + model], capture_output=True, text=True,
                               env=dict(os.environ, INFERNO_ROOT=tree), check=True)
            emu.append(parse(e.stdout))
            b = subprocess.run([sys.executable, "-m", "disbridge", "run", PROG, model], capture_output=True,
                               text=True, cwd=ROOT, check=True)
            bridge.append(parse(b.stdout))
    for what, i in (("load_model", 0), ("generate 128", 1)):
        me, mb = statistics.median(r[i] for r in emu), statistics.median(r[i] for r in bridge)
        print(f"{what:14s} emu-g {me:7.0f} ms   bridge {mb:7.0f} ms   emu/bridge {me / mb if mb else float('nan'):.2f}")
    print(f"tokens generated: emu-g {emu[0][2]}, bridge {bridge[0][2]} (model {os.path.basename(model)}, {a.rounds} rounds, medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
