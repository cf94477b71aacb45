"""A regular expression's worst case, read off its syntax: the check of the user's regex rules.

Python's ``re`` backtracks: a pattern such as ``(a+)+$`` takes exponential time on a line of
``a``s that fails at its end, and ``--rules`` files are the user's (or a colleague's, or a
downloaded list). So a regex rule is checked when its file is loaded, and refused, with the file
and line, when it can backtrack without bound:

- a backreference (``\\1``, ``(?P=name)``) or a conditional group ``(?(1)...)``;
- a repeated group that repeats inside (nested quantifiers: ``(a+)+``, ``(\\w+\\s?)*``), that can
  match the empty string (``(a?)*``), or whose choices are not settled by the next character
  (``(a|ab)*``, ``(a?a)+``): each of these can split one line in exponentially many ways;
- more nested choices than :data:`MAX_STEPS` allows on a line of :data:`LINE_CHARS` characters:
  each quantifier whose next character can also continue it (``.*`` before ``x``) multiplies the
  worst case by the line's length, each such optional part or alternation by two.

What passes is tried on lines of at most :data:`LINE_CHARS` characters (the matcher never gives
a regex a longer one), so its worst case on any line is bounded by :data:`MAX_STEPS` steps of the
engine. The check is conservative: it may refuse a harmless pattern, never the other way round.
The shipped rules pass it too (tests/test_rules_data.py).

>>> regex_hazard(r"^\\d+ comments?$") is None
True
>>> regex_hazard(r"(\\w+\\s?)*$")
'nested quantifiers: a repeated group repeats inside, as in (a+)+ (exponential backtracking)'
>>> regex_hazard(r"^(\\w+) said \\1$")
'a backreference (\\\\1): no linear-time bound'
>>> regex_hazard(r"(a|aa)*$")  # sre reads it as (a(a)?)*
'a repeated group with an optional part that what follows it can also start, as in (a?a)+ (exponential backtracking)'
>>> regex_hazard(r".*x.*y")  # doctest: +ELLIPSIS
'too many choices that the next character does not settle (2: a repeat, a repeat): up to 1,003,003,001 steps...'
>>> regex_hazard(r"^.*x.*y") is None  # anchored: tried at the line's start only
True
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# The parser of the re module (sre_parse before Python 3.11): its tree is what sre runs.
try:
    _parser: Any = importlib.import_module("re._parser")
    _constants: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")
    _constants = importlib.import_module("sre_constants")

#: The longest line a regex rule is tried on (the matcher's limit, rules/matcher.py).
LINE_CHARS = 1000
#: The most engine steps a regex rule may take on one such line, as read off its syntax: a
#: pattern that the next character keeps deciding takes about one per character; each choice
#: that it does not decide multiplies that (see the module's docstring).
MAX_STEPS = 4_000_000

_MAXREPEAT = _constants.MAXREPEAT
_LITERAL, _NOT_LITERAL, _ANY, _IN = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.ANY, _constants.IN)
_AT, _BRANCH, _SUBPATTERN = _constants.AT, _constants.BRANCH, _constants.SUBPATTERN
_REPEATS = tuple(getattr(_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_constants, name))
_ASSERTS = (_constants.ASSERT, _constants.ASSERT_NOT)
_ATOMIC = getattr(_constants, "ATOMIC_GROUP", None)
_BACKREFS = tuple(getattr(_constants, name) for name in ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE",
                                                           "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE")
                  if hasattr(_constants, name))
_ANCHORS_AT_START = (_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING)
_SINGLE_CHARACTER = (_LITERAL, _NOT_LITERAL, _ANY, _IN)

#: Characters tried when telling whether two sets of characters share one (besides the ends of
#: their ranges and their literals): ASCII, and a few of each kind Unicode's classes hold.
_SAMPLES = (
    [chr(c) for c in range(128)]
    + list("\u00a0\u00e9\u00df\u0131\u017f\u0394\u03b1\u0436\u0416\u05d0\u0627\u0660\u0966\u0e01\u2003\u2028"
           "\u3000\u4e2d\u30a2\uac00\uff10\uff21\u212a\U0001d400\U0001f600\u00b2\u00bd\u0301\u200b\ufeff")
)


class Refused(Exception):
    """A pattern that can backtrack without bound; the message says which part and why."""


Atom = tuple[Any, Any]  # an sre item standing for one character: (op, argument)


@dataclass
class _First:
    """The characters a part can start with, and whether it can match the empty string."""

    atoms: list[Atom] = field(default_factory=list)
    nullable: bool = True


def regex_hazard(pattern: str, flags: int = 0) -> str | None:
    """Why *pattern* cannot be trusted to run in bounded time, or None when it can (see above)."""
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # re.error: the loader reports it as a bad expression
        return None
    walk = _Walk(pattern)
    try:
        walk.sequence(list(tree), _First(), strict=False)
        anchored = bool(tree) and tree[0][0] == _AT and tree[0][1] in _ANCHORS_AT_START
        # A search that is not anchored tries the pattern at every position of the line.
        steps = walk.steps * (1 if anchored else LINE_CHARS + 1)
        if steps > MAX_STEPS:
            raise Refused(
                f"too many choices that the next character does not settle ({walk.undecided}: "
                f"{', '.join(walk.where)}): up to {steps:,} steps on a {LINE_CHARS}-character line, more than "
                f"{MAX_STEPS:,}"
            )
    except Refused as exc:
        return str(exc)
    return None


class _Walk:
    """One pass over a parsed pattern, counting the choices the next character does not settle."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        #: The worst case's steps per position: each choice the next character does not settle
        #: multiplies them by its number of ways (a repeat's counts, an option's two).
        self.steps = 1
        self.undecided = 0
        self.where: list[str] = []

    def choice(self, ways: int, what: str) -> None:
        self.steps *= max(ways, 1)
        self.undecided += 1
        self.where.append(what)

    def sequence(self, items: Sequence[Any], follow: _First, strict: bool) -> None:
        """Check *items* in a row, followed by what *follow* starts with; *strict* inside a
        repeated group, where every choice must be settled by the next character."""
        for i, (op, av) in enumerate(items):
            after = _first_of(items[i + 1:], follow)
            self.item(op, av, after, strict)

    def item(self, op: Any, av: Any, after: _First, strict: bool) -> None:
        if op in _BACKREFS:
            what = "a conditional group" if op == getattr(_constants, "GROUPREF_EXISTS", None) else "a backreference"
            raise Refused(f"{what} ({_backref_text(self.pattern)}): no linear-time bound")
        if op in _REPEATS:
            low, high, body = av
            self.repeat(low, high, list(body), after, strict)
        elif op == _BRANCH:
            alternatives = [list(alt) for alt in av[1]]
            firsts = [_first_of(alt, _First()) for alt in alternatives]
            if any(f.nullable for f in firsts) and _meets(_First([a for f in firsts for a in f.atoms], False), after):
                # an empty alternative makes the rest optional: as with "?", what follows may start alike
                if strict:
                    raise Refused("a repeated group with an optional part that what follows it can also start, "
                                  "as in (a?a)+ (exponential backtracking)")
                self.choice(2, "an optional part")
            if _overlapping(firsts):
                if strict:
                    raise Refused("a repeated group whose alternatives can start with the same character, as in "
                                  "(a|ab)* (exponential backtracking)")
                self.choice(len(alternatives), "an alternation")
            for alt in alternatives:
                self.sequence(alt, after, strict)
        elif op == _SUBPATTERN:
            self.sequence(list(av[-1]), after, strict)
        elif op == _ATOMIC:
            self.sequence(list(av), after, strict)
        elif op in _ASSERTS:
            self.sequence(list(av[1]), _First(), strict)

    def repeat(self, low: int, high: int, body: list[Any], after: _First, strict: bool) -> None:
        single = len(body) == 1 and body[0][0] in _SINGLE_CHARACTER
        if high == 1:  # optional: taken or not
            if _meets(_first_of(body, _First()), after):
                if strict:
                    raise Refused("a repeated group with an optional part that what follows it can also start, "
                                  "as in (a?a)+ (exponential backtracking)")
                self.choice(2, "an optional part")
            self.sequence(body, after, strict)
            return
        if single and low == high:
            return  # \d{4}: so many characters, no choice
        first = _first_of(body, _First())
        if first.nullable:
            raise Refused("a repeated group that can match nothing, as in (a?)* (unbounded backtracking)")
        if strict:
            # Inside a repeated group, only a run of one character whose end the next character
            # settles: "( [a-z]+)*" is linear, "(\w+\s?)*" is not.
            if not single or _meets(first, after):
                raise Refused("nested quantifiers: a repeated group repeats inside, as in (a+)+ (exponential "
                              "backtracking)")
            return
        if _meets(first, after):
            unbounded = high == _MAXREPEAT or high > LINE_CHARS
            self.choice(LINE_CHARS + 1 if unbounded else high - low + 1, "a repeat")
        if not single:
            # Inside, every choice must be settled by the next character: after the body comes the
            # body again, or what follows the repeat.
            self.sequence(body, _First(first.atoms + after.atoms, after.nullable), strict=True)


