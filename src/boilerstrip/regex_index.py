"""What can be read off a rule's regular expression without running it, to try it on few lines.

:func:`first_keys` gives the characters a match of an anchored pattern can begin with, so a line is
tried only against the regexes that can match its start; :func:`required_literal` gives text that
every match contains, so a substring test rules most lines out before a search. Both answer
conservatively: when a pattern is not simple enough to read, they say nothing ("try everywhere").
"""

from __future__ import annotations

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
    """
    if not pattern.startswith("^"):
        return None
    return _keys(pattern[1:])


def _keys(rest: str) -> frozenset[str] | None:
    if rest.startswith("\\d"):
        return frozenset("0")
    if rest and rest[0] not in _SPECIAL:
        if rest[1:2] in ("?", "*", "{"):
            following = _keys(rest[2:])
            return None if following is None else frozenset({rest[0]}) | following
        two = rest[:2]
        if len(two) == 2 and two[1] not in _SPECIAL and rest[2:3] not in ("?", "*", "{"):
            return frozenset({"0" + two[1] if two[0].isdigit() else two})
        return frozenset("0" if rest[0].isdigit() else rest[0])
    if rest.startswith("(") and not rest.startswith("(?"):
        depth, end = 0, -1
        for i, ch in enumerate(rest):
            if ch == "\\":
                return None
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                end = i
                break
        if end < 0:
            return None
        keys: set[str] = set()
        for alternative in rest[1:end].split("|"):
            if "(" in alternative:
                return None
            found = _keys(alternative + rest[end + 1:] if len(alternative) < 2 else alternative)
            if found is None:
                return None
            keys |= found
        if rest[end + 1:end + 2] in ("?", "*"):
            following = _keys(rest[end + 2:])
            if following is None:
                return None
            keys |= following
        elif rest[end + 1:end + 2] == "{":
            return None
        return frozenset(keys)
    return None


def required_literal(pattern: str) -> str:
    """The longest run of plain characters that every match of *pattern* contains ("" if none is
    certain): text outside groups and classes, with no alternation at the top level.

    >>> required_literal(r"\\b(ist|wurde) zuerst (auf|in) .{1,60} (erschienen)$")
    ' zuerst '
    >>> required_literal(r"may not be (re)?published, broadcast,? or redistributed\\b")
    'published, broadcast'
    >>> required_literal(r"^(a|b) x|y z"), required_literal(r"^[$€£]\\d"), required_literal(r"^(x) ?: .{0,80}$")
    ('', '', ': ')
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
            close = pattern.find("]", i + 2)
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
