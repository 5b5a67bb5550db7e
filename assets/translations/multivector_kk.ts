<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <source>the folder does not exist and cannot be made</source>
        <translation>қалта жоқ және оны жасау мүмкін емес</translation>
    </message>
    <message>
        <source>Autosave failed: {folder} cannot be written ({reason}). Your changes are still here; save them with File &gt; Save.</source>
        <translation>Автосақтау сәтсіз: {folder} ішіне жазу мүмкін емес ({reason}). Өзгерістеріңіз сақталған; оларды «Файл &gt; Сақтау» арқылы сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>BandsHistogram</name>
    <message>
        <source>Histogram of the chosen index&apos;s draws</source>
        <translation>Таңдалған индекс ойнатымдарының гистограммасы</translation>
    </message>
    <message>
        <source>draws</source>
        <translation>ойнатым</translation>
    </message>
    <message>
        <source>{index}: no draws to show.</source>
        <translation>{index}: көрсететін ойнатымдар жоқ.</translation>
    </message>
    <message>
        <source>{index} in {draws:,} draws: dashed lines at 5 % and 95 %, blue the scenario without uncertainty, grey the baseline.</source>
        <translation>{draws:,} ойнатымдағы {index}: үзік сызықтар 5 % және 95 %-да, көк — белгісіздіксіз сценарий, сұр — база.</translation>
    </message>
    <message>
        <source>{index}: no draws yet.</source>
        <translation>{index}: әзірге ойнатымдар жоқ.</translation>
    </message>
</context>
<context>
    <name>BandsOptions</name>
    <message>
        <source>Lowest sigma drawn</source>
        <translation>Ойнатылатын ең кіші sigma</translation>
    </message>
    <message>
        <source>Highest sigma drawn</source>
        <translation>Ойнатылатын ең үлкен sigma</translation>
    </message>
    <message>
        <source>&amp;Keep each edit&apos;s sigma</source>
        <translation>Әр түзетудің sigma-сын &amp;сақтау</translation>
    </message>
    <message>
        <source>Use the sigma each cost shock was given instead of drawing it</source>
        <translation>Ойнатудың орнына әр шығын шогына берілген sigma-ны пайдалану</translation>
    </message>
    <message>
        <source>Shock spread</source>
        <translation>Шоктардың шашырауы</translation>
    </message>
    <message>
        <source>Each shock is drawn evenly from this much below its value to this much above</source>
        <translation>Әр шок өз мәнінен осыншама төменнен осыншама жоғарыға дейін біркелкі ойнатылады</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Тұқым</translation>
    </message>
    <message>
        <source>The same seed gives the same draws, here and on the command line</source>
        <translation>Бірдей тұқым мұнда да, пәрмен жолында да бірдей ойнатымдар береді</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>Ойнатымдар саны</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>&amp;Есептеу</translation>
    </message>
    <message>
        <source>Draw the bands again with these options</source>
        <translation>Жолақтарды осы параметрлермен қайта ойнату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop drawing; the window stays as it is</source>
        <translation>Ойнатуды тоқтату; терезе сол күйінде қалады</translation>
    </message>
    <message>
        <source>Draws computed</source>
        <translation>Есептелген ойнатымдар</translation>
    </message>
    <message>
        <source>Sigm&amp;a from</source>
        <translation>Sigm&amp;a бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Shocks ±</source>
        <translation>Шоктар ±</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Ойнатымдар</translation>
    </message>
    <message>
        <source>Sigma, the elasticity of substitution, is drawn evenly between these two. {source}</source>
        <translation>Sigma, алмастыру икемділігі, осы екі мән арасында біркелкі ойнатылады. {source}</translation>
    </message>
</context>
<context>
    <name>BandsPanel</name>
    <message>
        <source>Uncertainty bands</source>
        <translation>Белгісіздік жолақтары</translation>
    </message>
    <message>
        <source>State of the uncertainty bands</source>
        <translation>Белгісіздік жолақтарының күйі</translation>
    </message>
    <message>
        <source>Bands of every index</source>
        <translation>Әр индекстің жолақтары</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>5 %</source>
        <translation>5 %</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>The cost cut of {cut:g} % on {code} (edit {position}) cannot vary by ±{spread:g} %: some draws would make that trade free of cost. Use shocks of ±{widest} % or less.</source>
        <translation>{code} үшін {cut:g} % шығын азаюы (түзету {position}) ±{spread:g} %-ға өзгере алмайды: кейбір ойнатымдарда бұл сауда тегін болып қалар еді. ±{widest} % немесе одан кіші шоктарды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>This scenario has no cost shock in force, so nothing here is drawn at random. Select partners in the table and apply a cost shock, or open the preset “A Russia trade shock” from the Presets menu.</source>
        <translation>Бұл сценарийде күшіндегі шығын шогы жоқ, сондықтан мұнда ештеңе кездейсоқ ойнатылмайды. Кестеден серіктестерді таңдап, шығын шогын қолданыңыз немесе «Дайын сценарийлер» мәзірінен «A Russia trade shock» дайын сценарийін ашыңыз.</translation>
    </message>
    <message>
        <source>Out of date while the scenario changes: the bands are drawn again when you let go.</source>
        <translation>Сценарий өзгеріп жатқанда ескірген: жіберген кезде жолақтар қайта ойнатылады.</translation>
    </message>
    <message>
        <source>Drawing {draws:,} times...</source>
        <translation>{draws:,} рет ойнатылуда...</translation>
    </message>
    <message>
        <source>The bands could not be drawn: {reason}</source>
        <translation>Жолақтарды ойнату мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Cancelled. Press Compute to draw the bands.</source>
        <translation>Болдырылмады. Жолақтарды ойнату үшін «Есептеу» басыңыз.</translation>
    </message>
    <message>
        <source>Cancelled: the bands shown are out of date. Press Compute to draw them again.</source>
        <translation>Болдырылмады: көрсетілген жолақтар ескірген. Оларды қайта ойнату үшін «Есептеу» басыңыз.</translation>
    </message>
    <message>
        <source>each edit&apos;s own sigma</source>
        <translation>әр түзетудің өз sigma-сы</translation>
    </message>
    <message>
        <source>sigma from {low:g} to {high:g}</source>
        <translation>sigma {low:g} бастап {high:g} дейін</translation>
    </message>
    <message>
        <source>{draws:,} draws, seed {seed}, {sigma}, shocks ±{spread:g} %: 90 % of the draws fall between the 5 % and 95 % columns.</source>
        <translation>{draws:,} ойнатым, тұқым {seed}, {sigma}, шоктар ±{spread:g} %: ойнатымдардың 90 %-ы 5 % және 95 % бағандарының арасында.</translation>
    </message>
</context>
<context>
    <name>BaselineBar</name>
    <message>
        <source>Baseline data</source>
        <translation>Базалық деректер</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Айналым</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>HS sections</source>
        <translation>HS бөлімдері</translation>
    </message>
    <message>
        <source>HS chapters</source>
        <translation>HS топтары</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Векторлар</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Нақтыланған</translation>
    </message>
    <message>
        <source>First published</source>
        <translation>Бастапқы</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Белсенділер</translation>
    </message>
    <message>
        <source>Reporting country</source>
        <translation>Есеп беруші ел</translation>
    </message>
    <message>
        <source>Whose trade: the app&apos;s own data, or a country whose data you imported (File &gt; Import data...)</source>
        <translation>Кімнің саудасы: бағдарламаның өз деректері немесе деректерін сіз импорттаған ел («Файл &gt; Деректерді импорттау...»)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Data year</source>
        <translation>Деректер жылы</translation>
    </message>
    <message>
        <source>The year of the baseline data</source>
        <translation>Базалық деректер жылы</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Ағын:</translation>
    </message>
    <message>
        <source>Trade flow</source>
        <translation>Сауда ағыны</translation>
    </message>
    <message>
        <source>Exports, imports, or turnover (exports plus imports, partner by partner)</source>
        <translation>Экспорт, импорт немесе тауар айналымы (экспорт қосу импорт, әр серіктес бойынша)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Бойынша:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Trade by partner country, or by product group: HS sections or chapters (2022 only)</source>
        <translation>Серіктес елдер немесе тауар топтары бойынша сауда: СЭҚ ТН бөлімдері немесе топтары (тек 2022)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгей:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Individual partners, or partners grouped into vectors (blocs: Russia &amp; EAEU, China, EU-27, United States, Turkic states, Central Asia, ...)</source>
        <translation>Жеке серіктестер немесе векторларға біріктірілген серіктестер (блоктар: Ресей және ЕАЭО, Қытай, ЕО-27, АҚШ, түркі мемлекеттері, Орталық Азия, ...)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Деректер:</translation>
    </message>
    <message>
        <source>Data release</source>
        <translation>Деректер шығарылымы</translation>
    </message>
    <message>
        <source>Revised official figures, or the figures as first published (2022, as quoted by The Astana Times in 2023)</source>
        <translation>Нақтыланған ресми деректер немесе алғашқы жарияланған деректер (2022, The Astana Times 2023 жылы келтіргендей)</translation>
    </message>
    <message>
        <source>&amp;N:</source>
        <translation>&amp;N:</translation>
    </message>
    <message>
        <source>N for normalized indices</source>
        <translation>Нормаланған индекстер үшін N</translation>
    </message>
    <message>
        <source>N of the normalized indices: all partners in the data (zeros included) or only the active ones (with trade)</source>
        <translation>Нормаланған индекстердің N-і: деректердегі барлық серіктестер (нөлдерді қоса) немесе тек белсенділер (саудасы барлар)</translation>
    </message>
</context>
<context>
    <name>CaveatText</name>
    <message>
        <source>revised</source>
        <translation>нақтыланған</translation>
    </message>
    <message>
        <source>first published</source>
        <translation>алғашқы жариялау</translation>
    </message>
    <message>
        <source>As first published, the source quotes only {count} of the {many} for {flow} in {year}: {names}. Shares and indices here are over these alone, not over all of {reporter}&apos;s {flow}; the revised figures of the same {many} are shown beside them.</source>
        <translation>Алғашқы жариялауда дереккөз тек {count} келтіреді ({many}) — {flow}, {year}: {names}. Мұндағы үлестер мен индекстер тек соларға есептелген, {reporter} елінің бүкіл «{flow}» көрсеткішіне емес; сол санаттардың ({many}) нақтыланған деректері қатар көрсетілген.</translation>
    </message>
    <message>
        <source>{year} is preliminary: its figures may still be revised.</source>
        <translation>{year}: деректер алдын ала, әлі нақтылануы мүмкін.</translation>
    </message>
    <message>
        <source>Trade not (yet) broken down by {one} is in the Unallocated line: {amount}.</source>
        <translation>Санаттар ({one}) бойынша (әзірге) бөлінбеген сауда «Бөлінбеген» жолында: {amount}.</translation>
    </message>
    <message>
        <source>The {many} cover {count} months of {year}; missing from the breakdown: {months}.</source>
        <translation>Деректер ({many}) {year} жылдың {count} айын қамтиды; бөлуде жоқ: {months}.</translation>
    </message>
    <message>
        <source>The official annual total minus the listed {many}, {amount}, is shown as the Unallocated line and never spread over the {many}.</source>
        <translation>Ресми жылдық жиынтық минус тізімдегі санаттар ({many}), {amount}, «Бөлінбеген» жолы ретінде көрсетіледі және оларға ешқашан бөлінбейді.</translation>
    </message>
    <message>
        <source>The {year} data are incomplete: some {many} are missing from the source and count as zero, so shares are shares of the {many} listed, not of all {flow}; compare other years with care.</source>
        <translation>{year} жылғы деректер толық емес: кейбір санаттар ({many}) дереккөзде жоқ және нөл деп есептеледі, сондықтан үлестер — тізімдегі санаттар ({many}) ішіндегі үлестер, бүкіл «{flow}» көрсеткішіндегі емес; басқа жылдармен абайлап салыстырыңыз.</translation>
    </message>
    <message>
        <source>No official {flow} total for {year}: the {many} listed may fall short of all {flow}, so the trade they leave out is unknown.</source>
        <translation>Ресми жиынтық жоқ ({flow}, {year}): тізімдегі санаттар ({many}) бүкіл «{flow}» көрсеткішін қамтымауы мүмкін, сондықтан есепке кірмеген сауда белгісіз.</translation>
    </message>
    <message>
        <source>{value:,.1f} US$ million ({percent:.2f} % of the official total {total:,.1f})</source>
        <translation>{value:,.1f} млн АҚШ доллары (ресми жиынтықтың {percent:.2f} %, жиынтық {total:,.1f})</translation>
    </message>
