"""Fetch and build the pinned llama.cpp (headers and library from one source tree).

The source is the llama.cpp tree vendored in the llama-cpp-python sdist on
PyPI (the only registry this project may use). The result is installed in
``build/llama-<version>/`` and reused while the version and options stay
the same; ``LLAMA_CPP_ROOT`` names a user's own build instead.

    python build_llama.py            build (or reuse) and print the prefix
    python build_llama.py --check    only say what is missing
    python build_llama.py --386      static 32-bit x86 libraries for an Inferno Linux/386 emu
    DISBRIDGE_CUDA=1 python build_llama.py    build with CUDA (n_gpu_layers > 0)
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile

LLAMA_CPP_PYTHON = "0.3.36"          # pins the vendored llama.cpp
SDIST_SHA256 = "832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e"
HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")


NO_AMX = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"


class DepError(Exception):
    """A missing prerequisite, with the troubleshooting answer."""


def options() -> list[str]:
    cuda = os.environ.get("DISBRIDGE_CUDA", "") not in ("", "0")
    return [
        "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_SHARED_LIBS=ON",
        "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_SERVER=OFF",
        "-DLLAMA_BUILD_TOOLS=ON", "-DLLAMA_CURL=OFF", "-DGGML_NATIVE=ON", "-DGGML_OPENMP=OFF",
        f"-DGGML_CUDA={'ON' if cuda else 'OFF'}",
        # -march=native turns on AMX where the CPU has it, and ggml's AMX matmul then crashes
        # under a hypervisor that has not granted the tile state (seen: SIGSEGV in ggml_backend_amx_mul_mat)
        f"-DCMAKE_C_FLAGS={NO_AMX}", f"-DCMAKE_CXX_FLAGS={NO_AMX}",
    ]


def options_386() -> list[str]:
    """Static, -m32, for this CPU as the bridge's build is, but without BMI2.

    ggml's BMI2 path uses _pdep_u64, which i386 lacks, and GGML_NATIVE would
    turn BMI2 back on after any -mno-bmi2, so -march=native comes from the
    flags.  -mfpmath=sse keeps scalar float off the x87, as on x86-64; the
    same kernels then give the same numbers as the bridge's build.
    """
    flags = f"-m32 -march=native -mno-bmi2 -mfpmath=sse {NO_AMX}"
    return [
        "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_SHARED_LIBS=OFF", "-DGGML_BACKEND_DL=OFF",
        "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_SERVER=OFF",
        "-DLLAMA_BUILD_TOOLS=OFF", "-DLLAMA_CURL=OFF", "-DGGML_OPENMP=OFF", "-DGGML_CUDA=OFF",
        "-DGGML_NATIVE=OFF", "-DGGML_BMI2=OFF", "-DGGML_AVX=OFF", "-DGGML_AVX2=OFF", "-DGGML_FMA=OFF",
        "-DGGML_F16C=OFF", "-DGGML_SSE42=OFF",
        f"-DCMAKE_C_FLAGS={flags}", f"-DCMAKE_CXX_FLAGS={flags}", "-DCMAKE_POSITION_INDEPENDENT_CODE=OFF",
    ]


def prefix(opts: list[str] | None = None) -> str:
    opts = options() if opts is None else opts
    tag = hashlib.sha1(" ".join(opts).encode()).hexdigest()[:8]
    return os.path.join(BUILD, f"llama-{LLAMA_CPP_PYTHON}-{tag}")


def user_root() -> str | None:
    return os.environ.get("LLAMA_CPP_ROOT") or None


def find_lib(root: str) -> str | None:
    for pat in ("lib/libllama.so", "lib64/libllama.so", "build/bin/libllama.so", "build/src/libllama.so",
                "bin/libllama.so", "**/libllama.so"):
        hits = glob.glob(os.path.join(root, pat), recursive=True)
        if hits:
            return hits[0]
    return None


def locate() -> tuple[str, str]:
    """(include dir, library dir) of an existing build, or DepError saying why not."""
    root = user_root() or prefix()
    inc = os.path.join(root, "include")
    if not os.path.isfile(os.path.join(inc, "llama.h")):
        raise DepError(f"cannot find llama.h under {inc}: "
                       + ("set LLAMA_CPP_ROOT to a llama.cpp install prefix (with include/ and lib/)"
                          if user_root() else "run `python build_llama.py` (or `mk all`) to build llama.cpp"))
    lib = find_lib(root)
    if lib is None:
        raise DepError(f"cannot find libllama.so under {root}: the llama.cpp library is missing; "
                       "build it with -DBUILD_SHARED_LIBS=ON")
    return inc, os.path.dirname(lib)


def check_tools() -> None:
    for tool, why in (("cc", "a C compiler (apt-get install build-essential)"),
                      ("c++", "a C++ compiler (apt-get install build-essential)"),
                      ("cmake", "cmake (pip install cmake, or apt-get install cmake)")):
        if shutil.which(tool) is None:
            raise DepError(f"missing {why}")


def fetch_source(dest: str) -> str:
    """Unpack vendor/llama.cpp of the pinned sdist into dest; return the tree."""
    tree = os.path.join(dest, "llama.cpp")
    if os.path.isfile(os.path.join(tree, "CMakeLists.txt")):
        return tree
    dl = os.path.join(BUILD, "dl")
    os.makedirs(dl, exist_ok=True)
    sdist = os.path.join(dl, f"llama_cpp_python-{LLAMA_CPP_PYTHON}.tar.gz")
    if not os.path.isfile(sdist):
        print(f"build_llama: downloading llama-cpp-python {LLAMA_CPP_PYTHON} sdist", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "--no-binary", "llama-cpp-python", f"llama-cpp-python=={LLAMA_CPP_PYTHON}",
                        "-d", dl], check=True, stdout=subprocess.DEVNULL)
    with open(sdist, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != SDIST_SHA256:
        os.remove(sdist)
        raise DepError(f"the llama-cpp-python {LLAMA_CPP_PYTHON} sdist has sha256 {digest}, expected {SDIST_SHA256}")
    top = f"llama_cpp_python-{LLAMA_CPP_PYTHON}/vendor/llama.cpp/"
    tmp = tree + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    with tarfile.open(sdist) as tf:
        members = [m for m in tf.getmembers() if m.name.startswith(top)]
        for m in members:
            m.name = m.name[len(top):]
        tf.extractall(tmp, members=members, filter="data")
    os.replace(tmp, tree)
    return tree


def install(src: str, obj: str, pre: str) -> None:
    """Copy headers, the libraries (shared or static) and llama-bench into the prefix."""
    for sub in ("include", "lib", "bin"):
        os.makedirs(os.path.join(pre, sub), exist_ok=True)
    for h in glob.glob(os.path.join(src, "include", "*.h")) + glob.glob(os.path.join(src, "ggml", "include", "*.h")):
        shutil.copy2(h, os.path.join(pre, "include"))
    for so in glob.glob(os.path.join(obj, "bin", "*.so*")):
        shutil.copy2(so, os.path.join(pre, "lib"), follow_symlinks=False)
    for a in glob.glob(os.path.join(obj, "**", "*.a"), recursive=True):
        shutil.copy2(a, os.path.join(pre, "lib"))
    for b in glob.glob(os.path.join(obj, "bin", "llama-bench")):
        shutil.copy2(b, os.path.join(pre, "bin"))


def cmake_build(opts: list[str], targets: list[str], what: str) -> str:
    """Build targets with opts and install them, unless an identical build exists; return the prefix."""
    pre = prefix(opts)
    stamp = os.path.join(pre, ".built")
    if os.path.isfile(stamp):
        return pre
    check_tools()
    src = fetch_source(os.path.join(BUILD, "src"))
    obj = pre + ".obj"
    print(f"build_llama: building {what} into {pre} (a few minutes)", file=sys.stderr)
    with open(pre + ".log", "w") as log:
        subprocess.run(["cmake", "-S", src, "-B", obj, *opts], check=True, stdout=log, stderr=subprocess.STDOUT)
        subprocess.run(["cmake", "--build", obj, "-j", str(os.cpu_count() or 2), "--target", *targets],
                       check=True, stdout=log, stderr=subprocess.STDOUT)
    install(src, obj, pre)
    with open(stamp, "w") as f:
        f.write(" ".join(opts) + "\n")
    return pre


def build_386() -> str:
    """Build (or reuse) static i386 libllama.a and libggml*.a for an Inferno port; return their prefix."""
    return cmake_build(options_386(), ["llama"], "32-bit static llama.cpp")


def build() -> str:
    """Build and install llama.cpp unless an identical build exists; return its prefix."""
    if user_root():
        locate()
        return user_root()
    return cmake_build(options(), ["llama", "llama-bench"], "llama.cpp")


def main() -> int:
    try:
        if "--check" in sys.argv:
            inc, lib = locate()
            print(f"llama.h: {inc}\nlibllama: {lib}")
            return 0
        print(build_386() if "--386" in sys.argv else build())
    except DepError as e:
        print(f"build_llama: {e}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as e:
        print(f"build_llama: {' '.join(e.cmd[:3])}... failed with status {e.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
