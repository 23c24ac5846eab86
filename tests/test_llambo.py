"""$Llambo_c on real llama.cpp with the default model (SmolLM2-135M-Instruct Q4_1)."""

import json
import os
import threading

import pytest

from disbridge.builtins.llambo_c import DECLARATION, Llambo
from disbridge.frames import LimboException
from disbridge.limbo import load
from disbridge.models import default_model

MODEL = default_model()
DECL = load(DECLARATION).module("Llambo_c")


@pytest.fixture
def L(vm):
    return vm.load("$Llambo_c", DECLARATION)


@pytest.fixture
def mid(L):
    m = L.load_model(MODEL, 1, 0)
    assert m >= 0, L.lasterror()
    yield m
    while L.free_model(m) == 0:
        pass


def test_seed_signatures_are_kept():
    seed = load(os.path.join(os.path.dirname(__file__), "vectors", "llambo_seed.m")).module("Llambo_c")
    for f in seed.functions:
        assert DECL.function(f.qualname).sig == f.sig


def test_seed_usage(L, mid):
    info = json.loads(L.get_model_info(mid))
    for k in ("model_id", "path", "n_vocab", "n_ctx", "ref_count", "architecture", "n_params",
              "n_layer", "n_embd", "file_size"):
        assert k in info
    assert info["model_id"] == mid and info["ref_count"] == 1 and info["architecture"] == "llama"
    assert info["n_vocab"] == 49152 and info["file_size"] == os.path.getsize(MODEL)
    toks = L.tokenize(mid, "Hello world")
    assert len(toks) >= 2 and all(0 <= t < info["n_vocab"] for t in toks)
    assert L.detokenize(mid, toks) == "Hello world"
    out = L.infer(mid, "The capital of France is", 8, 0.0)
    assert isinstance(out, str) and out
    assert L.infer(mid, "The capital of France is", 8, 0.0) == out      # greedy is deterministic


def test_sampling_params_and_seed(L, mid):
    p = L.defaults()
    assert (p.temperature, p.top_k, p.seed) == (0.8, 40, -1)
    p.seed = 1234
    a = L.generate(mid, "Once upon a time", 16, p)
    b = L.generate(mid, "Once upon a time", 16, p)
    assert a == b                                            # same seed, same text
    p.temperature = 0.0
    assert L.generate(mid, "Once upon a time", 16, p) == L.infer(mid, "Once upon a time", 16, 0.0)


def test_stream_equals_generate_and_stops(L, mid):
    p = L.defaults()
    p.temperature = 0.0
    whole = L.generate(mid, "List three colors:", 24, p)
    s = L.start(mid, "List three colors:", 24, p)
    pieces = []
    while piece := L.next(s):
        pieces.append(piece)
    assert L.next(s) == ""                                   # stays at the end
    assert L.stop(s) == 0
    assert "".join(pieces) == whole and len(pieces) > 1
    with pytest.raises(LimboException, match="stream .* is not open"):
        L.next(s)
    with pytest.raises(LimboException, match="is not open"):
        L.stop(s)


def test_stream_never_splits_utf8(L, mid):
    p = L.defaults()
    p.temperature = 0.0
    prompt = "Translate to Chinese and add emoji: good morning ☀️ -> 早上好 😀. Good night ->"
    whole = L.generate(mid, prompt, 40, p)
    s = L.start(mid, prompt, 40, p)
    pieces = []
    while piece := L.next(s):
        pieces.append(piece)
    L.stop(s)
    assert "".join(pieces) == whole
    assert any(ord(c) > 127 for c in whole)
    for piece in pieces:
        assert "\ufffd" not in piece or "\ufffd" in whole


def test_stream_cancel_frees(L, mid, vm):
    p = L.defaults()
    s = L.start(mid, "Tell me a long story", 200, p)
    assert L.next(s)
    L.stop(s)
    assert L.free_model(mid) == 0
    assert L.get_model_info(mid) == ""                       # freed: the stream held no reference


def test_refcount_and_slot_reuse(L):
    a = L.load_model(MODEL, 1, 0)
    b = L.load_model(MODEL, 1, 0)
    assert a == b and json.loads(L.get_model_info(a))["ref_count"] == 2
    c = L.load_model(MODEL, 0, 0)                            # other parameters: another slot
    assert c != a
    assert L.free_model(a) == 0 and json.loads(L.get_model_info(a))["ref_count"] == 1
    assert L.free_model(a) == 0
    assert L.get_model_info(a) == "" and "not loaded" in L.lasterror()
    assert L.free_model(a) == -1 and L.lasterror() == f"free_model: model {a} is not loaded"
    d = L.load_model(MODEL, 1, 0)
    assert d == a                                            # the freed slot is reused
    L.free_model(c)
    L.free_model(d)


