"""The workbench state: built whole, in one linear replay; degenerate results are states."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import _replay, indices
from models.blocs import default_partition
from models.datasets import Catalog, load_catalog
from models.history import history_series
from models.scenario import (
    CostShock,
    Growth,
    ScaleValue,
    Scenario,
    SetLock,
    SetShare,
    apply,
)
from models.scenario_files import load as load_scenario
from models.workbench import Editing, Workbench

PRESETS = sorted((Path(__file__).parents[2] / "assets" / "presets").glob("*.json"))
KAZ_2022 = Scenario("KAZ", 2022, "exports")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def workbench(catalog: Catalog) -> Workbench:
    return Workbench(catalog)


def no_trade(workbench: Workbench, scenario: Scenario) -> Scenario:
    for code in workbench.baseline(scenario).codes:
        scenario = scenario.with_edit(ScaleValue(code, -100.0))
    return scenario


@pytest.mark.parametrize("level", ["partners", "vectors"])
def test_no_trade_left_is_a_state_with_undefined_indices(workbench: Workbench, level: str) -> None:
    scenario = no_trade(workbench, replace(KAZ_2022, level=level))
    state = workbench.build(scenario)
    assert state.skipped == ()
    assert all(np.isnan(v) for v in state.comparison.scenario.values())
    assert np.isfinite(state.comparison.baseline["hhi"])
    assert any("No trade is left" in reason for reason in state.undefined)
    # a share edit on no trade is refused with its reason; the state stays whole
    after = workbench.build(scenario.with_edit(SetShare("CHN", 0.3)))
    assert [e.position for e in after.skipped] == [len(scenario.edits) + 1]
    assert "no trade left" in after.skipped[0].reason


def test_growth_to_nothing_and_overflow_are_states(workbench: Workbench) -> None:
    shrink = workbench.build(KAZ_2022.with_edit(Growth((), 200, -0.99)))
    assert shrink.skipped == ()
    assert np.isnan(shrink.comparison.scenario["hhi"])
    huge = KAZ_2022
    for _ in range(77):
        huge = huge.with_edit(ScaleValue("CHN", 1e6))
    state = workbench.build(huge)
    # the edit that would overflow is refused with its reason; those before it apply
    assert [e.position for e in state.skipped] == [77]
    assert "too large" in state.skipped[0].reason
    assert np.all(np.isfinite(state.outcome.values))
    assert state.comparison.scenario["cr1"] == pytest.approx(1.0)
    with pytest.raises(ValueError, match=r"edit 77 \(scale_value\): .*too large"):
        apply(huge, workbench.baseline(huge))


def test_replay_applies_each_edit_once(
    workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = KAZ_2022.with_edit(SetShare("XXX", 0.1))  # first edit unknown
    for i in range(2999):
        scenario = scenario.with_edit(SetShare("CHN", 0.1 + i * 1e-4))
    calls = []
    original = _replay._apply_one

    def counting(*args: object) -> object:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_replay, "_apply_one", counting)
    state = workbench.build(scenario)
    assert len(calls) == 3000
    assert [e.position for e in state.skipped] == [1]
    assert "'XXX' is not in these data" in state.skipped[0].reason
    chn = state.baseline.index_of("CHN")
    assert state.outcome.shares[chn] == pytest.approx(0.1 + 2998 * 1e-4)


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.stem)
def test_both_bloc_views_agree_on_every_preset(workbench: Workbench, path: Path) -> None:
    scenario = load_scenario(path)
    if scenario.dimension != "partners":
        pytest.skip("product groups have no vectors")
    partners = workbench.build(replace(scenario, level="partners"))
    vectors = workbench.build(replace(scenario, level="vectors"))
    assert partners.comparison.vector_scenario is not None
    np.testing.assert_allclose(
        vectors.comparison.scenario_shares, partners.comparison.vector_scenario, atol=1e-12
    )
    assert vectors.comparison.scenario["vector_balance"] == pytest.approx(
        partners.comparison.scenario["vector_balance"]
    )


def test_a_partner_shock_at_the_vectors_level_moves_its_vector(workbench: Workbench) -> None:
    shock = KAZ_2022.with_edit(CostShock((("RUS", 0.3),), 4.0))
    partners = workbench.build(shock)
    vectors = workbench.build(replace(shock, level="vectors"))
    assert vectors.skipped == ()
    eaeu = vectors.baseline.codes.index("EAEU")
    assert vectors.comparison.scenario_shares[eaeu] < vectors.comparison.baseline_shares[eaeu]
    np.testing.assert_allclose(
        vectors.comparison.scenario_shares, partners.comparison.vector_scenario, atol=1e-12
    )


def test_a_vector_edit_moves_its_members_together(workbench: Workbench) -> None:
    scenario = replace(KAZ_2022, level="vectors").with_edit(SetShare("EU27", 0.2))
    state = workbench.build(scenario)
    eu = state.baseline.codes.index("EU27")
    assert state.outcome.shares[eu] == pytest.approx(0.2)
    # the same edit read at the partners level gives the same vectors
    at_partners = workbench.build(replace(scenario, level="partners"))
    assert at_partners.skipped == ()
    assert at_partners.comparison.vector_scenario is not None
    assert at_partners.comparison.vector_scenario[eu] == pytest.approx(0.2)
    # members keep their ratios: Italy to Netherlands as in the baseline
    base = state.baseline.table
    after = state.outcome.partner_values
    assert after is not None
    ita, nld = base.codes.index("ITA"), base.codes.index("NLD")
    assert after[ita] / after[nld] == pytest.approx(base.values[ita] / base.values[nld])


def test_switched_off_edits_are_kept_not_applied(workbench: Workbench) -> None:
    scenario = KAZ_2022.with_edit(SetShare("CHN", 0.4)).with_edit(ScaleValue("ITA", -30.0))
    off = scenario.with_edit_switched(1, False)
    state = workbench.build(off)
    assert [e.status for e in state.edits] == ["off", "applied"]
    alone = workbench.build(KAZ_2022.with_edit(ScaleValue("ITA", -30.0)))
    np.testing.assert_allclose(state.outcome.values, alone.outcome.values)
    removed = off.without_edit(1)
    assert removed.edits == (ScaleValue("ITA", -30.0),)
    assert removed.switched_off == frozenset()
    assert scenario.with_edit_switched(2, False).without_edit(1).switched_off == {1}
    with pytest.raises(ValueError, match="position"):
        scenario.without_edit(3)


def test_reset_clears_the_title_and_notes() -> None:
    preset = replace(KAZ_2022, title="A", description="B", notes="C").with_edit(SetLock(("RUS",)))
    reset = preset.without_edits()
    assert (reset.title, reset.description, reset.notes, reset.edits) == ("", "", "", ())


def test_share_range_follows_rule_and_locks(workbench: Workbench) -> None:
    state = workbench.build(KAZ_2022.with_edit(SetLock(("RUS",))), Editing(current="CHN"))
    shares, codes = state.outcome.shares, state.baseline.codes
    rus, chn, ita = (shares[codes.index(c)] for c in ("RUS", "CHN", "ITA"))
    assert state.share_range == pytest.approx((0.0, 1.0 - rus))
    taken = state.with_editing(Editing(current="CHN", rule="from_partner", source="ITA"))
    assert taken.share_range == pytest.approx((0.0, chn + ita))
    locked_source = state.with_editing(Editing(current="CHN", rule="from_partner", source="RUS"))
    assert locked_source.share_range == pytest.approx((chn, chn))  # nothing can move
    assert state.with_editing(Editing()).share_range == (0.0, 0.0)


def test_history_series_matches_indices_year_by_year(catalog: Catalog) -> None:
    years, codes, values = catalog.history("KAZ", "imports")
    partitions = [default_partition(catalog, "KAZ", int(y), codes) for y in years]
    history = history_series(
        years, codes, values, partitions=partitions, level="partners", active_only=False
    )
    assert history.years.tolist() == list(years)
    i = list(years).index(2022)
    assert history.series("hhi")[i] == pytest.approx(float(indices.hhi(values[i])))
    vectors = partitions[i].aggregate(values[i], codes)
    assert history.series("vector_balance")[i] == pytest.approx(float(indices.evenness(vectors)))
    at_vectors = history_series(
        years, codes, values, partitions=partitions, level="vectors", active_only=False
    )
    assert at_vectors.series("hhi")[i] == pytest.approx(float(indices.hhi(vectors)))
    with pytest.raises(ValueError, match="partitions"):
        history_series(
            years, codes, values, partitions=partitions[:2], level="partners", active_only=False
        )


def test_product_history_is_of_products(workbench: Workbench) -> None:
    state = workbench.build(replace(KAZ_2022, dimension="hs_sections"))
    i = list(state.history.years).index(2022)
    assert state.history.series("hhi")[i] == pytest.approx(state.comparison.baseline["hhi"])


_codes = st.sampled_from(["CHN", "RUS", "ITA", "NLD", "XXX", "EAEU", "EU27", "TUR", "USA"])
_edits = st.one_of(
    st.builds(SetShare, _codes, st.floats(0.0, 1.0)),
    st.builds(ScaleValue, _codes, st.floats(-100.0, 500.0)),
    st.builds(
        lambda code, size, sigma: CostShock(((code, size),), sigma),
        _codes,
        st.floats(-0.9, 2.0),
        st.floats(0.5, 8.0),
    ),
    st.builds(lambda code: SetLock((code,)), _codes),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(_edits, max_size=8), level=st.sampled_from(["partners", "vectors"]))
def test_every_state_is_whole(workbench: Workbench, edits: list[object], level: str) -> None:
    scenario = replace(KAZ_2022, level=level, edits=tuple(edits))  # type: ignore[arg-type]
    state = workbench.build(scenario)
    assert len(state.edits) == len(edits)
    total = state.outcome.values.sum()
    assert np.all(state.outcome.values >= 0)
    if total > 0:
        assert state.outcome.shares.sum() == pytest.approx(1.0)
    skipped = {e.position for e in state.skipped}
    kept = tuple(e for i, e in enumerate(edits, start=1) if i not in skipped)
    # the edits in force, replayed strictly, give the same values
    strict = apply(replace(scenario, edits=kept), state.baseline)  # type: ignore[arg-type]
    np.testing.assert_allclose(strict.values, state.outcome.values, rtol=1e-12)


def test_clamp_messages_name_the_dimension(workbench: Workbench) -> None:
    products = replace(KAZ_2022, dimension="hs_sections")
    codes = workbench.baseline(products).codes
    locked = products.with_edit(SetLock(codes[1:]))
    state = workbench.build(locked.with_edit(SetShare(codes[0], 0.9)))
    assert "every other product group is locked" in state.outcome.messages[0]
    vectors = replace(KAZ_2022, level="vectors").with_edit(SetLock(("EAEU",)))
    state = workbench.build(vectors.with_edit(SetShare("CHN", 0.99)))
    assert "locked vectors hold" in state.outcome.messages[0]
