"""The DOM stage: drop page elements that are boilerplate by cues trafilatura does not use.

Each cue is named, and every pruned element is reported with the cue's id and a category:

- ``dom:class-token:<token>``: a class or id names an appeal, a form or a widget (``newsletter``,
  ``donate``, ``paywall``, ``consent``, ``promo``, ``outbrain``...);
- ``dom:role:<role>``, ``dom:tag:<tag>``, ``dom:hidden``: ARIA landmarks that are not the article
  (``navigation``, ``complementary``, ``dialog``...), dialogs and forms, elements the reader never sees;
- ``dom:lexicon:<rule id>``: a short block whose whole text matches one of the project's rules;
- ``dom:link-dense``: a list or box that is almost all link text (menus, teaser lists).

An element that holds the article is never pruned, whatever its class says: the *anchor* (the
element whose own paragraphs hold the most text) and its ancestors are protected, as are
``<main>``, ``<article>`` and ``itemprop=articleBody`` containers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from boilerstrip.rules import Match, RuleSet
from boilerstrip.text.normalise import normalise_collapsed

#: Class / id cues, as (id, category, pattern). The pattern is searched in the lower-cased class
#: and id values together. Patterns avoid the article's own names: ``subscriber-content`` or
#: ``members-only`` wrap a paywalled article, so ``subscribe(?!r)`` and ``membership`` are used.
CLASS_CUES: tuple[tuple[str, str, str], ...] = (
    ("newsletter", "subscribe", r"newsletter"),
    ("subscribe", "subscribe", r"subscribe(?!r)|signup|sign-up|optin|opt-in"),
    ("donation", "donation", r"donat(?:e|ion)|support-?us|contribut(?:e|ion)-?(?:box|epic|banner|cta)"),
    ("membership", "donation", r"membership|become-?a-?member"),
    ("paywall", "paywall", r"paywall|piano-|meter-?(?:wall|banner)|regwall|tp-modal"),
    # consent managers by name (Complianz, Quantcast), not ``cmp-``: Adobe Experience Manager's
    # core components are ``cmp-container``, ``cmp-text``, ``cmp-teaser``, the whole of a page
    ("consent", "cookie", r"consent|gdpr|cookie|cmplz|cmpbox|qc-cmp"),
    ("promo", "ads", r"promo(?:tion|ted)?(?:[^a-z]|$)|sponsor|taboola|outbrain|advert|adslot|ad-slot|dfp-"),
    ("popup", "other", r"popup|pop-up|modal|overlay|lightbox|interstitial"),
    ("comments", "comments", r"comment(?!ary)|disqus|respond|discussion|reactions"),
    ("related", "related",
     r"related|recommend|trending|most-?(?:read|popular|viewed)|more-?stories|read-?next"),
    ("social", "social", r"share|social|follow-?us|sharing"),
    ("navigation", "navigation", r"breadcrumb|pagination|pager|skip-?link|toolbar|masthead"),
    ("footer", "legal", r"footer|copyright|colophon"),
)
#: Cues that only apply when reader comments are not wanted.
COMMENT_CUES = frozenset({"comments"})

#: ARIA roles that are never the article.
PRUNED_ROLES: dict[str, str] = {
    "dialog": "other", "alertdialog": "other", "navigation": "navigation", "banner": "navigation",
    "contentinfo": "legal", "complementary": "related", "search": "navigation", "menu": "navigation",
    "menubar": "navigation", "toolbar": "navigation", "alert": "other", "marquee": "other",
}
#: Elements that are never article text.
PRUNED_TAGS: dict[str, str] = {
    "dialog": "other", "template": "other", "form": "other", "button": "other", "select": "other",
    "nav": "navigation", "aside": "related", "footer": "legal", "noscript": "other",
}
#: Roles of panels a page hides until the reader asks: a tab's panel (a reference's code for
#: each language, a service's plans), a collapsed region (an FAQ's answers). Their text is the
#: page's, one click away, so being hidden is no reason to prune them. On wcxb-dev's tune pages,
#: 91% of the words of hidden tab panels of documentation pages, and 99% and 90% of those of
#: service pages' hidden tab panels and regions, are in the gold.
REVEALED_ROLES: frozenset[str] = frozenset({"tabpanel", "region"})
#: A hidden element is a collapsed panel (an FAQ's answer, an accordion's section, a tab's pane)
#: when a control on the page names it (``aria-controls``, Bootstrap's ``data-target`` /
#: ``data-bs-target``, a link to ``#its-id``) and its class or id says it folds
#: (:data:`DISCLOSURE_NAMES`): its text is the page's, one click away, as a tab panel's. Neither
#: alone will do: controls also open menus and dialogs, and a hidden ``faq`` block may be a
#: template. On wcxb-dev's tune pages that are not articles, about 80% of the words of the hidden
#: elements that are both are in the gold (4,100 of 5,200 words; an accordion's answers, a
#: product's folded details), where the class alone held 3,500 words of boilerplate for 80 of
#: the gold, and the control alone 2,700 for 530. With the consent cue's change below, tune's
#: service pages' recall went from 0.702 to 0.706 and product pages' from 0.766 to 0.770.
DISCLOSURE_NAMES = re.compile(r"accordion|collaps|tab-?pane|tab-?content|toggle|expand|disclosure|faq|answer")
#: Attributes by which a control names the element it opens.
_CONTROLS = ("//@aria-controls | //@data-target | //@data-bs-target"
             " | //a/@href[starts-with(., '#')]")
#: Inline style of an element the reader never sees.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Elements considered as blocks for the lexicon and link-density cues.
BLOCK_TAGS = frozenset({"p", "div", "section", "aside", "li", "ul", "ol", "h2", "h3", "h4", "h5", "h6",
                        "table", "tr", "td", "dl", "header", "span", "strong", "b", "em", "a"})
#: Elements that hold a code sample: their descendants are not judged (see prune_page).
CODE_TAGS = frozenset({"pre", "code"})
LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "div", "section", "nav"})
#: Containers that hold the article by their markup.
_ARTICLE_MARKERS = ("article", "main")

#: The lexicon cue only looks at blocks up to this many characters (short appeals and prompts).
LEXICON_MAX_CHARS = 200
#: A block is link-dense when links hold at least this share of its text...
LINK_DENSITY_MIN = 0.85
#: ...and it has at least this many links.
LINK_DENSE_MIN_LINKS = 4
#: An element whose text is more than this share of the page's text is never pruned by a class
#: cue: whole-page wrappers carry names like ``has-comments`` or ``page-footer-sticky``.
MAX_PRUNED_SHARE = 0.6
#: Text of the article's anchor (and of a page, for the share rule above) is at least this long:
#: a login form's labels are not an article to protect.
ANCHOR_MIN_CHARS = 200


@dataclass(frozen=True)
class DomRemoval:
    """One pruned element: what it was, what it said, and why it went."""

    element: str  #: the element as ``tag#id.class``
    text: str  #: the start of its text (at most 120 characters)
    words: int  #: words of text inside it
    rule_id: str  #: ``dom:class-token:newsletter``, ``dom:role:dialog``, ``dom:lexicon:en/donation:3``...
    category: str  #: one of :data:`boilerstrip.rules.CATEGORIES`
    stage: str = "dom"  #: the stage that removed it, as :attr:`boilerstrip.core.Removal.stage` says

    def as_dict(self, detail: bool = False) -> dict[str, object]:
        """The removal in the schema of :meth:`boilerstrip.core.Removal.as_dict`: an element is no
        line of any text, so ``line`` is None; ``element`` and ``words`` say what it was. With
        *detail*, ``score`` is None and ``evidence`` empty: one cue decides, nothing is weighed.

        >>> DomRemoval("div.promo", "Subscribe now", 2, "dom:class-token:promo", "promo").as_dict()["line"] is None
        True
        """
        record: dict[str, object] = {
            "line": None, "text": self.text, "rule": self.rule_id, "category": self.category,
            "stage": self.stage,
        }
        if detail:
            record["score"] = None
            record["evidence"] = []
        record["element"] = self.element
        record["words"] = self.words
        return record


@dataclass(frozen=True)
class PruneOptions:
    """Which DOM cues run."""

    keep_comments: bool = False
    class_cues: bool = True
    lexicon: bool = True
    link_dense: bool = True


_CUE_PATTERNS = tuple((cue, cat, re.compile(pat)) for cue, cat, pat in CLASS_CUES)
#: Whether any cue matches: one flat alternation (wrapped in groups, its branches took twice as
#: long to search: 6.9 against 3.3 microseconds a name over the benchmark sample's class names).
_ANY_CUE = re.compile("|".join(pat for _, _, pat in CLASS_CUES))
#: Class and id values at most this long are remembered per page with their cue (see :func:`_class_cue`).
CUE_MEMO_MAX_CHARS = 200


def prune(root: HtmlElement, rules: RuleSet | None, options: PruneOptions | None = None) -> list[DomRemoval]:
    """Remove boilerplate elements from *root* in place; return what was removed, in document order."""
    return prune_page(root, rules, options).removals


#: How to put one pruned element back: the element, its parent, its index there, and the node
#: its tail was joined to (None: the parent's text) with that node's text before, if it had a tail.
_Undo = tuple[HtmlElement, HtmlElement, int, HtmlElement | None, str | None, bool]


@dataclass(frozen=True)
class Pruned:
    """What :func:`prune_page` removed: the removals, and how many of their words were inside the
    article's anchors (see :func:`_measure`): a block cut out of the article itself, not around it.
    :meth:`restore` puts the elements back, so the page is whole again without a copy of it."""

    removals: list[DomRemoval]
    inner_words: int = 0
    _undo: tuple[_Undo, ...] = field(default=(), repr=False, compare=False)

    def restore(self) -> None:
        """Put every pruned element back where it was: the tree is then as before the prune (once)."""
        undo = self._undo
        for at in range(len(undo) - 1, -1, -1):  # last dropped first (an index loop: mypyc's choice)
            el, parent, index, host, before, tailed = undo[at]
            if tailed:
                if host is None:
                    parent.text = before
                else:
                    host.tail = before
            parent.insert(index, el)


def prune_page(root: HtmlElement, rules: RuleSet | None, options: PruneOptions | None = None) -> Pruned:
    """:func:`prune`, also saying how many of the pruned words were inside the article's anchors."""
    options = options or PruneOptions()
    body = root.find("body")
    if body is None:
        body = root
    stats, protected, cores = _measure(body)
    page_chars = max(1, stats[body][0])
    removals: list[DomRemoval] = []
    doomed: list[HtmlElement] = []
    lexicon = _Lexicon(rules) if options.lexicon and rules is not None else None
    panels = _Panels(body)
    # class and id values recur down a page (``menu-item``): each one's cue is searched once
    cues: dict[tuple[str | None, str | None], tuple[str, str] | None] = {}
    # Document order, skipping the subtree of an element just doomed. Beside each element: the
    # size of its parent's text when the lexicon found nothing in it, else -1; a child with as
    # much text has the same text (the link in ``<li><a>Share this</a></li>``): no look-up.
    stack: list[tuple[HtmlElement, int]] = [(el, -1) for el in reversed(body)]
    while stack:
        el, parent_cleared = stack.pop()
        tag = el.tag
        if not isinstance(tag, str):
            continue
        cleared = -1
        if el not in protected:
            el_stats = stats.get(el, _NO_STATS)
            reason = _reason(el, el_stats, lexicon, options, page_chars, parent_cleared == el_stats[0], cues,
                             panels)
            if reason is not None:
                doomed.append(el)
                removals.append(_describe(el, *reason))
                continue
            if _looked_up(tag, el_stats[0]):
                cleared = el_stats[0]
        # A code sample's elements are the sample's, whatever a syntax highlighter names them
        # (``span.hljs-comment``, ``.token.tag``): nothing inside ``pre`` or ``code`` is pruned.
        if len(el) and tag not in CODE_TAGS:
            stack.extend([(child, cleared) for child in reversed(el)])
    # the words cut out of the article's anchors (an anchor is protected, so never pruned itself;
    # the body as an anchor, its paragraphs loose in it, says nothing of where the article is)
    cores.discard(body)
    inner = sum(removal.words for el, removal in zip(doomed, removals, strict=True)
                if cores and not cores.isdisjoint(el.iterancestors()))
    return Pruned(removals, inner, tuple(map(_drop, doomed)))


