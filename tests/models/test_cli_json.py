"""Every command's JSON is strict JSON: no NaN or Infinity, undefined numbers as null.

Parsed with a strict parser over every preset, over the data's selectors and over
degenerate scenarios (no trade left at partner, vector and product level).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from models import cli, scenario_files
from models._cli_json import json_ready, json_text
from models.datasets import load_catalog
from models.resources import asset_path
from models.scenario import CostShock, Growth, ScaleValue, Scenario, load_baseline

PRESETS = sorted(asset_path("presets").glob("*.json"))


def _refuse(token: str) -> Any:
    raise AssertionError(f"{token} is not JSON")


def strict(text: str) -> Any:
    return json.loads(text, parse_constant=_refuse)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code = cli.main([*argv, "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return strict(captured.out)


def _nothing_left(scenario: Scenario, *, shock: bool = False) -> Scenario:
    """``scenario`` with every category scaled by -100 % (and a cost shock after, if asked)."""
    codes = load_baseline(scenario, load_catalog()).codes
    edits: tuple[Any, ...] = tuple(ScaleValue(code, -100.0) for code in codes)
    if shock:
        edits += (CostShock(((codes[0], 0.2),)),)
    return Scenario(**{**scenario.__dict__, "edits": edits})


DEGENERATE = {
    "partners": Scenario("KAZ", 2022, "exports"),
    "vectors": Scenario("KAZ", 2022, "imports", level="vectors"),
    "hs_sections": Scenario("KAZ", 2022, "exports", dimension="hs_sections"),
    "hs_chapters": Scenario("KAZ", 2022, "imports", dimension="hs_chapters"),
}


@pytest.fixture(scope="module")
def degenerate_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("degenerate")
    files = {}
    for name, scenario in DEGENERATE.items():
        for shock in (False, True):
            path = folder / f"{name}{'_shock' if shock else ''}.json"
            scenario_files.save(_nothing_left(scenario, shock=shock), path)
            files[path.stem] = path
    # growth of -99 % a year for 200 years underflows every value to zero
    shrink = Scenario(
        "KAZ", 2022, "exports", edits=(Growth((), years=200, default_rate=-0.99),
                                       CostShock((("RUS", 0.2),)))
    )
    files["growth_shock"] = folder / "growth_shock.json"
    scenario_files.save(shrink, files["growth_shock"])
    return files


def test_every_preset_run_is_strict_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(PRESETS) >= 6
    for preset in PRESETS:
        payload = run_json(capsys, "run", str(preset), "--top", "500")
        assert payload["change"]["hhi"] == pytest.approx(
            payload["hhi_change_sum_of_contributions"], abs=1e-12
        )


def test_every_preset_with_a_shock_montecarlo_is_strict_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shocked = [p for p in PRESETS if any(
        isinstance(e, CostShock) for e in scenario_files.load(p).edits)]
    assert shocked
    for preset in shocked:
        payload = run_json(capsys, "montecarlo", str(preset), "--draws", "300")
        assert payload["percentiles"] == [5.0, 50.0, 95.0]
        assert all(len(band) == 3 for band in payload["bands"].values())


@pytest.mark.parametrize(
    "argv",
    [
        (),
        ("--year", "2022", "--flow", "imports"),
        ("--year", "2022", "--flow", "turnover", "--level", "blocs"),
        ("--year", "2022", "--release", "first_published"),
        ("--year", "2022", "--release", "first_published", "--level", "blocs"),
        ("--year", "2022", "--dimension", "hs_sections", "--active-only"),
        ("--year", "2022", "--dimension", "hs_chapters", "--flow", "imports"),
        ("--top", "0",),
    ],
)
def test_indices_is_strict_json(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    payload = run_json(capsys, "indices", *argv)
    assert set(payload["indices"]) >= {"hhi", "evenness", "cr1"}


def test_every_year_and_flow_is_strict_json(capsys: pytest.CaptureFixture[str]) -> None:
    catalog = load_catalog()
    reporter = catalog.default_reporter
    for year in catalog.years(reporter):
        for flow in ("exports", "imports", "turnover"):
            run_json(capsys, "indices", "--year", str(year), "--flow", flow, "--level", "blocs")


def test_data_is_strict_json(capsys: pytest.CaptureFixture[str]) -> None:
    payload = run_json(capsys, "data")
    assert payload["sources"]


@pytest.mark.parametrize("name", sorted(DEGENERATE))
def test_run_with_no_trade_left_gives_null_indices(
    capsys: pytest.CaptureFixture[str], degenerate_files: dict[str, Path], name: str
) -> None:
    payload = run_json(capsys, "run", str(degenerate_files[name]))
    assert all(value is None for value in payload["scenario"].values())
    assert all(value is None for value in payload["change"].values())
    assert all(isinstance(value, float) for value in payload["baseline"].values())
    assert payload["hhi_change_sum_of_contributions"] is None
    for membership in payload["memberships"]:
        assert membership["scenario_share"] is None


@pytest.mark.parametrize("name", sorted(DEGENERATE))
def test_run_table_with_no_trade_left_says_n_a(
    capsys: pytest.CaptureFixture[str], degenerate_files: dict[str, Path], name: str
) -> None:
    code = cli.main(["run", str(degenerate_files[name])])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "leaves no trade" in out
    assert not re.search(r"\bnan\b", out, re.IGNORECASE)
    code = cli.main(["run", str(degenerate_files[name]), "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not re.search(r"\bnan\b", out, re.IGNORECASE)


@pytest.mark.parametrize("name", [*(f"{n}_shock" for n in DEGENERATE), "growth_shock"])
def test_montecarlo_with_no_trade_left_gives_null_bands(
    capsys: pytest.CaptureFixture[str], degenerate_files: dict[str, Path], name: str
) -> None:
    payload = run_json(capsys, "montecarlo", str(degenerate_files[name]), "--draws", "50")
    assert payload["bands"]
    assert all(v is None for band in payload["bands"].values() for v in band)


def test_json_ready_turns_numpy_and_non_finite_numbers() -> None:
    value = {
        "a": np.float64("nan"),
        "b": [np.inf, -np.inf, 1.5],
        "c": np.array([[1.0, np.nan]]),
        "d": (np.int64(3), np.bool_(True), "Türkiye", None),
    }
    assert json_ready(value) == {
        "a": None,
        "b": [None, None, 1.5],
        "c": [[1.0, None]],
        "d": [3, True, "Türkiye", None],
    }
    assert strict(json_text(value))["b"] == [None, None, 1.5]
    assert "Türkiye" in json_text(value)  # text is kept readable, not \u-escaped


def test_json_ready_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="set"):
        json_ready({"a": {1, 2}})
    with pytest.raises(TypeError, match="key"):
        json_ready({1: "a"})
