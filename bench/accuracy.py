#!/usr/bin/env python3
"""Accuracy of boilerstrip on the shared benchmark pages, scored by ``../shared/bench/score.py``.

For every page of every dataset it takes the extractor's output (``extracted[INPUT]``), cleans it
with boilerstrip's JSON Lines mode (``boilerstrip --jsonl``, default settings), and prints one
table: dataset, input, P/R/F1 before and after (bag-of-words datasets) or removal precision,
recall and content lost (line-labelled datasets).

    python bench/accuracy.py                        # every dataset, every input
    python bench/accuracy.py --datasets dragnet --split test
    python bench/accuracy.py --in-process --preset precision   # faster: no subprocess
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
BOW_DATASETS = ("dragnet", "l3s-gn1", "cleaneval")
LINE_DATASETS = ("modern-dev", "multilingual-dev")
BOW_INPUTS = ("trafilatura", "trafilatura_nocomments", "trafilatura_precision")


def load_score(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {bench / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(bench: Path, dataset: str) -> Iterator[dict[str, Any]]:
    with gzip.open(bench / dataset / "pages.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


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


def clean_in_process(records: list[dict[str, str]], preset: str) -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "src"))
    from boilerstrip import Cleaner, Config

    cleaner = Cleaner(Config.from_preset(preset))
    return {r["id"]: cleaner.strip(r["text"]) for r in records}


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    score = load_score(args.bench)
    rows = []
    for dataset in args.datasets:
        if not (args.bench / dataset / "pages.jsonl.gz").exists():
            print(f"skipping {dataset}: no {args.bench / dataset / 'pages.jsonl.gz'}", file=sys.stderr)
            continue
        inputs = args.inputs if dataset in BOW_DATASETS else ["text"]
        for name in inputs:
            records = [
                {"id": p["id"], "text": input_text(p, name)}
                for p in pages(args.bench, dataset)
                if not args.split or p.get("split") == args.split
            ]
            before = {r["id"]: r["text"] for r in records}
            started = time.perf_counter()
            if args.in_process:
                after = clean_in_process(records, args.preset)
            else:
                after = clean_cli(records, ["--preset", args.preset])
            seconds = time.perf_counter() - started
            row = {
                "dataset": dataset, "input": name, "pages": len(records), "seconds": round(seconds, 2),
                "before": score.score(args.bench / dataset, before, split=args.split),
                "after": score.score(args.bench / dataset, after, split=args.split),
            }
            rows.append(row)
            print_row(row)
    return rows


def print_row(row: dict[str, Any]) -> None:
    b, a = row["before"], row["after"]
    if a["metric"] == "lines":
        cats = " ".join(f"{k}={v:.2f}" for k, v in a["by_category"].items())
        print(f"{row['dataset']:<17} {row['input']:<23} removal P={a['precision']:.3f} R={a['recall']:.3f} "
              f"content_lost={a['content_lost']:.4f} | {cats}", flush=True)
        return
    print(f"{row['dataset']:<17} {row['input']:<23} "
          f"before P={b['precision']:.3f} R={b['recall']:.3f} F1={b['f1']:.3f}  "
          f"after P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f}  "
          f"dF1={a['f1'] - b['f1']:+.3f} dR={a['recall'] - b['recall']:+.3f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder (default: %(default)s)")
    parser.add_argument("--datasets", nargs="+", default=[*BOW_DATASETS, *LINE_DATASETS],
                        help="datasets to run (default: all)")
    parser.add_argument("--inputs", nargs="+", default=list(BOW_INPUTS),
                        help="extracted texts to clean, for dragnet/l3s-gn1/cleaneval (default: all three)")
    parser.add_argument("--split", help="only pages of this split (dragnet: train or test)")
    parser.add_argument("--preset", default="balanced", help="boilerstrip preset (default: balanced)")
    parser.add_argument("--in-process", action="store_true",
                        help="call the library directly instead of the CLI (faster, same results)")
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
