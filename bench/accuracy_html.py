#!/usr/bin/env python3
"""Accuracy and speed of the whole HTML path (boilerstrip.strip_html) on the shared benchmarks.

For each page of each dataset, in one worker and in the same run, it times trafilatura alone
(``trafilatura.extract(html, include_comments=False)``) and boilerstrip's whole path (decode, parse,
prune, extract, clean), writes boilerstrip's predictions as JSONL, and scores them with the
benchmark's ``score.py`` beside trafilatura's stored outputs (the records' ``extracted`` fields)
and, when they are importable, readability-lxml and resiliparse (not project dependencies).

    .venv/bin/python bench/accuracy_html.py                       # all three datasets
    .venv/bin/python bench/accuracy_html.py --datasets dragnet --split train --limit 200
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

# The sibling script's loader (bench/ is on the path when a script in it runs).
from accuracy import load_score

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO.parent / "shared" / "bench"
DEFAULT_DATASETS = ("dragnet", "l3s-gn1", "cleaneval")
STORED = ("trafilatura", "trafilatura_nocomments")


def records(path: Path, split: str | None, limit: int | None) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        n = 0
        for line in f:
            rec = json.loads(line)
            if split and rec.get("split") != split:
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield rec


def _readability(html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "pre"):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=True))


def others_available() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {}
    if importlib.util.find_spec("readability") is not None:
        found["readability-lxml"] = _readability
    if importlib.util.find_spec("resiliparse") is not None:
        found["resiliparse"] = _resiliparse
    return found


_OTHERS: dict[str, Callable[[str], str]] = {}
#: The whole path's options in this worker (set by :func:`_init`).
_OPTIONS: dict[str, Any] = {}


WARM_UP_PAGE = (
    "<html><body><article><p>"
    + "A sentence of warm-up text for the extractors. " * 20
    + "</p></article></body></html>"
)


def _init(with_others: bool) -> None:
    import trafilatura

    import boilerstrip.html.pipeline as bh

    logging.disable(logging.CRITICAL)
    _OPTIONS["options"] = bh.HtmlOptions()
    if with_others:
        _OTHERS.update(others_available())
    # first calls import modules and compile patterns: keep that out of the per-page timings
    trafilatura.extract(WARM_UP_PAGE, include_comments=False)
    bh.strip_html(WARM_UP_PAGE)


def work(rec: dict[str, Any]) -> dict[str, Any]:
    import trafilatura

    import boilerstrip.html.pipeline as bh

    html = rec.get("html") or ""
    out: dict[str, Any] = {"id": rec["id"]}
    t0 = time.perf_counter()
    trafilatura.extract(html, include_comments=False)
    t1 = time.perf_counter()
    try:
        out["text"] = bh.strip_html(html, url=rec.get("url"), options=_OPTIONS.get("options"))
    except Exception as exc:  # a crash is a finding: record it, score the page as empty
        out["text"], out["error"] = "", f"{type(exc).__name__}: {exc}"
    t2 = time.perf_counter()
    trafilatura.extract(html, include_comments=False)  # again, after: neither side gets the warm cache
    t3 = time.perf_counter()
    out["t_trafilatura"], out["t_boilerstrip"] = ((t1 - t0) + (t3 - t2)) / 2, t2 - t1
    for name, fn in _OTHERS.items():
        try:
            out[name] = fn(html)
        except Exception:
            out[name] = ""
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH,
                    help=f"benchmark folder (default {DEFAULT_BENCH})")
    ap.add_argument("--datasets", default=",".join(DEFAULT_DATASETS), help="comma-separated dataset names")
    ap.add_argument("--split", help="only pages of this split (dragnet: train or test)")
    ap.add_argument("--limit", type=int, help="at most N pages per dataset, for quick runs")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--out", type=Path, help="folder for predictions JSONL (default: a temporary folder)")
    ap.add_argument("--no-others", action="store_true", help="skip readability-lxml and resiliparse")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON lines too")
    a = ap.parse_args(argv)
    if not (a.bench / "score.py").is_file():
        ap.error(f"no score.py in {a.bench}: give --bench DIR")
    score = load_score(a.bench)
    out_dir = a.out or Path(tempfile.mkdtemp(prefix="boilerstrip-html-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    others = [] if a.no_others else list(others_available())
    print(f"predictions in {out_dir}; other extractors: {', '.join(others) or 'none importable'}")
    header = f"{'dataset':<16}{'system':<26}{'P':>8}{'R':>8}{'F1':>8}"
    for name in a.datasets.split(","):
        path = a.bench / name / "pages.jsonl.gz"
        if not path.is_file():
            print(f"{name}: missing {path}, skipped")
            continue
        recs = list(records(path, a.split, a.limit))
        started = time.perf_counter()
        with Pool(a.jobs, initializer=_init, initargs=(not a.no_others,)) as pool:
            rows = pool.map(work, recs, chunksize=4)
        wall = time.perf_counter() - started
        pred_path = out_dir / f"{name}.jsonl"
        with pred_path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False) + "\n")
        systems: dict[str, dict[str, str]] = {
            f"{s} (stored)": {r["id"]: (r.get("extracted") or {}).get(s) or "" for r in recs} for s in STORED
        }
        for other in others:
            systems[other] = {row["id"]: row.get(other, "") for row in rows}
        systems["boilerstrip html"] = {row["id"]: row["text"] for row in rows}
        errors = [row for row in rows if "error" in row]
        print(f"\n{name}: {len(recs)} pages{f' (split {a.split})' if a.split else ''}, {wall:.0f}s wall")
        print(header)
        splits = ["train", "test"] if name == "dragnet" and not a.split else []
        for label, preds in systems.items():
            _print_row(score, a, recs, name, label, preds, None)
            for sp in splits:
                _print_row(score, a, recs, name, label, preds, sp)
        t_traf = sum(r["t_trafilatura"] for r in rows)
        t_bs = sum(r["t_boilerstrip"] for r in rows)
        median_ratio = statistics.median(r["t_boilerstrip"] / max(r["t_trafilatura"], 1e-9) for r in rows)
        print(f"time per page: trafilatura alone {1000 * t_traf / len(rows):.1f} ms, "
              f"boilerstrip whole path {1000 * t_bs / len(rows):.1f} ms, ratio {t_bs / t_traf:.3f}; "
              f"median ratio {median_ratio:.3f}")
        if errors:
            print(f"ERRORS on {len(errors)} pages, e.g. {errors[0]['id']}: {errors[0]['error']}")
    return 0


def _print_row(score: ModuleType, a: argparse.Namespace, recs: list[dict[str, Any]], name: str,
               label: str, preds: dict[str, str], split: str | None) -> None:
    res = score_pages(score, recs, preds, split)
    tag = f"{name}/{split}" if split else name
    print(f"{tag:<16}{label:<26}{res['precision']:>8.4f}{res['recall']:>8.4f}{res['f1']:>8.4f}")
    if a.json:
        print(json.dumps({"dataset": tag, "system": label, **res}))


def score_pages(score: ModuleType, recs: list[dict[str, Any]], preds: dict[str, str],
                split: str | None) -> dict[str, float]:
    """score.py's bag-of-words figures (its own ``bow``), over the pages run, skipping gold-less pages."""
    rows = [
        score.bow(preds.get(r["id"]) or "", r["gold"])
        for r in recs
        if (split is None or r.get("split") == split) and score.WORD.search(r.get("gold") or "")
    ]
    if not rows:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    return {k: statistics.mean(row[i] for row in rows) for i, k in enumerate(("precision", "recall", "f1"))}


if __name__ == "__main__":
    sys.exit(main())
