"""The C scans of boilerstrip._native and their Python twins: both must agree with the definitions.

A decimal digit is what the regular expression \\d finds, on every code point. A line's shape
(word count, collapsed whitespace) is defined by str.split and is_unspaced (each token one
word, or half a word for each character of a script written without spaces, rounded up), on
every kind of string, every whitespace character and every code point; a digit run (JSON Lines
records that may hold an integer beyond 64 bits) by a substring search."""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boilerstrip.io import textio
from boilerstrip.text import shape
from boilerstrip.text.normalise import UNSPACED_RANGES, is_unspaced

#: Characters around the edges of the definition: every kind of whitespace str.split knows,
#: look-alikes that are not whitespace, the table pipe, and characters of each string width.
EDGE_CHARACTERS = [
    " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u2028",
    "\u2029", "\u202f", "\u3000", "\u200b", "\ufeff", "|", "｜", "a", "é", "ÿ", "Ā", "中", "😀", "\ud800",
    "の", "カ", "ｶ", "々", "ก", "한", "。", "，", "𠀀", "\u0dff", "\u0e00", "\u9fff", "\ua000",
]
TEXTS = st.text(alphabet=st.sampled_from(EDGE_CHARACTERS) | st.characters(), max_size=40)


def token_words(token: str) -> int:
    """A token's words: one, or half a word per unspaced character, rounded up."""
    unspaced = sum(map(is_unspaced, token))
    return max(1, -(-unspaced // 2))


def by_definition(text: str) -> int:
    tokens = text.split()
    words = sum(token_words(token) for token in tokens if token != "|")
    return words * 2 + (" ".join(tokens) == text)


def test_unspaced_ranges_are_sorted_and_apart() -> None:
    # is_unspaced stops at the first range whose end lies beyond the character
    for (_, last), (first, _) in pairwise(UNSPACED_RANGES):
        assert last < first
    assert all(first <= last for first, last in UNSPACED_RANGES)
    assert UNSPACED_RANGES[0][0] >= 256  # the C scan of one-byte strings counts no unspaced character


def implementations() -> list[Callable[[str], int]]:
    found: list[Callable[[str], int]] = [shape.py_line_shape]
    if shape.NATIVE:
        found.append(shape.line_shape)
    return found


@pytest.mark.parametrize("implementation", implementations(), ids=lambda f: f.__module__)
@given(text=TEXTS)
def test_shape_is_words_and_collapsed_as_split_defines_them(implementation: Callable[[str], int], text: str) -> None:
    assert implementation(text) == by_definition(text)


@pytest.mark.parametrize("implementation", implementations(), ids=lambda f: f.__module__)
@pytest.mark.parametrize(
    ("text", "words", "collapsed"),
    [
        ("", 0, True),
        ("Read more", 2, True),
        ("|  | Audio & Music |  |", 3, False),
        ("| a | b |", 2, True),  # pipes are no words, yet the spacing is single
        ("a|b ||", 2, True),  # only a lone "|" is a separator
        (" lead", 1, False),
        ("trail ", 1, False),
        ("tab\there", 2, False),
        ("no\xa0break space", 3, False),
        ("zero\u200bwidth", 1, True),  # not whitespace for str.split, so one word
        ("Straße 中文 😀", 3, True),
        ("中文", 1, True),
        ("中文字", 2, True),  # three characters, a word and a half: two
        ("阅读全文", 2, True),
        ("新款iPhone手机。", 2, True),  # four characters, whatever else the token holds
        ("東京都は3日、新たな計画を発表した。", 8, True),  # fifteen characters: seven and a half
        ("中 文 字", 3, True),  # each token at least one word
        ("東京 | 大阪", 2, True),
        ("ภาษาไทย", 4, True),
        ("더 많은 기사 보기", 4, True),  # Korean writes spaces: one word a token
        ("中\u3000文", 2, False),
        ("𠀀𠀁𠀂", 2, True),  # Han beyond the BMP
    ],
)
def test_shape_cases(implementation: Callable[[str], int], text: str, words: int, collapsed: bool) -> None:
    assert divmod(implementation(text), 2) == (words, int(collapsed))


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built (plain-Python build)")
def test_every_character_alone_and_between_words() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"a{char}b", char * 3, f"{char}{char}{char} {char}"):
            assert shape.line_shape(text) == shape.py_line_shape(text), hex(code)


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built (plain-Python build)")
def test_wide_lines_with_and_without_unspaced_runs() -> None:
    # A wide line is scanned as a one-byte one first, and again only where it holds an unspaced
    # character: words before, between and after such runs, with pipes and untidy spaces.
    for text in ["Don’t miss it", "Read more — now", "東京都は3日 Don’t", "Don’t 東京都は3日、新た", "a | 東京 | b’",
                 "x  東京", "東京  x’", "’東", "東’", " 東 ", "ภาษา — ไทย", "𠀀𠀁 Don’t 𠀂", "Don’t | 😀 |", "😀  x"]:
        assert shape.line_shape(text) == shape.py_line_shape(text), text
        assert shape.line_shape(text) == by_definition(text), text


def test_python_twin_counts_every_character_as_defined() -> None:
    # Three of a character: two words if it is of a script without spaces, else one (a space
    # none); the definition read from is_unspaced, on every code point.
    for code in range(sys.maxunicode + 1):
        text = chr(code) * 3
        assert shape.py_line_shape(text) == by_definition(text), hex(code)


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built (plain-Python build)")
def test_native_refuses_what_is_not_a_string() -> None:
    with pytest.raises(TypeError, match="must be str, not bytes"):
        shape.line_shape(b"bytes")  # type: ignore[arg-type]


def digit_run_implementations() -> list[Callable[[bytes, int], bool]]:
    found: list[Callable[[bytes, int], bool]] = [textio.py_has_digit_run]
    if textio.has_digit_run is not textio.py_has_digit_run:
        found.append(textio.has_digit_run)
    return found


def digit_run_by_definition(data: bytes, n: int) -> bool:
    run = longest = 0
    for byte in data:
        run = run + 1 if 0x30 <= byte <= 0x39 else 0
        longest = max(longest, run)
    return longest >= n


RECORD_BYTES = st.lists(st.sampled_from([b"0", b"7", b"9", b"a", b" ", b'"', b"\xd9\xa3", b"/", b":"]), max_size=80)


@pytest.mark.parametrize("implementation", digit_run_implementations(), ids=lambda f: f.__module__)
@given(parts=RECORD_BYTES, n=st.integers(min_value=1, max_value=25))
def test_digit_run_as_defined(implementation: Callable[[bytes, int], bool], parts: list[bytes], n: int) -> None:
    data = b"".join(parts)
    assert implementation(data, n) is digit_run_by_definition(data, n)


@pytest.mark.parametrize("implementation", digit_run_implementations(), ids=lambda f: f.__module__)
def test_digit_run_at_every_place(implementation: Callable[[bytes, int], bool]) -> None:
    # Runs of 18, 19 and 20 digits at every offset of a record, and runs cut at each place.
    for size in (18, 19, 20):
        for offset in range(45):
            data = b'{"id": "' + b"x" * offset + b"1" * size + b'", "text": "a"}'
            assert implementation(data, textio.LONG_DIGIT_RUN) is (size >= 19), (size, offset)
            cut = data.replace(b"1" * size, b"1" * (size // 2) + b"-" + b"1" * (size - size // 2))
            assert implementation(cut, textio.LONG_DIGIT_RUN) is False
    assert implementation(b"", 1) is False


@pytest.mark.skipif(textio.has_digit_run is textio.py_has_digit_run, reason="the C extension is not built")
def test_native_digit_run_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="n >= 1"):
        textio.has_digit_run(b"1", 0)
    with pytest.raises(TypeError):
        textio.has_digit_run("text", 1)  # type: ignore[arg-type]


def test_compiled_build_has_the_native_scan() -> None:
    import boilerstrip

    # COMPILED promises the whole build: the mypyc modules and the C scan, never one without the other.
    assert boilerstrip.COMPILED is (shape.NATIVE and boilerstrip.core.__file__.endswith(".so"))


@pytest.mark.skipif(shape.has_decimal is shape.py_has_decimal, reason="the C extension is not built")
def test_has_decimal_on_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"ab {char}", f"\u0100{char}", f"😀{char}"):  # each string width
            assert shape.has_decimal(text) is shape.py_has_decimal(text), hex(code)


@given(text=TEXTS)
def test_has_decimal_twin_is_the_regex(text: str) -> None:
    import re

    assert shape.has_decimal(text) is shape.py_has_decimal(text) is (re.search(r"\d", text) is not None)


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built")
def test_has_digit_on_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"ab {char}", f"\u0100{char}", f"😀{char}"):
            assert shape.has_digit(text) is shape.py_has_digit(text), hex(code)


