"""Simulation rules (models.simulate): CES diversion, projection, Monte Carlo."""

from __future__ import annotations

import doctest
import math
import types
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import _ces, indices, montecarlo, simulate
from models.simulate import ces_shares, ces_values, index_path, monte_carlo, project

# --- CES diversion: worked examples ----------------------------------------------------


def test_two_partners_one_twenty_percent_dearer_sigma_four() -> None:
    # Partner A holds 60 %, B 40 %. A becomes 20 % dearer and sigma = 4, so A's weight is
    # multiplied by 1.2 ** (1 - 4) = 1/1.728 = 0.5787 and B's by 1:
    #   A: 0.6 * 0.5787 = 0.3472,  B: 0.4,  new shares 0.3472 / 0.7472 = 46.47 %, 53.53 %.
    a = 0.6 / 1.2**3
    expected = [a / (a + 0.4), 0.4 / (a + 0.4)]
    np.testing.assert_allclose(ces_shares([0.6, 0.4], [0.2, 0.0], 4.0), expected, rtol=1e-15)
    np.testing.assert_allclose(expected, [0.46468, 0.53532], atol=1e-5)


def test_cheaper_corridor_gains_share() -> None:
    # A 10 % cheaper route to B (t = -0.1), sigma = 3: B's weight grows by 0.9 ** -2.
    b = 0.4 / 0.9**2
    np.testing.assert_allclose(ces_shares([0.6, 0.4], [0.0, -0.1], 3.0),
                               [0.6 / (0.6 + b), b / (0.6 + b)], rtol=1e-15)


def test_sigma_one_changes_no_share_exactly() -> None:
    shares = np.array([0.5, 0.25, 0.125, 0.125, 0.0])
    shocks = np.array([0.3, -0.2, 0.0, 5.0, 0.1])
    assert np.array_equal(ces_shares(shares, shocks, 1.0), shares)
    values = np.array([3.0, 7.0, 11.0])
    assert np.array_equal(ces_shares(values, [0.4, 0.1, -0.5], 1.0), values / values.sum())


def test_zero_shocks_change_nothing_exactly() -> None:
    shares = np.array([0.5, 0.25, 0.125, 0.125])
    for sigma in (0.3, 1.0, 4.0, 12.0):
        assert np.array_equal(ces_shares(shares, np.zeros(4), sigma), shares)


def test_uniform_shock_changes_no_share() -> None:
    shares = np.array([0.5, 0.3, 0.2])
    np.testing.assert_allclose(ces_shares(shares, 0.25, 6.0), shares, rtol=1e-14)


@pytest.mark.parametrize("sigma", [1.5, 4.0, 10.0])
def test_dearer_partner_loses_share_when_sigma_above_one(sigma: float) -> None:
    new = ces_shares([0.3, 0.3, 0.4], [0.2, 0.0, 0.0], sigma)
    assert new[0] < 0.3
    assert new[1] > 0.3
    assert new[2] > 0.4


@pytest.mark.parametrize("sigma", [0.2, 0.5, 0.9])
def test_dearer_partner_gains_share_when_sigma_below_one(sigma: float) -> None:
    # Demand is inelastic: the quantity falls less than the price rises, so spending rises.
    new = ces_shares([0.3, 0.3, 0.4], [0.2, 0.0, 0.0], sigma)
    assert new[0] > 0.3
    assert new[1] < 0.3
    assert new[2] < 0.4


def test_vectorised_over_draws_equals_a_loop() -> None:
    rng = np.random.default_rng(7)
    shares = rng.random(12)
    shocks = rng.uniform(-0.5, 1.0, (40, 12))
    sigma = rng.uniform(0.5, 8.0, 40)
    together = ces_shares(shares, shocks, sigma)
    assert together.shape == (40, 12)
    looped = np.array([ces_shares(shares, shocks[d], sigma[d]) for d in range(40)])
    np.testing.assert_allclose(together, looped, rtol=1e-14, atol=0)
    np.testing.assert_array_equal(ces_shares(shares, shocks, sigma[:, None]), together)
    by_column = ces_shares(shares[:, None], shocks.T, sigma, axis=0)
    np.testing.assert_allclose(by_column, together.T, rtol=1e-14)