def _backref_text(pattern: str) -> str:
    import re

    found = re.search(r"\\[1-9]\d*|\(\?P=\w+\)|\(\?\(\w+\)", pattern)
    return found.group(0) if found else pattern


def _first_of(items: Sequence[Any], follow: _First) -> _First:
    """The characters *items* can start with (those of *follow* too where they can be empty)."""
    atoms: list[Atom] = []
    for op, av in items:
        part = _first_item(op, av)
        atoms.extend(part.atoms)
        if not part.nullable:
            return _First(atoms, False)
    return _First(atoms + follow.atoms, follow.nullable)


def _first_item(op: Any, av: Any) -> _First:
    if op in _SINGLE_CHARACTER:
        return _First([(op, av)], False)
    if op in _REPEATS:
        low, _, body = av
        inner = _first_of(list(body), _First())
        return _First(inner.atoms, inner.nullable or low == 0)
    if op == _BRANCH:
        parts = [_first_of(list(alt), _First()) for alt in av[1]]
        return _First([a for p in parts for a in p.atoms], any(p.nullable for p in parts))
    if op == _SUBPATTERN:
        return _first_of(list(av[-1]), _First())
    if op == _ATOMIC:
        return _first_of(list(av), _First())
    if op in _BACKREFS:
        return _First([(_ANY, None)], True)
    return _First()  # anchors and lookarounds match no character


