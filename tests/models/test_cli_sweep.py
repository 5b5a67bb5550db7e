"""`sweep`: the curve of models.sweep as a table, CSV and strict JSON; options checked."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from models import scenario_files
from models.cli import main
from models.datasets import load_catalog
from models.resources import asset_path
from models.scenario import Scenario, SetLock, SetShare, apply, load_baseline
from models.sweep import sweep

PRESET = str(asset_path("presets") / "russia_trade_shock.json")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(argv))
        except SystemExit as exc:  # argparse errors
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


def _strict(text: str) -> Any:
    def refuse(token: str) -> Any:
        raise ValueError(f"not strict JSON: {token}")

    return json.loads(text, parse_constant=refuse)


def test_json_csv_and_table_give_the_models_curve() -> None:
    scenario = scenario_files.load(PRESET)
    expected = sweep(apply(scenario, load_baseline(scenario, load_catalog())), "CHN", "hhi",
                     points=21)
    status, text, _ = _run("sweep", PRESET, "--partner", "CHN", "--index", "hhi",
                           "--points", "21", "--format", "json")
    assert status == 0
    payload = _strict(text)
    assert [p["share"] for p in payload["points"]] == expected.shares.tolist()
    assert [p["value"] for p in payload["points"]] == expected.values.tolist()
    assert payload["scenario"]["value"] == expected.current_value
    assert payload["rule"] == "proportional"
    assert payload["name"] == "China"
    assert [b["hhi_points"] for b in payload["band_thresholds"]] == [1000.0, 1800.0]

    status, text, _ = _run("sweep", PRESET, "--partner", "CHN", "--index", "hhi",
                           "--points", "21", "--format", "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["share", "hhi"]
    assert [float(r[1]) for r in rows[1:]] == expected.values.tolist()

    status, text, _ = _run("sweep", PRESET, "--partner", "CHN", "--index", "hhi",
                           "--points", "21")
    assert status == 0
    assert "as China's share goes from 0 to 100 %" in text
    assert "Band thresholds on this scale: 0.1 (1,000 HHI points)" in text


def test_unreachable_points_are_null_and_said(tmp_path: Path) -> None:
    scenario = Scenario("KAZ", 2022, "exports", edits=(SetLock(("ITA",)),
                                                       SetShare("CHN", 0.3, "equal")))
    path = tmp_path / "locked.json"
    scenario_files.save(scenario, path)
    status, text, _ = _run("sweep", str(path), "--partner", "CHN", "--index", "gini",
                           "--points", "11", "--format", "json")
    payload = _strict(text)
    assert payload["rule"] == "equal"  # the scenario's last share rule
    assert payload["points"][-1]["value"] is None
    assert payload["unreachable_points"] > 0
    status, text, _ = _run("sweep", str(path), "--partner", "CHN", "--index", "gini",
                           "--points", "11")
    assert "points outside are n/a" in text
    assert "n/a" in text.splitlines()[-1]
    status, _, err = _run("sweep", str(path), "--partner", "ITA", "--index", "gini")
    assert status == 1
    assert "Italy is locked" in err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--partner", "CHN", "--index", "nonsense"], "argument --index: invalid choice"),
        (["--partner", "CHN", "--index", "hhi", "--points", "1"], "from 2 to 10,001"),
        (["--partner", "CHN", "--index", "hhi", "--points", "2.5"], "whole number"),
        (["--partner", "XYZ", "--index", "hhi"], "'XYZ' is not a category"),
        (["--partner", "CHN", "--index", "hhi", "--source", "RUS"], "only with --rule"),
        (["--partner", "CHN", "--index", "hhi", "--rule", "from_partner"], "needs --source"),
        (["--index", "hhi"], "--partner"),
    ],
)
def test_bad_options_exit_2_naming_the_option(argv: list[str], words: str) -> None:
    status, out, err = _run("sweep", PRESET, *argv)
    assert status == 2
    assert out == ""
    assert words in err


def test_rule_and_source_on_the_command_line() -> None:
    status, text, _ = _run("sweep", PRESET, "--partner", "CHN", "--index", "cr1", "--rule",
                           "from_partner", "--source", "RUS", "--points", "5", "--format",
                           "json")
    payload = _strict(text)
    assert status == 0
    assert (payload["rule"], payload["source"]) == ("from_partner", "RUS")
    scenario = scenario_files.load(PRESET)
    outcome = apply(scenario, load_baseline(scenario, load_catalog()))
    russia = float(outcome.shares[outcome.baseline.index_of("RUS")])
    # China can take what Russia has after the shock, no more.
    assert payload["feasible"] == pytest.approx([0.0, payload["scenario"]["share"] + russia])


def test_vector_balance_needs_vectors(tmp_path: Path) -> None:
    path = tmp_path / "products.json"
    scenario_files.save(Scenario("KAZ", 2022, "exports", dimension="hs_sections"), path)
    status, _, err = _run("sweep", str(path), "--partner", "V", "--index", "vector_balance")
    assert status == 2
    assert "needs partners grouped into vectors" in err
