from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smscreen
from smscreen import Post, Verdict


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("what a pillock", ["mini.insult"]),
        ("you're a numpty", ["mini.targeted"]),  # merged with mini.insult: the more severe one stays
        ("you absolute plonker", ["mini.targeted"]),
        ("he called me a pillock", []),  # the `unless` exception
        ("what a numpty. you know it", ["mini.insult"]),  # same_sentence stops the targeted rule
        ("code 123456 here", ["mini.number"]),
        ("code 12345 here", []),
        ("a waste of space, honestly", ["mini.insult"]),  # multi-word term
        ("you dimwits", ["mini.targeted"]),  # plain word-list lexicon with an ending
        ("the pillow is soft", []),
        ("Scunthorpe and pillockry", []),  # word-aware: no substring matches
        ("", []),
    ],
)
def test_which_rule_fires(mini_screener: smscreen.Screener, text: str, rules: list[str]) -> None:
    result = mini_screener.screen(text)
    assert [f.rule for f in result.findings] == rules


def test_finding_fields_and_verdict(mini_screener: smscreen.Screener) -> None:
    result = mini_screener.screen(Post(id="p1", text="Honestly, you're a NUMPTY!"))
    assert result.id == "p1"
    assert result.verdict is Verdict.BLOCK
    (finding,) = result.findings
    assert (finding.start, finding.end, finding.text) == (19, 25, "NUMPTY")
    assert finding.severity.value == "high"
    assert finding.message == "Insults someone directly ('NUMPTY')."
    assert 0 < finding.confidence <= 1
    data = result.model_dump(mode="json")
    assert set(data["findings"][0]) >= {
        "rule", "category", "clause", "severity", "start", "end", "text", "message", "subject", "confidence"
    }


def test_term_severity_raises_but_never_lowers(mini_screener: smscreen.Screener) -> None:
    # mini.insult is medium; the "extra" word list is high: the term's severity wins upwards.
    assert mini_screener.screen("nincompoop").findings[0].severity.value == "high"
    assert mini_screener.screen("pillock").findings[0].severity.value == "medium"


@pytest.mark.parametrize("enabled", [True, False])
def test_building_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    """The build pauses the cycle collector (speed): an application's own setting must survive it, also when
    the build fails."""
    import gc
    from pathlib import Path

    mini = Path(__file__).parent / "fixtures" / "rulesets" / "mini" / "mini.yaml"
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        smscreen.Screener(ruleset=mini)
        assert gc.isenabled() is enabled
        with pytest.raises(smscreen.RulesetError):
            smscreen.Screener(ruleset="no-such-ruleset")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_clean_post_takes_the_fast_path(mini_screener: smscreen.Screener) -> None:
    assert mini_screener._state(Post(text="A lovely day at the seaside with the family")) is None
    assert mini_screener._state(Post(text="what a pillock")) is not None


def test_huge_post_is_bounded(mini_screener: smscreen.Screener) -> None:
    result = mini_screener.screen("pillock " * 300_000)  # 2.4 million characters
    assert result.error is not None and "limit" in result.error
    assert result.verdict is Verdict.REVIEW


def test_one_megabyte_post_is_screened(mini_screener: smscreen.Screener) -> None:
    text = ("lorem ipsum dolor sit amet " * 40_000) + "you're a numpty"
    result = mini_screener.screen(text)
    assert [f.rule for f in result.findings] == ["mini.targeted"]


def test_catastrophic_regex_times_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rules = tmp_path / "r.yaml"
    rules.write_text(
        "id: evil\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: low\nmessage: m\n"
        "matchers:\n  x: {regex: '(a+)+$', view: original, timeout_ms: 20, triggers: {words: [start]}}\n",
        encoding="utf-8",
    )
    rs = tmp_path / "rs.yaml"
    rs.write_text("ruleset: evil\ninclude: [r.yaml]\n", encoding="utf-8")
    screener = smscreen.Screener(ruleset=rs)
    result = screener.screen("start " + "a" * 5000 + "!")
    assert result.error is not None and "timed out" in result.error
    assert result.findings == ()


def test_screen_many_keeps_order_and_matches_screen(mini_screener: smscreen.Screener) -> None:
    texts = [f"post {i} you're a numpty" if i % 3 == 0 else f"post {i} is fine" for i in range(50)]
    one = [mini_screener.screen(t) for t in texts]
    assert list(mini_screener.screen_many(texts)) == one


@pytest.mark.slow
def test_screen_many_in_processes_matches_sequential(mini_screener: smscreen.Screener) -> None:
    texts = [f"post {i} you're a numpty" if i % 3 == 0 else f"post {i} is fine" for i in range(300)]
    assert list(mini_screener.screen_many(texts, jobs=2, batch_size=40)) == [mini_screener.screen(t) for t in texts]


