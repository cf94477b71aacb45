/* boilerstrip._native: the per-character scans that run on every line or record, in C.
 *
 * Each function has a pure-Python twin that is its definition and its fallback where this
 * extension is not built; the tests hold the two to the same answers:
 *
 * - line_shape (twin: boilerstrip.text.shape.py_line_shape): a line's word count and whether its
 *   whitespace is collapsed already. A token is a run of non-whitespace characters as str.split()
 *   finds them (whitespace is what Py_UNICODE_ISSPACE says, as for str.split), except a lone "|"
 *   (a table's cell separator); a token counts one word, or, when it holds u characters of the
 *   scripts written without spaces (unspaced_ranges below, a copy of
 *   boilerstrip.text.normalise.UNSPACED_RANGES), max(1, ceil(u / 2)) words. A line is collapsed
 *   when it holds no whitespace but single ASCII spaces between words, so that
 *   " ".join(line.split()) == line. The result is words * 2 + collapsed. In Python that is four
 *   scans (two substring tests, isprintable, count) or, for table rows, lines with runs of spaces
 *   and Chinese or Japanese lines, a split that allocates every word.
 * - split_document (twin: boilerstrip.text.segment.py_split_document): a document's lines with their
 *   terminators (\r\n, \r or \n; as boilerstrip.text.segment.split_lines), each stripped (str.strip), and
 *   each stripped line's shape, in one pass and with two strings a line (in Python: a split, a
 *   concatenation to put each terminator back, a strip, and a call per line for its shape).
 * - has_decimal (twin: boilerstrip.text.shape.py_has_decimal): whether a line holds a decimal
 *   digit, as the regular expression \d finds them (Py_UNICODE_ISDECIMAL). In Python that is a
 *   regex call per line, most of its time spent starting the search.
 * - has_digit (twin: boilerstrip.text.shape.py_has_digit): whether a line holds a character that
 *   str.isdigit accepts (Py_UNICODE_ISDIGIT: decimal digits, superscripts, circled digits...).
 *   In Python, any(map(str.isdigit, text)) calls a method per character.
 * - line_keys (twin: boilerstrip.html.pipeline.py_line_keys): per line of a text, its words (what the
 *   regular expression \w+ finds) lower-cased and joined by single spaces: the readability vote's
 *   view of an extraction. In Python that is a byte table, a split into every word and a join.
 * - trigrams (twin: boilerstrip.html.pipeline.py_trigrams): every run of three words of a text whose words
 *   are separated by single spaces ("a b c" for each), as the vote compares two extractions.
 * - mentions (twin: boilerstrip.heuristics.contact.py_mentions): whether a line may hold one of some
 *   lower-case ASCII words in any case: it does with its ASCII letters lower-cased, or it holds
 *   one of the four characters a case-insensitive pattern takes for an ASCII letter although
 *   they are not (U+0130, U+0131, U+017F, U+212A). In Python, a lower-cased copy of the line.
 * - ascii_normal_form (twin: boilerstrip.text.normalise.py_normalise_collapsed): the normal form
 *   rules are matched in, for a line of ASCII only (whitespace collapsed already): lower-cased,
 *   "`" made "'", the edge characters stripped, a closing bracket the line does not open
 *   dropped. None for any other line, which Python then normalises. In Python that is some
 *   eight calls, each copying the line.
 * - split_records and count_newlines (twins: boilerstrip.io.chunks.py_split_records and
 *   py_count_newlines): a chunk of JSON Lines cut at "\n" with each record keeping its "\n",
 *   and the number of "\n" in it, with memchr. In Python, bytes.split copies every record and
 *   putting its "\n" back copies it again; bytes.count looks at every byte.
 * - has_digit_run (twin: boilerstrip.io.textio.py_has_digit_run): whether bytes hold a run of at
 *   least n ASCII digits. In Python that is a translated copy of each JSON record and a search.
 * - smiley (twin: boilerstrip.heuristics.comment_meta.py_smiley): whether a line holds a smiley as
 *   the regular expression comment_meta.SMILEY finds one: an ASCII smiley (":)", ";-)", ":'(",
 *   "^_^", "<3", "xD") at the line's start or after whitespace (Py_UNICODE_ISSPACE, as \s), and
 *   followed by the line's end, whitespace or one of ".!?,"; or a face emoji (U+1F600-1F64F,
 *   U+1F910-1F92F, U+1F970-1F97A). In Python, up to seven substring tests and two searches, each
 *   a call; here one pass, and a string narrower than four bytes a character holds no emoji.
 * - lower (twin: str.lower itself, boilerstrip.text.normalise.py_lower): a string lower-cased as
 *   str.lower does it. CPython maps a string of one byte or two a character that is not ASCII
 *   through its full case mapping one character at a time, with a context test for the Greek
 *   capital sigma at each; most lines beyond ASCII are so only for a typographic quote or dash.
 *   Here each character of a string of one or two bytes a character takes its simple lower-case
 *   mapping (Py_UNICODE_TOLOWER), which is the full one for every such character but U+0130
 *   (Turkish capital I with dot, two characters lower-cased); a string holding U+0130 or the
 *   capital sigma (U+03A3, whose lower case depends on the letters around it), and every string
 *   of four bytes a character, is handed to str.lower itself.
 * - has_time (twin: boilerstrip.heuristics.comment_meta.py_has_time): whether a line holds what
 *   every clock time holds, as the regular expression comment_meta._TIME_GATE finds it: a decimal
 *   digit, then ":" or "." or an "h" or "H" (with a whitespace character before and after it or
 *   not), then two decimal digits. In Python, a regex call on every line with a digit that
 *   reaches the comment patterns, most of its time spent starting the search.
 */
