"""Build Multivector's embedded data (``assets/data/``) from a folder of source files.

Usage::

    .venv/bin/python scripts/build_assets.py SOURCE_DIR [--out assets/data] [--check]

SOURCE_DIR is the folder of source files: the partner panel, yearly totals, HS tables, the
2022 figures as first published, and a membership list (``kz_partner_panel.csv``,
``kz_totals.csv``, ``kz_products_2022_hs_*.csv``, ``kz_2022_first_published.csv``,
``kz_blocs.csv``). Everything else the build needs is kept beside this script in
``scripts/asset_sources/``: the one list of output specs (``outputs.json``), the texts shown
to students (``prose.md``), country names and regions, HS chapter titles, bloc memberships
with their treaties, and the figures the texts quote (checked against the data).

The build is deterministic: run twice on the same input it writes the same bytes, so its
output is committed and a test rebuilds it to prove that nothing was edited by hand
(``tests/models/test_build_assets.py``). Values are copied from the source strings: e-notation
is rewritten as a plain decimal of the same value, the first-published billions are converted
to millions exactly, and no number is rounded or invented (the gap between a year's official
total and its partner sum is computed by the app, never written as data).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # asset_build/ beside this script

from asset_build.files import BuildError, csv_text, json_text
from asset_build.tables import BUILDERS, Sources
from asset_build.texts import OutputSpec, Specs, load_specs, provenance

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "assets" / "data"

__all__ = ["BuildError", "build", "main"]


def build(src: Path, specs: Specs | None = None) -> dict[str, str]:
    """Return ``{path relative to assets/data: file text}`` for every output spec.

    ``src`` is the folder of source files; ``specs`` default to those of
    ``scripts/asset_sources``.
    """
    specs = load_specs() if specs is None else specs
    sources = Sources(src, specs.settings)
    files: dict[str, str] = {}
    for spec in specs.outputs:
        if spec.table == "catalog":
            files[spec.file] = json_text(_catalog(specs, sources))
            continue
        if spec.table not in BUILDERS:
            raise BuildError(f"outputs.json: {spec.file} names no known table {spec.table!r}")
        table = BUILDERS[spec.table](sources)
        files[spec.file] = csv_text(table.header, table.rows)
        files[f"{spec.file}.provenance.json"] = json_text(
            provenance(spec, specs.prose, specs.facts(**table.facts))
        )
    return files


def _catalog(specs: Specs, sources: Sources) -> dict[str, Any]:
    """Return catalog.json: the reporter's tables and totals, the countries and blocs files
    and, if one is listed, the file of country names in other languages."""
    reporter = specs.settings["reporter"]
    entries: dict[str, list[OutputSpec]] = {}
    for spec in specs.outputs:
        if spec.catalog:
            entries.setdefault(spec.catalog["entry"], []).append(spec)
    tables = entries.get("table", [])
    single = {key: entries.get(key, []) for key in ("totals", "countries", "blocs")}
    if not tables or any(len(found) != 1 for found in single.values()):
        raise BuildError("outputs.json: the catalog needs tables, and one totals, countries "
                         "and blocs file each")
    totals = single["totals"][0]
    listed = entries.get("country_names", [])
    names = {"country_names": listed[0].file} if len(listed) == 1 else {}
    return {
        "schema_version": specs.settings["schema_version"],
        "unit": specs.settings["unit"],
        "default_reporter": reporter,
        "countries": single["countries"][0].file,
        "blocs": single["blocs"][0].file,
        **names,
        "reporters": [
            {
                "iso3": reporter,
                "name": sources.countries[reporter][0],
                "files": sorted(s.file for s in [*tables, totals]),
                "releases": list(dict.fromkeys(s.catalog["release"] for s in tables)),
                "dimensions": list(dict.fromkeys(s.catalog["dimension"] for s in tables)),
                "totals": {"file": totals.file, "release": totals.catalog["release"]},
                "tables": [
                    {key: s.catalog[key] for key in ("release", "dimension", "layout",
                                                     "coverage")} | {"file": s.file}
                    for s in tables
                ],
            }
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Build assets/data (or, with ``--check``, compare it with a fresh build)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source_dir", metavar="SOURCE_DIR", type=Path,
                        help="the folder of source files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder to write (default: assets/data)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if the output folder differs from a rebuild")
    args = parser.parse_args(argv)
    try:
        files = build(args.source_dir)
    except (BuildError, OSError) as exc:
        print(f"build_assets: {exc}", file=sys.stderr)
        return 1
    if args.check:
        stale = [
            name for name, text in files.items()
            if not (args.out / name).is_file()
            or (args.out / name).read_text(encoding="utf-8") != text
        ]
        extra = sorted(
            p.relative_to(args.out).as_posix() for p in args.out.rglob("*") if p.is_file()
        )
        extra = [name for name in extra if name not in files]
        for name in stale:
            print(f"build_assets: {name} differs from a rebuild", file=sys.stderr)
        for name in extra:
            print(f"build_assets: {name} is not made by the build", file=sys.stderr)
        return 1 if stale or extra else 0
    for name, text in files.items():
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    print(f"build_assets: wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
