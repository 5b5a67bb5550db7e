"""Real files' quirks: encodings, separators, decimal commas, repeats, bad values, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.datasets import load_catalog
from models.importers import ImportCancelled, ImportFileError, read_file
from models.importers._source import parse_value
from models.user_data import import_file, list_sets

_CATALOG = load_catalog()
COUNTRIES = {iso3: _CATALOG.country_name(iso3) for iso3 in _CATALOG.countries}
HEADER = "reporter,year,flow,partner,value_usd,partner_name"
ROWS = [
    "TUR,2022,exports,WLD,254200000000,World",
    "TUR,2022,exports,DEU,21100000000,Germany",
    "TUR,2022,exports,CIV,450000000.5,Côte d'Ivoire",
    "TUR,2022,exports,RUS,9300000000,Россия",
]


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def read(path: Path):
    return read_file(path, countries=COUNTRIES)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "latin-1"])
def test_encodings(tmp_path, encoding):
    rows = ROWS if encoding != "latin-1" else ROWS[:3]
    rows = rows if encoding != "cp1251" else [ROWS[0], ROWS[1], ROWS[3]]
    data = read(write(tmp_path, "\n".join([HEADER, *rows]) + "\n", encoding))
    assert data.partners[(2022, "exports")]["DEU"] == 21100.0
    assert data.dialect.encoding == {"utf-8-sig": "UTF-8", "utf-8": "UTF-8"}.get(
        encoding, encoding
    )


@pytest.mark.parametrize("separator", [";", "\t"])
def test_separators_and_decimal_comma(tmp_path, separator):
    lines = [line.replace(",", separator) for line in [HEADER, *ROWS]]
    lines = [line.replace("450000000.5", "450000000,5") for line in lines]
    data = read(write(tmp_path, "\n".join(lines)))
    assert data.dialect.separator == separator
    assert data.dialect.decimal == ","
    assert data.partners[(2022, "exports")]["CIV"] == pytest.approx(450.0000005)


def test_quoted_fields_crlf_and_blank_trailing_lines(tmp_path):
    text = HEADER + "\r\n" + "\r\n".join(
        [*ROWS, '"TUR","2022","exports","KOR","1,234,500,000.0","Korea, Rep."']
    ) + "\r\n\r\n  \r\n,,,,,\r\n"
    data = read(write(tmp_path, text))
    assert data.partners[(2022, "exports")]["KOR"] == 1234.5


def test_repeated_rows_count_once_and_are_reported(tmp_path):
    data = read(write(tmp_path, "\n".join([HEADER, *ROWS, ROWS[1]])))
    assert data.partners[(2022, "exports")]["DEU"] == 21100.0
    assert any("repeats line 3" in w for w in data.all_warnings())


def test_repeated_rows_with_another_value_name_both_lines(tmp_path):
    other = ROWS[1].replace("21100000000", "21000000000")
    with pytest.raises(ImportFileError, match=r"f\.csv, line 6: column 'value_usd' \(5\): "
                       r"line 3 has the same"):  # fmt: skip
        read(write(tmp_path, "\n".join([HEADER, *ROWS, other])))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-5", "negative trade value '-5'"),
        ("12abc", "'12abc' is not a number"),
        ("", "missing value"),
        ("inf", "'inf' is not a finite number"),
        ("1.2.3", "'1.2.3' is not a number"),
    ],
)
def test_bad_values_name_line_and_column(tmp_path, value, message):
    rows = [*ROWS[:2], f"TUR,2022,exports,FRA,{value},France" if "," not in value
            else f'TUR,2022,exports,FRA,"{value}",France']  # fmt: skip
    with pytest.raises(ImportFileError) as info:
        read(write(tmp_path, "\n".join([HEADER, *rows])))
    text = str(info.value)
    assert text.startswith("f.csv, line 4: column 'value_usd' (5): ")
    assert message in text
    assert (info.value.file, info.value.line, info.value.column) == ("f.csv", 4, "value_usd")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04rest of a zip", "Excel workbook"),
        ("reporter,year\n".encode("utf-16"), "UTF-16"),
        (b"", "empty"),
        (b"just one column\n1\n", "single column"),
        (b"a,b,c\n1,2,3\n", "not a format the app reads"),
        (HEADER.encode() + b"\nTUR,2022,exports,DEU,\"5\n", "malformed CSV"),
        (HEADER.encode() + b"\nTUR,20x2,exports,DEU,5,x\n", "invalid year '20x2'"),
        (HEADER.encode() + b"\nTUR,2022,transit,DEU,5,x\n", "unknown flow 'transit'"),
        (HEADER.encode() + b"\nTUR,2022,exports,DEU,5\n", "5 fields where the header has 6"),
        (
            "\n".join([HEADER, *(f"TUR,{y},exports,{c},5,{'Ü' * 600}" for y in range(1950, 2030)
                                   for c in ("DEU", "FRA", "ITA", "ESP", "GBR", "POL"))]
                      ).encode() * 1 + "\nTUR,2031,exports,FRA,5,é\n".encode("latin-1"),
            "mixes",
        ),
    ],
)
def test_files_that_cannot_be_read(tmp_path, data, message):
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message) as info:
        read(path)
    assert str(info.value).startswith("f.csv")


def test_a_code_and_a_name_of_two_countries_are_reported(tmp_path):
    rows = [*ROWS, "TUR,2022,exports,CHN,100,Japan"]
    data = read(write(tmp_path, "\n".join([HEADER, *rows])))
    assert data.partners[(2022, "exports")]["CHN"] == 0.0001
    assert any("code CHN (China) comes with the name 'Japan'" in w for w in data.warnings)


def test_several_reporters_and_partners_is_refused(tmp_path):
    rows = [*ROWS, "GEO,2022,exports,TUR,100,Türkiye"]
    with pytest.raises(ImportFileError, match="several reporters"):
        read(write(tmp_path, "\n".join([HEADER, *rows])))


def test_parse_value_grouping():
    assert parse_value("1 234 567,5", ",") == 1234567.5
    assert parse_value("1.234.567,5", ",") == 1234567.5
    assert parse_value("1,234,567.5", ".") == 1234567.5
    assert parse_value("1.5E+07", ".") == 1.5e7
    with pytest.raises(ValueError, match="decimal comma"):
        parse_value("12.34", ",")


def test_progress_and_cancel(tmp_path):
    rows = [f"TUR,{2000 + i % 20},exports,DEU,{i},x" for i in range(9000)]
    rows = [f"TUR,{y},exports,{c},5,x" for y in range(1990, 2030) for c in sorted(COUNTRIES)]
    path = write(tmp_path, "\n".join([HEADER, *rows]))
    seen: list[float] = []
    data = read_file(path, countries=COUNTRIES, progress=seen.append)
    assert len(data.years) == 40
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert len(seen) > 2
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ImportCancelled):
        read_file(path, countries=COUNTRIES, cancelled=cancel)
    with pytest.raises(ImportCancelled):
        import_file(path, root=tmp_path / "user", cancelled=lambda: True)
    assert list_sets(tmp_path / "user") == ((), ())