#define _GNU_SOURCE  /* memmem */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* True for a str; else false, with a TypeError naming the function. */
static int
is_str(PyObject *arg, const char *function)
{
    if (PyUnicode_Check(arg))
        return 1;
    PyErr_Format(PyExc_TypeError, "%s() argument must be str, not %.100s", function, Py_TYPE(arg)->tp_name);
    return 0;
}

/* Each character's class, as bits: */
#define WHITESPACE 1  /* str.split() splits here (Py_UNICODE_ISSPACE) */
#define NOT_SPACE 2   /* ... and it is not the ASCII space */
#define PIPE 4        /* "|" */
#define UNSPACED 8    /* a script written without spaces: half a word (see line_shape above) */
#define UNSPACED_SHIFT 3
/* The code points of the scripts written without spaces, first and last of each range: a copy of
 * boilerstrip.text.normalise.UNSPACED_RANGES, which tests/test_native.py holds it to on every
 * code point. None is below 256 (the one-byte scan relies on it). */
static const Py_UCS4 unspaced_ranges[][2] = {
    {0x0E00, 0x0EFF}, {0x1000, 0x109F}, {0x1780, 0x17FF}, {0x3005, 0x3007}, {0x3040, 0x30FF},
    {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0xFF66, 0xFF9D},
    {0x20000, 0x2FA1F},
};
#define UNSPACED_RANGE_COUNT (sizeof(unspaced_ranges) / sizeof(unspaced_ranges[0]))
/* The class of every character of the Basic Multilingual Plane, filled in by the module's init:
 * one look-up a character, whatever its script. */
static unsigned char bmp_class[0x10000];

static int
in_unspaced_range(Py_UCS4 ch)
{
    for (size_t k = 0; k < UNSPACED_RANGE_COUNT; k++) {
        if (ch >= unspaced_ranges[k][0] && ch <= unspaced_ranges[k][1])
            return 1;
    }
    return 0;
}

static unsigned
class_of(Py_UCS4 ch)
{
    unsigned cls = 0;
    if (Py_UNICODE_ISSPACE(ch))
        cls = ch == ' ' ? WHITESPACE : WHITESPACE | NOT_SPACE;
    else if (ch == '|')
        cls = PIPE;
    else if (in_unspaced_range(ch))
        cls = UNSPACED;
    return cls;
}

static inline unsigned
char_class(Py_UCS4 ch)
{
    if (ch < 0x10000)
        return bmp_class[ch];
    return class_of(ch);  /* beyond the BMP: rare, a few comparisons */
}

