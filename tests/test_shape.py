"""A line's shape (word count, collapsed whitespace): the C scan and its Python twin must both
agree with the definition, str.split, on every kind of string and every whitespace character."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boilerstrip import shape

#: Characters around the edges of the definition: every kind of whitespace str.split knows,
#: look-alikes that are not whitespace, the table pipe, and characters of each string width.
EDGE_CHARACTERS = [
    " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u2028",
    "\u2029", "\u202f", "\u3000", "\u200b", "\ufeff", "|", "｜", "a", "é", "ÿ", "Ā", "中", "😀", "\ud800",
]
TEXTS = st.text(alphabet=st.sampled_from(EDGE_CHARACTERS) | st.characters(), max_size=40)


def by_definition(text: str) -> int:
    tokens = text.split()
    words = sum(token != "|" for token in tokens)
    return words * 2 + (" ".join(tokens) == text)


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
    ],
)
def test_shape_cases(implementation: Callable[[str], int], text: str, words: int, collapsed: bool) -> None:
    assert divmod(implementation(text), 2) == (words, int(collapsed))


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built (plain-Python build)")
def test_every_character_alone_and_between_words() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"a{char}b"):
            assert shape.line_shape(text) == shape.py_line_shape(text), hex(code)


@pytest.mark.skipif(not shape.NATIVE, reason="the C extension is not built (plain-Python build)")
def test_native_refuses_what_is_not_a_string() -> None:
    with pytest.raises(TypeError, match="must be str, not bytes"):
        shape.line_shape(b"bytes")  # type: ignore[arg-type]


def test_compiled_build_has_the_native_scan() -> None:
    import boilerstrip

    # COMPILED promises the whole build: the mypyc modules and the C scan, never one without the other.
    assert boilerstrip.COMPILED is (shape.NATIVE and boilerstrip.core.__file__.endswith(".so"))
