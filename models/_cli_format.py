"""Number formatting and category words shared by the commands of :mod:`models.cli`."""

from __future__ import annotations

from typing import Any

import numpy as np

from models import indices

# The numbers are formatted by models.formatting, as in the window; the commands' old names.
from models.formatting import csv_number
from models.formatting import format_share_change as points
from models.formatting import table_number as fmt
from models.formatting import table_share as percent

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