/* Counted without a branch per character (word boundaries come every few characters, and
 * mispredicted branches would cost more than the rest of the loop): a word starts wherever a
 * non-whitespace character follows whitespace or the start; the line is not collapsed if it
 * holds whitespace other than the space, or a space after whitespace or at the start. A token
 * with u unspaced characters counts max(1, ceil(u / 2)) words: one where it starts, and one more
 * for its third, fifth, seventh... unspaced character (run counts those seen so far in the
 * token). One loop per string kind, so that the kind is not looked at per character; one-byte
 * strings hold no unspaced character, so their loop leaves that count out (WIDE is 0). */
#define SCAN(CHAR_T, WIDE)                                                            \
    do {                                                                              \
        const CHAR_T *chars = (const CHAR_T *)data + begin;                           \
        Py_ssize_t run = 0;                                                           \
        for (Py_ssize_t i = 0; i < length; i++) {                                     \
            unsigned cls = char_class(chars[i]);                                      \
            unsigned space = cls & WHITESPACE;                                        \
            starts += after_space & (space ^ 1);                                      \
            if (WIDE) {                                                               \
                unsigned unspaced = cls >> UNSPACED_SHIFT & 1;                        \
                starts += unspaced & (run >= 2) & (unsigned)((run & 1) ^ 1);          \
                run = space ? 0 : run + unspaced;                                     \
            }                                                                         \
            untidy |= (cls >> 1 & 1) | (space & after_space);                         \
            pipes |= cls;                                                             \
            after_space = space;                                                      \
        }                                                                             \
        if (pipes & PIPE) {                                                           \
            /* Rare (tables): take back every word that is a lone "|". */             \
            for (Py_ssize_t i = 0; i < length; i++) {                                 \
                if (chars[i] == '|' && (i == 0 || char_class(chars[i - 1]) & WHITESPACE) \
                    && (i + 1 == length || char_class(chars[i + 1]) & WHITESPACE))    \
                    starts--;                                                         \
            }                                                                         \
        }                                                                             \
    } while (0)

/* words * 2 + collapsed for the characters [begin, end) of a string's data. */
static Py_ssize_t
shape_of(int kind, const void *data, Py_ssize_t begin, Py_ssize_t end)
{
    Py_ssize_t length = end - begin;
    Py_ssize_t starts = 0;   /* words, counted where they start */
    unsigned untidy = 0;     /* 1 once the whitespace is found not collapsed */
    unsigned pipes = 0;      /* the class bits seen, for PIPE */
    unsigned after_space = 1; /* the previous character is whitespace, or this is the start */
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        SCAN(Py_UCS1, 0);
        break;
    /* Wider strings are scanned as one-byte ones first: a line with no unspaced character (most,
     * "’" or "—" having made them wide) counts the same either way, and the seen class bits tell
     * whether it had one. Only then is it scanned again, counting the unspaced runs. */
    case PyUnicode_2BYTE_KIND:
        SCAN(Py_UCS2, 0);
        if (pipes & UNSPACED) {
            starts = 0, untidy = 0, pipes = 0, after_space = 1;
            SCAN(Py_UCS2, 1);
        }
        break;
    default:
        SCAN(Py_UCS4, 0);
        if (pipes & UNSPACED) {
            starts = 0, untidy = 0, pipes = 0, after_space = 1;
            SCAN(Py_UCS4, 1);
        }
        break;
    }
    if (length > 0)
        untidy |= after_space;  /* trailing whitespace */
    return starts * 2 + (untidy ^ 1);
}

static PyObject *
line_shape(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "line_shape"))
        return NULL;
    return PyLong_FromSsize_t(
        shape_of(PyUnicode_KIND(arg), PyUnicode_DATA(arg), 0, PyUnicode_GET_LENGTH(arg)));
}

