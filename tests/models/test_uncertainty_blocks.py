"""Scenario bands in blocks: progress, stopping, kept draws, and blocks that change nothing."""

from __future__ import annotations

import numpy as np
import pytest

from models import uncertainty
from models.datasets import Catalog, load_catalog
from models.scenario import CostShock, Scenario, SetShare, load_baseline
from models.uncertainty import scenario_bands

SHOCKED = (
    Scenario("KAZ", 2022, "imports")
    .with_edit(CostShock((("RUS", 0.3),), 4.0))
    .with_edit(SetShare("CHN", 0.3))
    .with_edit(CostShock((("EU27", -0.2), ("TUR", 0.1)), 2.0))
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_blocks_of_any_size_give_the_same_numbers(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = load_baseline(SHOCKED, catalog)
    options = {"draws": 700, "seed": 11, "sigma_range": (1.5, 8.0), "shock_spread": 0.5}
    whole = scenario_bands(SHOCKED, baseline, **options)  # type: ignore[arg-type]
    monkeypatch.setattr(uncertainty, "BLOCK_ELEMENTS", 30 * len(baseline.codes) + 7)
    calls: list[tuple[int, int]] = []
    blocks = scenario_bands(SHOCKED, baseline, progress=lambda d, t: calls.append((d, t)),
                            **options)  # type: ignore[arg-type]
    for key, band in whole.bands.items():
        np.testing.assert_array_equal(blocks.bands[key], band)
    assert calls[-1] == (700, 700)
    assert len(calls) == 24
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_kept_draws_give_the_bands(catalog: Catalog) -> None:
    baseline = load_baseline(SHOCKED, catalog)
    result = scenario_bands(SHOCKED, baseline, draws=500, seed=2, sigma_range=(1.5, 8.0),
                            samples=("hhi", "vector_balance"))
    assert set(result.samples) == {"hhi", "vector_balance"}
    assert result.samples["hhi"].shape == (500,)
    np.testing.assert_array_equal(np.percentile(result.samples["hhi"], [5, 50, 95]),
                                  result.bands["hhi"])
    assert scenario_bands(SHOCKED, baseline, draws=5, seed=2).samples == {}
    with pytest.raises(ValueError, match="`samples` names unknown indices: nonsense"):
        scenario_bands(SHOCKED, baseline, draws=5, seed=2, samples=("nonsense",))


def test_raising_from_progress_stops_the_draws(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = load_baseline(SHOCKED, catalog)
    monkeypatch.setattr(uncertainty, "BLOCK_ELEMENTS", 10 * len(baseline.codes))
    seen: list[int] = []

    class StopError(Exception):
        pass

    def stop_after_two(done: int, _total: int) -> None:
        seen.append(done)
        if len(seen) == 2:
            raise StopError

    with pytest.raises(StopError):
        scenario_bands(SHOCKED, baseline, draws=1000, seed=0, progress=stop_after_two)
    assert seen == [10, 20]


def test_an_edit_apply_refuses_is_refused_first_in_its_words(catalog: Catalog) -> None:
    scenario = Scenario("KAZ", 2022, "exports").with_edit(SetShare("XXX", 0.3)).with_edit(
        CostShock((("RUS", -0.7),), 4.0))
    baseline = load_baseline(scenario, catalog)
    with pytest.raises(ValueError, match=r"^edit 1 \(set_share\): 'XXX' is not in these data"):
        scenario_bands(scenario, baseline, draws=10, seed=0, shock_spread=0.5)
