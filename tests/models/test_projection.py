"""models.projection: every index along a scenario's projection and the baseline's."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from models import indices, simulate
from models.datasets import Catalog, load_catalog
from models.edits import Edit
from models.projection import growth_position, projection_of
from models.scenario import CostShock, Growth, Scenario, SetShare
from models.workbench import Workbench, WorkbenchState


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def build(catalog: Catalog, *edits: Edit, level: str = "partners") -> WorkbenchState:
    scenario = Scenario("KAZ", 2022, "exports", level=level, edits=tuple(edits))
    return Workbench(catalog).build(scenario)


def test_no_growth_edit_no_projection(catalog: Catalog) -> None:
    assert projection_of(build(catalog)) is None
    assert projection_of(build(catalog, SetShare("CHN", 0.3))) is None


def test_the_path_runs_from_the_data_year_and_ends_on_the_scenario(catalog: Catalog) -> None:
    growth = Growth((("CHN", 0.08),), 5, 0.02)
    state = build(catalog, SetShare("CHN", 0.3), growth)
    projection = projection_of(state)
    assert projection is not None
    assert projection.growth == growth
    assert projection.position == 2
    assert list(projection.years) == [2022, 2023, 2024, 2025, 2026, 2027]
    for key in (*indices.INDEX_KEYS, "vector_balance"):
        if key == "similarity":
            continue
        assert projection.scenario[key][-1] == pytest.approx(
            state.comparison.scenario[key], nan_ok=True), key
    # the first year is the scenario before growth: China at 30 %
    assert projection.scenario["cr1"][0] == pytest.approx(0.3)


def test_the_ghost_is_the_baseline_grown_at_the_same_rates(catalog: Catalog) -> None:
    growth = Growth((("CHN", 0.08),), 3, 0.0)
    state = build(catalog, CostShock((("RUS", 0.3),)), growth)
    projection = projection_of(state)
    assert projection is not None
    baseline = state.baseline
    rates = np.where(np.asarray(baseline.codes) == "CHN", 0.08, 0.0)
    expected = simulate.index_path(baseline.values, rates, 3, n=len(baseline.codes))
    np.testing.assert_allclose(projection.baseline["hhi"], expected["hhi"])
    assert projection.baseline["hhi"][0] == pytest.approx(
        state.comparison.baseline["hhi"])
    assert not np.allclose(projection.baseline["hhi"], projection.scenario["hhi"])


def test_edits_after_the_projection_count_in_its_last_year(catalog: Catalog) -> None:
    state = build(catalog, Growth((), 4, 0.05), SetShare("ITA", 0.5))
    projection = projection_of(state)
    assert projection is not None
    assert projection.scenario["cr1"][-1] == pytest.approx(0.5)
    # same growth everywhere: the shares do not move before the last year
    assert np.allclose(projection.scenario["hhi"][:-1], projection.scenario["hhi"][0])


def test_a_switched_off_projection_is_not_drawn(catalog: Catalog) -> None:
    state = build(catalog, Growth((), 4, 0.05))
    off = Workbench(catalog).build(replace(state.scenario, switched_off=frozenset({1})))
    assert growth_position(off) is None
    assert projection_of(off) is None


def test_by_vector_and_at_the_vectors_level(catalog: Catalog) -> None:
    growth = Growth((("EU27", 0.05), ("USA", 0.08)), 5, 0.02, by_vector=True)
    partners = projection_of(build(catalog, growth))
    vectors = projection_of(build(catalog, growth, level="vectors"))
    assert partners is not None
    assert vectors is not None
    # the vector balance is the same whether the categories are partners or vectors
    np.testing.assert_allclose(partners.scenario["vector_balance"],
                               vectors.scenario["vector_balance"])
    np.testing.assert_allclose(vectors.scenario["vector_balance"], vectors.scenario["evenness"])


def test_values_in_a_year(catalog: Catalog) -> None:
    projection = projection_of(build(catalog, Growth((("CHN", 0.1),), 2, 0.0)))
    assert projection is not None
    scenario, grown = projection.values_in(2024)
    assert scenario["hhi"] == pytest.approx(projection.scenario["hhi"][2])
    assert grown["hhi"] == pytest.approx(projection.baseline["hhi"][2])
    with pytest.raises(ValueError, match="`year` 2030 is not in the projection"):
        projection.values_in(2030)