/* Appends a new reference to list, which takes it; -1 on error. */
static int
append_new(PyObject *list, PyObject *item)
{
    if (item == NULL)
        return -1;
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

/* Moves end from a line's start to just past its terminator (\r\n, \r or \n), or to the end of
 * the text. One loop per string kind, so that the kind is not looked at per character; a
 * character above "\r" (nearly all) is passed with one comparison. */
#define LINE_END(CHAR_T)                                                              \
    do {                                                                              \
        const CHAR_T *chars = (const CHAR_T *)data;                                   \
        while (end < length) {                                                        \
            CHAR_T ch = chars[end++];                                                 \
            if (ch > '\r')                                                            \
                continue;                                                             \
            if (ch == '\n')                                                           \
                break;                                                                \
            if (ch == '\r') {                                                         \
                if (end < length && chars[end] == '\n')                               \
                    end++;                                                            \
                break;                                                                \
            }                                                                         \
        }                                                                             \
    } while (0)

static PyObject *
split_document(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "split_document"))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int kind = PyUnicode_KIND(arg);
    PyObject *lines = PyList_New(0), *bodies = PyList_New(0), *shapes = PyList_New(0);
    if (lines == NULL || bodies == NULL || shapes == NULL)
        goto error;
    /* Most texts are one byte a character and hold no \r: their lines end where memchr finds \n. */
    int plain = kind == PyUnicode_1BYTE_KIND && memchr(data, '\r', (size_t)length) == NULL;
    Py_ssize_t start = 0;
    while (start < length) {
        /* the line: up to and with its terminator (\r\n, \r or \n), or to the end of the text */
        Py_ssize_t end = start;
        if (plain) {
            const Py_UCS1 *newline = memchr((const Py_UCS1 *)data + start, '\n', (size_t)(length - start));
            end = newline == NULL ? length : newline - (const Py_UCS1 *)data + 1;
        }
        else if (kind == PyUnicode_1BYTE_KIND)
            LINE_END(Py_UCS1);
        else if (kind == PyUnicode_2BYTE_KIND)
            LINE_END(Py_UCS2);
        else
            LINE_END(Py_UCS4);
        /* its body: the line stripped of whitespace at both ends, as str.strip() does */
        Py_ssize_t first = start, last = end;
        while (first < last && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, first)))
            first++;
        while (last > first && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, last - 1)))
            last--;
        if (append_new(lines, PyUnicode_Substring(arg, start, end)) < 0
            || append_new(bodies, PyUnicode_Substring(arg, first, last)) < 0
            || append_new(shapes, PyLong_FromSsize_t(shape_of(kind, data, first, last))) < 0)
            goto error;
        start = end;
    }
    return Py_BuildValue("(NNN)", lines, bodies, shapes);
error:
    Py_XDECREF(lines);
    Py_XDECREF(bodies);
    Py_XDECREF(shapes);
    return NULL;
}

static PyObject *
has_decimal(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "has_decimal"))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int kind = PyUnicode_KIND(arg);
    if (kind == PyUnicode_1BYTE_KIND) {
        /* Latin-1 has no decimal digits but the ASCII ones. */
        const Py_UCS1 *chars = (const Py_UCS1 *)data;
        for (Py_ssize_t i = 0; i < length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9')
                Py_RETURN_TRUE;
        }
        Py_RETURN_FALSE;
    }
    for (Py_ssize_t i = 0; i < length; i++) {
        if (Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i)))
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyObject *
has_digit(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "has_digit"))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int kind = PyUnicode_KIND(arg);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 128 ? (ch >= '0' && ch <= '9') : Py_UNICODE_ISDIGIT(ch))
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static unsigned char ascii_word[128];  /* \w in ASCII: letters, digits, "_" (filled in by init) */

static PyObject *
line_keys(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "line_keys"))
        return NULL;
    /* str.lower, with its context rules (final sigma), on the whole text: it never makes or
     * takes a line break, so the lines stay those of the text. */
    PyObject *lowered = PyObject_CallMethod(arg, "lower", NULL);
    if (lowered == NULL)
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(lowered);
    const void *data = PyUnicode_DATA(lowered);
    int kind = PyUnicode_KIND(lowered);
    PyObject *keys = PyList_New(0);
    Py_UCS4 *key = PyMem_New(Py_UCS4, length + 1);
    if (keys == NULL || key == NULL)
        goto error;
    Py_ssize_t size = 0;
    int gap = 0;  /* a non-word character since the last word character */
    for (Py_ssize_t i = 0; i <= length; i++) {
        Py_UCS4 ch = i < length ? PyUnicode_READ(kind, data, i) : '\n';
        if (ch == '\n') {
            if (append_new(keys, PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, key, size)) < 0)
                goto error;
            size = 0;
            gap = 0;
        }
        else if (ch < 128 ? ascii_word[ch] : (Py_UNICODE_ISALNUM(ch) != 0)) {
            if (gap && size)
                key[size++] = ' ';
            gap = 0;
            key[size++] = ch;
        }
        else
            gap = 1;
    }
    PyMem_Free(key);
    Py_DECREF(lowered);
    return keys;
