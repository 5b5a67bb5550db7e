"""Scenarios side by side, and comparison files."""

from __future__ import annotations

import doctest
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from models import compare, comparison_files
from models.compare import RANKING_KEYS, compare_scenarios, more_concentrated_is_higher
from models.datasets import load_catalog
from models.scenario import CostShock, ScaleValue, Scenario, SetShare
from models.workbench import Workbench

KAZ_2022 = Scenario("KAZ", 2022, "exports")


@pytest.fixture(scope="module")
def bench() -> Workbench:
    return Workbench(load_catalog())


def test_most_and_least_concentrated_follow_the_index_direction(bench: Workbench) -> None:
    china = bench.build(KAZ_2022.with_edit(SetShare("CHN", 0.6)))
    spread = bench.build(KAZ_2022.with_edit(CostShock((("ITA", 0.5), ("CHN", 0.5)), 4.0)))
    view = compare_scenarios([("A: China", china), ("B: Spread", spread)])
    assert view.names == ("A: China", "B: Spread")
    assert (view.most, view.least) == (0, 1)
    hhi = view.keys.index("hhi")
    assert view.scenario[hhi, 0] == pytest.approx(china.comparison.scenario["hhi"])
    assert view.change[hhi, 1] == pytest.approx(
        spread.comparison.scenario["hhi"] - spread.comparison.baseline["hhi"]
    )
    assert view.baseline[hhi] == pytest.approx(china.comparison.baseline["hhi"])
    # entropy: higher is more diversified, so the ranking turns round, not the answer
    by_entropy = compare_scenarios([("A", china), ("B", spread)], ranking_key="entropy")
    assert (by_entropy.most, by_entropy.least) == (0, 1)
    assert not more_concentrated_is_higher("entropy")
    assert "similarity" not in RANKING_KEYS
    with pytest.raises(ValueError, match="`key` must be one of"):
        compare_scenarios([("A", china)], ranking_key="similarity")


def test_shares_line_up_baseline_and_every_scenario(bench: Workbench) -> None:
    a = bench.build(KAZ_2022.with_edit(SetShare("CHN", 0.6)))
    b = bench.build(KAZ_2022)
    view = compare_scenarios([("A", a), ("B", b)], top=5)
    assert view.shares.shape == (3, 5)
    assert "China" in view.labels
    chn = view.codes.index("CHN")
    assert view.shares[1, chn] == pytest.approx(0.6)
    np.testing.assert_allclose(view.shares[0], view.shares[2])  # B is the baseline
    assert view.notes == ()


def test_other_data_are_compared_and_said_so(bench: Workbench) -> None:
    a = bench.build(KAZ_2022)
    b = bench.build(replace(KAZ_2022, flow="imports"))
    view = compare_scenarios([("A", a), ("B", b)])
    assert "B is over other data" in view.notes[0]
    assert np.all(np.isfinite(view.shares[2][np.isfinite(view.shares[2])]))


def test_no_trade_left_ranks_the_others(bench: Workbench) -> None:
    empty = KAZ_2022
    for code in bench.baseline(KAZ_2022).codes:
        empty = empty.with_edit(ScaleValue(code, -100.0))
    view = compare_scenarios(
        [
            ("A", bench.build(empty)),
            ("B", bench.build(KAZ_2022.with_edit(SetShare("CHN", 0.5)))),
            ("C", bench.build(KAZ_2022)),
        ]
    )
    assert (view.most, view.least) == (1, 2)
    alone = compare_scenarios([("A", bench.build(empty))])
    assert (alone.most, alone.least) == (None, None)


def test_comparison_files_round_trip_with_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    a, b = tmp_path / "a.json", tmp_path / "sub" / "b.json"
    target = tmp_path / "set.mvcompare.json"
    comparison_files.save([a, b], target, title="Two views")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["scenarios"] == ["a.json", str(Path("sub") / "b.json")]
    title, paths = comparison_files.load(target)
    assert title == "Two views"
    assert paths == [a, b]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not a comparison file"),
        ('{"format": "other"}', "format"),
        (
            '{"format": "multivector-comparison", "schema_version": 9, "scenarios": ["a"]}',
            "schema_version",
        ),
        ('{"format": "multivector-comparison", "schema_version": 1, "scenarios": []}', "scenarios"),
        (
            '{"format": "multivector-comparison", "schema_version": 1, "scenarios": [3]}',
            r"scenarios\[0\]",
        ),
        (
            '{"format": "multivector-comparison", "schema_version": 1, "scenarios": ["a"], "x": 1}',
            "unknown",
        ),
        (
            '{"format": "multivector-comparison", "schema_version": NaN, "scenarios": ["a"]}',
            "not a comparison file",
        ),
    ],
)
def test_broken_comparison_files_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(comparison_files.ComparisonFileError, match=message):
        comparison_files.load(path)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (comparison_files.MAX_BYTES + 1))
    with pytest.raises(comparison_files.ComparisonFileError, match="bytes"):
        comparison_files.load(big)


def test_docstring_examples_run() -> None:
    failed, attempted = doctest.testmod(compare, verbose=False)
    assert attempted > 0
    assert failed == 0


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    from models import autosave_files

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # no writer: a blocking open would wait for ever
    with pytest.raises(comparison_files.ComparisonFileError, match=r"named pipe \(FIFO\)"):
        comparison_files.load(fifo)
    with pytest.raises(ValueError, match=r"pipe.json: a named pipe \(FIFO\), not a file"):
        autosave_files.read(fifo)
