"""The cheap tests that keep expensive patterns off most lines must never turn a line away that
the pattern would match: each gate is checked against the full test on many lines."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from boilerstrip.heuristics import comment_meta, contact

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"

#: Lines that exercise each branch of meta_kind and of the contact test, in odd cases and scripts.
CRAFTED = [
    "Comment by Dawn — January 7, 2008 @ 8:48 pm", "POSTED BY tom", "  Submitted by: x", "reply",
    "[Reply]", "-- Report abuse", "Répondre", "ОТВЕТИТЬ", "Zgłoś", "like", "LİKE", "lıke",
    "Jane says:", "Jane wrote :", "by jim on January 31, 2011 at 9:59 am. #", "By Jim on 3 May 2011",
    "Lora Lee On Thursday, November 1 at 2:57 pm", "November 1 at 2:57 pm", "7:51 PM", "at 7H51",
    "3 hours ago", "an hour ago", "An Hour Ago", "vor 2 Stunden", "vor einer Stunde", "il y a 3 jours",
    "hace un día", "one week ago", "a day ago", "— Louise, Lancaster, UK", "– Tom", "GrumpyGull1962",
    "grumpy_gull", "@jim_b", "Re:Thank god (Score:5, Insightful)", "(SCORE:1)", "12.03.2011 14:22",
    "Dec 30, 2007 7:06 PM | Link to this", "\tReply", " - Posted by Tom", "Permalink", "quote",
    "The council met at 7:30 pm on Tuesday to discuss the plan.", "About 3 years ago", "circa 2 mesi fa",
    "Staff writer Jane Doe can be reached at 555-0100.", "E-MAIL HIM AT jd@example.com",
    "E-MAİL HIM AT jd@example.com", "Contact the writer: x", "CONTACT THE AUTHOR", "Reach the reporter",
    "can be contacted at x", "Jane can be reached by email", "The rescuers could not reach the town.",
    # the languages and shapes added for comment sections in many languages
    "il y a une heure", "Il y a 3 heures", "hace una hora", "un'ora fa", "час назад", "2 часа назад",
    "godzinę temu", "just now", "Minutes ago", "Over the years", "Hier à 19h51", "gestern, 14:35",
    "12 mars 2019 à 14 h 35", "12. März 2019 um 14:35 Uhr", "12 de marzo de 2019 a las 14:35",
    "12 марта 2019 в 14:35", "1 novembre à 14h57", "Réponse de Jean", "Antwort von Hans", "Commento di Paola",
    "Jean Dupont a écrit :", "lucky said,", "Palash Goyal says: August 1, 2020 at 3:45 am",
    "Jean a écrit le 12 mars 2019 à 14h35 :", "J'aime", "Signaler un abus", "Gefällt mir", "Нравится",
    # the byline's parts and the stamp behind their own tests: case, odd letters, dates without words
    "Jane ſays:", "JANE WROTE:", "Anna SCHREIBT :", "Tom писал: пишет:", "ſubmitted by x", "BY JIM ON 3 MAY 2011",
    "Lora Lee on THURSDAY, NOVEMBER 1 at 2:57 pm", "Lora Lee on Nov 1 at 2:57", "Sharon ſays", "Kelvin says",
    "12/03/2011 14:22", "2011-03-12 at 14.22", "Price 3.50 on stock 2.45", "Score 10:45 in the second half",
    "Posted on 7:45", "Comments 3 at 7:45", "Dec 30 2007 7:06 PM", "DEC. 30, 2007 · 7.06",
    "il y a 3 heures", "about  2   hours \t ago", "hace 5 días atrás", "- Tom,Leeds", "— Tom, Leeds",
]


def sample_lines() -> list[str]:
    found = list(CRAFTED)
    for path in sorted(FIXTURES.glob("*.txt")):
        found.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return found


def reference_meta_kind(text: str, words: int) -> str | None:
    """meta_kind without its gates: every pattern tried wherever its kind of line allows."""
    has_digit = re.search(r"\d", text) is not None
    if has_digit and comment_meta.SCORE.search(text):
        return "score"
    lowered = text.lower().strip(" []()|#.:-–—•*")
    if lowered in comment_meta.CONTROLS:
        return "control"
    stripped = text.strip()
    if comment_meta.SIGNATURE.match(stripped):
        return "signature"
    if comment_meta.BYLINE.search(text.lstrip(" -–—•*|")):
        return "byline"
    if has_digit and (comment_meta.STAMP.search(text) or comment_meta.TIME_ONLY.match(lowered)):
        return "stamp"
    if comment_meta.RELATIVE_STAMP.match(lowered):
        return "stamp"
    if words == 1 and comment_meta.HANDLE.match(stripped):
        return "handle"
    return None


@pytest.mark.parametrize("text", sample_lines())
def test_meta_gate_never_turns_metadata_away(text: str) -> None:
    words = len(text.split())
    if len(text) <= comment_meta.META_MAX_CHARS and words <= comment_meta.META_MAX_WORDS:
        assert comment_meta.meta_kind(text, words) == reference_meta_kind(text, words)


def meta_start_probes() -> list[str]:
    """Lines that open as _META_START allows, and near misses: each of its words behind each kind
    of lead, in odd cases and scripts, and every sample line."""
    words = ["Comment", "POSTED", "reply", "an hour", "A\tday", "one week", "há 2", "Répondre", "ОТВЕТИТЬ",
             "zgłoś", "ſhare", "İl y a", "lıke", "Kelvin", "about ", "abouts", "flagged", "x"]
    leads = ["", " ", "\t", "\u3000", "- ", "—", "[", " | ", "• ", "#1 ", ".:", "\xa0", "*(*"]
    return [lead + word for lead in leads for word in words] + sample_lines()


@pytest.mark.parametrize("text", meta_start_probes())
def test_meta_start_shortcut_lets_every_match_through(text: str) -> None:
    if comment_meta._META_START.match(text):
        assert comment_meta._may_open_meta(text)


@pytest.mark.parametrize("text", sample_lines())
def test_contact_gate_never_turns_a_contact_line_away(text: str) -> None:
    assert contact.is_contact(text) == (contact.CONTACT.search(text) is not None)


def test_case_odd_characters_are_all_listed() -> None:
    """Every character beyond ASCII that a case-insensitive pattern matches to an ASCII letter is
    in CASE_ODD."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = [chr(code) for code in range(0x80, 0x110000) if letter.fullmatch(chr(code))]
    assert sorted(odd) == sorted(contact.CASE_ODD)


