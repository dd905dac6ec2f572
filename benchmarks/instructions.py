"""Screening cost in CPU instructions (valgrind's callgrind), for comparing two versions of the code on this
shared machine, where wall-clock ratios of the same code move by 0.05 from run to run.

    python benchmarks/instructions.py                  # every 5th post of the realistic mix (2,000 posts)
    python benchmarks/instructions.py --every 1        # all 10,000 (about 4 minutes per version)
    PYTHONPATH=/path/to/other/checkout python benchmarks/instructions.py   # another version, same posts

Prints the instructions per post of ``screen`` and of spaCy's blank tokenizer on the same posts (the mix of
``speed.py``: the same generator, seed and 1,500-person profile), and their ratio. Counts repeat to within
0.01 % between runs. They are a proxy, not the target: ``speed.py``'s wall-clock ratio is what issue 2 sets
(memory stalls count there and not here), but a change that saves instructions here saves time there.
Needs ``valgrind`` on the PATH; nothing is measured without it.
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(mode: str, posts: Path, school: Path) -> None:
    """Runs under callgrind with instrumentation off; switches it on for one warm pass over the posts."""
    texts = pickle.loads(posts.read_bytes())
    if mode == "screen":
        import smscreen

        fn = smscreen.Screener.from_school(school, ruleset="uk-school-staff").screen
    else:
        import spacy

        fn = spacy.blank("en").tokenizer
    for text in texts:  # warm: caches filled, as in a long scan
        fn(text)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=False)
    for text in texts:
        fn(text)
    subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=False)


def _count(mode: str, posts: Path, school: Path, out: Path) -> int:
    cmd = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
        sys.executable, __file__, "--child", mode, str(posts), str(school),
    ]
    log = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    found = re.search(r"Collected : (\d+)", log)
    if found is None:
        sys.exit(f"callgrind printed no count for {mode}:\n{log[-2000:]}")
    return int(found.group(1))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=10000)
    parser.add_argument("--every", type=int, default=5, help="Measure every Nth post of the mix.")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind is not installed: nothing measured")
    sys.path.insert(0, str(ROOT))
    import smscreen
    from benchmarks.synthetic import make_posts, make_profile

    print(f"smscreen from {Path(smscreen.__file__).parent}")
    with tempfile.TemporaryDirectory() as tmp:
        rng = random.Random(7)  # speed.py's seed and order: the same profile and posts
        school = make_profile(Path(tmp) / "school-1500", 1500, rng)
        profile = smscreen.load_profile(school)
        mixed = make_posts(profile, args.posts, rng, clean_share=0.8)[:: args.every]
        posts = Path(tmp) / "posts.pkl"
        posts.write_bytes(pickle.dumps(mixed))
        screen = _count("screen", posts, school, Path(tmp) / "screen.out")
        tokenizer = _count("tokenizer", posts, school, Path(tmp) / "tok.out")
    n = len(mixed)
    print(f"posts {n}: screen {screen / n:,.0f} instructions/post, tokenizer {tokenizer / n:,.0f}; "
          f"ratio tokenizer/screen {tokenizer / screen:.3f}")


if __name__ == "__main__":
    main()
