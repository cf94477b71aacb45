"""The command's HTML modes: ``--html`` for pages, ``--html-field`` in JSON Lines (also with -j)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from boilerstrip.cli import command as cli

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_html_page_to_article_text() -> None:
    status, out, err = run(["--html", str(PAGES / "german_article.html")])
    assert status == 0, err
    text = out.decode("utf-8")
    assert "Neue Fähre für den Bodensee getauft" in text
    assert "Newsletter" not in text and "Alle Rechte vorbehalten" not in text


def test_html_explain_reports_both_stages() -> None:
    status, _, err = run(["--html", "--explain", str(PAGES / "german_article.html")])
    assert status == 0
    assert "element" in err and "dom:" in err


def test_page_without_article_says_why_and_writes_nothing() -> None:
    status, out, err = run(["--html", str(PAGES / "no_article.html")])
    assert status == 0
    assert out == b""
    assert "no_article.html: no text:" in err


def test_jsonl_html_field_writes_the_text_field_and_keeps_the_rest() -> None:
    page = (PAGES / "german_article.html").read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": 1, "url": "https://example.org/a", "html": page}),
        json.dumps({"id": 2, "html": "just words, no markup"}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    for workers in ("1", "2"):
        status, out, err = run(["--jsonl", "--html-field", "html", "--explain-field", "why", "-j", workers], data)
        assert status == 0, err
        first, second = (json.loads(line) for line in out.splitlines())
        assert first["id"] == 1 and first["html"] == page and first["url"] == "https://example.org/a"
        assert "Neue Fähre für den Bodensee getauft" in first["text"]
        assert first["why"]["dom_removals"]
        assert second["text"] == "" and second["why"]["reason"].startswith("not HTML")


def test_keep_comments_needs_an_html_mode(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(["--keep-comments"], b"text\n")
    assert status == 2 and "--keep-comments needs" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--html", "--jsonl"], ["--html-field", "html"]])
def test_html_option_misuse_is_a_usage_error(argv: list[str]) -> None:
    assert run(argv)[0] == 2
