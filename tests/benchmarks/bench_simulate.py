"""Speed of models.simulate.monte_carlo: 10,000 draws over 250 partners.

Run with ``python -m tests.benchmarks bench_simulate``. Every time is the best of several
repeats, reported as a ratio to ``models.indices.compute_all`` on a (10,000, 250) array
(the Monte Carlo's own kind of draws of shares) measured in the same run, so the goal
holds on any machine.

Goal: a Monte Carlo run (draw sigma and the shocks, CES shares, every index, percentiles)
costs <= 3 compute_all calls over the same number of vectors, with every partner shocked
(the worst case) and with ten partners shocked (like a preset).

The Monte Carlo's bands include "similarity to the baseline", which compute_all computes
only when given ``baseline=``, and which in this run costs about as much as all the other
indices together. So there are two references: plain ``compute_all`` (as the goal was
first stated) and ``compute_all(baseline=...)`` (the same indices as the Monte Carlo);
the table gives both ratios and the verdict says which is which.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np

from models import indices, simulate

DRAWS, PARTNERS = 10_000, 250
SEED = 20240521
SIGMA_RANGE = simulate.SIGMA_RANGE
GOAL = 3.0


def best_time(call: Callable[[], object], repeats: int) -> float:
    """Return the shortest of `repeats` wall-clock times of `call()`, after one warm-up."""
    call()
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    rng = np.random.default_rng(SEED)
    # Trade values like a real reporter's: a few large partners, a long tail, some zeros.
    values = np.sort(rng.lognormal(0.0, 2.0, PARTNERS))[::-1].copy()
    values[-20:] = 0.0
    everyone = (np.full(PARTNERS, -0.1), np.full(PARTNERS, 0.4))
    ten_low, ten_high = np.zeros(PARTNERS), np.zeros(PARTNERS)
    ten_low[:10], ten_high[:10] = 0.1, 0.3  # the ten largest partners 10-30 % dearer

    def run(shocks: tuple[np.ndarray, np.ndarray], **options: object) -> object:
        return simulate.monte_carlo(values, *shocks, sigma_range=SIGMA_RANGE, draws=DRAWS,
                                    seed=SEED, **options)  # type: ignore[arg-type]

    # The reference array: the Monte Carlo's own draws of shares (every partner shocked).
    sigma = rng.uniform(*SIGMA_RANGE, DRAWS)
    shocks = rng.uniform(-0.1, 0.4, (DRAWS, PARTNERS))
    shares = simulate.ces_shares(values, shocks, sigma)

    def reference() -> object:
        return indices.compute_all(shares)

    def reference_similarity() -> object:
        return indices.compute_all(shares, baseline=values)

    base = best_time(reference, 7)
    times = {
        "compute_all(baseline=values)": best_time(reference_similarity, 5),
        "ces_shares alone, (D, P)": best_time(
            lambda: simulate.ces_shares(values, shocks, sigma), 5),
        "monte_carlo, every partner shocked": best_time(lambda: run(everyone), 5),
        "monte_carlo, ten partners shocked": best_time(lambda: run((ten_low, ten_high)), 5),
        "  + demand elasticity": best_time(
            lambda: run((ten_low, ten_high), demand_elasticity=1.0), 5),
        "  + share bands (every partner)": best_time(
            lambda: run(everyone, share_bands=True), 3),
    }
    base = min(base, best_time(reference, 7))  # timed before and after; the better counts
    with_similarity = times["compute_all(baseline=values)"]

    print(f"models.simulate.monte_carlo: {DRAWS:,} draws x {PARTNERS} partners "
          f"(seed {SEED}, sigma {SIGMA_RANGE[0]:g}-{SIGMA_RANGE[1]:g})")
    print(f"{'name':<36} {'seconds':>9} {'x compute_all':>14} {'x with similarity':>18}")
    print(f"{'compute_all (reference)':<36} {base:>9.4f} {1.0:>14.2f} "
          f"{base / with_similarity:>18.2f}")
    for name, seconds in times.items():
        print(f"{name:<36} {seconds:>9.4f} {seconds / base:>14.2f} "
              f"{seconds / with_similarity:>18.2f}")
    verdicts = []
    for name in ("monte_carlo, every partner shocked", "monte_carlo, ten partners shocked"):
        same, plain = times[name] / with_similarity, times[name] / base
        verdicts.append(
            f"{name.split(', ')[1]}: {same:.2f} x compute_all(baseline=) "
            f"{'met' if same <= GOAL else 'NOT met'}, {plain:.2f} x plain compute_all "
            f"{'met' if plain <= GOAL else 'NOT met'}"
        )
    print(f"goal: monte_carlo <= {GOAL:g} x compute_all over the same (draws, partners)")
    print("result: " + "; ".join(verdicts))

if __name__ == "__main__":
    main()
