#!/usr/bin/env python3
"""Accuracy and speed of the whole HTML path (boilerstrip.strip_html) on the shared benchmarks.

For each page of each dataset, in one worker and in the same run, it times trafilatura alone
(``trafilatura.extract(html, include_comments=False)``) and boilerstrip's whole path (decode, parse,
prune, extract, clean), writes boilerstrip's predictions as JSONL, and scores them with the
benchmark's ``score.py`` beside trafilatura's stored outputs (the records' ``extracted`` fields)
and, when they are importable, readability-lxml and resiliparse (not project dependencies).

wcxb-dev (the main set) is reported as ``bench/accuracy.py`` reports it: its **tune** and
**validation** sites apart (``bench/split.py``), and within each part every ``page_type``, with
score.py's ``with_found`` / ``without_leaked`` and the time per page against trafilatura's own.
Only the parts named by ``--part`` are run at all: develop with ``--part tune``; validation pages
are only ever scored. The older sets (dragnet, l3s-gn1, cleaneval) print as before: the whole set
(and dragnet's train and test).

    .venv/bin/python bench/accuracy_html.py                       # wcxb-dev and the three older sets
    .venv/bin/python bench/accuracy_html.py --datasets wcxb-dev --part tune --jobs 1 --no-others
    .venv/bin/python bench/accuracy_html.py --datasets dragnet --split train --limit 200
    .venv/bin/python bench/accuracy_html.py --datasets cleaneval --keep-comments   # its gold keeps them
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
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

# The sibling scripts (bench/ is on the path when a script in it runs).
import split as site_split
from accuracy import load_score

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO.parent / "shared" / "bench"
DEFAULT_DATASETS = ("wcxb-dev", "dragnet", "l3s-gn1", "cleaneval")
STORED = ("trafilatura", "trafilatura_nocomments")
#: Sets reported by tune / validation part and per ``page_type`` (the others as a whole).
TYPED = frozenset({"wcxb-dev"})
ALL = "all"


def records(path: Path, split: str | None, limit: int | None,
            parts: frozenset[str] | None = None) -> Iterator[dict[str, Any]]:
    """The pages of one set: of *split* (dragnet's own field) and of the site *parts* if given."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        n = 0
        for line in f:
            rec = json.loads(line)
            if split and rec.get("split") != split:
                continue
            if parts is not None and site_split.part(rec) not in parts:
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


def _init(with_others: bool, keep_comments: bool = False, floor: str = "") -> None:
    import trafilatura

    import boilerstrip.html.pipeline as bh

    logging.disable(logging.CRITICAL)
    options = bh.HtmlOptions(include_comments=keep_comments)
    if floor == "off":
        options = replace(options, floor=False)
    elif floor:
        options = replace(options, floor_check_removed_ratio=float(floor))
        if not float(floor):  # every page: no cap on the words kept, no skip where the vote agreed
            options = replace(options, floor_check_max_words=0, floor_skip_agreed=False)
    _OPTIONS["options"] = options
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
    ap.add_argument("--part", nargs="+", choices=site_split.PARTS, default=list(site_split.PARTS),
                    help="wcxb-dev: run and report only these parts of the site split (default: both)")
    ap.add_argument("--keep-comments", action="store_true",
                    help="run the path with reader comments kept (HtmlOptions(include_comments=True), "
                         "as --html --keep-comments does; cleaneval's gold keeps them)")
    ap.add_argument("--floor", default="",
                    help="'off': no trafilatura floor (HtmlOptions(floor=False), the path as before it); "
                         "a number: its floor_check_removed_ratio (0: the floor checked on every page, "
                         "floor_check_max_words 0 and floor_skip_agreed off too)")
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
        typed = name in TYPED
        recs = list(records(path, a.split, a.limit, frozenset(a.part) if typed else None))
        started = time.perf_counter()
        with Pool(a.jobs, initializer=_init, initargs=(not a.no_others, a.keep_comments, a.floor)) as pool:
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
        print(f"\n{name}: {len(recs)} pages{f' (split {a.split})' if a.split else ''}"
              f"{' (comments kept)' if a.keep_comments else ''}, {wall:.0f}s wall")
        if typed:
            _print_typed(score, a, name, recs, rows, systems)
            if errors:
                print(f"ERRORS on {len(errors)} pages, e.g. {errors[0]['id']}: {errors[0]['error']}")
            continue
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


def _print_typed(score: ModuleType, a: argparse.Namespace, name: str, recs: list[dict[str, Any]],
                 rows: list[dict[str, Any]], systems: dict[str, dict[str, str]]) -> None:
    """wcxb-dev's rows: per part of the site split and per page_type, every system with score.py's
    figures (P, R, F1, with_found, without_leaked), then boilerstrip's time against trafilatura's."""
    timing = {row["id"]: row for row in rows}
    print(f"{'part':<11}{'page_type':<14}{'n':>5}  {'system':<33}{'P':>7}{'R':>7}{'F1':>7}"
          f"{'with':>7}{'leak':>7}")
    for part, kind, ids in typed_groups(recs, a.part):
        for label, preds in systems.items():
            res = score_subset(score, recs, preds, ids)
            if not res["pages"]:
                continue
            print(f"{part:<11}{kind:<14}{res['pages']:>5}  {label:<33}{res['precision']:>7.4f}"
                  f"{res['recall']:>7.4f}{res['f1']:>7.4f}{res.get('with_found', 0.0):>7.4f}"
                  f"{res.get('without_leaked', 0.0):>7.4f}")
            if a.json:
                print(json.dumps({"dataset": name, "part": part, "page_type": kind, "system": label,
                                  **{k: v for k, v in res.items() if k != "rows"}}))
        t_traf = sum(timing[i]["t_trafilatura"] for i in ids if i in timing)
        t_bs = sum(timing[i]["t_boilerstrip"] for i in ids if i in timing)
        if t_traf:
            print(f"{part:<11}{kind:<14}{len(ids):>5}  time per page: trafilatura {1000 * t_traf / len(ids):.1f} ms, "
                  f"boilerstrip {1000 * t_bs / len(ids):.1f} ms, ratio {t_bs / t_traf:.3f}")


def typed_groups(recs: list[dict[str, Any]], parts: list[str]) -> Iterator[tuple[str, str, set[str]]]:
    """(part, page_type, ids): each part of the split as a whole, then each of its page_types."""
    side = {r["id"]: site_split.part(r) for r in recs}
    for part in parts:
        ids = {i for i, s in side.items() if s == part}
        if not ids:
            continue
        yield part, ALL, ids
        for kind in sorted({r.get("page_type") or "?" for r in recs if r["id"] in ids}):
            yield part, kind, {r["id"] for r in recs if r["id"] in ids and (r.get("page_type") or "?") == kind}


def score_subset(score: ModuleType, recs: list[dict[str, Any]], preds: dict[str, str],
                 ids: set[str]) -> dict[str, Any]:
    """score.py's own ``score`` (bag of words and, on wcxb-dev, the snippets) over the pages *ids*
    of the records already read (its reader is swapped for theirs during the call)."""
    every = score.pages
    score.pages = lambda _folder: (r for r in recs if r["id"] in ids)
    try:
        result: dict[str, Any] = score.score(Path("."), preds)
    finally:
        score.pages = every
    return result


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
