"""The ``boilerstrip`` command, run in-process with binary buffers for stdin and stdout."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import boilerstrip
from boilerstrip.cli import command as cli

ARTICLE = (
    "Council backs new bus lanes\n"
    "The city council voted on Tuesday to add bus lanes on three of the busiest roads in town.\n"
    "Read more\n"
)


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    """Run the CLI in-process; return its exit status, stdout bytes and stderr text."""
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def records(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.splitlines()]


# --- plain text -------------------------------------------------------------------------------


def test_stdin_to_stdout_removes_read_more() -> None:
    status, out, err = run([], ARTICLE.encode())
    assert status == 0, err
    assert b"Read more" not in out
    assert out.startswith(b"Council backs new bus lanes\n")
    assert err == ""


def test_dash_means_stdin() -> None:
    assert run(["-"], ARTICLE.encode())[:2] == run([], ARTICLE.encode())[:2]


def test_each_file_is_one_document(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE)
    second = "Second story\nRead more\n"
    b.write_text(second)
    status, out, _ = run([str(a), str(b)])
    assert status == 0
    assert out == boilerstrip.strip(ARTICLE).encode() + boilerstrip.strip(second).encode()
    assert out.count(b"Read more") == 0


def test_missing_file_is_a_data_error_named_and_the_others_still_run(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE)
    status, out, err = run([str(tmp_path / "nope.txt"), str(a)])
    assert status == 1
    assert "nope.txt" in err
    assert b"Council backs" in out


def test_explain_prints_each_removal_on_stderr(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(ARTICLE)
    status, out, err = run(["--explain", str(doc)])
    assert status == 0
    explanation = boilerstrip.explain(ARTICLE)
    lines = err.splitlines()
    assert len(lines) == len(explanation.removals) >= 1
    read_more = next(r for r in explanation.removals if r.text == "Read more")
    assert f"{doc}:{read_more.line_no}: {read_more.category} {read_more.rule_id}: Read more" in lines
    assert out == explanation.text.encode()


def test_disable_category_keeps_its_lines() -> None:
    status, out, _ = run(["--disable", "navigation"], b"Read more\nA sentence of the article itself.\n")
    assert status == 0
    assert b"Read more\n" in out


def test_presets_and_languages_are_accepted() -> None:
    for preset in boilerstrip.PRESETS:
        status, out, err = run(["--preset", preset, "--lang", "en"], ARTICLE.encode())
        assert status == 0, err
        assert b"Read more" not in out


def test_lang_comma_list_and_repeats_are_merged() -> None:
    args = cli.parse_args(["--lang", "en,de", "--lang", "fr", "--lang", "en"])
    assert cli.config_from_args(args).languages == ("en", "de", "fr")


def test_unknown_language_is_a_usage_error() -> None:
    status, out, err = run(["--lang", "xx"], ARTICLE.encode())
    assert status == 2
    assert "xx" in err and out == b""


def test_unknown_disable_category_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--disable", "navigaton"])[0] == 2
    assert "navigaton" in capsys.readouterr().err


def test_user_rule_file_removes_its_lines(tmp_path: Path) -> None:
    rules = tmp_path / "site.donation.txt"
    rules.write_text("please chip in to keep us going\n")
    text = b"The mayor resigned on Friday after a long inquiry.\nPlease chip in to keep us going!\n"
    status, out, err = run(["--rules", str(rules), "--explain"], text)
    assert status == 0
    assert out == b"The mayor resigned on Friday after a long inquiry.\n"
    assert f"{rules}:1" in err and "donation" in err


def test_broken_user_rule_is_a_usage_error_naming_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "mine.subscribe.txt"
    rules.write_text("# my rules\nsign up now\nre:(unclosed\n")
    status, out, err = run(["--rules", str(rules)], ARTICLE.encode())
    assert status == 2
    assert out == b""
    assert f"{rules}:3" in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_missing_rule_file_is_a_usage_error(tmp_path: Path) -> None:
    status, _, err = run(["--rules", str(tmp_path / "none.txt")], ARTICLE.encode())
    assert status == 2
    assert "none.txt" in err


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--no-such-option"])[0] == 2
    assert run(["--preset", "greedy"])[0] == 2
    assert run(["--field", "body"])[0] == 2  # needs --jsonl
    assert run(["--jsonl", "--rejects", "r.jsonl"])[0] == 2  # needs --on-error skip
    assert "usage:" in capsys.readouterr().err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"])[0] == 0
    version = capsys.readouterr().out
    assert boilerstrip.__version__ in version
    # Which build runs: the one whose core module is an extension, or plain Python.
    assert ("(compiled," in version) is boilerstrip.core.__file__.endswith(".so")
    assert ("(pure Python," in version) is boilerstrip.core.__file__.endswith(".py")
    assert run(["--help"])[0] == 0
    text = capsys.readouterr().out
    for needle in ("--jsonl", "--on-error", "examples:", "jq", "xargs", "exit status"):
        assert needle in text


def test_one_cleaner_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []

    # A wrapper, not a subclass: the compiled build's Cleaner is a native class.
    def counting(config: boilerstrip.Config | None = None) -> boilerstrip.Cleaner:
        built.append(config)
        return boilerstrip.Cleaner(config)

    monkeypatch.setattr(cli, "Cleaner", counting)
    data = b"".join(json.dumps({"text": ARTICLE, "n": i}).encode() + b"\n" for i in range(5))
    status, out, _ = run(["--jsonl"], data)
    assert status == 0 and len(out.splitlines()) == 5
    assert len(built) == 1


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_cleans_the_field_and_passes_the_rest_through() -> None:
    record = {"id": 7, "url": "https://example.org/a", "text": ARTICLE, "meta": {"tags": ["x", 1.5, None]}}
    status, out, err = run(["--jsonl"], json.dumps(record).encode() + b"\n")
    assert status == 0, err
    [got] = records(out)
    assert got == {**record, "text": boilerstrip.strip(ARTICLE)}
    assert list(got) == list(record)  # key order kept
    assert "1 records read, 1 cleaned, 0 passed, 0 rejected" in err


THREAD = (
    "Which lens for birds in flight?\n"
    "I shoot from a hide at the harbour most weekends, and the birds come in fast and low over the water, "
    "so the autofocus has to keep up with them while the light changes from one minute to the next.\n"
    "Any advice on which lens to buy next would be welcome, as I have saved for most of a year.\n"
    "12 Comments\n"
    "Great question, thanks! I use a 100-400 myself.\n"
    "I disagree, a prime is sharper for me.\n"
)


@pytest.mark.parametrize("options", [[], ["--url-field", "meta.address"]])
def test_jsonl_a_thread_address_keeps_the_replies(options: list[str]) -> None:
    # The address is read from the record ("url" unless --url-field names another field): on a
    # forum thread's address the replies are the page's content; under an article they go.
    key = "url" if not options else "meta"
    thread_url = "https://forum.example.org/t/which-lens-for-birds/40024"
    article_url = "https://news.example.org/2026/12/which-lens-for-birds"
    def record(url: str) -> dict[str, object]:
        return {key: url if not options else {"address": url}, "text": THREAD}
    data = b"".join(json.dumps(record(u)).encode() + b"\n" for u in (thread_url, article_url))
    status, out, err = run(["--jsonl", *options], data)
    assert status == 0, err
    thread, article = records(out)
    # Only the count line goes (a rule's label line); every post stays.
    assert thread["text"] == THREAD.replace("12 Comments\n", "")
    assert "Great question" not in str(article["text"]) and "Which lens" in str(article["text"])


def test_jsonl_other_field_name() -> None:
    data = json.dumps({"text": "Read more", "body": ARTICLE}).encode() + b"\n"
    status, out, _ = run(["--jsonl", "--field", "body"], data)
    assert status == 0
    assert records(out) == [{"text": "Read more", "body": boilerstrip.strip(ARTICLE)}]


def test_jsonl_explain_field_lists_removals() -> None:
    data = json.dumps({"id": 1, "text": ARTICLE}).encode() + b"\n"
    status, out, _ = run(["--jsonl", "--explain-field", "removed"], data)
    assert status == 0
    [got] = records(out)
    expected = [r.as_dict(detail=True) for r in boilerstrip.explain(ARTICLE).removals]
    assert got["removed"] == expected
    assert any(r["text"] == "Read more" for r in expected)
    # the schema of the HTML mode's removals: the same keys, and the stage that removed the line
    assert all(set(r) == {"line", "text", "rule", "category", "score", "evidence", "stage"} for r in got["removed"])
    assert {r["stage"] for r in got["removed"]} == {"text"}
    # each removal lists its evidence, strongest first, and the strongest names the rule
    for removal in got["removed"]:
        weights = [item["weight"] for item in removal["evidence"]]
        assert weights == sorted(weights, reverse=True)
        assert removal["evidence"][0]["id"] == removal["rule"]


def test_jsonl_explain_on_stderr_names_record_and_line() -> None:
    data = b'{"text": "x"}\n' + json.dumps({"text": ARTICLE}).encode() + b"\n"
    status, _, err = run(["--jsonl", "--explain"], data)
    assert status == 0
    assert any(line.startswith("<stdin>:2: line 3: ") and line.endswith(": Read more")
               for line in err.splitlines())


def test_jsonl_keeps_non_ascii_and_big_numbers_exactly() -> None:
    record = {"text": "Ünïcödé 東京 ✓\nRead more", "big": 10**30, "f": 0.1, "neg": -0.0}
    status, out, _ = run(["--jsonl"], json.dumps(record, ensure_ascii=False).encode() + b"\n")
    assert status == 0
    [got] = records(out)
    assert got["big"] == 10**30 and got["f"] == 0.1 and got["text"] == "Ünïcödé 東京 ✓\n"
    assert "東京".encode() in out  # written as UTF-8, not \\u escapes


def test_jsonl_multiple_files_counted_together(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(b'{"text": "a"}\n{"text": "b"}\n')
    b.write_bytes(b'{"text": "c"}\n')
    status, out, err = run(["--jsonl", str(a), str(b)])
    assert status == 0
    assert [r["text"] for r in records(out)] == ["a", "b", "c"]
    assert "3 records read, 3 cleaned" in err


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "boilerstrip"], input=ARTICLE.encode(),
                          capture_output=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == boilerstrip.strip(ARTICLE).encode()


def test_internal_error_names_the_file_and_the_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pieces = boilerstrip.Cleaner.pieces

    def broken(self: boilerstrip.Cleaner, text: str, url: str | None = None) -> Any:
        if "boom" in text:
            raise RuntimeError("kaboom")
        return pieces(self, text, url)

    monkeypatch.setattr(boilerstrip.Cleaner, "pieces", broken)  # what the command calls
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("boom\n")
    b.write_text("fine\n")
    status, out, err = run([str(a), str(b)])
    assert status == 1 and out == b"fine\n"
    assert f"{a}: internal error while cleaning: RuntimeError: kaboom" in err


def test_ctrl_c_during_the_commands_imports_waits_for_them() -> None:
    """main() imports the command with Ctrl-C noted, not raised: a KeyboardInterrupt inside a C
    extension's initialisation (orjson's) can crash the interpreter instead of unwinding it."""
    import os
    import signal

    from boilerstrip.cli import _ctrl_c_noted

    before = signal.getsignal(signal.SIGINT)
    with _ctrl_c_noted() as noted:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs at the next bytecode boundary
            if noted:
                break
    assert noted == [signal.SIGINT]
    assert signal.getsignal(signal.SIGINT) is before
