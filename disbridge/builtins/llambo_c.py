"""$Llambo_c (native/llambo_c.c) as Python callers use it, through the link typecheck.

The seed's functions report failure as -1 or nil plus the error string;
here those become LlamboError exceptions carrying that text.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

from ..frames import LimboException
from ..modtab import MODULE_DIR, VM, Linked

DECLARATION = os.path.join(MODULE_DIR, "llambo_c.m")


class LlamboError(Exception):
    """A $Llambo_c call failed; str() is the module's error text."""


class Llambo:
    """A loaded $Llambo_c with Pythonic results (exceptions instead of -1/nil)."""

    def __init__(self, vm: VM):
        self.vm = vm
        self.mod: Linked = vm.load("$Llambo_c", DECLARATION)

    def _err(self) -> LlamboError:
        """The module's error: whole, where Limbo's error string holds only its first 127 bytes."""
        text = self.mod.lasterror()
        full = self.vm.errstr.full
        return LlamboError(full if full.startswith(text) else text)

    def load(self, path: str, use_mmap: bool = True, n_gpu_layers: int = 0, progress=None) -> int:
        """Load a GGUF model; progress(fraction) is called while it loads."""
        box: dict = {}

        def work():
            try:
                box["id"] = self.mod.load_model(path, int(use_mmap), n_gpu_layers)
                if box["id"] < 0:
                    box["err"] = self._err()
            except BaseException as e:      # re-raised in the caller's thread
                box["err"] = e

        t = threading.Thread(target=work, daemon=True)
        t.start()
        while t.is_alive():
            t.join(0.05)
            if progress is not None:
                progress(self.mod.progress())
        if "err" in box:
            raise box["err"]
        if progress is not None:
            progress(1.0)
        return box["id"]

    def free(self, model_id: int) -> None:
        if self.mod.free_model(model_id) < 0:
            raise self._err()

    def info(self, model_id: int) -> str:
        s = self.mod.get_model_info(model_id)
        if not s:
            raise self._err()
        return s

    def tokenize(self, model_id: int, text: str) -> list[int]:
        toks = self.mod.tokenize(model_id, text)
        if toks is None:
            raise self._err()
        return toks

    def detokenize(self, model_id: int, tokens: list[int]) -> str:
        return self.mod.detokenize(model_id, tokens)

    def params(self, **kw):
        p = self.mod.defaults()
        for k, v in kw.items():
            if not hasattr(p, k):
                raise TypeError(f"unknown sampling parameter {k!r}")
            setattr(p, k, v)
        return p

    def generate(self, model_id: int, prompt: str, max_tokens: int, **params) -> str:
        return self.mod.generate(model_id, prompt, max_tokens, self.params(**params))

    def chat(self, model_id: int, messages: list[dict], max_tokens: int = 256, **params) -> str:
        """The assistant's answer to messages, oldest first, each {"role": ..., "content": ...} as
        llama-cpp-python's create_chat_completion takes them, through the model's own chat template."""
        try:
            pairs = [(m["role"], m["content"]) for m in messages]
        except (TypeError, KeyError):
            raise LlamboError('chat: each message must be a dict with "role" and "content"') from None
        if not all(isinstance(r, str) and isinstance(c, str) for r, c in pairs):
            raise LlamboError("chat: a message's role and content must be strings")
        return self.mod.chat(model_id, pairs, max_tokens, self.params(**params))

    def stream(self, model_id: int, prompt: str, max_tokens: int, **params) -> Iterator[str]:
        """Yield whole-character pieces as they are generated; closing the iterator stops."""
        s = self.mod.start(model_id, prompt, max_tokens, self.params(**params))
        try:
            while piece := self.mod.next(s):
                yield piece
        finally:
            self.mod.stop(s)


__all__ = ["Llambo", "LlamboError", "LimboException", "DECLARATION"]
