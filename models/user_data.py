r"""Where the user's imported data sets are kept, and the catalog that includes them.

The user data folder is ``$MULTIVECTOR_USER_DATA`` if set, else the platform's folder for
application data (found without Qt): ``%APPDATA%\\Multivector`` on Windows,
``~/Library/Application Support/Multivector`` on macOS, ``$XDG_DATA_HOME/multivector``
(``~/.local/share/multivector``) elsewhere. Each imported file becomes one folder of
``datasets/`` (see :mod:`models.importers._store`), written beside it under a temporary
name, checked by loading it, then renamed into place: a data set is there whole or not at
all. :func:`import_file` takes a progress callback and a cancel check, so the window can
call it from a worker thread.

:func:`load_app_catalog` gives the embedded data plus every kept data set: a reporter
the embedded data already have keeps its embedded data (the embedded default stays the default), and
of two imports for one reporter the newer wins; the others are listed as shadowed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models._csv import DataError, number, read_csv, read_json, year
from models._manifest import ReporterEntry, TableSpec
from models.datasets import Catalog, add_reporters, load_catalog
from models.importers import (
    CancelCheck,
    ImportCancelled,
    ImportedData,
    ProgressCallback,
    read_file,
)
from models.importers._store import DATASET_FILE, DATASET_SCHEMA, TABLE_FILES, write_set

__all__ = [
    "USER_DATA_ENV",
    "AppData",
    "DataSet",
    "ImportOutcome",
    "catalog_for_file",
    "datasets_dir",
    "import_file",
    "keep",
    "list_sets",
    "load_app_catalog",
    "mirror_figures",
    "remove_set",
    "user_data_dir",
]

USER_DATA_ENV = "MULTIVECTOR_USER_DATA"
_TMP_PREFIX = ".importing-"


def user_data_dir() -> Path:
    """Return the user data folder (``$MULTIVECTOR_USER_DATA`` or the platform's)."""
    chosen = os.environ.get(USER_DATA_ENV)
    if chosen:
        return Path(chosen)
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        return Path(base) / "Multivector" if base else home / "AppData/Roaming/Multivector"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Multivector"
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) if base else home / ".local" / "share") / "multivector"


def datasets_dir(root: Path | None = None) -> Path:
    """Return the folder of kept data sets (``datasets/`` of the user data folder)."""
    return (root if root is not None else user_data_dir()) / "datasets"


@dataclass(frozen=True)
class DataSet:
    """One kept data set, as its ``dataset.json`` describes it."""

    id: str
    kind: str  # 'reported' or 'mirror'
    reporter: str
    reporter_name: str
    format: str
    source_file: str
    imported: str  # ISO date and time
    dimensions: tuple[str, ...]
    folder: Path
    summary: Mapping[str, Any] = field(default_factory=dict)

    def entry(self) -> ReporterEntry:
        """Return the catalog entry of a reported data set (files relative to its parent)."""
        tables = tuple(
            TableSpec("revised", d, "long", "complete", f"{self.id}/{TABLE_FILES[d][0]}")
            for d in self.dimensions
        )
        files = tuple(t.file for t in tables)
        return ReporterEntry(self.reporter, self.reporter_name, files, None, "revised", tables)


@dataclass(frozen=True)
class ImportOutcome:
    """What :func:`import_file` did: the data set kept, what was read, and whether it is new."""

    data_set: DataSet
    data: ImportedData
    new: bool


@dataclass(frozen=True)
class AppData:
    """The app's catalog with the kept data sets, and what could not be used."""

    catalog: Catalog
    sets: tuple[DataSet, ...]  # every kept data set, oldest first
    shadowed: tuple[tuple[DataSet, str], ...] = ()  # (data set, why it is not in the catalog)
    problems: tuple[str, ...] = ()  # data sets that cannot be read, and why


