"""Line normalisation shared by the rule files and the matcher.

A rule is written, and a line is matched, in one normal form: lower-cased, typographic apostrophes
made plain, whitespace collapsed, and decoration at both ends (punctuation, bullets, arrows)
stripped, so that ``» Read More…`` and ``[read more]`` are the same line to the rules.

>>> normalise("  » Read   More…  ")
'read more'
>>> normalise("Don’t miss: OUR newsletter!")
"don't miss: our newsletter"
>>> normalise("156 Responses to “Shuteye”")
'156 responses to "shuteye'
>>> normalise("Kommentare (3)"), normalise("[Reply]"), normalise("(Read more…)")
('kommentare (3)', 'reply', 'read more')
>>> normalise("▶️ Mantente informado 👉")
'mantente informado'
>>> normalise("© 2024 Example Media")
'© 2024 example media'

Scripts beyond the Latin one: full-width and CJK punctuation, Arabic punctuation and the Turkish
capital I's are handled too (see :data:`EDGE_CHARS` and :func:`fold_letters`):

>>> normalise("【阅读全文】"), normalise("评论（3）"), normalise("«اقرأ أيضا»؟"), normalise("İLGİLİ HABERLER")
('阅读全文', '评论（3）', 'اقرا ايضا', 'ilgili haberler')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

#: ``str.lower``, called through the type: the definition of :data:`lower`. In a build compiled
#: with mypyc, ``text.lower()`` is inlined as a character-by-character mapping that misses Greek
#: final sigma (``"ΟΔΟΣ"`` gives ``"οδοσ"``, not ``"οδος"``); called so, both builds run CPython's
#: own and agree on every text.
py_lower: Final[Callable[[str], str]] = str.lower


def _lower() -> Callable[[str], str]:
    try:
        from boilerstrip._native import lower as native_lower
    except ImportError:  # a plain-Python build: no C extension
        return py_lower
    return native_lower


#: A string lower-cased as ``str.lower`` does it: in C where the extension is built (a line with
#: a typographic quote or dash is lower-cased character by character there, where CPython takes
#: its slower path for any string beyond ASCII), else ``str.lower`` itself.
lower: Final[Callable[[str], str]] = _lower()

# Characters stripped from both ends of a line before matching. Kept on purpose: letters, digits,
# "#", "@", "$", "%", "&" and "©", which carry meaning in boilerplate ("© 2024", "#ad", "@handle"),
# and their full-width forms. "※" is the reference mark Japanese notes open with. The last two
# lines: the punctuation and brackets of Chinese, Japanese and Korean text ("【独家】",
# "「続きを読む」", "全文を読む。") in their CJK and full-width forms, and Arabic and Persian
# punctuation (comma, semicolon, question mark, full stop, the five-pointed star used as a
# bullet); the Arabic letters' joiners (ZWNJ, ZWJ) are format characters, stripped at the edges
# as the other ones are (see _strip_symbols).
EDGE_CHARS: Final = (
    " \t\r\n\f\v\u00a0\u2007\u202f\u200b\u200e\u200f\ufeff"
    "!\"'()*+,-./:;<=>?[\\]^_`{|}~"
    "«»‹›„“”‘’‚…–—―•·●◦▪▫■□►▶▸◀◂◄→←↑↓⇒⇨➔➜➤✓✔✕✖×|¦†‡§¶※"
    "、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟・！＂＇（）＊＋，－．／：；＜＝＞？［＼］＾＿｀｛｜｝～｟｠｡｢｣､･"
    "،؛؟۔٭"
)

#: Typographic characters and their plain forms. No plain form is itself replaced, so replacing
#: them one after another gives what one ``str.translate`` would, and ``str.replace`` runs in C
#: where ``translate`` with non-ASCII characters goes through a dict lookup per character.
_APOSTROPHES: Final = (
    ("’", "'"), ("‘", "'"), ("ʼ", "'"), ("`", "'"), ("´", "'"),
    ("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("«", '"'), ("»", '"'),
    ("\u00a0", " "),
)


#: The characters _APOSTROPHES maps: most lines hold none, and one search rules them all out.
_TYPOGRAPHIC: Final = re.compile("[’‘ʼ`´“”„‟«»\u00a0]")

#: Closing brackets, each with its opening one: a closer at the end of a line stays when the line
#: opened it (a counter, "comments (3)", "评论（3）"), and goes with the rest of the edge when not.
_OPENER: Final = {
    ")": "(", "]": "[", "}": "{", "）": "（", "］": "［", "｝": "｛", "】": "【", "」": "「", "』": "『",
    "》": "《", "〉": "〈", "〕": "〔", "〗": "〖", "〙": "〘", "〛": "〚", "｣": "｢", "｠": "｟",
}
_CLOSERS: Final = "".join(_OPENER)
_EDGE_BUT_CLOSERS: Final = EDGE_CHARS.translate(str.maketrans("", "", _CLOSERS))


def normalise(line: str) -> str:
    """Return the normal form of *line* that rules are written in.

    A closing bracket at the end stays when the line opened it (``comments (3)``), so that
    counters keep their shape; a bracket around the whole line goes (``[reply]`` -> ``reply``).
    """
    return normalise_collapsed(" ".join(line.split()))


def normalise_collapsed(text: str) -> str:
    """:func:`normalise` for a line whose whitespace is collapsed already (``" ".join(line.split())``,
    which a caller that counted the line's words has at hand).

    Collapsing first gives what collapsing after lower-casing and the typographic mapping would:
    ``str.lower`` maps every whitespace character to itself and no other character to whitespace,
    and no typographic character but the no-break space (whitespace itself) maps to whitespace.
    A line of ASCII only is normalised in C where the extension is built (most lines are).
    """
    form = ascii_normal_form(text)
    return form if form is not None else py_normalise_collapsed(text)


def py_ascii_normal_form(text: str) -> str | None:
    """:func:`py_normalise_collapsed` of a line of ASCII only, None for any other line (the
    definition of the C scan, which only spares the calls for the most common lines).

    >>> py_ascii_normal_form("[Read More]"), py_ascii_normal_form("Comments (3)"), py_ascii_normal_form("Café")
    ('read more', 'comments (3)', None)
    """
    return py_normalise_collapsed(text) if text.isascii() else None


def py_normalise_collapsed(text: str) -> str:
    """:func:`normalise_collapsed` in Python, for every line."""
    text = lower(text)
    # "`" is the one typographic character in ASCII, and an ASCII line holds no other.
    if ("`" in text or not text.isascii()) and _TYPOGRAPHIC.search(text):
        for typographic, plain in _APOSTROPHES:
            text = text.replace(typographic, plain)
    if not text.isascii():
        text = fold_letters(text)
    text = text.lstrip(EDGE_CHARS)
    while text and not text[0].isalnum():
        # Decoration and edge characters may alternate ("▶ (⒜ x"): strip until neither is
        # left, so that the normal form of a normal form is itself.
        stripped = _strip_symbols(text).lstrip(EDGE_CHARS)
        if stripped == text:
            break
        text = stripped
    text = _strip_end(text)
    while text and text[-1] in _CLOSERS and text.count(_OPENER[text[-1]]) < text.count(text[-1]):
        text = _strip_end(text[:-1])
    return text


def _strip_end(text: str) -> str:
    """*text* without the edge characters (but closing brackets) and decoration at its end."""
    text = text.rstrip(_EDGE_BUT_CLOSERS)
    while text and not text[-1].isalnum():
        stripped = _strip_symbols(text, from_end=True).rstrip(_EDGE_BUT_CLOSERS)
        if stripped == text:
            break
        text = stripped
    return text


#: The letters :func:`fold_letters` replaces, each with its one form (None: dropped).
_FOLDS: Final[dict[int, str | None]] = {
    ord("ı"): "i",
    # Arabic script: hamza forms of alef, alef maqsura and the Persian yeh and kaf
    ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ى"): "ي", ord("ی"): "ي", ord("ک"): "ك",
    0x0640: None,  # tatweel, the stretching of a word
    **{code: None for code in range(0x064B, 0x0660)},  # harakat: short vowels, shadda, sukun
    0x0670: None,  # superscript alef
    0x200C: " ",  # zero-width non-joiner
    # Devanagari letters with a nukta, written as one code point: the letter and the nukta, as
    # Unicode's canonical form writes them ("ढ़" of "पढ़ें" is U+095D on some sites, U+0922 U+093C
    # on others)
    **{0x0958 + k: base + "\u093c" for k, base in enumerate("कखगजडढफय")},
    # ... and the three of Bengali ("য়" of "গোপনীয়তা")
    0x09DC: "\u09a1\u09bc", 0x09DD: "\u09a2\u09bc", 0x09DF: "\u09af\u09bc",
    # Romanian s and t with a comma below, which older sites and keyboards write with a cedilla
    # (as Turkish writes its ş): one letter, the cedilla's
    ord("ș"): "ş", ord("ț"): "ţ",
}
_SPACE_RUN: Final = re.compile(" {2,}")
#: Whether a text holds any character :func:`fold_letters` changes.
_FOLDED: Final = re.compile("[ıأإآىیک\u0307\u200c\u0640\u064b-\u065f\u0670\u0958-\u095f\u09dc\u09dd\u09df\u0219\u021b]")


def fold_letters(text: str) -> str:
    """The letters that one language writes in several ways, made one, in a lower-cased text:

    - Turkish capital I's. ``str.lower`` makes "İ" an "i" with a combining dot above, and "I" the
      "i" of every other language where Turkish writes "ı": so "İlgili haberler", "İLGİLİ
      HABERLER" and "Ilgili Haberler" (typed without Turkish keys) would be three lines. Both
      become "i", and Turkish rules and cues are written with "i" for "ı" ("kayit ol").
    - Arabic and Persian spellings that sites vary: the hamza forms of alef (أ إ آ) become ا,
      alef maqsura (ى) and the Persian yeh (ی) become ي, the Persian kaf (ک) becomes ك; the
      tatweel that stretches a word, and the short-vowel marks (harakat) that few sites write,
      go. So "اقرأ أيضاً" and "اقرا ايضا" are one line, and Persian rules are written with ي and ك.
    - The zero-width non-joiner that Persian writes inside words (between the two parts of
      "اشتراک گذاری", sharing), where sites as often put a space: it becomes a space.
    - The Devanagari and Bengali letters with a nukta that some sites write as one code point
      (U+0958 to U+095F, U+09DC, U+09DD, U+09DF): they become the letter and the nukta, Unicode's
      canonical form of them.
    - Romanian ș and ț (comma below), which older sites write with a cedilla: they become ş and
      ţ, so Romanian rules are written with the cedilla, as Turkish ones are.

    Nothing here touches ASCII, so ASCII lines (normalised in C) need none of it. A text of
    several lines may be folded at once: its line breaks stay where they are.

    >>> fold_letters(lower("İLGİLİ Haberler")), fold_letters("kayıt ol"), fold_letters("اقرأ أيضاً")
    ('ilgili haberler', 'kayit ol', 'اقرا ايضا')
    >>> fold_letters("اشتراک\\u200cگذاری") == "اشتراك گذاري"
    True
    """
    if _FOLDED.search(text) is None:
        return text
    text = text.translate(_FOLDS)
    while "i\u0307" in text:  # a loop, for an "İ" followed by more dots: once folded, it stays so
        text = text.replace("i\u0307", "i")
    if "  " in text:
        # A joiner beside a space leaves two. Only runs of spaces are collapsed, so that a
        # document's lines, folded at once, stay its lines; one at an edge is an edge character.
        text = _SPACE_RUN.sub(" ", text)
    return text


#: Unicode categories of decoration: emoji and other symbols, joiners, variation selectors.
_DECORATION: Final = frozenset({"So", "Sk", "Cf", "Mn", "Me"})
_KEPT_SYMBOLS: Final = "©®℗"


def _strip_symbols(text: str, from_end: bool = False) -> str:
    """Strip emoji bullets ("▶️", "👉") from one end; "©" and "®" stay, and so do the combining
    marks that end a word (a vowel sign of Hindi "करें", a tone mark of Thai "ที่")."""
    while text:
        ch = text[-1] if from_end else text[0]
        if ch in _KEPT_SYMBOLS or unicodedata.category(ch) not in _DECORATION:
            break
        if from_end and _ends_letter_with_marks(text):
            break
        text = (text[:-1] if from_end else text[1:]).strip(" ")
    return text


#: Combining marks: decoration after a symbol (the variation selector of "▶️", a keycap's
#: enclosing mark), part of the letter before them in the scripts that write vowels so (with
#: the spacing vowel signs, "Mc", as the "ा" under the "ँ" of Hindi "टिप्पणियाँ").
_MARKS: Final = frozenset({"Mn", "Me", "Mc"})


def _ends_letter_with_marks(text: str) -> bool:
    """Whether *text* ends with combining marks on a letter or digit."""
    k = len(text) - 1
    while k >= 0 and unicodedata.category(text[k]) in _MARKS:
        k -= 1
    return 0 <= k < len(text) - 1 and text[k].isalnum()


try:
    from boilerstrip._native import ascii_normal_form as ascii_normal_form
except ImportError:  # a plain-Python build: no C extension
    ascii_normal_form = py_ascii_normal_form


def is_word_char(ch: str) -> bool:
    """True for characters that continue a word: letters, digits, underscore, and the combining
    marks written on a letter (the vowel signs of Hindi: "हम" is no word of "हमें" or "हमेशा"),
    but for the variation selectors that follow an emoji."""
    if ch.isalnum() or ch == "_":
        return True
    # No combining mark comes before U+0300: the spaces and punctuation that stand between words
    # (nearly every character asked about) are told apart without looking up their category.
    if ch < _FIRST_MARK:
        return False
    return unicodedata.category(ch) in _WORD_MARKS and not "\ufe00" <= ch <= "\ufe0f"


#: The combining marks that belong to the word they are written in (see is_word_char).
_WORD_MARKS: Final = frozenset({"Mn", "Mc"})
#: The first combining mark (U+0300, the combining grave accent): below it, none.
_FIRST_MARK: Final = "\u0300"


#: The code points of the scripts written without spaces between words: Chinese (Han, with the
#: iteration and closing marks 々 〆 〇), Japanese kana, Thai, Lao, Myanmar and Khmer. The one
#: definition of :func:`is_unspaced`, of word counts (:mod:`boilerstrip.text.shape`, whose C
#: twin holds a copy that the tests compare on every code point) and of phrase boundaries.
#: Korean is not here: it writes spaces between words.
UNSPACED_RANGES: Final[tuple[tuple[int, int], ...]] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # Han, extension A
    (0x4E00, 0x9FFF),  # Han
    (0xF900, 0xFAFF),  # Han, compatibility ideographs
    (0xFF66, 0xFF9D),  # half-width katakana
    (0x20000, 0x2FA1F),  # Han, supplementary planes
)
#: The first code point of :data:`UNSPACED_RANGES`: most characters are below it.
_FIRST_UNSPACED: Final = UNSPACED_RANGES[0][0]


def is_unspaced(ch: str) -> bool:
    """True for a character of a script written without spaces between words (Chinese,
    Japanese kana, Thai, Lao, Khmer, Myanmar): a word ends and a phrase may start between two of
    them, and each counts as half a word.

    >>> is_unspaced("中"), is_unspaced("カ"), is_unspaced("한"), is_unspaced("a")
    (True, True, False, False)
    """
    code = ord(ch)
    if code < _FIRST_UNSPACED:
        return False
    for first, last in UNSPACED_RANGES:
        if code <= last:
            return code >= first
    return False


def bounded(norm: str, start: int, end: int, endings: bool = False, stem: bool = False) -> bool:
    """Whether ``norm[start:end]`` stands as whole words: not glued to a letter or digit on
    either side, unless the characters meeting there belong to a script written without spaces.

    With *endings*, for a vocabulary's words (cues, voices) rather than a rule's phrase: Korean
    writes its particles and endings onto the word ("댓글로", in the comments; "공유해 주세요",
    please share), so a word that ends in a Hangul syllable ends where the next one starts too,
    though it must still start a word ("정기후원" holds no "후원" of its own). A rule's phrase is
    written whole, its endings included ("뉴스레터를 구독" is no "뉴스레터를 구독하는 독자가 늘고 있다").
    A *stem* (a cue file's ``yorum*``) must start a word and may end anywhere.

    >>> bounded("read more now", 0, 9), bounded("bread", 1, 5), bounded("立即订阅我们", 2, 4)
    (True, False, True)
    >>> line = "댓글로 남겨 주세요"
    >>> bounded(line, 0, 2), bounded(line, 0, 2, endings=True), bounded("정기후원", 2, 4, endings=True)
    (False, True, False)
    """
    if start > 0:
        before, first = norm[start - 1], norm[start]
        if is_word_char(before) and is_word_char(first) and not (is_unspaced(before) or is_unspaced(first)):
            return False
    if end < len(norm) and not stem:
        last, after = norm[end - 1], norm[end]
        if (
            is_word_char(last) and is_word_char(after) and not (is_unspaced(last) or is_unspaced(after))
            and not (endings and _is_hangul(last) and _is_hangul(after))
        ):
            return False
    return True


#: The Hangul syllables, in which Korean is written (see bounded).
_HANGUL_FIRST: Final = 0xAC00
_HANGUL_LAST: Final = 0xD7A3


def _is_hangul(ch: str) -> bool:
    return _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST
