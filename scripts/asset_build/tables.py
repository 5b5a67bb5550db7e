"""One builder per table of assets/data, with the checks on the source files.

A builder takes the :class:`Sources` and returns a :class:`Table`: the CSV header and rows,
and the facts its provenance texts quote (``{last_year}``...). Values are copied from the
source strings, never rounded or invented; a source that does not look as expected is a
:class:`~asset_build.files.BuildError` naming the file and line.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from asset_build.files import (
    ASSET_SOURCES,
    BuildError,
    billion_to_million,
    plain_number,
    read_rows,
)

ROLES = ("member", "observer", "associate", "withdrew")
NAME_LANGUAGES = ["ru", "kk"]  # the languages of country_names.csv besides English
# How the source's membership file words what blocs.csv calls a bloc and a role.
SOURCE_BLOCS = {"CIS_FORMER": "CIS"}
SOURCE_ROLES = {
    "member": "member",
    "observer": "observer",
    "associate member": "associate",
    "withdrew": "withdrew",
    "ended participation": "withdrew",
}


@dataclass
class Table:
    """The rows of one CSV output and the facts its texts quote."""

    header: list[str]
    rows: list[list[str]]
    facts: dict[str, Any] = field(default_factory=dict)


class Sources:
    """The folder of source files and the build's own tables, each read once."""

    def __init__(self, src: Path, settings: Mapping[str, Any], own: Path = ASSET_SOURCES):
        if not src.is_dir():
            raise BuildError(f"the folder of source files {str(src)!r} does not exist")
        self.src = src
        self.own = own
        self.settings = settings
        self.reporter: str = settings["reporter"]
        self.used: set[str] = {self.reporter}  # every ISO3 code the outputs hold

    @cached_property
    def countries(self) -> dict[str, list[str]]:
        columns = ["iso3", "name", "region", "sub_region", "intermediate_region"]
        return {r["iso3"]: [r[c] for c in columns[1:]]
                for r in read_rows(self.own / "countries.csv", columns)}

    def check_country(self, iso3: str, where: str) -> None:
        if iso3 not in self.countries:
            raise BuildError(f"{where}: no entry for {iso3!r} in countries.csv")
        self.used.add(iso3)

    @cached_property
    def partners(self) -> list[list[str]]:
        """Return ``[year, iso3, exports, imports]`` rows of the partner panel, sorted."""
        name = "kz_partner_panel.csv"
        rows = read_rows(self.src / name, ["year", "iso3", "partner", "exports_usd_m",
                                           "imports_usd_m"])
        seen: set[tuple[str, str]] = set()
        out = []
        for line, row in enumerate(rows, start=2):
            where = f"{name}, line {line}"
            key = (row["year"], row["iso3"])
            if key in seen:
                raise BuildError(f"{where}: duplicate {key}")
            seen.add(key)
            self.check_country(row["iso3"], where)
            out.append([str(int(row["year"])), row["iso3"],
                        plain_number(row["exports_usd_m"], where),
                        plain_number(row["imports_usd_m"], where)])
        out.sort(key=lambda r: (int(r[0]), r[1]))
        return out

    @cached_property
    def products(self) -> tuple[list[list[str]], list[list[str]]]:
        """Return the (section rows, chapter rows) of the 2022 HS tables."""
        return _products(self)


def build_partners(s: Sources) -> Table:
    partners = s.partners
    _check_transcriptions(s.src, partners)
    _check_quoted(s.own / "quoted_figures.csv", partners)
    years = sorted({int(r[0]) for r in partners})
    last, before = years[-1], years[-2]
    dropped = sorted({r[1] for r in partners if int(r[0]) == before}
                     - {r[1] for r in partners if int(r[0]) == last})
    return Table(
        ["year", "iso3", "exports_usd_m", "imports_usd_m"],
        partners,
        {"first_year": years[0], "last_year": last, "before_year": before,
         "n_partners": len({r[1] for r in partners}), "dropped_count": len(dropped),
         "dropped": ", ".join(dropped)},
    )