@pytest.mark.parametrize("name", ["py_mentions", "mentions"])
def test_mentions_as_defined(name: str) -> None:
    """The Python twin and the C scan (where built) agree, on lines of every string width, and
    never say no where the case-insensitive pattern of the words would find one."""
    import random

    mentions = getattr(contact, name)
    words = ("reach", "contact", "mail")
    pattern = re.compile("|".join(words), re.IGNORECASE)
    rng = random.Random(3)
    alphabet = [*"REACHcontactMAILxy -", "\u0130", "\u0131", "\u017f", "\u212a", "é", "中", "😀", "\ud800"]
    samples = [*sample_lines(), "e-MAİL", "ContaCT", "reac", "x" * 600 + "Mail"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(4000)]
    for text in samples:
        assert mentions(text, words) is contact.py_mentions(text, words), repr(text)
        if pattern.search(text):
            assert mentions(text, words), repr(text)


def test_matching_a_document_at_once_gives_each_line_its_own_match() -> None:
    """RuleSet.match_lines (one automaton pass over the joined lines, regexes whose required text
    is missing from the document left out) answers as match_normalised does line by line."""
    from boilerstrip.rules import RuleSet, load_rules
    from boilerstrip.text.normalise import normalise

    rules = RuleSet(load_rules())
    norms = [normalise(line) for line in sample_lines()]
    norms += ["", "all rights reserved", "x all rights reserved", "read more", "3 comments", "first appeared on x"]
    for start in range(0, len(norms), 37):  # documents of a few dozen lines, as real ones are
        chunk = norms[start:start + 37]
        allow = [len(norm) % 3 != 0 for norm in chunk]
        expected = [rules.match_normalised(norm, flag) for norm, flag in zip(chunk, allow, strict=True)]
        assert rules.match_lines(chunk, allow) == expected



def test_required_texts_found_in_one_pass_answer_as_substring_tests() -> None:
    """match_lines learns which lines hold a regex's required text from the automaton's pass over
    the document (texts of INDEXED_LITERAL_CHARS or more); a line holding it only in a neighbour,
    across a line break, or next to a lone surrogate, or a phrase that is also a required text,
    answers as match_normalised does line by line."""
    from boilerstrip.rules import RuleSet
    from boilerstrip.rules.loader import REGEX_PREFIX, Rule
    from boilerstrip.rules.matcher import INDEXED_LITERAL_CHARS

    patterns = [r"\bfirst appeared (on|in) \w+$", r"^(\d+|one) comments?$", r"you: \w+$", r"cookie"]
    rules = [Rule.parse(REGEX_PREFIX + pattern, "en/navigation", n) for n, pattern in enumerate(patterns, start=1)]
    rules.append(Rule.parse("... cookie ...", "en/cookie", 1))
    compiled = RuleSet(rules)
    assert len("first appeared ") >= INDEXED_LITERAL_CHARS
    lines = [
        "it first appeared", "on example", "first appeared on example", "x first appeared in y z",
        "first appeared on", "3 comments", "one comment", "3 comments.", "you: yes", "thank you: ok",
        "", "\udc80 first appeared on x", "first appeared on \udc80", "a cookie b", "cookies", "you:",
    ]
    for size in (1, 2, 3, len(lines)):
        for start in range(len(lines)):
            chunk = (lines[start:] + lines[:start])[:size]
            allow = [True] * len(chunk)
            assert compiled.match_lines(chunk, allow) == [compiled.match_normalised(line) for line in chunk]


def test_every_regex_match_holds_one_of_its_required_texts() -> None:
    """regex_index.required_texts is a necessary condition: wherever a shipped regex matches a
    line, one of the texts read off it is in the line (the matcher tries the regex only there),
    and so is its required literal."""
    from boilerstrip.rules import load_rules
    from boilerstrip.rules.loader import Kind
    from boilerstrip.rules.regex_index import required_literal, required_texts
    from boilerstrip.text.normalise import normalise

    lines = [normalise(line) for line in sample_lines()]
    regexes = [rule for rule in load_rules() if rule.kind is Kind.REGEX]
    matched = 0
    for rule in regexes:
        regex, texts, literal = re.compile(rule.pattern), required_texts(rule.pattern), required_literal(rule.pattern)
        for line in lines:
            if regex.search(line):
                matched += 1
                assert literal in line, (rule.rule_id, line)
                assert not texts or any(text in line for text in texts), (rule.rule_id, texts, line)
    assert matched > 100  # the sample lines meet the rules often enough to tell


