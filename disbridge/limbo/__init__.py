"""Limbo declarations: parser, types, signatures, frame layouts and the -t/-a emitters."""

from .lex import LimboError
from .model import Arg, DisFrame, Function, Layout, ModuleInfo, Program, load, loads

__all__ = ["Arg", "DisFrame", "Function", "Layout", "LimboError", "ModuleInfo", "Program", "load", "loads"]
