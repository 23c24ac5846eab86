"""Hypothesis strategies that write random, valid Limbo module declarations."""

from hypothesis import strategies as st

SCALARS = ["int", "big", "byte", "real", "string"]
NAMES = st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h", "k", "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z"])


def types(adts: list[str], depth: int = 2) -> st.SearchStrategy[str]:
    """Limbo type spellings; adts are usable by value (earlier ones) or by ref."""
    base = st.sampled_from(SCALARS + adts) if adts else st.sampled_from(SCALARS)
    if depth == 0:
        return base
    sub = types(adts, depth - 1)
    refs = [st.sampled_from([f"ref {a}" for a in adts])] if adts else []
    return st.one_of(
        base, *refs,
        sub.map(lambda t: f"array of {t}"),
        sub.map(lambda t: f"list of {t}"),
        sub.map(lambda t: f"chan of {t}"),
        st.lists(sub, min_size=2, max_size=4).map(lambda ts: "(" + ", ".join(ts) + ")"),
    )


@st.composite
def declarations(draw) -> str:
    """A module with a few adts and functions; returns its source."""
    nadt = draw(st.integers(0, 3))
    lines, adts = [], []
    for i in range(nadt):
        name = f"A{i}"
        fields = draw(st.lists(types(adts, 1), min_size=1, max_size=4))
        # a word-aligned first field: an adt of bytes alone is fatal to the real compiler's -a
        body = "\t\ttag: int;\n" + "".join(f"\t\tf{j}: {t};\n" for j, t in enumerate(fields))
        lines.append(f"\t{name}: adt {{\n{body}\t}};\n")
        adts.append(name)
    nfn = draw(st.integers(1, 4))
    for i in range(nfn):
        args = draw(st.lists(types(adts), max_size=5))
        res = draw(st.one_of(st.none(), types(adts)))
        names = [f"x{j}" for j in range(len(args))]
        sig = ", ".join(f"{n}: {t}" for n, t in zip(names, args))
        lines.append(f"\tfn{i}: fn({sig}){': ' + res if res else ''};\n")
    return "G: module {\n" + "".join(lines) + "};\n"


def function_source(args: list[str], res: str | None, varargs: bool = False, names=None) -> str:
    names = names or [f"x{j}" for j in range(len(args))]
    parts = [f"{n}: {t}" for n, t in zip(names, args)]
    if varargs:
        parts.append("*")
    return "S: module {\n\tP: adt { u: int; v: string; };\n\tf: fn(" + ", ".join(parts) + ")" + (f": {res}" if res else "") + ";\n};\n"