def test_regex_candidates_keep_rule_order() -> None:
    """A line is tried only against the regexes its first characters allow, and those tried
    everywhere: the first rule in file order that matches wins, as a loop over every regex in
    order would decide, line by line and for a document at once."""
    from boilerstrip.rules import RuleSet
    from boilerstrip.rules.loader import REGEX_PREFIX, Rule

    patterns = [r"^read (more|on)$", r"more$", r"^read more$", r"^re\w+ more", r"^(read|see) all$", r"all$"]
    rules = [Rule.parse(REGEX_PREFIX + pattern, "en/navigation", n) for n, pattern in enumerate(patterns, start=1)]
    lines = ["read more", "read on", "read all", "see all", "reread more", "more", "keep all", "read"]
    for order in (rules, rules[::-1], rules[2:] + rules[:2]):
        compiled = RuleSet(order)
        for line in lines:
            expected = next((rule.rule_id for rule in order if re.search(rule.pattern, line)), None)
            found = compiled.match_normalised(line)
            assert (found.rule_id if found else None) == expected, (line, [r.rule_id for r in order])
            matched = compiled.match_lines([line, "x"], [True, True])[0]
            assert (matched.rule_id if matched else None) == expected

WHITESPACE = [chr(code) for code in range(0x110000) if chr(code).isspace()]


def reference_normalise(line: str) -> str:
    """normalise as first written: lower-case, map typographic characters, then collapse."""
    from boilerstrip.text import normalise as module

    text = line.lower()
    for typographic, plain in module._APOSTROPHES:
        text = text.replace(typographic, plain)
    return module.normalise_collapsed(" ".join(text.split()))


@pytest.mark.parametrize("space", WHITESPACE)
def test_collapsing_whitespace_first_changes_no_normal_form(space: str) -> None:
    from boilerstrip.text.normalise import normalise

    lines = (f"ΟΔΟΣ{space}ΣΑΣ", f"İstanbul{space}{space}’Quote’", f"a{space}\u00a0Σ{space}b", f"{space}» Read More…")
    for line in lines:
        assert normalise(line) == reference_normalise(line)


def words_by_definition(text: str) -> int:
    """A line's words: its tokens but a lone "|", each one word, or half a word for each
    character of a script written without spaces, rounded up (see boilerstrip.text.shape)."""
    from boilerstrip.text.normalise import is_unspaced

    return sum(max(1, (sum(map(is_unspaced, token)) + 1) // 2) for token in text.split() if token != "|")


def test_lines_count_their_words_as_split_does() -> None:
    from boilerstrip.text.document import LONG_LINE_CHARS, Line

    for body in ("word " * (LONG_LINE_CHARS // 5) + "end.", "Read more about it."):
        for space in WHITESPACE:
            variants = (
                body, body.replace(" ", space, 3), body.replace(" ", " " + space, 2), body + " |",
                # runs of two and three spaces, beside other whitespace and unprintable characters
                body.replace(" ", "  ", 2), body.replace(" ", "   ", 1), body.replace(" ", "  " + space, 1),
                body.replace(" ", " \x7f ", 1).replace("e", "\u200be", 1), body.replace(" ", "\xad  ", 2),
            )
            for text in variants:
                text = text.strip()
                assert Line(0, text).words == len(text.split()) - text.split().count("|")
                assert Line(0, text).norm == reference_normalise(text)
    for line in sample_lines():
        assert reference_normalise(line) == Line(0, line).norm
        # A Line's text comes stripped, as the cleaner passes it.
        assert Line(0, line.strip()).words == words_by_definition(line)


def test_smiley_scan_finds_a_smiley_where_the_pattern_does() -> None:
    """_ASCII_SMILEY_SCAN, written to be searched fast, finds a smiley in exactly the lines where
    ASCII_SMILEY finds one: every short string of the characters that make or break a smiley,
    and every sample line."""
    import itertools
    import random

    scan, pattern = comment_meta._ASCII_SMILEY_SCAN, comment_meta.ASCII_SMILEY
    alphabet = ":;=^<xXDPp()-'_3 \t\n.!?,a\u3000"
    samples = [*sample_lines(), *("".join(chars) for chars in itertools.product(":;x- D)a", repeat=4))]
    rng = random.Random(5)
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(50_000)]
    for text in samples:
        assert (scan.search(text) is None) == (pattern.search(text) is None), repr(text)


def test_smiley_openers_are_in_every_line_with_a_smiley() -> None:
    """_smiley searches only lines holding one of _SMILEY_OPENERS: every line in which the scan
    finds a smiley holds one, and _smiley answers as SMILEY does."""
    import itertools
    import random

    alphabet = ":;=^<xXDPp()-'_3 \t\n.!?,a\u3000\U0001F600"
    samples = [
        *sample_lines(), ":)", ";-)", "=P", "^_^", "<3", "xD", "XD", "ok xD", "lol XD!", "a :'(",
        *("".join(chars) for chars in itertools.product(":;=^<xX D)3_", repeat=3)),
    ]
    rng = random.Random(7)
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(50_000)]
    for text in samples:
        if comment_meta._ASCII_SMILEY_SCAN.search(text) is not None:
            assert comment_meta._may_hold_ascii_smiley(text), repr(text)
        assert comment_meta._smiley(text) == (comment_meta.SMILEY.search(text) is not None), repr(text)


@pytest.mark.skipif(comment_meta._smiley is comment_meta.py_smiley, reason="the C extension is not built")
def test_native_smiley_answers_as_its_twin_on_every_character() -> None:
    """The C scan finds a smiley where its Python twin (and SMILEY) does: every character alone,
    before a smiley (whitespace or not), after one (an end it allows or not), inside one, and in
    strings of each width; and on the lines of the smiley tests above, which run it too."""
    import itertools
    import random

    native, twin = comment_meta._smiley, comment_meta.py_smiley
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"{char}:)", f":){char}", f"a {char}xD", f":{char})", f"\u0100 <3{char}", f"😀 ^_^{char}"):
            assert native(text) is twin(text), (hex(code), text)
    alphabet = ":;=^<xXDPp()-'_3 \t\n.!?,a\u3000\x1c\U0001F600\U0001F97B\u0100"
    samples = ["".join(chars) for chars in itertools.product(":;x- D)'(", repeat=4)]
    rng = random.Random(23)
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(50_000)]
    for text in samples:
        assert native(text) is twin(text) is (comment_meta.SMILEY.search(text) is not None), repr(text)


