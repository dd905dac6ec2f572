"""The public screener: compile once per (ruleset, profile), then screen posts fast."""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from smscreen.detectors.base import PostContext, PostMarks, has_metadata
from smscreen.engine.compiled import MAX_POST_CHARS, CompiledRule, CompiledRuleset
from smscreen.engine.evaluate import evaluate_rules, post_word_list
from smscreen.engine.matchers import PostState, ascii_word_list
from smscreen.engine.merge import merge_findings, verdict_for
from smscreen.models import Account, Finding, Post, Result, Verdict
from smscreen.normalize import NormalizedText, identity
from smscreen.profile import SchoolProfile, load_profile
from smscreen.rules.loader import Ruleset, load_ruleset

__all__ = ["Screener"]

log = logging.getLogger(__name__)

_DEFAULT_RULESET = {"personal": "uk-school-staff", "official": "uk-school-official"}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Build with Python's cycle collector off, then collect once.

    A build allocates a few hundred thousand objects that live as long as the screener (phrase, name and
    trigger indexes) and next to no garbage cycles, but the allocations alone set off the collector's
    generational passes, several of them over the whole heap (spaCy and every other loaded module): about
    0.3 s of the build, freeing nothing. One full collection afterwards leaves the heap as they would have,
    in under half the time, and leaves no pass pending for the first posts. A collector the application
    has turned off stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@dataclass(frozen=True)
class _Config:
    """What a worker process needs to rebuild the same screener (all picklable)."""

    ruleset: str
    school: str | None