def build_totals(s: Sources) -> Table:
    name = "kz_totals.csv"
    rows = read_rows(s.src / name, [
        "year", "exports_usd_m", "imports_usd_m", "turnover_usd_m", "balance_usd_m",
        "basis", "partner_sum_exports_usd_m", "partner_sum_imports_usd_m", "status",
    ])
    basis: Mapping[str, str] = s.settings["totals_basis"]
    out = []
    for line, row in enumerate(rows, start=2):
        where = f"{name}, line {line}"
        given = row["status"]
        if given == "approximate":
            status = "approximate (partner sum)"
        elif given.startswith("exact") and "preliminary" in given:
            status = "preliminary"
        elif given.startswith("exact"):
            status = "official"
        else:
            raise BuildError(f"{where}: unknown status {given!r}")
        out.append([str(int(row["year"])), plain_number(row["exports_usd_m"], where),
                    plain_number(row["imports_usd_m"], where),
                    plain_number(row["turnover_usd_m"], where), basis[status], status])
    header = ["year", "exports_usd_m", "imports_usd_m", "turnover_usd_m", "basis", "status"]
    return Table(header, out)


def build_first_published(s: Sources) -> Table:
    name = "kz_2022_first_published.csv"
    rows = read_rows(s.src / name, ["year", "flow", "partner", "iso3", "value_usd_bn", "note"])
    flows = {"export": "exports", "import": "imports", "turnover": "turnover"}
    out = []
    for line, row in enumerate(rows, start=2):
        where = f"{name}, line {line}"
        if row["iso3"] != "WLD":
            s.check_country(row["iso3"], where)
        if row["flow"] not in flows:
            raise BuildError(f"{where}: unknown flow {row['flow']!r}")
        out.append([str(int(row["year"])), flows[row["flow"]], row["iso3"],
                    billion_to_million(row["value_usd_bn"], where),
                    f"US${plain_number(row['value_usd_bn'], where)} bn", row["note"]])
    return Table(["year", "flow", "iso3", "value_usd_m", "value_published", "note"], out)


def build_hs_sections(s: Sources) -> Table:
    header = ["year", "hs_section", "hs_chapters", "description", "exports_usd_m",
              "imports_usd_m"]
    return Table(header, s.products[0])


def build_hs_chapters(s: Sources) -> Table:
    header = ["year", "hs_chapter", "hs_section", "description", "exports_usd_m",
              "imports_usd_m"]
    return Table(header, s.products[1])


def build_blocs(s: Sources) -> Table:
    """Return the memberships of ``asset_sources/memberships.csv``, checked and cross-checked.

    The source folder's ``kz_blocs.csv`` must hold the same (bloc, member, role) rows: the
    dates and citations are those of memberships.csv (the treaties and organisations).
    """
    header = ["bloc", "iso3", "role", "since_year", "since_note", "source"]
    rows = read_rows(s.own / "memberships.csv", header)
    out = []
    for line, row in enumerate(rows, start=2):
        where = f"memberships.csv, line {line}"
        s.check_country(row["iso3"], where)
        if row["role"] not in ROLES:
            raise BuildError(f"{where}: role {row['role']!r} is not one of {ROLES}")
        if row["since_year"] and not re.fullmatch(r"\d{4}", row["since_year"]):
            raise BuildError(f"{where}: since_year {row['since_year']!r} is not a year")
        if not row["since_note"] or not row["source"]:
            raise BuildError(f"{where}: every row needs its since_note and source")
        out.append([row[c] for c in header])
    keys = Counter((r[0], r[1], r[2]) for r in out)
    twice = sorted(k for k, n in keys.items() if n > 1)
    if twice:
        raise BuildError(f"memberships.csv: rows given twice: {twice}")
    given = _source_memberships(s.src / "kz_blocs.csv")
    if given != set(keys):
        raise BuildError(
            "memberships.csv and kz_blocs.csv disagree: only in memberships.csv "
            f"{sorted(set(keys) - given)}, only in kz_blocs.csv {sorted(given - set(keys))}"
        )
    return Table(header, out)


