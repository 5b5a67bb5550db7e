"""Scenario files: round trip, atomic writes, and a corpus of broken files.

Each broken file must give a ScenarioFileError whose message names the file and the
field or position that is wrong -- never a traceback, never pickle or eval.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from models import scenario_files
from models.scenario import CostShock, Growth, ScaleValue, Scenario, SetLock, SetShare
from models.scenario_files import ScenarioFileError

BROKEN = Path(__file__).parent / "broken_scenarios"

# file -> a piece of the message the user must see (besides the file's name)
EXPECTED = {
    "empty.json": "the file is empty",
    "truncated.json": "not valid JSON at line 1",
    "not_json.json": "not valid JSON",
    "latin1_encoding.json": "not UTF-8",
    "utf16_encoding.json": "not UTF-8",
    "binary_png.json": "not UTF-8",
    "array_document.json": "the document: expected an object",
    "wrong_format.json": 'format: expected "multivector-scenario", got "excel"',
    "missing_version.json": "schema_version: expected a whole number",
    "future_version.json": "made by a newer Multivector",
    "version_is_text.json": 'schema_version: expected a whole number >= 1, got "1"',
    "missing_baseline.json": "baseline: expected an object",
    "year_is_text.json": 'baseline.year: expected a whole number, got "2022"',
    "year_out_of_range.json": "baseline.year: 99999 is outside",
    "unknown_flow.json": "baseline.flow: expected one of",
    "edits_not_a_list.json": "edits: expected a list",
    "unknown_edit_kind.json": "edits[0].kind: expected one of",
    "share_is_text.json": 'edits[0].share: expected a number from 0 to 1, got "a lot"',
    "share_above_one.json": "edits[0].share: 1.5 is outside 0 to 1",
    "share_is_boolean.json": "edits[0].share: expected a number",
    "share_is_nan.json": "NaN is not a number",
    "unknown_rule.json": "edits[0].rule: expected one of",
    "duplicate_key.json": "'title' appears twice",
    "unknown_field.json": "colour: unknown field",
    "lock_partners_not_list.json": "edits[0].partners: expected a list",
    "shocks_not_an_object.json": "edits[0].shocks: expected an object",
    "negative_sigma.json": "edits[0].sigma: -2 is outside",
    "negative_years.json": "edits[0].years: -3 is outside",
    "value_below_minus_100.json": "edits[0].percent: -150 is outside",
    "references_not_a_list.json": "references: expected a list",
}


def test_corpus_is_complete() -> None:
    on_disk = {p.name for p in BROKEN.glob("*.json")}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_clear_error(name: str) -> None:
    with pytest.raises(ScenarioFileError) as info:
        scenario_files.load(BROKEN / name)
    message = str(info.value)
    assert message.startswith(f"{name}: ")
    assert EXPECTED[name] in message
    assert "Traceback" not in message


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text('{"title": "' + "x" * (scenario_files.MAX_BYTES + 10) + '"}', encoding="utf-8")
    with pytest.raises(
        ScenarioFileError, match=r"huge\.json: the file is .* bytes; a scenario file is at most"
    ):
        scenario_files.load(path)


def test_deeply_nested_file(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ScenarioFileError, match="nested too deeply"):
        scenario_files.load(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError, match=r"nothing\.json: cannot be read"):
        scenario_files.load(tmp_path / "nothing.json")


def _rich_scenario() -> Scenario:
    return Scenario(
        reporter="KAZ",
        year=2022,
        flow="imports",
        release="revised",
        level="partners",
        active_only=True,
        edits=(
            SetLock(("RUS", "CHN")),
            SetShare("ITA", 0.1, rule="from_partner", source="DEU"),
            SetShare("TUR", 0.05, rule="equal"),
            ScaleValue("USA", -12.5),
            CostShock((("RUS", 0.3), ("BLR", 0.1)), sigma=3.5, demand_elasticity=1.0),
            Growth((("EU27", 0.04), ("CHN", 0.06)), years=5, default_rate=0.02, by_vector=True),
            SetLock(("RUS",), locked=False),
        ),
        title="Ünïcode títle: Türkiye, Қазақстан",
        description="Two lines\nof text.",
        references=("Rossi, M. (2023). The Astana Times.",),
    )


def test_round_trip_gives_equal_scenario(tmp_path: Path) -> None:
    scenario = _rich_scenario()
    path = tmp_path / "mine.json"
    scenario_files.save(scenario, path)
    assert scenario_files.load(path) == scenario
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "multivector-scenario"
    assert document["schema_version"] == scenario_files.SCHEMA_VERSION


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.json"
    scenario_files.save(_rich_scenario(), path)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        scenario_files.save(Scenario("KAZ", 2021), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mine.json"]  # no temporary left behind


def test_migration_path_upgrades_old_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend the current schema is 2 and version 1 stored the year as text.
    def v1_to_v2(doc: dict[str, object]) -> dict[str, object]:
        base = dict(doc["baseline"])  # type: ignore[call-overload]
        base["year"] = int(base["year"])
        return {**doc, "baseline": base, "schema_version": 2}

    monkeypatch.setattr(scenario_files, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(scenario_files.MIGRATIONS, 1, v1_to_v2)
    old = {
        "format": "multivector-scenario",
        "schema_version": 1,
        "baseline": {"reporter": "KAZ", "year": "2022"},
    }
    assert scenario_files.scenario_from_dict(old) == Scenario("KAZ", 2022)


def test_bom_is_accepted() -> None:
    text = scenario_files.dumps(Scenario("KAZ", 2022))
    assert scenario_files.loads(b"\xef\xbb\xbf" + text.encode("utf-8")) == Scenario("KAZ", 2022)
