"""The README's first command prints what the README says it prints (it had gone stale once unnoticed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_output_in_the_readme_is_what_the_command_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "$ smscreen check corpora/demo/*.txt --school corpora/hollins-green\n"
    documented = readme.split(command, 1)[1].split("$ echo $?", 1)[0]
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "corpora" / "demo").glob("*.txt"))
    run = subprocess.run(
        [sys.executable, "-m", "smscreen", "check", *files, "--school", "corpora/hollins-green"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 1  # block-level findings, by design
    assert run.stdout == documented
