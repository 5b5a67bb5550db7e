"""Number formatting and category words shared by the commands of :mod:`models.cli`."""

from __future__ import annotations

from typing import Any

import numpy as np

from models import indices
from models.data_status import dimension_words

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


def category_nouns(dimension: str, level: str) -> tuple[str, str]:
    """Return what one category is called and what many are, as the window names them."""
    words = dimension_words(dimension, level=level)
    return words.one, words.many


def categories_label(dimension: str, level: str) -> str:
    """Return the categories for a header, e.g. ``"product groups (HS sections)"``."""
    return dimension_words(dimension, level=level).many_detailed


def index_name(key: str, dimension: str = "partners", level: str = "partners") -> str:
    """Return an index's name with the categories named, e.g. "largest HS section's share"."""
    info = indices.INDEX_INFO.get(key)
    if info is None:
        return key
    one, many = category_nouns(dimension, level)
    return info.name.replace("partners", many).replace("partner", one)
