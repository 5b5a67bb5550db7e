"""What a trade file's partner, flow and product codes mean to the app.

A partner is reconciled with the app's country list (``countries.csv``) by its ISO3 code,
its numeric code (UN M49, as UN Comtrade uses them) or its English name (WITS files have
names only). Each becomes a :class:`Partner` of one kind:

* ``partner``: a country of the list, a category of the partner tables;
* ``world``: the total with the world (Comtrade code 0, ISO ``W00`` or ``WLD``), the
  official total;
* ``unallocated``: trade the source does not give to a country: "Areas, nes", "Other
  Asia, nes" (Comtrade's line for Taiwan), bunkers, free zones, special categories, and any
  code or name not on the list (reported by name, never dropped silently);
* ``group``: a region or bloc (the EU, "Europe & Central Asia"), the sum of partners that
  are already listed, so it is left out and said so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from models.importers._iso import ISO_NAMES, ISO_NUMERIC

__all__ = [
    "FLOW_WORDS",
    "Partner",
    "Reconciler",
    "chapter_of",
    "flow_of",
    "hs_level",
    "section_of",
]

# UN Comtrade's partner codes that are not countries and hold trade no country is given.
SPECIAL_CODES = {
    290: "Northern Africa, nes", 471: "CACM, nes", 472: "Africa CAMEU region, nes",
    473: "LAIA, nes", 490: "Other Asia, nes", 492: "Europe EU, nes", 527: "Oceania, nes",
    536: "Neutral Zone", 568: "Other Europe, nes", 577: "Other Africa, nes",
    636: "Rest of America, nes", 637: "North America and Central America, nes",
    697: "Europe EFTA, nes", 711: "Southern African Customs Union", 837: "Bunkers",
    838: "Free Zones", 839: "Special Categories", 879: "Western Asia, nes", 899: "Areas, nes",
}  # fmt: skip
# Comtrade's own numeric codes for countries whose ISO numeric code differs.
COMTRADE_NUMERIC = {842: "USA", 251: "FRA", 579: "NOR", 757: "CHE", 699: "IND", 381: "ITA"}
GROUP_CODES = {97: "European Union", 918: "European Union"}
WORLD_CODES = {"0", "W00", "WLD", "WORLD"}

_SPECIAL_NAMES = (
    "unspecified", "not specified", "areas nes", "other asia nes", "other europe nes",
    "other africa nes", "oceania nes", "rest of america nes", "bunkers", "free zones",
    "special categories", "north america and central america nes", "western asia nes",
    "northern africa nes", "europe eu nes", "europe efta nes", "laia nes", "cacm nes",
    "neutral zone", "ship stores and bunkers", "unknown",
)  # fmt: skip
_GROUP_NAMES = (
    "east asia and pacific", "europe and central asia", "latin america and caribbean",
    "middle east and north africa", "north america", "south asia", "sub saharan africa",
    "european union", "eu 27", "eu 28", "eu", "oecd", "asean", "arab world",
    "high income", "low income", "lower middle income", "upper middle income",
    "middle income", "euro area", "world bank regions", "occ pal terr",
)  # fmt: skip
# Names WITS (World Bank style) and Comtrade use that ISO does not.
_ALIASES = {
    "korea rep": "KOR", "korea dem rep": "PRK", "egypt arab rep": "EGY",
    "iran islamic rep": "IRN", "venezuela": "VEN", "venezuela rb": "VEN", "yemen": "YEM",
    "yemen rep": "YEM", "hong kong china": "HKG", "china hong kong sar": "HKG",
    "macao": "MAC", "macao sar china": "MAC", "china macao sar": "MAC",
    "kyrgyz republic": "KGZ", "slovak republic": "SVK", "lao pdr": "LAO",
    "micronesia fed sts": "FSM", "congo dem rep": "COD", "congo rep": "COG",
    "gambia the": "GMB", "bahamas the": "BHS", "st kitts and nevis": "KNA",
    "st lucia": "LCA", "st vincent and the grenadines": "VCT", "cote divoire": "CIV",
    "czech republic": "CZE", "turkey": "TUR", "turkiye": "TUR", "vietnam": "VNM",
    "macedonia fyr": "MKD", "north macedonia": "MKD", "swaziland": "SWZ",
    "cape verde": "CPV", "moldova": "MDA", "tanzania": "TZA", "bolivia": "BOL",
    "united states": "USA", "usa": "USA", "russia": "RUS", "syria": "SYR",
    "west bank and gaza": "PSE", "state of palestine": "PSE", "taiwan china": "TWN",
    "ethiopia excludes eritrea": "ETH", "rep of korea": "KOR", "republic of korea": "KOR",
    "dem peoples rep of korea": "PRK", "china": "CHN", "united kingdom": "GBR",
    "bosnia herzegovina": "BIH", "dominican rep": "DOM", "central african rep": "CAF",
    "rep of moldova": "MDA", "united rep of tanzania": "TZA", "lao peoples dem rep": "LAO",
    "brunei": "BRN", "curacao": "CUW", "netherlands antilles": "ANT",
}  # fmt: skip

FLOW_WORDS = {"exports": "exports", "imports": "imports"}
_FLOWS = {
    "x": "exports", "export": "exports", "exports": "exports", "2": "exports",
    "m": "imports", "import": "imports", "imports": "imports", "1": "imports",
    "rx": "re-exports", "reexport": "re-exports", "reexports": "re-exports", "3": "re-exports",
    "rm": "re-imports", "reimport": "re-imports", "reimports": "re-imports", "4": "re-imports",
    "grossexp": "gross exports", "grossimp": "gross imports",
    "dx": "domestic exports", "fm": "foreign imports",
    "mip": "imports for inward processing", "xip": "exports after inward processing",
    "mop": "imports after outward processing", "xop": "exports for outward processing",
}  # fmt: skip

# HS chapters (two digits) to sections (Roman numerals); 98 and 99 are national chapters.
_SECTION_STARTS = (
    (1, "I"), (6, "II"), (15, "III"), (16, "IV"), (25, "V"), (28, "VI"), (39, "VII"),
    (41, "VIII"), (44, "IX"), (47, "X"), (50, "XI"), (64, "XII"), (68, "XIII"), (71, "XIV"),
    (72, "XV"), (84, "XVI"), (86, "XVII"), (90, "XVIII"), (93, "XIX"), (94, "XX"),
    (97, "XXI"), (98, "OTHER"),
)  # fmt: skip
SECTION_NAMES = {
    "I": "Live animals; animal products", "II": "Vegetable products",
    "III": "Animal or vegetable fats and oils", "IV": "Prepared foodstuffs, beverages, tobacco",
    "V": "Mineral products", "VI": "Chemical products", "VII": "Plastics and rubber",
    "VIII": "Hides, skins, leather and furskins", "IX": "Wood, cork and basketware",
    "X": "Pulp, paper and paperboard", "XI": "Textiles and textile articles",
    "XII": "Footwear, headgear, umbrellas", "XIII": "Stone, plaster, ceramics and glass",
    "XIV": "Pearls, precious stones and metals", "XV": "Base metals and articles thereof",
    "XVI": "Machinery and electrical equipment", "XVII": "Vehicles, aircraft and vessels",
    "XVIII": "Optical, medical and measuring instruments", "XIX": "Arms and ammunition",
    "XX": "Miscellaneous manufactured articles", "XXI": "Works of art and antiques",
    "OTHER": "Not classified elsewhere (chapters 98-99)",
}  # fmt: skip
TOTAL_PRODUCT_CODES = {"", "total", "all", "allcommodities", "allproducts", "tot", "00"}


def name_key(name: str) -> str:
    """Return ``name`` reduced for matching: no accents, case, punctuation or 'the'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.casefold().replace("&", " and ").replace("'", "").replace("’", "")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


