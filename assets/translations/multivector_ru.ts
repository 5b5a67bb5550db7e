<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the folder does not exist and cannot be made</source>
        <translation>папка не существует, и её нельзя создать</translation>
    </message>
    <message>
        <source>Autosave failed: {folder} cannot be written ({reason}). Your changes are still here; save them with File &gt; Save.</source>
        <translation>Автосохранение не удалось: в {folder} нельзя записать ({reason}). Ваши изменения на месте; сохраните их через «Файл &gt; Сохранить».</translation>
    </message>
</context>
<context>
    <name>BandsHistogram</name>
    <message>
        <source>Histogram of the chosen index&apos;s draws</source>
        <translation>Гистограмма розыгрышей выбранного индекса</translation>
    </message>
    <message>
        <source>draws</source>
        <translation>розыгрышей</translation>
    </message>
    <message>
        <source>{index}: no draws to show.</source>
        <translation>{index}: нет розыгрышей для показа.</translation>
    </message>
    <message>
        <source>{index} in {draws:,} draws: dashed lines at 5 % and 95 %, blue the scenario without uncertainty, grey the baseline.</source>
        <translation>{index} в {draws:,} розыгрышах: пунктир на 5 % и 95 %, синий — сценарий без неопределённости, серый — база.</translation>
    </message>
    <message>
        <source>{index}: no draws yet.</source>
        <translation>{index}: розыгрышей пока нет.</translation>
    </message>
</context>
<context>
    <name>BandsOptions</name>
    <message>
        <source>Lowest sigma drawn</source>
        <translation>Наименьшая разыгрываемая sigma</translation>
    </message>
    <message>
        <source>Highest sigma drawn</source>
        <translation>Наибольшая разыгрываемая sigma</translation>
    </message>
    <message>
        <source>&amp;Keep each edit&apos;s sigma</source>
        <translation>&amp;Сохранить sigma каждой правки</translation>
    </message>
    <message>
        <source>Use the sigma each cost shock was given instead of drawing it</source>
        <translation>Использовать sigma, заданную каждому шоку издержек, вместо розыгрыша</translation>
    </message>
    <message>
        <source>Shock spread</source>
        <translation>Разброс шоков</translation>
    </message>
    <message>
        <source>Each shock is drawn evenly from this much below its value to this much above</source>
        <translation>Каждый шок разыгрывается равномерно от настолько ниже своего значения до настолько выше</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>The same seed gives the same draws, here and on the command line</source>
        <translation>Одно и то же зерно даёт одни и те же розыгрыши, здесь и в командной строке</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>Число розыгрышей</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>Draw the bands again with these options</source>
        <translation>Разыграть полосы заново с этими параметрами</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop drawing; the window stays as it is</source>
        <translation>Остановить розыгрыш; окно останется как есть</translation>
    </message>
    <message>
        <source>Draws computed</source>
        <translation>Рассчитано розыгрышей</translation>
    </message>
    <message>
        <source>Sigm&amp;a from</source>
        <translation>Sigm&amp;a от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Shocks ±</source>
        <translation>Шоки ±</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Розыгрыши</translation>
    </message>
    <message>
        <source>Sigma, the elasticity of substitution, is drawn evenly between these two. {source}</source>
        <translation>Sigma, эластичность замещения, разыгрывается равномерно между этими двумя значениями. {source}</translation>
    </message>
</context>
<context>
    <name>BandsPanel</name>
    <message>
        <source>Uncertainty bands</source>
        <translation>Полосы неопределённости</translation>
    </message>
    <message>
        <source>State of the uncertainty bands</source>
        <translation>Состояние полос неопределённости</translation>
    </message>
    <message>
        <source>Bands of every index</source>
        <translation>Полосы каждого индекса</translation>
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
        <translation>Снижение издержек на {cut:g} % для {code} (правка {position}) не может меняться на ±{spread:g} %: в некоторых розыгрышах эта торговля стала бы бесплатной. Используйте шоки ±{widest} % или меньше.</translation>
    </message>
    <message>
        <source>This scenario has no cost shock in force, so nothing here is drawn at random. Select partners in the table and apply a cost shock, or open the preset “A Russia trade shock” from the Presets menu.</source>
        <translation>В этом сценарии нет действующего шока издержек, поэтому здесь ничего не разыгрывается случайно. Выберите партнёров в таблице и примените шок издержек или откройте готовый сценарий «A Russia trade shock» из меню «Готовые сценарии».</translation>
    </message>
    <message>
        <source>Out of date while the scenario changes: the bands are drawn again when you let go.</source>
        <translation>Устарело, пока сценарий меняется: полосы разыграются заново, когда вы отпустите.</translation>
    </message>
    <message>
        <source>Drawing {draws:,} times...</source>
        <translation>Розыгрыш {draws:,} раз...</translation>
    </message>
    <message>
        <source>The bands could not be drawn: {reason}</source>
        <translation>Полосы не удалось разыграть: {reason}</translation>
    </message>
    <message>
        <source>Cancelled. Press Compute to draw the bands.</source>
        <translation>Отменено. Нажмите «Рассчитать», чтобы разыграть полосы.</translation>
    </message>
    <message>
        <source>Cancelled: the bands shown are out of date. Press Compute to draw them again.</source>
        <translation>Отменено: показанные полосы устарели. Нажмите «Рассчитать», чтобы разыграть их заново.</translation>
    </message>
    <message>
        <source>each edit&apos;s own sigma</source>
        <translation>собственная sigma каждой правки</translation>
    </message>
    <message>
        <source>sigma from {low:g} to {high:g}</source>
        <translation>sigma от {low:g} до {high:g}</translation>
    </message>
    <message>
        <source>{draws:,} draws, seed {seed}, {sigma}, shocks ±{spread:g} %: 90 % of the draws fall between the 5 % and 95 % columns.</source>
        <translation>{draws:,} розыгрышей, зерно {seed}, {sigma}, шоки ±{spread:g} %: 90 % розыгрышей лежат между столбцами 5 % и 95 %.</translation>
    </message>
</context>
<context>
    <name>BaselineBar</name>
    <message>
        <source>Baseline data</source>
        <translation>Базовые данные</translation>
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
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>HS sections</source>
        <translation>Разделы ТН ВЭД</translation>
    </message>
    <message>
        <source>HS chapters</source>
        <translation>Группы ТН ВЭД</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Векторы</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Уточнённые</translation>
    </message>
    <message>
        <source>First published</source>
        <translation>Первая публикация</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Только активные</translation>
    </message>
    <message>
        <source>Reporting country</source>
        <translation>Страна-отчитчик</translation>
    </message>
    <message>
        <source>Whose trade: the app&apos;s own data, or a country whose data you imported (File &gt; Import data...)</source>
        <translation>Чья торговля: собственные данные программы или страна, данные которой вы импортировали («Файл &gt; Импорт данных...»)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Data year</source>
        <translation>Год данных</translation>
    </message>
    <message>
        <source>The year of the baseline data</source>
        <translation>Год базовых данных</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Поток:</translation>
    </message>
    <message>
        <source>Trade flow</source>
        <translation>Торговый поток</translation>
    </message>
    <message>
        <source>Exports, imports, or turnover (exports plus imports, partner by partner)</source>
        <translation>Экспорт, импорт или товарооборот (экспорт плюс импорт, по каждому партнёру)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Trade by partner country, or by product group: HS sections or chapters (2022 only)</source>
        <translation>Торговля по странам-партнёрам или по товарным группам: разделы или группы ТН ВЭД (только 2022)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Individual partners, or partners grouped into vectors (blocs: Russia &amp; EAEU, China, EU-27, United States, Turkic states, Central Asia, ...)</source>
        <translation>Отдельные партнёры или партнёры, объединённые в векторы (блоки: Россия и ЕАЭС, Китай, ЕС-27, США, тюркские государства, Центральная Азия, ...)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <source>Data release</source>
        <translation>Выпуск данных</translation>
    </message>
    <message>
        <source>Revised official figures, or the figures as first published (2022, as quoted by The Astana Times in 2023)</source>
        <translation>Уточнённые официальные данные или данные первой публикации (2022, как их привела The Astana Times в 2023)</translation>
    </message>
    <message>
        <source>&amp;N:</source>
        <translation>&amp;N:</translation>
    </message>
    <message>
        <source>N for normalized indices</source>
        <translation>N для нормированных индексов</translation>
    </message>
    <message>
        <source>N of the normalized indices: all partners in the data (zeros included) or only the active ones (with trade)</source>
        <translation>N нормированных индексов: все партнёры в данных (включая нулевых) или только активные (с торговлей)</translation>
    </message>
</context>
<context>
    <name>CaveatText</name>
    <message>
        <source>revised</source>
        <translation>уточнённые</translation>
    </message>
    <message>
        <source>first published</source>
        <translation>первая публикация</translation>
    </message>
    <message>
        <source>As first published, the source quotes only {count} of the {many} for {flow} in {year}: {names}. Shares and indices here are over these alone, not over all of {reporter}&apos;s {flow}; the revised figures of the same {many} are shown beside them.</source>
        <translation>По первой публикации источник приводит только {count} (категории: {many}) — {flow}, {year}: {names}. Доли и индексы здесь рассчитаны только по ним, а не по всему показателю «{flow}» страны {reporter}; уточнённые данные по тем же категориям ({many}) показаны рядом.</translation>
    </message>
    <message>
        <source>{year} is preliminary: its figures may still be revised.</source>
        <translation>{year}: данные предварительные и ещё могут быть уточнены.</translation>
    </message>
    <message>
        <source>Trade not (yet) broken down by {one} is in the Unallocated line: {amount}.</source>
        <translation>Торговля, (ещё) не разбитая по категориям ({one}), — в строке «Не распределено»: {amount}.</translation>
    </message>
    <message>
        <source>The {many} cover {count} months of {year}; missing from the breakdown: {months}.</source>
        <translation>Данные ({many}) охватывают {count} мес. {year} года; в разбивке нет: {months}.</translation>
    </message>
    <message>
        <source>The official annual total minus the listed {many}, {amount}, is shown as the Unallocated line and never spread over the {many}.</source>
        <translation>Официальный годовой итог за вычетом перечисленных категорий ({many}), {amount}, показан строкой «Не распределено» и никогда не распределяется между ними.</translation>
    </message>
    <message>
        <source>The {year} data are incomplete: some {many} are missing from the source and count as zero, so shares are shares of the {many} listed, not of all {flow}; compare other years with care.</source>
        <translation>Данные за {year} год неполные: часть категорий ({many}) в источнике отсутствует и считается нулём, поэтому доли — это доли среди перечисленных категорий ({many}), а не всего показателя «{flow}»; сравнивайте с другими годами осторожно.</translation>
    </message>
    <message>
        <source>No official {flow} total for {year}: the {many} listed may fall short of all {flow}, so the trade they leave out is unknown.</source>
        <translation>Нет официального итога ({flow}, {year}): перечисленные категории ({many}) могут не покрывать весь показатель «{flow}», поэтому неучтённая торговля неизвестна.</translation>
    </message>
    <message>
        <source>{value:,.1f} US$ million ({percent:.2f} % of the official total {total:,.1f})</source>
        <translation>{value:,.1f} млн долл. США ({percent:.2f} % официального итога {total:,.1f})</translation>
    </message>
