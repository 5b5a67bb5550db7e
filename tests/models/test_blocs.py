"""Vectors (a partition of partners) and overlapping bloc memberships, on the real data."""

from __future__ import annotations

import numpy as np
import pytest

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


def test_partition_rules() -> None:
    with pytest.raises(ValueError, match="duplicate keys"):
        Partition((Vector("A", "a", frozenset()), Vector("A", "b", frozenset())))
    partition = Partition((Vector("A", "a", frozenset({"X"})), Vector("B", "b", frozenset({"Y"}))))
    moved = partition.with_partner_moved("X", "B")
    assert moved.vector_of("X") == "B"
    assert partition.vector_of("X") == "A"
    with pytest.raises(ValueError, match="not a vector"):
        partition.with_partner_moved("X", "Z")
