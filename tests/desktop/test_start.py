"""Starting the app: ``python -m desktop FILE`` opens FILE; missing data stop it cleanly.

Through the real start path (``desktop.__main__.start`` and ``main``); only the message
boxes are replaced, by the ``dialogs`` fixture, because they would block.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.__main__ import main, start
from desktop.main_window import MainWindow
from models import comparison_files, scenario_files
from models.datasets import Catalog
from models.resources import ASSETS_ENV, asset_path
from models.scenario import CostShock, Scenario, SetShare

from .conftest import Dialogs


def _started(qtbot: Any, arguments: list[str]) -> MainWindow:
    window = start(arguments)
    assert window is not None
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window


def _default(catalog: Catalog) -> Scenario:
    reporter = catalog.default_reporter
    return Scenario(reporter, catalog.default_year(reporter), "exports")


def test_file_named_at_start_is_opened(
    qtbot: Any, tmp_path: Path, dialogs: Dialogs
) -> None:
    scenario = Scenario(
        "KAZ", 2022, "imports",
        edits=(CostShock((("RUS", 0.3),), sigma=4.0), SetShare("CHN", 0.3)),
        title="Double-clicked",
    )
    path = tmp_path / "double clicked.json"
    scenario_files.save(scenario, path)
    window = _started(qtbot, ["multivector", str(path)])
    assert window.isVisible()
    assert window.document.scenario == scenario
    assert window.document.file == path
    assert window.document.undo_stack.isClean()
    assert dialogs.warnings == []


def test_several_files_at_start_open_side_by_side(
    qtbot: Any, tmp_path: Path, dialogs: Dialogs
) -> None:
    a = Scenario("KAZ", 2022, "exports", edits=(SetShare("CHN", 0.3),), title="A")
    b = Scenario("KAZ", 2022, "exports", edits=(SetShare("ITA", 0.1),), title="B")
    scenario_files.save(a, tmp_path / "a.json")
    scenario_files.save(b, tmp_path / "b.json")
    window = _started(qtbot, ["multivector", str(tmp_path / "a.json"), str(tmp_path / "b.json")])
    assert [d.scenario for d in window.workspace.documents] == [a, b]
    comparison_files.save([tmp_path / "b.json", tmp_path / "a.json"], tmp_path / "s.mvcompare.json")
    other = _started(qtbot, ["multivector", str(tmp_path / "s.mvcompare.json")])
    assert [d.scenario for d in other.workspace.documents] == [b, a]
    assert other.pages.currentWidget() is other.compare_view
    assert dialogs.warnings == []


def test_preset_named_at_start_is_opened(qtbot: Any, dialogs: Dialogs) -> None:
    preset = asset_path("presets", "russia_trade_shock.json")
    window = _started(qtbot, ["multivector", str(preset)])
    assert window.document.scenario == scenario_files.load(preset)
    assert dialogs.warnings == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"{ not json", "not valid JSON"),
        (b'{"format": "multivector-scenario", "schema_version": 1, '
         b'"baseline": {"reporter": "KAZ", "year": 2022}, "title": "\\ud800"}', "title"),
        (b'{"format": "multivector-scenario", "schema_version": 1, '
         b'"baseline": {"reporter": "KAZ", "year": 1950}}', "1950"),
    ],
)
def test_bad_file_at_start_says_why_and_starts_on_the_default(
    qtbot: Any, tmp_path: Path, dialogs: Dialogs, catalog: Catalog, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    window = _started(qtbot, ["multivector", str(path)])
    assert window.isVisible()
    assert len(dialogs.warnings) == 1
    title, text = dialogs.warnings[0]
    assert title == "Cannot open the scenario"
    assert text.startswith("bad.json cannot be opened:")
    assert problem in text
    assert window.document.scenario == _default(catalog)
    assert window.document.file is None


def test_missing_file_at_start_says_so(
    qtbot: Any, tmp_path: Path, dialogs: Dialogs, catalog: Catalog
) -> None:
    window = _started(qtbot, ["multivector", str(tmp_path / "gone.json")])
    assert [t for t, _ in dialogs.warnings] == ["Cannot open the scenario"]
    assert "gone.json: cannot be read" in dialogs.warnings[0][1]
    assert window.document.scenario == _default(catalog)


def test_no_file_starts_on_the_default(qtbot: Any, dialogs: Dialogs, catalog: Catalog) -> None:
    window = _started(qtbot, ["multivector"])
    assert window.document.scenario == _default(catalog)
    assert dialogs.warnings == []


def _damage(tmp_path: Path, how: str) -> Path:
    root = tmp_path / "assets"
    if how == "missing":
        return root
    shutil.copytree(asset_path("data"), root / "data")
    catalog = root / "data" / "catalog.json"
    if how == "no_catalog":
        catalog.unlink()
    elif how == "catalog_is_folder":
        catalog.unlink()
        catalog.mkdir()
    else:
        countries = root / "data" / "countries.csv"
        countries.write_bytes(b"\x00\xff" * 50)
    return root


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("missing", "assets folder was not found"),
        ("no_catalog", "catalog.json: file not found"),
        ("catalog_is_folder", "catalog.json"),
        ("binary_countries", "countries.csv: not UTF-8"),
    ],
)
def test_missing_or_damaged_data_stop_with_a_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialogs: Dialogs, how: str, said: str
) -> None:
    monkeypatch.setenv(ASSETS_ENV, str(_damage(tmp_path, how)))
    assert start(["multivector"]) is None
    assert len(dialogs.warnings) == 1
    title, text = dialogs.warnings[0]
    assert title == "Multivector cannot start"
    assert text.startswith("The trade data that come with Multivector could not be read.")
    assert said in text
    assert "reinstall" in text
    assert "Traceback" not in text


def test_main_exits_1_when_the_data_are_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialogs: Dialogs
) -> None:
    monkeypatch.setenv(ASSETS_ENV, str(tmp_path / "nowhere"))
    assert main(["multivector"]) == 1
    assert [t for t, _ in dialogs.warnings] == ["Multivector cannot start"]