_SPECIAL_KEYS = frozenset(name_key(n) for n in _SPECIAL_NAMES)
_GROUP_KEYS = frozenset(name_key(n) for n in _GROUP_NAMES)


@dataclass(frozen=True)
class Partner:
    """A partner as the app counts it.

    ``kind`` and ``code`` (ISO3 for a country, or the source's own code or name) and the
    ``label`` shown in summaries.
    """

    kind: str  # partner | world | unallocated | group
    code: str
    label: str
    known: bool = True  # False: a code or name the app does not know (reported)


class Reconciler:
    """Turns a file's partner and reporter codes and names into the app's ISO3 codes.

    Parameters
    ----------
    countries : mapping of str to str
        The app's country list: ISO3 code -> English name.
    """

    def __init__(self, countries: Mapping[str, str]):
        self.countries = dict(countries)
        names = {name_key(k): v for k, v in ISO_NAMES.items()}
        names.update({name_key(k): v for k, v in _ALIASES.items()})
        names.update({name_key(name): iso3 for iso3, name in self.countries.items()})
        self._names = names
        self._cache: dict[tuple[str, str, str], Partner] = {}
        self.conflicts: list[str] = []  # a code and a name that name different countries

    def partner(self, code: str = "", iso: str = "", name: str = "") -> Partner:
        """Return what the partner with this numeric ``code``, ``iso`` code and ``name`` is."""
        key = (code.strip(), iso.strip().upper(), name.strip())
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._classify(*key)
        return found

    def _classify(self, code: str, iso: str, name: str) -> Partner:
        number = int(code) if code.isdigit() else None
        shown = name or iso or code
        if code in WORLD_CODES or iso in WORLD_CODES or name_key(name) == "world":
            return Partner("world", "WLD", "World")
        if number in SPECIAL_CODES:
            return Partner("unallocated", code, f"{SPECIAL_CODES[number]} ({code})")
        if number in GROUP_CODES:
            return Partner("group", code, f"{GROUP_CODES[number]} ({code})")
        key = name_key(name)
        if iso in self.countries:
            named = self._names.get(key)
            if named is not None and named != iso and named in self.countries:
                self.conflicts.append(
                    f"code {iso} ({self.countries[iso]}) comes with the name {name!r}, which "
                    f"is {self.countries[named]} ({named}): the code is used"
                )
            return Partner("partner", iso, self.countries[iso])
        if number is not None:
            iso3 = COMTRADE_NUMERIC.get(number) or ISO_NUMERIC.get(number)
            if iso3 in self.countries:
                return Partner("partner", iso3, self.countries[iso3])
        if key in _SPECIAL_KEYS:
            return Partner("unallocated", shown, shown)
        if key in _GROUP_KEYS:
            return Partner("group", shown, shown)
        if key and key in self._names and self._names[key] in self.countries:
            iso3 = self._names[key]
            return Partner("partner", iso3, self.countries[iso3])
        detail = ", ".join(part for part in (code, iso, name) if part)
        return Partner("unallocated", shown, f"{detail} (not in the app's country list)", False)

    def reporter(self, code: str = "", iso: str = "", name: str = "") -> str | None:
        """Return the ISO3 code of a reporter on the app's country list, or None."""
        found = self.partner(code, iso, name)
        return found.code if found.kind == "partner" else None


