"""The World Bank WITS trade download: wide, one column per year, values in US$ thousand.

The header is ``Reporter Name, Partner Name, Trade Flow, Product Group, Indicator`` (or
``Measure``), then one column per year (``1988`` ... ``2022``). Partners are named, not
coded: names are reconciled with the app's country list (WITS spellings such as
"Korea, Rep." included); "World" is the official total, "Unspecified", "Other Asia, nes",
bunkers and free zones go to the unallocated line, regions ("Europe & Central Asia") are
left out as the sums of partners they are. Only indicators in US$ are read (thousand or
million, as the indicator says); shares and counts are left out. "All Products" rows make
the partner tables; product groups given as HS codes make the product tables.
"""

from __future__ import annotations

import re

from models.importers._codes import Reconciler, flow_of, hs_level
from models.importers._collect import Collector, Value
from models.importers._source import Rows, normalise

__all__ = ["is_wits", "read_wits"]

_NO_DATA = {"", "..", "...", "na", "n/a", "-", "nan"}
_PRODUCT_CODE = re.compile(r"^\s*(\d{2,6}|[IVX]+)\b")
_ALL_PRODUCTS = {"allproducts", "total", "totaltrade", "all", ""}


def _year_columns(rows: Rows) -> list[tuple[int, int]]:
    found = []
    for i, name in enumerate(rows.header):
        text = name.strip()
        if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
            found.append((i, int(text)))
    return found


def is_wits(header: list[str]) -> bool:
    """Tell whether ``header`` is a WITS wide download's."""
    names = {normalise(h) for h in header}
    has_years = any(len(h.strip()) == 4 and h.strip().isdigit() for h in header)
    return {"reportername", "partnername"} <= names and has_years


def _scale(indicator: str) -> float | None:
    """Return the factor from the indicator's unit to US$, or None if not a value in US$."""
    text = indicator.casefold()
    if "%" in text or "share" in text or "number" in text or "index" in text:
        return None
    if "us$" not in text and "usd" not in text:
        return 1e3 if not text.strip() else None  # no indicator column: US$ thousand
    if "thousand" in text or "'000" in text or "000s" in text:
        return 1e3
    if "mil" in text:
        return 1e6
    if "bil" in text:
        return 1e9
    return 1.0


def read_wits(rows: Rows, collector: Collector, reconciler: Reconciler) -> None:
    """Feed every row (every year's cell) of a WITS wide file to ``collector``."""
    index = {normalise(name): i for i, name in enumerate(rows.header)}
    years = _year_columns(rows)
    if not years:
        raise rows.error("no year columns (1988, 1989, ...) in the header", rows.header_line)

    def column(*names: str) -> int | None:
        return next((index[n] for n in names if n in index), None)

    reporter_col = column("reportername")
    partner_col = column("partnername")
    reporter_iso = column("reporteriso3", "reporteriso", "reportercode")
    partner_iso = column("partneriso3", "partneriso", "partnercode")
    flow_col = column("tradeflow")
    product_col = column("productgroup", "product", "productcode")
    indicator_col = column("indicator", "measure", "measureindicator")
    assert reporter_col is not None  # is_wits() said so
    assert partner_col is not None
    for line, row in rows.rows:
        indicator = row[indicator_col].strip() if indicator_col is not None else ""
        scale = _scale(indicator)
        if scale is None:
            collector.skip(f"indicator {indicator!r} (not a trade value in US$)")
            continue
        flow_text = row[flow_col].strip() if flow_col is not None else indicator
        flow = flow_of(flow_text) or flow_of(indicator.split("(")[0])
        if flow is None:
            collector.skip(f"trade flow {flow_text!r} (neither exports nor imports)")
            continue
        product_text = row[product_col].strip() if product_col is not None else ""
        level = 0
        code = ""
        if normalise(product_text) not in _ALL_PRODUCTS:
            match = _PRODUCT_CODE.match(product_text)
            code = match.group(1) if match else ""
            found = hs_level(code) if code else None
            if not found:
                collector.skip(f"product group {product_text!r} (not HS-coded)")
                continue
            level = found
            collector.describe_product(code, product_text[len(code):].strip(" -_:"))
        reporter = reconciler.partner(
            "", row[reporter_iso].strip() if reporter_iso is not None else "", row[reporter_col]
        )
        partner = reconciler.partner(
            "", row[partner_iso].strip() if partner_iso is not None else "", row[partner_col]
        )
        for i, year in years:
            if row[i].strip().casefold() in _NO_DATA:
                continue
            collector.add(
                line,
                reporter=reporter,
                partner=partner,
                year=year,
                month=0,
                flow=flow,
                product=code,
                level=level,
                value=Value(row[i], i, scale),
            )
