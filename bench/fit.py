#!/usr/bin/env python3
"""Fit the decision's weights on the tune part of the benchmark sets; write data/weights.tsv.

Every rule and heuristic gives evidence about a line (see ``src/boilerstrip/decision.py``); a
line's score is a bias plus the weights of its kinds of evidence (its *features*). This script
learns those weights from labelled lines of the **tune** sites only (``bench/labels.py``,
``bench/split.py``): a logistic regression, each label weighted by how much it is trusted and
content lines weighted up (removing a sentence of the article is worse than leaving a line of
boilerplate), regularised towards a prior in which every rule and heuristic removes a line
alone and every other feature counts for nothing, so that a feature the tune pages rarely show
keeps its prior weight. Evidence for boilerplate keeps a weight of at least 0, evidence against
it (``safety:*``) at most 0.

Which evidence a line gets depends on what the stages before decided, so the fit runs in
rounds: clean every tune page with the current weights, collect each line's evidence, fit, and
again with the new weights. ``--report`` prints the tune figures for a range of thresholds; the presets' thresholds are
fixed (PRESET_THRESHOLDS): the weights move, the meaning of a threshold stays.

    python bench/fit.py                      # fit, choose thresholds, write src/boilerstrip/data/weights.tsv
    python bench/fit.py --dry-run --report   # print the fit and the figures per threshold, write nothing

After adding a rule file, a cue vocabulary or a language, run it again and commit the new
weights with the figures of ``bench/accuracy.py``.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import math
import multiprocessing
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import labels  # bench/labels.py  # noqa: E402
import split  # bench/split.py  # noqa: E402

try:
    import boilerstrip  # noqa: F401
except ImportError:
    sys.path.insert(0, str(HERE.parent / "src"))
from boilerstrip import Cleaner, Config  # noqa: E402
from boilerstrip.decision import Weights  # noqa: E402
from boilerstrip.heuristics import FEATURES  # noqa: E402

ROOT = HERE.parent
WEIGHTS_PATH = ROOT / "src" / "boilerstrip" / "data" / "weights.tsv"

#: Rounds of clean, collect, fit.
ROUNDS = 3
#: Pull of the prior, in units of weighted labelled lines: a feature seen on fewer lines than
#: this stays near its prior weight.
PRIOR_STRENGTH = 8.0
#: Content lines weigh this much more than boilerplate lines.
CONTENT_WEIGHT = 2.0
#: The prior: every rule and heuristic removes a line alone (the bias plus its weight scores
#: PRIOR_ALONE_SCORE, above every threshold but precision's), and cues, positions and safety
#: evidence count for nothing until the labels say otherwise. The pull is on that score, not on
#: the weight: when the fit moves the bias, a rule the labels say little about keeps its say.
PRIOR_BIAS = -1.0
PRIOR_ALONE_SCORE = 1.0
ALONE_FAMILIES = ("rule:", "shape:", "block:", "tail:", "neighbours:", "voice:")
#: Evidence for the article's side: its weight stays at most 0.
AGAINST_FAMILIES = ("safety:",)
#: Each preset's threshold on the score (a log-odds): balanced removes a line the fit finds more
#: likely boilerplate than not, with content lines weighing CONTENT_WEIGHT times more; precision
#: asks for e (2.7) times more likely, recall for e times less.
PRESET_THRESHOLDS = {"precision": 1.0, "balanced": 0.0, "recall": -1.0}
#: Thresholds --report shows the tune figures for.
THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(-1.0, 2.01, 0.25))
#: Processes that score thresholds side by side.
WORKERS = 2


def alone(feature: str) -> bool:
    return feature.startswith(ALONE_FAMILIES)


def prior(feature: str) -> float:
    """A feature's prior weight, with the prior bias."""
    return PRIOR_ALONE_SCORE - PRIOR_BIAS if alone(feature) else 0.0


def prior_weights() -> Weights:
    return Weights(PRIOR_BIAS, {f: prior(f) for f in sorted(FEATURES)}, dict(PRESET_THRESHOLDS))


# --- collecting evidence ---------------------------------------------------------------------


def collect(pages: list[labels.Page], weights: Weights) -> dict[tuple[tuple[tuple[str, float], ...], int], float]:
    """Each labelled line's evidence (feature -> strength), with its label; identical rows merged
    and their weights summed."""
    rows: dict[tuple[tuple[tuple[str, float], ...], int], float] = defaultdict(float)
    cleaners: dict[bool, Cleaner] = {}
    for page in pages:
        cleaner = cleaners.get(page.keep_comments)
        if cleaner is None:
            cleaner = cleaners[page.keep_comments] = Cleaner(Config(keep_comments=page.keep_comments), weights)
        for index, features in line_features(cleaner, page.text, page.url).items():
            label = page.labels.get(index)
            if label is None:
                continue
            y, w = label
            key = tuple(sorted(features.items()))
            rows[key, y] += w * (CONTENT_WEIGHT if y == 0 else 1.0)
    return rows