def test_stream_holds_the_model(L):
    m = L.load_model(MODEL, 1, 0)
    p = L.defaults()
    p.temperature = 0.0
    s = L.start(m, "One, two,", 8, p)
    assert L.free_model(m) == 0                              # the caller lets go ...
    assert L.next(s)                                         # ... the stream still works
    L.stop(s)
    assert L.get_model_info(m) == ""


def test_33rd_model(L):
    ids = []
    try:
        for ngl in range(32):
            i = L.load_model(MODEL, 1, ngl)
            assert i >= 0, L.lasterror()
            ids.append(i)
        assert sorted(ids) == list(range(32))
        assert L.load_model(MODEL, 1, 99) == -1
        assert L.lasterror() == "load_model: too many models loaded (32)"
    finally:
        for i in ids:
            L.free_model(i)
    assert L.load_model(MODEL, 1, 99) == 0
    L.free_model(0)


@pytest.mark.parametrize("path,msg", [
    (None, "load_model: nil or empty path"),
    ("", "load_model: nil or empty path"),
    ("/nonexistent/model.gguf", "file does not exist"),
    ("/tmp", "is a directory"),
    (__file__, "not a GGUF file"),
])
def test_bad_paths(L, path, msg):
    assert L.load_model(path, 1, 0) == -1
    assert msg in L.lasterror()


def test_corrupt_ggufs(L, tmp_path):
    raw = open(MODEL, "rb").read(2_000_000)
    trunc = tmp_path / "trunc.gguf"
    trunc.write_bytes(raw)
    assert L.load_model(str(trunc), 1, 0) == -1
    assert "cannot load" in L.lasterror()
    bad = tmp_path / "garbage.gguf"
    bad.write_bytes(b"GGUF" + bytes([0xFF]) * 4096)
    assert L.load_model(str(bad), 0, 0) == -1
    assert "cannot load" in L.lasterror()


@pytest.mark.parametrize("args,msg", [
    ((-1, "x", 4, 0.0), "infer: invalid model id -1"),
    ((32, "x", 4, 0.0), "infer: invalid model id 32"),
    ((7, "x", 4, 0.0), "infer: model 7 is not loaded"),
    ((0, None, 4, 0.0), "infer: nil or empty prompt"),
    ((0, "", 4, 0.0), "infer: nil or empty prompt"),
    ((0, "x", 0, 0.0), "infer: max_tokens must be > 0"),
    ((0, "x", -5, 0.0), "infer: max_tokens must be > 0"),
    ((0, "x", 10**6, 0.0), "does not fit the context"),
    ((0, "x", 4, float("nan")), "temperature must be a finite number >= 0"),
    ((0, "x", 4, float("inf")), "temperature must be a finite number >= 0"),
    ((0, "x", 4, float("-inf")), "temperature must be a finite number >= 0"),
    ((0, "x", 4, -0.5), "temperature must be a finite number >= 0"),
    ((0, "word " * 2500, 4, 0.0), "the context holds 2048"),
])
def test_bad_infer(L, mid, args, msg):
    assert mid == 0
    assert L.infer(*args) == ""
    assert msg in L.lasterror()
    assert L.infer(mid, "ok", 2, 0.0)                        # nothing was lost


def test_bad_ids_everywhere(L, mid):
    assert L.free_model(99) == -1 and L.lasterror() == "free_model: invalid model id 99"
    assert L.tokenize(5, "x") is None and L.lasterror() == "tokenize: model 5 is not loaded"
    assert L.tokenize(mid, None) is None and L.lasterror() == "tokenize: nil text"
    assert L.get_model_info(-3) == "" and "invalid model id" in L.lasterror()
    with pytest.raises(LimboException, match="detokenize: token 49152 at 1 is outside the vocabulary"):
        L.detokenize(mid, [1, 49152])
    with pytest.raises(LimboException, match="generate: model 4 is not loaded"):
        L.generate(4, "x", 2, L.defaults())
    with pytest.raises(LimboException, match="next: invalid stream -1"):
        L.next(-1)


