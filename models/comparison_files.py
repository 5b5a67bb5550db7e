"""Comparison files: a named set of scenario files to open side by side (versioned JSON).

A comparison file lists scenario files, each saved on its own; paths are stored relative
to the comparison file's folder where they can be, so a folder of files can be moved or
shared whole. Reading is as strict as for scenario files (no pickle, no eval; a size
limit; unknown fields refused); every problem raises :class:`ComparisonFileError` naming
the file and the field. Reading and writing go through the app's one bounded reader and
one atomic writer (:mod:`models.bounded_read`, :mod:`models.atomic_write`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from models.atomic_write import write_atomically
from models.bounded_read import NotRegularFileError, read_bounded

__all__ = [
    "FORMAT_NAME",
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "ComparisonFileError",
    "load",
    "save",
]

FORMAT_NAME = "multivector-comparison"
SCHEMA_VERSION = 1
MAX_BYTES = 100_000
MAX_SCENARIOS = 26  # A to Z


class ComparisonFileError(ValueError):
    """A comparison file that cannot be read; the message says where and why."""


def save(scenario_paths: list[Path], path: str | os.PathLike[str], *, title: str = "") -> None:
    """Write a comparison of ``scenario_paths`` to ``path`` atomically."""
    target = Path(path)
    folder = target.absolute().parent
    entries = []
    for p in scenario_paths:
        absolute = Path(p).absolute()
        try:
            entries.append(os.path.relpath(absolute, folder))
        except ValueError:  # another drive on Windows: keep it absolute
            entries.append(str(absolute))
    document = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "title": title,
        "scenarios": entries,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8"))


def load(path: str | os.PathLike[str]) -> tuple[str, list[Path]]:
    """Read a comparison file: its title and its scenario files (absolute paths).

    The scenario files are not read here; each is opened as a scenario file.
    """
    source = Path(path)
    name = source.name
    try:
        data = read_bounded(source, MAX_BYTES)
    except NotRegularFileError as exc:
        raise ComparisonFileError(f"{name}: {exc}") from None
    except OSError as exc:
        raise ComparisonFileError(f"{name}: cannot be read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise ComparisonFileError(f"{name}: more than {MAX_BYTES:,} bytes: not a comparison file")
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        raise ComparisonFileError(f"{name}: not a comparison file (JSON): {exc}") from None
    return _checked(document, name, source.absolute().parent)


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")


def _checked(document: Any, name: str, folder: Path) -> tuple[str, list[Path]]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ComparisonFileError(f'{name}: format: expected "{FORMAT_NAME}"')
    version = document.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ComparisonFileError(
            f"{name}: schema_version: this version reads {SCHEMA_VERSION}, got {version!r}"
        )
    unknown = sorted(set(document) - {"format", "schema_version", "title", "scenarios"})
    if unknown:
        raise ComparisonFileError(f"{name}: unknown field(s) {unknown}")
    title = document.get("title", "")
    if not isinstance(title, str):
        raise ComparisonFileError(f"{name}: title: expected text")
    entries = document.get("scenarios")
    if not isinstance(entries, list) or not entries:
        raise ComparisonFileError(f"{name}: scenarios: expected a list of scenario files")
    if len(entries) > MAX_SCENARIOS:
        raise ComparisonFileError(f"{name}: scenarios: at most {MAX_SCENARIOS}")
    paths = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, str) or not entry or "\0" in entry:
            raise ComparisonFileError(f"{name}: scenarios[{i}]: expected a file name")
        p = Path(entry)
        paths.append(p if p.is_absolute() else folder / p)
    return title, paths
