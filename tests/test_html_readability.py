"""readability's text for the vote: taken from trafilatura's own readability call when it makes one."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, fromstring

from boilerstrip import html_readability
from boilerstrip.html import HtmlOptions, extract
from boilerstrip.html_readability import seen_readability, summary_text

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


def test_trafilatura_readability_summary_is_recorded_once_and_handed_back_unchanged() -> None:
    import trafilatura
    from trafilatura import external

    with seen_readability() as seen:
        text = trafilatura.extract(fromstring(PAGE))
        summary = external.try_readability(fromstring(PAGE))  # a second call is not recorded
    assert text and "first rain" in text
    assert len(seen) == 1 and "first rain in months" in seen[0]
    assert summary_text(summary) == seen[0]
    # outside the block nothing is recorded
    with seen_readability() as other:
        pass
    trafilatura.extract(fromstring(PAGE))
    assert other == []


def test_vote_runs_readability_itself_when_trafilatura_did_not(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    calls: list[HtmlElement] = []

    def no_readability(root: HtmlElement, **_: object) -> str:  # a trafilatura that never calls it
        calls.append(root)
        return "Rain returns\n" + PARAGRAPH.strip() + "\nA line readability does not have at all\n"

    monkeypatch.setattr(trafilatura, "extract", no_readability)
    text, cut = extract(fromstring(PAGE), None, HtmlOptions())
    assert calls and "first rain in months" in text
    assert [r.text for r in cut] == ["A line readability does not have at all"]


def test_the_wrapper_is_installed_once() -> None:
    from trafilatura import external

    with seen_readability():
        first = external.try_readability
    with seen_readability():
        assert external.try_readability is first
    assert getattr(first, html_readability._WRAPPED)


@pytest.mark.parametrize("reuse", [True, False])
def test_the_vote_runs_readability_itself_only_when_asked(reuse: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import boilerstrip.html as bh

    runs: list[HtmlElement] = []
    own_run = bh.readability_text

    def counted(root: HtmlElement) -> str | None:
        runs.append(root)
        return own_run(root)

    monkeypatch.setattr(bh, "readability_text", counted)
    text, _ = extract(fromstring(PAGE), None, HtmlOptions(vote_reuses_readability=reuse))
    assert "first rain in months" in text
    assert len(runs) == (0 if reuse else 1)