def test_native_smiley_refuses_what_is_not_a_string() -> None:
    if comment_meta._smiley is comment_meta.py_smiley:
        pytest.skip("the C extension is not built")
    with pytest.raises(TypeError, match="smiley"):
        comment_meta._smiley(b":)")  # type: ignore[arg-type]


@pytest.mark.skipif(comment_meta._has_time is comment_meta.py_has_time, reason="the C extension is not built")
def test_native_has_time_answers_as_its_twin_on_every_character() -> None:
    """The C scan finds a clock time's digits where _TIME_GATE does: every character in each place
    of a time ("1:00", "1 h 00", "1h00") and around it, in strings of each width, and lines made at
    random of digits, separators, whitespace and the letters."""
    import random

    native, twin = comment_meta._has_time, comment_meta.py_has_time
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        texts = (f"1{char}00", f"1 {char} 00", f"1{char}h00", f"1h{char}00", f"{char}:00", f"1:{char}0", f"1:0{char}",
                 f"\u01001 h{char}00", f"😀{char}1.00")
        for text in texts:
            assert native(text) is twin(text), (hex(code), text)
    alphabet = "0123456789:.hH \t\u3000\x1cx\u0663\u00b2\U0001F600\u0100"
    rng = random.Random(29)
    for _ in range(100_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert native(text) is twin(text), repr(text)
    for text in sample_lines():
        assert native(text) is twin(text), repr(text)


def test_native_scans_refuse_what_is_not_a_string() -> None:
    if comment_meta._has_time is comment_meta.py_has_time:
        pytest.skip("the C extension is not built")
    with pytest.raises(TypeError, match="has_time"):
        comment_meta._has_time(b"7:51")  # type: ignore[arg-type]


def test_meta_start_grouped_by_first_letter_matches_as_the_lists() -> None:
    """_META_START groups its words by first letter: it matches the lines that the words joined
    one by one match."""
    cm = comment_meta
    listed = re.compile(
        r"\s*(?:[-–—]"
        r"|[" + re.escape(cm._BYLINE_LEAD) + r"]*(?:" + "|".join(cm._BYLINE_OPENERS) + ")"
        r"|[" + re.escape(cm._CONTROL_EDGES) + r"]*(?:" + "|".join(map(re.escape, cm._RELATIVE_OPENERS))
        + r"|an?\s|one\s|" + "|".join(sorted({re.escape(control.split()[0]) for control in cm.CONTROLS})) + "))",
        re.IGNORECASE,
    )
    lines = meta_start_probes() + sorted(cm.CONTROLS) + [word.upper() for word in cm._RELATIVE_OPENERS]
    lines += [word[:-1] for word in cm._META_WORDS] + [" | " + word for word in cm._BYLINE_OPENERS]
    for text in lines:
        expected = listed.match(text) is not None
        assert (cm._META_START.match(text) is not None) == expected, repr(text)


def test_meta_words_by_first_letter_answer_as_the_whole_list() -> None:
    for text in meta_start_probes():
        head = text.lstrip().lstrip(comment_meta._META_LEAD)[:16]
        if head.isascii() and text.lstrip()[:1] not in comment_meta._DASHES:
            assert comment_meta._may_open_meta(text) == head.lower().startswith(comment_meta._META_WORDS), text


def _pattern_chars(items: list[tuple[object, object]]) -> Iterator[tuple[int, int]]:
    """Every character or range of characters a parsed pattern names, as (first, last) codes."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            yield av, av  # type: ignore[misc]
        elif name == "IN":
            for item_op, item_av in av:  # type: ignore[attr-defined]
                if str(item_op) == "LITERAL":
                    yield item_av, item_av
                elif str(item_op) == "RANGE":
                    yield item_av
        elif name == "BRANCH":
            for alternative in av[1]:  # type: ignore[index]
                yield from _pattern_chars(alternative.data)
        elif name == "SUBPATTERN":
            yield from _pattern_chars(av[3].data)  # type: ignore[index]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            yield from _pattern_chars(av[2].data)  # type: ignore[index]
        elif name in ("ASSERT", "ASSERT_NOT"):
            yield from _pattern_chars(av[1].data)  # type: ignore[index]
        else:
            assert name in ("AT", "ANY"), f"an operation this check does not know: {name}"


def folded_patterns() -> list[tuple[str, comment_meta.Folded]]:
    return [(name, value) for name, value in vars(comment_meta).items() if isinstance(value, comment_meta.Folded)]


@pytest.mark.parametrize(("name", "folded"), folded_patterns())
def test_a_folded_pattern_answers_as_the_pattern(name: str, folded: comment_meta.Folded) -> None:
    """A Folded pattern tries an ASCII line lower-cased with the pattern made case-sensitive.
    That holds because the pattern names no upper-case ASCII letter and no character that
    matches an ASCII letter case-insensitively (CASE_ODD); and it answers as the pattern on lines
    of every case, sample lines and runs of the pieces of dates, bylines and ages."""
    import random

    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as parser

    assert folded.pattern.flags & re.IGNORECASE
    for first, last in _pattern_chars(parser.parse(folded.pattern.pattern).data):
        assert not any(chr(code).isascii() and chr(code).isupper() for code in range(first, min(last, 127) + 1))
        assert not any(first <= ord(odd) <= last for odd in contact.CASE_ODD), (name, chr(first), chr(last))
    rng = random.Random(7)
    pieces = ["Jan", "MAR", "mai", "Dec.", "Yesterday", "HIER", "de", "at", "@", " ", "  ", ",", "1", "12", "2019",
              "7:51", "19H51", "19 h 51", "PM", "a.m.", "st", "ER", "/", "-", ".", "Nov", "x", "Ä", "März", "ſt",
              "Posted", "by", "BY", "on", "Jane", "says", "Wrote", ":", "comment", "hours", "AGO", "an", "hour",
              "vor", "Stunden", "il y a", "3", "Réponse", "de", "Antwort", "von", "Thursday"]
    lines = sample_lines()
    samples = [*lines, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(10_000))]
    samples += ["".join(rng.choice((char.upper(), char.lower())) for char in line) for line in lines for _ in range(3)]
    samples += [" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 6))) for _ in range(20_000)]
    for text in samples:
        assert folded.search(text) == (folded.pattern.search(text) is not None), repr(text)
        assert folded.match(text) == (folded.pattern.match(text) is not None), repr(text)
    assert any(folded.search(text) for text in samples if text.isascii())


def test_reader_tried_in_two_parts_answers_as_reader() -> None:
    """reaction_kind tries READER as all but its name-alone alternative, and that one only on a
    line ending in a comma: together they match where READER does."""
    import random

    lines = [line.lower() for line in sample_lines()]
    lines += ["kristin,", "jean-marc,", "best,", "kristin,\n", "kristin, ", "hi melissa,", "mary ann,", "o'neil,",
              "dear all,", "thanks for sharing", "x,", "a b c,", "ab" * 20 + ",", "great post!", "kristin", ","]
    rng = random.Random(11)
    words = ["kristin", "best", "hi", "thanks", "for", "sharing", "great", "post", "i", "agree", "jean-marc", "@bob"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) + rng.choice(["", ",", ",\n", "!"])
              for _ in range(5000)]
    for text in lines:
        expected = comment_meta.READER.match(text) is not None
        found = comment_meta._READER_UNNAMED.match(text) is not None or (
            text.endswith(comment_meta._NAME_CALLED_ENDS) and comment_meta._NAME_CALLED_RE.match(text) is not None
        )
        assert found == expected, repr(text)



def test_one_opening_pattern_answers_as_reader_then_reaction() -> None:
    """_OPENING's group takes part where _READER_UNNAMED matches, and it matches otherwise only
    where REACTION does."""
    lines = [line.lower() for line in sample_lines()]
    lines += ["great post!", "thanks!", "thanks for sharing", "hi melissa,", "lol", "i agree", "merci", "спасибо",
              "well done", "wow great article", "thanks to the team", "haha yes", "i love this", "x"]
    for text in lines:
        opening = comment_meta._OPENING.match(text)
        reader = comment_meta._READER_UNNAMED.match(text) is not None
        assert (opening is not None and opening.group(1) is not None) == reader, repr(text)
        if not reader:
            assert (opening is not None) == (comment_meta.REACTION.match(text) is not None), repr(text)


#: Patterns that exercise each part of opening_texts: classes, \s, repeats short and long, optional
#: parts, anchors and lookarounds, alternatives that end before the span, a wide class.
OPENING_PROBES = [
    r"^(?:hi|hello)\b(?:\s+\w+)?[,!]", r"a[bc]{2,5}d", r"x?y*z", r"(?:ab|c)\s+d", r"(?=a)ab|\d\d\d", r"[a-f]b+",
    r"(?!no)[^\W\d]\w*,$", r"ha(?:ha)+\w*|\+1\b", r"ab$|abc", r"a{0,2}b", r"(?:a\s?){3,}x", r"\s*[-–]x",
]


@pytest.mark.parametrize("pattern", [*OPENING_PROBES, comment_meta._OPENING.pattern])
def test_opening_texts_let_every_match_through(pattern: str) -> None:
    """Every text a pattern matches (hypothesis builds them from the pattern itself, with text after
    the match) opens with one of opening_texts' texts or heads, or holds whitespace other than the
    space in its first characters, for spans of one to four."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from boilerstrip.rules.regex_index import opening_texts

    compiled = re.compile(pattern)
    gates = {length: opening_texts(compiled, length) for length in range(1, 5)}

    @settings(max_examples=400, deadline=None)
    @given(st.from_regex(compiled))
    def check(text: str) -> None:
        if compiled.match(text) is None:
            return
        for length, (texts, heads) in gates.items():
            head = text[:length]
            assert head in texts or text.startswith(heads) or not head.isprintable(), (length, text)

    check()


def test_opening_gate_lets_every_reaction_through() -> None:
    """reaction_kind tries _OPENING only on a line _may_open lets through: every line it matches
    among the sample lines, the reaction examples and lines made of the patterns' own words."""
    import random

    lines = [line.lower() for line in sample_lines()]
    words = [word for alternatives in (comment_meta._PRAISE, comment_meta._PRAISED) for word in alternatives]
    words += ["hi", "thanks", "thank you", "for", "sharing", "i", "we", "really", "love", "agree", "lol", "haha",
              "merci", "danke", "gracias", "спасибо", "@bob", "+1", "ja", "jaja", "kkk", "谢谢", "ㅋㅋ", "so", "what a"]
    rng = random.Random(13)
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) + rng.choice(["", ",", "!", " x"])
              for _ in range(20_000)]
    matched = 0
    for text in lines:
        if comment_meta._OPENING.match(text) is not None:
            matched += 1
            assert comment_meta._may_open(text), repr(text)
    assert matched > 1000  # the lines do reach the pattern's alternatives
    # and the gate is worth its test: it turns the article's usual openings away
    assert not any(comment_meta._may_open(text) for text in ("the council met", "in 2019,", "it was"))


