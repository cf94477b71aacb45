"""JSON Lines mode: bad records under each error policy, the rejects file, counts, bytes."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import command as cli
from boilerstrip.io import textio
from boilerstrip.io.jsonl import JsonlFilter
from boilerstrip.io.textio import RecordError, dump_json, parse_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "jsonl"

GOOD = b'{"id": 1, "text": "Read more\\nThe vote was held on Monday."}\n'

#: Bad lines, and a word their reason must contain.
BAD_LINES = {
    "invalid json": (b'{"id": 2, "text": "unterminated}\n', "not valid JSON"),
    "not an object": (b'["text", "a list"]\n', "not a JSON object but an array"),
    "a bare string": (b'"just a string"\n', "not a JSON object but a string"),
    "missing field": (b'{"id": 3, "body": "x"}\n', "no field 'text'"),
    "null field": (b'{"id": 4, "text": null}\n', "field 'text' is null"),
    "number field": (b'{"id": 5, "text": 42}\n', "field 'text' is number"),
    "list field": (b'{"id": 6, "text": ["a", "b"]}\n', "field 'text' is array"),
    "invalid utf-8": (b'{"id": 7, "text": "caf\xe9"}\n', "not valid UTF-8: byte e9 at column 23"),
    "raw nul byte": (b'{"id": 8, "text": "a\x00b"}\n', "not valid JSON"),
    "nan": (b'{"id": 9, "text": "x", "score": NaN}\n', "not valid JSON: NaN is not allowed"),
    "infinite number": (b'{"id": 10, "text": "x", "score": 1e400}\n', "cannot be written as JSON"),
    "truncated": (b'{"id": 11, "te\n', "not valid JSON"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000 + b"\n", "not valid JSON"),
}


@pytest.fixture(autouse=True, params=["orjson", "json"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with both JSON backends: they must accept, reject and write alike."""
    if request.param == "orjson" and textio._orjson is None:
        pytest.skip("orjson is not installed")
    if request.param == "json":
        monkeypatch.setattr(textio, "_orjson", None)
    return str(request.param)


def run(argv: list[str], data: bytes) -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(["--jsonl", *argv], stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def summary_counts(err: str) -> dict[str, int]:
    last = err.strip().splitlines()[-1]
    words = last.removeprefix("boilerstrip: ").split(", ")
    return {" ".join(w.split()[1:]): int(w.split()[0]) for w in words}


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_fail_stops_at_the_bad_line_naming_it(kind: str) -> None:
    bad, reason = BAD_LINES[kind]
    status, out, err = run([], GOOD + GOOD + bad + GOOD)
    assert status == 1
    assert len(out.splitlines()) == 2  # every record before it, nothing after
    assert f"<stdin>:3: {reason}" in err
    assert "Traceback" not in err
    counts = summary_counts(err)
    assert counts["records read"] == 3 and counts["cleaned"] == 2 and counts["rejected"] == 1


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_skip_writes_the_rejects_file(kind: str, tmp_path: Path) -> None:
    bad, reason = BAD_LINES[kind]
    rejects = tmp_path / "rejects.jsonl"
    status, out, err = run(["--on-error", "skip", "--rejects", str(rejects)], GOOD + bad + GOOD)
    assert status == 0
    assert len(out.splitlines()) == 2
    [entry] = [json.loads(line) for line in rejects.read_bytes().splitlines()]
    assert entry["line"] == 2 and reason in entry["reason"]
    exact = base64.b64decode(entry["raw_base64"]) if "raw_base64" in entry else entry["raw"].encode()
    assert exact == bad.removesuffix(b"\n")
    assert "<stdin>:2:" in err and "(skipped)" in err
    assert summary_counts(err) == {"records read": 3, "cleaned": 2, "passed": 0, "rejected": 1,
                                   "blank lines skipped": 0}


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_pass_copies_the_bad_line_unchanged(kind: str) -> None:
    bad, _ = BAD_LINES[kind]
    status, out, err = run(["--on-error", "pass"], GOOD + bad + GOOD)
    assert status == 0
    lines = out.split(b"\n")
    assert lines[1] == bad.removesuffix(b"\n")
    assert len(out.splitlines()) == 3
    assert summary_counts(err)["passed"] == 1


def test_quiet_drops_warnings_and_summary_but_not_the_fatal_error() -> None:
    bad = BAD_LINES["invalid json"][0]
    assert run(["--quiet", "--on-error", "skip"], GOOD + bad)[2] == ""
    status, _, err = run(["--quiet"], GOOD + bad)
    assert status == 1 and err.startswith("boilerstrip: <stdin>:2: not valid JSON")
    assert err.count("\n") == 1


def test_blank_lines_are_skipped_and_counted_apart() -> None:
    status, out, err = run([], b"\n" + GOOD + b"   \r\n\t\n" + GOOD + b"\n")
    assert status == 0
    assert len(out.splitlines()) == 2
    assert summary_counts(err) == {"records read": 2, "cleaned": 2, "passed": 0, "rejected": 0,
                                   "blank lines skipped": 4}


def test_line_numbers_count_blank_lines() -> None:
    status, _, err = run([], b"\n\n" + b"oops\n")
    assert status == 1 and "<stdin>:3: not valid JSON" in err


def test_bom_on_the_first_line_is_dropped() -> None:
    status, out, _ = run([], b"\xef\xbb\xbf" + GOOD + GOOD)
    assert status == 0
    assert not out.startswith(b"\xef\xbb\xbf")
    assert len(out.splitlines()) == 2


def test_bom_on_a_later_line_is_an_error() -> None:
    status, _, err = run([], GOOD + b"\xef\xbb\xbf" + GOOD)
    assert status == 1 and "<stdin>:2: not valid JSON" in err


def test_crlf_records_and_last_line_without_newline() -> None:
    status, out, _ = run([], GOOD.replace(b"\n", b"\r\n") + GOOD.removesuffix(b"\n"))
    assert status == 0
    assert out.count(b"\n") == 2 and b"\r" not in out


def test_text_with_crlf_and_cr_inside_the_field() -> None:
    record = {"text": "The vote was held on Monday.\r\nRead more\rAnother line of the article.\r\n"}
    status, out, _ = run([], json.dumps(record).encode() + b"\n")
    assert status == 0
    assert json.loads(out)["text"] == boilerstrip.strip(record["text"])


def test_escaped_lone_surrogate_survives_as_an_escape() -> None:
    line = b'{"text": "A line of article text \\ud800 with a lone surrogate."}\n'
    status, out, _ = run([], line)
    assert status == 0
    assert json.loads(out)["text"] == json.loads(line)["text"]
    out.decode("utf-8")  # the output is valid UTF-8


def test_escaped_nul_inside_the_text_is_fine() -> None:
    text = "a\x00b\nRead more"
    status, out, _ = run([], b'{"text": "a\\u0000b\\nRead more"}\n')
    assert status == 0
    assert json.loads(out)["text"] == boilerstrip.strip(text)


def test_mixed_scripts_round_trip() -> None:
    text = "Москва и 東京 — עברית عربى ελληνικά हिन्दी 🙂\nRead more\n"
    status, out, _ = run([], json.dumps({"text": text}, ensure_ascii=False).encode() + b"\n")
    assert status == 0
    assert json.loads(out)["text"] == boilerstrip.strip(text)


def test_rejects_file_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    status, out, err = run(["--on-error", "skip", "--rejects", str(tmp_path / "no" / "dir.jsonl")], GOOD)
    assert status == 2 and out == b"" and "rejects" in err


def test_internal_error_in_the_cleaner_is_a_reported_record_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: object, text: str, url: str | None = None) -> str:
        if "boom" in text:
            raise RuntimeError("kaboom")
        return text

    monkeypatch.setattr(boilerstrip.Cleaner, "strip", broken)
    data = GOOD + b'{"text": "boom"}\n' + GOOD
    status, out, err = run(["--on-error", "pass"], data)
    assert status == 0 and out.splitlines()[1] == b'{"text": "boom"}'
    assert "<stdin>:2: internal error while cleaning: RuntimeError: kaboom" in err
    status, out, err = run([], data)
    assert status == 1 and len(out.splitlines()) == 1


