"""Tokenizer for Limbo source: declarations (.m) and programs (.b)."""

from __future__ import annotations

from dataclasses import dataclass


class LimboError(Exception):
    """A syntax or type error, reported as ``file:line: message``."""

    def __init__(self, file: str, line: int, msg: str):
        super().__init__(f"{file}:{line}: {msg}")
        self.file = file
        self.line = line
        self.msg = msg


KEYWORDS = frozenset("""
    adt alt array big break byte case chan con continue cyclic do dynamic else
    exception exit fixed fn for hd if implement import include int len list load
    module nil of or pick raise raises real ref return self spawn string tagof tl
    to type while
""".split())

# longest first, so that the scanner is greedy
OPERATORS = sorted("""
    => -> :: := <- ** <<= >>= ++ -- += -= *= /= %= &= |= ^= == != <= >= << >> && ||
    ( ) [ ] { } , ; : . = + - * / % & | ^ ~ ! < > ?
""".split() + ["**="], key=len, reverse=True)

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "a": "\a", "f": "\f",
           "v": "\v", "0": "\0", "\\": "\\", "'": "'", '"': '"'}


@dataclass(slots=True)
class Token:
    kind: str        # 'id', 'kw', 'int', 'real', 'string', 'char', 'op', 'eof'
    value: object
    line: int
    file: str

    def __repr__(self) -> str:
        return f"{self.kind}:{self.value!r}@{self.line}"


def near(toks: list, file: str, line: int, msg: str) -> LimboError:
    """A lexical error as the compiler's yyerror reports it: after the token read last."""
    if not toks:
        return LimboError(file, line, msg)
    return LimboError(file, line, f"near ` {toktext(toks[-1])} ` : {msg}")


def toktext(t: Token) -> str:
    """A token as the compiler's messages name it (lex.c toksp)."""
    if t.kind == "eof":
        return "EOF"
    if t.kind == "real":
        return f"{t.value:f}"
    if t.kind == "string":
        return f'"{t.value}"'
    return str(t.value)


class _Lex(LimboError):
    """A lexical error, before it knows the token read last."""


def _escape(src: str, i: int, file: str, line: int) -> tuple[str, int]:
    """Decode the escape at src[i] (just after the backslash)."""
    if i >= len(src):
        raise LimboError(file, line, "unterminated escape")
    c = src[i]
    if c == "u":
        hexd = src[i + 1:i + 5]
        if len(hexd) != 4 or any(h not in "0123456789abcdefABCDEF" for h in hexd):
            raise LimboError(file, line, "bad \\u escape")
        return chr(int(hexd, 16)), i + 5
    if c in ESCAPES:
        return ESCAPES[c], i + 1
    raise _Lex(file, line, f"unrecognized escape \\{c}")


def _radix_real(whole: str, frac: str, radix: int, file: str, line: int) -> float:
    """Every digit into one double, then divided by radix**(digits after the point), as strtodb."""
    num = 0.0
    for c in whole + frac:
        d = int(c, 36) if c.isalnum() else -1
        if not 0 <= d < radix:
            raise LimboError(file, line, f"digit '{c}' not radix {radix}")
        num = num * radix + d
    return num / float(radix) ** len(frac) if frac else num


def _number(src: str, i: int, file: str, line: int) -> tuple[Token, int]:
    j = i
    n = len(src)
    while j < n and src[j].isdigit():
        j += 1
    if j < n and src[j] in "rR":
        radix = int(src[i:j])
        k = j + 1
        while k < n and src[k].isalnum():
            k += 1
        if not 2 <= radix <= 36:
            raise _Lex(file, line, f"radix '{src[i:j]}' must be between 2 and 36")
        if k < n and src[k] == ".":         # 16r12.8: a real in that radix (lex.c strtodb)
            f = k + 1
            while f < n and src[f].isalnum():
                f += 1
            return Token("real", _radix_real(src[j + 1:k], src[k + 1:f], radix, file, line), line, file), f
        try:
            return Token("int", int(src[j + 1:k], radix), line, file), k
        except ValueError:
            raise LimboError(file, line, f"bad constant {src[i:k]}") from None
    # as the compiler's lexnum: a '.' after the digits always starts a fraction (1.e-30, 1.x is
    # "1." then x); an e/E must be followed by digits (an optional sign first) or the constant is bad
    isreal = False
    if j < n and src[j] == ".":
        isreal = True
        j += 1
        while j < n and src[j].isdigit():
            j += 1
    if j < n and src[j] in "eE":
        k = j + 1
        if k < n and src[k] in "+-":
            k += 1
        if not (k < n and src[k].isdigit()):
            raise _Lex(file, line, f"malformed numerical constant '{src[i:k]}'")
        isreal = True
        j = k
        while j < n and src[j].isdigit():
            j += 1
    text = src[i:j]
    if isreal:
        return Token("real", float(text), line, file), j
    return Token("int", int(text), line, file), j


def tokenize(src: str, file: str) -> list[Token]:
    """Split Limbo source into tokens; ``#`` comments run to end of line. An error names the
    token before it, as the compiler's lexer does (``near ` := ` : unrecognized escape \\U``)."""
    toks: list[Token] = []
    try:
        return _tokenize(src, file, toks)
    except _Lex as e:
        raise near(toks, e.file, e.line, e.msg) from None


def _tokenize(src: str, file: str, toks: list[Token]) -> list[Token]:
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c in " \t\r\f\v":
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isalpha() or c == "_" or ord(c) >= 0x80:
            j = i + 1
            while j < n and (src[j].isalnum() or src[j] == "_" or ord(src[j]) >= 0x80):
                j += 1
            word = src[i:j]
            toks.append(Token("kw" if word in KEYWORDS else "id", word, line, file))
            i = j
        elif c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            tok, i = _number(src, i, file, line)
            toks.append(tok)
        elif c == '"':
            i, s = i + 1, []
            while True:
                if i >= n or src[i] == "\n":
                    raise LimboError(file, line, "unterminated string literal")
                if src[i] == '"':
                    i += 1
                    break
                if src[i] == "\\":
                    ch, i = _escape(src, i + 1, file, line)
                    s.append(ch)
                else:
                    s.append(src[i])
                    i += 1
            toks.append(Token("string", "".join(s), line, file))
        elif c == "`":
            j = src.find("`", i + 1)
            if j < 0:
                raise LimboError(file, line, "unterminated raw string")
            text = src[i + 1:j]
            toks.append(Token("string", text, line, file))
            line += text.count("\n")
            i = j + 1
        elif c == "'":
            if i + 1 < n and src[i + 1] == "\\":
                ch, j = _escape(src, i + 2, file, line)
            elif i + 1 < n:
                ch, j = src[i + 1], i + 2
            else:
                raise LimboError(file, line, "unterminated character constant")
            if j >= n or src[j] != "'":
                raise _Lex(file, line, "missing closing '")
            toks.append(Token("char", ord(ch), line, file))
            i = j + 1
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    toks.append(Token("op", op, line, file))
                    i += len(op)
                    break
            else:
                raise _Lex(file, line, f"unknown character {c}")
    toks.append(Token("eof", None, line, file))
    return toks