def _drop(el: HtmlElement) -> _Undo:
    """``el.drop_tree()`` (the element goes, its tail joins the previous node or the parent's
    text), returning how to undo it."""
    parent = el.getparent()
    index = parent.index(el)
    tail = el.tail
    host = before = None
    if tail:
        host = el.getprevious()
        if host is None:
            before = parent.text
            parent.text = (before or "") + tail
        else:
            before = host.tail
            host.tail = (before or "") + tail
    parent.remove(el)
    return el, parent, index, host, before, bool(tail)


class _Panels:
    """The ids the page's controls name (see :data:`DISCLOSURE_NAMES`), gathered on first use:
    most pages have no hidden element that names a folding panel."""

    __slots__ = ("_body", "_ids")

    def __init__(self, body: HtmlElement) -> None:
        self._body = body
        self._ids: set[str] | None = None

    def disclosed(self, el: HtmlElement) -> bool:
        """Whether hidden *el* is a collapsed panel a control on the page opens."""
        ident = el.get("id")
        if not ident or not DISCLOSURE_NAMES.search(f"{el.get('class') or ''} {ident}".lower()):
            return False
        if self._ids is None:
            self._ids = {name.lstrip("#") for value in self._body.xpath(_CONTROLS) for name in str(value).split()}
        return ident in self._ids