def line_features(cleaner: Cleaner, text: str, url: str | None = None) -> dict[int, dict[str, float]]:
    """For each input line, its evidence (feature -> strength) in the pass that decided it: the
    pass that removed it, or the last one it was in."""
    _, passes = cleaner.documents(text, url)
    found: dict[int, dict[str, float]] = {}
    for doc, live in passes:
        for k, index in enumerate(live):
            features: dict[str, float] = {}
            for item in doc.evidence.get(k, ()):
                if item.feature in FEATURES:
                    features[item.feature] = features.get(item.feature, 0.0) + round(item.strength, 3)
            found[index] = features
    return found


# --- the fit ---------------------------------------------------------------------------------


def fit(
    rows: dict[tuple[tuple[tuple[str, float], ...], int], float], start: Weights, only: tuple[str, ...] = ()
) -> Weights:
    """Weighted logistic regression by Newton's method, ridge towards the prior, signs projected.
    With *only* (feature prefixes), only the features so named are fitted, the bias and every
    other weight kept as *start* has them."""
    names = sorted(FEATURES)
    column = {name: k for k, name in enumerate(names)}
    keys = list(rows)
    x = np.zeros((len(keys), len(names) + 1))
    x[:, -1] = 1.0  # the bias
    y = np.array([label for _, label in keys], dtype=float)
    c = np.array([rows[key] for key in keys])
    for r, (features, _) in enumerate(keys):
        for name, value in features:
            x[r, column[name]] = value
    # The prior as ||A w - t||^2: a row per feature, for a feature that removes alone its score
    # with the bias (w_f + b) towards PRIOR_ALONE_SCORE, for the others its weight towards 0.
    size = len(names) + 1
    a = np.zeros((len(names), size))
    t = np.zeros(len(names))
    for k, name in enumerate(names):
        a[k, k] = 1.0
        if alone(name):
            a[k, -1] = 1.0
            t[k] = PRIOR_ALONE_SCORE
    lower = np.array([0.0 if not n.startswith(AGAINST_FAMILIES) else -np.inf for n in names] + [-np.inf])
    upper = np.array([np.inf if not n.startswith(AGAINST_FAMILIES) else 0.0 for n in names] + [np.inf])
    w = np.array([start.of(name) for name in names] + [start.bias])
    penalty_hess = 2 * PRIOR_STRENGTH * (a.T @ a) + np.diag(np.full(size, 1e-6))
    free = np.array([not only or n.startswith(only) for n in names] + [not only])
    for _ in range(50):
        z = x @ w
        s = 1.0 / (1.0 + np.exp(-z))
        grad = x.T @ (c * (s - y)) + 2 * PRIOR_STRENGTH * (a.T @ (a @ w - t))
        hess = (x * (c * s * (1 - s))[:, None]).T @ x + penalty_hess
        step = np.zeros(size)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        w_new = np.clip(w - step, lower, upper)
        if np.max(np.abs(w_new - w)) < 1e-6:
            w = w_new
            break
        w = w_new
    return Weights(float(w[-1]), {name: float(w[k]) for k, name in enumerate(names)}, dict(start.thresholds))


def log_loss(rows: dict[tuple[tuple[tuple[str, float], ...], int], float], weights: Weights) -> float:
    total = loss = 0.0
    for (features, y), c in rows.items():
        z = weights.bias + sum(weights.of(name) * value for name, value in features)
        loss += c * (math.log1p(math.exp(-abs(z))) + max(z, 0.0) - y * z)
        total += c
    return loss / total


# --- choosing thresholds ---------------------------------------------------------------------


