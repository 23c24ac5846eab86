"""A Limbo file's bytes as the compiler's lexer reads them (disbridge.utf.source_text).

The golden programs lang/bad_utf8_string.b, lang/bad_utf8_comment.b and
refused/implement_only.b hold what the real compiler does; these are the
properties that hold for any file.
"""

from hypothesis import given
from hypothesis import strategies as st

from disbridge.utf import source_text

# Limbo-ish text: code, strings, comments, and bytes that are not UTF-8 among them
PIECE = st.one_of(
    st.sampled_from([b"x := 1;", b'"s#t"', b"'#'", b"# note", b"\n", b"\\", b'"', b"`raw`", b" "]),
    st.binary(max_size=4),
    st.text(max_size=4).map(str.encode),
)


@given(st.text())
def test_utf8_text_is_read_as_it_is(text):
    assert source_text(text.encode()) == text


@given(st.lists(PIECE, max_size=24).map(b"".join))
def test_any_bytes_read_without_error_and_never_gain_lines(data):
    text = source_text(data)
    assert text.count("\n") <= data.count(b"\n")
    assert len(text) <= len(data)


@given(st.lists(PIECE, max_size=12).map(b"".join), st.binary(max_size=6))
def test_a_comment_is_skipped_byte_by_byte(code, junk):
    """What follows a comment's newline is read as if the comment held nothing odd."""
    junk = junk.replace(b"\n", b"")
    tail = b"\ny := 2;\n"
    assert source_text(b"# " + junk + tail).endswith(source_text(tail))


def test_a_bad_byte_takes_the_next_three_in_a_string():
    assert source_text(b'"a\xffbc\\n";') == '"a\ufffdn";'    # b, c and the backslash go with it
    assert source_text(b"implement X;\xff\n") == "implement X;"     # the file ends inside the sequence
    assert source_text(b"\xc3Ab") == "\ufffdb"                       # a bad continuation is taken too
