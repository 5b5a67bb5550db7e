"""Speed of models.indices on 100,000 vectors of 250 partners (a large Monte Carlo run).

Run with ``python -m tests.benchmarks bench_indices``. Every time is the best of several
repeats and is reported as a ratio to one ``x.sum(axis=-1)`` pass over the same array,
measured in the same run, so the goals hold on any machine:

- ``hhi`` <= 2.5 sum passes;
- ``compute_all`` <= 15 sum passes;
- ``compute_all`` at least 100 times faster than a plain-Python loop over the rows.

Each index also gets the time of a plain-Python loop computing it row by row (one small
function per index, timed on the first rows and scaled up linearly, as the table says) and
how many times faster numpy is. A leaner loop for ``compute_all``, which shares the shares
and one sort between the indices, is reported beside it as a harder reference.

The repeats are interleaved (one call of each function per round), so a spell of load from
other programs on a shared machine slows one sample of each rather than all samples of one.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import numpy as np

from models import indices
from tests.benchmarks._timing import best_times

ROWS, PARTNERS = 100_000, 250
LOOP_ROWS = 500  # rows timed for the plain-Python loop, scaled up to ROWS
SEED = 20240521
ROUNDS = 25

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


# The plain-Python loops: one small function per index, computed for one row at a time,
# the way the numpy API reads. Each index of the table is compared with its own loop.


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


def _similarity(row: list[float], base: list[float]) -> float:
    return sum(min(s, b) for s, b in zip(_shares(row), _shares(base), strict=True))


PY_INDEX: dict[str, Callable[[list[float]], float]] = {
    "hhi": _hhi,
    "hhi_normalized": lambda r: (_hhi(r) - 1 / len(r)) / (1 - 1 / len(r)),
    "unctad_concentration": lambda r: (
        (math.sqrt(_hhi(r)) - math.sqrt(1 / len(r))) / (1 - math.sqrt(1 / len(r)))
    ),
    "equivalent_partners": lambda r: 1 / _hhi(r),
    "entropy": _entropy,
    "evenness": lambda r: _entropy(r) / math.log(len(r)),
    "theil": lambda r: math.log(len(r)) - _entropy(r),
    "gini": _gini,
    "cr1": lambda r: _cr(r, 1),
    "cr3": lambda r: _cr(r, 3),
    "cr5": lambda r: _cr(r, 5),
}


def python_loop_one(key: str, x: np.ndarray) -> list[float]:
    """One index for every row, in plain Python."""
    function = PY_INDEX[key]
    return [function(row) for row in x.tolist()]


def python_loop_similarity(x: np.ndarray, base: np.ndarray) -> list[float]:
    return [_similarity(row, b) for row, b in zip(x.tolist(), base.tolist(), strict=True)]


def python_loop_per_index(x: np.ndarray) -> list[dict[str, float]]:
    """Every index of compute_all for every row: each index by its own function."""
    return [{key: function(row) for key, function in PY_INDEX.items()} for row in x.tolist()]


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
    times = best_times(functions, ROUNDS)
    baseline = min(times.pop("sum"), times.pop("sum (again)"))

    # Plain-Python loops, timed on the first LOOP_ROWS rows and scaled up to ROWS.
    head, base_head = x[:LOOP_ROWS], baseline_values[:LOOP_ROWS]
    loop_calls: dict[str, Callable[[], object]] = {
        key: functools.partial(python_loop_one, key, head) for key in PY_INDEX
    }
    loop_calls["similarity"] = functools.partial(python_loop_similarity, head, base_head)
    loop_calls["compute_all"] = functools.partial(python_loop_per_index, head)
    loop_calls["lean"] = functools.partial(python_loop, head)
    scale = ROWS / LOOP_ROWS
    loops = {name: t * scale for name, t in best_times(loop_calls, 3).items()}
    loops["compute_all(active_only)"] = loops["compute_all"]  # the same loop: no zeros here
    lean_time = loops.pop("lean")

    # The loops are reference implementations too: check that they agree.
    fast = indices.compute_all(head, baseline=base_head)
    worst = 0.0
    for slow in (python_loop(head), python_loop_per_index(head)):
        for key in slow[0]:
            expected = np.array([row[key] for row in slow])
            worst = max(worst, float(np.max(np.abs(fast[key] - expected))))
    worst = max(worst, float(np.max(np.abs(
        fast["similarity"] - np.array(python_loop_similarity(head, base_head))))))

    print(f"models.indices on a ({ROWS:,}, {PARTNERS}) float64 array (seed {SEED}), "
          f"best of {ROUNDS} interleaved rounds")
    print(f"{'name':<28} {'seconds':>9} {'x sum pass':>11} {'Python loop s':>14} "
          f"{'x faster':>9}")
    print(f"{'x.sum(axis=-1) (baseline)':<28} {baseline:>9.4f} {1.0:>11.2f}")
    for name, seconds in times.items():
        loop = loops[name]
        print(f"{name:<28} {seconds:>9.4f} {seconds / baseline:>11.2f} {loop:>14.2f} "
              f"{loop / seconds:>9,.0f}")
    print(f"(Python loops: one function per index, {LOOP_ROWS} rows timed and scaled x "
          f"{ROWS // LOOP_ROWS}, best of 3; they agree with numpy to {worst:.1e}.")
    print(f" A leaner loop for compute_all, shares once and one sort shared by Gini and CR, "
          f"takes {lean_time:.2f} s: {lean_time / times['compute_all']:,.0f}x compute_all.)")
    hhi_ratio = times["hhi"] / baseline
    all_ratio = times["compute_all"] / baseline
    speed_up = loops["compute_all"] / times["compute_all"]
    verdicts = [
        f"hhi {hhi_ratio:.2f} {'met' if hhi_ratio <= GOAL_HHI else 'NOT met'}",
        f"compute_all {all_ratio:.2f} {'met' if all_ratio <= GOAL_ALL else 'NOT met'}",
        f"compute_all {speed_up:,.0f}x faster than its Python loop "
        f"{'met' if speed_up >= GOAL_LOOP else 'NOT met'}",
    ]
    print(
        f"goal: hhi <= {GOAL_HHI} sum passes, compute_all <= {GOAL_ALL:g}, "
        f"and >= {GOAL_LOOP:g}x faster than the plain-Python loop"
    )
    print("result: " + "; ".join(verdicts))


if __name__ == "__main__":
    main()