class _Lexicon:
    """The rules' literal look-up for one page, remembering each block text already looked up
    (labels such as "Reply" or "Share" recur down a page)."""

    __slots__ = ("_rules", "_seen")

    def __init__(self, rules: RuleSet) -> None:
        self._rules = rules
        self._seen: dict[str, Match | None] = {}

    def match(self, text: str) -> Match | None:
        """``rules.match(text, allow_regex=False)``, looked up once per text as collapsed."""
        # A text's normal form starts by collapsing its whitespace (normalise), so texts that
        # differ only there (a block and its one child: ``<div> <p>Share</p> </div>``) share one
        # look-up, and a text of whitespace alone has an empty normal form, which no rule matches.
        collapsed = " ".join(text.split())
        try:
            return self._seen[collapsed]
        except KeyError:
            # literal rules only: the regular expressions are for the text stage, line by line
            found = self._seen[collapsed] = (
                self._rules.match_normalised(normalise_collapsed(collapsed), allow_regex=False) if collapsed else None
            )
            return found


#: Per element: characters of text inside it, of link text inside it, and its number of links.
Stats = tuple[int, int, int]
_NO_STATS: Stats = (0, 0, 0)


def _measure(body: HtmlElement) -> tuple[dict[HtmlElement, Stats], set[HtmlElement], set[HtmlElement]]:
    """One bottom-up pass: every element's text and link sizes, the protected elements, and the
    article's anchors found by their text (the first two below).

    The article's anchors are the element with the most text of its own (text split by ``<br>``
    in a table cell counts) and the element whose ``<p>`` children hold the most text; they, their
    ancestors and explicit article containers are protected.
    """
    stats: dict[HtmlElement, Stats] = {}
    paragraphs: dict[HtmlElement, int] = {}
    markers: list[HtmlElement] = []
    # the element with the most text of its own: the first one to reach the most, in the walk's order
    most_own: HtmlElement | None = None
    most_own_chars = -1
    stack: list[list[int]] = []  # per open element: [chars, link chars, links, own chars]
    push, pop = stack.append, stack.pop
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            text = el.text
            n = len(text) if text else 0
            push([n, 0, 0, n])
            continue
        chars, link_chars, links, own_chars = pop()
        tag = el.tag
        if tag == "a":
            link_chars, links = chars, links + 1
        elif tag in _ARTICLE_MARKERS or el.get("itemprop") == "articleBody":
            markers.append(el)
        stats[el] = (chars, link_chars, links)
        if own_chars > most_own_chars:
            most_own, most_own_chars = el, own_chars
        if stack:
            tail = el.tail
            up = stack[-1]
            if tail:
                up[0] += chars + len(tail)
                up[3] += len(tail)
            else:
                up[0] += chars
            if links:
                up[1] += link_chars
                up[2] += links
            if tag == "p":
                parent = el.getparent()
                paragraphs[parent] = paragraphs.get(parent, 0) + chars
    cores: set[HtmlElement] = set()
    if most_own is not None and most_own_chars >= ANCHOR_MIN_CHARS:
        cores.add(most_own)
    if paragraphs:
        best = max(paragraphs, key=paragraphs.__getitem__)
        if paragraphs[best] >= ANCHOR_MIN_CHARS:
            cores.add(best)
    protected: set[HtmlElement] = {body}
    for anchor in (*markers, *cores):
        protected.add(anchor)
        protected.update(anchor.iterancestors())
    return stats, protected, cores