#: Pieces of timestamps and of the lines around them, for lines made at random.
STAMP_PIECES = [
    "Jan", "MAR", "mai", "Dec.", "März", "févr.", "марта", "Yesterday", "HIER", "gestern", "de", "at", "@", "um", "à",
    " ", "  ", ",", ".", "/", "-", ":", "h", " h ", "1", "12", "31", "2019", "7:51", "19H51", "19 h 51", "PM", "a.m.",
    "st", "TH", "er", "º", "年", "月", "日", "x", "Ä", "—", "(", "|", "on", "Posted", "ſt", "K",
]


def stamp_probes() -> list[str]:
    import random

    rng = random.Random(17)
    lines = sample_lines()
    samples = [*lines, *("".join(rng.choice(STAMP_PIECES) for _ in range(rng.randint(1, 10))) for _ in range(20_000))]
    samples += [" ".join(rng.choice(STAMP_PIECES) for _ in range(rng.randint(2, 8))) for _ in range(20_000)]
    samples += ["".join(rng.choice((char.upper(), char.lower())) for char in line) for line in lines]
    return samples


def test_stamp_in_parts_answers_as_stamp() -> None:
    """_stamp tries STAMP's alternatives in two parts (those opening with a digit, those opening
    with a word, at the line's start and after a character that is no word character): it finds a
    timestamp in exactly the lines STAMP does, sample lines, lines made of dates' pieces, and
    texts hypothesis builds from STAMP itself with text around them."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    for text in stamp_probes():
        assert comment_meta._stamp(text) == (comment_meta.STAMP.search(text) is not None), repr(text)

    @settings(max_examples=600, deadline=None)
    @given(st.text(max_size=3), st.from_regex(comment_meta.STAMP), st.sampled_from(["", "a", "x ", "—", "1"]))
    def check(before: str, stamp: str, after: str) -> None:
        text = before + stamp + after
        assert comment_meta._stamp(text) == (comment_meta.STAMP.search(text) is not None), repr(text)

    check()


def test_date_gate_lets_every_digit_led_stamp_through() -> None:
    """_stamp searches the digit-led alternatives of STAMP only in a line that _DATE_GATE finds a
    month's name or a numeric date in: every line (sample lines, lines made of dates' pieces,
    texts hypothesis builds from _STAMP_AT_DIGIT with text around them) that the search finds a
    timestamp in passes the gate, and lines without a date are turned away."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    matched = 0
    for text in stamp_probes():
        if comment_meta._STAMP_AT_DIGIT_SEARCH.search(text):
            matched += 1
            assert comment_meta._DATE_GATE.search(text), repr(text)
    assert matched > 100  # the probes do reach the search's alternatives

    @settings(max_examples=600, deadline=None)
    @given(st.text(max_size=3), st.from_regex(comment_meta._STAMP_AT_DIGIT), st.sampled_from(["", "a", "x ", "—", "1"]))
    def check(before: str, stamp: str, after: str) -> None:
        text = before + stamp + after
        if comment_meta._STAMP_AT_DIGIT_SEARCH.search(text):
            assert comment_meta._DATE_GATE.search(text), repr(text)

    check()
    assert not any(comment_meta._DATE_GATE.search(text) for text in ("| Gold | 607.50 | +1.17% |", "Drama | 14:28"))


