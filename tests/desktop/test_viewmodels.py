"""The view-model builders: plain numbers for the widgets, tested without a display."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from desktop import viewmodels as vm
from models import indices
from models.analysis import compare
from models.datasets import Catalog
from models.scenario import (
    Scenario,
    SetShare,
    apply,
    load_baseline,
)

QT_FREE = True  # conftest: no QApplication for this module


def test_viewmodels_import_no_qt() -> None:
    code = (
        "import sys, desktop.viewmodels; "
        "bad = [m for m in sys.modules "
        "if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.fixture(scope="module")
def exports_2022(catalog: Catalog) -> tuple[Scenario, object]:
    scenario = Scenario("KAZ", 2022, "exports")
    return scenario, load_baseline(scenario, catalog)


def test_index_rows_cover_every_index_with_change(exports_2022) -> None:  # type: ignore[no-untyped-def]
    scenario, baseline = exports_2022
    comparison = compare(apply(scenario.with_edit(SetShare("CHN", 0.4)), baseline))
    rows = vm.index_rows(comparison)
    keys = [row.key for row in rows]
    assert keys[: len(indices.INDEX_KEYS)] == list(indices.INDEX_KEYS)
    assert "vector_balance" in keys
    assert keys.count("similarity") == 1
    by_key = {row.key: row for row in rows}
    assert by_key["hhi"].scenario == pytest.approx(comparison.scenario["hhi"])
    assert by_key["hhi"].change == pytest.approx(comparison.change["hhi"])
    assert by_key["hhi"].change > 0
    assert by_key["similarity"].baseline == 1.0
    assert by_key["similarity"].scenario == pytest.approx(comparison.similarity)
    assert by_key["cr1"].scenario_text == f"{100 * comparison.scenario['cr1']:.2f} %"
    assert by_key["cr1"].change_text.endswith(" pp")


def test_format_handles_nan_and_signs() -> None:
    assert vm.format_value("hhi", float("nan")) == "n/a"
    assert vm.format_change("hhi", 0.01234) == "+0.0123"
    assert vm.format_change("cr3", -0.05) == "-5.00 pp"
    assert vm.format_value("equivalent_partners", 8.456) == "8.46"


def test_share_bars_top_partners_ordered_by_baseline(exports_2022) -> None:  # type: ignore[no-untyped-def]
    scenario, baseline = exports_2022
    small = baseline.codes[int(np.argsort(baseline.values)[len(baseline.codes) // 2])]
    comparison = compare(apply(scenario.with_edit(SetShare(small, 0.3)), baseline))
    bars = vm.share_bars(comparison, top=15)
    assert len(bars.codes) == 15
    assert small in bars.codes  # lifted into the top by the scenario
    assert list(bars.baseline) == sorted(bars.baseline, reverse=True)
    i = bars.codes.index(small)
    assert bars.scenario[i] == pytest.approx(0.3)
    assert bars.codes[0] == "ITA"


def test_contribution_bars_sum_to_the_change_in_hhi(exports_2022) -> None:  # type: ignore[no-untyped-def]
    scenario, baseline = exports_2022
    comparison = compare(apply(scenario.with_edit(SetShare("RUS", 0.25)), baseline))
    bars, others, count = vm.contribution_bars(comparison, top=10)
    assert len(bars.codes) == 10
    assert count > 0
    total = float(bars.scenario.sum()) + others
    assert total == pytest.approx(comparison.change["hhi"] * 10_000, rel=1e-9)
    assert list(bars.scenario) == sorted(bars.scenario, reverse=True)
    assert bars.codes[0] == "RUS"  # Russia's rise adds most


def test_contribution_bars_empty_without_change(exports_2022) -> None:  # type: ignore[no-untyped-def]
    scenario, baseline = exports_2022
    bars, others, count = vm.contribution_bars(compare(apply(scenario, baseline)))
    assert bars.codes == ()
    assert others == 0.0
    assert count == 0


def test_vector_bars_partners_and_vectors_level(catalog: Catalog) -> None:
    scenario = Scenario("KAZ", 2022, "exports")
    comparison = compare(apply(scenario, load_baseline(scenario, catalog)))
    bars = vm.vector_bars(comparison)
    assert bars.labels == comparison.vector_names
    assert bars.baseline.sum() == pytest.approx(1.0)
    vectors = Scenario("KAZ", 2022, "exports", level="vectors")
    at_level = vm.vector_bars(compare(apply(vectors, load_baseline(vectors, catalog))))
    assert at_level.codes == bars.codes
    np.testing.assert_allclose(at_level.baseline, bars.baseline)
