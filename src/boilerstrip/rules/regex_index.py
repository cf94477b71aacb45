"""What can be read off a rule's regular expression without running it, to try it on few lines.

:func:`first_keys` gives the characters a match of an anchored pattern can begin with, so a line is
tried only against the regexes that can match its start; :func:`required_literal` gives text that
every match contains, so a substring test rules most lines out before a search. Both answer
conservatively: when a pattern is not simple enough to read, they say nothing ("try everywhere").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import import_module
from typing import Any, Final

_SPECIAL = set("\\.^$*+?{}[]()|")


def first_keys(pattern: str) -> frozenset[str] | None:
    """Keys for the starts a match of an anchored *pattern* can have: its first two characters
    where both are literal, else its first one ("0" stands for any digit); None when that cannot
    be read off the pattern simply (then the regex is tried on every line).

    >>> sorted(first_keys(r"^read more ?: \\S"))
    ['re']
    >>> sorted(first_keys(r"^(tags|topics|filed under) ?:"))
    ['fi', 'ta', 'to']
    >>> sorted(first_keys(r"^(estimated )?reading time"))
    ['es', 're']
    >>> sorted(first_keys(r"^\\d+ comments?$")), first_keys(r"score"), sorted(first_keys(r"^a?b"))
    (['0'], None, ['a', 'b'])

    Groups may nest and hold escapes; a leading class of listed characters gives one key each:

    >>> sorted(first_keys(r"^(one|\\d[\\d,.]*) (comments?|replies)"))
    ['0', 'on']
    >>> sorted(first_keys(r"^(terms of (use|service)|privacy( policy)?|faq)( ?[|/]? x)+$"))
    ['fa', 'pr', 'te']
    >>> sorted(first_keys(r"^(then |only )?[$€£]\\d")), first_keys(r"^[a-z]+"), first_keys(r"^\\d?x")
    (['$', 'on', 'th', '£', '€'], None, None)
    """
    if not pattern.startswith("^"):
        return None
    return _keys(pattern[1:])


#: Quantifiers after which the item before them may be absent.
_OPTIONAL = ("?", "*")


def _keys(rest: str) -> frozenset[str] | None:
    if rest.startswith("\\d"):
        if rest[2:3] in _OPTIONAL or rest[2:4] == "{0":
            return None
        return frozenset("0")
    if rest.startswith("["):
        return _class_keys(rest)
    if rest and rest[0] not in _SPECIAL:
        if rest[1:2] in ("?", "*", "{"):
            if rest[1:2] == "{":
                return None  # "a{0,2}": the bounds are not read here
            following = _keys(rest[2:])
            return None if following is None else frozenset({rest[0]}) | following
        two = rest[:2]
        if len(two) == 2 and two[1] not in _SPECIAL and rest[2:3] not in ("?", "*", "{"):
            return frozenset({"0" + two[1] if two[0].isdigit() else two})
        return frozenset("0" if rest[0].isdigit() else rest[0])
    if rest.startswith("(") and not rest.startswith("(?"):
        end = _group_end(rest)
        if end < 0:
            return None
        after = rest[end + 1:]
        quantified = after[:1] in ("?", "*", "{", "+")
        keys: set[str] = set()
        for alternative in _alternatives(rest[1:end]):
            # A short alternative's second character comes from what follows the group, unless a
            # quantifier stands between them.
            found = _keys(alternative + after if len(alternative) < 2 and not quantified else alternative)
            if found is None:
                return None
            keys |= found
        if after[:1] in _OPTIONAL:
            following = _keys(after[1:])
            if following is None:
                return None
            keys |= following
        elif after[:1] == "{":
            return None
        return frozenset(keys)
    return None


def _class_keys(rest: str) -> frozenset[str] | None:
    """Keys for a pattern that opens with a plain character class ("[$€£]"), one per member."""
    close = rest.find("]", 1)
    members = rest[1:close]
    if close < 0 or not members or members[0] == "^" or "\\" in members or "[" in members:
        return None
    if "-" in members[1:-1]:
        return None  # a range: its members are not listed
    if rest[close + 1:close + 2] in ("?", "*", "{"):
        return None
    return frozenset("0" if ch.isdigit() else ch for ch in members)


def _outside_classes(text: str) -> Iterator[tuple[int, str]]:
    """Each character of *text* that is neither escaped nor inside a character class, with its
    index; an unclosed class ends the walk with ``(index, "")``."""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = class_end(text, i)
            if close < 0:
                yield i, ""
                return
            i = close + 1
            continue
        yield i, ch
        i += 1


def class_end(pattern: str, start: int) -> int:
    """Index of the "]" that closes the character class opening at ``pattern[start]``, or -1: an
    escaped "]" inside it, or one right after the "[" or "[^", is a member, not the end.

    >>> class_end("[a]", 0), class_end("[]a]", 0), class_end("[^]a]x", 0), class_end(r"x[:\\]】] ?", 1)
    (2, 3, 4, 6)
    """
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i
        i += 1
    return -1


def _group_end(rest: str) -> int:
    """Index of the ")" that closes the group *rest* opens with, or -1."""
    depth = 0
    for i, ch in _outside_classes(rest):
        if not ch:
            return -1
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return -1


def _alternatives(body: str) -> list[str]:
    """*body* split at its top-level "|" (not inside a group, a class, or after a backslash)."""
    parts: list[str] = []
    depth, begin = 0, 0
    for i, ch in _outside_classes(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[begin:i])
            begin = i + 1
    parts.append(body[begin:])
    return parts


def required_literal(pattern: str) -> str:
    """The longest run of plain characters that every match of *pattern* contains ("" if none is
    certain): text outside groups and classes, with no alternation at the top level.

    >>> required_literal(r"\\b(ist|wurde) zuerst (auf|in) .{1,60} (erschienen)$")
    ' zuerst '
    >>> required_literal(r"may not be (re)?published, broadcast,? or redistributed\\b")
    'published, broadcast'
    >>> required_literal(r"^(a|b) x|y z"), required_literal(r"^[$€£]\\d"), required_literal(r"^(x) ?: .{0,80}$")
    ('', '', ': ')
    >>> required_literal(r"^(관련기사|관련 뉴스)[:\\]】] ?\\S")  # an escaped "]" does not end the class
    ''
    """
    runs: list[str] = []
    current: list[str] = []
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current = _end_run(runs, current)
            i += 2
            continue
        if ch == "[":
            current = _end_run(runs, current)
            close = class_end(pattern, i)
            if close < 0:
                return ""
            i = close + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ""
        if depth == 0 and ch not in _SPECIAL:
            current.append(ch)
        elif ch in "?*{":
            if current:
                current.pop()  # the character before an optional quantifier may be absent
            current = _end_run(runs, current)
            if ch == "{":  # skip the bounds: "{0,80}" is no text
                close = pattern.find("}", i)
                i = close if close > 0 else len(pattern)
        else:
            current = _end_run(runs, current)
        i += 1
    _end_run(runs, current)
    best = max(runs, key=len, default="")
    # Lines are matched lower-cased: a literal with capitals could only come from a pattern with
    # flags of its own, so it proves nothing.
    return "" if best != best.lower() else best


def _end_run(runs: list[str], current: list[str]) -> list[str]:
    if current:
        runs.append("".join(current))
    return []


# Python 3.11 made the regular expression parser private (the old names stay as deprecated
# aliases); 3.10 has only the old names.
try:
    sre_parse: Any = import_module("re._parser")
    sre_constants: Any = import_module("re._constants")
except ImportError:  # Python 3.10
    sre_parse = import_module("sre_parse")
    sre_constants = import_module("sre_constants")


def required_texts(pattern: str) -> tuple[str, ...]:
    """Texts one of which every match of *pattern* contains, read off the parsed pattern: runs of
    literal characters, or for a group of alternatives, each alternative's own; () if none is
    certain. Of the choices, the one whose shortest text is longest (then the fewest texts).

    >>> required_texts(r"^\\d[\\d.]* (kommentare?|antworten|antwort)$")
    ('kommentar', 'antwort')
    >>> required_texts(r"^(one|\\d+) (comments?|replies) on\\b"), required_texts(r"^(a|b)?c\\d")
    (('comment', 'replies'), ('c',))
    >>> required_texts(r"x*"), required_texts(r"(?i)abc"), required_texts(r"^Abc")
    ((), (), ())
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags != re.UNICODE:
        return ()  # flags of its own ("(?i)"): its letters may match other letters
    texts = _sequence_texts(list(parsed))
    # Lines are matched lower-cased: a text with capitals proves nothing (as in required_literal).
    return texts if all(text == text.lower() for text in texts) else ()


