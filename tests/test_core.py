"""The core contract: whole lines, byte-identical, in order; no global state; presets; bad rules."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import boilerstrip
from boilerstrip import Cleaner, Config, RuleError
from boilerstrip.core import Assembly, assemble
from boilerstrip.text.segment import SECTION_LINES, line_ends, needs_sections, sections, split_lines

ARTICLE = (
    "Advertisement\r\n"
    "The city council approved the bus lanes on Tuesday after a debate that ran past midnight.\r\n"
    "\r\n"
    "Read more\r\n"
    "\r\n"
    "Residents will be consulted on the exact routes in the spring, the mayor said.\r\n"
)


def test_kept_lines_are_byte_identical_and_in_order() -> None:
    out = boilerstrip.strip(ARTICLE)
    assert out == (
        "The city council approved the bus lanes on Tuesday after a debate that ran past midnight.\r\n"
        "\r\n"
        "Residents will be consulted on the exact routes in the spring, the mayor said.\r\n"
    )


def test_explain_gives_line_numbers_text_rule_and_category() -> None:
    result = boilerstrip.explain(ARTICLE)
    assert [(r.line_no, r.text, r.category) for r in result.removals] == [
        (1, "Advertisement", "ads"), (4, "Read more", "navigation")
    ]
    assert all(":" in r.rule_id for r in result.removals)
    assert result.text == boilerstrip.strip(ARTICLE)
    assert result.removals[0].as_dict()["line"] == 1


def test_empty_in_empty_out() -> None:
    assert boilerstrip.strip("") == ""
    assert boilerstrip.explain("").removals == ()


def test_no_state_between_calls() -> None:
    cleaner = Cleaner()
    first = cleaner.strip(ARTICLE)
    for _ in range(3):
        cleaner.strip("Read more\nSomething else entirely, a different text with other lines.\n" * 50)
    assert cleaner.strip(ARTICLE) == first == Cleaner().strip(ARTICLE)


def test_no_blank_run_left_where_a_block_was_cut() -> None:
    assert assemble(["a\n", "\n", "x\n", "\n", "y\n", "\n", "b\n"], {2, 4}) == "a\n\nb\n"


def test_presets() -> None:
    assert Config().preset == "balanced"
    precision, recall = Config.from_preset("precision"), Config.from_preset("recall")
    assert precision.max_rule_line_words < Config().max_rule_line_words < recall.max_rule_line_words
    with pytest.raises(ValueError):
        Config.from_preset("aggressive")


def test_config_is_frozen_and_hashable() -> None:
    config = Config()
    with pytest.raises(AttributeError):
        config.preset = "recall"  # type: ignore[misc]
    assert hash(config) == hash(Config())


def test_user_rule_file(tmp_path: Path) -> None:
    rules = tmp_path / "harbour.donation.txt"
    rules.write_text("# Our site's own appeal\nkeep the harbour herald afloat\n", encoding="utf-8")
    text = "Keep the Harbour Herald afloat!\nThe ferry timetable changes in March, the board said.\n"
    result = boilerstrip.explain(text, Config().with_rule_files([rules]))
    assert [(r.line_no, r.category, r.rule_id) for r in result.removals] == [(1, "donation", f"{rules}:2")]


def test_edited_user_rule_file_is_read_again(tmp_path: Path) -> None:
    rules = tmp_path / "site.ads.txt"
    rules.write_text("harbour herald offers\n", encoding="utf-8")
    config = Config(extra_rule_files=(str(rules),))
    text = "Harbour Herald offers\nThe ferry timetable changes in March.\n"
    assert boilerstrip.strip(text, config) == "The ferry timetable changes in March.\n"
    rules.write_text("harbour herald deals of the week\n", encoding="utf-8")
    assert boilerstrip.strip(text, config) == text


def test_broken_user_rule_names_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "bad.ads.txt"
    rules.write_text("fine phrase\nre:(unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"bad\.ads\.txt:2"):
        Cleaner(Config(extra_rule_files=(str(rules),)))


def test_languages_restrict_the_rules() -> None:
    text = "Anzeige\nDer Stadtrat hat am Dienstag die neuen Busspuren nach langer Debatte beschlossen.\n"
    assert boilerstrip.strip(text) != text
    assert boilerstrip.strip(text, Config(languages=("en",))) == text


def test_lone_surrogates_are_searched_and_match_no_phrase() -> None:
    # Undecodable bytes reach the cleaner as lone surrogates (surrogateescape); the automaton
    # reads UTF-8, so they are searched as U+FFFD, which no rule may hold.
    from boilerstrip.rules import Rule, RuleSet

    rules = RuleSet.from_rules([Rule.parse("... first appeared on ...", "en/syndication", 1)])
    assert rules.match("This story first appeared on \udc80 Example News") is not None
    assert rules.match("\udc80 first appeared \udcff") is None
    assert rules.match_lines(["x \udc80", "first appeared on x"], [True, True])[1] is not None
    with pytest.raises(RuleError, match=r"U\+FFFD"):
        Rule.parse("read \ufffd more", "en/navigation", 1)
    text = "The council met on Tuesday \udc80.\nThis article first appeared on Example.\n"
    assert Cleaner().strip(text) == "The council met on Tuesday \udc80.\n"


# --- long texts, cleaned section by section -----------------------------------------------------

LINES = st.lists(st.sampled_from(["a\n", "b\r\n", "c\r", "\n", "  \n", "\r", "x"]), max_size=30)


@given(LINES, st.data())
def test_assembly_of_pieces_is_assemble_of_the_whole(lines: list[str], data: st.DataObject) -> None:
    removed = data.draw(st.sets(st.integers(0, max(len(lines) - 1, 0))) if lines else st.just(set()))
    cuts = sorted(data.draw(st.sets(st.integers(0, len(lines)))))
    assembly, pieces, start = Assembly(), [], 0
    for cut in [*cuts, len(lines)]:
        pieces.append(assembly.add(lines[start:cut], {i - start for i in removed if start <= i < cut}))
        start = cut
    pieces.extend(assembly.end())
    assert "".join(pieces) == assemble(lines, removed)


@given(st.text(st.sampled_from("ab \r\n\t"), max_size=200), st.integers(1, 40), st.integers(1, 8))
def test_sections_are_whole_lines_that_make_up_the_text(text: str, size: int, lines: int) -> None:
    spans = sections(text, size, lines)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(spans))
    assert all(start < end for start, end in spans) or text == ""
    for _, end in spans[:-1]:
        # each cut is at a line end, never between the CR and the LF of one
        assert text[end - 1] in "\r\n" and not (text[end - 1] == "\r" and text[end] == "\n")
    assert "".join(split_lines(text)) == "".join(line for a, b in spans for line in split_lines(text[a:b]))


def test_sections_bound_characters_and_lines() -> None:
    text = "A paragraph of some words.\n\n" * 4000 + "Read more\n" * 50_000
    spans = sections(text, size=30_000, lines=2_000)
    assert len(spans) > 10
    for start, end in spans:
        assert end - start <= 30_000 * 1.25 + 30
        assert line_ends(text, start, end) <= 2_000 * 1.25 + 1
    assert sections("one very long line " * 1000, size=100) == [(0, 19_000)]  # a line is never cut


def test_a_text_too_long_to_clean_whole_is_cleaned_by_sections() -> None:
    unit = (
        "Council backs new bus lanes\n\n"
        "The city council voted on Tuesday to add bus lanes on three of the busiest roads in town, "
        "after a debate that ran past midnight and drew more than two hundred residents.\n\n"
        "Share this article\n\n"
        "Residents will be consulted on the exact routes in the spring, the mayor told reporters, "
        "and the first lanes could open before the end of next year if the budget allows it.\n\n"
    )
    text = unit * (SECTION_LINES // 4)  # eight lines a unit: about two sections' worth of lines
    assert needs_sections(text) and len(sections(text)) >= 2
    cleaner = Cleaner()
    out = cleaner.strip(text)
    assert out == "".join(cleaner.pieces(text))
    # every copy of the unit loses its share prompt and keeps its paragraphs, wherever the cuts fell
    assert "Share this article" not in out
    assert out.count("The city council voted") == text.count("The city council voted")
    assert out.count("Residents will be consulted") == text.count("Residents will be consulted")
    explanation = cleaner.explain(text)
    assert explanation.text == out
    input_lines = split_lines(text)
    assert len(explanation.removals) == text.count("Share this article")
    # line numbers are the input's, across sections
    assert all(input_lines[r.line_no - 1].rstrip("\n") == r.text for r in explanation.removals)
