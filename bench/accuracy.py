#!/usr/bin/env python3
"""Accuracy of boilerstrip on the shared benchmark pages, scored by ``../shared/bench/score.py``.

For every page it takes the extractor's output (``extracted[INPUT]``), cleans it with
boilerstrip's JSON Lines mode (``boilerstrip --jsonl``, default settings, in a subprocess as a
user runs it) and scores input and output. Every set is reported on its **tune** and its
**validation** sites separately (``bench/split.py``): only tune pages are ever looked at while
developing, so the validation rows are the figures for sites nobody tuned on. wcxb-dev is also
reported per ``page_type``; the older sets also as a whole, as their targets are stated.

Bag-of-words sets print P/R/F1 before and after (and, for wcxb-dev, ``with_found`` and
``without_leaked``: the share of must-have and must-not-have snippets in the text);
line-labelled sets print removal precision, recall, content lost and recall per category.
cleaneval's gold keeps reader comments, so it is cleaned with ``--keep-comments``.

    python bench/accuracy.py                            # every set, trafilatura's default output
    python bench/accuracy.py --datasets wcxb-dev --part validation
    python bench/accuracy.py --inputs trafilatura trafilatura_nocomments trafilatura_precision
    python bench/accuracy.py --in-process --preset precision   # faster: no subprocess
    python bench/accuracy.py --without-url                 # as plain text: no page addresses

Each record carries its page's ``url`` where the set has one, as corpus records do; the CLI reads
it by default and keeps a discussion thread's replies (see ``heuristics.safety.thread_address``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import split  # bench/split.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
BOW_DATASETS = ("wcxb-dev", "dragnet", "l3s-gn1", "cleaneval")
LINE_DATASETS = ("modern-dev", "multilingual-dev")
BOW_INPUTS = ("trafilatura", "trafilatura_nocomments", "trafilatura_precision")
#: Sets whose gold keeps reader comments: cleaned with --keep-comments.
KEEP_COMMENTS = frozenset({"cleaneval"})
#: Sets reported per page_type.
TYPED = frozenset({"wcxb-dev"})
#: Sets whose targets are stated for the whole set: also reported as one row.
WHOLE = frozenset({"dragnet", "l3s-gn1", "cleaneval"})
ALL = "all"


def load_score(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {bench / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def input_text(page: dict[str, Any], name: str) -> str:
    extracted = page.get("extracted") or {}
    return extracted.get(name) or extracted.get("text") or ""


def clean_cli(records: list[dict[str, str]], cli_args: list[str]) -> dict[str, str]:
    """Clean records through ``boilerstrip --jsonl`` in a subprocess, as a user would."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        cmd = [sys.executable, "-m", "boilerstrip", "--jsonl", *cli_args, str(src)]
        done = subprocess.run(cmd, capture_output=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr.decode(errors='replace')}")
        out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
    return {r["id"]: r["text"] for r in out}


def clean_in_process(records: list[dict[str, str]], preset: str, keep_comments: bool) -> dict[str, str]:
    try:
        import boilerstrip  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    from boilerstrip import Cleaner, Config

    cleaner = Cleaner(Config.from_preset(preset, keep_comments=keep_comments))
    return {r["id"]: cleaner.strip(r["text"], r.get("url")) for r in records}


def scorer(score: ModuleType, bench: Path, dataset: str) -> Callable[..., dict[str, Any]]:
    """score.score on a subset of the set's pages: ``(preds, ids) -> figures``."""
    every = score.pages

    def run(preds: dict[str, str], ids: set[str]) -> dict[str, Any]:
        def subset(folder: Path) -> Iterator[dict[str, Any]]:
            return (p for p in every(folder) if p["id"] in ids)

        score.pages = subset
        try:
            result: dict[str, Any] = score.score(bench / dataset, preds)
        finally:
            score.pages = every
        return result

    return run


