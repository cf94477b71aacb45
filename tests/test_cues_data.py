"""Tests of the shipped cue vocabularies (``rules/data/<lang>/cues/<category>.txt``): format,
order, categories, and that they are found as words, not inside other words."""

from __future__ import annotations

import pytest

from boilerstrip.rules.check import check_sorted
from boilerstrip.rules.cues import (
    CUE_CATEGORIES,
    STEM_MARK,
    Cue,
    CueSet,
    load_cues,
    parse_cue_file,
    shipped_cue_files,
)
from boilerstrip.text.normalise import normalise

CUE_FILES = list(shipped_cue_files())
CUE_IDS = [f"{lang}/{category}" for lang, category, _ in CUE_FILES]


#: Every language with rules, and the categories each has a cue vocabulary for.
CUE_LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "ru", "nl", "pl",
    "zh", "ja", "ko", "tr", "cs", "sv", "uk", "ar", "fa", "vi", "id",
)
MAIN_CATEGORIES = (
    "donation", "subscribe", "paywall", "social", "navigation", "related", "comments", "cookie", "legal",
)


def test_cues_are_shipped() -> None:
    assert {lang for lang, _, _ in CUE_FILES} >= {"en"}
    assert len(load_cues()) > 100


@pytest.mark.parametrize("lang", CUE_LANGUAGES)
def test_language_has_cues_for_the_main_categories(lang: str) -> None:
    found = {category for cue_lang, category, _ in CUE_FILES if cue_lang == lang}
    assert set(MAIN_CATEGORIES) <= found, f"{lang} lacks cues for {sorted(set(MAIN_CATEGORIES) - found)}"
    assert len(load_cues([lang])) >= 40


@pytest.mark.parametrize(("lang", "category", "text"), CUE_FILES, ids=CUE_IDS)
def test_cue_file_is_sorted_unique_and_normal(lang: str, category: str, text: str) -> None:
    assert category in CUE_CATEGORIES
    assert check_sorted(text) == []
    assert text.endswith("\n")
    for line in text.splitlines():
        cue = line.strip()
        if cue and not cue.startswith("#"):
            word = cue.removesuffix(STEM_MARK)
            assert normalise(word) == word, f"{lang}/{category}: {cue!r} is not in normal form"
            assert len(cue.split()) <= 5, f"{lang}/{category}: {cue!r} is a sentence, not a cue"


def test_cues_count_distinct_whole_words() -> None:
    cues = CueSet([Cue("newsletter", "subscribe", "en"), Cue("inbox", "subscribe", "en"),
                   Cue("sign up", "subscribe", "en"), Cue("donate", "donation", "en")])
    found = cues.count([
        "sign up for the newsletter: the newsletter lands in your inbox",
        "newsletters and inboxes",  # other words, not the cues
        "we donate",
        "",
    ])
    assert found == [{"subscribe": 3}, {}, {"donation": 1}, {}]


def test_cues_in_scripts_without_spaces_are_found_inside_runs() -> None:
    cues = CueSet([Cue("订阅", "subscribe", "zh"), Cue("メルマガ", "subscribe", "ja")])
    assert cues.count(["立即订阅我们的新闻", "メルマガ登録はこちら", "subscription"]) == [
        {"subscribe": 1}, {"subscribe": 1}, {},
    ]


def test_korean_cues_count_with_their_particles_and_endings_at_a_words_start_only() -> None:
    cues = CueSet([Cue("댓글", "comments", "ko"), Cue("후원", "donation", "ko")])
    assert cues.count(["여러분의 생각을 댓글로 남겨 주세요", "정기후원", "후원해 주세요"]) == [
        {"comments": 1}, {}, {"donation": 1},
    ]


def test_a_stem_starts_a_word_and_may_end_inside_one() -> None:
    (stem,) = parse_cue_file(["gazetemiz*"], "donation", "tr", "tr/cues/donation")
    assert stem == Cue("gazetemiz", "donation", "tr", stem=True)
    cues = CueSet([stem, Cue("yorum", "comments", "tr")])
    assert cues.count(["Gazetemize destek olun", "Yorumlarda buluşalım", "Bu gazetemiz"]) == [
        {"donation": 1}, {}, {"donation": 1},
    ]


