"""Abuse-detection accuracy of smscreen's content rules against public labelled data, side by side with peers.

Run from the repository root::

    python benchmarks/accuracy.py --data ../shared/data

What it measures (one run, every system on the same rows):

* **Binary abuse** on three datasets, each split deterministically into a DEV half (looked at while tuning
  the lexicons and rules) and a TEST half (never looked at; the acceptance bar is judged on it). A row goes
  to DEV when ``int(sha1("<dataset>:<row id>"), 16) % 2 == 0``, otherwise to TEST.

  - Davidson et al. (2017): abusive = class 0 (hate speech) or 1 (offensive); all 24,783 tweets.
  - OLID v1.0 training set: abusive = ``subtask_a == OFF``.
  - HateXplain validation split: abusive = the majority label of the three annotators is ``hatespeech`` or
    ``offensive`` (posts where all three disagree have no majority and are left out).

  **smscreen predicts "abusive"** when the post gets at least one finding of category ``abuse``, ``hate`` or
  ``sexual``, at any severity. These are the categories a reviewer of an offensive post would see; mild
  swearing (severity ``low``) counts, because all three datasets label profanity as offensive. Other
  categories (reputation, illegal, defamation, people, personal data) do not count.

  Peers: ``better-profanity`` 0.7.0 (``contains_profanity``), ``alt-profanity-check`` 1.9.1 (``predict``),
  and the flag-every-post baseline. Metrics: precision, recall, F1, accuracy, Matthews correlation.

* **Span agreement** with HateXplain's token rationales: HateXplain posts are pre-tokenised; the text screened
  is ``" ".join(post_tokens)``. A gold rationale token is one marked by a strict majority of the rationale
  vectors the post has (2 of 2, or 2 of 3). A token is predicted when a finding (abuse/hate/sexual) span
  overlaps its characters. Token-level micro precision/recall/F1 over the abusive posts that have rationales.
  better-profanity's tokens are the ones its ``censor`` replaces; alt-profanity-check has no spans; the
  flag-all baseline marks every token.

* **Throughput**: posts per second for each system over the whole dataset (both halves), one process, no jobs.

No post text is ever printed or written: only counts and metrics. Results go to stdout and, as a markdown
table, to ``benchmarks/results-accuracy.md`` (``--out``). If the data folder is absent the script says so
and exits 0 (the data is reference material that is never committed; see shared/data/PROVENANCE.md).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import importlib
import json
import math
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ABUSIVE_CATEGORIES = frozenset({"abuse", "hate", "sexual"})
HALVES = ("test", "dev")
REPO = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Row:
    key: str  # "<dataset>:<row id>"
    text: str
    label: bool  # True = abusive
    half: str  # "dev" | "test"
    tokens: tuple[str, ...] = ()  # HateXplain only: the pre-tokenised post
    rationale: frozenset[int] = frozenset()  # HateXplain only: majority rationale token indices


def half_of(key: str) -> str:
    """The deterministic DEV/TEST split: sha1 of the row key, even -> dev, odd -> test."""
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def load_davidson(root: Path) -> list[Row]:
    path = root / "davidson" / "labeled_data.csv"
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            key = f"davidson:{rec['']}"
            # HTML entities are still escaped in this file (&amp;, &#128514;): unescape as a post would read.
            rows.append(Row(key, html.unescape(rec["tweet"]), int(rec["class"]) in (0, 1), half_of(key)))
    return rows


def load_olid(root: Path) -> list[Row]:
    path = root / "olid" / "olid-training-v1.0.tsv"
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = f"olid:{rec['id']}"
            rows.append(Row(key, rec["tweet"], rec["subtask_a"] == "OFF", half_of(key)))
    return rows


def load_hatexplain(root: Path) -> list[Row]:
    path = root / "hatexplain" / "val.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for post_id, post in data.items():
        label, votes = Counter(a["label"] for a in post["annotators"]).most_common(1)[0]
        if votes < 2:
            continue  # no majority label
        tokens = tuple(post["post_tokens"])
        vectors = post.get("rationales") or []
        rationale: frozenset[int] = frozenset()
        if vectors:
            need = len(vectors) // 2 + 1
            rationale = frozenset(i for i in range(len(tokens)) if sum(v[i] for v in vectors if i < len(v)) >= need)
        key = f"hatexplain:{post_id}"
        rows.append(Row(key, " ".join(tokens), label != "normal", half_of(key), tokens, rationale))
    return rows


DATASETS: dict[str, tuple[str, Callable[[Path], list[Row]]]] = {
    "davidson": ("Davidson (all)", load_davidson),
    "olid": ("OLID train (subtask A)", load_olid),
    "hatexplain": ("HateXplain val", load_hatexplain),
}
DATA_FILES = {
    "davidson": "davidson/labeled_data.csv",
    "olid": "olid/olid-training-v1.0.tsv",
    "hatexplain": "hatexplain/val.json",
}


# ------------------------------------------------------------------------------------------ systems


@dataclass(slots=True)
class Prediction:
    flags: list[bool]
    spans: list[list[tuple[int, int]] | None]  # char spans per post (None: the system has no spans)
    seconds: float
    post_rules: list[set[str]] = field(default_factory=list)  # smscreen only: the rules behind each flag


def run_smscreen(texts: Sequence[str], factory: str | None, ruleset: str) -> Prediction:
    if factory:
        module, _, attr = factory.partition(":")
        screener = getattr(importlib.import_module(module), attr)(ruleset=ruleset)
    else:
        import smscreen

        screener = smscreen.Screener(ruleset=ruleset)
    flags: list[bool] = []
    spans: list[list[tuple[int, int]] | None] = []
    post_rules: list[set[str]] = []
    start = time.perf_counter()
    results = list(screener.screen_many(list(texts)))
    seconds = time.perf_counter() - start
    if len(results) != len(texts):
        raise SystemExit(f"screen_many returned {len(results)} results for {len(texts)} posts")
    for result in results:
        hits = [f for f in result.findings if str(getattr(f.category, "value", f.category)) in ABUSIVE_CATEGORIES]
        flags.append(bool(hits))
        spans.append([(f.start, f.end) for f in hits if f.start is not None and f.end is not None])
        post_rules.append({f.rule for f in hits})
    return Prediction(flags, spans, seconds, post_rules)


def run_better_profanity(texts: Sequence[str]) -> Prediction:
    from better_profanity import profanity  # type: ignore[import-untyped]  # ships no type information

    profanity.load_censor_words()
    start = time.perf_counter()
    flags = [bool(profanity.contains_profanity(t)) for t in texts]
    seconds = time.perf_counter() - start
    spans: list[list[tuple[int, int]] | None] = []
    for text, flagged in zip(texts, flags, strict=True):
        if not flagged:
            spans.append([])
            continue
        words = text.split(" ")
        out = profanity.censor(text).split(" ")
        if len(words) != len(out):
            # A censored multi-word phrase became one "****": fall back to asking about each word.
            out = ["*" if profanity.contains_profanity(w) else w for w in words]
        found, pos = [], 0
        for word, cword in zip(words, out, strict=True):
            if word != cword:
                found.append((pos, pos + len(word)))
            pos += len(word) + 1
        spans.append(found)
    return Prediction(flags, spans, seconds)


def run_alt_profanity_check(texts: Sequence[str]) -> Prediction:
    from profanity_check import predict  # type: ignore[import-untyped]  # ships no type information

    start = time.perf_counter()
    flags = [bool(v) for v in predict(list(texts))]
    seconds = time.perf_counter() - start
    return Prediction(flags, [None] * len(texts), seconds)


def run_flag_all(texts: Sequence[str]) -> Prediction:
    return Prediction([True] * len(texts), [[(0, len(t))] for t in texts], 0.0)


# ------------------------------------------------------------------------------------------ metrics


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    positives: int
    precision: float
    recall: float
    f1: float
    accuracy: float
    mcc: float


def binary_scores(gold: Sequence[bool], pred: Sequence[bool]) -> Scores:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum((not g) and p for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    denom = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = (tp * tn - fp * fn) / denom if denom else 0.0
    return Scores(len(gold), tp + fn, precision, recall, f1, (tp + tn) / len(gold) if gold else 0.0, mcc)


def token_indices(tokens: Sequence[str], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indices of the tokens (joined by single spaces) whose characters overlap any span."""
    spans = list(spans)
    out, pos = set(), 0
    for i, tok in enumerate(tokens):
        start, end = pos, pos + len(tok)
        if any(s < end and e > start for s, e in spans):
            out.add(i)
        pos = end + 1
    return out