@given(text=TEXTS)
def test_has_digit_twin_is_isdigit(text: str) -> None:
    assert shape.has_digit(text) is shape.py_has_digit(text) is any(char.isdigit() for char in text)


#: Documents of lines: every line terminator, blank and whitespace-only lines, edges of each width.
DOCUMENTS = st.lists(
    st.sampled_from([*EDGE_CHARACTERS, "\r\n", "\n\n", "\r\r", " x ", "word"]), max_size=30
).map("".join)


@given(text=DOCUMENTS)
def test_split_document_as_its_definition(text: str) -> None:
    from boilerstrip.text import segment

    lines = segment.split_lines(text)
    expected = (lines, [line.strip() for line in lines], [shape.py_line_shape(line.strip()) for line in lines])
    assert segment.py_split_document(text) == expected
    assert segment.split_document(text) == expected
    assert "".join(segment.split_document(text)[0]) == text


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built")
def test_native_split_document_on_every_kind_of_string() -> None:
    from boilerstrip.text import segment

    for text in ("", "\n", "\r", "\r\n", "a", "a\rb\r\nc\nd", " é \r\n\u3000中\u2028x\n", "😀 | a |\n\n"):
        assert segment.split_document(text) == segment.py_split_document(text), repr(text)


ASCII_LINES = st.text(alphabet=st.characters(max_codepoint=127), max_size=30)


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built")
def test_ascii_normal_form_on_every_character_at_every_place() -> None:
    from boilerstrip import _native
    from boilerstrip.text import normalise

    for code in range(128):
        char = chr(code)
        for text in (char, f"a{char}", f"{char}a", f"{char}Read More{char}", f"x ({char}", f"({char}x{char})",
                     f"A{char}) ]", f"[{char}] }}{char}"):
            assert _native.ascii_normal_form(text) == normalise.py_ascii_normal_form(text), repr(text)
    assert _native.ascii_normal_form("Café") is None
    assert _native.ascii_normal_form("\u00a0read more") is None


