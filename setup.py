"""The C core is built at install time: cffi's setuptools hook calls build_ffi.package_ffi,
which builds the pinned llama.cpp (or uses LLAMA_CPP_ROOT's) and describes disbridge._native."""

from setuptools import setup

setup(cffi_modules=["build_ffi.py:package_ffi"])
