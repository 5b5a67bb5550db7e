"""Gather a file's rows into yearly tables by partner and by product, as they stream past.

Every importer turns its rows into calls of :meth:`Collector.add`; the collector keeps only
the rows the app uses (each a partner's total, the world's total, or the world's trade in
one product), one entry per distinct key, so its memory grows with the partners, products
and periods a file covers, never with its rows. A row repeated with the same value counts
once (and is reported); repeated with another value it is an error naming both lines.
:meth:`Collector.finish` sums months into years and returns the
:class:`~models.importers._result.ImportedData`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from models.importers._codes import Partner, chapter_of, section_of
from models.importers._result import ImportedData, Table
from models.importers._source import Rows, parse_value

__all__ = ["Collector", "Value"]

_Period = tuple[int, int]  # (year, month); month 0 for a year


@dataclass(frozen=True)
class Value:
    """Where a row's value is: its text, the column index and the factor to US$."""

    text: str
    column: int
    to_usd: float


@dataclass
class _Counts:
    rows: int = 0
    used: int = 0
    duplicates: int = 0
    first_duplicate: tuple[int, int] | None = None
    skipped: Counter[str] = field(default_factory=Counter)
    other_flows: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))


class Collector:
    """Collects one file's used rows; see the module docstring."""

    def __init__(self, rows: Rows, *, format_name: str, source_file: str):
        self.rows = rows
        self.format_name = format_name
        self.source_file = source_file
        self.counts = _Counts()
        self.warnings: list[str] = []
        self._by_partner: dict[tuple[_Period, str, str, str], tuple[int, float]] = {}
        self._by_product: dict[tuple[_Period, str, int, str], tuple[int, float]] = {}
        self._labels: dict[str, Partner] = {}
        self._reporters: dict[str, Partner] = {}
        self._partner_countries: set[str] = set()
        self._product_names: dict[str, str] = {}
        self._first_line: dict[str, int] = {}

    # --- rows -------------------------------------------------------------------------

    def skip(self, reason: str) -> None:
        """Count a row the app does not use, under ``reason`` (said in the summary)."""
        self.counts.rows += 1
        self.counts.skipped[reason] += 1

    def _value(self, line: int, value: Value) -> float:
        try:
            number = parse_value(value.text, self.rows.dialect.decimal)
        except ValueError as exc:
            raise self.rows.error(str(exc), line, value.column) from None
        if number < 0:
            raise self.rows.error(
                f"negative trade value {value.text.strip()!r}: trade values cannot be below "
                "zero",
                line,
                value.column,
            )
        return number * value.to_usd

    def add(
        self,
        line: int,
        *,
        reporter: Partner,
        partner: Partner,
        year: int,
        month: int,
        flow: str,
        product: str,
        level: int,
        value: Value,
    ) -> None:
        """Take one row: ``level`` 0 for all products, else 1/2/4/6 (section ... HS6)."""
        self.counts.rows += 1
        if reporter.kind != "partner":
            self.counts.skipped[f"reporter {reporter.label} is not a country"] += 1
            return
        if flow not in ("exports", "imports"):
            self.counts.skipped[f"{flow} (not counted as exports or imports)"] += 1
            if level == 0 and partner.kind == "world":
                self.counts.other_flows[flow] += self._value(line, value)
            return
        if partner.kind == "group":
            self.counts.skipped[f"{partner.label}: a group of partners listed one by one"] += 1
            return
        if level != 0 and partner.kind != "world":
            self.counts.skipped["rows by partner and product (products are read from the "
                                "rows with partner World)"] += 1
            return
        self._note_reporter(line, reporter, partner)
        period = (year, month)
        if level == 0:
            key_p = (period, flow, reporter.code, partner.code)
            self._keep(self._by_partner, key_p, line, value)
            self._labels.setdefault(partner.code, partner)
        else:
            key_c = (period, flow, level, product)
            self._keep(self._by_product, key_c, line, value)

    def describe_product(self, code: str, name: str) -> None:
        """Remember a product code's description (the first one given)."""
        if name:
            self._product_names.setdefault(code, name)

    def _keep(self, store: dict, key: tuple, line: int, value: Value) -> None:  # type: ignore[type-arg]
        number = self._value(line, value)
        seen = store.get(key)
        if seen is None:
            store[key] = (line, number)
            self.counts.used += 1
            return
        if abs(seen[1] - number) <= 1e-9 * max(abs(number), 1.0):
            self.counts.duplicates += 1
            if self.counts.first_duplicate is None:
                self.counts.first_duplicate = (seen[0], line)
            return
        raise self.rows.error(
            f"line {seen[0]} has the same reporter, period, flow, partner and product with "
            f"another value ({seen[1]:,.2f} against {number:,.2f} US$): which one is right?",
            line,
            value.column,
        )

    def _note_reporter(self, line: int, reporter: Partner, partner: Partner) -> None:
        self._reporters.setdefault(reporter.code, reporter)
        self._first_line.setdefault(reporter.code, line)
        if partner.kind == "partner":
            self._partner_countries.add(partner.code)
        if len(self._reporters) > 1 and len(self._partner_countries) > 1:
            codes = ", ".join(sorted(self._reporters))
            raise self.rows.error(
                f"the file holds several reporters ({codes}) and several partners: import "
                "one reporter's trade with its partners, or the partners' side of one country "
                "(mirror data: every reporter's trade with that one partner)",
                line,
            )

    # --- the result -------------------------------------------------------------------

    def finish(self) -> ImportedData:
        """Return the collected tables, in US$ million, with warnings and counts."""
        if not self._by_partner and not self._by_product:
            reasons = "; ".join(f"{n:,} {why}" for why, n in self.counts.skipped.most_common(4))
            raise self.rows.error(
                "no row the app can use: it needs exports or imports (X, M) of a country "
                "with its partners (product TOTAL), or with the World by product"
                + (f". Rows left out: {reasons}" if reasons else ""),
            )
        mirror = len(self._reporters) > 1
        if mirror and len(self._partner_countries) != 1:
            raise self.rows.error(
                f"the file holds several reporters ({', '.join(sorted(self._reporters))}) "
                "but no partner country: mirror data need every reporter's trade with one "
                "partner"
            )
        subject = next(iter(self._partner_countries)) if mirror else next(iter(self._reporters))
        partners, totals, unallocated, months = self._partner_tables(mirror, subject)
        products = {} if mirror else self._product_tables()
        if not partners and not products:
            raise self.rows.error(
                "the file holds totals only (World, or areas that are not countries): no "
                "partner country and no product to break trade down by"
            )
        if mirror and self._by_product:
            self.warnings.append(
                "Product rows are not used in mirror data (the partners' side): only the "
                "partners' totals are compared."
            )
        return ImportedData(
            source_file=self.source_file,
            format_name=self.format_name,
            kind="mirror" if mirror else "reported",
            reporter=subject,
            dialect=self.rows.dialect,
            rows_read=self.counts.rows,
            rows_used=self.counts.used,
            partners=partners,
            totals=totals,
            unallocated=unallocated,
            products=products,
            product_names=dict(self._product_names),
            months=months,
            skipped=dict(self.counts.skipped),
            other_flows=dict(self.counts.other_flows),
            duplicates=self.counts.duplicates,
            first_duplicate=self.counts.first_duplicate,
            warnings=tuple(self.warnings),
        )

    def _years(
        self, store: dict[tuple, tuple[int, float]]  # type: ignore[type-arg]
    ) -> tuple[dict[tuple, float], dict[tuple[int, str], tuple[int, ...]]]:  # type: ignore[type-arg]
        """Sum months into years (a year given whole wins over its months)."""
        annual = {(k[0][0], k[1]) for k in store if k[0][1] == 0}
        summed: defaultdict[tuple, float] = defaultdict(float)  # type: ignore[type-arg]
        months: defaultdict[tuple[int, str], set[int]] = defaultdict(set)
        ignored: set[tuple[int, str]] = set()
        for key, (_line, value) in store.items():
            (year, month), flow = key[0], key[1]
            if month and (year, flow) in annual:
                ignored.add((year, flow))
                continue
            if month:
                months[(year, flow)].add(month)
            summed[(year, flow, *key[2:])] += value
        for year, flow in sorted(ignored):
            self.warnings.append(
                f"{year} {flow}: the file gives the year and its months; the year's figures "
                "are used and the months left out."
            )
        return dict(summed), {k: tuple(sorted(v)) for k, v in months.items()}

    def _partner_tables(
        self, mirror: bool, subject: str
    ) -> tuple[dict[tuple[int, str], Table], dict[tuple[int, str], float],
               dict[tuple[int, str], Table], dict[int, tuple[int, ...]]]:  # fmt: skip
        summed, months = self._years(self._by_partner)
        if not months:
            months = self._years(self._by_product)[1]
        partners: dict[tuple[int, str], Table] = {}
        totals: dict[tuple[int, str], float] = {}
        unallocated: dict[tuple[int, str], Table] = {}
        for (year, flow, reporter, code), value in summed.items():
            usd_m = value / 1e6
            if mirror:  # a partner's imports from the subject are the subject's exports
                flow = "exports" if flow == "imports" else "imports"
                if self._labels[code].kind != "partner":
                    continue
                code, kind = reporter, "partner"
            else:
                kind = self._labels[code].kind
            key = (year, flow)
            if kind == "partner" and code == subject:  # trade with itself (re-imports)
                label = f"{self._labels[code].label} (the reporter itself)"
                unallocated.setdefault(key, {})[label] = usd_m
                continue
            if kind == "world":
                totals[key] = usd_m
            elif kind == "partner":
                partners.setdefault(key, {})[code] = usd_m
            else:
                label = self._labels[code].label
                unallocated.setdefault(key, {})[label] = usd_m
        by_year: dict[int, set[int]] = {}
        for (year, _flow), held in months.items():
            by_year[year] = by_year.get(year, set(range(1, 13))) & set(held)
        short = {y: tuple(sorted(m)) for y, m in by_year.items() if len(m) < 12}
        return partners, totals, unallocated, short

    def _product_tables(self) -> dict[str, dict[tuple[int, str], Table]]:
        summed, _months = self._years(self._by_product)
        levels: defaultdict[tuple[int, str], set[int]] = defaultdict(set)
        for year, flow, level, _code in summed:
            levels[(year, flow)].add(level)
        chapters: dict[tuple[int, str], Table] = {}
        sections: dict[tuple[int, str], Table] = {}
        for key, held in levels.items():
            finest = [lv for lv in (2, 4, 6) if lv in held]
            if finest:
                use = finest[0]  # the coarsest level given: its codes do not overlap
                table: Table = {}
                for (year, flow, level, code), value in summed.items():
                    if (year, flow) == key and level == use:
                        chapter = chapter_of(code)
                        table[chapter] = table.get(chapter, 0.0) + value / 1e6
                chapters[key] = table
                grouped: Table = {}
                for chapter, value in table.items():
                    section = section_of(chapter)
                    grouped[section] = grouped.get(section, 0.0) + value
                sections[key] = grouped
                if use != 2:
                    self.warnings.append(
                        f"{key[0]} {key[1]}: HS {'headings' if use == 4 else 'subheadings'} "
                        "are summed into chapters and sections."
                    )
            if 1 in held:
                sections[key] = {
                    code: value / 1e6
                    for (year, flow, level, code), value in summed.items()
                    if (year, flow) == key and level == 1
                }
        found: dict[str, dict[tuple[int, str], Table]] = {}
        if chapters:
            found["hs_chapters"] = chapters
        if sections:
            found["hs_sections"] = sections
        return found
