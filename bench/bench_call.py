"""The call path: `fn(a: int): int`-like and `fn(s: string): string` through the bridge,
against a bare cffi call of the same C function (same frame, no lock, no trampoline).

    python bench/bench_call.py
"""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from disbridge.frames import Frame, drop  # noqa: E402
from disbridge.modtab import VM  # noqa: E402


def rate(fn, n: int) -> float:
    """Seconds per call, best of 5 runs of n calls."""
    best = 1e9
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best


def main() -> None:
    n = 20000
    vm = VM(checks=True).boot()
    c = vm.load("$Conformance", "module/conformance.m")
    rows = vm.registry["$Conformance"].rows
    add, echo = rows["add"], rows["echo"]

    # bare: a ready frame, the C entry point called straight through cffi
    fa = Frame(add.function)
    fa.set_args((1, 2))
    bare_add = rate(lambda: add.handler(fa.ptr), n)
    fe = Frame(echo.function)
    fe.set_args(("hello, world",))

    def bare_echo():
        echo.handler(fe.ptr)
        drop(fe.result, echo.function.result)
    bare_s = rate(bare_echo, n)

    checked_add = rate(lambda: c.add(1, 2), n)
    checked_echo = rate(lambda: c.echo("hello, world"), n)
    vm.checks = False
    fast_add = rate(lambda: c.add(1, 2), n)
    fast_echo = rate(lambda: c.echo("hello, world"), n)
    fa.release_args()
    fe.release_args()
    vm.shutdown()
    print("call path (per call; peer: bare cffi call of the same C function with a ready frame)")
    print(f"  add(int,int):int   bare {bare_add * 1e6:6.2f} us | bridge {fast_add * 1e6:6.2f} us "
          f"({fast_add / bare_add:5.1f}x) | with porting checks {checked_add * 1e6:6.2f} us ({checked_add / bare_add:5.1f}x)")
    print(f"  echo(string):string bare {bare_s * 1e6:6.2f} us | bridge {fast_echo * 1e6:6.2f} us "
          f"({fast_echo / bare_s:5.1f}x) | with porting checks {checked_echo * 1e6:6.2f} us ({checked_echo / bare_s:5.1f}x)")
    print("  goal: bridge <= 3x bare")


if __name__ == "__main__":
    main()
