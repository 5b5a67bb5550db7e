"""Timing shared by the benchmarks: the best of interleaved rounds."""

from __future__ import annotations

import math
import time
from collections.abc import Callable


def best_times(calls: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Return the shortest wall-clock time of each call over `rounds` rounds, after a warm-up.

    Each round times every call once, so that a slow spell of the shared machine falls on
    all of them alike rather than on whichever was being timed.
    """
    for call in calls.values():
        call()
    best = dict.fromkeys(calls, math.inf)
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            best[name] = min(best[name], time.perf_counter() - start)
    return best
