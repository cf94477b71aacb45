"""readability's text for the vote: one block a line, from one readability run on the pruned page."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, fromstring

from boilerstrip.html.pipeline import HtmlOptions, extract, vote
from boilerstrip.html.readability import summary_text

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
    assert [(r.stage, r.as_dict(detail=True)["score"]) for r in cut] == [("vote", None)]


def test_both_kinds_of_vote_cut_say_their_stage() -> None:
    body = "The article text, which both extractors found on the page."
    taken = vote(f"Headline\n{body}\nA box only trafilatura kept\n{body}\nA comment\n", f"{body}\n{body}", 0.4)[1]
    cut = vote(f"Headline\n{body}\nA comment\n", "Other words entirely, a long line of them.\n" * 3 + body, 0.4)[1]
    assert {r.rule_id for r in (*taken, *cut)} == {"vote:not-in-readability", "vote:after-readability-end"}
    assert {r.stage for r in (*taken, *cut)} == {"vote"}


def test_the_vote_runs_readability_once_on_the_pruned_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import boilerstrip.html.pipeline as bh

    runs: list[HtmlElement] = []
    own_run = bh.readability_text

    def counted(root: HtmlElement) -> str | None:
        runs.append(root)
        return own_run(root)

    monkeypatch.setattr(bh, "readability_text", counted)
    root = fromstring(PAGE)
    text, _ = extract(root, None, HtmlOptions())
    assert "first rain in months" in text
    # on a copy, so that the page stays whole for trafilatura's full cascade if it must run
    assert len(runs) == 1 and runs[0] is not root and runs[0].tag == root.tag
    runs.clear()
    extract(root, None, HtmlOptions(fast_first=False))
    # a copy there too: the floor may need the page again, with the pruned elements put back
    assert len(runs) == 1 and runs[0] is not root and runs[0].tag == root.tag
    runs.clear()
    extract(fromstring(PAGE), None, HtmlOptions(vote=False))
    assert runs == []


def _recording_extract(monkeypatch: pytest.MonkeyPatch, texts: dict[bool, str]) -> list[bool]:
    """Replace trafilatura.extract by one that answers *texts[fast]* and records each call's mode."""
    import trafilatura

    modes: list[bool] = []

    def fake_extract(root: HtmlElement, *, fast: bool = False, **_: object) -> str:
        modes.append(fast)
        return texts[fast]

    monkeypatch.setattr(trafilatura, "extract", fake_extract)
    return modes


def test_fast_mode_text_is_kept_when_readability_says_the_full_cascade_would_not_matter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_text = "Rain returns\n" + (PARAGRAPH * 4).strip() + "\n"
    modes = _recording_extract(monkeypatch, {True: long_text, False: "full cascade text\n"})
    text, _ = extract(fromstring(PAGE), None, HtmlOptions())
    assert modes == [True]
    assert "first rain in months" in text


@pytest.mark.parametrize("fast_text", ["", "Rain returns\nA short text.\n"])
def test_the_full_cascade_runs_when_fast_mode_found_little(
    fast_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = "Rain returns\n" + (PARAGRAPH * 4).strip() + "\n"
    modes = _recording_extract(monkeypatch, {True: fast_text, False: full})
    text, _ = extract(fromstring(PAGE), None, HtmlOptions())
    assert modes == [True, False]
    assert "first rain in months" in text


def test_fast_first_off_runs_the_full_cascade_only(monkeypatch: pytest.MonkeyPatch) -> None:
    modes = _recording_extract(monkeypatch, {True: "fast\n", False: "Rain returns\n" + PARAGRAPH.strip() + "\n"})
    extract(fromstring(PAGE), None, HtmlOptions(fast_first=False))
    extract(fromstring(PAGE), None, HtmlOptions(vote=False))
    assert modes == [False, False]
