"""Tests of models.indices: published worked examples, edge cases and invariants.

The property tests compare every index with a textbook implementation written here
(shares first, then the formula of docs/design.md sec. 2 on them), and check the invariants that
make the indices what they are: bounds, permutation and scale invariance, extremes.
"""

from __future__ import annotations

import doctest
import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from models import indices

KEYS = indices.INDEX_KEYS[:-1]  # every key of compute_all without a baseline
NORMALIZED = ("hhi_normalized", "unctad_concentration", "evenness")
FUNCTIONS = {key: getattr(indices, key) for key in KEYS}

SETTINGS = settings(max_examples=60, deadline=None)


# --- a textbook implementation to compare with ------------------------------------------


def textbook(values: np.ndarray, n: int | None = None) -> dict[str, float]:
    """Every index straight from its definition, on the shares of N categories.

    The nonzero shares are padded with zeros up to N categories (N defaults to the length
    of `values`), so that a given N means exactly "these shares among N categories".
    """
    x = np.asarray(values, dtype=np.float64)
    shares = x / x.sum()
    positive = shares[shares > 0]  # a share can underflow to 0 (5e-324 / 2)
    big_n = len(x) if n is None else n
    s = np.concatenate([np.zeros(big_n - len(positive)), positive])
    h = float(np.sum(s**2))
    entropy = float(-np.sum(positive * np.log(positive)))
    ordered = np.sort(s)
    ranks = np.arange(1, big_n + 1)
    single = big_n == 1
    return {
        "hhi": h,
        "hhi_normalized": math.nan if single else (h - 1 / big_n) / (1 - 1 / big_n),
        "unctad_concentration": (
            math.nan if single else (math.sqrt(h) - big_n**-0.5) / (1 - big_n**-0.5)
        ),
        "equivalent_partners": 1 / h,
        "entropy": entropy,
        "evenness": math.nan if single else entropy / math.log(big_n),
        "theil": math.log(big_n) - entropy,
        "gini": float(2 * np.sum(ranks * ordered) / big_n - (big_n + 1) / big_n),
        "cr1": float(ordered[-1:].sum()),
        "cr3": float(ordered[-3:].sum()),
        "cr5": float(ordered[-5:].sum()),
    }


def assert_matches(
    result: dict[str, object], expected: dict[str, float], tol: float = 1e-9
) -> None:
    for key, value in expected.items():
        got = float(result[key])  # type: ignore[arg-type]
        if math.isnan(value):
            assert math.isnan(got), key
        else:
            assert got == pytest.approx(value, rel=tol, abs=tol), key


# --- strategies -------------------------------------------------------------------------

trade_value = st.one_of(
    st.just(0.0),
    st.floats(0.0, 1e6, allow_nan=False, allow_infinity=False),
    st.floats(1.0, 100.0),
)
vectors = hnp.arrays(np.float64, st.integers(1, 40), elements=trade_value).filter(
    lambda a: a.sum() > 0
)
matrices = hnp.arrays(
    np.float64, st.tuples(st.integers(1, 6), st.integers(1, 30)), elements=trade_value
)


# --- worked examples from published sources ----------------------------------------------


def test_hhi_us_doj_example() -> None:
    # U.S. DOJ Antitrust Division, "Herfindahl-Hirschman Index" (justice.gov/atr): "a market
    # consisting of four firms with market shares of 30, 30, 20, and 20 percent has an HHI
    # of 2,600 (900 + 900 + 400 + 400 = 2,600)".
    assert float(indices.hhi([30, 30, 20, 20])) * 10_000 == pytest.approx(2600)
    assert float(indices.hhi([0.3, 0.3, 0.2, 0.2])) * 10_000 == pytest.approx(2600)


def test_hhi_merger_increase_is_twice_the_product_of_shares() -> None:
    # U.S. DOJ & FTC, Merger Guidelines (2023), sec. 2.1 and its note: the increase in HHI
    # from a merger of firms with shares a and b is 2ab (here 2 x 30 x 20 = 1,200 points).
    before = float(indices.hhi([30, 20, 25, 25]))
    after = float(indices.hhi([50, 0, 25, 25]))
    assert (after - before) * 10_000 == pytest.approx(1200)


