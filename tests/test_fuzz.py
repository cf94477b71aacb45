"""Property tests: random text, random bytes and JSON Lines with bad lines mixed in.

Invariants: nothing crashes; the output lines are an ordered subsequence of the input lines (kept
lines byte-identical); cleaning is idempotent; every JSON Lines record is accounted for
(read = written + rejected) and each bad line is reported at its own line number.
Example counts come from the Hypothesis profile in conftest.py.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

import boilerstrip
from boilerstrip.cli import command as cli
from boilerstrip.io import textio
from boilerstrip.io.files import sniff
from boilerstrip.text.segment import split_lines

BOILERPLATE = [
    "Read more", "Share this article", "Sign up for our newsletter", "Advertisement", "Leave a Reply",
    "© 2024 Example Media. All rights reserved.", "Support our journalism", "Photo: Reuters",
    "12 comments", "Reply", "January 7, 2008 8:48 pm", "Comment by Dawn — January 7, 2008 @ 8:48 pm",
    "Follow us on Twitter", "Related articles", "https://example.org/a", "»", "Home › News › Local",
]
PROSE = [
    "The city council voted on Tuesday to add bus lanes on three of the busiest roads in town after a "
    "long debate with residents and shop owners.",
    "Residents said they welcomed the plan.",
    "Owners of twelve cafés in the old town said on Monday that rents had doubled in two years.",
    "Москва и 東京 — עברית عربى",
    "Read more about the plan in the council's report, which runs to forty pages.",
]
NEWLINES = ["\n", "\r\n", "\r"]

line_text = st.one_of(
    st.sampled_from(BOILERPLATE),
    st.sampled_from(PROSE),
    st.just(""),
    st.just("   "),
    st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=60),
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Documents made of boilerplate, prose, blank and random lines, with mixed line endings."""
    lines = draw(st.lists(st.tuples(line_text, st.sampled_from(NEWLINES)), max_size=40))
    text = "".join(body + end for body, end in lines)
    if text and draw(st.booleans()):
        text = text.rstrip("\r\n")  # no final newline
    return text


def is_kept_lines_of(out: Any, lines: list[Any]) -> bool:
    """True if *out* is the concatenation of an ordered subsequence of *lines* (str or bytes).

    Checked on the pieces, not by splitting *out* again: with mixed line endings, a kept lone-CR
    line followed by a kept blank LF line reads back as one CRLF line, yet every byte is original.
    """
    reach = {0}
    for line in lines:
        reach |= {p + len(line) for p in reach if out.startswith(line, p)}
    return len(out) in reach


# --- the library -------------------------------------------------------------------------------


@given(documents())
def test_strip_keeps_an_ordered_subsequence_of_lines(text: str) -> None:
    cleaned = boilerstrip.strip(text)
    assert is_kept_lines_of(cleaned, split_lines(text))


@given(documents())
def test_strip_is_idempotent(text: str) -> None:
    once = boilerstrip.strip(text)
    assert boilerstrip.strip(once) == once


@given(documents())
def test_explain_accounts_for_every_removed_line(text: str) -> None:
    explanation = boilerstrip.explain(text)
    lines = split_lines(text)
    for removal in explanation.removals:
        assert lines[removal.line_no - 1].rstrip("\r\n") == removal.text
        assert removal.category in boilerstrip.CATEGORIES
    removed = {r.line_no - 1 for r in explanation.removals}
    kept = [line for i, line in enumerate(lines) if i not in removed and line.strip()]
    assert [line for line in split_lines(explanation.text) if line.strip()] == kept


# --- the command on random bytes ---------------------------------------------------------------


def run(argv: list[str], data: bytes) -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def byte_lines(data: bytes) -> list[bytes]:
    return re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", data)


bytes_documents = st.one_of(
    st.binary(max_size=400),
    documents().map(lambda t: t.encode("utf-8")),
    st.lists(st.one_of(st.binary(max_size=30), st.sampled_from([b"\xef\xbb\xbf", b"\x00", b"\xff",
                                                                 b"\r\n", b"\r", b"\n", b"Read more\n"])),
             max_size=30).map(b"".join),
)


@given(bytes_documents.filter(lambda data: sniff(data) is None))
def test_cli_on_random_bytes_gives_back_original_lines(data: bytes) -> None:
    # Bytes that open with a compression format's magic number are read as that format (see
    # tests/test_cli_files.py), so they are no plain text here.
    # UTF-16 and UTF-32 (by their byte-order mark, or by the NULs of UTF-16 text) are read as
    # such, or refused, not as UTF-8: tests/test_hostile.py covers them.
    assume(textio.wide_encoding(data) is None and not textio.looks_like_utf16(data))
    status, out, err = run([], data)
    assert status == 0, err
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:  # a leading BOM is always given back (a kept later line may start with one, too)
        assert out.startswith(b"\xef\xbb\xbf")
    body_in, body_out = (data[3:], out[3:]) if bom else (data, out)
    assert is_kept_lines_of(body_out, byte_lines(body_in))
    # the same as the library on the losslessly decoded text
    assert body_out == boilerstrip.strip(body_in.decode("utf-8", "surrogateescape")).encode(
        "utf-8", "surrogateescape")


