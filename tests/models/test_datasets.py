"""Tests of models.datasets: the embedded data, the loader's checks and the broken-file corpus."""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import datasets
from models.datasets import (
    DIMENSIONS,
    FLOWS,
    RELEASES,
    DataError,
    Membership,
    Provenance,
    TradeTable,
    load_catalog,
)

HERE = Path(__file__).resolve().parent
BROKEN = HERE / "broken_data"
VALID = BROKEN / "valid"
REPO = HERE.parent.parent


@pytest.fixture(scope="module")
def catalog() -> datasets.Catalog:
    return load_catalog()


# --- the real data -------------------------------------------------------------------------


def test_default_reporter_and_year(catalog):
    assert catalog.default_reporter == "KAZ"
    assert catalog.reporters == ("KAZ",)
    assert catalog.reporter_name("KAZ") == "Kazakhstan"
    # 2025 is preliminary with partners missing, so the latest complete year is 2024.
    assert catalog.default_year("KAZ") == 2024
    assert catalog.years("KAZ") == tuple(range(2000, 2026))


def test_default_catalog_is_cached():
    assert load_catalog() is load_catalog()


def test_2022_exports_top_three_and_partner_count(catalog):
    table = catalog.table("KAZ", 2022, "exports")
    assert table.reporter == "KAZ"
    assert table.reporter_name == "Kazakhstan"
    assert len(table.codes) == 205
    assert list(table.codes) == sorted(table.codes)
    top = np.argsort(-table.values, kind="stable")[:3]
    assert [table.codes[i] for i in top] == ["ITA", "CHN", "RUS"]
    assert [table.values[i] for i in top] == [13853.7, 13060.2, 9091.39]
    assert [table.names[i] for i in top] == ["Italy", "China", "Russian Federation"]
    assert table.names[table.codes.index("TUR")] == "Türkiye"
    assert table.values.dtype == np.float64
    assert table.status == "final"


def test_2022_unallocated_is_total_minus_partner_sum(catalog):
    table = catalog.table("KAZ", 2022, "exports")
    assert table.official_total == 84593.1
    assert table.unallocated == 84593.1 - table.values.sum()
    assert table.unallocated == pytest.approx(15.539, abs=1e-3)
    imports = catalog.table("KAZ", 2022, "imports")
    assert imports.official_total == 50934.4
    assert imports.unallocated == pytest.approx(50934.4 - imports.values.sum())
    assert any("Unallocated" in c for c in table.provenance.caveats)


def test_shares_are_of_the_listed_partners(catalog):
    table = catalog.table("KAZ", 2022, "exports")
    assert table.shares.sum() == pytest.approx(1.0)
    assert table.shares[table.codes.index("ITA")] == pytest.approx(13853.7 / table.values.sum())
    assert not table.shares.flags.writeable


def test_all_partners_every_year_zeros_included(catalog):
    codes_2000 = catalog.table("KAZ", 2000, "exports").codes
    codes_2025 = catalog.table("KAZ", 2025, "imports").codes
    assert codes_2000 == codes_2025
    table_2025 = catalog.table("KAZ", 2025, "exports")
    assert table_2025.values[table_2025.codes.index("AFG")] == 0.0  # no 2025 row for AFG


def test_turnover_is_exports_plus_imports(catalog):
    for year in (2000, 2010, 2022, 2025):
        exports = catalog.table("KAZ", year, "exports")
        imports = catalog.table("KAZ", year, "imports")
        turnover = catalog.table("KAZ", year, "turnover")
        np.testing.assert_array_equal(turnover.values, exports.values + imports.values)
    assert catalog.table("KAZ", 2022, "turnover").official_total == 135527.4


def test_values_are_read_only(catalog):
    table = catalog.table("KAZ", 2022, "exports")
    assert not table.values.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        table.values[0] = 1.0
    years, _codes, values = catalog.history("KAZ", "exports")
    assert not values.flags.writeable
    assert not years.flags.writeable


def test_history_matches_tables(catalog):
    years, codes, values = catalog.history("KAZ", "imports")
    assert values.shape == (len(years), len(codes)) == (26, 205)
    row = list(years).index(2019)
    np.testing.assert_array_equal(values[row], catalog.table("KAZ", 2019, "imports").values)
    _, _, turnover = catalog.history("KAZ", "turnover")
    _, _, exports = catalog.history("KAZ", "exports")
    np.testing.assert_array_equal(turnover, exports + values)


