"""Records: dotted field paths, dropping documents, and --stats (also with -j N)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import boilerstrip
from boilerstrip.cli import command as cli
from boilerstrip.core import Removal
from boilerstrip.io.fields import FieldPath
from boilerstrip.io.stats import Stats, line_key
from boilerstrip.io.textio import RecordError

ARTICLE = ("Harbour ferry fares rise in spring\n"
           "The ferry operator will raise single fares by twenty cents from April, the council said.\n"
           "Commuters with monthly passes are not affected by the change.\n"
           "Read more\n")
GERMAN = ("Neue Radwege für die Altstadt\n"
          "Der Gemeinderat hat am Dienstag drei neue Radwege durch die Altstadt beschlossen.\n"
          "Newsletter abonnieren\n")
ONLY_BOILERPLATE = "Share this article\nRead more\n"
MOSTLY_BOILERPLATE = ("The mayor said the bridge repairs will finish in May.\n"
                      "Sign up for our newsletter\n"
                      "Share this article\n"
                      "Follow us on Twitter\n"
                      "Read more\n"
                      "Advertisement\n")


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def loads(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.splitlines()]


# --- dotted fields ----------------------------------------------------------------------------


def test_dotted_field_and_explain_field_paths() -> None:
    data = jsonl([{"id": 1, "doc": {"body": ARTICLE, "lang": "en"}},
                  {"id": 2, "doc": {"body": GERMAN}, "meta": {"seen": True}}])
    status, out, err = run(["--jsonl", "--field", "doc.body", "--explain-field", "meta.removed"], data)
    assert status == 0, err
    first, second = loads(out)
    assert first["doc"] == {"body": boilerstrip.strip(ARTICLE), "lang": "en"}
    assert [r["text"] for r in first["meta"]["removed"]] == ["Read more"]
    assert second["meta"]["seen"] is True and second["meta"]["removed"][0]["text"] == "Newsletter abonnieren"


def test_dotted_field_errors_name_the_missing_part() -> None:
    data = jsonl([{"doc": "a string"}, {"doc": {}}, {"other": 1}, {"doc": {"body": None}}])
    status, out, err = run(["--jsonl", "--on-error", "skip", "--field", "doc.body"], data)
    assert status == 0 and out == b""
    assert "<stdin>:1: field 'doc' is a string, not an object (skipped)" in err
    assert "<stdin>:2: no field 'doc.body' (skipped)" in err
    assert "<stdin>:3: no field 'doc' (skipped)" in err
    assert "<stdin>:4: field 'doc.body' is null, not a string (skipped)" in err


def test_escaped_dot_is_a_key_with_a_dot() -> None:
    data = jsonl([{"meta.text": ARTICLE}])
    status, out, _ = run(["--jsonl", "--field", r"meta\.text"], data)
    assert status == 0
    assert loads(out) == [{"meta.text": boilerstrip.strip(ARTICLE)}]


def test_explain_field_inside_a_string_is_a_bad_record() -> None:
    data = jsonl([{"text": ARTICLE, "meta": "x"}])
    status, _, err = run(["--jsonl", "--explain-field", "meta.removed"], data)
    assert status == 1
    assert "cannot write field 'meta.removed': field 'meta' is a string, not an object" in err


@pytest.mark.parametrize("argv, message", [
    (["--jsonl", "--field", "doc..body"], "empty key"),
    (["--jsonl", "--field", "doc", "--explain-field", "doc.removed"], "must differ from --field"),
    (["--jsonl", "--drop-empty"], "need --rejects FILE"),
    (["--jsonl", "--min-kept-ratio", "0", "--rejects", "x"], "above 0 and at most 1"),
    (["--drop-empty"], "--drop-empty needs --jsonl"),
    (["--url-field", "url"], "--url-field needs --jsonl"),
])
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv)[0] == 2
    assert message in capsys.readouterr().err


def test_field_path_unit() -> None:
    path = FieldPath.parse(r"a.b\\c.d")
    assert path.keys == ("a", "b\\c", "d")
    with pytest.raises(RecordError, match="not a JSON object but an array"):
        path.get([1])
    assert path.get({"a": 1}, None) is None
    assert FieldPath.parse("a").overlaps(FieldPath.parse("a.b"))
    assert not FieldPath.parse("a.b").overlaps(FieldPath.parse("a.c"))


# --- dropping ---------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_drops_go_to_rejects_with_their_reason_and_the_summary_adds_up(tmp_path: Path, workers: str) -> None:
    records = [{"id": 1, "text": ARTICLE}, {"id": 2, "text": ONLY_BOILERPLATE}, {"id": 3, "text": ""},
               {"id": 4, "text": MOSTLY_BOILERPLATE}, {"id": 5, "text": GERMAN}, {"id": 6, "text": None}]
    rejects = tmp_path / "rejects.jsonl"
    status, out, err = run(["--jsonl", "-j", workers, "--on-error", "skip", "--drop-empty",
                            "--min-kept-ratio", "0.5", "--rejects", str(rejects)], jsonl(records))
    assert status == 0, err
    assert [r["id"] for r in loads(out)] == [1, 5]
    entries = {json.loads(r["raw"])["id"]: r for r in loads(rejects.read_bytes())}
    assert entries[2]["dropped"] == "empty" and entries[2]["reason"] == "empty after cleaning (2 lines removed)"
    assert entries[3]["reason"] == "empty before cleaning"
    assert entries[4]["dropped"] == "kept-ratio" and "under --min-kept-ratio 0.5" in entries[4]["reason"]
    # The original text is in the rejects, not the cleaned one.
    assert json.loads(entries[4]["raw"])["text"] == MOSTLY_BOILERPLATE
    assert entries[6]["reason"] == "field 'text' is null, not a string" and "dropped" not in entries[6]
    summary = err.strip().splitlines()[-1]
    assert summary == ("boilerstrip: 6 records read, 2 cleaned, 0 passed, 1 rejected, 3 dropped, "
                       "0 blank lines skipped")


def test_without_a_drop_policy_the_summary_is_unchanged() -> None:
    status, _, err = run(["--jsonl"], jsonl([{"text": ONLY_BOILERPLATE}]))
    assert status == 0
    assert err.strip() == "boilerstrip: 1 records read, 1 cleaned, 0 passed, 0 rejected, 0 blank lines skipped"


# --- statistics -------------------------------------------------------------------------------


def corpus(n: int) -> list[dict[str, Any]]:
    sites = ["https://www.harbour-news.example/a", "https://radwege.example.de/b", "not a url", None]
    texts = [ARTICLE, GERMAN, MOSTLY_BOILERPLATE, ARTICLE.replace("Read more", f"{n} comments")]
    return [{"id": i, "page": {"url": sites[i % 4]}, "text": texts[i % 3] if i % 7 else texts[3]}
            for i in range(n)]


def stats_of(tmp_path: Path, argv: list[str], data: bytes) -> dict[str, Any]:
    path = tmp_path / "stats.json"
    status, _, err = run([*argv, "--stats", str(path)], data)
    assert status == 0, err
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def test_stats_count_categories_sites_and_lines(tmp_path: Path) -> None:
    records = corpus(40)
    stats = stats_of(tmp_path, ["--jsonl", "--url-field", "page.url"], jsonl(records))
    explanations = [boilerstrip.explain(r["text"]) for r in records]
    removals = [r for e in explanations for r in e.removals]
    assert stats["removed"]["lines"] == len(removals)
    assert stats["removed"]["chars"] == sum(len(r.text) for r in removals)
    assert stats["documents"]["cleaned"] == 40
    assert stats["documents"]["touched"] == sum(1 for e in explanations if e.removals)
    for category, tally in stats["categories"].items():
        assert tally["lines"] == sum(1 for r in removals if r.category == category)
    assert sum(t["lines"] for t in stats["categories"].values()) == len(removals)
    sites = {item["site"]: item for item in stats["sites"]["items"]}
    assert set(sites) == {"harbour-news.example", "radwege.example.de", "(no url)"}
    assert sum(s["documents"] for s in sites.values()) == 40
    assert sum(s["lines"] for s in sites.values()) == len(removals)
    top = stats["lines"]["items"][0]
    assert top["count"] == max(item["count"] for item in stats["lines"]["items"])
    assert 1 <= len(top["examples"]) <= 3 and top["examples"][0]["where"].startswith("<stdin>:")
    assert stats["records"] == {"read": 40, "cleaned": 40, "passed": 0, "rejected": 0, "blank": 0, "dropped": 0}


def test_stats_are_the_same_with_workers(tmp_path: Path) -> None:
    # Enough records for several chunks of the worker pool.
    data = jsonl(corpus(6000))
    argv = ["--jsonl", "--url-field", "page.url"]
    one = stats_of(tmp_path, argv, data)
    two = stats_of(tmp_path, [*argv, "-j", "2"], data)
    assert one == two
    assert one["documents"]["cleaned"] == 6000


def test_stats_in_text_mode_and_with_drops(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    stats = stats_of(tmp_path, [str(doc)], b"")
    assert stats["mode"] == "text" and stats["removed"]["lines"] == 1
    assert stats["lines"]["items"][0]["examples"][0]["where"] == str(doc)
    assert "sites" not in stats
    rejects = tmp_path / "r.jsonl"
    stats = stats_of(tmp_path, ["--jsonl", "--drop-empty", "--rejects", str(rejects)],
                     jsonl([{"text": ARTICLE}, {"text": ONLY_BOILERPLATE}]))
    assert stats["documents"] == {"cleaned": 2, "touched": 2, "dropped": {"empty": 1}, "written": 1}


def test_stats_file_that_cannot_be_created_is_a_usage_error(tmp_path: Path) -> None:
    status, out, err = run(["--jsonl", "--stats", str(tmp_path / "no" / "s.json")], jsonl([{"text": ARTICLE}]))
    assert status == 2 and out == b""
    assert "cannot write the statistics" in err


def removal(text: str, category: str = "navigation") -> Removal:
    return Removal(1, text, f"en/{category}:1", category)


def test_tables_stay_bounded_and_totals_add_up() -> None:
    stats = Stats(max_sites=5, max_lines=4, by_site=True)
    for i in range(1000):
        # A few frequent lines and sites among many that are seen once.
        text = "Read more" if i % 3 == 0 else f"Teaser headline number {i} with words {'x' * (i % 5)}"
        stats.add_document("Body.\n" + text + "\n", [removal(text)], where=f"f:{i}",
                           url=f"https://site{i % 2 if i % 4 else i}.example/")
        assert len(stats.sites) <= 10 and len(stats.lines) <= 8
    result = stats.as_dict()
    assert len(result["sites"]["items"]) == 5 and result["sites"]["truncated"]
    assert len(result["lines"]["items"]) == 4 and result["lines"]["truncated"]
    site_lines = sum(item["lines"] for item in result["sites"]["items"]) + result["sites"]["other"]["lines"]
    assert site_lines == 1000
    line_total = sum(item["count"] for item in result["lines"]["items"]) + result["lines"]["other"]["lines"]
    assert line_total == 1000
    assert result["lines"]["items"][0]["text"] == "Read more"
    assert result["lines"]["items"][0]["count"] == 334
    assert result["sites"]["items"][0]["site"] in ("site0.example", "site1.example")


def test_merge_equals_one_pass() -> None:
    docs = [(f"Story {i}.\nRead more\n", [removal("Read more"), removal(f"{i} comments", "comments")])
            for i in range(50)]
    whole = Stats(by_site=True)
    parts = [Stats(by_site=True) for _ in range(5)]
    for i, (text, removals) in enumerate(docs):
        whole.add_document(text, removals, where=f"x:{i}", url="https://a.example/")
        parts[i // 10].add_document(text, removals, where=f"x:{i}", url="https://a.example/")
    merged = parts[0]
    for part in parts[1:]:
        merged.merge(part)
    assert merged.as_dict() == whole.as_dict()
    assert line_key("12 Comments") == line_key("3 comments")
