"""Build Multivector's embedded data (``assets/data/``) from the files in ``../shared/data``.

Usage::

    .venv/bin/python scripts/build_assets.py [SOURCE_DIR] [--out assets/data]

SOURCE_DIR defaults to ``../shared/data`` beside the repository. The script is
deterministic: run twice on the same input it writes the same bytes, so its output is
committed and a test rebuilds it to prove that nothing was edited by hand.

Rules it keeps:

- Every value is copied from the source string. E-notation is rewritten as a plain decimal
  (``7.1e-05`` -> ``0.000071``), which keeps the value exactly; nothing is rounded, and the
  first-published figures are converted from billions to millions with exact decimal
  arithmetic (13.9 bn -> 13900).
- No number is invented. Totals come only from ``kz_totals.csv``; the gap between a
  year's official total and its partner sum is computed by the app, never written as data
  or spread over partners.
- Every data file gets a ``<file>.provenance.json`` sidecar with its source, release, unit,
  caveats (plain English, shown to students), licence and dates.
- Country names and UN M49 regions are written from the table below (COUNTRIES), which
  must cover every ISO3 code in the panel and bloc files.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "assets" / "data"

SCHEMA_VERSION = 1
REPORTER = "KAZ"
COMPILED = "2026-11-28"  # date this build of assets/data was compiled (fixed: reproducible)
UNIT = "US$ million"

PANEL_REPO = "makenerzhan-gif/kazakhstan-economic-data"
PANEL_COMMIT = "b84a95c5b9b2af0e21bc39d378a8ed435145d7c7"
EXPORTS_COMMIT = "cb51540416ede332cd6a6edcb1fd3d427de5d65f"
IMPORTS_COMMIT = "793f9b92714b45db2dbddee97a8ac32b3ae57880"
HS_EXPORTS_COMMIT = "e6e48fcf0b5ae70402641fa0cc7768d38a0dfc91"
HS_IMPORTS_COMMIT = "ccd7b1a528d766fde41c58e6c7ac154bc174919c"
DICTIONARY_COMMIT = "826002bc"
BNS_ORIGINAL = "https://stat.gov.kz/api/iblock/element/446905/file/ru/"
GITHUB = "https://github.com"

BNS_LICENCE = (
    "BNS figures are public official statistics of the Republic of Kazakhstan (cite the "
    "Bureau of National Statistics as primary source); the licence of the "
    f"{PANEL_REPO} compilation was not checked."
)
RETRIEVED = (
    "not recorded: transcribed from stored copies of the sources for ../shared/data "
    "(SOURCES.md, research draft); stat.gov.kz itself was not opened"
)

# ISO3 -> (short English name, M49 region, M49 sub-region, M49 intermediate region).
# Names follow UN M49 / ISO 3166 usage (Türkiye, Czechia, Viet Nam, Russian Federation,
# Republic of Korea...); a few very long official forms are shortened for display (see
# COUNTRY_CAVEATS).
_AF, _AM, _AS, _EU, _OC = "Africa", "Americas", "Asia", "Europe", "Oceania"
_NAF, _SSA = "Northern Africa", "Sub-Saharan Africa"
_LAC, _NAM = "Latin America and the Caribbean", "Northern America"
_CAS, _EAS, _SEA, _SAS, _WAS = (
    "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia",
)
_EEU, _NEU, _SEU, _WEU = "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"
_ANZ, _MEL, _MIC, _POL = "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"
_EAF, _MAF, _SAF, _WAF = "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"
_CAR, _CAM, _SAM = "Caribbean", "Central America", "South America"

COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "ABW": ("Aruba", _AM, _LAC, _CAR),
    "AFG": ("Afghanistan", _AS, _SAS, ""),
    "AGO": ("Angola", _AF, _SSA, _MAF),
    "ALB": ("Albania", _EU, _SEU, ""),
    "AND": ("Andorra", _EU, _SEU, ""),
    "ARE": ("United Arab Emirates", _AS, _WAS, ""),
    "ARG": ("Argentina", _AM, _LAC, _SAM),
    "ARM": ("Armenia", _AS, _WAS, ""),
    "ASM": ("American Samoa", _OC, _POL, ""),
    "ATG": ("Antigua and Barbuda", _AM, _LAC, _CAR),
    "AUS": ("Australia", _OC, _ANZ, ""),
    "AUT": ("Austria", _EU, _WEU, ""),
    "AZE": ("Azerbaijan", _AS, _WAS, ""),
    "BDI": ("Burundi", _AF, _SSA, _EAF),
    "BEL": ("Belgium", _EU, _WEU, ""),
    "BEN": ("Benin", _AF, _SSA, _WAF),
    "BFA": ("Burkina Faso", _AF, _SSA, _WAF),
    "BGD": ("Bangladesh", _AS, _SAS, ""),
    "BGR": ("Bulgaria", _EU, _EEU, ""),
    "BHR": ("Bahrain", _AS, _WAS, ""),
    "BHS": ("Bahamas", _AM, _LAC, _CAR),
    "BIH": ("Bosnia and Herzegovina", _EU, _SEU, ""),
    "BLR": ("Belarus", _EU, _EEU, ""),
    "BLZ": ("Belize", _AM, _LAC, _CAM),
    "BMU": ("Bermuda", _AM, _NAM, ""),
    "BOL": ("Bolivia (Plurinational State of)", _AM, _LAC, _SAM),
    "BRA": ("Brazil", _AM, _LAC, _SAM),
    "BRB": ("Barbados", _AM, _LAC, _CAR),
    "BRN": ("Brunei Darussalam", _AS, _SEA, ""),
    "BTN": ("Bhutan", _AS, _SAS, ""),
    "BWA": ("Botswana", _AF, _SSA, _SAF),
    "CAF": ("Central African Republic", _AF, _SSA, _MAF),
    "CAN": ("Canada", _AM, _NAM, ""),
    "CHE": ("Switzerland", _EU, _WEU, ""),
    "CHL": ("Chile", _AM, _LAC, _SAM),
    "CHN": ("China", _AS, _EAS, ""),
    "CIV": ("Côte d'Ivoire", _AF, _SSA, _WAF),
    "CMR": ("Cameroon", _AF, _SSA, _MAF),
    "COD": ("Democratic Republic of the Congo", _AF, _SSA, _MAF),
    "COG": ("Congo", _AF, _SSA, _MAF),
    "COL": ("Colombia", _AM, _LAC, _SAM),
    "COM": ("Comoros", _AF, _SSA, _EAF),
    "CPV": ("Cabo Verde", _AF, _SSA, _WAF),
    "CRI": ("Costa Rica", _AM, _LAC, _CAM),
    "CUB": ("Cuba", _AM, _LAC, _CAR),
    "CUW": ("Curaçao", _AM, _LAC, _CAR),
    "CYM": ("Cayman Islands", _AM, _LAC, _CAR),
    "CYP": ("Cyprus", _AS, _WAS, ""),
    "CZE": ("Czechia", _EU, _EEU, ""),
    "DEU": ("Germany", _EU, _WEU, ""),
    "DJI": ("Djibouti", _AF, _SSA, _EAF),
    "DMA": ("Dominica", _AM, _LAC, _CAR),
    "DNK": ("Denmark", _EU, _NEU, ""),
    "DOM": ("Dominican Republic", _AM, _LAC, _CAR),
    "DZA": ("Algeria", _AF, _NAF, ""),
    "ECU": ("Ecuador", _AM, _LAC, _SAM),
    "EGY": ("Egypt", _AF, _NAF, ""),
    "ERI": ("Eritrea", _AF, _SSA, _EAF),
    "ESP": ("Spain", _EU, _SEU, ""),
    "EST": ("Estonia", _EU, _NEU, ""),
    "ETH": ("Ethiopia", _AF, _SSA, _EAF),
    "FIN": ("Finland", _EU, _NEU, ""),
    "FJI": ("Fiji", _OC, _MEL, ""),
    "FRA": ("France", _EU, _WEU, ""),
    "FRO": ("Faroe Islands", _EU, _NEU, ""),
    "FSM": ("Micronesia (Federated States of)", _OC, _MIC, ""),
    "GAB": ("Gabon", _AF, _SSA, _MAF),
    "GBR": ("United Kingdom", _EU, _NEU, ""),
    "GEO": ("Georgia", _AS, _WAS, ""),
    "GHA": ("Ghana", _AF, _SSA, _WAF),
    "GIN": ("Guinea", _AF, _SSA, _WAF),
    "GMB": ("Gambia", _AF, _SSA, _WAF),
    "GNB": ("Guinea-Bissau", _AF, _SSA, _WAF),
    "GNQ": ("Equatorial Guinea", _AF, _SSA, _MAF),
    "GRC": ("Greece", _EU, _SEU, ""),
    "GRD": ("Grenada", _AM, _LAC, _CAR),
    "GRL": ("Greenland", _AM, _NAM, ""),
    "GTM": ("Guatemala", _AM, _LAC, _CAM),
    "GUM": ("Guam", _OC, _MIC, ""),
    "GUY": ("Guyana", _AM, _LAC, _SAM),
    "HKG": ("China, Hong Kong SAR", _AS, _EAS, ""),
    "HND": ("Honduras", _AM, _LAC, _CAM),
    "HRV": ("Croatia", _EU, _SEU, ""),
    "HTI": ("Haiti", _AM, _LAC, _CAR),
    "HUN": ("Hungary", _EU, _EEU, ""),
    "IDN": ("Indonesia", _AS, _SEA, ""),
    "IND": ("India", _AS, _SAS, ""),
    "IRL": ("Ireland", _EU, _NEU, ""),
    "IRN": ("Iran (Islamic Republic of)", _AS, _SAS, ""),
    "IRQ": ("Iraq", _AS, _WAS, ""),
    "ISL": ("Iceland", _EU, _NEU, ""),
    "ISR": ("Israel", _AS, _WAS, ""),
    "ITA": ("Italy", _EU, _SEU, ""),
    "JAM": ("Jamaica", _AM, _LAC, _CAR),
    "JOR": ("Jordan", _AS, _WAS, ""),
    "JPN": ("Japan", _AS, _EAS, ""),
    "KAZ": ("Kazakhstan", _AS, _CAS, ""),
    "KEN": ("Kenya", _AF, _SSA, _EAF),
    "KGZ": ("Kyrgyzstan", _AS, _CAS, ""),
    "KHM": ("Cambodia", _AS, _SEA, ""),
    "KIR": ("Kiribati", _OC, _MIC, ""),
    "KNA": ("Saint Kitts and Nevis", _AM, _LAC, _CAR),
    "KOR": ("Republic of Korea", _AS, _EAS, ""),
    "KWT": ("Kuwait", _AS, _WAS, ""),
    "LAO": ("Lao People's Democratic Republic", _AS, _SEA, ""),
    "LBN": ("Lebanon", _AS, _WAS, ""),
    "LBR": ("Liberia", _AF, _SSA, _WAF),
    "LBY": ("Libya", _AF, _NAF, ""),
    "LCA": ("Saint Lucia", _AM, _LAC, _CAR),
    "LIE": ("Liechtenstein", _EU, _WEU, ""),
    "LKA": ("Sri Lanka", _AS, _SAS, ""),
    "LSO": ("Lesotho", _AF, _SSA, _SAF),
    "LTU": ("Lithuania", _EU, _NEU, ""),
    "LUX": ("Luxembourg", _EU, _WEU, ""),
    "LVA": ("Latvia", _EU, _NEU, ""),
    "MAC": ("China, Macao SAR", _AS, _EAS, ""),
    "MAR": ("Morocco", _AF, _NAF, ""),
    "MCO": ("Monaco", _EU, _WEU, ""),
    "MDA": ("Republic of Moldova", _EU, _EEU, ""),
    "MDG": ("Madagascar", _AF, _SSA, _EAF),
    "MDV": ("Maldives", _AS, _SAS, ""),
    "MEX": ("Mexico", _AM, _LAC, _CAM),
    "MHL": ("Marshall Islands", _OC, _MIC, ""),
    "MKD": ("North Macedonia", _EU, _SEU, ""),
    "MLI": ("Mali", _AF, _SSA, _WAF),
    "MLT": ("Malta", _EU, _SEU, ""),
    "MMR": ("Myanmar", _AS, _SEA, ""),
    "MNE": ("Montenegro", _EU, _SEU, ""),
    "MNG": ("Mongolia", _AS, _EAS, ""),
    "MNP": ("Northern Mariana Islands", _OC, _MIC, ""),
    "MOZ": ("Mozambique", _AF, _SSA, _EAF),
    "MRT": ("Mauritania", _AF, _SSA, _WAF),
    "MUS": ("Mauritius", _AF, _SSA, _EAF),
    "MWI": ("Malawi", _AF, _SSA, _EAF),
    "MYS": ("Malaysia", _AS, _SEA, ""),
    "NAM": ("Namibia", _AF, _SSA, _SAF),
    "NCL": ("New Caledonia", _OC, _MEL, ""),
    "NER": ("Niger", _AF, _SSA, _WAF),
    "NGA": ("Nigeria", _AF, _SSA, _WAF),
    "NIC": ("Nicaragua", _AM, _LAC, _CAM),
    "NLD": ("Netherlands", _EU, _WEU, ""),
    "NOR": ("Norway", _EU, _NEU, ""),
    "NPL": ("Nepal", _AS, _SAS, ""),
    "NRU": ("Nauru", _OC, _MIC, ""),
    "NZL": ("New Zealand", _OC, _ANZ, ""),
    "OMN": ("Oman", _AS, _WAS, ""),
    "PAK": ("Pakistan", _AS, _SAS, ""),
    "PAN": ("Panama", _AM, _LAC, _CAM),
    "PER": ("Peru", _AM, _LAC, _SAM),
    "PHL": ("Philippines", _AS, _SEA, ""),
    "PLW": ("Palau", _OC, _MIC, ""),
    "PNG": ("Papua New Guinea", _OC, _MEL, ""),
    "POL": ("Poland", _EU, _EEU, ""),
    "PRI": ("Puerto Rico", _AM, _LAC, _CAR),
    "PRT": ("Portugal", _EU, _SEU, ""),
    "PRY": ("Paraguay", _AM, _LAC, _SAM),
    "PSE": ("State of Palestine", _AS, _WAS, ""),
    "PYF": ("French Polynesia", _OC, _POL, ""),
    "QAT": ("Qatar", _AS, _WAS, ""),
    "ROU": ("Romania", _EU, _EEU, ""),
    "RUS": ("Russian Federation", _EU, _EEU, ""),
    "RWA": ("Rwanda", _AF, _SSA, _EAF),
    "SAU": ("Saudi Arabia", _AS, _WAS, ""),
    "SDN": ("Sudan", _AF, _NAF, ""),
    "SEN": ("Senegal", _AF, _SSA, _WAF),
    "SGP": ("Singapore", _AS, _SEA, ""),
    "SLB": ("Solomon Islands", _OC, _MEL, ""),
    "SLE": ("Sierra Leone", _AF, _SSA, _WAF),
    "SLV": ("El Salvador", _AM, _LAC, _CAM),
    "SMR": ("San Marino", _EU, _SEU, ""),
    "SOM": ("Somalia", _AF, _SSA, _EAF),
    "SRB": ("Serbia", _EU, _SEU, ""),
    "STP": ("Sao Tome and Principe", _AF, _SSA, _MAF),
    "SUR": ("Suriname", _AM, _LAC, _SAM),
    "SVK": ("Slovakia", _EU, _EEU, ""),
    "SVN": ("Slovenia", _EU, _SEU, ""),
    "SWE": ("Sweden", _EU, _NEU, ""),
    "SWZ": ("Eswatini", _AF, _SSA, _SAF),
    "SYC": ("Seychelles", _AF, _SSA, _EAF),
    "SYR": ("Syrian Arab Republic", _AS, _WAS, ""),
    "TCA": ("Turks and Caicos Islands", _AM, _LAC, _CAR),
    "TCD": ("Chad", _AF, _SSA, _MAF),
    "TGO": ("Togo", _AF, _SSA, _WAF),
    "THA": ("Thailand", _AS, _SEA, ""),
    "TJK": ("Tajikistan", _AS, _CAS, ""),
    "TKM": ("Turkmenistan", _AS, _CAS, ""),
    "TLS": ("Timor-Leste", _AS, _SEA, ""),
    "TTO": ("Trinidad and Tobago", _AM, _LAC, _CAR),
    "TUN": ("Tunisia", _AF, _NAF, ""),
    "TUR": ("Türkiye", _AS, _WAS, ""),
    "TUV": ("Tuvalu", _OC, _POL, ""),
    "TZA": ("United Republic of Tanzania", _AF, _SSA, _EAF),
    "UGA": ("Uganda", _AF, _SSA, _EAF),
    "UKR": ("Ukraine", _EU, _EEU, ""),
    "URY": ("Uruguay", _AM, _LAC, _SAM),
    "USA": ("United States", _AM, _NAM, ""),
    "UZB": ("Uzbekistan", _AS, _CAS, ""),
    "VCT": ("Saint Vincent and the Grenadines", _AM, _LAC, _CAR),
    "VEN": ("Venezuela (Bolivarian Republic of)", _AM, _LAC, _SAM),
    "VNM": ("Viet Nam", _AS, _SEA, ""),
    "VUT": ("Vanuatu", _OC, _MEL, ""),
    "WSM": ("Samoa", _OC, _POL, ""),
    "YEM": ("Yemen", _AS, _WAS, ""),
    "ZAF": ("South Africa", _AF, _SSA, _SAF),
    "ZMB": ("Zambia", _AF, _SSA, _EAF),
    "ZWE": ("Zimbabwe", _AF, _SSA, _EAF),
}

# Short titles of the Harmonized System chapters (WCO nomenclature, abbreviated here):
# the source chapter file gives codes only.
HS_CHAPTERS: dict[str, str] = {
    "01": "Live animals",
    "02": "Meat and edible meat offal",
    "03": "Fish, crustaceans, molluscs",
    "04": "Dairy produce; eggs; honey",
    "05": "Other products of animal origin",
    "06": "Live trees, plants, cut flowers",
    "07": "Edible vegetables",
    "08": "Edible fruit and nuts",
    "09": "Coffee, tea, maté and spices",
    "10": "Cereals",
    "11": "Milling products; malt; starches",
    "12": "Oil seeds; miscellaneous grains, seeds, fruit; fodder",
    "13": "Lac; gums, resins, vegetable saps",
    "14": "Vegetable plaiting materials",
    "15": "Animal and vegetable fats and oils",
    "16": "Preparations of meat or fish",
    "17": "Sugars and sugar confectionery",
    "18": "Cocoa and cocoa preparations",
    "19": "Preparations of cereals, flour, milk; bakery",
    "20": "Preparations of vegetables, fruit, nuts",
    "21": "Miscellaneous edible preparations",
    "22": "Beverages, spirits and vinegar",
    "23": "Food industry residues; animal fodder",
    "24": "Tobacco",
    "25": "Salt, sulphur, earths, stone, cement",
    "26": "Ores, slag and ash",
    "27": "Mineral fuels and oils (crude oil, gas, coal)",
    "28": "Inorganic chemicals (incl. radioactive elements)",
    "29": "Organic chemicals",
    "30": "Pharmaceutical products",
    "31": "Fertilisers",
    "32": "Tanning or dyeing extracts; paints; inks",
    "33": "Essential oils; perfumery, cosmetics",
    "34": "Soap, washing and lubricating preparations",
    "35": "Albuminoidal substances; glues; enzymes",
    "36": "Explosives; matches; pyrotechnics",
    "37": "Photographic or cinematographic goods",
    "38": "Miscellaneous chemical products",
    "39": "Plastics and articles thereof",
    "40": "Rubber and articles thereof",
    "41": "Raw hides and skins; leather",
    "42": "Articles of leather; travel goods, handbags",
    "43": "Furskins and artificial fur",
    "44": "Wood and articles of wood",
    "45": "Cork and articles of cork",
    "46": "Basketware and wickerwork",
    "47": "Pulp of wood; recovered paper",
    "48": "Paper and paperboard",
    "49": "Printed books, newspapers, pictures",
    "50": "Silk",
    "51": "Wool and animal hair",
    "52": "Cotton",
    "53": "Other vegetable textile fibres",
    "54": "Man-made filaments",
    "55": "Man-made staple fibres",
    "56": "Wadding, felt, nonwovens; twine, ropes",
    "57": "Carpets and textile floor coverings",
    "58": "Special woven fabrics; lace; embroidery",
    "59": "Impregnated, coated or laminated textile fabrics",
    "60": "Knitted or crocheted fabrics",
    "61": "Apparel, knitted or crocheted",
    "62": "Apparel, not knitted or crocheted",
    "63": "Other made-up textile articles; worn clothing",
    "64": "Footwear",
    "65": "Headgear",
    "66": "Umbrellas, walking-sticks, whips",
    "67": "Prepared feathers; artificial flowers",
    "68": "Articles of stone, plaster, cement",
    "69": "Ceramic products",
    "70": "Glass and glassware",
    "71": "Pearls, precious stones and metals; jewellery",
    "72": "Iron and steel (incl. ferroalloys)",
    "73": "Articles of iron or steel",
    "74": "Copper and articles thereof",
    "75": "Nickel and articles thereof",
    "76": "Aluminium and articles thereof",
    "78": "Lead and articles thereof",
    "79": "Zinc and articles thereof",
    "80": "Tin and articles thereof",
    "81": "Other base metals; cermets",
    "82": "Tools, cutlery of base metal",
    "83": "Miscellaneous articles of base metal",
    "84": "Machinery and mechanical appliances",
    "85": "Electrical machinery and equipment (incl. phones)",
    "86": "Railway locomotives and rolling stock",
    "87": "Vehicles other than railway",
    "88": "Aircraft, spacecraft and parts",
    "89": "Ships, boats and floating structures",
    "90": "Optical, measuring, medical instruments",
    "91": "Clocks and watches",
    "92": "Musical instruments",
    "93": "Arms and ammunition",
    "94": "Furniture; bedding; lamps; prefabricated buildings",
    "95": "Toys, games and sports requisites",
    "96": "Miscellaneous manufactured articles",
    "97": "Works of art, collectors' pieces, antiques",
    "99": "Not elsewhere specified (HS 99, unclassified)",
}

BLOC_ROLES = {
    "member": "member",
    "observer": "observer",
    "associate member": "associate",
    "withdrew": "withdrew",
    "ended participation": "withdrew",
}
BLOC_RENAME = {"CIS_FORMER": "CIS"}  # former CIS members are CIS rows with role "withdrew"

# --- caveats shown to students ---------------------------------------------------------

MIRROR = (
    "These are Kazakhstan's own (reported) figures, not partners' mirror figures. Partners "
    "record the same trade differently, most of all China: China's customs put 2022 "
    "turnover with Kazakhstan at US$31.2 bn against 24.2 bn here (about 29% higher), a "
    "long-standing gap (CIF/FOB valuation, transit, under-invoicing)."
)
OIL = (
    "Oil prices move concentration by themselves: crude oil and other mineral fuels are "
    "well over half of Kazakhstan's exports, so a change in the oil price changes partner "
    "and product shares even when no trade relationship changes."
)
UNALLOCATED = (
    "Where the official total is larger than the sum of the listed categories, the gap is "
    "shown as its own 'unallocated' line and never spread over the partners."
)
PARTNERS_CAVEATS = [
    MIRROR,
    "Source switch between 2019 and 2020: 2000-2019 come from WITS (Kazakhstan as reporter), "
    "2020 on from Kazakhstan's Bureau of National Statistics (BNS). Small partners jump across "
    "the break (imports from Uzbekistan 1,418.6 in 2019, 793.0 in 2020; from Tajikistan 109.7 "
    "in 2019, 363.5 in 2021): treat year-on-year changes across 2019/2020 with caution.",
    "Partners too small to list, and partners missing from the source panel in a year, are "
    "not shown; their trade is inside the 'unallocated' gap between the official total and "
    "the partner sum. " + UNALLOCATED,
    "Taiwan is absent (the source panel is built on World Bank WDI data, which have no Taiwan "
    "row): its trade is inside the unallocated gap.",
    "A partner without a row in a year counts as zero that year (e.g. Cuba ends in 2020, "
    "Syria in 2022, Yemen in 2018; partners lacking WDI GDP in a year are dropped).",
    "No official totals exist in these data before 2019: for 2000-2018 the partner sum is a "
    "lower bound of the true total and no unallocated gap can be shown.",
    OIL,
    "Exports are by country of destination and imports by country of origin (BNS convention, "
    "not re-checked); values were converted from thousand to million US$ by the compiler and "
    "are rounded to about six significant figures.",
    "Parallel imports and re-exports involving Russia after February 2022 are not identified "
    "separately.",
]
KOR_IMPORTS = (
    "Imports from the Republic of Korea jump to 3,465.3 (2019) and 4,907.5 (2020) against "
    "453.1-921.3 in 2015-2018 and 766.1 in 2021; probably large equipment for the Tengiz oil-field "
    "expansion (the compiler's inference, not sourced)."
)
OIL_CARGO = (
    "Exports to India fall from 1,889.6 (2022) to 449.2 (2023), and Brunei appears as an "
    "export destination only from 2019 (113.4): both fit crude-oil cargoes being declared to "
    "different destinations (not verified)."
)
SOURCE_SWITCH = (
    "Source switch: 2019 is the last WITS year and 2020 the first BNS year; changes across "
    "the break mix a change of source with real change."
)
FIRST_PUBLISHED_NOTE = (
    "The 2022 figures as first published (Astana Times, 2023) differ from these revised ones "
    "by 1-3.4% per partner and 0.8% in the total turnover; compare with release "
    "'first_published'."
)
PARTNER_YEAR_CAVEATS: dict[str, list[str]] = {
    "2010": [
        "Russia and Belarus are missing in 2010 (blank in the WITS source: customs-union gap) "
        "and show as zero: the table is partial and its indices are not comparable with "
        "other years."
    ],
    "2019": [SOURCE_SWITCH],
    "2020": [SOURCE_SWITCH],
    "2019/imports": [KOR_IMPORTS],
    "2020/imports": [KOR_IMPORTS],
    "2019/exports": [OIL_CARGO],
    "2022/exports": [
        OIL_CARGO,
        "Exports to the Republic of Korea peak at 4,545.8 in 2022 (223.5 in 2016).",
        FIRST_PUBLISHED_NOTE,
    ],
    "2023/exports": [OIL_CARGO],
    "2022/imports": [
        FIRST_PUBLISHED_NOTE,
        "Mirror gap: about US$2.9 bn of EU exports to Kazakhstan in the year after February "
        "2022 do not appear in Kazakhstan's imports (FT, cited by KazTAG).",
    ],
    "2022/turnover": [FIRST_PUBLISHED_NOTE],
}
PARTNER_YEAR_STATUS = {"2010": "partial"}

TOTALS_CAVEATS = [
    "2019-2025: exact sums of the BNS monthly totals; 2025 is preliminary (operational data) "
    "and may be revised.",
    "2015-2018 are not official totals but sums of the partners in the WITS panel, so a lower "
    "bound (partners under about US$1 m and Taiwan are missing); the app does not use them as "
    "official totals. No totals are given before 2015.",
    "2022 was revised: first published as US$134.4 bn turnover (+32% on 2021, Astana Times "
    "2023), revised to 135.5 bn.",
    "Turnover is copied from the source and can differ from exports + imports by 0.1 through "
    "rounding.",
    "The source's own partner-sum columns (from a rounded transcription) are not copied: the "
    "app computes partner sums from partners.csv.",
    MIRROR,
]

PRODUCT_CAVEATS = [
    "11 months only: September 2022 has a total but no breakdown by HS chapter, so these values "
    "cover January-August and October-December 2022. The annual total minus these values "
    "(mostly September: 7,435.2 of exports) is shown as unallocated, never spread over the "
    "products.",
    "HS 93 (arms and ammunition) is 0 in both flows, which probably means the figures are "
    "suppressed rather than truly zero.",
    OIL,
    "Kazakhstan-reported figures (BNS), not partners' mirror data.",
    "Monthly values in thousand US$ were summed and converted to US$ million by the compiler.",
]
# The months the HS breakdown covers (September 2022 has a total but no breakdown).
PRODUCT_MONTHS = {"2022": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]}

SECTION_CAVEATS = [
    *PRODUCT_CAVEATS,
    "Section values are sums of the chapter values rounded to 0.1 US$ million. Section V "
    "bundles HS 25-27 (salt, ores and mineral fuels), so concentration across sections is "
    "higher than across chapters.",
]
CHAPTER_CAVEATS = [
    *PRODUCT_CAVEATS,
    "Chapter titles are short forms of the Harmonized System (WCO) headings, added by the "
    "build script; the section of each chapter follows the source's section ranges.",
]

FIRST_PUBLISHED_CAVEATS = [
    "Figures as first published (early release) in The Astana Times, Michael Rossi, "
    "\"Kazakhstan's Ambitious Multivector Foreign Policy\" (2023), rounded there to US$0.1 bn "
    "and converted here exactly to US$ million (13.9 bn = 13,900). BNS has revised them since.",
    "The article itself was not found in the research corpus: the figures are as quoted in the "
    "project brief (SOURCES.md, S4).",
    "The article quotes only three export destinations (Italy, China, Russia), three import "
    "sources (Russia, China, United States) and total turnover: shares computed over these few "
    "partners are shares of the quoted figures, not of Kazakhstan's trade.",
    "No partner turnover and no export or import totals are given; the only total is turnover, "
    "US$134.4 bn, 32% more than 2021.",
    "Imports from the United States are described as 'a little under $2 billion' and recorded "
    "as 1.9 bn.",
    "The revised figures differ by 1-3.4% per partner and 0.8% in total turnover "
    "(135,527.4 revised).",
    MIRROR,
]

COUNTRY_CAVEATS = [
    "Regions are the UN M49 region, sub-region and intermediate region of each code, written "
    "out by hand from the standard (not downloaded): check against unstats.un.org before "
    "relying on them.",
    "Names are the short English names of UN M49 / ISO 3166 (Türkiye, Czechia, Viet Nam, "
    "Russian Federation, Republic of Korea, Iran (Islamic Republic of)...); for display "
    "'United Kingdom', 'United States', 'Netherlands' and 'China, Hong Kong SAR' / "
    "'China, Macao SAR' stand for the longer official forms.",
    "The list holds the codes that appear in the data (and the reporter) and is the list of "
    "valid ISO3 codes used to validate the data files. Taiwan is not in it (it is not in the "
    "data; UN M49 has no separate entry for it).",
    "In M49, Cyprus, Türkiye, Armenia, Azerbaijan and Georgia are in Western Asia and the "
    "Russian Federation in Eastern Europe.",
]

BLOC_CAVEATS = [
    "since_year is the year a member joined (for role 'withdrew', the year it left); a member "
    "counts for the whole of the year it joined (Iran joined the SCO on 4 July 2023).",
    "Where the source gives no joining year (CIS members, SCO observers, Central Asia, "
    "EU-27), the member counts for every year: see since_note.",
    "EU27 is the fixed post-Brexit composition (EU-27 since 1 February 2020) applied to all "
    "years, like Eurostat's EU27_2020 aggregate: later accessions are not dated here and the "
    "United Kingdom is in no year.",
    "EAEU starts in 2015 (treaty in force 1 January 2015; founding dates to be verified); the "
    "earlier Customs Union is not modelled, so no year before 2015 has EAEU members. "
    "Kyrgyzstan joined on 6 August 2015 (the source's gravity panel codes it from 2016).",
    "OTS founding year 2009 is not verified in the research corpus. The observers 'Turkish "
    "Republic of Northern Cyprus' (2022; no ISO code, no trade data) and the ECO secretariat "
    "(2023; an organisation) are left out.",
    "CIS joining dates were not verified. Georgia withdrew in August 2009 and Ukraine ended "
    "participation in May 2018: both are recorded as 'withdrew' and counted as members in no "
    "year.",
    "CENTRAL_ASIA is a geographic group (UN M49 Central Asia), not an organisation.",
]


# --- helpers -----------------------------------------------------------------------------


class BuildError(Exception):
    """The source data do not look as this script expects."""


def read_rows(path: Path, columns: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != columns:
            raise BuildError(f"{path.name}: columns {reader.fieldnames}, expected {columns}")
        rows = list(reader)
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise BuildError(f"{path.name}, line {i}: wrong number of fields")
    return rows


def plain_number(text: str, where: str) -> str:
    """Return ``text`` as a plain decimal string of exactly the same value."""
    text = text.strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BuildError(f"{where}: not a number: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise BuildError(f"{where}: not a finite non-negative number: {text!r}")
    if "e" in text.lower():
        text = format(value, "f")
    if Decimal(text) != value:
        raise BuildError(f"{where}: rewriting {text!r} changed its value")
    return text


def billion_to_million(text: str, where: str) -> str:
    value = Decimal(plain_number(text, where)) * 1000
    out = format(value.normalize(), "f")
    if Decimal(out) != Decimal(text) * 1000:
        raise BuildError(f"{where}: conversion of {text!r} is not exact")
    return out


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def github(repo: str, commit: str, path: str) -> str:
    return f"{GITHUB}/{repo}/blob/{commit}/{path}"


def provenance(
    file: str,
    *,
    title: str,
    source: str,
    release: str,
    unit: str,
    url: str,
    caveats: list[str],
    columns: dict[str, str],
    licence: str = BNS_LICENCE,
    retrieved: str = RETRIEVED,
    year_caveats: dict[str, list[str]] | None = None,
    year_status: dict[str, str] | None = None,
    year_months: dict[str, list[int]] | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "file": file,
        "title": title,
        "source": source,
        "release": release,
        "unit": unit,
        "url": url,
        "caveats": caveats,
        "licence": licence,
        "retrieved": retrieved,
        "compiled": f"{COMPILED} by scripts/build_assets.py from ../shared/data",
        "columns": columns,
    }
    if year_caveats:
        record["year_caveats"] = year_caveats
    if year_status:
        record["year_status"] = year_status
    if year_months:
        record["year_months"] = year_months
    return record


# --- builders ----------------------------------------------------------------------------


PANEL_SOURCE = (
    "Kazakhstan's Bureau of National Statistics (BNS, stat.gov.kz) from 2020, and WITS "
    "(World Bank; Kazakhstan as reporter) for 2000-2019; compiled in GitHub "
    f"{PANEL_REPO}, models/gravity/panel.csv @ {PANEL_COMMIT} (method in "
    "models/gravity/REPORT.md, same commit)."
)
TOTALS_SOURCE = (
    "Kazakhstan's Bureau of National Statistics (BNS), monthly foreign-trade totals (original "
    f"{BNS_ORIGINAL}), summed by year from GitHub {PANEL_REPO} "
    f"data/processed/bns/exports.csv @ {EXPORTS_COMMIT} and data/processed/bns/imports.csv @ "
    f"{IMPORTS_COMMIT}; 2015-2018 are partner sums of the panel models/gravity/panel.csv @ "
    f"{PANEL_COMMIT}."
)
HS_SOURCE = (
    f"Kazakhstan's Bureau of National Statistics (BNS), trade by HS chapter (original "
    f"{BNS_ORIGINAL}), monthly, via GitHub {PANEL_REPO} "
    f"data/processed/dims/exports_value_by_hs_chapter.csv @ {HS_EXPORTS_COMMIT} and "
    f"data/processed/dims/imports_value_by_hs_chapter.csv @ {HS_IMPORTS_COMMIT}; sections "
    "from the same repository's dictionaries/hs_sections.csv."
)


def build_partners(src: Path) -> tuple[list[list[str]], list[str]]:
    rows = read_rows(
        src / "kz_partner_panel.csv",
        ["year", "iso3", "partner", "exports_usd_m", "imports_usd_m"],
    )
    seen: set[tuple[str, str]] = set()
    out = []
    for line, row in enumerate(rows, start=2):
        key = (row["year"], row["iso3"])
        if key in seen:
            raise BuildError(f"kz_partner_panel.csv, line {line}: duplicate {key}")
        seen.add(key)
        if row["iso3"] not in COUNTRIES:
            raise BuildError(f"kz_partner_panel.csv, line {line}: no name for {row['iso3']}")
        where = f"kz_partner_panel.csv, line {line}"
        out.append([
            str(int(row["year"])),
            row["iso3"],
            plain_number(row["exports_usd_m"], where),
            plain_number(row["imports_usd_m"], where),
        ])
    out.sort(key=lambda r: (int(r[0]), r[1]))
    isos = sorted({r[1] for r in out})
    return out, isos


def check_transcriptions(src: Path, partners: list[list[str]]) -> None:
    """Cross-check the rounded derived tables against the panel (tolerance: their rounding)."""
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


# Figures quoted in the caveats above: (year, iso3, column, value as quoted, to 0.1).
QUOTED = [
    ("2019", "UZB", 3, "1418.6"), ("2020", "UZB", 3, "793.0"),
    ("2019", "TJK", 3, "109.7"), ("2021", "TJK", 3, "363.5"),
    ("2019", "KOR", 3, "3465.3"), ("2020", "KOR", 3, "4907.5"), ("2021", "KOR", 3, "766.1"),
    ("2016", "KOR", 3, "453.1"), ("2018", "KOR", 3, "921.3"),
    ("2022", "IND", 2, "1889.6"), ("2023", "IND", 2, "449.2"), ("2019", "BRN", 2, "113.4"),
    ("2022", "KOR", 2, "4545.8"), ("2016", "KOR", 2, "223.5"),
]


def check_quoted(partners: list[list[str]]) -> None:
    """Fail if a figure quoted in a caveat does not match the panel (rounded to 0.1)."""
    panel = {(r[0], r[1]): r for r in partners}
    for year, iso3, column, quoted in QUOTED:
        value = Decimal(panel[(year, iso3)][column]).quantize(Decimal("0.1"))
        if value != Decimal(quoted):
            raise BuildError(f"caveat quotes {quoted} for {year} {iso3}, the panel has {value}")
    kor = [Decimal(panel[(str(y), "KOR")][3]) for y in range(2015, 2019)]
    if min(kor).quantize(Decimal("0.1")) != Decimal("453.1") or max(kor).quantize(
        Decimal("0.1")
    ) != Decimal("921.3"):
        raise BuildError("caveat's 2015-2018 range of imports from KOR does not match")


def build_totals(src: Path) -> list[list[str]]:
    rows = read_rows(
        src / "kz_totals.csv",
        [
            "year", "exports_usd_m", "imports_usd_m", "turnover_usd_m", "balance_usd_m",
            "basis", "partner_sum_exports_usd_m", "partner_sum_imports_usd_m", "status",
        ],
    )
    out = []
    for line, row in enumerate(rows, start=2):
        where = f"kz_totals.csv, line {line}"
        source_status = row["status"]
        if source_status == "approximate":
            status = "approximate (partner sum)"
        elif source_status.startswith("exact") and "preliminary" in source_status:
            status = "preliminary"
        elif source_status.startswith("exact"):
            status = "official"
        else:
            raise BuildError(f"{where}: unknown status {source_status!r}")
        out.append([
            str(int(row["year"])),
            plain_number(row["exports_usd_m"], where),
            plain_number(row["imports_usd_m"], where),
            plain_number(row["turnover_usd_m"], where),
            row["basis"],
            status,
        ])
    return out


def build_first_published(src: Path) -> list[list[str]]:
    rows = read_rows(
        src / "kz_2022_first_published.csv",
        ["year", "flow", "partner", "iso3", "value_usd_bn", "note"],
    )
    flows = {"export": "exports", "import": "imports", "turnover": "turnover"}
    out = []
    for line, row in enumerate(rows, start=2):
        where = f"kz_2022_first_published.csv, line {line}"
        iso3 = row["iso3"]
        if iso3 != "WLD" and iso3 not in COUNTRIES:
            raise BuildError(f"{where}: no name for {iso3}")
        out.append([
            str(int(row["year"])),
            flows[row["flow"]],
            iso3,
            billion_to_million(row["value_usd_bn"], where),
            f"US${plain_number(row['value_usd_bn'], where)} bn",
            row["note"],
        ])
    return out


def chapter_range(text: str) -> list[str]:
    first, _, last = text.partition("-")
    last = last or first
    return [f"{n:02d}" for n in range(int(first), int(last) + 1)]


def wide_products(
    rows: list[dict[str, str]], code: str, file: str
) -> dict[str, dict[str, str]]:
    """Return ``{code: {"export": value, "import": value, ...}}`` checking both flows."""
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


def build_products(src: Path) -> tuple[list[list[str]], list[list[str]]]:
    sections_file = "kz_products_2022_hs_sections.csv"
    sections = wide_products(
        read_rows(
            src / sections_file,
            ["year", "flow", "hs_section", "hs_chapters", "description", "value_usd_m",
             "share_pct", "period", "source"],
        ),
        "hs_section",
        sections_file,
    )
    chapters_file = "kz_products_2022_hs_chapters.csv"
    chapters = wide_products(
        read_rows(
            src / chapters_file,
            ["year", "flow", "hs_chapter", "value_usd_m", "share_pct", "period", "source"],
        ),
        "hs_chapter",
        chapters_file,
    )
    section_of: dict[str, str] = {}
    section_rows = []
    for code, entry in sections.items():
        for chapter in chapter_range(entry["hs_chapters"]):
            section_of[chapter] = code
        section_rows.append(
            ["2022", code, entry["hs_chapters"], entry["description"],
             entry["export"], entry["import"]]
        )
    chapter_rows = []
    for code in sorted(chapters):
        if code not in HS_CHAPTERS or code not in section_of:
            raise BuildError(f"{chapters_file}: no title or section for chapter {code}")
        entry = chapters[code]
        chapter_rows.append(
            ["2022", code, section_of[code], HS_CHAPTERS[code], entry["export"], entry["import"]]
        )
    return section_rows, chapter_rows


def build_blocs(src: Path) -> tuple[list[list[str]], list[str]]:
    rows = read_rows(src / "kz_blocs.csv", ["bloc", "iso3", "country", "role", "since", "source"])
    out = []
    skipped = []
    source = ""
    for line, row in enumerate(rows, start=2):
        where = f"kz_blocs.csv, line {line}"
        if row["source"] != "same":
            source = row["source"]
        if not row["iso3"]:
            skipped.append(row["country"])  # no ISO3 code: cannot hold trade data
            continue
        if row["iso3"] not in COUNTRIES:
            raise BuildError(f"{where}: no name for {row['iso3']}")
        role = BLOC_ROLES.get(row["role"])
        if role is None:
            raise BuildError(f"{where}: unknown role {row['role']!r}")
        since = row["since"].strip()
        # A joining date starts with its year; text in brackets is a note, not a date
        # (e.g. "(EU-27 since 2020-02-01)" dates the composition, not the member).
        match = re.match(r"(\d{4})\b", since)
        out.append([
            BLOC_RENAME.get(row["bloc"], row["bloc"]),
            row["iso3"],
            role,
            match.group(1) if match else "",
            since,
            source,
        ])
    keys = Counter((r[0], r[1], r[2]) for r in out)
    if any(n > 1 for n in keys.values()):
        raise BuildError("kz_blocs.csv: duplicate bloc/iso3/role rows")
    return out, skipped


# --- main --------------------------------------------------------------------------------


def build(src: Path) -> dict[str, str]:
    """Return ``{relative path: file text}`` for every file of assets/data."""
    files: dict[str, str] = {}
    rdir = f"reporters/{REPORTER}"

    partners, partner_isos = build_partners(src)
    check_transcriptions(src, partners)
    check_quoted(partners)
    years = sorted({int(r[0]) for r in partners})
    last, before = years[-1], years[-2]
    in_last = {r[1] for r in partners if int(r[0]) == last}
    in_before = {r[1] for r in partners if int(r[0]) == before}
    dropped = sorted(in_before - in_last)
    year_caveats = {key: list(value) for key, value in PARTNER_YEAR_CAVEATS.items()}
    year_caveats.setdefault(str(last), []).insert(
        0,
        f"{last} is preliminary and incomplete: {len(dropped)} partners with rows in {before} "
        f"have none in {last} ({', '.join(dropped)}), among them Afghanistan and the United "
        "Arab Emirates; their trade is inside the unallocated gap.",
    )
    files[f"{rdir}/partners.csv"] = csv_text(
        ["year", "iso3", "exports_usd_m", "imports_usd_m"], partners
    )
    files[f"{rdir}/partners.csv.provenance.json"] = dump(provenance(
        f"{rdir}/partners.csv",
        title=f"Kazakhstan's trade by partner, {years[0]}-{years[-1]} (Kazakhstan-reported)",
        source=PANEL_SOURCE,
        release=f"BNS via {PANEL_REPO.split('/')[0]} panel.csv@{PANEL_COMMIT[:8]} (revised)",
        unit=UNIT,
        url=github(PANEL_REPO, PANEL_COMMIT, "models/gravity/panel.csv"),
        caveats=partner_caveats(len(partner_isos)),
        columns={
            "year": "calendar year",
            "iso3": "partner, ISO 3166-1 alpha-3 (names in countries.csv)",
            "exports_usd_m": "exports to the partner, US$ million (0 = no trade recorded)",
            "imports_usd_m": "imports from the partner, US$ million (0 = no trade recorded)",
        },
        year_caveats=year_caveats,
        year_status=PARTNER_YEAR_STATUS,
    ))

    files[f"{rdir}/totals.csv"] = csv_text(
        ["year", "exports_usd_m", "imports_usd_m", "turnover_usd_m", "basis", "status"],
        build_totals(src),
    )
    files[f"{rdir}/totals.csv.provenance.json"] = dump(provenance(
        f"{rdir}/totals.csv",
        title="Kazakhstan's total exports, imports and turnover by year",
        source=TOTALS_SOURCE,
        release=f"BNS monthly totals via {PANEL_REPO.split('/')[0]} bns/*.csv (revised)",
        unit=UNIT,
        url=github(PANEL_REPO, EXPORTS_COMMIT, "data/processed/bns/exports.csv"),
        caveats=TOTALS_CAVEATS,
        columns={
            "year": "calendar year",
            "exports_usd_m": "total exports, US$ million",
            "imports_usd_m": "total imports, US$ million",
            "turnover_usd_m": "exports + imports as given by the source, US$ million",
            "basis": "how the source obtained the figure",
            "status": "official | preliminary | approximate (partner sum): only official and "
                      "preliminary totals are used as official totals",
        },
    ))

    files[f"{rdir}/first_published_2022.csv"] = csv_text(
        ["year", "flow", "iso3", "value_usd_m", "value_published", "note"],
        build_first_published(src),
    )
    files[f"{rdir}/first_published_2022.csv.provenance.json"] = dump(provenance(
        f"{rdir}/first_published_2022.csv",
        title="Kazakhstan's 2022 trade as first published (Astana Times, 2023)",
        source=(
            "The Astana Times, Michael Rossi, \"Kazakhstan's Ambitious Multivector Foreign "
            "Policy\" (2023), quoting Kazakhstan's early 2022 figures (as quoted in the "
            "project brief; SOURCES.md S4)."
        ),
        release="Astana Times 2023, first published",
        unit=UNIT,
        url="",
        caveats=FIRST_PUBLISHED_CAVEATS,
        licence="Figures quoted from a newspaper article (facts); the article text is not "
                "reproduced.",
        retrieved="not retrieved: the article was not found in the research corpus",
        columns={
            "year": "calendar year",
            "flow": "exports | imports | turnover",
            "iso3": "partner, ISO 3166-1 alpha-3; WLD = total with the world",
            "value_usd_m": "the published figure converted exactly to US$ million",
            "value_published": "the figure as the article gives it",
            "note": "the article's wording",
        },
    ))

    section_rows, chapter_rows = build_products(src)
    product_columns = {
        "year": "calendar year (11 months: September missing)",
        "exports_usd_m": "exports, US$ million, January-August and October-December",
        "imports_usd_m": "imports, US$ million, January-August and October-December",
        "description": "short title of the product group",
    }
    files[f"{rdir}/products_2022_hs_sections.csv"] = csv_text(
        ["year", "hs_section", "hs_chapters", "description", "exports_usd_m", "imports_usd_m"],
        section_rows,
    )
    files[f"{rdir}/products_2022_hs_sections.csv.provenance.json"] = dump(provenance(
        f"{rdir}/products_2022_hs_sections.csv",
        title="Kazakhstan's 2022 trade by HS section (11 months)",
        source=HS_SOURCE,
        release=f"BNS via {PANEL_REPO.split('/')[0]} dims/*_value_by_hs_chapter.csv (11 months)",
        unit=UNIT,
        url=github(PANEL_REPO, HS_EXPORTS_COMMIT,
                   "data/processed/dims/exports_value_by_hs_chapter.csv"),
        caveats=SECTION_CAVEATS,
        year_months=PRODUCT_MONTHS,
        columns={
            **product_columns,
            "hs_section": "HS section (Roman numeral; OTHER = HS 99)",
            "hs_chapters": "the HS chapters in the section",
        },
    ))
    files[f"{rdir}/products_2022_hs_chapters.csv"] = csv_text(
        ["year", "hs_chapter", "hs_section", "description", "exports_usd_m", "imports_usd_m"],
        chapter_rows,
    )
    files[f"{rdir}/products_2022_hs_chapters.csv.provenance.json"] = dump(provenance(
        f"{rdir}/products_2022_hs_chapters.csv",
        title="Kazakhstan's 2022 trade by HS chapter (11 months)",
        source=HS_SOURCE,
        release=f"BNS via {PANEL_REPO.split('/')[0]} dims/*_value_by_hs_chapter.csv (11 months)",
        unit=UNIT,
        url=github(PANEL_REPO, HS_EXPORTS_COMMIT,
                   "data/processed/dims/exports_value_by_hs_chapter.csv"),
        caveats=CHAPTER_CAVEATS,
        year_months=PRODUCT_MONTHS,
        columns={
            **product_columns,
            "hs_chapter": "HS chapter (two digits; 99 = unclassified)",
            "hs_section": "the HS section holding the chapter",
        },
    ))

    bloc_rows, skipped = build_blocs(src)
    files["blocs.csv"] = csv_text(
        ["bloc", "iso3", "role", "since_year", "since_note", "source"], bloc_rows
    )
    files["blocs.csv.provenance.json"] = dump(provenance(
        "blocs.csv",
        title="Memberships of EAEU, EU-27, OTS, CIS, SCO and Central Asia",
        source=(
            "Compiled in ../shared/data/kz_blocs.csv from: Chatham House (2022) and Wikipedia "
            "(EAEU); forschungsinformationssystem.de and dataprivacymanager.net (EU-27); "
            "turkicstates.org (OTS); CIA World Factbook via relief.unboundmedicine.com (CIS); "
            "anews.com.tr (2024-07-04) and head-post.com (SCO); UN M49 (Central Asia). "
            "Each row names its own source."
        ),
        release="memberships as known in 2024 (SCO enlargement of 4 July 2024)",
        unit="none (memberships and years)",
        url="https://www.turkicstates.org/en/turk-konseyi-hakkinda",
        caveats=[*BLOC_CAVEATS, f"Left out (no ISO3 code): {', '.join(skipped)}."],
        licence="Facts compiled from the public sources named in each row.",
        columns={
            "bloc": "EAEU | EU27 | OTS | CIS | SCO | CENTRAL_ASIA",
            "iso3": "member, ISO 3166-1 alpha-3",
            "role": "member | observer | associate | withdrew",
            "since_year": "year joined (for withdrew: year left); empty = not given, counts "
                          "for all years",
            "since_note": "the source's wording of the date",
            "source": "where the membership was taken from",
        },
    ))

    needed = set(partner_isos) | {r[1] for r in bloc_rows} | {REPORTER}
    needed |= {r[2] for r in build_first_published(src) if r[2] != "WLD"}
    missing = needed - set(COUNTRIES)
    if missing:
        raise BuildError(f"no country entry for {sorted(missing)}")
    files["countries.csv"] = csv_text(
        ["iso3", "name", "region", "sub_region", "intermediate_region"],
        [[iso3, *COUNTRIES[iso3]] for iso3 in sorted(needed)],
    )
    files["countries.csv.provenance.json"] = dump(provenance(
        "countries.csv",
        title="Country codes, names and UN M49 regions",
        source=(
            "UN Statistics Division, Standard country or area codes for statistical use (M49); "
            "ISO 3166-1 alpha-3 codes."
        ),
        release="M49 as published by UNSD (names as in use since Türkiye's 2022 change)",
        unit="none (codes and names)",
        url="https://unstats.un.org/unsd/methodology/m49/",
        caveats=COUNTRY_CAVEATS,
        licence="UN M49 is a public UN standard.",
        retrieved="not downloaded: written from the M49 standard by the build script's author",
        columns={
            "iso3": "ISO 3166-1 alpha-3",
            "name": "short English name",
            "region": "M49 region",
            "sub_region": "M49 sub-region",
            "intermediate_region": "M49 intermediate region (empty where M49 has none)",
        },
    ))

    data_files = [f for f in files if not f.endswith(".provenance.json")]
    catalog = {
        "schema_version": SCHEMA_VERSION,
        "unit": UNIT,
        "default_reporter": REPORTER,
        "countries": "countries.csv",
        "blocs": "blocs.csv",
        "reporters": [
            {
                "iso3": REPORTER,
                "name": COUNTRIES[REPORTER][0],
                "files": sorted(f for f in data_files if f.startswith(f"{rdir}/")),
                "releases": ["revised", "first_published"],
                "dimensions": ["partners", "hs_sections", "hs_chapters"],
                "totals": {"file": f"{rdir}/totals.csv", "release": "revised"},
                "tables": [
                    {"release": "revised", "dimension": "partners", "layout": "wide",
                     "coverage": "complete", "file": f"{rdir}/partners.csv"},
                    {"release": "first_published", "dimension": "partners", "layout": "long",
                     "coverage": "partial", "file": f"{rdir}/first_published_2022.csv"},
                    {"release": "revised", "dimension": "hs_sections", "layout": "wide",
                     "coverage": "partial", "file": f"{rdir}/products_2022_hs_sections.csv"},
                    {"release": "revised", "dimension": "hs_chapters", "layout": "wide",
                     "coverage": "partial", "file": f"{rdir}/products_2022_hs_chapters.csv"},
                ],
            }
        ],
    }
    files["catalog.json"] = dump(catalog)
    return files


def partner_caveats(n_partners: int) -> list[str]:
    return [
        *PARTNERS_CAVEATS,
        f"Every table lists all {n_partners} partners the panel ever holds, with zeros where a "
        "partner has no row that year (N = classification size, zeros included).",
    ]


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE,
                        help="folder with the sourced files (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder to write (default: assets/data)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if the output folder differs from a rebuild")
    args = parser.parse_args(argv)
    try:
        files = build(args.source)
    except (BuildError, OSError) as exc:
        print(f"build_assets: {exc}", file=sys.stderr)
        return 1
    if args.check:
        stale = [
            name for name, text in files.items()
            if not (args.out / name).is_file()
            or (args.out / name).read_text(encoding="utf-8") != text
        ]
        for name in stale:
            print(f"build_assets: {name} differs from a rebuild", file=sys.stderr)
        return 1 if stale else 0
    for name, text in files.items():
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    print(f"build_assets: wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
