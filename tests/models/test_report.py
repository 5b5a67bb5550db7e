"""Exports for an essay without Qt: the CSV, the HTML report and its SVG charts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from models.analysis import HHI_BANDS_SOURCE, hhi_reading
from models.datasets import Catalog, load_catalog
from models.edit_words import describe_edit
from models.export_csv import CATEGORY_COLUMNS, INDEX_COLUMNS, csv_bytes
from models.report import html_report
from models.report_data import INDEX_KEYS, report_data
from models.report_svg import contributions_svg, shares_svg
from models.scenario import CostShock, Growth, ScaleValue, Scenario, SetLock, SetShare
from models.workbench import Workbench, WorkbenchState


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def build(catalog: Catalog, year: int | None = None, **fields: object) -> WorkbenchState:
    reporter = catalog.default_reporter
    year = catalog.default_year(reporter) if year is None else year
    scenario = Scenario(reporter, year, "exports", **fields)  # type: ignore[arg-type]
    return Workbench(catalog).build(scenario)


@pytest.fixture(scope="module")
def china(catalog: Catalog) -> WorkbenchState:
    edits = (SetShare("CHN", 0.35), ScaleValue("ITA", -20.0), SetShare("ZZZ", 0.1))
    return build(catalog, edits=edits,
                 switched_off=frozenset({2}), title="China <takes> the slack",
                 description="What if China bought more?", notes="Line one.\nLine two.")


def read_csv(data: bytes) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """Return the header rows, the categories (with their header) and the indices."""
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    first_blank = rows.index([])
    second_blank = rows.index([], first_blank + 1)
    return rows[:first_blank], rows[first_blank + 1:second_blank], rows[second_blank + 1:]


def test_describe_edit_every_kind() -> None:
    names = {"CHN": "China", "RUS": "Russia"}.get

    def name_of(code: str) -> str:
        return names(code) or code

    assert describe_edit(SetShare("CHN", 0.3, "from_partner", "RUS"), name_of) == (
        "China's share set to 30.00 %, taken from Russia")
    assert describe_edit(SetLock(("CHN", "RUS")), name_of) == "China, Russia locked"
    assert describe_edit(ScaleValue("RUS", -25.0), name_of) == "Russia's trade value -25 %"
    assert describe_edit(CostShock((("RUS", 0.3),), sigma=4.0), name_of) == (
        "Russia 30 % dearer (sigma 4)")
    assert describe_edit(Growth((("CHN", 0.05),), years=3), name_of) == (
        "growth a year over 3 years: China +5 %, others +0 %")
    many = SetLock(tuple(f"C{i}" for i in range(20)))
    assert describe_edit(many, name_of).endswith("and 14 more locked")


def test_csv_reads_back_with_the_state_numbers(china: WorkbenchState) -> None:
    header, categories, index_rows = read_csv(csv_bytes(report_data(china)))
    head = {}
    for label, text in header:
        assert label.startswith("# ")
        head.setdefault(label, []).append(text)
    provenance = china.baseline.table.provenance
    assert head["# Multivector export"] == ["China <takes> the slack"]
    assert head["# Source"] == [provenance.source]
    assert head["# Release"] == [provenance.release]
    assert len(head["# Caveat"]) == len(provenance.caveats) > 0
    assert head["# Edit"][0] == "1. China's share set to 35.00 %, the others in proportion"
    assert head["# Edit"][1].endswith("(switched off)")
    assert "not applied" in head["# Edit"][2]
    assert head["# Notes"] == ["Line one. Line two."]
    assert "decimal point '.'" in head["# Format"][0]
    assert categories[0] == [c.format(One="Partner", unit="US$ million") for c in CATEGORY_COLUMNS]
    rows = {row[0]: row for row in categories[1:]}
    assert len(rows) == len(china.baseline.codes)
    k = china.baseline.index_of("CHN")
    chn = rows["CHN"]
    assert chn[1] == "China"
    assert float(chn[2]) == china.baseline.values[k]
    assert float(chn[3]) == china.outcome.values[k]
    assert float(chn[5]) == pytest.approx(35.0)
    assert float(chn[4]) == pytest.approx(100 * china.comparison.baseline_shares[k])
    assert float(chn[6]) == pytest.approx(35.0 - float(chn[4]))
    assert sum(float(r[5]) for r in rows.values()) == pytest.approx(100.0)
    contributions = sum(float(r[7]) for r in rows.values())
    assert contributions == pytest.approx(10_000 * china.comparison.change["hhi"])
    # largest baseline value first
    values = [float(r[2]) for r in categories[1:]]
    assert values == sorted(values, reverse=True)
    assert index_rows[0] == list(INDEX_COLUMNS)
    indices = {row[0]: row for row in index_rows[1:]}
    assert float(indices["hhi"][3]) == china.comparison.scenario["hhi"]
    assert float(indices["hhi"][4]) == pytest.approx(china.comparison.change["hhi"])
    points = float(indices["hhi_points"][3])
    assert points == pytest.approx(10_000 * china.comparison.scenario["hhi"])
    assert float(indices["cr1"][3]) == pytest.approx(35.0)  # shares of trade in percent
    assert indices["similarity"][2] == "1.0"


def test_csv_vectors_and_product_groups_name_their_categories(catalog: Catalog) -> None:
    _, categories, _ = read_csv(csv_bytes(report_data(build(catalog, level="vectors"))))
    assert categories[0][:2] == ["Vector code", "Vector"]
    state = build(catalog, 2022, dimension="hs_sections")
    _, categories, index_rows = read_csv(csv_bytes(report_data(state)))
    assert categories[0][:2] == ["Product group code", "Product group"]
    assert "vector_balance" not in {row[0] for row in index_rows}


def test_csv_no_trade_left_writes_empty_cells(catalog: Catalog) -> None:
    reporter = catalog.default_reporter
    baseline = Workbench(catalog).baseline(Scenario(reporter, catalog.default_year(reporter)))
    edits = tuple(ScaleValue(code, -100.0)
                  for code, v in zip(baseline.codes, baseline.values, strict=True) if v > 0)
    _, categories, index_rows = read_csv(csv_bytes(report_data(build(catalog, edits=edits))))
    assert {row[5] for row in categories[1:]} == {""}
    assert next(row for row in index_rows if row[0] == "hhi")[3] == ""


def test_index_keys_choose_the_indices(china: WorkbenchState) -> None:
    data = report_data(china, index_keys=("hhi", "cr3"))
    assert [line.key for line in data.indices] == ["hhi", "cr3"]
    with pytest.raises(ValueError, match="`index_keys`"):
        report_data(china, index_keys=("hhi", "nonsense"))
    assert set(INDEX_KEYS) >= {"hhi", "similarity", "vector_balance"}


def test_html_report_holds_everything_an_essay_needs(china: WorkbenchState) -> None:
    data = report_data(china, exported=dt.date(2026, 1, 2))
    text = html_report(data)
    assert "<h1>China &lt;takes&gt; the slack</h1>" in text
    assert "<takes>" not in text
    assert "What if China bought more?" in text
    assert "Line one.<br/>Line two." in text
    assert "1. China&#x27;s share set to 35.00 %, the others in proportion" in text
    provenance = china.baseline.table.provenance
    from html import escape

    assert escape(provenance.source) in text
    for caveat in provenance.caveats:
        assert escape(caveat) in text
    reading = hhi_reading(china.comparison.scenario["hhi"])
    assert f"points: {reading}" in text
    assert escape(HHI_BANDS_SOURCE) in text
    assert "Multivector 0.1.0" in text
    assert "exported 2026-01-02" in text
    assert provenance.url in text
    assert text.count("<svg") == 2


def test_inline_svg_charts_are_xml_with_the_names(china: WorkbenchState) -> None:
    data = report_data(china)
    for svg in (shares_svg(data.shares_chart), contributions_svg(data.contributions_chart)):
        root = ET.fromstring(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
        assert "China" in texts
    bars = data.shares_chart
    assert bars.labels[: 2] == ("China", "Italy") or "China" in bars.labels
    empty = report_data(build(load_catalog()))
    root = ET.fromstring(contributions_svg(empty.contributions_chart))
    assert any("No change" in (t.text or "") for t in root.iter("{http://www.w3.org/2000/svg}text"))


def test_report_charts_are_the_window_bars(china: WorkbenchState) -> None:
    from models.chart_data import contribution_bars, share_bars

    data = report_data(china)
    expected = share_bars(china.comparison, 10)
    assert data.shares_chart.labels == expected.labels
    bars, others, count = contribution_bars(china.comparison, 10)
    points = data.contributions_chart.scenario
    assert np.sum(points) == pytest.approx(10_000 * china.comparison.change["hhi"])
    assert count == 0 or data.contributions_chart.labels[-1].endswith("other partners")
    assert others == pytest.approx(float(np.sum(points)) - float(np.sum(bars.scenario)))


# -- writing files ----------------------------------------------------------------------


def test_write_atomically_replaces_whole_and_leaves_no_temporary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from models.export_files import write_atomically

    target = tmp_path / "out.csv"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    long_name = tmp_path / ("x" * 250 + ".csv")  # near the file system's limit of 255
    write_atomically(long_name, b"ok")
    assert long_name.read_bytes() == b"ok"


@pytest.mark.parametrize(
    ("where", "errno_code", "problem", "words"),
    [
        ("fsync", 28, "disk_full", "the disk is full"),  # ENOSPC
        ("replace", 13, "permission", "permission to write in"),  # EACCES
    ],
)
def test_write_problems_name_the_file_and_leave_nothing(
    tmp_path, monkeypatch: pytest.MonkeyPatch, where: str, errno_code: int, problem: str,  # type: ignore[no-untyped-def]
    words: str,
) -> None:
    import os

    from models import export_files

    target = tmp_path / "report.html"
    target.write_bytes(b"the old report")

    def fail(*_args: object) -> None:
        raise OSError(errno_code, os.strerror(errno_code))

    monkeypatch.setattr(export_files.os, where, fail)
    with pytest.raises(export_files.ExportError) as caught:
        export_files.write_atomically(target, b"new")
    assert caught.value.problem == problem
    assert str(target) in str(caught.value)
    assert words in str(caught.value)
    assert ".tmp" not in str(caught.value)
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_write_into_a_folder_that_is_gone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from models.export_files import ExportError, write_atomically

    target = tmp_path / "gone" / "data.csv"
    with pytest.raises(ExportError, match="does not exist") as caught:
        write_atomically(target, b"x")
    assert caught.value.problem == "folder_missing"
    assert str(target) in str(caught.value)


# -- the command line --------------------------------------------------------------------


def test_cli_report_writes_csv_and_html(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from models import cli
    from models.resources import asset_path

    preset = str(asset_path("presets", "china_takes_the_slack.json"))
    assert cli.main(["report", preset, "-o", str(tmp_path / "r.csv")]) == 0
    header, categories, indices = read_csv((tmp_path / "r.csv").read_bytes())
    assert header[0][1].startswith("China takes up the slack")
    assert len(categories) > 100
    assert indices[1][0] == "hhi"
    assert cli.main(["report", preset, "-o", str(tmp_path / "r.html"), "--indices", "hhi,cr1"]) == 0
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "China takes up the slack" in text
    assert "Bureau of National Statistics" in text
    assert "Herfindahl" in text
    assert "Theil" not in text
    out = capsys.readouterr().out
    assert "r.csv" in out
    assert "r.html" in out


def test_cli_report_refusals(tmp_path, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                             monkeypatch: pytest.MonkeyPatch) -> None:
    from models import _cli_report, cli
    from models.resources import asset_path

    preset = str(asset_path("presets", "china_takes_the_slack.json"))
    with pytest.raises(SystemExit) as usage:
        cli.main(["report", preset, "-o", str(tmp_path / "r.txt")])
    assert usage.value.code == 2
    assert "must end in .csv, .html or .pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["report", preset, "-o", str(tmp_path / "r.csv"), "--indices", "hhi,bogus"])
    assert "unknown index bogus" in capsys.readouterr().err
    assert cli.main(["report", preset, "-o", str(tmp_path / "missing" / "r.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.setattr(_cli_report, "qt_available", lambda: False)
    assert cli.main(["report", preset, "-o", str(tmp_path / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert "r.pdf" in err
    assert "Qt for Python" in err
    assert ".html" in err
    assert not list(tmp_path.iterdir())