</context>
<context>
    <name>ChartExportMenu</name>
    <message>
        <source>Save as &amp;PNG picture...</source>
        <translation>&amp;PNG сурет ретінде сақтау...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG drawing...</source>
        <translation>&amp;SVG сызба ретінде сақтау...</translation>
    </message>
    <message>
        <source>&amp;Copy as picture</source>
        <translation>Сурет ретінде &amp;көшіру</translation>
    </message>
    <message>
        <source>At the size set in Export options, as sharp as this screen shows it</source>
        <translation>«Экспорт параметрлеріндегі» өлшеммен, осы экрандағыдай анық</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Chart tabs</source>
        <translation>Диаграмма қойындылары</translation>
    </message>
    <message>
        <source>S&amp;hares</source>
        <translation>&amp;Үлестер</translation>
    </message>
    <message>
        <source>HHI by &amp;partner</source>
        <translation>HHI-ге &amp;үлес</translation>
    </message>
    <message>
        <source>&amp;Vectors</source>
        <translation>&amp;Векторлар</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>&amp;Сыпыру</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Шашырау</translation>
    </message>
    <message>
        <source>The largest partners&apos; shares: baseline (grey) and scenario (blue)</source>
        <translation>Ірі серіктестердің үлестері: база (сұр) және сценарий (көк)</translation>
    </message>
    <message>
        <source>Each partner&apos;s part in the change in HHI</source>
        <translation>Әр серіктестің HHI өзгерісіндегі үлесі</translation>
    </message>
    <message>
        <source>Shares of the vectors (blocs) and vector balance</source>
        <translation>Векторлардың (блоктардың) үлестері және векторлар балансы</translation>
    </message>
    <message>
        <source>An index over every data year, with the scenario</source>
        <translation>Деректердің барлық жылдарындағы индекс, сценариймен</translation>
    </message>
    <message>
        <source>An index as one partner&apos;s share goes from 0 to 100 %</source>
        <translation>Бір серіктестің үлесі 0-ден 100 %-ға дейін өзгергендегі индекс</translation>
    </message>
    <message>
        <source>Bands of every index when sigma and the cost shocks are drawn at random</source>
        <translation>Sigma мен шығын шоктары кездейсоқ ойнатылғандағы әр индекстің жолақтары</translation>
    </message>
    <message>
        <source>Shares of the largest partners</source>
        <translation>Ірі серіктестердің үлестері</translation>
    </message>
    <message>
        <source>Vector (bloc) shares</source>
        <translation>Векторлардың (блоктардың) үлестері</translation>
    </message>
    <message>
        <source>The {shown} largest of {count} categories: baseline (grey) beside the scenario (blue).</source>
        <translation>{count} санаттың ең ірі {shown}: база (сұр) сценарийдің (көк) қасында.</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>басқалары: {count}</translation>
    </message>
    <message>
        <source>HHI changes by {change:+,.0f} points, the sum of the bars.</source>
        <translation>HHI {change:+,.0f} тармаққа өзгереді — бұл бағандардың қосындысы.</translation>
    </message>
    <message>
        <source>Right of zero: more concentrated; left: less.</source>
        <translation>Нөлден оңға — шоғырлану жоғары; солға — төмен.</translation>
    </message>
    <message>
        <source>Vector balance {before} -&gt; {after}</source>
        <translation>Векторлар балансы {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>1 = trade spread evenly over every vector. Grey: baseline; blue: scenario.</source>
        <translation>1 = сауда барлық векторларға біркелкі бөлінген. Сұр — база; көк — сценарий.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Index that ranks the scenarios</source>
        <translation>Сценарийлерді саралайтын индекс</translation>
    </message>
    <message>
        <source>Indices of the baseline and every open scenario</source>
        <translation>Базаның және әр ашық сценарийдің индекстері</translation>
    </message>
    <message>
        <source>Shares of the largest categories, every scenario</source>
        <translation>Ірі санаттардың үлестері, әр сценарий</translation>
    </message>
    <message>
        <source>share of trade (%)</source>
        <translation>үлес (%)</translation>
    </message>
    <message>
        <source>Most and least concentrated by:</source>
        <translation>Ең жоғары және ең төмен шоғырлану бойынша:</translation>
    </message>
    <message>
        <source>{index} is undefined for every scenario.</source>
        <translation>{index} бірде-бір сценарий үшін анықталмаған.</translation>
    </message>
    <message>
        <source>Most concentrated: {most}. Least concentrated: {least}.</source>
        <translation>Ең жоғары шоғырлану: {most}. Ең төмені: {least}.</translation>
    </message>
    <message>
        <source>{name} is over other data ({year} {flow}, {level}, {release}): its change is from its own baseline, and its shares are lined up by code.</source>
        <translation>{name} басқа деректерге негізделген ({year}, {flow}, {level}, {release}): оның өзгерісі өз базасынан есептеледі, ал үлестер кодтар бойынша салыстырылады.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>▲ most concentrated</source>
        <translation>▲ ең жоғары шоғырлану</translation>
    </message>
    <message>
        <source>▼ least concentrated</source>
        <translation>▼ ең төмен шоғырлану</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
</context>
<context>
    <name>ContributionsChart</name>
    <message>
        <source>Change in HHI by partner</source>
        <translation>HHI өзгерісі серіктестер бойынша</translation>
    </message>
    <message>
        <source>Change in HHI by partner chart</source>
        <translation>HHI өзгерісінің серіктестер бойынша диаграммасы</translation>
    </message>
    <message>
        <source>contribution to the change in HHI (points)</source>
        <translation>HHI өзгерісіне үлес (тармақтар)</translation>
    </message>
    <message>
        <source>No change yet: edit a share to see who contributes what.</source>
        <translation>Әзірге өзгеріс жоқ: кімнің не қосатынын көру үшін үлесті өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>DataBadge</name>
    <message>
        <source>Data status</source>
        <translation>Деректер күйі</translation>
    </message>
    <message>
        <source>Data status: {text}</source>
        <translation>Деректер күйі: {text}</translation>
    </message>
    <message>
        <source>{caveat}

Click for the caveat and every source.</source>
        <translation>{caveat}

Ескертпе мен барлық дереккөздерді көру үшін басыңыз.</translation>
    </message>
    <message>
        <source>Shares and indices here are over these {n} {noun} only, not over all trade; the revised figures of the same {many} are in the column &apos;Revised&apos;.</source>
        <translation>Мұндағы үлестер мен индекстер бүкіл сауда бойынша емес, тек осы {n} ({noun}) бойынша есептелген; сол {many} бойынша нақтыланған деректер «Нақтыланған» бағанында.</translation>
    </message>
    <message>
        <source>First published: {n} {noun} quoted in the press</source>
        <translation>Алғашқы жарияланым: баспасөзде {n} ({noun}) келтірілген</translation>
    </message>
    <message>
        <source>Preliminary: {year} may still be revised</source>
        <translation>Алдын ала: {year} деректері әлі нақтылануы мүмкін</translation>
    </message>
    <message>
        <source>{n} months only: {months} missing</source>
        <translation>Тек {n} ай: {months} деректері жоқ</translation>
    </message>
    <message>
        <source>Incomplete: some {many} missing</source>
        <translation>Толық емес: кейбір {many} жоқ</translation>
    </message>
    <message>
        <source>No official total: unlisted trade unknown</source>
        <translation>Ресми жиынтық жоқ: тізімде жоқ сауда белгісіз</translation>
    </message>
</context>
<context>
    <name>DataSetRemoval</name>
    <message>
        <source>&amp;Remove imported data...</source>
        <translation>Импортталған деректерді &amp;жою...</translation>
    </message>
    <message>
        <source>List the data sets you imported and remove one</source>
        <translation>Импортталған деректер жиындарын көрсету және біреуін жою</translation>
    </message>
    <message>
        <source>The data are in use</source>
        <translation>Деректер пайдаланылуда</translation>
    </message>
    <message>
        <source>{name}&apos;s imported data are shown by the open scenario(s) {scenarios}. Switch them to another country (the country selector) or close them, then remove the data.</source>
        <translation>{name} импортталған деректері ашық сценарийлерде {scenarios} көрсетілген. Оларды басқа елге ауыстырыңыз (деректер тақтасындағы елдер тізімі) немесе жабыңыз, содан кейін деректерді жойыңыз.</translation>
    </message>
    <message>
        <source>Remove the imported data of {name}, read from {file} on {date}? The app&apos;s copy is deleted; your file stays where it is.</source>
        <translation>{file} файлынан {date} оқылған {name} импортталған деректерін жою керек пе? Бағдарлама көшірмесі жойылады; файлыңыз орнында қалады.</translation>
    </message>
    <message>
        <source>Undo in {scenarios} goes back to these data: their undo history will be cleared.</source>
        <translation>{scenarios} ішіндегі болдырмау осы деректерге оралады: олардың болдырмау тарихы тазаланады.</translation>
    </message>
    <message>
        <source>Remove imported data</source>
        <translation>Импортталған деректерді жою</translation>
    </message>
    <message>
        <source>Cannot remove the data</source>
        <translation>Деректерді жою мүмкін емес</translation>
    </message>
    <message>
        <source>Removed the imported data of {name} ({file}).</source>
        <translation>{name} импортталған деректері жойылды ({file}).</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Memberships of the EAEU, EU-27, OTS, CIS and SCO, and the Central Asia group</source>
        <translation>ЕАЭО, ЕО-27, ТМҰ, ТМД және ШЫҰ мүшелігі, сондай-ақ «Орталық Азия» тобы</translation>
    </message>
    <message>
        <source>The founding treaties and accession decisions named in each row, and the organisations&apos; own sites: Eurasian Economic Union (eaeunion.org), European Union (european-union.europa.eu), Organization of Turkic States (turkicstates.org), Commonwealth of Independent States (cis.minsk.by), Shanghai Cooperation Organisation (eng.sectsco.org); UN M49 for Central Asia.</source>
        <translation>Әр жолда аталған құрылтай шарттары мен қосылу туралы шешімдер және ұйымдардың өз сайттары: Еуразиялық экономикалық одақ (eaeunion.org), Еуропалық одақ (european-union.europa.eu), Түркі мемлекеттерінің ұйымы (turkicstates.org), Тәуелсіз Мемлекеттер Достастығы (cis.minsk.by), Шанхай ынтымақтастық ұйымы (eng.sectsco.org); Орталық Азия үшін — БҰҰ M49.</translation>
    </message>
    <message>
        <source>Memberships up to July 2024 (Belarus joins the SCO on 4 July 2024); later changes are not included</source>
        <translation>2024 жылғы шілдедегі жағдай бойынша мүшелік (Беларусь ШЫҰ-ға 2024 жылғы 4 шілдеде кіреді); кейінгі өзгерістер енгізілмеген</translation>
    </message>
    <message>
        <source>Facts taken from public treaties and the organisations&apos; own sites, named in each row.</source>
        <translation>Фактілер жария шарттардан және ұйымдардың өз сайттарынан алынған, олар әр жолда көрсетілген.</translation>
    </message>
    <message>
        <source>none (memberships and years)</source>
        <translation>жоқ (мүшелік және жылдар)</translation>
    </message>
    <message>
        <source>since_year is the year a country joined (for role &apos;withdrew&apos;, the year it left). A member counts for the whole of the year it joined, even when it joined late in the year (Kyrgyzstan joined the EAEU on 6 August 2015, Iran the SCO on 4 July 2023). An empty since_year means the country counts in every year.</source>
        <translation>since_year — елдің қосылған жылы («шықты» (&apos;withdrew&apos;) рөлі үшін — шыққан жылы). Мүше қосылған жылының толық бойына есептеледі, тіпті жылдың соңына қарай қосылса да (Қырғызстан ЕАЭО-ға 2015 жылғы 6 тамызда, Иран ШЫҰ-ға 2023 жылғы 4 шілдеде қосылды). since_year бос болса, ел барлық жылдарда есептеледі.</translation>
    </message>
    <message>
        <source>EU27 is the membership of the European Union since the United Kingdom left on 31 January 2020, applied to every year (as in Eurostat&apos;s &quot;EU27_2020&quot; aggregate): countries that joined after 2000 (Poland in 2004, Croatia in 2013, for example) count in every year, and the United Kingdom in none. since_note gives the date each country joined the EU.</source>
        <translation>EU27 — Ұлыбритания 2020 жылғы 31 қаңтарда шыққаннан кейінгі Еуропалық одақтың құрамы, ол барлық жылдарға қолданылады (Еуростаттың «EU27_2020» агрегатындағыдай): 2000 жылдан кейін қосылған елдер (мысалы, 2004 жылы Польша, 2013 жылы Хорватия) барлық жылдарда есептеледі, ал Ұлыбритания бірде-бір жылда есептелмейді. since_note әр елдің ЕО-ға қосылған күнін көрсетеді.</translation>
    </message>
    <message>
        <source>The EAEU starts in 2015, when the Treaty on the Eurasian Economic Union (Astana, 29 May 2014) came into force; the earlier customs union of Belarus, Kazakhstan and Russia (2010-2014) is not counted, so no year before 2015 has EAEU members.</source>
        <translation>ЕАЭО 2015 жылдан басталады, сол жылы Еуразиялық экономикалық одақ туралы шарт (Астана, 2014 жылғы 29 мамыр) күшіне енді; Беларусь, Қазақстан және Ресейдің бұрынғы кеден одағы (2010–2014) есептелмейді, сондықтан 2015 жылға дейінгі бірде-бір жылда ЕАЭО мүшелері жоқ.</translation>
    </message>
    <message>
        <source>The OTS was founded as the Cooperation Council of Turkic Speaking States by the Nakhchivan Agreement of 3 October 2009 and took its present name in November 2021. Two observers are left out: the &quot;Turkish Republic of Northern Cyprus&quot; (observer since 2022; recognised only by Türkiye, it has no country code and no separate trade figures) and the secretariat of the Economic Cooperation Organization (an organisation, not a country).</source>
        <translation>ТМҰ 2009 жылғы 3 қазандағы Нахичеван келісімімен Түркітілдес мемлекеттердің ынтымақтастық кеңесі ретінде құрылып, қазіргі атауын 2021 жылғы қарашада алды. Екі бақылаушы енгізілмеген: «Солтүстік Кипр Түрік Республикасы» (2022 жылдан бері бақылаушы; оны тек Түркия таниды, оның ел коды да, жеке сауда деректері де жоқ) және Экономикалық ынтымақтастық ұйымының хатшылығы (бұл ел емес, ұйым).</translation>
    </message>
    <message>
        <source>Every CIS member listed signed the founding agreements in December 1991 and counts in every year. Turkmenistan is an associate member (since 2005; it never ratified the CIS Charter). Georgia left in August 2009 and Ukraine ended its participation in May 2018: both have role &apos;withdrew&apos; and count as members in no year. In 2026 Moldova&apos;s government decided to leave the CIS (reported by TASS on 11 March 2026); Moldova counts as a member in every year of these data, which end in 2025.</source>
        <translation>Тізімдегі ТМД-ның барлық мүшесі құрылтай келісімдеріне 1991 жылғы желтоқсанда қол қойды және барлық жылдарда есептеледі. Түрікменстан — қауымдастырылған мүше (2005 жылдан бері; ол ТМД Жарғысын ешқашан ратификацияламаған). Грузия 2009 жылғы тамызда шықты, ал Украина 2018 жылғы мамырда қатысуын тоқтатты: екеуінің де рөлі — «шықты» (&apos;withdrew&apos;), олар бірде-бір жылда мүше ретінде есептелмейді. 2026 жылы Молдова үкіметі ТМД-дан шығу туралы шешім қабылдады (ТАСС 2026 жылғы 11 наурызда хабарлаған); 2025 жылмен аяқталатын осы деректерде Молдова барлық жылдарда мүше ретінде есептеледі.</translation>
    </message>
    <message>
        <source>SCO observers are listed as they stand now (Afghanistan, Mongolia). Countries that were observers before they became members (India, Pakistan, Iran, Belarus) appear only as members, from the year they joined.</source>
        <translation>ШЫҰ бақылаушылары қазіргі құрамы бойынша көрсетілген (Ауғанстан, Моңғолия). Мүше болмас бұрын бақылаушы болған елдер (Үндістан, Пәкістан, Иран, Беларусь) тек мүше ретінде, қосылған жылынан бастап көрсетіледі.</translation>
    </message>
    <message>
        <source>CENTRAL_ASIA is a geographic group (UN M49 Central Asia), not an organisation.</source>
        <translation>CENTRAL_ASIA — ұйым емес, географиялық топ (БҰҰ M49 бойынша Орталық Азия).</translation>
    </message>
    <message>
        <source>Not confirmed on the organisations&apos; own published lists: the CIS memberships and the year Turkmenistan became an associate member (2005), and the years the SCO observers were admitted (Mongolia 2004, Afghanistan 2012), which are as reported in the press at the time.</source>
        <translation>Ұйымдардың өздері жариялаған тізімдерде расталмаған: ТМД мүшелігі және Түрікменстанның қауымдастырылған мүше болған жылы (2005), сондай-ақ ШЫҰ бақылаушыларының қабылданған жылдары (Моңғолия — 2004, Ауғанстан — 2012); олар сол кездегі баспасөз хабарлары бойынша берілген.</translation>
    </message>
    <message>
        <source>Country codes, names and UN M49 regions</source>
        <translation>Ел кодтары, атаулары және БҰҰ M49 өңірлері</translation>
    </message>
    <message>
        <source>UN Statistics Division, Standard country or area codes for statistical use (M49); ISO 3166-1 alpha-3 codes.</source>
        <translation>БҰҰ Статистика бөлімі, Standard country or area codes for statistical use (M49); ISO 3166-1 alpha-3 кодтары.</translation>
    </message>
    <message>
        <source>M49 as published by UNSD (names as in use since Türkiye&apos;s change of name in 2022)</source>
        <translation>БҰҰ Статистика бөлімі (UNSD) жариялаған түріндегі M49 (атаулар — Түркия 2022 жылы атауын Türkiye деп өзгерткеннен бері қолданылып жүрген түрде)</translation>
    </message>
    <message>
        <source>UN M49 is a public UN standard.</source>
        <translation>БҰҰ M49 — БҰҰ-ның жария стандарты.</translation>
    </message>
    <message>
        <source>none (codes and names)</source>
        <translation>жоқ (кодтар мен атаулар)</translation>
    </message>
    <message>
        <source>Regions are the UN M49 region, sub-region and intermediate region of each code, transcribed from the standard: check them on unstats.un.org before relying on them.</source>
        <translation>Өңірлер — әр кодтың БҰҰ M49 бойынша өңірі, кіші өңірі және аралық өңірі, стандарттан көшірілген: оларға сүйенбес бұрын unstats.un.org сайтында тексеріңіз.</translation>
    </message>
    <message>
        <source>Names are the short English names of UN M49 and ISO 3166 (Türkiye, Czechia, Viet Nam, Russian Federation, Republic of Korea, Iran (Islamic Republic of)...); &apos;United Kingdom&apos;, &apos;United States&apos;, &apos;Netherlands&apos;, &apos;China, Hong Kong SAR&apos; and &apos;China, Macao SAR&apos; stand for the longer official forms.</source>
        <translation>Атаулар — БҰҰ M49 және ISO 3166 қысқа ағылшынша атаулары (Türkiye, Czechia, Viet Nam, Russian Federation, Republic of Korea, Iran (Islamic Republic of)...); &apos;United Kingdom&apos;, &apos;United States&apos;, &apos;Netherlands&apos;, &apos;China, Hong Kong SAR&apos; және &apos;China, Macao SAR&apos; ұзынырақ ресми нысандардың орнына қолданылады.</translation>
    </message>
    <message>
        <source>The list holds the codes that appear in the data, and the reporter; the data files are checked against it. Taiwan is not in it: it is not in the data, and UN M49 has no separate entry for it.</source>
        <translation>Тізімде деректерде кездесетін кодтар және есеп беруші ел бар; деректер файлдары осы тізіммен тексеріледі. Тайвань онда жоқ: ол деректерде жоқ, ал БҰҰ M49-да ол үшін жеке жазба жоқ.</translation>
    </message>
    <message>
        <source>In M49, Cyprus, Türkiye, Armenia, Azerbaijan and Georgia are in Western Asia and the Russian Federation in Eastern Europe.</source>
        <translation>M49 бойынша Кипр, Түркия, Армения, Әзербайжан және Грузия Батыс Азияға, ал Ресей Федерациясы Шығыс Еуропаға жатады.</translation>
    </message>
    <message>
        <source>Country names in Russian and Kazakh</source>
        <translation>Елдердің орыс және қазақ тілдеріндегі атаулары</translation>
    </message>
    <message>
        <source>Unicode Common Locale Data Repository (CLDR), territory display names, as shipped in the Python package babel 2.19.0 (written out by scripts/country_names.py).</source>
        <translation>Unicode Common Locale Data Repository (CLDR), аумақтардың көрсетілетін атаулары, Python-ның babel 2.19.0 пакетіндегі түрінде (scripts/country_names.py скриптімен шығарылған).</translation>
    </message>
    <message>
        <source>CLDR 49 (babel 2.19.0)</source>
        <translation>CLDR 49 (babel 2.19.0)</translation>
    </message>
    <message>
        <source>Unicode License v3 (CLDR data); babel is BSD-3-Clause.</source>
        <translation>Unicode License v3 (CLDR деректері); babel — BSD-3-Clause лицензиясы бойынша.</translation>
    </message>
    <message>
        <source>none (names)</source>
        <translation>жоқ (атаулар)</translation>
    </message>
    <message>
        <source>The names are CLDR&apos;s short territory names, found for each ISO 3166-1 alpha-3 code through CLDR&apos;s territory aliases; they may differ from the official long forms and from the UN&apos;s Russian names (CLDR writes &apos;Россия&apos; where the UN writes &apos;Российская Федерация&apos;). They are shown in the Russian and Kazakh interfaces only.</source>
        <translation>Атаулар — CLDR-дың аумақтардың қысқа атаулары, әр ISO 3166-1 alpha-3 коды үшін CLDR-дың аумақтық балама атаулары арқылы табылған; олар ресми толық нысандардан және БҰҰ-ның орысша атауларынан өзгеше болуы мүмкін (БҰҰ &apos;Российская Федерация&apos; деп жазатын жерде CLDR &apos;Россия&apos; деп жазады). Олар тек орыс және қазақ тілді интерфейстерде көрсетіледі.</translation>
    </message>
    <message>
        <source>English names, and every name in the data files and scenario files, stay as in countries.csv (codes are what files store); where CLDR has no name for a code the app shows the English one.</source>
        <translation>Ағылшынша атаулар, сондай-ақ деректер файлдары мен сценарий файлдарындағы барлық атаулар countries.csv-дағыдай қалады (файлдарда кодтар сақталады); CLDR-да кодқа атау болмаса, қосымша ағылшынша атауды көрсетеді.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade as first published (The Astana Times, 2023)</source>
        <translation>Қазақстанның 2022 жылғы саудасы, алғаш жарияланған деректер бойынша (The Astana Times, 2023)</translation>
    </message>
    <message>
        <source>Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, The Astana Times, 2023, quoting Kazakhstan&apos;s early (first published) foreign-trade figures for 2022.</source>
        <translation>Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, The Astana Times, 2023; мақалада Қазақстанның 2022 жылғы сыртқы саудасы туралы алғашқы (алғаш жарияланған) деректері келтірілген.</translation>
    </message>
    <message>
        <source>Astana Times 2023, first published</source>
        <translation>Astana Times 2023, алғашқы жариялым</translation>
    </message>
    <message>
        <source>Figures quoted from a newspaper article (facts); the article&apos;s text is not reproduced.</source>
        <translation>Сандар газет мақаласынан келтірілген (фактілер); мақала мәтіні көшіріліп берілмейді.</translation>
    </message>
    <message>
        <source>Early figures for 2022, as first published and quoted in The Astana Times (Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, 2023), rounded there to US$0.1 bn and converted here exactly to US$ million (13.9 bn = 13,900). BNS has revised them since.</source>
        <translation>2022 жылғы алғашқы деректер, алғаш жарияланған түрінде The Astana Times басылымында келтірілген (Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, 2023), онда 0,1 млрд АҚШ долларына дейін дөңгелектенген, ал мұнда млн АҚШ долларына дәл айналдырылған (13,9 млрд = 13 900). Содан бері ҰСБ оларды қайта қарады.</translation>
    </message>
    <message>
        <source>These figures have not been checked against the full text of the article: look them up there before quoting them.</source>
        <translation>Бұл сандар мақаланың толық мәтінімен салыстырылып тексерілмеген: оларды келтірмес бұрын сол жерден қараңыз.</translation>
    </message>
    <message>
        <source>The article quotes only three export markets (Italy, China, Russia), three sources of imports (Russia, China, United States) and total turnover: shares over these few partners are shares of the quoted figures, not of Kazakhstan&apos;s trade.</source>
        <translation>Мақалада тек үш экспорт нарығы (Италия, Қытай, Ресей), үш импорт көзі (Ресей, Қытай, Америка Құрама Штаттары) және жалпы тауар айналымы келтірілген: осы санаулы серіктестер бойынша үлестер — Қазақстан саудасының емес, келтірілген сандардың үлестері.</translation>
    </message>
    <message>
        <source>No turnover by partner and no export or import totals are given; the only total is turnover, US$134.4 bn, 32% more than in 2021.</source>
        <translation>Серіктестер бойынша тауар айналымы және экспорт пен импорттың жиынтығы берілмеген; жалғыз жиынтық — тауар айналымы, 134,4 млрд АҚШ доллары, бұл 2021 жылғыдан 32% көп.</translation>
    </message>
    <message>
        <source>Imports from the United States are described as &quot;a little under $2 billion&quot; and recorded as US$1.9 bn.</source>
        <translation>Америка Құрама Штаттарынан импорт «2 млрд доллардан сәл аз» деп сипатталған және 1,9 млрд АҚШ доллары ретінде жазылған.</translation>
    </message>
    <message>
        <source>The revised figures differ by 1-3.4% per partner and by 0.8% in total turnover (US$135,527.4 m revised).</source>
        <translation>Қайта қаралған деректер әр серіктес бойынша 1–3,4%-ға және жалпы тауар айналымы бойынша 0,8%-ға ерекшеленеді (қайта қаралған дерек — 135 527,4 млн АҚШ доллары).</translation>
    </message>
    <message>
        <source>These are Kazakhstan&apos;s own (reported) figures. Its partners report the same trade as their own figures (the &quot;mirror&quot; figures), and the two differ, most of all for China: China&apos;s customs put 2022 trade with Kazakhstan at US$31.2 bn (as reported by Kazinform in January 2023), against US$24.2 bn in Kazakhstan&apos;s figures, about 29% higher. The gap is long-standing; the valuation of imports (with freight and insurance) against exports (without), goods in transit and under-invoicing explain part of it.</source>
        <translation>Бұл — Қазақстанның өз (есептік) деректері. Оның серіктестері сол сауданы өз деректері ретінде көрсетеді («айналы» деректер), және екеуі бір-бірінен ерекшеленеді, әсіресе Қытай бойынша: Қытай кеденінің деректері бойынша 2022 жылы Қазақстанмен сауда 31,2 млрд АҚШ долларын құрады (Kazinform 2023 жылғы қаңтарда хабарлағандай), ал Қазақстан деректерінде — 24,2 млрд АҚШ доллары, яғни шамамен 29% жоғары. Бұл алшақтық ұзақ уақыттан бері бар; оның бір бөлігін импорттың (жүк тасымалы мен сақтандыруды қоса алғанда) және экспорттың (оларсыз) бағалануы, транзиттегі тауарлар және шоттарда құнды төмендетіп көрсету түсіндіреді.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade by partner, 2000-2025 (Kazakhstan-reported)</source>
        <translation>Қазақстанның серіктестер бойынша саудасы, 2000–2025 (Қазақстан деректері бойынша)</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s Bureau of National Statistics (BNS, stat.gov.kz) for 2020 onwards, and the World Bank&apos;s WITS database (trade as reported by Kazakhstan) for 2000-2019, as compiled in the public dataset &quot;kazakhstan-economic-data&quot; on GitHub (makenerzhan-gif/kazakhstan-economic-data, file models/gravity/panel.csv, version b84a95c5; its method is described in models/gravity/REPORT.md of the same version). Cite BNS (or WITS, for the years before 2020) as the source of the figures and the compilation as the place they were taken from.</source>
        <translation>Қазақстанның Ұлттық статистика бюросы (ҰСБ, stat.gov.kz) — 2020 жылдан бастап, және Дүниежүзілік банктің WITS дерекқоры (Қазақстан деректері бойынша сауда) — 2000–2019 жылдар үшін, GitHub-тағы «kazakhstan-economic-data» ашық деректер жинағында жинақталған түрінде (makenerzhan-gif/kazakhstan-economic-data, models/gravity/panel.csv файлы, b84a95c5 нұсқасы; оның әдістемесі сол нұсқаның models/gravity/REPORT.md файлында сипатталған). Сандардың дереккөзі ретінде ҰСБ-ны (2020 жылға дейінгі жылдар үшін WITS-ті), ал олар алынған орын ретінде осы жинақты көрсетіңіз.</translation>
    </message>
    <message>
        <source>Revised figures: BNS for 2020-2025, WITS for 2000-2019 (compilation version b84a95c5)</source>
        <translation>Қайта қаралған деректер: 2020–2025 жылдар — ҰСБ, 2000–2019 жылдар — WITS (жинақ нұсқасы b84a95c5)</translation>
    </message>
    <message>
        <source>Public official statistics of the Republic of Kazakhstan: cite the Bureau of National Statistics as the primary source. The terms of use of the GitHub compilation are not confirmed.</source>
        <translation>Қазақстан Республикасының жария ресми статистикасы: бастапқы дереккөз ретінде Ұлттық статистика бюросын көрсетіңіз. GitHub-тағы жинақты пайдалану шарттары расталмаған.</translation>
    </message>
    <message>
        <source>Two sources are joined: 2000-2019 are the WITS figures reported by Kazakhstan, 2020 onwards the BNS figures. Small partners jump across the join (imports from Uzbekistan US$1,418.6 m in 2019 and 793.0 m in 2020; from Tajikistan 109.7 m in 2019 and 363.5 m in 2021), so treat changes between 2019 and 2020 with caution.</source>
        <translation>Екі дереккөз біріктірілген: 2000–2019 жылдар — Қазақстан ұсынған WITS деректері, 2020 жылдан бастап — ҰСБ деректері. Шағын серіктестерде түйісу тұсында секірістер бар (Өзбекстаннан импорт 2019 жылы 1 418,6 млн АҚШ доллары, 2020 жылы 793,0 млн; Тәжікстаннан 2019 жылы 109,7 млн, 2021 жылы 363,5 млн), сондықтан 2019 және 2020 жылдар арасындағы өзгерістерге сақтықпен қараңыз.</translation>
    </message>
    <message>
        <source>Partners too small to list, and partners the source leaves out in a given year, are not shown one by one: their trade is inside the &apos;Unallocated&apos; amount, the official total minus the sum of the listed partners. The app shows that amount on its own line and never spreads it over the partners.</source>
        <translation>Тізімге енгізу үшін тым шағын серіктестер және дереккөз белгілі бір жылы көрсетпеген серіктестер жеке-жеке көрсетілмейді: олардың саудасы «Бөлінбеген» (&apos;Unallocated&apos;) сомасына кіреді — бұл ресми жиынтықтан тізімдегі серіктестер сомасын алып тастағандағы қалдық. Қосымша бұл соманы жеке жолда көрсетеді және оны ешқашан серіктестерге бөліп таратпайды.</translation>
    </message>
    <message>
        <source>Taiwan is not listed: the compilation covers only the economies of the World Bank&apos;s World Development Indicators, which have no separate entry for Taiwan. Its trade is inside the &apos;Unallocated&apos; amount.</source>
        <translation>Тайвань тізімде жоқ: жинақ тек Дүниежүзілік банктің World Development Indicators деректеріндегі экономикаларды қамтиды, онда Тайвань үшін жеке жазба жоқ. Оның саудасы «Бөлінбеген» (&apos;Unallocated&apos;) сомасына кіреді.</translation>
    </message>
    <message>
        <source>A partner with no figure in a year counts as zero that year. Yemen&apos;s last year with figures is 2018, Cuba&apos;s 2020 and Syria&apos;s 2022, and an economy without World Bank GDP figures for a year is left out of that year.</source>
        <translation>Серіктестің қандай да бір жылға саны болмаса, сол жылы ол нөл ретінде есептеледі. Деректері бар соңғы жыл: Йемен — 2018, Куба — 2020, Сирия — 2022; қандай да бір жылға Дүниежүзілік банктің ЖІӨ деректері жоқ экономика сол жылдан шығарылады.</translation>
    </message>
    <message>
        <source>These data hold no official total before 2019 (2015-2018 have partner sums only, none before 2015): for 2000-2018 the sum of the listed partners is a lower bound of Kazakhstan&apos;s trade, and no &apos;Unallocated&apos; amount can be shown.</source>
        <translation>Бұл деректерде 2019 жылға дейін ресми жиынтық жоқ (2015–2018 жылдарда тек серіктестер сомасы бар, 2015 жылға дейін ештеңе жоқ): 2000–2018 жылдар үшін тізімдегі серіктестер сомасы — Қазақстан саудасының төменгі шегі, және «Бөлінбеген» (&apos;Unallocated&apos;) сомасын көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>Oil prices move concentration by themselves: crude oil and other mineral fuels are well over half of Kazakhstan&apos;s exports, so a change in the oil price changes partner and product shares even when no trade relationship changes.</source>
        <translation>Мұнай бағасы шоғырлануды өздігінен өзгертеді: шикі мұнай және басқа минералдық отын Қазақстан экспортының жартысынан едәуір көбін құрайды, сондықтан мұнай бағасының өзгеруі ешбір сауда байланысы өзгермесе де серіктестер мен тауарлардың үлестерін өзгертеді.</translation>
    </message>
    <message>
        <source>Exports are counted by country of destination and imports by country of origin, the usual BNS practice (not confirmed for each year). The source gives thousands of US$; the figures here are in US$ million, rounded to about six significant figures.</source>
        <translation>Экспорт баратын елі бойынша, импорт шыққан елі бойынша есептеледі — бұл ҰСБ-ның әдеттегі тәжірибесі (әр жыл үшін расталмаған). Дереккөз деректерді мың АҚШ долларымен береді; мұнда сандар млн АҚШ долларымен, шамамен алты мәнді цифрға дейін дөңгелектеніп берілген.</translation>
    </message>
    <message>
        <source>Re-exports to Russia and &quot;parallel imports&quot; passing through Kazakhstan after February 2022 are not identified separately in these figures.</source>
        <translation>2022 жылғы ақпаннан кейінгі Ресейге реэкспорт және Қазақстан арқылы өтетін «параллель импорт» бұл деректерде бөлек анықталмаған.</translation>
    </message>
    <message>
        <source>Every year lists the same 205 partners (every partner the data hold in any year), with zeros where a partner has no figure that year; the indices count all of them (N = number of partners, zeros included).</source>
        <translation>Әр жылда бірдей 205 серіктес көрсетілген (деректерде кез келген жылы бар барлық серіктестер), серіктестің сол жылға саны болмаған жерде — нөлдер; индекстер олардың барлығын есептейді (N = серіктестер саны, нөлдерді қоса алғанда).</translation>
    </message>
    <message>
        <source>Russia and Belarus have no figures for 2010 in WITS (the year their customs union with Kazakhstan began) and show as zero: the 2010 table is partial and its indices cannot be compared with other years.</source>
        <translation>WITS-те Ресей мен Беларусь бойынша 2010 жылға (олардың Қазақстанмен кеден одағы басталған жыл) деректер жоқ және олар нөл болып көрсетілген: 2010 жылғы кесте толық емес, оның индекстерін басқа жылдармен салыстыруға болмайды.</translation>
    </message>
    <message>
        <source>2019 is the last year from WITS and 2020 the first from BNS: a change between the two years mixes a change of source with real change.</source>
        <translation>2019 жыл — WITS-тен алынған соңғы жыл, ал 2020 жыл — ҰСБ-дан алынған алғашқы жыл: осы екі жыл арасындағы өзгерісте дереккөздің ауысуы нақты өзгеріспен араласып кетеді.</translation>
    </message>
    <message>
        <source>Imports from the Republic of Korea jump to US$3,465.3 m in 2019 and 4,907.5 m in 2020, against 453.1-921.3 m in 2015-2018 and 766.1 m in 2021. Deliveries of large equipment for the expansion of the Tengiz oil field are a likely explanation, but no source confirms it.</source>
        <translation>Оңтүстік Кореядан импорт 2019 жылы 3 465,3 млн АҚШ долларына және 2020 жылы 4 907,5 млн-ға дейін күрт өседі, ал 2015–2018 жылдары 453,1–921,3 млн, 2021 жылы 766,1 млн болған. Ықтимал түсіндірме — Теңіз мұнай кен орнын кеңейтуге арналған ірі жабдықтың жеткізілуі, бірақ мұны ешбір дереккөз растамайды.</translation>
    </message>
    <message>
        <source>Exports to India fall from US$1,889.6 m in 2022 to 449.2 m in 2023, and Brunei becomes an export destination of any size only in 2019 (113.4 m, against at most 0.2 m a year before): both fit crude-oil cargoes being declared to different destinations, but this is not confirmed.</source>
        <translation>Үндістанға экспорт 2022 жылғы 1 889,6 млн АҚШ долларынан 2023 жылы 449,2 млн-ға дейін төмендейді, ал Бруней тек 2019 жылы ғана елеулі көлемдегі экспорт бағытына айналады (113,4 млн, ал бұрын жылына ең көбі 0,2 млн): екеуі де шикі мұнай партияларының әртүрлі баратын елдерге декларациялануымен үйлеседі, бірақ бұл расталмаған.</translation>
    </message>
    <message>
        <source>Exports to the Republic of Korea peak at US$4,545.8 m in 2022 (223.5 m in 2016).</source>
        <translation>Оңтүстік Кореяға экспорт 2022 жылы ең жоғары деңгейге — 4 545,8 млн АҚШ долларына жетеді (2016 жылы 223,5 млн).</translation>
    </message>
    <message>
        <source>The 2022 figures as first published (quoted by The Astana Times in 2023) differ from these revised ones by 1-3.4% per partner and by 0.8% in total turnover: choose the release &quot;first published&quot; to see them side by side.</source>
        <translation>Алғаш жарияланған 2022 жылғы деректер (2023 жылы The Astana Times келтірген) осы қайта қаралған деректерден әр серіктес бойынша 1–3,4%-ға және жалпы тауар айналымы бойынша 0,8%-ға ерекшеленеді: оларды қатар көру үшін «алғашқы жариялым» (&quot;first published&quot;) шығарылымын таңдаңыз.</translation>
    </message>
    <message>
        <source>Mirror gap: in the year after February 2022, about US$2.9 bn of EU exports to Kazakhstan do not appear in Kazakhstan&apos;s imports (an analysis by the Financial Times, as reported by KazTAG).</source>
        <translation>Айналы алшақтық: 2022 жылғы ақпаннан кейінгі бір жылда ЕО-ның Қазақстанға шамамен 2,9 млрд АҚШ долларлық экспорты Қазақстан импортында көрінбейді (Financial Times талдауы, KazTAG хабарлауынша).</translation>
    </message>
    <message>
        <source>2025 is preliminary and incomplete: 21 partners with figures in 2024 have none in 2025 (AFG, ARE, BHS, BMU, CAF, CUW, CYM, FRO, GMB, GNQ, GRD, LBN, LIE, MCO, NCL, PNG, PYF, SYC, TCA, TGO, WSM), among them Afghanistan and the United Arab Emirates; their trade is inside the &apos;Unallocated&apos; amount.</source>
        <translation>2025 жылғы деректер алдын ала және толық емес: 2024 жылы деректері бар 21 серіктестің 2025 жылы деректері жоқ (AFG, ARE, BHS, BMU, CAF, CUW, CYM, FRO, GMB, GNQ, GRD, LBN, LIE, MCO, NCL, PNG, PYF, SYC, TCA, TGO, WSM), олардың арасында Ауғанстан мен Біріккен Араб Әмірліктері бар; олардың саудасы «Бөлінбеген» (&apos;Unallocated&apos;) сомасына кіреді.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade by HS chapter (11 months)</source>
        <translation>Қазақстанның 2022 жылғы HS тараулары бойынша саудасы (11 ай)</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s Bureau of National Statistics (BNS), monthly trade by HS chapter (published at https://stat.gov.kz/api/iblock/element/446905/file/ru/), as compiled in the public dataset &quot;kazakhstan-economic-data&quot; on GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/dims/exports_value_by_hs_chapter.csv version e6e48fcf and imports_value_by_hs_chapter.csv version ccd7b1a5); HS sections as grouped in the same dataset.</source>
        <translation>Қазақстанның Ұлттық статистика бюросы (ҰСБ), HS тараулары бойынша ай сайынғы сауда (https://stat.gov.kz/api/iblock/element/446905/file/ru/ мекенжайында жарияланған), GitHub-тағы «kazakhstan-economic-data» ашық деректер жинағында жинақталған түрінде (makenerzhan-gif/kazakhstan-economic-data, data/processed/dims/exports_value_by_hs_chapter.csv, e6e48fcf нұсқасы және imports_value_by_hs_chapter.csv, ccd7b1a5 нұсқасы); HS бөлімдері сол деректер жинағындағыдай топтастырылған.</translation>
    </message>
    <message>
        <source>BNS monthly figures for 2022, 11 months (September has no breakdown)</source>
        <translation>ҰСБ-ның 2022 жылғы ай сайынғы деректері, 11 ай (қыркүйек бойынша бөлініс жоқ)</translation>
    </message>
    <message>
        <source>11 months only: BNS gives a total for September 2022 but no breakdown by HS chapter, so these values cover January-August and October-December 2022. The annual total minus these values (mostly September: US$7,435.2 m of exports) is shown as &apos;Unallocated&apos;, never spread over the products.</source>
        <translation>Тек 11 ай: ҰСБ 2022 жылғы қыркүйектің жиынтығын береді, бірақ HS тараулары бойынша бөліссіз, сондықтан бұл мәндер 2022 жылғы қаңтар–тамыз және қазан–желтоқсан айларын қамтиды. Жылдық жиынтықтан осы мәндерді алып тастағандағы қалдық (негізінен қыркүйек: 7 435,2 млн АҚШ долларлық экспорт) «Бөлінбеген» (&apos;Unallocated&apos;) ретінде көрсетіледі және ешқашан тауарларға бөліп таратылмайды.</translation>
    </message>
    <message>
        <source>HS 93 (arms and ammunition) is 0 in both flows, which probably means the figures are withheld rather than truly zero.</source>
        <translation>HS 93 (қару-жарақ және оқ-дәрілер) екі ағында да 0-ге тең, бұл, шамасы, сандардың шынымен нөл екенін емес, жария етілмейтінін білдіреді.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s own (reported) figures, not its partners&apos; mirror figures.</source>
        <translation>Қазақстанның өз (есептік) деректері, оның серіктестерінің айналы деректері емес.</translation>
    </message>
    <message>
        <source>Monthly values in thousands of US$ were summed by year and converted to US$ million.</source>
        <translation>Мың АҚШ долларымен берілген ай сайынғы мәндер жылдар бойынша қосылып, млн АҚШ долларына айналдырылды.</translation>
    </message>
    <message>
        <source>Chapter titles are short forms of the headings of the Harmonized System (World Customs Organization); the section of each chapter follows the section ranges of the source.</source>
        <translation>Тарау атаулары — Үйлестірілген жүйе (Дүниежүзілік кеден ұйымы) тақырыптарының қысқартылған түрлері; әр тараудың бөлімі дереккөздегі бөлімдер ауқымдарына сәйкес анықталады.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade by HS section (11 months)</source>
        <translation>Қазақстанның 2022 жылғы HS бөлімдері бойынша саудасы (11 ай)</translation>
    </message>
    <message>
        <source>Section values are sums of the chapter values, rounded to US$0.1 m. Section V bundles HS 25-27 (salt and stone, ores, mineral fuels), so concentration across sections is higher than across chapters.</source>
        <translation>Бөлім мәндері — тарау мәндерінің қосындылары, 0,1 млн АҚШ долларына дейін дөңгелектенген. V бөлім HS 25-27 тарауларын біріктіреді (тұз бен тас, кендер, минералдық отын), сондықтан бөлімдер бойынша шоғырлану тараулар бойынша шоғырланудан жоғары.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s total exports, imports and turnover by year</source>
        <translation>Қазақстанның жылдар бойынша жалпы экспорты, импорты және тауар айналымы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s Bureau of National Statistics (BNS), monthly foreign-trade totals (published at https://stat.gov.kz/api/iblock/element/446905/file/ru/), summed by calendar year, as compiled in the public dataset &quot;kazakhstan-economic-data&quot; on GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/bns/exports.csv version cb515404 and imports.csv version 793f9b92). The 2015-2018 rows are not official totals but sums of the partner figures of the partner table.</source>
        <translation>Қазақстанның Ұлттық статистика бюросы (ҰСБ), сыртқы сауданың ай сайынғы жиынтықтары (https://stat.gov.kz/api/iblock/element/446905/file/ru/ мекенжайында жарияланған), күнтізбелік жылдар бойынша қосылған, GitHub-тағы «kazakhstan-economic-data» ашық деректер жинағында жинақталған түрінде (makenerzhan-gif/kazakhstan-economic-data, data/processed/bns/exports.csv, cb515404 нұсқасы және imports.csv, 793f9b92 нұсқасы). 2015–2018 жылдардағы жолдар ресми жиынтықтар емес, серіктестер кестесіндегі серіктестер сандарының қосындылары.</translation>
    </message>
    <message>
        <source>BNS monthly totals summed by year, 2019-2025 (2025 preliminary); partner sums for 2015-2018</source>
        <translation>ҰСБ-ның жылдар бойынша қосылған ай сайынғы жиынтықтары, 2019–2025 (2025 — алдын ала); 2015–2018 жылдар үшін серіктестер сомасы</translation>
    </message>
    <message>
        <source>2019-2025 are the sums of the twelve monthly totals published by BNS; 2025 is preliminary (operational data) and may still be revised.</source>
        <translation>2019–2025 жылдар — ҰСБ жариялаған он екі айлық жиынтықтың қосындылары; 2025 жылғы деректер алдын ала (жедел деректер) және әлі қайта қаралуы мүмкін.</translation>
    </message>
    <message>
        <source>2015-2018 are not official totals but sums of the partners in the WITS figures reported by Kazakhstan, so they understate the true totals (partners under about US$1 m, and Taiwan, are missing); the app does not use them as official totals. There are no totals before 2015.</source>
        <translation>2015–2018 жылдар — ресми жиынтықтар емес, Қазақстан ұсынған WITS деректеріндегі серіктестердің қосындылары, сондықтан олар нақты жиынтықтарды төмендетіп көрсетеді (шамамен 1 млн АҚШ долларынан аз серіктестер және Тайвань жоқ); қосымша оларды ресми жиынтық ретінде пайдаланбайды. 2015 жылға дейін жиынтықтар жоқ.</translation>
    </message>
    <message>
        <source>2022 has been revised: turnover was first published as US$134.4 bn (32% more than in 2021, as quoted by The Astana Times in 2023); the revised figure is US$135.5 bn.</source>
        <translation>2022 жылғы деректер қайта қаралған: тауар айналымы алғаш 134,4 млрд АҚШ доллары деп жарияланған (2021 жылғыдан 32% көп, 2023 жылы The Astana Times келтіргендей); қайта қаралған сан — 135,5 млрд АҚШ доллары.</translation>
    </message>
    <message>
        <source>Turnover is copied from the source and can differ from exports plus imports by 0.1 because of rounding.</source>
        <translation>Тауар айналымы дереккөзден көшірілген және дөңгелектеу салдарынан экспорт пен импорт қосындысынан 0,1-ге ерекшеленуі мүмкін.</translation>
    </message>
    <message>
        <source>No official {flow} total for {year} in release {release!r}: the {what} listed sum to {listed:,.1f} US$ million, which may fall short of the true total, so no unallocated gap can be shown.</source>
        <translation>Ресми жиынтық жоқ ({flow}, {year}, шығарылым {release!r}): тізімдегі санаттардың ({what}) қосындысы {listed:,.1f} млн АҚШ доллары, бұл нақты жиынтықтан аз болуы мүмкін, сондықтан бөлінбеген қалдықты көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>Unallocated: {unallocated:,.1f} US$ million ({percent:.2f}% of the official total {official:,.1f}) is not broken down by {one}; it is shown as its own line, never spread over the {what}.</source>
        <translation>Бөлінбеген: {unallocated:,.1f} млн АҚШ доллары (ресми жиынтықтың {percent:.2f}%, жиынтық {official:,.1f}) санаттар ({one}) бойынша бөлінбеген; бұл жеке жол ретінде көрсетіледі және санаттарға ({what}) ешқашан бөлінбейді.</translation>
    </message>
    <message>
        <source>The {what} listed sum to {listed:,.1f} US$ million, {over:,.1f} more than the official total {official:,.1f}: shown as a negative unallocated value rather than hidden.</source>
        <translation>Тізімдегі санаттардың ({what}) қосындысы {listed:,.1f} млн АҚШ доллары, бұл ресми жиынтықтан ({official:,.1f}) {over:,.1f} артық: бұл жасырылмай, теріс бөлінбеген мән ретінде көрсетілген.</translation>
    </message>
    <message>
        <source>{year} is preliminary: its figures may still be revised.</source>
        <translation>{year}: деректер алдын ала, әлі нақтылануы мүмкін.</translation>
    </message>
</context>
<context>
    <name>DimensionWords</name>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>product group</source>
        <translation>тауар тобы</translation>
    </message>
    <message>
        <source>product groups</source>
        <translation>тауар топтары</translation>
    </message>
    <message>
        <source>HS sections</source>
        <translation>СЭҚ ТН бөлімдері</translation>
    </message>
    <message>
        <source>HS chapters</source>
        <translation>СЭҚ ТН топтары</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>вектор</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>векторлар</translation>
    </message>
    <message>
        <source>blocs of partners</source>
        <translation>серіктестер блоктары</translation>
    </message>
    <message>
        <source>{many} ({detail})</source>
        <translation>{many} ({detail})</translation>
    </message>
</context>
<context>
    <name>EditDialogs</name>
    <message>
        <source>Change the edit</source>
        <translation>Түзетуді өзгерту</translation>
    </message>
    <message>
        <source>{what}
New share (%):</source>
        <translation>{what}
Жаңа үлес (%):</translation>
    </message>
    <message>
        <source>{what}
Change in trade value (%):</source>
        <translation>{what}
Сауда құнының өзгерісі (%):</translation>
    </message>
    <message>
        <source>{what}
Cost change for every partner in it (%; negative = cheaper):</source>
        <translation>{what}
Ондағы әр серіктес үшін шығын өзгерісі (%; теріс = арзанырақ):</translation>
    </message>
    <message>
        <source>Keep the edits?</source>
        <translation>Түзетулерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>The scenario&apos;s edits were made on {before}. Keep them on {after}?</source>
        <translation>Сценарий түзетулері {before} бойынша жасалған. Оларды {after} үшін сақтау керек пе?</translation>
    </message>
    <message>
        <source>These apply to {after} too (their effect is computed on the new data):</source>
        <translation>Бұлар {after} үшін де қолданылады (әсері жаңа деректерде есептеледі):</translation>
    </message>
    <message>
        <source>These do not apply to {after} and would be kept but not in force:</source>
        <translation>Бұлар {after} үшін қолданылмайды: сақталады, бірақ күшінде болмайды:</translation>
    </message>
    <message>
        <source>&amp;Keep the edits</source>
        <translation>Түзетулерді &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Start clean</source>
        <translation>&amp;Таза парақтан бастау</translation>
    </message>
</context>
<context>
    <name>EditPanel</name>
    <message>
        <source>Change in trade value, percent</source>
        <translation>Сауда құнының өзгерісі, пайызбен</translation>
    </message>
    <message>
        <source>Change &amp;value</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <source>Trade-cost shock, percent</source>
        <translation>Сауда шығындарының шогы, пайызбен</translation>
    </message>
    <message>
        <source>Elasticity of substitution sigma</source>
        <translation>Алмастыру икемділігі sigma</translation>
    </message>
    <message>
        <source>Apply &amp;shock</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Trade &amp;value:</source>
        <translation>Сауда &amp;құны:</translation>
    </message>
    <message>
        <source>C&amp;ost shock:</source>
        <translation>Шығын &amp;шогы:</translation>
    </message>
    <message>
        <source>si&amp;gma:</source>
        <translation>si&amp;gma:</translation>
    </message>
    <message>
        <source>Project &amp;growth...</source>
        <translation>Өсім &amp;болжамы...</translation>
    </message>
    <message>
        <source>Grow trade at an annual rate per partner or per vector over a number of years; the History chart draws the indices year by year</source>
        <translation>Сауданы әр серіктес немесе вектор бойынша жылдық қарқынмен бірнеше жылға өсіру; «Тарих» диаграммасы индекстерді жыл сайын салады</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Болжам:</translation>
    </message>
    <message>
        <source>value changes</source>
        <translation>құн өзгерістері</translation>
    </message>
    <message>
        <source>cost shocks, the Armington rule and sigma</source>
        <translation>шығын шоктары, Армингтон ережесі және sigma</translation>
    </message>
    <message>
        <source>projections</source>
        <translation>болжамдар</translation>
    </message>
    <message>
        <source>Explain {what} (the guide)</source>
        <translation>Түсіндіру: {what} (нұсқаулық)</translation>
    </message>
    <message>
        <source>Help on {what}</source>
        <translation>Анықтама: {what}</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>Change the selected {many}</source>
        <translation>Таңдалған {many} өзгерту</translation>
    </message>
    <message>
        <source>-50 % halves the trade of each selected {one}; the total changes with it</source>
        <translation>-50 % таңдалған әр {one} саудасын екі есе азайтады; жиынтық онымен бірге өзгереді</translation>
    </message>
    <message>
        <source>Scale the trade values of the selected {many}</source>
        <translation>Таңдалған {many} сауда құнын масштабтау</translation>
    </message>
    <message>
        <source>How much dearer trade in the selected {many} becomes (a tariff, a sanctions premium); negative = cheaper (a new transit corridor)</source>
        <translation>Таңдалған {many} саудасы қаншалықты қымбаттайды (баж, санкциялық үстеме); теріс = арзанырақ (жаңа транзиттік дәліз)</translation>
    </message>
    <message>
        <source>Elasticity of substitution between {many} (Armington/CES). Default {default:g}, sensible range {low:g} to {high:g}. Source: {source}. sigma = 1 changes no shares.</source>
        <translation>{many} арасындағы алмастыру икемділігі (Armington/CES). Әдепкі {default:g}, орынды ауқым {low:g} — {high:g}. Дереккөз: {source}. sigma = 1 болғанда үлестер өзгермейді.</translation>
    </message>
    <message>
        <source>Redistribute trade away from (or towards) the selected {many} by the CES rule</source>
        <translation>Сауданы таңдалған {many} жағынан немесе соларға қарай CES ережесі бойынша қайта бөлу</translation>
    </message>
    <message>
        <source>Select one or more {many} in the table (Ctrl+click, Shift+click).</source>
        <translation>Кестеден бір немесе бірнеше {many} таңдаңыз (Ctrl+шерту, Shift+шерту).</translation>
    </message>
    <message>
        <source>Selected: {names}</source>
        <translation>Таңдалды: {names}</translation>
    </message>
    <message>
        <source>Selected: {names} and {more} more</source>
        <translation>Таңдалды: {names} және тағы {more}</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} және тағы {count}</translation>
    </message>
    <message>
        <source>the others change equally</source>
        <translation>қалғандары тең өзгереді</translation>
    </message>
    <message>
        <source>taken from {name}</source>
        <translation>{name} есебінен</translation>
    </message>
    <message>
        <source>the others in proportion</source>
        <translation>қалғандары пропорционалды</translation>
    </message>
    <message>
        <source>{name} {percent} % dearer</source>
        <translation>{name}: {percent} % қымбатырақ</translation>
    </message>
    <message>
        <source>{name} {percent} % cheaper</source>
        <translation>{name}: {percent} % арзанырақ</translation>
    </message>
    <message>
        <source>{name}&apos;s share set to {share:.2f} %, {rule}</source>
        <translation>{name} үлесі {share:.2f} % етіп белгіленді, {rule}</translation>
    </message>
    <message>
        <source>{names} locked</source>
        <translation>{names}: бекітілді</translation>
    </message>
    <message>
        <source>{names} unlocked</source>
        <translation>{names}: босатылды</translation>
    </message>
    <message>
        <source>{name}&apos;s trade value {percent:+g} %</source>
        <translation>{name} сауда құны: {percent:+g} %</translation>
    </message>
    <message>
        <source>{shocks} (sigma {sigma:g})</source>
        <translation>{shocks} (sigma {sigma:g})</translation>
    </message>
    <message>
        <source>, total responds with elasticity {eta:g}</source>
        <translation>, жиынтық {eta:g} икемділікпен әрекет етеді</translation>
    </message>
    <message>
        <source>others {rate:+g} %</source>
        <translation>басқалары {rate:+g} %</translation>
    </message>
    <message>
        <source>growth a year over {years} years: {rates}</source>
        <translation>{years} жыл бойы жылдық өсім: {rates}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export options</source>
        <translation>Экспорт параметрлері</translation>
    </message>
    <message>
        <source>the last folder used</source>
        <translation>соңғы пайдаланылған қалта</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Әдепкі экспорт қалтасы</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Шолу...</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Сурет ені</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Сурет биіктігі</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Indices in the CSV, the report and the index table</source>
        <translation>CSV, есеп және индекстер кестесіндегі индекстер</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>Әдепкі &amp;қалта:</translation>
    </message>
    <message>
        <source>Chart &amp;pictures (width x height):</source>
        <translation>Диаграмма &amp;суреттері (ені x биіктігі):</translation>
    </message>
    <message>
        <source>&amp;Indices listed:</source>
        <translation>&amp;Тізімделетін индекстер:</translation>
    </message>
    <message>
        <source>Always listed: the report reads it in plain words</source>
        <translation>Әрқашан тізімде: есеп оны сөзбен түсіндіреді</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;All files (*)</source>
        <translation>Электрондық кестеге арналған CSV (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Есепті PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF құжаттары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Есепті HTML-ге экспорттау</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Веб-беттер (*.html *.htm);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save {chart} as PNG</source>
        <translation>«{chart}» PNG ретінде сақтау</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;All files (*)</source>
        <translation>PNG суреттері (*.png);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save {chart} as SVG</source>
        <translation>«{chart}» SVG ретінде сақтау</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>SVG сызбалары (*.svg);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Chart copied as a picture.</source>
        <translation>Диаграмма сурет ретінде көшірілді.</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>Есеп принтерге жіберілді.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорттау мүмкін емес</translation>
    </message>
    <message>
        <source>{path} was not written: {problem}. The scenario is unchanged.</source>
        <translation>{path} жазылмады: {problem}. Сценарий өзгермеді.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Экспортталды: {path}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (was it moved or deleted?)</source>
        <translation>{folder} қалтасы жоқ (ол жылжытылды ма, жойылды ма?)</translation>
    </message>
    <message>
        <source>you may not write in {folder}</source>
        <translation>{folder} ішіне жазуға рұқсат жоқ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk</source>
        <translation>{folder} тек оқуға арналған дискіде</translation>
    </message>
    <message>
        <source>{folder} is not a folder, or the name is a folder&apos;s</source>
        <translation>{folder} қалта емес, немесе бұл қалтаның аты</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}.

The scenario is unchanged and no part of the file was left behind.</source>
        <translation>{path} жазылмады: {reason}.

Сценарий өзгермеді және файлдың ешбір бөлігі қалмады.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Multivector scenarios (*.json);;All files (*)</source>
        <translation>Multivector сценарийлері (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <source>scenario.json</source>
        <translation>scenario.json</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сценарийді басқаша сақтау</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>Сценарийде сақталмаған өзгерістер бар. Алдымен оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Сценарийді ашу мүмкін емес</translation>
    </message>
    <message>
        <source>{name} cannot be opened:
{problem}</source>
        <translation>{name} ашылмайды:
{problem}</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Сценарийді сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>{name} cannot be written:
{problem}

The scenario is still open; save it somewhere else with Save As.</source>
        <translation>{name} жазылмайды:
{problem}

Сценарий әлі ашық; оны «Басқаша сақтау» арқылы басқа жерге сақтаңыз.</translation>
    </message>
    <message>
        <source>Cannot restore the scenario</source>
        <translation>Сценарийді қалпына келтіру мүмкін емес</translation>
    </message>
    <message>
        <source>The unsaved changes cannot be opened:
{problem}

They are kept and offered again at the next start.</source>
        <translation>Сақталмаған өзгерістерді ашу мүмкін емес:
{problem}

Олар сақталды және келесі іске қосқанда қайта ұсынылады.</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(соңғы файлдар жоқ)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Тізімді &amp;тазалау</translation>
    </message>
    <message>
        <source>{name} is no longer there ({folder}); removed from Open Recent.</source>
        <translation>{name} енді жоқ ({folder}); «Соңғы файлдардан» алынды.</translation>
    </message>
    <message>
        <source>(no presets found)</source>
        <translation>(дайын сценарийлер табылмады)</translation>
    </message>
    <message>
        <source>Preset “{title}”</source>
        <translation>«{title}» дайын сценарийі</translation>
    </message>
</context>
<context>
    <name>GuideActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <source>The guide: the indices, the rules, the data, exercises (F1)</source>
        <translation>Нұсқаулық: индекстер, ережелер, деректер, жаттығулар (F1)</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>below {upper:,.0f}</source>
        <translation>{upper:,.0f}-ден төмен</translation>
    </message>
    <message>
        <source>{lower:,.0f} and above</source>
        <translation>{lower:,.0f} және одан жоғары</translation>
    </message>
    <message>
        <source>{lower:,.0f} to {upper:,.0f}</source>
        <translation>{lower:,.0f}-ден {upper:,.0f}-ге дейін</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Ауқымы</translation>
    </message>
    <message>
        <source>Which way</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>{s} is the share of category i (its value over the total), N the number of categories.</source>
        <translation>{s} — i санатының үлесі (оның құны жалпы сомаға бөлінген), N — санаттар саны.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>All the exercises</source>
        <translation>Барлық жаттығулар</translation>
    </message>
    <message>
        <source>All the indices</source>
        <translation>Барлық индекстер</translation>
    </message>
    <message>
        <source>HHI points (0-10,000)</source>
        <translation>HHI ұпайлары (0–10 000)</translation>
    </message>
    <message>
        <source>Open the preset</source>
        <translation>Дайын сценарийді ашу</translation>
    </message>
    <message>
        <source>Questions to discuss</source>
        <translation>Талқылауға арналған сұрақтар</translation>
    </message>
    <message>
        <source>Steps in the app</source>
        <translation>Қолданбадағы қадамдар</translation>
    </message>
    <message>
        <source>The app says</source>
        <translation>Қолданба көрсетеді</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Thresholds and where they come from</source>
        <translation>Шектер және олардың дереккөздері</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Неге назар аудару керек</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Қайдан алынған</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Оны кім қолданады</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Шығарылым</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Guide - Multivector</source>
        <translation>Нұсқаулық - Multivector</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Нұсқаулықтан іздеу</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Нұсқаулық беттері</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Нұсқаулық беті</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Index history</source>
        <translation>Индекс тарихы</translation>
    </message>
    <message>
        <source>Index shown in the history</source>
        <translation>Тарихта көрсетілген индекс</translation>
    </message>
    <message>
        <source>Which index to draw over the years</source>
        <translation>Жылдар бойынша қай индексті салу</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Индекс:</translation>
    </message>
    <message>
        <source>Index history chart</source>
        <translation>Индекс тарихының диаграммасы</translation>
    </message>
    <message>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>No yearly data for this choice.</source>
        <translation>Бұл таңдау үшін жылдық деректер жоқ.</translation>
    </message>
    <message>
        <source>{name}, {first}-{last}: the line is the data by year, the circle the baseline and the blue diamond the scenario in {year}. Click a year for every index.</source>
        <translation>{name}, {first}-{last}: сызық — жылдар бойынша деректер, шеңбер — база, көк ромб — {year} жылғы сценарий. Барлық индекстерді көру үшін жылды басыңыз.</translation>
    </message>
    <message>
        <source>{name}: the line is the data by year; dashed blue, the scenario projected from {year} to {end}; dashed grey, the baseline grown at the same rates. Click a year for every index.</source>
        <translation>{name}: сызық — жылдар бойынша деректер; көк үзік сызық — {year} жылдан {end} жылға дейін болжанған сценарий; сұр үзік сызық — сол қарқынмен өскен база. Барлық индекстерді көру үшін жылды басыңыз.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Baseline grown</source>
        <translation>Өскен база</translation>
    </message>
    <message>
        <source>{year}, projected</source>
        <translation>{year}, болжам</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>{year}: baseline and scenario</source>
        <translation>{year}: база және сценарий</translation>
    </message>
    <message>
        <source>{year}: baseline and scenario, before the projection</source>
        <translation>{year}: болжамға дейінгі база және сценарий</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>{year}: the data</source>
        <translation>{year}: деректер</translation>
    </message>
    <message>
        <source>data {value}</source>
        <translation>деректер {value}</translation>
    </message>
    <message>
        <source>scenario {value}</source>
        <translation>сценарий {value}</translation>
    </message>
    <message>
        <source>baseline grown {value}</source>
        <translation>өскен база {value}</translation>
    </message>
    <message>
        <source>{year}, {index}: {values}. Click for every index.</source>
        <translation>{year}, {index}: {values}. Барлық индекстерді көру үшін басыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import data...</source>
        <translation>Деректерді &amp;импорттау...</translation>
    </message>
    <message>
        <source>Read a UN Comtrade, WITS or template file: any country&apos;s trade by partner or product, kept for the next start</source>
        <translation>UN Comtrade, WITS немесе үлгі файлын оқу: кез келген елдің серіктестер немесе тауарлар бойынша саудасы, келесі іске қосуға сақталады</translation>
    </message>
    <message>
        <source>The imported data sets cannot be read: {problem}</source>
        <translation>Импортталған деректер жиындары оқылмайды: {problem}</translation>
    </message>
    <message>
        <source>Cannot use the imported data</source>
        <translation>Импортталған деректерді пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>{name} ({code}), {format}, from {file}, imported {date}</source>
        <translation>{name} ({code}), {format}, {file} файлынан, {date} импортталды</translation>
    </message>
    <message>
        <source>Mirror data for {text}</source>
        <translation>{text} үшін айналық деректер</translation>
    </message>
    <message>
        <source>what the partners report (Data &gt; Reported vs mirror)</source>
        <translation>серіктестер не хабарлайды («Деректер &gt; Ел деректері және айналық»)</translation>
    </message>
    <message>
        <source>kept but not used: {why}</source>
        <translation>сақталды, бірақ пайдаланылмайды: {why}</translation>
    </message>
    <message>
        <source>in use: {name} is in the Country selector</source>
        <translation>пайдаланылуда: {name} «Ел» тізімінде бар</translation>
    </message>
    <message>
        <source>{use}; kept as {id} in {folder}</source>
        <translation>{use}; {folder} ішінде {id} ретінде сақталды</translation>
    </message>
    <message>
        <source>Import data - Multivector</source>
        <translation>Деректерді импорттау - Multivector</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Файлды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported. The file must be a UN Comtrade or WITS download, or follow the import template (docs/import-template.md).</source>
        <translation>{problem}

Ештеңе импортталмады. Файл UN Comtrade немесе WITS жүктемесі болуы керек немесе импорт үлгісіне сәйкес келуі керек (docs/import-template.md).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was kept.</source>
        <translation>Импорт болдырылмады: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Деректерді импорттау</translation>
    </message>
    <message>
        <source>Trade data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Сауда деректері (*.csv *.tsv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A file is being imported; wait for it or cancel it.</source>
        <translation>Файл импортталуда; аяқталуын күтіңіз немесе болдырмаңыз.</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>{name} оқылуда...</translation>
    </message>
    <message>
        <source>Mirror data: what {n} partners report trading with {name} ({code}), {years}. Import keeps them, to set beside {name}&apos;s own figures (Data &gt; Reported vs mirror).</source>
        <translation>Айналық деректер: {n} серіктес {name} ({code}) елімен сауда туралы не хабарлайды, {years}. Импорт оларды {name} елінің өз деректерімен қатар қою үшін сақтайды («Деректер &gt; Ел деректері және айналық»).</translation>
    </message>
    <message>
        <source>{name} ({code}), {years}: {flows}, by {by}. Import keeps it as a source like the app&apos;s own data: {name} joins the Country selector, now and at the next start.</source>
        <translation>{name} ({code}), {years}: {flows}, бойынша: {by}. Импорт мұны бағдарламаның өз деректері сияқты дереккөз ретінде сақтайды: {name} «Ел» тізіміне қазір де, келесі іске қосқанда да қосылады.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>HS section</source>
        <translation>СЭҚ ТН бөлімі</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>СЭҚ ТН тобы</translation>
    </message>
    <message>
        <source>{name} has the app&apos;s own data, which stay in use: this file is kept but not listed. Use it from the command line with --data.</source>
        <translation>{name} үшін бағдарламаның өз деректері бар және олар қолданыста қалады: бұл файл сақталды, бірақ тізімде жоқ. Оны пәрмен жолынан --data арқылы пайдаланыңыз.</translation>
    </message>
    <message>
        <source>It takes the place of the earlier import of {name} (from {file}), which stays kept but unused.</source>
        <translation>Ол {name} бұрынғы импортының ({file} файлынан) орнын басады; ол сақталған күйде қалады, бірақ пайдаланылмайды.</translation>
    </message>
    <message>
        <source>Not imported: nothing was kept.</source>
        <translation>Импортталмады: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Keeping {name}...</source>
        <translation>{name} сақталуда...</translation>
    </message>
    <message>
        <source>Imported {file}: kept as {id}.</source>
        <translation>{file} импортталды: {id} ретінде сақталды.</translation>
    </message>
    <message>
        <source>{file} was imported before ({id}).</source>
        <translation>{file} бұрын импортталған ({id}).</translation>
    </message>
    <message>
        <source>Kept but not used</source>
        <translation>Сақталды, бірақ пайдаланылмайды</translation>
    </message>
    <message>
        <source>{file} is kept, but {name}&apos;s data in the app stay as they were: {why}.</source>
        <translation>{file} сақталды, бірақ бағдарламадағы {name} деректері бұрынғыдай қалды: {why}.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import data - Multivector</source>
        <translation>Деректерді импорттау - Multivector</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Файлда не бар</translation>
    </message>
    <message>
        <source>Summary of the file</source>
        <translation>Файл туралы қысқаша мәлімет</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>IndexInfo</name>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>Normalized HHI</source>
        <translation>Нормаланған HHI</translation>
    </message>
    <message>
        <source>UNCTAD concentration</source>
        <translation>ЮНКТАД шоғырлануы</translation>
    </message>
    <message>
        <source>Equivalent partners</source>
        <translation>Балама серіктестер</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Энтропия</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>Біркелкілік</translation>
    </message>
    <message>
        <source>Theil index</source>
        <translation>Тейл индексі</translation>
    </message>
    <message>
        <source>Gini of shares</source>
        <translation>Үлестер Джиниі</translation>
    </message>
    <message>
        <source>CR1 (largest)</source>
        <translation>CR1 (ең ірі)</translation>
    </message>
    <message>
        <source>CR3 (top 3)</source>
        <translation>CR3 (үздік 3)</translation>
    </message>
    <message>
        <source>CR5 (top 5)</source>
        <translation>CR5 (үздік 5)</translation>
    </message>
    <message>
        <source>Similarity to baseline</source>
        <translation>Базаға ұқсастық</translation>
    </message>
    <message>
        <source>Vector balance</source>
        <translation>Векторлар балансы</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Ауқым</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Indices</source>
        <translation>Индекстер</translation>
    </message>
    <message>
        <source>HHI in plain words</source>
        <translation>HHI қарапайым сөзбен</translation>
    </message>
    <message>
        <source>Baseline HHI in plain words</source>
        <translation>Базалық HHI қарапайым сөзбен</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Index values: baseline, scenario and change</source>
        <translation>Индекс мәндері: база, сценарий және өзгеріс</translation>
    </message>
    <message>
        <source>About the selected index</source>
        <translation>Таңдалған индекс туралы</translation>
    </message>
    <message>
        <source>Normalized indices use N = {n}: active partners only (those with trade in the baseline).</source>
        <translation>Нормаланған индекстер N = {n} пайдаланады: тек белсенді серіктестер (базада саудасы барлар).</translation>
    </message>
    <message>
        <source>Normalized indices use N = {n}: every category in the data, zeros included (as UNCTAD does).</source>
        <translation>Нормаланған индекстер N = {n} пайдаланады: деректердегі барлық санаттар, нөлдерді қоса (ЮНКТАД сияқты).</translation>
    </message>
    <message>
        <source>Explain {index} (the guide)</source>
        <translation>{index} түсіндіру (нұсқаулық)</translation>
    </message>
    <message>
        <source>More in the guide (F1)</source>
        <translation>Толығырақ нұсқаулықта (F1)</translation>
    </message>
    <message>
        <source>HHI {points} points: {reading}</source>
        <translation>HHI {points} тармақ: {reading}</translation>
    </message>
    <message>
        <source>baseline {points} points: {reading}</source>
        <translation>база {points} тармақ: {reading}</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Scenario information</source>
        <translation>Сценарий туралы мәлімет</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Hide this note until the scenario changes</source>
        <translation>Сценарий өзгергенше бұл жазбаны жасыру</translation>
    </message>
    <message>
        <source>Hide the scenario note</source>
        <translation>Сценарий жазбасын жасыру</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The Russian and Kazakh translations, the guide&apos;s pages and the data&apos;s caveats among them, are machine-made and not yet reviewed by a native speaker; the works cited stay in English, as published, and the CSV export keeps the data&apos;s English. Partner names come from the Unicode CLDR.</source>
        <translation>Орыс және қазақ тілдеріне аудармалар, нұсқаулық беттері мен деректерге ескертпелерді қоса, машинамен жасалған және әлі ана тілінде сөйлейтін адам тексерген жоқ; дәйексөз алынған еңбектер жарияланғандай ағылшын тілінде қалады, ал CSV экспорты деректердің ағылшынша мәтінін сақтайды. Серіктес елдердің атаулары Unicode CLDR-ден алынған.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Applies when Multivector starts again</source>
        <translation>Multivector келесі іске қосылғанда қолданылады</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Multivector will be in {language} when it starts again.</source>
        <translation>Multivector келесі іске қосылғанда мына тілде болады: {language}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open scenarios</source>
        <translation>Ашық сценарийлер</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Деректер көзі</translation>
    </message>
    <message>
        <source>Sources and caveats...</source>
        <translation>Дереккөздер мен ескертпелер...</translation>
    </message>
    <message>
        <source>Where the data come from, their caveats, and what is missing (Ctrl+I)</source>
        <translation>Деректер қайдан алынған, оларға ескертпелер және не жетіспейді (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Жаңа сценарий</translation>
    </message>
    <message>
        <source>Start an untitled scenario on the data shown</source>
        <translation>Көрсетілген деректерде атаусыз сценарий бастау</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ашу...</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Сценарий файлын ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Сценарийді сақтау</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>&amp;Басқаша сақтау...</translation>
    </message>
    <message>
        <source>Save the scenario in a new file</source>
        <translation>Сценарийді жаңа файлға сақтау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Close Multivector</source>
        <translation>Multivector-ды жабу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Rese&amp;t scenario</source>
        <translation>Сценарийді &amp;тастау</translation>
    </message>
    <message>
        <source>Remove every edit and go back to the baseline (undoable)</source>
        <translation>Барлық түзетулерді алып, базаға оралу (болдырмауға болады)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Data &amp;sources and caveats...</source>
        <translation>Деректер &amp;көздері мен ескертпелер...</translation>
    </message>
    <message>
        <source>Where the data come from, their caveats, and what is missing</source>
        <translation>Деректер қайдан алынған, оларға ескертпелер және не жетіспейді</translation>
    </message>
    <message>
        <source>&amp;About Multivector</source>
        <translation>Multivector &amp;туралы</translation>
    </message>
    <message>
        <source>What this program is</source>
        <translation>Бұл қандай бағдарлама</translation>
    </message>
    <message>
        <source>&amp;Close scenario</source>
        <translation>Сценарийді &amp;жабу</translation>
    </message>
    <message>
        <source>Close the current scenario (asks about unsaved changes)</source>
        <translation>Ағымдағы сценарийді жабу (сақталмаған өзгерістер туралы сұрайды)</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>Сценарийлерді &amp;салыстыру</translation>
    </message>
    <message>
        <source>Every open scenario side by side</source>
        <translation>Барлық ашық сценарийлер қатар</translation>
    </message>
    <message>
        <source>Open co&amp;mparison...</source>
        <translation>Салыстыруды &amp;ашу...</translation>
    </message>
    <message>
        <source>Open a set of scenario files side by side</source>
        <translation>Сценарий файлдарының жиынын қатар ашу</translation>
    </message>
    <message>
        <source>Save compa&amp;rison as...</source>
        <translation>Салыстыруды басқаша &amp;сақтау...</translation>
    </message>
    <message>
        <source>Save the open scenarios, each in its own file, and a file that lists them</source>
        <translation>Ашық сценарийлерді әрқайсысын өз файлына және олардың тізімі бар файлды сақтау</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Дайын сценарийлер</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Деректер</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Дайын сценарийлер</translation>
    </message>
    <message>
        <source>Scenarios from the debate, ready to open</source>
        <translation>Пікірталастағы сценарийлер, ашуға дайын</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>&amp;CSV for a spreadsheet...</source>
        <translation>Электрондық кестеге &amp;CSV...</translation>
    </message>
    <message>
        <source>The categories and the indices, with the sources and the edits in words</source>
        <translation>Санаттар мен индекстер, дереккөздермен және түзетулер сөзбен</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)...</source>
        <translation>&amp;Есеп (PDF)...</translation>
    </message>
    <message>
        <source>One or two pages for an essay: edits, indices, charts, sources</source>
        <translation>Эссеге бір-екі бет: түзетулер, индекстер, диаграммалар, дереккөздер</translation>
    </message>
    <message>
        <source>Report (&amp;HTML)...</source>
        <translation>Есеп (&amp;HTML)...</translation>
    </message>
    <message>
        <source>The report as one web page, charts included</source>
        <translation>Есеп бір веб-бет ретінде, диаграммаларымен</translation>
    </message>
    <message>
        <source>Export &amp;options...</source>
        <translation>Экспорт &amp;параметрлері...</translation>
    </message>
    <message>
        <source>Default folder, size of chart pictures, indices listed</source>
        <translation>Әдепкі қалта, диаграмма суреттерінің өлшемі, тізімделетін индекстер</translation>
    </message>
    <message>
        <source>&amp;Print report...</source>
        <translation>Есепті &amp;басып шығару...</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>{chart} chart as PNG...</source>
        <translation>«{chart}» диаграммасы PNG-ге...</translation>
    </message>
    <message>
        <source>{chart} chart as SVG...</source>
        <translation>«{chart}» диаграммасы SVG-ге...</translation>
    </message>
    <message>
        <source>Over the {n} {many} quoted in the press only: not all of {reporter}&apos;s trade.</source>
        <translation>Тек баспасөзде келтірілген {n} ({many}) бойынша: {reporter} саудасының бәрі емес.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) do not apply to these data and are not in force (see the Scenario panel); they stay in the scenario and apply again where they fit.</source>
        <translation>
            <numerusform>%n түзету бұл деректерге қолданылмайды және күшінде емес («Сценарий» тақтасын қараңыз); ол сценарийде қалады және сәйкес келген жерде қайта қолданылады.</numerusform>
            <numerusform>%n түзету бұл деректерге қолданылмайды және күшінде емес («Сценарий» тақтасын қараңыз); олар сценарийде қалады және сәйкес келген жерде қайта қолданылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>{name}[*] - Multivector</source>
        <translation>{name}[*] - Multivector</translation>
    </message>
    <message>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>шамамен</translation>
    </message>
    <message numerus="yes">
        <source>as first published: only %n quoted</source>
        <translation>
            <numerusform>алғашқы жарияланым бойынша: тек %n келтірілген</numerusform>
            <numerusform>алғашқы жарияланым бойынша: тек %n келтірілген</numerusform>
        </translation>
    </message>
    <message>
        <source>no official total, so what is unlisted is unknown</source>
        <translation>ресми жиынтық жоқ, сондықтан тізімде не жоқ екені белгісіз</translation>
    </message>
    <message>
        <source>unallocated {value:,.0f} {unit}</source>
        <translation>бөлінбеген {value:,.0f} {unit}</translation>
    </message>
    <message>
        <source>{name} {year} {flow}, {status}; {missing}; {count} caveat(s). Source: {source}</source>
        <translation>{name} {year} {flow}, {status}; {missing}; ескертпелер: {count}. Дереккөз: {source}</translation>
    </message>
    <message>
        <source>About Multivector</source>
        <translation>Multivector туралы</translation>
    </message>
    <message>
        <source>Multivector: move a country&apos;s trade between its partners and see what it does to concentration and diversification. Offline; data embedded with their sources.</source>
        <translation>Multivector: елдің саудасын серіктестер арасында қайта бөліп, оның шоғырлану мен әртараптандыруға әсерін көріңіз. Интернетсіз жұмыс істейді; деректер дереккөздерімен бірге енгізілген.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Автосақтау сәтсіз</translation>
    </message>
</context>
<context>
    <name>MembershipTable</name>
    <message>
        <source>Membership</source>
        <translation>Мүшелік</translation>
    </message>
    <message>
        <source>Shares of the overlapping memberships</source>
        <translation>Қиылысатын бірлестіктердің үлестері</translation>
    </message>
    <message>
        <source>Share of trade with the full members of each bloc in the year shown. The blocs overlap (Russia is in the EAEU, the CIS and the SCO), so the shares do not sum to 100 %.</source>
        <translation>Көрсетілген жылы әр блоктың толық мүшелерімен сауда үлесі. Блоктар қиылысады (Ресей ЕАЭО, ТМД және ШЫҰ құрамында), сондықтан үлестердің қосындысы 100 % болмайды.</translation>
    </message>
</context>
<context>
    <name>MirrorActions</name>
    <message>
        <source>Reported vs &amp;mirror...</source>
        <translation>Ел деректері және &amp;айналық...</translation>
    </message>
    <message>
        <source>The country&apos;s own figures beside what its partners report, partner by partner (needs imported mirror data)</source>
        <translation>Елдің өз деректері серіктестері хабарлағанның қасында, әр серіктес бойынша (импортталған айналық деректер қажет)</translation>
    </message>
    <message>
        <source>Cannot read the mirror data</source>
        <translation>Айналық деректерді оқу мүмкін емес</translation>
    </message>
    <message>
        <source>No mirror data</source>
        <translation>Айналық деректер жоқ</translation>
    </message>
    <message>
        <source>There are no mirror data for {name}: what its partners report trading with it. On UN Comtrade, choose every reporter and {name} as the partner, download the CSV, then File &gt; Import data.</source>
        <translation>{name} үшін айналық деректер жоқ — серіктестердің онымен сауда туралы хабарлағаны. UN Comtrade-та барлық есеп берушілерді және серіктес ретінде {name} таңдап, CSV жүктеп алыңыз, содан кейін «Файл &gt; Деректерді импорттау».</translation>
    </message>
    <message>
        <source>{file}, imported {date}</source>
        <translation>{file}, {date} импортталды</translation>
    </message>
    <message>
        <source>No year in common</source>
        <translation>Ортақ жыл жоқ</translation>
    </message>
    <message>
        <source>The mirror data of {name} hold no year its own data hold.</source>
        <translation>{name} айналық деректерінде оның өз деректеріндегі бірде-бір жыл жоқ.</translation>
    </message>
</context>
<context>
    <name>MirrorDialog</name>
    <message>
        <source>Reported vs mirror figures - Multivector</source>
        <translation>Ел деректері және айналық деректер - Multivector</translation>
    </message>
    <message>
        <source>Reported and mirror figures</source>
        <translation>Ел деректері және айналық деректер</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Trade flow</source>
        <translation>Сауда ағыны</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Ағын:</translation>
    </message>
    <message>
        <source>Reported and mirror figures by partner</source>
        <translation>Серіктестер бойынша ел деректері және айналық деректер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Reported (US$ million)</source>
        <translation>Ел деректері бойынша (млн АҚШ доллары)</translation>
    </message>
    <message>
        <source>Mirror (US$ million)</source>
        <translation>Айналық (млн АҚШ доллары)</translation>
    </message>
    <message>
        <source>Gap: mirror - reported</source>
        <translation>Алшақтық: айналық - ел деректері</translation>
    </message>
    <message>
        <source>Gap (% of reported)</source>
        <translation>Алшақтық (ел деректерінің %)</translation>
    </message>
    <message>
        <source>Why the sides differ: imports are valued with freight and insurance (CIF), exports without (FOB); goods in transit are booked to the country they pass through or to the last known one; timing, confidential trade and errors add to it. A large gap is a reason to say which side a figure comes from.</source>
        <translation>Тараптар неге сәйкес келмейді: импорт фрахт пен сақтандырумен (CIF), экспорт оларсыз (FOB) бағаланады; транзиттік тауарлар өтетін елге немесе соңғы белгілі елге жазылады; мерзімдер, құпия сауда және қателер айырмашылықты арттырады. Үлкен алшақтық — санның қай тараптан алынғанын айтуға себеп.</translation>
    </message>
    <message>
        <source>{name}, {year} {flow}: what {name} reports beside what each partner reports (mirror), largest gap first.</source>
        <translation>{name}, {year} {flow}: {name} хабарлағаны әр серіктес хабарлағанның (айналық деректер) қасында, алдымен ең үлкен алшақтық.</translation>
    </message>
    <message>
        <source>Reported: {reported}
Mirror: {mirror}</source>
        <translation>Ел деректері бойынша: {reported}
Айналық: {mirror}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Herfindahl-Hirschman index (HHI)</source>
        <translation>Херфиндаль-Хиршман индексі (HHI)</translation>
    </message>
    <message>
        <source>The sum of the squared shares: large when a few partners take most of the trade. Shown also on the 0-10,000 scale of shares in percent, as competition authorities do.</source>
        <translation>Үлестер квадраттарының қосындысы: бірнеше серіктес сауданың басым бөлігін алғанда үлкен. Бәсекелестік органдары сияқты пайыздық үлестердің 0-10 000 шкаласында да көрсетіледі.</translation>
    </message>
    <message>
        <source>1/N (equal shares) to 1 (one partner); 10,000 x HHI on the percent scale</source>
        <translation>1/N-нен (тең үлестер) 1-ге дейін (бір серіктес); пайыздық шкалада 10 000 x HHI</translation>
    </message>
    <message>
        <source>higher = more concentrated</source>
        <translation>жоғары = шоғырлану күштірек</translation>
    </message>
    <message>
        <source>normalized HHI</source>
        <translation>нормаланған HHI</translation>
    </message>
    <message>
        <source>The HHI rescaled so that equal shares over all N partners give 0 and a single partner gives 1, which makes countries with different numbers of partners comparable.</source>
        <translation>Барлық N серіктестің тең үлестері 0, ал жалғыз серіктес 1 беретіндей қайта масштабталған HHI; бұл серіктестер саны әртүрлі елдерді салыстыруға мүмкіндік береді.</translation>
    </message>
    <message>
        <source>0 to 1 (no value when N = 1)</source>
        <translation>0-ден 1-ге дейін (N = 1 болғанда мәні жоқ)</translation>
    </message>
    <message>
        <source>UNCTAD concentration index</source>
        <translation>ЮНКТАД шоғырлану индексі</translation>
    </message>
    <message>
        <source>UNCTAD&apos;s normalized Hirschman index: like the normalized HHI but built on the square root of the HHI, Hirschman&apos;s original form.</source>
        <translation>ЮНКТАД-тың нормаланған Хиршман индексі: нормаланған HHI сияқты, бірақ HHI-дің квадрат түбірі негізінде құрылған — Хиршманның бастапқы түрі.</translation>
    </message>
    <message>
        <source>numbers-equivalent of partners</source>
        <translation>серіктестердің балама саны</translation>
    </message>
    <message>
        <source>How many equal-sized partners would give the same HHI: 4 means trade is as concentrated as if it were split evenly over 4 partners.</source>
        <translation>Бірдей көлемді қанша серіктес сол HHI-ді берер еді: 4 сауда 4 серіктеске тең бөлінгендей шоғырланғанын білдіреді.</translation>
    </message>
    <message>
        <source>1 (one partner) to N (equal shares)</source>
        <translation>1-ден (бір серіктес) N-ге дейін (тең үлестер)</translation>
    </message>
    <message>
        <source>higher = more diversified</source>
        <translation>жоғары = әртараптандыру күштірек</translation>
    </message>
    <message>
        <source>Shannon entropy</source>
        <translation>Шеннон энтропиясы</translation>
    </message>
    <message>
        <source>The information-theory measure of spread: 0 when all trade goes to one partner, largest (ln N) when it is spread evenly. Natural logarithm (nats).</source>
        <translation>Ақпарат теориясындағы шашырау өлшемі: бүкіл сауда бір серіктеске кеткенде 0, біркелкі бөлінгенде ең үлкен (ln N). Натурал логарифм (нат).</translation>
    </message>
    <message>
        <source>0 to ln N</source>
        <translation>0-ден ln N-ге дейін</translation>
    </message>
    <message>
        <source>evenness (normalized entropy)</source>
        <translation>біркелкілік (нормаланған энтропия)</translation>
    </message>
    <message>
        <source>Entropy divided by its largest possible value: 1 means trade spread perfectly evenly over all N partners. Applied to the blocs it is the app&apos;s &apos;vector balance&apos;.</source>
        <translation>Ең үлкен мүмкін мәніне бөлінген энтропия: 1 сауда барлық N серіктеске мінсіз біркелкі бөлінгенін білдіреді. Блоктарға қолданғанда бұл бағдарламадағы «векторлар балансы».</translation>
    </message>
    <message>
        <source>0 to 1 (1 = perfectly even; no value when N = 1)</source>
        <translation>0-ден 1-ге дейін (1 = мінсіз біркелкі; N = 1 болғанда мәні жоқ)</translation>
    </message>
    <message>
        <source>Theil index</source>
        <translation>Тейл индексі</translation>
    </message>
    <message>
        <source>How far the shares are from equal shares, in the units of entropy: 0 when all partners have the same share.</source>
        <translation>Үлестердің тең үлестерден қаншалықты алыс екені, энтропия бірліктерімен: барлық серіктестердің үлесі бірдей болғанда 0.</translation>
    </message>
    <message>
        <source>Gini coefficient of shares</source>
        <translation>үлестердің Джини коэффициенті</translation>
    </message>
    <message>
        <source>Inequality of the shares, from the Lorenz curve: 0 when all partners have equal shares, close to 1 when one partner takes everything.</source>
        <translation>Лоренц қисығы бойынша үлестердің теңсіздігі: барлық серіктестердің үлестері тең болғанда 0, бір серіктес бәрін алғанда 1-ге жақын.</translation>
    </message>
    <message>
        <source>0 to (N - 1) / N</source>
        <translation>0-ден (N - 1) / N-ге дейін</translation>
    </message>
    <message>
        <source>largest partner&apos;s share (CR1)</source>
        <translation>ең ірі серіктестің үлесі (CR1)</translation>
    </message>
    <message>
        <source>The share of the single largest partner; in ecology the Berger-Parker index.</source>
        <translation>Жалғыз ең ірі серіктестің үлесі; экологияда — Бергер-Паркер индексі.</translation>
    </message>
    <message>
        <source>1/N to 1</source>
        <translation>1/N-нен 1-ге дейін</translation>
    </message>
    <message>
        <source>three largest partners&apos; share (CR3)</source>
        <translation>үш ең ірі серіктестің үлесі (CR3)</translation>
    </message>
    <message>
        <source>The combined share of the three largest partners.</source>
        <translation>Үш ең ірі серіктестің жиынтық үлесі.</translation>
    </message>
    <message>
        <source>min(3/N, 1) to 1</source>
        <translation>min(3/N, 1)-ден 1-ге дейін</translation>
    </message>
    <message>
        <source>five largest partners&apos; share (CR5)</source>
        <translation>бес ең ірі серіктестің үлесі (CR5)</translation>
    </message>
    <message>
        <source>The combined share of the five largest partners.</source>
        <translation>Бес ең ірі серіктестің жиынтық үлесі.</translation>
    </message>
    <message>
        <source>min(5/N, 1) to 1</source>
        <translation>min(5/N, 1)-ден 1-ге дейін</translation>
    </message>
    <message>
        <source>Finger-Kreinin similarity to the baseline</source>
        <translation>Фингер-Крейнин бойынша базаға ұқсастық</translation>
    </message>
    <message>
        <source>How much of the scenario&apos;s trade pattern overlaps with the baseline&apos;s: 1 means the same shares, 0 no partner in common.</source>
        <translation>Сценарий сауда құрылымының базалықпен қаншалықты сәйкес келетіні: 1 — сол үлестер, 0 — бірде-бір ортақ серіктес жоқ.</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0-ден 1-ге дейін</translation>
    </message>
    <message>
        <source>higher = closer to the baseline</source>
        <translation>жоғары = базаға жақынырақ</translation>
    </message>
    <message>
        <source>vector balance</source>
        <translation>векторлар балансы</translation>
    </message>
    <message>
        <source>Multivector&apos;s headline measure: the evenness of the shares of the vectors (blocs such as Russia &amp; EAEU, China, EU-27), partners summed into their vectors. 1 means trade spread evenly over every vector, 0 all of it in one.</source>
        <translation>Multivector-дың басты өлшемі: векторлар үлестерінің біркелкілігі (Ресей және ЕАЭО, Қытай, ЕО-27 сияқты блоктар), серіктестер өз векторлары бойынша қосылады. 1 — сауда барлық векторларға біркелкі бөлінген, 0 — бәрі біреуінде.</translation>
    </message>
    <message>
        <source>0 to 1 (1 = perfectly even; no value when K = 1)</source>
        <translation>0-ден 1-ге дейін (1 = мінсіз біркелкі; K = 1 болғанда мәні жоқ)</translation>
    </message>
    <message>
        <source>higher = trade spread more evenly over the vectors (more multivector)</source>
        <translation>жоғары = сауда векторларға біркелкірек бөлінген (көпвекторлылық көбірек)</translation>
    </message>
    <message>
        <source>unconcentrated</source>
        <translation>шоғырланбаған</translation>
    </message>
    <message>
        <source>moderately concentrated</source>
        <translation>орташа шоғырланған</translation>
    </message>
    <message>
        <source>highly concentrated</source>
        <translation>жоғары шоғырланған</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>мәні жоқ</translation>
    </message>
    <message>
        <source>Bands on the 0-10,000 scale: below 1,000 unconcentrated, 1,000-1,800 moderately concentrated, above 1,800 highly concentrated (US DOJ &amp; FTC, Merger Guidelines, 2023, sec. 2.1 for the 1,800 threshold; 1,000 as in the 1982-1992 guidelines). They were written for firms in a market; applied to trade partners they are a rule of thumb.</source>
        <translation>0-10 000 шкаласындағы аралықтар: 1 000-нан төмен — шоғырланбаған, 1 000-1 800 — орташа шоғырланған, 1 800-ден жоғары — жоғары шоғырланған (АҚШ Әділет министрлігі мен ФСК, Merger Guidelines, 2023, 2.1-бөлім, 1 800 шегі үшін; 1 000 — 1982-1992 жылдардағы нұсқаулықтардағыдай). Олар нарықтағы фирмалар үшін жазылған; сауда серіктестеріне қолданғанда бұл шамамен алынған бағдар.</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>turnover</source>
        <translation>тауар айналымы</translation>
    </message>
    <message>
        <source>Russia &amp; EAEU</source>
        <translation>Ресей және ЕАЭО</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <source>EU-27</source>
        <translation>ЕО-27</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>АҚШ</translation>
    </message>
    <message>
        <source>Türkiye &amp; Turkic states</source>
        <translation>Түркия және түркі елдері</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Орталық Азия</translation>
    </message>
    <message>
        <source>Rest of Asia</source>
        <translation>Азияның қалған бөлігі</translation>
    </message>
    <message>
        <source>Rest of world</source>
        <translation>Әлемнің қалған бөлігі</translation>
    </message>
    <message>
        <source>EAEU</source>
        <translation>ЕАЭО</translation>
    </message>
    <message>
        <source>OTS</source>
        <translation>ТМҰ</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>ТМД</translation>
    </message>
    <message>
        <source>SCO</source>
        <translation>ШЫҰ</translation>
    </message>
    <message>
        <source>Eurasian Economic Union (EAEU)</source>
        <translation>Еуразиялық экономикалық одақ (ЕАЭО)</translation>
    </message>
    <message>
        <source>European Union (EU-27)</source>
        <translation>Еуропалық одақ (ЕО-27)</translation>
    </message>
    <message>
        <source>Organization of Turkic States (OTS)</source>
        <translation>Түркі мемлекеттері ұйымы (ТМҰ)</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States (CIS)</source>
        <translation>Тәуелсіз Мемлекеттер Достастығы (ТМД)</translation>
    </message>
    <message>
        <source>Shanghai Cooperation Organisation (SCO)</source>
        <translation>Шанхай ынтымақтастық ұйымы (ШЫҰ)</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн АҚШ доллары</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>pp</source>
        <translation>п. т.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>PairedBarsChart</name>
    <message>
        <source>share of trade (%)</source>
        <translation>үлес (%)</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>Quoted
US$ m</source>
        <translation>Баспасөз
млн $</translation>
    </message>
    <message>
        <source>Baseline
US$ m</source>
        <translation>База
млн $</translation>
    </message>
    <message>
        <source>Trade value as first published, US$ million</source>
        <translation>Алғашқы жарияланым бойынша сауда құны, млн АҚШ доллары</translation>
    </message>
    <message>
        <source>Baseline trade value, US$ million</source>
        <translation>Базалық сауда құны, млн АҚШ доллары</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Baseline
share</source>
        <translation>База
үлесі</translation>
    </message>
    <message>
        <source>Scenario
share</source>
        <translation>Сцен.
үлесі</translation>
    </message>
    <message>
        <source>Change
(pp)</source>
        <translation>Өзгеріс
(п. т.)</translation>
    </message>
    <message>
        <source>Revised
US$ m</source>
        <translation>Нақтыл.
млн $</translation>
    </message>
    <message>
        <source>Locked {many} keep their share when others are edited</source>
        <translation>Бекітілген {many} басқалары өзгергенде үлесін сақтайды</translation>
    </message>
    <message>
        <source>Baseline share of the listed total (the unallocated trade is not counted)</source>
        <translation>Тізім жиынтығындағы базалық үлес (бөлінбеген сауда есептелмейді)</translation>
    </message>
    <message>
        <source>Scenario share; double-click or press F2 to type an exact number</source>
        <translation>Сценарийдегі үлес; нақты санды енгізу үшін екі рет басыңыз немесе F2 басыңыз</translation>
    </message>
    <message>
        <source>Scenario share minus baseline share, in percentage points</source>
        <translation>Сценарийдегі үлес минус базадағы үлес, пайыздық тармақпен</translation>
    </message>
    <message>
        <source>The revised figure for the same {one} and year, US$ million (the row&apos;s tooltip gives the revision in percent)</source>
        <translation>Сол {one} және жыл үшін нақтыланған сан, млн АҚШ доллары (жолдың кеңесі нақтылауды пайызбен береді)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>бекітілмеген</translation>
    </message>
    <message>
        <source>{name} ({code}), {state}
first published {base:,.1f} US$ m ({base_share:.2f} % of the quoted)
revised {revised:,.1f} US$ m ({change:+.1f} %)
scenario {value:,.1f} US$ m ({share:.2f} %)</source>
        <translation>{name} ({code}), {state}
алғашқы жарияланым {base:,.1f} млн $ (келтірілгендердің {base_share:.2f} %)
нақтыланған {revised:,.1f} млн $ ({change:+.1f} %)
сценарий {value:,.1f} млн $ ({share:.2f} %)</translation>
    </message>
    <message>
        <source>{name} ({code}), {state}
baseline {base:,.1f} US$ m ({base_share:.2f} %)
scenario {value:,.1f} US$ m ({share:.2f} %)</source>
        <translation>{name} ({code}), {state}
база {base:,.1f} млн $ ({base_share:.2f} %)
сценарий {value:,.1f} млн $ ({share:.2f} %)</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>Filter {many} by name or code (Ctrl+F)</source>
        <translation>{many} атауы немесе коды бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter {many}</source>
        <translation>{many} сүзу</translation>
    </message>
    <message>
        <source>Type part of a name or code to show only the matching {many}</source>
        <translation>Тек сәйкес {many} көрсету үшін атаудың немесе кодтың бір бөлігін теріңіз</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Бөлінбеген</translation>
    </message>
    <message>
        <source>Unallocated: {value:,.1f} US$ million, {percent} of the official total {total:,.1f}, is trade the source does not break down by {one}. It is not a {one}: it is not in the shares, the edits or any index, and it is never spread over the others.</source>
        <translation>Бөлінбеген: {value:,.1f} млн АҚШ доллары, ресми жиынтық {total:,.1f} ішінен {percent} — дереккөз «{one}» бойынша бөлмейтін сауда. Бұл {one} емес: ол үлестерде, түзетулерде және индекстерде жоқ және ешқашан басқаларға бөлінбейді.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>2022 as first published (The Astana Times, 2023)</source>
        <translation>2022 жыл алғашқы жариялауда (The Astana Times, 2023)</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade as first reported in The Astana Times (Michael Rossi, 2023): exports to Italy $13.9bn, China $13.2bn and Russia $8.8bn; imports from Russia $17.3bn, China $10.9bn and the US about $1.9bn; turnover $134.4bn, 32 % more than in 2021. These are early figures: the revised Bureau of National Statistics release gives Italy 13.85, China 13.06 and Russia 9.09 ($bn) and turnover 135.5. The article names only these partners, so the indices here describe those three alone and are not comparable with the full data; switch the release back to &apos;revised&apos; to compare.</source>
        <translation>Қазақстанның 2022 жылғы саудасы The Astana Times алғаш жариялаған түрінде (Michael Rossi, 2023): Италияға экспорт 13,9 млрд доллар, Қытайға 13,2 млрд және Ресейге 8,8 млрд; Ресейден импорт 17,3 млрд, Қытайдан 10,9 млрд және АҚШ-тан шамамен 1,9 млрд; тауар айналымы 134,4 млрд доллар, 2021 жылдан 32 % көп. Бұл алғашқы деректер: Ұлттық статистика бюросының нақтыланған шығарылымы бойынша Италия 13,85, Қытай 13,06 және Ресей 9,09 (млрд доллар), тауар айналымы 135,5. Мақала тек осы серіктестерді атайды, сондықтан мұндағы индекстер тек осы үш елді сипаттайды және толық деректермен салыстыруға келмейді; салыстыру үшін деректерді «Нақтыланған» күйіне қайтарыңыз.</translation>
    </message>
    <message>
        <source>China takes up the slack (Belt and Road pivot, exports)</source>
        <translation>Қытай олқылықты толтырады («Белдеу және жол» бұрылысы, экспорт)</translation>
    </message>
    <message>
        <source>The question: if exports to Italy fell by a third and China took up the slack, is Kazakhstan more or less dependent, by how much, and on whom? Italy was the largest export market in 2022 (mostly crude oil); China already buys more of Kazakhstan&apos;s exports than Russia and sees it as the transit link of the Belt and Road. Here Italy&apos;s share of 2022 exports falls from 16.4 % to 10.9 % (a third less) and the difference goes to China alone, so the total and every other partner stay as they were.</source>
        <translation>Сұрақ: егер Италияға экспорт үштен бірге азайып, айырманы Қытай алса, Қазақстан көбірек немесе азырақ тәуелді бола ма, қаншалықты және кімге? Италия 2022 жылы ең ірі экспорт нарығы болды (негізінен шикі мұнай); Қытай Қазақстан экспортын Ресейден көп сатып алады және оны «Белдеу және жолдың» транзиттік буыны деп санайды. Мұнда Италияның 2022 жылғы экспорттағы үлесі 16,4 %-дан 10,9 %-ға түседі (үштен бірге аз), ал айырма толығымен Қытайға өтеді, сондықтан жиынтық пен басқа серіктестердің бәрі бұрынғыдай қалады.</translation>
    </message>
    <message>
        <source>Deeper EAEU integration (exports)</source>
        <translation>ЕАЭО интеграциясын тереңдету (экспорт)</translation>
    </message>
    <message>
        <source>The Eurasian Economic Union (Russia, Belarus, Armenia, Kyrgyzstan and Kazakhstan) aims at a common market in goods. What if deeper integration, with fewer non-tariff barriers and a common transport market, made selling to the other members 10 % cheaper, and buyers shifted accordingly (Armington/CES, default sigma)? The 10 % is an illustrative assumption, not an estimate. Compare the vector balance: does closer Eurasian integration cost Kazakhstan its multivector spread?</source>
        <translation>Еуразиялық экономикалық одақ (Ресей, Беларусь, Армения, Қырғызстан және Қазақстан) тауарлардың ортақ нарығына ұмтылады. Егер тереңірек интеграция, тарифтік емес кедергілер азайып, ортақ көлік нарығы пайда болып, басқа мүшелерге сатуды 10 %-ға арзандатса және сатып алушылар соған сай ауысса ше (Армингтон/CES, әдепкі sigma)? 10 % — мысал ретіндегі жорамал, баға емес. Векторлар балансын салыстырыңыз: еуразиялық интеграцияның тереңдеуі Қазақстанның көпвекторлығына зиян келтіре ме?</translation>
    </message>
    <message>
        <source>Middle Corridor and Turkic integration (exports)</source>
        <translation>Орта дәліз және түркі интеграциясы (экспорт)</translation>
    </message>
    <message>
        <source>The Trans-Caspian &apos;Middle Corridor&apos; carries goods from Kazakhstan across the Caspian to Azerbaijan, Georgia and Türkiye, bypassing Russia; the Organization of Turkic States ties Kazakhstan to Uzbekistan, the Kyrgyz Republic, Azerbaijan and Türkiye, with Turkmenistan as an observer. What if a cheaper corridor made selling to Azerbaijan, Georgia and Türkiye 15 % cheaper and to the Turkic neighbours 5 % cheaper (Armington/CES, default sigma)? The sizes are illustrative assumptions, not estimates.</source>
        <translation>Транскаспий «Орта дәлізі» Қазақстаннан жүкті Каспий арқылы Әзірбайжанға, Грузияға және Түркияға Ресейді айналып өтіп жеткізеді; Түркі мемлекеттері ұйымы Қазақстанды Өзбекстанмен, Қырғыз Республикасымен, Әзірбайжанмен және Түркиямен байланыстырады, Түрікменстан онда бақылаушы. Егер арзанырақ дәліз Әзірбайжанға, Грузияға және Түркияға сатуды 15 %-ға, ал түркі көршілерге 5 %-ға арзандатса ше (Армингтон/CES, әдепкі sigma)? Шамалар — мысал ретіндегі жорамалдар, баға емес.</translation>
    </message>
    <message>
        <source>A Russia trade shock (imports)</source>
        <translation>Ресейден келетін сауда соққысы (импорт)</translation>
    </message>
    <message>
        <source>Russia is Kazakhstan&apos;s largest source of imports (35 % in 2022). What if buying from Russia became 30 % dearer, say through a sanctions-compliance premium on payments and logistics, and importers switched to other suppliers as an Armington/CES model with the default elasticity of substitution predicts? The 30 % is an illustrative assumption, not an estimate; move it and sigma to see how much the answer depends on them. Note that 2022 imports do not separate &apos;parallel imports&apos; and re-exports involving Russia.</source>
        <translation>Ресей — Қазақстан импортының ең ірі көзі (2022 жылы 35 %). Егер Ресейден сатып алу 30 %-ға қымбаттаса, мысалы төлемдер мен логистикадағы санкцияларды сақтау үстемесі салдарынан, және импорттаушылар Армингтон/CES моделі әдепкі алмастыру икемділігімен болжағандай басқа жеткізушілерге ауысса ше? 30 % — мысал ретіндегі жорамал, баға емес; жауаптың олардан қаншалықты тәуелді екенін көру үшін оны және sigma-ны өзгертіңіз. 2022 жылғы импорт Ресеймен байланысты «параллель импорт» пен реэкспортты бөлмейтінін ескеріңіз.</translation>
    </message>
    <message>
        <source>Western diversification (exports, five years)</source>
        <translation>Батыстық әртараптандыру (экспорт, бес жыл)</translation>
    </message>
    <message>
        <source>The EU already takes over a third of Kazakhstan&apos;s exports, mostly oil, and the United States is a latecomer, visible in consumer goods and universities but small in trade. What if exports to the EU grew by 5 % a year and to the US by 8 % a year for five years, while every other market grew by 2 % a year? The rates are illustrative assumptions, not forecasts. Watch the EU-27 vector grow and whether the vector balance improves or worsens.</source>
        <translation>ЕО Қазақстан экспортының үштен бірінен астамын, негізінен мұнайды, қазірдің өзінде алады, ал Америка Құрама Штаттары кейін келді: олар тұтыну тауарлары мен университеттерде байқалады, бірақ саудада аз. Егер бес жыл бойы ЕО-ға экспорт жылына 5 %-ға, АҚШ-қа жылына 8 %-ға өсіп, қалған нарықтардың бәрі жылына 2 %-ға өссе ше? Қарқындар — мысал ретіндегі жорамалдар, болжау емес. ЕО-27 векторының өсуін және векторлар балансының жақсаруын не нашарлауын бақылаңыз.</translation>
    </message>
</context>
<context>
    <name>ProductGroups</name>
    <message>
        <source>Live animals</source>
        <translation>Тірі жануарлар</translation>
    </message>
    <message>
        <source>Meat and edible meat offal</source>
        <translation>Ет және тағамдық ет субөнімдері</translation>
    </message>
    <message>
        <source>Fish, crustaceans, molluscs</source>
        <translation>Балық, шаянтәрізділер, моллюскалар</translation>
    </message>
    <message>
        <source>Dairy produce; eggs; honey</source>
        <translation>Сүт өнімдері; жұмыртқа; бал</translation>
    </message>
    <message>
        <source>Other products of animal origin</source>
        <translation>Жануар текті басқа өнімдер</translation>
    </message>
    <message>
        <source>Live trees, plants, cut flowers</source>
        <translation>Тірі ағаштар, өсімдіктер, кесілген гүлдер</translation>
    </message>
    <message>
        <source>Edible vegetables</source>
        <translation>Тағамдық көкөністер</translation>
    </message>
    <message>
        <source>Edible fruit and nuts</source>
        <translation>Тағамдық жемістер мен жаңғақтар</translation>
    </message>
    <message>
        <source>Coffee, tea, maté and spices</source>
        <translation>Кофе, шай, мате және дәмдеуіштер</translation>
    </message>
    <message>
        <source>Cereals</source>
        <translation>Дәнді дақылдар</translation>
    </message>
    <message>
        <source>Milling products; malt; starches</source>
        <translation>Ұн тарту өнімдері; уыт; крахмалдар</translation>
    </message>
    <message>
        <source>Oil seeds; miscellaneous grains, seeds, fruit; fodder</source>
        <translation>Майлы тұқымдар; әртүрлі дәндер, тұқымдар, жемістер; мал азығы</translation>
    </message>
    <message>
        <source>Lac; gums, resins, vegetable saps</source>
        <translation>Шеллак; камедьтер, шайырлар, өсімдік шырындары</translation>
    </message>
    <message>
        <source>Vegetable plaiting materials</source>
        <translation>Өруге арналған өсімдік материалдары</translation>
    </message>
    <message>
        <source>Animal and vegetable fats and oils</source>
        <translation>Жануар және өсімдік тектес майлар</translation>
    </message>
    <message>
        <source>Preparations of meat or fish</source>
        <translation>Еттен немесе балықтан жасалған өнімдер</translation>
    </message>
    <message>
        <source>Sugars and sugar confectionery</source>
        <translation>Қант және қанттан жасалған кондитерлік өнімдер</translation>
    </message>
    <message>
        <source>Cocoa and cocoa preparations</source>
        <translation>Какао және одан жасалған өнімдер</translation>
    </message>
    <message>
        <source>Preparations of cereals, flour, milk; bakery</source>
        <translation>Дәннен, ұннан, сүттен жасалған өнімдер; нан-тоқаш өнімдері</translation>
    </message>
    <message>
        <source>Preparations of vegetables, fruit, nuts</source>
        <translation>Көкөністерден, жемістерден, жаңғақтардан жасалған өнімдер</translation>
    </message>
    <message>
        <source>Miscellaneous edible preparations</source>
        <translation>Әртүрлі тағам өнімдері</translation>
    </message>
    <message>
        <source>Beverages, spirits and vinegar</source>
        <translation>Сусындар, спирт және сірке суы</translation>
    </message>
    <message>
        <source>Food industry residues; animal fodder</source>
        <translation>Тамақ өнеркәсібінің қалдықтары; мал азығы</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Темекі</translation>
    </message>
    <message>
        <source>Salt, sulphur, earths, stone, cement</source>
        <translation>Тұз, күкірт, топырақ, тас, цемент</translation>
    </message>
    <message>
        <source>Ores, slag and ash</source>
        <translation>Кендер, қож және күл</translation>
    </message>
    <message>
        <source>Mineral fuels and oils (crude oil, gas, coal)</source>
        <translation>Минералдық отын және майлар (шикі мұнай, газ, көмір)</translation>
    </message>
    <message>
        <source>Inorganic chemicals (incl. radioactive elements)</source>
        <translation>Бейорганикалық химиялық заттар (радиоактивті элементтерді қоса)</translation>
    </message>
    <message>
        <source>Organic chemicals</source>
        <translation>Органикалық химиялық заттар</translation>
    </message>
    <message>
        <source>Pharmaceutical products</source>
        <translation>Фармацевтикалық өнімдер</translation>
    </message>
    <message>
        <source>Fertilisers</source>
        <translation>Тыңайтқыштар</translation>
    </message>
    <message>
        <source>Tanning or dyeing extracts; paints; inks</source>
        <translation>Илегіш немесе бояғыш экстрактілер; бояулар; сия</translation>
    </message>
    <message>
        <source>Essential oils; perfumery, cosmetics</source>
        <translation>Эфир майлары; парфюмерия, косметика</translation>
    </message>
    <message>
        <source>Soap, washing and lubricating preparations</source>
        <translation>Сабын, жуғыш және майлағыш заттар</translation>
    </message>
    <message>
        <source>Albuminoidal substances; glues; enzymes</source>
        <translation>Ақуызды заттар; желімдер; ферменттер</translation>
    </message>
    <message>
        <source>Explosives; matches; pyrotechnics</source>
        <translation>Жарылғыш заттар; сіріңке; пиротехника</translation>
    </message>
    <message>
        <source>Photographic or cinematographic goods</source>
        <translation>Фото- және кинотауарлар</translation>
    </message>
    <message>
        <source>Miscellaneous chemical products</source>
        <translation>Әртүрлі химиялық өнімдер</translation>
    </message>
    <message>
        <source>Plastics and articles thereof</source>
        <translation>Пластмассалар және олардан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Rubber and articles thereof</source>
        <translation>Каучук, резеңке және олардан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Raw hides and skins; leather</source>
        <translation>Өңделмеген терілер; былғары</translation>
    </message>
    <message>
        <source>Articles of leather; travel goods, handbags</source>
        <translation>Былғары бұйымдары; жол керек-жарақтары, қол сөмкелер</translation>
    </message>
    <message>
        <source>Furskins and artificial fur</source>
        <translation>Табиғи және жасанды үлбір</translation>
    </message>
    <message>
        <source>Wood and articles of wood</source>
        <translation>Ағаш және ағаш бұйымдары</translation>
    </message>
    <message>
        <source>Cork and articles of cork</source>
        <translation>Тоз және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Basketware and wickerwork</source>
        <translation>Себет және өрме бұйымдар</translation>
    </message>
    <message>
        <source>Pulp of wood; recovered paper</source>
        <translation>Ағаш массасы; макулатура</translation>
    </message>
    <message>
        <source>Paper and paperboard</source>
        <translation>Қағаз және картон</translation>
    </message>
    <message>
        <source>Printed books, newspapers, pictures</source>
        <translation>Баспа кітаптары, газеттер, суреттер</translation>
    </message>
    <message>
        <source>Silk</source>
        <translation>Жібек</translation>
    </message>
    <message>
        <source>Wool and animal hair</source>
        <translation>Жүн және жануарлар қылы</translation>
    </message>
    <message>
        <source>Cotton</source>
        <translation>Мақта</translation>
    </message>
    <message>
        <source>Other vegetable textile fibres</source>
        <translation>Басқа өсімдік тоқыма талшықтары</translation>
    </message>
    <message>
        <source>Man-made filaments</source>
        <translation>Химиялық жіптер</translation>
    </message>
    <message>
        <source>Man-made staple fibres</source>
        <translation>Химиялық штапельдік талшықтар</translation>
    </message>
    <message>
        <source>Wadding, felt, nonwovens; twine, ropes</source>
        <translation>Вата, киіз, тоқылмаған материалдар; шпагат, арқандар</translation>
    </message>
    <message>
        <source>Carpets and textile floor coverings</source>
        <translation>Кілемдер және тоқыма еден жабындары</translation>
    </message>
    <message>
        <source>Special woven fabrics; lace; embroidery</source>
        <translation>Арнайы маталар; шілтер; кестелер</translation>
    </message>
    <message>
        <source>Impregnated, coated or laminated textile fabrics</source>
        <translation>Сіңдірілген, қапталған немесе ламинатталған маталар</translation>
    </message>
    <message>
        <source>Knitted or crocheted fabrics</source>
        <translation>Машинамен немесе қолмен тоқылған трикотаж маталар</translation>
    </message>
    <message>
        <source>Apparel, knitted or crocheted</source>
        <translation>Трикотаж киім</translation>
    </message>
    <message>
        <source>Apparel, not knitted or crocheted</source>
        <translation>Трикотаж емес киім</translation>
    </message>
    <message>
        <source>Other made-up textile articles; worn clothing</source>
        <translation>Басқа дайын тоқыма бұйымдар; киілген киім</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Аяқ киім</translation>
    </message>
    <message>
        <source>Headgear</source>
        <translation>Бас киімдер</translation>
    </message>
    <message>
        <source>Umbrellas, walking-sticks, whips</source>
        <translation>Қолшатырлар, таяқтар, қамшылар</translation>
    </message>
    <message>
        <source>Prepared feathers; artificial flowers</source>
        <translation>Өңделген қауырсындар; жасанды гүлдер</translation>
    </message>
    <message>
        <source>Articles of stone, plaster, cement</source>
        <translation>Тас, гипс, цемент бұйымдары</translation>
    </message>
    <message>
        <source>Ceramic products</source>
        <translation>Керамикалық бұйымдар</translation>
    </message>
    <message>
        <source>Glass and glassware</source>
        <translation>Шыны және шыны бұйымдар</translation>
    </message>
    <message>
        <source>Pearls, precious stones and metals; jewellery</source>
        <translation>Інжу, асыл тастар мен металдар; зергерлік бұйымдар</translation>
    </message>
    <message>
        <source>Iron and steel (incl. ferroalloys)</source>
        <translation>Қара металдар (ферроқорытпаларды қоса)</translation>
    </message>
    <message>
        <source>Articles of iron or steel</source>
        <translation>Қара металдан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Copper and articles thereof</source>
        <translation>Мыс және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Nickel and articles thereof</source>
        <translation>Никель және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Aluminium and articles thereof</source>
        <translation>Алюминий және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Lead and articles thereof</source>
        <translation>Қорғасын және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Zinc and articles thereof</source>
        <translation>Мырыш және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Tin and articles thereof</source>
        <translation>Қалайы және одан жасалған бұйымдар</translation>
    </message>
    <message>
        <source>Other base metals; cermets</source>
        <translation>Басқа бағалы емес металдар; металлокерамика</translation>
    </message>
    <message>
        <source>Tools, cutlery of base metal</source>
        <translation>Бағалы емес металдан жасалған құралдар, пышақ бұйымдары</translation>
    </message>
    <message>
        <source>Miscellaneous articles of base metal</source>
        <translation>Бағалы емес металдан жасалған әртүрлі бұйымдар</translation>
    </message>
    <message>
        <source>Machinery and mechanical appliances</source>
        <translation>Машиналар және механикалық құрылғылар</translation>
    </message>
    <message>
        <source>Electrical machinery and equipment (incl. phones)</source>
        <translation>Электр машиналары мен жабдықтары (телефондарды қоса)</translation>
    </message>
    <message>
        <source>Railway locomotives and rolling stock</source>
        <translation>Темір жол локомотивтері және жылжымалы құрам</translation>
    </message>
    <message>
        <source>Vehicles other than railway</source>
        <translation>Темір жолдан басқа көлік құралдары</translation>
    </message>
    <message>
        <source>Aircraft, spacecraft and parts</source>
        <translation>Ұшу және ғарыш аппараттары және олардың бөлшектері</translation>
    </message>
    <message>
        <source>Ships, boats and floating structures</source>
        <translation>Кемелер, қайықтар және жүзбелі конструкциялар</translation>
    </message>
    <message>
        <source>Optical, measuring, medical instruments</source>
        <translation>Оптикалық, өлшеу, медициналық аспаптар</translation>
    </message>
    <message>
        <source>Clocks and watches</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <source>Musical instruments</source>
        <translation>Музыкалық аспаптар</translation>
    </message>
    <message>
        <source>Arms and ammunition</source>
        <translation>Қару және оқ-дәрілер</translation>
    </message>
    <message>
        <source>Furniture; bedding; lamps; prefabricated buildings</source>
        <translation>Жиһаз; төсек-орын жабдықтары; шамдар; құрастырмалы ғимараттар</translation>
    </message>
    <message>
        <source>Toys, games and sports requisites</source>
        <translation>Ойыншықтар, ойындар және спорт керек-жарақтары</translation>
    </message>
    <message>
        <source>Miscellaneous manufactured articles</source>
        <translation>Әртүрлі дайын бұйымдар</translation>
    </message>
    <message>
        <source>Works of art, collectors&apos; pieces, antiques</source>
        <translation>Өнер туындылары, коллекциялық заттар, антиквариат</translation>
    </message>
    <message>
        <source>Not elsewhere specified (HS 99, unclassified)</source>
        <translation>Басқа жерде көрсетілмеген (HS 99, жіктелмеген)</translation>
    </message>
    <message>
        <source>Live animals; animal products</source>
        <translation>Тірі жануарлар; жануар текті өнімдер</translation>
    </message>
    <message>
        <source>Vegetable products</source>
        <translation>Өсімдік текті өнімдер</translation>
    </message>
    <message>
        <source>Animal/vegetable fats &amp; oils</source>
        <translation>Жануар/өсімдік майлары</translation>
    </message>
    <message>
        <source>Prepared foodstuffs, beverages, tobacco</source>
        <translation>Дайын тағам өнімдері, сусындар, темекі</translation>
    </message>
    <message>
        <source>Mineral products (incl. HS27 fuels)</source>
        <translation>Минералдық өнімдер (HS27 отынды қоса)</translation>
    </message>
    <message>
        <source>Chemical products</source>
        <translation>Химиялық өнімдер</translation>
    </message>
    <message>
        <source>Plastics &amp; rubber</source>
        <translation>Пластмассалар және каучук</translation>
    </message>
    <message>
        <source>Hides, leather, furs</source>
        <translation>Терілер, былғары, үлбір</translation>
    </message>
    <message>
        <source>Wood &amp; articles</source>
        <translation>Ағаш және бұйымдар</translation>
    </message>
    <message>
        <source>Pulp, paper</source>
        <translation>Ағаш массасы, қағаз</translation>
    </message>
    <message>
        <source>Textiles &amp; apparel</source>
        <translation>Тоқыма және киім</translation>
    </message>
    <message>
        <source>Footwear, headgear</source>
        <translation>Аяқ киім, бас киімдер</translation>
    </message>
    <message>
        <source>Stone, ceramic, glass articles</source>
        <translation>Тас, керамика, шыны бұйымдары</translation>
    </message>
    <message>
        <source>Precious metals &amp; stones</source>
        <translation>Асыл металдар мен тастар</translation>
    </message>
    <message>
        <source>Base metals &amp; articles</source>
        <translation>Бағалы емес металдар және бұйымдар</translation>
    </message>
    <message>
        <source>Machinery &amp; electrical equipment</source>
        <translation>Машиналар және электр жабдықтары</translation>
    </message>
    <message>
        <source>Vehicles, aircraft, vessels</source>
        <translation>Көлік құралдары, ұшу аппараттары, кемелер</translation>
    </message>
    <message>
        <source>Optical, medical, instruments</source>
        <translation>Оптика, медициналық техника, аспаптар</translation>
    </message>
    <message>
        <source>Arms &amp; ammunition</source>
        <translation>Қару және оқ-дәрілер</translation>
    </message>
    <message>
        <source>Miscellaneous manufactures</source>
        <translation>Әртүрлі өнеркәсіп тауарлары</translation>
    </message>
    <message>
        <source>Works of art</source>
        <translation>Өнер туындылары</translation>
    </message>
    <message>
        <source>HS99 / unclassified</source>
        <translation>HS99 / жіктелмеген</translation>
    </message>
</context>
<context>
    <name>ProjectionActions</name>
    <message>
        <source>Project &amp;growth...</source>
        <translation>Өсім &amp;болжамы...</translation>
    </message>
    <message>
        <source>Grow trade at annual rates per partner or per vector over N years</source>
        <translation>Сауданы серіктестер немесе векторлар бойынша жылдық қарқынмен N жылға өсіру</translation>
    </message>
    <message>
        <source>vectors (blocs)</source>
        <translation>векторлар (блоктар)</translation>
    </message>
</context>
<context>
    <name>ProjectionEditor</name>
    <message>
        <source>Project growth - Multivector</source>
        <translation>Өсім болжамы - Multivector</translation>
    </message>
    <message>
        <source>Projection editor</source>
        <translation>Болжам редакторы</translation>
    </message>
    <message>
        <source>Each year every value grows by its annual rate: v(t) = v (1 + g)^t. The indices of every year are drawn after the data in the History chart, with the baseline grown at the same rates as a grey ghost.</source>
        <translation>Әр жыл сайын әр мән өзінің жылдық қарқынымен өседі: v(t) = v (1 + g)^t. Әр жылдың индекстері «Тарих» диаграммасында деректерден кейін салынады, ал сол қарқынмен өскен база — сұр көлеңкемен.</translation>
    </message>
    <message>
        <source>Years projected</source>
        <translation>Болжам жылдары</translation>
    </message>
    <message>
        <source>Rates given per</source>
        <translation>Қарқындар бойынша беріледі</translation>
    </message>
    <message>
        <source>Growth a year of everything else</source>
        <translation>Қалғанның бәрінің жылдық өсімі</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Атауы немесе коды бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter the rates</source>
        <translation>Қарқындарды сүзу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Growth a year (%)</source>
        <translation>Жылдық өсім (%)</translation>
    </message>
    <message>
        <source>Growth rates</source>
        <translation>Өсім қарқындары</translation>
    </message>
    <message>
        <source>Type a rate in percent a year (5 = 5 %, -3 = 3 % less each year); leave it empty for the default rate</source>
        <translation>Жылдық пайызбен қарқынды теріңіз (5 = 5 %, -3 = жыл сайын 3 % аз); әдепкі қарқын үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>&amp;Clear the rates</source>
        <translation>Қарқындарды &amp;тазалау</translation>
    </message>
    <message>
        <source>Every row back to the default rate</source>
        <translation>Барлық жолдар — әдепкі қарқынға</translation>
    </message>
    <message>
        <source>How projections work (the guide)</source>
        <translation>Болжамдар қалай жұмыс істейді (нұсқаулық)</translation>
    </message>
    <message>
        <source>Help on projections</source>
        <translation>Болжамдар туралы анықтама</translation>
    </message>
    <message>
        <source>&amp;Apply projection</source>
        <translation>Болжамды &amp;қолдану</translation>
    </message>
    <message>
        <source>&amp;Remove projection</source>
        <translation>Болжамды &amp;алып тастау</translation>
    </message>
    <message>
        <source>&amp;Years ahead:</source>
        <translation>Алдағы &amp;жылдар:</translation>
    </message>
    <message>
        <source>Rates &amp;per:</source>
        <translation>Қарқындар &amp;бойынша:</translation>
    </message>
    <message>
        <source>&amp;Everything else grows:</source>
        <translation>&amp;Қалғанның бәрі өседі:</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>{first} - {last}</translation>
    </message>
    <message>
        <source>“{text}” is not a rate: type a number of percent above -100, or leave the cell empty for the default rate.</source>
        <translation>«{text}» қарқын емес: -100-ден үлкен пайыз санын теріңіз немесе әдепкі қарқын үшін ұяшықты бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Сақталмаған өзгерістерді қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Multivector did not close normally. “{title}” had changes that were not saved; they were kept on {time}.</source>
        <translation>Multivector дұрыс жабылмады. «{title}» ішінде сақталмаған өзгерістер болды; олар {time} сақталды.</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>Its file: {file} (Save writes there).</source>
        <translation>Оның файлы: {file} («Сақтау» соған жазады).</translation>
    </message>
    <message>
        <source>It was never saved to a file.</source>
        <translation>Ол ешқашан файлға сақталмаған.</translation>
    </message>
    <message>
        <source>Restore opens the scenario with those changes, not yet saved. Discard deletes them for good.</source>
        <translation>«Қалпына келтіру» сценарийді осы әлі сақталмаған өзгерістермен ашады. «Тастау» оларды біржола жояды.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Тастау</translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <source>Remove imported data - Multivector</source>
        <translation>Импортталған деректерді жою - Multivector</translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation>Импортталған деректер жиындары</translation>
    </message>
    <message>
        <source>Data sets you imported, kept for the next start. Removing one deletes the app&apos;s copy; your downloaded file stays where it is.</source>
        <translation>Сіз импорттаған, келесі іске қосуға сақталған деректер жиындары. Жою бағдарлама көшірмесін өшіреді; жүктелген файлыңыз орнында қалады.</translation>
    </message>
    <message>
        <source>No imported data sets: File &gt; Import data... adds one.</source>
        <translation>Импортталған деректер жиындары жоқ: «Файл &gt; Деректерді импорттау...» оларды қосады.</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Жою...</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>Baseline (grey) beside the scenario (blue), in percent of trade.</source>
        <translation>База (сұр) сценарийдің (көк) қасында, сауданың пайызымен.</translation>
    </message>
    <message>
        <source>Each bar is s’² − s² in HHI points; right of zero made trade more concentrated, left less. The bars sum to the change in HHI.</source>
        <translation>Әр баған — HHI тармақтарымен s’² − s²; нөлден оңға — сауда шоғырланды, солға — азырақ. Бағандардың қосындысы HHI өзгерісіне тең.</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Түзетулер</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Индекстер</translation>
    </message>
    <message>
        <source>Data source and caveats</source>
        <translation>Деректер көзі және ескертпелер</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Шығарылым</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>How to cite</source>
        <translation>Қалай сілтеме жасау керек</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>None: the scenario is the baseline.</source>
        <translation>Жоқ: сценарий базамен бірдей.</translation>
    </message>
    <message>
        <source>Shares of the largest {many}</source>
        <translation>Ең ірі {many} үлестері</translation>
    </message>
    <message>
        <source>Change in HHI by {one}</source>
        <translation>HHI өзгерісі «{one}» бойынша</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (өшірілген)</translation>
    </message>
    <message>
        <source> (not applied: {reason})</source>
        <translation> (қолданылмады: {reason})</translation>
    </message>
</context>
<context>
    <name>ScenarioEditing</name>
    <message>
        <source>Not done: {what}: {reason}.</source>
        <translation>Орындалмады: {what}: {reason}.</translation>
    </message>
    <message>
        <source>These data are not available: {problem}</source>
        <translation>Бұл деректер қолжетімсіз: {problem}</translation>
    </message>
    <message>
        <source>{name} is locked; unlock it first.</source>
        <translation>{name} бекітілген; алдымен босатыңыз.</translation>
    </message>
    <message>
        <source>Choose another {one} (not locked) to take the share from.</source>
        <translation>Үлес алынатын басқа (бекітілмеген) {one} таңдаңыз.</translation>
    </message>
    <message>
        <source>switch on: {what}</source>
        <translation>қосу: {what}</translation>
    </message>
    <message>
        <source>switch off: {what}</source>
        <translation>өшіру: {what}</translation>
    </message>
    <message>
        <source>remove: {what}</source>
        <translation>жою: {what}</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Өзгертілмеді: {reason}.</translation>
    </message>
    <message>
        <source>change: {what}</source>
        <translation>өзгерту: {what}</translation>
    </message>
    <message>
        <source>edit the title and notes</source>
        <translation>тақырып пен жазбаларды өзгерту</translation>
    </message>
    <message>
        <source>reset the scenario</source>
        <translation>сценарийді тастау</translation>
    </message>
    <message>
        <source>{year} is not in these data; showing {other}.</source>
        <translation>Бұл деректерде {year} жоқ; {other} көрсетілген.</translation>
    </message>
    <message>
        <source>show {what}</source>
        <translation>{what} көрсету</translation>
    </message>
    <message>
        <source>show {what}, without the edits</source>
        <translation>{what} түзетулерсіз көрсету</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>HS sections</source>
        <translation>СЭҚ ТН бөлімдері</translation>
    </message>
    <message>
        <source>HS chapters</source>
        <translation>СЭҚ ТН топтары</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>векторлар</translation>
    </message>
    <message>
        <source>, first published</source>
        <translation>, алғашқы жарияланым</translation>
    </message>
    <message>
        <source>{year} {flow}, {what}{release}</source>
        <translation>{year} {flow}, {what}{release}</translation>
    </message>
    <message>
        <source>{reporter} {words}</source>
        <translation>{reporter} {words}</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>Сценарий тақырыбы</translation>
    </message>
    <message>
        <source>What the scenario asks</source>
        <translation>Сценарий қандай сұрақ қояды</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Сценарий сипаттамасы</translation>
    </message>
    <message>
        <source>Your notes (saved with the scenario)</source>
        <translation>Сіздің жазбаларыңыз (сценариймен бірге сақталады)</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Сценарий жазбалары</translation>
    </message>
    <message>
        <source>Edits of the scenario</source>
        <translation>Сценарий түзетулері</translation>
    </message>
    <message>
        <source>Every edit, in the order applied. Untick one to switch it off; Delete removes it (both can be undone).</source>
        <translation>Барлық түзетулер қолданылу ретімен. Түзетуді өшіру үшін белгіні алыңыз; Delete оны жояды (екеуін де болдырмауға болады).</translation>
    </message>
    <message>
        <source>No edits: this is the baseline.</source>
        <translation>Түзетулер жоқ: бұл база.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Remove the selected edit (Delete; undoable)</source>
        <translation>Таңдалған түзетуді жою (Delete; болдырмауға болады)</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>&amp;Өзгерту...</translation>
    </message>
    <message>
        <source>Change the number of the selected edit</source>
        <translation>Таңдалған түзетудегі санды өзгерту</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Сипаттама және жазбалар</translation>
    </message>
    <message>
        <source>Show the description and notes</source>
        <translation>Сипаттама мен жазбаларды көрсету</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) in force</source>
        <translation>
            <numerusform>%n түзету күшінде</numerusform>
            <numerusform>%n түзету күшінде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n switched off</source>
        <translation>
            <numerusform>%n өшірілген</numerusform>
            <numerusform>%n өшірілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable here</source>
        <translation>
            <numerusform>%n мұнда қолданылмайды</numerusform>
            <numerusform>%n мұнда қолданылмайды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied here: {reason}</source>
        <translation>Мұнда қолданылмайды: {reason}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Switched off: kept, not applied</source>
        <translation>Өшірілген: сақталған, бірақ қолданылмайды</translation>
    </message>
</context>
<context>
    <name>ScenarioTabs</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>{name}: {file}</source>
        <translation>{name}: {file}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>әлі сақталмаған</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>Барлығын салыстыру</translation>
    </message>
    <message>
        <source>Every open scenario side by side (Ctrl+M)</source>
        <translation>Барлық ашық сценарийлер қатар (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cannot open the comparison</source>
        <translation>Салыстыруды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot save the comparison</source>
        <translation>Салыстыруды сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>{name} cannot be written:
{problem}</source>
        <translation>{name} жазылмайды:
{problem}</translation>
    </message>
    <message>
        <source>Saved the comparison of {n} scenarios in {name}</source>
        <translation>{n} сценарийдің салыстыруы {name} ішіне сақталды</translation>
    </message>
    <message>
        <source>Multivector comparisons (*.mvcompare.json);;All files (*)</source>
        <translation>Multivector салыстырулары (*.mvcompare.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save comparison as</source>
        <translation>Салыстыруды басқаша сақтау</translation>
    </message>
    <message>
        <source>Open comparison</source>
        <translation>Салыстыруды ашу</translation>
    </message>
</context>
<context>
    <name>ShareEditor</name>
    <message>
        <source>Set a share</source>
        <translation>Үлесті белгілеу</translation>
    </message>
    <message>
        <source>Scenario share slider</source>
        <translation>Сценарийдегі үлес жүгірткісі</translation>
    </message>
    <message>
        <source>Scenario share in percent</source>
        <translation>Сценарийдегі үлес пайызбен</translation>
    </message>
    <message>
        <source>Type an exact share and press Enter</source>
        <translation>Нақты үлесті теріп, Enter басыңыз</translation>
    </message>
    <message>
        <source>Feasible range</source>
        <translation>Мүмкін ауқым</translation>
    </message>
    <message>
        <source>in proportion</source>
        <translation>пропорционалды</translation>
    </message>
    <message>
        <source>equally</source>
        <translation>тең</translation>
    </message>
    <message>
        <source>Rebalancing rule</source>
        <translation>Қайта бөлу ережесі</translation>
    </message>
    <message>
        <source>&amp;Others change:</source>
        <translation>&amp;Қалғандары:</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>&amp;Үлес:</translation>
    </message>
    <message>
        <source>How setting a share works: the rules and the locks (the guide)</source>
        <translation>Үлес қалай белгіленеді: ережелер мен бекітулер (нұсқаулық)</translation>
    </message>
    <message>
        <source>Help on setting a share</source>
        <translation>Үлесті белгілеу туралы анықтама</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>Drag to set the share of the selected {one}; the range is what the rule and the locks allow</source>
        <translation>Таңдалған {one} үлесін белгілеу үшін сүйреңіз; ауқым — ереже мен бекітулер рұқсат ететіні</translation>
    </message>
    <message>
        <source>The shares this {one} can have under the rule and the locks</source>
        <translation>Осы {one} ереже мен бекітулер бойынша ала алатын үлестер</translation>
    </message>
    <message>
        <source>from one {one}:</source>
        <translation>бір {one} есебінен:</translation>
    </message>
    <message>
        <source>How the other {many} (not locked) make room: in proportion to their shares, by equal amounts, or all of it from one {one}</source>
        <translation>Қалған (бекітілмеген) {many} қалай орын босатады: үлестеріне пропорционалды, тең мөлшерде немесе бәрі бір {one} есебінен</translation>
    </message>
    <message>
        <source>{One} that gives or takes the difference</source>
        <translation>Айырманы беретін немесе алатын {One}</translation>
    </message>
    <message>
        <source>With &apos;from one {one}&apos;: only this {one} changes</source>
        <translation>«Бір {one} есебінен» болғанда тек осы {one} өзгереді</translation>
    </message>
    <message>
        <source>Select a {one} in the table to set its share.</source>
        <translation>Үлесін белгілеу үшін кестеден {one} таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is locked: unlock it to change its share.</source>
        <translation>{name} бекітілген: үлесін өзгерту үшін босатыңыз.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>range {lo:.1f}-{hi:.1f} %</source>
        <translation>ауқым {lo:.1f}-{hi:.1f} %</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources - Multivector</source>
        <translation>Деректер көздері - Multivector</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Деректер көздері</translation>
    </message>
    <message>
        <source>Sources and caveats</source>
        <translation>Дереккөздер мен ескертпелер</translation>
    </message>
    <message>
        <source>The data in use</source>
        <translation>Қолданыстағы деректер</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Мұқият оқыңыз</translation>
    </message>
    <message>
        <source>Every data file</source>
        <translation>Барлық деректер файлдары</translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation>Импортталған деректер жиындары</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>No caveats recorded.</source>
        <translation>Ескертпелер жоқ.</translation>
    </message>
    <message>
        <source>Sum of the listed categories</source>
        <translation>Тізімдегі санаттардың қосындысы</translation>
    </message>
    <message>
        <source>Official total</source>
        <translation>Ресми жиынтық</translation>
    </message>
    <message>
        <source>Unallocated (official total minus the listed sum)</source>
        <translation>Бөлінбеген (ресми жиынтық минус тізім қосындысы)</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Бөлінбеген</translation>
    </message>
    <message>
        <source>unknown: the data hold no official total for this year</source>
        <translation>белгісіз: деректерде осы жылдың ресми жиынтығы жоқ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Шығарылым</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message>
        <source>Sensitivity sweep</source>
        <translation>Сезімталдықты сыпыру</translation>
    </message>
    <message>
        <source>Category whose share is swept</source>
        <translation>Үлесі мәндерден өтетін санат</translation>
    </message>
    <message>
        <source>Whose share goes from 0 to 100 %; by default the one selected in the table</source>
        <translation>Кімнің үлесі 0-ден 100 %-ға дейін өтеді; әдепкі бойынша — кестеде таңдалған</translation>
    </message>
    <message>
        <source>Index shown in the sweep</source>
        <translation>Сыпыруда көрсетілген индекс</translation>
    </message>
    <message>
        <source>Sha&amp;re of:</source>
        <translation>&amp;Үлесі:</translation>
    </message>
    <message>
        <source>Inde&amp;x:</source>
        <translation>Инде&amp;кс:</translation>
    </message>
    <message>
        <source>Sensitivity sweep chart</source>
        <translation>Сезімталдықты сыпыру диаграммасы</translation>
    </message>
    <message>
        <source>share of trade (%)</source>
        <translation>үлес (%)</translation>
    </message>
    <message>
        <source>Selected in the table</source>
        <translation>Кестеде таңдалған</translation>
    </message>
    <message>
        <source>Selected: {name}</source>
        <translation>Таңдалды: {name}</translation>
    </message>
    <message>
        <source>{points:,.0f} HHI points: {above} above</source>
        <translation>HHI ≥ {points:,.0f}: {above}</translation>
    </message>
    <message>
        <source>{index} {value} at {share} for {name}; baseline {base_value} at {base_share}</source>
        <translation>{name} үшін {share} үлесте {index} {value}; база {base_share} үлесте {base_value}</translation>
    </message>
    <message>
        <source>{vector} (vector)</source>
        <translation>{vector} (вектор)</translation>
    </message>
    <message>
        <source>Select a category in the table, or choose one above, to see how the index moves with its share.</source>
        <translation>Индекстің оның үлесімен қалай өзгеретінін көру үшін кестеден немесе жоғарыдан санатты таңдаңыз.</translation>
    </message>
    <message>
        <source>No trade is left in the scenario, so no share can be set.</source>
        <translation>Сценарийде сауда қалмады, сондықтан үлесті белгілеу мүмкін емес.</translation>
    </message>
    <message>
        <source>{name} is locked: unlock it to see how the index moves with its share.</source>
        <translation>{name} бекітілген: индекстің оның үлесімен қалай өзгеретінін көру үшін босатыңыз.</translation>
    </message>
    <message>
        <source>Choose in the share editor the partner that gives or takes the difference (the rule “from one partner”).</source>
        <translation>Үлес редакторында айырманы беретін немесе алатын серіктесті таңдаңыз («бір серіктес есебінен» ережесі).</translation>
    </message>
    <message>
        <source>unconcentrated</source>
        <translation>шоғырланбаған</translation>
    </message>
    <message>
        <source>moderately concentrated</source>
        <translation>орташа шоғырланған</translation>
    </message>
    <message>
        <source>highly concentrated</source>
        <translation>жоғары шоғырланған</translation>
    </message>
    <message>
        <source>the others keep their proportions</source>
        <translation>қалғандары пропорцияларын сақтайды</translation>
    </message>
    <message>
        <source>the others move by equal amounts</source>
        <translation>қалғандары тең шамаға өзгереді</translation>
    </message>
    <message>
        <source>only {source} gives or takes the difference</source>
        <translation>тек {source} айырманы береді немесе алады</translation>
    </message>
    <message>
        <source>The scenario&apos;s edits, then {name}&apos;s share set from 0 to 100 %: {rule}. Grey circle: the baseline; blue diamond: the scenario.</source>
        <translation>Сценарий түзетулері, содан кейін {name} үлесі 0-ден 100 %-ға дейін: {rule}. Сұр шеңбер — база; көк ромб — сценарий.</translation>
    </message>
    <message>
        <source>The locks and the rule let the share go from {lo} to {hi} only; the shaded shares cannot be reached.</source>
        <translation>Бекітулер мен ереже үлеске тек {lo} мен {hi} аралығында өзгеруге мүмкіндік береді; көлеңкеленген үлестерге жету мүмкін емес.</translation>
    </message>
    <message>
        <source>Dashed lines: the HHI bands of the US merger guidelines, a rule of thumb for trade partners.</source>
        <translation>Үзік сызықтар: АҚШ-тың бірігу жөніндегі нұсқаулықтарындағы HHI аралықтары — сауда серіктестері үшін бағдар.</translation>
    </message>
</context>
<context>
    <name>UnallocatedRow</name>
    <message>
        <source>Unallocated trade</source>
        <translation>Бөлінбеген сауда</translation>
    </message>
</context>
<context>
    <name>YearDetails</name>
    <message>
        <source>Indices of the year</source>
        <translation>Жылдың индекстері</translation>
    </message>
</context>
<context>
    <name>_CaveatPopup</name>
    <message>
        <source>Caveat</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>All sources and caveats...</source>
        <translation>Барлық дереккөздер мен ескертпелер...</translation>
    </message>
</context>
<context>
    <name>_ShareDelegate</name>
    <message>
        <source>Scenario share in percent</source>
        <translation>Сценарийдегі үлес пайызбен</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The imported data sets cannot be read: {problem}</source>
        <translation>Импортталған деректер жиындары оқылмайды: {problem}</translation>
    </message>
    <message>
        <source>Multivector cannot start</source>
        <translation>Multivector іске қосыла алмайды</translation>
    </message>
</context>
</TS>
