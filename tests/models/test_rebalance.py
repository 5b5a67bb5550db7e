"""Share edits with locks (models.rebalance): worked examples and invariants."""

from __future__ import annotations

import doctest

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import rebalance
from models.rebalance import RULES, ShareEditResult, feasible_range, scale_value, set_share

NAMES = ["China", "Russia", "Italy", "Spain"]


# --- worked examples -------------------------------------------------------------------


def test_proportional_by_hand() -> None:
    # China 50 -> 60 %, Russia locked at 20 %: Italy and Spain held 30 % and must now hold
    # 20 %, so each keeps 2/3 of its share: 20 -> 13.33 %, 10 -> 6.67 %.
    result = set_share([0.5, 0.2, 0.2, 0.1], 0, 0.6, locked=[1])
    np.testing.assert_allclose(result.shares, [0.6, 0.2, 0.2 * 2 / 3, 0.1 * 2 / 3], atol=1e-15)
    assert result.shares[1] == 0.2
    summary = (result.requested, result.applied, result.clamped, result.message)
    assert summary == (0.6, 0.6, False, "")


def test_equal_by_hand() -> None:
    # China 40 -> 70 %: the three others give up 30 points, 10 each.
    result = set_share([0.4, 0.3, 0.2, 0.1], 0, 0.7, rule="equal")
    np.testing.assert_allclose(result.shares, [0.7, 0.2, 0.1, 0.0], atol=1e-15)


def test_equal_water_fills_when_a_partner_would_go_negative() -> None:
    # China 40 -> 76 %: 36 points, 12 each, would take Spain (10 %) to -2 %. Spain stops at
    # zero; Russia and Italy share the remaining 26 points equally, 13 each.
    result = set_share([0.4, 0.3, 0.2, 0.1], 0, 0.76, rule="equal")
    np.testing.assert_allclose(result.shares, [0.76, 0.17, 0.07, 0.0], atol=1e-15)
    assert not result.clamped


def test_equal_when_share_is_freed_gives_everyone_the_same() -> None:
    result = set_share([0.4, 0.3, 0.2, 0.1], 0, 0.1, rule="equal")
    np.testing.assert_allclose(result.shares, [0.1, 0.4, 0.3, 0.2], atol=1e-15)


def test_from_partner_by_hand() -> None:
    # Italy's exports fall by a third (30 -> 20 %) and China takes up the slack (+10 points).
    result = set_share([0.25, 0.15, 0.3, 0.3], 2, 0.2, rule="from_partner", source=0)
    np.testing.assert_allclose(result.shares, [0.35, 0.15, 0.2, 0.3], atol=1e-15)
    assert result.shares[1] == 0.15
    assert result.shares[3] == 0.3


def test_clamp_message_with_locked_partners() -> None:
    shares = [0.3, 0.376, 0.2, 0.124]
    result = set_share(shares, 0, 0.8, locked=[1], names=NAMES)
    assert result.clamped
    assert result.applied == pytest.approx(0.624, abs=1e-15)
    assert result.shares[2] == 0.0
    assert result.shares[3] == 0.0
    assert result.message == (
        "China's share was set to 62.4 % instead of 80.0 %: locked partners hold 37.6 %, "
        "and the others cannot go below zero."
    )


def test_clamp_message_from_partner() -> None:
    result = set_share([0.4, 0.15, 0.3, 0.15], 0, 0.8, rule="from_partner", source=1,
                       names=NAMES)
    assert result.clamped
    assert result.applied == pytest.approx(0.55, abs=1e-15)
    np.testing.assert_allclose(result.shares, [0.55, 0.0, 0.3, 0.15], atol=1e-15)
    assert result.message == (
        "China's share was set to 55.0 % instead of 80.0 %: it can only take from Russia, "
        "which holds 15.0 %, and Russia cannot go below zero."
    )


def test_no_free_partner_keeps_the_share_and_says_so() -> None:
    result = set_share([0.4, 0.3, 0.3], 0, 0.9, locked=[1, 2], names=NAMES[:3])
    assert result.clamped
    assert result.applied == pytest.approx(0.4, abs=1e-15)
    assert feasible_range([0.4, 0.3, 0.3], 0, locked=[1, 2]) == (result.applied, result.applied)
    assert result.message.startswith("China's share was kept at 40.0 % instead of 90.0 %")
    assert "locked" in result.message


def test_message_shows_enough_decimals_to_differ() -> None:
    result = set_share([0.3, 0.376, 0.2, 0.124], 0, 0.6241, locked=[1], names=NAMES)
    assert "62.40 % instead of 62.41 %" in result.message


def test_single_partner_cannot_move() -> None:
    result = set_share([1.0], 0, 0.3)
    assert result.clamped
    assert result.applied == 1.0
    assert result.shares.tolist() == [1.0]
    assert result.message == (
        "Partner 0's share was kept at 100.0 % instead of 30.0 %: it is the only partner."
    )


