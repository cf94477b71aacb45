"""Bad bytes, big inputs, adversarial patterns, closed pipes and Ctrl-C.

Timings here only catch a catastrophic blow-up: every bound is many times the linear cost.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import command as cli
from boilerstrip.heuristics import comment_meta, shape
from boilerstrip.rules import Kind, load_rules

ARTICLE = (
    "Council backs new bus lanes\n"
    "The city council voted on Tuesday to add bus lanes on three of the busiest roads in town.\n"
    "Read more\n"
)


def run(argv: list[str], data: bytes) -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def lines_of(data: bytes) -> list[bytes]:
    return re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", data)


def is_subsequence(small: list[bytes], big: list[bytes]) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail fast (raise TooSlow) instead of hanging the suite on a blow-up."""
    def expire(signum: int, frame: object) -> None:
        raise TooSlow(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- bytes in plain-text mode ------------------------------------------------------------------


def test_invalid_utf8_in_kept_lines_comes_back_byte_for_byte() -> None:
    data = b"Caf\xe9 owners protest rent rises in the old town \xff\xfe.\nRead more\nLast \x80 line\n"
    status, out, _ = run([], data)
    assert status == 0
    assert b"Caf\xe9 owners" in out and b"Last \x80 line\n" in out
    assert "\ufffd".encode() not in out
    assert is_subsequence(lines_of(out), lines_of(data))


def test_nul_bytes_pass_through() -> None:
    data = b"A line with a \x00 NUL byte in the article text.\nRead more\n"
    status, out, _ = run([], data)
    assert status == 0 and out.startswith(b"A line with a \x00 NUL byte")


def test_bom_is_kept_even_when_the_first_line_goes() -> None:
    status, out, _ = run([], b"\xef\xbb\xbfRead more\nThe article itself, in one long enough sentence.\n")
    assert status == 0
    assert out == b"\xef\xbb\xbfThe article itself, in one long enough sentence.\n"


def test_bom_alone() -> None:
    assert run([], b"\xef\xbb\xbf")[:2] == (0, b"\xef\xbb\xbf")


def test_empty_input() -> None:
    assert run([], b"") == (0, b"", "")


@pytest.mark.parametrize("newline", [b"\r\n", b"\r", b"\n"])
def test_line_endings_are_kept(newline: bytes) -> None:
    data = ARTICLE.encode().replace(b"\n", newline)
    status, out, _ = run([], data)
    assert status == 0
    assert b"Read more" not in out
    assert out == boilerstrip.strip(data.decode()).encode()
    assert out.count(newline) == out.count(b"\r") + out.count(b"\n") - (
        out.count(b"\r\n") if newline == b"\r\n" else 0)


def test_mixed_line_endings_and_scripts() -> None:
    data = ("Москва: власти объявили о новых автобусных полосах в центре.\r\n"
            "東京の市議会は火曜日に新しいバスレーンを承認した。\r"
            "Read more\n"
            "مجلس المدينة وافق على المسارات الجديدة للحافلات.\n").encode()
    status, out, _ = run([], data)
    assert status == 0
    assert out == boilerstrip.strip(data.decode()).encode()
    assert is_subsequence(lines_of(out), lines_of(data))


# --- size --------------------------------------------------------------------------------------


def test_ten_megabyte_line_without_newline() -> None:
    data = b"word " * 2_000_000
    with time_limit(60):
        status, out, _ = run([], data)
    assert status == 0 and out == data


def test_ten_megabyte_jsonl_record_without_newline() -> None:
    data = json.dumps({"id": 1, "text": "word " * 2_000_000}).encode()
    with time_limit(60):
        status, out, err = run(["--jsonl"], data)
    assert status == 0, err
    assert json.loads(out)["text"] == "word " * 2_000_000


def test_long_single_word_after_an_article() -> None:
    data = (ARTICLE * 3 + "x" * 2_000_000).encode()
    with time_limit(60):
        status, out, _ = run([], data)
    assert status == 0 and out.endswith(b"x" * 1000)


def test_many_comment_timestamps_are_not_quadratic() -> None:
    paragraph = ("The city council voted on Tuesday to add bus lanes on three of the busiest roads in "
                 "town after a long debate with residents and shop owners.\n")
    text = paragraph * 4 + "January 7, 2008 8:48 pm\n" * 15_000  # 0.4 MB: ~1.5 s if linear, ~15 s now
    with time_limit(5):
        boilerstrip.strip(text)


def _adversarial(pattern: str, size: int) -> list[str]:
    """Strings built from a pattern's own words, repeated, with a failing character at the end."""
    tokens = [t for t in re.split(r"[^0-9A-Za-z]+", pattern) if t] or ["a"]
    found = []
    for sep in (" ", ", ", " | ", ": ", ""):
        unit = sep.join(tokens[:6]) + sep
        found.append((unit * (size // len(unit) + 1))[:size - 1] + "\u2603")
    for unit in ("1", "a", " ", "1:", "- ", "a ", "12:34 ", "by x on "):
        found.append(unit * (size // len(unit)) + "\u2603")
    return found


def test_every_shipped_regex_rule_is_fast_on_adversarial_lines() -> None:
    regexes = [re.compile(r.pattern) for r in load_rules() if r.kind is Kind.REGEX]
    assert regexes, "no regex rules shipped?"
    start = time.perf_counter()
    with time_limit(30):
        for regex in regexes:
            for text in _adversarial(regex.pattern, 2000):  # lines over 400 chars never meet a rule
                regex.search(text)
    assert time.perf_counter() - start < 30


def test_line_shape_regexes_are_fast_on_long_lines() -> None:
    """These run on lines of few words but any length: 100,000 characters must take no time."""
    shapes = [comment_meta.SCORE, comment_meta.BYLINE, comment_meta.STAMP, shape.BARE_URL]
    with time_limit(30):
        for regex in shapes:
            for text in _adversarial(regex.pattern, 100_000):
                regex.search(text)
        for text in _adversarial("comment by dawn january 7 2008 8 48 pm says", 100_000):
            comment_meta.meta_kind(text)


# --- pipes and signals (real processes) --------------------------------------------------------


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "boilerstrip", *args]


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    record = {"text": ARTICLE * 20}
    with open(path, "wb") as out:
        for i in range(3000):
            out.write(json.dumps({"id": i, **record}).encode() + b"\n")
    return path


@pytest.mark.parametrize("mode", ["jsonl", "text"])
def test_closed_pipe_ends_quietly(mode: str, big_jsonl: Path) -> None:
    args = ["--jsonl", "-q", str(big_jsonl)] if mode == "jsonl" else [str(big_jsonl)]
    proc = subprocess.Popen(_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -n 1` does
    err = proc.stderr.read()
    status = proc.wait(timeout=60)
    assert first.endswith(b"\n")
    assert status in (0, 141)
    assert err == b""


def test_head_in_a_real_shell_pipeline(big_jsonl: Path) -> None:
    cmd = " ".join(_command("--jsonl", "-q", str(big_jsonl))) + " | head -n 1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=60, check=False)
    assert done.returncode in (0, 141)
    assert done.stderr == b""
    assert len(done.stdout.splitlines()) == 1


def _interrupt_after_output(proc: subprocess.Popen[bytes]) -> tuple[int, bytes, bytes]:
    assert proc.stdout is not None
    # Read the pipe's descriptor, not its buffered file: communicate() reads the descriptor too, so
    # whatever a buffered readline() had taken beyond the first line would be lost to `rest`.
    first = b""
    while b"\n" not in first:  # the filter is running and has written
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        first += chunk
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    return proc.returncode, first + rest, err


def test_ctrl_c_while_busy_leaves_whole_records(big_jsonl: Path) -> None:
    proc = subprocess.Popen(_command("--jsonl", "--line-buffered", str(big_jsonl), str(big_jsonl)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    status, out, err = _interrupt_after_output(proc)
    assert status == 130
    assert out.endswith(b"\n")
    written = [json.loads(line) for line in out.splitlines()]  # each one whole
    assert 0 < len(written) < 6000
    assert b"Traceback" not in err and b"interrupted" in err
    assert f"{len(written)} cleaned".encode() in err


def test_ctrl_c_while_waiting_for_input(tmp_path: Path) -> None:
    proc = subprocess.Popen(_command("--jsonl", "--line-buffered"), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(json.dumps({"text": ARTICLE}).encode() + b"\n")
    proc.stdin.flush()  # stdin stays open: the filter blocks reading the next line
    status, out, err = _interrupt_after_output(proc)
    assert status == 130
    assert [json.loads(line)["text"] for line in out.splitlines()] == [boilerstrip.strip(ARTICLE)]
    assert b"Traceback" not in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_is_an_error_not_a_traceback() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(_command(), input=ARTICLE.encode() * 10000, stdout=full,
                              stderr=subprocess.PIPE, timeout=60, check=False)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and b"No space left" in done.stderr
