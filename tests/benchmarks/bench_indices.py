"""Speed of models.indices on 100,000 vectors of 250 partners (a large Monte Carlo run).

Run with ``python -m tests.benchmarks bench_indices``. Every time is the best of several
repeats and is reported as a ratio to one ``x.sum(axis=-1)`` pass over the same array,
measured in the same run, so the goals hold on any machine:

- ``hhi`` <= 2.5 sum passes;
- ``compute_all`` <= 15 sum passes;
- ``compute_all`` at least 100 times faster than a plain-Python loop over the rows
  (timed on the first rows and scaled up linearly, as the table says).

The repeats are interleaved (one call of each function per round), so a spell of load from
other programs on a shared machine slows one sample of each rather than all samples of one.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable

import numpy as np

from models import indices

ROWS, PARTNERS = 100_000, 250
LOOP_ROWS = 500  # rows timed for the plain-Python loop, scaled up to ROWS
SEED = 20240521
ROUNDS = 7

GOAL_HHI = 2.5
GOAL_ALL = 15.0
GOAL_LOOP = 100.0


def python_indices(row: list[float]) -> dict[str, float]:
    """Compute compute_all's quantities for one vector in plain Python (shares once, one sort)."""
    total = sum(row)
    shares = [value / total for value in row]
    n = len(shares)
    h = sum(s * s for s in shares)
    entropy = -sum(s * math.log(s) for s in shares if s > 0)
    ordered = sorted(shares)
    root = math.sqrt(1 / n)
    return {
        "hhi": h,
        "hhi_normalized": (h - 1 / n) / (1 - 1 / n),
        "unctad_concentration": (math.sqrt(h) - root) / (1 - root),
        "equivalent_partners": 1 / h,
        "entropy": entropy,
        "evenness": entropy / math.log(n),
        "theil": math.log(n) - entropy,
        "gini": 2 * sum(i * s for i, s in enumerate(ordered, 1)) / n - (n + 1) / n,
        "cr1": ordered[-1],
        "cr3": sum(ordered[-3:]),
        "cr5": sum(ordered[-5:]),
    }


def python_loop(x: np.ndarray) -> list[dict[str, float]]:
    return [python_indices(row) for row in x.tolist()]


# The same, written the way the numpy API reads: one small function per index.


def _shares(row: list[float]) -> list[float]:
    total = sum(row)
    return [value / total for value in row]


def _hhi(row: list[float]) -> float:
    return sum(s * s for s in _shares(row))


def _entropy(row: list[float]) -> float:
    return -sum(s * math.log(s) for s in _shares(row) if s > 0)


def _cr(row: list[float], k: int) -> float:
    return sum(sorted(_shares(row), reverse=True)[:k])


def _gini(row: list[float]) -> float:
    n = len(row)
    return 2 * sum(i * s for i, s in enumerate(sorted(_shares(row)), 1)) / n - (n + 1) / n


def python_loop_per_index(x: np.ndarray) -> list[dict[str, float]]:
    results = []
    for row in x.tolist():
        n = len(row)
        root = math.sqrt(1 / n)
        results.append({
            "hhi": _hhi(row),
            "hhi_normalized": (_hhi(row) - 1 / n) / (1 - 1 / n),
            "unctad_concentration": (math.sqrt(_hhi(row)) - root) / (1 - root),
            "equivalent_partners": 1 / _hhi(row),
            "entropy": _entropy(row),
            "evenness": _entropy(row) / math.log(n),
            "theil": math.log(n) - _entropy(row),
            "gini": _gini(row),
            "cr1": _cr(row, 1),
            "cr3": _cr(row, 3),
            "cr5": _cr(row, 5),
        })
    return results


def interleaved_best(calls: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Return the best time of each call over `rounds` rounds of one call each, after a warm-up."""
    for call in calls.values():
        call()
    best = dict.fromkeys(calls, math.inf)
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    rng = np.random.default_rng(SEED)
    x = rng.random((ROWS, PARTNERS))
    baseline_values = x[::-1].copy()

    def sum_pass() -> object:
        return x.sum(axis=-1)

    functions: dict[str, Callable[[], object]] = {"sum": sum_pass}
    for key in indices.INDEX_KEYS[:-1]:
        functions[key] = functools.partial(getattr(indices, key), x)
    functions["similarity"] = functools.partial(indices.similarity, x, baseline_values)
    functions["compute_all"] = functools.partial(indices.compute_all, x)
    functions["compute_all(active_only)"] = functools.partial(
        indices.compute_all, x, active_only=True
    )
    functions["sum (again)"] = sum_pass
    times = interleaved_best(functions, ROUNDS)
    baseline = min(times.pop("sum"), times.pop("sum (again)"))

    loops = interleaved_best(
        {
            "lean": functools.partial(python_loop, x[:LOOP_ROWS]),
            "per-index": functools.partial(python_loop_per_index, x[:LOOP_ROWS]),
        },
        5,
    )
    loop_time = loops["lean"] * ROWS / LOOP_ROWS
    per_index_time = loops["per-index"] * ROWS / LOOP_ROWS

    # The loops are reference implementations too: check that they agree.
    fast = indices.compute_all(x[:LOOP_ROWS])
    worst = 0.0
    for slow in (python_loop(x[:LOOP_ROWS]), python_loop_per_index(x[:LOOP_ROWS])):
        for key in slow[0]:
            expected = np.array([row[key] for row in slow])
            worst = max(worst, float(np.max(np.abs(fast[key] - expected))))

    print(f"models.indices on a ({ROWS:,}, {PARTNERS}) float64 array (seed {SEED}), "
          f"best of {ROUNDS} interleaved rounds")
    print(f"{'name':<28} {'seconds':>10} {'x sum pass':>11}  note")
    print(f"{'x.sum(axis=-1) (baseline)':<28} {baseline:>10.4f} {1.0:>11.2f}")
    for name, seconds in times.items():
        note = ""
        if name == "compute_all":
            note = (f"{loop_time / seconds:,.0f}x faster than the lean Python loop, "
                    f"{per_index_time / seconds:,.0f}x than the per-index one")
        print(f"{name:<28} {seconds:>10.4f} {seconds / baseline:>11.2f}  {note}")
    for name, seconds, what in (
        ("Python loop, lean", loop_time, "shares once, one sort"),
        ("Python loop, per index", per_index_time, "one function per index"),
    ):
        print(f"{name:<28} {seconds:>10.4f} {seconds / baseline:>11.1f}  {what}; "
              f"{LOOP_ROWS} rows timed, x {ROWS // LOOP_ROWS}")
    print(f"(the loops agree with compute_all to {worst:.1e})")
    hhi_ratio = times["hhi"] / baseline
    all_ratio = times["compute_all"] / baseline
    speed_up = loop_time / times["compute_all"]
    verdicts = [
        f"hhi {hhi_ratio:.2f} {'met' if hhi_ratio <= GOAL_HHI else 'NOT met'}",
        f"compute_all {all_ratio:.2f} {'met' if all_ratio <= GOAL_ALL else 'NOT met'}",
        f"lean loop/compute_all {speed_up:,.0f} {'met' if speed_up >= GOAL_LOOP else 'NOT met'}",
    ]
    print(
        f"goal: hhi <= {GOAL_HHI}, compute_all <= {GOAL_ALL:g}, "
        f"loop/compute_all >= {GOAL_LOOP:g}"
    )
    print("result: " + "; ".join(verdicts))


if __name__ == "__main__":
    main()