def _reason(
    el: HtmlElement,
    stats: Stats,
    lexicon: _Lexicon | None,
    options: PruneOptions,
    page_chars: int,
    lexicon_done: bool,
    cues: dict[tuple[str | None, str | None], tuple[str, str] | None],
    panels: _Panels | None = None,
) -> tuple[str, str] | None:
    """Why *el* goes, as (rule id, category), or None; *lexicon_done*: its text was looked up
    already; *cues*: the page's class cues found so far (see :func:`_class_cue`); *panels*: the
    page's collapsed panels (a hidden one is no reason to go)."""
    tag = el.tag
    chars, link_chars, links = stats
    # wrappers of the whole page carry every kind of name (``has-comments``, ``aspnetForm``)
    wrapper = chars > MAX_PRUNED_SHARE * page_chars and page_chars >= ANCHOR_MIN_CHARS
    attrib = el.attrib
    if attrib:  # most elements have no attributes at all
        style = el.get("style")
        if (
            el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or (style and _HIDDEN_STYLE.search(style))
        ) and (el.get("role") or "").lower() not in REVEALED_ROLES and not (
            panels is not None and panels.disclosed(el)
        ):
            return "dom:hidden", "other"
    if tag in PRUNED_TAGS and not wrapper:
        return f"dom:tag:{tag}", PRUNED_TAGS[tag]
    role = el.get("role") if attrib else None
    if role and role.lower() in PRUNED_ROLES and not wrapper:
        return f"dom:role:{role.lower()}", PRUNED_ROLES[role.lower()]
    if options.class_cues and not wrapper and attrib:
        cls, ident = el.get("class"), el.get("id")
        if cls or ident:
            key = (cls, ident)
            try:
                named = cues[key]
            except KeyError:
                named = _class_cue(cls, ident, options.keep_comments)
                if len(cls or "") + len(ident or "") <= CUE_MEMO_MAX_CHARS:
                    cues[key] = named
            if named is not None:
                return named
    if tag not in BLOCK_TAGS:
        return None
    if lexicon is not None and _looked_up(tag, chars) and not lexicon_done:
        found = lexicon.match(el.text_content())
        if found is not None and (found.category != "comments" or not options.keep_comments):
            return f"dom:lexicon:{found.rule_id}", found.category
    if (
        options.link_dense
        and tag in LIST_TAGS
        and links >= LINK_DENSE_MIN_LINKS
        and link_chars >= LINK_DENSITY_MIN * chars
        and not wrapper
    ):
        return "dom:link-dense", "navigation"
    return None


def _class_cue(cls: str | None, ident: str | None, keep_comments: bool) -> tuple[str, str] | None:
    """The class cue (rule id, category) the *cls* and *ident* values name, or None."""
    names = " ".join(filter(None, (cls, ident))).lower()
    # one search of all cues together rules out most names; the cues' order decides the rest
    if names and _ANY_CUE.search(names):
        for cue, category, pattern in _CUE_PATTERNS:
            if keep_comments and cue in COMMENT_CUES:
                continue
            if pattern.search(names):
                return f"dom:class-token:{cue}", category
    return None


def _looked_up(tag: str, chars: int) -> bool:
    """Whether the lexicon looks up the text of an element (the blocks with short text)."""
    return tag in BLOCK_TAGS and 0 < chars <= LEXICON_MAX_CHARS


def _describe(el: HtmlElement, rule_id: str, category: str) -> DomRemoval:
    name = str(el.tag)
    if el.get("id"):
        name += "#" + el.get("id", "")
    if el.get("class"):
        name += "." + ".".join(el.get("class", "").split())
    text = " ".join(" ".join(el.itertext()).split())
    return DomRemoval(name, text[:120], len(text.split()), rule_id, category)
