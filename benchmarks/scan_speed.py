"""Archive scanning: posts/s with --jobs 1 and --jobs 2, and peak RSS for 10k vs 100k posts, in one run.

    python benchmarks/scan_speed.py            # 10,000 and 100,000 posts

Each scan is the real command (`python -m smscreen scan ... --out FILE`) in a fresh process; peak RSS
is the largest resident set of that process tree (resource.RUSAGE_CHILDREN in a wrapper process).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import make_posts  # noqa: E402

_WRAPPER = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _scan(archive: Path, out: Path, jobs: int, school: Path, ruleset: str) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "smscreen", "scan", str(archive), "--school", str(school), "--ruleset", ruleset,
           "--out", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    rss_kb = subprocess.check_output([sys.executable, "-c", _WRAPPER, *cmd], text=True).strip()
    return time.perf_counter() - start, int(rss_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--school", type=Path, default=ROOT / "corpora" / "hollins-green")
    parser.add_argument("--ruleset", default="uk-school-staff")
    args = parser.parse_args()

    import smscreen

    profile = smscreen.load_profile(args.school)
    rng = random.Random(11)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            archive = Path(tmp) / f"posts-{size}.jsonl"
            with archive.open("w", encoding="utf-8") as fh:
                for i, text in enumerate(make_posts(profile, size, rng, clean_share=0.7)):
                    fh.write(json.dumps({"id": f"p{i}", "text": text}) + "\n")
            for jobs in (1, 2):
                seconds, rss = _scan(archive, Path(tmp) / f"out-{size}-{jobs}.jsonl", jobs, args.school,
                                     args.ruleset)
                rows.append((size, jobs, size / seconds, rss))
                print(f"{size:>8,} posts  --jobs {jobs}: {size / seconds:>8,.0f} posts/s  peak RSS {rss:,.0f} MB",
                      flush=True)
    by = {(s, j): (r, m) for s, j, r, m in rows}
    for size in args.sizes:
        print(f"speed-up --jobs 2 / --jobs 1 at {size:,} posts: {by[(size, 2)][0] / by[(size, 1)][0]:.2f}x")
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        for jobs in (1, 2):
            ratio = by[(large, jobs)][1] / by[(small, jobs)][1]
            print(f"peak RSS {large:,} / {small:,} posts, --jobs {jobs}: {ratio:.2f}")


if __name__ == "__main__":
    main()