def test_thread_safe(mini_screener: smscreen.Screener) -> None:
    texts = [f"{i}: you're a numpty, what a pillock" if i % 2 else f"{i}: nice" for i in range(400)]
    expected = [mini_screener.screen(t) for t in texts]
    barrier = threading.Barrier(8)

    def work(chunk: list[str]) -> list[smscreen.Result]:
        barrier.wait()
        return [mini_screener.screen(t) for t in chunk]

    with ThreadPoolExecutor(8) as pool:
        chunks = [texts[i::8] for i in range(8)]
        outs = list(pool.map(work, chunks))
    got = {r.findings: None for out in outs for r in out}
    assert set(got) == {r.findings for r in expected}
    for i, out in enumerate(outs):
        assert out == expected[i::8]


# Text that mixes what breaks naive offset handling: emoji and ZWJ sequences, combining marks,
# Cyrillic look-alikes, right-to-left text, zero-width characters, and the words the rules match.
_PIECES = st.sampled_from(
    ["you're", "a", "numpty", "pillock", "P1LL0CK", "p i l l o c k", "123456", " ", ". ", "\n",
     "👩‍👩‍👧", "é", "e\u0301", "рillоck", "\u200b", "שלום", "مرحبا", "ﬁ", "𝐩𝐢𝐥𝐥𝐨𝐜𝐤", "ß", "İ", "\u202e"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=30).map("".join)))
def test_spans_always_valid(mini_screener: smscreen.Screener, text: str) -> None:
    result = mini_screener.screen(text)
    for finding in result.findings:
        assert finding.start is not None and finding.end is not None
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]


def test_a_failing_detector_costs_one_post_not_the_batch(mini_screener: smscreen.Screener, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import smscreen.screener as module

    real = module.evaluate_rules

    def flaky(engine, state, **kw):  # type: ignore[no-untyped-def]
        if "explode" in state.ctx.text:
            raise RuntimeError("boom")
        return real(engine, state, **kw)

    monkeypatch.setattr(module, "evaluate_rules", flaky)
    results = list(mini_screener.screen_many(["you numpty", "explode, you numpty", "what a pillock"]))
    assert [r.verdict.value for r in results] == ["block", "review", "review"]
    assert results[1].error is not None and "RuntimeError" in results[1].error
    assert results[1].findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "what a P1LL0CK",
        "what a p i l l o c k",
        "what a p.i.l.l.o.c.k",
        "what a pilllllock",
        "what a \u0440ill\u043eck",  # Cyrillic er and o
        "what a 𝐩𝐢𝐥𝐥𝐨𝐜𝐤",  # mathematical bold
        "what a pil\u200block",  # zero-width space inside
        "what a ｐｉｌｌｏｃｋ",  # fullwidth
        "what a pi\u0301llock",  # combining accent
        "what a PiLlOcK!!!",
    ],
)
def test_obfuscated_forms_fire_with_original_spans(mini_screener: smscreen.Screener, text: str) -> None:
    (finding,) = mini_screener.screen(text).findings
    assert finding.rule == "mini.insult"
    assert finding.start == len("what a ")
    assert finding.text == text[finding.start : finding.end]
    assert finding.end == len(text.rstrip("!"))


@pytest.mark.parametrize("text", ["Scunthorpe", "a pill lock", "the pillow", "pillocks-r-us.example.com"])
def test_near_misses_do_not_fire(mini_screener: smscreen.Screener, text: str) -> None:
    assert [f.rule for f in mini_screener.screen(text).findings] == []


def test_posts_cross_to_workers_and_back_unchanged() -> None:
    # --jobs sends plain posts as tuples and gets clean results back as None; the results must be the ones a
    # single process gives, metadata and all.
    import smscreen
    from smscreen.models import Account, Post

    screener = smscreen.Screener(ruleset="uk-school-staff")
    posts = [
        Post(id="a", text="lovely walk today", source="f.jsonl:1"),
        Post(id="b", text="you absolute pillock", source="f.jsonl:2"),
        Post(id="c", text="lovely walk today", account=Account.model_validate({"kind": "official"})),
        Post(text="ring me on 07700 900123"),
    ]
    assert list(screener.screen_many(posts, jobs=2, batch_size=2)) == list(screener.screen_many(posts))


def test_a_candidate_that_ends_clean_is_the_clean_result(mini_screener: smscreen.Screener) -> None:
    text = "he called me a pillock"  # a trigger word, then the rule's `unless` exception clears it
    assert mini_screener.is_candidate(text)
    assert mini_screener.screen(text) == mini_screener.screen("the pillow is soft")
    result = mini_screener.screen(Post(id="p2", text=text, source="f.jsonl:2"))
    assert (result.id, result.source, result.verdict, result.findings, result.error) == (
        "p2", "f.jsonl:2", Verdict.ALLOW, (), None
    )
