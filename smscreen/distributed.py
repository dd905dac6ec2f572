"""Screening on a Dask distributed cluster: one Screener per worker, batches in order.

Recipe (three lines)::

    from distributed import Client
    client = Client("tcp://scheduler:8786")
    results = list(screener.screen_many(posts, dask=client))

Each worker builds its screener once from the ruleset path and school folder (so both must be
readable on the workers) and keeps it for every later batch.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from smscreen.models import Post, Result

if TYPE_CHECKING:
    from smscreen.screener import Screener

__all__ = ["screen_on_dask"]

_WORKER_SCREENERS: dict[tuple[str, str | None], Screener] = {}


def _worker_screen(batch: list[Post], ruleset: str, school: str | None) -> list[Result]:
    from smscreen.screener import Screener

    key = (ruleset, school)
    screener = _WORKER_SCREENERS.get(key)
    if screener is None:
        screener = _WORKER_SCREENERS[key] = Screener(ruleset=ruleset, school=school)
    return screener._screen_batch(batch)


def screen_on_dask(
    posts: Iterable[Post], *, client: Any, ruleset: str, school: str | None, batch_size: int = 512
) -> Iterator[Result]:
    """Results in input order; at most a few batches per worker in flight, so memory stays flat."""
    if isinstance(client, str):
        from distributed import Client

        with Client(client) as owned:  # type: ignore[no-untyped-call]  # distributed ships no types
            yield from screen_on_dask(posts, client=owned, ruleset=ruleset, school=school, batch_size=batch_size)
        return
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    iterator = iter(posts)
    in_flight: deque[Any] = deque()
    while True:
        batch = list(islice(iterator, batch_size))
        if batch:
            in_flight.append(client.submit(_worker_screen, batch, ruleset, school, pure=False))
        while in_flight and (len(in_flight) > workers * 2 or not batch):
            yield from in_flight.popleft().result()
        if not batch:
            return