class Screener:
    """Screens posts against a ruleset and (optionally) a school profile.

    Build it once and reuse it: construction compiles every matcher; ``screen`` only runs them.
    Instances are read-only after construction and safe to share between threads.
    """

    def __init__(
        self,
        *,
        ruleset: str | Path | Ruleset = "uk-school-staff",
        profile: SchoolProfile | None = None,
        school: str | Path | None = None,
    ) -> None:
        with _collector_paused():
            if profile is None and school is not None:
                profile = load_profile(school)
            self._ruleset = ruleset if isinstance(ruleset, Ruleset) else load_ruleset(ruleset)
            self._profile = profile
            self._engine = CompiledRuleset(self._ruleset, profile)
        self._config = _Config(
            ruleset=self._ruleset.path,
            school=str(profile.root) if profile is not None else None,
        )

    @classmethod
    def from_school(cls, school: str | Path, *, ruleset: str | Path | Ruleset = "uk-school-staff") -> Screener:
        return cls(ruleset=ruleset, school=school)

    @property
    def ruleset(self) -> Ruleset:
        return self._ruleset

    @property
    def profile(self) -> SchoolProfile | None:
        return self._profile

    @property
    def rules(self) -> tuple[CompiledRule, ...]:
        return self._engine.rules

    @property
    def inactive_rules(self) -> dict[str, str]:
        """Rule id -> why it cannot run (e.g. it needs a school profile)."""
        return {r.id: r.inactive_reason for r in self._engine.rules if r.inactive_reason}

    def _as_post(self, item: str | Post) -> Post:
        if isinstance(item, Post):
            return item
        if not isinstance(item, str):
            raise TypeError(f"screen() takes a str or a Post, not {type(item).__name__}")
        return Post(text=item)

    def _state(self, post: Post, first: _FirstPass | None = None) -> PostState | None:
        """Normalise and decide whether any rule could fire; None means the post is clean.

        ``first``: the text-only pass (:meth:`_first_pass`) of a post without metadata (a bare text), when the
        caller already ran it.
        """
        engine = self._engine
        if first is None:
            if engine.triggers.fields and has_metadata(post):
                # Metadata (a reply, connections, an official account...) may open matchers the text cannot.
                first = self._first_pass(post.text, post)
            else:
                first = self._first_pass(post.text)
        if first is None:
            return None
        norm, words, marks, opened, rules = first
        ctx = PostContext(post=post, norm=norm, profile=self._profile, make_doc=engine.nlp.make_doc, words=words)
        return PostState(ctx=ctx, words=words, marks=marks, open_matchers=opened, rules=rules)

    def _first_pass(self, text: str, metadata: Post | None = None) -> _FirstPass | None:
        """The fast pass over a text (and ``metadata``'s fields, if given): None when no rule can fire on it
        (the common case).

        Normalise, split into words, then one set test against every trigger of every rule; only a text
        with some trigger goes on to the per-matcher index and the rules' conditions.
        """
        engine = self._engine
        # Plain ASCII (the usual post) needs only the lowered text here; the map is built if it goes on. The
        # lowered text's bytes serve the plain test, the marks and (when it is the view) the words.
        norm: NormalizedText | None = None
        if text.isascii():
            view = text.lower()
            raw = view.encode("ascii")
            marks = PostMarks.of_ascii(raw)
            if engine.normalizer.is_plain(view, raw):
                listed = ascii_word_list(raw)
            else:
                norm = engine.normalizer(text)
                view = norm.text
                listed = post_word_list(view)
        else:
            norm = engine.normalizer(text)
            view = norm.text
            marks = PostMarks.of(text)
            listed = post_word_list(view)
        if not engine.triggers.present_in_text(text, listed, marks) and not (
            metadata is not None and engine.triggers.present_in_fields(metadata)
        ):
            return None  # the common case, decided before building any set or map
        if norm is None:
            norm = identity(text, view)
        words = frozenset(listed)
        opened = engine.trigger_index.open(text, words, marks, metadata)
        if engine.gates:
            shut = [i for i, gate in engine.gates if i in opened and not gate.passes_words(text, words, listed)]
            if shut:
                opened = opened.difference(shut)
        rules = engine.possible_rules(opened)
        if not rules:
            return None  # some trigger is here, but no rule can have all the matchers its condition needs
        return norm, words, marks, opened, rules

    def is_candidate(self, item: str | Post) -> bool:
        """Whether any active rule could fire on this post: False means the one fast pass decided it."""
        return self._state(self._as_post(item)) is not None

    def rule_findings(self, item: str | Post, rule_id: str) -> list[Finding]:
        """Findings of one rule on one post, before merging (what inline rule tests check)."""
        post = self._as_post(item)
        state = self._state(post)
        if state is None:
            return []
        return evaluate_rules(self._engine, state, only=rule_id)

    def screen(self, item: str | Post) -> Result:
        """Screen one text or post. Never raises for bad content: problems come back in ``error``."""
        if type(item) is str and len(item) <= MAX_POST_CHARS:
            # A bare text (no metadata): the common clean case is decided without building a Post.
            first = self._first_pass(item)
            if first is None:
                return _CLEAN
            # The shared default Account: the default factory would build (and validate) a new one per post, a
            # third of the Post's cost. Nothing reads a bare text's Post but the detectors.
            state = self._state(Post(text=item, account=_PLAIN_ACCOUNT), first)
            assert state is not None  # a bare text has no metadata: the first pass decided
            return self._finish(state)
        post = self._as_post(item)
        if len(post.text) > MAX_POST_CHARS:
            return _unscreened(
                post, f"post is {len(post.text):,} characters; the limit is {MAX_POST_CHARS:,} (not screened)"
            )
        state = self._state(post)
        if state is None:
            return _allowed(post)  # the common case
        return self._finish(state)

    def _screen_batch(self, posts: list[Post]) -> list[Result]:
        """Screen posts together: the candidates' Docs are made in one ``tokenizer.pipe`` pass."""
        results: list[Result | None] = [None] * len(posts)
        states: list[tuple[int, PostState]] = []
        for i, post in enumerate(posts):
            if len(post.text) > MAX_POST_CHARS:
                results[i] = self.screen(post)
                continue
            state = self._state(post)
            if state is None:
                results[i] = _allowed(post)
            else:
                states.append((i, state))
        if len(states) > 1:
            tokenizer: Any = self._engine.nlp.tokenizer  # spaCy's stubs type it as a plain callable
            docs = tokenizer.pipe(s.ctx.norm.text for _, s in states)
            for (_, state), doc in zip(states, docs, strict=True):
                state.ctx.set_doc(doc)
        for i, state in states:
            results[i] = self._finish(state)
        return [r for r in results if r is not None]

    def _finish(self, state: PostState) -> Result:
        """Run the rules on a candidate post and merge what they find."""
        post = state.ctx.post
        try:
            findings = merge_findings(evaluate_rules(self._engine, state), post.text)
        except Exception as exc:  # a bug in one detector must not lose the rest of a scan
            log.warning("post %s: screening failed: %s", post.id, type(exc).__name__)
            return _unscreened(post, f"screening failed ({type(exc).__name__}); please report this")
        if not findings and not state.warnings and post.id is None and post.source is None:
            return _CLEAN  # a bare text that the rules cleared: the same (frozen) Result as a non-candidate's
        warning = "; ".join(dict.fromkeys(state.warnings)) or None
        return Result(
            id=post.id,
            verdict=verdict_for(findings, self._ruleset.thresholds),
            findings=tuple(findings),
            error=warning,
            source=post.source,
        )

    def screen_many(
        self, items: Iterable[str | Post], *, jobs: int = 1, batch_size: int = 512, dask: Any = None
    ) -> Iterator[Result]:
        """Screen many posts, in order.

        ``jobs`` > 1 screens batches in that many local processes; ``dask`` (a ``distributed.Client`` or a
        scheduler address) screens them on a Dask cluster instead, one screener per worker.
        """
        if dask is not None:
            from smscreen.distributed import screen_on_dask

            posts = (self._as_post(x) for x in items)
            yield from screen_on_dask(
                posts, client=dask, ruleset=self._config.ruleset, school=self._config.school, batch_size=batch_size
            )
            return
        if jobs <= 1:
            iterator = iter(items)
            while batch := [self._as_post(x) for x in islice(iterator, batch_size)]:
                yield from self._screen_batch(batch)
            return
        jobs = min(jobs, os.cpu_count() or 1)
        iterator = iter(items)
        global _PARENT
        _PARENT = self  # with fork, workers inherit this compiled screener instead of rebuilding it
        context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(self._config,)
        ) as pool:
            pending: list[tuple[list[Post], Future[list[Result | None]]]] = []
            while True:
                batch = [self._as_post(x) for x in islice(iterator, batch_size)]
                if batch:
                    pending.append((batch, pool.submit(_screen_wire_batch, [_to_wire(p) for p in batch])))
                # Keep a bounded number of batches in flight so memory stays flat on huge archives.
                while pending and (len(pending) > jobs * 2 or not batch):
                    sent, future = pending.pop(0)
                    for post, result in zip(sent, future.result(), strict=True):
                        yield _allowed(post) if result is None else result
                if not batch:
                    return


