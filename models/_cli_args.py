"""Checks of the command line's numbers (``--top``, ``--draws``, ...) for :mod:`models.cli`.

Each ``*_argument`` function is an ``argparse`` ``type=``: a value it refuses is an
``argparse`` error (exit status 2) naming the option. Limits that depend on the data (draws
times partners) are checked once the baseline is known (:func:`check_draws`) and raise
:class:`UsageError`, which :func:`models.cli.main` reports the same way.
"""

from __future__ import annotations

import argparse
import math

from models.sweep import MAX_POINTS
from models.uncertainty import MAX_DRAW_ELEMENTS

__all__ = [
    "BYTES_PER_DRAW",
    "BYTES_PER_DRAW_PARTNER",
    "MAX_DRAWS",
    "MAX_DRAW_ELEMENTS",
    "UsageError",
    "check_draws",
    "count_argument",
    "draws_argument",
    "draws_memory",
    "points_argument",
    "positive_argument",
    "seed_argument",
    "spread_argument",
]

# Monte Carlo limits. models.uncertainty keeps a few (draws x partners) arrays alive at
# once: about 48 bytes per draw and partner (965 MB for 100,000 draws over 205 partners),
# plus about 256 bytes a draw for the indices; it caps draws x partners at
# MAX_DRAW_ELEMENTS (50 million: about 2.4 GB). MAX_DRAWS bounds data with few partners.
MAX_DRAWS = 1_000_000
BYTES_PER_DRAW = 256
BYTES_PER_DRAW_PARTNER = 48


class UsageError(ValueError):
    """A command-line value that cannot be used with this data; exit status 2."""


def check_draws(draws: int, partners: int) -> None:
    """Refuse more than :data:`MAX_DRAWS` draws or draws x partners above the cap.

    Raises
    ------
    UsageError
        Saying the memory the draws would need and the most draws allowed here.
    """
    most = min(MAX_DRAWS, MAX_DRAW_ELEMENTS // max(partners, 1))
    if draws <= most:
        return
    raise UsageError(
        f"argument --draws: {draws:,} draws over {partners:,} partners would need "
        f"{draws_memory(draws, partners)} of memory; draws are at most {MAX_DRAWS:,} and "
        f"draws x partners at most {MAX_DRAW_ELEMENTS:,}, so at most {most:,} draws here"
    )


def draws_memory(draws: int, partners: int) -> str:
    """Return the memory ``draws`` over ``partners`` would need, e.g. ``"about 2.56 GB"``."""
    size = float(draws) * (BYTES_PER_DRAW + BYTES_PER_DRAW_PARTNER * partners)
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
    """Return a whole number >= 1 (``--draws``; :func:`check_draws` bounds it)."""
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 draw, got {text!r}")
    return value


def points_argument(text: str) -> int:
    """Return a whole number from 2 to :data:`models.sweep.MAX_POINTS` (``--points``)."""
    value = _whole(text)
    if not 2 <= value <= MAX_POINTS:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 2 to {MAX_POINTS:,}, got {text!r}"
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