def load_score(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures(bench: Path, raw: dict[str, list[dict[str, Any]]], weights: Weights, threshold: float,
            score: ModuleType) -> dict[str, float]:
    """The tune figures at *threshold*: wcxb-dev F1 and recall change per page type, removal
    precision and recall of the line-labelled sets, F1 change on l3s-gn1 and dragnet."""
    out: dict[str, float] = {}
    cleaners = {keep: Cleaner(Config(keep_comments=keep, threshold=threshold), weights) for keep in (False, True)}
    per_type: dict[str, list[tuple[float, float, float, float]]] = defaultdict(list)
    for page in raw.get("wcxb-dev", ()):
        text = page["extracted"]["trafilatura"] or ""
        before = score.bow(text, page["gold"])
        after = score.bow(cleaners[False].strip(text), page["gold"])
        for kind in ("all", page.get("page_type") or "?"):
            per_type[kind].append((before[2], after[2], before[1], after[1]))
    for kind, rows in per_type.items():
        out[f"wcxb:{kind}:dF1"] = float(np.mean([a - b for b, a, _, _ in rows]))
        out[f"wcxb:{kind}:dR"] = float(np.mean([a - b for _, _, b, a in rows]))
    line_recs = [
        (page, cleaners[False].strip(page["extracted"]["text"]))
        for name in ("modern-dev", "multilingual-dev") for page in raw.get(name, ())
    ]
    if line_recs:
        result = score.score_lines(line_recs)
        out["lines:P"], out["lines:R"] = result["precision"], result["recall"]
    for name in ("l3s-gn1", "dragnet", "cleaneval"):
        keep = name == "cleaneval"
        deltas = [
            score.bow(cleaners[keep].strip(page["extracted"]["trafilatura"] or ""), page["gold"])[2]
            - score.bow(page["extracted"]["trafilatura"] or "", page["gold"])[2]
            for page in raw.get(name, ())
        ]
        if deltas:
            out[f"{name}:dF1"] = float(np.mean(deltas))
    return out


_WORKER: dict[str, Any] = {}


def _init_worker(bench: Path) -> None:
    _WORKER.update(bench=bench, raw=raw_tune_pages(bench), score=load_score(bench))


def _figures_at(threshold: float, weights: Weights) -> dict[str, float]:
    return figures(_WORKER["bench"], _WORKER["raw"], weights, threshold, _WORKER["score"])


# --- main ------------------------------------------------------------------------------------


def raw_tune_pages(bench: Path) -> dict[str, list[dict[str, Any]]]:
    raw: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for dataset in (*labels.SOURCES, "dragnet", "cleaneval"):
        if not (bench / dataset / "pages.jsonl.gz").exists():
            continue
        for page in split.pages(bench, dataset):
            if split.part(page) == split.TUNE and ("lines" in page or labels.WORD.search(page.get("gold") or "")):
                raw[dataset].append(page)
    return raw


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=split.DEFAULT_BENCH)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights file")
    parser.add_argument("--report", action="store_true", help="print the tune figures for every threshold tried")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument(
        "--only", nargs="+", default=(), metavar="PREFIX",
        help="fit only the features whose names begin so (a new kind of evidence), keeping the bias and "
        "every other weight as shipped",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    started = time.perf_counter()
    pages = list(labels.tune_pages(args.bench))
    print(f"{len(pages)} tune pages, {sum(len(p.labels) for p in pages)} labelled lines", flush=True)
    only = tuple(args.only)
    if only:
        shipped = Weights.shipped()
        weights = Weights(shipped.bias, {f: shipped.features.get(f, prior(f)) for f in sorted(FEATURES)},
                          dict(PRESET_THRESHOLDS))
    else:
        weights = prior_weights()
    for round_no in range(1, args.rounds + 1):
        rows = collect(pages, weights)
        before = log_loss(rows, weights)
        weights = fit(rows, weights, only)
        print(f"round {round_no}: {len(rows)} distinct rows, loss {before:.4f} -> {log_loss(rows, weights):.4f}",
              flush=True)
    if args.report:
        with multiprocessing.Pool(WORKERS, initializer=_init_worker, initargs=(args.bench,)) as pool:
            table = dict(zip(THRESHOLDS, pool.map(partial(_figures_at, weights=weights), THRESHOLDS), strict=True))
        for t, row in table.items():
            print(f"threshold {t:+.2f}: " + " ".join(f"{k}={v:+.4f}" for k, v in sorted(row.items())), flush=True)
    weights = Weights(weights.bias, weights.features, dict(PRESET_THRESHOLDS))
    for name in sorted(weights.features, key=lambda n: -abs(weights.of(n) - prior(n))):
        shown = weights.of(name) + (weights.bias if alone(name) else 0.0)
        print(f"  {name:<36} {weights.of(name):+.3f}  alone {shown:+.3f}  (prior {prior(name):+.1f})")
    print(f"  bias {weights.bias:+.3f}")
    header = [
        "The decision's weights (see src/boilerstrip/decision.py): a line's score is the bias plus the",
        "weights of its evidence, and it goes when the score reaches its preset's threshold.",
        f"Fitted by bench/fit.py on {datetime.date.today().isoformat()}, {args.rounds} rounds, on the tune part",
        f"of the benchmark sets (bench/split.py): {len(pages)} pages, "
        f"{sum(len(p.labels) for p in pages)} labelled lines. Do not edit: refit.",
    ]
    if only:
        header.append(f"Only {', '.join(only)} fitted (--only); the bias and the other weights kept as they were.")
    if not args.dry_run:
        args.out.write_text(weights.format(header), encoding="utf-8")
        print(f"wrote {args.out}")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
