"""Strings from models/ that the window shows, listed for translation.

models/ is plain English and never imports Qt; the window translates its strings at display
with :func:`model_text` (or, for the report, ``desktop.report``'s ``Report`` context). Each
is listed here in a ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts it into
``assets/translations``. Written by ``scripts/model_strings.py``; do not edit by hand:
tests/desktop/test_translations.py fails when models/ has a string this list lacks.

The names of the HS sections and chapters in the data (context "ProductGroups") are shown
translated (``desktop.i18n.window_catalog``). The presets' titles and descriptions
(context "Presets") are translated when a preset is
opened from the Presets menu or an exercise (``desktop.file_actions.translated_preset``).
Left in English on purpose: index formulas and references (notation and bibliography), and
data (caveats, sources, the presets' references), as published.
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
