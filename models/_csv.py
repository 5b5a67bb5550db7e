"""Strict readers for the data files of ``assets/data`` (CSV and JSON).

Every problem becomes a :class:`DataError` whose message names the file (its path inside
the data folder), the line and what is wrong, e.g.
``reporters/XYZ/partners.csv, line 17: negative value '-3.2' in exports_usd_m``. Nothing
here knows which reporter or which kind of table it reads: :mod:`models.datasets` does.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

__all__ = [
    "DataError",
    "Record",
    "number",
    "read_csv",
    "read_json",
    "relative_file",
    "year",
]


class DataError(ValueError):
    """A data file is missing or wrong, or a request asks for data that do not exist.

    The message names the file (relative to the data folder) and the line where known;
    ``file`` and ``line`` hold them for a caller that wants to show them apart.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        where = ""
        if file is not None:
            where = f"{file}, line {line}: " if line is not None else f"{file}: "
        super().__init__(where + message)
        self.file = file
        self.line = line


@dataclass(frozen=True)
class Record:
    """One data row of a CSV file: its line number (the header is line 1) and its fields."""

    line: int
    fields: dict[str, str]

    def text(self, column: str) -> str:
        """Return the stripped text of ``column`` ('' when the column is optional and absent)."""
        return self.fields.get(column, "").strip()


def _open_rows(path: Path, label: str) -> Iterator[tuple[int, list[str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            for row in reader:
                yield reader.line_num, row
    except FileNotFoundError:
        raise DataError("file not found", file=label) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason})", file=label) from None
    except csv.Error as exc:
        raise DataError(f"malformed CSV ({exc})", file=label) from None


def read_csv(path: Path, label: str, required: Sequence[str]) -> list[Record]:
    """Read a CSV file with a header line and return its non-blank data rows.

    Parameters
    ----------
    path : Path
        The file to read.
    label : str
        The file's name as messages show it (its path inside the data folder).
    required : sequence of str
        Columns that must be in the header; other columns are kept too.

    Returns
    -------
    list of Record
        One record per data row, in file order, with its line number.

    Raises
    ------
    DataError
        If the file is missing, empty, not UTF-8 or malformed CSV, lacks a required column,
        repeats a column, has no data rows, or a row has the wrong number of fields.
    """
    rows = _open_rows(path, label)
    header: list[str] | None = None
    records: list[Record] = []
    for line, row in rows:
        if not row or all(not cell.strip() for cell in row):
            continue  # blank line
        if header is None:
            header = [cell.strip() for cell in row]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataError(
                    f"missing column(s) {', '.join(repr(c) for c in missing)} "
                    f"(the header has {', '.join(header)})",
                    file=label,
                    line=line,
                )
            repeated = sorted({c for c in header if header.count(c) > 1})
            if repeated:
                raise DataError(f"repeated column(s) {', '.join(repeated)}", file=label, line=line)
            continue
        if len(row) != len(header):
            raise DataError(
                f"{len(row)} fields where the header has {len(header)}", file=label, line=line
            )
        records.append(Record(line, dict(zip(header, row, strict=True))))
    if header is None:
        raise DataError(
            f"the file is empty (expected a header with {', '.join(required)})",
            file=label,
            line=1,
        )
    if not records:
        raise DataError("no data rows below the header", file=label)
    return records


def number(record: Record, column: str, label: str) -> float:
    """Return ``column`` of ``record`` as a finite, non-negative float.

    Raises
    ------
    DataError
        Naming the file, line and column, if the value is missing, non-numeric, NaN,
        infinite or negative.
    """
    raw = record.fields.get(column, "")
    try:
        value = float(raw)
        if 0.0 <= value < math.inf:  # fast path; NaN fails both comparisons
            return value
    except ValueError:
        pass
    text = raw.strip()
    if not text:
        raise DataError(f"missing value in {column}", file=label, line=record.line)
    try:
        value = float(text)
    except ValueError:
        raise DataError(
            f"non-numeric value {text!r} in {column}", file=label, line=record.line
        ) from None
    if math.isnan(value):
        raise DataError(f"missing value ({text!r}) in {column}", file=label, line=record.line)
    if math.isinf(value):
        raise DataError(f"infinite value {text!r} in {column}", file=label, line=record.line)
    if value < 0:
        raise DataError(f"negative value {text!r} in {column}", file=label, line=record.line)
    return value


def year(record: Record, column: str, label: str) -> int:
    """Return ``column`` of ``record`` as a calendar year (1900-2100).

    Raises
    ------
    DataError
        Naming the file and line, if the value is missing or not such a year.
    """
    text = record.fields.get(column, "")
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
        return int(text)  # fast path
    text = text.strip()
    if not text:
        raise DataError(f"missing value in {column}", file=label, line=record.line)
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise DataError(f"invalid year {text!r} in {column}", file=label, line=record.line)
    return int(text)


def read_json(path: Path, label: str) -> dict[str, Any]:
    """Read a JSON file that must hold one object.

    Raises
    ------
    DataError
        If the file is missing, not UTF-8, not valid JSON (naming the line) or not an object.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError("file not found", file=label) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason})", file=label) from None
    if not text.strip():
        raise DataError("the file is empty (expected a JSON object)", file=label, line=1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"invalid JSON: {exc.msg}", file=label, line=exc.lineno) from None
    if not isinstance(data, dict):
        raise DataError(f"expected a JSON object, found {type(data).__name__}", file=label)
    return data


def relative_file(value: object, label: str, key: str) -> str:
    """Check that ``value`` names a file inside the data folder ('a/b.csv', no '..').

    Raises
    ------
    DataError
        Naming ``label`` and ``key``, if it is not such a path.
    """
    if not isinstance(value, str) or not value:
        raise DataError(f"{key} must be a file name, found {value!r}", file=label)
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts or "\\" in value:
        raise DataError(f"{key} {value!r} must be a path inside the data folder", file=label)
    return value
