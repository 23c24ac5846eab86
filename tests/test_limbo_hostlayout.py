"""The host layout of every emitted F_ struct equals what the C compiler makes of it."""

import os

import cffi

from disbridge.limbo import load
from disbridge.limbo.emit import emit_stubs

from .conftest import VECTORS

HEADER = """
typedef int WORD; typedef long long LONG; typedef double REAL; typedef unsigned char BYTE;
typedef unsigned char uchar;
typedef struct String String; typedef struct Array Array; typedef struct List List;
typedef struct Channel Channel; typedef struct Modlink Modlink;
enum { NREG = 5 };
"""


def test_vectors_compiled_by_the_c_compiler(tmp_path):
    # a vector whose -a the real compiler refuses (module data: moddata) prints no valid C
    progs = [load(os.path.join(VECTORS, f)) for f in sorted(os.listdir(VECTORS))
             if f.endswith(".m") and not os.path.exists(os.path.join(VECTORS, f[:-2] + ".a.err.txt"))]
    source = HEADER + "".join(emit_stubs(p)[0] for p in progs)
    ffi = cffi.FFI()
    cdef = []
    for p in progs:
        for m in p.modules:
            for f in m.functions:
                cdef.append(f"struct {f.frame_struct} {{ ...; }};")
                cdef.append(f"size_t sz_{f.cname}(void);")
                cdef += [f"size_t off_{f.cname}_{a.cname}(void);" for a in f.args]
                source += f"size_t sz_{f.cname}(void) {{ return sizeof(struct {f.frame_struct}); }}\n"
                source += "".join(f"size_t off_{f.cname}_{a.cname}(void) {{ return __builtin_offsetof(struct {f.frame_struct}, {a.cname}); }}\n"
                                  for a in f.args)
    ffi.cdef("\n".join(cdef))
    ffi.set_source("_layoutcheck", source)
    lib_path = ffi.compile(tmpdir=str(tmp_path))
    import importlib.util
    spec = importlib.util.spec_from_file_location("_layoutcheck", lib_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    checked = 0
    for p in progs:
        for m in p.modules:
            for f in m.functions:
                assert getattr(mod.lib, f"sz_{f.cname}")() == f.host.size, f.cname
                assert mod.ffi.sizeof(f"struct {f.frame_struct}") == f.host.size
                for a in f.args:
                    assert getattr(mod.lib, f"off_{f.cname}_{a.cname}")() == a.host_offset, (f.cname, a.cname)
                    checked += 1
    assert checked > 40
