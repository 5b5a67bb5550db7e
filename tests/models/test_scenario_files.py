"""Scenario files: round trip, atomic writes, and a corpus of broken files.

Each broken file must give a ScenarioFileError whose message names the file and the
field or position that is wrong -- never a traceback, never pickle or eval.
"""

from __future__ import annotations

import json
import os
import stat
import threading
import tracemalloc
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
    "number_401_digits.json": "edits[0].percent: 100000000000... (401 digits) is too large",
    "number_1e400.json": "edits[0].shocks.RUS: 1e400 is too large for a number",
    "lone_surrogate_title.json": "title: character 8 is \\ud800, half of a character pair",
    "lone_surrogate_code.json": "edits[0].partners[1]: character 1 is \\udc00",
    "vectors_of_products.json": 'baseline.level: "vectors" groups partners',
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


def test_size_is_read_not_trusted_from_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file that claims 10 bytes but holds 64 MB (as one still being written might): at
    # most MAX_BYTES + 1 bytes are read, whatever stat says.
    path = tmp_path / "growing.json"
    with path.open("wb") as handle:
        handle.truncate(64 * 2**20)
    real_fstat = os.fstat

    def fstat_claiming_small(fd: int) -> os.stat_result:
        fields = list(real_fstat(fd))
        fields[stat.ST_SIZE] = 10
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", fstat_claiming_small)
    monkeypatch.setattr(os, "stat", lambda *a, **k: pytest.fail("stat must not be used"))
    tracemalloc.start()
    try:
        with pytest.raises(ScenarioFileError, match=r"growing\.json: the file is more than"):
            scenario_files.load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * scenario_files.MAX_BYTES


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    errors: list[str] = []

    def read() -> None:
        try:
            scenario_files.load(fifo)
        except ScenarioFileError as exc:
            errors.append(str(exc))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the reader before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a named pipe blocked")
    assert errors == [
        "pipe.json: a named pipe (FIFO), not a file; a scenario is read from a "
        "JSON file saved on disk"
    ]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(ScenarioFileError, match=r": a device, not a file"):
        scenario_files.load(device)


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(ScenarioFileError, match=r"^folder\.json: "):
        scenario_files.load(folder)


_HEAD = '{"format": "multivector-scenario", "schema_version": 1, '
_BASE = '"baseline": {"reporter": "KAZ", "year": 2022}'


@pytest.mark.parametrize(
    ("fragment", "field"),
    [
        ('"edits": [{"kind": "set_share", "partner": "CHN", "share": 1e309}]', "edits[0].share"),
        (
            '"edits": [{"kind": "scale_value", "partner": "CHN", "percent": -1e400}]',
            "edits[0].percent",
        ),
        (
            '"edits": [{"kind": "growth", "rates": {"CHN": 0.1}, "years": ' + "9" * 5000 + "}]",
            "edits[0].years",
        ),
        (
            '"edits": [{"kind": "growth", "rates": {"CHN": ' + "9" * 320 + '}, "years": 2}]',
            "edits[0].rates.CHN",
        ),
        (
            '"edits": [{"kind": "cost_shock", "shocks": {"RUS": 0.1}, "sigma": 1e999}]',
            "edits[0].sigma",
        ),
    ],
)
def test_numbers_beyond_a_float_name_their_field(fragment: str, field: str) -> None:
    text = _HEAD + _BASE + ", " + fragment + "}"
    with pytest.raises(
        ScenarioFileError,
        match=r"^mine\.json: "
        + field.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")
        + ": .* too large",
    ):
        scenario_files.loads(text, name="mine.json")


def test_year_beyond_a_float_names_the_field() -> None:
    text = _HEAD + '"baseline": {"reporter": "KAZ", "year": ' + "1" * 401 + "}}"
    with pytest.raises(ScenarioFileError, match=r"baseline\.year: 111111111111\.\.\. "):
        scenario_files.loads(text)


def test_huge_int_given_as_a_python_value() -> None:
    document = json.loads(_HEAD + _BASE + "}")
    document["edits"] = [{"kind": "scale_value", "partner": "CHN", "percent": 10**400}]
    with pytest.raises(ScenarioFileError, match=r"edits\[0\]\.percent: .* too large"):
        scenario_files.scenario_from_dict(document)