def test_statuses_and_official_totals_by_year(catalog):
    assert catalog.table("KAZ", 2025, "exports").status == "preliminary"
    assert catalog.table("KAZ", 2025, "exports").official_total == 79229.5
    assert catalog.table("KAZ", 2024, "exports").status == "final"
    # 2015-2018 totals are partner sums (not official), none before 2015.
    for year in (2000, 2015, 2018):
        table = catalog.table("KAZ", year, "exports")
        assert table.status == "approximate"
        assert table.official_total is None
        assert table.unallocated is None
    assert catalog.total("KAZ", 2015, "exports") is None
    assert catalog.total("KAZ", 2019, "exports") == 58065.6
    # Russia and Belarus are missing in 2010 in the source.
    table_2010 = catalog.table("KAZ", 2010, "imports")
    assert table_2010.status == "partial"
    assert table_2010.values[table_2010.codes.index("RUS")] == 0.0
    assert any("Russia and Belarus" in c for c in table_2010.provenance.caveats)


def test_year_specific_caveats(catalog):
    caveats_2025 = catalog.table("KAZ", 2025, "exports").provenance.caveats
    assert any("AFG" in c and "ARE" in c for c in caveats_2025)
    assert any("preliminary" in c for c in caveats_2025)
    assert any("Korea" in c for c in catalog.table("KAZ", 2019, "imports").provenance.caveats)
    caveats_2022 = catalog.table("KAZ", 2022, "exports").provenance.caveats
    assert any("China" in c and "29%" in c for c in caveats_2022)
    assert any("Taiwan" in c for c in caveats_2022)
    assert any("Oil prices" in c for c in caveats_2022)
    assert any("India" in c and "Brunei" in c for c in caveats_2022)


def test_first_published_release(catalog):
    assert catalog.years("KAZ", release="first_published") == (2022,)
    exports = catalog.table("KAZ", 2022, "exports", release="first_published")
    assert dict(zip(exports.codes, exports.values.tolist(), strict=True)) == {
        "CHN": 13200.0, "ITA": 13900.0, "RUS": 8800.0,
    }
    assert exports.status == "partial"
    assert exports.official_total is None
    assert exports.unallocated is None
    assert exports.provenance.release == "Astana Times 2023, first published"
    imports = catalog.table("KAZ", 2022, "imports", release="first_published")
    assert dict(zip(imports.codes, imports.values.tolist(), strict=True)) == {
        "CHN": 10900.0, "RUS": 17300.0, "USA": 1900.0,
    }
    assert catalog.total("KAZ", 2022, "turnover", release="first_published") == 134400.0
    with pytest.raises(DataError, match="no turnover by partner"):
        catalog.table("KAZ", 2022, "turnover", release="first_published")
    with pytest.raises(DataError, match="no turnover by partner"):
        catalog.history("KAZ", "turnover", release="first_published")


def test_products_2022(catalog):
    sections = catalog.table("KAZ", 2022, "exports", dimension="hs_sections")
    assert len(sections.codes) == 22
    assert sections.codes[0] == "I"
    assert sections.codes[-1] == "OTHER"
    assert sections.values[sections.codes.index("V")] == 52433.0
    assert sections.status == "partial"
    assert sections.unallocated == pytest.approx(84593.1 - 77157.9)
    assert any("September" in c for c in sections.provenance.caveats)
    chapters = catalog.table("KAZ", 2022, "imports", dimension="hs_chapters")
    assert len(chapters.codes) == 97
    assert chapters.values[chapters.codes.index("93")] == 0.0
    assert any("HS 93" in c for c in chapters.provenance.caveats)
    assert catalog.years("KAZ", dimension="hs_chapters") == (2022,)


def test_memberships_respect_the_joining_year(catalog):
    sco_2022 = catalog.bloc_members("SCO", 2022)
    assert "IRN" not in sco_2022
    assert "BLR" not in sco_2022
    assert {"CHN", "RUS", "IND", "PAK"} <= set(sco_2022)
    assert "IRN" in catalog.bloc_members("SCO", 2023)
    assert "BLR" not in catalog.bloc_members("SCO", 2023)
    assert "BLR" in catalog.bloc_members("SCO", 2024)
    assert "UZB" not in catalog.bloc_members("OTS", 2018)
    assert "UZB" in catalog.bloc_members("OTS", 2019)
    assert catalog.bloc_members("EAEU", 2014) == ()
    assert len(catalog.bloc_members("EU27", 2005)) == 27  # no joining years: every year
    assert catalog.bloc_members("SCO", 2022, roles=("observer",)) == ("AFG", "MNG")
    assert set(catalog.bloc_members("CIS", 2020, roles=("withdrew",))) == {"GEO", "UKR"}
    assert "GEO" not in catalog.bloc_members("CIS", 2005)
    assert set(catalog.blocs) == {"EAEU", "EU27", "OTS", "CIS", "SCO", "CENTRAL_ASIA"}
    iran = next(m for m in catalog.memberships() if m.bloc == "SCO" and m.iso3 == "IRN")
    assert iran == Membership("SCO", "IRN", "member", 2023, iran.since_note, iran.source)
    assert "4 July 2023" in iran.since_note
    assert "sectsco.org" in iran.source