@pytest.mark.parametrize("field,value,msg", [
    ("top_k", -1, "top_k must be >= 0"),
    ("top_p", 1.5, "top_p must be in [0, 1]"),
    ("min_p", float("nan"), "min_p must be in [0, 1]"),
    ("repeat_penalty", 0.0, "repeat_penalty must be a finite number > 0"),
    ("repeat_last_n", -1, "repeat_last_n must be >= 0"),
])
def test_bad_params(L, mid, field, value, msg):
    p = L.defaults()
    setattr(p, field, value)
    with pytest.raises(LimboException, match=msg.replace("[", r"\[").replace("]", r"\]")):
        L.generate(mid, "x", 2, p)
    with pytest.raises(LimboException, match="start: "):
        L.start(mid, "x", 2, p)


def test_configure(L, mid):
    assert L.configure(mid, 256, 1, 64) == 0
    info = json.loads(L.get_model_info(mid))
    assert (info["n_ctx"], info["n_threads"], info["n_batch"]) == (256, 1, 64)
    assert "the context holds 256" in (L.infer(mid, "word " * 300, 2, 0.0) or L.lasterror())
    with pytest.raises(LimboException, match="n_ctx 8 is outside"):
        L.configure(mid, 8, 1, 8)
    with pytest.raises(LimboException, match="n_threads 0 is outside"):
        L.configure(mid, 256, 0, 8)
    with pytest.raises(LimboException, match="n_batch 512 is outside"):
        L.configure(mid, 256, 1, 512)


def test_invalid_utf8_is_marked_not_dropped(L, mid):
    toks = L.tokenize(mid, "😀")
    assert len(toks) > 1 and L.detokenize(mid, toks) == "😀"
    # each byte token alone is not UTF-8: every bad byte shows as U+FFFD, none is dropped
    parts = [L.detokenize(mid, [t]) for t in toks]
    assert all(p and set(p) == {"\ufffd"} for p in parts)
    assert sum(len(p) for p in parts) == len("😀".encode())


def test_strings_that_are_not_unicode_are_refused(L, mid):
    with pytest.raises(ValueError, match="argument 'prompt'.*surrogate"):
        L.infer(mid, "bad \udc80 text", 4, 0.0)
    with pytest.raises(ValueError, match="argument 'path'.*surrogate"):
        L.load_model("/tmp/\udcff.gguf", 1, 0)
    with pytest.raises(TypeError, match="argument 'prompt'"):
        L.infer(mid, b"bytes", 4, 0.0)
    with pytest.raises(TypeError, match="argument 'temperature'"):
        L.infer(mid, "x", 4, "hot")
    with pytest.raises(ValueError, match="argument 'max_tokens'.*out of range"):
        L.infer(mid, "x", 2**40, 0.0)


