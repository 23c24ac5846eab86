"""Per-kind and per-syntax tests of the declaration model, signatures and frames."""

import pytest

from disbridge.limbo import LimboError, loads
from disbridge.limbo.emit import emit_stubs, emit_table
from disbridge.limbo.sign import md5sig


def mod(body: str, name: str = "M"):
    return loads(f"{name}: module {{\n{body}\n}};\n").module(name)


def fn(body: str, qual: str):
    return mod(body).function(qual)


# Facts from the real Sys module (INFERNO.md §2-§4)
@pytest.mark.parametrize("decl,text,sig", [
    ("chdir: fn(path: string): int;", "f(s)i", 0xC6935858),
    ("dup: fn(old, new: int): int;", "f(i,i)i", 0x6584767B),
    ("millisec: fn(): int;", "f()i", 0x616977E8),
])
def test_sys_signatures(decl, text, sig):
    f = fn(decl, decl.split(":")[0])
    assert f.sigtext == text
    assert f.sig == sig


def test_sys_frames():
    m = mod("chdir: fn(path: string): int;\nbind: fn(s, on: string, flags: int): int;")
    assert (m.function("chdir").dis.size, m.function("chdir").dis.map) == (40, b"\x00\x80")
    assert (m.function("bind").dis.size, m.function("bind").dis.map) == (48, b"\x00\xc0")
    f = loads("Math: module { fdim: fn(x, y: real): real; };").module("Math").function("fdim")
    assert (f.dis.size, f.dis.map) == (48, b"")


@pytest.mark.parametrize("ty,letter", [
    ("int", "i"), ("big", "B"), ("byte", "b"), ("real", "r"), ("string", "s"),
    ("array of int", "Ai"), ("list of string", "Ls"), ("chan of byte", "Cb"),
    ("array of array of byte", "AAb"), ("(int, string)", "t(i,s)"),
    ("ref fn(a: int): string", "Rf(i)s"), ("list of (big, real)", "Lt(B,r)"),
])
def test_scalar_and_container_letters(ty, letter):
    assert fn(f"f: fn(x: {ty});", "f").sigtext == f"f({letter})n"


def test_adt_fields_named_and_repeats_numbered():
    f = fn("P: adt { x, y: int; };\nf: fn(a: P, b: ref P): P;", "f")
    assert f.sigtext == "f(a(x:i,y:i),R@1)@1"


def test_structurally_equal_adts_share_a_number():
    f = fn("A: adt { x: int; };\nB: adt { x: int; };\nf: fn(a: A, b: B);", "f")
    assert f.sigtext == "f(a(x:i),@1)n"


def test_tuples_share_numbers_by_structure():
    assert fn("f: fn(a: (int, string), b: (int, string)): (int, string);", "f").sigtext == "f(t(i,s),@1)@1"


def test_argument_names_do_not_matter_but_field_names_do():
    a = fn("f: fn(a: int, b: string): int;", "f")
    b = fn("f: fn(x: int, y: string): int;", "f")
    assert a.sig == b.sig
    c = fn("P: adt { x: int; };\nf: fn(p: P);", "f")
    d = fn("P: adt { z: int; };\nf: fn(p: P);", "f")
    assert c.sig != d.sig


def test_self_and_cyclic_marks():
    m = mod("N: adt {\n v: int;\n next: cyclic ref N;\n get: fn(n: self ref N): int;\n};")
    f = m.function("N.get")
    assert f.sigtext == "f(SRa(v:i,next:yR@1))i"
    assert f.cname == "N_get" and f.qualname == "N.get"


def test_pick_adt_signature():
    body = "S: adt {\n name: string;\n pick {\n C =>\n  r: real;\n R or Q =>\n  w, h: int;\n }\n};\nf: fn(s: ref S, c: ref S.C);"
    assert fn(body, "f").sigtext == "f(Ra(name:s,C=>p(r:r)@1,R=>p(w:i,h:i)@1,Q=>@3),R@2)n"


def test_pick_without_common_fields():
    body = "S: adt {\n pick {\n A =>\n  x: int;\n }\n};\nf: fn(s: ref S);"
    assert fn(body, "f").sigtext == "f(Ra(,A=>p(x:i)@1))n"


def test_varargs_raises_and_polymorphism():
    m = mod("E: exception(string);\nF: exception;\n"
            "p: fn(s: string, *): int;\n"
            "r: fn(a: int): int raises (E, F);\n"
            "q: fn[T](x: T, l: list of T): T;")
    assert m.function("p").sigtext == "f*(s)i"
    assert m.function("r").sigtext == "f(i)(E,F)i"
    assert m.function("q").sigtext == "f()(P,LP)P"
    assert m.function("p").varargs
    assert emit_table(loads("M: module { p: fn(s: string, *): int; };"), "M").count(",0,0,{0},") == 1


