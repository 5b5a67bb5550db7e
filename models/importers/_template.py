"""The app's own template CSV, for any table that is neither Comtrade nor WITS.

One row per reporter, year, flow and partner (docs/import-template.md)::

    reporter,year,flow,partner,value_usd,product
    UZB,2022,exports,RUS,2876500000,
    UZB,2022,exports,WLD,19310000000,

``reporter`` and ``partner`` are ISO3 codes (or English names) of the app's country list;
partner ``WLD`` is the official total with the world. ``flow`` is ``exports`` or
``imports`` (``X``/``M`` too). ``value_usd`` is in US$ (not thousands). ``product``, optional,
is an HS section (``I`` ... ``XXI``), chapter (``27``) or heading (``2709``), with partner
``WLD``; empty or ``TOTAL`` means all products. An optional ``month`` column (1-12) gives
monthly figures, summed into years.
"""

from __future__ import annotations

from models.importers._codes import Reconciler, flow_of, hs_level
from models.importers._collect import Collector, Value
from models.importers._source import Rows, normalise

__all__ = ["TEMPLATE_COLUMNS", "is_template", "read_template"]

TEMPLATE_COLUMNS = ("reporter", "year", "flow", "partner", "value_usd")
_OPTIONAL = ("product", "month", "partner_name", "product_name")


def is_template(header: list[str]) -> bool:
    """Tell whether ``header`` is the template's (its five required columns)."""
    names = {normalise(h) for h in header}
    return {normalise(c) for c in TEMPLATE_COLUMNS} <= names


def read_template(rows: Rows, collector: Collector, reconciler: Reconciler) -> None:
    """Feed every row of a template file to ``collector``."""
    index = {normalise(name): i for i, name in enumerate(rows.header)}
    col = {c: index[normalise(c)] for c in TEMPLATE_COLUMNS + _OPTIONAL if normalise(c) in index}
    for line, row in rows.rows:
        year_text = row[col["year"]].strip()
        if not (year_text.isdigit() and len(year_text) == 4 and 1900 <= int(year_text) <= 2100):
            raise rows.error(f"invalid year {year_text!r}", line, col["year"])
        month = 0
        if "month" in col and row[col["month"]].strip():
            text = row[col["month"]].strip()
            if not (text.isdigit() and 1 <= int(text) <= 12):
                raise rows.error(f"invalid month {text!r} (1-12)", line, col["month"])
            month = int(text)
        flow_text = row[col["flow"]].strip()
        flow = flow_of(flow_text)
        if flow is None:
            raise rows.error(
                f"unknown flow {flow_text!r}; expected exports or imports", line, col["flow"]
            )
        product = row[col["product"]].strip() if "product" in col else ""
        level = hs_level(product)
        if level is None:
            raise rows.error(
                f"unknown product code {product!r}: expected an HS section (I-XXI), chapter "
                "(2 digits) or heading (4 digits), or TOTAL",
                line,
                col["product"],
            )
        if level:
            if product.isdigit() and len(product) % 2:
                product = "0" + product
            product = product.upper()
            if "product_name" in col:
                collector.describe_product(product, row[col["product_name"]].strip())
        reporter_text = row[col["reporter"]].strip()
        if not reporter_text:
            raise rows.error("missing reporter", line, col["reporter"])
        partner_text = row[col["partner"]].strip()
        if not partner_text:
            raise rows.error("missing partner", line, col["partner"])
        collector.add(
            line,
            reporter=reconciler.partner("", reporter_text.upper(), reporter_text),
            partner=reconciler.partner(
                "",
                partner_text.upper(),
                row[col["partner_name"]].strip() if "partner_name" in col else partner_text,
            ),
            year=int(year_text),
            month=month,
            flow=flow,
            product=product,
            level=level,
            value=Value(row[col["value_usd"]], col["value_usd"], 1.0),
        )
