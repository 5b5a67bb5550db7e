"""`montecarlo` with each edit's sigma and no spread prints what `run` prints, for any scenario."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models import scenario_files
from models.cli import main
from models.scenario import CostShock, Growth, ScaleValue, Scenario, SetLock, SetShare

_codes = st.sampled_from(["CHN", "RUS", "ITA", "NLD", "TUR", "USA", "UZB", "EAEU", "EU27"])
_shock = st.builds(
    lambda pairs, sigma: CostShock(tuple(pairs), sigma),
    st.lists(
        st.tuples(_codes, st.floats(-0.6, 1.5)), min_size=1, max_size=3, unique_by=lambda p: p[0]
    ),
    st.floats(0.5, 8.0),
)
_edits = st.one_of(
    st.builds(SetShare, _codes, st.floats(0.0, 1.0), st.sampled_from(["proportional", "equal"])),
    st.builds(ScaleValue, _codes, st.floats(-90.0, 300.0)),
    _shock,
    st.builds(lambda code: SetLock((code,)), _codes),
    st.builds(lambda code, rate: Growth(((code, rate),), 2), _codes, st.floats(-0.2, 0.3)),
)


def _json(*argv: str) -> tuple[int, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(list(argv))
    text = out.getvalue()
    return status, json.loads(text, parse_constant=_no_constant) if text else None


def _no_constant(token: str) -> Any:
    raise ValueError(f"not strict JSON: {token}")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(_edits, max_size=5),
    shock=_shock,
    level=st.sampled_from(["partners", "vectors"]),
    flow=st.sampled_from(["exports", "imports", "turnover"]),
    year=st.sampled_from([2015, 2022, 2024]),
)
def test_montecarlo_with_kept_sigma_and_no_spread_is_run(
    edits: list[Any], shock: CostShock, level: str, flow: str, year: int
) -> None:
    scenario = replace(Scenario("KAZ", year, flow, level=level), edits=(*edits, shock))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.json"
        scenario_files.save(scenario, path)
        run_status, run = _json("run", str(path), "--format", "json")
        mc_status, bands = _json(
            "montecarlo",
            str(path),
            "--keep-sigma",
            "--shock-spread",
            "0",
            "--draws",
            "20",
            "--format",
            "json",
        )
    assert mc_status == run_status
    event("run refused the file" if run_status else "run applied the file")
    if run_status != 0:  # an edit that cannot apply is refused by both
        return
    for key, value in run["scenario"].items():
        band = bands["bands"][key]
        if value is None:
            assert band == [None, None, None]
        else:
            assert band == pytest.approx([value] * 3, rel=1e-9, abs=1e-12)