def test_stamp_words_open_with_word_characters() -> None:
    """_stamp looks for the word-led alternatives of STAMP only at the line's start and after a
    character that is no word character, which is where their "\\b" holds when the first character
    is a word character: every character that STAMP (case-insensitive) takes for a month's or a
    day's first letter is one."""
    firsts = {prefix[0] for prefix in comment_meta._MONTH_PREFIXES}
    firsts |= {word[0] for word in comment_meta._DAY_WORDS.strip("(?:)").split("|")}
    first_letter = re.compile("[" + "".join(sorted(firsts)) + "]", re.IGNORECASE)
    word = re.compile(r"\w")
    every_char = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    found = first_letter.findall(every_char)
    assert len(found) > 2 * len(firsts)  # the upper-case letters and the odd ones too
    assert all(word.match(char) for char in found), [char for char in found if not word.match(char)]


def test_months_by_first_letter_match_as_the_list() -> None:
    """_MONTH groups the month prefixes by their first letter: a word opens with one of the prefixes
    exactly where the grouped alternation matches it."""
    listed = re.compile("(?:" + "|".join(comment_meta._MONTH_PREFIXES) + ")", re.IGNORECASE)
    grouped = re.compile("(?:" + comment_meta._by_first_letter(comment_meta._MONTH_PREFIXES) + ")", re.IGNORECASE)
    words = [prefix.replace("[йя]", letter) for prefix in comment_meta._MONTH_PREFIXES for letter in "йя"]
    words += [word[:2] + "x" for word in words] + [word.upper() for word in words] + ["maes", "jux", "", "m"]
    for word in words:
        assert (listed.match(word) is None) == (grouped.match(word) is None), word