</context>
<context>
    <name>ChartExportMenu</name>
    <message>
        <source>Save as &amp;PNG picture...</source>
        <translation>Сохранить как рисунок &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG drawing...</source>
        <translation>Сохранить как чертёж &amp;SVG...</translation>
    </message>
    <message>
        <source>&amp;Copy as picture</source>
        <translation>&amp;Копировать как рисунок</translation>
    </message>
    <message>
        <source>At the size set in Export options, as sharp as this screen shows it</source>
        <translation>В размере из «Параметров экспорта», так же чётко, как на этом экране</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Chart tabs</source>
        <translation>Вкладки диаграмм</translation>
    </message>
    <message>
        <source>S&amp;hares</source>
        <translation>&amp;Доли</translation>
    </message>
    <message>
        <source>HHI by &amp;partner</source>
        <translation>&amp;Вклад в HHI</translation>
    </message>
    <message>
        <source>&amp;Vectors</source>
        <translation>&amp;Векторы</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>&amp;Развёртка</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Разброс</translation>
    </message>
    <message>
        <source>The largest partners&apos; shares: baseline (grey) and scenario (blue)</source>
        <translation>Доли крупнейших партнёров: база (серый) и сценарий (синий)</translation>
    </message>
    <message>
        <source>Each partner&apos;s part in the change in HHI</source>
        <translation>Вклад каждого партнёра в изменение HHI</translation>
    </message>
    <message>
        <source>Shares of the vectors (blocs) and vector balance</source>
        <translation>Доли векторов (блоков) и баланс векторов</translation>
    </message>
    <message>
        <source>An index over every data year, with the scenario</source>
        <translation>Индекс за все годы данных, со сценарием</translation>
    </message>
    <message>
        <source>An index as one partner&apos;s share goes from 0 to 100 %</source>
        <translation>Индекс при доле одного партнёра от 0 до 100 %</translation>
    </message>
    <message>
        <source>Bands of every index when sigma and the cost shocks are drawn at random</source>
        <translation>Полосы каждого индекса при случайно разыгранных sigma и шоках издержек</translation>
    </message>
    <message>
        <source>Shares of the largest partners</source>
        <translation>Доли крупнейших партнёров</translation>
    </message>
    <message>
        <source>Vector (bloc) shares</source>
        <translation>Доли векторов (блоков)</translation>
    </message>
    <message>
        <source>The {shown} largest of {count} categories: baseline (grey) beside the scenario (blue).</source>
        <translation>{shown} крупнейших из {count} категорий: база (серый) рядом со сценарием (синий).</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>прочие: {count}</translation>
    </message>
    <message>
        <source>HHI changes by {change:+,.0f} points, the sum of the bars.</source>
        <translation>HHI меняется на {change:+,.0f} пунктов — это сумма столбцов.</translation>
    </message>
    <message>
        <source>Right of zero: more concentrated; left: less.</source>
        <translation>Правее нуля — концентрация выше; левее — ниже.</translation>
    </message>
    <message>
        <source>Vector balance {before} -&gt; {after}</source>
        <translation>Баланс векторов {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>1 = trade spread evenly over every vector. Grey: baseline; blue: scenario.</source>
        <translation>1 = торговля равномерно распределена по всем векторам. Серый — база; синий — сценарий.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Index that ranks the scenarios</source>
        <translation>Индекс, по которому ранжируются сценарии</translation>
    </message>
    <message>
        <source>Indices of the baseline and every open scenario</source>
        <translation>Индексы базы и каждого открытого сценария</translation>
    </message>
    <message>
        <source>Shares of the largest categories, every scenario</source>
        <translation>Доли крупнейших категорий, каждый сценарий</translation>
    </message>
    <message>
        <source>share of trade (%)</source>
        <translation>доля (%)</translation>
    </message>
    <message>
        <source>Most and least concentrated by:</source>
        <translation>Наибольшая и наименьшая концентрация по:</translation>
    </message>
    <message>
        <source>{index} is undefined for every scenario.</source>
        <translation>{index} не определён ни для одного сценария.</translation>
    </message>
    <message>
        <source>Most concentrated: {most}. Least concentrated: {least}.</source>
        <translation>Наибольшая концентрация: {most}. Наименьшая: {least}.</translation>
    </message>
    <message>
        <source>{name} is over other data ({year} {flow}, {level}, {release}): its change is from its own baseline, and its shares are lined up by code.</source>
        <translation>{name} построен на других данных ({year}, {flow}, {level}, {release}): его изменение считается от его собственной базы, а доли сопоставлены по кодам.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>▲ most concentrated</source>
        <translation>▲ наибольшая концентрация</translation>
    </message>
    <message>
        <source>▼ least concentrated</source>
        <translation>▼ наименьшая концентрация</translation>
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
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ContributionsChart</name>
    <message>
        <source>Change in HHI by partner</source>
        <translation>Изменение HHI по партнёрам</translation>
    </message>
    <message>
        <source>Change in HHI by partner chart</source>
        <translation>Диаграмма изменения HHI по партнёрам</translation>
    </message>
    <message>
        <source>contribution to the change in HHI (points)</source>
        <translation>вклад в изменение HHI (пункты)</translation>
    </message>
    <message>
        <source>No change yet: edit a share to see who contributes what.</source>
        <translation>Изменений пока нет: измените долю, чтобы увидеть, кто что вносит.</translation>
    </message>
</context>
<context>
    <name>DataBadge</name>
    <message>
        <source>Data status</source>
        <translation>Состояние данных</translation>
    </message>
    <message>
        <source>Data status: {text}</source>
        <translation>Состояние данных: {text}</translation>
    </message>
    <message>
        <source>{caveat}

Click for the caveat and every source.</source>
        <translation>{caveat}

Нажмите, чтобы увидеть оговорку и все источники.</translation>
    </message>
    <message>
        <source>Shares and indices here are over these {n} {noun} only, not over all trade; the revised figures of the same {many} are in the column &apos;Revised&apos;.</source>
        <translation>Доли и индексы здесь рассчитаны только по этим {n} ({noun}), а не по всей торговле; уточнённые данные по тем же {many} — в столбце «Уточнённые».</translation>
    </message>
    <message>
        <source>First published: {n} {noun} quoted in the press</source>
        <translation>Первая публикация: в прессе приведены {n} ({noun})</translation>
    </message>
    <message>
        <source>Preliminary: {year} may still be revised</source>
        <translation>Предварительные: данные за {year} ещё могут уточняться</translation>
    </message>
    <message>
        <source>{n} months only: {months} missing</source>
        <translation>Только {n} мес.: нет данных за {months}</translation>
    </message>
    <message>
        <source>Incomplete: some {many} missing</source>
        <translation>Неполные: часть {many} отсутствует</translation>
    </message>
    <message>
        <source>No official total: unlisted trade unknown</source>
        <translation>Нет официального итога: неучтённая торговля неизвестна</translation>
    </message>
</context>
<context>
    <name>DataSetRemoval</name>
    <message>
        <source>&amp;Remove imported data...</source>
        <translation>&amp;Удалить импортированные данные...</translation>
    </message>
    <message>
        <source>List the data sets you imported and remove one</source>
        <translation>Показать импортированные наборы данных и удалить один из них</translation>
    </message>
    <message>
        <source>The data are in use</source>
        <translation>Данные используются</translation>
    </message>
    <message>
        <source>{name}&apos;s imported data are shown by the open scenario(s) {scenarios}. Switch them to another country (the country selector) or close them, then remove the data.</source>
        <translation>Импортированные данные {name} показаны в открытых сценариях {scenarios}. Переключите их на другую страну (список стран на панели данных) или закройте, затем удалите данные.</translation>
    </message>
    <message>
        <source>Remove the imported data of {name}, read from {file} on {date}? The app&apos;s copy is deleted; your file stays where it is.</source>
        <translation>Удалить импортированные данные {name}, прочитанные из {file} {date}? Копия программы удаляется; ваш файл остаётся на месте.</translation>
    </message>
    <message>
        <source>Undo in {scenarios} goes back to these data: their undo history will be cleared.</source>
        <translation>Отмена в {scenarios} возвращается к этим данным: их история отмены будет очищена.</translation>
    </message>
    <message>
        <source>Remove imported data</source>
        <translation>Удалить импортированные данные</translation>
    </message>
    <message>
        <source>Cannot remove the data</source>
        <translation>Не удаётся удалить данные</translation>
    </message>
    <message>
        <source>Removed the imported data of {name} ({file}).</source>
        <translation>Импортированные данные {name} удалены ({file}).</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Memberships of the EAEU, EU-27, OTS, CIS and SCO, and the Central Asia group</source>
        <translation>Членство в ЕАЭС, ЕС-27, ОТГ, СНГ и ШОС, а также группа «Центральная Азия»</translation>
    </message>
    <message>
        <source>The founding treaties and accession decisions named in each row, and the organisations&apos; own sites: Eurasian Economic Union (eaeunion.org), European Union (european-union.europa.eu), Organization of Turkic States (turkicstates.org), Commonwealth of Independent States (cis.minsk.by), Shanghai Cooperation Organisation (eng.sectsco.org); UN M49 for Central Asia.</source>
        <translation>Учредительные договоры и решения о присоединении, указанные в каждой строке, и собственные сайты организаций: Евразийский экономический союз (eaeunion.org), Европейский союз (european-union.europa.eu), Организация тюркских государств (turkicstates.org), Содружество Независимых Государств (cis.minsk.by), Шанхайская организация сотрудничества (eng.sectsco.org); для Центральной Азии — M49 ООН.</translation>
    </message>
    <message>
        <source>Memberships up to July 2024 (Belarus joins the SCO on 4 July 2024); later changes are not included</source>
        <translation>Членство по состоянию на июль 2024 года (Беларусь вступает в ШОС 4 июля 2024 года); более поздние изменения не учтены</translation>
    </message>
    <message>
        <source>Facts taken from public treaties and the organisations&apos; own sites, named in each row.</source>
        <translation>Факты взяты из общедоступных договоров и с собственных сайтов организаций, которые указаны в каждой строке.</translation>
    </message>
    <message>
        <source>none (memberships and years)</source>
        <translation>нет (членство и годы)</translation>
    </message>
    <message>
        <source>since_year is the year a country joined (for role &apos;withdrew&apos;, the year it left). A member counts for the whole of the year it joined, even when it joined late in the year (Kyrgyzstan joined the EAEU on 6 August 2015, Iran the SCO on 4 July 2023). An empty since_year means the country counts in every year.</source>
        <translation>since_year — год вступления страны (для роли «вышла» (&apos;withdrew&apos;) — год выхода). Член учитывается за весь год вступления, даже если вступил ближе к концу года (Киргизия вступила в ЕАЭС 6 августа 2015 года, Иран в ШОС — 4 июля 2023 года). Пустое значение since_year означает, что страна учитывается во всех годах.</translation>
    </message>
    <message>
        <source>EU27 is the membership of the European Union since the United Kingdom left on 31 January 2020, applied to every year (as in Eurostat&apos;s &quot;EU27_2020&quot; aggregate): countries that joined after 2000 (Poland in 2004, Croatia in 2013, for example) count in every year, and the United Kingdom in none. since_note gives the date each country joined the EU.</source>
        <translation>EU27 — состав Европейского союза после выхода Великобритании 31 января 2020 года, применяемый ко всем годам (как в агрегате Евростата «EU27_2020»): страны, вступившие после 2000 года (например, Польша в 2004 году, Хорватия в 2013 году), учитываются во всех годах, а Великобритания — ни в одном. В since_note указана дата вступления каждой страны в ЕС.</translation>
    </message>
    <message>
        <source>The EAEU starts in 2015, when the Treaty on the Eurasian Economic Union (Astana, 29 May 2014) came into force; the earlier customs union of Belarus, Kazakhstan and Russia (2010-2014) is not counted, so no year before 2015 has EAEU members.</source>
        <translation>ЕАЭС начинается с 2015 года, когда вступил в силу Договор о Евразийском экономическом союзе (Астана, 29 мая 2014 года); более ранний таможенный союз Беларуси, Казахстана и России (2010–2014) не учитывается, поэтому ни в одном году до 2015 года членов ЕАЭС нет.</translation>
    </message>
    <message>
        <source>The OTS was founded as the Cooperation Council of Turkic Speaking States by the Nakhchivan Agreement of 3 October 2009 and took its present name in November 2021. Two observers are left out: the &quot;Turkish Republic of Northern Cyprus&quot; (observer since 2022; recognised only by Türkiye, it has no country code and no separate trade figures) and the secretariat of the Economic Cooperation Organization (an organisation, not a country).</source>
        <translation>ОТГ была основана как Совет сотрудничества тюркоязычных государств Нахичеванским соглашением от 3 октября 2009 года и получила нынешнее название в ноябре 2021 года. Два наблюдателя не включены: «Турецкая Республика Северного Кипра» (наблюдатель с 2022 года; её признаёт только Турция, у неё нет кода страны и отдельных данных о торговле) и секретариат Организации экономического сотрудничества (это организация, а не страна).</translation>
    </message>
    <message>
        <source>Every CIS member listed signed the founding agreements in December 1991 and counts in every year. Turkmenistan is an associate member (since 2005; it never ratified the CIS Charter). Georgia left in August 2009 and Ukraine ended its participation in May 2018: both have role &apos;withdrew&apos; and count as members in no year. In 2026 Moldova&apos;s government decided to leave the CIS (reported by TASS on 11 March 2026); Moldova counts as a member in every year of these data, which end in 2025.</source>
        <translation>Все перечисленные члены СНГ подписали учредительные соглашения в декабре 1991 года и учитываются во всех годах. Туркменистан — ассоциированный член (с 2005 года; он так и не ратифицировал Устав СНГ). Грузия вышла в августе 2009 года, а Украина прекратила участие в мае 2018 года: у обеих роль «вышла» (&apos;withdrew&apos;), и ни в одном году они не учитываются как члены. В 2026 году правительство Молдовы приняло решение о выходе из СНГ (сообщение ТАСС от 11 марта 2026 года); в этих данных, которые заканчиваются 2025 годом, Молдова учитывается как член во всех годах.</translation>
    </message>
    <message>
        <source>SCO observers are listed as they stand now (Afghanistan, Mongolia). Countries that were observers before they became members (India, Pakistan, Iran, Belarus) appear only as members, from the year they joined.</source>
        <translation>Наблюдатели ШОС указаны в нынешнем составе (Афганистан, Монголия). Страны, которые были наблюдателями до того, как стали членами (Индия, Пакистан, Иран, Беларусь), указаны только как члены — с года вступления.</translation>
    </message>
    <message>
        <source>CENTRAL_ASIA is a geographic group (UN M49 Central Asia), not an organisation.</source>
        <translation>CENTRAL_ASIA — географическая группа (Центральная Азия по M49 ООН), а не организация.</translation>
    </message>
    <message>
        <source>Not confirmed on the organisations&apos; own published lists: the CIS memberships and the year Turkmenistan became an associate member (2005), and the years the SCO observers were admitted (Mongolia 2004, Afghanistan 2012), which are as reported in the press at the time.</source>
        <translation>Не подтверждены по спискам, опубликованным самими организациями: членство в СНГ и год, когда Туркменистан стал ассоциированным членом (2005), а также годы принятия наблюдателей ШОС (Монголия — 2004, Афганистан — 2012); они приведены по сообщениям прессы того времени.</translation>
    </message>
    <message>
        <source>Country codes, names and UN M49 regions</source>
        <translation>Коды и названия стран и регионы M49 ООН</translation>
    </message>
    <message>
        <source>UN Statistics Division, Standard country or area codes for statistical use (M49); ISO 3166-1 alpha-3 codes.</source>
        <translation>Статистический отдел ООН, Standard country or area codes for statistical use (M49); коды ISO 3166-1 alpha-3.</translation>
    </message>
    <message>
        <source>M49 as published by UNSD (names as in use since Türkiye&apos;s change of name in 2022)</source>
        <translation>M49 в том виде, в каком его публикует Статистический отдел ООН (UNSD) (названия — в том виде, в каком они используются с 2022 года, когда Турция сменила название на Türkiye)</translation>
    </message>
    <message>
        <source>UN M49 is a public UN standard.</source>
        <translation>M49 ООН — общедоступный стандарт ООН.</translation>
    </message>
    <message>
        <source>none (codes and names)</source>
        <translation>нет (коды и названия)</translation>
    </message>
    <message>
        <source>Regions are the UN M49 region, sub-region and intermediate region of each code, transcribed from the standard: check them on unstats.un.org before relying on them.</source>
        <translation>Регионы — это регион, субрегион и промежуточный регион M49 ООН для каждого кода, перенесённые из стандарта: прежде чем на них опираться, проверьте их на unstats.un.org.</translation>
    </message>
    <message>
        <source>Names are the short English names of UN M49 and ISO 3166 (Türkiye, Czechia, Viet Nam, Russian Federation, Republic of Korea, Iran (Islamic Republic of)...); &apos;United Kingdom&apos;, &apos;United States&apos;, &apos;Netherlands&apos;, &apos;China, Hong Kong SAR&apos; and &apos;China, Macao SAR&apos; stand for the longer official forms.</source>
        <translation>Названия — краткие английские названия M49 ООН и ISO 3166 (Türkiye, Czechia, Viet Nam, Russian Federation, Republic of Korea, Iran (Islamic Republic of)...); &apos;United Kingdom&apos;, &apos;United States&apos;, &apos;Netherlands&apos;, &apos;China, Hong Kong SAR&apos; и &apos;China, Macao SAR&apos; заменяют более длинные официальные формы.</translation>
    </message>
    <message>
        <source>The list holds the codes that appear in the data, and the reporter; the data files are checked against it. Taiwan is not in it: it is not in the data, and UN M49 has no separate entry for it.</source>
        <translation>В список входят коды, которые встречаются в данных, и отчитывающаяся страна; файлы данных сверяются с ним. Тайваня в нём нет: его нет в данных, и в M49 ООН для него нет отдельной записи.</translation>
    </message>
    <message>
        <source>In M49, Cyprus, Türkiye, Armenia, Azerbaijan and Georgia are in Western Asia and the Russian Federation in Eastern Europe.</source>
        <translation>В M49 Кипр, Турция, Армения, Азербайджан и Грузия относятся к Западной Азии, а Российская Федерация — к Восточной Европе.</translation>
    </message>
    <message>
        <source>Country names in Russian and Kazakh</source>
        <translation>Названия стран на русском и казахском языках</translation>
    </message>
    <message>
        <source>Unicode Common Locale Data Repository (CLDR), territory display names, as shipped in the Python package babel 2.19.0 (written out by scripts/country_names.py).</source>
        <translation>Unicode Common Locale Data Repository (CLDR), отображаемые названия территорий в том виде, в каком они поставляются в пакете Python babel 2.19.0 (выгружены скриптом scripts/country_names.py).</translation>
    </message>
    <message>
        <source>CLDR 49 (babel 2.19.0)</source>
        <translation>CLDR 49 (babel 2.19.0)</translation>
    </message>
    <message>
        <source>Unicode License v3 (CLDR data); babel is BSD-3-Clause.</source>
        <translation>Unicode License v3 (данные CLDR); babel распространяется по лицензии BSD-3-Clause.</translation>
    </message>
    <message>
        <source>none (names)</source>
        <translation>нет (названия)</translation>
    </message>
    <message>
        <source>The names are CLDR&apos;s short territory names, found for each ISO 3166-1 alpha-3 code through CLDR&apos;s territory aliases; they may differ from the official long forms and from the UN&apos;s Russian names (CLDR writes &apos;Россия&apos; where the UN writes &apos;Российская Федерация&apos;). They are shown in the Russian and Kazakh interfaces only.</source>
        <translation>Названия — краткие названия территорий CLDR, найденные для каждого кода ISO 3166-1 alpha-3 через псевдонимы территорий CLDR; они могут отличаться от официальных полных форм и от русских названий ООН (CLDR пишет &apos;Россия&apos;, где ООН пишет &apos;Российская Федерация&apos;). Они показываются только в русском и казахском интерфейсах.</translation>
    </message>
    <message>
        <source>English names, and every name in the data files and scenario files, stay as in countries.csv (codes are what files store); where CLDR has no name for a code the app shows the English one.</source>
        <translation>Английские названия, а также все названия в файлах данных и файлах сценариев остаются такими, как в countries.csv (в файлах хранятся коды); если в CLDR нет названия для кода, приложение показывает английское.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade as first published (The Astana Times, 2023)</source>
        <translation>Торговля Казахстана за 2022 год по первой публикации (The Astana Times, 2023)</translation>
    </message>
    <message>
        <source>Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, The Astana Times, 2023, quoting Kazakhstan&apos;s early (first published) foreign-trade figures for 2022.</source>
        <translation>Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, The Astana Times, 2023; в статье приводятся ранние (впервые опубликованные) данные Казахстана о внешней торговле за 2022 год.</translation>
    </message>
    <message>
        <source>Astana Times 2023, first published</source>
        <translation>Astana Times 2023, первая публикация</translation>
    </message>
    <message>
        <source>Figures quoted from a newspaper article (facts); the article&apos;s text is not reproduced.</source>
        <translation>Цифры приведены по газетной статье (это факты); текст статьи не воспроизводится.</translation>
    </message>
    <message>
        <source>Early figures for 2022, as first published and quoted in The Astana Times (Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, 2023), rounded there to US$0.1 bn and converted here exactly to US$ million (13.9 bn = 13,900). BNS has revised them since.</source>
        <translation>Ранние данные за 2022 год в первой публикации, приведённые в The Astana Times (Michael Rossi, &quot;Kazakhstan&apos;s Ambitious Multivector Foreign Policy&quot;, 2023), где они округлены до 0,1 млрд долл. США; здесь они точно переведены в млн долл. США (13,9 млрд = 13 900). С тех пор БНС их пересмотрело.</translation>
    </message>
    <message>
        <source>These figures have not been checked against the full text of the article: look them up there before quoting them.</source>
        <translation>Эти цифры не сверены с полным текстом статьи: прежде чем цитировать их, проверьте их там.</translation>
    </message>
    <message>
        <source>The article quotes only three export markets (Italy, China, Russia), three sources of imports (Russia, China, United States) and total turnover: shares over these few partners are shares of the quoted figures, not of Kazakhstan&apos;s trade.</source>
        <translation>В статье названы только три рынка экспорта (Италия, Китай, Россия), три источника импорта (Россия, Китай, Соединенные Штаты) и общий товарооборот: доли по этим немногим партнёрам — это доли приведённых цифр, а не торговли Казахстана.</translation>
    </message>
    <message>
        <source>No turnover by partner and no export or import totals are given; the only total is turnover, US$134.4 bn, 32% more than in 2021.</source>
        <translation>Товарооборот по партнёрам и итоги экспорта и импорта не приводятся; единственный итог — товарооборот, 134,4 млрд долл. США, на 32% больше, чем в 2021 году.</translation>
    </message>
    <message>
        <source>Imports from the United States are described as &quot;a little under $2 billion&quot; and recorded as US$1.9 bn.</source>
        <translation>Импорт из Соединенных Штатов описан как «чуть меньше 2 млрд долл.» и записан как 1,9 млрд долл. США.</translation>
    </message>
    <message>
        <source>The revised figures differ by 1-3.4% per partner and by 0.8% in total turnover (US$135,527.4 m revised).</source>
        <translation>Пересмотренные данные отличаются на 1–3,4% по каждому партнёру и на 0,8% по общему товарообороту (135 527,4 млн долл. США по пересмотренным данным).</translation>
    </message>
    <message>
        <source>These are Kazakhstan&apos;s own (reported) figures. Its partners report the same trade as their own figures (the &quot;mirror&quot; figures), and the two differ, most of all for China: China&apos;s customs put 2022 trade with Kazakhstan at US$31.2 bn (as reported by Kazinform in January 2023), against US$24.2 bn in Kazakhstan&apos;s figures, about 29% higher. The gap is long-standing; the valuation of imports (with freight and insurance) against exports (without), goods in transit and under-invoicing explain part of it.</source>
        <translation>Это собственные (отчётные) данные Казахстана. Его партнёры отражают ту же торговлю в своих собственных данных («зеркальные» данные), и эти данные расходятся, сильнее всего по Китаю: по данным таможни Китая, торговля с Казахстаном в 2022 году составила 31,2 млрд долл. США (по сообщению Kazinform в январе 2023 года) против 24,2 млрд долл. США по данным Казахстана, то есть примерно на 29% больше. Этот разрыв давний; отчасти его объясняют оценка импорта (с фрахтом и страхованием) в сравнении с экспортом (без них), товары в транзите и занижение стоимости в счетах.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade by partner, 2000-2025 (Kazakhstan-reported)</source>
        <translation>Торговля Казахстана по партнёрам, 2000–2025 (по данным Казахстана)</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s Bureau of National Statistics (BNS, stat.gov.kz) for 2020 onwards, and the World Bank&apos;s WITS database (trade as reported by Kazakhstan) for 2000-2019, as compiled in the public dataset &quot;kazakhstan-economic-data&quot; on GitHub (makenerzhan-gif/kazakhstan-economic-data, file models/gravity/panel.csv, version b84a95c5; its method is described in models/gravity/REPORT.md of the same version). Cite BNS (or WITS, for the years before 2020) as the source of the figures and the compilation as the place they were taken from.</source>
        <translation>Бюро национальной статистики Казахстана (БНС, stat.gov.kz) за 2020 год и далее и база данных WITS Всемирного банка (торговля по данным Казахстана) за 2000–2019 годы в сводке открытого набора данных «kazakhstan-economic-data» на GitHub (makenerzhan-gif/kazakhstan-economic-data, файл models/gravity/panel.csv, версия b84a95c5; его методика описана в models/gravity/REPORT.md той же версии). Указывайте БНС (или WITS для лет до 2020 года) как источник цифр, а сводку — как место, откуда они взяты.</translation>
    </message>
    <message>
        <source>Revised figures: BNS for 2020-2025, WITS for 2000-2019 (compilation version b84a95c5)</source>
        <translation>Пересмотренные данные: БНС за 2020–2025 годы, WITS за 2000–2019 годы (версия сводки b84a95c5)</translation>
    </message>
    <message>
        <source>Public official statistics of the Republic of Kazakhstan: cite the Bureau of National Statistics as the primary source. The terms of use of the GitHub compilation are not confirmed.</source>
        <translation>Открытая официальная статистика Республики Казахстан: указывайте Бюро национальной статистики как первоисточник. Условия использования сводки на GitHub не подтверждены.</translation>
    </message>
    <message>
        <source>Two sources are joined: 2000-2019 are the WITS figures reported by Kazakhstan, 2020 onwards the BNS figures. Small partners jump across the join (imports from Uzbekistan US$1,418.6 m in 2019 and 793.0 m in 2020; from Tajikistan 109.7 m in 2019 and 363.5 m in 2021), so treat changes between 2019 and 2020 with caution.</source>
        <translation>Объединены два источника: 2000–2019 годы — данные WITS по отчётности Казахстана, с 2020 года — данные БНС. У небольших партнёров на стыке бывают скачки (импорт из Узбекистана — 1 418,6 млн долл. США в 2019 году и 793,0 млн в 2020 году; из Таджикистана — 109,7 млн в 2019 году и 363,5 млн в 2021 году), поэтому к изменениям между 2019 и 2020 годами относитесь осторожно.</translation>
    </message>
    <message>
        <source>Partners too small to list, and partners the source leaves out in a given year, are not shown one by one: their trade is inside the &apos;Unallocated&apos; amount, the official total minus the sum of the listed partners. The app shows that amount on its own line and never spreads it over the partners.</source>
        <translation>Партнёры, слишком мелкие, чтобы их перечислять, и партнёры, которых источник в данном году не приводит, не показываются по отдельности: их торговля входит в сумму «Не распределено» (&apos;Unallocated&apos;) — официальный итог за вычетом суммы перечисленных партнёров. Приложение показывает эту сумму отдельной строкой и никогда не распределяет её по партнёрам.</translation>
    </message>
    <message>
        <source>Taiwan is not listed: the compilation covers only the economies of the World Bank&apos;s World Development Indicators, which have no separate entry for Taiwan. Its trade is inside the &apos;Unallocated&apos; amount.</source>
        <translation>Тайвань не указан: сводка охватывает только экономики из World Development Indicators Всемирного банка, где нет отдельной записи для Тайваня. Его торговля входит в сумму «Не распределено» (&apos;Unallocated&apos;).</translation>
    </message>
    <message>
        <source>A partner with no figure in a year counts as zero that year. Yemen&apos;s last year with figures is 2018, Cuba&apos;s 2020 and Syria&apos;s 2022, and an economy without World Bank GDP figures for a year is left out of that year.</source>
        <translation>Если у партнёра нет цифры за какой-то год, в этом году он учитывается как ноль. Последний год с данными у Йемена — 2018, у Кубы — 2020, у Сирии — 2022; экономика без данных Всемирного банка о ВВП за какой-либо год исключается за этот год.</translation>
    </message>
    <message>
        <source>These data hold no official total before 2019 (2015-2018 have partner sums only, none before 2015): for 2000-2018 the sum of the listed partners is a lower bound of Kazakhstan&apos;s trade, and no &apos;Unallocated&apos; amount can be shown.</source>
        <translation>До 2019 года в этих данных нет официального итога (за 2015–2018 годы есть только суммы по партнёрам, до 2015 года — ничего): за 2000–2018 годы сумма перечисленных партнёров — нижняя граница торговли Казахстана, и сумму «Не распределено» (&apos;Unallocated&apos;) показать нельзя.</translation>
    </message>
    <message>
        <source>Oil prices move concentration by themselves: crude oil and other mineral fuels are well over half of Kazakhstan&apos;s exports, so a change in the oil price changes partner and product shares even when no trade relationship changes.</source>
        <translation>Цены на нефть сами по себе меняют концентрацию: сырая нефть и другие минеральные топлива составляют значительно больше половины экспорта Казахстана, поэтому изменение цены на нефть меняет доли партнёров и товаров, даже когда никакие торговые связи не меняются.</translation>
    </message>
    <message>
        <source>Exports are counted by country of destination and imports by country of origin, the usual BNS practice (not confirmed for each year). The source gives thousands of US$; the figures here are in US$ million, rounded to about six significant figures.</source>
        <translation>Экспорт учитывается по стране назначения, импорт — по стране происхождения, как обычно принято в БНС (для каждого года не подтверждено). Источник даёт данные в тысячах долл. США; здесь цифры приведены в млн долл. США и округлены примерно до шести значащих цифр.</translation>
    </message>
    <message>
        <source>Re-exports to Russia and &quot;parallel imports&quot; passing through Kazakhstan after February 2022 are not identified separately in these figures.</source>
        <translation>Реэкспорт в Россию и «параллельный импорт» через Казахстан после февраля 2022 года в этих данных отдельно не выделяются.</translation>
    </message>
    <message>
        <source>Every year lists the same 205 partners (every partner the data hold in any year), with zeros where a partner has no figure that year; the indices count all of them (N = number of partners, zeros included).</source>
        <translation>В каждом году перечислены одни и те же 205 партнёров (все партнёры, которые есть в данных хотя бы в одном году), с нулями там, где у партнёра нет цифры за этот год; индексы учитывают их всех (N = число партнёров, включая нули).</translation>
    </message>
    <message>
        <source>Russia and Belarus have no figures for 2010 in WITS (the year their customs union with Kazakhstan began) and show as zero: the 2010 table is partial and its indices cannot be compared with other years.</source>
        <translation>По России и Беларуси в WITS нет данных за 2010 год (год, когда начал действовать их таможенный союз с Казахстаном), и они показаны как ноль: таблица за 2010 год неполная, и её индексы нельзя сравнивать с другими годами.</translation>
    </message>
    <message>
        <source>2019 is the last year from WITS and 2020 the first from BNS: a change between the two years mixes a change of source with real change.</source>
        <translation>2019 год — последний год из WITS, а 2020 — первый из БНС: изменение между этими двумя годами смешивает смену источника с реальными изменениями.</translation>
    </message>
    <message>
        <source>Imports from the Republic of Korea jump to US$3,465.3 m in 2019 and 4,907.5 m in 2020, against 453.1-921.3 m in 2015-2018 and 766.1 m in 2021. Deliveries of large equipment for the expansion of the Tengiz oil field are a likely explanation, but no source confirms it.</source>
        <translation>Импорт из Республики Корея резко вырастает до 3 465,3 млн долл. США в 2019 году и 4 907,5 млн в 2020 году против 453,1–921,3 млн в 2015–2018 годах и 766,1 млн в 2021 году. Вероятное объяснение — поставки крупного оборудования для расширения нефтяного месторождения Тенгиз, но ни один источник этого не подтверждает.</translation>
    </message>
    <message>
        <source>Exports to India fall from US$1,889.6 m in 2022 to 449.2 m in 2023, and Brunei becomes an export destination of any size only in 2019 (113.4 m, against at most 0.2 m a year before): both fit crude-oil cargoes being declared to different destinations, but this is not confirmed.</source>
        <translation>Экспорт в Индию падает с 1 889,6 млн долл. США в 2022 году до 449,2 млн в 2023 году, а Бруней-Даруссалам становится сколько-нибудь заметным направлением экспорта только в 2019 году (113,4 млн против не более 0,2 млн в год раньше): оба случая согласуются с тем, что партии сырой нефти декларировались в разные страны назначения, но это не подтверждено.</translation>
    </message>
    <message>
        <source>Exports to the Republic of Korea peak at US$4,545.8 m in 2022 (223.5 m in 2016).</source>
        <translation>Экспорт в Республику Корея достигает пика — 4 545,8 млн долл. США в 2022 году (223,5 млн в 2016 году).</translation>
    </message>
    <message>
        <source>The 2022 figures as first published (quoted by The Astana Times in 2023) differ from these revised ones by 1-3.4% per partner and by 0.8% in total turnover: choose the release &quot;first published&quot; to see them side by side.</source>
        <translation>Данные за 2022 год в первой публикации (приведённые The Astana Times в 2023 году) отличаются от этих пересмотренных на 1–3,4% по каждому партнёру и на 0,8% по общему товарообороту: выберите выпуск «первая публикация» (&quot;first published&quot;), чтобы увидеть их рядом.</translation>
    </message>
    <message>
        <source>Mirror gap: in the year after February 2022, about US$2.9 bn of EU exports to Kazakhstan do not appear in Kazakhstan&apos;s imports (an analysis by the Financial Times, as reported by KazTAG).</source>
        <translation>Зеркальный разрыв: за год после февраля 2022 года около 2,9 млрд долл. США экспорта ЕС в Казахстан не отражены в импорте Казахстана (анализ Financial Times, по сообщению KazTAG).</translation>
    </message>
    <message>
        <source>2025 is preliminary and incomplete: 21 partners with figures in 2024 have none in 2025 (AFG, ARE, BHS, BMU, CAF, CUW, CYM, FRO, GMB, GNQ, GRD, LBN, LIE, MCO, NCL, PNG, PYF, SYC, TCA, TGO, WSM), among them Afghanistan and the United Arab Emirates; their trade is inside the &apos;Unallocated&apos; amount.</source>
        <translation>Данные за 2025 год предварительные и неполные: по 21 партнёру, у которых есть данные за 2024 год, нет данных за 2025 год (AFG, ARE, BHS, BMU, CAF, CUW, CYM, FRO, GMB, GNQ, GRD, LBN, LIE, MCO, NCL, PNG, PYF, SYC, TCA, TGO, WSM), среди них Афганистан и Объединенные Арабские Эмираты; их торговля входит в сумму «Не распределено» (&apos;Unallocated&apos;).</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade by HS chapter (11 months)</source>
        <translation>Торговля Казахстана за 2022 год по главам HS (11 месяцев)</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s Bureau of National Statistics (BNS), monthly trade by HS chapter (published at https://stat.gov.kz/api/iblock/element/446905/file/ru/), as compiled in the public dataset &quot;kazakhstan-economic-data&quot; on GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/dims/exports_value_by_hs_chapter.csv version e6e48fcf and imports_value_by_hs_chapter.csv version ccd7b1a5); HS sections as grouped in the same dataset.</source>
        <translation>Бюро национальной статистики Казахстана (БНС), ежемесячная торговля по главам HS (опубликовано по адресу https://stat.gov.kz/api/iblock/element/446905/file/ru/), в сводке открытого набора данных «kazakhstan-economic-data» на GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/dims/exports_value_by_hs_chapter.csv версии e6e48fcf и imports_value_by_hs_chapter.csv версии ccd7b1a5); разделы HS сгруппированы так же, как в этом наборе данных.</translation>
    </message>
    <message>
        <source>BNS monthly figures for 2022, 11 months (September has no breakdown)</source>
        <translation>Ежемесячные данные БНС за 2022 год, 11 месяцев (для сентября нет разбивки)</translation>
    </message>
    <message>
        <source>11 months only: BNS gives a total for September 2022 but no breakdown by HS chapter, so these values cover January-August and October-December 2022. The annual total minus these values (mostly September: US$7,435.2 m of exports) is shown as &apos;Unallocated&apos;, never spread over the products.</source>
        <translation>Только 11 месяцев: БНС даёт итог за сентябрь 2022 года, но без разбивки по главам HS, поэтому эти значения охватывают январь–август и октябрь–декабрь 2022 года. Годовой итог за вычетом этих значений (в основном сентябрь: 7 435,2 млн долл. США экспорта) показан как «Не распределено» (&apos;Unallocated&apos;) и никогда не распределяется по товарам.</translation>
    </message>
    <message>
        <source>HS 93 (arms and ammunition) is 0 in both flows, which probably means the figures are withheld rather than truly zero.</source>
        <translation>HS 93 (оружие и боеприпасы) равна 0 в обоих потоках; вероятно, это значит, что данные не раскрываются, а не что они действительно нулевые.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s own (reported) figures, not its partners&apos; mirror figures.</source>
        <translation>Собственные (отчётные) данные Казахстана, а не зеркальные данные его партнёров.</translation>
    </message>
    <message>
        <source>Monthly values in thousands of US$ were summed by year and converted to US$ million.</source>
        <translation>Ежемесячные значения в тысячах долл. США просуммированы по годам и переведены в млн долл. США.</translation>
    </message>
    <message>
        <source>Chapter titles are short forms of the headings of the Harmonized System (World Customs Organization); the section of each chapter follows the section ranges of the source.</source>
        <translation>Названия глав — сокращённые формы заголовков Гармонизированной системы (Всемирная таможенная организация); раздел каждой главы определяется по диапазонам разделов в источнике.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade by HS section (11 months)</source>
        <translation>Торговля Казахстана за 2022 год по разделам HS (11 месяцев)</translation>
    </message>
    <message>
        <source>Section values are sums of the chapter values, rounded to US$0.1 m. Section V bundles HS 25-27 (salt and stone, ores, mineral fuels), so concentration across sections is higher than across chapters.</source>
        <translation>Значения разделов — суммы значений глав, округлённые до 0,1 млн долл. США. Раздел V объединяет HS 25-27 (соль и камень, руды, минеральное топливо), поэтому концентрация по разделам выше, чем по главам.</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s total exports, imports and turnover by year</source>
        <translation>Общий экспорт, импорт и товарооборот Казахстана по годам</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s Bureau of National Statistics (BNS), monthly foreign-trade totals (published at https://stat.gov.kz/api/iblock/element/446905/file/ru/), summed by calendar year, as compiled in the public dataset &quot;kazakhstan-economic-data&quot; on GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/bns/exports.csv version cb515404 and imports.csv version 793f9b92). The 2015-2018 rows are not official totals but sums of the partner figures of the partner table.</source>
        <translation>Бюро национальной статистики Казахстана (БНС), ежемесячные итоги внешней торговли (опубликовано по адресу https://stat.gov.kz/api/iblock/element/446905/file/ru/), просуммированные по календарным годам, в сводке открытого набора данных «kazakhstan-economic-data» на GitHub (makenerzhan-gif/kazakhstan-economic-data, data/processed/bns/exports.csv версии cb515404 и imports.csv версии 793f9b92). Строки за 2015–2018 годы — не официальные итоги, а суммы данных по партнёрам из таблицы партнёров.</translation>
    </message>
    <message>
        <source>BNS monthly totals summed by year, 2019-2025 (2025 preliminary); partner sums for 2015-2018</source>
        <translation>Ежемесячные итоги БНС, просуммированные по годам, 2019–2025 (2025 — предварительные); суммы по партнёрам за 2015–2018 годы</translation>
    </message>
    <message>
        <source>2019-2025 are the sums of the twelve monthly totals published by BNS; 2025 is preliminary (operational data) and may still be revised.</source>
        <translation>2019–2025 годы — суммы двенадцати ежемесячных итогов, опубликованных БНС; данные за 2025 год предварительные (оперативные) и ещё могут быть пересмотрены.</translation>
    </message>
    <message>
        <source>2015-2018 are not official totals but sums of the partners in the WITS figures reported by Kazakhstan, so they understate the true totals (partners under about US$1 m, and Taiwan, are missing); the app does not use them as official totals. There are no totals before 2015.</source>
        <translation>2015–2018 годы — не официальные итоги, а суммы по партнёрам в данных WITS по отчётности Казахстана, поэтому они занижают истинные итоги (нет партнёров с торговлей менее примерно 1 млн долл. США, а также Тайваня); приложение не использует их как официальные итоги. Итогов до 2015 года нет.</translation>
    </message>
    <message>
        <source>2022 has been revised: turnover was first published as US$134.4 bn (32% more than in 2021, as quoted by The Astana Times in 2023); the revised figure is US$135.5 bn.</source>
        <translation>Данные за 2022 год пересмотрены: товарооборот впервые был опубликован как 134,4 млрд долл. США (на 32% больше, чем в 2021 году, как привела The Astana Times в 2023 году); пересмотренная цифра — 135,5 млрд долл. США.</translation>
    </message>
    <message>
        <source>Turnover is copied from the source and can differ from exports plus imports by 0.1 because of rounding.</source>
        <translation>Товарооборот скопирован из источника и может отличаться от суммы экспорта и импорта на 0,1 из-за округления.</translation>
    </message>
    <message>
        <source>No official {flow} total for {year} in release {release!r}: the {what} listed sum to {listed:,.1f} US$ million, which may fall short of the true total, so no unallocated gap can be shown.</source>
        <translation>Нет официального итога ({flow}, {year}, выпуск {release!r}): перечисленные категории ({what}) дают в сумме {listed:,.1f} млн долл. США, что может быть меньше настоящего итога, поэтому нераспределённый остаток показать нельзя.</translation>
    </message>
    <message>
        <source>Unallocated: {unallocated:,.1f} US$ million ({percent:.2f}% of the official total {official:,.1f}) is not broken down by {one}; it is shown as its own line, never spread over the {what}.</source>
        <translation>Не распределено: {unallocated:,.1f} млн долл. США ({percent:.2f}% официального итога {official:,.1f}) не разбито по категориям ({one}); это показано отдельной строкой и никогда не распределяется между категориями ({what}).</translation>
    </message>
    <message>
        <source>The {what} listed sum to {listed:,.1f} US$ million, {over:,.1f} more than the official total {official:,.1f}: shown as a negative unallocated value rather than hidden.</source>
        <translation>Перечисленные категории ({what}) дают в сумме {listed:,.1f} млн долл. США, на {over:,.1f} больше официального итога {official:,.1f}: это показано отрицательным нераспределённым остатком, а не скрыто.</translation>
    </message>
    <message>
        <source>{year} is preliminary: its figures may still be revised.</source>
        <translation>{year}: данные предварительные и ещё могут быть уточнены.</translation>
    </message>
</context>
<context>
    <name>DimensionWords</name>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>product group</source>
        <translation>товарная группа</translation>
    </message>
    <message>
        <source>product groups</source>
        <translation>товарные группы</translation>
    </message>
    <message>
        <source>HS sections</source>
        <translation>разделы ТН ВЭД</translation>
    </message>
    <message>
        <source>HS chapters</source>
        <translation>группы ТН ВЭД</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>вектор</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>векторы</translation>
    </message>
    <message>
        <source>blocs of partners</source>
        <translation>блоки партнёров</translation>
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
        <translation>Изменить правку</translation>
    </message>
    <message>
        <source>{what}
New share (%):</source>
        <translation>{what}
Новая доля (%):</translation>
    </message>
    <message>
        <source>{what}
Change in trade value (%):</source>
        <translation>{what}
Изменение стоимости торговли (%):</translation>
    </message>
    <message>
        <source>{what}
Cost change for every partner in it (%; negative = cheaper):</source>
        <translation>{what}
Изменение издержек для каждого партнёра в нём (%; отрицательное = дешевле):</translation>
    </message>
    <message>
        <source>Keep the edits?</source>
        <translation>Сохранить правки?</translation>
    </message>
    <message>
        <source>The scenario&apos;s edits were made on {before}. Keep them on {after}?</source>
        <translation>Правки сценария сделаны на {before}. Сохранить их для {after}?</translation>
    </message>
    <message>
        <source>These apply to {after} too (their effect is computed on the new data):</source>
        <translation>Эти применимы и к {after} (их эффект считается на новых данных):</translation>
    </message>
    <message>
        <source>These do not apply to {after} and would be kept but not in force:</source>
        <translation>Эти неприменимы к {after}: они сохранятся, но не будут действовать:</translation>
    </message>
    <message>
        <source>&amp;Keep the edits</source>
        <translation>&amp;Сохранить правки</translation>
    </message>
    <message>
        <source>&amp;Start clean</source>
        <translation>&amp;Начать с чистого листа</translation>
    </message>
</context>
<context>
    <name>EditPanel</name>
    <message>
        <source>Change in trade value, percent</source>
        <translation>Изменение стоимости торговли, в процентах</translation>
    </message>
    <message>
        <source>Change &amp;value</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Trade-cost shock, percent</source>
        <translation>Шок торговых издержек, в процентах</translation>
    </message>
    <message>
        <source>Elasticity of substitution sigma</source>
        <translation>Эластичность замещения sigma</translation>
    </message>
    <message>
        <source>Apply &amp;shock</source>
        <translation>При&amp;менить</translation>
    </message>
    <message>
        <source>Trade &amp;value:</source>
        <translation>&amp;Стоимость:</translation>
    </message>
    <message>
        <source>C&amp;ost shock:</source>
        <translation>Шок &amp;издержек:</translation>
    </message>
    <message>
        <source>si&amp;gma:</source>
        <translation>si&amp;gma:</translation>
    </message>
    <message>
        <source>Project &amp;growth...</source>
        <translation>Прогноз &amp;роста...</translation>
    </message>
    <message>
        <source>Grow trade at an annual rate per partner or per vector over a number of years; the History chart draws the indices year by year</source>
        <translation>Наращивать торговлю с годовым темпом по каждому партнёру или вектору на ряд лет; диаграмма «История» рисует индексы год за годом</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Прогноз:</translation>
    </message>
    <message>
        <source>value changes</source>
        <translation>изменения стоимости</translation>
    </message>
    <message>
        <source>cost shocks, the Armington rule and sigma</source>
        <translation>шоки издержек, правило Армингтона и sigma</translation>
    </message>
    <message>
        <source>projections</source>
        <translation>прогнозы</translation>
    </message>
    <message>
        <source>Explain {what} (the guide)</source>
        <translation>Объяснить: {what} (руководство)</translation>
    </message>
    <message>
        <source>Help on {what}</source>
        <translation>Справка: {what}</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Change the selected {many}</source>
        <translation>Изменить выбранные {many}</translation>
    </message>
    <message>
        <source>-50 % halves the trade of each selected {one}; the total changes with it</source>
        <translation>-50 % вдвое сокращает торговлю каждого выбранного: {one}; итог меняется вместе с ней</translation>
    </message>
    <message>
        <source>Scale the trade values of the selected {many}</source>
        <translation>Масштабировать стоимость торговли выбранных: {many}</translation>
    </message>
    <message>
        <source>How much dearer trade in the selected {many} becomes (a tariff, a sanctions premium); negative = cheaper (a new transit corridor)</source>
        <translation>Насколько дороже становится торговля с выбранными ({many}) (пошлина, санкционная надбавка); отрицательное = дешевле (новый транзитный коридор)</translation>
    </message>
    <message>
        <source>Elasticity of substitution between {many} (Armington/CES). Default {default:g}, sensible range {low:g} to {high:g}. Source: {source}. sigma = 1 changes no shares.</source>
        <translation>Эластичность замещения между {many} (Armington/CES). По умолчанию {default:g}, разумный диапазон от {low:g} до {high:g}. Источник: {source}. При sigma = 1 доли не меняются.</translation>
    </message>
    <message>
        <source>Redistribute trade away from (or towards) the selected {many} by the CES rule</source>
        <translation>Перераспределить торговлю от выбранных ({many}) или к ним по правилу CES</translation>
    </message>
    <message>
        <source>Select one or more {many} in the table (Ctrl+click, Shift+click).</source>
        <translation>Выберите в таблице одного или нескольких: {many} (Ctrl+щелчок, Shift+щелчок).</translation>
    </message>
    <message>
        <source>Selected: {names}</source>
        <translation>Выбрано: {names}</translation>
    </message>
    <message>
        <source>Selected: {names} and {more} more</source>
        <translation>Выбрано: {names} и ещё {more}</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} и ещё {count}</translation>
    </message>
    <message>
        <source>the others change equally</source>
        <translation>остальные меняются поровну</translation>
    </message>
    <message>
        <source>taken from {name}</source>
        <translation>источник: {name}</translation>
    </message>
    <message>
        <source>the others in proportion</source>
        <translation>остальные пропорционально</translation>
    </message>
    <message>
        <source>{name} {percent} % dearer</source>
        <translation>{name}: на {percent} % дороже</translation>
    </message>
    <message>
        <source>{name} {percent} % cheaper</source>
        <translation>{name}: на {percent} % дешевле</translation>
    </message>
    <message>
        <source>{name}&apos;s share set to {share:.2f} %, {rule}</source>
        <translation>{name}: доля установлена на {share:.2f} %, {rule}</translation>
    </message>
    <message>
        <source>{names} locked</source>
        <translation>{names}: закреплено</translation>
    </message>
    <message>
        <source>{names} unlocked</source>
        <translation>{names}: откреплено</translation>
    </message>
    <message>
        <source>{name}&apos;s trade value {percent:+g} %</source>
        <translation>{name}: стоимость торговли {percent:+g} %</translation>
    </message>
    <message>
        <source>{shocks} (sigma {sigma:g})</source>
        <translation>{shocks} (sigma {sigma:g})</translation>
    </message>
    <message>
        <source>, total responds with elasticity {eta:g}</source>
        <translation>, итог реагирует с эластичностью {eta:g}</translation>
    </message>
    <message>
        <source>others {rate:+g} %</source>
        <translation>прочие {rate:+g} %</translation>
    </message>
    <message>
        <source>growth a year over {years} years: {rates}</source>
        <translation>рост в год в течение {years} лет: {rates}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export options</source>
        <translation>Параметры экспорта</translation>
    </message>
    <message>
        <source>the last folder used</source>
        <translation>последняя использованная папка</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Папка экспорта по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Ширина рисунка</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Высота рисунка</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Indices in the CSV, the report and the index table</source>
        <translation>Индексы в CSV, отчёте и таблице индексов</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>&amp;Папка по умолчанию:</translation>
    </message>
    <message>
        <source>Chart &amp;pictures (width x height):</source>
        <translation>&amp;Рисунки диаграмм (ширина x высота):</translation>
    </message>
    <message>
        <source>&amp;Indices listed:</source>
        <translation>&amp;Перечисляемые индексы:</translation>
    </message>
    <message>
        <source>Always listed: the report reads it in plain words</source>
        <translation>Всегда в списке: отчёт описывает его словами</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;All files (*)</source>
        <translation>CSV для электронной таблицы (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Экспорт отчёта в HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Веб-страницы (*.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save {chart} as PNG</source>
        <translation>Сохранить «{chart}» как PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;All files (*)</source>
        <translation>Рисунки PNG (*.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save {chart} as SVG</source>
        <translation>Сохранить «{chart}» как SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Чертежи SVG (*.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Chart copied as a picture.</source>
        <translation>Диаграмма скопирована как рисунок.</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>Отчёт отправлен на принтер.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <source>{path} was not written: {problem}. The scenario is unchanged.</source>
        <translation>{path} не записан: {problem}. Сценарий не изменён.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Экспортировано: {path}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (was it moved or deleted?)</source>
        <translation>папка {folder} не существует (её переместили или удалили?)</translation>
    </message>
    <message>
        <source>you may not write in {folder}</source>
        <translation>нет права записи в {folder}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk</source>
        <translation>{folder} находится на диске только для чтения</translation>
    </message>
    <message>
        <source>{folder} is not a folder, or the name is a folder&apos;s</source>
        <translation>{folder} — не папка, или это имя папки</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}.

The scenario is unchanged and no part of the file was left behind.</source>
        <translation>{path} не записан: {reason}.

Сценарий не изменён, и никаких частей файла не осталось.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Multivector scenarios (*.json);;All files (*)</source>
        <translation>Сценарии Multivector (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>scenario.json</source>
        <translation>scenario.json</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>В сценарии есть несохранённые изменения. Сначала сохранить их?</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Не удаётся открыть сценарий</translation>
    </message>
    <message>
        <source>{name} cannot be opened:
{problem}</source>
        <translation>Не удаётся открыть {name}:
{problem}</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Не удаётся сохранить сценарий</translation>
    </message>
    <message>
        <source>{name} cannot be written:
{problem}

The scenario is still open; save it somewhere else with Save As.</source>
        <translation>Не удаётся записать {name}:
{problem}

Сценарий по-прежнему открыт; сохраните его в другое место через «Сохранить как».</translation>
    </message>
    <message>
        <source>Cannot restore the scenario</source>
        <translation>Не удаётся восстановить сценарий</translation>
    </message>
    <message>
        <source>The unsaved changes cannot be opened:
{problem}

They are kept and offered again at the next start.</source>
        <translation>Несохранённые изменения не удаётся открыть:
{problem}

Они сохранены и будут предложены снова при следующем запуске.</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(нет недавних файлов)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>{name} is no longer there ({folder}); removed from Open Recent.</source>
        <translation>{name} больше нет ({folder}); убран из «Недавних файлов».</translation>
    </message>
    <message>
        <source>(no presets found)</source>
        <translation>(готовые сценарии не найдены)</translation>
    </message>
    <message>
        <source>Preset “{title}”</source>
        <translation>Готовый сценарий «{title}»</translation>
    </message>
</context>
<context>
    <name>GuideActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>The guide: the indices, the rules, the data, exercises (F1)</source>
        <translation>Руководство: индексы, правила, данные, упражнения (F1)</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>below {upper:,.0f}</source>
        <translation>ниже {upper:,.0f}</translation>
    </message>
    <message>
        <source>{lower:,.0f} and above</source>
        <translation>{lower:,.0f} и выше</translation>
    </message>
    <message>
        <source>{lower:,.0f} to {upper:,.0f}</source>
        <translation>от {lower:,.0f} до {upper:,.0f}</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Which way</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>{s} is the share of category i (its value over the total), N the number of categories.</source>
        <translation>{s} — доля категории i (её стоимость, делённая на итог), N — число категорий.</translation>
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
        <translation>Все упражнения</translation>
    </message>
    <message>
        <source>All the indices</source>
        <translation>Все индексы</translation>
    </message>
    <message>
        <source>HHI points (0-10,000)</source>
        <translation>Пункты HHI (0–10 000)</translation>
    </message>
    <message>
        <source>Open the preset</source>
        <translation>Открыть готовый сценарий</translation>
    </message>
    <message>
        <source>Questions to discuss</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>Steps in the app</source>
        <translation>Шаги в приложении</translation>
    </message>
    <message>
        <source>The app says</source>
        <translation>Приложение пишет</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Thresholds and where they come from</source>
        <translation>Пороги и их источники</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>На что обратить внимание</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Откуда это</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Кто его использует</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Guide - Multivector</source>
        <translation>Руководство - Multivector</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Поиск по руководству</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Страницы руководства</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Страница руководства</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Index history</source>
        <translation>История индекса</translation>
    </message>
    <message>
        <source>Index shown in the history</source>
        <translation>Индекс, показанный в истории</translation>
    </message>
    <message>
        <source>Which index to draw over the years</source>
        <translation>Какой индекс рисовать по годам</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Индекс:</translation>
    </message>
    <message>
        <source>Index history chart</source>
        <translation>Диаграмма истории индекса</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>No yearly data for this choice.</source>
        <translation>Нет годовых данных для этого выбора.</translation>
    </message>
    <message>
        <source>{name}, {first}-{last}: the line is the data by year, the circle the baseline and the blue diamond the scenario in {year}. Click a year for every index.</source>
        <translation>{name}, {first}-{last}: линия — данные по годам, кружок — база, синий ромб — сценарий в {year} г. Щёлкните год, чтобы увидеть все индексы.</translation>
    </message>
    <message>
        <source>{name}: the line is the data by year; dashed blue, the scenario projected from {year} to {end}; dashed grey, the baseline grown at the same rates. Click a year for every index.</source>
        <translation>{name}: линия — данные по годам; синий пунктир — сценарий, спроецированный с {year} по {end} г.; серый пунктир — база, растущая с теми же темпами. Щёлкните год, чтобы увидеть все индексы.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Baseline grown</source>
        <translation>База с ростом</translation>
    </message>
    <message>
        <source>{year}, projected</source>
        <translation>{year}, прогноз</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>{year}: baseline and scenario</source>
        <translation>{year}: база и сценарий</translation>
    </message>
    <message>
        <source>{year}: baseline and scenario, before the projection</source>
        <translation>{year}: база и сценарий до прогноза</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>{year}: the data</source>
        <translation>{year}: данные</translation>
    </message>
    <message>
        <source>data {value}</source>
        <translation>данные {value}</translation>
    </message>
    <message>
        <source>scenario {value}</source>
        <translation>сценарий {value}</translation>
    </message>
    <message>
        <source>baseline grown {value}</source>
        <translation>база с ростом {value}</translation>
    </message>
    <message>
        <source>{year}, {index}: {values}. Click for every index.</source>
        <translation>{year}, {index}: {values}. Щёлкните, чтобы увидеть все индексы.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import data...</source>
        <translation>&amp;Импорт данных...</translation>
    </message>
    <message>
        <source>Read a UN Comtrade, WITS or template file: any country&apos;s trade by partner or product, kept for the next start</source>
        <translation>Прочитать файл UN Comtrade, WITS или шаблона: торговля любой страны по партнёрам или товарам, сохраняется для следующего запуска</translation>
    </message>
    <message>
        <source>The imported data sets cannot be read: {problem}</source>
        <translation>Импортированные наборы данных не читаются: {problem}</translation>
    </message>
    <message>
        <source>Cannot use the imported data</source>
        <translation>Не удаётся использовать импортированные данные</translation>
    </message>
    <message>
        <source>{name} ({code}), {format}, from {file}, imported {date}</source>
        <translation>{name} ({code}), {format}, из {file}, импортировано {date}</translation>
    </message>
    <message>
        <source>Mirror data for {text}</source>
        <translation>Зеркальные данные для {text}</translation>
    </message>
    <message>
        <source>what the partners report (Data &gt; Reported vs mirror)</source>
        <translation>что сообщают партнёры («Данные &gt; Данные страны и зеркальные»)</translation>
    </message>
    <message>
        <source>kept but not used: {why}</source>
        <translation>сохранено, но не используется: {why}</translation>
    </message>
    <message>
        <source>in use: {name} is in the Country selector</source>
        <translation>используется: {name} есть в списке «Страна»</translation>
    </message>
    <message>
        <source>{use}; kept as {id} in {folder}</source>
        <translation>{use}; сохранено как {id} в {folder}</translation>
    </message>
    <message>
        <source>Import data - Multivector</source>
        <translation>Импорт данных - Multivector</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Не удаётся импортировать файл</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported. The file must be a UN Comtrade or WITS download, or follow the import template (docs/import-template.md).</source>
        <translation>{problem}

Ничего не импортировано. Файл должен быть выгрузкой UN Comtrade или WITS либо соответствовать шаблону импорта (docs/import-template.md).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was kept.</source>
        <translation>Импорт отменён: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Импорт данных</translation>
    </message>
    <message>
        <source>Trade data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Торговые данные (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A file is being imported; wait for it or cancel it.</source>
        <translation>Идёт импорт файла; дождитесь окончания или отмените его.</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Чтение {name}...</translation>
    </message>
    <message>
        <source>Mirror data: what {n} partners report trading with {name} ({code}), {years}. Import keeps them, to set beside {name}&apos;s own figures (Data &gt; Reported vs mirror).</source>
        <translation>Зеркальные данные: что {n} партнёров сообщают о торговле с {name} ({code}), {years}. Импорт сохраняет их, чтобы сопоставить с собственными данными {name} («Данные &gt; Данные страны и зеркальные»).</translation>
    </message>
    <message>
        <source>{name} ({code}), {years}: {flows}, by {by}. Import keeps it as a source like the app&apos;s own data: {name} joins the Country selector, now and at the next start.</source>
        <translation>{name} ({code}), {years}: {flows}, по: {by}. Импорт сохраняет это как источник, подобный собственным данным программы: {name} появится в списке «Страна» сейчас и при следующем запуске.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>HS section</source>
        <translation>раздел ТН ВЭД</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>группа ТН ВЭД</translation>
    </message>
    <message>
        <source>{name} has the app&apos;s own data, which stay in use: this file is kept but not listed. Use it from the command line with --data.</source>
        <translation>Для {name} есть собственные данные программы, и они остаются в работе: этот файл сохранён, но не показан в списке. Используйте его из командной строки с --data.</translation>
    </message>
    <message>
        <source>It takes the place of the earlier import of {name} (from {file}), which stays kept but unused.</source>
        <translation>Он заменяет прежний импорт {name} (из {file}), который остаётся сохранённым, но не используется.</translation>
    </message>
    <message>
        <source>Not imported: nothing was kept.</source>
        <translation>Не импортировано: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Keeping {name}...</source>
        <translation>Сохранение {name}...</translation>
    </message>
    <message>
        <source>Imported {file}: kept as {id}.</source>
        <translation>Импортирован {file}: сохранён как {id}.</translation>
    </message>
    <message>
        <source>{file} was imported before ({id}).</source>
        <translation>{file} уже импортировался ({id}).</translation>
    </message>
    <message>
        <source>Kept but not used</source>
        <translation>Сохранено, но не используется</translation>
    </message>
    <message>
        <source>{file} is kept, but {name}&apos;s data in the app stay as they were: {why}.</source>
        <translation>{file} сохранён, но данные {name} в программе остались прежними: {why}.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import data - Multivector</source>
        <translation>Импорт данных - Multivector</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Что содержит файл</translation>
    </message>
    <message>
        <source>Summary of the file</source>
        <translation>Сводка по файлу</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
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
        <translation>Нормированный HHI</translation>
    </message>
    <message>
        <source>UNCTAD concentration</source>
        <translation>Концентрация ЮНКТАД</translation>
    </message>
    <message>
        <source>Equivalent partners</source>
        <translation>Экв. число партнёров</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Энтропия</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>Равномерность</translation>
    </message>
    <message>
        <source>Theil index</source>
        <translation>Индекс Тейла</translation>
    </message>
    <message>
        <source>Gini of shares</source>
        <translation>Джини долей</translation>
    </message>
    <message>
        <source>CR1 (largest)</source>
        <translation>CR1 (крупнейший)</translation>
    </message>
    <message>
        <source>CR3 (top 3)</source>
        <translation>CR3 (тройка)</translation>
    </message>
    <message>
        <source>CR5 (top 5)</source>
        <translation>CR5 (пятёрка)</translation>
    </message>
    <message>
        <source>Similarity to baseline</source>
        <translation>Сходство с базой</translation>
    </message>
    <message>
        <source>Vector balance</source>
        <translation>Баланс векторов</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Indices</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <source>HHI in plain words</source>
        <translation>HHI простыми словами</translation>
    </message>
    <message>
        <source>Baseline HHI in plain words</source>
        <translation>Базовый HHI простыми словами</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Index values: baseline, scenario and change</source>
        <translation>Значения индексов: база, сценарий и изменение</translation>
    </message>
    <message>
        <source>About the selected index</source>
        <translation>О выбранном индексе</translation>
    </message>
    <message>
        <source>Normalized indices use N = {n}: active partners only (those with trade in the baseline).</source>
        <translation>Нормированные индексы используют N = {n}: только активные партнёры (с торговлей в базе).</translation>
    </message>
    <message>
        <source>Normalized indices use N = {n}: every category in the data, zeros included (as UNCTAD does).</source>
        <translation>Нормированные индексы используют N = {n}: все категории в данных, включая нулевые (как у ЮНКТАД).</translation>
    </message>
    <message>
        <source>Explain {index} (the guide)</source>
        <translation>Объяснить {index} (руководство)</translation>
    </message>
    <message>
        <source>More in the guide (F1)</source>
        <translation>Подробнее в руководстве (F1)</translation>
    </message>
    <message>
        <source>HHI {points} points: {reading}</source>
        <translation>HHI {points} пунктов: {reading}</translation>
    </message>
    <message>
        <source>baseline {points} points: {reading}</source>
        <translation>база {points} пунктов: {reading}</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Scenario information</source>
        <translation>Сведения о сценарии</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this note until the scenario changes</source>
        <translation>Скрыть эту заметку, пока сценарий не изменится</translation>
    </message>
    <message>
        <source>Hide the scenario note</source>
        <translation>Скрыть заметку о сценарии</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The Russian and Kazakh translations, the guide&apos;s pages and the data&apos;s caveats among them, are machine-made and not yet reviewed by a native speaker; the works cited stay in English, as published, and the CSV export keeps the data&apos;s English. Partner names come from the Unicode CLDR.</source>
        <translation>Переводы на русский и казахский язык, включая страницы руководства и оговорки к данным, сделаны машиной и ещё не проверены носителем языка; цитируемые работы остаются на английском, как опубликованы, а экспорт CSV сохраняет английский текст данных. Названия стран-партнёров взяты из Unicode CLDR.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Applies when Multivector starts again</source>
        <translation>Применяется при следующем запуске Multivector</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Multivector will be in {language} when it starts again.</source>
        <translation>При следующем запуске Multivector будет на языке: {language}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open scenarios</source>
        <translation>Открытые сценарии</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Sources and caveats...</source>
        <translation>Источники и оговорки...</translation>
    </message>
    <message>
        <source>Where the data come from, their caveats, and what is missing (Ctrl+I)</source>
        <translation>Откуда данные, оговорки к ним и чего не хватает (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>Start an untitled scenario on the data shown</source>
        <translation>Начать сценарий без названия на показанных данных</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Открыть...</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Сохранить &amp;как...</translation>
    </message>
    <message>
        <source>Save the scenario in a new file</source>
        <translation>Сохранить сценарий в новый файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close Multivector</source>
        <translation>Закрыть Multivector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Rese&amp;t scenario</source>
        <translation>&amp;Сбросить сценарий</translation>
    </message>
    <message>
        <source>Remove every edit and go back to the baseline (undoable)</source>
        <translation>Убрать все правки и вернуться к базе (можно отменить)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Data &amp;sources and caveats...</source>
        <translation>&amp;Источники данных и оговорки...</translation>
    </message>
    <message>
        <source>Where the data come from, their caveats, and what is missing</source>
        <translation>Откуда данные, оговорки к ним и чего не хватает</translation>
    </message>
    <message>
        <source>&amp;About Multivector</source>
        <translation>&amp;О программе Multivector</translation>
    </message>
    <message>
        <source>What this program is</source>
        <translation>Что это за программа</translation>
    </message>
    <message>
        <source>&amp;Close scenario</source>
        <translation>&amp;Закрыть сценарий</translation>
    </message>
    <message>
        <source>Close the current scenario (asks about unsaved changes)</source>
        <translation>Закрыть текущий сценарий (спросит о несохранённых изменениях)</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>С&amp;равнить сценарии</translation>
    </message>
    <message>
        <source>Every open scenario side by side</source>
        <translation>Все открытые сценарии рядом</translation>
    </message>
    <message>
        <source>Open co&amp;mparison...</source>
        <translation>Открыть с&amp;равнение...</translation>
    </message>
    <message>
        <source>Open a set of scenario files side by side</source>
        <translation>Открыть набор файлов сценариев рядом</translation>
    </message>
    <message>
        <source>Save compa&amp;rison as...</source>
        <translation>Сохранить сравнение &amp;как...</translation>
    </message>
    <message>
        <source>Save the open scenarios, each in its own file, and a file that lists them</source>
        <translation>Сохранить открытые сценарии, каждый в своём файле, и файл с их списком</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Готовые сценарии</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Готовые сценарии</translation>
    </message>
    <message>
        <source>Scenarios from the debate, ready to open</source>
        <translation>Сценарии из дискуссии, готовые к открытию</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>&amp;CSV for a spreadsheet...</source>
        <translation>&amp;CSV для электронной таблицы...</translation>
    </message>
    <message>
        <source>The categories and the indices, with the sources and the edits in words</source>
        <translation>Категории и индексы, с источниками и правками словами</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)...</source>
        <translation>&amp;Отчёт (PDF)...</translation>
    </message>
    <message>
        <source>One or two pages for an essay: edits, indices, charts, sources</source>
        <translation>Одна-две страницы для эссе: правки, индексы, диаграммы, источники</translation>
    </message>
    <message>
        <source>Report (&amp;HTML)...</source>
        <translation>Отчёт (&amp;HTML)...</translation>
    </message>
    <message>
        <source>The report as one web page, charts included</source>
        <translation>Отчёт одной веб-страницей, с диаграммами</translation>
    </message>
    <message>
        <source>Export &amp;options...</source>
        <translation>&amp;Параметры экспорта...</translation>
    </message>
    <message>
        <source>Default folder, size of chart pictures, indices listed</source>
        <translation>Папка по умолчанию, размер рисунков диаграмм, перечисляемые индексы</translation>
    </message>
    <message>
        <source>&amp;Print report...</source>
        <translation>&amp;Печать отчёта...</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>{chart} chart as PNG...</source>
        <translation>Диаграмма «{chart}» в PNG...</translation>
    </message>
    <message>
        <source>{chart} chart as SVG...</source>
        <translation>Диаграмма «{chart}» в SVG...</translation>
    </message>
    <message>
        <source>Over the {n} {many} quoted in the press only: not all of {reporter}&apos;s trade.</source>
        <translation>Только по {n} ({many}), приведённым в прессе: не вся торговля страны {reporter}.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) do not apply to these data and are not in force (see the Scenario panel); they stay in the scenario and apply again where they fit.</source>
        <translation>
            <numerusform>%n правка не применима к этим данным и не действует (см. панель «Сценарий»); она остаётся в сценарии и снова применится, где подходит.</numerusform>
            <numerusform>%n правки не применимы к этим данным и не действуют (см. панель «Сценарий»); они остаются в сценарии и снова применятся, где подходят.</numerusform>
            <numerusform>%n правок не применимы к этим данным и не действуют (см. панель «Сценарий»); они остаются в сценарии и снова применятся, где подходят.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>{name}[*] - Multivector</source>
        <translation>{name}[*] - Multivector</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательные</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>предварительные</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполные</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизительные</translation>
    </message>
    <message numerus="yes">
        <source>as first published: only %n quoted</source>
        <translation>
            <numerusform>по первой публикации: приведён только %n</numerusform>
            <numerusform>по первой публикации: приведены только %n</numerusform>
            <numerusform>по первой публикации: приведено только %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no official total, so what is unlisted is unknown</source>
        <translation>нет официального итога, поэтому неизвестно, что не учтено</translation>
    </message>
    <message>
        <source>unallocated {value:,.0f} {unit}</source>
        <translation>не распределено {value:,.0f} {unit}</translation>
    </message>
    <message>
        <source>{name} {year} {flow}, {status}; {missing}; {count} caveat(s). Source: {source}</source>
        <translation>{name} {year} {flow}, {status}; {missing}; оговорок: {count}. Источник: {source}</translation>
    </message>
    <message>
        <source>About Multivector</source>
        <translation>О программе Multivector</translation>
    </message>
    <message>
        <source>Multivector: move a country&apos;s trade between its partners and see what it does to concentration and diversification. Offline; data embedded with their sources.</source>
        <translation>Multivector: перераспределяйте торговлю страны между партнёрами и смотрите, как это меняет концентрацию и диверсификацию. Работает без интернета; данные встроены вместе с источниками.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Автосохранение не удалось</translation>
    </message>
</context>
<context>
    <name>MembershipTable</name>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>Shares of the overlapping memberships</source>
        <translation>Доли пересекающихся объединений</translation>
    </message>
    <message>
        <source>Share of trade with the full members of each bloc in the year shown. The blocs overlap (Russia is in the EAEU, the CIS and the SCO), so the shares do not sum to 100 %.</source>
        <translation>Доля торговли с полноправными членами каждого блока в показанном году. Блоки пересекаются (Россия входит в ЕАЭС, СНГ и ШОС), поэтому доли в сумме не дают 100 %.</translation>
    </message>
</context>
<context>
    <name>MirrorActions</name>
    <message>
        <source>Reported vs &amp;mirror...</source>
        <translation>Данные страны и &amp;зеркальные...</translation>
    </message>
    <message>
        <source>The country&apos;s own figures beside what its partners report, partner by partner (needs imported mirror data)</source>
        <translation>Собственные данные страны рядом с тем, что сообщают её партнёры, по каждому партнёру (нужны импортированные зеркальные данные)</translation>
    </message>
    <message>
        <source>Cannot read the mirror data</source>
        <translation>Не удаётся прочитать зеркальные данные</translation>
    </message>
    <message>
        <source>No mirror data</source>
        <translation>Нет зеркальных данных</translation>
    </message>
    <message>
        <source>There are no mirror data for {name}: what its partners report trading with it. On UN Comtrade, choose every reporter and {name} as the partner, download the CSV, then File &gt; Import data.</source>
        <translation>Для {name} нет зеркальных данных — того, что партнёры сообщают о торговле с ней. На UN Comtrade выберите всех отчитчиков и {name} как партнёра, скачайте CSV, затем «Файл &gt; Импорт данных».</translation>
    </message>
    <message>
        <source>{file}, imported {date}</source>
        <translation>{file}, импортирован {date}</translation>
    </message>
    <message>
        <source>No year in common</source>
        <translation>Нет общего года</translation>
    </message>
    <message>
        <source>The mirror data of {name} hold no year its own data hold.</source>
        <translation>В зеркальных данных {name} нет ни одного года, который есть в её собственных данных.</translation>
    </message>
</context>
<context>
    <name>MirrorDialog</name>
    <message>
        <source>Reported vs mirror figures - Multivector</source>
        <translation>Данные страны и зеркальные данные - Multivector</translation>
    </message>
    <message>
        <source>Reported and mirror figures</source>
        <translation>Данные страны и зеркальные данные</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Trade flow</source>
        <translation>Торговый поток</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Поток:</translation>
    </message>
    <message>
        <source>Reported and mirror figures by partner</source>
        <translation>Данные страны и зеркальные данные по партнёрам</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Reported (US$ million)</source>
        <translation>По данным страны (млн долл. США)</translation>
    </message>
    <message>
        <source>Mirror (US$ million)</source>
        <translation>Зеркальные (млн долл. США)</translation>
    </message>
    <message>
        <source>Gap: mirror - reported</source>
        <translation>Разрыв: зеркальные - данные страны</translation>
    </message>
    <message>
        <source>Gap (% of reported)</source>
        <translation>Разрыв (% от данных страны)</translation>
    </message>
    <message>
        <source>Why the sides differ: imports are valued with freight and insurance (CIF), exports without (FOB); goods in transit are booked to the country they pass through or to the last known one; timing, confidential trade and errors add to it. A large gap is a reason to say which side a figure comes from.</source>
        <translation>Почему стороны расходятся: импорт оценивается с фрахтом и страховкой (CIF), экспорт — без них (FOB); транзитные товары записываются на страну, через которую они проходят, или на последнюю известную; добавляют расхождения сроки, конфиденциальная торговля и ошибки. Большой разрыв — повод указывать, с какой стороны взята цифра.</translation>
    </message>
    <message>
        <source>{name}, {year} {flow}: what {name} reports beside what each partner reports (mirror), largest gap first.</source>
        <translation>{name}, {year} {flow}: что сообщает {name} рядом с тем, что сообщает каждый партнёр (зеркальные данные), сначала наибольший разрыв.</translation>
    </message>
    <message>
        <source>Reported: {reported}
Mirror: {mirror}</source>
        <translation>По данным страны: {reported}
Зеркальные: {mirror}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Herfindahl-Hirschman index (HHI)</source>
        <translation>Индекс Херфиндаля-Хиршмана (HHI)</translation>
    </message>
    <message>
        <source>The sum of the squared shares: large when a few partners take most of the trade. Shown also on the 0-10,000 scale of shares in percent, as competition authorities do.</source>
        <translation>Сумма квадратов долей: велика, когда несколько партнёров берут большую часть торговли. Показывается также по шкале 0-10 000 для долей в процентах, как у ведомств по защите конкуренции.</translation>
    </message>
    <message>
        <source>1/N (equal shares) to 1 (one partner); 10,000 x HHI on the percent scale</source>
        <translation>от 1/N (равные доли) до 1 (один партнёр); 10 000 x HHI по процентной шкале</translation>
    </message>
    <message>
        <source>higher = more concentrated</source>
        <translation>выше = концентрация сильнее</translation>
    </message>
    <message>
        <source>normalized HHI</source>
        <translation>нормированный HHI</translation>
    </message>
    <message>
        <source>The HHI rescaled so that equal shares over all N partners give 0 and a single partner gives 1, which makes countries with different numbers of partners comparable.</source>
        <translation>HHI, перемасштабированный так, что равные доли у всех N партнёров дают 0, а единственный партнёр — 1; это позволяет сравнивать страны с разным числом партнёров.</translation>
    </message>
    <message>
        <source>0 to 1 (no value when N = 1)</source>
        <translation>от 0 до 1 (нет значения при N = 1)</translation>
    </message>
    <message>
        <source>UNCTAD concentration index</source>
        <translation>индекс концентрации ЮНКТАД</translation>
    </message>
    <message>
        <source>UNCTAD&apos;s normalized Hirschman index: like the normalized HHI but built on the square root of the HHI, Hirschman&apos;s original form.</source>
        <translation>Нормированный индекс Хиршмана ЮНКТАД: как нормированный HHI, но построен на квадратном корне из HHI — исходной форме Хиршмана.</translation>
    </message>
    <message>
        <source>numbers-equivalent of partners</source>
        <translation>эквивалентное число партнёров</translation>
    </message>
    <message>
        <source>How many equal-sized partners would give the same HHI: 4 means trade is as concentrated as if it were split evenly over 4 partners.</source>
        <translation>Сколько партнёров равного размера дали бы тот же HHI: 4 означает, что торговля сконцентрирована так, как если бы была поровну разделена между 4 партнёрами.</translation>
    </message>
    <message>
        <source>1 (one partner) to N (equal shares)</source>
        <translation>от 1 (один партнёр) до N (равные доли)</translation>
    </message>
    <message>
        <source>higher = more diversified</source>
        <translation>выше = диверсификация сильнее</translation>
    </message>
    <message>
        <source>Shannon entropy</source>
        <translation>энтропия Шеннона</translation>
    </message>
    <message>
        <source>The information-theory measure of spread: 0 when all trade goes to one partner, largest (ln N) when it is spread evenly. Natural logarithm (nats).</source>
        <translation>Мера разброса из теории информации: 0, когда вся торговля идёт одному партнёру, и максимум (ln N), когда она распределена равномерно. Натуральный логарифм (наты).</translation>
    </message>
    <message>
        <source>0 to ln N</source>
        <translation>от 0 до ln N</translation>
    </message>
    <message>
        <source>evenness (normalized entropy)</source>
        <translation>равномерность (нормированная энтропия)</translation>
    </message>
    <message>
        <source>Entropy divided by its largest possible value: 1 means trade spread perfectly evenly over all N partners. Applied to the blocs it is the app&apos;s &apos;vector balance&apos;.</source>
        <translation>Энтропия, делённая на наибольшее возможное значение: 1 означает, что торговля идеально равномерно распределена по всем N партнёрам. Применённая к блокам, это «баланс векторов» в программе.</translation>
    </message>
    <message>
        <source>0 to 1 (1 = perfectly even; no value when N = 1)</source>
        <translation>от 0 до 1 (1 = идеально равномерно; нет значения при N = 1)</translation>
    </message>
    <message>
        <source>Theil index</source>
        <translation>индекс Тейла</translation>
    </message>
    <message>
        <source>How far the shares are from equal shares, in the units of entropy: 0 when all partners have the same share.</source>
        <translation>Насколько доли далеки от равных, в единицах энтропии: 0, когда у всех партнёров одинаковая доля.</translation>
    </message>
    <message>
        <source>Gini coefficient of shares</source>
        <translation>коэффициент Джини долей</translation>
    </message>
    <message>
        <source>Inequality of the shares, from the Lorenz curve: 0 when all partners have equal shares, close to 1 when one partner takes everything.</source>
        <translation>Неравенство долей по кривой Лоренца: 0, когда у всех партнёров равные доли, около 1, когда один партнёр берёт всё.</translation>
    </message>
    <message>
        <source>0 to (N - 1) / N</source>
        <translation>от 0 до (N - 1) / N</translation>
    </message>
    <message>
        <source>largest partner&apos;s share (CR1)</source>
        <translation>доля крупнейшего партнёра (CR1)</translation>
    </message>
    <message>
        <source>The share of the single largest partner; in ecology the Berger-Parker index.</source>
        <translation>Доля одного крупнейшего партнёра; в экологии — индекс Бергера-Паркера.</translation>
    </message>
    <message>
        <source>1/N to 1</source>
        <translation>от 1/N до 1</translation>
    </message>
    <message>
        <source>three largest partners&apos; share (CR3)</source>
        <translation>доля трёх крупнейших партнёров (CR3)</translation>
    </message>
    <message>
        <source>The combined share of the three largest partners.</source>
        <translation>Суммарная доля трёх крупнейших партнёров.</translation>
    </message>
    <message>
        <source>min(3/N, 1) to 1</source>
        <translation>от min(3/N, 1) до 1</translation>
    </message>
    <message>
        <source>five largest partners&apos; share (CR5)</source>
        <translation>доля пяти крупнейших партнёров (CR5)</translation>
    </message>
    <message>
        <source>The combined share of the five largest partners.</source>
        <translation>Суммарная доля пяти крупнейших партнёров.</translation>
    </message>
    <message>
        <source>min(5/N, 1) to 1</source>
        <translation>от min(5/N, 1) до 1</translation>
    </message>
    <message>
        <source>Finger-Kreinin similarity to the baseline</source>
        <translation>сходство Фингера-Крейнина с базой</translation>
    </message>
    <message>
        <source>How much of the scenario&apos;s trade pattern overlaps with the baseline&apos;s: 1 means the same shares, 0 no partner in common.</source>
        <translation>Насколько структура торговли сценария совпадает с базовой: 1 — те же доли, 0 — ни одного общего партнёра.</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>от 0 до 1</translation>
    </message>
    <message>
        <source>higher = closer to the baseline</source>
        <translation>выше = ближе к базе</translation>
    </message>
    <message>
        <source>vector balance</source>
        <translation>баланс векторов</translation>
    </message>
    <message>
        <source>Multivector&apos;s headline measure: the evenness of the shares of the vectors (blocs such as Russia &amp; EAEU, China, EU-27), partners summed into their vectors. 1 means trade spread evenly over every vector, 0 all of it in one.</source>
        <translation>Главная мера Multivector: равномерность долей векторов (блоков, таких как Россия и ЕАЭС, Китай, ЕС-27), где партнёры суммируются по своим векторам. 1 — торговля равномерно распределена по всем векторам, 0 — вся в одном.</translation>
    </message>
    <message>
        <source>0 to 1 (1 = perfectly even; no value when K = 1)</source>
        <translation>от 0 до 1 (1 = идеально равномерно; нет значения при K = 1)</translation>
    </message>
    <message>
        <source>higher = trade spread more evenly over the vectors (more multivector)</source>
        <translation>выше = торговля равномернее распределена по векторам (больше многовекторности)</translation>
    </message>
    <message>
        <source>unconcentrated</source>
        <translation>неконцентрированный</translation>
    </message>
    <message>
        <source>moderately concentrated</source>
        <translation>умеренно концентрированный</translation>
    </message>
    <message>
        <source>highly concentrated</source>
        <translation>высококонцентрированный</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <source>Bands on the 0-10,000 scale: below 1,000 unconcentrated, 1,000-1,800 moderately concentrated, above 1,800 highly concentrated (US DOJ &amp; FTC, Merger Guidelines, 2023, sec. 2.1 for the 1,800 threshold; 1,000 as in the 1982-1992 guidelines). They were written for firms in a market; applied to trade partners they are a rule of thumb.</source>
        <translation>Диапазоны по шкале 0-10 000: ниже 1 000 — неконцентрированный, 1 000-1 800 — умеренно концентрированный, выше 1 800 — высококонцентрированный (Минюст и ФТК США, Merger Guidelines, 2023, разд. 2.1 для порога 1 800; 1 000 — как в руководствах 1982-1992 гг.). Они написаны для фирм на рынке; для торговых партнёров это ориентир, а не правило.</translation>
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
        <translation>товарооборот</translation>
    </message>
    <message>
        <source>Russia &amp; EAEU</source>
        <translation>Россия и ЕАЭС</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>EU-27</source>
        <translation>ЕС-27</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Türkiye &amp; Turkic states</source>
        <translation>Турция и тюркские страны</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Центральная Азия</translation>
    </message>
    <message>
        <source>Rest of Asia</source>
        <translation>Остальная Азия</translation>
    </message>
    <message>
        <source>Rest of world</source>
        <translation>Остальной мир</translation>
    </message>
    <message>
        <source>EAEU</source>
        <translation>ЕАЭС</translation>
    </message>
    <message>
        <source>OTS</source>
        <translation>ОТГ</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>СНГ</translation>
    </message>
    <message>
        <source>SCO</source>
        <translation>ШОС</translation>
    </message>
    <message>
        <source>Eurasian Economic Union (EAEU)</source>
        <translation>Евразийский экономический союз (ЕАЭС)</translation>
    </message>
    <message>
        <source>European Union (EU-27)</source>
        <translation>Европейский союз (ЕС-27)</translation>
    </message>
    <message>
        <source>Organization of Turkic States (OTS)</source>
        <translation>Организация тюркских государств (ОТГ)</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States (CIS)</source>
        <translation>Содружество Независимых Государств (СНГ)</translation>
    </message>
    <message>
        <source>Shanghai Cooperation Organisation (SCO)</source>
        <translation>Шанхайская организация сотрудничества (ШОС)</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн долл. США</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
</context>
<context>
    <name>PairedBarsChart</name>
    <message>
        <source>share of trade (%)</source>
        <translation>доля (%)</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Quoted
US$ m</source>
        <translation>Пресса
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
        <translation>Стоимость торговли по первой публикации, млн долл. США</translation>
    </message>
    <message>
        <source>Baseline trade value, US$ million</source>
        <translation>Базовая стоимость торговли, млн долл. США</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Закр.</translation>
    </message>
    <message>
        <source>Baseline
share</source>
        <translation>Доля
базы</translation>
    </message>
    <message>
        <source>Scenario
share</source>
        <translation>Доля
сцен.</translation>
    </message>
    <message>
        <source>Change
(pp)</source>
        <translation>Изм.
(п. п.)</translation>
    </message>
    <message>
        <source>Revised
US$ m</source>
        <translation>Уточн.
млн $</translation>
    </message>
    <message>
        <source>Locked {many} keep their share when others are edited</source>
        <translation>Закреплённые ({many}) сохраняют долю, когда меняются другие</translation>
    </message>
    <message>
        <source>Baseline share of the listed total (the unallocated trade is not counted)</source>
        <translation>Доля в базе от итога по списку (нераспределённая торговля не учитывается)</translation>
    </message>
    <message>
        <source>Scenario share; double-click or press F2 to type an exact number</source>
        <translation>Доля в сценарии; дважды щёлкните или нажмите F2, чтобы ввести точное число</translation>
    </message>
    <message>
        <source>Scenario share minus baseline share, in percentage points</source>
        <translation>Доля в сценарии минус доля в базе, в процентных пунктах</translation>
    </message>
    <message>
        <source>The revised figure for the same {one} and year, US$ million (the row&apos;s tooltip gives the revision in percent)</source>
        <translation>Уточнённая цифра для того же ({one}) и года, млн долл. США (подсказка строки даёт уточнение в процентах)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>закреплён</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>не закреплён</translation>
    </message>
    <message>
        <source>{name} ({code}), {state}
first published {base:,.1f} US$ m ({base_share:.2f} % of the quoted)
revised {revised:,.1f} US$ m ({change:+.1f} %)
scenario {value:,.1f} US$ m ({share:.2f} %)</source>
        <translation>{name} ({code}), {state}
первая публикация {base:,.1f} млн $ ({base_share:.2f} % от приведённых)
уточнено {revised:,.1f} млн $ ({change:+.1f} %)
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
        <translation>партнёр</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Filter {many} by name or code (Ctrl+F)</source>
        <translation>Фильтр ({many}) по названию или коду (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter {many}</source>
        <translation>Фильтр ({many})</translation>
    </message>
    <message>
        <source>Type part of a name or code to show only the matching {many}</source>
        <translation>Введите часть названия или кода, чтобы показать только подходящие ({many})</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Не распределено</translation>
    </message>
    <message>
        <source>Unallocated: {value:,.1f} US$ million, {percent} of the official total {total:,.1f}, is trade the source does not break down by {one}. It is not a {one}: it is not in the shares, the edits or any index, and it is never spread over the others.</source>
        <translation>Не распределено: {value:,.1f} млн долл. США, {percent} от официального итога {total:,.1f} — торговля, которую источник не разбивает по категории «{one}». Это не {one}: её нет в долях, правках и индексах, и она никогда не распределяется по остальным.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>2022 as first published (The Astana Times, 2023)</source>
        <translation>2022 год в первой публикации (The Astana Times, 2023)</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s 2022 trade as first reported in The Astana Times (Michael Rossi, 2023): exports to Italy $13.9bn, China $13.2bn and Russia $8.8bn; imports from Russia $17.3bn, China $10.9bn and the US about $1.9bn; turnover $134.4bn, 32 % more than in 2021. These are early figures: the revised Bureau of National Statistics release gives Italy 13.85, China 13.06 and Russia 9.09 ($bn) and turnover 135.5. The article names only these partners, so the indices here describe those three alone and are not comparable with the full data; switch the release back to &apos;revised&apos; to compare.</source>
        <translation>Торговля Казахстана за 2022 год в том виде, в каком её впервые привела The Astana Times (Michael Rossi, 2023): экспорт в Италию 13,9 млрд долл., в Китай 13,2 млрд и в Россию 8,8 млрд; импорт из России 17,3 млрд, из Китая 10,9 млрд и из США около 1,9 млрд; товарооборот 134,4 млрд долл., на 32 % больше, чем в 2021 году. Это ранние данные: уточнённый выпуск Бюро национальной статистики даёт Италию 13,85, Китай 13,06 и Россию 9,09 (млрд долл.) и товарооборот 135,5. Статья называет только этих партнёров, поэтому индексы здесь описывают лишь эти три страны и несопоставимы с полными данными; чтобы сравнить, переключите данные обратно на «Уточнённые».</translation>
    </message>
    <message>
        <source>China takes up the slack (Belt and Road pivot, exports)</source>
        <translation>Китай восполняет разрыв (поворот к «Поясу и пути», экспорт)</translation>
    </message>
    <message>
        <source>The question: if exports to Italy fell by a third and China took up the slack, is Kazakhstan more or less dependent, by how much, and on whom? Italy was the largest export market in 2022 (mostly crude oil); China already buys more of Kazakhstan&apos;s exports than Russia and sees it as the transit link of the Belt and Road. Here Italy&apos;s share of 2022 exports falls from 16.4 % to 10.9 % (a third less) and the difference goes to China alone, so the total and every other partner stay as they were.</source>
        <translation>Вопрос: если бы экспорт в Италию упал на треть, а разницу взял на себя Китай, стал бы Казахстан более или менее зависимым, насколько и от кого? Италия была крупнейшим рынком экспорта в 2022 году (в основном сырая нефть); Китай уже покупает больше казахстанского экспорта, чем Россия, и видит в Казахстане транзитное звено «Пояса и пути». Здесь доля Италии в экспорте 2022 года падает с 16,4 % до 10,9 % (на треть), а разница целиком уходит Китаю, так что итог и все остальные партнёры остаются прежними.</translation>
    </message>
    <message>
        <source>Deeper EAEU integration (exports)</source>
        <translation>Углубление интеграции в ЕАЭС (экспорт)</translation>
    </message>
    <message>
        <source>The Eurasian Economic Union (Russia, Belarus, Armenia, Kyrgyzstan and Kazakhstan) aims at a common market in goods. What if deeper integration, with fewer non-tariff barriers and a common transport market, made selling to the other members 10 % cheaper, and buyers shifted accordingly (Armington/CES, default sigma)? The 10 % is an illustrative assumption, not an estimate. Compare the vector balance: does closer Eurasian integration cost Kazakhstan its multivector spread?</source>
        <translation>Евразийский экономический союз (Россия, Беларусь, Армения, Кыргызстан и Казахстан) стремится к общему рынку товаров. Что, если бы более глубокая интеграция, с меньшим числом нетарифных барьеров и общим транспортным рынком, сделала продажи другим членам на 10 % дешевле, а покупатели перераспределили закупки соответственно (Армингтон/CES, sigma по умолчанию)? 10 % — иллюстративное допущение, а не оценка. Сравните баланс векторов: не обходится ли более тесная евразийская интеграция Казахстану потерей многовекторности?</translation>
    </message>
    <message>
        <source>Middle Corridor and Turkic integration (exports)</source>
        <translation>Средний коридор и тюркская интеграция (экспорт)</translation>
    </message>
    <message>
        <source>The Trans-Caspian &apos;Middle Corridor&apos; carries goods from Kazakhstan across the Caspian to Azerbaijan, Georgia and Türkiye, bypassing Russia; the Organization of Turkic States ties Kazakhstan to Uzbekistan, the Kyrgyz Republic, Azerbaijan and Türkiye, with Turkmenistan as an observer. What if a cheaper corridor made selling to Azerbaijan, Georgia and Türkiye 15 % cheaper and to the Turkic neighbours 5 % cheaper (Armington/CES, default sigma)? The sizes are illustrative assumptions, not estimates.</source>
        <translation>Транскаспийский «Средний коридор» везёт грузы из Казахстана через Каспий в Азербайджан, Грузию и Турцию в обход России; Организация тюркских государств связывает Казахстан с Узбекистаном, Кыргызской Республикой, Азербайджаном и Турцией, Туркменистан в ней наблюдатель. Что, если более дешёвый коридор сделал бы продажи в Азербайджан, Грузию и Турцию на 15 % дешевле, а тюркским соседям — на 5 % дешевле (Армингтон/CES, sigma по умолчанию)? Размеры — иллюстративные допущения, а не оценки.</translation>
    </message>
    <message>
        <source>A Russia trade shock (imports)</source>
        <translation>Торговый шок со стороны России (импорт)</translation>
    </message>
    <message>
        <source>Russia is Kazakhstan&apos;s largest source of imports (35 % in 2022). What if buying from Russia became 30 % dearer, say through a sanctions-compliance premium on payments and logistics, and importers switched to other suppliers as an Armington/CES model with the default elasticity of substitution predicts? The 30 % is an illustrative assumption, not an estimate; move it and sigma to see how much the answer depends on them. Note that 2022 imports do not separate &apos;parallel imports&apos; and re-exports involving Russia.</source>
        <translation>Россия — крупнейший источник импорта Казахстана (35 % в 2022 году). Что, если бы закупки в России подорожали на 30 %, скажем из-за надбавки за соблюдение санкций в платежах и логистике, и импортёры перешли к другим поставщикам так, как предсказывает модель Армингтона/CES с эластичностью замещения по умолчанию? 30 % — иллюстративное допущение, а не оценка; меняйте его и sigma, чтобы увидеть, насколько ответ от них зависит. Учтите, что импорт 2022 года не отделяет «параллельный импорт» и реэкспорт с участием России.</translation>
    </message>
    <message>
        <source>Western diversification (exports, five years)</source>
        <translation>Западная диверсификация (экспорт, пять лет)</translation>
    </message>
    <message>
        <source>The EU already takes over a third of Kazakhstan&apos;s exports, mostly oil, and the United States is a latecomer, visible in consumer goods and universities but small in trade. What if exports to the EU grew by 5 % a year and to the US by 8 % a year for five years, while every other market grew by 2 % a year? The rates are illustrative assumptions, not forecasts. Watch the EU-27 vector grow and whether the vector balance improves or worsens.</source>
        <translation>ЕС уже получает более трети экспорта Казахстана, в основном нефть, а Соединённые Штаты пришли позже: они заметны в потребительских товарах и университетах, но малы в торговле. Что, если бы экспорт в ЕС рос на 5 % в год, а в США — на 8 % в год в течение пяти лет, тогда как все остальные рынки росли бы на 2 % в год? Темпы — иллюстративные допущения, а не прогнозы. Следите, как растёт вектор ЕС-27 и улучшается или ухудшается баланс векторов.</translation>
    </message>
</context>
<context>
    <name>ProductGroups</name>
    <message>
        <source>Live animals</source>
        <translation>Живые животные</translation>
    </message>
    <message>
        <source>Meat and edible meat offal</source>
        <translation>Мясо и пищевые мясные субпродукты</translation>
    </message>
    <message>
        <source>Fish, crustaceans, molluscs</source>
        <translation>Рыба, ракообразные, моллюски</translation>
    </message>
    <message>
        <source>Dairy produce; eggs; honey</source>
        <translation>Молочная продукция; яйца; мёд</translation>
    </message>
    <message>
        <source>Other products of animal origin</source>
        <translation>Прочие продукты животного происхождения</translation>
    </message>
    <message>
        <source>Live trees, plants, cut flowers</source>
        <translation>Живые деревья, растения, срезанные цветы</translation>
    </message>
    <message>
        <source>Edible vegetables</source>
        <translation>Съедобные овощи</translation>
    </message>
    <message>
        <source>Edible fruit and nuts</source>
        <translation>Съедобные фрукты и орехи</translation>
    </message>
    <message>
        <source>Coffee, tea, maté and spices</source>
        <translation>Кофе, чай, мате и пряности</translation>
    </message>
    <message>
        <source>Cereals</source>
        <translation>Злаки</translation>
    </message>
    <message>
        <source>Milling products; malt; starches</source>
        <translation>Продукция мукомолья; солод; крахмалы</translation>
    </message>
    <message>
        <source>Oil seeds; miscellaneous grains, seeds, fruit; fodder</source>
        <translation>Масличные семена; прочие зёрна, семена, плоды; корма</translation>
    </message>
    <message>
        <source>Lac; gums, resins, vegetable saps</source>
        <translation>Шеллак; камеди, смолы, растительные соки</translation>
    </message>
    <message>
        <source>Vegetable plaiting materials</source>
        <translation>Растительные материалы для плетения</translation>
    </message>
    <message>
        <source>Animal and vegetable fats and oils</source>
        <translation>Жиры и масла животного и растительного происхождения</translation>
    </message>
    <message>
        <source>Preparations of meat or fish</source>
        <translation>Готовые продукты из мяса или рыбы</translation>
    </message>
    <message>
        <source>Sugars and sugar confectionery</source>
        <translation>Сахар и кондитерские изделия из сахара</translation>
    </message>
    <message>
        <source>Cocoa and cocoa preparations</source>
        <translation>Какао и продукты из него</translation>
    </message>
    <message>
        <source>Preparations of cereals, flour, milk; bakery</source>
        <translation>Продукты из зерна, муки, молока; хлебобулочные изделия</translation>
    </message>
    <message>
        <source>Preparations of vegetables, fruit, nuts</source>
        <translation>Продукты переработки овощей, фруктов, орехов</translation>
    </message>
    <message>
        <source>Miscellaneous edible preparations</source>
        <translation>Разные пищевые продукты</translation>
    </message>
    <message>
        <source>Beverages, spirits and vinegar</source>
        <translation>Напитки, спирт и уксус</translation>
    </message>
    <message>
        <source>Food industry residues; animal fodder</source>
        <translation>Остатки пищевой промышленности; корма для животных</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Табак</translation>
    </message>
    <message>
        <source>Salt, sulphur, earths, stone, cement</source>
        <translation>Соль, сера, земли, камень, цемент</translation>
    </message>
    <message>
        <source>Ores, slag and ash</source>
        <translation>Руды, шлак и зола</translation>
    </message>
    <message>
        <source>Mineral fuels and oils (crude oil, gas, coal)</source>
        <translation>Минеральное топливо и масла (сырая нефть, газ, уголь)</translation>
    </message>
    <message>
        <source>Inorganic chemicals (incl. radioactive elements)</source>
        <translation>Неорганические химикаты (вкл. радиоактивные элементы)</translation>
    </message>
    <message>
        <source>Organic chemicals</source>
        <translation>Органические химикаты</translation>
    </message>
    <message>
        <source>Pharmaceutical products</source>
        <translation>Фармацевтическая продукция</translation>
    </message>
    <message>
        <source>Fertilisers</source>
        <translation>Удобрения</translation>
    </message>
    <message>
        <source>Tanning or dyeing extracts; paints; inks</source>
        <translation>Дубильные или красильные экстракты; краски; чернила</translation>
    </message>
    <message>
        <source>Essential oils; perfumery, cosmetics</source>
        <translation>Эфирные масла; парфюмерия, косметика</translation>
    </message>
    <message>
        <source>Soap, washing and lubricating preparations</source>
        <translation>Мыло, моющие и смазочные средства</translation>
    </message>
    <message>
        <source>Albuminoidal substances; glues; enzymes</source>
        <translation>Белковые вещества; клеи; ферменты</translation>
    </message>
    <message>
        <source>Explosives; matches; pyrotechnics</source>
        <translation>Взрывчатые вещества; спички; пиротехника</translation>
    </message>
    <message>
        <source>Photographic or cinematographic goods</source>
        <translation>Фото- и кинотовары</translation>
    </message>
    <message>
        <source>Miscellaneous chemical products</source>
        <translation>Прочие химические продукты</translation>
    </message>
    <message>
        <source>Plastics and articles thereof</source>
        <translation>Пластмассы и изделия из них</translation>
    </message>
    <message>
        <source>Rubber and articles thereof</source>
        <translation>Каучук, резина и изделия из них</translation>
    </message>
    <message>
        <source>Raw hides and skins; leather</source>
        <translation>Необработанные шкуры; кожа</translation>
    </message>
    <message>
        <source>Articles of leather; travel goods, handbags</source>
        <translation>Изделия из кожи; дорожные принадлежности, сумки</translation>
    </message>
    <message>
        <source>Furskins and artificial fur</source>
        <translation>Натуральный и искусственный мех</translation>
    </message>
    <message>
        <source>Wood and articles of wood</source>
        <translation>Древесина и изделия из неё</translation>
    </message>
    <message>
        <source>Cork and articles of cork</source>
        <translation>Пробка и изделия из неё</translation>
    </message>
    <message>
        <source>Basketware and wickerwork</source>
        <translation>Корзиночные и плетёные изделия</translation>
    </message>
    <message>
        <source>Pulp of wood; recovered paper</source>
        <translation>Древесная масса; макулатура</translation>
    </message>
    <message>
        <source>Paper and paperboard</source>
        <translation>Бумага и картон</translation>
    </message>
    <message>
        <source>Printed books, newspapers, pictures</source>
        <translation>Печатные книги, газеты, репродукции</translation>
    </message>
    <message>
        <source>Silk</source>
        <translation>Шёлк</translation>
    </message>
    <message>
        <source>Wool and animal hair</source>
        <translation>Шерсть и волос животных</translation>
    </message>
    <message>
        <source>Cotton</source>
        <translation>Хлопок</translation>
    </message>
    <message>
        <source>Other vegetable textile fibres</source>
        <translation>Прочие растительные текстильные волокна</translation>
    </message>
    <message>
        <source>Man-made filaments</source>
        <translation>Химические нити</translation>
    </message>
    <message>
        <source>Man-made staple fibres</source>
        <translation>Химические штапельные волокна</translation>
    </message>
    <message>
        <source>Wadding, felt, nonwovens; twine, ropes</source>
        <translation>Вата, войлок, нетканые материалы; шпагат, канаты</translation>
    </message>
    <message>
        <source>Carpets and textile floor coverings</source>
        <translation>Ковры и текстильные напольные покрытия</translation>
    </message>
    <message>
        <source>Special woven fabrics; lace; embroidery</source>
        <translation>Специальные ткани; кружева; вышивки</translation>
    </message>
    <message>
        <source>Impregnated, coated or laminated textile fabrics</source>
        <translation>Пропитанные, с покрытием или ламинированные ткани</translation>
    </message>
    <message>
        <source>Knitted or crocheted fabrics</source>
        <translation>Трикотажные полотна машинного или ручного вязания</translation>
    </message>
    <message>
        <source>Apparel, knitted or crocheted</source>
        <translation>Одежда трикотажная</translation>
    </message>
    <message>
        <source>Apparel, not knitted or crocheted</source>
        <translation>Одежда нетрикотажная</translation>
    </message>
    <message>
        <source>Other made-up textile articles; worn clothing</source>
        <translation>Прочие готовые текстильные изделия; поношенная одежда</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Обувь</translation>
    </message>
    <message>
        <source>Headgear</source>
        <translation>Головные уборы</translation>
    </message>
    <message>
        <source>Umbrellas, walking-sticks, whips</source>
        <translation>Зонты, трости, хлысты</translation>
    </message>
    <message>
        <source>Prepared feathers; artificial flowers</source>
        <translation>Обработанные перья; искусственные цветы</translation>
    </message>
    <message>
        <source>Articles of stone, plaster, cement</source>
        <translation>Изделия из камня, гипса, цемента</translation>
    </message>
    <message>
        <source>Ceramic products</source>
        <translation>Керамические изделия</translation>
    </message>
    <message>
        <source>Glass and glassware</source>
        <translation>Стекло и изделия из него</translation>
    </message>
    <message>
        <source>Pearls, precious stones and metals; jewellery</source>
        <translation>Жемчуг, драгоценные камни и металлы; ювелирные изделия</translation>
    </message>
    <message>
        <source>Iron and steel (incl. ferroalloys)</source>
        <translation>Чёрные металлы (вкл. ферросплавы)</translation>
    </message>
    <message>
        <source>Articles of iron or steel</source>
        <translation>Изделия из чёрных металлов</translation>
    </message>
    <message>
        <source>Copper and articles thereof</source>
        <translation>Медь и изделия из неё</translation>
    </message>
    <message>
        <source>Nickel and articles thereof</source>
        <translation>Никель и изделия из него</translation>
    </message>
    <message>
        <source>Aluminium and articles thereof</source>
        <translation>Алюминий и изделия из него</translation>
    </message>
    <message>
        <source>Lead and articles thereof</source>
        <translation>Свинец и изделия из него</translation>
    </message>
    <message>
        <source>Zinc and articles thereof</source>
        <translation>Цинк и изделия из него</translation>
    </message>
    <message>
        <source>Tin and articles thereof</source>
        <translation>Олово и изделия из него</translation>
    </message>
    <message>
        <source>Other base metals; cermets</source>
        <translation>Прочие недрагоценные металлы; металлокерамика</translation>
    </message>
    <message>
        <source>Tools, cutlery of base metal</source>
        <translation>Инструменты, ножевые изделия из недрагоценных металлов</translation>
    </message>
    <message>
        <source>Miscellaneous articles of base metal</source>
        <translation>Разные изделия из недрагоценных металлов</translation>
    </message>
    <message>
        <source>Machinery and mechanical appliances</source>
        <translation>Машины и механические устройства</translation>
    </message>
    <message>
        <source>Electrical machinery and equipment (incl. phones)</source>
        <translation>Электрические машины и оборудование (вкл. телефоны)</translation>
    </message>
    <message>
        <source>Railway locomotives and rolling stock</source>
        <translation>Железнодорожные локомотивы и подвижной состав</translation>
    </message>
    <message>
        <source>Vehicles other than railway</source>
        <translation>Транспортные средства, кроме железнодорожных</translation>
    </message>
    <message>
        <source>Aircraft, spacecraft and parts</source>
        <translation>Летательные и космические аппараты и их части</translation>
    </message>
    <message>
        <source>Ships, boats and floating structures</source>
        <translation>Суда, лодки и плавучие конструкции</translation>
    </message>
    <message>
        <source>Optical, measuring, medical instruments</source>
        <translation>Оптические, измерительные, медицинские приборы</translation>
    </message>
    <message>
        <source>Clocks and watches</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Musical instruments</source>
        <translation>Музыкальные инструменты</translation>
    </message>
    <message>
        <source>Arms and ammunition</source>
        <translation>Оружие и боеприпасы</translation>
    </message>
    <message>
        <source>Furniture; bedding; lamps; prefabricated buildings</source>
        <translation>Мебель; постельные принадлежности; светильники; сборные здания</translation>
    </message>
    <message>
        <source>Toys, games and sports requisites</source>
        <translation>Игрушки, игры и спортивный инвентарь</translation>
    </message>
    <message>
        <source>Miscellaneous manufactured articles</source>
        <translation>Разные готовые изделия</translation>
    </message>
    <message>
        <source>Works of art, collectors&apos; pieces, antiques</source>
        <translation>Произведения искусства, предметы коллекционирования, антиквариат</translation>
    </message>
    <message>
        <source>Not elsewhere specified (HS 99, unclassified)</source>
        <translation>Не указанные в других местах (HS 99, неклассифицированные)</translation>
    </message>
    <message>
        <source>Live animals; animal products</source>
        <translation>Живые животные; продукты животного происхождения</translation>
    </message>
    <message>
        <source>Vegetable products</source>
        <translation>Продукты растительного происхождения</translation>
    </message>
    <message>
        <source>Animal/vegetable fats &amp; oils</source>
        <translation>Животные/растительные жиры и масла</translation>
    </message>
    <message>
        <source>Prepared foodstuffs, beverages, tobacco</source>
        <translation>Готовые пищевые продукты, напитки, табак</translation>
    </message>
    <message>
        <source>Mineral products (incl. HS27 fuels)</source>
        <translation>Минеральные продукты (вкл. топливо HS27)</translation>
    </message>
    <message>
        <source>Chemical products</source>
        <translation>Химическая продукция</translation>
    </message>
    <message>
        <source>Plastics &amp; rubber</source>
        <translation>Пластмассы и каучук</translation>
    </message>
    <message>
        <source>Hides, leather, furs</source>
        <translation>Шкуры, кожа, мех</translation>
    </message>
    <message>
        <source>Wood &amp; articles</source>
        <translation>Древесина и изделия</translation>
    </message>
    <message>
        <source>Pulp, paper</source>
        <translation>Древесная масса, бумага</translation>
    </message>
    <message>
        <source>Textiles &amp; apparel</source>
        <translation>Текстиль и одежда</translation>
    </message>
    <message>
        <source>Footwear, headgear</source>
        <translation>Обувь, головные уборы</translation>
    </message>
    <message>
        <source>Stone, ceramic, glass articles</source>
        <translation>Изделия из камня, керамики, стекла</translation>
    </message>
    <message>
        <source>Precious metals &amp; stones</source>
        <translation>Драгоценные металлы и камни</translation>
    </message>
    <message>
        <source>Base metals &amp; articles</source>
        <translation>Недрагоценные металлы и изделия</translation>
    </message>
    <message>
        <source>Machinery &amp; electrical equipment</source>
        <translation>Машины и электрооборудование</translation>
    </message>
    <message>
        <source>Vehicles, aircraft, vessels</source>
        <translation>Транспортные средства, летательные аппараты, суда</translation>
    </message>
    <message>
        <source>Optical, medical, instruments</source>
        <translation>Оптика, медтехника, приборы</translation>
    </message>
    <message>
        <source>Arms &amp; ammunition</source>
        <translation>Оружие и боеприпасы</translation>
    </message>
    <message>
        <source>Miscellaneous manufactures</source>
        <translation>Разные промышленные товары</translation>
    </message>
    <message>
        <source>Works of art</source>
        <translation>Произведения искусства</translation>
    </message>
    <message>
        <source>HS99 / unclassified</source>
        <translation>HS99 / без классификации</translation>
    </message>
</context>
<context>
    <name>ProjectionActions</name>
    <message>
        <source>Project &amp;growth...</source>
        <translation>Прогноз &amp;роста...</translation>
    </message>
    <message>
        <source>Grow trade at annual rates per partner or per vector over N years</source>
        <translation>Наращивать торговлю с годовыми темпами по партнёрам или векторам на N лет</translation>
    </message>
    <message>
        <source>vectors (blocs)</source>
        <translation>векторы (блоки)</translation>
    </message>
</context>
<context>
    <name>ProjectionEditor</name>
    <message>
        <source>Project growth - Multivector</source>
        <translation>Прогноз роста - Multivector</translation>
    </message>
    <message>
        <source>Projection editor</source>
        <translation>Редактор прогноза</translation>
    </message>
    <message>
        <source>Each year every value grows by its annual rate: v(t) = v (1 + g)^t. The indices of every year are drawn after the data in the History chart, with the baseline grown at the same rates as a grey ghost.</source>
        <translation>Каждый год каждое значение растёт со своим годовым темпом: v(t) = v (1 + g)^t. Индексы каждого года рисуются после данных на диаграмме «История», а база, растущая с теми же темпами, — серой тенью.</translation>
    </message>
    <message>
        <source>Years projected</source>
        <translation>Лет прогноза</translation>
    </message>
    <message>
        <source>Rates given per</source>
        <translation>Темпы задаются по</translation>
    </message>
    <message>
        <source>Growth a year of everything else</source>
        <translation>Годовой рост всего остального</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Фильтр по названию или коду</translation>
    </message>
    <message>
        <source>Filter the rates</source>
        <translation>Фильтр темпов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Growth a year (%)</source>
        <translation>Рост в год (%)</translation>
    </message>
    <message>
        <source>Growth rates</source>
        <translation>Темпы роста</translation>
    </message>
    <message>
        <source>Type a rate in percent a year (5 = 5 %, -3 = 3 % less each year); leave it empty for the default rate</source>
        <translation>Введите темп в процентах в год (5 = 5 %, -3 = на 3 % меньше каждый год); оставьте пустым для темпа по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Clear the rates</source>
        <translation>&amp;Очистить темпы</translation>
    </message>
    <message>
        <source>Every row back to the default rate</source>
        <translation>Все строки — к темпу по умолчанию</translation>
    </message>
    <message>
        <source>How projections work (the guide)</source>
        <translation>Как работают прогнозы (руководство)</translation>
    </message>
    <message>
        <source>Help on projections</source>
        <translation>Справка о прогнозах</translation>
    </message>
    <message>
        <source>&amp;Apply projection</source>
        <translation>&amp;Применить прогноз</translation>
    </message>
    <message>
        <source>&amp;Remove projection</source>
        <translation>&amp;Убрать прогноз</translation>
    </message>
    <message>
        <source>&amp;Years ahead:</source>
        <translation>&amp;Лет вперёд:</translation>
    </message>
    <message>
        <source>Rates &amp;per:</source>
        <translation>Темпы &amp;по:</translation>
    </message>
    <message>
        <source>&amp;Everything else grows:</source>
        <translation>&amp;Всё остальное растёт:</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <source>“{text}” is not a rate: type a number of percent above -100, or leave the cell empty for the default rate.</source>
        <translation>«{text}» — не темп: введите число процентов больше -100 или оставьте ячейку пустой для темпа по умолчанию.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>Multivector did not close normally. “{title}” had changes that were not saved; they were kept on {time}.</source>
        <translation>Multivector закрылся некорректно. В «{title}» были несохранённые изменения; они сохранены {time}.</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Its file: {file} (Save writes there).</source>
        <translation>Его файл: {file} («Сохранить» записывает туда).</translation>
    </message>
    <message>
        <source>It was never saved to a file.</source>
        <translation>Он ни разу не сохранялся в файл.</translation>
    </message>
    <message>
        <source>Restore opens the scenario with those changes, not yet saved. Discard deletes them for good.</source>
        <translation>«Восстановить» открывает сценарий с этими изменениями, ещё не сохранёнными. «Отбросить» удаляет их навсегда.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <source>Remove imported data - Multivector</source>
        <translation>Удалить импортированные данные - Multivector</translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation>Импортированные наборы данных</translation>
    </message>
    <message>
        <source>Data sets you imported, kept for the next start. Removing one deletes the app&apos;s copy; your downloaded file stays where it is.</source>
        <translation>Импортированные вами наборы данных, сохранённые для следующего запуска. Удаление стирает копию программы; скачанный вами файл остаётся на месте.</translation>
    </message>
    <message>
        <source>No imported data sets: File &gt; Import data... adds one.</source>
        <translation>Нет импортированных наборов данных: «Файл &gt; Импорт данных...» добавляет их.</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Удалить...</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Baseline (grey) beside the scenario (blue), in percent of trade.</source>
        <translation>База (серый) рядом со сценарием (синий), в процентах от торговли.</translation>
    </message>
    <message>
        <source>Each bar is s’² − s² in HHI points; right of zero made trade more concentrated, left less. The bars sum to the change in HHI.</source>
        <translation>Каждый столбец — s’² − s² в пунктах HHI; правее нуля — торговля стала концентрированнее, левее — менее. Сумма столбцов равна изменению HHI.</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Правки</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <source>Data source and caveats</source>
        <translation>Источник данных и оговорки</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>How to cite</source>
        <translation>Как цитировать</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Программа</translation>
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
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>None: the scenario is the baseline.</source>
        <translation>Нет: сценарий совпадает с базой.</translation>
    </message>
    <message>
        <source>Shares of the largest {many}</source>
        <translation>Доли крупнейших: {many}</translation>
    </message>
    <message>
        <source>Change in HHI by {one}</source>
        <translation>Изменение HHI по категории «{one}»</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (выключено)</translation>
    </message>
    <message>
        <source> (not applied: {reason})</source>
        <translation> (не применено: {reason})</translation>
    </message>
</context>
<context>
    <name>ScenarioEditing</name>
    <message>
        <source>Not done: {what}: {reason}.</source>
        <translation>Не выполнено: {what}: {reason}.</translation>
    </message>
    <message>
        <source>These data are not available: {problem}</source>
        <translation>Эти данные недоступны: {problem}</translation>
    </message>
    <message>
        <source>{name} is locked; unlock it first.</source>
        <translation>{name} закреплён; сначала открепите.</translation>
    </message>
    <message>
        <source>Choose another {one} (not locked) to take the share from.</source>
        <translation>Выберите другого (не закреплённого) — {one}, — у которого взять долю.</translation>
    </message>
    <message>
        <source>switch on: {what}</source>
        <translation>включить: {what}</translation>
    </message>
    <message>
        <source>switch off: {what}</source>
        <translation>выключить: {what}</translation>
    </message>
    <message>
        <source>remove: {what}</source>
        <translation>удалить: {what}</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Не изменено: {reason}.</translation>
    </message>
    <message>
        <source>change: {what}</source>
        <translation>изменить: {what}</translation>
    </message>
    <message>
        <source>edit the title and notes</source>
        <translation>изменить заголовок и заметки</translation>
    </message>
    <message>
        <source>reset the scenario</source>
        <translation>сбросить сценарий</translation>
    </message>
    <message>
        <source>{year} is not in these data; showing {other}.</source>
        <translation>{year} нет в этих данных; показан {other}.</translation>
    </message>
    <message>
        <source>show {what}</source>
        <translation>показать {what}</translation>
    </message>
    <message>
        <source>show {what}, without the edits</source>
        <translation>показать {what} без правок</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>HS sections</source>
        <translation>разделы ТН ВЭД</translation>
    </message>
    <message>
        <source>HS chapters</source>
        <translation>группы ТН ВЭД</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>векторы</translation>
    </message>
    <message>
        <source>, first published</source>
        <translation>, первая публикация</translation>
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
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>Заголовок сценария</translation>
    </message>
    <message>
        <source>What the scenario asks</source>
        <translation>Какой вопрос задаёт сценарий</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Описание сценария</translation>
    </message>
    <message>
        <source>Your notes (saved with the scenario)</source>
        <translation>Ваши заметки (сохраняются со сценарием)</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Заметки к сценарию</translation>
    </message>
    <message>
        <source>Edits of the scenario</source>
        <translation>Правки сценария</translation>
    </message>
    <message>
        <source>Every edit, in the order applied. Untick one to switch it off; Delete removes it (both can be undone).</source>
        <translation>Все правки в порядке применения. Снимите флажок, чтобы выключить правку; Delete удаляет её (и то, и другое можно отменить).</translation>
    </message>
    <message>
        <source>No edits: this is the baseline.</source>
        <translation>Правок нет: это база.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected edit (Delete; undoable)</source>
        <translation>Удалить выбранную правку (Delete; можно отменить)</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <source>Change the number of the selected edit</source>
        <translation>Изменить число в выбранной правке</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Описание и заметки</translation>
    </message>
    <message>
        <source>Show the description and notes</source>
        <translation>Показать описание и заметки</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) in force</source>
        <translation>
            <numerusform>%n правка действует</numerusform>
            <numerusform>%n правки действуют</numerusform>
            <numerusform>%n правок действуют</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n switched off</source>
        <translation>
            <numerusform>%n выключена</numerusform>
            <numerusform>%n выключены</numerusform>
            <numerusform>%n выключено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable here</source>
        <translation>
            <numerusform>%n неприменима здесь</numerusform>
            <numerusform>%n неприменимы здесь</numerusform>
            <numerusform>%n неприменимы здесь</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied here: {reason}</source>
        <translation>Здесь не применяется: {reason}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Switched off: kept, not applied</source>
        <translation>Выключена: сохранена, но не применяется</translation>
    </message>
</context>
<context>
    <name>ScenarioTabs</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>{name}: {file}</source>
        <translation>{name}: {file}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранён</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>Сравнить все</translation>
    </message>
    <message>
        <source>Every open scenario side by side (Ctrl+M)</source>
        <translation>Все открытые сценарии рядом (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cannot open the comparison</source>
        <translation>Не удаётся открыть сравнение</translation>
    </message>
    <message>
        <source>Cannot save the comparison</source>
        <translation>Не удаётся сохранить сравнение</translation>
    </message>
    <message>
        <source>{name} cannot be written:
{problem}</source>
        <translation>Не удаётся записать {name}:
{problem}</translation>
    </message>
    <message>
        <source>Saved the comparison of {n} scenarios in {name}</source>
        <translation>Сравнение сценариев ({n}) сохранено в {name}</translation>
    </message>
    <message>
        <source>Multivector comparisons (*.mvcompare.json);;All files (*)</source>
        <translation>Сравнения Multivector (*.mvcompare.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save comparison as</source>
        <translation>Сохранить сравнение как</translation>
    </message>
    <message>
        <source>Open comparison</source>
        <translation>Открыть сравнение</translation>
    </message>
</context>
<context>
    <name>ShareEditor</name>
    <message>
        <source>Set a share</source>
        <translation>Задать долю</translation>
    </message>
    <message>
        <source>Scenario share slider</source>
        <translation>Ползунок доли в сценарии</translation>
    </message>
    <message>
        <source>Scenario share in percent</source>
        <translation>Доля в сценарии в процентах</translation>
    </message>
    <message>
        <source>Type an exact share and press Enter</source>
        <translation>Введите точную долю и нажмите Enter</translation>
    </message>
    <message>
        <source>Feasible range</source>
        <translation>Допустимый диапазон</translation>
    </message>
    <message>
        <source>in proportion</source>
        <translation>пропорционально</translation>
    </message>
    <message>
        <source>equally</source>
        <translation>поровну</translation>
    </message>
    <message>
        <source>Rebalancing rule</source>
        <translation>Правило перераспределения</translation>
    </message>
    <message>
        <source>&amp;Others change:</source>
        <translation>&amp;Остальные:</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>&amp;Доля:</translation>
    </message>
    <message>
        <source>How setting a share works: the rules and the locks (the guide)</source>
        <translation>Как задаётся доля: правила и закрепления (руководство)</translation>
    </message>
    <message>
        <source>Help on setting a share</source>
        <translation>Справка о задании доли</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Drag to set the share of the selected {one}; the range is what the rule and the locks allow</source>
        <translation>Перетащите, чтобы задать долю выбранного ({one}); диапазон — то, что позволяют правило и закрепления</translation>
    </message>
    <message>
        <source>The shares this {one} can have under the rule and the locks</source>
        <translation>Доли, которые этот {one} может иметь при данном правиле и закреплениях</translation>
    </message>
    <message>
        <source>from one {one}:</source>
        <translation>один {one}:</translation>
    </message>
    <message>
        <source>How the other {many} (not locked) make room: in proportion to their shares, by equal amounts, or all of it from one {one}</source>
        <translation>Как остальные {many} (не закреплённые) освобождают место: пропорционально своим долям, поровну или всё за счёт одного ({one})</translation>
    </message>
    <message>
        <source>{One} that gives or takes the difference</source>
        <translation>{One}, который отдаёт или берёт разницу</translation>
    </message>
    <message>
        <source>With &apos;from one {one}&apos;: only this {one} changes</source>
        <translation>При правиле «один {one}» меняется только этот {one}</translation>
    </message>
    <message>
        <source>Select a {one} in the table to set its share.</source>
        <translation>Выберите в таблице: {one}, чтобы задать долю.</translation>
    </message>
    <message>
        <source>{name} is locked: unlock it to change its share.</source>
        <translation>{name} закреплён: открепите, чтобы изменить долю.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>range {lo:.1f}-{hi:.1f} %</source>
        <translation>диапазон {lo:.1f}-{hi:.1f} %</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources - Multivector</source>
        <translation>Источники данных - Multivector</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>Sources and caveats</source>
        <translation>Источники и оговорки</translation>
    </message>
    <message>
        <source>The data in use</source>
        <translation>Используемые данные</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Читайте внимательно</translation>
    </message>
    <message>
        <source>Every data file</source>
        <translation>Все файлы данных</translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation>Импортированные наборы данных</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Оговорки</translation>
    </message>
    <message>
        <source>No caveats recorded.</source>
        <translation>Оговорок нет.</translation>
    </message>
    <message>
        <source>Sum of the listed categories</source>
        <translation>Сумма перечисленных категорий</translation>
    </message>
    <message>
        <source>Official total</source>
        <translation>Официальный итог</translation>
    </message>
    <message>
        <source>Unallocated (official total minus the listed sum)</source>
        <translation>Не распределено (официальный итог минус сумма по списку)</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Не распределено</translation>
    </message>
    <message>
        <source>unknown: the data hold no official total for this year</source>
        <translation>неизвестно: в данных нет официального итога за этот год</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>не указан</translation>
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
        <translation>Развёртка чувствительности</translation>
    </message>
    <message>
        <source>Category whose share is swept</source>
        <translation>Категория, доля которой пробегает значения</translation>
    </message>
    <message>
        <source>Whose share goes from 0 to 100 %; by default the one selected in the table</source>
        <translation>Чья доля идёт от 0 до 100 %; по умолчанию — выбранная в таблице</translation>
    </message>
    <message>
        <source>Index shown in the sweep</source>
        <translation>Индекс, показанный в развёртке</translation>
    </message>
    <message>
        <source>Sha&amp;re of:</source>
        <translation>&amp;Доля:</translation>
    </message>
    <message>
        <source>Inde&amp;x:</source>
        <translation>Инде&amp;кс:</translation>
    </message>
    <message>
        <source>Sensitivity sweep chart</source>
        <translation>Диаграмма развёртки чувствительности</translation>
    </message>
    <message>
        <source>share of trade (%)</source>
        <translation>доля (%)</translation>
    </message>
    <message>
        <source>Selected in the table</source>
        <translation>Выбранное в таблице</translation>
    </message>
    <message>
        <source>Selected: {name}</source>
        <translation>Выбрано: {name}</translation>
    </message>
    <message>
        <source>{points:,.0f} HHI points: {above} above</source>
        <translation>HHI ≥ {points:,.0f}: {above}</translation>
    </message>
    <message>
        <source>{index} {value} at {share} for {name}; baseline {base_value} at {base_share}</source>
        <translation>{index} {value} при доле {share} для {name}; база {base_value} при {base_share}</translation>
    </message>
    <message>
        <source>{vector} (vector)</source>
        <translation>{vector} (вектор)</translation>
    </message>
    <message>
        <source>Select a category in the table, or choose one above, to see how the index moves with its share.</source>
        <translation>Выберите категорию в таблице или выше, чтобы увидеть, как индекс меняется с её долей.</translation>
    </message>
    <message>
        <source>No trade is left in the scenario, so no share can be set.</source>
        <translation>В сценарии не осталось торговли, поэтому долю задать нельзя.</translation>
    </message>
    <message>
        <source>{name} is locked: unlock it to see how the index moves with its share.</source>
        <translation>{name} закреплён: открепите, чтобы увидеть, как индекс меняется с его долей.</translation>
    </message>
    <message>
        <source>Choose in the share editor the partner that gives or takes the difference (the rule “from one partner”).</source>
        <translation>Выберите в редакторе доли партнёра, который отдаёт или берёт разницу (правило «от одного партнёра»).</translation>
    </message>
    <message>
        <source>unconcentrated</source>
        <translation>неконцентрированный</translation>
    </message>
    <message>
        <source>moderately concentrated</source>
        <translation>умеренно концентрированный</translation>
    </message>
    <message>
        <source>highly concentrated</source>
        <translation>высококонцентрированный</translation>
    </message>
    <message>
        <source>the others keep their proportions</source>
        <translation>остальные сохраняют пропорции</translation>
    </message>
    <message>
        <source>the others move by equal amounts</source>
        <translation>остальные меняются на равные величины</translation>
    </message>
    <message>
        <source>only {source} gives or takes the difference</source>
        <translation>только {source} отдаёт или берёт разницу</translation>
    </message>
    <message>
        <source>The scenario&apos;s edits, then {name}&apos;s share set from 0 to 100 %: {rule}. Grey circle: the baseline; blue diamond: the scenario.</source>
        <translation>Правки сценария, затем доля {name} от 0 до 100 %: {rule}. Серый кружок — база; синий ромб — сценарий.</translation>
    </message>
    <message>
        <source>The locks and the rule let the share go from {lo} to {hi} only; the shaded shares cannot be reached.</source>
        <translation>Закрепления и правило позволяют доле идти только от {lo} до {hi}; заштрихованные доли недостижимы.</translation>
    </message>
    <message>
        <source>Dashed lines: the HHI bands of the US merger guidelines, a rule of thumb for trade partners.</source>
        <translation>Пунктир: диапазоны HHI из американских руководств по слияниям — ориентир для торговых партнёров.</translation>
    </message>
</context>
<context>
    <name>UnallocatedRow</name>
    <message>
        <source>Unallocated trade</source>
        <translation>Нераспределённая торговля</translation>
    </message>
</context>
<context>
    <name>YearDetails</name>
    <message>
        <source>Indices of the year</source>
        <translation>Индексы года</translation>
    </message>
</context>
<context>
    <name>_CaveatPopup</name>
    <message>
        <source>Caveat</source>
        <translation>Оговорка</translation>
    </message>
    <message>
        <source>All sources and caveats...</source>
        <translation>Все источники и оговорки...</translation>
    </message>
</context>
<context>
    <name>_ShareDelegate</name>
    <message>
        <source>Scenario share in percent</source>
        <translation>Доля в сценарии в процентах</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The imported data sets cannot be read: {problem}</source>
        <translation>Импортированные наборы данных не читаются: {problem}</translation>
    </message>
    <message>
        <source>Multivector cannot start</source>
        <translation>Multivector не может запуститься</translation>
    </message>
</context>
</TS>
