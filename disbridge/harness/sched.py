"""Limbo threads and channels for the harness runner, scheduled as Dis does.

Each Limbo thread (a Dis "prog") runs on its own Python thread, but only the
one holding the turn runs: like the Dis VM, one prog at a time. A prog runs
until it blocks (a channel operation, `alt`, `sys->sleep`) or ends; then the
next runnable prog runs, in the order they became runnable. A spawned prog
joins the end of the run queue and the spawner keeps running. There is no
time-slicing, so a prog that spins without blocking starves the others.

Channels are Dis channels: an unbuffered send waits for a receiver; a
buffered one (`chan[n] of T`) waits only when the buffer is full. When init
returns, progs still blocked on channels are abandoned, as an Inferno shell
returns to its prompt while they wait; if every prog is blocked and none
sleeps, the program is deadlocked and the runner says so.
"""

from __future__ import annotations

import threading
import time
from collections import deque


class Killed(BaseException):
    """Unwinds an abandoned prog's thread when the program ends."""


class Deadlock(Exception):
    pass


class Prog:
    __slots__ = ("name", "pid", "group", "killed", "got", "value", "thread", "turn", "state", "module", "childq", "waitq",
                 "osenv")

    def __init__(self, name: str, lock, pid: int, group: int):
        self.name = name
        self.pid = pid
        self.group = group      # emu's process group: killgrp's reach, NEWPGRP starts one
        self.state = "ready"    # as /prog/N/status names it: ready, release, send, recv, alt
        self.module = name      # the module it runs (the interpreter names it)
        self.childq: WaitQ | None = None    # its /prog/N/wait, once opened
        self.waitq: WaitQ | None = None     # its spawner's, when it was spawned: told of its end
        self.osenv: dict = {}       # emu's Osenv: what $Sys keeps per prog (a FORKNS namespace), shared on spawn
        self.turn = threading.Condition(lock)       # signalled when this prog may run
        self.killed = False
        self.got = None         # the channel arm that completed a blocked alt
        self.value = None       # the value received
        self.thread: threading.Thread | None = None


class WaitQ:
    """The messages of /prog/N/wait: `pid "Module":status` of each prog that ended, one a read."""

    def __init__(self):
        self.msgs: deque[bytes] = deque()
        self.cv = threading.Condition()

    def put(self, msg: bytes) -> None:
        with self.cv:
            self.msgs.append(msg)
            self.cv.notify_all()


class Chan:
    """A Dis channel: buffer, waiting senders (prog, value, arm) and receivers (prog, arm)."""

    __slots__ = ("cap", "buf", "sendq", "recvq")

    def __init__(self, cap: int = 0):
        self.cap = cap
        self.buf: deque = deque()
        self.sendq: deque = deque()
        self.recvq: deque = deque()