def test_concurrent_calls_on_one_model(L, mid):
    want = L.infer(mid, "Count: one, two,", 12, 0.0)
    got, errs = [], []

    def worker():
        try:
            got.append(L.infer(mid, "Count: one, two,", 12, 0.0))
        except Exception as e:         # noqa: BLE001 - collected for the assert
            errs.append(e)

    ts = [threading.Thread(target=worker) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert errs == [] and got == [want] * 4


def test_python_wrapper(vm):
    llm = Llambo(vm)
    seen = []
    m = llm.load(MODEL, progress=seen.append)
    assert seen[-1] == 1.0
    text = "".join(llm.stream(m, "Hi", 6, temperature=0.0))
    assert text == llm.generate(m, "Hi", 6, temperature=0.0)
    with pytest.raises(TypeError):
        llm.params(nosuch=1)
    llm.free(m)
    from disbridge.builtins.llambo_c import LlamboError
    with pytest.raises(LlamboError, match="not loaded"):
        llm.free(m)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_load_free_1000_times_without_growth(L):
    for _ in range(20):                                      # let the allocator settle
        assert L.free_model(L.load_model(MODEL, 1, 0)) == 0
    before = _rss_mb()
    for _ in range(1000):
        m = L.load_model(MODEL, 1, 0)
        assert m == 0
        assert L.free_model(m) == 0
    assert _rss_mb() - before < 16


def test_calls_fit_a_kproc_stack():
    """emu runs builtins on 32 KB kproc stacks; llama.cpp needs more (load_model about 80 KB on
    the caller's stack here), so the module runs each body on a stack of its own (onbigstack)."""
    from disbridge.modtab import VM

    with VM(strict=True, kproc_stack=32 * 1024) as v:
        L = v.load("$Llambo_c", DECLARATION)
        m = L.load_model(MODEL, 1, 0)
        assert L.infer(m, "Hi", 4, 0.0)
        L.free_model(m)


def test_inferno_paths_name_the_host_file(L):
    """#U* is the host's root, #U emu's root (the host's here), and get_model_info and the
    error strings give the path as the program wrote it; two spellings of one file share it."""
    spelled = "#U*" + os.path.dirname(MODEL) + "/./" + os.path.basename(MODEL)
    a = L.load_model(spelled, 1, 0)
    assert a >= 0, L.lasterror()
    assert json.loads(L.get_model_info(a))["path"] == spelled
    b = L.load_model(MODEL, 1, 0)
    assert b == a and json.loads(L.get_model_info(a))["ref_count"] == 2
    assert L.load_model("#U*/no/such.gguf", 1, 0) == -1
    assert L.lasterror() == "load_model: file does not exist: #U*/no/such.gguf"
    L.free_model(b)
    L.free_model(a)


def test_python_gets_the_whole_error_text(vm):
    """Limbo's error string holds 127 bytes, as emu's; Llambo's exceptions carry the whole text."""
    llm = Llambo(vm)
    path = "/no/" + "é" * 80 + "/model.gguf"
    with pytest.raises(Exception) as e:
        llm.load(path)
    assert str(e.value) == f"load_model: file does not exist: {path}"
    cut = llm.mod.lasterror().encode()
    assert len(cut) <= 127 and f"load_model: file does not exist: {path}".encode().startswith(cut)


def test_the_cause_of_a_failed_load_comes_first_and_whole(vm, tmp_path):
    """A truncated GGUF: llama.cpp's whole reason reaches Python, before a long path."""
    deep = tmp_path.joinpath(*["a-long-folder-name"] * 12)
    deep.mkdir(parents=True)
    bad = deep / "cut.gguf"
    bad.write_bytes(open(MODEL, "rb").read(3_000_000))
    llm = Llambo(vm)
    with pytest.raises(Exception) as e:
        llm.load(str(bad))
    text = str(e.value)
    assert text.startswith("load_model: cannot load: ") and text.endswith(f": {bad}")
    assert "model is corrupted or incomplete" in text           # not cut at ERRMAX


PROMPTS = ["List three colors:", "The capital of France is", "Count: one, two,", "def add(a, b):"]


def _greedy(L):
    p = L.defaults()
    p.temperature = 0.0
    p.repeat_penalty = 1.0
    return p


def test_streams_of_one_model_taking_turns(L, mid):
    """One thread over several streams of a model: the second one on joins the shared context."""
    p = _greedy(L)
    want = [L.generate(mid, q, 20, p) for q in PROMPTS]
    ss = [L.start(mid, q, 20, p) for q in PROMPTS]
    got = [""] * len(ss)
    live = set(range(len(ss)))
    while live:
        for i in sorted(live):
            piece = L.next(ss[i])
            if piece:
                got[i] += piece
            else:
                live.discard(i)
    assert L.stop(ss[1]) == 0
    s = L.start(mid, PROMPTS[1], 20, p)                      # a freed sequence is reused, clean
    assert "".join(iter(lambda: L.next(s), "")) == want[1]
    for x in [ss[0], s, *ss[2:]]:
        L.stop(x)
    assert got == want


def test_streams_of_one_model_from_threads(L, mid):
    """Streams from threads decode together in batches, each its own prompt's continuation.
    A batch's arithmetic is not a single decode's, so greedy text may part from generate's
    after a while (llama.cpp's server has the same property); the start and the topic hold."""
    p = _greedy(L)
    jobs = PROMPTS * 2
    topic = {PROMPTS[0]: ("red", "blue", "green"), PROMPTS[1]: ("Paris",), PROMPTS[2]: ("three",),
             PROMPTS[3]: ("a ==", "a +", "return")}
    first = {q: L.generate(mid, q, 24, p)[:6] for q in PROMPTS}
    got, errs = [None] * len(jobs), []

    def worker(i):
        try:
            s = L.start(mid, jobs[i], 24, p)
            got[i] = "".join(iter(lambda: L.next(s), ""))
            L.stop(s)
        except Exception as e:         # noqa: BLE001 - collected for the assert
            errs.append(e)

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(len(jobs))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert errs == []
    for q, text in zip(jobs, got):
        assert text.startswith(first[q]) and any(w in text for w in topic[q]), (q, text)
