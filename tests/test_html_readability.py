"""readability's text for the vote: one block a line, from one readability run on the pruned page."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, fromstring

from boilerstrip.html import HtmlOptions, extract
from boilerstrip.html_readability import summary_text

PARAGRAPH = "The valley's farmers welcomed the first rain in months on Tuesday after a long, dry spring. "
PAGE = (
    "<html><body><div id='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    f"<div class='story'><h1>Rain returns</h1><p>{PARAGRAPH * 3}</p><p>{PARAGRAPH * 2}</p></div>"
    "</body></html>"
)


def test_summary_text_puts_each_block_on_its_own_line_and_leaves_the_tree_alone() -> None:
    tree = fromstring("<div><p>One  block</p>loose<br>text<ul><li>item one</li><li>item two</li></ul></div>")
    before = [(el.tag, el.text, el.tail) for el in tree.iter()]
    assert summary_text(tree) == "One block\nloose\ntext\nitem one\nitem two\n"
    assert [(el.tag, el.text, el.tail) for el in tree.iter()] == before


def test_vote_cuts_what_readability_does_not_have(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    calls: list[HtmlElement] = []

    def fake_extract(root: HtmlElement, **_: object) -> str:  # trafilatura, with a trailing box
        calls.append(root)
        return "Rain returns\n" + PARAGRAPH.strip() + "\nA line readability does not have at all\n"

    monkeypatch.setattr(trafilatura, "extract", fake_extract)
    text, cut = extract(fromstring(PAGE), None, HtmlOptions())
    assert calls and "first rain in months" in text
    assert [r.text for r in cut] == ["A line readability does not have at all"]


def test_the_vote_runs_readability_once_on_the_pruned_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import boilerstrip.html as bh

    runs: list[HtmlElement] = []
    own_run = bh.readability_text

    def counted(root: HtmlElement) -> str | None:
        runs.append(root)
        return own_run(root)

    monkeypatch.setattr(bh, "readability_text", counted)
    root = fromstring(PAGE)
    text, _ = extract(root, None, HtmlOptions())
    assert "first rain in months" in text
    assert runs == [root]
    runs.clear()
    extract(fromstring(PAGE), None, HtmlOptions(vote=False))
    assert runs == []