error:
    PyMem_Free(key);
    Py_DECREF(lowered);
    Py_XDECREF(keys);
    return NULL;
}

static PyObject *
trigrams(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "trigrams"))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int kind = PyUnicode_KIND(arg);
    PyObject *grams = PyList_New(0);
    if (grams == NULL)
        return NULL;
    /* the starts and ends of the last three words */
    Py_ssize_t starts[3] = {0, 0, 0}, ends[3] = {0, 0, 0};
    Py_ssize_t words = 0;
    Py_ssize_t i = 0;
    while (i < length) {
        while (i < length && PyUnicode_READ(kind, data, i) == ' ')
            i++;
        if (i == length)
            break;
        Py_ssize_t start = i;
        while (i < length && PyUnicode_READ(kind, data, i) != ' ')
            i++;
        starts[words % 3] = start;
        ends[words % 3] = i;
        words++;
        if (words >= 3
            && append_new(grams, PyUnicode_Substring(arg, starts[words % 3], ends[(words - 1) % 3])) < 0) {
            Py_DECREF(grams);
            return NULL;
        }
    }
    return grams;
}

static PyObject *
mentions(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "mentions() takes a str and a tuple of str");
        return NULL;
    }
    PyObject *text = args[0], *words = args[1];
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int kind = PyUnicode_KIND(text);
    char small[512];
    char *folded = length <= (Py_ssize_t)sizeof(small) ? small : PyMem_Malloc(length);
    if (folded == NULL)
        return PyErr_NoMemory();
    int found = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        /* Latin-1 holds none of the four odd letters: one loop without their test, as most lines are */
        const Py_UCS1 *chars = (const Py_UCS1 *)data;
        for (Py_ssize_t i = 0; i < length; i++) {
            Py_UCS1 ch = chars[i];
            folded[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch < 128 ? ch : 0x80);
        }
    }
    else {
        for (Py_ssize_t i = 0; i < length && !found; i++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (ch < 128)
                folded[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            else if (ch == 0x130 || ch == 0x131 || ch == 0x17f || ch == 0x212a)
                found = 1;
            else
                folded[i] = '\x80';  /* no ASCII letter */
        }
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(words) && !found; k++) {
        Py_ssize_t size;
        const char *word = PyUnicode_Check(PyTuple_GET_ITEM(words, k))
            ? PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(words, k), &size) : NULL;
        if (word == NULL) {
            if (folded != small)
                PyMem_Free(folded);
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "mentions() takes a tuple of str");
            return NULL;
        }
        if (size <= length && memmem(folded, (size_t)length, word, (size_t)size) != NULL)
            found = 1;
    }
    if (folded != small)
        PyMem_Free(folded);
    return PyBool_FromLong(found);
}

/* The ASCII characters of boilerstrip.text.normalise.EDGE_CHARS, stripped from both ends of a line
 * (closing brackets only from its start; see below). tests/test_native.py holds this to EDGE_CHARS. */
static const char ascii_edges[] = "\t\n\x0b\x0c\r !\"'()*+,-./:;<=>?[\\]^_`{|}~";
static unsigned char is_ascii_edge[128];

static inline int
is_closer(Py_UCS1 ch)
{
    return ch == ')' || ch == ']' || ch == '}';
}

static Py_ssize_t
count_char(const Py_UCS1 *chars, Py_ssize_t length, Py_UCS1 wanted)
{
    Py_ssize_t found = 0;
    for (Py_ssize_t i = 0; i < length; i++)
        found += chars[i] == wanted;
    return found;
}