def build_countries(s: Sources) -> Table:
    """Return the countries of every ISO3 code the other outputs hold (build it last)."""
    s.check_country(s.reporter, "settings: reporter")
    header = ["iso3", "name", "region", "sub_region", "intermediate_region"]
    return Table(header, [[iso3, *s.countries[iso3]] for iso3 in sorted(s.used)])


def build_country_names(s: Sources) -> Table:
    """Return the Russian and Kazakh names of the codes in countries.csv (build it after)."""
    columns = ["iso3", "en", *NAME_LANGUAGES]
    names = {r["iso3"]: r for r in read_rows(s.own / "country_names.csv", columns)}
    rows = []
    for iso3 in sorted(s.used):
        record = names.get(iso3)
        if record is None:
            raise BuildError(f"country_names.csv: no entry for {iso3!r}")
        if record["en"] != s.countries[iso3][0]:
            raise BuildError(f"country_names.csv: {iso3} is {record['en']!r} in English, "
                             f"but {s.countries[iso3][0]!r} in countries.csv")
        empty = [language for language in NAME_LANGUAGES if not record[language].strip()]
        if empty:
            raise BuildError(f"country_names.csv: {iso3} has no name in {empty}")
        rows.append([iso3, *(record[language] for language in NAME_LANGUAGES)])
    return Table(["iso3", *NAME_LANGUAGES], rows)


BUILDERS: dict[str, Callable[[Sources], Table]] = {
    "partners": build_partners,
    "totals": build_totals,
    "first_published": build_first_published,
    "hs_sections": build_hs_sections,
    "hs_chapters": build_hs_chapters,
    "blocs": build_blocs,
    "countries": build_countries,
    "country_names": build_country_names,
}


# --- checks and helpers --------------------------------------------------------------------


def _source_memberships(path: Path) -> set[tuple[str, str, str]]:
    rows = read_rows(path, ["bloc", "iso3", "country", "role", "since", "source"])
    out = set()
    for line, row in enumerate(rows, start=2):
        if not row["iso3"]:
            continue  # no ISO3 code: no trade figures either (left out, said in the caveats)
        role = SOURCE_ROLES.get(row["role"])
        if role is None:
            raise BuildError(f"{path.name}, line {line}: unknown role {row['role']!r}")
        out.add((SOURCE_BLOCS.get(row["bloc"], row["bloc"]), row["iso3"], role))
    return out


def _check_transcriptions(src: Path, partners: list[list[str]]) -> None:
    """Cross-check the rounded derived tables, where present, against the panel."""
    panel = {(r[0], r[1]): (Decimal(r[2]), Decimal(r[3])) for r in partners}
    for name in ("kz_partners_2022.csv", "kz_partners_timeseries.csv"):
        path = src / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if not row.get("iso3") or row["iso3"] == "ROW":
                    continue
                exports, imports = panel.get((row["year"], row["iso3"]), (Decimal(0), Decimal(0)))
                value = exports if row["flow"] == "export" else imports
                if not row["value_usd_m"]:  # left out there as under about US$1 m
                    if value >= 1:
                        raise BuildError(f"{name}: {row['year']} {row['iso3']} blank vs {value}")
                    continue
                shown = Decimal(row["value_usd_m"])
                if abs(value - shown) > Decimal("0.006") + value * Decimal("1e-5"):
                    raise BuildError(f"{name}: {row['year']} {row['iso3']} {shown} vs {value}")


