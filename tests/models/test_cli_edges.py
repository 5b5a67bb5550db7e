"""Command-line edges: bad numbers on the command line, hostile files, missing data."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from models import cli, scenario_files
from models._cli_args import MAX_DRAW_ELEMENTS, MAX_DRAWS
from models.resources import ASSETS_ENV, asset_path
from models.scenario import CostShock, Scenario, SetShare

RUSSIA_SHOCK = asset_path("presets", "russia_trade_shock.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse: exit status 2
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- numbers on the command line ---------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "-1", "abc", "1.5", "nan", "inf", ""])
@pytest.mark.parametrize("command", ["indices", "run"])
def test_top_must_be_a_whole_number_at_least_zero(
    capsys: pytest.CaptureFixture[str], command: str, value: str
) -> None:
    argv = [command, str(RUSSIA_SHOCK)] if command == "run" else [command]
    code, out, err = run(capsys, *argv, "--top", value)
    assert code == 2
    assert out == ""
    assert "argument --top" in err
    assert "Traceback" not in err


def test_top_zero_lists_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "indices", "--year", "2022", "--top", "0")
    assert code == 0
    assert "Top 0 of" in out


@pytest.mark.parametrize("value", ["0", "-3", "many", "2.5", str(MAX_DRAWS + 1), "1e8"])
def test_draws_are_validated(capsys: pytest.CaptureFixture[str], value: str) -> None:
    code, out, err = run(capsys, "montecarlo", str(RUSSIA_SHOCK), "--draws", value)
    assert code == 2
    assert out == ""
    assert "argument --draws" in err


def test_too_many_draws_say_the_memory(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "montecarlo", str(RUSSIA_SHOCK), "--draws", "100000000")
    assert (code, out) == (2, "")
    assert re.search(r"argument --draws: 100,000,000 draws over 205 partners would need "
                     r"about 1\.01 TB of memory", err)
    assert f"draws are at most {MAX_DRAWS:,}" in err


def test_draws_times_partners_are_capped(capsys: pytest.CaptureFixture[str]) -> None:
    # 205 partners: 300,000 draws are 61.5 million draw-partners
    code, out, err = run(capsys, "montecarlo", str(RUSSIA_SHOCK), "--draws", "300000")
    assert (code, out) == (2, "")
    assert f"draws x partners at most {MAX_DRAW_ELEMENTS:,}" in err
    assert "would need about 3.03 GB of memory" in err
    most = int(re.search(r"at most ([\d,]+) draws here", err)[1].replace(",", ""))  # type: ignore[index]
    assert most * 205 <= MAX_DRAW_ELEMENTS < (most + 1) * 205


def test_vectors_count_their_partners_for_the_cap(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "vectors.json"
    scenario_files.save(
        Scenario("KAZ", 2022, "imports", level="vectors", edits=(CostShock((("EAEU", 0.3),)),)),
        path,
    )
    code, _, err = run(capsys, "montecarlo", str(path), "--draws", "300000")
    assert code == 2
    assert "over 205 partners" in err


def _two_shocks(tmp_path: Path) -> Path:
    # The case: two shock edits on one partner, after a share edit.
    path = tmp_path / "two_shocks.json"
    scenario = Scenario(
        "KAZ", 2022, "imports",
        edits=(CostShock((("RUS", 0.3),), sigma=4.0), SetShare("CHN", 0.3),
               CostShock((("RUS", 0.2), ("CHN", -0.1)), sigma=4.0)),
    )
    scenario_files.save(scenario, path)
    return path


def test_montecarlo_with_fixed_sigma_and_no_spread_equals_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _two_shocks(tmp_path)
    code, out, err = run(capsys, "run", str(path), "--format", "json")
    assert code == 0, err
    expected = json.loads(out)["scenario"]
    code, out, err = run(capsys, "montecarlo", str(path), "--draws", "20", "--format", "json",
                         "--sigma-range", "4", "4", "--shock-spread", "0")
    assert code == 0, err
    bands = json.loads(out)["bands"]
    for key, value in expected.items():
        assert bands[key] == pytest.approx([value] * 3, rel=1e-9, abs=1e-12), key


def test_every_preset_montecarlo_collapses_onto_run(capsys: pytest.CaptureFixture[str]) -> None:
    for preset in sorted(asset_path("presets").glob("*.json")):
        scenario = scenario_files.load(preset)
        sigmas = {e.sigma for e in scenario.edits if isinstance(e, CostShock)}
        if len(sigmas) != 1:
            continue
        sigma = str(sigmas.pop())
        code, out, _ = run(capsys, "run", str(preset), "--format", "json")
        expected = json.loads(out)["scenario"]
        code, out, err = run(capsys, "montecarlo", str(preset), "--draws", "5", "--format",
                             "json", "--sigma-range", sigma, sigma, "--shock-spread", "0")
        assert code == 0, (preset.name, err)
        bands = json.loads(out)["bands"]
        assert bands["hhi"] == pytest.approx([expected["hhi"]] * 3, rel=1e-9), preset.name


@pytest.mark.parametrize(
    ("option", "values"),
    [
        ("--seed", ["-1"]),
        ("--seed", ["x"]),
        ("--sigma-range", ["0", "4"]),
        ("--sigma-range", ["nan", "4"]),
        ("--sigma-range", ["6", "2"]),
        ("--shock-spread", ["-0.1"]),
        ("--shock-spread", ["inf"]),
    ],
)
def test_montecarlo_options_are_validated(
    capsys: pytest.CaptureFixture[str], option: str, values: list[str]
) -> None:
    code, out, err = run(capsys, "montecarlo", str(RUSSIA_SHOCK), "--draws", "10", option, *values)
    assert code == 2
    assert out == ""
    assert f"argument {option}" in err
    assert "`" not in err  # no internal argument names


def _shock_file(tmp_path: Path, shock: float) -> Path:
    path = tmp_path / "cut.json"
    scenario = Scenario(
        "KAZ", 2022, "imports",
        edits=(SetShare("CHN", 0.3), CostShock((("RUS", 0.1),)), CostShock((("RUS", shock),))),
    )
    scenario_files.save(scenario, path)
    return path


def test_deep_cost_cut_names_the_edit_and_the_spread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _shock_file(tmp_path, -0.7)
    code, out, err = run(capsys, "montecarlo", str(path), "--draws", "100")
    assert code == 1
    assert out == ""
    assert "cut.json: edit 3 (cost_shock): the shock on RUS is -0.7" in err
    assert "--shock-spread 0.5" in err
    assert "--shock-spread 0.42 or less" in err
    assert "shocks_low" not in err
    code, _, err = run(capsys, "montecarlo", str(path), "--draws", "100", "--shock-spread", "0.42")
    assert code == 0, err


def test_cost_cut_of_99_percent_runs_without_spread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _shock_file(tmp_path, -0.99)
    code, _, err = run(capsys, "montecarlo", str(path), "--draws", "100", "--shock-spread", "0")
    assert code == 0, err
    code, _, err = run(capsys, "montecarlo", str(path), "--draws", "100")
    assert code == 1
    assert "--shock-spread 0.01 or less" in err


# --- words for the categories --------------------------------------------------------------


@pytest.mark.parametrize(
    ("dimension", "label", "noun"),
    [("hs_sections", "product groups (HS sections)", "product group"),
     ("hs_chapters", "product groups (HS chapters)", "product group")],
)
def test_product_dimensions_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dimension: str, label: str, noun: str
) -> None:
    code, out, _ = run(capsys, "indices", "--year", "2022", "--dimension", dimension)
    assert code == 0
    head, _, rest = out.partition("\nIndices (")
    indices_part = rest.partition("\n\n")[0]
    assert label in head.splitlines()[0]
    assert f"{noun}s (US$ million" in head
    assert f"all {noun}s, zeros included" in indices_part
    assert f"largest {noun}'s share (CR1)" in indices_part
    assert "partner" not in (head.splitlines()[0] + indices_part).lower()
    path = tmp_path / "products.json"
    scenario_files.save(Scenario("KAZ", 2022, "exports", dimension=dimension), path)
    code, out, _ = run(capsys, "run", str(path))
    assert code == 0
    assert label in out.splitlines()[0]
    assert "partner" not in out.lower()


def test_blocs_of_products_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "indices", "--level", "blocs", "--dimension", "hs_sections")
    assert code == 2
    assert "--dimension partners" in err


def test_product_dimension_defaults_to_a_year_it_holds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "indices", "--dimension", "hs_sections")
    assert code == 0, err
    assert ", 2022, " in out.splitlines()[0]


# --- hostile scenario files ------------------------------------------------------------


def test_lone_surrogate_title_is_refused_cleanly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "surrogate.json"
    text = scenario_files.dumps(Scenario("KAZ", 2022)).replace('"title": ""', '"title": "\\ud800"')
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "run", str(path))
    assert (code, out) == (1, "")
    assert "surrogate.json: title: character 1" in err


def test_huge_number_is_refused_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    broken = Path(__file__).parent / "broken_scenarios" / "number_401_digits.json"
    code, _, err = run(capsys, "run", str(broken))
    assert code == 1
    assert "edits[0].percent" in err
    assert "Overflow" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_run_on_a_named_pipe_returns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    codes: list[int] = []
    worker = threading.Thread(target=lambda: codes.append(cli.main(["run", str(fifo)])),
                              daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("run on a named pipe blocked")
    assert codes == [1]
    assert "named pipe" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_run_on_dev_zero_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "run", "/dev/zero")
    assert code == 1
    assert "zero: a device, not a file" in err


def test_edit_that_cannot_apply_names_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "unknown.json"
    scenario_files.save(Scenario("KAZ", 2022, edits=(SetShare("XXX", 0.2),)), path)
    code, _, err = run(capsys, "run", str(path))
    assert code == 1
    assert err.startswith("multivector-batch: error: unknown.json: ")
    assert "XXX" in err


# --- missing or damaged data -------------------------------------------------------------


def _damaged_copy(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    shutil.copytree(asset_path("data"), root / "data")
    return root


@pytest.mark.parametrize("damage", ["missing", "empty_data", "no_catalog", "bad_catalog",
                                    "catalog_is_folder", "truncated_csv"])
@pytest.mark.parametrize("command", [["indices"], ["data"], ["run", str(RUSSIA_SHOCK)],
                                     ["montecarlo", str(RUSSIA_SHOCK), "--draws", "10"]])
def test_missing_or_damaged_data_say_so(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    damage: str,
    command: list[str],
) -> None:
    root = tmp_path / "nowhere"
    if damage == "empty_data":
        (root / "data").mkdir(parents=True)
    elif damage != "missing":
        root = _damaged_copy(tmp_path)
        catalog = root / "data" / "catalog.json"
        if damage == "no_catalog":
            catalog.unlink()
        elif damage == "bad_catalog":
            catalog.write_bytes(b"\xff\xfe garbage")
        elif damage == "catalog_is_folder":
            catalog.unlink()
            catalog.mkdir()
        else:
            partners = root / "data" / "reporters" / "KAZ" / "partners.csv"
            partners.write_bytes(partners.read_bytes()[:5000])
    monkeypatch.setenv(ASSETS_ENV, str(root))
    code, out, err = run(capsys, *command)
    assert (code, out) == (1, "")
    assert err.startswith("multivector-batch: error: The trade data that come with "
                          "Multivector could not be read.")
    assert "reinstall" in err
    assert "Traceback" not in err


def test_missing_data_in_a_fresh_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "models", "indices"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, ASSETS_ENV: str(tmp_path / "nowhere")},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert "assets folder was not found" in result.stderr
    assert "Traceback" not in result.stderr