static PyObject *
ascii_normal_form(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "ascii_normal_form"))
        return NULL;
    if (!PyUnicode_IS_ASCII(arg))
        Py_RETURN_NONE;
    const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(arg);
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    Py_ssize_t first = 0, last = length;  /* the normal form is [first, last) */
    /* "`" becomes "'", an edge character itself: both count as edges here */
    while (first < last && is_ascii_edge[chars[first]])
        first++;
    while (last > first && is_ascii_edge[chars[last - 1]] && !is_closer(chars[last - 1]))
        last--;
    /* A closing bracket at the end goes when the line holds fewer of its opening one. */
    while (last > first && is_closer(chars[last - 1])) {
        Py_UCS1 closer = chars[last - 1];
        Py_UCS1 opener = closer == ')' ? '(' : closer == ']' ? '[' : '{';
        if (count_char(chars + first, last - first, opener) >= count_char(chars + first, last - first, closer))
            break;
        last--;
        while (last > first && is_ascii_edge[chars[last - 1]] && !is_closer(chars[last - 1]))
            last--;
    }
    PyObject *form = PyUnicode_New(last - first, 127);
    if (form == NULL)
        return NULL;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(form);
    for (Py_ssize_t i = first; i < last; i++) {
        Py_UCS1 ch = chars[i];
        out[i - first] = ch >= 'A' && ch <= 'Z' ? ch + 32 : ch == '`' ? '\'' : ch;
    }
    return form;
}

static PyObject *
split_records(PyObject *module, PyObject *arg)
{
    (void)module;
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const char *data = (const char *)view.buf, *end = data + view.len;
    PyObject *records = PyList_New(0);
    while (records != NULL && data < end) {
        const char *newline = memchr(data, '\n', (size_t)(end - data));
        const char *stop = newline == NULL ? end : newline + 1;
        if (append_new(records, PyBytes_FromStringAndSize(data, stop - data)) < 0)
            Py_CLEAR(records);
        data = stop;
    }
    PyBuffer_Release(&view);
    return records;
}

static PyObject *
count_newlines(PyObject *module, PyObject *arg)
{
    (void)module;
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const char *data = (const char *)view.buf, *end = data + view.len;
    Py_ssize_t found = 0;
    while (data < end && (data = memchr(data, '\n', (size_t)(end - data))) != NULL) {
        found++;
        data++;
    }
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(found);
}

/* A run of n digits covers one of every n consecutive positions: look at every n-th byte, and
 * only around a digit at the run it may belong to. Records are mostly text, so this reads a
 * small share of their bytes. */
static PyObject *
has_digit_run(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    Py_buffer view;
    Py_ssize_t n;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "has_digit_run() takes exactly 2 arguments (data, n)");
        return NULL;
    }
    n = PyLong_AsSsize_t(args[1]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    if (n < 1) {
        PyErr_SetString(PyExc_ValueError, "has_digit_run() needs n >= 1");
        return NULL;
    }
    if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const unsigned char *data = (const unsigned char *)view.buf;
    Py_ssize_t length = view.len;
    int found = 0;
    for (Py_ssize_t probe = n - 1; probe < length && !found; probe += n) {
        if (data[probe] < '0' || data[probe] > '9')
            continue;
        Py_ssize_t start = probe, end = probe + 1;
        while (start > 0 && data[start - 1] >= '0' && data[start - 1] <= '9')
            start--;
        while (end < length && data[end] >= '0' && data[end] <= '9')
            end++;
        if (end - start >= n)
            found = 1;
        else
            probe = end - 1;  /* the next run starts after this one: probe n past its end */
    }
    PyBuffer_Release(&view);
    return PyBool_FromLong(found);
}

/* Whether an ASCII smiley ending before *end* is followed as comment_meta.SMILEY asks: by the
 * line's end, whitespace or one of ".!?," (its lookahead (?=\s|$|[.!?,]); "$" before a final
 * newline is whitespace already). */
static inline int
smiley_ends(int kind, const void *data, Py_ssize_t length, Py_ssize_t end)
{
    if (end > length)
        return 0;
    if (end == length)
        return 1;
    Py_UCS4 ch = PyUnicode_READ(kind, data, end);
    return ch == '.' || ch == '!' || ch == '?' || ch == ',' || Py_UNICODE_ISSPACE(ch);
}

/* The character at *i*, or 0 past the end (no smiley holds a NUL). */
static inline Py_UCS4
char_at(int kind, const void *data, Py_ssize_t length, Py_ssize_t i)
{
    return i < length ? PyUnicode_READ(kind, data, i) : 0;
}