@pytest.mark.parametrize(
    ("fragment", "field"),
    [
        ('"title": "a\\ud800"', "title"),
        ('"description": "\\udfff and more"', "description"),
        ('"references": ["fine", "\\udbff"]', r"references\[1\]"),
        (
            '"edits": [{"kind": "scale_value", "partner": "\\ud800", "percent": 5}]',
            r"edits\[0\]\.partner",
        ),
        (
            '"edits": [{"kind": "cost_shock", "shocks": {"\\ud800": 0.1}, "sigma": 4}]',
            r"edits\[0\]\.shocks key",
        ),
    ],
)
def test_lone_surrogates_are_refused_naming_the_field(fragment: str, field: str) -> None:
    text = _HEAD + _BASE + ", " + fragment + "}"
    with pytest.raises(ScenarioFileError, match=f"^s\\.json: {field}: character") as info:
        scenario_files.loads(text, name="s.json")
    str(info.value).encode("utf-8")  # the message itself can be printed and saved


def test_lone_surrogate_in_an_unknown_key_is_escaped_in_the_message() -> None:
    text = _HEAD + _BASE + ', "x\\ud800": 1}'
    with pytest.raises(ScenarioFileError, match="unknown field") as info:
        scenario_files.loads(text)
    assert "\\ud800" in str(info.value)
    str(info.value).encode("utf-8")


def test_characters_outside_the_basic_plane_are_text(tmp_path: Path) -> None:
    # A proper surrogate pair in JSON is one character (an emoji): it loads and saves.
    text = _HEAD + _BASE + ', "title": "\\ud83c\\udf0d trade"}'
    scenario = scenario_files.loads(text)
    assert scenario.title == "\U0001f30d trade"
    scenario_files.save(scenario, tmp_path / "globe.json")
    assert scenario_files.load(tmp_path / "globe.json") == scenario


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
    # Pretend the current schema is 3 and version 2 stored the year as text.
    def v2_to_v3(doc: dict[str, object]) -> dict[str, object]:
        base = dict(doc["baseline"])  # type: ignore[call-overload]
        base["year"] = int(base["year"])
        return {**doc, "baseline": base, "schema_version": 3}

    monkeypatch.setattr(scenario_files, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(scenario_files.MIGRATIONS, 2, v2_to_v3)
    old = {
        "format": "multivector-scenario",
        "schema_version": 1,
        "baseline": {"reporter": "KAZ", "year": "2022"},
    }
    assert scenario_files.scenario_from_dict(old) == Scenario("KAZ", 2022)


def test_version_1_files_read_and_refuse_version_2_fields() -> None:
    # The shipped presets are version-1 files: they read as they are.
    preset = Path(__file__).parents[2] / "assets" / "presets" / "china_takes_the_slack.json"
    assert '"schema_version": 1' in preset.read_text(encoding="utf-8")
    scenario = scenario_files.load(preset)
    assert scenario.notes == ""
    assert scenario.switched_off == frozenset()
    assert '"schema_version": 2' in scenario_files.dumps(scenario)
    v1 = {
        "format": "multivector-scenario",
        "schema_version": 1,
        "baseline": {"reporter": "KAZ", "year": 2022},
    }
    with pytest.raises(ValueError, match="notes: not a field of schema version 1"):
        scenario_files.scenario_from_dict({**v1, "notes": "x"})
    edits = [{"kind": "set_lock", "partners": ["RUS"], "off": True}]
    with pytest.raises(ValueError, match=r"edits\[0\]\.off: not a field of schema version 1"):
        scenario_files.scenario_from_dict({**v1, "edits": edits})


def test_every_edit_kind_is_written() -> None:
    # _edit_to_dict matches the closed Edit union and ends in assert_never: anything else
    # is a programming error, never written as some other kind.
    kinds = {e.kind for e in _rich_scenario().edits}
    assert kinds == {"set_share", "set_lock", "scale_value", "cost_shock", "growth"}

    class Unknown:
        kind = "teleport"

    with pytest.raises(AssertionError):
        scenario_files._edit_to_dict(Unknown())  # type: ignore[arg-type]


def test_bom_is_accepted() -> None:
    text = scenario_files.dumps(Scenario("KAZ", 2022))
    assert scenario_files.loads(b"\xef\xbb\xbf" + text.encode("utf-8")) == Scenario("KAZ", 2022)


def test_notes_and_switched_off_edits_round_trip() -> None:
    from models.scenario import ScaleValue, Scenario, SetShare
    from models.scenario_files import dumps, loads

    scenario = (
        Scenario("KAZ", 2022, notes="Compare with 2019.")
        .with_edit(SetShare("CHN", 0.3))
        .with_edit(ScaleValue("ITA", -10.0))
        .with_edit_switched(2, False)
    )
    text = dumps(scenario)
    assert '"off": true' in text
    assert loads(text) == scenario
    bad = text.replace('"off": true', '"off": "yes"')
    with pytest.raises(ValueError, match=r"edits\[1\]\.off"):
        loads(bad)