def test_every_file_has_provenance(catalog):
    files = {p.file for p in catalog.provenances()}
    catalog_json = json.loads((REPO / "assets" / "data" / "catalog.json").read_text("utf-8"))
    listed = {catalog_json["countries"], catalog_json["blocs"], catalog_json["country_names"]}
    for reporter in catalog_json["reporters"]:
        listed |= set(reporter["files"])
    assert files == listed
    for record in catalog.provenances():
        assert isinstance(record, Provenance)
        assert record.source.strip()
        assert record.release.strip()
        assert record.unit.strip()
        assert record.caveats
        assert all(c.strip() for c in record.caveats)
    assert catalog.provenance("reporters/KAZ/partners.csv").unit == "US$ million"
    assert catalog.provenance("partners.csv").url.startswith("https://github.com/")
    assert "M49" in catalog.provenance("countries.csv").source


def test_every_iso3_in_the_data_is_a_country(catalog):
    valid = set(catalog.countries)
    assert "KAZ" in valid
    _, codes, _ = catalog.history("KAZ", "exports")
    assert set(codes) <= valid
    assert {m.iso3 for m in catalog.memberships()} <= valid
    for flow in ("exports", "imports"):
        assert set(catalog.table("KAZ", 2022, flow, release="first_published").codes) <= valid
    for code in valid:
        region, sub_region = catalog.region(code)
        assert region in {"Africa", "Americas", "Asia", "Europe", "Oceania"}
        assert sub_region
    assert catalog.region("KAZ") == ("Asia", "Central Asia")
    assert catalog.region("ITA") == ("Europe", "Southern Europe")
    assert catalog.country_name("CZE") == "Czechia"
    assert catalog.country_name("VNM") == "Viet Nam"
    assert catalog.country_name("KOR") == "Republic of Korea"


def test_tables_compare_by_value(catalog):
    a = catalog.table("KAZ", 2021, "exports")
    b = catalog.table("KAZ", 2021, "exports")
    assert a == b
    assert hash(a) == hash(b)
    assert a != catalog.table("KAZ", 2021, "imports")
    assert len({a, b}) == 1


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda c: c.table("XYZ", 2022, "exports"), "available: KAZ"),
        (lambda c: c.table("KAZ", 1999, "exports"), "available years: 2000-2025"),
        (lambda c: c.table("KAZ", 2022, "re-exports"), "exports, imports, turnover"),
        (lambda c: c.table("KAZ", 2022, "exports", release="draft"), "revised, first_published"),
        (lambda c: c.table("KAZ", 2022, "exports", dimension="hs6"), "partners, hs_sections"),
        (lambda c: c.years("KAZ", release="first_published", dimension="hs_sections"),
         "available: revised/partners"),
        (lambda c: c.table("KAZ", 2021, "exports", dimension="hs_sections"),
         "available years: 2022"),
        (lambda c: c.country_name("XXX"), "unknown ISO3 code 'XXX'"),
        (lambda c: c.bloc_members("NATO", 2022), "available: EAEU"),
        (lambda c: c.bloc_members("SCO", 2022, roles=("chair",)), "member, observer"),
        (lambda c: c.provenance("nothing.csv"), "no provenance"),
    ],
)
def test_bad_requests_name_what_exists(catalog, call, fragment):
    with pytest.raises(DataError, match=None) as info:
        call(catalog)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)


def test_constants():
    assert FLOWS == ("exports", "imports", "turnover")
    assert RELEASES == ("revised", "first_published")
    assert DIMENSIONS == ("partners", "hs_sections", "hs_chapters")


# --- reporter-generic loader -----------------------------------------------------------------