static PyObject *
smiley(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "smiley"))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int kind = PyUnicode_KIND(arg);
    int after_space = 1;  /* the line's start counts as whitespace ((?:^|\s) before a smiley) */
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch >= 0x1F600
            && (ch <= 0x1F64F || (ch >= 0x1F910 && ch <= 0x1F92F) || (ch >= 0x1F970 && ch <= 0x1F97A)))
            Py_RETURN_TRUE;
        if (after_space) {
            Py_UCS4 next = char_at(kind, data, length, i + 1);
            Py_ssize_t end = -1;
            if (ch == ':' || ch == ';' || ch == '=') {
                /* [:;=]-?[)(DPp], or :'( */
                Py_ssize_t mouth = next == '-' ? i + 2 : i + 1;
                Py_UCS4 shape = char_at(kind, data, length, mouth);
                if (shape == ')' || shape == '(' || shape == 'D' || shape == 'P' || shape == 'p')
                    end = mouth + 1;
                else if (ch == ':' && next == '\'' && char_at(kind, data, length, i + 2) == '(')
                    end = i + 3;
            }
            else if (ch == '^' && next == '_' && char_at(kind, data, length, i + 2) == '^')
                end = i + 3;
            else if ((ch == '<' && next == '3') || ((ch == 'x' || ch == 'X') && next == 'D'))
                end = i + 2;
            if (end >= 0 && smiley_ends(kind, data, length, end))
                Py_RETURN_TRUE;
        }
        after_space = Py_UNICODE_ISSPACE(ch);
    }
    Py_RETURN_FALSE;
}

/* Whether two decimal digits stand at *i* and *i* + 1. */
static inline int
two_decimals(int kind, const void *data, Py_ssize_t length, Py_ssize_t i)
{
    return i + 1 < length && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i))
        && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i + 1));
}

static PyObject *
has_time(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "has_time"))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int kind = PyUnicode_KIND(arg);
    /* \d(?:[:.]|\s?h\s?)\d\d, case-insensitive: "h" or "H" (no other character folds to h). */
    for (Py_ssize_t i = 0; i + 3 < length; i++) {
        if (!Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i)))
            continue;
        Py_UCS4 next = PyUnicode_READ(kind, data, i + 1);
        if (next == ':' || next == '.') {
            if (two_decimals(kind, data, length, i + 2))
                Py_RETURN_TRUE;
            continue;
        }
        Py_ssize_t j = i + 1;
        if (Py_UNICODE_ISSPACE(next))
            next = char_at(kind, data, length, ++j);
        if (next != 'h' && next != 'H')
            continue;
        j++;
        /* \s? then \d\d: a whitespace character is no digit, so at most one reading fits */
        if (Py_UNICODE_ISSPACE(char_at(kind, data, length, j)))
            j++;
        if (two_decimals(kind, data, length, j))
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

/* str.lower (see the top of this file): the characters of a string of one or two bytes each mapped
 * on their own, else str.lower itself. */
#define LOWER_STACK 512
static PyObject *
lower(PyObject *module, PyObject *arg)
{
    (void)module;
    if (!is_str(arg, "lower"))
        return NULL;
    int kind = PyUnicode_KIND(arg);
    if (kind == PyUnicode_4BYTE_KIND)
        return PyObject_CallMethod(arg, "lower", NULL);
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    if (kind == PyUnicode_1BYTE_KIND) {
        /* Latin-1: A-Z and U+00C0-U+00DE but U+00D7 lower-case 32 code points on; no other
         * character changes, so the result holds as wide characters as the string (U+0080 and
         * up stay there) and is made as wide at once. */
        PyObject *result = PyUnicode_New(length, PyUnicode_IS_ASCII(arg) ? 127 : 255);
        if (result == NULL)
            return NULL;
        const Py_UCS1 *chars = (const Py_UCS1 *)data;
        Py_UCS1 *out = PyUnicode_1BYTE_DATA(result);
        for (Py_ssize_t i = 0; i < length; i++) {
            Py_UCS1 ch = chars[i];
            out[i] = (Py_UCS1)((ch >= 'A' && ch <= 'Z') || (ch >= 0xC0 && ch <= 0xDE && ch != 0xD7) ? ch + 32 : ch);
        }
        return result;
    }
    const Py_UCS2 *chars = (const Py_UCS2 *)data;
    Py_UCS2 stack[LOWER_STACK];
    Py_UCS2 *out = length <= LOWER_STACK ? stack : PyMem_New(Py_UCS2, length);
    if (out == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS2 ch = chars[i];
        Py_UCS4 low;
        if (ch < 128)
            low = ch >= 'A' && ch <= 'Z' ? ch + 32u : ch;
        else if (ch == 0x130 || ch == 0x3A3 || (low = Py_UNICODE_TOLOWER(ch)) > 0xFFFF) {
            if (out != stack)
                PyMem_Free(out);
            return PyObject_CallMethod(arg, "lower", NULL);
        }
        out[i] = (Py_UCS2)low;
    }
    /* the narrowest string that holds the result, as str.lower makes it ("\u0178" gives "\xff") */
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, out, length);
    if (out != stack)
        PyMem_Free(out);
    return result;
}