@given(text=ASCII_LINES)
def test_ascii_normal_form_as_defined(text: str) -> None:
    from boilerstrip.text import normalise

    text = " ".join(text.split())  # a collapsed line, as the cleaner hands it over
    assert normalise.ascii_normal_form(text) == normalise.py_ascii_normal_form(text)
    assert normalise.normalise_collapsed(text) == normalise.py_normalise_collapsed(text)


CHUNKS = st.lists(st.sampled_from([b"\n", b"\r", b"\r\n", b"x", b'{"a": 1}', b"\xff", b"\x00", b" "]), max_size=40).map(
    b"".join
)


@given(chunk=CHUNKS)
def test_split_records_and_count_newlines_as_defined(chunk: bytes) -> None:
    from boilerstrip.io import chunks

    assert chunks.split_records(chunk) == chunks.py_split_records(chunk)
    assert chunks.count_newlines(chunk) == chunks.py_count_newlines(chunk) == chunk.count(b"\n")
    assert b"".join(chunks.split_records(chunk)) == chunk


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built")
def test_native_lower_is_str_lower_on_every_character_in_every_width() -> None:
    from boilerstrip import _native

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        # alone, and in strings of each width: a character lower-cased to a narrower one
        # ("\u0178" to "\xff", the Kelvin sign to "k") must give the narrowest string, as
        # str.lower does; U+0130 and U+03A3 are handed to str.lower
        for text in (char, f"Ab {char}", f"\xc9{char}", f"\u0100{char}’", f"😀{char}"):
            lowered = _native.lower(text)
            assert lowered == text.lower() and type(lowered) is str, hex(code)
            assert lowered.isascii() is text.lower().isascii(), hex(code)


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built")
def test_native_lower_reads_a_sigma_and_turkish_i_as_str_lower() -> None:
    from boilerstrip import _native

    for text in ("ΟΔΟΣ", "ΟΔΟΣ’", "Σ ΣΑΣ Σ", "ΑΣ.Β", "İLGİLİ HABERLER", "Don’t STOP", "ÀÉÎÕÜ ×÷ ÞÿŸ", "", "A" * 2000,
                 "Ÿ" * 600 + "É", "Ωmega ℃ Ⅻ ⓐⒶ", "\ud800 A"):
        assert _native.lower(text) == text.lower(), repr(text)
    with pytest.raises(TypeError):
        _native.lower(b"bytes")  # type: ignore[arg-type]


@given(text=TEXTS)
def test_lower_is_str_lower(text: str) -> None:
    from boilerstrip.text import normalise

    assert normalise.lower(text) == normalise.py_lower(text) == text.lower()
