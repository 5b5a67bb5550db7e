"""``python -m models import``, ``mirror`` and ``--data FILE``, on every sample file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.cli import main
from models.scenario import Scenario, SetShare
from models.scenario_files import save
from models.user_data import USER_DATA_ENV

SAMPLES = Path(__file__).parent / "import_samples"
EXPECTED = {
    "comtrade_uzb_2022.csv": ("UZB", "reported", [2022]),
    "comtrade_monthly_mng_2023.csv": ("MNG", "reported", [2023]),
    "comtrade_mirror_kaz_2022.csv": ("KAZ", "mirror", [2022]),
    "comtrade_legacy_aze_2016.csv": ("AZE", "reported", [2016]),
    "wits_mng_2019_2021.csv": ("MNG", "reported", [2019, 2020, 2021]),
    "template_kgz_2021_cp1251.csv": ("KGZ", "reported", [2021]),
}


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv(USER_DATA_ENV, str(tmp_path / "user"))
    return tmp_path / "user"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_imports_from_the_command_line(capsys, user_data, name):
    reporter, kind, years = EXPECTED[name]
    status, out, _ = run(capsys, "import", str(SAMPLES / name), "--format", "json")
    assert status == 0
    found = json.loads(out)
    assert (found["reporter"], found["kind"], found["years"]) == (reporter, kind, years)
    assert found["new"] is True
    assert (user_data / "datasets" / found["kept_as"] / "dataset.json").is_file()
    status, out, _ = run(capsys, "import", str(SAMPLES / name))
    assert status == 0
    assert "Already imported" in out
    assert f"({reporter})" in out


def test_table_summary_names_what_it_found(capsys):
    status, out, _ = run(capsys, "import", str(SAMPLES / "comtrade_uzb_2022.csv"))
    assert status == 0
    assert "Uzbekistan (UZB)" in out
    assert "years: 2022; flows: exports, imports; by: partners, hs_sections, hs_chapters" in out
    assert "of which Areas, nes (899): 604.0" in out
    assert "breakdown by mode of transport" in out
    assert "Use it with: indices --reporter UZB" in out


def test_kept_reporter_is_used_by_indices(capsys):
    run(capsys, "import", str(SAMPLES / "wits_mng_2019_2021.csv"))
    status, out, _ = run(capsys, "indices", "--reporter", "MNG", "--year", "2021",
                         "--format", "json")  # fmt: skip
    assert status == 0
    payload = json.loads(out)
    assert payload["official_total_usd_m"] == pytest.approx(9247.1009)
    china, switzerland, korea, russia = 7070.3003, 1204.8002, 87.6, 78.4005
    total = china + switzerland + korea + russia
    hhi = sum((v / total) ** 2 for v in (china, switzerland, korea, russia))
    assert payload["indices"]["hhi"] == pytest.approx(hhi, rel=1e-12)
    status, out, _ = run(capsys, "data", "--format", "json")
    assert [r["reporter"] for r in json.loads(out)["reporters"]][-1] == "MNG"


def test_data_file_is_used_directly_and_not_kept(capsys, user_data):
    sample = SAMPLES / "template_kgz_2021_cp1251.csv"
    status, out, _ = run(capsys, "indices", "--data", str(sample), "--format", "json")
    assert status == 0
    payload = json.loads(out)
    assert payload["reporter"] == "KGZ"
    assert payload["year"] == 2021
    values = [624.8300005, 335.21, 309.57000025, 165.81]
    total = sum(values)
    assert payload["total_usd_m"] == pytest.approx(total)
    assert payload["indices"]["cr1"] == pytest.approx(values[0] / total, rel=1e-12)
    assert not (user_data / "datasets").exists()
    status, out, _ = run(capsys, "indices", "--data", str(sample), "--dimension",
                         "hs_chapters", "--format", "json")  # fmt: skip
    assert status == 0
    assert [row["code"] for row in json.loads(out)["top"]] == ["71", "26"]


def test_run_with_data_file(capsys, tmp_path):
    scenario = tmp_path / "uzb.json"
    save(Scenario("UZB", 2022, "exports").with_edit(SetShare("CHN", 0.5)), scenario)
    sample = str(SAMPLES / "comtrade_uzb_2022.csv")
    status, out, err = run(capsys, "run", str(scenario), "--data", sample, "--format", "json")
    assert status == 0, err
    assert json.loads(out)["reporter"] == "UZB"
    status, _, err = run(capsys, "run", str(scenario))
    assert status == 1
    assert "UZB" in err


def test_mirror_command_sets_the_sides_beside_each_other(capsys):
    mirror = str(SAMPLES / "comtrade_mirror_kaz_2022.csv")
    status, out, _ = run(capsys, "mirror", mirror, "--year", "2022", "--format", "json")
    assert status == 0
    payload = json.loads(out)
    assert payload["reporter"] == "KAZ"
    china = next(p for p in payload["partners"] if p["code"] == "CHN")
    assert china["mirror_usd_m"] == 14900.0
    assert china["gap_usd_m"] == pytest.approx(14900.0 - china["reported_usd_m"])
    run(capsys, "import", mirror)
    status, out, _ = run(capsys, "mirror", "--reporter", "KAZ", "--flow", "imports")
    assert status == 0
    assert "China" in out
    assert "16,300.0" in out


def test_import_errors_name_file_line_and_column(capsys, tmp_path):
    broken = tmp_path / "broken.csv"
    text = (SAMPLES / "wits_mng_2019_2021.csv").read_text(encoding="utf-8")
    broken.write_text(text.replace("5491100.4", "5491x00.4"), encoding="utf-8")
    status, _, err = run(capsys, "import", str(broken))
    assert status == 1
    assert "broken.csv, line 3: column '2020' (7): '5491x00.4' is not a number" in err


def test_list_and_remove(capsys):
    _, out, _ = run(capsys, "import", str(SAMPLES / "comtrade_legacy_aze_2016.csv"),
                    "--format", "json")  # fmt: skip
    kept = json.loads(out)["kept_as"]
    status, out, _ = run(capsys, "import", "--list")
    assert status == 0
    assert kept in out
    status, out, _ = run(capsys, "import", "--remove", kept)
    assert status == 0
    status, out, _ = run(capsys, "import", "--list", "--format", "json")
    assert json.loads(out)["datasets"] == []
    status, _, err = run(capsys, "import", "--remove", kept)
    assert status == 1
    assert "no imported data set" in err