def _check_quoted(path: Path, partners: list[list[str]]) -> None:
    """Fail if a figure the texts quote (``quoted_figures.csv``) does not match the panel."""
    rows = read_rows(path, ["years", "iso3", "flow", "statistic", "unit", "quoted"])
    panel = {(int(r[0]), r[1]): (Decimal(r[2]), Decimal(r[3])) for r in partners}
    all_years = sorted({year for year, _ in panel})
    pick = {"exports": lambda v: v[0], "imports": lambda v: v[1], "turnover": lambda v: v[0] + v[1]}
    for line, row in enumerate(rows, start=2):
        where = f"{path.name}, line {line}"
        first, _, last = row["years"].partition("-")
        years = all_years if row["years"] == "all" else range(int(first), int(last or first) + 1)
        zero = (Decimal(0), Decimal(0))
        series = {y: pick[row["flow"]](panel.get((y, row["iso3"]), zero)) for y in years}
        statistic = row["statistic"]
        if statistic == "last_year":
            found: Decimal | int = max(y for y, v in series.items() if v > 0)
        elif statistic in ("value", "min", "max"):
            value = {"value": series[int(first)], "min": min(series.values()),
                     "max": max(series.values())}[statistic]
            scale = Decimal(1000) if row["unit"] == "bn" else Decimal(1)
            found = (value / scale).quantize(Decimal("0.1"))
        else:
            raise BuildError(f"{where}: unknown statistic {statistic!r}")
        if found != Decimal(row["quoted"]):
            raise BuildError(f"{where}: the texts quote {row['quoted']} for {row['years']} "
                             f"{row['iso3']} {row['flow']} ({statistic}); the data give {found}")


def _chapter_range(text: str) -> list[str]:
    first, _, last = text.partition("-")
    return [f"{n:02d}" for n in range(int(first), int(last or first) + 1)]


def _wide(rows: list[dict[str, str]], code: str, file: str) -> dict[str, dict[str, str]]:
    """Return ``{code: {"export": value, "import": value, ...}}``, checking both flows."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for line, row in enumerate(rows, start=2):
        where = f"{file}, line {line}"
        if row["year"] != "2022" or row["flow"] not in ("export", "import"):
            raise BuildError(f"{where}: unexpected year/flow {row['year']}/{row['flow']}")
        entry = table[row[code]]
        if row["flow"] in entry:
            raise BuildError(f"{where}: duplicate {row[code]} {row['flow']}")
        entry[row["flow"]] = plain_number(row["value_usd_m"], where)
        for key in ("hs_chapters", "description"):
            if key in row and entry.setdefault(key, row[key]) != row[key]:
                raise BuildError(f"{where}: {key} differs between flows")
    for key, entry in table.items():
        if "export" not in entry or "import" not in entry:
            raise BuildError(f"{file}: {key} lacks a flow")
    return table


def _products(s: Sources) -> tuple[list[list[str]], list[list[str]]]:
    sections_file, chapters_file = ("kz_products_2022_hs_sections.csv",
                                    "kz_products_2022_hs_chapters.csv")
    sections = _wide(read_rows(s.src / sections_file, [
        "year", "flow", "hs_section", "hs_chapters", "description", "value_usd_m",
        "share_pct", "period", "source",
    ]), "hs_section", sections_file)
    chapters = _wide(read_rows(s.src / chapters_file, [
        "year", "flow", "hs_chapter", "value_usd_m", "share_pct", "period", "source",
    ]), "hs_chapter", chapters_file)
    titles = {r["hs_chapter"]: r["title"]
              for r in read_rows(s.own / "hs_chapters.csv", ["hs_chapter", "title"])}
    section_of: dict[str, str] = {}
    section_rows = []
    for code, entry in sections.items():
        for chapter in _chapter_range(entry["hs_chapters"]):
            section_of[chapter] = code
        section_rows.append(["2022", code, entry["hs_chapters"], entry["description"],
                             entry["export"], entry["import"]])
    chapter_rows = []
    for code in sorted(chapters):
        if code not in titles or code not in section_of:
            raise BuildError(f"{chapters_file}: no title or section for chapter {code}")
        entry = chapters[code]
        chapter_rows.append(["2022", code, section_of[code], titles[code], entry["export"],
                             entry["import"]])
    return section_rows, chapter_rows
