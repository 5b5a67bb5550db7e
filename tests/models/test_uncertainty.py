"""Scenario-level Monte Carlo: the same edits as `apply`, in order; bands around each shock."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.analysis import compare
from models.datasets import Catalog, load_catalog
from models.scenario import (
    CostShock,
    Growth,
    ScaleValue,
    Scenario,
    SetLock,
    SetShare,
    apply,
    load_baseline,
)
from models.uncertainty import MAX_DRAW_ELEMENTS, scenario_bands

KAZ_2022 = Scenario("KAZ", 2022, "exports")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


_codes = st.sampled_from(["CHN", "RUS", "ITA", "NLD", "TUR", "USA", "EAEU", "EU27"])
_edits = st.one_of(
    st.builds(SetShare, _codes, st.floats(0.0, 1.0), st.sampled_from(["proportional", "equal"])),
    st.builds(ScaleValue, _codes, st.floats(-90.0, 300.0)),
    st.builds(
        lambda pairs, sigma: CostShock(tuple(pairs), sigma),
        st.lists(
            st.tuples(_codes, st.floats(-0.6, 1.5)),
            min_size=1,
            max_size=3,
            unique_by=lambda p: p[0],
        ),
        st.floats(0.5, 8.0),
    ),
    st.builds(lambda code: SetLock((code,)), _codes),
    st.builds(lambda code, rate: Growth(((code, rate),), 3), _codes, st.floats(-0.2, 0.3)),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    edits=st.lists(_edits, min_size=1, max_size=6),
    level=st.sampled_from(["partners", "vectors"]),
    flow=st.sampled_from(["exports", "imports"]),
)
def test_fixed_sigma_and_no_spread_gives_what_apply_gives(
    catalog: Catalog, edits: list[object], level: str, flow: str
) -> None:
    scenario = replace(KAZ_2022, level=level, flow=flow, edits=tuple(edits))  # type: ignore[arg-type]
    baseline = load_baseline(scenario, catalog)
    refusal = ""
    try:
        outcome = apply(scenario, baseline)
    except ValueError as exc:
        refusal = str(exc)
    if refusal:  # the same edit is refused, with the same words
        with pytest.raises(ValueError, match=r"^edit ") as refused:
            scenario_bands(scenario, baseline, draws=3, seed=0)
        assert str(refused.value) == refusal
        return
    expected = compare(outcome)
    bands = scenario_bands(scenario, baseline, draws=3, seed=0)
    for key, value in expected.scenario.items():
        np.testing.assert_allclose(bands.bands[key], value, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(bands.bands["similarity"], expected.similarity, rtol=1e-9)


def test_two_shock_edits_each_drawn_around_its_own_value(catalog: Catalog) -> None:
    scenario = KAZ_2022.with_edit(CostShock((("RUS", 0.3),), 4.0)).with_edit(
        CostShock((("CHN", -0.2),), 2.0)
    )
    baseline = load_baseline(scenario, catalog)
    run = compare(apply(scenario, baseline)).scenario
    fixed = scenario_bands(scenario, baseline, draws=50, seed=3)
    assert fixed.bands["hhi"] == pytest.approx([run["hhi"]] * 3)
    spread = scenario_bands(scenario, baseline, draws=4000, seed=3, shock_spread=0.5)
    low, mid, high = spread.bands["hhi"]
    assert low < run["hhi"] < high
    assert mid == pytest.approx(run["hhi"], rel=0.02)
    again = scenario_bands(scenario, baseline, draws=4000, seed=3, shock_spread=0.5)
    np.testing.assert_array_equal(again.bands["hhi"], spread.bands["hhi"])
    other = scenario_bands(scenario, baseline, draws=4000, seed=4, shock_spread=0.5)
    assert not np.array_equal(other.bands["hhi"], spread.bands["hhi"])
    drawn = scenario_bands(scenario, baseline, draws=4000, seed=3, sigma_range=(1.5, 8.0))
    assert drawn.bands["hhi"][0] < drawn.bands["hhi"][2]


def test_deep_cuts_and_too_many_draws_are_refused_in_words(catalog: Catalog) -> None:
    scenario = KAZ_2022.with_edit(CostShock((("RUS", -0.7),), 4.0))
    baseline = load_baseline(scenario, catalog)
    with pytest.raises(ValueError, match=r"edit 1 \(cost_shock\): a shock of -70 % .*spread"):
        scenario_bands(scenario, baseline, draws=10, seed=0, shock_spread=0.5)
    assert scenario_bands(scenario, baseline, draws=10, seed=0, shock_spread=0.4).draws == 10
    with pytest.raises(ValueError, match="at most"):
        scenario_bands(scenario, baseline, draws=MAX_DRAW_ELEMENTS, seed=0)


def test_no_trade_left_gives_undefined_bands(catalog: Catalog) -> None:
    scenario = KAZ_2022
    baseline = load_baseline(scenario, catalog)
    for code in baseline.codes:
        scenario = scenario.with_edit(ScaleValue(code, -100.0))
    scenario = scenario.with_edit(CostShock((("RUS", 0.3),), 4.0))
    bands = scenario_bands(scenario, baseline, draws=5, seed=0, shock_spread=0.5)
    assert np.all(np.isnan(bands.bands["hhi"]))


def test_docstring_examples_run() -> None:
    import doctest

    from models import uncertainty

    failed, attempted = doctest.testmod(uncertainty, verbose=False)
    assert attempted > 0
    assert failed == 0