def flow_of(text: str) -> str | None:
    """Return 'exports', 'imports', another flow's name (re-exports...), or None."""
    key = re.sub(r"[^0-9a-z]", "", text.casefold())
    return _FLOWS.get(key)


def hs_level(code: str) -> int | None:
    """Return the HS level of a product code, or None if it is not an HS code.

    0 for a total, 1 for a section (Roman numeral), 2, 4 or 6 for a chapter, heading or
    subheading.
    """
    text = code.strip()
    if re.sub(r"[^0-9a-z]", "", text.casefold()) in TOTAL_PRODUCT_CODES:
        return 0
    if text.isdigit() and len(text) in (2, 4, 6):
        return len(text) if text[:2] != "00" and text[:2] != "77" else None
    if text.isdigit() and len(text) in (1, 3, 5):  # a leading zero lost by a spreadsheet
        return len(text) + 1 if int(text[: 2 - (len(text) % 2)] or 0) >= 1 else None
    if text.upper() in {s for _, s in _SECTION_STARTS}:
        return 1
    return None


def chapter_of(code: str) -> str:
    """Return the two-digit HS chapter of a chapter, heading or subheading code."""
    text = code.strip()
    if len(text) % 2:
        text = "0" + text
    return text[:2]


def section_of(chapter: str) -> str:
    """Return the HS section (Roman numeral, or 'OTHER' for 98-99) of a two-digit chapter."""
    number = int(chapter)
    section = "I"
    for start, name in _SECTION_STARTS:
        if number >= start:
            section = name
    return section