def test_proportional_with_all_free_partners_at_zero_spreads_equally() -> None:
    result = set_share([0.6, 0.4, 0.0, 0.0], 0, 0.2, locked=[1])
    np.testing.assert_allclose(result.shares, [0.2, 0.4, 0.2, 0.2], atol=1e-15)
    assert not result.clamped
    # ... and cannot grow: there is nothing to take from.
    assert feasible_range([0.6, 0.4, 0.0, 0.0], 0, locked=[1]) == (0.0, 0.6)


def test_feasible_range_examples() -> None:
    shares = [0.5, 0.3, 0.2]
    assert feasible_range(shares, 0) == (0.0, 1.0)
    assert feasible_range(shares, 0, locked=[1]) == (0.0, pytest.approx(0.7))
    assert feasible_range(shares, 0, rule="from_partner", source=2) == (0.0, pytest.approx(0.7))
    assert feasible_range(shares, 0, rule="from_partner", source=2, locked=[1]) == (
        0.0, pytest.approx(0.7))


def test_float_drift_is_absorbed_and_locked_stay_exact() -> None:
    shares = np.array([0.5, 0.2, 0.2, 0.1]) * (1 + 5e-10)
    for rule, source in (("proportional", None), ("equal", None), ("from_partner", 2)):
        result = set_share(shares, 0, 0.4, rule=rule, locked=[1], source=source)
        assert result.shares[1] == shares[1]
        assert abs(result.shares.sum() - 1.0) <= 1e-12
        assert result.shares[0] == 0.4


def test_inputs_are_not_mutated() -> None:
    shares = np.array([0.5, 0.2, 0.2, 0.1])
    before = shares.copy()
    result = set_share(shares, 0, 0.7, locked=[1])
    assert np.array_equal(shares, before)
    assert result.shares is not shares
    values = np.array([10.0, 20.0])
    scale_value(values, 0, 50)
    assert values.tolist() == [10.0, 20.0]