def _sequence_texts(items: list[tuple[Any, Any]]) -> tuple[str, ...]:
    """required_texts of a parsed sequence."""
    choices: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        if run:
            choices.append(("".join(run),))
            run = []
        if op is sre_constants.SUBPATTERN:
            _, add_flags, del_flags, body = value
            if not add_flags and not del_flags:
                choices.append(_sequence_texts(list(body)))
        elif op is sre_constants.BRANCH:
            branches = [_sequence_texts(list(branch)) for branch in value[1]]
            if all(branches):
                found = dict.fromkeys(text for branch in branches for text in branch)
                # a text holding another of them adds nothing: where it is, the other is too
                choices.append(tuple(text for text in found if not any(o != text and o in text for o in found)))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            choices.append(_sequence_texts(list(value[2])))
    if run:
        choices.append(("".join(run),))
    choices = [choice for choice in choices if choice]
    if not choices:
        return ()
    return max(choices, key=lambda choice: (min(map(len, choice)), -len(choice)))


#: A character class of more characters than this is read as "any character" by opening_texts:
#: spelling it out, once for each way a match can begin, would make the sets too large.
_MAX_CLASS: Final = 64
#: What opening_texts writes for any character ``\s`` matches (see there).
_SPACE: Final = " "


def opening_texts(pattern: re.Pattern[str], length: int) -> tuple[frozenset[str], tuple[str, ...]]:
    """How a match of *pattern* (tried with ``match``, case-sensitive) can begin, read off the parsed
    pattern: ``(texts, heads)``. Every match holds, as its first *length* characters, one of
    *texts*, or begins with one of *heads* (shorter: where the pattern may end sooner, or where what
    comes next cannot be spelled out, a wide class or a long repeat). ``\\s`` is spelled as a space
    alone, to keep the sets small: a text whose first *length* characters are all printable (so
    hold no whitespace but the space: ``str.isprintable``) and in neither set cannot match; the
    converse does not hold. Anchors and lookarounds are passed over, which only lets more through.

    >>> texts, heads = opening_texts(re.compile(r"(?:hi|hello)\\b|ab?c|x\\w+"), 3)
    >>> sorted(texts), heads
    (['abc', 'hel'], ('ac', 'hi', 'x'))
    """
    if pattern.flags & re.IGNORECASE:
        raise ValueError("opening_texts reads case-sensitive patterns only")
    ends = _opening_states(list(sre_parse.parse(pattern.pattern, pattern.flags)), {("", True)}, length)
    texts = frozenset(text for text, _ in ends if len(text) >= length)
    heads = tuple(sorted({text for text, _ in ends if len(text) < length}))
    return texts, heads