def _read_set(folder: Path) -> DataSet:
    label = f"{folder.name}/{DATASET_FILE}"
    data = read_json(folder / DATASET_FILE, label)
    if data.get("schema_version") != DATASET_SCHEMA or data.get("id") != folder.name:
        raise DataError("not a data set this app wrote (schema or id)", file=label)
    tables = data.get("tables")
    if not isinstance(tables, list) or not tables:
        raise DataError("'tables' must be a non-empty list", file=label)
    dims = tuple(str(t.get("dimension")) for t in tables if isinstance(t, dict))
    if any(d not in TABLE_FILES for d in dims):
        raise DataError(f"unknown table in {dims}", file=label)
    texts = {k: data.get(k) for k in ("kind", "reporter", "reporter_name", "format",
                                       "source_file", "imported")}  # fmt: skip
    if not all(isinstance(v, str) and v for v in texts.values()):
        raise DataError("missing kind, reporter, format, source_file or imported", file=label)
    return DataSet(
        id=folder.name,
        folder=folder,
        dimensions=dims,
        summary=data.get("summary") or {},
        **{k: str(v) for k, v in texts.items()},
    )


def list_sets(root: Path | None = None) -> tuple[tuple[DataSet, ...], tuple[str, ...]]:
    """Return the kept data sets (oldest first) and a message per folder that cannot be read."""
    folder = datasets_dir(root)
    sets: list[DataSet] = []
    problems: list[str] = []
    if not folder.is_dir():
        return (), ()
    for child in sorted(folder.iterdir()):
        if not child.is_dir() or child.name.startswith("."):
            continue
        try:
            sets.append(_read_set(child))
        except DataError as exc:
            problems.append(f"imported data set {child.name} cannot be read: {exc}")
    sets.sort(key=lambda s: (s.imported, s.id))
    return tuple(sets), tuple(problems)


def load_app_catalog(
    *, root: Path | None = None, embedded: Catalog | None = None
) -> AppData:
    """Return the embedded catalog with every kept reported data set added.

    A damaged data set is left out and named in ``problems``; the embedded data (and their
    default reporter) are never replaced.
    """
    base = embedded if embedded is not None else load_catalog()
    sets, problems = list_sets(root)
    newest: dict[str, DataSet] = {}
    shadowed: list[tuple[DataSet, str]] = []
    for data_set in sets:
        if data_set.kind != "reported":
            continue
        if data_set.reporter in base.reporters:
            shadowed.append((data_set, f"{data_set.reporter} has the app's own data"))
            continue
        if data_set.reporter in newest:
            older = newest[data_set.reporter]
            shadowed.append((older, f"a newer import of {older.reporter} is used: {data_set.id}"))
        newest[data_set.reporter] = data_set
    catalog = base
    issues = list(problems)
    for data_set in newest.values():
        try:
            catalog = add_reporters(catalog, datasets_dir(root), [data_set.entry()])
        except (DataError, OSError) as exc:
            issues.append(f"imported data set {data_set.id} cannot be read: {exc}")
    return AppData(catalog, sets, tuple(shadowed), tuple(issues))


