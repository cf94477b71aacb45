"""Every example of README.md and docs/*.md runs as written.

Each fenced ``sh`` or ``python`` block is an example: a shell block runs under ``bash -euo
pipefail``, a Python block as a script (``>>>`` blocks are doctests, which pytest runs through
``--doctest-glob``). They run in a scratch folder holding the files the examples name (``article.txt``,
``pages.jsonl``, ``page.html``...; made from fixtures/) and a copy of fixtures/, with ``boilerstrip``
being this interpreter's (the plain or the compiled build under test).

Two markers, on the line before a block, leave it to another test:
- ``<!-- tested -->``: tests/test_cli_docs.py runs it;
- ``<!-- not run: REASON -->``: the reason names what checks it instead (scripts/test.sh,
  scripts/smoke.sh); it shows here as a skip with that reason.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: A fenced block, with the line before it (where a marker goes).
BLOCK = re.compile(r"(?:^(?P<marker><!--.*?-->)\n)?^```(?P<lang>sh|python)\n(?P<body>.*?)^```$", re.S | re.M)
#: An example block may take this long (a Spark session starts in it): a bound against a hang only.
TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class Example:
    doc: Path
    line: int
    lang: str
    body: str
    marker: str

    @property
    def id(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"


def examples() -> list[Example]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start("lang")) + 1
            found.append(Example(doc, line, match["lang"], match["body"], match["marker"] or ""))
    return found


def params() -> list[object]:
    out = []
    for example in examples():
        marks = []
        if example.marker == "<!-- tested -->":
            marks.append(pytest.mark.skip(reason="run by tests/test_cli_docs.py"))
        elif example.marker.startswith("<!-- not run:"):
            marks.append(pytest.mark.skip(reason=example.marker[4:-3].strip()))
        elif example.lang == "python" and example.body.lstrip().startswith(">>>"):
            marks.append(pytest.mark.skip(reason="a doctest: pytest --doctest-glob runs it"))
        out.append(pytest.param(example, id=example.id, marks=marks))
    return out


def test_the_docs_have_examples_and_each_marker_is_known() -> None:
    found = examples()
    assert len(found) >= 10
    for example in found:
        assert example.marker in ("", "<!-- tested -->") or example.marker.startswith("<!-- not run:"), example.id


def workspace(folder: Path) -> None:
    """The files the examples name, made from the project's own fixtures."""
    fixtures = ROOT / "fixtures"
    shutil.copytree(fixtures, folder / "fixtures")
    shutil.copy(fixtures / "text" / "en-harbour-bridge-council.txt", folder / "article.txt")
    shutil.copy(fixtures / "html" / "news_appeals.html", folder / "page.html")
    records = [json.loads(line) for line in (fixtures / "jsonl" / "articles.jsonl").read_text("utf-8").splitlines()]
    write_jsonl(folder / "pages.jsonl", records)
    with gzip.open(folder / "pages.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write((folder / "pages.jsonl").read_text(encoding="utf-8"))
    write_jsonl(folder / "posts.jsonl", [{"id": r["id"], "body": r["text"]} for r in records])
    write_jsonl(folder / "dump.jsonl", [{"id": r["id"], "body": r["text"], "url": r["url"]} for r in records])
    page = (fixtures / "html" / "news_appeals.html").read_text(encoding="utf-8")
    write_jsonl(folder / "crawl.jsonl", [{"url": "https://example.org/bridge", "html": page}])
    with gzip.open(folder / "crawl.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write((folder / "pages.jsonl").read_text(encoding="utf-8"))
    (folder / "crawl").mkdir()
    write_jsonl(folder / "crawl" / "part-1.jsonl", records)
    nested = [{"id": r["id"], "doc": {"body": r["text"], "url": r["url"]}} for r in records]
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # the examples that need it are skipped (see needs())
        pass
    else:
        pq.write_table(pa.Table.from_pylist(nested), folder / "pages.parquet")
    (folder / "in").mkdir()
    write_jsonl(folder / "in" / "pages.jsonl", records)
    (folder / "texts").mkdir()
    for name in ("en-museum-reopening.txt", "de-bahnstreik-pendler.txt"):
        shutil.copy(fixtures / "text" / name, folder / "texts" / name)
    rule = "# category: donation\nsupport the harbour courier\n"
    for path in ("my-site.donation.txt", "site.donation.txt", "rules/my-site.donation.txt"):
        (folder / path).parent.mkdir(exist_ok=True)
        (folder / path).write_text(rule, encoding="utf-8")


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    bindir = folder / ".bin"
    bindir.mkdir()
    launcher = bindir / "boilerstrip"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m boilerstrip "$@"\n')
    launcher.chmod(0o755)
    # This interpreter's scripts (trafilatura) after the launcher; PYTHONPATH, if set, picks the build.
    env["PATH"] = os.pathsep.join([str(bindir), str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYSPARK_PYTHON"] = sys.executable
    return env


def needs(example: Example) -> None:
    """Skip, with the reason, an example whose engine or tool this machine lacks."""
    if "jq " in example.body and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    if "--parquet" in example.body:
        pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install 'boilerstrip[parquet]'")
    if "datatrove" in example.body:
        pytest.importorskip("datatrove", reason="datatrove not installed: pip install 'boilerstrip[datatrove]'")
    if "spark" in example.body.lower() and example.lang == "python":
        pytest.importorskip("pyspark", reason="pyspark not installed: pip install 'boilerstrip[spark]'")
        home = os.environ.get("JAVA_HOME")
        if not ((home and Path(home, "bin", "java").exists()) or shutil.which("java")):
            if os.environ.get("CI"):
                pytest.fail("CI must run the Spark examples: no Java runtime")
            pytest.skip("no Java runtime for Spark; scripts/setup.sh installs one")


@pytest.mark.parametrize("example", params())
def test_example_runs_as_written(tmp_path: Path, example: Example) -> None:
    needs(example)
    workspace(tmp_path)
    if example.lang == "sh":
        command = ["bash", "-euo", "pipefail", "-c", example.body]
    else:
        script = tmp_path / "example.py"
        script.write_text(example.body, encoding="utf-8")
        command = [sys.executable, str(script)]
    done = subprocess.run(command, cwd=tmp_path, env=environment(tmp_path), capture_output=True, text=True,
                          timeout=TIMEOUT_SECONDS, check=False)
    assert done.returncode == 0, f"{example.id}\n{example.body}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