def test_entropy_cover_and_thomas_example() -> None:
    # Cover & Thomas, Elements of Information Theory, 2nd ed. (2006), Example 2.1.2: a
    # variable with probabilities 1/2, 1/4, 1/8, 1/8 has an entropy of 1.75 bits.
    assert float(indices.entropy([0.5, 0.25, 0.125, 0.125])) == pytest.approx(1.75 * math.log(2))
    # ... and a fair coin has 1 bit (Shannon 1948, sec. 6, Fig. 7 at p = 1/2).
    assert float(indices.entropy([1, 1])) == pytest.approx(math.log(2))


def test_numbers_equivalent_adelman() -> None:
    # Adelman (1969): 1/HHI is the number of equal-sized firms with the same HHI. Ten
    # equal firms give HHI 0.1 and 10 equivalents; the DOJ market above gives 1/0.26.
    assert float(indices.equivalent_partners([7] * 10)) == pytest.approx(10)
    assert float(indices.equivalent_partners([30, 30, 20, 20])) == pytest.approx(1 / 0.26)


def test_unctad_concentration_by_hand() -> None:
    # UNCTAD Handbook of Statistics, technical notes: H = (sqrt(sum s^2) - sqrt(1/N)) /
    # (1 - sqrt(1/N)). By hand for shares .3 .3 .2 .2: (sqrt(.26) - .5) / .5 = 0.0198039...
    expected = (math.sqrt(0.26) - 0.5) / 0.5
    assert float(indices.unctad_concentration([30, 30, 20, 20])) == pytest.approx(expected)
    assert expected == pytest.approx(0.019803902718557)


def test_normalized_hhi_by_hand() -> None:
    # WITS normalized HHI (HHI - 1/N) / (1 - 1/N); by hand (0.26 - 0.25) / 0.75 = 1/75.
    assert float(indices.hhi_normalized([30, 30, 20, 20])) == pytest.approx(1 / 75)


def test_gini_by_hand() -> None:
    # By hand: shares 1..5 / 15 sorted ascending, sum i s_i = 55/15, so
    # G = 2 (55/15) / 5 - 6/5 = 4/15. One holder of everything among N gives (N - 1) / N.
    assert float(indices.gini([3, 1, 5, 2, 4])) == pytest.approx(4 / 15)
    assert float(indices.gini([0, 0, 0, 0, 9])) == pytest.approx(4 / 5)


def test_finger_kreinin_by_hand() -> None:
    # Finger & Kreinin (1979): S = sum min(s_i, s0_i); by hand for (.5 .3 .2) against
    # (.2 .3 .5): .2 + .3 + .2 = .7.
    assert float(indices.similarity([50, 30, 20], [2, 3, 5])) == pytest.approx(0.7)
    assert float(indices.similarity([1, 0], [0, 1])) == 0.0


def test_kazakhstan_2022_top_three_exports_by_hand() -> None:
    # The Astana Times (2023) early 2022 figures quoted in docs/design.md sec. 4: exports to
    # Italy $13.9bn, China $13.2bn, Russia $8.8bn. By hand, over these three partners:
    # HHI = (13.9^2 + 13.2^2 + 8.8^2) / 35.9^2 = 444.89 / 1288.81; CR1 = 13.9 / 35.9.
    exports = [13.9, 13.2, 8.8]
    result = indices.compute_all(exports)
    assert float(result["hhi"]) == pytest.approx(444.89 / 1288.81)
    assert float(result["cr1"]) == pytest.approx(13.9 / 35.9)
    assert float(result["cr3"]) == pytest.approx(1.0)


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(indices, raise_on_error=False, verbose=False)
    assert tried > 20
    assert failures == 0


# --- the whole table ----------------------------------------------------------------------


@SETTINGS
@given(vectors)
def test_every_index_matches_the_textbook_formula(values: np.ndarray) -> None:
    assert_matches(indices.compute_all(values), textbook(values))
    assert_matches({key: f(values) for key, f in FUNCTIONS.items()}, textbook(values))


