"""Autosave files: the scenario and its header come back as written; damage is refused."""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from models import autosave_files
from models.autosave_files import AutosaveRecord
from models.scenario import CostShock, Scenario, SetShare
from models.scenario_files import ScenarioFileError

WHEN = datetime(2025, 5, 1, 9, 30, 15, tzinfo=UTC)
SCENARIO = Scenario(
    "KAZ", 2022, "exports",
    edits=(SetShare("CHN", 0.3), CostShock((("RUS", 0.2),), sigma=4.0)),
    switched_off=frozenset({2}), title="China takes the slack", notes="Ünïcode ✓",
)


def _record(**changes: object) -> AutosaveRecord:
    fields: dict[str, object] = {
        "title": "china.json", "saved_at": WHEN, "file": Path("/home/student/china.json"),
        "instance": "4242-5f0c9a1e", "scenario": SCENARIO,
    }
    fields.update(changes)
    return AutosaveRecord(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("file", [Path("/home/student/china.json"), None,
                                  Path("/tmp/caf\udce9.json")])
def test_round_trip(tmp_path: Path, file: Path | None) -> None:
    record = _record(file=file)
    path = tmp_path / "a.json"
    autosave_files.write(record, path)
    assert autosave_files.read(path) == record
    assert path.read_bytes().isascii()


def test_time_zones_are_kept() -> None:
    record = _record(saved_at=datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=6))))
    assert autosave_files.loads(autosave_files.dumps(record)).saved_at == record.saved_at


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="saved_at"):
        autosave_files.dumps(_record(saved_at=datetime(2025, 1, 1)))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_written_for_the_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    autosave_files.write(_record(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _document() -> dict[str, object]:
    return json.loads(autosave_files.dumps(_record()))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"format": "multivector-scenario"}, "format"),
        ({"version": 2}, "version"),
        ({"saved_at": "yesterday"}, "saved_at"),
        ({"saved_at": "2025-05-01T09:30:00"}, "saved_at"),
        ({"file": 3}, "file"),
        ({"file": ""}, "file"),
        ({"instance": ""}, "instance"),
        ({"title": ["x"]}, "title"),
        ({"extra": 1}, "extra"),
        ({"scenario": {"format": "multivector-scenario", "schema_version": 2,
                       "baseline": {"reporter": "KAZ", "year": "2022"}}}, "baseline.year"),
    ],
)
def test_damaged_headers_are_refused_by_name(change: dict[str, object], problem: str) -> None:
    document = {**_document(), **change}
    with pytest.raises(ScenarioFileError, match=problem):
        autosave_files.loads(json.dumps(document), name="x.json")


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe", b"[]", b'{"a": 1, "a": 2}', b"NaN"])
def test_what_is_not_an_autosave_is_refused(data: bytes) -> None:
    with pytest.raises(ScenarioFileError, match=r"^x\.json: "):
        autosave_files.loads(data, name="x.json")


def test_reading_a_missing_file_or_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError, match="cannot be read"):
        autosave_files.read(tmp_path / "gone.json")
    with pytest.raises(ScenarioFileError, match=r"cannot be read|not a file"):
        autosave_files.read(tmp_path)


def test_a_huge_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(3 * 1_000_000)
    with pytest.raises(ScenarioFileError, match="bytes"):
        autosave_files.read(path)
    assert os.path.getsize(path) == 3_000_000
