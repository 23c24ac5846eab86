"""Expressions turned into Python closures once, so hot loops skip the tree walk.

The common shapes (literals, variables, int arithmetic and comparisons,
assignment and ++/-- of a variable, indexing) become closures that call
each other directly; any other node is a closure over the interpreter's
own handler for it, so the semantics stay in one place (interp.py).
"""

from __future__ import annotations

from .values import ARITH, COMPARE, Arr, trunc_div

_WRAP = 0x80000000      # (v + _WRAP) % _MOD - _WRAP is values.wrap32, inlined in the hot closures
_MOD = 0x100000000


class Compiler:
    """Mixed into the Runner: `cx(e)` is e's closure, made on first use."""

    def cx(self, e):
        f = self._cx.get(id(e))
        if f is None:
            make = getattr(self, "c_" + e[0], None)
            f = make(e) if make is not None else self._fallback(e)
            self._cx[id(e)] = f
            self._keep.append(e)            # ids stay unique while the closure is cached
        return f

    def _fallback(self, e):
        handler = self._e[e[0]]
        return lambda env: handler(e, env)

    def c_lit(self, e):
        v = self.e_lit(e, None)
        return lambda env: v

    def c_name(self, e):
        name = e[1]
        slow = self.e_name

        def f(env):
            at = env
            while at is not None:
                d = at.vars
                if name in d:
                    return d[name]
                at = at.up
            return slow(e, env)
        return f

    def c_bin(self, e):
        _, op, le, re_, tok = e
        a, b = self.cx(le), self.cx(re_)
        if op not in ("&&", "||", "::") and right_first(op, le, re_) or op == "::" and cons_right_first(le, re_):
            binop_ = self.binop

            def rfirst(env):
                y = b(env)
                return binop_(op, a(env), y)
            return rfirst
        if op == "&&":
            return lambda env: int(bool(a(env)) and bool(b(env)))
        if op == "||":
            return lambda env: int(bool(a(env)) or bool(b(env)))
        binop = self.binop
        arith, cmp = ARITH.get(op), COMPARE.get(op)
        if arith is not None:
            def f(env):
                x, y = a(env), b(env)
                if type(x) is int and type(y) is int:
                    return (arith(x, y) + _WRAP) % _MOD - _WRAP
                return binop(op, x, y)
            return f
        if cmp is not None and op in ("==", "!=") and le[0] == re_[0] == "name" and le[1] == re_[1]:
            same = int(op == "==")      # limbo compiles x == x as true, so a NaN equals itself

            def same_name(env):
                x = a(env)
                return same if type(x) is float else binop(op, x, x)
            return same_name
        if cmp is not None:
            def g(env):
                x, y = a(env), b(env)
                if type(x) is int and type(y) is int:
                    return int(cmp(x, y))
                return binop(op, x, y)
            return g
        if op in ("/", "%"):
            div = op == "/"

            def h(env):
                x, y = a(env), b(env)
                if type(x) is int and type(y) is int and y != 0 and y != -1:
                    return (trunc_div(x, y, div) + _WRAP) % _MOD - _WRAP
                return binop(op, x, y)
            return h
        return lambda env: binop(op, a(env), b(env))

    def c_index(self, e):
        _, base, ix, tok = e
        a, i = self.cx(base), self.cx(ix)
        bounds = self.Raise
        first = index_right_first(base, ix, id(e) in self.strindex)

        def f(env):
            if first:
                k = i(env)
                v = a(env)
            else:
                v, k = a(env), i(env)
            if type(v) is Arr:
                if 0 <= k < v.n:
                    return v.data[v.off + k]
            elif type(v) is str and 0 <= k < len(v):
                return ord(v[k])
            elif v == "":          # Dis keeps no empty strings: "" is nil
                raise bounds("dereference of nil")
            raise bounds("array bounds error")
        return f

    def _setter(self, lhs):
        """A closure that stores into a plain variable, or None for other targets."""
        if lhs[0] != "name":
            return None
        name = lhs[1]
        copy = self.copyval

        def put(env, v):
            while env is not None:
                d = env.vars
                if name in d:
                    d[name] = v if type(v) is int else copy(v)
                    return
                env = env.up
            raise self.Raise(f"{name} is not declared")
        return put

    def c_assign(self, e):
        _, op, lhs, rhs, tok = e
        put = self._setter(lhs)
        if put is None:
            return self._fallback(e)
        r, binop = self.cx(rhs), self.binop
        if op == "=":
            def f(env):
                v = r(env)
                put(env, v)
                return v
            return f
        get, bop = self.cx(lhs), op[:-1]
        arith = ARITH.get(bop)

        def g(env):
            v = r(env)                  # the right side first, as the compiler orders it
            x = get(env)
            if arith is not None and type(x) is int and type(v) is int:
                v = (arith(x, v) + _WRAP) % _MOD - _WRAP
            else:
                v = binop(bop, x, v)
            put(env, v)
            return v
        return g

    def _step(self, e, post: bool):
        _, op, x, tok = e
        put = self._setter(x)
        if put is None:
            return self._fallback(e)
        get, binop, bop = self.cx(x), self.binop, "+" if op == "++" else "-"

        d = 1 if op == "++" else -1

        def f(env):
            old = get(env)
            new = (old + d + _WRAP) % _MOD - _WRAP if type(old) is int else binop(bop, old, 1)
            put(env, new)
            return old if post else new
        return f

    def c_postinc(self, e):
        return self._step(e, True)

    def c_preinc(self, e):
        return self._step(e, False)

    def c_call(self, e):
        fd = self.direct.get(id(e))
        if fd is None:
            return self._fallback(e)
        args = [self.cx(a) for a in e[2]]
        call = self.call_fn
        order = arg_order(e[2])
        if order == list(range(len(args))):
            return lambda env: call(fd, [a(env) for a in args])

        def reordered(env):
            vals = [None] * len(args)
            for i in order:
                vals[i] = args[i](env)
            return call(fd, vals)
        return reordered