def test_one_shock_many_sigmas_broadcasts() -> None:
    out = ces_shares([0.6, 0.4], [0.2, 0.0], [1.0, 4.0])
    assert out.shape == (2, 2)
    np.testing.assert_array_equal(out[0], [0.6, 0.4])
    np.testing.assert_allclose(out[1], ces_shares([0.6, 0.4], [0.2, 0.0], 4.0), rtol=1e-15)


def test_extreme_parameters_do_not_overflow() -> None:
    # (1 - 0.9999999) ** (1 - 200) = 1e-7 ** -199 overflows a float; the weights are
    # rescaled first, so the cheap partner simply takes everything.
    new = ces_shares([0.5, 0.5], [-0.9999999, 0.0], 200.0)
    np.testing.assert_allclose(new, [1.0, 0.0], atol=1e-300)
    huge = ces_shares([0.5, 0.5, 0.0], [1e6, 1e6, -0.999999], 100.0)
    np.testing.assert_allclose(huge, [0.5, 0.5, 0.0], rtol=1e-12)
    values = ces_values([1.0, 3.0], [1e6, 1e6], 100.0, demand_elasticity=0.5)
    np.testing.assert_allclose(values, np.array([1.0, 3.0]) * (1 + 1e6) ** -0.5, rtol=1e-9)


def test_all_zero_row_gives_nan_shares_quietly() -> None:
    out = ces_shares([[0.0, 0.0], [1.0, 3.0]], [0.1, 0.0], 4.0)
    assert np.isnan(out[0]).all()
    assert np.isfinite(out[1]).all()


