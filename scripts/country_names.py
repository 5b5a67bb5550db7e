"""Write scripts/asset_sources/country_names.csv: partner names in English, Russian, Kazakh.

``python scripts/country_names.py`` (needs the ``babel`` package: ``pip install -e .[dev]``;
the app never imports it) reads the Unicode CLDR territory names that babel ships, for every
ISO 3166-1 alpha-3 code of assets/data/countries.csv, and writes ``iso3,en,ru,kk`` with a
provenance sidecar. ``en`` is the app's own English name (countries.csv, UN M49 short names),
so the command line and the window in English read as before; ``ru`` and ``kk`` are CLDR's,
or the English name where CLDR has none for that code (said in the caveats).
Deterministic: the same babel release writes the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from babel import Locale, __version__
from babel.core import get_cldr_version, get_global

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "assets" / "data"
SOURCES = ROOT / "scripts" / "asset_sources"  # the build copies it to assets/data
LANGUAGES = ("ru", "kk")
COMPILED = "2026-11-29"  # when this list was last written (kept fixed: the output is deterministic)


def main() -> int:
    with (DATA / "countries.csv").open(encoding="utf-8", newline="") as f:
        countries = [(row["iso3"], row["name"]) for row in csv.DictReader(f)]
    alpha2 = {code: targets[0] for code, targets in get_global("territory_aliases").items()
              if len(code) == 3 and code.isalpha() and targets}
    names = {language: Locale(language).territories for language in LANGUAGES}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iso3", "en", *LANGUAGES])
    kept_english: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for iso3, english in countries:
        row = [iso3, english]
        for language in LANGUAGES:
            name = names[language].get(alpha2.get(iso3, ""), "")
            if not name:
                kept_english[language].append(iso3)
                name = english
            row.append(name)
        writer.writerow(row)
    (SOURCES / "country_names.csv").write_text(out.getvalue(), encoding="utf-8")
    caveats = [
        "Russian and Kazakh names are CLDR's short territory names for the ISO 3166-1 code "
        "(CLDR maps alpha-3 to alpha-2 in its territory aliases); they may differ from the "
        "official long forms and from the UN's Russian names.",
        "English names are the app's own (countries.csv, UN M49 short names), not CLDR's.",
    ]
    for language in LANGUAGES:
        if kept_english[language]:
            caveats.append(f"No CLDR name in '{language}' for {', '.join(kept_english[language])}:"
                           " the English name is kept.")
    provenance = {
        "file": "country_names.csv",
        "title": "Partner names in English, Russian and Kazakh",
        "source": "Unicode Common Locale Data Repository (CLDR), territory display names, as "
                  f"shipped in the Python package babel {__version__}",
        "release": f"CLDR {get_cldr_version()} (babel {__version__})",
        "unit": "none (names)",
        "url": "https://cldr.unicode.org/",
        "caveats": caveats,
        "licence": "Unicode License v3 (CLDR data); babel is BSD-3-Clause",
        "retrieved": "",
        "compiled": f"{COMPILED}, by scripts/country_names.py from CLDR {get_cldr_version()}",
        "columns": {
            "iso3": "ISO 3166-1 alpha-3 (as in countries.csv)",
            "en": "English name (countries.csv)",
            "ru": "Russian name (CLDR)",
            "kk": "Kazakh name (CLDR)",
        },
    }
    (SOURCES / "country_names.csv.provenance.json").write_text(
        json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
