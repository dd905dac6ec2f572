from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from smscreen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
MINI = str(ROOT / "tests" / "fixtures" / "rulesets" / "mini" / "mini.yaml")
DEMO = ROOT / "corpora" / "hollins-green"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def posts(tmp_path: Path) -> dict[str, Path]:
    files = {
        "clean": "A lovely day out.",
        "insult": "Line one\nyou're a numpty, honestly",
        "medium": "what a pillock",
    }
    out = {}
    for name, text in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


def test_text_output_is_linter_style_and_exit_codes(posts: dict[str, Path]) -> None:
    code, out, _ = run("check", str(posts["insult"]), "--ruleset", MINI)
    assert code == 1
    assert f"{posts['insult']}:2:10: high abuse [mini.targeted] Insults someone directly ('numpty')." in out
    code, _, _ = run("check", str(posts["clean"]), "--ruleset", MINI)
    assert code == 0


@pytest.mark.parametrize(("fail_on", "expected"), [("block", 0), ("review", 1)])
def test_fail_on(posts: dict[str, Path], fail_on: str, expected: int) -> None:
    code, _, _ = run("check", str(posts["medium"]), "--ruleset", MINI, "--fail-on", fail_on)
    assert code == expected


def test_stdin(posts: dict[str, Path]) -> None:
    code, out, _ = run("check", "-", "--ruleset", MINI, "--format", "json", stdin=b"you plonker")
    assert code == 1
    data = json.loads(out)
    assert data[0]["verdict"] == "block"
    assert data[0]["findings"][0]["rule"] == "mini.targeted"


def test_json_matches_spec_fields(posts: dict[str, Path]) -> None:
    _code, out, _ = run("check", str(posts["insult"]), "--ruleset", MINI, "--format", "json")
    (result,) = json.loads(out)
    assert {"id", "verdict", "findings"} <= set(result)
    finding = result["findings"][0]
    assert set(finding) >= {"rule", "category", "clause", "severity", "start", "end", "text", "message", "subject",
                            "confidence"}
    assert finding["category"] == "abuse" and finding["clause"] == "tou-abusive-hateful"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe bad bytes", "not valid UTF-8"),
        (b"\x00\x01\x02binary", "binary file"),
    ],
)
def test_bad_input_files_exit_2_without_traceback(tmp_path: Path, posts: dict[str, Path], content: bytes,
                                                  message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run("check", str(bad), str(posts["insult"]), "--ruleset", MINI)
    assert code == 2
    assert f"{bad}:1" in err and message in err
    assert "Traceback" not in err + out
    # Nothing already done is lost: the good file was still screened and reported.
    assert "mini.targeted" in out


def test_empty_file_is_clean(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, _ = run("check", str(empty), "--ruleset", MINI)
    assert code == 0


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = run("check", str(tmp_path / "nope.txt"), "--ruleset", MINI)
    assert code == 2 and "no such file" in err


def test_malformed_school_yaml_exit_2_names_file_and_line(tmp_path: Path, posts: dict[str, Path]) -> None:
    school = tmp_path / "school"
    shutil.copytree(DEMO, school)
    path = school / "school.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("monitoring:", "monitorng:"), encoding="utf-8")
    code, _, err = run("check", str(posts["clean"]), "--school", str(school), "--ruleset", MINI)
    assert code == 2
    assert f"{path}:23:1: unknown key 'monitorng'" in err


def test_malformed_rule_file_exit_2_names_file_and_line(tmp_path: Path, posts: dict[str, Path]) -> None:
    (tmp_path / "rules.yaml").write_text(
        "id: x.one\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: hgih\nmessage: m\n"
        "matchers:\n  a: {phrases: [x]}\n",
        encoding="utf-8",
    )
    (tmp_path / "rs.yaml").write_text("ruleset: bad\ninclude: [rules.yaml]\n", encoding="utf-8")
    code, _, err = run("check", str(posts["clean"]), "--ruleset", str(tmp_path / "rs.yaml"))
    assert code == 2
    assert f"{tmp_path / 'rules.yaml'}:5:11: severity: Input should be" in err


def test_rules_validate_collects_every_error(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        "id: x.one\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: low\nmessage: m\n"
        "matchers:\n  a: {lexicon: nope}\n  b: {regex: '([a-z'}\ncondition: a and c\n"
        "---\nid: x.two\ntitle: t\ncategory: abuses\nclause: tou-conduct\nseverity: low\nmessage: m\n"
        "matchers:\n  a: {phrases: [x]}\n",
        encoding="utf-8",
    )
    (tmp_path / "rs.yaml").write_text("ruleset: bad\ninclude: [rules.yaml]\n", encoding="utf-8")
    code, _, err = run("rules", "validate", str(tmp_path / "rs.yaml"))
    assert code == 2
    assert "rules.yaml:9:14: matchers.b: invalid regex" in err
    assert "rules.yaml:10:12: condition names unknown matcher(s) ['c']" in err
    assert "rules.yaml:14:11: category: Input should be" in err


def test_rules_validate_ok_with_lint_warnings() -> None:
    code, out, err = run("rules", "validate", MINI)
    assert code == 0
    assert "valid (3 rules)" in out
    assert "missing from the clauses map" in err


def test_rules_test_passes_and_fails(tmp_path: Path) -> None:
    code, out, _ = run("rules", "test", MINI, "--rule", "mini.targeted")
    assert code == 0 and "4 passed, 0 failed" in out
    src = Path(MINI).parent
    dest = tmp_path / "mini"
    shutil.copytree(src, dest)
    rules = dest / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace('"the numpty van"', '"you numpty"'), encoding="utf-8")
    code, out, _ = run("rules", "test", str(dest / "mini.yaml"), "--rule", "mini.targeted")
    assert code == 1
    assert "FAIL" in out and "[mini.targeted] pass: 'you numpty'" in out and "3 passed, 1 failed" in out


def test_rules_list_and_show() -> None:
    code, out, _ = run("rules", "list", "--ruleset", MINI)
    assert code == 0 and "mini.targeted" in out and "tou-abusive-hateful" in out
    code, out, _ = run("rules", "show", "mini.targeted", "--ruleset", MINI)
    assert code == 0 and "condition: insult and you" in out
    code, _, _err = run("rules", "show", "nope", "--ruleset", MINI)
    assert code == 2


def test_unknown_ruleset_name() -> None:
    code, _, err = run("check", "-", "--ruleset", "no-such-ruleset", stdin=b"x")
    assert code == 2 and "no ruleset named 'no-such-ruleset'" in err


def test_entry_point_runs_as_a_process(posts: dict[str, Path]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "smscreen", "check", str(posts["insult"]), "--ruleset", MINI],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "mini.targeted" in proc.stdout
