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

from boilerstrip.heuristics.contact import CASE_ODD, mentions
from boilerstrip.text.normalise import lower
from boilerstrip.text.shape import has_decimal

#: A comment line longer than this is a comment's body, not its header or footer.
META_MAX_WORDS = 14
#: ... and so is one longer than this many characters (a long line of few words is no byline).
META_MAX_CHARS = 160

_TIME = r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?\b)?"
_DATE_NUMERIC = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
_DATE_WORDS = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s{{1,3}}{_MONTH},?\s{{1,3}}\d{{4}}"
    rf"|{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}})"
)

#: Vote counters of threaded discussion sites: "(Score:5, Insightful)", "Re: (Score:2)".
SCORE = re.compile(r"\(score:\s*-?\d", re.IGNORECASE)
#: The parts of BYLINE, each found behind its own cheap test in _meta_kind (most short lines
#: with a digit or a closing colon reach it, and one pattern of them all costs several times the
#: rest of the function). "Comment by X", "Posted: date", "Posted on date", "Comments (3)", "by
#: X on DATE": a byline's opening word, followed by "by", a colon, a count or a date; "Posted my
#: entry on Facebook" and "Commentary" are no byline.
_BYLINE_OPENING = (
    r"(?:comment|posted|submitted|written|reply|answer)(?:\s{1,3}by\b|\s?:)\s{0,3}\S"
    r"|comments?\s{1,3}(?:from|number|on|\(?\d)"
    r"|posted\s{1,3}(?:on|at|in)\s{1,3}\S|posted\s{1,3}(?:\d|" + _MONTH + r"\s{1,3}\d)"
    r"|by\s{1,3}\S.{0,40}\s{1,3}on\s{1,3}" + _DATE_WORDS
)
#: The words _BYLINE_OPENING's lines begin with (lower-cased, as its patterns read them).
_BYLINE_OPENERS_ALL = ("comment", "posted", "submitted", "written", "reply", "answer", "by")
#: The verbs of "X says:" (see _BYLINE_COLON), lower-cased.
_SAYS_VERBS = (
    "says", "said", "wrote", "writes", "schreibt", "sagt", "dice", "ha detto", "écrit", "disse", "pisze", "пишет",
)
#: "X says:", "Anna schreibt:": a name and the verb, and the colon closing the line.
_BYLINE_COLON = r".{1,60}\b(?:" + "|".join(_SAYS_VERBS) + r")\s?:\s{0,3}$"
#: "Sharon says", "Jill Winger says": a name of one to three words and the verb, where the
#: comment system prints the colon apart (or none).
_BYLINE_SAYS = r"[^\W\d_][\w.'’-]{0,30}(?:\s[^\W\d_][\w.'’-]{0,30}){0,2}\s(?:says|writes|wrote)$"
#: "Lora Lee On Thursday, November 1 at 2:57 pm": a name, then "on" and a dated time.
_BYLINE_DATED = (
    r"\S.{0,40}\s{1,3}on\s{1,3}(?:[a-z]{3,9}day,?\s{1,3})?" + _MONTH + r"\s{1,3}\d{1,2}\b.{0,16}?" + _TIME
)
#: "Comment by X", "Posted by X | date", "X says:", "by X on DATE at TIME", "— Posted by Tom":
#: every byline, as one pattern (meta_kind tries its parts one by one, each behind its test).
BYLINE = re.compile(
    "^(?:" + "|".join((_BYLINE_OPENING, _BYLINE_COLON, _BYLINE_SAYS, _BYLINE_DATED)) + ")", re.IGNORECASE
)
_BYLINE_OPENING_RE, _BYLINE_COLON_RE, _BYLINE_SAYS_RE, _BYLINE_DATED_RE = (
    re.compile(f"^(?:{part})", re.IGNORECASE)
    for part in (_BYLINE_OPENING, _BYLINE_COLON, _BYLINE_SAYS, _BYLINE_DATED)
)
#: A line holding a date and a time: comment timestamps ("Dec 30, 2007 7:06 PM | Link to this").
STAMP = re.compile(
    rf"(?:{_DATE_WORDS}|{_DATE_NUMERIC}).{{0,12}}?{_TIME}|{_TIME}.{{0,12}}?(?:{_DATE_WORDS}|{_DATE_NUMERIC})"
    # a month and a day with a time, no year: "November 1 at 2:57 pm"
    rf"|{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}(?:at\s{{1,3}}|@\s?)?{_TIME}",
    re.IGNORECASE,
)
#: Every match of STAMP and of _BYLINE_DATED holds a month's name (lower-cased ASCII, as
#: :func:`~boilerstrip.heuristics.contact.mentions` takes them) or a numeric date: a line with a
#: clock time but neither (a price, a score, "3.14") is not searched.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC_DATE = re.compile(_DATE_NUMERIC)
#: "3 hours ago" and its kin: the age of a comment, in the languages with shipped rules.
RELATIVE_STAMP = re.compile(
    r"^(?:about |vor |il y a |hace |há |ha |circa )?(?:an?|one|\d{1,3})\s+"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?|"
    r"secondes?|heures?|jours?|semaines?|mois|ans|"
    r"segundos?|minutos?|horas?|d[ií]as|semanas?|meses|años|anos|"
    r"secondi|minuti|ore|giorni|settimane|mesi|anni|"
    r"секунд[ауы]?|минут[ауы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|"
    r"uur|uren|dagen|weken|maanden|jaar|"
    r"sekund[ay]?|minut[ay]?|godzin[ay]?|godzinę|dni|dzień|tygodni[ae]?|miesięcy)"
    r"(?:\s+(?:ago|fa|назад|geleden|temu|atrás))?$",
    re.IGNORECASE,
)
#: The same in the other languages with shipped rules, whose words for "ago" come last or first
#: with the number between: "3小时前", "3時間前", "3시간 전", "3 saat önce", "před 3 hodinami",
#: "för 3 timmar sedan", "3 години тому", "منذ 3 ساعات", "3 ساعت پیش", "3 giờ trước", "3 jam yang lalu".
#: The most words a match of RELATIVE_STAMP holds ("il y a 3 heures", "about 2 hours ago").
RELATIVE_STAMP_MAX_WORDS = 6
RELATIVE_STAMP_MORE = re.compile(
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
_AGO_ENDS = ("前", "전", "önce", "sedan", "тому", "پیش", "قبل", "trước", "lalu")
_AGO_STARTS = ("před ", "منذ ")
#: A user handle alone on a line: one token mixing letters with digits or underscores.
HANDLE = re.compile(r"^@?[^\W\d_]+[\w.-]*(?:\d|_)[\w.-]*$")

#: A time alone on a line ("7:51 pm"), as comment systems print it under a split date.
TIME_ONLY = re.compile(rf"^(?:at |um |à |a las |alle |às |om |o |в )?{_TIME}(?: [a-z]{{2,4}})?$", re.IGNORECASE)
#: A comment's signature: a dash, a name, perhaps a place ("- Louise, Lancaster, UK").
SIGNATURE = re.compile(r"^[-–—]{1,2} ?[^\W\d_][\w.'’-]{0,30}(?: [^\W\d_][\w.'’-]{0,30}){0,2}(?:, [^,]{2,40}){1,2}$")

#: Controls printed under each comment.
CONTROLS = frozenset({
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
})


#: What every match of _TIME holds (case-insensitive, as the patterns using it are).
_TIME_GATE = re.compile(r"\d[:.h]\d\d", re.IGNORECASE)
_DASHES = frozenset("-–—")
#: First letters of a relative timestamp without a digit ("an hour ago", "vor einer Stunde").
_RELATIVE_STARTS = frozenset("aovihc")


#: How a byline without its colon ends ("Sharon says"; see BYLINE).
_SAYS = (" says", " writes", " wrote")


def _says(text: str) -> bool:
    """Whether *text* ends as such a byline does: only its last characters are lower-cased (the
    test runs on every short line without a digit)."""
    tail = text.rstrip()[-7:]
    return lower(tail).endswith(_SAYS) or (not tail.isascii() and any(char in tail for char in CASE_ODD))
#: Characters meta_kind strips from a line's ends before looking it up among the controls.
_CONTROL_EDGES = " []()|#.:-–—•*"
#: The words a byline opens with ("Posted by"), after any of _BYLINE_LEAD ...
_BYLINE_OPENERS = ("comment", "posted", "submitted", "written", "reply", "answer")
_BYLINE_LEAD = " -–—•*|"
#: ... and the words a relative timestamp without a digit opens with ("about an hour ago"),
#: after any of _CONTROL_EDGES, as a control's first word does.
_RELATIVE_OPENERS = ("about ", "vor ", "il y a ", "hace ", "há ", "ha ", "circa ")
#: How a line without a digit, an underscore or a closing colon must begin to be metadata:
#: a signature's dash, a byline's first word ("Posted by"), a relative timestamp's ("an hour
#: ago", "vor einer Stunde") or a control's ("Reply"). Every pattern of meta_kind that needs
#: none of those three needs one of these starts (case-insensitive, as the patterns are), so
#: one anchored match rules most lines out.
_META_START = re.compile(
    r"\s*(?:[-–—]"
    r"|[" + re.escape(_BYLINE_LEAD) + r"]*(?:" + "|".join(_BYLINE_OPENERS) + ")"
    r"|[" + re.escape(_CONTROL_EDGES) + r"]*(?:" + "|".join(map(re.escape, _RELATIVE_OPENERS)) + r"|an?\s|one\s|"
    + "|".join(sorted({re.escape(control.split()[0]) for control in CONTROLS})) + "))",
    re.IGNORECASE,
)
#: The characters _META_START lets stand between the leading whitespace and the first word.
_META_LEAD = "".join(sorted(set(_BYLINE_LEAD + _CONTROL_EDGES)))
#: The first words of _META_START, lower-cased, those in ASCII ("an?\s" and "one\s" as "a", "one").
_META_WORDS = tuple(sorted(
    {*_BYLINE_OPENERS, *(word for word in _RELATIVE_OPENERS if word.isascii()), "a", "one"}
    | {control.split()[0] for control in CONTROLS if control.isascii()}
))


def _may_open_meta(text: str) -> bool:
    """True for every line _META_START matches (and some more): its first word, past the leading
    whitespace and edge characters, is one of _META_WORDS, or it opens with a dash, or its first
    word is not plain ASCII (the patterns' case-insensitive letters then go beyond ``str.lower``).
    A few string methods instead of a pattern of some eighty alternatives, which most lines fail."""
    opened = text.lstrip()
    if opened[:1] in _DASHES:
        return True
    head = opened.lstrip(_META_LEAD)[:16]
    return not head.isascii() or head.lower().startswith(_META_WORDS)


def _opens_with(text: str, words: tuple[str, ...]) -> bool:
    """Whether *text* may open with one of *words* (lower-case) as a case-insensitive pattern
    reads it: its first characters lower-cased do, or they hold one of CASE_ODD."""
    head = text[:12]
    return lower(head).startswith(words) or (not head.isascii() and any(char in head for char in CASE_ODD))


def _ends_saying(text: str) -> bool:
    """Whether one of _SAYS_VERBS may stand just before *text*'s closing colon (see _BYLINE_COLON)."""
    tail = text[-16:]
    folded = lower(tail)
    return any(verb in folded for verb in _SAYS_VERBS) or (
        not tail.isascii() and any(char in tail for char in CASE_ODD)
    )


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
        not has_digit and "_" not in text and not text.rstrip().endswith(":")
        and not _says(text)
        and not (_may_open_meta(text) and _META_START.match(text))
    ):
        return None
    return _meta_kind(text, words, has_digit)


