"""Recognising the lines that give a reader-comment section away.

Comment sections repeat a small set of line shapes: a byline with a date and time ("Comment by
Dawn — January 7, 2008 @ 8:48 pm", "by james on January 31, 2011 at 9:59 am. #"), a bare
timestamp, a "Reply" or "Report" control, a vote counter ("(Score:3, Insightful)"). One such line
proves little (an article's own dateline looks the same); several in a row after the article's
end are a comment section.

>>> meta_kind("Comment by Dawn — January 7, 2008 @ 8:48 pm")
'byline'
>>> meta_kind("Lora Lee On Thursday, November 1 at 2:57 pm"), meta_kind("November 1 at 2:57 pm")
('byline', 'stamp')
>>> meta_kind("Re:Thank god (Score:5, Insightful)")
'score'
>>> meta_kind("July 10th, 2012, 2:06 am")
'stamp'
>>> meta_kind("3 hours ago"), meta_kind("vor 2 Stunden"), meta_kind("GrumpyGull1962"), meta_kind("7:51 pm")
('stamp', 'stamp', 'handle', 'stamp')
>>> meta_kind("Sharon says"), meta_kind("Jill Winger says"), meta_kind("The minister says")
('byline', 'byline', 'byline')
>>> meta_kind("Experts in the field of economics say"), meta_kind("Sharon says the plan will work")
(None, None)
>>> meta_kind("3小时前"), meta_kind("3 saat önce"), meta_kind("před 3 hodinami"), meta_kind("3 jam yang lalu")
('stamp', 'stamp', 'stamp', 'stamp')
>>> meta_kind("返信"), meta_kind("Yanıtla"), meta_kind("Trả lời"), meta_kind("Svara")
('control', 'control', 'control', 'control')
>>> meta_kind("- Louise, Lancaster, UK"), meta_kind("— Posted by Tom")
('signature', 'byline')
>>> meta_kind("The council met at 7:30 pm on Tuesday to discuss the plan.") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from boilerstrip.heuristics.contact import case_odd
from boilerstrip.rules.regex_index import opening_texts
from boilerstrip.text.normalise import lower
from boilerstrip.text.shape import has_decimal


class Folded:
    """A case-insensitive pattern, tried on an ASCII line (most lines) as its case-sensitive twin
    on the line lower-cased: the same answer, for a pattern whose letters are all lower-case and
    none of whose characters beyond ASCII matches an ASCII letter case-insensitively (only the
    letters of CASE_ODD do; tests/test_gates.py checks every pattern folded so). It is cheaper:
    the regex engine skips an alternative that opens with a letter at that letter's test when
    the pattern is case-sensitive, where a case-insensitive one enters it. Any other line is
    tried with the pattern as written."""

    __slots__ = ("folded", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.folded = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> bool:
        if text.isascii():
            return self.folded.search(lower(text)) is not None
        return self.pattern.search(text) is not None

    def match(self, text: str) -> bool:
        if text.isascii():
            return self.folded.match(lower(text)) is not None
        return self.pattern.match(text) is not None


#: A comment line longer than this is a comment's body, not its header or footer.
META_MAX_WORDS: Final = 14
#: ... and so is one longer than this many characters (a long line of few words is no byline).
META_MAX_CHARS: Final = 160

#: A clock time: "7:51 pm", "19.51", "19h51", and French "19 h 51".
_TIME: Final = r"\d{1,2}(?:[:.]|\s?h\s?)\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?\b)?"
_DATE_NUMERIC: Final = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日"
#: A month's name, by the first letters it is written or abbreviated with, in the languages with
#: shipped rules that write months in words (English, German, French, Spanish, Italian,
#: Portuguese, Dutch, Swedish, Indonesian, Polish, Czech, Turkish, Russian, Ukrainian), each
#: prefix followed by the rest of its word: "März", "févr.", "marzo", "września", "октября".
_MONTH_PREFIXES: Final = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mär", "maer", "mai", "okt", "dez", "fév", "fev", "avr", "jui", "aoû", "aou", "déc", "ene", "abr", "ago", "dic",
    "gen", "mag", "giu", "lug", "set", "ott", "out",
    "maa", "mei", "maj", "agu", "des", "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru", "led",
    "úno", "bře", "dub", "kvě", "čer", "srp", "zář", "říj", "pro",
    "oca", "şub", "nis", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara",
    "янв", "фев", "мар", "апр", "ма[йя]", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "січ", "лют", "бер", "кві",
    "тра", "чер", "лип", "сер", "вер", "жов", "гру",
)


def _by_first_letter(prefixes: tuple[str, ...]) -> str:
    """An alternation of *prefixes* (each opening with a plain letter), grouped by that letter:
    ``j(?:an|un|ul|ui)|f(?:eb|év|ev)|...``. It matches the same texts as the prefixes joined by
    "|", and is cheaper to try: the regex engine tests a group's first letter once where it would
    enter every prefix in turn (a case-insensitive pattern enters each before testing its letter).

    >>> _by_first_letter(("jan", "feb", "jun"))
    'j(?:an|un)|feb'
    """
    rests: dict[str, list[str]] = {}
    for prefix in prefixes:
        if not prefix[:1].isalpha():
            raise ValueError(f"a prefix that opens with no plain letter: {prefix!r}")
        rests.setdefault(prefix[0], []).append(prefix[1:])
    return "|".join(
        first + (group[0] if len(group) == 1 else "(?:" + "|".join(group) + ")") for first, group in rests.items()
    )


_MONTH: Final = "(?:" + _by_first_letter(_MONTH_PREFIXES) + r")\w*\.?"
#: "12 March 2019", "12. März 2019", "12 de marzo de 2019", "March 12, 2019", "12 марта 2019 г.".
_DATE_WORDS: Final = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s{{1,3}}(?:de\s{{1,3}})?{_MONTH},?\s{{1,3}}(?:de\s{{1,3}})?\d{{4}}"
    rf"|\b{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}})"
)
#: Today and yesterday, as comment systems print them before a time ("Yesterday at 7:51 pm",
#: "gestern um 19:51", "hier à 19h51", "ayer a las 19:51", "вчера в 19:51").
_DAY_WORDS: Final = (
    r"(?:today|yesterday|heute|gestern|aujourd'hui|aujourd’hui|hier|hoy|ayer|oggi|ieri|hoje|ontem"
    r"|vandaag|gisteren|idag|igår|i går|dzisiaj|dziś|wczoraj|dnes|včera|bugün|dün|hari ini|kemarin"
    r"|сегодня|вчера|сьогодні|вчора)"
)

#: The words a comment's byline opens with in the other languages ("Réponse de X", "Antwort von
#: X", "Respuesta a X", "Commento di X", "Postado por X", "Reactie van X", "Odpowiedź od X",
#: "Ответ от X"), and the prepositions that follow them.
_BYLINE_NOUNS: Final = (
    "réponse", "reponse", "commentaire", "posté", "poste", "publié", "antwort", "kommentar", "geschrieben",
    "gepostet", "respuesta", "comentario", "publicado", "enviado", "escrito", "risposta", "commento", "postato",
    "scritto", "inviato", "resposta", "comentário", "postado", "reactie", "antwoord", "geplaatst", "odpowiedź",
    "komentarz", "dodany", "ответ", "комментарий",
)
_BYLINE_PREPOSITIONS: Final = (
    "de", "par", "à", "von", "an", "por", "a", "di", "da", "para", "van", "door", "aan", "od", "przez", "do", "от",
    "для", "на",
)
#: The verbs a comment system prints between a name and a colon ("X says:", "X a écrit :").
_SAID: Final = (
    "says", "said", "wrote", "writes", "replied", "replies", "commented", "schreibt", "schrieb", "sagt", "écrit",
    "a écrit", "dice", "escribe", "escribió", "ha detto", "ha scritto", "scrive", "disse", "escreve", "escreveu",
    "schrijft", "schreef", "pisze", "napisał", "napisała", "пишет", "написал", "написала",
)

#: Vote counters of threaded discussion sites: "(Score:5, Insightful)", "Re: (Score:2)".
SCORE: Final = re.compile(r"\(score:\s*-?\d", re.IGNORECASE)
#: "X says:", "Jean a écrit le 12 mars 2019 à 14h35 :", "Palash Goyal says: August 1, 2020 at
#: 3:45 am": a name, the verb, then a closing colon or the comment's date. Its own part of BYLINE:
#: its ".{1,60}" before some thirty verbs is the dearest to try, and a line holds one of the
#: verbs far less often than it reaches the pattern (see _may_say).
_BYLINE_SAID: Final = (
    r".{1,60}\b(?:" + "|".join(_SAID) + r")(?:\s?:\s{0,3}$|(?:\s?:|\s{1,3}(?:on|le|am|el|il|em|op|dnia))\s{0,3}(?:\d|"
    + _MONTH + r"\s))"
)
#: Every other byline: "Comment by X", "Posted: date", "Réponse de X", "Kevin says,", "by X on
#: DATE at TIME", "Lora Lee On Thursday, November 1 at 2:57 pm".
_BYLINE_OTHER: Final = (
    # "Comment by X", "Posted: date", "Posted on date", "Comments (3)": the word is followed by
    # "by", a colon, a count or a date; "Posted my entry on Facebook" and "Commentary" are no byline.
    r"(?:comment|posted|submitted|written|reply|answer)(?:\s{1,3}by\b|\s?:)\s{0,3}\S"
    r"|comments?\s{1,3}(?:from|number|on|\(?\d)"
    r"|posted\s{1,3}(?:on|at|in)\s{1,3}\S|posted\s{1,3}(?:\d|" + _MONTH + r"\s{1,3}\d)"
    # "Réponse de X", "Antwort von X", "Commento di X", "Geplaatst door X": the same in the other
    # languages with shipped rules that write the reply's author after a word and a preposition
    r"|(?:" + "|".join(_BYLINE_NOUNS) + r")\s{1,3}(?:" + "|".join(_BYLINE_PREPOSITIONS) + r")\s{1,3}[^\W\d_]"
    # "lucky said,", "Kevin says,": a name of one to three words and the verb, with a comma
    r"|[^\W\d_][\w.'’-]{0,30}(?:\s[^\W\d_][\w.'’-]{0,30}){0,2}\s(?:says|said|wrote|writes)\s?,$"
    # "Sharon says", "Jill Winger says": a name of one to three words and the verb, where the
    # comment system prints the colon apart (or none)
    r"|[^\W\d_][\w.'’-]{0,30}(?:\s[^\W\d_][\w.'’-]{0,30}){0,2}\s(?:says|writes|wrote)$"
    r"|by\s{1,3}\S.{0,40}\s{1,3}on\s{1,3}" + _DATE_WORDS
    # "Lora Lee On Thursday, November 1 at 2:57 pm": a name, then "on" and a dated time
    + r"|\S.{0,40}\s{1,3}on\s{1,3}(?:[a-z]{3,9}day,?\s{1,3})?" + _MONTH + r"\s{1,3}\d{1,2}\b.{0,16}?" + _TIME
)
#: "Comment by X", "Posted by X | date", "X says:", "by X on DATE at TIME", "— Posted by Tom": every
#: byline, as one pattern (_meta_kind tries its two parts apart, the first behind its own test).
BYLINE: Final = re.compile(f"^(?:{_BYLINE_SAID}|{_BYLINE_OTHER})", re.IGNORECASE)
_BYLINE_SAID_RE: Final = re.compile(f"^(?:{_BYLINE_SAID})", re.IGNORECASE)
_BYLINE_OTHER_RE: Final = re.compile(f"^(?:{_BYLINE_OTHER})", re.IGNORECASE)
_BYLINE_SAID_MATCH: Final = Folded(_BYLINE_SAID_RE)
_BYLINE_OTHER_MATCH: Final = Folded(_BYLINE_OTHER_RE)
#: A match of _BYLINE_SAID has its verb within this many characters of the line's start.
_SAID_REACH: Final = 60 + max(len(verb) for verb in _SAID)
#: The verbs of _SAID that hold no other: a text holding "a écrit", "napisała", "escreveu" holds
#: "écrit", "napisał", "escreve", so looking for the shorter ones finds every line the whole list
#: would.
_SAID_CORE: Final = tuple(verb for verb in _SAID if not any(other != verb and other in verb for other in _SAID))


def _may_say(text: str) -> bool:
    """Whether one of _SAID's verbs may stand within _SAID_REACH characters of *text*'s start, as
    the case-insensitive _BYLINE_SAID reads it (lower-cased, or a CASE_ODD letter there)."""
    head = text[:_SAID_REACH]
    folded = lower(head)
    return any(verb in folded for verb in _SAID_CORE) or case_odd(head)


#: A line holding a date and a time: comment timestamps ("Dec 30, 2007 7:06 PM | Link to this").
STAMP: Final = re.compile(
    rf"(?:{_DATE_WORDS}|{_DATE_NUMERIC}).{{0,12}}?{_TIME}|{_TIME}.{{0,12}}?(?:{_DATE_WORDS}|{_DATE_NUMERIC})"
    # a month and a day with a time, no year: "November 1 at 2:57 pm", "1 novembre à 14h57"
    rf"|\b{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}(?:at\s{{1,3}}|@\s?)?{_TIME}"
    rf"|\d{{1,2}}(?:er|º)?\.?\s{{1,3}}(?:de\s{{1,3}})?{_MONTH},?\s{{1,3}}.{{0,8}}?{_TIME}"
    # today or yesterday with a time: "Yesterday at 7:51 pm", "hier à 19h51"
    rf"|\b{_DAY_WORDS},?\s{{1,3}}.{{0,8}}?{_TIME}",
    re.IGNORECASE,
)
#: STAMP as _meta_kind searches it (see :func:`_stamp`), in two parts. Each alternative of STAMP
#: opens with a digit or, where a word begins, with a month's or a day's name; spelled out
#: (the dates of _DATE_WORDS taken apart), the alternatives fall in two sets whose matches
#: together are STAMP's. Those opening with a digit follow one leading ``\d``, so that the regex
#: engine skips from one digit to the next; STAMP itself, whose alternatives open with groups,
#: is entered at every character of the line.
_STAMP_AT_DIGIT: Final = re.compile(
    r"\d(?:"
    # "12 March 2019 at 14:35" (_DATE_WORDS by day, then the time)
    rf"\d?(?:st|nd|rd|th|er|º)?\.?\s{{1,3}}(?:de\s{{1,3}})?{_MONTH},?\s{{1,3}}(?:de\s{{1,3}})?\d{{4}}.{{0,12}}?{_TIME}"
    # "12.03.2011 14:22", "2011年3月12日 14:22" (_DATE_NUMERIC, then the time)
    rf"|(?:\d{{0,3}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{3}}年\d{{1,2}}月\d{{1,2}}日).{{0,12}}?{_TIME}"
    # "14:22 12.03.2011" (the time, then a date)
    rf"|\d?(?:[:.]|\s?h\s?)\d{{2}}(?:[:.]\d{{2}})?\s?(?:[ap]\.?m\.?\b)?.{{0,12}}?(?:{_DATE_WORDS}|{_DATE_NUMERIC})"
    # "1 novembre à 14h57"
    rf"|\d?(?:er|º)?\.?\s{{1,3}}(?:de\s{{1,3}})?{_MONTH},?\s{{1,3}}.{{0,8}}?{_TIME}"
    ")",
    re.IGNORECASE,
)
#: The alternatives of STAMP that open with a word: "March 12, 2019 at 14:35" (_DATE_WORDS by
#: month, then the time), "November 1 at 2:57 pm", "Yesterday at 7:51 pm". Where its "\b" holds
#: before a letter (every character that matches a month's or day's first letter is a word
#: character), the line starts or a character that is no word character comes before: so
#: :func:`_stamp` matches it at the line's start and searches it after a ``\W``, which lets the
#: regex engine skip the words between.
_STAMP_WORD: Final = (
    rf"\b(?:{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}(?:\d{{4}}.{{0,12}}?|at\s{{1,3}}|@\s?)?{_TIME}"
    rf"|{_DAY_WORDS},?\s{{1,3}}.{{0,8}}?{_TIME})"
)
_STAMP_AT_DIGIT_SEARCH: Final = Folded(_STAMP_AT_DIGIT)
_STAMP_AT_START: Final = Folded(re.compile(_STAMP_WORD, re.IGNORECASE))
_STAMP_AFTER_BREAK: Final = Folded(re.compile(r"\W" + _STAMP_WORD, re.IGNORECASE))
#: What every match of _STAMP_AT_DIGIT holds: a month's name where a word starts (a whitespace
#: comes before _MONTH there, or "\b"), or a numeric date (_DATE_NUMERIC: two separators between
#: digits, or "年"). Most lines that reach that search hold neither (a price, a score, a time
#: alone), and this one costs a fraction of it: it is tried at every digit, its four
#: alternatives each with a month's name or a date and a time after some lazy gap.
_DATE_GATE: Final = Folded(
    re.compile(r"\d[./-]\d\d?[./-]\d|年|\b(?:" + _by_first_letter(_MONTH_PREFIXES) + ")", re.IGNORECASE)
)


def _stamp(text: str) -> bool:
    """Whether STAMP finds a timestamp in *text* (see _STAMP_AT_DIGIT)."""
    return (
        _STAMP_AT_START.match(text) or _STAMP_AFTER_BREAK.search(text)
        or (_DATE_GATE.search(text) and _STAMP_AT_DIGIT_SEARCH.search(text))
    )


#: "3 hours ago" and its kin: the age of a comment, in the languages with shipped rules that put
#: the number first ("il y a une heure", "vor einer Stunde", "hace 2 horas", "un'ora fa",
#: "2 часа назад", "godzinę temu"), or none before "ago" ("час назад"); "just now" and its kin.
_AGE_LEAD: Final = (
    r"(?:about |almost |over |vor |il y a |hace |há |ha |circa |environ |etwa |около |ongeveer |około |ponad )?"
)
_AGE_COUNT: Final = (
    r"(?:(?:an?|one|un|une|uno|una|um|uma|ein|eine|einer|einem|einigen|een|jeden|jedną|jedna|одну|один|одна"
    r"|\d{1,3})\s+|un'|un’)"
)
_AGE_UNIT: Final = (
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"sekunden?|minuten?|stunden?|std\.|tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?|"
    r"secondes?|heures?|jours?|semaines?|mois|ans?|années?|"
    r"segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|anos?|mês|"
    r"secondi|secondo|minuti|minuto|ora|ore|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|"
    r"секунд[ауы]?|минут[ауы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиья]|месяц(?:а|ев)?|год(?:а)?|лет|"
    r"uur|uren|minuut|seconden|dag|dagen|week|weken|maand(?:en)?|jaar|"
    r"sekund[ay]?|minut[ęay]?|godzin[ęay]?|dni|dzień|tydzień|tygodni[ae]?|miesiąc[ea]?|miesięcy|rok|lat[a]?)"
)
_AGO: Final = r"(?:ago|fa|назад|geleden|temu|atrás|atras)"
#: Every match of RELATIVE_STAMP has at most this many words ("about an hour ago").
RELATIVE_MAX_WORDS: Final = 6
RELATIVE_STAMP: Final = re.compile(
    rf"^{_AGE_LEAD}(?:{_AGE_COUNT}{_AGE_UNIT}(?:\s+{_AGO})?|{_AGE_UNIT}\s+{_AGO})$"
    r"|^(?:just now|a moment ago|moments ago|à l'instant|gerade eben|justo ahora|ahora mismo|proprio ora"
    r"|agora mesmo|только что|przed chwilą)$",
    re.IGNORECASE,
)
_RELATIVE_STAMP_MATCH: Final = Folded(RELATIVE_STAMP)


def _ends_as_relative_stamp(text: str) -> bool:
    """False only for a text RELATIVE_STAMP cannot match: each of its matches ends with a word of
    its units, of "ago" or of "just now", so with a letter or the dot of "std." (or a final "\n",
    which its "$" lets follow). Short lines ending with a digit or another mark ("Page 2 of 5",
    "12 March 2019") are spared the pattern."""
    return text[-1:].isalpha() or text.endswith((".", "\n"))
#: The same in the other languages with shipped rules, whose words for "ago" come last or first
#: with the number between: "3小时前", "3時間前", "3시간 전", "3 saat önce", "před 3 hodinami",
#: "för 3 timmar sedan", "3 години тому", "منذ 3 ساعات", "3 ساعت پیش", "3 giờ trước", "3 jam yang lalu".
RELATIVE_STAMP_MORE: Final = re.compile(
    r"^(?:\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前"
    r"|\d{1,3}\s?(?:秒|分|時間|日|週間|か月|ヶ月|年)前"
    r"|\d{1,3}\s?(?:초|분|시간|일|주|개월|년)\s?전"
    r"|\d{1,3} (?:saniye|dakika|saat|gün|hafta|ay|yıl) önce"
    r"|před \d{1,3} (?:sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem|měsíci|měsícem|lety|rokem)"
    r"|(?:för )?\d{1,3} (?:sekunder|minuter|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år) sedan"
    r"|\d{1,3} (?:секунд[иу]?|хвилин[иу]?|годин[иу]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень|місяц(?:і|ів|ь)"
    r"|рок(?:и|ів)?) тому"
    r"|منذ \d{1,3} (?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)"
    r"|\d{1,3} (?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال) (?:پیش|قبل)"
    r"|\d{1,3} (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước"
    r"|\d{1,3} (?:detik|menit|jam|hari|minggu|bulan|tahun) (?:yang )?lalu)$"
)
#: How every match of RELATIVE_STAMP_MORE ends or begins: one string test spares the pattern.
_AGO_ENDS: Final = ("前", "전", "önce", "sedan", "тому", "پیش", "قبل", "trước", "lalu")
_AGO_STARTS: Final = ("před ", "منذ ")
#: A user handle alone on a line: one token mixing letters with digits or underscores.
HANDLE: Final = re.compile(r"^@?[^\W\d_]+[\w.-]*(?:\d|_)[\w.-]*$")

#: A time alone on a line ("7:51 pm"), as comment systems print it under a split date.
TIME_ONLY: Final = re.compile(
    rf"^(?:at |um |à |a las |alle |às |om |o |в )?{_TIME}(?: [a-z]{{2,4}})?$", re.IGNORECASE
)
#: A comment's signature: a dash, a name, perhaps a place ("- Louise, Lancaster, UK"). Every
#: match holds ", " (before the place): meta_kind tries it only on a line holding one, where a
#: list's items ("- Preheat the oven") would each be tried, its name's words backtracked over.
SIGNATURE: Final = re.compile(
    r"^[-–—]{1,2} ?[^\W\d_][\w.'’-]{0,30}(?: [^\W\d_][\w.'’-]{0,30}){0,2}(?:, [^,]{2,40}){1,2}$"
)

#: Controls printed under each comment.
CONTROLS: Final = frozenset({
    "reply", "reply to this comment", "reply to this", "report", "report abuse", "report comment",
    "report this comment", "flag", "flag as inappropriate", "link to this", "permalink", "quote",
    "like", "recommend", "agree", "disagree", "antworten", "melden", "répondre", "signaler",
    "responder", "denunciar", "rispondi", "segnala", "ответить", "пожаловаться",
    "reageer", "beantwoorden", "odpowiedz", "zgłoś", "parent", "share", "edit", "delete",
    "replydelete",  # Blogger prints its two controls as one word
    # the languages added later: Chinese, Japanese, Korean, Turkish, Czech, Swedish, Ukrainian,
    # Arabic, Persian, Vietnamese, Indonesian
    "回复", "回覆", "举报", "檢舉", "返信", "通報", "답글", "답글쓰기", "신고", "yanıtla", "cevapla",
    "şikayet et", "odpovědět", "nahlásit", "svara", "rapportera", "відповісти", "поскаржитися",
    "رد", "إبلاغ", "پاسخ", "گزارش", "trả lời", "báo cáo", "balas", "laporkan",
    # the likes, quotes and links of the first languages' comment systems
    "j'aime", "citer", "lien permanent", "permalien", "alerter", "signaler un abus", "signaler ce commentaire",
    "répondre à ce commentaire", "gefällt mir", "zitieren", "beitrag melden", "kommentar melden",
    "me gusta", "citar", "responder a este comentario", "mi piace", "citare", "rispondi a questo commento",
    "curtir", "gostei", "responder a este comentário", "нравится", "цитировать", "цитата", "lubię to", "cytuj",
    "vind ik leuk", "citeren",
})


#: What every match of _TIME holds (case-insensitive, as the patterns using it are).
_TIME_GATE: Final = re.compile(r"\d(?:[:.]|\s?h\s?)\d\d", re.IGNORECASE)


def py_has_time(text: str) -> bool:
    """Whether *text* holds what every match of _TIME holds (_TIME_GATE finds it): the definition
    of the C scan."""
    return _TIME_GATE.search(text) is not None


try:
    from boilerstrip._native import has_time as _has_time
except ImportError:  # a plain-Python build: no C extension
    _has_time = py_has_time
_DASHES: Final = frozenset("-–—")
#: The words a byline may open with (see BYLINE), lower-cased, without a colon.
_BYLINE_STARTS: Final = frozenset({
    "comment", "comments", "posted", "submitted", "written", "reply", "answer", "by", *_BYLINE_NOUNS,
})


#: _BYLINE_STARTS as one tuple for ``startswith``, and how many first characters hold the longest.
_BYLINE_START_WORDS: Final = tuple(sorted(_BYLINE_STARTS))
_BYLINE_START_SPAN: Final = max(map(len, _BYLINE_STARTS))
#: _BYLINE_START_WORDS by their first letter: a line is compared with the few words that open as
#: it does, where startswith with all of them would compare it with each.
_BYLINE_START_WORDS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(word for word in _BYLINE_START_WORDS if word[0] == first) for first in {w[0] for w in _BYLINE_STARTS}
}


def _opens_as_byline(text: str) -> bool:
    """Whether *text*, lower-cased, opens with a word of _BYLINE_STARTS (past its leading
    whitespace): True for every line whose :func:`_first_word` is one (and for a few more), and
    cheaper than splitting it off."""
    head = lower(text.lstrip()[:_BYLINE_START_SPAN])
    return head.startswith(_BYLINE_START_WORDS_BY_FIRST.get(head[:1], ()))
#: How _BYLINE_OTHER's alternatives that open with no word of _BYLINE_STARTS end ("lucky said,",
#: "Sharon says"), lower-cased.
_OTHER_ENDINGS: Final = (",", "says", "writes", "wrote")
#: The one alternative of _BYLINE_OTHER that opens with none of _BYLINE_STARTS and ends with none
#: of _OTHER_ENDINGS ("Lora Lee On Thursday, November 1 at 2:57 pm") holds a clock time and, as
#: a word, "on" within this many characters (one, forty, then three of whitespace before it).
_ON_REACH: Final = 48


def _may_be_other_byline(bare: str, has_time: bool) -> bool:
    """False only for a line (as _meta_kind strips it) that _BYLINE_OTHER cannot match: its
    alternatives open with a word of _BYLINE_STARTS ("Comment by X", "Réponse de X", "by X on
    DATE"), end with one of _OTHER_ENDINGS, or hold a clock time (*has_time*, for the line or
    more) after the word "on". Most of the lines asked end with a colon ("Ingredients:") or hold
    a time without either ("Doors open at 7:30 pm"): a few string tests spare them the pattern's
    some twenty alternatives. A letter of CASE_ODD lets a line through (the pattern is
    case-insensitive; lower-casing reads those letters otherwise)."""
    if _opens_as_byline(bare) or case_odd(bare):
        return True
    if lower(bare[-8:].rstrip()).endswith(_OTHER_ENDINGS):
        return True
    # "\s" is what str.split splits at (both read Unicode whitespace so)
    return has_time and "on" in lower(bare[:_ON_REACH]).split()


#: How a byline without its colon ends ("Sharon says"; see BYLINE).
_SAYS: Final = (" says", " writes", " wrote", " says,", " said,", " writes,", " wrote,")


def _by_last_char(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """*endings* by their last character: a text can end with one of them only if it ends with
    that character, so it is compared with the few that do instead of all.

    >>> _by_last_char((" says", " wrote", ":", " says,"))
    {'s': (' says',), 'e': (' wrote',), ':': (':',), ',': (' says,',)}
    """
    found: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        found[ending[-1]] = (*found.get(ending[-1], ()), ending)
    return found


_SAYS_BY_LAST: Final = _by_last_char(_SAYS)


def _says(text: str) -> bool:
    """Whether *text* ends as such a byline does."""
    return _ends_with(text, _SAYS_BY_LAST)


def _ends_with(text: str, endings: dict[str, tuple[str, ...]]) -> bool:
    """Whether *text* may end with one of *endings* (lower-case, by their last character: see
    _by_last_char) as a case-insensitive pattern reads it: only its last characters are
    lower-cased (the tests using this run on every short line), and a letter of CASE_ODD among
    them lets it through."""
    tail = text.rstrip()[-8:]
    folded = lower(tail)
    return folded.endswith(endings.get(folded[-1:], ())) or case_odd(tail)


#: How a relative timestamp that opens with its unit ends ("час назад", "godzinę temu").
_AGO_WORDS: Final = (" ago", " назад", " temu", " geleden", " fa", " atrás", " atras")


#: A closing colon, a byline's verb (_SAYS) or a word for "ago": how a line without a digit, an
#: underscore or a byline's opening word may end and be metadata (one _ends_with for the three).
_META_ENDINGS: Final = (":", *_SAYS, *_AGO_WORDS)
_META_ENDINGS_BY_LAST: Final = _by_last_char(_META_ENDINGS)

#: Characters meta_kind strips from a line's ends before looking it up among the controls.
_CONTROL_EDGES: Final = " []()|#.:-–—•*"
#: The words a byline opens with ("Posted by"), after any of _BYLINE_LEAD ...
_BYLINE_OPENERS: Final = ("comment", "posted", "submitted", "written", "reply", "answer", *_BYLINE_NOUNS)
_BYLINE_LEAD: Final = " -–—•*|"
#: ... and the words a relative timestamp without a digit opens with ("about an hour ago"),
#: after any of _CONTROL_EDGES, as a control's first word does.
_RELATIVE_OPENERS: Final = (
    "about ", "almost ", "over ", "vor ", "il y a ", "hace ", "há ", "ha ", "circa ", "environ ", "etwa ",
    "ongeveer ", "około ", "ponad ", "just ", "moments ", "à l'", "gerade ", "justo ", "ahora ", "proprio ",
    "agora ", "przed ", "un ", "une ", "uno ", "una ", "un'", "un’", "um ", "uma ", "ein ", "eine ", "einer ",
    "einem ", "einigen ", "een ", "jeden ", "jedną ", "jedna ",
)
#: First letters of a relative timestamp without a digit ("an hour ago", "vor einer Stunde");
#: one that opens with a letter beyond ASCII ("час назад", "godzinę temu") is tried too.
_RELATIVE_STARTS: Final = frozenset({"a", "o", *(word[0] for word in _RELATIVE_OPENERS)})

#: How a line without a digit, an underscore or a closing colon must begin to be metadata:
#: a signature's dash, a byline's first word ("Posted by"), a relative timestamp's ("an hour
#: ago", "vor einer Stunde") or a control's ("Reply"). Every pattern of meta_kind that needs
#: none of those three needs one of these starts (case-insensitive, as the patterns are), so
#: one anchored match rules most lines out.
#: (Each list of words grouped by first letter: the same texts, fewer alternatives entered. Not
#: Folded: a control, "yanıtla", holds a letter of CASE_ODD.)
_META_START: Final = re.compile(
    r"\s*(?:[-–—]"
    r"|[" + re.escape(_BYLINE_LEAD) + r"]*(?:" + _by_first_letter(_BYLINE_OPENERS) + ")"
    r"|[" + re.escape(_CONTROL_EDGES) + r"]*(?:" + _by_first_letter((
        *map(re.escape, _RELATIVE_OPENERS), r"an?\s", r"one\s",
        *sorted({re.escape(control.split()[0]) for control in CONTROLS}),
    )) + "))",
    re.IGNORECASE,
)
#: The characters _META_START lets stand between the leading whitespace and the first word.
_META_LEAD: Final = "".join(sorted(set(_BYLINE_LEAD + _CONTROL_EDGES)))
#: The first words of _META_START, lower-cased, those in ASCII ("an?\s" and "one\s" as "a", "one").
_META_WORDS: Final = tuple(sorted(
    {*_BYLINE_OPENERS, *(word for word in _RELATIVE_OPENERS if word.isascii()), "a", "one"}
    | {control.split()[0] for control in CONTROLS if control.isascii()}
))
#: _META_WORDS by their first letter: a line is compared with the few words that open as it does.
_META_WORDS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(word for word in _META_WORDS if word[0] == first) for first in {word[0] for word in _META_WORDS}
}


def _may_open_meta(text: str) -> bool:
    """True for every line _META_START matches (and some more): its first word, past the leading
    whitespace and edge characters, is one of _META_WORDS, or it opens with a dash, or its first
    word is not plain ASCII (the patterns' case-insensitive letters then go beyond ``str.lower``).
    A few string methods instead of a pattern of some eighty alternatives, which most lines fail."""
    opened = text.lstrip()
    if opened[:1] in _DASHES:
        return True
    head = opened.lstrip(_META_LEAD)[:16]
    if not head.isascii():
        return True
    folded = head.lower()
    words = _META_WORDS_BY_FIRST.get(folded[:1])
    return words is not None and folded.startswith(words)


def meta_kind(text: str, words: int | None = None) -> str | None:
    """The kind of comment-section metadata *text* is (``score``, ``byline``, ``stamp``,
    ``control``, ``signature``, ``handle``), or None for any other line. *words* is the line's
    word count, when the caller has it."""
    if len(text) > META_MAX_CHARS:
        return None
    if words is None:
        words = len(text.split())
    if words > META_MAX_WORDS:
        return None
    # Scores, dates and times all hold a digit: one cheap scan spares three patterns.
    has_digit = has_decimal(text)
    if (
        not has_digit and "_" not in text and not _ends_with(text, _META_ENDINGS_BY_LAST)
        and not (_may_open_meta(text) and _META_START.match(text))
    ):
        return None
    return _meta_kind(text, words, has_digit)


def _first_word(text: str) -> str:
    """The first word of *text*, lower-cased, without the colon or bracket it may carry."""
    head = text[:24].split(None, 1)
    return lower(head[0]).rstrip(":(") if head else ""


def _meta_kind(text: str, words: int, has_digit: bool) -> str | None:
    """:func:`meta_kind` past its gate: every pattern, each behind its own cheap test."""
    if has_digit and "(" in text and SCORE.search(text):
        return "score"
    lowered = lower(text).strip(_CONTROL_EDGES)
    if lowered in CONTROLS:
        return "control"
    stripped = text.strip()
    # Each pattern below needs a feature that one cheap test finds: a leading dash (and the ", "
    # before a signature's place), a byline's opening word or closing colon, a digit or an article
    # word.
    if stripped[:1] in _DASHES and ", " in stripped and SIGNATURE.match(stripped):
        return "signature"
    bare = text.lstrip(" -–—•*|")
    # A clock time is in every timestamp and in the bylines that need a digit without opening
    # with "by": a simple search for one spares the long patterns.
    has_time = has_digit and _has_time(text)
    if (
        (_opens_as_byline(bare) and _first_word(bare) in _BYLINE_STARTS) or stripped.endswith(":") or has_time
        or case_odd(bare[:12]) or _says(stripped)
    ) and (
        (_may_say(bare) and _BYLINE_SAID_MATCH.match(bare))
        or (_may_be_other_byline(bare, has_time) and _BYLINE_OTHER_MATCH.match(bare))
    ):
        return "byline"
    if has_time and (_stamp(text) or TIME_ONLY.match(lowered)):
        return "stamp"
    if (
        words <= RELATIVE_MAX_WORDS and (has_digit or lowered[:1] in _RELATIVE_STARTS or not lowered[:1].isascii())
        and _ends_as_relative_stamp(lowered) and _RELATIVE_STAMP_MATCH.match(lowered)
    ):
        return "stamp"
    if (
        has_digit and (lowered.endswith(_AGO_ENDS) or lowered.startswith(_AGO_STARTS))
        and RELATIVE_STAMP_MORE.match(lowered)
    ):
        return "stamp"
    if words == 1 and HANDLE.match(stripped):
        return "handle"
    return None


# Readers reacting. A comment body has no fixed shape, but comment sections hold many lines that
# open as a reader answers a post or another reader: a greeting ("Hi Melissa,"), thanks ("Thanks
# for sharing"), praise of the post ("Great article!"), agreement ("I agree", "Well said"),
# laughter ("lol", "jajaja"), a smiley. An article's own lines rarely open so, and one that does
# is one line: a section needs several of them, one close after another, to the end.

#: Words of praise, and the things of a post readers praise (as lower-cased, English).
_PRAISE: Final = (
    "great", "nice", "good", "excellent", "awesome", "amazing", "wonderful", "fantastic", "brilliant",
    "interesting", "informative", "helpful", "insightful", "lovely", "beautiful", "fascinating", "superb",
    "fabulous", "terrific", "thoughtful", "inspiring", "outstanding", "enjoyable", "well written",
    "well-written", "well researched", "incredible", "hilarious",
)
_PRAISED: Final = (
    "post", "posts", "article", "articles", "piece", "read", "list", "write-up", "writeup", "blog", "site",
    "website", "tips", "info", "information", "points", "point", "job", "work", "stuff", "tutorial",
    "guide", "recipe", "review", "summary", "overview", "explanation", "video", "podcast", "interview",
    "analysis", "insight", "insights", "compilation", "writing", "column", "pics", "photos", "pictures",
    "shots", "advice", "suggestions", "suggestion", "share", "sharing", "reminder", "comment", "reply",
    "question",
)
_PRAISE_WORDS: Final = "|".join(_PRAISE)
_PRAISED_WORDS: Final = "|".join(_PRAISED)
#: A greeting that names whom it greets or ends its clause ("Hi Melissa,", "Hello!", "Bonjour à tous,").
_GREETING: Final = r"\b(?:\s+[^\s,!.?]+){0,3}\s*(?:[,!]|$)"
#: What a reader's thanks are for, where no author thanks a reader so: the post, sharing it.
_THANKS_FOR: Final = (
    r"\s+(?:so much\s+|very much\s+|a lot\s+)?for\s+(?:sharing|posting|writing|putting|highlighting|including"
    r"|mentioning|featuring|this|the (?:post|article|info"
    r"|information|tips|list|great|reply|answer|update|link)|your (?:post|article|reply|answer|comment|help|work"
    r"|effort|blog|insights?|tips))\b"
)
#: A name alone, called to ("Kristin,", "Jean-Marc,"): a reply opens so, in any language; a
#: letter's sign-off ("Best,", "Cordialement,") or a sentence adverb is no name. One of _READER.
_NAME_CALLED: Final = (
    r"(?!(?:best|all the best|regards|best regards|kind regards|warm regards|cheers|thanks|sincerely|yours|love"
    r"|warmly|respectfully|cordially|however|also|meanwhile|finally|first|second|then|so|and|but|well|yes|no"
    r"|cordialement|bises|amitiés|grüße|viele grüße|liebe grüße|saludos|un saludo|saluti|cordiali saluti"
    r"|abraços|groeten|pozdrawiam|с уважением)\s?,$)"
    r"[^\W\d_][\w'.-]{1,30}(?:\s[^\W\d_][\w'.-]{1,30})?,$"
)
#: Openings only a reader writes: a greeting to someone, thanks for the post, praise of it,
#: agreement, a reply to another reader by handle. A comment section opens at one of these.
_READER: Final = (
    # English
    r"(?:hi|hello|hey|dear|greetings|howdy)" + _GREETING,
    r"(?:thanks|thank you|thank u|thankyou|thx|many thanks|big thanks)" + _THANKS_FOR,
    r"(?:(?:very|really|such a|what a|a|an|so|this is|that was|this was)\s+(?:a\s+|an\s+|such a\s+|so\s+|really\s+"
    r"|very\s+)?)?(?:" + _PRAISE_WORDS + r")\s+(?:" + _PRAISED_WORDS + r")\b",
    r"(?:i\s+|we\s+)?(?:really\s+|absolutely\s+|just\s+)?(?:love|loved|enjoyed|appreciate|appreciated)\s+"
    r"(?:reading\s+)?(?:this|your|the)\s+(?:" + _PRAISED_WORDS + r")\b",
    r"(?:i\s+|we\s+)?(?:totally\s+|completely\s+|fully\s+|strongly\s+|so\s+)?(?:agree|disagree)\b|agreed\b",
    r"(?:well said|well put|so true|spot on|great job|great work|good point|great point|keep up the good work)\b",
    r"@ ?[^\W\d][\w.-]{0,30}[,:]?\s+\S",
    _NAME_CALLED,
    r"i second\b",
    # German
    r"(?:hallo|liebe[rs]?|moin|servus)" + _GREETING,
    r"(?:danke|vielen dank|besten dank|herzlichen dank|dankeschön)\s+für\s+(?:den|diesen|deinen|ihren|das|dieses"
    r"|die)\s+(?:artikel|beitrag|bericht|text|post|tipp|tipps|interview|überblick|hinweis)\b",
    r"(?:super|toller|tolle|toll|guter|gute|schöner|schöne|interessanter|interessante|klasse|spannender|sehr guter"
    r"|sehr gute|sehr schöner|sehr interessanter)\s+(?:artikel|beitrag|bericht|text|blog|post|kommentar|tipps?"
    r"|bilder|fotos|zusammenfassung)\b",
    r"(?:sehe ich (?:auch |genauso |ganz genauso )?so|ganz meine meinung|gut geschrieben|gut gesagt"
    r"|da stimme ich|ich stimme (?:dir|ihnen|dem)|stimme (?:dir|ihnen) zu)\b",
    # French
    r"(?:bonjour|bonsoir|salut|coucou|cher|chère)" + _GREETING,
    r"(?:merci|grand merci|mille mercis|merci beaucoup)\s+(?:pour|de)\s+(?:cet|ce|votre|ton|vos|tes|le|la|l')\s*"
    r"(?:article|billet|post|texte|reportage|partage|témoignage|travail|blog|info|information|analyse)\b",
    r"(?:super|excellent|très bon|bon|bel|très bel|joli|très joli|très intéressant|article très) ?"
    r"(?:article|billet|post|texte|reportage|papier|blog|travail|commentaire|intéressant)\b",
    r"(?:(?:je suis |suis )?(?:tout à fait |entièrement |totalement |bien |parfaitement )?d'accord"
    r"|bien dit|entièrement d'accord)\b",
    # Spanish
    r"(?:hola|buenas|estimad[oa])" + _GREETING,
    r"(?:gracias|muchas gracias|mil gracias)\s+por\s+(?:el|este|tu|su|la|esta|compartir)\b",
    r"(?:excelente|muy buen|muy buena|buen|buena|gran|genial|interesante|muy interesante|magnífico)\s+"
    r"(?:artículo|articulo|post|texto|reportaje|blog|trabajo|aporte|nota|comentario)\b",
    r"(?:estoy (?:totalmente |completamente )?de acuerdo|totalmente de acuerdo|completamente de acuerdo)\b",
    # Italian
    r"(?:ciao|salve|gentile|caro|cara)" + _GREETING,
    r"(?:grazie|mille grazie|grazie mille)\s+per\s+(?:l'articolo|questo|il post|aver condiviso"
    r"|la condivisione)\b",
    r"(?:ottimo|bell'|bellissimo|bel|interessante|molto interessante|splendido|complimenti per (?:l'|il |questo ))"
    r"\s*(?:articolo|post|pezzo|blog|lavoro|testo|commento)\b",
    r"(?:sono (?:pienamente |perfettamente |totalmente )?d'accordo|pienamente d'accordo)\b",
    # Portuguese
    r"(?:olá|oi|prezad[oa])" + _GREETING,
    r"(?:obrigad[oa]|muito obrigad[oa])\s+(?:pelo|pela)\s+(?:artigo|post|texto|conteúdo|matéria|partilha|dica|dicas)\b",
    r"(?:ótimo|otimo|excelente|muito bom|muito boa|belo|lindo|parabéns pelo|parabéns pela)\s+"
    r"(?:artigo|post|texto|blog|trabalho|conteúdo|matéria|reportagem)\b",
    r"(?:concordo plenamente|concordo totalmente|concordo com)\b",
    # Dutch
    r"(?:hoi|hallo|beste)" + _GREETING,
    r"(?:bedankt|dank je|dank u|dankjewel|dankuwel)\s+voor\s+(?:het|dit|je|jullie|uw)\s+(?:artikel|stuk|verhaal|blog"
    r"|bericht|delen|info)\b",
    r"(?:mooi|goed|prachtig|interessant|sterk|leuk)\s+(?:artikel|stuk|verhaal|blog|bericht)\b",
    r"(?:helemaal mee eens|mee eens|eens met)\b",
    # Polish
    r"(?:cześć|witam|witaj)" + _GREETING,
    r"(?:dzięki|dziękuję|wielkie dzięki)\s+za\s+(?:artykuł|tekst|wpis|ten|ten artykuł|informacje)\b",
    r"(?:świetny|dobry|ciekawy|super|fajny|rewelacyjny)\s+(?:artykuł|tekst|wpis|blog|post)\b",
    r"(?:zgadzam się)\b",
    # Russian, Ukrainian
    r"(?:привет|здравствуйте|уважаем(?:ый|ая|ые)|вітаю)" + _GREETING,
    r"(?:спасибо|благодарю|большое спасибо|дякую|щиро дякую)\s+за\s+(?:статью|публикацию|материал|статтю|пост)\b",
    r"(?:отличная|хорошая|интересная|прекрасная|полезная|замечательная|супер|чудова|цікава)\s+"
    r"(?:статья|публикация|заметка|стаття)\b",
    r"(?:полностью согласен|полностью согласна|согласен с|согласна с|згоден з|згодна з)\b",
    # Swedish, Czech, Turkish, Indonesian, Vietnamese, Arabic, Persian, Chinese, Japanese, Korean
    r"(?:tack för (?:artikeln|inlägget)|bra artikel|håller med|díky za článek|děkuji za článek|skvělý článek"
    r"|souhlasím|harika bir yazı|yazı için teşekkürler|katılıyorum|terima kasih atas artikel|artikel yang bagus"
    r"|setuju|cảm ơn bài viết|bài viết hay|đồng ý)\b",
    r"(?:شكرا على المقال|مقال رائع|اتفق معك|ممنون از مطلب|مطلب خوبي|موافقم)",
    r"谢谢分享|感谢分享|好文|赞同|同意楼主|支持楼主|記事ありがとう|同感|좋은 글|동의합니다",
)
#: Openings a reader writes more often than an author, who may write them too: bare thanks, a
#: laugh, congratulations, "nice", "sorry", a sign-off. They link a section; they open none.
_LOOSE: Final = (
    # English
    r"(?:thanks|thank you|thank u|thankyou|thx|many thanks|big thanks)\b"
    r"(?!\s+(?:to\b|for (?:reading|joining|watching|listening|visiting|your support|supporting|subscribing"
    r"|stopping by|following|being a|your interest)))",
    r"(?:well done|good luck|congrats|congratulations|kudos|bravo|amen|exactly|welcome back|best regards"
    r"|kind regards|cheers|btw|yeah|yep|nope|glad|so glad|i'm glad|i am glad|sorry|nice)\b|\+1\b",
    r"(?:i\s+|we\s+)?(?:really\s+)?(?:love|loved|enjoyed|like|liked)\s+(?:this|these|it|that|your|the way|reading)\b",
    r"what an?\s+(?:great|lovely|wonderful|beautiful|nice|fun|cool|fantastic|brilliant|amazing|awesome)\b",
    r"looks?\s+(?:great|good|amazing|delicious|lovely|beautiful|fun|yummy|awesome|fantastic|wonderful)\b",
    r"(?:lol|lmao|rofl|haha\w*|hehe\w*|omg|wow)\b",
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Ukrainian
    r"(?:danke|vielen dank|besten dank|herzlichen dank|dankeschön)\b(?!\s+(?:an\b|fürs lesen|für (?:ihr|dein)e?"
    r" (?:interesse|aufmerksamkeit)))",
    r"(?:glückwunsch|herzlichen glückwunsch|haha\w*)\b",
    r"(?:merci|grand merci|mille mercis)\b(?!\s+(?:à\b|de (?:nous|votre|m'avoir|d'avoir)|d'avoir|pour votre"
    r" (?:lecture|fidélité|attention)))",
    r"(?:exactement|bravo|félicitations|mdr|ptdr)\b",
    r"(?:gracias|muchas gracias|mil gracias)\b(?!\s+(?:a\b|por (?:leer|su lectura|tu lectura)))",
    r"(?:de acuerdo|enhorabuena|felicidades|ja(?:ja)+\w*|je(?:je)+\w*)\b",
    r"(?:grazie|mille grazie|grazie mille)\b(?!\s+(?:a\b|per (?:aver letto|la lettura|l'attenzione)))",
    r"(?:d'accordo|complimenti|bravissim[oa]|ahah\w*)\b",
    r"(?:obrigad[oa]|muito obrigad[oa]|valeu)\b(?!\s+(?:a\b|por (?:ler|acompanhar)))",
    r"(?:concordo|parabéns|kkk+\w*|rs(?:rs)+)\b",
    r"(?:bedankt|dank je|dank u|dankjewel|dankuwel)\b(?!\s+voor het lezen)",
    r"(?:gefeliciteerd|proficiat)\b",
    r"(?:dzięki|dziękuję|wielkie dzięki)\b(?!\s+za (?:lekturę|przeczytanie|uwagę))",
    r"(?:brawo|gratulacje)\b",
    r"(?:спасибо|благодарю|большое спасибо|дякую|щиро дякую)\b(?!\s+за (?:прочтение|внимание|увагу))",
    r"(?:согласен|согласна|згоден|згодна|браво|ха-?ха\w*|хаха\w*)\b",
    # Swedish, Czech, Turkish, Indonesian, Vietnamese, Arabic, Persian, Chinese, Japanese, Korean
    r"(?:hej|tack|tack så mycket|ahoj|díky|děkuji|merhaba|teşekkürler|teşekkür ederim|harika|halo|terima kasih"
    r"|makasih|mantap|chào|cảm ơn|cám ơn)\b",
    r"(?:شكرا|مرحبا|سلام|ممنون|مرسي|متشكرم)(?:\s|$|[!،.])",
    r"谢谢|感谢|哈哈|ありがとう|なるほど|감사합니다|고맙습니다|ㅋㅋ|ㅎㅎ",
)
READER: Final = re.compile("^(?:" + "|".join(_READER) + ")")
#: READER as reaction_kind tries it: all but the name alone, and that one only on a line ending
#: in its comma (what its ",$" asks). Tried in every line, the name's pattern, which backtracks
#: over the lengths of one or two words, costs a third of READER's time.
_READER_UNNAMED_ALTERNATIVES: Final = tuple(alt for alt in _READER if alt != _NAME_CALLED)
_READER_UNNAMED: Final = re.compile("^(?:" + "|".join(_READER_UNNAMED_ALTERNATIVES) + ")")
_NAME_CALLED_RE: Final = re.compile(f"^(?:{_NAME_CALLED})")
#: How a line that _NAME_CALLED matches ends ("$" matches before a final newline too).
_NAME_CALLED_ENDS: Final = (",", ",\n")
REACTION: Final = re.compile("^(?:" + "|".join(_LOOSE) + ")")
#: _READER_UNNAMED, as its one group, then REACTION, as one pattern: one match where the two
#: would be tried in turn (neither holds a group of its own). The group takes part exactly where
#: _READER_UNNAMED matches, its alternatives being tried first; else a match is REACTION's.
_OPENING: Final = re.compile("^(?:(" + "|".join(_READER_UNNAMED_ALTERNATIVES) + ")|" + "|".join(_LOOSE) + ")")
#: How many first characters of a line _OPENING_TEXTS holds.
_OPENING_SPAN: Final = 4
#: How a match of _OPENING can begin (see :func:`~boilerstrip.rules.regex_index.opening_texts`): a
#: line opening otherwise is spared the pattern, whose some eighty alternatives are each tried at
#: its first character. Four characters let one line in ten through ("the ", "in t" go), where one
#: letter lets almost all through (the alternatives open with most letters of the alphabet); three
#: let through twice as many, five few fewer and some eighty heads to test for (not four's 31).
_OPENING_GATE: Final = opening_texts(_OPENING, _OPENING_SPAN)
_OPENING_TEXTS: Final = _OPENING_GATE[0]
_OPENING_HEADS: Final = _OPENING_GATE[1]
#: _OPENING_HEADS by their first character: a line is compared with the few heads that open as it
#: does, where startswith with all of them would compare it with each.
_OPENING_HEADS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(head for head in _OPENING_HEADS if head[0] == first) for first in {head[0] for head in _OPENING_HEADS}
}


def _may_open(lowered: str) -> bool:
    """False only for a lowered line _OPENING cannot match (whitespace other than the space among
    its first characters lets it through: opening_texts spells ``\\s`` as a space)."""
    head = lowered[:_OPENING_SPAN]
    return (
        head in _OPENING_TEXTS or lowered.startswith(_OPENING_HEADS_BY_FIRST.get(lowered[:1], ()))
        or not head.isprintable()
    )


#: Smileys: ":)", ";-)", ":D", "xD", "<3", and the face emoji. Authors of chatty posts use them
#: too: a smiley is a loose reaction.
_ASCII_SMILEY: Final = r"(?:^|\s)(?:[:;=]-?[)(DPp]|:'\(|\^_\^|<3|xD|XD)(?=\s|$|[.!?,])"
_FACE_EMOJI: Final = "[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A]"
SMILEY: Final = re.compile(f"{_ASCII_SMILEY}|{_FACE_EMOJI}")
ASCII_SMILEY: Final = re.compile(_ASCII_SMILEY)
FACE_EMOJI: Final = re.compile(_FACE_EMOJI)
#: ASCII_SMILEY as it is searched: it finds a smiley in exactly the lines ASCII_SMILEY does, and
#: opens with a character class (the characters an ASCII smiley opens with), so that the regex
#: engine skips from one of those to the next instead of trying the pattern at every character.
#: The smiley's first character is taken, then the lookbehind asks that the character before it
#: be whitespace or none (``(?:^|\s)`` before it), and each alternative checks, looking back one
#: character, which first character it continues.
_ASCII_SMILEY_SCAN: Final = re.compile(
    r"[:;=^<xX](?<!\S[:;=^<xX])"
    r"(?:(?<=[:;=])-?[)(DPp]|(?<=:)'\(|(?<=\^)_\^|(?<=<)3|(?<=[xX])D)(?=\s|$|[.!?,])"
)
#: A reaction is looked for in a line's first characters: a longer line is a comment's body,
#: opening as any paragraph does.
REACTION_MAX_CHARS: Final = 1200
#: Characters stripped from a line's start before looking for a reaction (a quote's marks are
#: not: a line opening with a quote is quoted speech).
_REACTION_LEAD: Final = " \t-–—•*>|"
#: What :func:`reaction_kind` returns: a reader's opening, a looser one, or none.
READER_REACTION: Final = 2
LOOSE_REACTION: Final = 1
NO_REACTION: Final = 0


def reaction_kind(text: str) -> int:
    """How *text* opens: as only a reader writes (``READER_REACTION``: a greeting to someone,
    thanks or praise for the post, agreement), as readers often write (``LOOSE_REACTION``: bare
    thanks, a laugh, a smiley), or neither (``NO_REACTION``).

    >>> reaction_kind("Great article, thanks!"), reaction_kind("Hi Melissa,"), reaction_kind("Merci pour cet article")
    (2, 2, 2)
    >>> reaction_kind("Totalmente de acuerdo con el autor."), reaction_kind("I love this! :)"), reaction_kind("Thanks!")
    (2, 1, 1)
    >>> reaction_kind("Thanks to the volunteers, the ferry ran on time."), reaction_kind("Thank you for reading.")
    (0, 0)
    >>> reaction_kind("Great Tips For Saving Money"), reaction_kind("The board agreed to the plan.")
    (0, 0)
    """
    if len(text) > REACTION_MAX_CHARS:
        return NO_REACTION
    opened = text.lstrip(_REACTION_LEAD)
    if not opened:
        return NO_REACTION
    head = opened[:160]
    lowered = lower(head).replace("’", "'")
    opening = _OPENING.match(lowered) if _may_open(lowered) else None
    if (opening is not None and opening.group(1) is not None) or (
        lowered.endswith(_NAME_CALLED_ENDS) and _NAME_CALLED_RE.match(lowered) is not None
    ):
        kind = READER_REACTION
    elif opening is not None or _smiley(head):
        kind = LOOSE_REACTION
    else:
        return NO_REACTION
    return NO_REACTION if _title_case(head) else kind  # a sub-heading: "Great Tips For Saving Money"


#: What every match of _ASCII_SMILEY_SCAN holds: its first character, one of ":;=^<", or, where
#: it opens with an "x" or "X", that letter and the "D" after it. A line holding none of these
#: (most lines) is spared the search: a few substring tests cost less than the pattern's scan.
_SMILEY_OPENERS: Final = (":", ";", "=", "^", "<", "xD", "XD")


def py_smiley(text: str) -> bool:
    """Whether *text* holds a smiley (SMILEY): the ASCII half searched in its fast form, in a line
    holding one of _SMILEY_OPENERS, the emoji half in a line beyond ASCII only. The definition of
    the C scan, which does it in one pass."""
    if _may_hold_ascii_smiley(text) and _ASCII_SMILEY_SCAN.search(text) is not None:
        return True
    return not text.isascii() and FACE_EMOJI.search(text) is not None


try:
    from boilerstrip._native import smiley as _smiley
except ImportError:  # a plain-Python build: no C extension
    _smiley = py_smiley


def _may_hold_ascii_smiley(text: str) -> bool:
    """Whether *text* holds one of _SMILEY_OPENERS: False only for a text without an ASCII smiley."""
    return any(opener in text for opener in _SMILEY_OPENERS)


def _title_case(text: str) -> bool:
    """Whether *text* is a short line of capitalised words (two or more, none in lower case),
    ending in a letter or digit, as a sub-heading does."""
    words = text.split()
    if not 2 <= len(words) <= 10 or not text[-1].isalnum():
        return False
    return all(not word[:1].islower() for word in words)


#: The formulas that close a letter, alone on their line (as lower-cased, without the final comma).
LETTER_CLOSING: Final = re.compile(
    r"^(?:yours sincerely|sincerely|sincerely yours|yours faithfully|faithfully|yours truly|very truly yours"
    r"|respectfully|respectfully yours|with kind regards|kind regards|best regards|warm regards"
    r"|mit freundlichen grüßen|freundliche grüße|hochachtungsvoll|cordialement|bien cordialement"
    r"|sincères salutations|respectueusement|atentamente|un cordial saludo|cordiali saluti|distinti saluti"
    r"|atenciosamente|cordialmente|met vriendelijke groet(?:en)?|hoogachtend|z poważaniem|z wyrazami szacunku"
    r"|с уважением|с наилучшими пожеланиями)[,.!]?$"
)


def is_letter_closing(text: str) -> bool:
    """Whether *text* is a letter's closing formula alone ("Yours sincerely,", "Cordialement,").

    >>> is_letter_closing("Yours sincerely,"), is_letter_closing("Mit freundlichen Grüßen"), is_letter_closing("Best")
    (True, True, False)
    """
    return LETTER_CLOSING.match(lower(text.strip())) is not None