def test_cues_survive_undecodable_text() -> None:
    cues = CueSet([Cue("newsletter", "subscribe", "en")])
    assert cues.count(["newsletter \udcff here"]) == [{"subscribe": 1}]


def test_cues_are_counted_line_by_line_as_in_the_lines_joined() -> None:
    # count_sparse lower-cases each line on its own: what lower-casing the lines joined by "\n"
    # gives, Greek final sigma at a line's edges, Turkish capital I and typographic apostrophes
    # beside ASCII lines included.
    cues = CueSet([Cue("newsletter", "subscribe", "en"), Cue("ειδησεις", "subscribe", "el"),
                   Cue("δωρεας", "donation", "el"), Cue("ilgili haberler", "related", "tr"),
                   Cue("don't miss", "subscribe", "en"), Cue("σας", "subscribe", "el")])
    texts = ["ΕΙΔΗΣΕΙΣ", "Σ NEWSLETTER", "ΔΩΡΕΑΣ ΣΑΣ", "İLGİLİ HABERLER", "Don’t miss our Newsletter",
             "ΣΑΣ", "plain newsletter", "Ιδεες Σ", "", "'Σ'"]
    joined = "\n".join(texts).lower().replace("’", "'").replace("i\u0307", "i")
    by_definition = [
        {category: sum(1 for cue in cues._texts if cue in line.split() or (" " in cue and cue in line)
                       if category in cues._categories[cues._texts.index(cue)])
         for category in ("subscribe", "donation", "related")}
        for line in joined.split("\n")
    ]
    expected = [{category: n for category, n in counts.items() if n} for counts in by_definition]
    assert cues.count(texts) == expected
    assert expected[0] == {"subscribe": 1} and expected[2] == {"donation": 1, "subscribe": 1}


def test_the_apostrophe_is_made_plain_before_or_after_lower_casing_alike() -> None:
    # count_sparse makes "’" plain before lower-casing a line: no character lower-cases to
    # either apostrophe, both stay as they are, and a Greek sigma reads them alike.
    import sys

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        lowered = char.lower()
        assert ("’" in lowered) == (char == "’") and ("'" in lowered) == (char == "'"), hex(code)
    for text in ["ΟΔΟΣ’", "ΟΔΟΣ’Α", "Σ’Σ", "’Σ", "ΑΣ’ ", "Don’t STOP", "ΑΣ'’Β", "İ’I"]:
        assert text.replace("’", "'").lower() == text.lower().replace("’", "'"), text


def test_a_document_is_counted_as_its_lines_each_alone() -> None:
    # count_sparse lower-cases a document of ASCII in one call, any other line by line, and
    # walks the lines along the automaton's hits: either way, each line counts as it would alone,
    # a cue at a line's start or end included (the line break beside it is no word character).
    cues = CueSet([Cue("newsletter", "subscribe", "en"), Cue("sign up", "subscribe", "en"),
                   Cue("donate", "donation", "en"), Cue("inbox", "subscribe", "en"),
                   Cue("spenden", "donation", "de"), Cue("bülten", "subscribe", "tr")])
    ascii_lines = ["Newsletter", "SIGN UP for the newsletter", "newsletters", "donate\tnow", "",
                   "Don’t miss the inbox newsletter", "xnewsletter newsletterx", "Donate"]
    other_lines = [*ascii_lines, "Jetzt SPENDEN", "E-BÜLTEN", "İnbox newsletter", "ΣΑΣ newsletter"]
    for lines in (ascii_lines, other_lines, ["newsletter"], ["", "donate", ""]):
        assert cues.count(lines) == [cues.count([line])[0] for line in lines]
    assert cues.count(ascii_lines)[:4] == [{"subscribe": 1}, {"subscribe": 2}, {}, {"donation": 1}]
