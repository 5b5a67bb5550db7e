"""UN Comtrade's CSV downloads: the current one (Comtrade Plus) and the legacy one.

Both are long files, one row per period, reporter, flow, partner, second partner, customs
procedure, mode of transport and commodity. The app uses:

* rows whose second partner (``partner2Code``), customs procedure (``customsCode``) and mode
  of transport (``motCode``) are their totals (0, C00, 0), never their breakdowns, so
  nothing is counted twice;
* flows X and M (legacy codes 2 and 1); re-exports and re-imports (RX, RM; 3, 4) and the
  processing flows are left out and reported;
* product TOTAL by partner for the partner tables, partner World (code 0) by HS product for
  the product tables; annual periods (YYYY) as they are, monthly ones (YYYYMM) summed.

Values are ``primaryValue`` (legacy ``Trade Value (US$)``) in US$. Header names are matched
loosely (case, spaces and punctuation ignored: ``TradeValueUS`` is ``Trade Value (US$)``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from models.importers._codes import Reconciler, flow_of, hs_level
from models.importers._collect import Collector, Value
from models.importers._source import Rows, normalise

__all__ = ["LEGACY", "PLUS", "read_comtrade"]

# role -> header names (normalised) that hold it, in order of preference
PLUS: Mapping[str, Sequence[str]] = {
    "type": ("typecode",), "freq": ("freqcode",), "year": ("refyear",),
    "month": ("refmonth",), "period": ("period", "refperiodid"),
    "reporter_code": ("reportercode",), "reporter_iso": ("reporteriso",),
    "reporter_name": ("reporterdesc",), "flow": ("flowcode",), "flow_name": ("flowdesc",),
    "partner_code": ("partnercode",), "partner_iso": ("partneriso",),
    "partner_name": ("partnerdesc",), "partner2": ("partner2code",),
    "customs": ("customscode",), "mot": ("motcode",), "product": ("cmdcode",),
    "product_name": ("cmddesc",), "classification": ("classificationcode",),
    "value": ("primaryvalue",),
}  # fmt: skip
LEGACY: Mapping[str, Sequence[str]] = {
    "year": ("year",), "period": ("period",), "reporter_code": ("reportercode",),
    "reporter_iso": ("reporteriso",), "reporter_name": ("reporter",),
    "flow": ("tradeflowcode",), "flow_name": ("tradeflow",), "partner_code": ("partnercode",),
    "partner_iso": ("partneriso",), "partner_name": ("partner",),
    "partner2": ("2ndpartnercode",), "customs": ("customsproccode", "customsprocedurecode"),
    "mot": ("modeoftransportcode",), "product": ("commoditycode",),
    "product_name": ("commodity",), "classification": ("classification",),
    "value": ("tradevalueus", "tradevalue", "tradevalueusd"),
}  # fmt: skip
_REQUIRED = (
    ("value",),
    ("flow", "flow_name"),
    ("reporter_code", "reporter_iso", "reporter_name"),
    ("partner_code", "partner_iso", "partner_name"),
    ("year", "period"),
)
_TOTAL_PARTNER2 = {"", "0"}
_TOTAL_CUSTOMS = {"", "C00", "0"}
_TOTAL_MOT = {"", "0"}


def columns(rows: Rows, roles: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Return role -> column index for the header of ``rows``; refuse a missing role."""
    index = {normalise(name): i for i, name in enumerate(rows.header)}
    found = {
        role: index[name]
        for role, names in roles.items()
        for name in names[::-1]  # the preferred name last, so it wins
        if name in index
    }
    for alternatives in _REQUIRED:
        if not any(role in found for role in alternatives):
            wanted = " or ".join(repr(roles[r][0]) for r in alternatives if r in roles)
            raise rows.error(f"missing column {wanted} (the header has {', '.join(rows.header)})",
                             rows.header_line)
    return found


def _period(rows: Rows, line: int, row: list[str], col: Mapping[str, int]) -> tuple[int, int]:
    """Return (year, month) with month 0 for a whole year."""
    period = row[col["period"]].strip() if "period" in col else ""
    freq = row[col["freq"]].strip().upper() if "freq" in col else ""
    year_text = row[col["year"]].strip() if "year" in col else period[:4]
    where = col.get("year", col.get("period"))
    if not (year_text.isdigit() and len(year_text) == 4 and 1900 <= int(year_text) <= 2100):
        raise rows.error(f"invalid year {year_text!r}", line, where)
    month = 0
    if len(period) == 6 and period.isdigit():
        month = int(period[4:])
    elif freq == "M" and "month" in col:
        text = row[col["month"]].strip()
        month = int(text) if text.isdigit() else -1
    if (freq == "M" and month == 0) or not 0 <= month <= 12:
        raise rows.error(f"invalid month in period {period!r}", line, col.get("period"))
    return int(year_text), month


def read_comtrade(rows: Rows, collector: Collector, reconciler: Reconciler, legacy: bool) -> None:
    """Feed every row of a Comtrade file (current, or ``legacy``) to ``collector``."""
    col = columns(rows, LEGACY if legacy else PLUS)

    def text(row: list[str], role: str) -> str:
        return row[col[role]].strip() if role in col else ""

    value_column = col["value"]
    hs = True
    for line, row in rows.rows:
        if text(row, "type").upper() not in ("", "C"):
            collector.skip("trade in services (typeCode S)")
            continue
        if text(row, "partner2") not in _TOTAL_PARTNER2:
            collector.skip("breakdown by second partner (partner2Code other than 0)")
            continue
        if text(row, "customs").upper() not in _TOTAL_CUSTOMS:
            collector.skip("breakdown by customs procedure (customsCode other than C00)")
            continue
        if text(row, "mot") not in _TOTAL_MOT:
            collector.skip("breakdown by mode of transport (motCode other than 0)")
            continue
        flow_text = text(row, "flow") or text(row, "flow_name")
        flow = flow_of(flow_text) or flow_of(text(row, "flow_name"))
        if flow is None:
            collector.skip(f"flow {flow_text!r} (neither exports nor imports)")
            continue
        product = text(row, "product")
        level = hs_level(product)
        if level is None:
            collector.skip("product codes that are not HS codes or TOTAL")
            continue
        if level:
            classification = text(row, "classification").upper()
            hs = not classification or classification.startswith("H")
            if not hs:
                collector.skip(f"products in classification {classification} (not HS)")
                continue
            if product.isdigit() and len(product) % 2:
                product = "0" + product
            collector.describe_product(product, text(row, "product_name"))
        year, month = _period(rows, line, row, col)
        collector.add(
            line,
            reporter=reconciler.partner(
                text(row, "reporter_code"), text(row, "reporter_iso"), text(row, "reporter_name")
            ),
            partner=reconciler.partner(
                text(row, "partner_code"), text(row, "partner_iso"), text(row, "partner_name")
            ),
            year=year,
            month=month,
            flow=flow,
            product=product,
            level=level,
            value=Value(row[value_column], value_column, 1.0),
        )