def arg_order(argx) -> list[int]:
    """The order limbo evaluates arguments in: those holding a call first, each into a
    temporary, then the rest as the frame is filled (ecom.c's callcom)."""
    calls = [i for i, a in enumerate(argx) if holds(a, ("call", "spawn"))]
    return calls + [i for i in range(len(argx)) if i not in calls]


def holds(node, kinds) -> bool:
    """Whether the tree node holds a node of one of kinds."""
    if isinstance(node, list):
        return any(holds(x, kinds) for x in node)
    if not isinstance(node, tuple) or not node:
        return False
    return node[0] in kinds or any(holds(x, kinds) for x in node[1:] if isinstance(x, (tuple, list)))


def find_comm(node):
    """The first send or receive in an alt guard, left operands first (typecheck.c hascomm)."""
    if not isinstance(node, tuple) or not node or not isinstance(node[0], str):
        return None
    if node[0] in ("send", "recv"):
        return node
    for x in node[1:]:
        c = find_comm(x) if isinstance(x, tuple) else None
        if c is not None:
            return c
    return None


def fill_comm(node, comm, hole):
    """node with comm replaced by hole: a guard evaluated once its communication is done."""
    if node is comm:
        return hole
    if not isinstance(node, tuple) or not node or not isinstance(node[0], str):
        return node
    return tuple(fill_comm(x, comm, hole) if isinstance(x, tuple) else x for x in node)


# The order limbo gives a binary operator's operands (ecom.c: Sethi-Ullman numbers, sumark).
# Only the order of side effects is visible, so a leaf (a name, a constant) counts as
# always addressable and every other node as not.
_EFFECTS = ("call", "spawn", "postinc", "preinc", "assign", "recv", "declas", "load")
_CANT = 9           # Rcant: above it a node needs evaluating into a temporary
_COMPARE = ("==", "!=", "<", ">", "<=", ">=")
_COMMUTE = ("+", "*", "&", "|", "^", "==", "!=", "<", ">", "<=", ">=")


def _addable(n) -> int:
    return 0 if isinstance(n, tuple) and n and n[0] in ("name", "lit", "nil", "gname", "tmp") else _CANT


def _kids(n) -> list:
    out = []
    for x in n[1:]:
        if isinstance(x, tuple) and x and isinstance(x[0], str):
            out.append(x)
        elif isinstance(x, list):
            out.extend(y for y in x if isinstance(y, tuple) and y and isinstance(y[0], str))
    return out


def _temps(n) -> int:
    """sumark's count of temporaries: 0 for a leaf, else the Sethi-Ullman number (at least 1)."""
    if _addable(n) < _CANT:
        return 0
    if n[0] == "inline":        # (t1 = a1, (t2 = a2, ... e)): sumark of the commas, innermost first
        t = _temps(n[2])
        for _, a in reversed(n[1]):
            ta = max(_temps(a), 1)
            t = t + 1 if ta == t else max(ta, t)
        return max(t, 1)
    t = 0
    for k in _kids(n):
        kt = _temps(k)
        t = t + 1 if kt == t and t else max(t, kt)
    return max(t, 1)


def cons_right_first(le, re_) -> bool:
    """x :: l evaluates l first when x is a leaf, read at the cons (ecom.c Ocons); a computed
    x goes into a temporary first."""
    return _addable(le) < _CANT and holds(re_, _EFFECTS)


def index_right_first(le, re_, string: bool) -> bool:
    """Whether a[i] evaluates i before a (ecom.c Oindx, Oinds): a leaf operand is read at the
    instruction, after the other; of two computed ones the index goes first when it needs
    more temporaries (as many, for a string)."""
    if _addable(re_) < _CANT:
        return False
    if _addable(le) < _CANT:
        return holds(re_, _EFFECTS)
    return _temps(le) <= _temps(re_) if string else _temps(le) < _temps(re_)


def right_first(op: str, le, re_) -> bool:
    """Whether the compiled code evaluates the right operand before the left one."""
    if not (holds(le, _EFFECTS) or holds(re_, _EFFECTS)):
        return False
    al, ar = _addable(le), _addable(re_)
    if op in _COMPARE:          # bcom: the less addressable operand goes left
        left, right = (re_, le) if al < ar else (le, re_)
        if _addable(right) < _CANT:
            first = left
        else:
            first = right if _temps(left) <= _temps(right) else left
    else:
        left, right = (re_, le) if ar < al and op in _COMMUTE else (le, re_)
        if _addable(left) < _CANT:
            first = right
        else:
            first = left if _temps(right) <= _temps(left) else right
    return first is re_
