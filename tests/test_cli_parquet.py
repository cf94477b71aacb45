"""--parquet: real Parquet files in and out through pyarrow, with the JSON Lines mode's options."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import boilerstrip
from boilerstrip.cli import command as cli
from boilerstrip.io.parquet import explain_type

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (boilerstrip[parquet])")
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (boilerstrip[parquet])")

TEXTS = [
    "Harbour ferry fares rise in spring\n"
    "The ferry operator will raise single fares by twenty cents from April, the council said.\n"
    "Commuters with monthly passes are not affected by the change.\n"
    "Sign up for our newsletter\nRead more\n",
    "Neue Radwege für die Altstadt\n"
    "Der Gemeinderat hat am Dienstag drei neue Radwege durch die Altstadt beschlossen.\n"
    "Die Bauarbeiten sollen im Herbst beginnen und bis zum Frühjahr dauern.\n"
    "Newsletter abonnieren\n",
    "La bibliothèque rouvre ses portes\n"
    "Après deux ans de travaux, la bibliothèque municipale accueille de nouveau le public.\n"
    "Partager sur Facebook\n",
    "Share this article\nRead more\n",  # nothing left after cleaning
]


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def rows(n: int) -> list[dict[str, Any]]:
    return [{"id": i, "doc": {"body": TEXTS[i % len(TEXTS)], "url": f"https://site{i % 3}.example/{i}"},
             "score": i / 4, "tags": ["news", str(i % 5)]} for i in range(n)]


def write(path: Path, records: list[dict[str, Any]], row_group_size: int = 300) -> None:
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=row_group_size)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_round_trip_keeps_schema_and_other_columns(tmp_path: Path, workers: str) -> None:
    src, dest = tmp_path / "in.parquet", tmp_path / "out.parquet"
    records = rows(2500)
    write(src, records)
    status, out, err = run(["--parquet", "-j", workers, "--field", "doc.body", "--explain-field", "doc.removed",
                            str(src), "-o", str(dest)])
    assert status == 0, err
    assert out == b""
    assert "2500 records read, 2500 cleaned, 0 passed, 0 rejected" in err and "blank" not in err
    table = pq.read_table(dest)
    assert table.schema.field("id").type == pa.int64() and table.schema.field("score").type == pa.float64()
    assert table.schema.field("doc").type.get_field_index("removed") == 2
    got = table.to_pylist()
    assert len(got) == 2500
    for before, after in zip(records, got, strict=True):
        explanation = boilerstrip.explain(before["doc"]["body"])
        assert after["doc"]["body"] == explanation.text
        # the records of --explain-field in JSON Lines mode; a field a line has not is null
        assert after["doc"]["removed"] == [{**r.as_dict(detail=True), "element": None, "words": None}
                                           for r in explanation.removals]
        assert (after["id"], after["score"], after["tags"], after["doc"]["url"]) == (
            before["id"], before["score"], before["tags"], before["doc"]["url"])


def test_workers_write_the_same_file(tmp_path: Path) -> None:
    src = tmp_path / "in.parquet"
    write(src, rows(3000))
    outputs = []
    for workers in ("1", "2"):
        dest = tmp_path / f"out{workers}.parquet"
        stats = tmp_path / f"stats{workers}.json"
        assert run(["--parquet", "-j", workers, "--field", "doc.body", "--url-field", "doc.url",
                    "--stats", str(stats), str(src), "-o", str(dest)])[0] == 0
        outputs.append((pq.read_table(dest).to_pylist(), json.loads(stats.read_text())))
    assert outputs[0] == outputs[1]
    assert {s["site"] for s in outputs[0][1]["sites"]["items"]} == {"site0.example", "site1.example", "site2.example"}


def test_bad_rows_follow_the_error_policy_and_drops_go_to_rejects(tmp_path: Path) -> None:
    records = rows(8)
    records[2]["doc"]["body"] = None
    src = tmp_path / "in.parquet"
    write(src, records)
    dest, rejects = tmp_path / "out.parquet", tmp_path / "rejects.jsonl"
    status, _, err = run(["--parquet", "--field", "doc.body", "--on-error", "skip", "--drop-empty",
                          "--rejects", str(rejects), str(src), "-o", str(dest)])
    assert status == 0, err
    assert f"{src}: row 3: field 'doc.body' is null, not a string (skipped)" in err
    assert "8 records read, 5 cleaned, 0 passed, 1 rejected, 2 dropped" in err
    entries = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert [(e["row"], e.get("dropped")) for e in entries] == [(3, None), (4, "empty"), (8, "empty")]
    assert entries[1]["record"]["doc"]["body"] == TEXTS[3]  # the row as it came in
    assert [r["id"] for r in pq.read_table(dest).to_pylist()] == [0, 1, 4, 5, 6]

    status, _, err = run(["--parquet", "--field", "doc.body", "--on-error", "pass", str(src), "-o", str(dest)])
    assert status == 0
    got = pq.read_table(dest).to_pylist()
    assert got[2] == records[2] and len(got) == 8

    status, _, err = run(["--parquet", "--field", "doc.body", str(src), "-o", str(dest)])
    assert status == 1
    assert f"{src}: row 3: field 'doc.body' is null, not a string" in err
    assert "3 records read, 2 cleaned, 0 passed, 1 rejected" in err


def test_output_dir_and_an_input_with_nothing_left(tmp_path: Path) -> None:
    src, dest = tmp_path / "in", tmp_path / "out"
    (src / "2024").mkdir(parents=True)
    write(src / "a.parquet", rows(10))
    write(src / "2024" / "b.parquet", [{"id": 1, "doc": {"body": TEXTS[3], "url": "x"}, "score": 0.0,
                                        "tags": ["x"]}])
    status, _, err = run(["--parquet", "--field", "doc.body", "--drop-empty", "--rejects", str(tmp_path / "r.jsonl"),
                          "--input-dir", str(src), "--output-dir", str(dest)])
    assert status == 0, err
    assert pq.read_table(dest / "a.parquet").num_rows == 8
    empty = pq.read_table(dest / "2024" / "b.parquet")
    assert empty.num_rows == 0 and empty.schema.names == ["id", "doc", "score", "tags"]


def test_inputs_that_are_not_parquet_or_do_not_match(tmp_path: Path) -> None:
    good, other, text = tmp_path / "a.parquet", tmp_path / "b.parquet", tmp_path / "c.parquet"
    write(good, [{"text": TEXTS[0]}])
    write(other, [{"text": TEXTS[1], "extra": 1}])
    text.write_text("id,text\n1,hello\n")
    dest = tmp_path / "out.parquet"
    status, _, err = run(["--parquet", str(text), str(good), "-o", str(dest)])
    assert status == 1
    assert f"{text}: cannot read: not a Parquet file" in err
    assert pq.read_table(dest).to_pylist() == [{"text": boilerstrip.strip(TEXTS[0])}]
    status, _, err = run(["--parquet", str(good), str(other), "-o", str(dest)])
    assert status == 1
    assert f"{other}: its schema differs from the first input's" in err


def test_pages_in_parquet(tmp_path: Path) -> None:
    page = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*.html"))[0].read_bytes()
    src, dest = tmp_path / "pages.parquet", tmp_path / "out.parquet"
    write(src, [{"url": "https://example.org/story", "html": page.decode("utf-8", "replace")}])
    status, _, err = run(["--parquet", "--html-field", "html", "--field", "text", "--explain-field", "why",
                          str(src), "-o", str(dest)])
    assert status == 0, err
    table = pq.read_table(dest)
    got = table.to_pylist()[0]
    explanation = boilerstrip.explain_html(page.decode("utf-8", "replace"), url="https://example.org/story")
    assert got["text"] == explanation.text
    # one type for the explain column in text and HTML mode: a list of removals with their stage
    assert table.schema.field("why").type == explain_type()
    fields = ("line", "text", "rule", "category", "stage", "score", "evidence", "element", "words")
    assert got["why"] == [{key: r.get(key) for key in fields} for r in explanation.removal_dicts(detail=True)]
    assert got["why"] and {r["stage"] for r in got["why"]} <= {"dom", "vote", "text"}


def test_pages_in_parquet_with_their_reason(tmp_path: Path) -> None:
    src, dest = tmp_path / "pages.parquet", tmp_path / "out.parquet"
    write(src, [{"html": "just words, no markup"}])
    status, _, err = run(["--parquet", "-q", "--html-field", "html", "--explain-field", "why",
                          "--html-info-field", "page", str(src), "-o", str(dest)])
    assert status == 0, err
    got = pq.read_table(dest).to_pylist()[0]
    assert got["text"] == "" and got["why"] == []
    assert got["page"] == {"reason": "not HTML: no markup found (use boilerstrip.strip for plain text)",
                           "encoding": None}


@pytest.mark.parametrize("argv, message", [
    (["--parquet", "a.parquet"], "give -o FILE"),
    (["--parquet", "-o", "x.parquet"], "Parquet cannot be read from a pipe"),
    (["--parquet", "--jsonl", "a", "-o", "b"], "not both"),
    (["--url-field", "u"], "needs --jsonl (or --parquet)"),
])
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv)[0] == 2
    assert message in capsys.readouterr().err


def test_without_pyarrow_the_message_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "a.parquet"
    write(src, [{"text": TEXTS[0]}])
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    status, _, err = run(["--parquet", str(src), "-o", str(tmp_path / "out.parquet")])
    assert status == 2
    assert "pip install 'boilerstrip[parquet]'" in err


def test_record_timeout_makes_a_slow_row_a_bad_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from boilerstrip.io.records import RecordCleaner

    clean = RecordCleaner.clean

    def slow_clean(self: RecordCleaner, record: Any, where: str) -> Any:
        # (RecordCleaner is plain Python in both builds; the compiled Cleaner cannot be patched.)
        if record["text"].startswith("SLOW"):
            time.sleep(5)
        return clean(self, record, where)

    monkeypatch.setattr(RecordCleaner, "clean", slow_clean)
    src, dest = tmp_path / "in.parquet", tmp_path / "out.parquet"
    write(src, [{"text": TEXTS[0]}, {"text": "SLOW " + TEXTS[1]}, {"text": TEXTS[2]}])
    started = time.monotonic()
    status, _, err = run(["--parquet", "--record-timeout", "0.2", "--on-error", "skip", str(src), "-o", str(dest)])
    assert status == 0, err
    assert time.monotonic() - started < 4  # the slow row was cut short, not waited for
    assert f"{src}: row 2: not cleaned:" in err
    assert [r["text"] for r in pq.read_table(dest).to_pylist()] == [boilerstrip.strip(TEXTS[0]),
                                                                    boilerstrip.strip(TEXTS[2])]
