"""The data travel with the app: a built wheel carries assets/ where models.resources looks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from models import resources

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_the_assets(tmp_path: Path) -> None:
    from hatchling.builders.wheel import WheelBuilder  # the pinned build backend

    wheel = Path(
        next(iter(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"])))
    )
    names = set(zipfile.ZipFile(wheel).namelist())
    in_tree = {
        f"models/_assets/{p.relative_to(ROOT / 'assets').as_posix()}"
        for p in (ROOT / "assets").rglob("*")
        if p.is_file()
    }
    assert "models/_assets/data/catalog.json" in names
    assert in_tree <= names
    assert not any(name.startswith("tests/") for name in names)


def test_assets_root_prefers_the_installed_copy(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    installed = tmp_path / "models"
    (installed / "_assets" / "data").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", installed)
    assert resources.assets_root() == installed / "_assets"
    assert resources.asset_path("data", "x.csv") == installed / "_assets" / "data" / "x.csv"


def test_missing_assets_say_so(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "models")
    with pytest.raises(FileNotFoundError, match="assets folder was not found"):
        resources.assets_root()