@SETTINGS
@given(vectors, st.integers(0, 30))
def test_given_n_and_active_only_match_the_textbook_formula(values: np.ndarray, extra: int) -> None:
    active = int(np.count_nonzero(values))
    for n in (active + extra, len(values) + extra):
        expected = textbook(values, n)
        assert_matches(indices.compute_all(values, n=n), expected)
        for key in ("hhi_normalized", "unctad_concentration", "evenness", "theil", "gini"):
            assert_matches({key: FUNCTIONS[key](values, n=n)}, {key: expected[key]})
    expected = textbook(values, active)
    assert_matches(indices.compute_all(values, active_only=True), expected)
    assert_matches(indices.compute_all(values[values > 0]), expected)
    for key in ("hhi_normalized", "unctad_concentration", "evenness", "theil", "gini"):
        assert_matches({key: FUNCTIONS[key](values, active_only=True)}, {key: expected[key]})


@SETTINGS
@given(vectors)
def test_bounds(values: np.ndarray) -> None:
    n = len(values)
    r = {key: float(v) for key, v in indices.compute_all(values).items()}
    eps = 1e-12
    assert 1 / n - eps <= r["hhi"] <= 1
    assert 1 - eps <= r["equivalent_partners"] <= n * (1 + eps)
    assert 0 <= r["entropy"] <= math.log(n) + eps
    assert 0 <= r["theil"] <= math.log(n) + eps
    assert 0 <= r["gini"] <= (n - 1) / n + eps
    assert 1 / n - eps <= r["cr1"] <= r["cr3"] <= r["cr5"] <= 1
    assert min(3 / n, 1) - eps <= r["cr3"]
    assert min(5 / n, 1) - eps <= r["cr5"]
    for key in NORMALIZED:
        assert math.isnan(r[key]) if n == 1 else 0 <= r[key] <= 1


@SETTINGS
@given(vectors, st.randoms(use_true_random=False), st.floats(1e-6, 1e6))
def test_permutation_and_scale_do_not_change_anything(values, random, factor) -> None:  # type: ignore[no-untyped-def]
    order = list(range(len(values)))
    random.shuffle(order)
    base = indices.compute_all(values)
    scaled = values * factor
    changes = [values[order]]
    # Scaling into the subnormal range rounds the values themselves (5e-324 * 0.5 == 0):
    # then the indices of the scaled values rightly differ.
    if scaled[values > 0].min() >= np.finfo(np.float64).smallest_normal:
        changes.append(scaled)
    for changed in changes:
        other = indices.compute_all(changed)
        for key in KEYS:
            expected = pytest.approx(float(base[key]), rel=1e-9, abs=1e-12, nan_ok=True)
            assert float(other[key]) == expected, key


@SETTINGS
@given(st.integers(1, 60), st.floats(1e-3, 1e6))
def test_equal_shares_are_the_minimum(n: int, size: float) -> None:
    r = indices.compute_all(np.full(n, size))
    assert float(r["hhi"]) == pytest.approx(1 / n)
    assert float(r["equivalent_partners"]) == pytest.approx(n)
    assert float(r["entropy"]) == pytest.approx(math.log(n), abs=1e-12)
    assert float(r["theil"]) == pytest.approx(0, abs=1e-12)
    assert float(r["gini"]) == pytest.approx(0, abs=1e-12)
    assert float(r["cr1"]) == pytest.approx(1 / n)
    for key in NORMALIZED:
        expected = math.nan if n == 1 else (1.0 if key == "evenness" else 0.0)
        assert float(r[key]) == pytest.approx(expected, abs=1e-12, nan_ok=True)


@SETTINGS
@given(st.integers(2, 60), st.data())
def test_a_single_partner_is_the_maximum(n: int, data: st.DataObject) -> None:
    values = np.zeros(n)
    values[data.draw(st.integers(0, n - 1))] = data.draw(st.floats(1e-3, 1e9))
    r = indices.compute_all(values)
    expected = {
        "hhi": 1.0, "hhi_normalized": 1.0, "unctad_concentration": 1.0,
        "equivalent_partners": 1.0, "entropy": 0.0, "evenness": 0.0, "theil": math.log(n),
        "gini": (n - 1) / n, "cr1": 1.0, "cr3": 1.0, "cr5": 1.0,
    }  # fmt: skip
    assert_matches(r, expected, tol=1e-12)


@SETTINGS
@given(vectors)
def test_theil_is_log_n_minus_entropy(values: np.ndarray) -> None:
    n = len(values)
    assert float(indices.theil(values)) == pytest.approx(
        math.log(n) - float(indices.entropy(values)), abs=1e-12
    )