def test_fixture_files_counts() -> None:
    """fixtures/jsonl/mixed.jsonl holds good, bad and blank lines: every line is accounted for."""
    data = (FIXTURES / "mixed.jsonl").read_bytes()
    for policy in ("skip", "pass"):
        status, out, err = run(["--on-error", policy], data)
        assert status == 0
        counts = summary_counts(err)
        physical = len(data.splitlines())
        assert counts["records read"] + counts["blank lines skipped"] == physical
        assert counts["records read"] == counts["cleaned"] + counts["passed"] + counts["rejected"]
        assert len(out.splitlines()) == counts["cleaned"] + counts["passed"]
        assert counts["cleaned"] > 0 and counts["passed" if policy == "pass" else "rejected"] > 0


def test_filter_without_cli_counts_and_stops() -> None:
    out: list[bytes] = []
    f = JsonlFilter(boilerstrip.Cleaner(), out.append)
    assert f.run([GOOD, b"nope\n", GOOD]) is False
    assert len(out) == 1 and f.counts.read == 2 and f.counts.rejected == 1


def test_truncated_last_line_without_newline() -> None:
    status, out, err = run(["--on-error", "pass"], GOOD + b'{"id": 11, "te')
    assert status == 0 and out == run([], GOOD)[1] + b'{"id": 11, "te\n'
    assert "<stdin>:2: not valid JSON" in err


@pytest.mark.parametrize(
    "number", [2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**40, -(10**40)]
)
def test_integers_of_any_size_pass_through_exactly(number: int) -> None:
    status, out, _ = run([], b'{"n": %d, "text": "x"}\n' % number)
    assert status == 0
    assert json.loads(out)["n"] == number
    assert b"%d" % number in out


def test_long_digit_strings_do_not_change() -> None:
    line = b'{"id": "12345678901234567890123", "x": 0.12345678901234567890123, "text": "x"}\n'
    status, out, _ = run([], line)
    assert status == 0 and json.loads(out) == json.loads(line)


def test_parse_and_dump_agree_with_json() -> None:
    value = {"a": [1, 2.5, None, True, {"b": "ü\u2028"}], "big": -(10**40), "s": "\U0001f642"}
    parsed, fast = parse_json(dump_json(value))
    assert parsed == value and dump_json(parsed, fast) == dump_json(value, fast=False)
    assert json.loads(dump_json(value)) == value
    with pytest.raises(RecordError, match=r"nested too deeply|not valid JSON"):
        parse_json(b"[" * 1_000_000)
