"""Checks of the command line's numbers (``--top``, ``--draws``, ...) for :mod:`models.cli`.

Each ``*_argument`` function is an ``argparse`` ``type=``: a value it refuses is an
``argparse`` error (exit status 2) naming the option. Limits that depend on the data (draws
times categories) are checked once the baseline is known and raise :class:`UsageError`,
which :func:`models.cli.main` reports the same way.
"""

from __future__ import annotations

import argparse
import math

__all__ = [
    "BYTES_PER_DRAW",
    "MAX_DRAWS",
    "MAX_DRAW_ELEMENTS",
    "UsageError",
    "count_argument",
    "draws_argument",
    "draws_memory",
    "positive_argument",
    "seed_argument",
    "spread_argument",
]

# Monte Carlo limits. Each draw keeps about 256 bytes of results (sigma, sums and every
# index; measured at 210-290 bytes a draw), so 1,000,000 draws need about a quarter of a
# gigabyte whatever the categories (they are worked through in cache-sized blocks). Draws
# times categories bounds the work: 50 million take about half a second on a laptop.
MAX_DRAWS = 1_000_000
MAX_DRAW_ELEMENTS = 50_000_000
BYTES_PER_DRAW = 256


class UsageError(ValueError):
    """A command-line value that cannot be used with this data; exit status 2."""


def draws_memory(draws: int) -> str:
    """Return the memory ``draws`` would need, e.g. ``"about 2.56 GB"``.

    Counted as :data:`BYTES_PER_DRAW` a draw: the draws' results are kept until the
    percentiles are taken, the partners are worked through in blocks.
    """
    size = float(draws) * BYTES_PER_DRAW
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1000:
            return f"about {size:.3g} {unit}"
        size /= 1000
    return f"about {size:,.3g} TB"


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)  # "1e6" is a whole number too
    except ValueError:
        number = math.nan
    if not number.is_integer():
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
    return int(number)


def count_argument(text: str) -> int:
    """Return a whole number >= 0 (``--top``)."""
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return value


def seed_argument(text: str) -> int:
    """Return a whole number >= 0 (``--seed``)."""
    return count_argument(text)


def draws_argument(text: str) -> int:
    """Return a whole number from 1 to :data:`MAX_DRAWS` (``--draws``)."""
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 draw, got {text!r}")
    if value > MAX_DRAWS:
        raise argparse.ArgumentTypeError(
            f"{value:,} draws would need {draws_memory(value)} of memory; at most "
            f"{MAX_DRAWS:,} draws (percentiles 5/50/95 are steady long before that)"
        )
    return value


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def positive_argument(text: str) -> float:
    """Return a finite number > 0 (each end of ``--sigma-range``)."""
    value = _finite(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}")
    return value


def spread_argument(text: str) -> float:
    """Return a finite number >= 0 (``--shock-spread``)."""
    value = _finite(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {text!r}")
    return value