def _opening_states(
    items: list[tuple[Any, Any]], states: set[tuple[str, bool]], length: int
) -> set[tuple[str, bool]]:
    """The ways a match can have begun after the parsed sequence *items*, from *states*: each the
    text so far and whether it may still grow (False: what follows was not spelled out)."""
    for op, value in items:
        growing = {text for text, open_ in states if open_ and len(text) < length}
        if not growing:
            break
        states = {state for state in states if not (state[1] and len(state[0]) < length)}
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            states |= {(text, True) for text in growing}  # zero-width: only lets more through
            continue
        chars: frozenset[str] | None = None
        if op is sre_constants.LITERAL:
            chars = frozenset(chr(value))
        elif op is sre_constants.IN:
            chars = _class_chars(value)
        elif op is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
            chars = frozenset(_SPACE)
        if chars is not None:
            states |= {(text + char, True) for text in growing for char in chars}
        elif op is sre_constants.SUBPATTERN and not value[1] and not value[2]:  # no flags of its own
            states |= _opening_states(list(value[3]), {(text, True) for text in growing}, length)
        elif op is sre_constants.BRANCH:
            for branch in value[1]:
                states |= _opening_states(list(branch), {(text, True) for text in growing}, length)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, body = value
            current = {(text, True) for text in growing}
            for count in range(min(high, length) + 1):
                if count >= low:
                    states |= current
                current = _opening_states(list(body), current, length)
            if high > length:
                # more repeats than spelled out: a text still short there may go on any way
                states |= {(text, open_ and len(text) >= length) for text, open_ in current}
        else:  # anything else (any character, a wide class, a back-reference): not spelled out
            states |= {(text, False) for text in growing}
    return states


def _class_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a parsed class (``\\s`` as _SPACE), or None where it is wider than _MAX_CLASS
    or not a list of characters, ranges and ``\\s``."""
    chars: set[str] = set()
    for op, value in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(value))
        elif op is sre_constants.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif op is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
            chars.add(_SPACE)
        else:
            return None
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None
