"""The ``shape`` family: lines whose form gives them away (``shape:url``, ``shape:breadcrumb``,
``shape:menu-row``, ``shape:placeholder``), and runs of menu items at the head or foot
(``shape:menu``)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

from boilerstrip.rules.cues import CUE_FOLDER, parse_cue_file, shipped_cue_files
from boilerstrip.text.code import is_code
from boilerstrip.text.shape import has_digit

#: A line that is nothing but a web address.
BARE_URL: Final = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: "Home > News > World": short segments joined by arrow-like separators.
BREADCRUMB: Final = re.compile(r"^[^>›»]{1,40}(?:\s+[>›»]\s+[^>›»]{1,60}){2,8}$")
#: A page template's filler text left in place: its standard opening ("Lorem ipsum dolor sit amet,
#: consectetur ...") or the two words alone, numbered at most ("Lorem Ipsum", "- Lorem ipsum 2"),
#: a bullet or a heading mark before them. A sentence about the filler ("Lorem ipsum, the text
#: printers have used since ...") is an article's.
PLACEHOLDER: Final = re.compile(
    r"^[^\w]{0,3}lorem ipsum(?: dolor sit amet\b|[^\w]{0,3}\d{0,2}[^\w]{0,3}$)", re.IGNORECASE
)
#: A menu laid out in one table row or one line: "| Home | News | Sport | Weather |".
MENU_ROW_SPLIT: Final = re.compile(r"\s[|·•]\s|^\||\|$")
MENU_ROW_MIN_CELLS: Final = 4
#: A menu item: a few words, no sentence punctuation at the end, no digits.
MENU_ITEM_MAX_WORDS: Final = 3
_SENTENCE_END: Final = tuple(".!?:;,…\"”'’)")
#: Words that open a byline or dateline, which sit among short lines at the head but are article.
_BYLINE_OPENERS: Final = frozenset({"by", "von", "par", "por", "di", "door", "от", "przez", "de", "posted", "written"})


#: What a line's shape alone makes it (see :func:`shape_kind`).
NO_SHAPE: Final = 0
URL_SHAPE: Final = 1
BREADCRUMB_SHAPE: Final = 2
MENU_ROW_SHAPE: Final = 3
PLACEHOLDER_SHAPE: Final = 4


def shape_kind(text: str, count: int) -> int:
    """What line *text* of *count* words is by its shape alone: a bare URL, a breadcrumb, a menu
    row (MENU_ROW_MIN_CELLS cells of a menu item's few words), a template's filler text, or none
    of these (NO_SHAPE). It depends on the line only, so a Line keeps it across passes (see
    Document.shape_kind); where the line stands and what its neighbours are is
    :func:`classify_shapes`'s to weigh."""
    if count == 1 and BARE_URL.match(text):
        return URL_SHAPE
    if (
        count <= 16
        # BREADCRUMB needs one of its separators: substring tests are far cheaper than a match.
        and (">" in text or "›" in text or "»" in text)
        and BREADCRUMB.match(text)
        and not is_code(text)  # a CSS selector: "thead > tr:last-of-type > th {"
    ):
        return BREADCRUMB_SHAPE
    if count <= 40 and ("|" in text or "·" in text) and is_menu_row(text):
        return MENU_ROW_SHAPE
    # The substring tests first: they spare the match on every other line. Every match holds a
    # "p" or "P" among its first sixteen characters (the "ipsum" of "lorem ipsum" after at most
    # three marks; no other character lower-cases to "p"), which most lines' heads do not.
    head = text[:16]
    if ("p" in head or "P" in head) and "orem ipsum" in head.lower() and PLACEHOLDER.match(text):
        return PLACEHOLDER_SHAPE
    return NO_SHAPE


def classify_shapes(doc: Document) -> None:
    """Remove lines whose shape alone gives them away: breadcrumbs and a template's filler text
    anywhere, and bare URLs outside the article body (inside it, a URL is often the article's own
    reference); menu rows but those of a table (see _next_to_data_row)."""
    first, last = doc.first_paragraph(), doc.last_paragraph()
    for i in range(len(doc)):
        kind = doc.shape_kind(i)
        if kind == NO_SHAPE:
            continue
        if kind == URL_SHAPE:
            if first is None or last is None or not first < i < last:
                doc.add(i, "shape:url", "navigation")
        elif kind == BREADCRUMB_SHAPE:
            doc.add(i, "shape:breadcrumb", "navigation")
        elif kind == PLACEHOLDER_SHAPE:
            doc.add(i, "shape:placeholder", "other")
        elif not _next_to_data_row(doc, i):
            doc.add(i, "shape:menu-row", "navigation")
    share_bars(doc)


#: The file of social networks' names (language-independent), beside the languages' folders.
NETWORKS_FILE: Final = "networks.txt"
#: A share or follow bar is a short line ...
SHARE_BAR_MAX_WORDS: Final = 12
#: ... that names at least this many networks ...
SHARE_BAR_MIN_NETWORKS: Final = 2
#: ... and whose words are this share of networks' names and the words of sharing and following
#: ("Share on Facebook, X or WhatsApp", "Condividi su Facebook, WhatsApp o via email"): a
#: sentence that names networks has words of its own ("Share prices of Facebook and Twitter fell
#: sharply", "Users can share posts on Facebook, WhatsApp and Telegram").
SHARE_BAR_MIN_CUE_SHARE: Final = 0.4
#: A bar's label ("Artikel teilen:", "Share this:") has at most this many words before its colon.
SHARE_LABEL_MAX_WORDS: Final = 3
#: Where a name stands alone: no letter of a Latin or Cyrillic script, digit, apostrophe or
#: hyphen beside it ("x" in "Facebook, X", "Xでポスト", not in "xbox"; "vk" not in "vkusno").
_NAME_EDGE: Final = "0-9a-z\u00c0-\u024f\u0400-\u04ff'\\-"


class SharePatterns:
    """The patterns of a share bar in some languages: the networks' names anywhere, the words of
    sharing and following (the languages' social cues that are no network's name) anywhere, and
    one of those opening the line."""

    __slots__ = ("networks", "opener", "words")

    def __init__(self, networks: re.Pattern[str], words: re.Pattern[str], opener: re.Pattern[str]) -> None:
        self.networks = networks
        self.words = words
        self.opener = opener


def _alternation(names: list[str], stems: list[str] | None = None) -> str:
    """A pattern of *names* as whole words, and of *stems* as a word's start (see cues.STEM_MARK)."""
    whole = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    pattern = f"(?:{whole})(?![{_NAME_EDGE}])"
    if stems:
        pattern = f"(?:{pattern}|(?:{'|'.join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))}))"
    return f"(?<![{_NAME_EDGE}]){pattern}"


@lru_cache(maxsize=16)
def share_patterns(languages: tuple[str, ...] | None) -> SharePatterns:
    """The share bar's patterns for *languages* (all when None)."""
    # A pure memo of read-only package data, as the compiled rules and cues.
    text = (resources.files("boilerstrip.rules") / "data" / NETWORKS_FILE).read_text(encoding="utf-8")
    networks = sorted({line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")})
    named = set(networks)
    cues = [
        cue
        for lang, category, text in shipped_cue_files(languages)
        if category == "social"
        for cue in parse_cue_file(text.splitlines(), category, lang, f"{lang}/{CUE_FOLDER}/{category}")
        if cue.text not in named
    ]
    words = sorted({cue.text for cue in cues if not cue.stem})
    stems = sorted({cue.text for cue in cues if cue.stem})
    sharing = _alternation(words, stems)
    return SharePatterns(re.compile(_alternation(networks)), re.compile(sharing), re.compile(r"^[^\w]{0,3}" + sharing))


def is_share_bar(norm: str, words: int, patterns: SharePatterns) -> bool:
    """Whether a line (*norm*, its normal form, of *words* words) is a share or follow bar:
    SHARE_BAR_MIN_NETWORKS networks named in SHARE_BAR_MAX_WORDS words at most, with a word of
    sharing or following that opens the line or its short label, and few words besides.

    >>> p = share_patterns(("de", "en", "it"))
    >>> [is_share_bar(t, len(t.split()), p) for t in ("share on facebook, x or whatsapp",
    ...     "artikel teilen: per whatsapp, facebook oder e-mail", "condividi su facebook, whatsapp o via email.",
    ...     "users can share posts on facebook, whatsapp and telegram.", "meta owns facebook, whatsapp and instagram.",
    ...     "share prices of facebook and twitter fell sharply")]
    [True, True, True, False, False, False]
    """
    if words > SHARE_BAR_MAX_WORDS:
        return False
    networks = {m.group() for m in patterns.networks.finditer(norm)}
    if len(networks) < SHARE_BAR_MIN_NETWORKS:
        return False
    label, colon, _ = norm.partition(":")
    opened = patterns.opener.search(norm) is not None or (
        bool(colon) and len(label.split()) <= SHARE_LABEL_MAX_WORDS and patterns.words.search(label) is not None
    )
    if not opened:
        return False
    hits = len(networks) + len(patterns.words.findall(norm))
    return hits >= SHARE_BAR_MIN_CUE_SHARE * max(words, 1)


def share_bars(doc: Document) -> None:
    """Evidence (``shape:share-bar``) for a line that offers the article to social networks by
    name (see :func:`is_share_bar`): a bar of share or follow buttons, in any language the page's
    social cues speak, wherever it stands."""
    patterns = share_patterns(doc.config.languages)  # a memo, built with the Cleaner
    for i, counts in enumerate(doc.cue_counts()):
        # A bar holds at least a word of sharing and two networks, each a social cue of most
        # languages: the count spares the patterns on every other line.
        if counts.get("social", 0) < SHARE_BAR_MIN_NETWORKS or doc.words[i] > SHARE_BAR_MAX_WORDS:
            continue
        if is_share_bar(doc.lines[i].norm, doc.words[i], patterns):
            doc.add(i, "shape:share-bar", "social")


def is_menu_row(text: str) -> bool:
    """At least MENU_ROW_MIN_CELLS cells, each a menu item's few words without digits."""
    if has_digit(text):
        return False  # a digit is in some cell (the separators hold none): no need to split
    cells = [cell.strip() for cell in MENU_ROW_SPLIT.split(text.strip())]
    cells = [cell for cell in cells if cell]
    return len(cells) >= MENU_ROW_MIN_CELLS and all(
        len(cell.split()) <= MENU_ITEM_MAX_WORDS for cell in cells
    )


def _next_to_data_row(doc: Document, i: int) -> bool:
    """A row of short words above or below a table row of data (figures, or a cell longer than a
    menu item's) is that table's header; beside a row of as many cells, it is one of its rows (a
    menu is one row, a table of "Yes" and "No" is many)."""
    cells = _cell_count(doc.texts[i])
    for k in (i - 1, i + 1):
        if 0 <= k < len(doc):
            text = doc.texts[k]
            if text.startswith("|") and (has_digit(text) or not doc.menu_row(k) or _cell_count(text) == cells):
                return True
            if k == i + 1 and "-" in text and _CELL_RULE.match(text):
                return True
    return False


#: The rule a console prints under a table's header row, its columns crossed by "+" or "|"
#: ("-------+-----+------", a database shell's output); a menu has no header row.
_CELL_RULE: Final = re.compile(r"^\s*[-=]{2,}(?:[+|][-=]{2,})+[+|]?\s*$")


def _cell_count(text: str) -> int:
    return sum(1 for cell in MENU_ROW_SPLIT.split(text.strip()) if cell.strip())


def _is_menu_item(doc: Document, i: int) -> bool:
    # The word count first: it spares normalising the article's long lines. A table row's
    # cells are judged on the words of its normal form below, however many the row has.
    if doc.words[i] > MENU_ITEM_MAX_WORDS + 2 and "|" not in doc.texts[i]:
        return False
    norm = doc.lines[i].norm
    if not norm or is_code(doc.texts[i]):
        return False  # a sample's "</div>" or "<Button />" is the documentation's
    words = norm.split()
    text = doc.texts[i].strip(" |\t")
    return (
        len(words) <= MENU_ITEM_MAX_WORDS
        and not has_digit(norm)
        and not text.endswith(_SENTENCE_END)
        and words[0] not in _BYLINE_OPENERS
    )


def menu_runs(doc: Document) -> None:
    """Runs of menu items before the article's first paragraph or after its last one. A zone
    that holds more words than the article's paragraphs holds no menu: it is the page's own list
    (a listing's items, a glossary's terms) under a short introduction."""
    first, last = doc.first_paragraph(), doc.last_paragraph()
    if first is None or last is None:
        return
    reasons, counts = doc.reasons, doc.words
    body_words = sum(counts[first:last + 1])
    # The line just above the first paragraph is the headline (or standfirst), however short.
    head_end = first - 1 if first > 0 and first - 1 not in reasons else first
    zones = (range(0, head_end), range(last + 1, len(doc)))
    for zone in zones:
        if sum(counts[i] for i in zone) > body_words:
            continue
        run: list[int] = []
        for i in [*zone, -1]:
            if i >= 0 and (
                (_is_menu_item(doc, i) and not _heads_table(doc, i)) or (i in reasons and counts[i] <= 6)
            ):
                run.append(i)
                continue
            if i >= 0 and not counts[i]:
                continue  # an empty table row ("|  |  |") neither makes nor breaks a run
            if not run:
                continue  # nothing to decide: an empty run removes nothing
            # At the very top a shorter run will do when a rule has already marked part of it:
            # a section label over a share bar ("Science", "Share") is a menu of two.
            needed = doc.config.menu_min_run
            if run[0] == 0 and any(k in reasons for k in run):
                needed = 2
            if len(run) >= needed and zone.start == 0 and _is_title(doc, run[0], first, last):
                # the page's title neither makes nor breaks the run under it
                run, needed = run[1:], doc.config.menu_min_run
            if (
                len(run) >= needed
                and not all(k in reasons for k in run)
                and not _in_item_list(doc, run)
                and not _introduced(doc, run[0], last)
            ):
                for k in run:
                    doc.add(k, "shape:menu", "navigation")
            run = []


#: Words of at most this many letters ("and", "the", "of") say nothing of a line's subject, unless
#: the line has no longer one ("API", "CSS").
_SHORT_WORD: Final = 3
#: How often a title's word recurs in the body: a one-word title, at least this often.
_TITLE_MIN_RECURRENCE: Final = 3
_WORD: Final = re.compile(r"\w+")


def _is_title(doc: Document, top: int, first: int, last: int) -> bool:
    """Whether line *top*, the first of a run at the head, is the page's title, not a menu's
    first item: the page's first line, with no bullet, and words that the body goes on using
    ("WebSocket" over a reference page that names it twenty times, "Dark Roast Coffee" over its
    product page). Every word of it (or of its longer ones) is in the body, and one at least
    _TITLE_MIN_RECURRENCE times; a menu's first item ("Home", "News", "Shop") is seldom the
    subject the body is about. Asked only of a run that would go, so the body is read seldom."""
    if any(doc.words[k] for k in range(top)) or doc.texts[top].startswith(BULLETS):
        return False
    words = _WORD.findall(doc.texts[top].lower())
    long_words = [word for word in words if len(word) > _SHORT_WORD] or words
    if not long_words:
        return False
    wanted = set(long_words)
    seen = dict.fromkeys(wanted, 0)
    for i in range(first, last + 1):
        if i not in doc.reasons:
            for word in _WORD.findall(doc.texts[i].lower()):
                if word in wanted:
                    seen[word] += 1
    return min(seen.values()) >= 1 and max(seen.values()) >= _TITLE_MIN_RECURRENCE


#: The rule under a table's header row, as extractors print it: "|---|", "| --- | :---: |".
_TABLE_RULE: Final = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _heads_table(doc: Document, i: int) -> bool:
    """Whether line *i* is a table's header row (a rule under it: "| Specification |" over
    "|---|") or the heading right over such a table ("Specifications"): a documentation page's
    section, not a menu item. A menu laid out in a table has no header row."""
    for k in (i + 1, i + 2):
        if k < len(doc) and doc.texts[k].startswith("|") and "---" in doc.texts[k] and _TABLE_RULE.match(doc.texts[k]):
            return k == i + 1 or doc.texts[i + 1].startswith("|")
    return False


#: A sentence that introduces a list has at least this many words.
INTRODUCTION_MIN_WORDS: Final = 12
#: It ends with a colon: a sentence that ends with a stop may be the page's last word before its
#: furniture ("Visit our site for all the latest news." over "TrackBack").
_INTRODUCTION_END: Final = (":", "：")


def _introduced(doc: Document, start: int, last: int) -> bool:
    """Whether the run from *start*, at the foot, is a list under a sentence that announces it:
    a sentence of INTRODUCTION_MIN_WORDS words or more that ends with a colon, the body's last
    paragraph or a line after it ("Every product is rich in the vitamins and minerals that
    support your health, among them:" over "Immune Support", "Heart Health", ...). A menu under
    an article sits under a paragraph that ends its sentence, or under other furniture."""
    k = start - 1
    while k > last and not doc.words[k]:
        k -= 1
    return (
        k >= last
        and k not in doc.reasons
        and doc.words[k] >= INTRODUCTION_MIN_WORDS
        and doc.texts[k].rstrip().endswith(_INTRODUCTION_END)
    )


#: Bullets that open a list's item ("- Adjustable hood", "• Wiring Methods").
BULLETS: Final = ("- ", "– ", "— ", "• ", "* ", "· ", "✔ ", "✓ ")


def _in_item_list(doc: Document, run: list[int]) -> bool:
    """Whether the bulleted items of *run* are part of a longer list whose other items are no
    menu items: a product's features ("- Adjustable hood", ..., "- 2.5-layer construction"), a
    specification's fields and values, a box's contents. A menu's items are all of one shape;
    the page's own list holds figures and phrases among its short items."""
    bullets = {doc.texts[k][:2] for k in run if doc.texts[k].startswith(BULLETS)}
    for bullet in bullets:
        items = [k for k in run if doc.texts[k].startswith(bullet)]
        for start, step in ((items[0] - 1, -1), (items[-1] + 1, 1)):
            k = start
            while 0 <= k < len(doc) and doc.texts[k].startswith(bullet):
                if k not in doc.reasons and not _is_menu_item(doc, k):
                    return True
                k += step
        # inside the run too: a removed line between its items ("- 10C, 25C, 50C, $1") that a
        # rule took does not make the others a menu
    return False
