"""Bytes to text and text to an lxml tree, for the HTML path.

A page's bytes are decoded by, in order: a byte-order mark; valid UTF-8 (a page that decodes as
UTF-8 and holds non-ASCII bytes is UTF-8 whatever it declares: the common mis-declaration is a
UTF-8 page labelled ``iso-8859-1``); the encoding the page declares, if the bytes decode with it;
a guess by charset_normalizer (a trafilatura dependency); and, last, Windows-1252 with
replacement characters, so that no page is refused for its bytes.

>>> decode_html("<p>caf\\u00e9</p>".encode("utf-8")).text
'<p>café</p>'
>>> d = decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9</p>')
>>> d.encoding, d.text[-8:]
('cp1252', 'café</p>')
>>> decode_html('<meta charset="latin-1"><p>café</p>'.encode("utf-8")).encoding
'utf-8'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction, document_fromstring

#: Bytes scanned for a declared encoding (the HTML standard's prescan looks at the first 1024).
PRESCAN_BYTES = 4096

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
#: The ASCII characters of ``_CONTROL``, as bytes (see :func:`has_control`).
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
#: Web labels that mean Windows-1252 in every browser (WHATWG encoding standard).
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii",
                                  "cp1252", "windows-1252", "x-cp1252", "iso_8859-1"})
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Something that looks like markup: a tag, a comment or a doctype.
_MARKUP = re.compile(r"<(?:[A-Za-z][A-Za-z0-9:-]*[\s/>]|!--|!doctype)", re.IGNORECASE)


#: The element classes of parsed pages. lxml.html's own parser picks each element's class in a
#: Python method (forms and their fields get classes of their own) every time an element is
#: handed to Python, which is a good share of the time trafilatura then spends on the page. This
#: lookup runs in C and gives every element ``HtmlElement``: nothing in this path, trafilatura
#: or readability uses the form classes' extra methods.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)


@dataclass(frozen=True)
class Decoded:
    """A page's text and the encoding it was read with (None when the input was already text)."""

    text: str
    encoding: str | None


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` tag or XML declaration, normalised, or None.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    >>> declared_encoding(b"<p>none</p>") is None
    True
    """
    found = _META_CHARSET.search(data[:PRESCAN_BYTES])
    if not found:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes | str) -> Decoded:
    """Decode a page's bytes (see the module docstring for the order of evidence)."""
    if isinstance(data, str):
        return Decoded(data, None)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), "utf-8" if name == "utf-8-sig" else name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text, "utf-8")
    declared = declared_encoding(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    guess = _guess_encoding(data)
    if guess:
        try:
            return Decoded(data.decode(guess), guess)
        except (UnicodeDecodeError, LookupError):
            pass
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252")


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None


def looks_like_html(text: str) -> bool:
    """True when *text* holds markup somewhere near its start (within the first 64 KB).

    >>> looks_like_html("<html><body><p>Hi</p></body></html>"), looks_like_html("just words < 3")
    (True, False)
    """
    return _MARKUP.search(text, 0, 65536) is not None


def has_control(text: str) -> bool:
    r"""Whether *text* holds a character of ``_CONTROL`` (a C0 control but tab and line ends, DEL,
    U+FFFE, U+FFFF).

    Pages rarely do, and a search of the pattern took about 1 ms a page on the benchmark's pages:
    the UTF-8 bytes with the ASCII ones deleted by a byte table (UTF-8 writes no other character
    with a byte under 0x80) and two substring tests take a quarter of that.

    >>> has_control("<p>tab\tand\r\nline</p>"), has_control("<p>bell\x07</p>"), has_control("caf\u00e9\uffff")
    (False, True, True)
    """
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    return not text.isascii() and ("\ufffe" in text or "\uffff" in text)


def parse_html(text: str) -> HtmlElement | None:
    """Parse decoded page text into an lxml HTML document, or None when nothing usable came out."""
    # libxml2 refuses control characters in text; browsers ignore them.
    text = _XML_DECLARATION.sub("", text, count=1)
    if has_control(text):
        text = _CONTROL.sub("", text)
    # no table of ids (``collect_ids``): nothing here, in trafilatura or in readability looks an
    # element up by its id, and building it took a seventh of the parse (the tree is the same)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, collect_ids=False)
    parser.set_element_class_lookup(_HTML_CLASSES)
    try:
        root = document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root if isinstance(root, HtmlElement) else None
