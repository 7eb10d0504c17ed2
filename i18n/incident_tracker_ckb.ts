<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ckb">
  <context>
    <name>About</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="33" />
      <source>Manual: the &lt;a href="{manual}"&gt;README&lt;/a&gt; (also online at &lt;a href="{home}"&gt;{home}&lt;/a&gt;).</source>
      <translation>ڕێبەر: پەڕگەی &lt;a href="{manual}"&gt;README&lt;/a&gt; (هەروەها لەسەر ئینتەرنێت لە &lt;a href="{home}"&gt;{home}&lt;/a&gt;).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="35" />
      <source>Report a problem: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;; details of errors are in the message log, tab “Incident Tracker”.</source>
      <translation>ڕاپۆرتکردنی کێشە: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;؛ وردەکاریی هەڵەکان لە تۆماری پەیامەکاندان، بەشی “Incident Tracker”.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="46" />
      <source>About Incident Tracker</source>
      <translation>دەربارەی شوێنکەوتووی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="31" />
      <source>Version {version}</source>
      <translation>وەشانی {version}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="32" />
      <source>Map, cite and review attacks in the disputed territories of Iraq.</source>
      <translation>نەخشەکێشان، سەرچاوەدان و پێداچوونەوەی هێرشەکان لە ناوچە جێناکۆکەکانی عێراق.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="37" />
      <source>Boundaries:</source>
      <translation>سنوورەکان:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="51" />
      <source>Show empty values as blank, not “NULL”, in attribute forms and tables</source>
      <translation>نرخە بەتاڵەکان بە بەتاڵی پیشان بدە، نەک «NULL»، لە فۆرم و خشتەکانی تایبەتمەندیدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="53" />
      <source>QGIS's own setting for every layer (Settings ▸ Options ▸ Data Sources ▸ Representation for NULL values); unticking puts back what it was.</source>
      <translation>ڕێکخستنی خودی QGIS بۆ هەموو چینەکان (ڕێکخستنەکان ◂ هەڵبژاردنەکان ◂ سەرچاوەکانی داتا ◂ نوێنەرایەتی نرخەکانی NULL)؛ لابردنی نیشانەکە ئەوەی پێشوو دەگەڕێنێتەوە.</translation>
    </message>
  </context>
  <context>
    <name>AssignZonesAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="57" />
      <source>Assign zones to points</source>
      <translation>دیاریکردنی ناوچەکان بۆ خاڵەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="68" />
      <source>Zones</source>
      <translation>ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="60" />
      <source>Adds to every point its governorate, district and sub-district (names and P-codes), the disputed zone and zone group it falls in, its status (disputed, claimed, Kurdistan Region, federal Iraq, outside Iraq) and the distance in km to the nearest disputed zone. ZONES is the zones_subdistricts (or zones_districts) layer made by Build disputed zones.</source>
      <translation>بۆ هەر خاڵێک پارێزگا و قەزا و ناحیەکەی (ناو و P-code)، ئەو ناوچە جێناکۆک و گرووپی ناوچەیەی تێیدایە، دۆخەکەی (جێناکۆک، داواکراو، هەرێمی کوردستان، عێراقی فیدڕاڵ، لە دەرەوەی عێراق) و دووری بە کیلۆمەتر لە نزیکترین ناوچەی جێناکۆک زیاد دەکات. ZONES ئەو چینەیە (zones_subdistricts یان zones_districts) کە «دروستکردنی ناوچە جێناکۆکەکان» دروستی دەکات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="66" />
      <source>Points</source>
      <translation>خاڵەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="70" />
      <source>Points with zones</source>
      <translation>خاڵەکان لەگەڵ ناوچەکانیان</translation>
    </message>
  </context>
  <context>
    <name>BuildZonesAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="26" />
      <source>Build disputed zones</source>
      <translation>دروستکردنی ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="29" />
      <source>Builds the disputed boundary zones layers (sub-districts, districts, zone groups, Kurdistan Region) from administrative boundaries, by OCHA COD-AB P-code, with a name-matching fallback. OCHA COD-AB field names are recognised; for other layers choose the P-code or name fields. The output can be a new GeoPackage or an incident store.</source>
      <translation>چینەکانی ناوچە سنوورییە جێناکۆکەکان (ناحیەکان، قەزاکان، گرووپەکانی ناوچە، هەرێمی کوردستان) لە سنوورە کارگێڕییەکانەوە دروست دەکات، بەپێی P-code ی OCHA COD-AB، و ئەگەر نەبوو بە هاوتاکردنی ناو. ناوی خانەکانی OCHA COD-AB دەناسرێنەوە؛ بۆ چینەکانی تر خانەکانی P-code یان ناو هەڵبژێرە. دەرئەنجامەکە دەتوانێت فایلێکی GeoPackage ی نوێ یان کۆگایەکی ڕووداوەکان بێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="37" />
      <source>Districts (ADM2)</source>
      <translation>قەزاکان (ADM2)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="38" />
      <source>Sub-districts (ADM3)</source>
      <translation>ناحیەکان (ADM3)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="43" />
      <source>Zones GeoPackage</source>
      <translation>GeoPackage ی ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="43" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="45" />
      <source>Areas not matched</source>
      <translation>یەکە کارگێڕییە هاوتانەکراوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="64" />
      <source>Not matched to any polygon: {areas}</source>
      <translation>لەگەڵ هیچ فرەگۆشەیەک هاوتا نەکران: {areas}</translation>
    </message>
  </context>
  <context>
    <name>BulletinAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="23" />
      <source>English</source>
      <translation>ئینگلیزی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="23" />
      <source>Arabic</source>
      <translation>عەرەبی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="23" />
      <source>Sorani (Central Kurdish)</source>
      <translation>کوردیی سۆرانی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="35" />
      <source>Situation bulletin (PDF)</source>
      <translation>بوڵتەنی دۆخ (PDF)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="38" />
      <source>Builds the situation bulletin of a period (START to END; by default the 30 days to END, END by default today) as a print layout kept in the project, and exports it as a PDF whose figures are text: a map of the period's incidents over the disputed zones, a table per zone against the previous period of the same length, incidents per week or month, trend alerts (last four weeks more than 25% above the mean of the 52 weeks before, as ACLED's Trendfinder), the main incidents with their sources, and a page per zone with incidents. ZONES and STATUS keep only some zones and verification statuses. Arabic and Sorani bulletins run right to left.</source>
      <translation>بوڵتەنی دۆخی ماوەیەک (لە START تا END؛ بە شێوەی بنەڕەت ٣٠ ڕۆژی پێش END، و END بە شێوەی بنەڕەت ئەمڕۆ) وەک دیزاینێکی چاپ لە پرۆژەکەدا دروست دەکات و وەک PDF هەناردەی دەکات کە ژمارەکانی دەقن: نەخشەی ڕووداوەکانی ماوەکە لەسەر ناوچە جێناکۆکەکان، خشتەیەک بۆ هەر ناوچەیەک بە بەراورد لەگەڵ ماوەی پێشووی هاوشێوە لە درێژیدا، ڕووداوەکان بۆ هەر هەفتە یان مانگێک، ئاگادارکردنەوەی ڕەوت (چوار هەفتەی کۆتایی زیاتر لە ٢٥% سەرووی تێکڕای ٥٢ هەفتەی پێشوو، وەک Trendfinder ی ACLED)، گرنگترین ڕووداوەکان لەگەڵ سەرچاوەکانیان، و پەڕەیەک بۆ هەر ناوچەیەک کە ڕووداوی تێدایە. ZONES و STATUS تەنها هەندێک ناوچە و دۆخی پشتڕاستکردنەوە دەهێڵنەوە. بوڵتەنە عەرەبی و سۆرانییەکان لە ڕاستەوە بۆ چەپ دەڕۆن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="54" />
      <source>Language</source>
      <translation>زمان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="56" />
      <source>Title</source>
      <translation>سەردێڕ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="57" />
      <source>Bulletin (PDF)</source>
      <translation>بوڵتەن (PDF)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="57" />
      <source>PDF files (*.pdf)</source>
      <translation>فایلەکانی PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="59" />
      <source>Print layout</source>
      <translation>دیزاینی چاپ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="60" />
      <source>Pages</source>
      <translation>پەڕەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="67" />
      <source>The period ends before it starts.</source>
      <translation>ماوەکە پێش دەستپێکردنی کۆتایی دێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="83" />
      <source>{pages} pages written to {path}; the layout is {layout} in the project's layouts.</source>
      <translation>{pages} پەڕە لە {path} نووسران؛ دیزاینەکە {layout} ە لە دیزاینەکانی پرۆژەکەدا.</translation>
    </message>
  </context>
  <context>
    <name>BulletinBuilder</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="136" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Killed</source>
      <translation>کوژراوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Wounded</source>
      <translation>بریندار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Abducted</source>
      <translation>ڕفێنراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="141" />
      <source>Other</source>
      <comment>layers</comment>
      <translation>تر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="225" />
      <source>{start} to {end}, compared with {previous_start} to {previous_end}</source>
      <translation>لە {start} تا {end}، بە بەراورد لەگەڵ {previous_start} تا {previous_end}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="230" />
      <source>Incidents of {store}</source>
      <translation>ڕووداوەکانی {store}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="232" />
      <source>zones: {zones}</source>
      <translation>ناوچەکان: {zones}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="235" />
      <source>verification: {statuses}</source>
      <translation>پشتڕاستکردنەوە: {statuses}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="244" />
      <source>Security incidents in the disputed territories</source>
      <translation>ڕووداوە ئەمنییەکان لە ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="251" />
      <source>Incidents coloured by event type, sized by the number killed.</source>
      <translation>ڕووداوەکان بەپێی جۆری ڕووداو ڕەنگ کراون، و قەبارەیان بەپێی ژمارەی کوژراوانە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="255" />
      <source>By zone</source>
      <translation>بەپێی ناوچە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="316" />
      <source>Zone</source>
      <translation>ناوچە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="350" />
      <source>Previous period</source>
      <translation>ماوەی پێشوو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="350" />
      <source>Change</source>
      <translation>گۆڕانکاری</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="261" />
      <source>Total</source>
      <translation>کۆی گشتی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="355" />
      <source>Incidents per week</source>
      <translation>ڕووداوەکان لە هەر هەفتەیەکدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="355" />
      <source>Incidents per month</source>
      <translation>ڕووداوەکان لە هەر مانگێکدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="296" />
      <source>Trend alerts</source>
      <translation>ئاگادارکردنەوەی ڕەوت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="298" />
      <source>Main incidents</source>
      <translation>گرنگترین ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="305" />
      <source>Zones whose last four weeks (to {end}) exceed the mean per four weeks of the 52 weeks before by more than {margin}% (ACLED Trendfinder's margin).</source>
      <translation>ئەو ناوچانەی کە چوار هەفتەی کۆتاییان (تا {end}) زیاتر لە {margin}% سەرووی تێکڕای هەر چوار هەفتەیەکی ٥٢ هەفتەی پێشووترە (ڕادەی Trendfinder ی ACLED).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="310" />
      <source>No zone is above that level.</source>
      <translation>هیچ ناوچەیەک لە سەرووی ئەو ئاستەوە نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="311" />
      <source>{zone}: {recent} incidents against a mean of {mean}</source>
      <translation>{zone}: {recent} ڕووداو بەرامبەر تێکڕای {mean}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="316" />
      <source>Date</source>
      <translation>بەروار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="316" />
      <source>Place</source>
      <translation>شوێن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Event type</source>
      <translation>جۆری ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Sources</source>
      <translation>سەرچاوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="327" />
      <source>No incidents in this period</source>
      <translation>هیچ ڕووداوێک لەم ماوەیەدا نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="340" />
      <source>since {date}</source>
      <translation>لە {date} ەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="343" />
      <source>Held by: {holder}</source>
      <translation>لە ژێر دەستی: {holder}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="350" />
      <source>This period</source>
      <translation>ئەم ماوەیە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="399" />
      <source>The PDF could not be written to {path}.</source>
      <translation>نەتوانرا PDF لە {path} بنووسرێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin_language.py" line="28" />
      <source>Unknown bulletin language: {language}</source>
      <translation>زمانی بوڵتەنی نەزانراو: {language}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin_language.py" line="35" />
      <source>The {language} translation of the plugin is missing.</source>
      <translation>وەرگێڕانی {language} ی پێوەکراوەکە بوونی نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="278" />
      <source>Shown: {period}</source>
      <comment>PeriodLabel</comment>
      <translation>پیشاندراو: {period}</translation>
    </message>
  </context>
  <context>
    <name>ControlPeriodsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="48" />
      <source>Incidents by control period</source>
      <translation>ڕووداوەکان بەپێی ماوەی دەسەڵات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="34" />
      <source>For each disputed zone and each period of control in the zones definition (before June 2014, June 2014 to October 2017, after October 2017, with each zone's own dates where its sources give them): who held the zone, the period's dates, the zone's incidents, killed, wounded and abducted, and the incidents and killed per month. Periods are clipped to START and END (by default from the store's first incident to today), so that a zone's rows add up to its incidents of those dates.</source>
      <translation>بۆ هەر ناوچەیەکی جێناکۆک و هەر ماوەیەکی دەسەڵات لە پێناسەی ناوچەکاندا (پێش حوزەیرانی ٢٠١٤، لە حوزەیرانی ٢٠١٤ تا تشرینی یەکەمی ٢٠١٧، دوای تشرینی یەکەمی ٢٠١٧، بە بەروارە تایبەتەکانی هەر ناوچەیەک لەو شوێنانەی سەرچاوەکانی دەیاندەن): کێ ناوچەکەی لە دەستدا بوو، بەروارەکانی ماوەکە، ڕووداو و کوژراو و بریندار و ڕفێنراوەکانی ناوچەکە، و ڕووداو و کوژراوان لە هەر مانگێکدا. ماوەکان بە START و END دەبڕدرێن (بە شێوەی بنەڕەت لە یەکەم ڕووداوی کۆگاکەوە تا ئەمڕۆ)، بۆ ئەوەی کۆی ڕیزەکانی هەر ناوچەیەک یەکسان بێت بە ڕووداوەکانی ئەو بەروارانە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="43" />
      <source>Incident store</source>
      <translation>کۆگای ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="43" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="46" />
      <source>From (event date)</source>
      <translation>لە (بەرواری ڕووداو)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="46" />
      <source>To (event date)</source>
      <translation>تا (بەرواری ڕووداو)</translation>
    </message>
  </context>
  <context>
    <name>CreateStoreAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="23" />
      <source>Create incident store</source>
      <translation>دروستکردنی کۆگای ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="34" />
      <source>Store</source>
      <translation>کۆگا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="26" />
      <source>Creates an empty Incident Tracker store: a GeoPackage with the incidents (points, EPSG:4326), sources and metadata tables. An existing file is never overwritten.

For a team store, choose a PostgreSQL connection (with PostGIS) instead of a file: the tables are created in the schema given (incident_tracker by default), or the store already there is upgraded when it is older. Give the connection an authentication configuration: no password is stored in the project.</source>
      <translation>کۆگایەکی بەتاڵی شوێنکەوتنی ڕووداوەکان دروست دەکات: فایلێکی GeoPackage بە خشتەکانی ڕووداوەکان (خاڵ، EPSG:4326)، سەرچاوەکان و مێتاداتا. هیچ فایلێکی هەبوو هەرگیز لەسەری نانووسرێتەوە.

بۆ کۆگای تیم، لە جیاتی فایل پەیوەندییەکی PostgreSQL (لەگەڵ PostGIS) هەڵبژێرە: خشتەکان لەو سکیمایەدا دروست دەکرێن کە دیاریکراوە (بە شێوەی بنەڕەتی incident_tracker)، یان ئەگەر ئەو کۆگایەی لەوێیە کۆنتر بێت نوێ دەکرێتەوە. ڕێکخستنێکی ناسینەوە بدە بە پەیوەندییەکە: هیچ وشەی نهێنییەک لە پرۆژەکەدا پاشەکەوت ناکرێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="34" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="37" />
      <source>Store location</source>
      <translation>شوێنی کۆگا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="48" />
      <source>Choose a GeoPackage file or a PostgreSQL connection.</source>
      <translation>فایلێکی GeoPackage یان پەیوەندییەکی PostgreSQL هەڵبژێرە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="54" />
      <source>Created {path}</source>
      <translation>{path} دروستکرا</translation>
    </message>
  </context>
  <context>
    <name>DesignerPeriod</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="26" />
      <source>Incident Tracker</source>
      <translation>شوێنکەوتنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="68" />
      <source>Add incident period label</source>
      <translation>زیادکردنی ناونیشانی ماوەی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="33" />
      <source>A label of the period the selected map item (else the layout's main map) shows: it follows the map item's temporal range</source>
      <translation>ناونیشانێک بۆ ئەو ماوەیەی نەخشە دیاریکراوەکە (ئەگەر نا نەخشە سەرەکییەکەی داڕشتنەکە) پیشانی دەدات: دوای مەودای کاتی بڕگەی نەخشەکە دەکەوێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="50" />
      <source>Add a map item first: the label shows the period a map shows.</source>
      <translation>سەرەتا بڕگەیەکی نەخشە زیاد بکە: ناونیشانەکە ئەو ماوەیە پیشان دەدات کە نەخشەیەک پیشانی دەدات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="63" />
      <source>The map item now shows the map canvas's period (its Temporal range).</source>
      <translation>بڕگەی نەخشەکە ئێستا ماوەی ڕووبەری نەخشەکە پیشان دەدات (مەودای کاتییەکەی).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="65" />
      <source>The map item has no temporal range: tick Temporal range in its properties and the label shows it.</source>
      <translation>بڕگەی نەخشەکە مەودای کاتی نییە: لە تایبەتمەندییەکانیدا «مەودای کاتی» دیاری بکە و ناونیشانەکە پیشانی دەدات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="67" />
      <source>Shown: {period}</source>
      <translation>پیشاندراو: {period}</translation>
    </message>
  </context>
  <context>
    <name>DraftDialog</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="34" />
      <source>Draft incidents from a report</source>
      <translation>داڕشتنی ڕووداوەکان لە ڕاپۆرتێک</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="45" />
      <source>e.g. Kurdistan 24</source>
      <translation>بۆ نموونە کوردستان ٢٤</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="50" />
      <source>Report</source>
      <translation>ڕاپۆرت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="51" />
      <source>Published*</source>
      <translation>بڵاوکراوەتەوە*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="52" />
      <source>Outlet</source>
      <translation>دەزگای ڕاگەیاندن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="53" />
      <source>URL</source>
      <translation>بەستەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="62" />
      <source>Draft</source>
      <translation>داڕشتن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="78" />
      <source>Paste a report and give its publication date.</source>
      <translation>ڕاپۆرتێک دابنێ و بەرواری بڵاوکردنەوەکەی بنووسە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="120" />
      <source>No incident found in this text: nothing proposed.</source>
      <translation>هیچ ڕووداوێک لەم دەقەدا نەدۆزرایەوە: هیچ پێشنیار نەکرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="41" />
      <source>Paste the report's text here (English or Arabic).</source>
      <translation>دەقی ڕاپۆرتەکە لێرە دابنێ (ئینگلیزی یان عەرەبی).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="84" />
      <source>Drafting… Cancel stops it and keeps the text.</source>
      <translation>داڕشتن بەردەوامە… «هەڵوەشاندنەوە» ڕایدەگرێت و دەقەکە دەهێڵێتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="112" />
      <source>Drafting canceled: nothing proposed.</source>
      <translation>داڕشتن هەڵوەشێنرایەوە: هیچ پێشنیار نەکرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="115" />
      <source>The drafting failed ({error}); the details are in the message log, tab “Incident Tracker”.</source>
      <translation>داڕشتن سەرکەوتوو نەبوو ({error})؛ وردەکارییەکان لە تۆماری پەیامەکاندان، بەشی “Incident Tracker”.</translation>
    </message>
  </context>
  <context>
    <name>DraftFromTextAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="25" />
      <source>Draft incidents from report text</source>
      <translation>داڕشتنی ڕووداوەکان لە دەقی ڕاپۆرت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="40" />
      <source>Report text</source>
      <translation>دەقی ڕاپۆرت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="41" />
      <source>Publication date (YYYY-MM-DD)</source>
      <translation>بەرواری بڵاوکردنەوە (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="42" />
      <source>Outlet</source>
      <translation>دەزگای ڕاگەیاندن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="43" />
      <source>URL</source>
      <translation>بەستەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="44" />
      <source>Drafts (JSON)</source>
      <translation>ڕەشنووسەکان (JSON)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="51" />
      <source>The report text is empty.</source>
      <translation>دەقی ڕاپۆرتەکە بەتاڵە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="57" />
      <source>The publication date is needed (YYYY-MM-DD).</source>
      <translation>بەرواری بڵاوکردنەوە پێویستە (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="63" />
      <source>{count} draft(s) proposed</source>
      <translation>{count} ڕەشنووس پێشنیار کرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="28" />
      <source>Proposes incidents from the text of a report in English or Arabic: date and date precision resolved against the publication date, event and sub-event type, perpetrator and attribution, target community, place, killed (with the civilian / security forces split when the text gives it), wounded and abducted. Each incident the text tells (an earlier abduction, a separate attack, a line of a bulletin) is proposed as its own draft with its own figures. Rules and word lists only; nothing is downloaded and nothing is saved.

Output DRAFTS: JSON, a list of drafts; each has 'fields' (store field name -&gt; value, the snippet of text it came from and its character offsets), 'source' (a source record for the report) and 'secondary'. A field the text does not support is absent: an unknown figure is never 0.</source>
      <translation>ڕووداوەکان لە دەقی ڕاپۆرتێک بە ئینگلیزی یان عەرەبی پێشنیار دەکات: بەروار و وردی بەروار بە پشتبەستن بە بەرواری بڵاوکردنەوە، جۆر و جۆری لاوەکی ڕووداو، ئەنجامدەر و پاڵدان، پێکهاتەی ئامانجکراو، شوێن، کوژراوان (لەگەڵ جیاکردنەوەی مەدەنییەکان و هێزە ئەمنییەکان کاتێک دەقەکە دەیڵێت)، برینداران و ڕفێنراوان. هەر ڕووداوێک کە دەقەکە دەیگێڕێتەوە (ڕفاندنێکی پێشوو، هێرشێکی جیا، دێڕێکی بڵاوکراوەیەک) وەک ڕەشنووسێکی جیا بە ژمارەکانی خۆی پێشنیار دەکرێت. تەنها ڕێسا و لیستی وشە؛ هیچ شتێک داناگیرێت و هیچ شتێک پاشەکەوت ناکرێت.

دەرئەنجامی DRAFTS: JSON، لیستێک لە ڕەشنووسەکان؛ هەریەکەیان 'fields' (ناوی خانەی کۆگا -&gt; بەها، ئەو پارچە دەقەی لێیەوە هاتووە و شوێنی پیتەکانی)، 'source' (تۆمارێکی سەرچاوە بۆ ڕاپۆرتەکە) و 'secondary' ی هەیە. خانەیەک کە دەقەکە پشتگیری نەکات بوونی نییە: ژمارەیەکی نەزانراو هەرگیز 0 نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="62" />
      <source>Drafting canceled: nothing proposed.</source>
      <translation>داڕشتن هەڵوەشێنرایەوە: هیچ پێشنیار نەکرا.</translation>
    </message>
  </context>
  <context>
    <name>ExportAlgorithmBase</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="48" />
      <source>Incident store</source>
      <translation>کۆگای ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="48" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="51" />
      <source>From (event date)</source>
      <translation>لە (بەرواری ڕووداو)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="51" />
      <source>To (event date)</source>
      <translation>تا (بەرواری ڕووداو)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="53" />
      <source>Only these zones (disputed zones, zone groups, districts or governorates; separated by ;)</source>
      <translation>تەنها ئەم ناوچانە (ناوچە جێناکۆکەکان، گرووپەکانی ناوچە، قەزاکان یان پارێزگاکان؛ جیاکراوە بە ;)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="61" />
      <source>Public version (drop internal fields, round coordinates)</source>
      <translation>وەشانی گشتی (لابردنی خانە ناوخۆییەکان، خڕکردنەوەی هاوڕێکخەرەکان)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="63" />
      <source>Coordinate decimals in the public version</source>
      <translation>ژمارە دەییەکانی هاوڕێکخەرەکان لە وەشانی گشتیدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="66" />
      <source>Incidents exported</source>
      <translation>ڕووداوە هەناردەکراوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="96" />
      <source>Choose the incident store to export.</source>
      <translation>کۆگای ڕووداوەکان هەڵبژێرە بۆ هەناردەکردن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="57" />
      <source>Only these verification statuses (public version: verified unless chosen)</source>
      <translation>تەنها ئەم دۆخانەی پشتڕاستکردنەوە (وەشانی گشتی: پشتڕاستکراوەکان، مەگەر شتێکی تر هەڵبژێردرابێت)</translation>
    </message>
  </context>
  <context>
    <name>ExportCsvAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="40" />
      <source>Export incidents as ACLED-format CSV</source>
      <translation>هەناردەکردنی ڕووداوەکان وەک CSV بە شێوازی ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="56" />
      <source>CSV file</source>
      <translation>فایلی CSV</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="56" />
      <source>CSV files (*.csv)</source>
      <translation>فایلەکانی CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="43" />
      <source>Writes the incidents in ACLED's columns and order (ACLED Codebook), sources joined with semicolons, for partners who ingest ACLED data; it imports back with Import incidents. Incidents not from ACLED carry their store ID in event_id_cnty. Text cells starting with =, +, - or @ get a leading apostrophe so that spreadsheets never run them as formulas (the import takes it off again).

HXL hashtags (for HDX): a second header row of HXL hashtags (#date+occurred, #adm1+name, #affected+killed, #geo+lat…), and the P-codes, wounded and abducted after ACLED's columns; the file still imports back.</source>
      <translation>ڕووداوەکان بە ستوون و ڕیزبەندی ACLED دەنووسێت (ACLED Codebook)، سەرچاوەکان بە فاریزەخاڵ لێک جیاکراونەتەوە، بۆ ئەو هاوبەشانەی داتای ACLED وەردەگرن؛ بە «هاوردەکردنی ڕووداوەکان» دەتوانرێت دووبارە هاوردە بکرێتەوە. ئەو ڕووداوانەی لە ACLED ەوە نەهاتوون ناسنامەی کۆگاکەیان لە event_id_cnty دا هەڵدەگرن. ئەو خانە دەقییانەی بە = یان + یان - یان @ دەست پێدەکەن ئەپۆسترۆفێکیان دەخرێتە پێش، بۆ ئەوەی بەرنامەکانی خشتە هەرگیز وەک فۆرمولا جێبەجێیان نەکەن (هاوردەکردن دووبارە لای دەبات).

هاشتاگەکانی HXL (بۆ HDX): ڕیزێکی دووەمی سەردێڕ لە هاشتاگەکانی HXL ‏(#date+occurred، #adm1+name، #affected+killed، #geo+lat…)، و P-code ەکان و برینداران و ڕفێندراوان لە دوای ستوونەکانی ACLED؛ فایلەکە هەر دەتوانرێت دووبارە هاوردە بکرێتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="54" />
      <source>HXL hashtags (for HDX)</source>
      <translation>هاشتاگەکانی HXL (بۆ HDX)</translation>
    </message>
  </context>
  <context>
    <name>ExportGeoJsonAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="69" />
      <source>Export incidents as GeoJSON</source>
      <translation>هەناردەکردنی ڕووداوەکان وەک GeoJSON</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="72" />
      <source>Writes the incidents as a GeoJSON FeatureCollection (RFC 7946, WGS 84) for web maps; each feature lists its sources.</source>
      <translation>ڕووداوەکان وەک FeatureCollection ی GeoJSON دەنووسێت (RFC 7946، WGS 84) بۆ نەخشەی وێب؛ هەر توخمێک سەرچاوەکانی خۆی لیست دەکات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="77" />
      <source>GeoJSON file</source>
      <translation>فایلی GeoJSON</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="77" />
      <source>GeoJSON (*.geojson *.json)</source>
      <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
  </context>
  <context>
    <name>ExportGeoPackageAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="106" />
      <source>Export a styled GeoPackage to share</source>
      <translation>هەناردەکردنی GeoPackage ی شێوازدار بۆ هاوبەشکردن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="109" />
      <source>Writes one GeoPackage with the incidents, their sources, the zones layers (from ZONES, or the store's own when it has them), each layer's style as its default, layer metadata and a QGIS project stored inside the file (Project ▸ Open From ▸ GeoPackage) that opens everything styled, grouped and related. The layers refer to the file by its name: it can be moved or e-mailed, but keep its name.

The public version leaves out who created each record and the source excerpts, and rounds coordinates (2 decimals: about 1 km).

The file is written beside the output and replaces it only once complete: a canceled or failed export leaves the old file as it was.</source>
      <translation>یەک فایلی GeoPackage دەنووسێت کە ڕووداوەکان، سەرچاوەکانیان، چینەکانی ناوچە (لە ZONES، یان هی خودی کۆگاکە ئەگەر هەیبێت)، شێوازی هەر چینێک وەک شێوازی بنەڕەتی، مێتاداتای چینەکان و پرۆژەیەکی QGIS ی پاشەکەوتکراو لەناو فایلەکەدا (پرۆژە ▸ کردنەوە لە ▸ GeoPackage) لەخۆ دەگرێت کە هەموو شتێک بە شێواز و گرووپکراو و پەیوەندیدار دەکاتەوە. چینەکان بە ناوی فایلەکە ئاماژەی پێ دەکەن: دەتوانرێت بگوازرێتەوە یان بە ئیمەیڵ بنێردرێت، بەڵام ناوەکەی مەگۆڕە.

وەشانی گشتی ئەوەی کە هەر تۆمارێکی دروستکردووە و بڕگەکانی سەرچاوە لادەبات، و هاوڕێکخەرەکان خڕ دەکاتەوە (٢ ژمارەی دەیی: نزیکەی ١ کم).

فایلەکە لە تەنیشت فایلی دەرئەنجام دەنووسرێت و تەنها دوای تەواوبوون جێگەی دەگرێتەوە: هەناردەکردنێکی هەڵوەشێنراوە یان شکستخواردوو فایلە کۆنەکە وەک خۆی دەهێڵێتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="121" />
      <source>Zones layer (any layer of the zones GeoPackage)</source>
      <translation>چینی ناوچەکان (هەر چینێکی GeoPackage ی ناوچەکان)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="124" />
      <source>Title</source>
      <translation>سەردێڕ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="125" />
      <source>Attribution</source>
      <translation>پاڵدان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="127" />
      <source>Licence</source>
      <translation>مۆڵەت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="129" />
      <source>GeoPackage to share</source>
      <translation>GeoPackage بۆ هاوبەشکردن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="129" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="154" />
      <source>{count} incidents, {sources} sources; tables: {tables}</source>
      <translation>{count} ڕووداو، {sources} سەرچاوە؛ خشتەکان: {tables}</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="85" />
      <source>Open an incident to see its history.</source>
      <translation>ڕووداوێک بکەرەوە بۆ بینینی مێژووەکەی.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="64" />
      <source>Reason (optional), recorded with the restore</source>
      <translation>هۆکار (ئارەزوومەندانە)، لەگەڵ گەڕاندنەوەکە تۆمار دەکرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="66" />
      <source>Restore this version</source>
      <translation>گەڕاندنەوەی ئەم وەشانە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="67" />
      <source>The incident and its sources become what they were at the selected version; the restore is itself a new version in the history</source>
      <translation>ڕووداوەکە و سەرچاوەکانی دەبنەوە بەو شێوەیەی لە وەشانی هەڵبژێردراودا بوون؛ گەڕاندنەوەکە خۆی وەشانێکی نوێیە لە مێژوودا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="95" />
      <source>{count} changes recorded, newest first.</source>
      <translation>{count} گۆڕانکاری تۆمارکراون، نوێترین یەکەم.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="99" />
      <source>unknown (outside the plugin)</source>
      <translation>نەزانراو (لە دەرەوەی پێوەکراوەکە)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="147" />
      <source>Version {version} restored.</source>
      <translation>وەشانی {version} گەڕێندرایەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="99" />
      <source>{when} UTC · {who} · version {version}: {what}</source>
      <translation>{when} UTC · {who} · وەشانی {version}: {what}</translation>
    </message>
  </context>
  <context>
    <name>ImportIncidentsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="37" />
      <source>Import incidents (ACLED, UCDP GED)</source>
      <translation>هاوردەکردنی ڕووداوەکان (ACLED، UCDP GED)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="54" />
      <source>Format</source>
      <translation>فۆرمات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="55" />
      <source>Incident store (new or existing GeoPackage)</source>
      <translation>کۆگای ڕووداوەکان (GeoPackage ی نوێ یان هەبوو)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="55" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="59" />
      <source>Incidents imported</source>
      <translation>ڕووداوە هاوردەکراوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="60" />
      <source>Rows skipped</source>
      <translation>ڕیزە تێپەڕێنراوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="61" />
      <source>Likely duplicates flagged</source>
      <translation>دووبارە ئەگەرییە نیشانەکراوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="62" />
      <source>Already in the store</source>
      <translation>پێشتر لە کۆگاکەدان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="77" />
      <source>Created {path}</source>
      <translation>{path} دروستکرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="91" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation>هاوردەکردنەکە هەڵوەشێنرایەوە؛ کۆگاکە نەگۆڕاوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="111" />
      <source>{file}, line {line}: {reason}</source>
      <translation>{file}، دێڕی {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="72" />
      <source>Choose a store: a GeoPackage file or a PostgreSQL connection.</source>
      <translation>کۆگایەک هەڵبژێرە: فایلێکی GeoPackage یان پەیوەندییەکی PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="79" />
      <source>The store has no disputed zones yet: governorate, district and zone fields keep the file's values (build the zones first to fill them).</source>
      <translation>کۆگاکە هێشتا ناوچەی جێناکۆکی نییە: خانەکانی پارێزگا، قەزا و ناوچە بەهاکانی فایلەکە دەهێڵنەوە (سەرەتا ناوچەکان دروست بکە بۆ پڕکردنەوەیان).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="50" />
      <source>ACLED or UCDP file (CSV, JSON, XLSX)</source>
      <translation>فایلی ACLED یان UCDP (CSV، JSON، XLSX)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="50" />
      <source>ACLED or UCDP files (*.csv *.txt *.json *.xlsx);;All files (*)</source>
      <translation>فایلەکانی ACLED یان UCDP (*.csv *.txt *.json *.xlsx);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="40" />
      <source>Imports an ACLED export (CSV, XLSX, or an API answer saved as JSON) or a UCDP GED file (CSV, or an API answer saved as JSON) into an incident store (created when the file does not exist). The whole file is imported in one transaction: canceling leaves the store unchanged. Rows that cannot be imported (bad values, points outside Iraq) are skipped and listed with their line number, the most common reasons counted; when every row is skipped the algorithm fails. Incidents already in the store (same ACLED or UCDP ID) are not imported again; likely duplicates (same event type, one day and 5 km apart) are imported and flagged for review.</source>
      <translation>هەناردەیەکی ACLED (بە CSV، XLSX، یان وەڵامێکی API کە وەک JSON پاشەکەوت کراوە) یان فایلێکی UCDP GED (بە CSV، یان وەڵامێکی API کە وەک JSON پاشەکەوت کراوە) هاوردەی کۆگایەکی ڕووداوەکان دەکات (ئەگەر فایلەکە نەبێت دروست دەکرێت). هەموو فایلەکە لە یەک مامەڵەدا هاوردە دەکرێت: هەڵوەشاندنەوە کۆگاکە بێ گۆڕان دەهێڵێتەوە. ئەو ڕیزانەی ناتوانرێت هاوردە بکرێن (بەهای هەڵە، خاڵی دەرەوەی عێراق) تێدەپەڕێنرێن و لەگەڵ ژمارەی دێڕەکەیان لیست دەکرێن، باوترین هۆکارەکان دەژمێردرێن؛ ئەگەر هەموو ڕیزەکان تێپەڕێنران ئەلگۆریتمەکە شکست دەهێنێت. ئەو ڕووداوانەی پێشتر لە کۆگاکەدان (هەمان ناسنامەی ACLED یان UCDP) دووبارە هاوردە ناکرێنەوە؛ دووبارە ئەگەرییەکان (هەمان جۆری ڕووداو، بە جیاوازی یەک ڕۆژ و ٥ کم) هاوردە دەکرێن و بۆ پێداچوونەوە نیشانە دەکرێن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="119" />
      <source>… and {count} more rows skipped: they are listed in the Log Messages panel (View ▸ Panels), tab Incident Tracker.</source>
      <translation>… و {count} ڕیزی تر تێپەڕێنران: لە پانێڵی پەیامەکانی تۆمار (پیشاندان ▸ پانێڵەکان)، تابی Incident Tracker لیست کراون.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="122" />
      <source>Rows skipped: {count}. Most common reasons: {reasons}</source>
      <translation>ڕیزە تێپەڕێنراوەکان: {count}. باوترین هۆکارەکان: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="88" />
      <source>Indexing the store's incidents for the dock's search…</source>
      <translation>پێڕستکردنی ڕووداوەکانی کۆگا بۆ گەڕانی پەنجەرەکە…</translation>
    </message>
  </context>
  <context>
    <name>IncidentDock</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="180" />
      <source>Incident Tracker</source>
      <translation>شوێنکەوتنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="280" />
      <source>Save</source>
      <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="90" />
      <source>New</source>
      <translation>نوێ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="91" />
      <source>New like this one</source>
      <translation>نوێ وەک ئەمە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="92" />
      <source>A new incident with the same date, place and sources, for the next incident of the same report.</source>
      <translation>ڕووداوێکی نوێ بە هەمان بەروار و شوێن و سەرچاوەکان، بۆ ڕووداوی دواتری هەمان ڕاپۆرت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="142" />
      <source>Incident</source>
      <translation>ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="145" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="281" />
      <source>New incident</source>
      <translation>ڕووداوی نوێ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="302" />
      <source>New incident, with the date, place and sources of the last one</source>
      <translation>ڕووداوی نوێ، بە بەروار و شوێن و سەرچاوەکانی ڕووداوی پێشوو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="361" />
      <source>Editing the incident of {date} at {place}</source>
      <translation>دەستکاریکردنی ڕووداوی {date} لە {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="447" />
      <source>Open or create an incident store first.</source>
      <translation>سەرەتا کۆگایەکی ڕووداوەکان بکەرەوە یان دروستی بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="454" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>پاشەکەوت نەکرا: تکایە خانە سوورکراوەکان ڕاست بکەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="458" />
      <source>Save it anyway?</source>
      <translation>هەر پاشەکەوتی بکەیت؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="461" />
      <source>Not saved.</source>
      <translation>پاشەکەوت نەکرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="483" />
      <source>Not saved: {error}</source>
      <translation>پاشەکەوت نەکرا: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="490" />
      <source>Saved.</source>
      <translation>پاشەکەوت کرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="501" />
      <source>This looks like an incident already in the store: {links}. Open it to compare, or press “Save anyway” to keep both.</source>
      <translation>ئەمە وەک ڕووداوێک دەچێت کە پێشتر لە کۆگاکەدایە: {links}. بیکەرەوە بۆ بەراوردکردن، یان «هەر پاشەکەوتی بکە» دابگرە بۆ هێشتنەوەی هەردووکیان.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="503" />
      <source>Save anyway</source>
      <translation>هەر پاشەکەوتی بکە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="486" />
      <source>Save incident</source>
      <translation>پاشەکەوتکردنی ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="623" />
      <source>Stored now: {date}, {place}, {killed} killed (version {version}).</source>
      <translation>ئێستا پاشەکەوتکراو: {date}، {place}، {killed} کوژراو (وەشانی {version}).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="623" />
      <source>Keep your version (overwrite theirs)?</source>
      <translation>وەشانەکەی خۆت بهێڵیتەوە (وەشانەکەی ئەوان بگۆڕیت)؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="632" />
      <source>Loaded the stored version; your changes were not saved.</source>
      <translation>وەشانی پاشەکەوتکراو بارکرا؛ گۆڕانکارییەکانت پاشەکەوت نەکران.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="122" />
      <source>Zones</source>
      <translation>ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="123" />
      <source>Add the disputed zones beneath the incident layers</source>
      <translation>زیادکردنی ناوچە جێناکۆکەکان لە ژێر چینەکانی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="97" />
      <source>Draft from text…</source>
      <translation>داڕشتن لە دەقەوە…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="98" />
      <source>Paste a report: the plugin proposes the incident's fields for you to confirm</source>
      <translation>ڕاپۆرتێک دابنێ: پێوەکراوەکە خانەکانی ڕووداو پێشنیار دەکات بۆ ئەوەی پشتڕاستیان بکەیتەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="102" />
      <source>Incidents found in the report</source>
      <translation>ڕووداوە دۆزراوەکان لە ڕاپۆرتەکەدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="109" />
      <source>Confirm suggestions</source>
      <translation>پشتڕاستکردنەوەی پێشنیارەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="125" />
      <source>Export…</source>
      <translation>هەناردەکردن…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="126" />
      <source>Export the store as a styled GeoPackage to share</source>
      <translation>هەناردەکردنی کۆگاکە وەک GeoPackage ی شێوازدار بۆ هاوبەشکردن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="321" />
      <source>earlier incident</source>
      <translation>ڕووداوی پێشوو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="321" />
      <source>main incident</source>
      <translation>ڕووداوی سەرەکی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="332" />
      <source>Draft from the report: check each highlighted field (hover shows the words it came from), correct it or confirm it, then save.</source>
      <translation>ڕەشنووس لە ڕاپۆرتەکەوە: هەر خانەیەکی ڕەنگکراو بپشکنە (ماوسی لەسەر ڕابگرە بۆ بینینی ئەو وشانەی لێیەوە هاتووە)، ڕاستی بکەرەوە یان پشتڕاستی بکەرەوە، پاشان پاشەکەوتی بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="465" />
      <source>{n} suggested fields (highlighted) are not confirmed yet. Save them as they are?</source>
      <translation>{n} خانەی پێشنیارکراو (ڕەنگکراو) هێشتا پشتڕاست نەکراونەتەوە. وەک خۆیان پاشەکەوتیان بکەیت؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="468" />
      <source>Not saved: confirm or correct the suggested fields first.</source>
      <translation>پاشەکەوت نەکرا: سەرەتا خانە پێشنیارکراوەکان پشتڕاست یان ڕاست بکەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="130" />
      <source>Delete…</source>
      <translation>سڕینەوە…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="131" />
      <source>Delete the incident shown and its sources (after confirmation)</source>
      <translation>سڕینەوەی ڕووداوە پیشاندراوەکە و سەرچاوەکانی (دوای پشتڕاستکردنەوە)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="490" />
      <source>Saved. Ctrl+Z on the Incidents layer takes the save back while the layer is in edit mode.</source>
      <translation>پاشەکەوت کرا. Ctrl+Z لەسەر چینی ڕووداوەکان پاشەکەوتەکە دەگەڕێنێتەوە تا چینەکە لە دۆخی دەستکاریدا بێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="515" />
      <source>Delete the incident of {date} at {place} and its sources?</source>
      <translation>ڕووداوی {date} لە {place} و سەرچاوەکانی بسڕدرێنەوە؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="522" />
      <source>Not deleted; the stored version is loaded.</source>
      <translation>نەسڕایەوە؛ وەشانی پاشەکەوتکراو بارکرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="525" />
      <source>Not deleted: {error}</source>
      <translation>نەسڕایەوە: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="529" />
      <source>The incident is no longer in the store.</source>
      <translation>ڕووداوەکە چیتر لە کۆگاکەدا نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="531" />
      <source>Delete incident</source>
      <translation>سڕینەوەی ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="533" />
      <source>Deleted the incident and its {n} sources. Ctrl+Z on the Incidents layer restores them while the layer is in edit mode.</source>
      <translation>ڕووداوەکە و {n} سەرچاوەکەی سڕانەوە. Ctrl+Z لەسەر چینی ڕووداوەکان دەیانگەڕێنێتەوە تا چینەکە لە دۆخی دەستکاریدا بێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="533" />
      <source>Deleted the incident and its {n} sources in one transaction.</source>
      <translation>ڕووداوەکە و {n} سەرچاوەکەی لە یەک مامەڵەدا سڕانەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="545" />
      <source>The incident layers are edited in a transaction group (Project ▸ Properties ▸ Data Sources): save or cancel their edits first.</source>
      <translation>چینەکانی ڕووداوەکان لە گرووپێکی مامەڵەدا دەستکاری دەکرێن (پرۆژە ▸ تایبەتمەندییەکان ▸ سەرچاوەکانی داتا): سەرەتا دەستکارییەکانیان پاشەکەوت بکە یان هەڵیانبوەشێنەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="549" />
      <source>This incident has unsaved edits in the Incidents or Sources layer: save or cancel those edits first.</source>
      <translation>ئەم ڕووداوە دەستکارییەکی پاشەکەوتنەکراوی لە چینی ڕووداوەکان یان سەرچاوەکاندا هەیە: سەرەتا ئەو دەستکارییانە پاشەکەوت بکە یان هەڵیانبوەشێنەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="572" />
      <source>Undo delete</source>
      <translation>گەڕاندنەوەی سڕینەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="572" />
      <source>Undo save</source>
      <translation>گەڕاندنەوەی پاشەکەوت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="586" />
      <source>Not undone: {error}</source>
      <translation>نەگەڕێندرایەوە: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="590" />
      <source>Undone.</source>
      <translation>گەڕێندرایەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="599" />
      <source>Not undone or redone: {error}</source>
      <translation>نە گەڕێندرایەوە نە دووبارە کرایەوە: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="149" />
      <source>Review</source>
      <translation>پێداچوونەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="152" />
      <source>History</source>
      <translation>مێژوو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="395" />
      <source>the incident of {date} at {place}</source>
      <translation>ڕووداوی {date} لە {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="395" />
      <source>the new incident</source>
      <translation>ڕووداوە نوێیەکە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="398" />
      <source>Your changes to {what} are not saved. Throw them away and open the other incident?</source>
      <translation>گۆڕانکارییەکانت لە {what} پاشەکەوت نەکراون. فڕێیان دەدەیت و ڕووداوەکەی تر دەکەیتەوە؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="411" />
      <source>This incident was deleted in the Incidents layer (its edits are not saved yet).</source>
      <translation>ئەم ڕووداوە لە چینی ڕووداوەکان سڕایەوە (دەستکارییەکانی هێشتا پاشەکەوت نەکراون).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="424" />
      <source>This incident is no longer in the store: it was deleted elsewhere.</source>
      <translation>ئەم ڕووداوە چیتر لە کۆگاکەدا نییە: لە شوێنێکی ترەوە سڕاوەتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="431" />
      <source>Save as a new incident</source>
      <translation>پاشەکەوتکردن وەک ڕووداوێکی نوێ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="432" />
      <source>What you see is kept: save it as a new incident, or press New.</source>
      <translation>ئەوەی دەیبینیت دەمێنێتەوە: وەک ڕووداوێکی نوێ پاشەکەوتی بکە، یان نوێ دابگرە.</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="211" />
      <source>Where</source>
      <translation>لە کوێ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="214" />
      <source>34.348, 45.391 · 34°20'53"N 45°23'28"E · 38S 536123 3801234 · MGRS</source>
      <translation>34.348, 45.391 · 34°20'53"N 45°23'28"E · 38S 536123 3801234 · MGRS</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="216" />
      <source>Pick on map</source>
      <translation>لەسەر نەخشە هەڵبژێرە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="224" />
      <source>Coordinates</source>
      <translation>هاوڕێکخەرەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="533" />
      <source>No point yet</source>
      <translation>هێشتا خاڵ نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="229" />
      <source>Search a place: village, town, district…</source>
      <translation>گەڕان بۆ شوێنێک: گوند، شارۆچکە، قەزا…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="238" />
      <source>Place search</source>
      <translation>گەڕانی شوێن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="51" />
      <source>Location name as reported, e.g. Dara village</source>
      <translation>ناوی شوێن وەک ڕاپۆرتکراوە، بۆ نموونە گوندی دارا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="48" />
      <source>Location name</source>
      <translation>ناوی شوێن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="262" />
      <source>When</source>
      <translation>کەی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="265" />
      <source>For events spanning several days; leave empty otherwise.</source>
      <translation>بۆ ڕووداوی چەند ڕۆژە؛ ئەگەر نا بەتاڵی بهێڵەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="269" />
      <source>What</source>
      <translation>چی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="52" />
      <source>e.g. Islamic State (Iraq)</source>
      <translation>بۆ نموونە دەوڵەتی ئیسلامی (عێراق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="53" />
      <source>e.g. Civilians (Iraq)</source>
      <translation>بۆ نموونە هاوڵاتیانی مەدەنی (عێراق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="49" />
      <source>Civilians were the target</source>
      <translation>هاوڵاتیانی مەدەنی ئامانج بوون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="275" />
      <source>Figures</source>
      <translation>ژمارەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="287" />
      <source>Reported range</source>
      <translation>مەودای ڕاپۆرتکراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="293" />
      <source>Sources*</source>
      <translation>سەرچاوەکان*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="300" />
      <source>Add…</source>
      <translation>زیادکردن…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="301" />
      <source>Edit…</source>
      <translation>دەستکاری…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="302" />
      <source>Remove</source>
      <translation>لابردن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="314" />
      <source>Description and review</source>
      <translation>وەسف و پێداچوونەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="336" />
      <source>Not read</source>
      <translation>نەخوێندرایەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="389" />
      <source> ({distance:.0f} km from the nearest disputed zone)</source>
      <translation> ({distance:.0f} کم لە نزیکترین ناوچەی جێناکۆک)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="423" />
      <source>{n} killed</source>
      <translation>{n} کوژراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="425" />
      <source>{n} wounded</source>
      <translation>{n} بریندار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="428" />
      <source>(no outlet)</source>
      <translation>(بێ دەزگای ڕاگەیاندن)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="438" />
      <source>{low} to {high} killed</source>
      <translation>{low} تا {high} کوژراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="448" />
      <source>no figure reported</source>
      <translation>هیچ ژمارەیەک ڕاپۆرت نەکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>district</source>
      <translation>قەزا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>sub-district</source>
      <translation>ناحیە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>incident</source>
      <translation>ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>gazetteer</source>
      <translation>فەرهەنگی شوێنەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="243" />
      <source>An optional point layer of place names searched too</source>
      <translation>چینێکی خاڵی ئارەزوومەندانەی ناوی شوێنەکان کە ئەویش دەگەڕدرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="251" />
      <source>Gazetteer</source>
      <translation>فەرهەنگی شوێنەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="484" />
      <source>Suggested from the report: {words}</source>
      <translation>پێشنیارکراو لە ڕاپۆرتەکەوە: {words}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="50" />
      <source>Set by me</source>
      <translation>خۆم دیاریم کرد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="278" />
      <source>Otherwise the best figure is the lowest one the sources report.</source>
      <translation>ئەگەر نا، باشترین ژمارە کەمترین ژمارەیە کە سەرچاوەکان ڕاپۆرتی دەکەن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="427" />
      <source>{n} abducted</source>
      <translation>{n} ڕفێنراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="439" />
      <source>{low} to {high} wounded</source>
      <translation>{low} تا {high} بریندار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="440" />
      <source>{low} to {high} abducted</source>
      <translation>{low} تا {high} ڕفێندراو</translation>
    </message>
  </context>
  <context>
    <name>IncidentList</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_list.py" line="104" />
      <source>Filter: place, actor, description…</source>
      <translation>پاڵاوتن: شوێن، لایەن، وەسف…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_list.py" line="149" />
      <source>All zones</source>
      <translation>هەموو ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_list.py" line="110" />
      <source>All statuses</source>
      <translation>هەموو دۆخەکان</translation>
    </message>
  </context>
  <context>
    <name>IncidentLocatorFilter</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/locator_filter.py" line="33" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/locator_filter.py" line="45" />
      <source>Incident search could not open the store: {error}</source>
      <translation>گەڕانی ڕووداوەکان نەیتوانی کۆگاکە بکاتەوە: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/locator_filter.py" line="59" />
      <source>Incident search failed: {error}</source>
      <translation>گەڕانی ڕووداوەکان سەرکەوتوو نەبوو: {error}</translation>
    </message>
  </context>
  <context>
    <name>IncidentTracker</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="174" />
      <source>Incident Tracker</source>
      <translation>شوێنکەوتنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="62" />
      <source>New incident store…</source>
      <translation>کۆگای ڕووداوی نوێ…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="63" />
      <source>Open incident store…</source>
      <translation>کردنەوەی کۆگای ڕووداوەکان…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="68" />
      <source>Incident dock</source>
      <translation>پانێڵی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="72" />
      <source>Import ACLED / UCDP CSV…</source>
      <translation>هاوردەکردنی CSV ی ACLED / UCDP…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="341" />
      <source>Open incident store</source>
      <translation>کردنەوەی کۆگای ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="350" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="350" />
      <source>New incident store</source>
      <translation>کۆگای ڕووداوی نوێ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="70" />
      <source>Add disputed zones</source>
      <translation>زیادکردنی ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="371" />
      <source>Open or create an incident store first.</source>
      <translation>سەرەتا کۆگایەکی ڕووداوەکان بکەرەوە یان دروستی بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="64" />
      <source>Open team store (PostGIS)…</source>
      <translation>کردنەوەی کۆگای تیم (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="66" />
      <source>New team store (PostGIS)…</source>
      <translation>کۆگای تیمی نوێ (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="71" />
      <source>Statistics by zone…</source>
      <translation>ئامار بەپێی ناوچە…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="73" />
      <source>Export as GeoPackage…</source>
      <translation>هەناردەکردن وەک GeoPackage…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="75" />
      <source>Export as ACLED-format CSV…</source>
      <translation>هەناردەکردن وەک CSV بە شێوازی ACLED…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="77" />
      <source>Export as GeoJSON…</source>
      <translation>هەناردەکردن وەک GeoJSON…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="409" />
      <source>No PostgreSQL connection yet: add one in the Browser (PostgreSQL ▸ New Connection), with its credentials in an authentication configuration.</source>
      <translation>هێشتا هیچ پەیوەندییەکی PostgreSQL نییە: یەکێک لە وێبگەڕەکەدا زیاد بکە (PostgreSQL ▸ پەیوەندی نوێ)، لەگەڵ زانیارییەکانی چوونەژوورەوە لە ڕێکخستنێکی ناسینەوەدا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="412" />
      <source>Open team store</source>
      <translation>کردنەوەی کۆگای تیم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="412" />
      <source>Connection</source>
      <translation>پەیوەندی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="81" />
      <source>Help / About…</source>
      <translation>یارمەتی / دەربارە…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="79" />
      <source>Situation bulletin (PDF)…</source>
      <translation>بوڵتەنی دۆخ (PDF)…</translation>
    </message>
  </context>
  <context>
    <name>IncidentTrackerAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="21" />
      <source>Store</source>
      <translation>کۆگا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="22" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="23" />
      <source>Zones</source>
      <translation>ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="24" />
      <source>Export</source>
      <translation>هەناردەکردن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="69" />
      <source>Or a PostgreSQL connection (team store)</source>
      <translation>یان پەیوەندییەکی PostgreSQL (کۆگای تیم)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="73" />
      <source>Schema</source>
      <translation>سکیما</translation>
    </message>
  </context>
  <context>
    <name>IncidentTrackerProvider</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/provider.py" line="39" />
      <source>Incident Tracker</source>
      <translation>شوێنکەوتنی ڕووداوەکان</translation>
    </message>
  </context>
  <context>
    <name>MergeIncidentsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="22" />
      <source>Merge incidents</source>
      <translation>یەکخستنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="25" />
      <source>Merges the incident MERGE into the incident KEEP, in one transaction: every source of MERGE moves to KEEP and the figures follow from all the sources; KEEP takes the fields listed in FIELDS (comma separated, e.g. notes,location) from MERGE and keeps its own otherwise. MERGE stays in the store as a record pointing to KEEP, so its ACLED or UCDP ID is still known and re-importing its file adds nothing. The merge is recorded in the store's history and can be undone by restoring both incidents' earlier versions.</source>
      <translation>ڕووداوی MERGE دەخاتە ناو ڕووداوی KEEP لە یەک مامەڵەدا: هەموو سەرچاوەکانی MERGE دەچنە سەر KEEP و ژمارەکان لە هەموو سەرچاوەکانەوە دەردەهێنرێن؛ KEEP ئەو خانانەی لە FIELDS دا ناویان هاتووە (بە کۆما جیاکراونەتەوە، بۆ نموونە notes,location) لە MERGE وەردەگرێت و ئەوانی تر هی خۆی دەهێڵێتەوە. MERGE لە کۆگاکەدا وەک تۆمارێک دەمێنێتەوە کە ئاماژە بە KEEP دەکات، بۆیە ناسنامەی ACLED یان UCDP ـەکەی هێشتا ناسراوە و هاوردەکردنەوەی فایلەکەی هیچ زیاد ناکات. یەکخستنەکە لە مێژووی کۆگاکەدا تۆمار دەکرێت و بە گەڕاندنەوەی وەشانە پێشووەکانی هەردوو ڕووداوەکە هەڵدەوەشێندرێتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="34" />
      <source>Incident store</source>
      <translation>کۆگای ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="34" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="37" />
      <source>Incident ID to keep</source>
      <translation>ناسنامەی ئەو ڕووداوەی دەمێنێتەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="38" />
      <source>Incident ID merged into it</source>
      <translation>ناسنامەی ئەو ڕووداوەی تێیدا یەکدەخرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="39" />
      <source>Fields taken from the merged incident</source>
      <translation>ئەو خانانەی لە ڕووداوە یەکخراوەکەوە وەردەگیرێن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="41" />
      <source>Reason</source>
      <translation>هۆکار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="42" />
      <source>Incident kept</source>
      <translation>ڕووداوی ماوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="43" />
      <source>Its new row version</source>
      <translation>وەشانی نوێی ڕیزەکەی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="51" />
      <source>Choose a store: a GeoPackage file or a PostgreSQL connection.</source>
      <translation>کۆگایەک هەڵبژێرە: فایلێکی GeoPackage یان پەیوەندییەکی PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="61" />
      <source>{merged} was merged into {kept}.</source>
      <translation>{merged} خرایە ناو {kept}.</translation>
    </message>
  </context>
  <context>
    <name>PeriodLabel</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/period_label.py" line="43" />
      <source>Shown: {period}</source>
      <translation>پیشاندراو: {period}</translation>
    </message>
  </context>
  <context>
    <name>PointChooser</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="21" />
      <source>{date} – {place} – {type} – Killed: {killed}</source>
      <translation>{date} – {place} – {type} – کوژراوان: {killed}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="37" />
      <source>Choose the incident to open: it is selected alone on the map</source>
      <translation>ڕووداوەکە هەڵبژێرە بۆ کردنەوە: بە تەنها لەسەر نەخشەکە دیاری دەکرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="56" />
      <source>{n} incidents selected:</source>
      <translation>{n} ڕووداو دیاریکراون:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="58" />
      <source>{n} incidents at this point:</source>
      <translation>{n} ڕووداو لەم خاڵەدا:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="60" />
      <source>{heading} (the {shown} newest listed)</source>
      <translation>{heading} ({shown} نوێترینیان لیست کراون)</translation>
    </message>
  </context>
  <context>
    <name>ReviewTab</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>In &amp;review</source>
      <translation>لە &amp;پێداچوونەوەدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>&amp;Verified</source>
      <translation>&amp;پشتڕاستکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>&amp;Disputed</source>
      <translation>&amp;ناکۆکی لەسەرە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>Re&amp;jected</source>
      <translation>&amp;ڕەتکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="76" />
      <source>Reason (optional), recorded with the change</source>
      <translation>هۆکار (ئارەزوومەندانە)، لەگەڵ گۆڕانکارییەکە تۆمار دەکرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="90" />
      <source>Field</source>
      <translation>خانە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="94" />
      <source>Select the rows whose value the kept incident takes from this one</source>
      <translation>ئەو ڕیزانە هەڵبژێرە کە ڕووداوی ماوە بەهاکەیان لەم ڕووداوە وەردەگرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="103" />
      <source>&amp;Merge into the kept one</source>
      <translation>&amp;یەکیبخە لەگەڵ ماوەکە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="104" />
      <source>This incident's sources move to the kept one, which takes the values of the selected rows; this one stays in the store as a record of the merge</source>
      <translation>سەرچاوەکانی ئەم ڕووداوە دەچنە سەر ڕووداوی ماوە، کە بەهای ڕیزە هەڵبژێردراوەکان وەردەگرێت؛ ئەمەیان وەک تۆماری یەکخستنەکە لە کۆگاکەدا دەمێنێتەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="107" />
      <source>&amp;Not a duplicate</source>
      <translation>&amp;دووبارە نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="150" />
      <source>{count} incidents need a look, most urgent first.</source>
      <translation>{count} ڕووداو پێویستیان بە سەیرکردنە، بەپەلەترین یەکەم.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="195" />
      <source>Side by side with the incident it likely duplicates ({kept} and {other} sources):</source>
      <translation>لە تەنیشت ئەو ڕووداوەی کە لەوانەیە دووبارەی بێت (سەرچاوەکان: {kept} و {other}):</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="235" />
      <source>Status set to “{status}”.</source>
      <translation>دۆخ کرا بە «{status}».</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="242" />
      <source>Merged. The History tab of the kept incident can restore the earlier versions.</source>
      <translation>یەکخرا. تابی مێژووی ڕووداوی ماوە دەتوانێت وەشانە پێشووەکان بگەڕێنێتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="249" />
      <source>Marked as different incidents; they will not be flagged again.</source>
      <translation>وەک دوو ڕووداوی جیاواز نیشانکران؛ جارێکی تر وەک دووبارە نیشان ناکرێن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="90" />
      <source>Kept</source>
      <translation>ماوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="90" />
      <source>Merged into it</source>
      <translation>دەخرێتە ناوی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="58" />
      <source>On the map:</source>
      <translation>لەسەر نەخشە:</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="28" />
      <source>Source</source>
      <translation>سەرچاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="32" />
      <source>e.g. Kurdistan 24, KirkukNow, Rudaw, Shafaq News</source>
      <translation>بۆ نموونە کوردستان ٢٤، کەرکووک ناو، ڕووداو، شەفەق نیوز</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>English</source>
      <translation>ئینگلیزی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Arabic</source>
      <translation>عەرەبی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Kurdish (Sorani)</source>
      <translation>کوردی (سۆرانی)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Kurdish (Kurmanji)</source>
      <translation>کوردی (کرمانجی)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Turkish</source>
      <translation>تورکی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Outlet*</source>
      <translation>دەزگای ڕاگەیاندن*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Title</source>
      <translation>سەردێڕ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>URL</source>
      <translation>بەستەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Published</source>
      <translation>بڵاوکراوەتەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Accessed</source>
      <translation>سەردان کراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Language</source>
      <translation>زمان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Type</source>
      <translation>جۆر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Reliability</source>
      <translation>متمانەپێکراوی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Credibility</source>
      <translation>باوەڕپێکراوی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Killed, as this source reports</source>
      <translation>کوژراوان، وەک ئەم سەرچاوەیە دەڵێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Wounded, as this source reports</source>
      <translation>برینداران، وەک ئەم سەرچاوەیە دەڵێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Abducted, as this source reports</source>
      <translation>ڕفێنراوان، وەک ئەم سەرچاوەیە دەڵێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Excerpt</source>
      <translation>بڕگە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Archive URL</source>
      <translation>بەستەری ئەرشیف</translation>
    </message>
  </context>
  <context>
    <name>ZoneStatisticsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="65" />
      <source>Zone statistics</source>
      <translation>ئاماری ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="57" />
      <source>Zones</source>
      <translation>ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="55" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="48" />
      <source>Counts incidents, killed, wounded and abducted per disputed zone between START and END (both optional, inclusive): one row per zone with the totals (month and event type 'all'), then per event type and per month. Incidents outside the zones form one row. The zone of each incident is looked up in ZONES (made by Build disputed zones). STATUS keeps only incidents of some review statuses (all when none is chosen).</source>
      <translation>ڕووداوەکان، کوژراوان، برینداران و ڕفێنراوان بۆ هەر ناوچەیەکی جێناکۆک لە نێوان START و END دەژمێرێت (هەردووکیان ئارەزوومەندانەن و خۆیشیان دەگرنەوە): یەک ڕیز بۆ هەر ناوچەیەک بە کۆی گشتی (مانگ و جۆری ڕووداو 'all')، پاشان بەپێی جۆری ڕووداو و بەپێی مانگ. ڕووداوەکانی دەرەوەی ناوچەکان یەک ڕیز پێکدەهێنن. ناوچەی هەر ڕووداوێک لە ZONES دا دەدۆزرێتەوە (کە «دروستکردنی ناوچە جێناکۆکەکان» دروستی دەکات). STATUS تەنها ڕووداوەکانی هەندێک دۆخی پێداچوونەوە دەهێڵێتەوە (هەموویان ئەگەر هیچ دۆخێک هەڵنەبژێردرابێت).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="62" />
      <source>Only these review statuses</source>
      <translation>تەنها ئەم دۆخانەی پێداچوونەوە</translation>
    </message>
  </context>
  <context>
    <name>ZoneStatisticsDialog</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="65" />
      <source>No incidents in this period</source>
      <translation>هیچ ڕووداوێک لەم ماوەیەدا نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="87" />
      <source>Incidents by disputed zone</source>
      <translation>ڕووداوەکان بەپێی ناوچەی جێناکۆک</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="100" />
      <source>From</source>
      <translation>لە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="102" />
      <source>to</source>
      <translation>بۆ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="110" />
      <source>Chart</source>
      <translation>هێڵکاری</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="175" />
      <source>Zone</source>
      <translation>ناوچە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="121" />
      <source>Group</source>
      <translation>گرووپ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="129" />
      <source>Save as CSV…</source>
      <translation>پاشەکەوتکردن وەک CSV…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="223" />
      <source>Save statistics</source>
      <translation>پاشەکەوتکردنی ئامار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="217" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="37" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="38" />
      <source>Killed</source>
      <translation>کوژراوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="39" />
      <source>Wounded</source>
      <translation>بریندار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="40" />
      <source>Abducted</source>
      <translation>ڕفێنراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="127" />
      <source>By zone</source>
      <translation>بەپێی ناوچە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="128" />
      <source>By control period</source>
      <translation>بەپێی ماوەی دەسەڵات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="164" />
      <source>Trend alerts (last four weeks to {end} more than {margin}% above the mean of the 52 weeks before, as ACLED's Trendfinder):</source>
      <translation>ئاگادارکردنەوەی ڕەوت (چوار هەفتەی کۆتایی تا {end} زیاتر لە {margin}% سەرووی تێکڕای ٥٢ هەفتەی پێشوو، وەک Trendfinder ی ACLED):</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="166" />
      <source>{zone}: {recent} incidents against a mean of {mean}</source>
      <translation>{zone}: {recent} ڕووداو بەرامبەر تێکڕای {mean}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="168" />
      <source>none</source>
      <translation>هیچ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="202" />
      <source>Killed per month under each holder</source>
      <translation>کوژراوان لە هەر مانگێکدا لە ژێر دەستی هەر لایەنێکدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="202" />
      <source>Incidents per month under each holder</source>
      <translation>ڕووداوەکان لە هەر مانگێکدا لە ژێر دەستی هەر لایەنێکدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="207" />
      <source>no source</source>
      <translation>بێ سەرچاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="105" />
      <source>All statuses</source>
      <translation>هەموو دۆخەکان</translation>
    </message>
  </context>
  <context>
    <name>ZonesAction</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>This store has no disputed zones yet. Build them from administrative boundaries:</source>
      <translation>ئەم کۆگایە هێشتا ناوچەی جێناکۆکی نییە. لە سنوورە کارگێڕییەکانەوە دروستیان بکە:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>Layers or files…</source>
      <translation>چین یان فایل…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>Download (OCHA COD-AB / geoBoundaries)…</source>
      <translation>داگرتن (OCHA COD-AB / geoBoundaries)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>Cancel</source>
      <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="74" />
      <source>Disputed zones</source>
      <translation>ناوچە جێناکۆکەکان</translation>
    </message>
  </context>
  <context>
    <name>_FlatExportAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="26" />
      <source>{count} incidents written to {path}</source>
      <translation>{count} ڕووداو لە {path} نووسران</translation>
    </message>
  </context>
  <context>
    <name>acled</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="30" />
      <source>State forces</source>
      <translation>هێزەکانی دەوڵەت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="31" />
      <source>Rebel groups</source>
      <translation>گرووپە یاخیبووەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="32" />
      <source>Political militias</source>
      <translation>میلیشیا سیاسییەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="33" />
      <source>Identity militias</source>
      <translation>میلیشیا ناسنامەییەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="34" />
      <source>Rioters</source>
      <translation>ئاژاوەگێڕان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="35" />
      <source>Protesters</source>
      <translation>ناڕازییان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="36" />
      <source>Civilians</source>
      <translation>مەدەنییەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="37" />
      <source>External/Other forces</source>
      <translation>هێزە دەرەکییەکان/هێزەکانی تر</translation>
    </message>
  </context>
  <context>
    <name>boundaries</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="90" />
      <source>Could not read boundaries from {source}.</source>
      <translation>نەتوانرا سنوورەکان لە {source} بخوێنرێنەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="92" />
      <source>{name} is not a polygon layer.</source>
      <translation>{name} چینی فرەگۆشە نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="108" />
      <source>{layer} has no field {field}.</source>
      <translation>{layer} خانەی {field} ی نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="111" />
      <source>{layer}: no P-code or name field found for administrative level {level}. Choose the fields holding the P-code and the English name.</source>
      <translation>{layer}: هیچ خانەیەکی P-code یان ناو بۆ ئاستی کارگێڕی {level} نەدۆزرایەوە. ئەو خانانە هەڵبژێرە کە P-code و ناوی ئینگلیزییان تێدایە.</translation>
    </message>
  </context>
  <context>
    <name>boundary_download</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundary_download.py" line="49" />
      <source>Download canceled: {url}</source>
      <translation>داگرتن هەڵوەشێنرایەوە: {url}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundary_download.py" line="51" />
      <source>Download failed: {url}: {error}</source>
      <translation>داگرتن سەرکەوتوو نەبوو: {url}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundary_download.py" line="56" />
      <source>Download incomplete: {url} ({got} of {expected} bytes)</source>
      <translation>داگرتن تەواو نییە: {url} ({got} لە {expected} بایت)</translation>
    </message>
  </context>
  <context>
    <name>bulletin</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/bulletin_figures.py" line="21" />
      <source>the period ends ({end}) before it starts ({start})</source>
      <translation>ماوەکە ({end}) پێش دەستپێکردنی ({start}) کۆتایی دێت</translation>
    </message>
  </context>
  <context>
    <name>coordinates</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="52" />
      <source>No coordinates were typed. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation>هیچ هاوڕێکخەرێک نەنووسرا. چاوەڕوانکراو: بە پلەی دەیی (34.348, 45.391)، یان پلە و خولەک و چرکە (34°20'53"N 45°23'28"E)، یان UTM (38S 535960 3800812) یان MGRS (38SND3596000811).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="56" />
      <source>Could not read "{text}" as coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation>نەتوانرا «{text}» وەک هاوڕێکخەر بخوێنرێتەوە. چاوەڕوانکراو: بە پلەی دەیی (34.348, 45.391)، یان پلە و خولەک و چرکە (34°20'53"N 45°23'28"E)، یان UTM (38S 535960 3800812) یان MGRS (38SND3596000811).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="60" />
      <source>"{character}" cannot be part of coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation>«{character}» ناتوانێت بەشێک بێت لە هاوڕێکخەر. چاوەڕوانکراو: بە پلەی دەیی (34.348, 45.391)، یان پلە و خولەک و چرکە (34°20'53"N 45°23'28"E)، یان UTM (38S 535960 3800812) یان MGRS (38SND3596000811).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="64" />
      <source>The text is too long to be coordinates ({length} characters).</source>
      <translation>دەقەکە درێژترە لەوەی هاوڕێکخەر بێت ({length} پیت).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="65" />
      <source>Cannot tell where the latitude ends and the longitude begins in "{text}"; separate them with a comma, or add N and E.</source>
      <translation>ناتوانرێت بزانرێت پانی لە کوێ کۆتایی دێت و درێژی لە کوێ دەست پێدەکات لە «{text}»؛ بە فاریزە جیایان بکەرەوە یان N و E زیاد بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="69" />
      <source>Minutes must be below 60, not {value}.</source>
      <translation>خولەکەکان دەبێت لە ٦٠ کەمتر بن، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="70" />
      <source>Seconds must be below 60, not {value}.</source>
      <translation>چرکەکان دەبێت لە ٦٠ کەمتر بن، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="71" />
      <source>Only the last of degrees, minutes and seconds may have decimals, not {value}.</source>
      <translation>تەنها دوایین بەشی پلە و خولەک و چرکە دەتوانێت دەیی هەبێت، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="74" />
      <source>A coordinate has both a minus sign and a letter ({letter}); use one or the other.</source>
      <translation>هاوڕێکخەرێک هەم نیشانەی لێدەرکردن و هەم پیتی ({letter}) هەیە؛ یەکێکیان بەکاربهێنە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="77" />
      <source>A latitude must be between 90° S and 90° N, not {value}.</source>
      <translation>پانی دەبێت لە نێوان 90° باشوور و 90° باکوور بێت، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="78" />
      <source>A longitude must be between 180° W and 180° E, not {value}.</source>
      <translation>درێژی دەبێت لە نێوان 180° ڕۆژئاوا و 180° ڕۆژهەڵات بێت، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="79" />
      <source>Neither number can be a latitude (between 90° S and 90° N): {first}, {second}.</source>
      <translation>هیچ کام لە دوو ژمارەکە ناتوانێت پانی بێت (لە نێوان 90° باشوور و 90° باکوور): {first}، {second}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="82" />
      <source>Both coordinates are marked N or S; one must be a longitude, marked E or W.</source>
      <translation>هەردوو هاوڕێکخەر بە N یان S نیشانە کراون؛ دەبێت یەکێکیان درێژی بێت بە نیشانەی E یان W.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="85" />
      <source>Both coordinates are marked E or W; one must be a latitude, marked N or S.</source>
      <translation>هەردوو هاوڕێکخەر بە E یان W نیشانە کراون؛ دەبێت یەکێکیان پانی بێت بە نیشانەی N یان S.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="88" />
      <source>UTM zone {zone} is not used in Iraq; Iraq spans zones 37 to 39 (for example 38S 535960 3800812).</source>
      <translation>ناوچەی UTM {zone} لە عێراق بەکارنایەت؛ عێراق ناوچەکانی ٣٧ تا ٣٩ دەگرێتەوە (بۆ نموونە 38S 535960 3800812).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="91" />
      <source>"{band}" is not a latitude band letter (C to X, without I and O).</source>
      <translation>«{band}» پیتی پشتێنەی پانی نییە (C تا X، بەبێ I و O).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="94" />
      <source>Latitude band {band} is south of the equator; Iraq lies in bands R and S of the northern hemisphere.</source>
      <translation>پشتێنەی پانی {band} لە باشووری هێڵی یەکسانییە؛ عێراق لە پشتێنەکانی R و S ی نیوەگۆی باکوورە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="97" />
      <source>A UTM easting must be between 100000 and 900000 metres, not {value}.</source>
      <translation>ڕۆژهەڵاتی UTM دەبێت لە نێوان ١٠٠٠٠٠ و ٩٠٠٠٠٠ مەتر بێت، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="98" />
      <source>A UTM northing must be between 0 and 9350000 metres north of the equator, not {value}.</source>
      <translation>باکووری UTM دەبێت لە نێوان ٠ و ٩٣٥٠٠٠٠ مەتر لە باکووری هێڵی یەکسانی بێت، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="101" />
      <source>The point is at latitude {latitude}°, outside latitude band {band} ({south}° to {north}°); check the band letter and the northing.</source>
      <translation>خاڵەکە لە پانی {latitude}°ە، لە دەرەوەی پشتێنەی {band} ({south}° تا {north}°)؛ پیتی پشتێنە و باکوورییەکە بپشکنە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="105" />
      <source>An MGRS reference needs 1 to 5 digits for the easting and as many for the northing after the 100 km square letters, as in 38SMB4123401234; "{reference}" has {count} digits.</source>
      <translation>ئاماژەی MGRS پێویستی بە ١ تا ٥ ژمارە هەیە بۆ ڕۆژهەڵاتی و هەمان ژمارە بۆ باکووری دوای پیتەکانی چوارگۆشەی ١٠٠ کم، وەک 38SMB4123401234؛ «{reference}» {count} ژمارەی هەیە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="109" />
      <source>"{square}" is not a 100 km square of zone {zone}: its first letter must be one of {allowed} and its second one of A to V (without I and O).</source>
      <translation>«{square}» چوارگۆشەیەکی ١٠٠ کم ی ناوچەی {zone} نییە: پیتی یەکەمی دەبێت یەکێک بێت لە {allowed} و دووەمی لە A تا V (بەبێ I و O).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="113" />
      <source>UTM and MGRS cover latitudes from 80° S to 84° N, not {value}.</source>
      <translation>UTM و MGRS پانییەکانی 80° باشوور تا 84° باکوور دەگرنەوە، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="114" />
      <source>Coordinates must be finite numbers.</source>
      <translation>هاوڕێکخەرەکان دەبێت ژمارەی سنووردار بن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="116" />
      <source>Read as longitude, latitude: the other way round the point would be outside Iraq.</source>
      <translation>وەک درێژی، پانی خوێندرایەوە: بە پێچەوانەوە خاڵەکە لە دەرەوەی عێراق دەبوو.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="119" />
      <source>This point is outside Iraq.</source>
      <translation>ئەم خاڵە لە دەرەوەی عێراقە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="120" />
      <source>This point is outside Iraq; with latitude and longitude the other way round it would be inside. Check the N/E letters or signs.</source>
      <translation>ئەم خاڵە لە دەرەوەی عێراقە؛ ئەگەر پانی و درێژی پێچەوانە بکرانایە لە ناویدا دەبوو. پیتەکانی N/E یان نیشانەکان بپشکنە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="124" />
      <source>Read as latitude, longitude; the point would also be inside Iraq the other way round.</source>
      <translation>وەک پانی، درێژی خوێندرایەوە؛ خاڵەکە بە پێچەوانەشەوە لە ناو عێراقدا دەبوو.</translation>
    </message>
  </context>
  <context>
    <name>draft_task</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/draft_task.py" line="31" />
      <source>Drafting incidents from a report</source>
      <translation>داڕشتنی ڕووداوەکان لە ڕاپۆرتێک</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/draft_task.py" line="57" />
      <source>Drafting from a report failed: {error}</source>
      <translation>داڕشتن لە ڕاپۆرتێک سەرکەوتوو نەبوو: {error}</translation>
    </message>
  </context>
  <context>
    <name>drafting</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="86" />
      <source>The publication date is needed to resolve the report's dates.</source>
      <translation>بەرواری بڵاوکردنەوە پێویستە بۆ دیاریکردنی بەروارەکانی ڕاپۆرتەکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="381" />
      <source>Between {start} and {end}</source>
      <translation>لە نێوان {start} و {end}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="384" />
      <source>Week of {date}</source>
      <translation>هەفتەی {date}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="386" />
      <source>On {date}</source>
      <translation>لە {date}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="391" />
      <source>in {place}</source>
      <translation>لە {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="398" />
      <source>perpetrator: {actor}</source>
      <translation>ئەنجامدەر: {actor}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="400" />
      <source>target community: {community}</source>
      <translation>پێکهاتەی ئامانجکراو: {community}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="403" />
      <source>{n} killed</source>
      <translation>{n} کوژراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="403" />
      <source>{n} wounded</source>
      <translation>{n} بریندار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="403" />
      <source>{n} abducted</source>
      <translation>{n} ڕفێنراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/events.py" line="28" />
      <source>resources/drafting/events.json: {rule} does not follow the taxonomy</source>
      <translation>resources/drafting/events.json: ‏{rule} پەیڕەوی پۆلێنکردنەکە ناکات</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="139" />
      <source>The export was canceled; {path} is unchanged.</source>
      <translation>هەناردەکردنەکە هەڵوەشێنرایەوە؛ {path} نەگۆڕاوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="152" />
      <source>{path} has no zones layers; the export has none.</source>
      <translation>{path} چینی ناوچەی نییە؛ هەناردەکراوەکەش نایبێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="251" />
      <source>from {first} to {last}</source>
      <translation>لە {first} تا {last}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="251" />
      <source>no incidents</source>
      <translation>بێ ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="252" />
      <source> Public version: internal fields removed, coordinates rounded to {n} decimals.</source>
      <translation> وەشانی گشتی: خانە ناوخۆییەکان لابراون، هاوڕێکخەرەکان بۆ {n} ژمارەی دەیی خڕکراونەتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="254" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="256" />
      <source>Incidents of political violence with their figures, actors and places, {period}; {count} incidents.</source>
      <translation>ڕووداوەکانی توندوتیژی سیاسی لەگەڵ ژمارە و لایەن و شوێنەکانیان، {period}؛ {count} ڕووداو.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="260" />
      <source>Sources</source>
      <translation>سەرچاوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="260" />
      <source>The sources cited for each incident ({count}); linked to the incidents by incident_uuid.</source>
      <translation>ئەو سەرچاوانەی بۆ هەر ڕووداوێک هێنراونەتەوە ({count})؛ بە incident_uuid بە ڕووداوەکانەوە بەستراون.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="263" />
      <source>Store metadata</source>
      <translation>مێتاداتای کۆگا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="263" />
      <source>Incident Tracker schema version and export settings.</source>
      <translation>وەشانی سکیمای شوێنکەوتنی ڕووداوەکان و ڕێکخستنەکانی هەناردەکردن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="266" />
      <source>Disputed zone groups</source>
      <translation>گرووپەکانی ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="266" />
      <source>Kurdistan Region</source>
      <translation>هەرێمی کوردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="267" />
      <source>Sub-districts and disputed zones</source>
      <translation>ناحیەکان و ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="268" />
      <source>Districts and disputed zones</source>
      <translation>قەزاکان و ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="268" />
      <source>Zones build metadata</source>
      <translation>مێتاداتای دروستکردنی ناوچەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="271" />
      <source>Zones layer of Incident Tracker (disputed territories of Iraq). </source>
      <translation>چینی ناوچەکانی شوێنکەوتنی ڕووداوەکان (ناوچە جێناکۆکەکانی عێراق). </translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="301" />
      <source>Incident Tracker export</source>
      <translation>هەناردەکراوی شوێنکەوتنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="305" />
      <source>Incident Tracker – {name}</source>
      <translation>شوێنکەوتنی ڕووداوەکان – {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="318" />
      <source>Incident Tracker style</source>
      <translation>شێوازی شوێنکەوتنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="320" />
      <source>Could not save the style of {table}: {error}</source>
      <translation>نەتوانرا شێوازی {table} پاشەکەوت بکرێت: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="337" />
      <source>Could not write the project into {path}: {error}</source>
      <translation>نەتوانرا پرۆژەکە لە {path} بنووسرێت: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="363" />
      <source>Exported by Incident Tracker on {time}</source>
      <translation>لەلایەن شوێنکەوتنی ڕووداوەکانەوە لە {time} هەناردەکرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="384" />
      <source>The export is still in use by another program; try again.</source>
      <translation>هەناردەکراوەکە هێشتا لەلایەن بەرنامەیەکی ترەوە بەکاردێت؛ دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="379" />
      <source>The exported file failed its integrity check: {result}</source>
      <translation>فایلی هەناردەکراو لە پشکنینی تەواوێتیدا دەرنەچوو: {result}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_files.py" line="70" />
      <source>The folder {folder} does not exist.</source>
      <translation>بوخچەی {folder} بوونی نییە.</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="11" />
      <source>Detect from the header</source>
      <translation>ناسینەوە لە دێڕی سەردێڕەکانەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="12" />
      <source>ACLED export</source>
      <translation>هەناردەی ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="13" />
      <source>UCDP GED (CSV or API JSON)</source>
      <translation>UCDP GED (CSV یان JSON ی API)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="61" />
      <source>{rows} × {reason} (first on line {line})</source>
      <translation>{rows} × {reason} (یەکەمیان لە دێڕی {line})</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="67" />
      <source>Nothing was imported from {file}: all {count} rows were skipped. Most common reasons: {reasons}</source>
      <translation>هیچ شتێک لە {file} هاوردە نەکرا: هەموو {count} ڕیزەکە تێپەڕێنران. باوترین هۆکارەکان: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="73" />
      <source>Imported {count}</source>
      <translation>{count} هاوردە کران</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="75" />
      <source>line {line}: {reason}</source>
      <translation>دێڕی {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="77" />
      <source>; …{count} more</source>
      <translation>؛ …{count} ی تر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="78" />
      <source>skipped {count} ({lines}{more})</source>
      <translation>{count} تێپەڕێنران ({lines}{more})</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="80" />
      <source>{count} already in the store</source>
      <translation>{count} پێشتر لە کۆگاکەدان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="82" />
      <source>{count} rows repeated earlier rows of the file exactly (same ID, same values) and were counted once</source>
      <translation>{count} ڕیز ڕێک ڕیزە پێشووەکانی فایلەکەیان دووبارە کردەوە (هەمان ناسنامە، هەمان بەها) و یەک جار ژمێردران</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="85" />
      <source>{count} flagged as likely duplicates</source>
      <translation>{count} وەک دووبارەی ئەگەری نیشانە کران</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="87" />
      <source>{count} incidents name other governorates, districts or sub-districts than the COD-AB units at their point (see their admin_disagreement field)</source>
      <translation>{count} ڕووداو ناوی پارێزگا، قەزا یان ناحیەی جیاواز لە یەکەکانی COD-AB لە خاڵەکەیاندا دەهێنن (خانەی admin_disagreement ببینە)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="91" />
      <source>{count} points could only be checked against Iraq's bounding box, not its border: the store has no zones yet (build them with Add disputed zones in the Incident Tracker menu, or the Build disputed zones algorithm, before importing)</source>
      <translation>{count} خاڵ تەنها بە چوارگۆشەی دەوروبەری عێراق پشکنران نەک بە سنوورەکەی: کۆگاکە هێشتا ناوچەی نییە (پێش هاوردەکردن بە «زیادکردنی ناوچە جێناکۆکەکان» لە لیستی شوێنکەوتنی ڕووداوەکان، یان بە ئەلگۆریتمی «دروستکردنی ناوچە جێناکۆکەکان» دروستیان بکە)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="115" />
      <source>Invisible control characters (NUL, byte-order marks, bidirectional overrides) were removed from {count} lines or cells.</source>
      <translation>پیتە کۆنترۆڵییە نەبینراوەکان (NUL، نیشانەکانی ڕیزبەندی بایت، گۆڕینی ئاراستە) لە {count} دێڕ یان خانەدا لابران.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="194" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation>هاوردەکردنەکە هەڵوەشێنرایەوە؛ کۆگاکە نەگۆڕاوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="222" />
      <source>{field}: {value} is also on line {first} with other values; only line {first} was imported</source>
      <translation>{field}: {value} لە دێڕی {first} یشدا هەیە بە بەهای تر؛ تەنها دێڕی {first} هاوردە کرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="47" />
      <source>{field}: '{value}' is not a date (expected YYYY-MM-DD)</source>
      <translation>{field}: '{value}' بەروار نییە (چاوەڕوانکراو YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="48" />
      <source>{field}: '{value}' is not a real calendar date</source>
      <translation>{field}: '{value}' بەروارێکی ڕاستەقینەی ساڵنامە نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="49" />
      <source>{field}: '{value}' could be {first} or {second}: day and month cannot be told apart. Re-save the file with ISO dates (YYYY-MM-DD)</source>
      <translation>{field}: '{value}' دەکرێت {first} یان {second} بێت: ڕۆژ و مانگ لێک جیا ناکرێنەوە. فایلەکە بە بەرواری ISO (YYYY-MM-DD) دووبارە پاشەکەوت بکەرەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="52" />
      <source>{field}: '{value}' has a two-digit year and the row has no year column to give its century. Re-save the file with four-digit years or ISO dates (YYYY-MM-DD)</source>
      <translation>{field}: '{value}' ساڵەکەی دوو ژمارەییە و ڕیزەکە ستوونی year ی نییە بۆ دیاریکردنی سەدەکەی. فایلەکە بە ساڵی چوار ژمارەیی یان بەرواری ISO (YYYY-MM-DD) دووبارە پاشەکەوت بکەرەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="55" />
      <source>{field}: '{value}' does not agree with the row's year {year}</source>
      <translation>{field}: '{value}' لەگەڵ ساڵی ڕیزەکە {year} ناگونجێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="56" />
      <source>year: '{year}' is not a year</source>
      <translation>year: '{year}' ساڵ نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="57" />
      <source>{field}: '{value}' is not a date but a number (an Excel serial date?): numbers are read as dates only when the whole column is numbers. Re-save the file with ISO dates (YYYY-MM-DD)</source>
      <translation>{field}: '{value}' بەروار نییە بەڵکو ژمارەیە (بەرواری زنجیرەیی Excel؟): ژمارەکان تەنها کاتێک وەک بەروار دەخوێندرێنەوە کە هەموو ستوونەکە ژمارە بێت. فایلەکە بە بەرواری ISO (YYYY-MM-DD) دووبارە پاشەکەوت بکەرەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/import_files.py" line="49" />
      <source>{path} is a ZIP archive but not an XLSX spreadsheet GDAL can read.</source>
      <translation>{path} ئەرشیفێکی ZIP ە بەڵام خشتەیەکی XLSX نییە کە GDAL بتوانێت بیخوێنێتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/sheet_rows.py" line="33" />
      <source>{path}: the first sheet is empty.</source>
      <translation>{path}: یەکەم پەڕە بەتاڵە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/ucdp.py" line="103" />
      <source>{field} is empty</source>
      <translation>{field} بەتاڵە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="92" />
      <source>event_type: '{value}' (ACLED before 2019) is Riots or Protests by its actors' types, and neither inter1 nor inter2 is 5 (Rioters) or 6 (Protesters)</source>
      <translation>event_type: ‏'{value}' (ACLED پێش 2019) بەپێی جۆری ئەکتەرەکانی ئاژاوە یان خۆپیشاندانە، و هیچ یەک لە inter1 و inter2 نابێتە 5 (ئاژاوەگێڕان) یان 6 (خۆپیشاندەران)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="121" />
      <source>{field}: {value} is not an ACLED actor type code (1 to 8)</source>
      <translation>{field}: {value} کۆدی جۆری ئەکتەری ACLED نییە (1 تا 8)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="82" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/cell_text.py" line="36" />
      <source>{field}: the text is not valid in the file's encoding (a damaged byte)</source>
      <translation>{field}: دەقەکە لە کۆدکردنی فایلەکەدا دروست نییە (بایتێکی تێکچوو)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/cell_text.py" line="42" />
      <source>{field}: a list or an object where one value is expected</source>
      <translation>{field}: لیستێک یان تەنێک لە شوێنێکدا کە یەک بەها چاوەڕوان دەکرێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="162" />
      <source>{path} is empty.</source>
      <translation>{path} بەتاڵە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="165" />
      <source>{path}: the header line is not {encoding} text like the rest of the file.</source>
      <translation>{path}: دێڕی سەردێڕەکان وەک باقی فایلەکە دەقی {encoding} نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="169" />
      <source>{path}: the first line is not a header of column names separated by commas, semicolons or tabs.</source>
      <translation>{path}: یەکەم دێڕ سەردێڕی ناوی ستوونەکان نییە کە بە کۆما، خاڵبەندی یان تاب جیاکرابنەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="198" />
      <source>a quoted field is not closed</source>
      <translation>خانەیەکی ناو دوو کەوانەی نووسین دانەخراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="198" />
      <source>broken quoting ({error})</source>
      <translation>کەوانەی نووسینی تێکچوو ({error})</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="209" />
      <source>line {line} is not {encoding} text like the rest of the file (a damaged byte, or lines saved in another encoding)</source>
      <translation>دێڕی {line} وەک باقی فایلەکە دەقی {encoding} نییە (بایتێکی تێکچوو، یان دێڕی پاشەکەوتکراو بە کۆدکردنێکی تر)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="221" />
      <source>{count} fields where the header has {width} (broken quoting or a stray delimiter?)</source>
      <translation>{count} خانە لە کاتێکدا سەردێڕەکە {width} ی هەیە (کەوانەی نووسینی تێکچوو یان جیاکەرەوەیەکی زیادە؟)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="44" />
      <source>{field}: {length} characters is not a plausible value (broken quoting?)</source>
      <translation>{field}: {length} پیت بەهایەکی باوەڕپێکراو نییە (کەوانەی نووسینی تێکچوو؟)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="56" />
      <source>{field}: a number of {length} characters is not a plausible value</source>
      <translation>{field}: ژمارەیەک بە {length} پیت بەهایەکی گونجاو نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="71" />
      <source>{field}: '{value}' is not a whole number</source>
      <translation>{field}: '{value}' ژمارەیەکی تەواو نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="111" />
      <source>{field}: {value} is not a known code</source>
      <translation>{field}: {value} کۆدێکی ناسراو نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_columns.py" line="102" />
      <source>{file}, line {line}: HXL hashtags (#...), as in HDX downloads, skipped.</source>
      <translation>{file}، دێڕی {line}: هاشتاگەکانی HXL (#...)، وەک لە داگرتنەکانی HDX دا، تێپەڕێنران.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_columns.py" line="124" />
      <source>{path}: the first line is not a header of column names: {line}</source>
      <translation>{path}: یەکەم دێڕ سەردێڕی ناوی ستوونەکان نییە: {line}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_columns.py" line="129" />
      <source>{path}: the column {name} appears twice (columns {first} and {second}); one of them would be lost. Rename or delete one and import again.</source>
      <translation>{path}: ستوونی {name} دوو جار هاتووە (ستوونەکانی {first} و {second})؛ یەکێکیان لەدەست دەچێت. ناوی یەکێکیان بگۆڕە یان بیسڕەوە و دووبارە هاوردە بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="43" />
      <source>The columns are neither an ACLED export (expected {acled}) nor a UCDP GED file (expected {ucdp}). Found: {found}</source>
      <translation>ستوونەکان نە هەناردەیەکی ACLED ن (چاوەڕوانکراو {acled}) نە فایلێکی UCDP GED (چاوەڕوانکراو {ucdp}). دۆزراوە: {found}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="53" />
      <source>Unknown import format {fmt}; use one of {formats}.</source>
      <translation>فۆرماتی هاوردەکردنی نەناسراو {fmt}؛ یەکێک لەمانە بەکاربهێنە: {formats}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="59" />
      <source>The file lacks the {label} columns {missing}.</source>
      <translation>فایلەکە ئەم ستوونانەی {label} ی تێدا نییە: {missing}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="77" />
      <source>{path} is an error answer of the ACLED API, not data: {message}</source>
      <translation>{path} وەڵامێکی هەڵەی API ی ACLED ە، نەک داتا: {message}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="80" />
      <source>{path}: a JSON file, but neither an ACLED API answer (a 'data' list) nor a UCDP API answer (a 'Result' list).</source>
      <translation>{path}: فایلێکی JSON ە، بەڵام نە وەڵامی API ی ACLED ە (لیستی 'data') نە وەڵامی API ی UCDP (لیستی 'Result').</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="83" />
      <source>{path} holds no records (an empty answer: check the query's filters).</source>
      <translation>{path} هیچ تۆمارێکی تێدا نییە (وەڵامێکی بەتاڵ: فلتەرەکانی پرسیارەکە بپشکنە).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="86" />
      <source>{path} is one page of a longer UCDP answer ({count} of {total} records): download the other pages (NextPageUrl) and import them too.</source>
      <translation>{path} یەک پەڕەیە لە وەڵامێکی درێژتری UCDP ({count} لە {total} تۆمار): پەڕەکانی تر (NextPageUrl) دابگرە و ئەوانیش هاوردە بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="107" />
      <source>the record is not an object of named values</source>
      <translation>تۆمارەکە تەنێک نییە لە بەهای ناودار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="114" />
      <source>the key {name} is given twice in the record</source>
      <translation>کلیلی {name} دوو جار لە تۆمارەکەدا هاتووە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="150" />
      <source>{path} is not valid JSON (broken at line {line}).</source>
      <translation>{path} JSON ی دروست نییە (لە دێڕی {line} دا تێکچووە).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/sheet_rows.py" line="58" />
      <source>a value in column {column}, which has no name in the header row</source>
      <translation>بەهایەک لە ستوونی {column} دا، کە لە ڕیزی سەردێڕەکاندا ناوی نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="177" />
      <source>; </source>
      <translation>؛ </translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="177" />
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>layers</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="274" />
      <source>Other</source>
      <translation>تر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="398" />
      <source>Sources of the incident</source>
      <translation>سەرچاوەکانی ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="497" />
      <source>Incidents</source>
      <translation>ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="497" />
      <source>Sources</source>
      <translation>سەرچاوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="412" />
      <source>Could not open the layers of {path}.</source>
      <translation>نەتوانرا چینەکانی {path} بکرێنەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="512" />
      <source>Incident Tracker – {name}</source>
      <translation>شوێنکەوتنی ڕووداوەکان – {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>Where</source>
      <translation>لە کوێ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>When</source>
      <translation>کەی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>What</source>
      <translation>چی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>Figures</source>
      <translation>ژمارەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>Description and review</source>
      <translation>وەسف و پێداچوونەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="387" />
      <source>Record</source>
      <translation>تۆمار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/ddl.py" line="57" />
      <source>none or unknown</source>
      <translation>هیچ یان نەزانراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/ddl.py" line="57" />
      <source>50 or more</source>
      <translation>50 یان زیاتر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="271" />
      <source>{event_type}, killed: {killed}</source>
      <translation>{event_type}، کوژراوان: {killed}</translation>
    </message>
  </context>
  <context>
    <name>output_guard</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="96" />
      <source>{output} is the file {source} that this reads (the same file, perhaps through a link or another name); nothing was written. Choose another file for the output.</source>
      <translation>{output} هەمان ئەو فایلی {source}ـە کە ئەم کارە لێی دەخوێنێتەوە (هەمان فایل، لەوانەیە لە ڕێگەی بەستەرێک یان ناوێکی ترەوە)؛ هیچ نەنووسرا. فایلێکی تر بۆ دەرچوون هەڵبژێرە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="102" />
      <source>{output} is an incident store: an output never replaces a store, whose incidents would be lost. Nothing was written; choose another file.</source>
      <translation>{output} کۆگای ڕووداوە: هیچ دەرچوونێک جێگەی کۆگایەک ناگرێتەوە، چونکە ڕووداوەکانی لەدەست دەچن. هیچ نەنووسرا؛ فایلێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="106" />
      <source>{output} is a database that could not be read to check that it is not an incident store (in use by another program, or damaged); nothing was written. Choose another file.</source>
      <translation>{output} بنکەدراوەیەکە کە نەتوانرا بخوێندرێتەوە بۆ دڵنیابوونەوە لەوەی کۆگای ڕووداو نییە (بەرنامەیەکی تر بەکاری دەهێنێت، یان تێکچووە)؛ هیچ نەنووسرا. فایلێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="116" />
      <source>The folder {folder} is read-only: no file can be written there. Nothing was written; choose another folder.</source>
      <translation>بوخچەی {folder} تەنها بۆ خوێندنەوەیە: هیچ فایلێک لەوێ نانووسرێت. هیچ نەنووسرا؛ بوخچەیەکی تر هەڵبژێرە.</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="26" />
      <source>Likely duplicate</source>
      <translation>لەوانەیە دووبارە بێت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="27" />
      <source>Sources disagree on the figures</source>
      <translation>سەرچاوەکان لەسەر ژمارەکان ناکۆکن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="28" />
      <source>Unverified, one source</source>
      <translation>پشتڕاستنەکراوە، یەک سەرچاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="29" />
      <source>Awaiting review</source>
      <translation>چاوەڕێی پێداچوونەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="36" />
      <source>Added</source>
      <translation>زیادکرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="37" />
      <source>Changed</source>
      <translation>گۆڕدرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="38" />
      <source>Deleted</source>
      <translation>سڕایەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="39" />
      <source>Status changed</source>
      <translation>دۆخ گۆڕدرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="40" />
      <source>Merged</source>
      <translation>یەکخرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="41" />
      <source>Restored</source>
      <translation>گەڕێندرایەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="42" />
      <source>Source added</source>
      <translation>سەرچاوە زیادکرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="43" />
      <source>Source changed</source>
      <translation>سەرچاوە گۆڕدرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="44" />
      <source>Source removed</source>
      <translation>سەرچاوە لابرا</translation>
    </message>
  </context>
  <context>
    <name>schema</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Incident ID</source>
      <translation>ناسنامەی ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>ACLED event ID</source>
      <translation>ناسنامەی ڕووداو لە ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>UCDP event ID</source>
      <translation>ناسنامەی ڕووداو لە UCDP</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Event date</source>
      <translation>بەرواری ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Date precision</source>
      <translation>وردی بەروار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Start date</source>
      <translation>بەرواری دەستپێک</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>End date</source>
      <translation>بەرواری کۆتایی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Disorder type</source>
      <translation>جۆری ئاژاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Event type</source>
      <translation>جۆری ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-event type</source>
      <translation>جۆری لاوەکی ڕووداو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Perpetrator</source>
      <translation>ئەنجامدەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Perpetrator's associates</source>
      <translation>هاوبەشانی ئەنجامدەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Perpetrator type</source>
      <translation>جۆری ئەنجامدەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Attribution</source>
      <translation>پاڵدان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target</source>
      <translation>ئامانج</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target's associates</source>
      <translation>هاوبەشانی ئامانج</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target type</source>
      <translation>جۆری ئامانج</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target community</source>
      <translation>پێکهاتەی ئامانجکراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Civilians targeted</source>
      <translation>ئامانجکردنی مەدەنییەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Location</source>
      <translation>شوێن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Governorate</source>
      <translation>پارێزگا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Governorate P-code</source>
      <translation>کۆدی پارێزگا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>District</source>
      <translation>قەزا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>District P-code</source>
      <translation>کۆدی قەزا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-district</source>
      <translation>ناحیە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-district P-code</source>
      <translation>کۆدی ناحیە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Disputed zone</source>
      <translation>ناوچەی جێناکۆک</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Disputed zone group</source>
      <translation>گرووپی ناوچەی جێناکۆک</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Location precision</source>
      <translation>وردی شوێن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed (best)</source>
      <translation>کوژراوان (باشترین خەمڵاندن)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Best figure set by analyst</source>
      <translation>باشترین ژمارە لەلایەن شیکەرەوە دیاریکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed (low)</source>
      <translation>کوژراوان (کەمترین)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed (high)</source>
      <translation>کوژراوان (زۆرترین)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Wounded</source>
      <translation>بریندار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Abducted</source>
      <translation>ڕفێنراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed: civilians</source>
      <translation>کوژراوان: مەدەنی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed: security forces</source>
      <translation>کوژراوان: هێزە ئەمنییەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed: perpetrators</source>
      <translation>کوژراوان: ئەنجامدەران</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Description</source>
      <translation>وەسف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Tags</source>
      <translation>تاگەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Source scale</source>
      <translation>ئاستی سەرچاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Verification</source>
      <translation>پشتڕاستکردنەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Likely duplicate of</source>
      <translation>لەوانەیە دووبارەی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Created</source>
      <translation>دروستکرا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Updated</source>
      <translation>نوێکرایەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Created by</source>
      <translation>دروستکراوە لەلایەن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Row version</source>
      <translation>وەشانی ڕیز</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Source ID</source>
      <translation>ناسنامەی سەرچاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Outlet</source>
      <translation>دەزگای ڕاگەیاندن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Title</source>
      <translation>سەردێڕ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>URL</source>
      <translation>بەستەر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Published</source>
      <translation>بڵاوکراوەتەوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Accessed</source>
      <translation>سەردان کراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Language</source>
      <translation>زمان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Source type</source>
      <translation>جۆری سەرچاوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Reliability (A-F)</source>
      <translation>متمانەپێکراوی (A-F)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Credibility (1-6)</source>
      <translation>باوەڕپێکراوی (1-6)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Killed, as reported</source>
      <translation>کوژراوان، وەک ڕاپۆرتکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Wounded, as reported</source>
      <translation>برینداران، وەک ڕاپۆرتکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Abducted, as reported</source>
      <translation>ڕفێنراوان، وەک ڕاپۆرتکراوە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Excerpt</source>
      <translation>بڕگە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Archive URL</source>
      <translation>بەستەری ئەرشیف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Merged into</source>
      <translation>خراوەتە ناو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Change</source>
      <translation>گۆڕانکاری</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Changed at</source>
      <translation>کاتی گۆڕانکاری</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Changed by</source>
      <translation>گۆڕدرا لەلایەن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>What changed</source>
      <translation>چی گۆڕا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Reason</source>
      <translation>هۆکار</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Before</source>
      <translation>پێشتر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>After</source>
      <translation>دواتر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Event type in the source</source>
      <translation>جۆری ڕووداو لە سەرچاوەدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Governorate in the source</source>
      <translation>پارێزگا لە سەرچاوەدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>District in the source</source>
      <translation>قەزا لە سەرچاوەدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-district in the source</source>
      <translation>ناحیە لە سەرچاوەدا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Source's admin names differ</source>
      <translation>ناوە کارگێڕییەکانی سەرچاوە جیاوازن</translation>
    </message>
  </context>
  <context>
    <name>slots</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/slots.py" line="34" />
      <source>Incident Tracker</source>
      <translation>شوێنکەوتنی ڕووداوەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/slots.py" line="50" />
      <source>Something went wrong ({error}); the details are in the message log, tab “Incident Tracker”.</source>
      <translation>هەڵەیەک ڕوویدا ({error})؛ وردەکارییەکان لە تۆماری پەیامەکاندان، بەشی “Incident Tracker”.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_copy.py" line="22" />
      <source>The target store already holds incidents; copy into a new, empty store.</source>
      <translation>کۆگای مەبەست پێشتر ڕووداوی تێدایە؛ بۆ کۆگایەکی نوێی بەتاڵ کۆپی بکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="79" />
      <source>Someone else saved this incident after you opened it. Compare both versions and choose which to keep.</source>
      <translation>کەسێکی تر ئەم ڕووداوەی پاشەکەوت کرد دوای ئەوەی تۆ کردتەوە. هەردوو وەشانەکە بەراورد بکە و هەڵبژێرە کامیان بهێڵیتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="81" />
      <source>The incident changed in the store since then (someone else saved it); the change was not undone or redone.</source>
      <translation>ڕووداوەکە لەو کاتەوە لە کۆگاکەدا گۆڕاوە (کەسێکی تر پاشەکەوتی کردووە)؛ گۆڕانکارییەکە نە گەڕێندرایەوە نە دووبارە کرایەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_search.py" line="54" />
      <source>{name}: search indexes added.</source>
      <translation>{name}: پێڕستەکانی گەڕان زیادکران.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_search.py" line="56" />
      <source>{name}: the search indexes could not be added ({error}); searching by scans.</source>
      <translation>{name}: نەتوانرا پێڕستەکانی گەڕان زیاد بکرێن ({error})؛ گەڕان بە خوێندنەوەی هەموو ڕیزەکان دەکرێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="134" />
      <source>{path} is read-only (file permissions, or a read-only disk); nothing was written.</source>
      <translation>{path} تەنها بۆ خوێندنەوەیە (مۆڵەتەکانی فایل، یان دیسکێکی تەنها-خوێندنەوە)؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="136" />
      <source>The disk holding {path} is full; nothing was written. Free some space and try again.</source>
      <translation>ئەو دیسکەی {path} ی تێدایە پڕە؛ هیچ شتێک نەنووسرا. هەندێک شوێن بەتاڵ بکە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="138" />
      <source>Could not open {path} for writing (is its folder read-only or gone?); nothing was written.</source>
      <translation>نەتوانرا {path} بۆ نووسین بکرێتەوە (ئایا بوخچەکەی تەنها بۆ خوێندنەوەیە یان نەماوە؟)؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="140" />
      <source>Could not write {path} ({error}); nothing was written.</source>
      <translation>نەتوانرا {path} بنووسرێت ({error})؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="209" />
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path} پێشتر هەیە؛ ناوێکی نوێ بۆ فایلەکە هەڵبژێرە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="221" />
      <source>Could not create {path}: {error}</source>
      <translation>نەتوانرا {path} دروست بکرێت: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="222" />
      <source>Could not create {path}.</source>
      <translation>نەتوانرا {path} دروست بکرێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="272" />
      <source>{path} was deleted or replaced since it was opened; nothing was written. Open the store again.</source>
      <translation>{path} لەو کاتەوەی کرایەوە سڕاوەتەوە یان گۆڕدراوە؛ هیچ شتێک نەنووسرا. کۆگاکە دووبارە بکەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="277" />
      <source>{path} does not exist.</source>
      <translation>{path} بوونی نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="282" />
      <source>{path} is not an Incident Tracker store (no store metadata found).</source>
      <translation>{path} کۆگای شوێنکەوتنی ڕووداوەکان نییە (مێتاداتای کۆگا نەدۆزرایەوە).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="289" />
      <source>{path} is not an Incident Tracker store.</source>
      <translation>{path} کۆگای شوێنکەوتنی ڕووداوەکان نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="297" />
      <source>{path} was written by a newer version of Incident Tracker (store schema {found}; this version reads up to {supported}). Update the plugin to open it.</source>
      <translation>{path} بە وەشانێکی نوێتری شوێنکەوتنی ڕووداوەکان نووسراوە (سکیمای کۆگا {found}؛ ئەم وەشانە تا {supported} دەخوێنێتەوە). پێوەکراوەکە نوێ بکەرەوە بۆ ئەوەی بیکەیتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="307" />
      <source>{path} was written by an older version of Incident Tracker (store schema {found}) and is upgraded to schema {supported} when it is opened, but the upgrade could not be written: {reason}</source>
      <translation>{path} بە وەشانێکی کۆنتری شوێنکەوتنی ڕووداوەکان نووسراوە (شێمای کۆگا {found}) و لە کاتی کردنەوەدا بۆ شێمای {supported} بەرز دەکرێتەوە، بەڵام بەرزکردنەوەکە نەتوانرا بنووسرێت: {reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="449" />
      <source>Could not open {path}: {error}</source>
      <translation>نەتوانرا {path} بکرێتەوە: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_connection.py" line="36" />
      <source>QGIS has no PostgreSQL connection named {name}.</source>
      <translation>QGIS هیچ پەیوەندییەکی PostgreSQL ی بە ناوی {name} نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_connection.py" line="56" />
      <source>QGIS could not read the authentication configuration {authcfg} (is its master password set?).</source>
      <translation>QGIS نەیتوانی ڕێکخستنی ناسینەوەی {authcfg} بخوێنێتەوە (ئایا وشەی نهێنیی سەرەکی دانراوە؟).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="38" />
      <source>PostGIS stores need the psycopg2 Python module (Debian/Ubuntu: apt install python3-psycopg2).</source>
      <translation>کۆگاکانی PostGIS پێویستیان بە مۆدیولی Python ی psycopg2 هەیە (Debian/Ubuntu: apt install python3-psycopg2).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="45" />
      <source>{schema} is not a usable schema name (letters, digits and _, not starting with a digit).</source>
      <translation>{schema} ناوێکی گونجاو بۆ سکیما نییە (پیت، ژمارە و _، بە ژمارە دەست پێ ناکات).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="90" />
      <source>{name} already holds an Incident Tracker store in the schema {schema}.</source>
      <translation>{name} پێشتر کۆگایەکی شوێنکەوتنی ڕووداوەکانی لە سکیمای {schema} دا هەیە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="110" />
      <source>The schema {schema} of {name} already holds other tables; choose another schema.</source>
      <translation>سکیمای {schema} لە {name} دا پێشتر خشتەی تری تێدایە؛ سکیمایەکی تر هەڵبژێرە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="118" />
      <source>PostGIS is not enabled in {name}: an administrator runs CREATE EXTENSION postgis in that database.</source>
      <translation>PostGIS لە {name} دا چالاک نییە: بەڕێوەبەرێک CREATE EXTENSION postgis لەو بنکەدراوەیەدا جێبەجێ دەکات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="135" />
      <source>The schema {schema} of {name} holds no Incident Tracker store.</source>
      <translation>سکیمای {schema} لە {name} دا هیچ کۆگایەکی شوێنکەوتنی ڕووداوەکانی تێدا نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="139" />
      <source>{name} was written by a newer version of Incident Tracker (store schema {found}; this version reads up to {supported}). Update the plugin to open it.</source>
      <translation>{name} بە وەشانێکی نوێتری شوێنکەوتنی ڕووداوەکان نووسراوە (سکیمای کۆگا {found}؛ ئەم وەشانە تا {supported} دەخوێنێتەوە). پێوەکراوەکە نوێ بکەرەوە بۆ ئەوەی بیکەیتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="145" />
      <source>The store in {name} has an older schema ({found}). Its administrator upgrades it with 'Create incident store' on the same connection and schema.</source>
      <translation>کۆگاکەی ناو {name} سکیمایەکی کۆنتری هەیە ({found}). بەڕێوەبەرەکەی بە «دروستکردنی کۆگای ڕووداوەکان» لەسەر هەمان پەیوەندی و سکیما نوێی دەکاتەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="257" />
      <source>Could not connect to {name}: {error}</source>
      <translation>نەتوانرا پەیوەندی بە {name} ەوە بکرێت: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="259" />
      <source>Passwords are only taken from an authentication configuration: give the connection one in QGIS.</source>
      <translation>وشەی نهێنی تەنها لە ڕێکخستنێکی ناسینەوە وەردەگیرێت: یەکێک بە پەیوەندییەکە بدە لە QGIS دا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="34" />
      <source>{status} is not a review status.</source>
      <translation>{status} دۆخی پێداچوونەوە نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="358" />
      <source>The incident {uuid} is not in the store.</source>
      <translation>ڕووداوی {uuid} لە کۆگاکەدا نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="100" />
      <source>An incident cannot be merged into itself.</source>
      <translation>ڕووداوێک ناتوانرێت لەگەڵ خۆیدا یەک بخرێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="108" />
      <source>The incident {uuid} was already merged into {survivor}.</source>
      <translation>ڕووداوی {uuid} پێشتر لەگەڵ {survivor} یەکخراوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="116" />
      <source>{field} is not a field the merged incident can give.</source>
      <translation>{field} خانەیەک نییە کە ڕووداوە یەکخراوەکە بتوانێت بیدات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="179" />
      <source>The incident {uuid} has no version {version} in its history.</source>
      <translation>ڕووداوی {uuid} وەشانی {version} ی لە مێژووەکەیدا نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="696" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation>هاوردەکردنەکە هەڵوەشێنرایەوە؛ کۆگاکە نەگۆڕاوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="767" />
      <source>This store was written by a newer version of Incident Tracker.</source>
      <translation>ئەم کۆگایە بە وەشانێکی نوێتری شوێنکەوتنی ڕووداوەکان نووسراوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="770" />
      <source>No upgrade is known from store schema {version}.</source>
      <translation>هیچ نوێکردنەوەیەک لە سکیمای کۆگا {version} ەوە نەزانراوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_search.py" line="63" />
      <source>{name}: the search and lookup indexes of this version are missing. Its administrator adds them with 'Create incident store' on the same connection and schema; until then typed text is searched by scans.</source>
      <translation>{name}: پێڕستەکانی گەڕان و دۆزینەوەی ئەم وەشانە نین. بەڕێوەبەرەکەی بە 'دروستکردنی کۆگای ڕووداوەکان' لەسەر هەمان پەیوەندی و سکیما زیادیان دەکات؛ تا ئەو کاتە دەقی نووسراو بە پشکنینی تەواو دەگەڕێندرێت.</translation>
    </message>
  </context>
  <context>
    <name>store_faults</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="68" />
      <source>{path} is being written by another program: try again when it finishes. Nothing was changed.</source>
      <translation>بەرنامەیەکی تر ئێستا لە {path} دەنووسێت: کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە. هیچ نەگۆڕا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="111" />
      <source>{path} is damaged: it is cut off ({size} bytes where its header says {expected}; an interrupted copy or download?). SQLite's integrity check says: {check}. Nothing was changed; open a backup or an earlier copy of the store.</source>
      <translation>{path} تێکچووە: بڕاوە ({size} بایت لە کاتێکدا سەرپەڕەکەی دەڵێت {expected}؛ کۆپی یان داگرتنێکی ناتەواو؟). پشکنینی تەواوێتی SQLite دەڵێت: {check}. هیچ نەگۆڕا؛ پاشەکەوتێک یان کۆپییەکی پێشووی کۆگاکە بکەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="115" />
      <source>{path} is damaged: SQLite's integrity check says: {check}. Nothing was changed; open a backup or an earlier copy of the store.</source>
      <translation>{path} تێکچووە: پشکنینی تەواوێتی SQLite دەڵێت: {check}. هیچ نەگۆڕا؛ پاشەکەوتێک یان کۆپییەکی پێشووی کۆگاکە بکەرەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="130" />
      <source>{location}: its store schema version "{value}" is not a number (the store's metadata was changed by another program, or is damaged). Nothing was changed; open a backup, or set schema_version in incident_tracker_meta back to a number.</source>
      <translation>{location}: ژمارەی وەشانی نەخشەی کۆگا «{value}» ژمارە نییە (بەرنامەیەکی تر مێتاداتای کۆگاکەی گۆڕیوە، یان تێکچووە). هیچ نەگۆڕا؛ پاشەکەوتێک بکەرەوە، یان schema_version لە incident_tracker_meta بگەڕێنەوە بۆ ژمارەیەک.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="146" />
      <source>The folder of {path} is read-only: the store can be read, but SQLite cannot write the journal it needs beside the file to change it. Nothing was written; copy the store into a folder you can write to, or make this one writable.</source>
      <translation>بوخچەی {path} تەنها بۆ خوێندنەوەیە: کۆگاکە دەخوێندرێتەوە، بەڵام SQLite ناتوانێت ئەو ڕۆژنامەیە (journal) لە تەنیشت فایلەکە بنووسێت کە بۆ گۆڕینی پێویستیەتی. هیچ نەنووسرا؛ کۆگاکە بۆ بوخچەیەک کۆپی بکە کە دەتوانیت تێیدا بنووسیت، یان ئەم بوخچەیە بکە بە نووسراو.</translation>
    </message>
  </context>
  <context>
    <name>stores</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_lookup.py" line="302" />
      <source>The zones file {path} could not be read ({error}); incidents will get no zones until the zones are built again.</source>
      <translation>فایلی ناوچەکان {path} نەخوێندرایەوە ({error})؛ تا ناوچەکان دووبارە دروست نەکرێنەوە، ناوچە بۆ ڕووداوەکان دانانرێت.</translation>
    </message>
  </context>
  <context>
    <name>text_index_task</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="97" />
      <source>Indexing the incidents for search: {name}</source>
      <translation>پێڕستکردنی ڕووداوەکان بۆ گەڕان: {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="117" />
      <source>{name}: {percent} % of the incidents indexed for search.</source>
      <translation>{name}: {percent} %ی ڕووداوەکان بۆ گەڕان پێڕستکران.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="125" />
      <source>{name}: the incidents are indexed for search.</source>
      <translation>{name}: ڕووداوەکان بۆ گەڕان پێڕستکران.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="127" />
      <source>{name}: the incidents could not be indexed for search ({error}); searching by scans, the indexing continues the next time the store is opened.</source>
      <translation>{name}: نەتوانرا ڕووداوەکان بۆ گەڕان پێڕست بکرێن ({error})؛ گەڕان بە خوێندنەوەی هەموو ڕیزەکان دەکرێت، پێڕستکردن جاری داهاتوو کە کۆگاکە دەکرێتەوە بەردەوام دەبێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="131" />
      <source>{name}: indexing for search canceled; it continues the next time the store is opened.</source>
      <translation>{name}: پێڕستکردن بۆ گەڕان هەڵوەشێنرایەوە؛ جاری داهاتوو کە کۆگاکە دەکرێتەوە بەردەوام دەبێت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="142" />
      <source>{name}: indexing the incidents for search in the background; searching by scans meanwhile.</source>
      <translation>{name}: ڕووداوەکان لە پاشبنەمادا بۆ گەڕان پێڕست دەکرێن؛ لەو ماوەیەدا گەڕان بە خوێندنەوەی هەموو ڕیزەکان دەکرێت.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="302" />
      <source>Not a valid date: {value}</source>
      <translation>بەروارێکی دروست نییە: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="113" />
      <source>The event date is required.</source>
      <translation>بەرواری ڕووداو پێویستە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="311" />
      <source>The date {value} is in the future.</source>
      <translation>بەرواری {value} لە داهاتوودایە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="126" />
      <source>The date {value} is before 1900.</source>
      <translation>بەرواری {value} پێش ساڵی ١٩٠٠ە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="135" />
      <source>The end date is before the start date.</source>
      <translation>بەرواری کۆتایی پێش بەرواری دەستپێکە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="141" />
      <source>Precision must be 1, 2 or 3, not {value}.</source>
      <translation>وردی دەبێت ١ یان ٢ یان ٣ بێت، نەک {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="156" />
      <source>The event type is required.</source>
      <translation>جۆری ڕووداو پێویستە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="158" />
      <source>Unknown event type: {value}</source>
      <translation>جۆری ڕووداوی نەناسراو: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="164" />
      <source>'{sub}' is not a kind of '{event}'.</source>
      <translation>«{sub}» جۆرێک نییە لە «{event}».</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="173" />
      <source>Unknown disorder type: {value}</source>
      <translation>جۆری ئاژاوەی نەناسراو: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="325" />
      <source>Not an allowed value: {value}</source>
      <translation>بەهایەکی ڕێگەپێدراو نییە: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="201" />
      <source>The high figure is below the low figure.</source>
      <translation>ژمارەی زۆرترین لە ژمارەی کەمترین کەمترە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="213" />
      <source>Figures must be whole numbers, not negative: {value}</source>
      <translation>ژمارەکان دەبێت تەواو و نەرێنی نەبن: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="219" />
      <source>{value} is not a plausible figure for one incident.</source>
      <translation>{value} ژمارەیەکی گونجاو نییە بۆ یەک ڕووداو.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="230" />
      <source>The incident has no location.</source>
      <translation>ڕووداوەکە شوێنی نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="235" />
      <source>Coordinates are not numbers: {lon}, {lat}</source>
      <translation>هاوڕێکخەرەکان ژمارە نین: {lon}، {lat}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="242" />
      <source>Coordinates are not finite numbers.</source>
      <translation>هاوڕێکخەرەکان ژمارەی سنووردار نین.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="245" />
      <source>Coordinates out of range: {lon}, {lat}</source>
      <translation>هاوڕێکخەرەکان لە دەرەوەی مەودان: {lon}، {lat}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="253" />
      <source>The point is at 0, 0: the coordinates are missing.</source>
      <translation>خاڵەکە لە 0، 0 دایە: هاوڕێکخەرەکان ونن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="258" />
      <source>The point is outside Iraq; latitude and longitude look swapped.</source>
      <translation>خاڵەکە لە دەرەوەی عێراقە؛ پانی و درێژی وەک گۆڕدراو دەردەکەون.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="266" />
      <source>The point is outside Iraq.</source>
      <translation>خاڵەکە لە دەرەوەی عێراقە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="275" />
      <source>At least one source with an outlet is required.</source>
      <translation>لانیکەم یەک سەرچاوە بە ناوی دەزگای ڕاگەیاندنەوە پێویستە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="281" />
      <source>Source {index} has no outlet.</source>
      <translation>سەرچاوەی {index} دەزگای ڕاگەیاندنی نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="291" />
      <source>Not a well-formed web address: {value}</source>
      <translation>ناونیشانی وێبی دروست نییە: {value}</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="27" />
      <source>{field}: expected a whole number, got {value!r}</source>
      <translation>{field}: ژمارەیەکی تەواو چاوەڕوان دەکرا، {value!r} هات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="52" />
      <source>{field}: '{value}' is not a number</source>
      <translation>{field}: '{value}' ژمارە نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="54" />
      <source>{field}: '{value}' is not a finite number</source>
      <translation>{field}: '{value}' ژمارەیەکی کۆتاییدار نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="39" />
      <source>{field}: '{value}' is not a whole number</source>
      <translation>{field}: '{value}' ژمارەیەکی تەواو نییە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="42" />
      <source>{field}: {number} is negative</source>
      <translation>{field}: {number} نێگەتیڤە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="92" />
      <source>{field}: '{value}' is not yes/no</source>
      <translation>{field}: '{value}' بەڵێ/نەخێر نییە</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="138" />
      <source>unknown</source>
      <translation>نەزانراو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="36" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD (ساڵ-مانگ-ڕۆژ)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="42" />
      <source>Choose in a calendar</source>
      <translation>لە ڕۆژژمێر هەڵبژێرە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="62" />
      <source>Not a date: write it as YYYY-MM-DD, e.g. 2021-09-12.</source>
      <translation>بەروار نییە: بەم شێوەیە بینووسە YYYY-MM-DD، بۆ نموونە 2021-09-12.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="67" />
      <source>{date}: is the year right? This date is in the future.</source>
      <translation>{date}: ئایا ساڵەکە دروستە؟ ئەم بەروارە لە داهاتوودایە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="70" />
      <source>{date}: is the year right? This date is long ago.</source>
      <translation>{date}: ئایا ساڵەکە دروستە؟ ئەم بەروارە زۆر کۆنە.</translation>
    </message>
  </context>
  <context>
    <name>zone_layers</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="144" />
      <source>Disputed zone groups</source>
      <translation>گرووپەکانی ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="144" />
      <source>Disputed zones dissolved by group and status.</source>
      <translation>ناوچە جێناکۆکەکان بەپێی گرووپ و دۆخ یەکخراون.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="145" />
      <source>Kurdistan Region</source>
      <translation>هەرێمی کوردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="145" />
      <source>The Kurdistan Region without the disputed areas.</source>
      <translation>هەرێمی کوردستان بەبێ ناوچە جێناکۆکەکان.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="146" />
      <source>Sub-districts and disputed zones</source>
      <translation>ناحیەکان و ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="146" />
      <source>Every sub-district with its zone.</source>
      <translation>هەر ناحیەیەک لەگەڵ ناوچەکەی.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="147" />
      <source>Districts and disputed zones</source>
      <translation>قەزاکان و ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="147" />
      <source>Every district with its zone.</source>
      <translation>هەر قەزایەک لەگەڵ ناوچەکەی.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="36" />
      <source>Disputed boundary zones</source>
      <translation>ناوچە سنوورییە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="148" />
      <source>Who held each zone</source>
      <translation>کێ هەر ناوچەیەکی لە دەستدا بوو</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="148" />
      <source>Each disputed zone once per control period, with its dates and sources: the Temporal Controller shows who held it on each date.</source>
      <translation>هەر ناوچەیەکی جێناکۆک جارێک بۆ هەر ماوەیەکی دەسەڵات، لەگەڵ بەروار و سەرچاوەکانی: کۆنترۆڵکەری کات پیشان دەدات کێ لە هەر بەروارێکدا لە دەستیدا بوو.</translation>
    </message>
  </context>
  <context>
    <name>zone_lookup</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_lookup.py" line="68" />
      <source>The zones layer has no polygons.</source>
      <translation>چینی ناوچەکان هیچ فرەگۆشەیەکی تێدا نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_lookup.py" line="115" />
      <source>{layer} is not a zones layer (no 'region' field); build the zones first</source>
      <translation>{layer} چینی ناوچەکان نییە (خانەی 'region' ی نییە)؛ سەرەتا ناوچەکان دروست بکە</translation>
    </message>
  </context>
  <context>
    <name>zones</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="34" />
      <source>outside the disputed territories</source>
      <translation>لە دەرەوەی ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="29" />
      <source>disputed (UNAMI 2009)</source>
      <translation>جێناکۆک (یونامی ٢٠٠٩)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="30" />
      <source>claimed, outside the UNAMI list</source>
      <translation>داواکراو، لە دەرەوەی لیستی یونامی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="31" />
      <source>Kurdistan Region</source>
      <translation>هەرێمی کوردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="32" />
      <source>federal Iraq</source>
      <translation>عێراقی فیدڕاڵ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="33" />
      <source>outside Iraq</source>
      <translation>لە دەرەوەی عێراق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="20" />
      <source>Kurdistan Regional Government</source>
      <translation>حکومەتی هەرێمی کوردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="21" />
      <source>federal government</source>
      <translation>حکومەتی فیدڕاڵ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="22" />
      <source>contested</source>
      <translation>ململانێی لەسەرە</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="23" />
      <source>shared</source>
      <translation>هاوبەش</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="24" />
      <source>Islamic State group</source>
      <translation>گرووپی دەوڵەتی ئیسلامی</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="25" />
      <source>unknown</source>
      <translation>نەزانراو</translation>
    </message>
  </context>
  <context>
    <name>zones_builder</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="73" />
      <source>{districts} districts, {subdistricts} sub-districts written to {path}</source>
      <translation>{districts} قەزا و {subdistricts} ناحیە لە {path} دا نووسران</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="76" />
      <source>matched by name (no P-code match): {areas}</source>
      <translation>بە ناو هاوتا کران (هیچ P-code یەک هاوتا نەبوو): {areas}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="79" />
      <source>NOT matched (no polygon found): {areas}</source>
      <translation>هاوتا نەکران (هیچ فرەگۆشەیەک نەدۆزرایەوە): {areas}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="81" />
      <source>ambiguous name match for {area}: {keys}</source>
      <translation>هاوتاکردنی ناوی ناڕوون بۆ {area}: {keys}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="93" />
      <source>The build of the zones was canceled.</source>
      <translation>دروستکردنی ناوچەکان هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="208" />
      <source>Reading districts</source>
      <translation>خوێندنەوەی قەزاکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="213" />
      <source>Reading sub-districts</source>
      <translation>خوێندنەوەی ناحیەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="217" />
      <source>The district layer has no polygons.</source>
      <translation>چینی قەزاکان هیچ فرەگۆشەیەکی تێدا نییە.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="326" />
      <source>Could not write {path}: {error}</source>
      <translation>نەتوانرا {path} بنووسرێت: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="329" />
      <source>Could not write {path}.</source>
      <translation>نەتوانرا {path} بنووسرێت.</translation>
    </message>
  </context>
  <context>
    <name>zones_task</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_task.py" line="24" />
      <source>Building the disputed zones</source>
      <translation>دروستکردنی ناوچە جێناکۆکەکان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_task.py" line="66" />
      <source>The disputed zones could not be built: {error}</source>
      <translation>نەتوانرا ناوچە جێناکۆکەکان دروست بکرێن: {error}</translation>
    </message>
  </context>
  <context>
    <name>taxonomy</name>
    <message>
      <source>Battles</source>
      <translation>شەڕەکان</translation>
    </message>
    <message>
      <source>Armed clash</source>
      <translation>پێکدادانی چەکداری</translation>
    </message>
    <message>
      <source>Government regains territory</source>
      <translation>حکومەت خاک دەگەڕێنێتەوە</translation>
    </message>
    <message>
      <source>Non-state actor overtakes territory</source>
      <translation>لایەنێکی نادەوڵەتی خاک دەگرێت</translation>
    </message>
    <message>
      <source>Explosions/Remote violence</source>
      <translation>تەقینەوە/توندوتیژی لە دوورەوە</translation>
    </message>
    <message>
      <source>Chemical weapon</source>
      <translation>چەکی کیمیایی</translation>
    </message>
    <message>
      <source>Air/drone strike</source>
      <translation>هێرشی ئاسمانی/درۆن</translation>
    </message>
    <message>
      <source>Suicide bomb</source>
      <translation>تەقینەوەی خۆکوژی</translation>
    </message>
    <message>
      <source>Shelling/artillery/missile attack</source>
      <translation>تۆپباران/تۆپخانە/هێرشی مووشەکی</translation>
    </message>
    <message>
      <source>Remote explosive/landmine/IED</source>
      <translation>تەقەمەنی لە دوورەوە/مین/بۆمبی چێندراو</translation>
    </message>
    <message>
      <source>Grenade</source>
      <translation>نارنجۆک</translation>
    </message>
    <message>
      <source>Violence against civilians</source>
      <translation>توندوتیژی دژی مەدەنییەکان</translation>
    </message>
    <message>
      <source>Sexual violence</source>
      <translation>توندوتیژی سێکسی</translation>
    </message>
    <message>
      <source>Attack</source>
      <translation>هێرش</translation>
    </message>
    <message>
      <source>Abduction/forced disappearance</source>
      <translation>ڕفاندن/بێسەروشوێنکردنی بەزۆر</translation>
    </message>
    <message>
      <source>Protests</source>
      <translation>ناڕەزایەتییەکان</translation>
    </message>
    <message>
      <source>Peaceful protest</source>
      <translation>ناڕەزایەتی ئاشتیانە</translation>
    </message>
    <message>
      <source>Protest with intervention</source>
      <translation>ناڕەزایەتی لەگەڵ دەستێوەردان</translation>
    </message>
    <message>
      <source>Excessive force against protesters</source>
      <translation>هێزی زیادە دژی ناڕازییان</translation>
    </message>
    <message>
      <source>Riots</source>
      <translation>ئاژاوەگێڕی</translation>
    </message>
    <message>
      <source>Violent demonstration</source>
      <translation>خۆپیشاندانی توندوتیژ</translation>
    </message>
    <message>
      <source>Mob violence</source>
      <translation>توندوتیژی کۆمەڵ</translation>
    </message>
    <message>
      <source>Strategic developments</source>
      <translation>پەرەسەندنە ستراتیژییەکان</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>ڕێککەوتن</translation>
    </message>
    <message>
      <source>Arrests</source>
      <translation>دەستگیرکردن</translation>
    </message>
    <message>
      <source>Change to group/activity</source>
      <translation>گۆڕان لە گرووپ/چالاکی</translation>
    </message>
    <message>
      <source>Disrupted weapons use</source>
      <translation>پووچەڵکردنەوەی بەکارهێنانی چەک</translation>
    </message>
    <message>
      <source>Headquarters or base established</source>
      <translation>دامەزراندنی بارەگا یان بنکە</translation>
    </message>
    <message>
      <source>Looting/property destruction</source>
      <translation>تاڵان/وێرانکردنی موڵک</translation>
    </message>
    <message>
      <source>Non-violent transfer of territory</source>
      <translation>گواستنەوەی ناتوندوتیژانەی خاک</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>تر</translation>
    </message>
    <message>
      <source>Political violence</source>
      <translation>توندوتیژی سیاسی</translation>
    </message>
    <message>
      <source>Demonstrations</source>
      <translation>خۆپیشاندانەکان</translation>
    </message>
    <message>
      <source>Political violence; Demonstrations</source>
      <translation>توندوتیژی سیاسی؛ خۆپیشاندانەکان</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>بەرپرسیارێتی وەرگیراوە</translation>
    </message>
    <message>
      <source>suspected</source>
      <translation>گومانلێکراو</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>پشتڕاستکراوە</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>نەزانراو</translation>
    </message>
    <message>
      <source>Kakai</source>
      <translation>کاکەیی</translation>
    </message>
    <message>
      <source>Yazidi</source>
      <translation>ئێزیدی</translation>
    </message>
    <message>
      <source>Turkmen</source>
      <translation>تورکمان</translation>
    </message>
    <message>
      <source>Shabak</source>
      <translation>شەبەک</translation>
    </message>
    <message>
      <source>Christian</source>
      <translation>مەسیحی</translation>
    </message>
    <message>
      <source>Kurdish</source>
      <translation>کورد</translation>
    </message>
    <message>
      <source>Arab</source>
      <translation>عەرەب</translation>
    </message>
    <message>
      <source>Sabean-Mandaean</source>
      <translation>سابیئەی مەندایی</translation>
    </message>
    <message>
      <source>Faili Kurd</source>
      <translation>کوردی فەیلی</translation>
    </message>
    <message>
      <source>other</source>
      <translation>تر</translation>
    </message>
    <message>
      <source>unverified</source>
      <translation>پشتڕاستنەکراوە</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>لە پێداچوونەوەدا</translation>
    </message>
    <message>
      <source>verified</source>
      <translation>پشتڕاستکراوەتەوە</translation>
    </message>
    <message>
      <source>disputed</source>
      <translation>جێناکۆک</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>ڕەتکراوە</translation>
    </message>
    <message>
      <source>media</source>
      <translation>میدیا</translation>
    </message>
    <message>
      <source>government</source>
      <translation>حکومەت</translation>
    </message>
    <message>
      <source>UN/NGO</source>
      <translation>نەتەوە یەکگرتووەکان/ڕێکخراوی ناحکومی</translation>
    </message>
    <message>
      <source>social media</source>
      <translation>تۆڕە کۆمەڵایەتییەکان</translation>
    </message>
    <message>
      <source>field report</source>
      <translation>ڕاپۆرتی مەیدانی</translation>
    </message>
    <message>
      <source>Exact day known</source>
      <translation>ڕۆژەکە بە وردی زانراوە</translation>
    </message>
    <message>
      <source>Week known (the event date is the week's midpoint)</source>
      <translation>هەفتەکە زانراوە (بەرواری ڕووداو ناوەڕاستی هەفتەیە)</translation>
    </message>
    <message>
      <source>Only the month is known (the event date is the month's midpoint)</source>
      <translation>تەنها مانگەکە زانراوە (بەرواری ڕووداو ناوەڕاستی مانگە)</translation>
    </message>
    <message>
      <source>Exact place (town, village or coordinates) known</source>
      <translation>شوێنەکە بە وردی زانراوە (شارۆچکە، گوند یان هاوڕێکخەر)</translation>
    </message>
    <message>
      <source>Near a known place, or within its surrounding area; point set at that place</source>
      <translation>نزیک شوێنێکی ناسراو یان لە دەوروبەری؛ خاڵەکە لەو شوێنە دانراوە</translation>
    </message>
    <message>
      <source>Only a larger region (district or governorate) known; point set at its centre</source>
      <translation>تەنها ناوچەیەکی گەورەتر زانراوە (قەزا یان پارێزگا)؛ خاڵەکە لە ناوەندەکەیدایە</translation>
    </message>
    <message>
      <source>Completely reliable</source>
      <translation>تەواو متمانەپێکراو</translation>
    </message>
    <message>
      <source>Usually reliable</source>
      <translation>زۆربەی جار متمانەپێکراو</translation>
    </message>
    <message>
      <source>Fairly reliable</source>
      <translation>تا ڕادەیەک متمانەپێکراو</translation>
    </message>
    <message>
      <source>Not usually reliable</source>
      <translation>زۆربەی جار متمانەپێنەکراو</translation>
    </message>
    <message>
      <source>Unreliable</source>
      <translation>متمانەپێنەکراو</translation>
    </message>
    <message>
      <source>Reliability cannot be judged</source>
      <translation>ناتوانرێت حوکم لەسەر متمانەپێکراوی بدرێت</translation>
    </message>
    <message>
      <source>Confirmed by other sources</source>
      <translation>لەلایەن سەرچاوەی ترەوە پشتڕاستکراوەتەوە</translation>
    </message>
    <message>
      <source>Probably true</source>
      <translation>لەوانەیە ڕاست بێت</translation>
    </message>
    <message>
      <source>Possibly true</source>
      <translation>ڕەنگە ڕاست بێت</translation>
    </message>
    <message>
      <source>Doubtful</source>
      <translation>گوماناوی</translation>
    </message>
    <message>
      <source>Improbable</source>
      <translation>ئەگەری کەمە</translation>
    </message>
    <message>
      <source>Truth cannot be judged</source>
      <translation>ناتوانرێت حوکم لەسەر ڕاستییەکەی بدرێت</translation>
    </message>
  </context>
</TS>