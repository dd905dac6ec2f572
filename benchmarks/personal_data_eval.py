"""Precision/recall of the personal-data detectors on the labelled synthetic set.

    python benchmarks/personal_data_eval.py [--data corpora/personal-data/labelled.jsonl] [--show-errors]

Runs the registered ``personal-data`` detector (every identifier kind, overlap policy applied) and the
``health-sen`` detector through their real ``find(ctx)`` path, with the school's own published details
(``school.json`` beside the data) as the profile. A prediction matches a gold span when the kinds are the
same and the spans overlap. Also counts findings that overlap a *trap* (a wrong checksum, a prefix that is
never allocated, a postcode shape that cannot exist): the target is 0.

Exit status 1 when micro precision or recall is below 0.98 or any trap fired, so CI can run it.

``--scan FILE...`` instead counts findings per kind on unlabelled real posts (a CSV with a ``tweet``
column, a TSV with a ``tweet`` column, or an X archive ``tweets.js``), e.g. the read-only public sets in
``shared/data`` (never copied into the project). Personal data is rare there, so findings per 1,000
posts bound the false-alarm rate; ``--show-errors`` adds each finding's kind and offsets, not its text.
``--show-errors`` prints the ids and kinds of misses and false alarms, with offsets only: the texts are
synthetic, but the habit of never printing screened text is kept.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from smscreen.detectors.base import DETECTORS, Hit, PostContext
from smscreen.detectors.personal_data import KINDS
from smscreen.models import Post
from smscreen.profile import SchoolInfo, SchoolProfile

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "corpora" / "personal-data" / "labelled.jsonl"
TARGET = 0.98


def _context(text: str, profile: SchoolProfile | None) -> PostContext:
    # The detectors read only ctx.text and ctx.profile; no normaliser or spaCy pipeline is needed here.
    return PostContext(
        post=Post(text=text),
        norm=cast(Any, None),
        profile=profile,
        make_doc=cast(Any, None),
    )


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(records: Iterable[dict[str, Any]], profile: SchoolProfile | None, *, show_errors: bool) -> int:
    detectors = [
        DETECTORS["personal-data"](options={}, profile=profile),
        DETECTORS["health-sen"](options={}, profile=profile),
    ]
    tp_pred: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    tp_gold: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    trap_hits = 0
    n_traps = 0
    texts = 0
    elapsed = 0.0
    for record in records:
        texts += 1
        text: str = record["text"]
        ctx = _context(text, profile)
        started = time.perf_counter()
        hits: list[Hit] = [hit for detector in detectors for hit in detector.find(ctx)]
        elapsed += time.perf_counter() - started
        preds: list[dict[str, Any]] = [{"start": h.start, "end": h.end, "kind": h.evidence["kind"]} for h in hits]
        gold: list[dict[str, Any]] = record["spans"]
        traps: list[dict[str, Any]] = record.get("traps", [])
        n_traps += len(traps)
        for pred in preds:
            n_pred[pred["kind"]] += 1
            if any(g["kind"] == pred["kind"] and _overlaps(g, pred) for g in gold):
                tp_pred[pred["kind"]] += 1
            elif show_errors:
                print(f"  false alarm  {record['id']} {pred['kind']} [{pred['start']}:{pred['end']}]")
            if any(_overlaps(t, pred) for t in traps):
                trap_hits += 1
                if show_errors:
                    print(f"  TRAP FIRED   {record['id']} {pred['kind']} [{pred['start']}:{pred['end']}]")
        for g in gold:
            n_gold[g["kind"]] += 1
            if any(p["kind"] == g["kind"] and _overlaps(g, p) for p in preds):
                tp_gold[g["kind"]] += 1
            elif show_errors:
                print(f"  miss         {record['id']} {g['kind']} [{g['start']}:{g['end']}]")

    print(f"{texts} texts, {sum(n_gold.values())} gold spans, {n_traps} traps; detectors took {elapsed * 1000:.1f} ms")
    print(f"{'kind':<15}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for kind in KINDS:
        if not n_gold[kind] and not n_pred[kind]:
            continue
        p = tp_pred[kind] / n_pred[kind] if n_pred[kind] else 1.0
        r = tp_gold[kind] / n_gold[kind] if n_gold[kind] else 1.0
        print(f"{kind:<15}{n_gold[kind]:>6}{n_pred[kind]:>6}{p:>8.3f}{r:>8.3f}{_f1(p, r):>8.3f}")
    p_all = sum(tp_pred.values()) / max(1, sum(n_pred.values()))
    r_all = sum(tp_gold.values()) / max(1, sum(n_gold.values()))
    totals = f"{sum(n_gold.values()):>6}{sum(n_pred.values()):>6}"
    print(f"{'micro':<15}{totals}{p_all:>8.3f}{r_all:>8.3f}{_f1(p_all, r_all):>8.3f}")
    print(f"findings on invalid checksums / impossible shapes (traps): {trap_hits} (must be 0)")
    ok = p_all >= TARGET and r_all >= TARGET and trap_hits == 0
    print("targets (P >= 0.98, R >= 0.98, 0 traps):", "met" if ok else "NOT met")
    return 0 if ok else 1


def _read_posts(path: Path) -> list[str]:
    if path.name.endswith(".js"):
        raw = path.read_text(encoding="utf-8")
        return [item["tweet"]["full_text"] for item in json.loads(raw[raw.index("=") + 1 :])]
    delimiter = "\t" if path.suffix == ".tsv" else ","
    with path.open(encoding="utf-8", newline="") as handle:
        return [row.get("tweet") or "" for row in csv.DictReader(handle, delimiter=delimiter)]


def scan(paths: list[Path], *, show_errors: bool) -> int:
    detectors = [
        DETECTORS["personal-data"](options={}, profile=None),
        DETECTORS["health-sen"](options={}, profile=None),
    ]
    posts = [text for path in paths for text in _read_posts(path)]
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for n, text in enumerate(posts):
        for detector in detectors:
            for hit in detector.find(_context(text, None)):
                counts[hit.evidence["kind"]] += 1
                if show_errors:
                    print(f"  post {n} {hit.evidence['kind']} [{hit.start}:{hit.end}]")
    elapsed = time.perf_counter() - started
    print(f"{len(posts)} posts in {elapsed:.2f} s ({len(posts) / max(elapsed, 1e-9):,.0f} posts/s)")
    for kind in KINDS:
        print(f"{kind:<15}{counts[kind]:>6}  {1000 * counts[kind] / max(1, len(posts)):.2f} per 1,000 posts")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--group", help="only the records of this generator group (e.g. hard, negative)")
    parser.add_argument("--scan", type=Path, nargs="+", help="count findings on unlabelled real posts instead")
    args = parser.parse_args(argv)
    if args.scan:
        return scan(args.scan, show_errors=args.show_errors)
    data: Path = args.data
    school_file = data.with_name("school.json")
    profile = None
    if school_file.exists():
        school = json.loads(school_file.read_text(encoding="utf-8"))
        profile = SchoolProfile(root=data.parent, school=SchoolInfo(**school))
    with data.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if args.group:
        records = [r for r in records if r.get("group") == args.group]
    return evaluate(records, profile, show_errors=args.show_errors)


if __name__ == "__main__":
    sys.exit(main())