@SETTINGS
@given(vectors, st.data())
def test_moving_a_share_changes_hhi_by_the_formula(values: np.ndarray, data: st.DataObject) -> None:
    # Moving d from partner j to partner k: HHI' - HHI = 2 d (s_k - s_j + d).
    assume(len(values) >= 2)
    shares = values / values.sum()
    j, k = data.draw(st.lists(st.integers(0, len(values) - 1), min_size=2, max_size=2, unique=True))
    d = data.draw(st.floats(0, 1)) * shares[j]
    moved = shares.copy()
    moved[j] -= d
    moved[k] += d
    change = float(indices.hhi(moved)) - float(indices.hhi(shares))
    assert change == pytest.approx(2 * d * (shares[k] - shares[j] + d), abs=1e-12)


# --- shapes, axes and types ---------------------------------------------------------------


@SETTINGS
@given(matrices)
def test_vectorised_equals_row_by_row_and_axis_0(x: np.ndarray) -> None:
    together = indices.compute_all(x)
    transposed = indices.compute_all(x.T, axis=0)
    for key in KEYS:
        assert isinstance(together[key], np.ndarray)
        assert together[key].dtype == np.float64
        assert together[key].shape == (x.shape[0],)
        np.testing.assert_allclose(transposed[key], together[key], rtol=1e-13, atol=1e-15)
        # entropy() sums x log x in the given order, compute_all in sorted order: both
        # take H = ln T - sum(x ln x) / T, whose terms are as large as ln T (13 for
        # T = 4.5e5), so they may differ by a few units in the last place of ln T.
        atol = 1e-13 if key in ("entropy", "evenness", "theil") else 1e-14
        np.testing.assert_allclose(FUNCTIONS[key](x), together[key], rtol=1e-12, atol=atol)
        for row in range(x.shape[0]):
            alone = indices.compute_all(x[row])[key]
            assert isinstance(alone, np.float64)
            np.testing.assert_allclose(together[key][row], alone, rtol=1e-13, atol=1e-15)


def test_three_dimensional_input_any_axis() -> None:
    rng = np.random.default_rng(1)
    x = rng.random((3, 7, 4)) * (rng.random((3, 7, 4)) > 0.3)
    for axis in (0, 1, 2, -1, -2):
        result = indices.compute_all(x, axis=axis)
        moved = np.moveaxis(x, axis, -1)
        for key in KEYS:
            assert result[key].shape == moved.shape[:-1]
            for index in np.ndindex(moved.shape[:-1]):
                expected = textbook(moved[index])[key] if moved[index].sum() > 0 else math.nan
                assert float(result[key][index]) == pytest.approx(expected, abs=1e-12, nan_ok=True)


def test_large_input_uses_threads_and_gives_the_same_numbers() -> None:
    # More than a million values takes the two-thread path; 100 rows at a time do not.
    rng = np.random.default_rng(7)
    x = rng.random((4_500, 250)) * (rng.random((4_500, 250)) > 0.2)
    x[17] = 0.0
    big = indices.compute_all(x)
    for start in range(0, len(x), 900):
        part = indices.compute_all(x[start : start + 900])
        for key in KEYS:
            np.testing.assert_array_equal(big[key][start : start + 900], part[key])
    assert all(math.isnan(big[key][17]) for key in KEYS)
    strided = np.asfortranarray(x)  # not contiguous along the categories
    np.testing.assert_allclose(indices.compute_all(strided)["gini"], big["gini"], rtol=1e-13)
    np.testing.assert_allclose(indices.hhi(strided), indices.hhi(x), rtol=1e-13)


def test_results_are_numpy_floats_never_lists() -> None:
    for key, function in FUNCTIONS.items():
        assert type(function([1.0, 2.0, 3.0])) is np.float64, key
        assert type(function([[1.0, 2.0], [3.0, 0.0]])) is np.ndarray, key
    assert type(indices.cr([1, 2, 3], 2)) is np.float64
    assert type(indices.similarity([1, 2], [2, 1])) is np.float64
    assert type(indices.similarity([[1, 2], [3, 4]], [2, 1])) is np.ndarray
    assert list(indices.compute_all([1, 2, 3])) == list(KEYS)
    assert list(indices.compute_all([1, 2, 3], baseline=[3, 2, 1])) == list(indices.INDEX_KEYS)


