"""Chat: $Llambo_c's chat through the model's own template, Llambo.chat, `infer --chat` and `disbridge chat`.

Greedy answers from the default model (SmolLM2-135M-Instruct) are checked for being
non-empty and on topic by a keyword, not word for word.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from disbridge.builtins.llambo_c import DECLARATION, Llambo, LlamboError
from disbridge.frames import LimboException
from disbridge.models import default_model

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = default_model()
ON_TOPIC = [("What is the capital of France?", ("paris",)),
            ("Name three colours.", ("red", "blue", "green", "yellow")),
            ("What is 2+2?", ("4", "four")),
            ("Write a short story about a dragon.", ("dragon",))]


@pytest.fixture
def llm(vm):
    lb = Llambo(vm)
    m = lb.load(MODEL)
    yield lb, m
    lb.free(m)


@pytest.mark.parametrize(("question", "words"), ON_TOPIC)
def test_a_greedy_answer_is_on_topic(llm, question, words):
    lb, m = llm
    answer = lb.chat(m, [{"role": "user", "content": question}], 64, temperature=0)
    assert answer.strip(), "empty answer"
    assert any(w in answer.lower() for w in words), answer


def test_the_history_is_the_context(llm):
    lb, m = llm
    history = [{"role": "user", "content": "What is the capital of Italy?"}]
    history.append({"role": "assistant", "content": lb.chat(m, history, 40, temperature=0)})
    history.append({"role": "user", "content": "And of Spain?"})
    assert "madrid" in lb.chat(m, history, 40, temperature=0).lower()


@pytest.mark.parametrize("bad", [[{"role": "user"}], ["hello"], [{"role": 1, "content": "x"}]])
def test_a_message_of_the_wrong_shape_is_refused(llm, bad):
    lb, m = llm
    with pytest.raises(LlamboError, match="^chat: "):
        lb.chat(m, bad, 8)


def test_the_module_refuses_no_messages_and_an_empty_role(vm):
    L = vm.load("$Llambo_c", DECLARATION)
    m = L.load_model(MODEL, 1, 0)
    p = L.defaults()
    try:
        with pytest.raises(LimboException, match=r"^chat: no messages$"):
            L.chat(m, [], 8, p)
        with pytest.raises(LimboException, match=r"^chat: a message with no role$"):
            L.chat(m, [("", "hi")], 8, p)
        with pytest.raises(LimboException, match=r"^chat: max_tokens must be > 0$"):
            L.chat(m, [("user", "hi")], 0, p)
        with pytest.raises(LimboException, match=r"^chat: invalid model id 99$"):
            L.chat(99, [("user", "hi")], 8, p)
    finally:
        L.free_model(m)


def cli(args: list[str], stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DISBRIDGE_MODEL": MODEL}
    raw = stdin.encode() if isinstance(stdin, str) else stdin if stdin is not None else b""
    r = subprocess.run([sys.executable, "-m", "disbridge", *args], cwd=ROOT, env=env, capture_output=True, input=raw)
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode(), r.stderr.decode())


def test_infer_chat_answers_the_question():
    r = cli(["infer", "-q", "--chat", "--temperature", "0", "-n", "40", "What is the capital of France?"])
    assert r.returncode == 0 and r.stderr == ""
    assert "Paris" in r.stdout


def test_a_system_prompt_implies_chat():
    r = cli(["infer", "-q", "--system", "You are a helpful assistant.", "--temperature", "0", "-n", "40",
             "What is the capital of France?"])
    assert r.returncode == 0 and "Paris" in r.stdout


def test_the_chat_command_takes_a_turn_a_line():
    r = cli(["chat", "-q", "--temperature", "0", "-n", "40"], "What is the capital of Italy?\n\nAnd of Spain?\n")
    assert r.returncode == 0 and r.stderr == ""
    first, second = r.stdout.strip().split("\n")
    assert "Rome" in first and "Madrid" in second


def test_a_chat_line_that_is_not_utf8_is_refused_and_the_chat_goes_on():
    r = cli(["chat", "-q", "--temperature", "0", "-n", "40"], b"\xff\xfe\nWhat is the capital of Italy?\n")
    assert r.returncode == 0
    assert r.stderr == "disbridge: chat: that line is not valid UTF-8; it was not sent\n"
    assert "Rome" in r.stdout
