"""Number formatting and category words shared by the commands of :mod:`models.cli`."""

from __future__ import annotations

from typing import Any

import numpy as np

from models import indices

__all__ = [
    "categories_label",
    "category_nouns",
    "csv_number",
    "fmt",
    "index_name",
    "nan_none",
    "percent",
    "points",
]


def fmt(value: float, *, signed: bool = False, decimals: int = 4) -> str:
    """Return ``value`` for a table column: 10 wide, 4 decimals, ``n/a`` if not finite."""
    if not np.isfinite(value):
        return f"{'n/a':>10}"
    value += 0.0  # no "-0.0000"
    if signed and abs(value) < 0.5 * 10.0**-decimals:
        value = 0.0
    return f"{value:+10.{decimals}f}" if signed else f"{value:10.{decimals}f}"


def percent(share: float) -> str:
    """Return a share (0-1) as ``" 12.34 %"`` (9 wide), or ``"      n/a"`` if not finite."""
    if not np.isfinite(share):
        return f"{'n/a':>9}"
    return f"{100 * share + 0.0:7.2f} %"


def points(change: float) -> str:
    """Return a change of share (0-1) in percentage points, ``"+1.23 pp"``, or ``"n/a"``."""
    if not np.isfinite(change):
        return "n/a"
    return f"{100 * change + 0.0:+.2f} pp"


def csv_number(value: float) -> str:
    """Return ``value`` at full precision for CSV, empty if not finite."""
    return "" if not np.isfinite(value) else repr(float(value))


def nan_none(value: Any) -> Any:
    """Turn a numpy scalar into a Python number (``default=`` of ``json.dumps``)."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


_NOUNS = {
    "partners": ("partner", "partners"),
    "vectors": ("vector", "vectors"),
    "hs_sections": ("HS section", "HS sections"),
    "hs_chapters": ("HS chapter", "HS chapters"),
}
_LABELS = {
    "partners": "partners",
    "vectors": "vectors (blocs of partners)",
    "hs_sections": "products (HS sections)",
    "hs_chapters": "products (HS chapters)",
}


def _categories(dimension: str, level: str) -> str:
    return "vectors" if dimension == "partners" and level == "vectors" else dimension


def category_nouns(dimension: str, level: str) -> tuple[str, str]:
    """Return what one category is called and what many are, e.g. ``("HS section", ...)``."""
    return _NOUNS[_categories(dimension, level)]


def categories_label(dimension: str, level: str) -> str:
    """Return the categories for a header, e.g. ``"products (HS sections)"``."""
    return _LABELS[_categories(dimension, level)]


def index_name(key: str, dimension: str = "partners", level: str = "partners") -> str:
    """Return an index's name with the categories named, e.g. "largest HS section's share"."""
    info = indices.INDEX_INFO.get(key)
    if info is None:
        return "vector balance" if key == "vector_balance" else key
    one, many = category_nouns(dimension, level)
    return info.name.replace("partners", many).replace("partner", one)