@pytest.mark.parametrize(
    ("shares", "shocks", "sigma", "match"),
    [
        ([0.5, 0.5], [0.1, 0.0], 0.0, "`sigma`"),
        ([0.5, 0.5], [0.1, 0.0], -2.0, "`sigma`"),
        ([0.5, 0.5], [0.1, 0.0], math.inf, "`sigma`"),
        ([0.5, 0.5], [-1.0, 0.0], 4.0, "`shocks`"),
        ([0.5, 0.5], [-1.5, 0.0], 4.0, "`shocks`"),
        ([0.5, 0.5], [math.nan, 0.0], 4.0, "`shocks`"),
        ([0.5, -0.5], [0.1, 0.0], 4.0, "`shares`"),
        ([0.5, 0.5], [0.1, 0.0, 0.0], 4.0, "broadcast"),
        ([0.5, 0.5], [[0.1, 0.0]] * 3, [4.0, 2.0], "broadcast"),
    ],
)
def test_ces_bad_input(shares: object, shocks: object, sigma: object, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        ces_shares(shares, shocks, sigma)  # type: ignore[arg-type]


# --- CES values and the price index ----------------------------------------------------


def test_values_keep_the_total_without_demand_elasticity() -> None:
    values = np.array([60.0, 30.0, 10.0])
    new = ces_values(values, [0.3, 0.0, -0.1], 4.0)
    assert new.sum() == pytest.approx(100.0, rel=1e-14)
    np.testing.assert_allclose(new / 100.0, ces_shares(values, [0.3, 0.0, -0.1], 4.0),
                               rtol=1e-14)


def test_price_index_by_hand() -> None:
    # Shares 0.6/0.4, A 20 % dearer, sigma = 4: P = (0.6 * 1.2**-3 + 0.4) ** (1 / (1 - 4))
    # = 0.7472 ** -(1/3) = 1.1020; with eta = 2 the total falls to 100 / 1.1020**2 = 82.34.
    price = (0.6 * 1.2**-3 + 0.4) ** (-1 / 3)
    new = ces_values([60.0, 40.0], [0.2, 0.0], 4.0, demand_elasticity=2.0)
    assert new.sum() == pytest.approx(100.0 * price**-2, rel=1e-13)
    assert new.sum() == pytest.approx(82.34, abs=0.01)
    np.testing.assert_allclose(new / new.sum(), ces_shares([0.6, 0.4], [0.2, 0.0], 4.0),
                               rtol=1e-14)


def test_price_index_at_sigma_one_is_cobb_douglas() -> None:
    # P = 1.2 ** 0.6 (A's share is 60 %): total' = 100 * 1.2 ** (-0.6 * 1.5).
    new = ces_values([60.0, 40.0], [0.2, 0.0], 1.0, demand_elasticity=1.5)
    assert new.sum() == pytest.approx(100.0 * 1.2 ** (-0.9), rel=1e-14)
    near = ces_values([60.0, 40.0], [0.2, 0.0], 1.0 + 1e-7, demand_elasticity=1.5)
    np.testing.assert_allclose(near, new, rtol=1e-6)


@pytest.mark.parametrize("sigma", [0.5, 1.0, 3.0, 9.0])
def test_uniform_shock_moves_the_total_by_its_price_elasticity(sigma: float) -> None:
    new = ces_values([50.0, 30.0, 20.0], 0.1, sigma, demand_elasticity=0.8)
    np.testing.assert_allclose(new, np.array([50.0, 30.0, 20.0]) * 1.1**-0.8, rtol=1e-13)


def test_zero_demand_elasticity_equals_none() -> None:
    args = ([60.0, 40.0], [0.2, 0.0], 4.0)
    np.testing.assert_allclose(ces_values(*args, demand_elasticity=0.0), ces_values(*args),
                               rtol=1e-15)


def test_values_vectorised_with_sigma_one_among_the_draws() -> None:
    sigma = np.array([1.0, 4.0, 0.5])
    together = ces_values([60.0, 40.0], [0.2, 0.0], sigma, demand_elasticity=1.0)
    for d in range(3):
        np.testing.assert_allclose(
            together[d], ces_values([60.0, 40.0], [0.2, 0.0], sigma[d], demand_elasticity=1.0),
            rtol=1e-14)


def test_zero_values_stay_zero() -> None:
    out = ces_values([[0.0, 0.0], [10.0, 30.0]], [0.1, 0.0], 4.0, demand_elasticity=1.0)
    assert out[0].tolist() == [0.0, 0.0]
    assert out[1].sum() > 0


@pytest.mark.parametrize("eta", [-0.5, math.nan, math.inf])
def test_bad_demand_elasticity(eta: float) -> None:
    with pytest.raises(ValueError, match="`demand_elasticity`"):
        ces_values([1.0, 2.0], [0.1, 0.0], 4.0, demand_elasticity=eta)


def test_ces_does_not_mutate_inputs() -> None:
    shares, shocks, sigma = np.array([0.6, 0.4]), np.array([[0.2, 0.0]]), np.array([4.0])
    copies = shares.copy(), shocks.copy(), sigma.copy()
    ces_shares(shares, shocks, sigma)
    ces_values(shares, shocks, sigma, demand_elasticity=1.0)
    for original, copy in zip((shares, shocks, sigma), copies, strict=True):
        assert np.array_equal(original, copy)


# --- sigma constants -------------------------------------------------------------------


def test_default_sigma_sits_inside_its_range_and_has_sources() -> None:
    low, high = simulate.SIGMA_RANGE
    assert 1.0 < low < simulate.DEFAULT_SIGMA < high
    assert len(simulate.SIGMA_REFERENCES) >= 4
    assert all(isinstance(r, str) and r for r in simulate.SIGMA_REFERENCES)
    assert "1.5" in simulate.SIGMA_SOURCE


# --- projection ------------------------------------------------------------------------


def test_projection_formula() -> None:
    path = project([100.0, 50.0, 10.0], [0.10, 0.0, -0.5], 3)
    assert path.shape == (4, 3)
    t = np.arange(4)[:, None]
    np.testing.assert_allclose(path, np.array([100.0, 50.0, 10.0]) * np.array([1.1, 1.0, 0.5]) ** t,
                               rtol=1e-15)
    assert path[:, 2].tolist() == [10.0, 5.0, 2.5, 1.25]


def test_projection_row_zero_is_the_baseline_and_zero_years_works() -> None:
    values = np.array([3.3, 1.7])
    assert np.array_equal(project(values, 0.07, 5)[0], values)
    assert np.array_equal(project(values, [0.1, 0.2], 0), values[None, :])


@pytest.mark.parametrize(
    ("growth", "years", "match"),
    [
        (-1.0, 2, "`growth`"),
        ([0.1, -2.0], 2, "`growth`"),
        (math.nan, 2, "`growth`"),
        (0.1, -1, "`years`"),
        (0.1, 2.5, "`years`"),
        (0.1, True, "`years`"),
        ([0.1, 0.2, 0.3], 2, "`growth`"),
        (1e3, 200, "too large"),
    ],
)
def test_projection_bad_input(growth: object, years: object, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        project([1.0, 2.0], growth, years)  # type: ignore[arg-type]


def test_index_path_is_compute_all_year_by_year() -> None:
    values, growth = np.array([50.0, 30.0, 20.0, 0.0]), np.array([0.0, 0.1, 0.2, 0.5])
    path = index_path(values, growth, 4)
    rows = project(values, growth, 4)
    assert set(path) == set(indices.INDEX_KEYS)  # similarity: to the baseline year
    for key, series in path.items():
        assert series.shape == (5,)
        expected = [float(indices.compute_all(row, baseline=values)[key]) for row in rows]
        np.testing.assert_allclose(series, expected, rtol=1e-12, equal_nan=True)
    # Faster growth of the small partners spreads trade: HHI falls year after year.
    assert np.all(np.diff(path["hhi"]) < 0)


def test_index_path_passes_n_on() -> None:
    values, growth = np.array([50.0, 30.0, 20.0, 0.0]), 0.05
    active = index_path(values, growth, 2, n=3)
    np.testing.assert_allclose(active["evenness"],
                               indices.evenness(project(values, growth, 2), n=3), rtol=1e-12)
    assert not np.allclose(active["evenness"], index_path(values, growth, 2)["evenness"])


# --- Monte Carlo -----------------------------------------------------------------------

VALUES = np.array([30.0, 25.0, 20.0, 10.0, 8.0, 5.0, 2.0, 0.0])
LOW = np.array([0.1, 0.0, -0.2, 0.0, 0.0, 0.05, 0.0, 0.0])
HIGH = np.array([0.4, 0.0, 0.0, 0.0, 0.0, 0.05, 0.0, 0.3])


def _run(seed: int = 3, **kwargs: object) -> simulate.MonteCarloResult:
    options: dict[str, object] = {"sigma_range": (1.5, 8.0), "draws": 2000, "seed": seed}
    options.update(kwargs)
    return monte_carlo(VALUES, LOW, HIGH, **options)  # type: ignore[arg-type]


def test_same_seed_same_numbers_other_seed_other_numbers() -> None:
    first, again, other = _run(3), _run(3), _run(4)
    assert first.bands.keys() == again.bands.keys()
    for key in first.bands:
        assert np.array_equal(first.bands[key], again.bands[key], equal_nan=True)
    assert not np.array_equal(first.bands["hhi"], other.bands["hhi"])
    assert (first.draws, first.seed, first.percentiles) == (2000, 3, (5.0, 50.0, 95.0))


def test_percentiles_are_ordered_and_cover_every_index() -> None:
    result = _run(share_bands=True)
    assert set(result.bands) == set(indices.INDEX_KEYS)  # similarity: to the baseline
    for key, band in result.bands.items():
        assert band.shape == (3,)
        if np.isfinite(band).all():
            assert band[0] <= band[1] <= band[2], key
    assert result.share_bands is not None
    assert result.share_bands.shape == (3, VALUES.size)
    assert np.all(np.diff(result.share_bands, axis=0) >= 0)
    assert result.share_bands[:, -1].tolist() == [0.0, 0.0, 0.0]  # no trade stays no trade
    assert result.share_bands[2, 0] < VALUES[0] / VALUES.sum()  # always dearer: loses share
    assert result.total_band.tolist() == [VALUES.sum()] * 3


def test_share_bands_only_on_request() -> None:
    assert _run().share_bands is None


@pytest.mark.parametrize(
    ("values", "low", "high", "sigma_range"),
    [
        (VALUES, LOW, HIGH, (1.5, 8.0)),  # some partners shocked, one without trade
        (VALUES, LOW, HIGH, (1.0, 1.0)),  # Cobb-Douglas: shares fixed, total moves
        (VALUES, np.full(8, -0.3), np.linspace(0.0, 0.7, 8), (0.5, 3.0)),  # everyone
        (np.array([5.0, 3.0, 0.0, 0.0]), np.array([0.1, 0.0, 0.0, 0.0]),
         np.array([0.2, 0.4, 0.0, 0.0]), (2.0, 6.0)),  # the unshocked hold nothing
        (VALUES, np.full(8, -0.999), np.full(8, -0.5), (150.0, 300.0)),  # rescaled powers
    ],
)
def test_monte_carlo_matches_the_documented_draws(
    values: np.ndarray, low: np.ndarray, high: np.ndarray, sigma_range: tuple[float, float]
) -> None:
    # Rebuild the draws as documented (sigma first, then the shocks of the partners whose
    # range is not [0, 0], one generator), push them through ces_shares, ces_values and
    # compute_all: the bands must agree.
    draws, seed, q = 500, 11, [10, 50, 90]
    rng = np.random.default_rng(seed)
    sigma = sigma_range[0] + (sigma_range[1] - sigma_range[0]) * rng.random(draws)
    shocked = np.flatnonzero(((low != 0) | (high != 0)) & (values > 0))
    shocks = np.zeros((draws, values.size))
    shocks[:, shocked] = low[shocked] + (high - low)[shocked] * rng.random((draws, shocked.size))
    shares = ces_shares(values, shocks, sigma)
    totals = ces_values(values, shocks, sigma, demand_elasticity=0.7).sum(axis=-1)
    result = monte_carlo(values, low, high, sigma_range=sigma_range, draws=draws, seed=seed,
                         percentiles=q, share_bands=True, demand_elasticity=0.7)
    np.testing.assert_allclose(result.total_band, np.percentile(totals, q), rtol=1e-12)
    for key, value in indices.compute_all(shares, baseline=values).items():
        np.testing.assert_allclose(result.bands[key], np.percentile(value, q), rtol=1e-12,
                                   atol=1e-14)
    assert result.share_bands is not None
    np.testing.assert_allclose(result.share_bands, np.percentile(shares, q, axis=0),
                               rtol=1e-12, atol=1e-15)


def test_monte_carlo_works_on_a_few_blocks_of_draws_not_draw_by_draw(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every step is one array operation over a block of draws: with room for all 321
    # draws in a block there is one block; with room for 100 there are four.
    sizes: list[int] = []
    real = _ces.ces_in_place

    def spy(exponent: np.ndarray, *args: object, **kwargs: object) -> object:
        sizes.append(len(exponent))
        return real(exponent, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(montecarlo._ces, "ces_in_place", spy)
    _run(draws=321)
    assert sizes == [321]
    sizes.clear()
    held = np.count_nonzero(VALUES)
    monkeypatch.setattr(montecarlo, "_BLOCK_ELEMENTS", 100 * held)
    _run(draws=321)
    assert sizes == [100, 100, 100, 21]


@pytest.mark.parametrize("rows", [1, 7, 64, 500])
@pytest.mark.parametrize("parallel", [False, True])
def test_block_size_and_threads_do_not_change_a_bit(
    monkeypatch: pytest.MonkeyPatch, rows: int, parallel: bool
) -> None:
    options: dict[str, object] = {"draws": 500, "share_bands": True, "demand_elasticity": 0.5}
    reference = _run(**options)
    held = np.count_nonzero(VALUES)
    monkeypatch.setattr(montecarlo, "_BLOCK_ELEMENTS", rows * held)
    if parallel:  # two threads even for this small run
        monkeypatch.setattr(montecarlo._kernels, "PARALLEL_MIN_ELEMENTS", 0)
    result = _run(**options)
    for key, band in reference.bands.items():
        assert np.array_equal(result.bands[key], band, equal_nan=True), key
    assert np.array_equal(result.total_band, reference.total_band)
    assert result.share_bands is not None
    assert reference.share_bands is not None
    assert np.array_equal(result.share_bands, reference.share_bands)


def test_each_block_draws_the_numbers_of_one_call_for_all_draws() -> None:
    draws, k = 50, 7
    expected = np.random.default_rng(9).random((draws, k))
    stream = np.random.PCG64(9)
    for start, stop in [(0, 1), (1, 13), (13, 50)]:
        block = np.empty((stop - start, k))
        montecarlo._numbers_from(stream, start * k, block)
        assert np.array_equal(block, expected[start:stop])


@pytest.mark.parametrize(
    "options",
    [{"active_only": True}, {"n": 7}, {"n": 12}],
)
def test_monte_carlo_passes_n_and_active_only_on(options: dict[str, object]) -> None:
    draws, seed, q = 300, 5, [5, 50, 95]
    values = np.array([30.0, 25.0, 20.0, 10.0, 8.0, 0.0, 5.0])
    low, high = np.full(7, -0.5), np.full(7, 0.5)
    rng = np.random.default_rng(seed)
    sigma = 2.0 + 4.0 * rng.random(draws)
    held = np.flatnonzero(values)
    shocks = np.zeros((draws, values.size))
    shocks[:, held] = -0.5 + rng.random((draws, held.size))
    shares = ces_shares(values, shocks, sigma)
    result = monte_carlo(values, low, high, sigma_range=(2.0, 6.0), draws=draws, seed=seed,
                         percentiles=q, **options)  # type: ignore[arg-type]
    expected = indices.compute_all(shares, baseline=values, **options)  # type: ignore[arg-type]
    for key, value in expected.items():
        np.testing.assert_allclose(result.bands[key], np.percentile(value, q), rtol=1e-12,
                                   atol=1e-14, err_msg=key)


@pytest.mark.parametrize(
    ("options", "match"),
    [({"n": 5}, "`n` is smaller"), ({"n": 0}, "`n` must be at least 1"),
     ({"n": 9, "active_only": True}, "either `n` or")],
)
def test_monte_carlo_bad_n(options: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        _run(draws=20, **options)


def test_no_shock_or_unit_sigma_gives_the_baseline_in_every_draw() -> None:
    baseline = indices.compute_all(VALUES, baseline=VALUES)
    still = monte_carlo(VALUES, 0.0, 0.0, sigma_range=(2.0, 5.0), draws=50, seed=0)
    cobb = monte_carlo(VALUES, LOW, HIGH, sigma_range=(1.0, 1.0), draws=50, seed=0)
    for result in (still, cobb):
        for key, band in result.bands.items():
            np.testing.assert_allclose(band, float(baseline[key]), rtol=1e-12, equal_nan=True)


def test_demand_elasticity_moves_the_total_band() -> None:
    result = monte_carlo(VALUES, 0.1, 0.3, sigma_range=(2.0, 5.0), draws=400, seed=2,
                         demand_elasticity=1.0)
    # Every partner 10-30 % dearer: the price index rises by 10-30 % and the total falls.
    total = VALUES.sum()
    assert total / 1.3 - 1e-9 <= result.total_band[0] <= result.total_band[1]
    assert result.total_band[1] <= result.total_band[2] <= total / 1.1 + 1e-9
    cobb = monte_carlo(VALUES, 0.1, 0.3, sigma_range=(1.0, 1.0), draws=20, seed=2,
                       demand_elasticity=1.0)
    assert np.all((total / 1.3 < cobb.total_band) & (cobb.total_band < total / 1.1))


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"draws": 0}, "`draws`"),
        ({"draws": 2.5}, "`draws`"),
        ({"seed": -1}, "`seed`"),
        ({"sigma_range": (0.0, 2.0)}, "`sigma_range`"),
        ({"sigma_range": (3.0, 2.0)}, "`sigma_range`"),
        ({"sigma_range": (1.0,)}, "`sigma_range`"),
        ({"percentiles": (5, 101)}, "`percentiles`"),
        ({"percentiles": ()}, "`percentiles`"),
        ({"demand_elasticity": -1.0}, "`demand_elasticity`"),
        ({"shocks_low": np.full(8, 0.5)}, "`shocks_low` must not exceed"),
        ({"shocks_low": np.full(8, -1.0)}, "`shocks_low`"),
        ({"shocks_high": np.zeros(3)}, "`shocks_high`"),
        ({"values": np.zeros(8)}, "all zero"),
        ({"values": np.ones((2, 8))}, "1-D"),
        ({"values": -np.ones(8)}, "`values`"),
    ],
)
def test_monte_carlo_bad_input(kwargs: dict[str, object], match: str) -> None:
    options: dict[str, object] = {"values": VALUES, "shocks_low": LOW, "shocks_high": HIGH,
                                  "sigma_range": (1.5, 8.0), "draws": 10, "seed": 0}
    options.update(kwargs)
    with pytest.raises(ValueError, match=match):
        monte_carlo(**options)  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------------------


@st.composite
def ces_cases(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, float]:
    n = draw(st.integers(1, 30))
    shares = np.array(draw(st.lists(st.one_of(st.just(0.0), st.floats(1e-9, 1e6)),
                                    min_size=n, max_size=n)))
    if shares.sum() == 0:
        shares[0] = 1.0
    shocks = np.array(draw(st.lists(st.floats(-0.99, 20.0), min_size=n, max_size=n)))
    sigma = draw(st.one_of(st.floats(0.05, 30.0), st.floats(30.0, 400.0)))
    return shares, shocks, sigma


@settings(max_examples=200, deadline=None)
@given(ces_cases())
def test_ces_shares_are_shares(case: tuple[np.ndarray, np.ndarray, float]) -> None:
    shares, shocks, sigma = case
    new = ces_shares(shares, shocks, sigma)
    assert np.all(np.isfinite(new))
    assert new.min() >= 0.0
    assert abs(new.sum() - 1.0) <= 1e-12
    assert np.all(new[shares == 0] == 0)  # no trade is created from nothing


@settings(max_examples=200, deadline=None)
@given(ces_cases())
def test_dearer_loses_relative_to_cheaper_when_sigma_above_one(
    case: tuple[np.ndarray, np.ndarray, float],
) -> None:
    shares, shocks, sigma = case
    new = ces_shares(shares, shocks, sigma)
    held = np.flatnonzero((shares > 0) & (new > 0))
    if held.size < 2:
        return
    i, j = held[np.argmax(shocks[held])], held[np.argmin(shocks[held])]
    growth_i, growth_j = new[i] / shares[i], new[j] / shares[j]
    if shocks[i] == shocks[j] or sigma == 1.0:
        assert growth_i == pytest.approx(growth_j, rel=1e-9)
    elif sigma > 1.0:
        assert growth_i <= growth_j * (1 + 1e-12)
    else:
        assert growth_i >= growth_j * (1 - 1e-12)


@st.composite
def monte_carlo_cases(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 12))
    values = np.array(draw(st.lists(st.one_of(st.just(0.0), st.floats(1e-6, 1e6)),
                                    min_size=n, max_size=n)))
    if values.sum() == 0:
        values[0] = 1.0
    low = np.array(draw(st.lists(st.sampled_from([0.0, -0.9, -0.3, 0.1, 0.5]),
                                 min_size=n, max_size=n)))
    high = low + np.array(draw(st.lists(st.sampled_from([0.0, 0.2, 1.0]),
                                        min_size=n, max_size=n)))
    sigma_low = draw(st.sampled_from([0.5, 1.0, 1.5, 4.0, 200.0]))
    return {"values": values, "shocks_low": low, "shocks_high": high,
            "sigma_range": (sigma_low, sigma_low + draw(st.sampled_from([0.0, 3.0, 100.0]))),
            "draws": draw(st.integers(1, 60)), "seed": draw(st.integers(0, 2**32)),
            "demand_elasticity": draw(st.sampled_from([None, 0.8]))}


