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

PROMPT = "Count from one to two hundred, separated by commas: one, two, three, four,"


def llama_bench(model: str, threads: int) -> dict:
    exe = sorted(glob.glob(os.path.join(ROOT, "build", "llama-*", "bin", "llama-bench")))
    if not exe:
        return {}
    out = subprocess.run([exe[0], "-m", model, "-p", "64", "-n", "128", "-t", str(threads), "-r", "3", "-o", "json"],
                         capture_output=True, text=True, check=True).stdout
    res = {}
    for row in json.loads(out):
        key = "pp64" if row["n_prompt"] else "tg128"
        res[key] = row["avg_ts"]
    return res


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def ours(model: str, threads: int) -> dict:
    vm = VM(checks=False).boot()
    llm = Llambo(vm)
    t0 = time.perf_counter()
    m = llm.load(model)
    load_s = time.perf_counter() - t0
    llm.mod.configure(m, 2048, threads, 512)
    before = rss_mb()
    m2 = llm.load(model)
    second_mb = rss_mb() - before
    llm.free(m2)
    # prompt processing: 64 prompt tokens, one sampled
    words = " ".join(["alpha"] * 200)
    toks = llm.tokenize(m, words)[:64]
    prompt64 = llm.detokenize(m, toks)
    n64 = len(llm.tokenize(m, prompt64))
    pp = []
    for _ in range(5):
        t0 = time.perf_counter()
        llm.generate(m, prompt64, 1, temperature=0.0)
        pp.append(n64 / (time.perf_counter() - t0))
    # decode: greedy continuation; prefill time measured apart and taken off
    npre = len(llm.tokenize(m, PROMPT))
    tg, e2e = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        llm.generate(m, PROMPT, 1, temperature=0.0)
        t_pre = time.perf_counter() - t0
        t0 = time.perf_counter()
        text = llm.generate(m, PROMPT, 128, temperature=0.0)
        t_all = time.perf_counter() - t0
        ngen = len(llm.tokenize(m, PROMPT + text)) - npre
        tg.append((ngen - 1) / (t_all - t_pre))
        e2e.append(ngen / t_all)
    llm.free(m)
    vm.shutdown()
    return {"pp64": statistics.median(pp), "tg128": statistics.median(tg), "e2e": statistics.median(e2e),
            "load_s": load_s, "second_load_mb": second_mb, "ngen": ngen}


def llama_cpp_python(model: str, threads: int) -> dict:
    try:
        from llama_cpp import Llama
    except ImportError:
        return {}
    t0 = time.perf_counter()
    llm = Llama(model_path=model, n_ctx=2048, n_threads=threads, n_batch=512, verbose=False)
    load_s = time.perf_counter() - t0
    e2e = []
    for _ in range(3):
        t0 = time.perf_counter()
        r = llm(PROMPT, max_tokens=128, temperature=0.0)
        e2e.append(r["usage"]["completion_tokens"] / (time.perf_counter() - t0))
    import llama_cpp
    return {"e2e": statistics.median(e2e), "load_s": load_s, "version": llama_cpp.__version__}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    model = a.model or default_model()
    peer = llama_bench(model, a.threads)
    me = ours(model, a.threads)
    lcp = llama_cpp_python(model, a.threads)
    print(f"model {os.path.basename(model)}, {a.threads} threads, {os.cpu_count()} cpus")
    for k in ("pp64", "tg128"):
        if k in peer:
            print(f"  {k:6s} $Llambo_c {me[k]:7.1f} tok/s | llama-bench {peer[k]:7.1f} tok/s | ratio {me[k] / peer[k]:.3f} (goal >= 0.97)")
    print(f"  e2e    $Llambo_c {me['e2e']:7.1f} tok/s (prompt + {me['ngen']} tokens)", end="")
    if lcp:
        print(f" | llama-cpp-python {lcp['version']} {lcp['e2e']:7.1f} tok/s | ratio {me['e2e'] / lcp['e2e']:.3f} (goal >= 1.15)")
        print(f"  load   $Llambo_c {me['load_s']:.3f} s | llama-cpp-python {lcp['load_s']:.3f} s | ratio {lcp['load_s'] / me['load_s']:.2f}x faster")
    else:
        print(" | llama-cpp-python not installed: no peer")
        print(f"  load   $Llambo_c {me['load_s']:.3f} s")
    print(f"  second load of the same path adds {me['second_load_mb']:.1f} MB resident (shared by reference count)")


if __name__ == "__main__":
    main()