def test_integer_and_list_input() -> None:
    assert float(indices.hhi([1, 1])) == 0.5
    assert float(indices.hhi(np.array([2, 2], dtype=np.int32))) == 0.5
    assert float(indices.hhi((True, True))) == 0.5


# --- edge cases decided for the whole app -----------------------------------------------------


def test_all_zero_gives_nan_everywhere_without_warnings() -> None:
    # pytest turns any RuntimeWarning into an error, so this also proves none escapes.
    zeros = np.zeros(5)
    for result in (indices.compute_all(zeros), indices.compute_all(zeros, active_only=True)):
        assert all(math.isnan(float(v)) for v in result.values())
    for function in FUNCTIONS.values():
        assert math.isnan(float(function([0, 0, 0])))
    assert math.isnan(float(indices.similarity([0, 0], [1, 2])))
    assert math.isnan(float(indices.similarity([1, 2], [0, 0])))
    mixed = indices.compute_all([[0.0, 0.0], [1.0, 3.0]])
    assert all(math.isnan(v[0]) and not math.isnan(v[1]) for v in mixed.values())


def test_no_categories_gives_nan() -> None:
    result = indices.compute_all(np.zeros((3, 0)))
    assert all(v.shape == (3,) and np.isnan(v).all() for v in result.values())
    assert indices.compute_all(np.zeros((0, 4)))["hhi"].shape == (0,)


def test_a_single_category_gives_nan_for_normalized_indices() -> None:
    result = indices.compute_all([42.0])
    for key in NORMALIZED:
        assert math.isnan(float(result[key])), key
        assert math.isnan(float(FUNCTIONS[key]([42.0]))), key
    assert float(result["theil"]) == 0.0
    assert float(result["gini"]) == 0.0
    assert float(result["hhi"]) == 1.0
    assert float(result["equivalent_partners"]) == 1.0
    assert float(result["cr1"]) == 1.0
    # Active partners only: one active partner among many is N = 1 as well.
    active = indices.compute_all([0, 0, 5, 0], active_only=True)
    assert all(math.isnan(float(active[key])) for key in NORMALIZED)
    assert float(active["theil"]) == 0.0


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([1.0, 2.0, 3.0, 4.0, -3.0], r"`values` has a negative value \(-3\.0\) at category 4;"),
        ([1.0, math.nan, 3.0], r"`values` has a NaN value at category 1;"),
        ([1.0, 2.0, math.inf], r"`values` has an infinite value \(inf\) at category 2;"),
        ([-math.inf, 2.0], r"`values` has an infinite value \(-inf\) at category 0;"),
    ],
)
def test_bad_values_name_the_category(values: list[float], message: str) -> None:
    for function in (*FUNCTIONS.values(), indices.compute_all):
        with pytest.raises(ValueError, match=message):
            function(values)
    with pytest.raises(ValueError, match=message):
        indices.similarity(values, np.ones(len(values)))
    with pytest.raises(ValueError, match=message.replace("values", "baseline", 1)):
        indices.similarity(np.ones(len(values)), values)


def test_bad_values_in_a_matrix_name_category_and_position() -> None:
    x = np.ones((3, 6))
    x[2, 4] = -1.0
    with pytest.raises(ValueError, match=r"category 4 \(array index \(2, 4\)\)"):
        indices.compute_all(x)
    with pytest.raises(ValueError, match=r"category 2 \(array index \(2, 4\)\)"):
        indices.hhi(x, axis=0)
    big = np.ones((5_000, 250))
    big[4_321, 17] = math.nan  # on the threaded path
    with pytest.raises(ValueError, match=r"NaN value at category 17 \(array index \(4321, 17\)\)"):
        indices.compute_all(big)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="`n` or `active_only"):
        indices.compute_all([1, 2], n=2, active_only=True)
    with pytest.raises(ValueError, match="`n` or `active_only"):
        indices.evenness([1, 2], n=2, active_only=True)
    with pytest.raises(ValueError, match="smaller than the number of nonzero values"):
        indices.gini([1, 2, 3], n=2)
    with pytest.raises(ValueError, match="whole number"):
        indices.theil([1, 2, 3], n=3.5)
    with pytest.raises(ValueError, match="at least 1"):
        indices.theil([0, 0], n=0)
    with pytest.raises(ValueError, match="does not fit"):
        indices.compute_all(np.ones((2, 3)), n=[3, 4, 5])
    for k in (0, -1, 2.0, True):
        with pytest.raises(ValueError, match="`k`"):
            indices.cr([1, 2], k)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="scalar"):
        indices.hhi(3.0)
    with pytest.raises(ValueError, match="`baseline` has 2 categories, `values` has 3"):
        indices.similarity([1, 2, 3], [1, 2])
    with pytest.raises(np.exceptions.AxisError):
        indices.hhi([1, 2], axis=1)