def test_module_typed_argument():
    m = loads("Nil: module { };\nM: module { f: fn(m: Nil): int; g: fn(): M; h: fn(i: int): int; };")
    assert m.module("M").function("f").sigtext == "f(m{})i"
    assert m.module("M").function("g").sigtext == "f()m{f:f(m{})i;g:f()@1;h:f(i)i;}"


def test_module_data_goes_into_dot_mp():
    p = loads("M: module { x: int; s: string; f: fn(); };")
    m = p.module("M")
    assert [f.qualname for f in m.functions] == ["f"]
    g = loads("M: module { x: int; s: string; f: fn(); };\nN: module { g: fn(m: M); };").module("N")
    assert g.function("g").sigtext == "f(m{s:s;x:i;f:f()n;})n"


def test_polymorphic_adt_instance():
    m = mod("L: adt[T] {\n v: T;\n rest: cyclic ref L[T];\n};\nf: fn(l: ref L[string]): int;")
    assert m.function("f").sigtext == "f(Ra()(v:s,rest:yR@1))i"


def test_import_and_arrow_types():
    p = loads("D: module {\n Pt: adt { x, y: int; };\n};\nPt: import D;\n"
              "M: module {\n f: fn(a: Pt, b: D->Pt): int;\n};")
    assert p.module("M").function("f").sigtext == "f(a(x:i,y:i),@1)i"


def test_type_alias():
    m = mod("Id: type int;\nPair: type (int, string);\nf: fn(a: Id, p: Pair): Pair;")
    assert m.function("f").sigtext == "f(i,t(i,s))@1"
    text, errors = emit_stubs(loads("M: module {\nPair: type (int, string);\nf: fn(p: Pair);\n};"))
    assert errors == []
    assert "struct M_Pair\n{\n\tWORD\tt0;\n\tString*\tt1;\n};" in text
    assert "\tM_Pair\tp;" in text


# constants
def test_constants_fold():
    m = mod('A, B, C: con iota;\nF: con 1 << 4 | 3;\nN: con -(2 + 3) * 4;\n'
            'S: con "ab" + "c";\nR: con 2.5 * 2.0;\nBig: con big 1 << 40;\nX: con 16r1F;\n'
            'H: con 16rFFFFFFFF;\nW: con int 16rFFFFFFFF;\nCh: con \'a\';\nD: con -7 / 2;\nMo: con -7 % 2;\n'
            'L: con len "héllo";\nBy: con byte 300;')
    c = m.constants
    assert (c["A"], c["B"], c["C"]) == (0, 1, 2)
    assert c["F"] == 19 and c["N"] == -20 and c["S"] == "abc" and c["R"] == 5.0
    assert c["Big"] == 1 << 40 and c["X"] == 31 and c["H"] == 0xFFFFFFFF and c["W"] == -1
    assert c["Ch"] == 97 and c["D"] == -3 and c["Mo"] == -1 and c["L"] == 5 and c["By"] == 44


def test_int_constants_wrap_like_dis():
    assert mod("X: con 1 << 31;").constants["X"] == -(1 << 31)
    assert mod("X: con 16r7FFFFFFF + 1;").constants["X"] == -(1 << 31)


def test_constant_from_other_module():
    p = loads('A: module { K: con 5; };\nB: module { J: con A->K * 2; PATH: con "$B"; };')
    assert p.module("B").constants["J"] == 10
    assert p.module("B").path == "$B"


def test_constub_output():
    text, _ = emit_stubs(loads('M: module { PATH: con "$M"; N: con -3; R: con 0.5; By: con byte 7; };'))
    assert text == '#define M_PATH "$M"\n#define M_N -3\n#define M_R .5\n#define M_By 7\n'


# layouts
def test_frame_alignment_and_padding():
    f = fn("f: fn(a: int, b: big, c: byte, d: real, e: byte, s: string): string;", "f")
    assert [a.dis_offset for a in f.args] == [32, 40, 48, 56, 64, 68]
    assert f.dis.size == 72
    assert f.dis.map == b"\x00\x00\x40"


def test_adt_by_value_in_frame():
    f = fn("P: adt { s: string; r: real; };\nf: fn(x: int, p: P);", "f")
    assert [a.dis_offset for a in f.args] == [32, 40]
    assert f.dis.size == 56 and f.dis.map == b"\x00\x20"


