"""The harness interpreter: a loop-heavy program against the same work in plain Python,
and a call into $Llambo_c from a harness against the same call from Python.

    python bench/bench_harness.py
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from disbridge.harness.run import run_file  # noqa: E402
from disbridge.models import default_model  # noqa: E402
from disbridge.modtab import VM  # noqa: E402

HERE = os.path.join(ROOT, "bench", "harness")


def python_loops(n: int) -> str:
    x = 0
    for i in range(n):
        x = (x * 31 + i) % 1000003
    s = ""
    for _ in range(n // 10):
        s += "ab"
    lst = None
    for i in range(n // 10):
        lst = (i, lst)
    t = 0
    while lst is not None:
        t += lst[0]
        lst = lst[1]
    return f"{x} {len(s)} {t}\n"


def python_fib(n: int) -> int:
    return n if n < 2 else python_fib(n - 1) + python_fib(n - 2)


def main() -> None:
    n = 200_000
    vm = VM(checks=False).boot()
    out = io.StringIO()
    t0 = time.perf_counter()
    rc = run_file(os.path.join(HERE, "loops.b"), [str(n)], out=out, vm=vm)
    t_limbo = time.perf_counter() - t0
    t0 = time.perf_counter()
    want = python_loops(n)
    t_py = time.perf_counter() - t0
    assert rc == 0 and out.getvalue() == want, (out.getvalue(), want)
    print(f"loops ({n} int ops + {n // 10} string appends + {n // 10} list cells): harness {t_limbo:.2f} s | "
          f"plain Python {t_py:.3f} s | interpreter overhead {t_limbo / t_py:.0f}x")

    depth = 24
    out = io.StringIO()
    t0 = time.perf_counter()
    rc = run_file(os.path.join(HERE, "fib.b"), [str(depth)], out=out, vm=vm)
    t_limbo = time.perf_counter() - t0
    t0 = time.perf_counter()
    want = f"{python_fib(depth)}\n"
    t_py = time.perf_counter() - t0
    assert rc == 0 and out.getvalue() == want, (out.getvalue(), want)
    print(f"recursion (fib({depth}), 75k calls): harness {t_limbo:.2f} s | plain Python {t_py:.3f} s | "
          f"interpreter overhead {t_limbo / t_py:.0f}x")

    k, rounds = 2000, 5
    model = default_model()
    L = vm.load("$Llambo_c", os.path.join(ROOT, "module", "llambo_c.m"))
    mid = L.load_model(model, 1, 0)
    ratios, harness_ms, python_ms = [], [], []
    for _ in range(rounds):          # interleaved: the machine's noise hits both sides alike
        out = io.StringIO()
        rc = run_file(os.path.join(HERE, "calls.b"), [model, str(k)], out=out, vm=vm)
        assert rc == 0
        ms_limbo = int(out.getvalue())
        t0 = time.perf_counter()
        for _ in range(k):
            L.tokenize(mid, "Hello world, how are you?")
        ms_py = (time.perf_counter() - t0) * 1000
        harness_ms.append(ms_limbo)
        python_ms.append(ms_py)
        ratios.append(ms_limbo / ms_py)
    L.free_model(mid)
    vm.shutdown()
    print(f"$Llambo_c->tokenize x{k}, median of {rounds} interleaved rounds: from a harness {statistics.median(harness_ms):.0f} ms | "
          f"from Python {statistics.median(python_ms):.0f} ms | ratio {statistics.median(ratios):.2f} (goal <= 1.5)")


if __name__ == "__main__":
    main()