def test_every_signature_holds_a_comma_and_space() -> None:
    """meta_kind tries SIGNATURE only on a line holding ", ": every text it matches holds one."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=500, deadline=None)
    @given(st.from_regex(comment_meta.SIGNATURE))
    def check(text: str) -> None:
        assert ", " in text, repr(text)

    check()
    for text in sample_lines():
        if comment_meta.SIGNATURE.match(text.strip()):
            assert ", " in text


def test_endings_by_last_character_answer_as_the_whole_list() -> None:
    """_ends_with compares a line's end with the endings that end as it does: the same answer as
    with every ending, on sample lines and on lines ending with each ending, in every case."""
    import random

    rng = random.Random(19)
    for endings in (comment_meta._SAYS, comment_meta._META_ENDINGS):
        by_last = comment_meta._by_last_char(endings)
        assert sorted(ending for group in by_last.values() for ending in group) == sorted(endings)
        lines = [*sample_lines(), "", " ", "x"]
        lines += [rng.choice(["Jane", "it was", "", "İ", "ſ"]) + ending + rng.choice(["", " ", ":", "s"])
                  for ending in endings for _ in range(20)]
        lines += [line.upper() for line in lines]
        for text in lines:
            tail = text.rstrip()[-8:]
            expected = tail.lower().endswith(endings) or contact.case_odd(tail)
            assert comment_meta._ends_with(text, by_last) == expected, repr(text)


def test_opening_heads_by_first_character_answer_as_the_whole_list() -> None:
    """_may_open compares a line with the heads of _OPENING that open as it does: the same answer
    as with every head."""
    heads = comment_meta._OPENING_HEADS
    grouped = comment_meta._OPENING_HEADS_BY_FIRST
    assert sorted(head for group in grouped.values() for head in group) == sorted(heads)
    lines = [line.lower() for line in sample_lines()] + [head + tail for head in heads for tail in ("", "x", " y")]
    lines += ["", "h", "o", "@"]
    for text in lines:
        head = text[:comment_meta._OPENING_SPAN]
        expected = head in comment_meta._OPENING_TEXTS or text.startswith(heads) or not head.isprintable()
        assert comment_meta._may_open(text) == expected, repr(text)


def test_other_byline_gate_lets_every_match_through() -> None:
    """_meta_kind tries _BYLINE_OTHER only on a line _may_be_other_byline lets through: every line
    the pattern matches, among texts hypothesis builds from the pattern itself (with text after
    the match), the sample lines in every case, and lines made of bylines' pieces."""
    import random

    from hypothesis import given, settings
    from hypothesis import strategies as st

    pattern = comment_meta._BYLINE_OTHER_RE

    def lets_through(text: str) -> None:
        if pattern.match(text):
            assert comment_meta._may_be_other_byline(text, comment_meta.py_has_time(text)), repr(text)

    @settings(max_examples=1000, deadline=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        lets_through(text)

    check()
    rng = random.Random(11)
    pieces = ["Comment", "POSTED", "by", "BY", "on", "ON", "Jane", "Lee", "says", "SAID", "Wrote", "writes", ",", ":",
              " ", "  ", "\t", "\u3000", "(3)", "3", "Thursday,", "Nov", "November", "1", "at", "2:57", "pm", "ſays",
              "İ", "ı", "Réponse", "de", "Antwort", "von", "ОТВЕТ", "от", "2011", "Reply", "answer:", "x", "Ö"]
    lines = sample_lines()
    samples = [*lines, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(10_000))]
    samples += ["".join(rng.choice((char.upper(), char.lower())) for char in line) for line in lines for _ in range(3)]
    samples += [" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 8))) for _ in range(20_000)]
    for text in samples:
        lets_through(text)
    assert sum(1 for text in samples if pattern.match(text)) > 100
    # and it turns away the lines it is there for: a label's colon, a time without "on"
    assert not comment_meta._may_be_other_byline("Ingredients:", False)
    assert not comment_meta._may_be_other_byline("Doors open at 7:30 pm", True)
    assert comment_meta._may_be_other_byline("Lora Lee On Thursday, November 1 at 2:57 pm", True)


def test_line_ends_count_as_the_three_counts() -> None:
    """line_ends finds the first "\\r" before counting them: the same count as "\\n" and "\\r"
    counted over the whole span, less the "\\r\\n" pairs, on every kind of span."""
    import random

    from boilerstrip.text.segment import line_ends

    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(["a", "b", "\r", "\n", "\r\n", "’"]) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
        assert line_ends(text, start, end) == expected, (text, start, end)
        assert line_ends(text) == text.count("\n") + text.count("\r") - text.count("\r\n")


def test_byline_opening_lets_every_first_word_through() -> None:
    """_meta_kind splits a line's first word off only where _opens_as_byline lets it: every line
    whose first word is one of _BYLINE_STARTS, behind any lead, in any case; and the words by
    first letter answer as the whole list."""
    words = [*sorted(comment_meta._BYLINE_STARTS), "Commentary", "BYLINE", "ſubmitted", "İ", "x"]
    leads = ["", " ", "\t", "\u3000", "  \t "]
    tails = ["", ":", " by Tom", ": Tom", "(3)", " ", ":("]
    probes = [lead + word + tail for lead in leads for word in words for tail in tails]
    probes += [line.lstrip(" -–—•*|") for line in sample_lines()]
    probes += ["".join(c.upper() if k % 2 else c for k, c in enumerate(probe)) for probe in probes]
    for text in probes:
        if comment_meta._first_word(text) in comment_meta._BYLINE_STARTS:
            assert comment_meta._opens_as_byline(text), repr(text)
        head = text.lstrip()[: comment_meta._BYLINE_START_SPAN].lower()
        assert comment_meta._opens_as_byline(text) == head.startswith(comment_meta._BYLINE_START_WORDS), repr(text)
    assert not comment_meta._opens_as_byline("The minister said")


def test_relative_stamps_end_as_their_gate_says() -> None:
    """_meta_kind tries RELATIVE_STAMP only on a line _ends_as_relative_stamp lets through: every
    text the pattern matches (hypothesis builds them from it), and every sample line it matches."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pattern = comment_meta.RELATIVE_STAMP

    @settings(max_examples=1000, deadline=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        if pattern.match(text):
            assert comment_meta._ends_as_relative_stamp(text), repr(text)

    check()
    for line in sample_lines():
        lowered = line.lower().strip(" []()|#.:-–—•*")
        if pattern.match(lowered):
            assert comment_meta._ends_as_relative_stamp(lowered), repr(lowered)
    assert not comment_meta._ends_as_relative_stamp("page 2 of 5")
    assert comment_meta._ends_as_relative_stamp("3 hours ago\n")


def test_word_characters_below_the_first_mark_need_no_category() -> None:
    # is_word_char answers for a character below U+0300 without its Unicode category: no
    # combining mark comes before it, so the category test it skips would say False.
    import unicodedata

    from boilerstrip.text import normalise

    for code in range(0x300):
        char = chr(code)
        if not (char.isalnum() or char == "_"):
            assert unicodedata.category(char) not in normalise._WORD_MARKS, hex(code)
    assert unicodedata.category(normalise._FIRST_MARK) == "Mn"
    assert normalise.is_word_char("\u0301") and not normalise.is_word_char("\ufe0f")
    assert not normalise.is_word_char(" ") and not normalise.is_word_char("\n") and normalise.is_word_char("é")


def test_every_said_verb_holds_one_the_gate_looks_for() -> None:
    # _may_say looks for the verbs that hold no other: every verb of _SAID holds one of them.
    for verb in comment_meta._SAID:
        assert any(core in verb for core in comment_meta._SAID_CORE), verb
    assert set(comment_meta._SAID_CORE) <= set(comment_meta._SAID)


def test_placeholder_gate_lets_every_filler_line_through() -> None:
    # shape_kind asks for a "p" or "P" in a line's first sixteen characters before lower-casing
    # them: no other character lower-cases to one, and every PLACEHOLDER match has one there.
    from boilerstrip.heuristics import shape

    assert [chr(code) for code in range(sys.maxunicode + 1) if "p" in chr(code).lower()] == ["P", "p"]
    for text in ("Lorem ipsum", "- LOREM IPSUM 2", "### lorem ipsum dolor sit amet, consectetur", "***Lorem Ipsum",
                 "Lorem ipsum, the text printers use", "Lorem", "x lorem ipsum"):
        head = text[:16]
        gate = ("p" in head or "P" in head) and "orem ipsum" in head.lower()
        assert gate or not shape.PLACEHOLDER.match(text), text
        assert shape.shape_kind(text, len(text.split())) == (
            shape.PLACEHOLDER_SHAPE if shape.PLACEHOLDER.match(text) else shape.NO_SHAPE
        ), text
