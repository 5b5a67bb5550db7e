"""The command line, run in-process through models.cli.main (as `python -m models` does)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from models import cli, scenario_files
from models.resources import asset_path
from models.scenario import CostShock, Scenario

PRESETS = sorted(asset_path("presets").glob("*.json"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_indices_2022_exports_top_three(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "indices", "--year", "2022", "--flow", "exports", "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert [row["code"] for row in payload["top"][:3]] == ["ITA", "CHN", "RUS"]
    assert payload["top"][0]["value_usd_m"] == pytest.approx(13_853.7)
    assert payload["source"]
    assert payload["hhi_points"] == pytest.approx(payload["indices"]["hhi"] * 10_000)
    assert payload["official_total_usd_m"] == pytest.approx(84_593.1)
    assert payload["unallocated_usd_m"] == pytest.approx(84_593.1 - payload["total_usd_m"])


def test_indices_table_shows_both_hhi_scales_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "indices", "--year", "2022", "--flow", "exports")
    assert code == 0
    lines = out.splitlines()
    ranked = [line for line in lines if line.strip()[:2] in ("1 ", "2 ", "3 ")]
    assert "Italy" in ranked[0]
    assert "China" in ranked[1]
    assert "Russia" in ranked[2]
    assert "HHI on the 0-10,000 scale" in out
    assert "Source:" in out
    assert "Unallocated" in out


def test_first_published_release(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "indices", "--year", "2022", "--release", "first_published", "--format", "json"
    )
    assert code == 0
    payload = json.loads(out)
    values = {row["code"]: row["value_usd_m"] for row in payload["top"]}
    assert values["ITA"] == pytest.approx(13_900)
    assert values["CHN"] == pytest.approx(13_200)
    assert values["RUS"] == pytest.approx(8_800)
    assert payload["status"] == "partial"


def test_blocs_level_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "indices", "--year", "2022", "--level", "blocs", "--format", "csv")
    assert code == 0
    rows = {row["index"]: row["value"] for row in csv.DictReader(io.StringIO(out))}
    assert 0 < float(rows["evenness"]) < 1
    assert float(rows["hhi_points"]) == pytest.approx(float(rows["hhi"]) * 10_000)


def test_errors_are_unix_like(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "indices", "--year", "1890")
    assert code == 1
    assert out == ""
    assert err.startswith("multivector-batch: error:")
    assert "1890" in err
    with pytest.raises(SystemExit) as info:
        cli.main(["indices", "--flow", "smuggling"])
    assert info.value.code == 2


def test_data_lists_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "data", "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert payload["reporters"][0]["reporter"] == "KAZ"
    assert all(s["source"] and s["unit"] and s["release"] for s in payload["sources"])


def test_every_preset_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(PRESETS) >= 6
    for preset in PRESETS:
        code, out, err = run(capsys, "run", str(preset), "--format", "json")
        assert code == 0, (preset.name, err)
        payload = json.loads(out)
        assert payload["change"]["hhi"] == pytest.approx(
            payload["hhi_change_sum_of_contributions"], abs=1e-12
        )
        assert scenario_files.load(preset).description


def test_russia_shock_preset_lowers_russias_share(capsys: pytest.CaptureFixture[str]) -> None:
    preset = next(p for p in PRESETS if "russia" in p.name)
    code, out, _ = run(capsys, "run", str(preset), "--format", "json", "--top", "300")
    assert code == 0
    payload = json.loads(out)
    russia = next(row for row in payload["contributions"] if row["code"] == "RUS")
    assert russia["scenario_share"] < russia["baseline_share"]
    total = sum(row["hhi_contribution"] for row in payload["contributions"])
    assert payload["change"]["hhi"] == pytest.approx(total, abs=1e-12)


def test_membership_shares_in_indices_and_run(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "indices", "--year", "2022", "--format", "json")
    assert code == 0
    memberships = json.loads(out)["memberships"]
    assert list(memberships) == ["EAEU", "EU27", "OTS", "CIS", "SCO"]
    assert memberships["EAEU"] == pytest.approx(10_098.9 / 84_577.6, abs=1e-5)
    code, out, _ = run(capsys, "indices", "--year", "2022")
    assert "Eurasian Economic Union (EAEU)" in out
    assert "11.94 %" in out
    code, out, _ = run(capsys, "indices", "--year", "2022", "--format", "csv")
    rows = dict(csv.reader(io.StringIO(out)))
    assert float(rows["membership_share_SCO"]) == pytest.approx(memberships["SCO"], rel=1e-12)
    preset = next(p for p in PRESETS if "russia" in p.name)
    code, out, _ = run(capsys, "run", str(preset), "--format", "json")
    eaeu = next(m for m in json.loads(out)["memberships"] if m["bloc"] == "EAEU")
    assert eaeu["scenario_share"] < eaeu["baseline_share"]  # Russia is dearer, so less EAEU
    code, out, _ = run(capsys, "run", str(preset))
    assert "Shares of overlapping memberships" in out


def test_montecarlo_is_reproducible(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "shock.json"
    scenario_files.save(
        Scenario("KAZ", 2022, "imports").with_edit(CostShock((("RUS", 0.3),))), path
    )
    args = ("montecarlo", str(path), "--draws", "500", "--seed", "7", "--format", "json")
    first = json.loads(run(capsys, *args)[1])
    second = json.loads(run(capsys, *args)[1])
    assert first == second
    low, mid, high = first["bands"]["hhi"]
    assert low <= mid <= high
    assert low < high
    other = json.loads(run(capsys, *args[:-4], "--seed", "8", "--format", "json")[1])
    assert other["bands"]["hhi"] != first["bands"]["hhi"]


def test_broken_scenario_file_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    broken = Path(__file__).parent / "broken_scenarios" / "share_is_text.json"
    code, _, err = run(capsys, "run", str(broken))
    assert code == 1
    assert "share_is_text.json: edits[0].share" in err


def test_python_dash_m_models_runs_without_qt(tmp_path: Path) -> None:
    # A fresh interpreter with Qt made unimportable: `python -m models` still works.
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, _Block())\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "models", "indices", "--year", "2022", "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("index,value")
