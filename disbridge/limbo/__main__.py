"""`python -m disbridge.limbo [-I dir]... (-t Module | -a) file.m`, like the Limbo compiler."""

from __future__ import annotations

import argparse
import sys

from .emit import emit_stubs, emit_table
from .lex import LimboError
from .model import load


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m disbridge.limbo",
                                 description="emit Inferno module tables and C frames from a Limbo declaration")
    ap.add_argument("-I", dest="include", action="append", default=[], metavar="dir",
                    help="directory searched for include files")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("-t", dest="table", metavar="Module", help="print the Runtab of Module")
    g.add_argument("-a", dest="stubs", action="store_true", help="print the C structs and frames")
    ap.add_argument("file")
    a = ap.parse_args(argv)
    try:
        prog = load(a.file, a.include)
        if a.table:
            sys.stdout.write(emit_table(prog, a.table))
            return 0
        text, errors = emit_stubs(prog)
    except LimboError as e:
        sys.stdout.flush()
        print(e, file=sys.stderr)
        return 1
    sys.stdout.write(text)
    for at, msg in errors:
        print(f"{at.file}:{at.line}: {msg}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
