"""Tests of scripts/build_assets.py: assets/data is exactly what it builds, and its texts.

The full rebuild needs the folder of source files, which is not part of the repository:
set MULTIVECTOR_SOURCE_DATA to it to run that test (it is skipped, saying why, without).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
DATA = REPO / "assets" / "data"
SOURCE_ENV = "MULTIVECTOR_SOURCE_DATA"

# Words that belong to how the data were put together, not to what a student cites.
NOT_FOR_STUDENTS = (
    "../", "/work/", "sources.md", "design.md", "project brief", "corpus",
    "to be verified", "not verified", "the compiler", "research draft",
)
# Secondary sites the memberships used to cite; they now cite treaties and organisations.
NOT_PRIMARY = (
    "wikipedia", "unboundmedicine", "dataprivacymanager", "forschungsinformationssystem",
    "anews.com", "head-post", "chathamhouse",
)


@pytest.fixture(scope="module")
def build_assets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_assets", SCRIPTS / "build_assets.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_assets", module)
    spec.loader.exec_module(module)
    return module


def _source_dir() -> Path:
    folder = os.environ.get(SOURCE_ENV)
    if not folder:
        pytest.skip(f"{SOURCE_ENV} is not set: point it at the folder of source files "
                    "(see scripts/build_assets.py) to rebuild assets/data and compare")
    path = Path(folder)
    assert path.is_dir(), f"{SOURCE_ENV}={folder!r} is not a folder"
    return path


def test_assets_match_a_rebuild(build_assets: ModuleType) -> None:
    src = _source_dir()
    files = build_assets.build(src)
    assert build_assets.build(src) == files  # deterministic
    committed = {p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.is_file()}
    assert committed == set(files)
    for name, text in files.items():
        assert (DATA / name).read_text(encoding="utf-8") == text, name


def test_check_mode_finds_a_hand_edit(build_assets: ModuleType, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = _source_dir()
    out = tmp_path / "data"
    assert build_assets.main([str(src), "--out", str(out)]) == 0
    assert build_assets.main([str(src), "--out", str(out), "--check"]) == 0
    (out / "countries.csv").write_text("edited\n", encoding="utf-8")
    (out / "stray.csv").write_text("x\n", encoding="utf-8")
    assert build_assets.main([str(src), "--out", str(out), "--check"]) == 1
    err = capsys.readouterr().err
    assert "countries.csv differs from a rebuild" in err
    assert "stray.csv is not made by the build" in err


def test_the_source_folder_is_required(build_assets: ModuleType, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_assets.main([])
    assert exit_info.value.code == 2
    assert "SOURCE_DIR" in capsys.readouterr().err
    missing = tmp_path / "nowhere"
    assert build_assets.main([str(missing), "--out", str(tmp_path / "out")]) == 1
    assert "folder of source files" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_every_text_is_found_and_used(build_assets: ModuleType) -> None:
    from asset_build.texts import load_specs, references

    specs = load_specs()
    assert references(specs) == set(specs.prose)
    assert [s.file for s in specs.outputs][-1] == "catalog.json"
    built = {s.file for s in specs.outputs if s.table != "catalog"}
    committed = {p.relative_to(DATA).as_posix() for p in DATA.rglob("*.csv")}
    assert built == committed


def test_prose_sections_are_checked(build_assets: ModuleType, tmp_path: Path) -> None:
    from asset_build.files import BuildError
    from asset_build.texts import fill, read_prose

    prose = tmp_path / "prose.md"
    prose.write_text("# Intro\ntext\n\n## one\nfirst\nline\n\n## two\n{year} too\n", "utf-8")
    texts = read_prose(prose)
    assert texts == {"one": "first line", "two": "{year} too"}
    assert fill("@two", texts, {"year": 2025}) == "2025 too"
    with pytest.raises(BuildError, match=r"prose\.md does not have"):
        fill("@three", texts, {})
    with pytest.raises(BuildError, match="cannot fill in"):
        fill("@two", texts, {})
    prose.write_text("## one\na\n## one\nb\n", "utf-8")
    with pytest.raises(BuildError, match="twice"):
        read_prose(prose)


def test_a_misquoted_figure_stops_the_build(build_assets: ModuleType, tmp_path: Path) -> None:
    from asset_build.files import BuildError
    from asset_build.tables import _check_quoted

    partners = [["2019", "KOR", "10", "3465.31"], ["2020", "KOR", "0", "4907.5"]]
    quoted = tmp_path / "quoted.csv"
    quoted.write_text("years,iso3,flow,statistic,unit,quoted\n"
                      "2019,KOR,imports,value,m,3465.3\n"
                      "2019-2020,KOR,imports,max,bn,4.9\n"
                      "all,KOR,exports,last_year,year,2019\n", "utf-8")
    _check_quoted(quoted, partners)
    quoted.write_text("years,iso3,flow,statistic,unit,quoted\n2020,KOR,imports,value,m,4907.4\n",
                      "utf-8")
    with pytest.raises(BuildError, match=r"quote 4907.4 .* the data give 4907.5"):
        _check_quoted(quoted, partners)


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _texts(item)]
    return []


def test_texts_are_written_for_students() -> None:
    texts: list[tuple[str, str]] = []
    for path in sorted(DATA.rglob("*.json")):
        texts += [(path.name, t) for t in _texts(json.loads(path.read_text("utf-8")))]
    for path in sorted(DATA.rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            texts += [(path.name, cell) for row in csv.reader(fh) for cell in row]
    for path in sorted((REPO / "assets" / "presets").glob("*.json")):
        preset = json.loads(path.read_text("utf-8"))
        for key in ("title", "description", "references"):
            texts += [(path.name, t) for t in _texts(preset.get(key, ""))]
    for path in sorted((SCRIPTS / "asset_sources").iterdir()):
        texts.append((path.name, path.read_text("utf-8")))
    for name, text in texts:
        for words in NOT_FOR_STUDENTS:
            assert words not in text.lower(), f"{name}: {words!r} in {text[:80]!r}"


def test_memberships_cite_treaties_and_organisations() -> None:
    with (DATA / "blocs.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    sites = {"EAEU": "eaeunion.org", "EU27": "europa.eu", "OTS": "turkicstates.org",
             "CIS": "cis.minsk.by", "SCO": "sectsco.org", "CENTRAL_ASIA": "unstats.un.org"}
    for row in rows:
        assert sites[row["bloc"]] in row["source"], row
        assert not any(site in row["source"].lower() for site in NOT_PRIMARY), row
        assert row["since_note"], row


def test_build_modules_stay_small() -> None:
    for path in [SCRIPTS / "build_assets.py", *sorted((SCRIPTS / "asset_build").glob("*.py"))]:
        lines = len(path.read_text("utf-8").splitlines())
        assert lines < 400, f"{path.name} has {lines} lines"
