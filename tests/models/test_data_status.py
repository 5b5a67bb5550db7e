"""models.data_status: badges, unallocated trade, nouns and first-published figures."""

from __future__ import annotations

import math

import numpy as np
import pytest

from models.data_status import BADGE_KINDS, data_status, dimension_words
from models.datasets import Catalog, load_catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def kinds(status: object) -> list[str]:
    return [b.kind for b in status.badges]  # type: ignore[attr-defined]


def test_preliminary_year_has_a_badge_and_an_unallocated_line(catalog: Catalog) -> None:
    table = catalog.table("KAZ", 2025, "exports")
    status = data_status(table, catalog)
    assert kinds(status) == ["preliminary"]
    assert "2025 is preliminary" in status.badges[0].caveat
    assert status.unallocated is not None
    assert status.unallocated.value == pytest.approx(table.unallocated)
    assert status.unallocated.official_total == table.official_total
    assert status.unallocated.share == pytest.approx(table.unallocated / table.official_total)
    assert "Unallocated line" in status.badges[0].caveat


def test_final_year_has_no_badge(catalog: Catalog) -> None:
    status = data_status(catalog.table("KAZ", 2024, "imports"), catalog)
    assert status.badges == ()
    assert status.status == "final"


def test_hs_sections_2022_miss_september(catalog: Catalog) -> None:
    table = catalog.table("KAZ", 2022, "exports", dimension="hs_sections")
    assert table.months == (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12)
    status = data_status(table, catalog)
    assert kinds(status) == ["missing_months"]
    badge = status.badges[0]
    assert badge.months_missing == (9,)
    assert "September" in badge.caveat
    assert "product groups (HS sections)" in badge.caveat
    assert status.unallocated is not None
    assert status.unallocated.value > 7000
    assert status.words.one == "product group"


def test_partner_tables_cover_every_month(catalog: Catalog) -> None:
    assert catalog.table("KAZ", 2022, "exports").months == tuple(range(1, 13))


def test_first_published_names_the_quoted_partners_beside_the_revised(catalog: Catalog) -> None:
    table = catalog.table("KAZ", 2022, "imports", release="first_published")
    status = data_status(table, catalog)
    assert kinds(status) == ["first_published"]
    badge = status.badges[0]
    assert badge.quoted == 3
    assert "only 3 partners" in badge.caveat
    quoted = status.quoted
    assert quoted is not None
    assert set(quoted.codes) == {"RUS", "CHN", "USA"}
    revised = catalog.table("KAZ", 2022, "imports")
    for code, first, later in zip(quoted.codes, quoted.first_published, quoted.revised,
                                  strict=True):
        assert first == table.values[table.codes.index(code)]
        assert later == revised.values[revised.codes.index(code)]
    assert np.all(np.abs(quoted.revision) < 0.05)
    assert status.unallocated is None  # no official imports total in that release


def test_first_published_without_a_catalog_has_no_revised_figures(catalog: Catalog) -> None:
    status = data_status(catalog.table("KAZ", 2022, "exports", release="first_published"))
    assert status.quoted is not None
    assert all(math.isnan(x) for x in status.quoted.revised)


def test_years_without_official_total_say_so(catalog: Catalog) -> None:
    status = data_status(catalog.table("KAZ", 2005, "exports"), catalog)
    assert kinds(status) == ["no_total"]
    assert status.unallocated is None
    partial = data_status(catalog.table("KAZ", 2010, "exports"), catalog)
    assert kinds(partial) == ["partial", "no_total"]


def test_badges_come_in_a_fixed_order(catalog: Catalog) -> None:
    for year in catalog.years("KAZ"):
        found = kinds(data_status(catalog.table("KAZ", year, "turnover"), catalog))
        assert found == sorted(found, key=BADGE_KINDS.index)


def test_dimension_words() -> None:
    assert dimension_words("partners").many_detailed == "partners"
    assert dimension_words("hs_chapters").many_detailed == "product groups (HS chapters)"
    assert dimension_words("partners", level="vectors").one == "vector"
    assert dimension_words("hs_sections", level="vectors").one == "product group"
    with pytest.raises(ValueError, match="`dimension`"):
        dimension_words("regions")
    with pytest.raises(ValueError, match="`level`"):
        dimension_words("partners", level="blocs")