def test_models_assume_no_reporter():
    # The default reporter is chosen in assets/data/catalog.json; no model code names one
    # (nor the GUI toolkit).
    modules = sorted((REPO / "models").glob("*.py"))
    assert len(modules) > 20
    for module in modules:
        source = module.read_text(encoding="utf-8")
        for word in ("KAZ", "Kazakhstan", "PySide6", "pyqtgraph"):
            assert word not in source, f"{module.name} mentions {word}"


def test_another_reporter_loads_from_its_own_folder():
    catalog = load_catalog(VALID)
    assert catalog.default_reporter == "UZB"
    assert catalog.reporter_name("UZB") == "Uzbekistan (test)"
    assert catalog.years("UZB") == (2020, 2021)
    # 2020 is marked partial by its provenance, 2021's total is preliminary.
    assert catalog.default_year("UZB") == 2021
    table = catalog.table("UZB", 2020, "exports")
    assert table.codes == ("AFG", "KAZ", "TJK")
    assert table.values.tolist() == [0.0, 10.5, 1.25]
    assert table.status == "partial"
    assert table.official_total == 12.0
    assert table.unallocated == pytest.approx(0.25)
    imports_2021 = catalog.table("UZB", 2021, "imports")
    assert imports_2021.values.tolist() == [0.5, 22.75, 3.0]
    assert imports_2021.unallocated == 0.0
    assert imports_2021.status == "preliminary"
    assert "Test caveat for 2021 imports." in imports_2021.provenance.caveats
    exports_2021 = catalog.table("UZB", 2021, "exports")
    assert exports_2021.values[2] == 0.001  # e-notation in the file
    # The partners sum to more than the official total: a negative gap, said so.
    assert exports_2021.unallocated == pytest.approx(15 - 14.001)
    assert catalog.bloc_members("TEST_BLOC", 2020) == ()
    assert catalog.bloc_members("TEST_BLOC", 2021) == ("KAZ",)
    first = catalog.table("UZB", 2021, "imports", release="first_published")
    assert first.codes == ("TJK",)
    assert first.values.tolist() == [3000.0]
    assert catalog.total("UZB", 2021, "turnover", release="first_published") == 41000.0


def test_negative_gap_is_reported_not_hidden(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(VALID, root)
    totals = root / "reporters" / "UZB" / "totals.csv"
    totals.write_text(
        "year,exports_usd_m,imports_usd_m,status\n2020,11,20,official\n2021,1,1,official\n",
        encoding="utf-8",
    )
    table = load_catalog(root).table("UZB", 2020, "exports")
    assert table.unallocated == pytest.approx(-0.75)
    assert any("more than the official total" in c for c in table.provenance.caveats)
    # Without a turnover column, turnover's total is exports + imports.
    assert load_catalog(root).total("UZB", 2020, "turnover") == 31.0


# --- the broken-file corpus ----------------------------------------------------------------


CASES = sorted(p.name for p in (BROKEN / "cases").iterdir() if p.is_dir())


def test_corpus_covers_the_required_kinds_of_error():
    required = {
        "negative_value", "nan_value", "missing_value", "unknown_iso3", "duplicate_row",
        "missing_column", "non_numeric_value", "empty_file", "bad_catalog_json",
    }
    assert required <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_broken_file_gives_a_data_error_naming_file_and_line(tmp_path, case):
    folder = BROKEN / "cases" / case
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    root = tmp_path / "data"
    shutil.copytree(VALID, root)
    for name in expect.get("delete", []):
        (root / name).unlink()
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "expect.json":
            target = root / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    with pytest.raises(DataError) as info:
        load_catalog(root)
    error = info.value
    where = expect["file"] + (f", line {expect['line']}: " if expect["line"] else ": ")
    assert str(error).startswith(where), str(error)
    assert expect["message"] in str(error)
    assert error.file == expect["file"]
    assert error.line == expect["line"]


# --- values survive the trip through a file exactly -----------------------------------------

_values = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_values, _values), min_size=3, max_size=3))
def test_values_load_exactly_as_written(pairs):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "data"
        shutil.copytree(VALID, root)
        rows = "".join(
            f"2020,{code},{exports!r},{imports!r}\n"
            for code, (exports, imports) in zip(("AFG", "KAZ", "TJK"), pairs, strict=True)
        )
        (root / "reporters" / "UZB" / "partners.csv").write_text(
            "year,iso3,exports_usd_m,imports_usd_m\n" + rows, encoding="utf-8"
        )
        catalog = load_catalog(root)
        exports = catalog.table("UZB", 2020, "exports").values.tolist()
        imports = catalog.table("UZB", 2020, "imports").values.tolist()
    assert exports == [p[0] for p in pairs]
    assert imports == [p[1] for p in pairs]