def _file_digest(path: Path, cancelled: CancelCheck | None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            if cancelled is not None and cancelled():
                raise ImportCancelled(path.name)
    return digest.hexdigest()[:10]


def _countries(catalog: Catalog) -> dict[str, str]:
    return {iso3: catalog.country_name(iso3) for iso3 in catalog.countries}


def _set_id(data: ImportedData, digest: str) -> str:
    kind = "mirror" if data.kind == "mirror" else "reported"
    fmt = re.sub(r"[^a-z0-9]+", "-", data.format_name.casefold()).strip("-")[:24]
    return f"{data.reporter}-{kind}-{fmt}-{digest}"


def import_file(
    path: str | Path,
    *,
    root: Path | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportOutcome:
    """Read ``path``, check it and keep it as a data set in the user data folder.

    The same as :func:`models.importers.read_file` then :func:`keep`; the window calls the
    two apart, to show the summary before the data set is kept.

    Parameters
    ----------
    path : str or Path
        The downloaded file.
    root : Path, optional
        The user data folder (default :func:`user_data_dir`).
    progress, cancelled : callable, optional
        As :func:`models.importers.read_file`; ``progress`` gets 0 to 1 over the reading.

    Raises
    ------
    ImportFileError
        Naming the file, line and column of the first problem (nothing is kept).
    ImportCancelled
        If ``cancelled()`` returned True (nothing is kept).
    """
    embedded = load_catalog()
    data = read_file(
        path, countries=_countries(embedded), progress=progress, cancelled=cancelled
    )
    return keep(data, path, root=root, cancelled=cancelled)


def keep(
    data: ImportedData,
    path: str | Path,
    *,
    root: Path | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportOutcome:
    """Keep ``data``, read from ``path``, as a data set in the user data folder.

    The data set is written to a temporary folder beside the kept ones, loaded back as the
    catalog will load it, and only then renamed into place: it is there whole or not at
    all. The same file kept twice is kept once (its id ends with the file's digest).

    Raises
    ------
    DataError
        If the data set written cannot be loaded back (nothing is kept).
    ImportCancelled
        If ``cancelled()`` returned True while the file's digest was computed.
    """
    path = Path(path)
    embedded = load_catalog()
    set_id = _set_id(data, _file_digest(path, cancelled))
    folder = datasets_dir(root)
    final = folder / set_id
    if (final / DATASET_FILE).is_file():
        return ImportOutcome(_read_set(final), data, new=False)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=folder))
    try:
        staged = temporary / set_id
        write_set(data, staged, set_id=set_id, reporter_name=embedded.country_name(data.reporter))
        data_set = _read_set(staged)
        if data.kind == "reported":  # load it back as the catalog will
            add_reporters(embedded, temporary, [data_set.entry()], only=True)
        else:
            _read_mirror(temporary, data_set)
        os.replace(staged, final)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return ImportOutcome(_read_set(final), data, new=True)


def remove_set(set_id: str, *, root: Path | None = None) -> None:
    """Delete the kept data set ``set_id`` (the window asks the user first).

    Raises
    ------
    DataError
        If there is no such data set.
    """
    folder = datasets_dir(root) / set_id
    if set_id.startswith(".") or "/" in set_id or not (folder / DATASET_FILE).is_file():
        raise DataError(f"no imported data set {set_id!r}")
    trash = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=datasets_dir(root)))
    os.replace(folder, trash / set_id)  # gone at once, then deleted
    shutil.rmtree(trash, ignore_errors=True)


def catalog_for_file(
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[Catalog, ImportedData]:
    """Return a catalog of one file's data alone, used directly and not kept.

    Its reporter is the file's and its default; countries and blocs are the app's.

    Raises
    ------
    ImportFileError
        As :func:`models.importers.read_file`, or if the file holds mirror data.
    """
    path = Path(path)
    embedded = load_catalog()
    data = read_file(path, countries=_countries(embedded), progress=progress, cancelled=cancelled)
    if data.kind == "mirror":
        raise DataError(
            "this file holds mirror data (what partners report); compare it with the "
            "`mirror` command",
            file=path.name,
        )
    set_id = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.stem).strip(".") or "data"
    with tempfile.TemporaryDirectory(prefix="multivector-") as scratch:
        write_set(data, Path(scratch) / set_id, set_id=set_id,
                  reporter_name=embedded.country_name(data.reporter))  # fmt: skip
        entry = _read_set(Path(scratch) / set_id).entry()
        catalog = add_reporters(
            embedded, Path(scratch), [entry], default_reporter=data.reporter, only=True
        )
    return catalog, data


def _read_mirror(root: Path, data_set: DataSet) -> dict[tuple[int, str], dict[str, float]]:
    label = f"{data_set.id}/{TABLE_FILES['mirror'][0]}"
    records = read_csv(root / label, label, ["year", "flow", "iso3", "value_usd_m"])
    figures: dict[tuple[int, str], dict[str, float]] = {}
    for r in records:
        figures.setdefault((year(r, "year", label), r.text("flow")), {})[r.text("iso3")] = (
            number(r, "value_usd_m", label)
        )
    return figures


def mirror_figures(
    reporter: str, *, root: Path | None = None
) -> tuple[DataSet, dict[tuple[int, str], dict[str, float]]] | None:
    """Return the newest kept mirror data set for ``reporter`` and its figures, or None.

    The figures map (year, flow) to {partner ISO3: US$ million}, flows seen from
    ``reporter`` (a partner's imports from it are its mirror exports).
    """
    sets, _problems = list_sets(root)
    found = [s for s in sets if s.kind == "mirror" and s.reporter == reporter]
    if not found:
        return None
    return found[-1], _read_mirror(datasets_dir(root), found[-1])

