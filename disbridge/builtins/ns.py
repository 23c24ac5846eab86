"""The names a program sees: emu-g's namespace over a host folder, and the files behind them.

emu builds `/` from its root device (the names of ROOTDIRS, empty folders)
with the host folder `-r ROOT` unioned after it (`#U`), then binds the
console device `#c` before `/dev`, `#p` on `/prog`, `#d` on `/fd`, `#e` on
`/env` and `#I` after `/net`, and starts every program with `/` as its
current directory. disbridge does the same over `DISBRIDGE_ROOT`; without
it the host's `/` is the root and the current directory is the host's, so
that `disbridge run prog.b file` finds file where the shell does.

`bind` and `unmount` keep a mount table as emu's cmount and cunmount do:
a mount point (a clean name) holds a union of host folders in order, with
MCREATE marking the one `create` uses; names under it are looked up in the
members in turn, and a directory read of it goes member by member, one
member's entries a read. Devices cannot be bound (`docs/deviations.md`).

`#U*` is the host's own root whatever the root is. Devices emu-g has but
disbridge does not serve fail as an empty device does; any other `#x` is
emu's `unknown device in # filename`.
"""

from __future__ import annotations

import copy
import os
import posixpath

ROOTDIRS = ("dev", "fd", "prog", "prof", "net", "net.alt", "chan", "nvfs", "env")
DEVICES = "/ceM|pPsdD\u00a4UC*It%"          # emu-g's devices, by their # letter
BOUND = {"/dev": "c", "/prog": "p", "/fd": "d", "/env": "e", "/net": "I"}
CONSFILES = ("cons", "consctl", "drivers", "hostowner", "hoststdin", "hoststdout", "hoststderr", "jit",
             "keyboard", "kprint", "memory", "msec", "notquiterandom", "null", "random", "scancode",
             "sysctl", "sysname", "time", "user")
UNKNOWN = "unknown device in # filename"
MREPL, MBEFORE, MAFTER, MCREATE, MORDER = 0, 1, 2, 4, 3
BOOTMOUNTS = 9          # the Mount structures of emu-g's boot namespace: mount ids 1..9 are taken


def known(letter: str) -> bool:
    """Whether emu-g has the device #letter."""
    return letter != "" and letter in DEVICES


class Namespace:
    """A process group's root, current directory and mounts: shared by the progs a prog spawns,
    copied by pctl(FORKNS) (sys.py keeps one per prog through the scheduler)."""

    def __init__(self, root: str | None):
        self.root = os.path.realpath(root) if root else None
        self.dot = "/" if root else os.getcwd()
        self.nodevs = False         # pctl(NODEVS): only #| #e #s #D #a attach
        self.mounts: dict[str, list[tuple[str, int]]] = {}     # mount point -> [(host folder, flags)]
        self.ids = [BOOTMOUNTS + 1]         # emu's mount ids: one counter, shared by forked copies

    @property
    def mountid(self) -> int:
        return self.ids[0]

    @mountid.setter
    def mountid(self, v: int) -> None:
        self.ids[0] = v

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
        """The host path of a clean name the host serves (#U*, #U or the root's files); under a
        mount point, the first member that has it (else the first that has its folder)."""
        at = self.mounted(name)
        if at is not None:
            rest = name[len(at):] if at != "/" else name
            cands = [h.rstrip("/") + rest if rest else h for h, _ in self.mounts[at]]
            return next((c for c in cands if os.path.lexists(c)), None) \
                or next((c for c in cands if os.path.isdir(os.path.dirname(c))), cands[0])
        if name.startswith("#U*"):
            return "/" + name[3:].lstrip("/")
        if name.startswith("#U"):
            name = "/" + name[2:].lstrip("/")
        if self.root is None:
            return name
        return self.root + name if name != "/" else self.root


    def mounted(self, name: str) -> str | None:
        """The innermost mount point name is at or under."""
        best = None
        for at in self.mounts:
            if (name == at or name.startswith(at.rstrip("/") + "/")) and (best is None or len(at) > len(best)):
                best = at
        return best

    def union(self, name: str) -> list[str]:
        """The host folders a read of mount point name goes through, in order."""
        return [h for h, _ in self.mounts[name]]

    def creatable(self, name: str) -> str | None:
        """Where create puts name: in a mount point, its MCREATE member (None: it has none)."""
        parent = posixpath.dirname(name)
        if parent not in self.mounts:
            return self.host(name)
        dest = next((h for h, fl in self.mounts[parent] if fl & MCREATE), None)
        return None if dest is None else dest.rstrip("/") + "/" + posixpath.basename(name)

    def bind(self, new: str, old: str, flag: int) -> int:
        """new's files onto old (clean names both), as cmount orders them; the new mount's id.
        A union bound elsewhere is copied whole; a first union keeps old's own folder in it."""
        order = flag & MORDER
        have = self.mounts.get(old)
        if have is None:
            have = [] if order == MREPL else [(self.host(old), 0)]
            self.mountid += order != MREPL
        add = [(h, 0) for h, _ in self.mounts.get(new, [(self.host(new), 0)])]
        add[0] = (add[0][0], flag & MCREATE)
        mid = self.mountid
        self.mountid += len(add)
        self.mounts[old] = add if order == MREPL else have + add if order == MAFTER else add + have
        return mid

    def unmount(self, name: str | None, old: str) -> str | None:
        """Take name's folder (all, for None) out of old's union; None, or emu's refusal."""
        have = self.mounts.get(old)
        if have is None:
            return "not mounted"
        if name is None:
            del self.mounts[old]
            return None
        h = self.host(name)
        for i, (m, _) in enumerate(have):
            if m == h:
                del have[i]
                if not have:
                    del self.mounts[old]
                return None
        return "not in union"

    def forkns(self) -> Namespace:
        """pctl(FORKNS): a copy of the names and the dot for the caller, every mount taking a
        new id; the parent's stay as they are."""
        self.mountid += BOOTMOUNTS + sum(len(m) for m in self.mounts.values())
        new = copy.copy(self)
        new.mounts = {k: list(v) for k, v in self.mounts.items()}
        return new
