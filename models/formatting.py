"""Numbers as the app writes them, in the window and on the command line.

One module for every number a student reads: index values and their changes, shares of
trade in percent and their changes in percentage points (the window's tables and labels),
and the command line's fixed-width table columns and CSV cells. Locale-neutral by default (a
dot for decimals, a comma between thousands where numbers are grouped), which the command
line and the CSV files keep; the window passes its language's marks (``decimal=","``,
``group="\u00a0"`` in Russian and Kazakh) as keyword options. Words around the numbers are
the caller's, translated there.

The same rules everywhere: a value that is not finite (an index with no value) is written
``n/a`` (an empty cell in CSV), and a number too small to show is written ``0.00`` or
``+0.00``, never ``-0.00``.
"""

from __future__ import annotations

import math
from typing import Final

__all__ = [
    "NOT_AVAILABLE",
    "PERCENT_KEYS",
    "SHARE_WIDTH",
    "TABLE_WIDTH",
    "TWO_DECIMAL_KEYS",
    "csv_number",
    "format_change",
    "format_number",
    "format_share",
    "format_share_change",
    "format_value",
    "table_number",
    "table_share",
]

NOT_AVAILABLE: Final = "n/a"
"""What a value that is not finite (an undefined index) is shown as."""
PERCENT_KEYS: Final[frozenset[str]] = frozenset({"cr1", "cr3", "cr5"})
"""Indices that are shares of trade: shown in percent, their changes in percentage points."""
TWO_DECIMAL_KEYS: Final[frozenset[str]] = frozenset({"equivalent_partners"})
"""Indices counted in partners, shown with two decimals (the others have four)."""
TABLE_WIDTH: Final = 10
"""Width of a number column in the command line's tables."""
SHARE_WIDTH: Final = 9
"""Width of a share column (``100.00 %``) in the command line's tables."""


def format_number(value: float, decimals: int, *, signed: bool = False, grouped: bool = False,
                  decimal: str = ".", group: str = ",") -> str:
    """Return `value` with `decimals` decimals, or ``n/a`` if it is not finite.

    Parameters
    ----------
    value : float
        The number.
    decimals : int
        Digits after the decimal point (0 or more).
    signed : bool, optional
        Write a sign in front of positive numbers too, as for a change. Default: False.
    grouped : bool, optional
        Separate the thousands with `group` (``1,800.5``). Default: False.
    decimal : str, optional
        The decimal mark. Default: ``'.'``; the window passes its locale's (``','`` in
        Russian and Kazakh).
    group : str, optional
        The thousands separator where `grouped`. Default: ``','``.

    Returns
    -------
    str
        The number; a value that rounds to zero is written without a minus sign.

    Raises
    ------
    ValueError
        If `decimals` is negative, or `decimal` is empty or equal to `group`.

    Examples
    --------
    >>> format_number(0.123456, 4)
    '0.1235'
    >>> format_number(-0.00001, 2, signed=True)
    '+0.00'
    >>> format_number(float("nan"), 4)
    'n/a'
    >>> format_number(12345.678, 1, grouped=True)
    '12,345.7'
    >>> format_number(12345.678, 1, grouped=True, decimal=",", group=" ")
    '12 345,7'
    """
    if decimals < 0:
        raise ValueError(f"`decimals` must be 0 or more, got {decimals}")
    if not decimal or (grouped and decimal == group):
        raise ValueError(f"`decimal` must be a mark other than `group`, got {decimal!r}")
    if not math.isfinite(value):
        return NOT_AVAILABLE
    # Round first, then add 0.0: -0.0 + 0.0 is 0.0, so nothing reads "-0.00".
    rounded = round(float(value), decimals) + 0.0
    comma = "," if grouped else ""
    text = f"{rounded:{'+' if signed else ''}{comma}.{decimals}f}"
    if decimal == "." and group == ",":
        return text
    return text.translate({ord("."): decimal, ord(","): group})


def format_share(share: float, *, decimal: str = ".") -> str:
    """Return a share of trade (0 to 1) in percent with two decimals.

    Parameters
    ----------
    share : float
        The share, 1 for all of the trade.
    decimal : str, optional
        The decimal mark (:func:`format_number`). Default: ``'.'``.

    Returns
    -------
    str
        For example ``'30.84 %'``; ``n/a`` if `share` is not finite.

    Examples
    --------
    >>> format_share(0.30844)
    '30.84 %'
    >>> format_share(float("nan"))
    'n/a'
    >>> format_share(0.30844, decimal=",")
    '30,84 %'
    """
    text = format_number(100.0 * share, 2, decimal=decimal)
    return text if text == NOT_AVAILABLE else f"{text} %"


