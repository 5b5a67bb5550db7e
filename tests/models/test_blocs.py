"""Vectors (a partition of partners) and overlapping bloc memberships, on the real data."""

from __future__ import annotations

import doctest

import numpy as np
import pytest

from models import blocs, indices
from models.blocs import Partition, Vector, default_partition, membership_shares
from models.datasets import load_catalog


@pytest.fixture(scope="module")
def table():  # type: ignore[no-untyped-def]
    return load_catalog().table("KAZ", 2022, "exports")


def test_default_partition_places_partners_by_year(table) -> None:  # type: ignore[no-untyped-def]
    catalog = load_catalog()
    p2022 = default_partition(catalog, "KAZ", 2022, table.codes)
    assert p2022.vector_of("RUS") == "EAEU"
    assert p2022.vector_of("KGZ") == "EAEU"  # EAEU listed before the Turkic states
    assert p2022.vector_of("UZB") == "TURKIC"  # OTS member since 2019
    assert p2022.vector_of("TJK") == "CENTRAL_ASIA"
    assert p2022.vector_of("ITA") == "EU27"
    assert p2022.vector_of("JPN") == "ASIA"
    assert p2022.vector_of("GBR") == "ROW"
    p2018 = default_partition(catalog, "KAZ", 2018, table.codes)
    assert p2018.vector_of("UZB") == "CENTRAL_ASIA"


def test_aggregate_keeps_the_total_and_vectorises(table) -> None:  # type: ignore[no-untyped-def]
    partition = default_partition(load_catalog(), "KAZ", 2022, table.codes)
    vectors = partition.aggregate(table.values, table.codes)
    assert vectors.shape == (len(partition.keys),)
    assert vectors.sum() == pytest.approx(table.values.sum(), rel=1e-12)
    # Cross-check with SOURCES.md sec. 3.5 (computed there independently): EU-27 2022 exports.
    assert vectors[partition.keys.index("EU27")] == pytest.approx(32_404.2, abs=0.5)
    draws = np.stack([table.values, 2 * table.values])
    assert np.allclose(partition.aggregate(draws, table.codes)[1], 2 * vectors)


def test_membership_shares_respect_joining_years(table) -> None:  # type: ignore[no-untyped-def]
    catalog = load_catalog()
    shares = membership_shares(catalog, table.codes, table.values, 2022)
    total = table.values.sum()
    # SOURCES.md sec. 3.5: EAEU (ARM, BLR, KGZ, RUS) 10,098.9; SCO members as of 2022 29,383.0
    assert float(shares["EAEU"]) * total == pytest.approx(10_098.9, abs=0.5)
    assert float(shares["SCO"]) * total == pytest.approx(29_383.0, abs=0.5)
    assert "IRN" not in catalog.bloc_members("SCO", 2022)
    assert "IRN" in catalog.bloc_members("SCO", 2023)


def test_comparison_carries_membership_shares_of_the_year() -> None:
    from models.analysis import compare
    from models.scenario import Scenario, SetShare, apply, load_baseline

    catalog = load_catalog()
    scenario = Scenario("KAZ", 2022, "exports", edits=(SetShare("RUS", 0.30),))
    comparison = compare(apply(scenario, load_baseline(scenario, catalog)))
    assert [m.key for m in comparison.memberships] == ["EAEU", "EU27", "OTS", "CIS", "SCO"]
    assert comparison.memberships[0].name == "Eurasian Economic Union (EAEU)"
    assert comparison.memberships[1].short_name == "EU-27"
    before = {m.key: m.baseline for m in comparison.memberships}
    after = {m.key: m.scenario for m in comparison.memberships}
    # The same members as the EU-27 vector (a partition) give the same share, both sides.
    assert comparison.vector_baseline is not None
    assert comparison.vector_scenario is not None
    eu = comparison.vector_keys.index("EU27")
    assert before["EU27"] == pytest.approx(comparison.vector_baseline[eu], rel=1e-12)
    assert after["EU27"] == pytest.approx(comparison.vector_scenario[eu], rel=1e-12)
    # SOURCES.md sec. 3.5: EAEU 2022 exports 10,098.9 of 84,577.6 listed.
    assert before["EAEU"] == pytest.approx(10_098.9 / 84_577.6, abs=1e-5)
    # Russia is in the EAEU, the CIS and the SCO: moving it to 30 % raises all three.
    russia = comparison.codes.index("RUS")
    gain = comparison.scenario_shares[russia] - comparison.baseline_shares[russia]
    for bloc in ("EAEU", "CIS", "SCO"):
        assert after[bloc] > before[bloc]
    assert after["EAEU"] - before["EAEU"] < gain  # the other members gave some up
    # Before the EAEU was founded (2015) it is not listed; at the vectors level nothing is.
    early = Scenario("KAZ", 2010, "exports")
    early_blocs = [m.key for m in compare(apply(early, load_baseline(early, catalog))).memberships]
    assert "EAEU" not in early_blocs
    vectors = Scenario("KAZ", 2022, "exports", level="vectors")
    assert compare(apply(vectors, load_baseline(vectors, catalog))).memberships == ()


def test_partition_rules() -> None:
    with pytest.raises(ValueError, match="duplicate keys"):
        Partition((Vector("A", "a", frozenset()), Vector("A", "b", frozenset())))
    partition = Partition((Vector("A", "a", frozenset({"X"})), Vector("B", "b", frozenset({"Y"}))))
    moved = partition.with_partner_moved("X", "B")
    assert moved.vector_of("X") == "B"
    assert partition.vector_of("X") == "A"
    with pytest.raises(ValueError, match="not a vector"):
        partition.with_partner_moved("X", "Z")


def test_vector_balance_is_the_evenness_of_vector_shares(table) -> None:  # type: ignore[no-untyped-def]
    partition = default_partition(load_catalog(), "KAZ", 2022, table.codes)
    vectors = partition.aggregate(np.stack([table.values, 3 * table.values]), table.codes)
    balance = blocs.vector_balance(vectors)
    assert balance.shape == (2,)
    assert balance[0] == pytest.approx(float(indices.evenness(vectors[0])))
    assert balance[0] == pytest.approx(balance[1])  # the scale does not matter
    assert 0.0 < balance[0] < 1.0
    assert np.isnan(blocs.vector_balance(np.zeros(len(partition.keys))))


def test_docstring_examples() -> None:
    result = doctest.testmod(blocs, raise_on_error=False)
    assert result.attempted >= 2
    assert result.failed == 0


def test_a_catalog_can_name_the_default_vectors_in_another_language():
    english = load_catalog()
    codes = english.table("KAZ", 2022, "exports").codes
    named = english.with_vector_names({"CHN": "Китай", blocs.REST_OF_WORLD: "Остальной мир"})
    partition = default_partition(named, "KAZ", 2022, codes)
    plain = default_partition(english, "KAZ", 2022, codes)
    assert partition.keys == plain.keys
    assert partition.names[partition.keys.index("CHN")] == "Китай"
    assert partition.names[-1] == "Остальной мир"
    assert partition.names[0] == blocs.VECTOR_NAMES["EAEU"]  # not named: stays English
    assert [v.members for v in partition.vectors] == [v.members for v in plain.vectors]
    # The names survive adding reporters (imported data sets), and the tables are the same.
    again = named.with_reporters({}, {}, default_reporter="KAZ")
    assert again.vector_names == named.vector_names
    np.testing.assert_array_equal(named.table("KAZ", 2022, "exports").values,
                                  english.table("KAZ", 2022, "exports").values)