def groups(dataset: str, pages: list[dict[str, Any]], parts: list[str]) -> Iterator[tuple[str, str, set[str]]]:
    """(part, page_type, ids) for every row to print."""
    sides = {p["id"]: split.part(p) for p in pages}
    names = [*parts, ALL] if dataset in WHOLE else parts
    for side in names:
        ids = {i for i, s in sides.items() if side in (ALL, s)}
        yield side, ALL, ids
        if dataset in TYPED:
            for kind in sorted({p.get("page_type") or "?" for p in pages}):
                yield side, kind, {p["id"] for p in pages if p["id"] in ids and p.get("page_type") == kind}


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    score = load_score(args.bench)
    rows = []
    for dataset in args.datasets:
        if not (args.bench / dataset / "pages.jsonl.gz").exists():
            print(f"skipping {dataset}: no {args.bench / dataset / 'pages.jsonl.gz'}", file=sys.stderr)
            continue
        pages = list(split.pages(args.bench, dataset))
        keep_comments = dataset in KEEP_COMMENTS
        inputs = args.inputs if dataset in BOW_DATASETS else ["text"]
        for name in inputs:
            # The page's address goes along as a corpus record holds it (the CLI reads ``url``):
            # it tells a discussion thread from an article. --without-url leaves it out.
            records = [{"id": p["id"], "text": input_text(p, name)} for p in pages]
            if not args.without_url:
                for record, page in zip(records, pages, strict=True):
                    if page.get("url"):
                        record["url"] = page["url"]
            before = {r["id"]: r["text"] for r in records}
            started = time.perf_counter()
            if args.in_process:
                after = clean_in_process(records, args.preset, keep_comments)
            else:
                extra = ["--keep-comments"] if keep_comments else []
                after = clean_cli(records, ["--preset", args.preset, *extra])
            seconds = time.perf_counter() - started
            measure = scorer(score, args.bench, dataset)
            for side, kind, ids in groups(dataset, pages, args.part):
                if not ids:
                    continue
                row = {
                    "dataset": dataset, "input": name, "part": side, "page_type": kind,
                    "keep_comments": keep_comments, "seconds": round(seconds, 2),
                    "before": measure(before, ids), "after": measure(after, ids),
                }
                rows.append(row)
                print_row(row)
    return rows


def print_row(row: dict[str, Any]) -> None:
    b, a = row["before"], row["after"]
    label = f"{row['dataset']:<16} {row['part']:<10} {row['page_type']:<13} {row['input']:<22}"
    if a["metric"] == "lines":
        cats = " ".join(f"{k}={v:.2f}" for k, v in a["by_category"].items())
        print(f"{label} n={a['pages']:<4} removal P={a['precision']:.3f} R={a['recall']:.3f} "
              f"content_lost={a['content_lost']:.4f} | {cats}", flush=True)
        return
    snippets = ""
    if "without_leaked" in a:
        snippets = (f"  with {b['with_found']:.3f}->{a['with_found']:.3f}"
                    f"  without_leaked {b['without_leaked']:.3f}->{a['without_leaked']:.3f}")
    print(f"{label} n={a['pages']:<4} "
          f"before P={b['precision']:.3f} R={b['recall']:.3f} F1={b['f1']:.3f}  "
          f"after P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f}  "
          f"dF1={a['f1'] - b['f1']:+.3f} dR={a['recall'] - b['recall']:+.3f}{snippets}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder (default: %(default)s)")
    parser.add_argument("--datasets", nargs="+", default=[*BOW_DATASETS, *LINE_DATASETS],
                        help="datasets to run (default: all)")
    parser.add_argument("--inputs", nargs="+", default=["trafilatura"],
                        help=f"extracted texts to clean, for the bag-of-words sets (default: trafilatura; "
                             f"any of {', '.join(BOW_INPUTS)})")
    parser.add_argument("--part", nargs="+", choices=split.PARTS, default=list(split.PARTS),
                        help="which sides of the split to report (default: both)")
    parser.add_argument("--preset", default="balanced", help="boilerstrip preset (default: balanced)")
    parser.add_argument("--in-process", action="store_true",
                        help="call the library directly instead of the CLI (faster, same results)")
    parser.add_argument("--without-url", action="store_true",
                        help="clean the texts without their pages' addresses (as plain text input is)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    if not (args.bench / "score.py").exists():
        print(f"no benchmark at {args.bench}: pass --bench DIR", file=sys.stderr)
        return 2
    rows = run(args)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
