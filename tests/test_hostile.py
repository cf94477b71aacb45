"""Hostile use: every case must end with a clear message, no traceback, no record lost, no
unbounded run; with -j 1, 2 and 0 where workers are involved.

Timings here only catch a blow-up (quadratic, exponential, a hang): every bound is many times
what a linear run takes.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip import Cleaner, Config
from boilerstrip.cli import command as cli
from boilerstrip.io.parallel import MAX_WORKERS_PER_CORE, read_chunks, resolve_workers, usable_cores

ARTICLE = (
    "Council backs new bus lanes\n"
    "The city council voted on Tuesday to add bus lanes on three of the busiest roads in town.\n"
    "Read more\n"
)
CLEAN = boilerstrip.strip(ARTICLE)
WORKERS = ("1", "2", "0")


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "boilerstrip", *args]


def records(n: int, bad_every: int = 0) -> bytes:
    lines = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            lines.append(b"not json")
        else:
            lines.append(json.dumps({"id": i, "text": ARTICLE}).encode())
    return b"\n".join(lines) + b"\n"


def summary_counts(err: str) -> dict[str, int]:
    """The figures of the last summary line on stderr."""
    line = [x for x in err.splitlines() if "records read" in x][-1]
    words = line.replace(",", "").split()
    return {words[i + 1]: int(words[i]) for i in range(len(words) - 1) if words[i].isdigit()}


# --- the rejects file --------------------------------------------------------------------------


@pytest.mark.parametrize("workers", WORKERS)
def test_rejects_file_that_is_the_input_is_refused_and_the_input_kept(tmp_path: Path, workers: str) -> None:
    path = tmp_path / "in.jsonl"
    data = records(10, bad_every=3)
    path.write_bytes(data)
    status, out, err = run(["--jsonl", "-j", workers, "--on-error", "skip", "--rejects", str(path), str(path)])
    assert status == 2 and out == b""
    assert f"--rejects {path} is also the input {path}" in err
    assert path.read_bytes() == data


def test_rejects_file_that_is_stdin_or_stdout_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    data = records(10, bad_every=3)
    path.write_bytes(data)
    with open(path, "rb") as stdin:
        done = subprocess.run(command("--jsonl", "--on-error", "skip", "--rejects", str(path)),
                              stdin=stdin, capture_output=True, timeout=60, check=False)
    assert done.returncode == 2 and b"is also the input <stdin>" in done.stderr
    assert path.read_bytes() == data
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as stdout:
        done = subprocess.run(command("--jsonl", "--on-error", "skip", "--rejects", str(out), str(path)),
                              stdout=stdout, stderr=subprocess.PIPE, timeout=60, check=False)
    assert done.returncode == 2 and b"is also the output" in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("workers", WORKERS)
def test_unwritable_rejects_file_is_an_error(tmp_path: Path, workers: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(records(10, bad_every=3))
    status, out, err = run(["--jsonl", "-j", workers, "--on-error", "skip", "--rejects", "/dev/full", str(path)])
    assert status == 1
    assert "cannot write rejects file /dev/full: No space left on device" in err
    assert "Traceback" not in err
    assert len(out.splitlines()) == 7  # the good records are written all the same


# --- closed standard streams and Ctrl-C at start-up --------------------------------------------


@pytest.mark.parametrize(("redirect", "message"), [
    ("<&-", b"<stdin>: cannot read: standard input is closed"),
    (">&-", b"cannot write the output: standard output is closed"),
])
@pytest.mark.parametrize("mode", [[], ["--jsonl"]])
def test_closed_standard_stream_is_a_message_not_a_traceback(redirect: str, message: bytes,
                                                               mode: list[str], tmp_path: Path) -> None:
    source = [] if redirect == "<&-" else [str(tmp_path / "in.txt")]
    (tmp_path / "in.txt").write_text(json.dumps({"text": ARTICLE}) + "\n")
    line = " ".join([*command(*mode, *source), redirect])
    done = subprocess.run(["bash", "-c", line], capture_output=redirect != ">&-", stderr=subprocess.PIPE
                          if redirect == ">&-" else None, timeout=60, check=False)
    assert done.returncode == 1
    assert message in done.stderr and b"Traceback" not in done.stderr


def test_closed_stderr_still_runs(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\nnot json\n")
    line = " ".join([*command("--jsonl", "--on-error", "skip", str(tmp_path / "in.jsonl")), "2>&-"])
    done = subprocess.run(["bash", "-c", line], stdout=subprocess.PIPE, timeout=60, check=False)
    assert done.returncode == 0
    assert [json.loads(x)["text"] for x in done.stdout.splitlines()] == [CLEAN]


def test_ctrl_c_while_the_command_is_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    from boilerstrip import cli as package

    class Interrupting:
        def find_spec(self, name: str, path: object, target: object = None) -> None:
            if name == "boilerstrip.cli.command":
                raise KeyboardInterrupt

    monkeypatch.delitem(sys.modules, "boilerstrip.cli.command")
    monkeypatch.setattr(sys, "meta_path", [Interrupting(), *sys.meta_path])
    err = io.StringIO()
    assert package.main([], stdin=io.BytesIO(b""), stdout=io.BytesIO(), stderr=err) == 130
    assert err.getvalue() == "boilerstrip: interrupted\n"


@pytest.mark.parametrize("stage", ["parse_args", "Cleaner"])
def test_ctrl_c_while_options_and_rules_are_read(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, stage, interrupt)
    status, out, err = run(["--jsonl"], records(3))
    assert (status, out, err) == (130, b"", "boilerstrip: interrupted\n")


def test_ctrl_c_at_any_moment_of_start_up_leaves_no_traceback() -> None:
    """A real process, interrupted at moments spread over its start-up (imports, rules, pool)."""
    # What the console script does, with a word on stderr once main is imported (the package and
    # boilerstrip.cli are light; the command's own modules are imported inside main).
    starter = ("import sys; from boilerstrip.cli import main; sys.stderr.write('up\\n'); sys.stderr.flush(); "
               "sys.exit(main(sys.argv[1:]))")
    for delay in (0.005, 0.02, 0.05, 0.08, 0.12, 0.2, 0.3, 0.5):
        proc = subprocess.Popen([sys.executable, "-c", starter, "--jsonl", "-j", "2"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        assert proc.stderr.readline() == b"up\n"  # the interpreter is up; boilerstrip starts now
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, (delay, err)
        assert b"Traceback" not in err and b"boilerstrip: interrupted" in err, (delay, err)


# --- -j -----------------------------------------------------------------------------------------


def test_workers_are_capped_per_core() -> None:
    assert resolve_workers(100_000) == MAX_WORKERS_PER_CORE * usable_cores()
    status, out, err = run(["--jsonl", "-j", "100000"], records(5))
    assert status == 0 and len(out.splitlines()) == 5
    assert f"-j 100000: using {MAX_WORKERS_PER_CORE * usable_cores()} worker processes" in err


def test_chunk_reader_is_linear_in_one_long_line() -> None:
    """One 64 MB line arriving in 64 KB blocks: joined once, not once per block (32 GB copied)."""
    line = b'{"text": "' + b"word " * ((64 << 20) // 5) + b'"}\n'

    class Trickle(io.BytesIO):
        def read1(self, size: int = -1, /) -> bytes:
            return self.read(min(size, 1 << 16))

    start = time.perf_counter()
    chunks = list(read_chunks(Trickle(line * 2), chunk_bytes=1 << 20))
    assert time.perf_counter() - start < 10
    assert chunks[0] == line and b"".join(chunks) == line * 2


# --- small ones ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"Read more\n", bytearray(b"x"), None, 42])
def test_strip_and_explain_say_they_take_str(value: object) -> None:
    for function in (boilerstrip.strip, boilerstrip.explain):
        with pytest.raises(TypeError, match=r"takes the text as str, not "):
            function(value)  # type: ignore[arg-type]
    # The Cleaner's methods say the same in plain Python; compiled, mypyc's own check of the
    # argument's type comes first ("str object expected; got bytes"): both name the type.
    for method in (Cleaner().strip, Cleaner().explain):
        with pytest.raises(TypeError, match=type(value).__name__ if value is not None else "None"):
            method(value)  # type: ignore[arg-type]
    if isinstance(value, (bytes, bytearray)):
        with pytest.raises(TypeError, match="decode it first"):
            boilerstrip.strip(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "message"), [
    ("legl", "unknown category 'legl'"),
    ("tail:coments", "unknown heuristic id 'tail:coments'"),
    ("en/legal:99999", "no rule 'en/legal:99999' among the rules loaded"),
])
def test_unknown_disabled_names_are_refused(name: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Cleaner(Config(disabled=frozenset({name})))
    status, _, err = run(["--disable", name], ARTICLE.encode())
    assert status == 2 and "Traceback" not in err


def test_known_disabled_names_are_accepted() -> None:
    from boilerstrip.heuristics import heuristic_ids

    rule = Cleaner().rules.rules[0].rule_id
    names = frozenset({"legal", rule, *heuristic_ids()})
    assert Cleaner(Config(disabled=names)).config.disabled == names
    assert run(["--disable", rule, "--disable", "tail:comments"], ARTICLE.encode())[0] == 0


def test_every_removal_carries_a_rule_id_or_a_known_heuristic_id() -> None:
    from boilerstrip.heuristics import heuristic_ids

    cleaner = Cleaner()
    known = cleaner.rules.rule_ids | heuristic_ids()
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "text"
    seen = set()
    for path in sorted(fixtures.glob("*.txt")):
        for removal in cleaner.explain(path.read_text(encoding="utf-8")).removals:
            assert removal.rule_id in known, (path.name, removal)
            seen.add(removal.rule_id.split(":")[0])
    assert {"tail", "block"} <= seen  # the fixtures do exercise heuristics


def test_json_error_message_says_at_once() -> None:
    status, _, err = run(["--jsonl"], b'{"text": "a\x01b"}\n')
    assert status == 1 and "Invalid control character at column" in err and "at at" not in err


@pytest.mark.parametrize("workers", WORKERS)
def test_vertical_tab_and_form_feed_lines_are_bad_records_not_blank(workers: str) -> None:
    data = b"\x0b\n" + json.dumps({"text": ARTICLE}).encode() + b"\n\x0c\r\n \t\r\n"
    status, out, err = run(["--jsonl", "-j", workers, "--on-error", "pass"], data)
    assert status == 0
    cleaned = json.dumps({"text": CLEAN}, separators=(",", ":")).encode()
    assert out.split(b"\n") == [b"\x0b", cleaned, b"\x0c\r", b""]  # not splitlines: it splits at \x0c
    assert summary_counts(err) == {"records": 3, "cleaned": 1, "passed": 2, "rejected": 0, "blank": 1}


def test_vertical_tab_and_form_feed_lines_are_kept_in_text_mode() -> None:
    data = ARTICLE.encode().replace(b"Read more\n", b"\x0b\n\x0c\n")
    status, out, _ = run([], data)
    assert status == 0 and out == data


def test_utf16_text_is_cleaned_and_written_back_in_utf16() -> None:
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        data = ("\ufeff" + ARTICLE).encode(codec if codec != "utf-16" else "utf-16-le")
        if codec == "utf-16":
            assert data.startswith(b"\xff\xfe")
        status, out, err = run([], data)
        assert status == 0, err
        assert out.decode(codec if codec != "utf-16" else "utf-16-le") == "\ufeff" + CLEAN


def test_utf16_without_a_mark_and_broken_utf16_are_refused_with_a_reason() -> None:
    status, out, err = run([], ARTICLE.encode("utf-16-le"))
    assert status == 1 and out == b"" and "looks like UTF-16 without a byte-order mark" in err
    status, out, err = run([], b"\xff\xfe" + "abc".encode("utf-16-le") + b"\x00")
    assert status == 1 and out == b"" and "not valid UTF-16" in err


def test_utf16_jsonl_is_refused_with_a_reason() -> None:
    data = (json.dumps({"text": ARTICLE}) + "\n").encode("utf-16")
    status, out, err = run(["--jsonl"], data)
    assert status == 1 and out == b""
    assert "UTF-16 byte-order mark; JSON Lines must be UTF-8" in err


def test_rule_file_may_start_with_a_bom(tmp_path: Path) -> None:
    rules = tmp_path / "mine.navigation.txt"
    rules.write_bytes(b"\xef\xbb\xbfcouncil backs new bus lanes\n")
    status, out, err = run(["--rules", str(rules)], ARTICLE.encode())
    assert status == 0, err
    assert b"Council backs" not in out
