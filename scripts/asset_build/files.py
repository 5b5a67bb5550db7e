"""Reading the source files and writing the outputs, byte for byte the same every time."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

# The tables and texts the build keeps beside the script (not the source files).
ASSET_SOURCES = Path(__file__).resolve().parent.parent / "asset_sources"


class BuildError(Exception):
    """The source files do not look as the build expects."""


def read_rows(path: Path, columns: list[str]) -> list[dict[str, str]]:
    """Return the rows of the CSV file ``path``, which must have exactly ``columns``."""
    if not path.is_file():
        raise BuildError(f"{path.name}: not found in {path.parent}")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != columns:
            raise BuildError(f"{path.name}: columns {reader.fieldnames}, expected {columns}")
        rows = list(reader)
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise BuildError(f"{path.name}, line {i}: wrong number of fields")
    return rows


def read_json(path: Path) -> Any:
    """Return the JSON value of ``path``."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"{path.name}: {exc}") from None


def plain_number(text: str, where: str) -> str:
    """Return ``text`` as a plain decimal string of exactly the same value.

    E-notation is rewritten (``7.1e-05`` -> ``0.000071``); nothing is rounded.
    """
    text = text.strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BuildError(f"{where}: not a number: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise BuildError(f"{where}: not a finite non-negative number: {text!r}")
    if "e" in text.lower():
        text = format(value, "f")
    if Decimal(text) != value:
        raise BuildError(f"{where}: rewriting {text!r} changed its value")
    return text


def billion_to_million(text: str, where: str) -> str:
    """Return the US$ billion figure ``text`` in US$ million, converted exactly."""
    value = Decimal(plain_number(text, where)) * 1000
    out = format(value.normalize(), "f")
    if Decimal(out) != Decimal(text) * 1000:
        raise BuildError(f"{where}: conversion of {text!r} is not exact")
    return out


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    """Return the CSV text of ``header`` and ``rows`` (``\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def json_text(obj: Any) -> str:
    """Return ``obj`` as indented JSON text, non-ASCII letters kept as they are."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
