"""The sensitivity sweep: each point is what a share edit appended to the scenario gives."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models import rebalance
from models.analysis import HHI_BANDS, compare
from models.datasets import Catalog, load_catalog
from models.scenario import (
    CostShock,
    ScaleValue,
    Scenario,
    SetLock,
    SetShare,
    apply,
    load_baseline,
)
from models.sweep import index_bands, last_share_rule, sweep, sweep_keys

KAZ_2022 = Scenario("KAZ", 2022, "exports")
_codes = st.sampled_from(["CHN", "RUS", "ITA", "NLD", "TUR", "USA", "EAEU", "EU27"])
_edits = st.one_of(
    st.builds(SetShare, _codes, st.floats(0.0, 1.0),
              st.sampled_from(["proportional", "equal"])),
    st.builds(ScaleValue, _codes, st.floats(-90.0, 300.0)),
    st.builds(lambda code, t: CostShock(((code, t),), 4.0), _codes, st.floats(-0.5, 1.0)),
    st.builds(lambda code: SetLock((code,)), _codes),
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _index_after_edit(scenario: Scenario, catalog: Catalog, edit: SetShare, key: str) -> float:
    comparison = compare(apply(scenario.with_edit(edit), load_baseline(scenario, catalog)))
    return comparison.similarity if key == "similarity" else comparison.scenario[key]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    edits=st.lists(_edits, max_size=4),
    code=_codes,
    rule=st.sampled_from(["proportional", "equal", "from_partner"]),
    source=st.sampled_from(["CHN", "RUS", "ITA", "EAEU", "EU27"]),
    key=st.sampled_from(["hhi", "evenness", "gini", "cr3", "similarity", "vector_balance"]),
    level=st.sampled_from(["partners", "vectors"]),
    picks=st.lists(st.integers(0, 20), min_size=1, max_size=4),
)
def test_each_point_is_the_scenario_with_that_share_set(
    catalog: Catalog, edits: list[Any], code: str, rule: str, source: str, key: str,
    level: str, picks: list[int],
) -> None:
    scenario = replace(KAZ_2022, level=level, edits=tuple(edits))
    try:
        outcome = apply(scenario, load_baseline(scenario, catalog))
    except ValueError:
        event("the scenario is refused")
        return  # an edit the engine refuses: nothing to sweep
    chosen_source = source if rule == "from_partner" else None
    try:
        curve = sweep(outcome, code, key, points=21, rule=rule, source=chosen_source)
    except ValueError:
        # Refused only where the share edit itself would be refused.
        with pytest.raises(ValueError, match=r"^edit \d+ \(set_share\): "):
            apply(scenario.with_edit(SetShare(code, 0.5, rule, chosen_source)),
                  load_baseline(scenario, catalog))
        event("the sweep is refused, as the share edit is")
        return
    event("points compared")
    lo, hi = curve.feasible
    for i in picks:
        share = float(curve.shares[i])
        if not lo - 1e-12 <= share <= hi + 1e-12:
            assert np.isnan(curve.values[i])
            continue
        expected = _index_after_edit(
            scenario, catalog, SetShare(code, share, rule, chosen_source), key)
        np.testing.assert_allclose(curve.values[i], expected, rtol=1e-9, atol=1e-9)
    assert curve.current_value == pytest.approx(
        compare(outcome).similarity if key == "similarity" else compare(outcome).scenario[key],
        rel=1e-12, nan_ok=True)


def test_a_sweep_onto_free_shares_of_zero_spreads_equally_as_the_edit_does(
    catalog: Catalog,
) -> None:
    # Found by the property test above: every vector but the EAEU and the locked EU-27 at
    # zero. The rows' shortcut took a rounding error for their total and scaled nothing.
    scenario = replace(KAZ_2022, edits=(SetShare("EAEU", 0.875, "equal"), SetLock(("EU27",))))
    outcome = apply(scenario, load_baseline(scenario, catalog))
    curve = sweep(outcome, "EAEU", "hhi", points=21, rule="proportional")
    for share, value in zip(curve.shares[:3], curve.values[:3], strict=True):
        expected = _index_after_edit(scenario, catalog, SetShare("EAEU", float(share),
                                                                 "proportional"), "hhi")
        assert value == pytest.approx(expected, rel=1e-9)


def test_equal_rule_water_fills_as_set_share_does(catalog: Catalog) -> None:
    outcome = apply(KAZ_2022, load_baseline(KAZ_2022, catalog))
    start = outcome.shares
    k = outcome.baseline.index_of("CHN")
    curve = sweep(outcome, "CHN", "hhi", points=51, rule="equal")
    for share, value in zip(curve.shares, curve.values, strict=True):
        expected = rebalance.set_share(start, k, share, rule="equal").shares
        assert value == pytest.approx(float(np.sum(expected**2)), rel=1e-12)


def test_locked_partners_make_shares_unreachable_and_nan(catalog: Catalog) -> None:
    scenario = KAZ_2022.with_edit(SetLock(("ITA", "RUS")))
    outcome = apply(scenario, load_baseline(scenario, catalog))
    curve = sweep(outcome, "CHN", "hhi", points=101)
    locked = float(outcome.shares[outcome.baseline.index_of("ITA")]
                   + outcome.shares[outcome.baseline.index_of("RUS")])
    assert curve.feasible == pytest.approx((0.0, 1.0 - locked))
    reachable = curve.shares <= 1.0 - locked
    assert np.all(np.isfinite(curve.values[reachable]))
    assert np.all(np.isnan(curve.values[~reachable]))
    assert curve.unreachable == np.count_nonzero(~reachable) > 0
    with pytest.raises(ValueError, match="Italy is locked; unlock it"):
        sweep(outcome, "ITA", "hhi")


def test_the_rule_defaults_to_the_scenarios_last_share_edit(catalog: Catalog) -> None:
    scenario = KAZ_2022.with_edit(SetShare("CHN", 0.3, "equal")).with_edit(
        SetShare("RUS", 0.1, "from_partner", "ITA"))
    assert last_share_rule(scenario) == ("from_partner", "ITA")
    assert last_share_rule(scenario.with_edit_switched(2, False)) == ("equal", None)
    assert last_share_rule(KAZ_2022) == ("proportional", None)
    outcome = apply(scenario, load_baseline(scenario, catalog))
    curve = sweep(outcome, "CHN", "cr1", points=5)
    assert (curve.rule, curve.source) == ("from_partner", "ITA")


def test_baseline_and_current_points(catalog: Catalog) -> None:
    scenario = KAZ_2022.with_edit(SetShare("CHN", 0.4))
    outcome = apply(scenario, load_baseline(scenario, catalog))
    comparison = compare(outcome)
    curve = sweep(outcome, "CHN", "hhi", points=11)
    assert curve.current_share == pytest.approx(0.4)
    assert curve.current_value == comparison.scenario["hhi"]
    assert curve.baseline_value == comparison.baseline["hhi"]
    assert curve.baseline_share == pytest.approx(float(outcome.baseline.shares[
        outcome.baseline.index_of("CHN")]))
    # The current point lies on the curve: 40 % is a grid point.
    assert curve.values[4] == pytest.approx(curve.current_value, rel=1e-12)


def test_bad_arguments_are_refused_by_name(catalog: Catalog) -> None:
    outcome = apply(KAZ_2022, load_baseline(KAZ_2022, catalog))
    with pytest.raises(ValueError, match="`points` must be from 2"):
        sweep(outcome, "CHN", "hhi", points=1)
    with pytest.raises(ValueError, match="`index` must be one of"):
        sweep(outcome, "CHN", "nonsense")
    with pytest.raises(ValueError, match="'XXX' is not in these data"):
        sweep(outcome, "XXX", "hhi")
    with pytest.raises(ValueError, match="`source` is required"):
        sweep(outcome, "CHN", "hhi", rule="from_partner")
    products = Scenario("KAZ", 2022, "exports", dimension="hs_sections")
    product_outcome = apply(products, load_baseline(products, catalog))
    assert "vector_balance" not in sweep_keys(product_outcome)
    assert "vector_balance" in sweep_keys(outcome)


def test_no_trade_left_cannot_be_swept(catalog: Catalog) -> None:
    scenario = KAZ_2022
    for code in load_baseline(scenario, catalog).codes:
        scenario = scenario.with_edit(ScaleValue(code, -100.0))
    outcome = apply(scenario, load_baseline(scenario, catalog))
    with pytest.raises(ValueError, match="no trade is left"):
        sweep(outcome, "CHN", "hhi")


def test_hhi_bands_on_the_index_scale() -> None:
    hhi = index_bands("hhi")
    assert [line.points for line in hhi] == [points for points, _ in HHI_BANDS[:-1]]
    assert [line.value for line in hhi] == [0.1, 0.18]
    assert hhi[0].below == "unconcentrated"
    assert hhi[-1].above == "highly concentrated"
    partners = index_bands("equivalent_partners")
    assert [line.value for line in partners] == pytest.approx([10.0, 10_000 / 1800])
    assert partners[0].above == "unconcentrated"  # more equal partners: less concentrated
    assert index_bands("gini") == ()


def test_docstring_examples_run() -> None:
    import doctest

    from models import sweep as module

    failed, attempted = doctest.testmod(module, verbose=False)
    assert attempted > 0
    assert failed == 0