def test_trade_table_rejects_bad_values(catalog):
    table = catalog.table("KAZ", 2022, "exports")
    fields = {name: getattr(table, name) for name in TradeTable.__dataclass_fields__}
    with pytest.raises(ValueError, match="'ABW'"):
        TradeTable(**{**fields, "values": np.where(np.arange(205) == 0, -1.0, table.values)})
    with pytest.raises(ValueError, match="one value per code"):
        TradeTable(**{**fields, "values": table.values[:3]})
    nan_values = np.array(table.values)
    nan_values[0] = math.nan
    with pytest.raises(ValueError, match="must be >= 0"):
        TradeTable(**{**fields, "values": nan_values})
    assert table.shares.shape == (205,)
    zeros = TradeTable(**{**fields, "values": np.zeros(205)})
    assert np.isnan(zeros.shares).all()


@pytest.mark.parametrize(("language", "russia", "reporter"), [
    ("en", "Russian Federation", "Kazakhstan"),
    ("ru", "Россия", "Казахстан"),
    ("kk", "Ресей", "Қазақстан"),
])
def test_country_names_come_in_the_chosen_language(language, russia, reporter):
    catalog = load_catalog(language=language)
    table = catalog.table("KAZ", 2022, "exports")
    assert catalog.language == language
    assert catalog.country_name("RUS") == russia
    assert table.names[table.codes.index("RUS")] == russia
    assert catalog.reporter_name("KAZ") == reporter
    english = load_catalog()
    assert table.codes == english.table("KAZ", 2022, "exports").codes  # codes never change
    np.testing.assert_array_equal(table.values, english.table("KAZ", 2022, "exports").values)


def test_a_name_missing_from_the_names_file_stays_english(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(REPO / "assets" / "data", root)
    path = root / "country_names.csv"
    lines = path.read_text("utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(("RUS,", "CHN,"))]
    kept = [line.replace("ITA,Италия,", "ITA,,") for line in kept]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    catalog = load_catalog(root, language="ru")
    assert catalog.country_name("RUS") == "Russian Federation"
    assert catalog.country_name("ITA") == "Italy"
    assert catalog.country_name("TUR") == "Турция"


def test_a_names_file_naming_an_unknown_code_is_refused(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(REPO / "assets" / "data", root)
    with (root / "country_names.csv").open("a", encoding="utf-8") as handle:
        handle.write("XXX,Нигде,Еш жер\n")
    with pytest.raises(DataError, match=r"country_names\.csv.*XXX|XXX.*country_names\.csv"):
        load_catalog(root, language="kk")


def test_product_groups_can_be_shown_by_other_names():
    english = load_catalog()
    sections = english.table("KAZ", 2022, "exports", dimension="hs_sections")
    first = sections.names[0]
    named = english.with_product_names({first: "Живые животные"})
    shown = named.table("KAZ", 2022, "exports", dimension="hs_sections")
    assert shown.names[0] == "Живые животные"
    assert shown.names[1:] == sections.names[1:]  # a name not given stays as written
    assert shown.codes == sections.codes
    np.testing.assert_array_equal(shown.values, sections.values)
    partners = named.table("KAZ", 2022, "exports")  # partners are not product groups
    assert partners.names == english.table("KAZ", 2022, "exports").names
    assert english.table("KAZ", 2022, "exports", dimension="hs_sections").names[0] == first
    assert named.with_reporters({}, {}).table(
        "KAZ", 2022, "exports", dimension="hs_sections").names[0] == "Живые животные"


def test_computed_caveats_carry_their_template_and_figures():
    from models.datasets import TABLE_CAVEATS, Caveat

    table = load_catalog().table("KAZ", 2025, "exports")
    computed = [c for c in table.provenance.caveats if isinstance(c, Caveat)]
    assert [c.template for c in computed] == [TABLE_CAVEATS["preliminary"],
                                              TABLE_CAVEATS["unallocated"]]
    unallocated = computed[1]
    assert unallocated.startswith("Unallocated: 789.3 US$ million")  # the English sentence
    assert unallocated.fields["unallocated"] == pytest.approx(table.unallocated)
    assert unallocated.fields["official"] == pytest.approx(table.official_total)
    assert unallocated.template.format(**unallocated.fields) == unallocated
    assert json.loads(json.dumps(list(table.provenance.caveats)))[0] == computed[0]