def _overlapping(parts: list[_First]) -> bool:
    """Whether two of *parts* can start with the same character (or one can be empty)."""
    if sum(p.nullable for p in parts) > 1:
        return True
    return any(_meets(a, b) for i, a in enumerate(parts) for b in parts[i + 1:])


def _meets(a: _First, b: _First) -> bool:
    """Whether a character can start both *a* and *b*."""
    if not a.atoms or not b.atoms:
        return False
    for char in _candidates([*a.atoms, *b.atoms]):
        if any(_holds(atom, char) for atom in a.atoms) and any(_holds(atom, char) for atom in b.atoms):
            return True
    return False


def _candidates(atoms: Iterable[Atom]) -> list[str]:
    found = list(_SAMPLES)
    for op, av in atoms:
        if op in (_LITERAL, _NOT_LITERAL):
            found.append(chr(av))
        elif op == _IN:
            for kind, value in av:
                if kind == _LITERAL:
                    found.append(chr(value))
                elif kind == _constants.RANGE:
                    found.extend((chr(value[0]), chr(value[1])))
    return found


def _holds(atom: Atom, char: str) -> bool:
    """Whether the one-character item *atom* matches *char* (case folded both ways, to be safe)."""
    op, av = atom
    code = ord(char)
    if op == _ANY:
        return char != "\n" or av is not None
    if op == _LITERAL:
        return _same_letter(code, av)
    if op == _NOT_LITERAL:
        return bool(code != av)
    negate = False
    hit = False
    for kind, value in av:
        if kind == _constants.NEGATE:
            negate = True
        elif kind == _LITERAL:
            hit = hit or _same_letter(code, value)
        elif kind == _constants.RANGE:
            hit = hit or value[0] <= code <= value[1] or value[0] <= ord(char.lower()) <= value[1] \
                or value[0] <= ord(char.upper()[:1] or char) <= value[1]
        elif kind == _constants.CATEGORY:
            hit = hit or _in_category(value, char)
    return hit != negate


def _same_letter(code: int, other: int) -> bool:
    char, wanted = chr(code), chr(other)
    return char == wanted or char.lower() == wanted.lower()


def _in_category(category: Any, char: str) -> bool:
    name = str(category).upper()
    negated = "_NOT_" in name
    if "DIGIT" in name:
        hit = char.isdecimal()
    elif "SPACE" in name:
        hit = char.isspace()
    elif "WORD" in name:
        hit = char.isalnum() or char == "_"
    elif "LINEBREAK" in name:
        hit = char == "\n"
    else:  # pragma: no cover - every sre category is one of the above
        return True
    return hit != negated