def _meta_kind(text: str, words: int, has_digit: bool) -> str | None:
    """:func:`meta_kind` past its gate: every pattern, each behind its own cheap test."""
    if has_digit and "(" in text and SCORE.search(text):
        return "score"
    lowered = lower(text).strip(_CONTROL_EDGES)
    if lowered in CONTROLS:
        return "control"
    stripped = text.strip()
    # Each pattern below needs a feature that one cheap test finds: a leading dash, a byline's
    # opening word or closing colon, a digit or an article word.
    if stripped[:1] in _DASHES and ", " in stripped and SIGNATURE.match(stripped):
        return "signature"
    bare = text.lstrip(" -–—•*|")
    # A clock time is in every timestamp and in the bylines that need a digit without opening
    # with "by", and a month or a numeric date in most: simple tests spare the long patterns.
    has_time = has_digit and _TIME_GATE.search(text) is not None
    dated = has_time and mentions(text, _MONTHS)
    if (
        (_opens_with(bare, _BYLINE_OPENERS_ALL) and _BYLINE_OPENING_RE.match(bare))
        or (stripped.endswith(":") and _ends_saying(stripped) and _BYLINE_COLON_RE.match(bare))
        or (dated and _BYLINE_DATED_RE.match(bare))
        or (_says(stripped) and _BYLINE_SAYS_RE.match(bare))
    ):
        return "byline"
    if has_time and (
        ((dated or _NUMERIC_DATE.search(text)) and STAMP.search(text)) or TIME_ONLY.match(lowered)
    ):
        return "stamp"
    if (
        words <= RELATIVE_STAMP_MAX_WORDS and (has_digit or lowered[:1] in _RELATIVE_STARTS)
        and RELATIVE_STAMP.match(lowered)
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
