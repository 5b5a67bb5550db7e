"""The scenario engine on the real embedded data: every edit, locks, vectors, explaining."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from models import indices
from models.analysis import compare, hhi_reading
from models.datasets import load_catalog
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

KAZ_2022_EXPORTS = Scenario("KAZ", 2022, "exports")


@pytest.fixture(scope="module")
def baseline():  # type: ignore[no-untyped-def]
    return load_baseline(KAZ_2022_EXPORTS, load_catalog())


def _share(outcome, code: str) -> float:  # type: ignore[no-untyped-def]
    return float(outcome.shares[outcome.baseline.index_of(code)])


def test_no_edits_is_the_baseline(baseline) -> None:  # type: ignore[no-untyped-def]
    outcome = apply(KAZ_2022_EXPORTS, baseline)
    assert np.array_equal(outcome.values, baseline.values)
    top3 = [baseline.codes[i] for i in np.argsort(-baseline.values)[:3]]
    assert top3 == ["ITA", "CHN", "RUS"]


def test_scenario_is_immutable_and_apply_deterministic(baseline) -> None:  # type: ignore[no-untyped-def]
    scenario = KAZ_2022_EXPORTS.with_edit(SetShare("CHN", 0.3))
    with pytest.raises(dataclasses.FrozenInstanceError):
        scenario.year = 2021  # type: ignore[misc]
    assert KAZ_2022_EXPORTS.edits == ()
    assert np.array_equal(apply(scenario, baseline).values, apply(scenario, baseline).values)


def test_set_share_proportional_keeps_the_others_ratios(baseline) -> None:  # type: ignore[no-untyped-def]
    outcome = apply(KAZ_2022_EXPORTS.with_edit(SetShare("CHN", 0.30)), baseline)
    shares = outcome.shares
    assert _share(outcome, "CHN") == pytest.approx(0.30, abs=1e-12)
    assert shares.sum() == pytest.approx(1.0, abs=1e-12)
    assert shares.min() >= 0.0
    before = baseline.shares
    ita, rus = baseline.index_of("ITA"), baseline.index_of("RUS")
    assert shares[ita] / shares[rus] == pytest.approx(before[ita] / before[rus], rel=1e-12)
    assert outcome.values.sum() == pytest.approx(baseline.values.sum(), rel=1e-12)


def test_locked_partner_is_untouched(baseline) -> None:  # type: ignore[no-untyped-def]
    scenario = KAZ_2022_EXPORTS.with_edit(SetLock(("RUS",))).with_edit(SetShare("CHN", 0.40))
    outcome = apply(scenario, baseline)
    assert outcome.locked == frozenset({"RUS"})
    assert _share(outcome, "RUS") == pytest.approx(
        float(baseline.shares[baseline.index_of("RUS")]), abs=1e-15
    )
    assert _share(outcome, "CHN") == pytest.approx(0.40, abs=1e-12)


def test_infeasible_share_is_clamped_and_said(baseline) -> None:  # type: ignore[no-untyped-def]
    everyone_but_china = tuple(c for c in baseline.codes if c not in ("CHN", "ITA"))
    scenario = KAZ_2022_EXPORTS.with_edit(SetLock(everyone_but_china)).with_edit(
        SetShare("CHN", 0.9)
    )
    outcome = apply(scenario, baseline)
    assert len(outcome.messages) == 1
    feasible = float(
        baseline.shares[baseline.index_of("CHN")] + baseline.shares[baseline.index_of("ITA")]
    )
    assert _share(outcome, "CHN") == pytest.approx(feasible, abs=1e-12)
    assert _share(outcome, "ITA") == pytest.approx(0.0, abs=1e-12)


def test_students_question_italy_falls_by_a_third_china_takes_the_slack(baseline) -> None:  # type: ignore[no-untyped-def]
    ita = baseline.index_of("ITA")
    chn = baseline.index_of("CHN")
    target = float(baseline.shares[ita]) * 2 / 3
    scenario = KAZ_2022_EXPORTS.with_edit(
        SetShare("ITA", target, rule="from_partner", source="CHN")
    )
    outcome = apply(scenario, baseline)
    lost = baseline.values[ita] - outcome.values[ita]
    assert lost == pytest.approx(baseline.values[ita] / 3, rel=1e-9)
    assert outcome.values[chn] - baseline.values[chn] == pytest.approx(lost, rel=1e-9)
    others = np.ones(len(baseline.codes), bool)
    others[[ita, chn]] = False
    assert np.allclose(outcome.values[others], baseline.values[others], rtol=1e-12)
    comparison = compare(outcome)
    change = comparison.change["hhi"]
    assert change > 0  # China becomes the single largest buyer: more concentrated
    assert change == pytest.approx(comparison.contributions.sum(), abs=1e-12)


def test_scale_value_changes_the_total(baseline) -> None:  # type: ignore[no-untyped-def]
    outcome = apply(KAZ_2022_EXPORTS.with_edit(ScaleValue("ITA", -50.0)), baseline)
    ita = baseline.index_of("ITA")
    assert outcome.values[ita] == pytest.approx(baseline.values[ita] / 2)
    assert outcome.values.sum() == pytest.approx(baseline.values.sum() - baseline.values[ita] / 2)


def test_russia_cost_shock_on_imports_lowers_russias_share() -> None:
    scenario = Scenario("KAZ", 2022, "imports").with_edit(CostShock((("RUS", 0.3),), sigma=4.0))
    outcome = apply(scenario, load_baseline(scenario, load_catalog()))
    rus = outcome.baseline.index_of("RUS")
    assert outcome.shares[rus] < outcome.baseline.shares[rus]
    comparison = compare(outcome)
    assert comparison.change["hhi"] < 0  # Russia is the largest supplier: less concentrated
    assert comparison.change["hhi"] == pytest.approx(comparison.contributions.sum(), abs=1e-12)
    assert 0 < comparison.similarity < 1


def test_growth_by_vector(baseline) -> None:  # type: ignore[no-untyped-def]
    scenario = KAZ_2022_EXPORTS.with_edit(Growth((("CHN", 0.10),), years=5, by_vector=True))
    outcome = apply(scenario, baseline)
    assert outcome.growth_path is not None
    assert outcome.growth_path.shape == (6, len(baseline.codes))
    chn = baseline.index_of("CHN")
    assert outcome.values[chn] == pytest.approx(baseline.values[chn] * 1.1**5)
    assert outcome.values[baseline.index_of("ITA")] == baseline.values[baseline.index_of("ITA")]


def test_vectors_level_runs_indices_on_bloc_shares() -> None:
    scenario = Scenario("KAZ", 2022, "exports", level="vectors")
    catalog = load_catalog()
    vectors = load_baseline(scenario, catalog)
    partners = load_baseline(Scenario("KAZ", 2022, "exports"), catalog)
    assert vectors.codes[-1] == "ROW"
    assert vectors.values.sum() == pytest.approx(partners.values.sum())
    outcome = apply(scenario.with_edit(SetShare("CHN", 0.3)), vectors)
    comparison = compare(outcome)
    assert comparison.scenario["vector_balance"] == pytest.approx(
        float(indices.evenness(outcome.values)), abs=1e-12
    )
    # Partner level reports the same vector balance for the baseline.
    partner_cmp = compare(apply(Scenario("KAZ", 2022, "exports"), partners))
    assert partner_cmp.baseline["vector_balance"] == pytest.approx(
        comparison.baseline["vector_balance"]
    )


def test_unknown_partner_names_the_edit(baseline) -> None:  # type: ignore[no-untyped-def]
    scenario = KAZ_2022_EXPORTS.with_edit(SetLock(("RUS",))).with_edit(SetShare("XXX", 0.1))
    with pytest.raises(ValueError, match=r"edit 2 \(set_share\): 'XXX' is not in these data"):
        apply(scenario, baseline)


def test_hhi_reading_bands() -> None:
    assert hhi_reading(0.08) == "unconcentrated"
    assert hhi_reading(0.15) == "moderately concentrated"
    assert hhi_reading(0.20) == "highly concentrated"
    assert hhi_reading(float("nan")) == "no value"


def test_a_vector_squeezed_to_almost_nothing_can_be_set_back():
    # Found by hypothesis (test_cli_montecarlo_run): 5e-324 leaves the EAEU a subnormal sum,
    # and setting it back to 100 % divided by it (overflow, then inf and nan values).
    catalog = load_catalog()
    scenario = Scenario("KAZ", 2015, "exports", edits=(
        SetShare("EAEU", 5e-324, "proportional"), SetShare("EAEU", 1.0, "proportional")))
    baseline = load_baseline(scenario, catalog)
    with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
        outcome = apply(scenario, baseline)
    values = outcome.values
    assert np.isfinite(values).all()
    eaeu = [i for i, code in enumerate(baseline.codes) if code in {"RUS", "BLR", "ARM", "KGZ"}]
    assert values[eaeu].sum() == pytest.approx(values.sum())
