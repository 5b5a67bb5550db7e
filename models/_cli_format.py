"""Number formatting shared by the commands of :mod:`models.cli` (table, CSV and JSON)."""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["csv_number", "fmt", "nan_none"]


def fmt(value: float, *, signed: bool = False) -> str:
    """Return ``value`` for a table column: 10 wide, 4 decimals, ``n/a`` if not finite."""
    if not np.isfinite(value):
        return f"{'n/a':>10}"
    value += 0.0  # no "-0.0000"
    if signed and abs(value) < 5e-5:
        value = 0.0
    return f"{value:+10.4f}" if signed else f"{value:10.4f}"


def csv_number(value: float) -> str:
    """Return ``value`` at full precision for CSV, empty if not finite."""
    return "" if not np.isfinite(value) else repr(float(value))


def nan_none(value: Any) -> Any:
    """Turn a numpy scalar into a Python number (``default=`` of ``json.dumps``)."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
