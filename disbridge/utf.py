"""UTF-8 as Inferno's lib9 decodes it, not as Python does.

A bad byte decodes to one U+FFFD and moves on one byte; a sequence that
the bytes left cannot complete (lib9's `fullrune`) ends the text. These
rules make `string a`, `sys->byte2char` and `sys->utfbytes` agree with
emu on broken input: `80 80` is one character, `ed a0 80` two.
"""

from __future__ import annotations

UTFMAX = 4
RUNEMAX = 0x10FFFF
RUNEERROR = 0xFFFD


def _t(i: int) -> int:
    """The lead-byte prefix of an i-byte sequence: 0x80, 0xC0, 0xE0, 0xF0, 0xF8."""
    return ((1 << (8 - i)) - 1) ^ 0xFF


def _runex(i: int) -> int:
    """The largest rune an i-byte sequence holds."""
    return (1 << (7 - i + (i - 1) * 6)) - 1


def fullrune(b, p: int, n: int) -> bool:
    """Whether the n bytes at b[p:] hold a whole sequence by their lead byte's count."""
    if n <= 0:
        return False
    c = b[p]
    if c < 0x80:
        return True
    for i in (3, 4):
        if c < _t(i):
            return n >= i - 1
    return n >= UTFMAX


def chartorune(b, p: int) -> tuple[int, int]:
    """(rune, bytes used) at b[p]; a bad sequence is (U+FFFD, 1). Bytes past the end read as 0."""
    c0 = b[p]
    if c0 < 0x80:
        return c0, 1
    r = c0
    for i in range(1, UTFMAX):
        c = (b[p + i] if p + i < len(b) else 0) ^ 0x80
        if c & 0xC0:
            break
        r = (r << 6) | c
        if c0 < _t(i + 2):
            r &= _runex(i + 1)
            if i == 1 and (c0 < 0xC0 or r <= 0x7F) or i > 1 and (r <= _runex(i) or r > RUNEMAX):
                break
            if i == 2 and 0xD800 <= r <= 0xDFFF:
                break
            return r, i + 1
    return RUNEERROR, 1


def complete(b, p: int, end: int) -> bool:
    """Whether the sequence at b[p] may be decoded before end (else the text stops there)."""
    return p + UTFMAX <= end or fullrune(b, p, end - p)


def decode(b) -> tuple[str, int]:
    """The runes of bytes b as c2string makes them, and how many bytes they took."""
    out, p, n = [], 0, len(b)
    while p < n:
        if b[p] < 0x80:
            out.append(chr(b[p]))
            p += 1
            continue
        if not complete(b, p, n):
            break
        r, k = chartorune(b, p)
        out.append(chr(r))
        p += k
    return "".join(out), p


def runetochar(c: int) -> bytes:
    """The bytes of rune c; one out of range (or a surrogate) is U+FFFD."""
    if c < 0 or c > RUNEMAX or 0xD800 <= c <= 0xDFFF:
        c = RUNEERROR
    return chr(c).encode("utf-8")


def bgetrune(b: bytes, p: int) -> tuple[int | None, int]:
    """libbio's Bgetrune at b[p]: (rune, where the next begins), or (None, p) where the file
    ends inside a sequence. A bad sequence's bytes are all taken (up to UTFmax), none given back."""
    if b[p] < 0x80:
        return b[p], p + 1
    q, k = p + 1, 1
    while True:
        if q >= len(b):
            return None, p              # Bgetc's end of file inside a sequence
        q, k = q + 1, k + 1
        if fullrune(b, p, k):
            r, used = chartorune(b[p:p + k], 0)
            return (r, p + used) if r != RUNEERROR else (RUNEERROR, q)


def source_text(b: bytes) -> str:
    """A Limbo file's text as the compiler's lexer meets it: tokens and literals a rune at a
    time through Bgetrune (see bgetrune), a comment skipped byte by byte to its newline."""
    out, p, n, quote = [], 0, len(b), None
    while p < n:
        if quote is None and b[p] == 0x23:          # '#': to the newline, whatever the bytes
            q = b.find(b"\n", p)
            q = n if q < 0 else q
            out.append(b[p:q].decode("utf-8", "replace"))     # what it says does not matter
            p = q
            continue
        r, p = bgetrune(b, p)
        if r is None:
            break
        ch = chr(r)
        out.append(ch)
        if quote is None:
            quote = ch if ch in "\"'`" else None
        elif ch == "\\" and quote != "`" and p < n:  # an escape: the next rune is the literal's
            r, p = bgetrune(b, p)
            if r is None:
                break
            out.append(chr(r))
        elif ch == quote or ch == "\n" and quote != "`":
            quote = None
    return "".join(out)