def test_result_is_frozen() -> None:
    result = set_share([0.5, 0.5], 0, 0.5)
    assert isinstance(result, ShareEditResult)
    with pytest.raises(AttributeError):
        result.applied = 0.1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "locked": [0]}, "unlock it first"),
        ({"shares": [0.5, 0.5], "index": 0, "target": -0.1}, "`target`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 1.1}, "`target`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": float("nan")}, "`target`"),
        ({"shares": [1.5, -0.5], "index": 0, "target": 0.5}, "`shares`"),
        ({"shares": [0.5, 0.4], "index": 0, "target": 0.5}, "sum to 1"),
        ({"shares": [[0.5, 0.5]], "index": 0, "target": 0.5}, "1-D"),
        ({"shares": [0.5, 0.5], "index": 2, "target": 0.5}, "`index`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "locked": [5]}, "`locked`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "rule": "fair"}, "`rule`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "rule": "from_partner"}, "`source`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "source": 1}, "`source`"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "rule": "from_partner",
          "source": 0}, "`source`"),
        ({"shares": [0.5, 0.3, 0.2], "index": 0, "target": 0.5, "rule": "from_partner",
          "source": 1, "locked": [1]}, "unlock it first"),
        ({"shares": [0.5, 0.5], "index": 0, "target": 0.5, "names": ["China"]}, "`names`"),
    ],
)
def test_bad_input_is_a_value_error_naming_it(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        set_share(**kwargs)  # type: ignore[arg-type]


def test_negative_share_error_names_the_partner() -> None:
    with pytest.raises(ValueError, match="Italy"):
        set_share([0.6, 0.5, -0.1, 0.0], 0, 0.5, names=NAMES)


# --- scale_value -----------------------------------------------------------------------


def test_scale_value_changes_only_that_value() -> None:
    values = np.array([10.0, 20.0, 70.0])
    np.testing.assert_array_equal(scale_value(values, 2, 100), [10.0, 20.0, 140.0])
    np.testing.assert_array_equal(scale_value(values, 0, -100), [0.0, 20.0, 70.0])
    shares = scale_value(values, 0, -50)
    assert shares.sum() == 95.0  # the total moves with it


def test_scale_value_is_vectorised_over_scenarios() -> None:
    values = np.array([[10.0, 20.0], [30.0, 40.0]])
    out = scale_value(values, 1, np.array([50.0, -25.0]))
    np.testing.assert_array_equal(out, [[10.0, 30.0], [30.0, 30.0]])
    by_column = scale_value(values.T, 1, np.array([50.0, -25.0]), axis=0)
    np.testing.assert_array_equal(by_column, out.T)


@pytest.mark.parametrize(
    ("values", "index", "percent", "match"),
    [
        ([10.0, 20.0], 0, -100.5, "`percent`"),
        ([10.0, 20.0], 0, float("inf"), "`percent`"),
        ([10.0, -20.0], 0, 5, "`values`"),
        ([10.0, float("nan")], 0, 5, "`values`"),
        ([10.0, 20.0], 2, 5, "`index`"),
        (10.0, 0, 5, "`values`"),
    ],
)
def test_scale_value_errors(values: object, index: int, percent: float, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        scale_value(values, index, percent)  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------------------


@st.composite
def share_edits(draw: st.DrawFn) -> dict[str, object]:
    n = draw(st.integers(1, 60))
    raw = np.array(draw(st.lists(
        st.one_of(st.just(0.0), st.floats(1e-6, 1e3)), min_size=n, max_size=n)))
    if raw.sum() == 0.0:
        raw[draw(st.integers(0, n - 1))] = 1.0
    shares = raw / raw.sum()
    index = draw(st.integers(0, n - 1))
    others = [i for i in range(n) if i != index]
    locked = draw(st.lists(st.sampled_from(others), unique=True)) if others else []
    rule = draw(st.sampled_from(RULES))
    source = None
    candidates = [i for i in others if i not in locked]
    if rule == "from_partner":
        if not candidates:
            rule = "proportional"
        else:
            source = draw(st.sampled_from(candidates))
    target = draw(st.one_of(
        st.floats(0.0, 1.0),
        st.just(0.0),
        st.just(1.0),
        st.just(float(shares[index])),
    ))
    return {"shares": shares, "index": index, "target": target, "rule": rule,
            "locked": locked, "source": source}


@settings(max_examples=300, deadline=None)
@given(share_edits())
def test_invariants_of_every_edit(edit: dict[str, object]) -> None:
    shares = np.asarray(edit["shares"])
    index, target, rule = int(edit["index"]), float(edit["target"]), str(edit["rule"])  # type: ignore[call-overload]
    locked = list(edit["locked"])  # type: ignore[call-overload]
    source = edit["source"]
    result = set_share(shares, index, target, rule=rule, locked=locked, source=source)  # type: ignore[arg-type]
    new = result.shares
    lo, hi = feasible_range(shares, index, rule=rule, locked=locked, source=source)  # type: ignore[arg-type]

    assert new.shape == shares.shape
    assert abs(new.sum() - 1.0) <= 1e-12
    assert new.min() >= 0.0
    assert np.array_equal(new[locked], shares[locked])  # untouched, exactly
    assert new[index] == result.applied
    if lo - 1e-12 <= target <= hi + 1e-12:
        assert not result.clamped
        assert result.message == ""
        assert result.applied == pytest.approx(target, abs=1e-12)
    else:
        assert result.clamped
        assert result.message
        assert result.applied == (lo if target < lo else hi)

    free = np.ones(shares.size, dtype=bool)
    free[[index, *locked]] = False
    old_free, new_free = shares[free], new[free]
    if rule == "proportional" and old_free.sum() > 0:
        # ratios among the free partners are kept: one common factor
        factor = new_free.sum() / old_free.sum()
        np.testing.assert_allclose(new_free, old_free * factor, rtol=1e-9, atol=1e-15)
    if rule == "equal" and old_free.size:
        change = new_free - old_free
        still_trading = new_free > 0
        if np.all(still_trading) or change.mean() >= 0:
            # nobody hit zero: every free partner moved by the same amount
            np.testing.assert_allclose(change, change.mean(), atol=1e-12)
        else:
            # water-filling: those left trading all lost the same amount c; those at
            # zero held no more than c
            cut = -change[still_trading]
            if cut.size:
                np.testing.assert_allclose(cut, cut.mean(), atol=1e-12)
                assert np.all(old_free[~still_trading] <= cut.mean() + 1e-12)
    if rule == "from_partner":
        assert isinstance(source, int)
        moved = np.zeros(shares.size, dtype=bool)
        moved[[index, source]] = True
        assert np.array_equal(new[~moved], shares[~moved])
        assert new[source] == pytest.approx(shares[source] + shares[index] - result.applied,
                                            abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(share_edits())
def test_set_share_lands_inside_its_feasible_range(edit: dict[str, object]) -> None:
    lo, hi = feasible_range(edit["shares"], edit["index"], rule=edit["rule"],  # type: ignore[arg-type]
                            locked=edit["locked"], source=edit["source"])  # type: ignore[arg-type]
    assert 0.0 <= lo <= hi <= 1.0 + 1e-12
    for target in (lo, hi, (lo + hi) / 2):
        result = set_share(edit["shares"], edit["index"], target, rule=edit["rule"],  # type: ignore[arg-type]
                           locked=edit["locked"], source=edit["source"])  # type: ignore[arg-type]
        assert not result.clamped
        assert result.applied == pytest.approx(target, abs=1e-12)


def test_docstring_examples() -> None:
    failed, attempted = doctest.testmod(rebalance, verbose=False)
    assert attempted > 0
    assert failed == 0
