"""Concurrent generation through $Llambo_c: aggregate tokens/s of 1, 4 and 8 streams at once.

    python bench/bench_concurrency.py [--tokens 48] [--threads N]

Two shapes, each from Python threads, greedy, the same prompt:
  - distinct: each thread its own model slot (the same GGUF loaded with a
    different n_gpu_layers, so the slots are distinct) and generate();
  - one model: every thread a stream (start/next) of one model.
The figure is the aggregate tokens/s divided by the one-stream figure of
the same shape, measured in the same run (the peer). llama-cpp-python,
when importable, does both shapes from threads too: a Llama a thread, and one
Llama shared (it is not thread-safe: its calls take turns).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from disbridge.models import default_model  # noqa: E402     (no llama.cpp of ours: --peer runs without it)

PROMPT = "Once upon a time, in a land far away,"


def run_threads(n: int, work) -> float:
    """Seconds for n threads each doing work(i)."""
    ts = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


def distinct(llm, n: int, tokens: int) -> float:
    mids = [llm.load(default_model(), n_gpu_layers=i) for i in range(n)]
    counts = [0] * n

    def work(i):
        counts[i] = len(llm.tokenize(mids[i], llm.generate(mids[i], PROMPT, tokens, temperature=0, repeat_penalty=1.0)))
    try:
        secs = run_threads(n, work)
    finally:
        for m in mids:
            llm.free(m)
    return sum(counts) / secs


def one_model(llm, n: int, tokens: int) -> float:
    mid = llm.load(default_model())
    counts = [0] * n

    def work(i):
        for _ in llm.stream(mid, PROMPT, tokens, temperature=0, repeat_penalty=1.0):
            counts[i] += 1
    try:
        secs = run_threads(n, work)
    finally:
        llm.free(mid)
    return sum(counts) / secs


def llama_cpp(n: int, tokens: int, shared: bool) -> float | None:
    """llama-cpp-python's figure, from a process of its own: two llama.cpp builds in one
    process share ggml's backend registry, and its decodes then come out empty."""
    r = subprocess.run([sys.executable, os.path.abspath(__file__), "--peer", str(n), str(tokens), str(int(shared))],
                       capture_output=True, text=True)
    return float(r.stdout.split()[-1]) if r.returncode == 0 and r.stdout.split() else None


def llama_cpp_run(n: int, tokens: int, shared: bool, threads: int) -> float:
    """llama-cpp-python from n threads: a Llama each (distinct), or one Llama (shared),
    which is not thread-safe, so its calls take a lock in turn, as its docs ask."""
    import llama_cpp
    ms = [llama_cpp.Llama(default_model(), n_ctx=2048, n_threads=threads, verbose=False) for _ in range(1 if shared else n)]
    counts = [0] * n
    lock = threading.Lock()

    def work(i):
        if shared:
            with lock:
                out = ms[0](PROMPT, max_tokens=tokens, temperature=0)
        else:
            out = ms[i](PROMPT, max_tokens=tokens, temperature=0)
        counts[i] = out["usage"]["completion_tokens"]
    secs = run_threads(n, work)         # before the sum: the threads fill counts
    return sum(counts) / secs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, default=48)
    ap.add_argument("--peer", nargs=3, type=int, metavar=("N", "TOKENS", "SHARED"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.peer:
        print(llama_cpp_run(a.peer[0], a.peer[1], bool(a.peer[2]), os.cpu_count() or 1))
        return 0
    from disbridge.builtins.llambo_c import Llambo
    from disbridge.modtab import VM
    with VM(checks=False) as vm:
        llm = Llambo(vm)
        for name, shape in (("distinct models", distinct), ("one model", one_model)):
            base = shape(llm, 1, a.tokens)
            print(f"{name:16s} 1 stream {base:7.1f} tok/s")
            for n in (4, 8):
                agg = shape(llm, n, a.tokens)
                print(f"{name:16s} {n} streams {agg:6.1f} tok/s aggregate = {agg / base:.2f}x one stream")
    for name, shared in (("distinct models", False), ("one model", True)):
        peer = llama_cpp(1, a.tokens, shared)
        if peer is None:
            print("llama-cpp-python: not installed or failed (bench/README.md says how), no peer figure")
            break
        print(f"llama-cpp-python {name:16s} 1 stream {peer:7.1f} tok/s")
        for n in (4, 8):
            agg = llama_cpp(n, a.tokens, shared)
            print(f"llama-cpp-python {name:16s} {n} streams {agg:6.1f} tok/s aggregate = {agg / peer:.2f}x its one stream")
    return 0


if __name__ == "__main__":
    sys.exit(main())