def test_empty_and_function_only_adts():
    text, errors = emit_stubs(loads("M: module {\n E: adt { };\n F: adt { f: fn(); };\n};"))
    assert errors == []
    assert "struct M_E\n{\n\tchar\tdummy[1];\n\tuchar\t_pad1[3];\n};\n#define M_E_size 4\n#define M_E_map {0}" in text
    assert "struct M_F\n{\n};\n#define M_F_size 0\n#define M_F_map {0}" in text


def test_chan_field_stub():
    text, _ = emit_stubs(loads("M: module {\n A: adt { c: chan of string; };\n};"))
    assert "typedef String* M_A_c;\n#define M_A_c_size 4\n#define M_A_c_map {0x80,}" in text


def test_arg_names_for_nil():
    m = mod("f: fn(nil: int, b: string);\ng: fn(nil: string);")
    assert [a.cname for a in m.function("f").args] == ["arg0", "b"]
    assert [a.cname for a in m.function("g").args] == ["arg2"]


def test_sort_is_by_own_name_and_stable():
    m = mod("A: adt { z: fn(); a: fn(); };\nB: adt { a: fn(); };\nm: fn();\nb: fn();")
    assert [f.qualname for f in m.functions] == ["A.a", "B.a", "b", "m", "A.z"]


# errors
@pytest.mark.parametrize("body,msg", [
    ("f: fn(a: int;", "syntax error"),
    ("f: fn(a: Nope);", "Nope is not declared"),
    ("f: fn(x: ref int);", "cannot have a ref int"),
    ("f: fn(x: array of fn());", "data cannot have a fn type"),
    ("f: fn(s: string, *, x: int);", "variable arguments must be last"),
    ("f: fn(x: int, *);", "variable arguments must be preceded by a string"),
    ("f: fn(self x: int);", "syntax error"),
    ("A: adt { x: int; f: fn(a: int, b: self A); };", "only the first argument can use self"),
    ("A: adt { x: int; f: fn(b: self int); };", "self argument's type must be A or ref A"),
    ("f: fn(a: self int);", "not a member of an adt"),
    ("A: adt { a: A; };", "illegal type cycle without a reference"),
    ("T: type U;\nU: type T;", "circularity in definition"),
    ("X: con Y;\nY: con X;", "circular definition of constant"),
    ('X: con 1 + "a";', "type clash"),
    ("X: con 1 / 0;", "divide by 0 in constant expression"),
    ("x: int;\nx: string;", "redeclaration of x"),
    ("S: adt { pick { A => x: int; } };\nf: fn(s: S);", "cannot declare s with type"),
    ("S: adt { pick { A => x: int; } };\nf: fn(): array of S;", "must be used with ref"),
    ("f: fn(x: Q->T);", "Q is not declared"),
    ("P: adt { x: int; };\nf: fn(p: P.Z);", "Z is not a pick tag of"),
    ('f: fn(x: int) raises Nope;', "Nope is not declared"),
    ("f: fn(x: int);\ng: fn(y: f);", "f is not a type"),
    ('s: con "abc', "unterminated string"),
    ("f: fn(x: int) $;", "near ` ) ` : unknown character $"),      # as the real limbo says it
])
def test_errors(body, msg):
    with pytest.raises(LimboError) as e:
        loads(f"M: module {{\n{body}\n}};\n", name="bad.m")
    assert msg in e.value.msg
    assert str(e.value).startswith("bad.m:")
    assert e.value.line >= 2


def test_error_line_numbers():
    with pytest.raises(LimboError) as e:
        loads("M: module {\n\tok: fn();\n\n\tbad: fn(x: Nope);\n};\n", name="x.m")
    assert str(e.value) == "x.m:4: Nope is not declared"


def test_comments_tabs_and_multiname_fields():
    m = mod("# comment\n\tP: adt {\t# trailing\n\t\tx, y,\tz: int;\n\t};\n\tf: fn(p: P): int;  # done")
    assert m.function("f").sigtext == "f(a(x:i,y:i,z:i))i"


def test_several_modules_per_file_and_order():
    p = loads("A: module { a: fn(); };\nB: module { b: fn(); };\n")
    assert [m.name for m in p.modules] == ["A", "B"]
    assert md5sig("f()n") == p.module("A").function("a").sig


def test_byte_only_adt_is_fatal_like_the_compiler():
    with pytest.raises(LimboError) as e:
        emit_stubs(loads("M: module {\n B: adt { b: byte; };\n};", name="b.m"))
    assert "adtstub: bad size" in str(e.value)
