"""The names a program sees: emu-g's namespace over a host folder, and the files behind them.

emu builds `/` from its root device (the names of ROOTDIRS, empty folders)
with the host folder `-r ROOT` unioned after it (`#U`), then binds the
console device `#c` before `/dev`, `#p` on `/prog`, `#d` on `/fd`, `#e` on
`/env` and `#I` after `/net`, and starts every program with `/` as its
current directory. disbridge does the same over `DISBRIDGE_ROOT`; without
it the host's `/` is the root and the current directory is the host's, so
that `disbridge run prog.b file` finds file where the shell does.

`#U*` is the host's own root whatever the root is. Devices emu-g has but
disbridge does not serve fail as an empty device does; any other `#x` is
emu's `unknown device in # filename`.
"""

from __future__ import annotations

import os
import posixpath

ROOTDIRS = ("dev", "fd", "prog", "prof", "net", "net.alt", "chan", "nvfs", "env")
DEVICES = "/ceM|pPsdD\u00a4UC*It%"          # emu-g's devices, by their # letter
BOUND = {"/dev": "c", "/prog": "p", "/fd": "d", "/env": "e", "/net": "I"}
CONSFILES = ("cons", "consctl", "drivers", "hostowner", "hoststdin", "hoststdout", "hoststderr", "jit",
             "keyboard", "kprint", "memory", "msec", "notquiterandom", "null", "random", "scancode",
             "sysctl", "sysname", "time", "user")
UNKNOWN = "unknown device in # filename"


def known(letter: str) -> bool:
    """Whether emu-g has the device #letter."""
    return letter != "" and letter in DEVICES


class Namespace:
    """One VM's root and current directory (emu's is per process group; here, per program)."""

    def __init__(self, root: str | None):
        self.root = os.path.realpath(root) if root else None
        self.dot = "/" if root else os.getcwd()
        self.nodevs = False         # pctl(NODEVS): only #| #e #s #D #a attach

    def clean(self, path: str) -> str:
        """path from the root (or a device), cleaned as emu names a channel."""
        if path.startswith("#"):
            head, _, rest = path.partition("/")
            return head + ("/" + posixpath.normpath("/" + rest).lstrip("/") if rest.strip("/") else "")
        full = path if path.startswith("/") else self.dot.rstrip("/") + "/" + path
        return "/" + posixpath.normpath(full).lstrip("/")

    def device(self, name: str) -> tuple[str, str] | None:
        """(letter, rest) for a clean name a device of emu's serves, else None (the host's)."""
        if name.startswith("#"):
            if name.startswith("#U"):
                return None
            return name[1:2], name[2:].lstrip("/")
        for at, letter in BOUND.items():
            if name == at or name.startswith(at + "/"):
                rest = name[len(at):].lstrip("/")
                if letter in "cI" and rest and rest.split("/")[0] not in CONSFILES \
                        and os.path.lexists(self.host(at + "/" + rest.split("/")[0])):
                    return None         # unioned with the root's own /dev, /net: the host's file
                return letter, rest
        first = name.lstrip("/").split("/", 1)[0]
        if first in ROOTDIRS and first not in ("dev", "net") and not self.hostdir(first):
            return "/", name.lstrip("/")
        return None

    def hostdir(self, first: str) -> bool:
        return os.path.isdir(self.host("/" + first))

    def host(self, name: str) -> str:
        """The host path of a clean name the host serves (#U*, #U or the root's files)."""
        if name.startswith("#U*"):
            return "/" + name[3:].lstrip("/")
        if name.startswith("#U"):
            name = "/" + name[2:].lstrip("/")
        if self.root is None:
            return name
        return self.root + name if name != "/" else self.root

