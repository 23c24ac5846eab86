"""$Llambo_c speed against llama.cpp's own tools and llama-cpp-python, same model, same threads.

    python bench/bench_llama.py [--threads 2] [--model PATH]

Peers, each measured in this run:
  - llama-bench (built from the same llama.cpp source): pp64 and tg128 tokens/s;
  - llama-cpp-python of the same llama.cpp version, if importable (`llama_cpp`):
    end-to-end prompt + 128 tokens, and model load time.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from disbridge.builtins.llambo_c import Llambo  # noqa: E402
from disbridge.models import default_model  # noqa: E402
from disbridge.modtab import VM  # noqa: E402

PROMPT = "Once upon a time, in a land far away,"     # greedy runs the full 128 tokens


def llama_bench(model: str, threads: int) -> dict:
    exe = sorted(glob.glob(os.path.join(ROOT, "build", "llama-*", "bin", "llama-bench")))
    if not exe:
        return {}
    out = subprocess.run([exe[0], "-m", model, "-p", "64", "-n", "128", "-t", str(threads), "-r", "2", "-o", "json"],
                         capture_output=True, text=True, check=True).stdout
    res = {}
    for row in json.loads(out):
        key = "pp64" if row["n_prompt"] else "tg128"
        res[key] = row["avg_ts"]
    return res


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Ours:
    """$Llambo_c through the bridge: greedy, no penalties, like the peers."""

    def __init__(self, model: str, threads: int):
        self.vm = VM(checks=False).boot()
        self.llm = llm = Llambo(self.vm)
        t0 = time.perf_counter()
        self.m = llm.load(model)
        self.load_s = time.perf_counter() - t0
        llm.mod.configure(self.m, 2048, threads, 512)
        before = rss_mb()
        m2 = llm.load(model)
        self.second_mb = rss_mb() - before
        llm.free(m2)
        toks = llm.tokenize(self.m, " ".join(["alpha"] * 200))[:64]
        self.prompt64 = llm.detokenize(self.m, toks)
        self.n64 = len(llm.tokenize(self.m, self.prompt64))
        self.npre = len(llm.tokenize(self.m, PROMPT))

    def gen(self, prompt: str, n: int) -> str:
        return self.llm.generate(self.m, prompt, n, temperature=0.0, repeat_penalty=1.0)

    def round(self) -> dict:
        t0 = time.perf_counter()
        self.gen(self.prompt64, 1)
        pp = self.n64 / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        self.gen(PROMPT, 1)
        t_pre = time.perf_counter() - t0
        t0 = time.perf_counter()
        text = self.gen(PROMPT, 128)
        t_all = time.perf_counter() - t0
        ngen = len(self.llm.tokenize(self.m, PROMPT + text)) - self.npre
        return {"pp64": pp, "tg128": (ngen - 1) / (t_all - t_pre), "e2e": ngen / t_all, "ngen": ngen}

    def close(self) -> None:
        self.llm.free(self.m)
        self.vm.shutdown()


class LlamaCppPython:
    def __init__(self, model: str, threads: int):
        from llama_cpp import Llama, __version__
        self.version = __version__
        t0 = time.perf_counter()
        self.llm = Llama(model_path=model, n_ctx=2048, n_threads=threads, n_batch=512, verbose=False)
        self.load_s = time.perf_counter() - t0

    def round(self) -> dict:
        t0 = time.perf_counter()
        r = self.llm(PROMPT, max_tokens=128, temperature=0.0, repeat_penalty=1.0)
        return {"e2e": r["usage"]["completion_tokens"] / (time.perf_counter() - t0)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    model = a.model or default_model()
    me = Ours(model, a.threads)
    try:
        lcp = LlamaCppPython(model, a.threads)
    except ImportError:
        lcp = None
    ratios: dict[str, list[float]] = {"pp64": [], "tg128": [], "e2e": []}
    last = {}
    for _ in range(a.rounds):          # interleaved, so that a noisy moment hits both sides
        peer = llama_bench(model, a.threads)
        mine = me.round()
        for k in ("pp64", "tg128"):
            if k in peer:
                ratios[k].append(mine[k] / peer[k])
        if lcp is not None:
            other = lcp.round()
            ratios["e2e"].append(mine["e2e"] / other["e2e"])
            last["lcp"] = other
        last["me"], last["peer"] = mine, peer
    me.close()
    med = {k: statistics.median(v) for k, v in ratios.items() if v}
    print(f"model {os.path.basename(model)}, {a.threads} threads, {os.cpu_count()} cpus, "
          f"{a.rounds} interleaved rounds (median ratio; last round's rates)")
    for k in ("pp64", "tg128"):
        if k in med:
            print(f"  {k:6s} $Llambo_c {last['me'][k]:7.1f} tok/s | llama-bench {last['peer'][k]:7.1f} tok/s"
                  f" | ratio {med[k]:.3f} (goal >= 0.97)")
    print(f"  e2e    $Llambo_c {last['me']['e2e']:7.1f} tok/s (prompt + {last['me']['ngen']} tokens)", end="")
    if lcp is not None:
        print(f" | llama-cpp-python {lcp.version} {last['lcp']['e2e']:7.1f} tok/s | ratio {med['e2e']:.3f} (goal >= 1.15)")
        print(f"  load   $Llambo_c {me.load_s:.3f} s | llama-cpp-python {lcp.load_s:.3f} s")
    else:
        print(" | llama-cpp-python not installed: no peer")
        print(f"  load   $Llambo_c {me.load_s:.3f} s")
    print(f"  second load of the same path adds {me.second_mb:.1f} MB resident (one model, reference counted)")


if __name__ == "__main__":
    main()
