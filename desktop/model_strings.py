"""Strings from models/ that the window shows, listed for translation.

models/ is plain English and never imports Qt; the window translates its strings at display
with :func:`model_text` (or, for the report, ``desktop.report``'s ``Report`` context). Each
is listed here in a ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts it into
``assets/translations``. Written by ``scripts/model_strings.py``; do not edit by hand:
tests/desktop/test_translations.py fails when models/ has a string this list lacks.

The words of the data's provenance records (context "DataTexts": titles, sources,
caveats) are shown translated (``desktop.i18n.data_provenance``); caveats the model
computes with the year's numbers stay English. The names of the HS sections and chapters
in the data (context "ProductGroups") are shown
translated (``desktop.i18n.window_catalog``). The presets' titles and descriptions
(context "Presets") are translated when a preset is
opened from the Presets menu or an exercise (``desktop.file_actions.translated_preset``).
Left in English on purpose: index formulas and references (notation and bibliography), and
the works the presets and the data cite, as published.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["CONTEXT", "LISTED", "PRODUCT_TEXTS", "model_text"]

CONTEXT = "Models"

# models.indices.INDEX_INFO: name, description, range, direction.
INDEX_INFO_TEXTS = (
    QT_TRANSLATE_NOOP("Models", 'Herfindahl-Hirschman index (HHI)'),
    QT_TRANSLATE_NOOP("Models",
        'The sum of the squared shares: large when a few partners take most of the trade. '
        'Shown also on the 0-10,000 scale of shares in percent, as competition authorities '
        'do.'),
    QT_TRANSLATE_NOOP("Models",
        '1/N (equal shares) to 1 (one partner); 10,000 x HHI on the percent scale'),
    QT_TRANSLATE_NOOP("Models", 'higher = more concentrated'),
    QT_TRANSLATE_NOOP("Models", 'normalized HHI'),
    QT_TRANSLATE_NOOP("Models",
        'The HHI rescaled so that equal shares over all N partners give 0 and a single '
        'partner gives 1, which makes countries with different numbers of partners '
        'comparable.'),
    QT_TRANSLATE_NOOP("Models", '0 to 1 (no value when N = 1)'),
    QT_TRANSLATE_NOOP("Models", 'UNCTAD concentration index'),
    QT_TRANSLATE_NOOP("Models",
        "UNCTAD's normalized Hirschman index: like the normalized HHI but built on the "
        "square root of the HHI, Hirschman's original form."),
    QT_TRANSLATE_NOOP("Models", 'numbers-equivalent of partners'),
    QT_TRANSLATE_NOOP("Models",
        'How many equal-sized partners would give the same HHI: 4 means trade is as '
        'concentrated as if it were split evenly over 4 partners.'),
    QT_TRANSLATE_NOOP("Models", '1 (one partner) to N (equal shares)'),
    QT_TRANSLATE_NOOP("Models", 'higher = more diversified'),
    QT_TRANSLATE_NOOP("Models", 'Shannon entropy'),
    QT_TRANSLATE_NOOP("Models",
        'The information-theory measure of spread: 0 when all trade goes to one partner, '
        'largest (ln N) when it is spread evenly. Natural logarithm (nats).'),
    QT_TRANSLATE_NOOP("Models", '0 to ln N'),
    QT_TRANSLATE_NOOP("Models", 'evenness (normalized entropy)'),
    QT_TRANSLATE_NOOP("Models",
        'Entropy divided by its largest possible value: 1 means trade spread perfectly '
        "evenly over all N partners. Applied to the blocs it is the app's 'vector balance'."),
    QT_TRANSLATE_NOOP("Models", '0 to 1 (1 = perfectly even; no value when N = 1)'),
    QT_TRANSLATE_NOOP("Models", 'Theil index'),
    QT_TRANSLATE_NOOP("Models",
        'How far the shares are from equal shares, in the units of entropy: 0 when all '
        'partners have the same share.'),
    QT_TRANSLATE_NOOP("Models", 'Gini coefficient of shares'),
    QT_TRANSLATE_NOOP("Models",
        'Inequality of the shares, from the Lorenz curve: 0 when all partners have equal '
        'shares, close to 1 when one partner takes everything.'),
    QT_TRANSLATE_NOOP("Models", '0 to (N - 1) / N'),
    QT_TRANSLATE_NOOP("Models", "largest partner's share (CR1)"),
    QT_TRANSLATE_NOOP("Models",
        'The share of the single largest partner; in ecology the Berger-Parker index.'),
    QT_TRANSLATE_NOOP("Models", '1/N to 1'),
    QT_TRANSLATE_NOOP("Models", "three largest partners' share (CR3)"),
    QT_TRANSLATE_NOOP("Models", 'The combined share of the three largest partners.'),
    QT_TRANSLATE_NOOP("Models", 'min(3/N, 1) to 1'),
    QT_TRANSLATE_NOOP("Models", "five largest partners' share (CR5)"),
    QT_TRANSLATE_NOOP("Models", 'The combined share of the five largest partners.'),
    QT_TRANSLATE_NOOP("Models", 'min(5/N, 1) to 1'),
    QT_TRANSLATE_NOOP("Models", 'Finger-Kreinin similarity to the baseline'),
    QT_TRANSLATE_NOOP("Models",
        "How much of the scenario's trade pattern overlaps with the baseline's: 1 means the "
        'same shares, 0 no partner in common.'),
    QT_TRANSLATE_NOOP("Models", '0 to 1'),
    QT_TRANSLATE_NOOP("Models", 'higher = closer to the baseline'),
    QT_TRANSLATE_NOOP("Models", 'vector balance'),
    QT_TRANSLATE_NOOP("Models",
        "Multivector's headline measure: the evenness of the shares of the vectors (blocs "
        'such as Russia & EAEU, China, EU-27), partners summed into their vectors. 1 means '
        'trade spread evenly over every vector, 0 all of it in one.'),
    QT_TRANSLATE_NOOP("Models", '0 to 1 (1 = perfectly even; no value when K = 1)'),
    QT_TRANSLATE_NOOP("Models",
        'higher = trade spread more evenly over the vectors (more multivector)'),
)

# models.analysis: the HHI's bands in words and their source.
ANALYSIS_TEXTS = (
    QT_TRANSLATE_NOOP("Models", 'unconcentrated'),
    QT_TRANSLATE_NOOP("Models", 'moderately concentrated'),
    QT_TRANSLATE_NOOP("Models", 'highly concentrated'),
    QT_TRANSLATE_NOOP("Models", 'no value'),
    QT_TRANSLATE_NOOP("Models",
        'Bands on the 0-10,000 scale: below 1,000 unconcentrated, 1,000-1,800 moderately '
        'concentrated, above 1,800 highly concentrated (US DOJ & FTC, Merger Guidelines, '
        '2023, sec. 2.1 for the 1,800 threshold; 1,000 as in the 1982-1992 guidelines). '
        'They were written for firms in a market; applied to trade partners they are a rule '
        'of thumb.'),
)

# models.datasets: the trade flows.
FLOW_TEXTS = (
    QT_TRANSLATE_NOOP("Models", 'exports'),
    QT_TRANSLATE_NOOP("Models", 'imports'),
    QT_TRANSLATE_NOOP("Models", 'turnover'),
)

# models.blocs.VECTOR_NAMES: the default vectors' names.
VECTOR_TEXTS = (
    QT_TRANSLATE_NOOP("Models", 'Russia & EAEU'),
    QT_TRANSLATE_NOOP("Models", 'China'),
    QT_TRANSLATE_NOOP("Models", 'EU-27'),
    QT_TRANSLATE_NOOP("Models", 'United States'),
    QT_TRANSLATE_NOOP("Models", 'Türkiye & Turkic states'),
    QT_TRANSLATE_NOOP("Models", 'Central Asia'),
    QT_TRANSLATE_NOOP("Models", 'Rest of Asia'),
    QT_TRANSLATE_NOOP("Models", 'Rest of world'),
)

# models.blocs: the memberships' short and full names.
MEMBERSHIP_TEXTS = (
    QT_TRANSLATE_NOOP("Models", 'EAEU'),
    QT_TRANSLATE_NOOP("Models", 'EU-27'),
    QT_TRANSLATE_NOOP("Models", 'OTS'),
    QT_TRANSLATE_NOOP("Models", 'CIS'),
    QT_TRANSLATE_NOOP("Models", 'SCO'),
    QT_TRANSLATE_NOOP("Models", 'Eurasian Economic Union (EAEU)'),
    QT_TRANSLATE_NOOP("Models", 'European Union (EU-27)'),
    QT_TRANSLATE_NOOP("Models", 'Organization of Turkic States (OTS)'),
    QT_TRANSLATE_NOOP("Models", 'Commonwealth of Independent States (CIS)'),
    QT_TRANSLATE_NOOP("Models", 'Shanghai Cooperation Organisation (SCO)'),
)

# The data's unit (every table's provenance, embedded or imported).
UNIT_TEXTS = (
    QT_TRANSLATE_NOOP("Models", 'US$ million'),
)

# assets/data: the names of the HS sections and chapters.
PRODUCT_TEXTS = (
    QT_TRANSLATE_NOOP("ProductGroups", 'Live animals'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Meat and edible meat offal'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Fish, crustaceans, molluscs'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Dairy produce; eggs; honey'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Other products of animal origin'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Live trees, plants, cut flowers'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Edible vegetables'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Edible fruit and nuts'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Coffee, tea, maté and spices'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Cereals'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Milling products; malt; starches'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Oil seeds; miscellaneous grains, seeds, fruit; fodder'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Lac; gums, resins, vegetable saps'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Vegetable plaiting materials'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Animal and vegetable fats and oils'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Preparations of meat or fish'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Sugars and sugar confectionery'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Cocoa and cocoa preparations'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Preparations of cereals, flour, milk; bakery'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Preparations of vegetables, fruit, nuts'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Miscellaneous edible preparations'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Beverages, spirits and vinegar'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Food industry residues; animal fodder'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Tobacco'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Salt, sulphur, earths, stone, cement'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Ores, slag and ash'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Mineral fuels and oils (crude oil, gas, coal)'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Inorganic chemicals (incl. radioactive elements)'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Organic chemicals'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Pharmaceutical products'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Fertilisers'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Tanning or dyeing extracts; paints; inks'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Essential oils; perfumery, cosmetics'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Soap, washing and lubricating preparations'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Albuminoidal substances; glues; enzymes'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Explosives; matches; pyrotechnics'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Photographic or cinematographic goods'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Miscellaneous chemical products'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Plastics and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Rubber and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Raw hides and skins; leather'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Articles of leather; travel goods, handbags'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Furskins and artificial fur'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Wood and articles of wood'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Cork and articles of cork'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Basketware and wickerwork'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Pulp of wood; recovered paper'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Paper and paperboard'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Printed books, newspapers, pictures'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Silk'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Wool and animal hair'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Cotton'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Other vegetable textile fibres'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Man-made filaments'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Man-made staple fibres'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Wadding, felt, nonwovens; twine, ropes'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Carpets and textile floor coverings'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Special woven fabrics; lace; embroidery'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Impregnated, coated or laminated textile fabrics'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Knitted or crocheted fabrics'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Apparel, knitted or crocheted'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Apparel, not knitted or crocheted'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Other made-up textile articles; worn clothing'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Footwear'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Headgear'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Umbrellas, walking-sticks, whips'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Prepared feathers; artificial flowers'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Articles of stone, plaster, cement'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Ceramic products'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Glass and glassware'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Pearls, precious stones and metals; jewellery'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Iron and steel (incl. ferroalloys)'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Articles of iron or steel'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Copper and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Nickel and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Aluminium and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Lead and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Zinc and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Tin and articles thereof'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Other base metals; cermets'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Tools, cutlery of base metal'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Miscellaneous articles of base metal'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Machinery and mechanical appliances'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Electrical machinery and equipment (incl. phones)'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Railway locomotives and rolling stock'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Vehicles other than railway'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Aircraft, spacecraft and parts'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Ships, boats and floating structures'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Optical, measuring, medical instruments'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Clocks and watches'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Musical instruments'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Arms and ammunition'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Furniture; bedding; lamps; prefabricated buildings'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Toys, games and sports requisites'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Miscellaneous manufactured articles'),
    QT_TRANSLATE_NOOP("ProductGroups", "Works of art, collectors' pieces, antiques"),
    QT_TRANSLATE_NOOP("ProductGroups", 'Not elsewhere specified (HS 99, unclassified)'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Live animals; animal products'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Vegetable products'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Animal/vegetable fats & oils'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Prepared foodstuffs, beverages, tobacco'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Mineral products (incl. HS27 fuels)'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Chemical products'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Plastics & rubber'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Hides, leather, furs'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Wood & articles'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Pulp, paper'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Textiles & apparel'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Footwear, headgear'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Stone, ceramic, glass articles'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Precious metals & stones'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Base metals & articles'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Machinery & electrical equipment'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Vehicles, aircraft, vessels'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Optical, medical, instruments'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Arms & ammunition'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Miscellaneous manufactures'),
    QT_TRANSLATE_NOOP("ProductGroups", 'Works of art'),
    QT_TRANSLATE_NOOP("ProductGroups", 'HS99 / unclassified'),
)

# assets/data: provenance texts; models.datasets.TABLE_CAVEATS.
DATA_TEXTS = (
    QT_TRANSLATE_NOOP("DataTexts",
        'Memberships of the EAEU, EU-27, OTS, CIS and SCO, and the Central Asia group'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The founding treaties and accession decisions named in each row, and the '
        "organisations' own sites: Eurasian Economic Union (eaeunion.org), European Union "
        '(european-union.europa.eu), Organization of Turkic States (turkicstates.org), '
        'Commonwealth of Independent States (cis.minsk.by), Shanghai Cooperation '
        'Organisation (eng.sectsco.org); UN M49 for Central Asia.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Memberships up to July 2024 (Belarus joins the SCO on 4 July 2024); later changes '
        'are not included'),
    QT_TRANSLATE_NOOP("DataTexts",
        "Facts taken from public treaties and the organisations' own sites, named in each "
        'row.'),
    QT_TRANSLATE_NOOP("DataTexts", 'none (memberships and years)'),
    QT_TRANSLATE_NOOP("DataTexts",
        "since_year is the year a country joined (for role 'withdrew', the year it left). A "
        'member counts for the whole of the year it joined, even when it joined late in the '
        'year (Kyrgyzstan joined the EAEU on 6 August 2015, Iran the SCO on 4 July 2023). '
        'An empty since_year means the country counts in every year.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'EU27 is the membership of the European Union since the United Kingdom left on 31 '
        'January 2020, applied to every year (as in Eurostat\'s "EU27_2020" aggregate): '
        'countries that joined after 2000 (Poland in 2004, Croatia in 2013, for example) '
        'count in every year, and the United Kingdom in none. since_note gives the date '
        'each country joined the EU.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The EAEU starts in 2015, when the Treaty on the Eurasian Economic Union (Astana, '
        '29 May 2014) came into force; the earlier customs union of Belarus, Kazakhstan and '
        'Russia (2010-2014) is not counted, so no year before 2015 has EAEU members.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The OTS was founded as the Cooperation Council of Turkic Speaking States by the '
        'Nakhchivan Agreement of 3 October 2009 and took its present name in November 2021. '
        'Two observers are left out: the "Turkish Republic of Northern Cyprus" (observer '
        'since 2022; recognised only by Türkiye, it has no country code and no separate '
        'trade figures) and the secretariat of the Economic Cooperation Organization (an '
        'organisation, not a country).'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Every CIS member listed signed the founding agreements in December 1991 and counts '
        'in every year. Turkmenistan is an associate member (since 2005; it never ratified '
        'the CIS Charter). Georgia left in August 2009 and Ukraine ended its participation '
        "in May 2018: both have role 'withdrew' and count as members in no year. In 2026 "
        "Moldova's government decided to leave the CIS (reported by TASS on 11 March 2026); "
        'Moldova counts as a member in every year of these data, which end in 2025.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'SCO observers are listed as they stand now (Afghanistan, Mongolia). Countries that '
        'were observers before they became members (India, Pakistan, Iran, Belarus) appear '
        'only as members, from the year they joined.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'CENTRAL_ASIA is a geographic group (UN M49 Central Asia), not an organisation.'),
    QT_TRANSLATE_NOOP("DataTexts",
        "Not confirmed on the organisations' own published lists: the CIS memberships and "
        'the year Turkmenistan became an associate member (2005), and the years the SCO '
        'observers were admitted (Mongolia 2004, Afghanistan 2012), which are as reported '
        'in the press at the time.'),
    QT_TRANSLATE_NOOP("DataTexts", 'Country codes, names and UN M49 regions'),
    QT_TRANSLATE_NOOP("DataTexts",
        'UN Statistics Division, Standard country or area codes for statistical use (M49); '
        'ISO 3166-1 alpha-3 codes.'),
    QT_TRANSLATE_NOOP("DataTexts",
        "M49 as published by UNSD (names as in use since Türkiye's change of name in 2022)"),
    QT_TRANSLATE_NOOP("DataTexts", 'UN M49 is a public UN standard.'),
    QT_TRANSLATE_NOOP("DataTexts", 'none (codes and names)'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Regions are the UN M49 region, sub-region and intermediate region of each code, '
        'transcribed from the standard: check them on unstats.un.org before relying on '
        'them.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Names are the short English names of UN M49 and ISO 3166 (Türkiye, Czechia, Viet '
        'Nam, Russian Federation, Republic of Korea, Iran (Islamic Republic of)...); '
        "'United Kingdom', 'United States', 'Netherlands', 'China, Hong Kong SAR' and "
        "'China, Macao SAR' stand for the longer official forms."),
    QT_TRANSLATE_NOOP("DataTexts",
        'The list holds the codes that appear in the data, and the reporter; the data files '
        'are checked against it. Taiwan is not in it: it is not in the data, and UN M49 has '
        'no separate entry for it.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'In M49, Cyprus, Türkiye, Armenia, Azerbaijan and Georgia are in Western Asia and '
        'the Russian Federation in Eastern Europe.'),
    QT_TRANSLATE_NOOP("DataTexts", 'Country names in Russian and Kazakh'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Unicode Common Locale Data Repository (CLDR), territory display names, as shipped '
        'in the Python package babel 2.19.0 (written out by scripts/country_names.py).'),
    QT_TRANSLATE_NOOP("DataTexts", 'CLDR 49 (babel 2.19.0)'),
    QT_TRANSLATE_NOOP("DataTexts", 'Unicode License v3 (CLDR data); babel is BSD-3-Clause.'),
    QT_TRANSLATE_NOOP("DataTexts", 'none (names)'),
    QT_TRANSLATE_NOOP("DataTexts",
        "The names are CLDR's short territory names, found for each ISO 3166-1 alpha-3 code "
        "through CLDR's territory aliases; they may differ from the official long forms and "
        "from the UN's Russian names (CLDR writes 'Россия' where the UN writes 'Российская "
        "Федерация'). They are shown in the Russian and Kazakh interfaces only."),
    QT_TRANSLATE_NOOP("DataTexts",
        'English names, and every name in the data files and scenario files, stay as in '
        'countries.csv (codes are what files store); where CLDR has no name for a code the '
        'app shows the English one.'),
    QT_TRANSLATE_NOOP("DataTexts",
        "Kazakhstan's 2022 trade as first published (The Astana Times, 2023)"),
    QT_TRANSLATE_NOOP("DataTexts",
        'Michael Rossi, "Kazakhstan\'s Ambitious Multivector Foreign Policy", The Astana '
        "Times, 2023, quoting Kazakhstan's early (first published) foreign-trade figures "
        'for 2022.'),
    QT_TRANSLATE_NOOP("DataTexts", 'Astana Times 2023, first published'),
    QT_TRANSLATE_NOOP("DataTexts",
        "Figures quoted from a newspaper article (facts); the article's text is not "
        'reproduced.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Early figures for 2022, as first published and quoted in The Astana Times (Michael '
        'Rossi, "Kazakhstan\'s Ambitious Multivector Foreign Policy", 2023), rounded there '
        'to US$0.1 bn and converted here exactly to US$ million (13.9 bn = 13,900). BNS has '
        'revised them since.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'These figures have not been checked against the full text of the article: look '
        'them up there before quoting them.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The article quotes only three export markets (Italy, China, Russia), three sources '
        'of imports (Russia, China, United States) and total turnover: shares over these '
        "few partners are shares of the quoted figures, not of Kazakhstan's trade."),
    QT_TRANSLATE_NOOP("DataTexts",
        'No turnover by partner and no export or import totals are given; the only total is '
        'turnover, US$134.4 bn, 32% more than in 2021.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Imports from the United States are described as "a little under $2 billion" and '
        'recorded as US$1.9 bn.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The revised figures differ by 1-3.4% per partner and by 0.8% in total turnover '
        '(US$135,527.4 m revised).'),
    QT_TRANSLATE_NOOP("DataTexts",
        "These are Kazakhstan's own (reported) figures. Its partners report the same trade "
        'as their own figures (the "mirror" figures), and the two differ, most of all for '
        "China: China's customs put 2022 trade with Kazakhstan at US$31.2 bn (as reported "
        "by Kazinform in January 2023), against US$24.2 bn in Kazakhstan's figures, about "
        '29% higher. The gap is long-standing; the valuation of imports (with freight and '
        'insurance) against exports (without), goods in transit and under-invoicing explain '
        'part of it.'),
    QT_TRANSLATE_NOOP("DataTexts",
        "Kazakhstan's trade by partner, 2000-2025 (Kazakhstan-reported)"),
    QT_TRANSLATE_NOOP("DataTexts",
        "Kazakhstan's Bureau of National Statistics (BNS, stat.gov.kz) for 2020 onwards, "
        "and the World Bank's WITS database (trade as reported by Kazakhstan) for "
        '2000-2019, as compiled in the public dataset "kazakhstan-economic-data" on GitHub '
        '(makenerzhan-gif/kazakhstan-economic-data, file models/gravity/panel.csv, version '
        'b84a95c5; its method is described in models/gravity/REPORT.md of the same '
        'version). Cite BNS (or WITS, for the years before 2020) as the source of the '
        'figures and the compilation as the place they were taken from.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Revised figures: BNS for 2020-2025, WITS for 2000-2019 (compilation version '
        'b84a95c5)'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Public official statistics of the Republic of Kazakhstan: cite the Bureau of '
        'National Statistics as the primary source. The terms of use of the GitHub '
        'compilation are not confirmed.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Two sources are joined: 2000-2019 are the WITS figures reported by Kazakhstan, '
        '2020 onwards the BNS figures. Small partners jump across the join (imports from '
        'Uzbekistan US$1,418.6 m in 2019 and 793.0 m in 2020; from Tajikistan 109.7 m in '
        '2019 and 363.5 m in 2021), so treat changes between 2019 and 2020 with caution.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Partners too small to list, and partners the source leaves out in a given year, '
        "are not shown one by one: their trade is inside the 'Unallocated' amount, the "
        'official total minus the sum of the listed partners. The app shows that amount on '
        'its own line and never spreads it over the partners.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Taiwan is not listed: the compilation covers only the economies of the World '
        "Bank's World Development Indicators, which have no separate entry for Taiwan. Its "
        "trade is inside the 'Unallocated' amount."),
    QT_TRANSLATE_NOOP("DataTexts",
        "A partner with no figure in a year counts as zero that year. Yemen's last year "
        "with figures is 2018, Cuba's 2020 and Syria's 2022, and an economy without World "
        'Bank GDP figures for a year is left out of that year.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'These data hold no official total before 2019 (2015-2018 have partner sums only, '
        'none before 2015): for 2000-2018 the sum of the listed partners is a lower bound '
        "of Kazakhstan's trade, and no 'Unallocated' amount can be shown."),
    QT_TRANSLATE_NOOP("DataTexts",
        'Oil prices move concentration by themselves: crude oil and other mineral fuels are '
        "well over half of Kazakhstan's exports, so a change in the oil price changes "
        'partner and product shares even when no trade relationship changes.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Exports are counted by country of destination and imports by country of origin, '
        'the usual BNS practice (not confirmed for each year). The source gives thousands '
        'of US$; the figures here are in US$ million, rounded to about six significant '
        'figures.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Re-exports to Russia and "parallel imports" passing through Kazakhstan after '
        'February 2022 are not identified separately in these figures.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Every year lists the same 205 partners (every partner the data hold in any year), '
        'with zeros where a partner has no figure that year; the indices count all of them '
        '(N = number of partners, zeros included).'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Russia and Belarus have no figures for 2010 in WITS (the year their customs union '
        'with Kazakhstan began) and show as zero: the 2010 table is partial and its indices '
        'cannot be compared with other years.'),
    QT_TRANSLATE_NOOP("DataTexts",
        '2019 is the last year from WITS and 2020 the first from BNS: a change between the '
        'two years mixes a change of source with real change.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Imports from the Republic of Korea jump to US$3,465.3 m in 2019 and 4,907.5 m in '
        '2020, against 453.1-921.3 m in 2015-2018 and 766.1 m in 2021. Deliveries of large '
        'equipment for the expansion of the Tengiz oil field are a likely explanation, but '
        'no source confirms it.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Exports to India fall from US$1,889.6 m in 2022 to 449.2 m in 2023, and Brunei '
        'becomes an export destination of any size only in 2019 (113.4 m, against at most '
        '0.2 m a year before): both fit crude-oil cargoes being declared to different '
        'destinations, but this is not confirmed.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Exports to the Republic of Korea peak at US$4,545.8 m in 2022 (223.5 m in 2016).'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The 2022 figures as first published (quoted by The Astana Times in 2023) differ '
        'from these revised ones by 1-3.4% per partner and by 0.8% in total turnover: '
        'choose the release "first published" to see them side by side.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Mirror gap: in the year after February 2022, about US$2.9 bn of EU exports to '
        "Kazakhstan do not appear in Kazakhstan's imports (an analysis by the Financial "
        'Times, as reported by KazTAG).'),
    QT_TRANSLATE_NOOP("DataTexts",
        '2025 is preliminary and incomplete: 21 partners with figures in 2024 have none in '
        '2025 (AFG, ARE, BHS, BMU, CAF, CUW, CYM, FRO, GMB, GNQ, GRD, LBN, LIE, MCO, NCL, '
        'PNG, PYF, SYC, TCA, TGO, WSM), among them Afghanistan and the United Arab '
        "Emirates; their trade is inside the 'Unallocated' amount."),
    QT_TRANSLATE_NOOP("DataTexts", "Kazakhstan's 2022 trade by HS chapter (11 months)"),
    QT_TRANSLATE_NOOP("DataTexts",
        "Kazakhstan's Bureau of National Statistics (BNS), monthly trade by HS chapter "
        '(published at https://stat.gov.kz/api/iblock/element/446905/file/ru/), as compiled '
        'in the public dataset "kazakhstan-economic-data" on GitHub '
        '(makenerzhan-gif/kazakhstan-economic-data, '
        'data/processed/dims/exports_value_by_hs_chapter.csv version e6e48fcf and '
        'imports_value_by_hs_chapter.csv version ccd7b1a5); HS sections as grouped in the '
        'same dataset.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'BNS monthly figures for 2022, 11 months (September has no breakdown)'),
    QT_TRANSLATE_NOOP("DataTexts",
        '11 months only: BNS gives a total for September 2022 but no breakdown by HS '
        'chapter, so these values cover January-August and October-December 2022. The '
        'annual total minus these values (mostly September: US$7,435.2 m of exports) is '
        "shown as 'Unallocated', never spread over the products."),
    QT_TRANSLATE_NOOP("DataTexts",
        'HS 93 (arms and ammunition) is 0 in both flows, which probably means the figures '
        'are withheld rather than truly zero.'),
    QT_TRANSLATE_NOOP("DataTexts",
        "Kazakhstan's own (reported) figures, not its partners' mirror figures."),
    QT_TRANSLATE_NOOP("DataTexts",
        'Monthly values in thousands of US$ were summed by year and converted to US$ '
        'million.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Chapter titles are short forms of the headings of the Harmonized System (World '
        'Customs Organization); the section of each chapter follows the section ranges of '
        'the source.'),
    QT_TRANSLATE_NOOP("DataTexts", "Kazakhstan's 2022 trade by HS section (11 months)"),
    QT_TRANSLATE_NOOP("DataTexts",
        'Section values are sums of the chapter values, rounded to US$0.1 m. Section V '
        'bundles HS 25-27 (salt and stone, ores, mineral fuels), so concentration across '
        'sections is higher than across chapters.'),
    QT_TRANSLATE_NOOP("DataTexts", "Kazakhstan's total exports, imports and turnover by year"),
    QT_TRANSLATE_NOOP("DataTexts",
        "Kazakhstan's Bureau of National Statistics (BNS), monthly foreign-trade totals "
        '(published at https://stat.gov.kz/api/iblock/element/446905/file/ru/), summed by '
        'calendar year, as compiled in the public dataset "kazakhstan-economic-data" on '
        'GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/bns/exports.csv '
        'version cb515404 and imports.csv version 793f9b92). The 2015-2018 rows are not '
        'official totals but sums of the partner figures of the partner table.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'BNS monthly totals summed by year, 2019-2025 (2025 preliminary); partner sums for '
        '2015-2018'),
    QT_TRANSLATE_NOOP("DataTexts",
        '2019-2025 are the sums of the twelve monthly totals published by BNS; 2025 is '
        'preliminary (operational data) and may still be revised.'),
    QT_TRANSLATE_NOOP("DataTexts",
        '2015-2018 are not official totals but sums of the partners in the WITS figures '
        'reported by Kazakhstan, so they understate the true totals (partners under about '
        'US$1 m, and Taiwan, are missing); the app does not use them as official totals. '
        'There are no totals before 2015.'),
    QT_TRANSLATE_NOOP("DataTexts",
        '2022 has been revised: turnover was first published as US$134.4 bn (32% more than '
        'in 2021, as quoted by The Astana Times in 2023); the revised figure is US$135.5 '
        'bn.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Turnover is copied from the source and can differ from exports plus imports by 0.1 '
        'because of rounding.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'No official {flow} total for {year} in release {release!r}: the {what} listed sum '
        'to {listed:,.1f} US$ million, which may fall short of the true total, so no '
        'unallocated gap can be shown.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'Unallocated: {unallocated:,.1f} US$ million ({percent:.2f}% of the official total '
        '{official:,.1f}) is not broken down by {one}; it is shown as its own line, never '
        'spread over the {what}.'),
    QT_TRANSLATE_NOOP("DataTexts",
        'The {what} listed sum to {listed:,.1f} US$ million, {over:,.1f} more than the '
        'official total {official:,.1f}: shown as a negative unallocated value rather than '
        'hidden.'),
    QT_TRANSLATE_NOOP("DataTexts", '{year} is preliminary: its figures may still be revised.'),
)

# assets/presets: each preset's title and description.
PRESET_TEXTS = (
    QT_TRANSLATE_NOOP("Presets", '2022 as first published (The Astana Times, 2023)'),
    QT_TRANSLATE_NOOP("Presets",
        "Kazakhstan's 2022 trade as first reported in The Astana Times (Michael Rossi, "
        '2023): exports to Italy $13.9bn, China $13.2bn and Russia $8.8bn; imports from '
        'Russia $17.3bn, China $10.9bn and the US about $1.9bn; turnover $134.4bn, 32 % '
        'more than in 2021. These are early figures: the revised Bureau of National '
        'Statistics release gives Italy 13.85, China 13.06 and Russia 9.09 ($bn) and '
        'turnover 135.5. The article names only these partners, so the indices here '
        'describe those three alone and are not comparable with the full data; switch the '
        "release back to 'revised' to compare."),
    QT_TRANSLATE_NOOP("Presets", 'China takes up the slack (Belt and Road pivot, exports)'),
    QT_TRANSLATE_NOOP("Presets",
        'The question: if exports to Italy fell by a third and China took up the slack, is '
        'Kazakhstan more or less dependent, by how much, and on whom? Italy was the largest '
        "export market in 2022 (mostly crude oil); China already buys more of Kazakhstan's "
        'exports than Russia and sees it as the transit link of the Belt and Road. Here '
        "Italy's share of 2022 exports falls from 16.4 % to 10.9 % (a third less) and the "
        'difference goes to China alone, so the total and every other partner stay as they '
        'were.'),
    QT_TRANSLATE_NOOP("Presets", 'Deeper EAEU integration (exports)'),
    QT_TRANSLATE_NOOP("Presets",
        'The Eurasian Economic Union (Russia, Belarus, Armenia, Kyrgyzstan and Kazakhstan) '
        'aims at a common market in goods. What if deeper integration, with fewer '
        'non-tariff barriers and a common transport market, made selling to the other '
        'members 10 % cheaper, and buyers shifted accordingly (Armington/CES, default '
        'sigma)? The 10 % is an illustrative assumption, not an estimate. Compare the '
        'vector balance: does closer Eurasian integration cost Kazakhstan its multivector '
        'spread?'),
    QT_TRANSLATE_NOOP("Presets", 'Middle Corridor and Turkic integration (exports)'),
    QT_TRANSLATE_NOOP("Presets",
        "The Trans-Caspian 'Middle Corridor' carries goods from Kazakhstan across the "
        'Caspian to Azerbaijan, Georgia and Türkiye, bypassing Russia; the Organization of '
        'Turkic States ties Kazakhstan to Uzbekistan, the Kyrgyz Republic, Azerbaijan and '
        'Türkiye, with Turkmenistan as an observer. What if a cheaper corridor made selling '
        'to Azerbaijan, Georgia and Türkiye 15 % cheaper and to the Turkic neighbours 5 % '
        'cheaper (Armington/CES, default sigma)? The sizes are illustrative assumptions, '
        'not estimates.'),
    QT_TRANSLATE_NOOP("Presets", 'A Russia trade shock (imports)'),
    QT_TRANSLATE_NOOP("Presets",
        "Russia is Kazakhstan's largest source of imports (35 % in 2022). What if buying "
        'from Russia became 30 % dearer, say through a sanctions-compliance premium on '
        'payments and logistics, and importers switched to other suppliers as an '
        'Armington/CES model with the default elasticity of substitution predicts? The 30 % '
        'is an illustrative assumption, not an estimate; move it and sigma to see how much '
        "the answer depends on them. Note that 2022 imports do not separate 'parallel "
        "imports' and re-exports involving Russia."),
    QT_TRANSLATE_NOOP("Presets", 'Western diversification (exports, five years)'),
    QT_TRANSLATE_NOOP("Presets",
        "The EU already takes over a third of Kazakhstan's exports, mostly oil, and the "
        'United States is a latecomer, visible in consumer goods and universities but small '
        'in trade. What if exports to the EU grew by 5 % a year and to the US by 8 % a year '
        'for five years, while every other market grew by 2 % a year? The rates are '
        'illustrative assumptions, not forecasts. Watch the EU-27 vector grow and whether '
        'the vector balance improves or worsens.'),
)

# models.report: what html_report and chart_texts pass to translate.
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("Report", 'Untitled scenario'),
    QT_TRANSLATE_NOOP("Report", 'Baseline (grey) beside the scenario (blue), in percent of trade.'),
    QT_TRANSLATE_NOOP("Report",
        'Each bar is s’² − s² in HHI points; right of zero made trade more concentrated, '
        'left less. The bars sum to the change in HHI.'),
    QT_TRANSLATE_NOOP("Report", 'Edits'),
    QT_TRANSLATE_NOOP("Report", 'Indices'),
    QT_TRANSLATE_NOOP("Report", 'Data source and caveats'),
    QT_TRANSLATE_NOOP("Report", 'Release'),
    QT_TRANSLATE_NOOP("Report", 'Unit'),
    QT_TRANSLATE_NOOP("Report", 'How to cite'),
    QT_TRANSLATE_NOOP("Report", 'Data'),
    QT_TRANSLATE_NOOP("Report", 'App'),
    QT_TRANSLATE_NOOP("Report", 'Index'),
    QT_TRANSLATE_NOOP("Report", 'Baseline'),
    QT_TRANSLATE_NOOP("Report", 'Scenario'),
    QT_TRANSLATE_NOOP("Report", 'Change'),
    QT_TRANSLATE_NOOP("Report", 'Notes'),
    QT_TRANSLATE_NOOP("Report", 'None: the scenario is the baseline.'),
    QT_TRANSLATE_NOOP("Report", 'Shares of the largest {many}'),
    QT_TRANSLATE_NOOP("Report", 'Change in HHI by {one}'),
)


LISTED: frozenset[str] = frozenset(
    str(text) for text in (*INDEX_INFO_TEXTS, *ANALYSIS_TEXTS, *FLOW_TEXTS, *VECTOR_TEXTS,
                           *MEMBERSHIP_TEXTS, *UNIT_TEXTS))
"""Every string of the Models context (the tests check models/ against it)."""


def model_text(text: str) -> str:
    """Return a string of models/ in the interface language (unchanged if not listed)."""
    return QCoreApplication.translate(CONTEXT, text)
