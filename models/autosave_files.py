"""Autosave files: a scenario with unsaved changes and a small header saying whose it is.

The desktop app writes one of these a few seconds after each change to a document that is
not saved, and removes it when the document is saved, discarded or closed normally; after
a crash the next start reads them back to offer each for restoring. The format::

    {"format": "multivector-autosave", "version": 1,
     "title": "china.json", "saved_at": "2025-05-01T09:30:00+00:00",
     "file": "/home/student/china.json" or null, "instance": "4242-5f0c9a1e",
     "scenario": { ... the scenario document of models.scenario_files ... }}

``title`` is what the window's title bar showed, ``file`` the scenario file the document
belongs to (None if never saved), ``instance`` the id of the running app that wrote it. The
text is ASCII (``ensure_ascii``), so any file name the system allows survives the trip.
Files are written atomically and readable by their owner only.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from models import _scenario_files_checks as _checks
from models.atomic_write import write_atomically
from models.bounded_read import NotRegularFileError, read_bounded
from models.scenario import Scenario
from models.scenario_files import MAX_BYTES, ScenarioFileError, scenario_from_dict, scenario_to_dict

__all__ = ["FORMAT_NAME", "VERSION", "AutosaveRecord", "dumps", "loads", "read", "write"]

FORMAT_NAME = "multivector-autosave"
VERSION = 1
_MAX_BYTES = 2 * MAX_BYTES  # the scenario (at most MAX_BYTES as a file) and its escapes


@dataclass(frozen=True)
class AutosaveRecord:
    """One autosaved document.

    Attributes
    ----------
    title : str
        The document's name as the window showed it.
    saved_at : datetime
        When it was written (timezone-aware).
    file : Path or None
        The scenario file the document belongs to, if it was opened from or saved to one.
    instance : str
        The id of the running app that wrote it.
    scenario : Scenario
        The scenario with its unsaved changes.
    """

    title: str
    saved_at: datetime
    file: Path | None
    instance: str
    scenario: Scenario


def dumps(record: AutosaveRecord) -> str:
    """Return ``record`` as JSON text (ASCII)."""
    if record.saved_at.tzinfo is None:
        raise ValueError("`saved_at` must be timezone-aware")
    return json.dumps({
        "format": FORMAT_NAME,
        "version": VERSION,
        "title": record.title,
        "saved_at": record.saved_at.isoformat(),
        "file": None if record.file is None else os.fspath(record.file),
        "instance": record.instance,
        "scenario": scenario_to_dict(record.scenario),
    }, ensure_ascii=True, allow_nan=False) + "\n"


def loads(data: bytes | str, *, name: str = "autosave") -> AutosaveRecord:
    """Parse and check an autosave file's text; :class:`ScenarioFileError` says what is wrong."""
    try:
        document = json.loads(
            data,
            object_pairs_hook=_checks.no_duplicate_keys,
            parse_constant=_checks.no_constants,
            parse_float=_checks.parse_float,
            parse_int=_checks.parse_int,
        )
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError too
        raise ScenarioFileError(f"{name}: not an autosave file ({exc})") from None
    try:
        return _record(document)
    except ScenarioFileError as exc:
        raise ScenarioFileError(f"{name}: {exc}") from None


def _record(document: Any) -> AutosaveRecord:
    doc = _checks.json_object(document, "the document")
    if doc.get("format") != FORMAT_NAME:
        raise ScenarioFileError(f'format: expected "{FORMAT_NAME}", got '
                                f"{_checks.show(doc.get('format'))}")
    if doc.get("version") != VERSION:
        raise ScenarioFileError(f"version: this version reads version {VERSION}, got "
                                f"{_checks.show(doc.get('version'))}")
    _checks.only_fields(doc, {"format", "version", "title", "saved_at", "file", "instance",
                              "scenario"}, "")
    saved_at = doc.get("saved_at")
    try:
        when = datetime.fromisoformat(saved_at) if isinstance(saved_at, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        raise ScenarioFileError(
            f"saved_at: expected a date and time with its zone, got {_checks.show(saved_at)}")
    file = doc.get("file")
    if file is not None and (not isinstance(file, str) or not file or "\x00" in file):
        raise ScenarioFileError(f"file: expected a path or null, got {_checks.show(file)}")
    instance = doc.get("instance")
    if not isinstance(instance, str) or not instance:
        raise ScenarioFileError(f"instance: expected an id, got {_checks.show(instance)}")
    title = doc.get("title", "")
    if not isinstance(title, str) or len(title) > 1000:  # a file name: may hold any escape
        raise ScenarioFileError(f"title: expected a short text, got {_checks.show(title)}")
    return AutosaveRecord(
        title=title,
        saved_at=when,
        file=None if file is None else Path(file),
        instance=instance,
        scenario=scenario_from_dict(doc.get("scenario")),
    )


def write(record: AutosaveRecord, path: str | os.PathLike[str]) -> None:
    """Write ``record`` to ``path`` atomically, readable by its owner only.

    Raises :class:`models.atomic_write.SaveError` (an ``OSError`` naming ``path``).
    """
    write_atomically(path, dumps(record).encode("ascii"), private=True)


def read(path: str | os.PathLike[str]) -> AutosaveRecord:
    """Read an autosave file; :class:`ScenarioFileError` if it cannot be read or checked."""
    source = Path(path)
    name = _checks.printable(source.name)
    try:
        data = read_bounded(source, _MAX_BYTES)
    except NotRegularFileError as exc:
        raise ScenarioFileError(f"{name}: {exc}") from None
    except OSError as exc:
        raise ScenarioFileError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > _MAX_BYTES:
        raise ScenarioFileError(f"{name}: more than {_MAX_BYTES:,} bytes; not an autosave file")
    return loads(data, name=name)