@settings(max_examples=100, deadline=None)
@given(monte_carlo_cases())
def test_monte_carlo_is_the_straightforward_computation(case: dict[str, Any]) -> None:
    # Documented draws -> ces_shares / ces_values -> compute_all -> percentiles.
    values, low, high = (np.asarray(case[k]) for k in ("values", "shocks_low", "shocks_high"))
    (sigma_low, sigma_high), draws = case["sigma_range"], case["draws"]
    q = [0, 10, 50, 90, 100]
    rng = np.random.default_rng(case["seed"])
    sigma = sigma_low + (sigma_high - sigma_low) * rng.random(draws)
    shocked = np.flatnonzero(((low != 0) | (high != 0)) & (values > 0))
    shocks = np.zeros((draws, values.size))
    shocks[:, shocked] = low[shocked] + (high - low)[shocked] * rng.random((draws, shocked.size))
    result = monte_carlo(**case, percentiles=q, share_bands=True)
    shares = ces_shares(values, shocks, sigma)
    for key, value in indices.compute_all(shares, baseline=values).items():
        np.testing.assert_allclose(result.bands[key], np.percentile(value, q), rtol=1e-12,
                                   atol=1e-14, err_msg=key)
    assert result.share_bands is not None
    np.testing.assert_allclose(result.share_bands, np.percentile(shares, q, axis=0),
                               rtol=1e-12, atol=1e-15)
    eta = case["demand_elasticity"]
    totals = ces_values(values, shocks, sigma, demand_elasticity=eta).sum(axis=-1)
    np.testing.assert_allclose(result.total_band, np.percentile(totals, q), rtol=1e-12)


# --- docstring examples ----------------------------------------------------------------


@pytest.mark.parametrize("module", [simulate, montecarlo])
def test_docstring_examples(module: types.ModuleType) -> None:
    failed, attempted = doctest.testmod(module, verbose=False)
    assert attempted > 0
    assert failed == 0


def test_monte_carlo_is_also_in_simulate() -> None:
    assert simulate.monte_carlo is montecarlo.monte_carlo
    assert simulate.MonteCarloResult is montecarlo.MonteCarloResult
    assert {"monte_carlo", "MonteCarloResult"} <= set(simulate.__all__)