static PyMethodDef native_methods[] = {
    {"line_shape", line_shape, METH_O,
     "line_shape(text, /)\n--\n\n"
     "The words of *text* (a lone '|' is none; Chinese, Japanese... characters half a word each) "
     "times 2, plus 1 if its whitespace is collapsed."},
    {"split_document", split_document, METH_O,
     "split_document(text, /)\n--\n\n"
     "The lines of *text* with their terminators, each stripped, and each stripped line's shape."},
    {"has_decimal", has_decimal, METH_O,
     "has_decimal(text, /)\n--\n\n"
     "Whether *text* holds a decimal digit (what the regular expression \\d matches)."},
    {"has_digit", has_digit, METH_O,
     "has_digit(text, /)\n--\n\n"
     "Whether *text* holds a character str.isdigit accepts."},
    {"line_keys", line_keys, METH_O,
     "line_keys(text, /)\n--\n\n"
     "Per line of *text*, its words (\\w+) lower-cased and joined by single spaces."},
    {"trigrams", trigrams, METH_O,
     "trigrams(text, /)\n--\n\n"
     "Every three consecutive words of *text* (words between single spaces), as 'a b c'."},
    {"mentions", (PyCFunction)(void (*)(void))mentions, METH_FASTCALL,
     "mentions(text, words, /)\n--\n\n"
     "Whether *text* may hold one of *words* (lower-case ASCII) in any case."},
    {"ascii_normal_form", ascii_normal_form, METH_O,
     "ascii_normal_form(text, /)\n--\n\n"
     "The normal form of a collapsed line of ASCII only (see boilerstrip.text.normalise), else None."},
    {"split_records", split_records, METH_O,
     "split_records(data, /)\n--\n\n"
     "The lines of the bytes *data*, each with its newline (the last may have none)."},
    {"count_newlines", count_newlines, METH_O,
     "count_newlines(data, /)\n--\n\n"
     "How many newlines the bytes *data* hold."},
    {"has_digit_run", (PyCFunction)(void (*)(void))has_digit_run, METH_FASTCALL,
     "has_digit_run(data, n, /)\n--\n\n"
     "Whether the bytes *data* hold a run of at least *n* ASCII digits."},
    {"smiley", smiley, METH_O,
     "smiley(text, /)\n--\n\n"
     "Whether *text* holds a smiley, as the regular expression comment_meta.SMILEY finds one."},
    {"lower", lower, METH_O,
     "lower(text, /)\n--\n\n"
     "*text* lower-cased, as str.lower does it."},
    {"has_time", has_time, METH_O,
     "has_time(text, /)\n--\n\n"
     "Whether *text* holds a clock time's digits, as the regular expression comment_meta._TIME_GATE finds them."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT, "boilerstrip._native",
    "Per-character scans in C (see boilerstrip.text.shape and boilerstrip.io.textio for their Python twins).", -1,
    native_methods,
};

PyMODINIT_FUNC
PyInit__native(void)
{
    for (Py_UCS4 ch = 0; ch < 0x10000; ch++)
        bmp_class[ch] = (unsigned char)class_of(ch);
    for (const char *edge = ascii_edges; *edge; edge++)
        is_ascii_edge[(unsigned char)*edge] = 1;
    for (Py_UCS4 ch = 0; ch < 128; ch++)
        ascii_word[ch] = (unsigned char)(Py_UNICODE_ISALNUM(ch) || ch == '_');
    return PyModule_Create(&native_module);
}