def format_share_change(change: float, *, decimal: str = ".", points: str = "pp") -> str:
    """Return a change of a share (0 to 1 scale) in percentage points, signed.

    Parameters
    ----------
    change : float
        The scenario's share minus the baseline's.
    decimal : str, optional
        The decimal mark (:func:`format_number`). Default: ``'.'``.
    points : str, optional
        The unit written after the number. Default: ``'pp'`` (the window passes its
        language's abbreviation).

    Returns
    -------
    str
        For example ``'-5.00 pp'``; ``n/a`` if `change` is not finite.

    Examples
    --------
    >>> format_share_change(-0.05)
    '-5.00 pp'
    >>> format_share_change(-1e-9)
    '+0.00 pp'
    >>> format_share_change(-0.05, decimal=",", points="п. п.")
    '-5,00 п. п.'
    """
    text = format_number(100.0 * change, 2, signed=True, decimal=decimal)
    return text if text == NOT_AVAILABLE else f"{text} {points}"


def format_value(key: str, value: float, *, decimal: str = ".") -> str:
    """Return the value of index `key` as the window shows it.

    Parameters
    ----------
    key : str
        The index's key (:data:`models.indices.INDEX_INFO`).
    value : float
        Its value.
    decimal : str, optional
        The decimal mark (:func:`format_number`). Default: ``'.'``.

    Returns
    -------
    str
        Shares of trade (:data:`PERCENT_KEYS`) in percent, numbers-equivalents
        (:data:`TWO_DECIMAL_KEYS`) with two decimals, every other index with four;
        ``n/a`` if `value` is not finite.

    Examples
    --------
    >>> format_value("hhi", 0.18)
    '0.1800'
    >>> format_value("cr3", 0.7)
    '70.00 %'
    >>> format_value("equivalent_partners", 8.456)
    '8.46'
    """
    if key in PERCENT_KEYS:
        return format_share(value, decimal=decimal)
    return format_number(value, 2 if key in TWO_DECIMAL_KEYS else 4, decimal=decimal)


def format_change(key: str, change: float, *, decimal: str = ".", points: str = "pp") -> str:
    """Return the change of index `key`, signed, as the window shows it.

    Parameters
    ----------
    key : str
        The index's key (:data:`models.indices.INDEX_INFO`).
    change : float
        The scenario's value minus the baseline's.
    decimal : str, optional
        The decimal mark (:func:`format_number`). Default: ``'.'``.
    points : str, optional
        The unit of percentage points (:func:`format_share_change`). Default: ``'pp'``.

    Returns
    -------
    str
        Shares of trade (:data:`PERCENT_KEYS`) in percentage points, the others with the
        decimals of :func:`format_value`; ``n/a`` if `change` is not finite.

    Examples
    --------
    >>> format_change("hhi", 0.01234)
    '+0.0123'
    >>> format_change("cr3", -0.05)
    '-5.00 pp'
    >>> format_change("hhi", 0.01234, decimal=",")
    '+0,0123'
    """
    if key in PERCENT_KEYS:
        return format_share_change(change, decimal=decimal, points=points)
    return format_number(change, 2 if key in TWO_DECIMAL_KEYS else 4, signed=True,
                         decimal=decimal)


def table_number(value: float, *, signed: bool = False, decimals: int = 4) -> str:
    """Return `value` for a column of the command line's tables.

    Parameters
    ----------
    value : float
        The number.
    signed : bool, optional
        Write a sign in front of positive numbers too, as for a change. Default: False.
    decimals : int, optional
        Digits after the decimal point. Default: 4.

    Returns
    -------
    str
        The number right-aligned in :data:`TABLE_WIDTH` characters (wider if it needs
        more); ``n/a`` if `value` is not finite.

    Examples
    --------
    >>> table_number(0.18)
    '    0.1800'
    >>> table_number(-0.00001, signed=True)
    '   +0.0000'
    >>> table_number(1800.4, decimals=0)
    '      1800'
    """
    return f"{format_number(value, decimals, signed=signed):>{TABLE_WIDTH}}"


def table_share(share: float) -> str:
    """Return a share of trade (0 to 1) for a column of the command line's tables.

    Parameters
    ----------
    share : float
        The share, 1 for all of the trade.

    Returns
    -------
    str
        :func:`format_share` right-aligned in :data:`SHARE_WIDTH` characters.

    Examples
    --------
    >>> table_share(0.1234)
    '  12.34 %'
    >>> table_share(float("nan"))
    '      n/a'
    """
    return f"{format_share(share):>{SHARE_WIDTH}}"


def csv_number(value: float) -> str:
    """Return `value` at full precision for a CSV cell.

    Parameters
    ----------
    value : float
        The number.

    Returns
    -------
    str
        The shortest text that reads back as the same float; empty if `value` is not
        finite.

    Examples
    --------
    >>> csv_number(0.1)
    '0.1'
    >>> csv_number(float("inf"))
    ''
    """
    return repr(float(value)) if math.isfinite(value) else ""