def span_scores(
    rows: Sequence[Row], spans: Sequence[list[tuple[int, int]] | None]
) -> tuple[float, float, float, int] | None:
    inter = predicted = gold = posts = 0
    for row, found in zip(rows, spans, strict=True):
        if not (row.label and row.rationale):
            continue
        if found is None:
            return None
        ours = token_indices(row.tokens, found)
        inter += len(ours & row.rationale)
        predicted += len(ours)
        gold += len(row.rationale)
        posts += 1
    p = inter / predicted if predicted else 0.0
    r = inter / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), posts


# ------------------------------------------------------------------------------------------- report


SYSTEMS = ("smscreen", "better-profanity", "alt-profanity-check", "flag-all")


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data", help="folder of the shared data sets")
    ap.add_argument("--datasets", default="davidson,olid,hatexplain", help="comma-separated subset")
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both", help="which halves to report")
    ap.add_argument("--ruleset", default="uk-school-staff")
    ap.add_argument(
        "--out", type=Path, default=REPO / "benchmarks" / "results-accuracy.md", help="markdown output ('-': none)"
    )
    ap.add_argument("--no-peers", action="store_true", help="skip better-profanity and alt-profanity-check")
    ap.add_argument(
        "--rules", action="store_true", help="also list, for the DEV half, how often each rule fired (ids only)"
    )
    ap.add_argument(
        "--factory",
        help="MODULE:CALLABLE building a screener (ruleset=...) in place of smscreen.Screener (engine comparisons)",
    )
    args = ap.parse_args(argv)

    names = [n.strip() for n in args.datasets.split(",") if n.strip()]
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        ap.error(f"unknown dataset(s): {', '.join(unknown)}")
    if not args.data.is_dir():
        print(f"data folder {args.data} not found: nothing to measure (see shared/data/PROVENANCE.md)")
        return 0
    present = [n for n in names if (args.data / DATA_FILES[n]).is_file()]
    for n in names:
        if n not in present:
            print(f"{DATA_FILES[n]} not found under {args.data}: skipping {n}")
    if not present:
        return 0
    halves = HALVES if args.split == "both" else (args.split,)

    lines: list[str] = []
    binary_rows: list[str] = []
    span_rows: list[str] = []
    speed_rows: list[str] = []
    rule_rows: list[str] = []
    for name in present:
        title, loader = DATASETS[name]
        rows = loader(args.data)
        texts = [r.text for r in rows]
        preds: dict[str, Prediction] = {"smscreen": run_smscreen(texts, args.factory, args.ruleset)}
        if not args.no_peers:
            preds["better-profanity"] = run_better_profanity(texts)
            preds["alt-profanity-check"] = run_alt_profanity_check(texts)
        preds["flag-all"] = run_flag_all(texts)
        for system, pred in preds.items():
            if system != "flag-all":
                rate = len(texts) / max(pred.seconds, 1e-9)
                speed_rows.append(f"| {title} | {system} | {len(texts)} | {pred.seconds:.2f} | {rate:,.0f} |")
        for half in halves:
            idx = [i for i, r in enumerate(rows) if r.half == half]
            gold = [rows[i].label for i in idx]
            for system, pred in preds.items():
                s = binary_scores(gold, [pred.flags[i] for i in idx])
                binary_rows.append(
                    f"| {title} | {half.upper()} | {s.n} | {pct(s.positives / s.n)} | {system} | {pct(s.precision)} | "
                    f"{pct(s.recall)} | **{pct(s.f1)}** | {pct(s.accuracy)} | {s.mcc:.3f} |"
                )
            if name == "hatexplain":
                for system, pred in preds.items():
                    sc = span_scores([rows[i] for i in idx], [pred.spans[i] for i in idx])
                    if sc is None:
                        span_rows.append(f"| {half.upper()} | {system} | n/a | n/a | n/a | - |")
                    else:
                        span_rows.append(
                            f"| {half.upper()} | {system} | {pct(sc[0])} | {pct(sc[1])} | {pct(sc[2])} | {sc[3]} |"
                        )
            if args.rules and half == "dev":
                fired: Counter[str] = Counter()
                wrong: Counter[str] = Counter()
                for i in idx:
                    fired.update(preds["smscreen"].post_rules[i])
                    if not rows[i].label:
                        wrong.update(preds["smscreen"].post_rules[i])
                top = ", ".join(f"{rule} {n} ({wrong[rule]} on non-abusive)" for rule, n in fired.most_common(30))
                rule_rows.append(f"{title} DEV: {top}")

    lines.append("# Abuse-detection accuracy")
    lines.append("")
    lines.append(
        "Generated by `python benchmarks/accuracy.py --data ../shared/data` "
        f"(Python {platform.python_version()}, {platform.machine()}). Percentages; MCC in [-1, 1]. "
        "smscreen = at least one finding of category abuse, hate or sexual. "
        "Halves: rows split by sha1 of the row id; lexicons and rules were tuned on DEV only; no TEST row was "
        "ever inspected (only its aggregate scores are reported)."
    )
    lines.append("")
    lines.append("## Binary abuse detection")
    lines.append("")
    lines.append("| dataset | half | posts | abusive % | system | precision | recall | F1 | accuracy | MCC |")
    lines.append("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    lines.extend(binary_rows)
    if span_rows:
        lines.append("")
        lines.append("## Span agreement with HateXplain rationales (token level, abusive posts with rationales)")
        lines.append("")
        lines.append("| half | system | precision | recall | F1 | posts |")
        lines.append("| --- | --- | ---: | ---: | ---: | ---: |")
        lines.extend(span_rows)
    lines.append("")
    lines.append("## Throughput (whole dataset, one process)")
    lines.append("")
    lines.append("| dataset | system | posts | seconds | posts/s |")
    lines.append("| --- | --- | ---: | ---: | ---: |")
    lines.extend(speed_rows)
    report = "\n".join(lines) + "\n"
    print(report)
    if rule_rows:
        print("Rules behind abusive-category findings (post counts, ids only):")
        for r in rule_rows:
            print(" ", r)
    if str(args.out) != "-":
        args.out.write_text(report, encoding="utf-8")
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