# --- JSON Lines with bad lines mixed in ---------------------------------------------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                         st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=10))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)), max_leaves=8)


@st.composite
def good_records(draw: st.DrawFn) -> bytes:
    record = draw(st.dictionaries(st.text(max_size=6).filter(lambda k: k != "text"), json_values, max_size=3))
    record["text"] = draw(documents())
    return json.dumps(record, ensure_ascii=draw(st.booleans())).encode()


bad_lines = st.one_of(
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")),
    st.sampled_from([b"[1, 2]", b'"text"', b"null", b"{}", b'{"text": null}', b'{"text": 1}',
                     b'{"text": ["x"]}', b'{"text": "x", "n": NaN}', b'{"text": "\xff"}', b'{"text": "a',
                     b'{"text": "x"} trailing', b'{"text": "x", "n": 1e999}', b"\xef\xbb\xbf{}",
                     b'{"text": "a\x00b"}']),
    good_records().map(lambda line: line[: len(line) // 2]),
)

mixed_lines = st.lists(st.one_of(good_records(), bad_lines, st.sampled_from([b"", b"  ", b"\r"])),
                       max_size=12)


def oracle(line: bytes) -> str | None:
    """What a line is, decided independently of the code under test: 'blank', 'good' or 'bad'."""
    if not line.strip(b" \t\r\n"):  # a line of vertical tabs or form feeds is a bad record
        return "blank"
    try:
        value = json.loads(line.decode("utf-8"), parse_constant=lambda name: 1 / 0)
        json.dumps(value, allow_nan=False)
    except (ValueError, ZeroDivisionError, RecursionError):
        return "bad"
    return "good" if isinstance(value, dict) and isinstance(value.get("text"), str) else "bad"


def check_jsonl(lines: list[bytes], policy: str) -> None:
    data = b"".join(line + b"\n" for line in lines)
    # A stream that opens with a compression format's magic number is read as that format (a
    # damaged one is an unreadable input, see tests/test_cli_files.py), not as JSON Lines.
    assume(sniff(data) is None)
    kinds = [oracle(line) for line in lines]
    if kinds and kinds[0] != "blank" and lines[0].startswith(b"\xef\xbb\xbf"):
        kinds[0] = oracle(lines[0][3:])  # a BOM is dropped from the first line only
    bad_at = [n for n, kind in enumerate(kinds, start=1) if kind == "bad"]
    records = [n for n, kind in enumerate(kinds, start=1) if kind != "blank"]
    argv = ["--jsonl", "--on-error", policy]
    status, out, err = run(argv, data)
    summary = err.strip().splitlines()[-1]
    numbers = [int(word) for word in re.findall(r"(\d+) ", summary)]
    read, cleaned, passed, rejected, blank = numbers
    assert read == cleaned + passed + rejected  # nothing lost
    seen = kinds[: bad_at[0]] if policy == "fail" and bad_at else kinds  # fail stops reading there
    assert blank == seen.count("blank")
    out_lines = out.split(b"\n")
    assert out_lines.pop() == b""  # every output line ends with a newline
    assert len(out_lines) == cleaned + passed
    for n in bad_at[:1] if policy == "fail" else bad_at:
        assert f"<stdin>:{n}: " in err
    if policy == "fail":
        assert status == (1 if bad_at else 0)
        before = [n for n in records if not bad_at or n < bad_at[0]]
        assert cleaned == len(before) and read == len(before) + (1 if bad_at else 0)
        return
    assert status == 0 and read == len(records)
    assert (rejected if policy == "skip" else passed) == len(bad_at)
    expected = [n for n in records if policy == "pass" or n not in bad_at]
    for n, got in zip(expected, out_lines, strict=True):
        raw = lines[n - 1]
        if n in bad_at:
            assert got == raw.removeprefix(b"\xef\xbb\xbf" if n == 1 else b"")
        else:
            original = json.loads(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
            assert json.loads(got) == {**original, "text": boilerstrip.strip(original["text"])}


@given(mixed_lines, st.sampled_from(["fail", "skip", "pass"]))
def test_jsonl_with_bad_lines_accounts_for_every_record(lines: list[bytes], policy: str) -> None:
    check_jsonl(lines, policy)


@given(mixed_lines, st.sampled_from(["fail", "skip", "pass"]))
def test_jsonl_without_orjson_behaves_the_same(lines: list[bytes], policy: str) -> None:
    saved = textio._orjson
    textio._orjson = None
    try:
        check_jsonl(lines, policy)
    finally:
        textio._orjson = saved
