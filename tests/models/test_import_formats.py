"""The importers on small files written from each format's published layout.

Every sample is in tests/models/import_samples/; the expected numbers below are read off
the sample by hand (values in US$, or US$ thousand for WITS, divided into US$ million).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models import indices
from models.datasets import load_catalog
from models.importers import ImportFileError, read_file
from models.user_data import catalog_for_file, import_file, list_sets, load_app_catalog

SAMPLES = Path(__file__).parent / "import_samples"


def test_comtrade_partners_world_and_unallocated():
    data = read_file(SAMPLES / "comtrade_uzb_2022.csv")
    assert data.kind == "reported"
    assert data.reporter == "UZB"
    assert data.format_name == "UN Comtrade CSV"
    exports = data.partners[(2022, "exports")]
    # RUS 2,876.5 once: its mode-of-transport and partner2 rows are breakdowns, not added
    assert exports == {"RUS": 2876.5, "CHN": 1795.3, "KAZ": 1391.8, "TUR": 1150.4}
    assert data.totals[(2022, "exports")] == 19310.0
    named = data.unallocated[(2022, "exports")]
    assert named["Areas, nes (899)"] == 604.0
    assert named["Other Asia, nes (490)"] == 52.0
    assert named["Bunkers (837)"] == 8.0
    assert any("Antarctica" in k for k in named)  # not on the app's list: reported
    # CHN imports 6,442.0: the customs-procedure row (C03) is left out
    assert data.partners[(2022, "imports")]["CHN"] == 6442.0
    assert data.skipped["re-exports (not counted as exports or imports)"] == 1
    assert data.skipped["re-imports (not counted as exports or imports)"] == 1
    warnings = " ".join(data.all_warnings())
    assert "Re-exports (World total 210.0" in warnings
    assert "Antarctica" in warnings


def test_comtrade_products_chapters_and_sections():
    data = read_file(SAMPLES / "comtrade_uzb_2022.csv")
    chapters = data.products["hs_chapters"][(2022, "exports")]
    assert chapters == {"71": 5690.0, "52": 1410.0, "27": 1920.0, "61": 1150.0}
    sections = data.products["hs_sections"][(2022, "exports")]
    assert sections == {"XIV": 5690.0, "XI": 1410.0 + 1150.0, "V": 1920.0}
    assert data.dimensions == ("partners", "hs_sections", "hs_chapters")
    assert data.product_names["52"] == "Cotton"


def test_monthly_file_sums_months_and_says_which():
    data = read_file(SAMPLES / "comtrade_monthly_mng_2023.csv")
    months = range(1, 10)
    assert data.partners[(2023, "exports")]["CHN"] == pytest.approx(
        sum(1000 + m * 10 for m in months)
    )
    assert data.totals[(2023, "exports")] == pytest.approx(sum(1200 + m * 10 for m in months))
    assert data.months == {2023: tuple(months)}
    assert any("9 months only" in w for w in data.all_warnings())


def test_mirror_file_turns_flows_round():
    data = read_file(SAMPLES / "comtrade_mirror_kaz_2022.csv")
    assert data.kind == "mirror"
    assert data.reporter == "KAZ"
    # China's imports from Kazakhstan (M, 14,900) are Kazakhstan's mirror exports
    assert data.partners[(2022, "exports")]["CHN"] == 14900.0
    assert data.partners[(2022, "imports")]["CHN"] == 16300.0
    assert data.totals == {}


def test_legacy_comtrade_with_bom():
    data = read_file(SAMPLES / "comtrade_legacy_aze_2016.csv")
    assert data.format_name == "UN Comtrade CSV (legacy)"
    assert data.reporter == "AZE"
    assert data.partners[(2016, "exports")] == {
        "ITA": 2380.0, "TUR": 1120.0, "RUS": 370.0, "ISR": 760.0,
    }  # fmt: skip
    assert data.totals[(2016, "imports")] == 8489.0
    assert data.products["hs_chapters"][(2016, "exports")] == {"27": 8300.0}


def test_wits_wide_thousands_names_and_regions():
    data = read_file(SAMPLES / "wits_mng_2019_2021.csv")
    assert data.format_name.startswith("WITS")
    assert data.years == (2019, 2020, 2021)
    exports_2020 = data.partners[(2020, "exports")]
    assert exports_2020["KOR"] == pytest.approx(31.9008)  # "Korea, Rep.", US$ thousand
    assert exports_2020["CHE"] == pytest.approx(1460.3006)
    assert data.totals[(2021, "imports")] == pytest.approx(6849.0008)
    assert data.unallocated[(2019, "exports")] == {"Unspecified": pytest.approx(12.8)}
    assert (2020, "exports") not in data.unallocated  # an empty cell is no figure
    assert any("East Asia & Pacific" in reason for reason in data.skipped)
    assert any("share" in reason for reason in data.skipped)


def test_template_cp1251_semicolons_decimal_comma():
    data = read_file(SAMPLES / "template_kgz_2021_cp1251.csv")
    assert data.dialect.encoding == "cp1251"
    assert data.dialect.separator == ";"
    assert data.dialect.decimal == ","
    assert data.partners[(2021, "exports")]["GBR"] == pytest.approx(624.8300005)
    assert data.totals[(2021, "exports")] == pytest.approx(1659.52)
    assert data.products["hs_chapters"][(2021, "exports")] == {"71": 624.83, "26": 95.0}


def test_indices_of_an_imported_file_equal_a_hand_computation():
    catalog, _data = catalog_for_file(SAMPLES / "comtrade_uzb_2022.csv")
    assert catalog.reporters == ("UZB",)
    assert catalog.default_reporter == "UZB"
    table = catalog.table("UZB", 2022, "exports")
    assert table.codes == ("CHN", "KAZ", "RUS", "TUR")
    assert table.official_total == 19310.0
    assert table.unallocated == pytest.approx(19310.0 - 7214.0)
    assert table.status == "final"
    values = [2876.5, 1795.3, 1391.8, 1150.4]
    total = 2876.5 + 1795.3 + 1391.8 + 1150.4
    hhi = sum((v / total) ** 2 for v in values)
    computed = indices.compute_all(np.asarray(table.values))
    assert computed["hhi"] == pytest.approx(hhi, rel=1e-12)
    assert computed["cr1"] == pytest.approx(2876.5 / total, rel=1e-12)
    turnover = catalog.table("UZB", 2022, "turnover")
    assert turnover.official_total == 19310.0 + 30740.0


def test_kept_data_set_is_a_reporter_of_the_app(tmp_path):
    outcome = import_file(SAMPLES / "wits_mng_2019_2021.csv", root=tmp_path)
    assert outcome.new
    again = import_file(SAMPLES / "wits_mng_2019_2021.csv", root=tmp_path)
    assert not again.new
    assert again.data_set.id == outcome.data_set.id
    app = load_app_catalog(root=tmp_path)
    embedded = load_catalog()
    assert app.catalog.default_reporter == embedded.default_reporter
    assert app.catalog.reporters == (*embedded.reporters, "MNG")
    table = app.catalog.table("MNG", 2020, "exports")
    assert dict(zip(table.codes, table.values, strict=True))["CHE"] == pytest.approx(1460.3006)
    assert any("WITS" in p.source for p in app.catalog.provenances())
    assert app.problems == ()


def test_a_failed_import_keeps_nothing(tmp_path):
    bad = tmp_path / "bad.csv"
    text = (SAMPLES / "comtrade_uzb_2022.csv").read_text(encoding="utf-8")
    bad.write_text(text.replace("2876500000,0,True", "-5,0,True", 1), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"bad\.csv, line \d+: column 'primaryValue'"):
        import_file(bad, root=tmp_path)
    assert list_sets(tmp_path) == ((), ())
    assert not (tmp_path / "datasets").exists() or not list((tmp_path / "datasets").iterdir())


def test_the_template_example_of_the_docs(tmp_path):
    doc = (Path(__file__).parents[2] / "docs" / "import-template.md").read_text(encoding="utf-8")
    example = doc.split("```csv\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.csv"
    path.write_text(example, encoding="utf-8")
    data = read_file(path)
    assert data.totals[(2022, "exports")] - sum(data.partners[(2022, "exports")].values()) == (
        pytest.approx(13246.4)
    )
    assert data.products["hs_chapters"][(2022, "exports")] == {"71": 5690.0, "52": 1410.0}