class Sched:
    STACK = 256 * 1024 * 1024       # deep Limbo recursion runs on Python's stack

    def __init__(self):
        self.lock = threading.RLock()
        self.cv = threading.Condition(self.lock)    # guards everything; signalled when no prog runs
        self.runq: deque[Prog] = deque()
        self.current: Prog | None = None
        self.sleeping = 0
        self.progs: list[Prog] = []
        self.local = threading.local()
        self.main: Prog | None = None
        self.deadlock = False
        self.lastpid = 1        # emu numbers progs in order; under emu-run the program's first is 2
        self.xrand = 0x20342    # alt's generator, as emu seeds it
        self.on_exit: list = []     # fn(prog, others' osenvs): a builtin lets go of what an ended prog held

    def _newprog(self, name: str, group: int = 0) -> Prog:
        self.lastpid += 1
        return Prog(name, self.lock, self.lastpid, group or self.lastpid)

    def pid(self) -> int:
        """The Dis pid of the calling prog."""
        return self.local.prog.pid

    # the prog on this thread
    def me(self) -> Prog:
        return self.local.prog

    def adopt(self, name: str) -> Prog:
        """The calling thread becomes the running prog (the program's first)."""
        p = self._newprog(name)
        p.thread = threading.current_thread()
        self.local.prog = p
        with self.cv:
            self.progs.append(p)
            self.current = self.main = p
        return p

    def spawn(self, name: str, body, on_exception) -> None:
        """A new prog runs body() when its turn comes; the spawner goes on."""
        p = self._newprog(name, self.me().group)
        p.waitq = self.me().childq
        p.osenv = dict(self.me().osenv)

        def run():
            self.local.prog = p
            try:
                with self.cv:
                    self._await(p)
                body()
            except Killed:
                self._told(p, "killed")
                self._exited(p)
                with self.cv:
                    self._gone(p)
                return
            except BaseException as e:       # noqa: BLE001 - a prog's death is reported, not raised
                self._told(p, on_exception(p, e))
            else:
                self._told(p, "")
            self._exited(p)
            with self.cv:
                self.progs.remove(p)
                self._switch()
                self._stuck()           # the last prog that could run may have ended while the first waits

        old = threading.stack_size(self.STACK)
        try:
            p.thread = threading.Thread(target=run, name=f"limbo-{name}", daemon=True)
        finally:
            threading.stack_size(old)
        with self.cv:
            self.progs.append(p)
            self.runq.append(p)
        p.thread.start()

    def _exited(self, p: Prog) -> None:
        """p's body has ended: its Osenv goes, as emu's pexit frees what no other prog shares."""
        with self.cv:
            others = [q.osenv for q in self.progs if q is not p]
        for fn in self.on_exit:
            fn(p, others)

    def finish(self) -> None:
        """The first prog has ended: the others run until none can, then they are abandoned."""
        self._exited(self.me())
        with self.cv:
            me = self.me()
            if me in self.progs:
                self.progs.remove(me)
            self.main = None
            if self.current is me or self.current is None:
                self._switch()
            while self.current is not None or self.runq or self.sleeping:
                if self.current is None and self.runq:
                    self._switch()
                self.cv.wait(0.05)
            for p in self.progs:
                p.killed = True
                p.turn.notify()

    # /prog/N/ctl
    def _live(self, pid: int) -> Prog | None:
        return next((x for x in self.progs if x.pid == pid and not x.killed), None)

    def alive(self, pid: int) -> bool:
        with self.cv:
            return self._live(pid) is not None

    def pids(self) -> list[int]:
        """The live progs, as /prog lists them."""
        with self.cv:
            return sorted(p.pid for p in self.progs if not p.killed)

    def status(self, pid: int) -> tuple[int, str, str] | None:
        """(group, state, module) of a live prog, for /prog/N/status: the reader itself is
        ready; a prog in a builtin's call (the reader, a sleeper) runs in $Sys."""
        with self.cv:
            p = self._live(pid)
            if p is None:
                return None
            me = p is self.me()
            insys = me or p.state == "release"
            return p.group, "ready" if me else p.state, p.module + "[$Sys]" * insys

    def openwait(self, pid: int) -> WaitQ | None:
        """Opening /prog/N/wait: N's children spawned from now on report their ends to it."""
        with self.cv:
            p = self._live(pid)
            if p is not None:
                p.childq = WaitQ()
            return p.childq if p is not None else None

    def readwait(self, q: WaitQ) -> bytes:
        """A read of a wait file (outside the turn): the next message, or b"" once killed."""
        me = self.me()
        with q.cv:
            while not q.msgs and not me.killed:
                q.cv.wait(0.05)
            return q.msgs.popleft() if q.msgs else b""

    @staticmethod
    def _told(p: Prog, status: str) -> None:
        """emu's tellsomeone: the ended prog's message to its own wait file and its spawner's."""
        msg = f'{p.pid} "{p.module}":{status}'.encode()
        for q in (p.childq, p.waitq):
            if q is not None:
                q.put(msg)

    def osenv(self) -> dict:
        """The calling prog's Osenv (a thread that is no prog gets a scratch one)."""
        p = getattr(self.local, "prog", None)
        return p.osenv if p is not None else {}

    def newgroup(self) -> None:
        """pctl(NEWPGRP): the caller leads a process group of its own."""
        me = self.me()
        me.group = me.pid

    def kill(self, pid: int, group: bool) -> bool:
        """killprog (or killgrp) of pid's prog: one blocked or ready leaves its queues and unwinds
        at once; one in a host call (sleep, read) when it comes back; the caller itself when its
        builtin call returns (checkkill). False if pid has already gone."""
        with self.cv:
            p = self._live(pid)
            if p is None:
                return False
            me = self.me()
            for x in [x for x in self.progs if x.group == p.group and x is not me] if group else [p]:     # killgrp spares its caller
                x.killed = True
                if x in self.runq:
                    self.runq.remove(x)
                if x is not self.current:
                    x.turn.notify()         # it raises Killed in _await, off every channel (_claim)
            return True

    def nap(self, ms: int) -> None:
        """sys->sleep's wait (called outside the turn): ms, or until the prog is killed."""
        p = self.me()
        end = time.monotonic() + ms / 1000
        with self.cv:
            while not p.killed:
                left = end - time.monotonic()
                if left <= 0:
                    return
                p.turn.wait(left)

    def checkkill(self) -> None:
        if self.me().killed:
            raise Killed()

    def _gone(self, p: Prog) -> None:
        """A killed prog's thread has unwound: it leaves the program, passing the turn if it had it."""
        if p in self.progs:
            self.progs.remove(p)
        if self.current is p:
            self._switch()
        self._stuck()

    # the turn (called with cv held)
    def _await(self, p: Prog) -> None:
        while self.current is not p:
            if p.killed:
                raise Killed()
            if self.deadlock and p is self.main:
                raise Deadlock("deadlock: every thread is blocked on a channel")
            p.turn.wait()
        if p.killed:
            raise Killed()

    def _switch(self) -> None:
        """The turn passes to the next runnable prog (only it is woken), or to nobody."""
        self.current = self.runq.popleft() if self.runq else None
        if self.current is not None:
            self.current.turn.notify()
        else:
            self.cv.notify_all()

    def _block(self, p: Prog) -> None:
        """p waits (it is on some queue); others run until p is made ready and its turn comes."""
        self._switch()
        self._stuck()
        self._await(p)

    def _stuck(self) -> None:
        """If nothing can run again while the first prog waits, it reports a deadlock."""
        if self.current is None and not self.sleeping and self.main is not None and self.main in self.progs:
            self.deadlock = True
            self.main.turn.notify()

    def _ready(self, p: Prog) -> None:
        p.state = "ready"
        self.runq.append(p)

    # channels
    def send(self, c: Chan, v) -> None:
        if c is None:
            raise _nil()
        with self.cv:
            me = self.me()
            if self._try_send(c, v):
                return
            c.sendq.append((me, v, None))
            me.state = "send"
            self._block(me)

    def recv(self, c: Chan):
        if c is None:
            raise _nil()
        with self.cv:
            me = self.me()
            ok, v = self._try_recv(c)
            if ok:
                return v
            c.recvq.append((me, None))
            me.state = "recv"
            self._block(me)
            return me.value

    def _try_send(self, c: Chan, v) -> bool:
        while c.recvq:
            p, arm = c.recvq.popleft()
            if not self._claim(p, arm):
                continue
            p.value = v
            self._ready(p)
            return True
        if len(c.buf) < c.cap:
            c.buf.append(v)
            return True
        return False

    def _try_recv(self, c: Chan):
        if c.buf:
            v = c.buf.popleft()
            while c.sendq:              # a waiting sender refills the buffer
                p, sv, arm = c.sendq.popleft()
                if self._claim(p, arm):
                    c.buf.append(sv)
                    self._ready(p)
                    break
            return True, v
        while c.sendq:
            p, sv, arm = c.sendq.popleft()
            if self._claim(p, arm):
                self._ready(p)
                return True, sv
        return False, None

    @staticmethod
    def _waiting(q) -> bool:
        """A prog in q could take the operation (not an alt that another arm already won)."""
        return any(not p.killed and (arm is None or p.got is None) for p, *_, arm in q)

    def _can_send(self, c: Chan) -> bool:
        return self._waiting(c.recvq) or len(c.buf) < c.cap

    def _can_recv(self, c: Chan) -> bool:
        return bool(c.buf) or self._waiting(c.sendq)

    @staticmethod
    def _claim(p: Prog, arm) -> bool:
        """A waiter takes the operation unless it is an alt another arm already won."""
        if p.killed:
            return False
        if arm is None:
            return True
        if p.got is not None:
            return False
        p.got = arm
        return True

    def alt(self, arms: list, has_default: bool):
        """arms: (index, "recv", chan) or (index, "send", chan, value); -> (index, value) or None for *.
        Among ready arms emu picks with its own generator (libinterp/alt.c): sends, then receives,
        each in the program's order, indexed by a linear congruential draw made per ready alt."""
        with self.cv:
            me = self.me()
            if any(a[2] is None for a in arms):
                raise _nil()
            sent = {id(a[2]) for a in arms if a[1] == "send"}
            if any(a[1] == "recv" and id(a[2]) in sent for a in arms):
                raise _raise("alt send/recv on same chan")
            ready = [a for a in arms if a[1] == "send" and self._can_send(a[2])] + \
                [a for a in arms if a[1] == "recv" and self._can_recv(a[2])]
            if ready:
                self.xrand = (self.xrand * 1103515245 + 12345) & 0xFFFFFFFF
                arm = ready[(self.xrand >> 8) % len(ready)]
                if arm[1] == "send":
                    self._try_send(arm[2], arm[3])
                    return arm[0], None
                return arm[0], self._try_recv(arm[2])[1]
            if has_default:
                return None
            me.got = None
            for arm in arms:
                if arm[1] == "send":
                    arm[2].sendq.append((me, arm[3], arm))
                else:
                    arm[2].recvq.append((me, arm))
            me.state = "alt"
            self._block(me)
            won = me.got
            me.got = None
            for arm in arms:         # withdraw from the other channels
                if arm is won:
                    continue
                q = arm[2].sendq if arm[1] == "send" else arm[2].recvq
                for item in list(q):
                    if item[0] is me:
                        q.remove(item)
            return won[0], me.value

    def requeue(self) -> None:
        """The caller goes behind the progs that are ready, as after emu's release()/acquire()."""
        with self.cv:
            if not self.runq:
                return
            me = self.me()
            self._ready(me)
            self._switch()
            self._await(me)

    def outside(self, fn):
        """Call fn without the turn (sys->sleep): other progs run meanwhile."""
        with self.cv:
            me = self.me()
            me.state = "release"
            self.sleeping += 1
            self._switch()
        try:
            return fn()
        finally:
            with self.cv:
                self.sleeping -= 1
                if me.killed:
                    raise Killed()      # killed meanwhile: it unwinds without taking a turn
                if self.current is None:
                    self.current = me
                else:
                    self._ready(me)
                self._await(me)

def _nil():
    return _raise("dereference of nil")


def _raise(text: str):
    from .interp import Raise
    return Raise(text)
