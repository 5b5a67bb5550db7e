"""The one JSON writer of :mod:`models.cli`: every command's ``--format json`` goes through it.

JSON has no NaN or infinity, so an undefined number (an index with no trade left, a share
of nothing) is written as ``null``; numpy scalars and arrays become Python numbers and
lists; tuples become lists. The text is then written with ``allow_nan=False``, so a
non-finite number that slipped through is an error here, never invalid JSON on the screen.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

__all__ = ["json_ready", "json_text"]


def json_ready(value: Any) -> Any:
    """Return ``value`` with every number finite or ``None``, in types :mod:`json` writes.

    Parameters
    ----------
    value : object
        Nested dicts (string keys), lists, tuples, numpy arrays, numbers, text, ``None``.

    Returns
    -------
    object
        The same structure of dicts, lists, ``int``, ``float``, ``str``, ``bool`` and
        ``None``; NaN and infinities are ``None``.

    Raises
    ------
    TypeError
        If a value is of another type, or a key is not text.

    Examples
    --------
    >>> json_ready({"hhi": np.float64("nan"), "n": np.int64(3), "top": (1.5, float("inf"))})
    {'hhi': None, 'n': 3, 'top': [1.5, None]}
    """
    if isinstance(value, np.ndarray):
        return [json_ready(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"a JSON key must be text, got {type(key).__name__}")
            out[key] = json_ready(item)
        return out
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def json_text(payload: Any) -> str:
    """Return ``payload`` as indented JSON text (UTF-8 characters kept), ending in a newline.

    Examples
    --------
    >>> print(json_text({"change": float("nan")}), end="")
    {
      "change": null
    }
    """
    return json.dumps(json_ready(payload), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