def test_n_per_row_is_broadcast() -> None:
    x = np.array([[1.0, 1.0, 0.0], [2.0, 0.0, 0.0]])
    result = indices.compute_all(x, n=[2, 5])
    assert float(result["evenness"][0]) == pytest.approx(1.0)
    assert float(result["gini"][1]) == pytest.approx(4 / 5)
    assert float(result["theil"][1]) == pytest.approx(math.log(5))


def test_extreme_scales_are_handled() -> None:
    base = indices.compute_all([1.0, 2.0, 0.0, 7.0])
    for factor in (1e-300, 1e-200, 1e-120, 1e120, 1e200, 1e300):
        scaled = indices.compute_all(np.array([1.0, 2.0, 0.0, 7.0]) * factor)
        for key in KEYS:
            assert float(scaled[key]) == pytest.approx(float(base[key]), rel=1e-12), (key, factor)
    # Finite values whose sum overflows a double.
    huge = indices.compute_all([1.5e308, 1.5e308, 0.0])
    assert float(huge["hhi"]) == pytest.approx(0.5)
    assert float(indices.similarity([1.5e308, 1.5e308], [1, 1])) == pytest.approx(1.0)


@SETTINGS
@given(matrices, st.data())
def test_similarity_properties(x: np.ndarray, data: st.DataObject) -> None:
    baseline = data.draw(hnp.arrays(np.float64, x.shape[1], elements=trade_value))
    result = indices.similarity(x, baseline)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = x / x.sum(axis=-1, keepdims=True)
        base = baseline / baseline.sum()
    expected = np.minimum(shares, base).sum(axis=-1)
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-14)
    valid = ~np.isnan(result)
    assert ((result[valid] >= 0) & (result[valid] <= 1)).all()
    np.testing.assert_allclose(indices.similarity(x.T, baseline, axis=0), result, rtol=1e-14)
    self_similarity = indices.similarity(x, x)
    np.testing.assert_allclose(self_similarity[x.sum(axis=-1) > 0], 1.0)
    assert_matches(
        {"similarity": indices.compute_all(x, baseline=baseline)["similarity"][0]},
        {"similarity": float(result[0])},
    )


# --- what the app shows ---------------------------------------------------------------------


def test_index_info_explains_every_key() -> None:
    assert (*KEYS, "similarity") == indices.INDEX_KEYS
    # every index of compute_all, in its order, then vector balance (from vector shares)
    assert tuple(indices.INDEX_INFO) == (*indices.INDEX_KEYS, "vector_balance")
    for key, info in indices.INDEX_INFO.items():
        assert info.key == key
        for field in (info.name, info.description, info.formula, info.range, info.reference):
            assert field.strip(), key
        assert info.direction.startswith("higher = "), key
        assert any(char.isdigit() for char in info.reference), key  # a year at least
    with pytest.raises(TypeError):
        indices.INDEX_INFO["hhi"] = indices.INDEX_INFO["gini"]  # type: ignore[index]
    assert "1,800" in indices.INDEX_INFO["hhi"].reference
    assert indices.INDEX_INFO["entropy"].direction == "higher = more diversified"
    assert indices.INDEX_INFO["hhi"].direction == "higher = more concentrated"
    assert indices.INDEX_INFO["vector_balance"].range.startswith("0 to 1")


def test_public_names() -> None:
    for name in indices.__all__:
        assert hasattr(indices, name), name
    for key in KEYS:
        assert key in indices.__all__
    assert {"cr", "similarity", "compute_all", "INDEX_INFO", "INDEX_KEYS"} <= set(indices.__all__)