_FirstPass = tuple[NormalizedText, frozenset[str], PostMarks, frozenset[int], tuple[CompiledRule, ...]]

# Results are frozen, so every clean bare text can share one.
_CLEAN = Result(id=None, verdict=Verdict.ALLOW, source=None)


def _allowed(post: Post) -> Result:
    # Fields known valid (a Post's id and source, a Verdict): skip validation on the hot path.
    return Result.model_construct(id=post.id, verdict=Verdict.ALLOW, source=post.source)


def _unscreened(post: Post, reason: str) -> Result:
    # A post that could not be screened is never "allowed": a person must look at it.
    return Result(id=post.id, verdict=Verdict.REVIEW, error=reason, source=post.source)


_WORKER: Screener | None = None
_PARENT: Screener | None = None


def _init_worker(config: _Config) -> None:
    global _WORKER
    # A forked worker already holds the parent's screener (copy-on-write): compiling it again would cost
    # seconds per worker. A spawned worker (no fork on this platform) builds its own from the config.
    if _PARENT is not None and _PARENT._config == config:
        _WORKER = _PARENT
    else:
        _WORKER = Screener(ruleset=config.ruleset, school=config.school)


# What crosses the process boundary. The parent reads, the workers screen, and on two cores the parent's share
# is what limits the speed-up: a post with nothing but an id, a text and a source travels as a plain tuple
# (pickling the pydantic model cost ten times as much), and an allowed post with no findings comes back as
# None, which the parent turns into its Result.
_WirePost = tuple[str | None, str, str | None] | Post
_PLAIN_ACCOUNT = Account()


def _to_wire(post: Post) -> _WirePost:
    if (
        post.author_id is None
        and post.created_at is None
        and not post.in_reply_to
        and not post.connections
        and not post.mentions
        and not post.is_repost
        and post.account == _PLAIN_ACCOUNT
    ):
        return (post.id, post.text, post.source)
    return post


def _from_wire(item: _WirePost) -> Post:
    if isinstance(item, Post):
        return item
    post_id, text, source = item
    return Post(id=post_id, text=text, source=source)


def _screen_wire_batch(items: list[_WirePost]) -> list[Result | None]:
    assert _WORKER is not None
    posts = [_from_wire(item) for item in items]
    return [
        None if r.verdict is Verdict.ALLOW and not r.findings and r.error is None and r.id == p.id
        and r.source == p.source else r
        for p, r in zip(posts, _WORKER._screen_batch(posts), strict=True)
    ]


def default_ruleset_for(account: str) -> str:
    return _DEFAULT_RULESET.get(account, "uk-school-staff")
