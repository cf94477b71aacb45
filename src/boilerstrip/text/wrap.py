"""Hard-wrapped text: paragraphs that an extractor broke into lines at a fixed width.

Some extractors and converters (text browsers' dumps, e-mail-style converters) break every
paragraph at about 72 or 80 characters. Each piece then looks like a short line: no piece ends as
a sentence ends, and a rule for short lines could take one piece of an article's paragraph. Such
a document is judged paragraph by paragraph: :func:`paragraphs` groups the pieces, the cleaner
decides on each paragraph's joined text, and every line of a paragraph is kept or removed with it.

A document is hard-wrapped when its lines, once long, all stop short of one width, and every line
that stops short of it does so because the next line's first word would not have fitted: that is
how wrapping breaks, and it is what a list of headlines or a menu, with lines of any length, does
not show.

>>> text = ("The harbour board approved the new ferry timetable on Monday after a long\\n"
...         "debate with residents, who had asked for earlier sailings in winter and a\\n"
...         "later last boat on Fridays.\\n")
>>> bodies = [line.strip() for line in text.splitlines()]
>>> paragraphs(bodies * 4)[:2]
[[0, 1, 2], [3, 4, 5]]
>>> paragraphs(["Home", "News", "The council approved the budget on Tuesday night."]) is None
True
"""

from __future__ import annotations

from typing import Final

#: Widths that wrapping uses: a document whose longest line is outside these is not wrapped.
MIN_WIDTH: Final = 50
MAX_WIDTH: Final = 120
#: A line is "full" when it reaches this share of the width: most lines of a wrapped paragraph are.
FULL_SHARE: Final = 0.75
#: A document needs at least this many full lines that another line follows ...
MIN_FULL_LINES: Final = 8
#: ... and this share of its full lines followed by another line must break where the next line's
#: first word would not have fitted (a wrapped paragraph's lines all do; a list's do by chance).
MIN_WRAP_BREAKS: Final = 0.9


def _first_word_len(text: str) -> int:
    space = text.find(" ")
    return len(text) if space < 0 else space


def _breaks_for_width(line: str, following: str, width: int) -> bool:
    """Whether wrapping at *width* would have ended *line* here: the next word does not fit."""
    return len(line) + 1 + _first_word_len(following) > width


def paragraphs(bodies: list[str]) -> list[list[int]] | None:
    """The paragraphs of a hard-wrapped document, as lists of the indices of their non-blank
    lines (every non-blank line in exactly one, in order); None when the document is not
    hard-wrapped. *bodies* are the lines stripped of surrounding whitespace ('' when blank)."""
    spaced = [len(body) for body in bodies if " " in body]
    if len(spaced) < MIN_FULL_LINES:
        return None
    width = max(spaced)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    least = FULL_SHARE * width
    full = breaks = 0
    for k, body in enumerate(bodies):
        following = bodies[k + 1] if k + 1 < len(bodies) else ""
        # A full line that ends its paragraph (a blank line or the end follows) says nothing of
        # where the lines break: only one that another line follows is asked.
        if following and len(body) >= least and " " in body:
            full += 1
            if _breaks_for_width(body, following, width):
                breaks += 1
    if full < MIN_FULL_LINES or breaks < MIN_WRAP_BREAKS * full:
        return None
    groups: list[list[int]] = []
    current: list[int] = []
    for k, body in enumerate(bodies):
        if not body:
            if current:
                groups.append(current)
                current = []
            continue
        current.append(k)
        following = bodies[k + 1] if k + 1 < len(bodies) else ""
        # The paragraph goes on where this line is full and was broken for the next word.
        if not (following and len(body) >= least and _breaks_for_width(body, following, width)):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups
