"""The vectorised share edits give, row by row, what rebalance.set_share and the engine give."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models import _replay, rebalance
from models._share_rows import feasible_rows, set_share_rows, share_edit_rows
from models.datasets import Catalog, load_catalog
from models.scenario import Scenario, SetShare, load_baseline


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@st.composite
def _rows(draw: st.DrawFn) -> tuple[np.ndarray, int, str, list[int], int | None, np.ndarray]:
    n = draw(st.integers(2, 9))
    m = draw(st.integers(1, 6))
    raw = np.array(draw(st.lists(st.lists(
        st.one_of(st.just(0.0), st.floats(0.001, 100.0)), min_size=n, max_size=n),
        min_size=m, max_size=m)))
    raw[:, 0] += 1.0  # no all-zero row
    shares = raw / raw.sum(axis=1, keepdims=True)
    k = draw(st.integers(0, n - 1))
    rule = draw(st.sampled_from(rebalance.RULES))
    others = [i for i in range(n) if i != k]
    source = draw(st.sampled_from(others)) if rule == "from_partner" else None
    lockable = [i for i in others if i != source]
    locked = draw(st.lists(st.sampled_from(lockable), unique=True, max_size=len(lockable))
                  if lockable else st.just([]))
    targets = np.array(draw(st.lists(st.floats(0.0, 1.0), min_size=m, max_size=m)))
    return shares, k, rule, sorted(locked), source, targets


@settings(max_examples=300, deadline=None)
@given(case=_rows())
def test_each_row_is_set_share(
    case: tuple[np.ndarray, int, str, list[int], int | None, np.ndarray],
) -> None:
    shares, k, rule, locked, source, targets = case
    lo, hi = feasible_rows(shares, k, rule, locked, source)
    applied = np.clip(targets, lo, hi)
    rows = set_share_rows(shares, k, applied, rule, locked, source)
    for r in range(shares.shape[0]):
        assert (lo[r], hi[r]) == pytest.approx(
            rebalance.feasible_range(shares[r], k, rule=rule, locked=locked, source=source),
            abs=1e-12)
        expected = rebalance.set_share(shares[r], k, targets[r], rule=rule, locked=locked,
                                       source=source)
        np.testing.assert_allclose(rows[r], expected.shares, rtol=1e-9, atol=1e-12)
        assert rows[r].min() >= 0.0


_codes = st.sampled_from(["CHN", "RUS", "ITA", "NLD", "TUR", "EAEU", "EU27", "USA"])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    code=_codes,
    share=st.floats(0.0, 1.0, allow_subnormal=False),
    rule=st.sampled_from(["proportional", "equal", "from_partner"]),
    source=_codes,
    locks=st.lists(_codes, unique=True, max_size=3),
    level=st.sampled_from(["partners", "vectors"]),
    seed=st.integers(0, 1000),
)
def test_a_share_edit_on_rows_is_the_engines_row_by_row(
    catalog: Catalog, code: str, share: float, rule: str, source: str, locks: list[str],
    level: str, seed: int,
) -> None:
    baseline = load_baseline(Scenario("KAZ", 2022, "exports", level=level), catalog)
    space = _replay._Space(baseline)
    scale = np.random.default_rng(seed).uniform(0.0, 2.0, (5, len(space.codes)))
    scale[1] = 1.0
    values = np.asarray(space.values) * scale
    edit = SetShare(code, share, rule, source if rule == "from_partner" else None)
    expected = []
    for row in values:
        try:
            expected.append(_replay._apply_one(edit, row, _replay._State(set(locks), [], None),
                                               space))
        except ValueError:
            event("the engine refuses the edit")
            return  # an edit the engine refuses (checked before the draws, by the replay)
    event("rows compared")
    rows = share_edit_rows(edit, values, set(locks), space)
    np.testing.assert_allclose(rows, np.stack(expected), rtol=1e-9, atol=1e-9)
