from __future__ import annotations

from pathlib import Path

import pytest

import smscreen

distributed = pytest.importorskip("distributed")

MINI = Path(__file__).resolve().parent / "fixtures" / "rulesets" / "mini" / "mini.yaml"


@pytest.mark.slow
def test_screen_many_on_a_local_cluster_matches_local() -> None:
    screener = smscreen.Screener(ruleset=MINI)
    texts = [f"{i}: you're a numpty" if i % 5 == 0 else f"{i}: a calm day" for i in range(500)]
    expected = [screener.screen(t) for t in texts]
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        got = list(screener.screen_many(texts, dask=client, batch_size=37))
    assert got == expected
