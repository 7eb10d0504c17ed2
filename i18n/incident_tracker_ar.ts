<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>About</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="33" />
      <source>Manual: the &lt;a href="{manual}"&gt;README&lt;/a&gt; (also online at &lt;a href="{home}"&gt;{home}&lt;/a&gt;).</source>
      <translation>الدليل: ملف &lt;a href="{manual}"&gt;README&lt;/a&gt; (وأيضًا على الإنترنت في &lt;a href="{home}"&gt;{home}&lt;/a&gt;).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="35" />
      <source>Report a problem: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;; details of errors are in the message log, tab “Incident Tracker”.</source>
      <translation>الإبلاغ عن مشكلة: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;؛ تفاصيل الأخطاء في سجل الرسائل، تبويب “Incident Tracker”.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="46" />
      <source>About Incident Tracker</source>
      <translation>حول متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="31" />
      <source>Version {version}</source>
      <translation>الإصدار {version}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="32" />
      <source>Map, cite and review attacks in the disputed territories of Iraq.</source>
      <translation>رسم الهجمات في المناطق المتنازع عليها في العراق على الخريطة وتوثيق مصادرها ومراجعتها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="37" />
      <source>Boundaries:</source>
      <translation>الحدود:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="51" />
      <source>Show empty values as blank, not “NULL”, in attribute forms and tables</source>
      <translation>إظهار القيم الفارغة فارغةً لا «NULL» في نماذج السمات وجداولها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/about.py" line="53" />
      <source>QGIS's own setting for every layer (Settings ▸ Options ▸ Data Sources ▸ Representation for NULL values); unticking puts back what it was.</source>
      <translation>إعداد QGIS نفسه لكل الطبقات (الإعدادات ◂ الخيارات ◂ مصادر البيانات ◂ تمثيل القيم NULL)؛ إلغاء التحديد يعيد ما كان عليه.</translation>
    </message>
  </context>
  <context>
    <name>AssignZonesAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="57" />
      <source>Assign zones to points</source>
      <translation>تعيين المناطق للنقاط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="68" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="60" />
      <source>Adds to every point its governorate, district and sub-district (names and P-codes), the disputed zone and zone group it falls in, its status (disputed, claimed, Kurdistan Region, federal Iraq, outside Iraq) and the distance in km to the nearest disputed zone. ZONES is the zones_subdistricts (or zones_districts) layer made by Build disputed zones.</source>
      <translation>يضيف إلى كل نقطة محافظتها وقضاءها وناحيتها (الأسماء ورموز P-code)، والمنطقة المتنازع عليها ومجموعة المناطق التي تقع فيها، ووضعها (متنازع عليها، مُطالَب بها، إقليم كردستان، العراق الاتحادي، خارج العراق)، والمسافة بالكيلومتر إلى أقرب منطقة متنازع عليها. ZONES هي طبقة zones_subdistricts (أو zones_districts) التي تنشئها خوارزمية «إنشاء المناطق المتنازع عليها».</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="66" />
      <source>Points</source>
      <translation>النقاط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/assign_zones.py" line="70" />
      <source>Points with zones</source>
      <translation>النقاط مع مناطقها</translation>
    </message>
  </context>
  <context>
    <name>BuildZonesAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="26" />
      <source>Build disputed zones</source>
      <translation>إنشاء المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="29" />
      <source>Builds the disputed boundary zones layers (sub-districts, districts, zone groups, Kurdistan Region) from administrative boundaries, by OCHA COD-AB P-code, with a name-matching fallback. OCHA COD-AB field names are recognised; for other layers choose the P-code or name fields. The output can be a new GeoPackage or an incident store.</source>
      <translation>ينشئ طبقات مناطق الحدود المتنازع عليها (النواحي، الأقضية، مجموعات المناطق، إقليم كردستان) من الحدود الإدارية حسب رمز P-code في OCHA COD-AB، مع المطابقة بالاسم بديلاً احتياطياً. تُعرف أسماء حقول OCHA COD-AB؛ أما للطبقات الأخرى فاختر حقول P-code أو الاسم. يمكن أن يكون الناتج ملف GeoPackage جديداً أو مخزن حوادث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="37" />
      <source>Districts (ADM2)</source>
      <translation>الأقضية (ADM2)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="38" />
      <source>Sub-districts (ADM3)</source>
      <translation>النواحي (ADM3)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="43" />
      <source>Zones GeoPackage</source>
      <translation>ملف GeoPackage للمناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="43" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="45" />
      <source>Areas not matched</source>
      <translation>الوحدات الإدارية غير المطابَقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/build_zones.py" line="64" />
      <source>Not matched to any polygon: {areas}</source>
      <translation>لم تُطابَق مع أي مضلّع: {areas}</translation>
    </message>
  </context>
  <context>
    <name>BulletinAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="23" />
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="23" />
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="23" />
      <source>Sorani (Central Kurdish)</source>
      <translation>الكردية السورانية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="35" />
      <source>Situation bulletin (PDF)</source>
      <translation>نشرة الوضع (PDF)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="38" />
      <source>Builds the situation bulletin of a period (START to END; by default the 30 days to END, END by default today) as a print layout kept in the project, and exports it as a PDF whose figures are text: a map of the period's incidents over the disputed zones, a table per zone against the previous period of the same length, incidents per week or month, trend alerts (last four weeks more than 25% above the mean of the 52 weeks before, as ACLED's Trendfinder), the main incidents with their sources, and a page per zone with incidents. ZONES and STATUS keep only some zones and verification statuses. Arabic and Sorani bulletins run right to left.</source>
      <translation>ينشئ نشرة الوضع لفترة (من START إلى END؛ افتراضيًا الأيام الثلاثون حتى END، وEND افتراضيًا اليوم) كتخطيط طباعة يُحفظ في المشروع، ويصدّرها ملف PDF أرقامه نصّ: خريطة حوادث الفترة فوق المناطق المتنازع عليها، وجدول لكل منطقة مقارنةً بالفترة السابقة ذات الطول نفسه، والحوادث في كل أسبوع أو شهر، وتنبيهات الاتجاه (آخر أربعة أسابيع تزيد بأكثر من 25% على متوسط الأسابيع الاثنين والخمسين السابقة، كما في Trendfinder من ACLED)، وأهم الحوادث مع مصادرها، وصفحة لكل منطقة فيها حوادث. يُبقي ZONES وSTATUS بعض المناطق وحالات التحقق فقط. تُكتب النشرات العربية والسورانية من اليمين إلى اليسار.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="54" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="56" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="57" />
      <source>Bulletin (PDF)</source>
      <translation>النشرة (PDF)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="57" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="59" />
      <source>Print layout</source>
      <translation>تخطيط الطباعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="60" />
      <source>Pages</source>
      <translation>الصفحات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="67" />
      <source>The period ends before it starts.</source>
      <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/bulletin.py" line="83" />
      <source>{pages} pages written to {path}; the layout is {layout} in the project's layouts.</source>
      <translation>كُتبت {pages} صفحات في {path}؛ التخطيط هو {layout} ضمن تخطيطات المشروع.</translation>
    </message>
  </context>
  <context>
    <name>BulletinBuilder</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="136" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Killed</source>
      <translation>القتلى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Wounded</source>
      <translation>الجرحى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Abducted</source>
      <translation>المختطفون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="141" />
      <source>Other</source>
      <comment>layers</comment>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="225" />
      <source>{start} to {end}, compared with {previous_start} to {previous_end}</source>
      <translation>من {start} إلى {end}، مقارنةً بالفترة من {previous_start} إلى {previous_end}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="230" />
      <source>Incidents of {store}</source>
      <translation>حوادث {store}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="232" />
      <source>zones: {zones}</source>
      <translation>المناطق: {zones}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="235" />
      <source>verification: {statuses}</source>
      <translation>التحقق: {statuses}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="244" />
      <source>Security incidents in the disputed territories</source>
      <translation>الحوادث الأمنية في المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="251" />
      <source>Incidents coloured by event type, sized by the number killed.</source>
      <translation>الحوادث ملوّنة حسب نوع الحدث، وحجمها حسب عدد القتلى.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="255" />
      <source>By zone</source>
      <translation>حسب المنطقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="316" />
      <source>Zone</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="350" />
      <source>Previous period</source>
      <translation>الفترة السابقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="350" />
      <source>Change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="261" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="355" />
      <source>Incidents per week</source>
      <translation>الحوادث في كل أسبوع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="355" />
      <source>Incidents per month</source>
      <translation>الحوادث في كل شهر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="296" />
      <source>Trend alerts</source>
      <translation>تنبيهات الاتجاه</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="298" />
      <source>Main incidents</source>
      <translation>أهم الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="305" />
      <source>Zones whose last four weeks (to {end}) exceed the mean per four weeks of the 52 weeks before by more than {margin}% (ACLED Trendfinder's margin).</source>
      <translation>المناطق التي تزيد حوادث أسابيعها الأربعة الأخيرة (حتى {end}) على متوسط كل أربعة أسابيع في الأسابيع الاثنين والخمسين السابقة بأكثر من {margin}% (هامش Trendfinder من ACLED).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="310" />
      <source>No zone is above that level.</source>
      <translation>لا منطقة فوق هذا المستوى.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="311" />
      <source>{zone}: {recent} incidents against a mean of {mean}</source>
      <translation>{zone}: {recent} حوادث مقابل متوسط {mean}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="316" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="316" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Event type</source>
      <translation>نوع الحدث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="317" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="327" />
      <source>No incidents in this period</source>
      <translation>لا حوادث في هذه الفترة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="340" />
      <source>since {date}</source>
      <translation>منذ {date}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="343" />
      <source>Held by: {holder}</source>
      <translation>تحت سيطرة: {holder}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="350" />
      <source>This period</source>
      <translation>هذه الفترة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="399" />
      <source>The PDF could not be written to {path}.</source>
      <translation>تعذّرت كتابة ملف PDF في {path}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin_language.py" line="28" />
      <source>Unknown bulletin language: {language}</source>
      <translation>لغة نشرة غير معروفة: {language}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin_language.py" line="35" />
      <source>The {language} translation of the plugin is missing.</source>
      <translation>ترجمة الإضافة إلى {language} غير موجودة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/bulletin.py" line="278" />
      <source>Shown: {period}</source>
      <comment>PeriodLabel</comment>
      <translation>المعروض: {period}</translation>
    </message>
  </context>
  <context>
    <name>ControlPeriodsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="48" />
      <source>Incidents by control period</source>
      <translation>الحوادث حسب فترة السيطرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="34" />
      <source>For each disputed zone and each period of control in the zones definition (before June 2014, June 2014 to October 2017, after October 2017, with each zone's own dates where its sources give them): who held the zone, the period's dates, the zone's incidents, killed, wounded and abducted, and the incidents and killed per month. Periods are clipped to START and END (by default from the store's first incident to today), so that a zone's rows add up to its incidents of those dates.</source>
      <translation>لكل منطقة متنازع عليها ولكل فترة سيطرة في تعريف المناطق (قبل حزيران 2014، ومن حزيران 2014 إلى تشرين الأول 2017، وبعد تشرين الأول 2017، بتواريخ كل منطقة الخاصة حيث تذكرها مصادرها): من كان يسيطر على المنطقة، وتواريخ الفترة، وحوادث المنطقة وقتلاها وجرحاها ومختطفوها، والحوادث والقتلى في كل شهر. تُقصّ الفترات إلى START وEND (افتراضيًا من أول حادثة في المخزن إلى اليوم)، بحيث يساوي مجموع صفوف كل منطقة حوادثها في تلك التواريخ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="43" />
      <source>Incident store</source>
      <translation>مخزن الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="43" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="46" />
      <source>From (event date)</source>
      <translation>من (تاريخ الحادثة)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/control_periods.py" line="46" />
      <source>To (event date)</source>
      <translation>إلى (تاريخ الحادثة)</translation>
    </message>
  </context>
  <context>
    <name>CreateStoreAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="23" />
      <source>Create incident store</source>
      <translation>إنشاء مخزن حوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="34" />
      <source>Store</source>
      <translation>المخزن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="26" />
      <source>Creates an empty Incident Tracker store: a GeoPackage with the incidents (points, EPSG:4326), sources and metadata tables. An existing file is never overwritten.

For a team store, choose a PostgreSQL connection (with PostGIS) instead of a file: the tables are created in the schema given (incident_tracker by default), or the store already there is upgraded when it is older. Give the connection an authentication configuration: no password is stored in the project.</source>
      <translation>ينشئ مخزناً فارغاً لمتتبع الحوادث: ملف GeoPackage يضم جداول الحوادث (نقاط، EPSG:4326) والمصادر والبيانات الوصفية. لا يُستبدل أي ملف موجود أبداً.

لمخزن فريق، اختر اتصال PostgreSQL (مع PostGIS) بدلاً من ملف: تُنشأ الجداول في المخطط المحدد (incident_tracker افتراضياً)، أو يُرقّى المخزن الموجود فيه إن كان أقدم. أعطِ الاتصال إعداد مصادقة: لا تُحفظ أي كلمة مرور في المشروع.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="34" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="37" />
      <source>Store location</source>
      <translation>موقع المخزن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="48" />
      <source>Choose a GeoPackage file or a PostgreSQL connection.</source>
      <translation>اختر ملف GeoPackage أو اتصال PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/create_store.py" line="54" />
      <source>Created {path}</source>
      <translation>أُنشئ {path}</translation>
    </message>
  </context>
  <context>
    <name>DesignerPeriod</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="26" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="68" />
      <source>Add incident period label</source>
      <translation>إضافة تسمية فترة الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="33" />
      <source>A label of the period the selected map item (else the layout's main map) shows: it follows the map item's temporal range</source>
      <translation>تسمية بالفترة التي تعرضها الخريطة المحدَّدة (وإلا فالخريطة الرئيسية للتخطيط): تتبع النطاق الزمني لعنصر الخريطة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="50" />
      <source>Add a map item first: the label shows the period a map shows.</source>
      <translation>أضف عنصر خريطة أولاً: التسمية تعرض الفترة التي تعرضها خريطة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="63" />
      <source>The map item now shows the map canvas's period (its Temporal range).</source>
      <translation>يعرض عنصر الخريطة الآن فترة لوحة الخريطة (نطاقه الزمني).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="65" />
      <source>The map item has no temporal range: tick Temporal range in its properties and the label shows it.</source>
      <translation>ليس لعنصر الخريطة نطاق زمني: فعّل «النطاق الزمني» في خصائصه فتعرضه التسمية.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/designer_period.py" line="67" />
      <source>Shown: {period}</source>
      <translation>المعروض: {period}</translation>
    </message>
  </context>
  <context>
    <name>DraftDialog</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="34" />
      <source>Draft incidents from a report</source>
      <translation>صياغة حوادث من تقرير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="45" />
      <source>e.g. Kurdistan 24</source>
      <translation>مثل كوردستان 24</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="50" />
      <source>Report</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="51" />
      <source>Published*</source>
      <translation>تاريخ النشر*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="52" />
      <source>Outlet</source>
      <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="53" />
      <source>URL</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="62" />
      <source>Draft</source>
      <translation>صياغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="78" />
      <source>Paste a report and give its publication date.</source>
      <translation>الصق تقريراً وأدخل تاريخ نشره.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="120" />
      <source>No incident found in this text: nothing proposed.</source>
      <translation>لم يُعثر على حادثة في هذا النص: لا اقتراحات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="41" />
      <source>Paste the report's text here (English or Arabic).</source>
      <translation>الصق نص التقرير هنا (بالإنجليزية أو العربية).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="84" />
      <source>Drafting… Cancel stops it and keeps the text.</source>
      <translation>جارٍ الصياغة… يوقفها زر «إلغاء» ويُبقي النص.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="112" />
      <source>Drafting canceled: nothing proposed.</source>
      <translation>أُلغيت الصياغة: لا اقتراحات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/draft_dialog.py" line="115" />
      <source>The drafting failed ({error}); the details are in the message log, tab “Incident Tracker”.</source>
      <translation>فشلت الصياغة ({error})؛ التفاصيل في سجل الرسائل، تبويب “Incident Tracker”.</translation>
    </message>
  </context>
  <context>
    <name>DraftFromTextAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="25" />
      <source>Draft incidents from report text</source>
      <translation>صياغة حوادث من نص تقرير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="40" />
      <source>Report text</source>
      <translation>نص التقرير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="41" />
      <source>Publication date (YYYY-MM-DD)</source>
      <translation>تاريخ النشر (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="42" />
      <source>Outlet</source>
      <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="43" />
      <source>URL</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="44" />
      <source>Drafts (JSON)</source>
      <translation>المسودات (JSON)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="51" />
      <source>The report text is empty.</source>
      <translation>نص التقرير فارغ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="57" />
      <source>The publication date is needed (YYYY-MM-DD).</source>
      <translation>تاريخ النشر مطلوب (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="63" />
      <source>{count} draft(s) proposed</source>
      <translation>المسودات المقترحة: {count}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="28" />
      <source>Proposes incidents from the text of a report in English or Arabic: date and date precision resolved against the publication date, event and sub-event type, perpetrator and attribution, target community, place, killed (with the civilian / security forces split when the text gives it), wounded and abducted. Each incident the text tells (an earlier abduction, a separate attack, a line of a bulletin) is proposed as its own draft with its own figures. Rules and word lists only; nothing is downloaded and nothing is saved.

Output DRAFTS: JSON, a list of drafts; each has 'fields' (store field name -&gt; value, the snippet of text it came from and its character offsets), 'source' (a source record for the report) and 'secondary'. A field the text does not support is absent: an unknown figure is never 0.</source>
      <translation>يقترح حوادث من نص تقرير بالإنجليزية أو العربية: التاريخ ودقته محدَّدان استناداً إلى تاريخ النشر، ونوع الحدث ونوعه الفرعي، والفاعل والإسناد، والمجتمع المستهدف، والمكان، والقتلى (مع التمييز بين المدنيين وقوات الأمن حين يذكره النص) والجرحى والمختطفون. تُقترح كل حادثة يرويها النص (اختطاف سابق، هجوم منفصل، سطر من نشرة) كمسودة مستقلة بأرقامها الخاصة. قواعد وقوائم كلمات فقط؛ لا يُنزَّل شيء ولا يُحفظ شيء.

الناتج DRAFTS: JSON، قائمة مسودات؛ لكل منها 'fields' (اسم حقل المخزن -&gt; القيمة، ومقطع النص الذي أُخذت منه ومواضع أحرفه)، و'source' (سجل مصدر للتقرير) و'secondary'. الحقل الذي لا يدعمه النص يكون غائباً: الرقم غير المعروف لا يكون 0 أبداً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/draft_from_text.py" line="62" />
      <source>Drafting canceled: nothing proposed.</source>
      <translation>أُلغيت الصياغة: لا اقتراحات.</translation>
    </message>
  </context>
  <context>
    <name>ExportAlgorithmBase</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="48" />
      <source>Incident store</source>
      <translation>مخزن الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="48" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="51" />
      <source>From (event date)</source>
      <translation>من (تاريخ الحادثة)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="51" />
      <source>To (event date)</source>
      <translation>إلى (تاريخ الحادثة)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="53" />
      <source>Only these zones (disputed zones, zone groups, districts or governorates; separated by ;)</source>
      <translation>هذه المناطق فقط (مناطق متنازع عليها أو مجموعات مناطق أو أقضية أو محافظات؛ مفصولة بـ ;)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="61" />
      <source>Public version (drop internal fields, round coordinates)</source>
      <translation>النسخة العامة (حذف الحقول الداخلية، تقريب الإحداثيات)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="63" />
      <source>Coordinate decimals in the public version</source>
      <translation>المنازل العشرية للإحداثيات في النسخة العامة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="66" />
      <source>Incidents exported</source>
      <translation>الحوادث المصدَّرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="96" />
      <source>Choose the incident store to export.</source>
      <translation>اختر مخزن الحوادث المراد تصديره.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="57" />
      <source>Only these verification statuses (public version: verified unless chosen)</source>
      <translation>حالات التحقق هذه فقط (النسخة العامة: المُتحقَّق منها ما لم يُختر غيرها)</translation>
    </message>
  </context>
  <context>
    <name>ExportCsvAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="40" />
      <source>Export incidents as ACLED-format CSV</source>
      <translation>تصدير الحوادث كملف CSV بصيغة ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="56" />
      <source>CSV file</source>
      <translation>ملف CSV</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="56" />
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="43" />
      <source>Writes the incidents in ACLED's columns and order (ACLED Codebook), sources joined with semicolons, for partners who ingest ACLED data; it imports back with Import incidents. Incidents not from ACLED carry their store ID in event_id_cnty. Text cells starting with =, +, - or @ get a leading apostrophe so that spreadsheets never run them as formulas (the import takes it off again).

HXL hashtags (for HDX): a second header row of HXL hashtags (#date+occurred, #adm1+name, #affected+killed, #geo+lat…), and the P-codes, wounded and abducted after ACLED's columns; the file still imports back.</source>
      <translation>يكتب الحوادث بأعمدة ACLED وترتيبها (ACLED Codebook)، مع جمع المصادر مفصولة بفواصل منقوطة، للشركاء الذين يستخدمون بيانات ACLED؛ ويُعاد استيراده بخوارزمية «استيراد الحوادث». تحمل الحوادث التي ليست من ACLED معرّفها في المخزن في الحقل event_id_cnty. تُسبق الخلايا النصية التي تبدأ بـ = أو + أو - أو @ بفاصلة عليا كي لا تنفّذها برامج جداول البيانات كصيغ أبداً (ويزيلها الاستيراد من جديد).

وسوم HXL (لـ HDX): صف عناوين ثانٍ من وسوم HXL ‏(#date+occurred و#adm1+name و#affected+killed و#geo+lat…)، ثم الرموز (P-codes) والجرحى والمختطفون بعد أعمدة ACLED؛ ويبقى الملف قابلاً لإعادة الاستيراد.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="54" />
      <source>HXL hashtags (for HDX)</source>
      <translation>وسوم HXL (لـ HDX)</translation>
    </message>
  </context>
  <context>
    <name>ExportGeoJsonAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="69" />
      <source>Export incidents as GeoJSON</source>
      <translation>تصدير الحوادث بصيغة GeoJSON</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="72" />
      <source>Writes the incidents as a GeoJSON FeatureCollection (RFC 7946, WGS 84) for web maps; each feature lists its sources.</source>
      <translation>يكتب الحوادث كمجموعة معالم GeoJSON FeatureCollection (RFC 7946، WGS 84) لخرائط الويب؛ ويسرد كل معلم مصادره.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="77" />
      <source>GeoJSON file</source>
      <translation>ملف GeoJSON</translation>
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
      <translation>تصدير ملف GeoPackage منسّق للمشاركة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="109" />
      <source>Writes one GeoPackage with the incidents, their sources, the zones layers (from ZONES, or the store's own when it has them), each layer's style as its default, layer metadata and a QGIS project stored inside the file (Project ▸ Open From ▸ GeoPackage) that opens everything styled, grouped and related. The layers refer to the file by its name: it can be moved or e-mailed, but keep its name.

The public version leaves out who created each record and the source excerpts, and rounds coordinates (2 decimals: about 1 km).

The file is written beside the output and replaces it only once complete: a canceled or failed export leaves the old file as it was.</source>
      <translation>يكتب ملف GeoPackage واحداً يضم الحوادث ومصادرها وطبقات المناطق (من ZONES، أو طبقات المخزن نفسه إن وُجدت)، ونمط كل طبقة بوصفه نمطها الافتراضي، والبيانات الوصفية للطبقات، ومشروع QGIS محفوظاً داخل الملف (مشروع ▸ فتح من ▸ GeoPackage) يفتح كل شيء منسّقاً ومجمّعاً ومترابطاً. تشير الطبقات إلى الملف باسمه: يمكن نقله أو إرساله بالبريد الإلكتروني، لكن احتفظ باسمه.

تُسقط النسخة العامة اسم من أنشأ كل سجل ومقتطفات المصادر، وتقرّب الإحداثيات (منزلتان عشريتان: نحو 1 كم).

يُكتب الملف بجوار ملف الناتج ولا يحل محله إلا بعد اكتماله: التصدير الملغى أو الفاشل يترك الملف القديم كما كان.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="121" />
      <source>Zones layer (any layer of the zones GeoPackage)</source>
      <translation>طبقة المناطق (أي طبقة من ملف GeoPackage للمناطق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="124" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="125" />
      <source>Attribution</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="127" />
      <source>Licence</source>
      <translation>الترخيص</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="129" />
      <source>GeoPackage to share</source>
      <translation>ملف GeoPackage للمشاركة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="129" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_geopackage.py" line="154" />
      <source>{count} incidents, {sources} sources; tables: {tables}</source>
      <translation>{count} حادثة، {sources} مصدر؛ الجداول: {tables}</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="85" />
      <source>Open an incident to see its history.</source>
      <translation>افتح حادثة لرؤية سجلّها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="64" />
      <source>Reason (optional), recorded with the restore</source>
      <translation>السبب (اختياري)، يُسجَّل مع الاستعادة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="66" />
      <source>Restore this version</source>
      <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="67" />
      <source>The incident and its sources become what they were at the selected version; the restore is itself a new version in the history</source>
      <translation>تعود الحادثة ومصادرها إلى ما كانت عليه في النسخة المختارة؛ والاستعادة نفسها نسخة جديدة في السجل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="95" />
      <source>{count} changes recorded, newest first.</source>
      <translation>{count} تغييرات مسجّلة، الأحدث أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="99" />
      <source>unknown (outside the plugin)</source>
      <translation>غير معروف (من خارج الإضافة)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="147" />
      <source>Version {version} restored.</source>
      <translation>استُعيدت النسخة {version}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/history_tab.py" line="99" />
      <source>{when} UTC · {who} · version {version}: {what}</source>
      <translation>{when} بالتوقيت العالمي · {who} · النسخة {version}: {what}</translation>
    </message>
  </context>
  <context>
    <name>ImportIncidentsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="37" />
      <source>Import incidents (ACLED, UCDP GED)</source>
      <translation>استيراد الحوادث (ACLED، UCDP GED)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="54" />
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="55" />
      <source>Incident store (new or existing GeoPackage)</source>
      <translation>مخزن الحوادث (GeoPackage جديد أو موجود)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="55" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="59" />
      <source>Incidents imported</source>
      <translation>الحوادث المستوردة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="60" />
      <source>Rows skipped</source>
      <translation>الصفوف المتخطّاة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="61" />
      <source>Likely duplicates flagged</source>
      <translation>المكررات المحتملة المعلَّمة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="62" />
      <source>Already in the store</source>
      <translation>موجودة مسبقاً في المخزن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="77" />
      <source>Created {path}</source>
      <translation>أُنشئ {path}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="91" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation>أُلغي الاستيراد؛ لم يتغير المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="111" />
      <source>{file}, line {line}: {reason}</source>
      <translation>{file}، السطر {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="72" />
      <source>Choose a store: a GeoPackage file or a PostgreSQL connection.</source>
      <translation>اختر مخزناً: ملف GeoPackage أو اتصال PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="79" />
      <source>The store has no disputed zones yet: governorate, district and zone fields keep the file's values (build the zones first to fill them).</source>
      <translation>لا يحتوي المخزن على مناطق متنازع عليها بعد: تحتفظ حقول المحافظة والقضاء والمنطقة بقيم الملف (أنشئ المناطق أولاً لملئها).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="50" />
      <source>ACLED or UCDP file (CSV, JSON, XLSX)</source>
      <translation>ملف ACLED أو UCDP (CSV، JSON، XLSX)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="50" />
      <source>ACLED or UCDP files (*.csv *.txt *.json *.xlsx);;All files (*)</source>
      <translation>ملفات ACLED أو UCDP (*.csv *.txt *.json *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="40" />
      <source>Imports an ACLED export (CSV, XLSX, or an API answer saved as JSON) or a UCDP GED file (CSV, or an API answer saved as JSON) into an incident store (created when the file does not exist). The whole file is imported in one transaction: canceling leaves the store unchanged. Rows that cannot be imported (bad values, points outside Iraq) are skipped and listed with their line number, the most common reasons counted; when every row is skipped the algorithm fails. Incidents already in the store (same ACLED or UCDP ID) are not imported again; likely duplicates (same event type, one day and 5 km apart) are imported and flagged for review.</source>
      <translation>يستورد ملف تصدير من ACLED (بصيغة CSV أو XLSX، أو استجابة واجهتها البرمجية محفوظة بصيغة JSON) أو ملفاً من UCDP GED (بصيغة CSV، أو استجابة واجهتها البرمجية محفوظة بصيغة JSON) إلى مخزن حوادث (يُنشأ إن لم يكن الملف موجوداً). يُستورد الملف كله في معاملة واحدة: الإلغاء يترك المخزن دون تغيير. تُتخطّى الصفوف التي يتعذر استيرادها (قيم خاطئة، نقاط خارج العراق) وتُدرج مع رقم سطرها، مع عدّ الأسباب الأكثر تكراراً؛ وإذا تُخطّيت الصفوف كلها تفشل الخوارزمية. لا تُستورد مجدداً الحوادث الموجودة مسبقاً في المخزن (بمعرّف ACLED أو UCDP نفسه)؛ أما المكررات المحتملة (نوع الحدث نفسه، وبفارق يوم واحد و5 كم) فتُستورد وتُعلَّم للمراجعة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="119" />
      <source>… and {count} more rows skipped: they are listed in the Log Messages panel (View ▸ Panels), tab Incident Tracker.</source>
      <translation>… و{count} صفاً آخر تُخطّيت: مدرجة في لوحة رسائل السجل (عرض ▸ اللوحات)، تبويب Incident Tracker.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="122" />
      <source>Rows skipped: {count}. Most common reasons: {reasons}</source>
      <translation>الصفوف المتخطّاة: {count}. الأسباب الأكثر تكراراً: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/import_incidents.py" line="88" />
      <source>Indexing the store's incidents for the dock's search…</source>
      <translation>فهرسة حوادث المخزن للبحث في اللوحة…</translation>
    </message>
  </context>
  <context>
    <name>IncidentDock</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="180" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="280" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="90" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="91" />
      <source>New like this one</source>
      <translation>جديد مثل هذا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="92" />
      <source>A new incident with the same date, place and sources, for the next incident of the same report.</source>
      <translation>حادثة جديدة بالتاريخ والمكان والمصادر نفسها، للحادثة التالية من التقرير نفسه.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="142" />
      <source>Incident</source>
      <translation>الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="145" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="281" />
      <source>New incident</source>
      <translation>حادثة جديدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="302" />
      <source>New incident, with the date, place and sources of the last one</source>
      <translation>حادثة جديدة بتاريخ ومكان ومصادر الحادثة السابقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="361" />
      <source>Editing the incident of {date} at {place}</source>
      <translation>تعديل حادثة {date} في {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="447" />
      <source>Open or create an incident store first.</source>
      <translation>افتح مخزن حوادث أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="454" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>لم يُحفظ: يرجى تصحيح الحقول المعلّمة بالأحمر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="458" />
      <source>Save it anyway?</source>
      <translation>هل تريد الحفظ على أي حال؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="461" />
      <source>Not saved.</source>
      <translation>لم يُحفظ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="483" />
      <source>Not saved: {error}</source>
      <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="490" />
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="501" />
      <source>This looks like an incident already in the store: {links}. Open it to compare, or press “Save anyway” to keep both.</source>
      <translation>تبدو هذه حادثة موجودة مسبقاً في المخزن: {links}. افتحها للمقارنة، أو اضغط «احفظ على أي حال» للاحتفاظ بالاثنتين.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="503" />
      <source>Save anyway</source>
      <translation>احفظ على أي حال</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="486" />
      <source>Save incident</source>
      <translation>حفظ الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="623" />
      <source>Stored now: {date}, {place}, {killed} killed (version {version}).</source>
      <translation>المحفوظ الآن: {date}، {place}، {killed} قتيلاً (النسخة {version}).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="623" />
      <source>Keep your version (overwrite theirs)?</source>
      <translation>هل تحتفظ بنسختك (وتستبدل نسختهم)؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="632" />
      <source>Loaded the stored version; your changes were not saved.</source>
      <translation>حُمّلت النسخة المحفوظة؛ لم تُحفظ تغييراتك.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="122" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="123" />
      <source>Add the disputed zones beneath the incident layers</source>
      <translation>إضافة المناطق المتنازع عليها تحت طبقات الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="97" />
      <source>Draft from text…</source>
      <translation>صياغة من نص…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="98" />
      <source>Paste a report: the plugin proposes the incident's fields for you to confirm</source>
      <translation>الصق تقريراً: تقترح الإضافة حقول الحادثة لتؤكدها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="102" />
      <source>Incidents found in the report</source>
      <translation>الحوادث الموجودة في التقرير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="109" />
      <source>Confirm suggestions</source>
      <translation>تأكيد الاقتراحات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="125" />
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="126" />
      <source>Export the store as a styled GeoPackage to share</source>
      <translation>تصدير المخزن كملف GeoPackage منسّق للمشاركة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="321" />
      <source>earlier incident</source>
      <translation>حادثة سابقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="321" />
      <source>main incident</source>
      <translation>الحادثة الرئيسية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="332" />
      <source>Draft from the report: check each highlighted field (hover shows the words it came from), correct it or confirm it, then save.</source>
      <translation>مسودة من التقرير: راجع كل حقل مظلل (يُظهر التمرير الكلمات التي جاء منها)، صححه أو أكده، ثم احفظ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="465" />
      <source>{n} suggested fields (highlighted) are not confirmed yet. Save them as they are?</source>
      <translation>{n} من الحقول المقترحة (المظللة) لم تُؤكد بعد. هل تحفظها كما هي؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="468" />
      <source>Not saved: confirm or correct the suggested fields first.</source>
      <translation>لم يُحفظ: أكّد الحقول المقترحة أو صححها أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="130" />
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="131" />
      <source>Delete the incident shown and its sources (after confirmation)</source>
      <translation>حذف الحادثة المعروضة ومصادرها (بعد التأكيد)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="490" />
      <source>Saved. Ctrl+Z on the Incidents layer takes the save back while the layer is in edit mode.</source>
      <translation>تم الحفظ. يتراجع Ctrl+Z على طبقة الحوادث عن الحفظ ما دامت الطبقة في وضع التحرير.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="515" />
      <source>Delete the incident of {date} at {place} and its sources?</source>
      <translation>هل تحذف حادثة {date} في {place} ومصادرها؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="522" />
      <source>Not deleted; the stored version is loaded.</source>
      <translation>لم يُحذف؛ حُمّلت النسخة المخزنة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="525" />
      <source>Not deleted: {error}</source>
      <translation>لم يُحذف: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="529" />
      <source>The incident is no longer in the store.</source>
      <translation>لم تعد الحادثة موجودة في المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="531" />
      <source>Delete incident</source>
      <translation>حذف الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="533" />
      <source>Deleted the incident and its {n} sources. Ctrl+Z on the Incidents layer restores them while the layer is in edit mode.</source>
      <translation>حُذفت الحادثة ومصادرها الـ{n}. يعيدها Ctrl+Z على طبقة الحوادث ما دامت الطبقة في وضع التحرير.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="533" />
      <source>Deleted the incident and its {n} sources in one transaction.</source>
      <translation>حُذفت الحادثة ومصادرها الـ{n} في معاملة واحدة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="545" />
      <source>The incident layers are edited in a transaction group (Project ▸ Properties ▸ Data Sources): save or cancel their edits first.</source>
      <translation>تُحرَّر طبقات الحوادث ضمن مجموعة معاملات (المشروع ▸ الخصائص ▸ مصادر البيانات): احفظ تعديلاتها أو ألغها أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="549" />
      <source>This incident has unsaved edits in the Incidents or Sources layer: save or cancel those edits first.</source>
      <translation>لهذه الحادثة تعديلات غير محفوظة في طبقة الحوادث أو المصادر: احفظ تلك التعديلات أو ألغها أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="572" />
      <source>Undo delete</source>
      <translation>التراجع عن الحذف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="572" />
      <source>Undo save</source>
      <translation>التراجع عن الحفظ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="586" />
      <source>Not undone: {error}</source>
      <translation>لم يُتراجع عنه: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="590" />
      <source>Undone.</source>
      <translation>تم التراجع.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="599" />
      <source>Not undone or redone: {error}</source>
      <translation>لم يُتراجع عنه ولم يُعد: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="149" />
      <source>Review</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="152" />
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="395" />
      <source>the incident of {date} at {place}</source>
      <translation>حادثة {date} في {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="395" />
      <source>the new incident</source>
      <translation>الحادثة الجديدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="398" />
      <source>Your changes to {what} are not saved. Throw them away and open the other incident?</source>
      <translation>تغييراتك على {what} غير محفوظة. هل تريد التخلي عنها وفتح الحادثة الأخرى؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="411" />
      <source>This incident was deleted in the Incidents layer (its edits are not saved yet).</source>
      <translation>حُذفت هذه الحادثة في طبقة الحوادث (تعديلاتها لم تُحفظ بعد).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="424" />
      <source>This incident is no longer in the store: it was deleted elsewhere.</source>
      <translation>لم تعد هذه الحادثة في المخزن: حُذفت من مكان آخر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="431" />
      <source>Save as a new incident</source>
      <translation>حفظ كحادثة جديدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_dock.py" line="432" />
      <source>What you see is kept: save it as a new incident, or press New.</source>
      <translation>ما تراه محفوظ في النموذج: احفظه كحادثة جديدة، أو اضغط جديد.</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="211" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="214" />
      <source>34.348, 45.391 · 34°20'53"N 45°23'28"E · 38S 536123 3801234 · MGRS</source>
      <translation>34.348, 45.391 · 34°20'53"N 45°23'28"E · 38S 536123 3801234 · MGRS</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="216" />
      <source>Pick on map</source>
      <translation>اختر على الخريطة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="224" />
      <source>Coordinates</source>
      <translation>الإحداثيات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="533" />
      <source>No point yet</source>
      <translation>لا توجد نقطة بعد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="229" />
      <source>Search a place: village, town, district…</source>
      <translation>ابحث عن مكان: قرية، بلدة، قضاء…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="238" />
      <source>Place search</source>
      <translation>البحث عن مكان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="51" />
      <source>Location name as reported, e.g. Dara village</source>
      <translation>اسم الموقع كما ورد، مثل قرية دارا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="48" />
      <source>Location name</source>
      <translation>اسم الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="262" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="265" />
      <source>For events spanning several days; leave empty otherwise.</source>
      <translation>للأحداث الممتدة عدة أيام؛ اتركه فارغاً في غير ذلك.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="269" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="52" />
      <source>e.g. Islamic State (Iraq)</source>
      <translation>مثل تنظيم الدولة الإسلامية (العراق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="53" />
      <source>e.g. Civilians (Iraq)</source>
      <translation>مثل مدنيون (العراق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="49" />
      <source>Civilians were the target</source>
      <translation>المدنيون كانوا المستهدفين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="275" />
      <source>Figures</source>
      <translation>الأرقام</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="287" />
      <source>Reported range</source>
      <translation>النطاق المُبلَّغ عنه</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="293" />
      <source>Sources*</source>
      <translation>المصادر*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="300" />
      <source>Add…</source>
      <translation>إضافة…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="301" />
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="302" />
      <source>Remove</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="314" />
      <source>Description and review</source>
      <translation>الوصف والمراجعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="336" />
      <source>Not read</source>
      <translation>لم تُقرأ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="389" />
      <source> ({distance:.0f} km from the nearest disputed zone)</source>
      <translation> ({distance:.0f} كم عن أقرب منطقة متنازع عليها)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="423" />
      <source>{n} killed</source>
      <translation>{n} قتيل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="425" />
      <source>{n} wounded</source>
      <translation>{n} جريح</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="428" />
      <source>(no outlet)</source>
      <translation>(بلا وسيلة إعلامية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="438" />
      <source>{low} to {high} killed</source>
      <translation>من {low} إلى {high} قتيلاً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="448" />
      <source>no figure reported</source>
      <translation>لم يُبلَّغ عن رقم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>district</source>
      <translation>قضاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>sub-district</source>
      <translation>ناحية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>incident</source>
      <translation>حادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="55" />
      <source>gazetteer</source>
      <translation>معجم أماكن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="243" />
      <source>An optional point layer of place names searched too</source>
      <translation>طبقة نقاط اختيارية لأسماء الأماكن يُبحث فيها أيضاً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="251" />
      <source>Gazetteer</source>
      <translation>معجم الأماكن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="484" />
      <source>Suggested from the report: {words}</source>
      <translation>مقترح من التقرير: {words}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="50" />
      <source>Set by me</source>
      <translation>حددتُه بنفسي</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="278" />
      <source>Otherwise the best figure is the lowest one the sources report.</source>
      <translation>وإلا فالرقم الأفضل هو أدنى رقم تذكره المصادر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="427" />
      <source>{n} abducted</source>
      <translation>{n} مختطف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="439" />
      <source>{low} to {high} wounded</source>
      <translation>من {low} إلى {high} جريحًا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_form.py" line="440" />
      <source>{low} to {high} abducted</source>
      <translation>من {low} إلى {high} مختطفًا</translation>
    </message>
  </context>
  <context>
    <name>IncidentList</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_list.py" line="104" />
      <source>Filter: place, actor, description…</source>
      <translation>تصفية: مكان، طرف، وصف…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_list.py" line="149" />
      <source>All zones</source>
      <translation>كل المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/incident_list.py" line="110" />
      <source>All statuses</source>
      <translation>كل الحالات</translation>
    </message>
  </context>
  <context>
    <name>IncidentLocatorFilter</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/locator_filter.py" line="33" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/locator_filter.py" line="45" />
      <source>Incident search could not open the store: {error}</source>
      <translation>تعذّر على البحث عن الحوادث فتح المخزن: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/locator_filter.py" line="59" />
      <source>Incident search failed: {error}</source>
      <translation>فشل البحث عن الحوادث: {error}</translation>
    </message>
  </context>
  <context>
    <name>IncidentTracker</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="174" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="62" />
      <source>New incident store…</source>
      <translation>مخزن حوادث جديد…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="63" />
      <source>Open incident store…</source>
      <translation>فتح مخزن حوادث…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="68" />
      <source>Incident dock</source>
      <translation>لوحة الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="72" />
      <source>Import ACLED / UCDP CSV…</source>
      <translation>استيراد CSV من ACLED / UCDP…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="341" />
      <source>Open incident store</source>
      <translation>فتح مخزن الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="350" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="350" />
      <source>New incident store</source>
      <translation>مخزن حوادث جديد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="70" />
      <source>Add disputed zones</source>
      <translation>إضافة المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="371" />
      <source>Open or create an incident store first.</source>
      <translation>افتح مخزن حوادث أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="64" />
      <source>Open team store (PostGIS)…</source>
      <translation>فتح مخزن الفريق (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="66" />
      <source>New team store (PostGIS)…</source>
      <translation>مخزن فريق جديد (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="71" />
      <source>Statistics by zone…</source>
      <translation>إحصاءات حسب المنطقة…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="73" />
      <source>Export as GeoPackage…</source>
      <translation>تصدير بصيغة GeoPackage…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="75" />
      <source>Export as ACLED-format CSV…</source>
      <translation>تصدير CSV بصيغة ACLED…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="77" />
      <source>Export as GeoJSON…</source>
      <translation>تصدير بصيغة GeoJSON…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="409" />
      <source>No PostgreSQL connection yet: add one in the Browser (PostgreSQL ▸ New Connection), with its credentials in an authentication configuration.</source>
      <translation>لا يوجد اتصال PostgreSQL بعد: أضف واحداً من المتصفح (PostgreSQL ▸ اتصال جديد)، مع بيانات الاعتماد في إعداد مصادقة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="412" />
      <source>Open team store</source>
      <translation>فتح مخزن الفريق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="412" />
      <source>Connection</source>
      <translation>الاتصال</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="81" />
      <source>Help / About…</source>
      <translation>مساعدة / حول…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/plugin.py" line="79" />
      <source>Situation bulletin (PDF)…</source>
      <translation>نشرة الوضع (PDF)…</translation>
    </message>
  </context>
  <context>
    <name>IncidentTrackerAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="21" />
      <source>Store</source>
      <translation>المخزن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="22" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="23" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="24" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="69" />
      <source>Or a PostgreSQL connection (team store)</source>
      <translation>أو اتصال PostgreSQL (مخزن الفريق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/algorithm.py" line="73" />
      <source>Schema</source>
      <translation>المخطط</translation>
    </message>
  </context>
  <context>
    <name>IncidentTrackerProvider</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/provider.py" line="39" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
  </context>
  <context>
    <name>MergeIncidentsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="22" />
      <source>Merge incidents</source>
      <translation>دمج الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="25" />
      <source>Merges the incident MERGE into the incident KEEP, in one transaction: every source of MERGE moves to KEEP and the figures follow from all the sources; KEEP takes the fields listed in FIELDS (comma separated, e.g. notes,location) from MERGE and keeps its own otherwise. MERGE stays in the store as a record pointing to KEEP, so its ACLED or UCDP ID is still known and re-importing its file adds nothing. The merge is recorded in the store's history and can be undone by restoring both incidents' earlier versions.</source>
      <translation>يدمج الحادثة MERGE في الحادثة KEEP في معاملة واحدة: تنتقل كل مصادر MERGE إلى KEEP وتُستنتج الأرقام من جميع المصادر؛ تأخذ KEEP الحقول المذكورة في FIELDS (مفصولة بفواصل، مثل notes,location) من MERGE وتحتفظ بقيمها فيما عدا ذلك. تبقى MERGE في المخزن سجلاً يشير إلى KEEP، فيبقى معرّفها في ACLED أو UCDP معروفاً ولا تضيف إعادة استيراد ملفها شيئاً. يُسجَّل الدمج في سجل المخزن ويمكن التراجع عنه باستعادة النسخ السابقة للحادثتين.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="34" />
      <source>Incident store</source>
      <translation>مخزن الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="34" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="37" />
      <source>Incident ID to keep</source>
      <translation>معرّف الحادثة التي تُبقى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="38" />
      <source>Incident ID merged into it</source>
      <translation>معرّف الحادثة المدمجة فيها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="39" />
      <source>Fields taken from the merged incident</source>
      <translation>الحقول المأخوذة من الحادثة المدمجة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="41" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="42" />
      <source>Incident kept</source>
      <translation>الحادثة المُبقاة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="43" />
      <source>Its new row version</source>
      <translation>نسخة صفّها الجديدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="51" />
      <source>Choose a store: a GeoPackage file or a PostgreSQL connection.</source>
      <translation>اختر مخزناً: ملف GeoPackage أو اتصال PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/merge_incidents.py" line="61" />
      <source>{merged} was merged into {kept}.</source>
      <translation>دُمجت {merged} في {kept}.</translation>
    </message>
  </context>
  <context>
    <name>PeriodLabel</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/period_label.py" line="43" />
      <source>Shown: {period}</source>
      <translation>المعروض: {period}</translation>
    </message>
  </context>
  <context>
    <name>PointChooser</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="21" />
      <source>{date} – {place} – {type} – Killed: {killed}</source>
      <translation>{date} – {place} – {type} – القتلى: {killed}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="37" />
      <source>Choose the incident to open: it is selected alone on the map</source>
      <translation>اختر الحادثة لفتحها: تُحدَّد وحدها على الخريطة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="56" />
      <source>{n} incidents selected:</source>
      <translation>{n} حوادث محدَّدة:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="58" />
      <source>{n} incidents at this point:</source>
      <translation>{n} حوادث في هذه النقطة:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/point_chooser.py" line="60" />
      <source>{heading} (the {shown} newest listed)</source>
      <translation>{heading} (مُدرَجة أحدث {shown})</translation>
    </message>
  </context>
  <context>
    <name>ReviewTab</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>In &amp;review</source>
      <translation>قيد ال&amp;مراجعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>&amp;Verified</source>
      <translation>مُ&amp;تحقَّق منها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>&amp;Disputed</source>
      <translation>&amp;متنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="40" />
      <source>Re&amp;jected</source>
      <translation>&amp;مرفوضة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="76" />
      <source>Reason (optional), recorded with the change</source>
      <translation>السبب (اختياري)، يُسجَّل مع التغيير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="90" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="94" />
      <source>Select the rows whose value the kept incident takes from this one</source>
      <translation>اختر الصفوف التي تأخذ الحادثة المُبقاة قيمتها من هذه</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="103" />
      <source>&amp;Merge into the kept one</source>
      <translation>ا&amp;دمج في المُبقاة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="104" />
      <source>This incident's sources move to the kept one, which takes the values of the selected rows; this one stays in the store as a record of the merge</source>
      <translation>تنتقل مصادر هذه الحادثة إلى المُبقاة التي تأخذ قيم الصفوف المختارة؛ وتبقى هذه في المخزن سجلاً للدمج</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="107" />
      <source>&amp;Not a duplicate</source>
      <translation>&amp;ليست مكرّرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="150" />
      <source>{count} incidents need a look, most urgent first.</source>
      <translation>{count} حوادث تحتاج إلى نظر، الأكثر إلحاحاً أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="195" />
      <source>Side by side with the incident it likely duplicates ({kept} and {other} sources):</source>
      <translation>جنباً إلى جنب مع الحادثة التي يُرجَّح أنها تكرّرها (مصادر: {kept} و{other}):</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="235" />
      <source>Status set to “{status}”.</source>
      <translation>عُيّنت الحالة «{status}».</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="242" />
      <source>Merged. The History tab of the kept incident can restore the earlier versions.</source>
      <translation>دُمجت. يمكن لتبويب السجل في الحادثة المُبقاة استعادة النسخ السابقة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="249" />
      <source>Marked as different incidents; they will not be flagged again.</source>
      <translation>عُلّمتا حادثتين مختلفتين؛ لن تُعلَّما مكرّرتين مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="90" />
      <source>Kept</source>
      <translation>المُبقاة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="90" />
      <source>Merged into it</source>
      <translation>تُدمج فيها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/review_tab.py" line="58" />
      <source>On the map:</source>
      <translation>على الخريطة:</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="28" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="32" />
      <source>e.g. Kurdistan 24, KirkukNow, Rudaw, Shafaq News</source>
      <translation>مثل كوردستان 24، كركوك ناو، روداو، شفق نيوز</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Kurdish (Sorani)</source>
      <translation>الكردية (السورانية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Kurdish (Kurmanji)</source>
      <translation>الكردية (الكرمانجية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="41" />
      <source>Turkish</source>
      <translation>التركية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Outlet*</source>
      <translation>الوسيلة الإعلامية*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>URL</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Accessed</source>
      <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Reliability</source>
      <translation>الموثوقية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Credibility</source>
      <translation>المصداقية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Killed, as this source reports</source>
      <translation>القتلى كما يذكر هذا المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Wounded, as this source reports</source>
      <translation>الجرحى كما يذكر هذا المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Abducted, as this source reports</source>
      <translation>المختطفون كما يذكر هذا المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Excerpt</source>
      <translation>مقتطف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/source_dialog.py" line="60" />
      <source>Archive URL</source>
      <translation>رابط الأرشيف</translation>
    </message>
  </context>
  <context>
    <name>ZoneStatisticsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="65" />
      <source>Zone statistics</source>
      <translation>إحصاءات المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="57" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="55" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="48" />
      <source>Counts incidents, killed, wounded and abducted per disputed zone between START and END (both optional, inclusive): one row per zone with the totals (month and event type 'all'), then per event type and per month. Incidents outside the zones form one row. The zone of each incident is looked up in ZONES (made by Build disputed zones). STATUS keeps only incidents of some review statuses (all when none is chosen).</source>
      <translation>يحصي الحوادث والقتلى والجرحى والمختطفين لكل منطقة متنازع عليها بين START و END (كلاهما اختياري وشامل): صف واحد لكل منطقة بالمجاميع (الشهر ونوع الحدث 'all')، ثم حسب نوع الحدث وحسب الشهر. تشكّل الحوادث الواقعة خارج المناطق صفاً واحداً. يُبحث عن منطقة كل حادثة في ZONES (التي تنشئها خوارزمية «إنشاء المناطق المتنازع عليها»). يُبقي STATUS حوادث حالات مراجعة معيّنة فقط (كلها إن لم تُختر أيّ حالة).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/zone_statistics.py" line="62" />
      <source>Only these review statuses</source>
      <translation>حالات المراجعة هذه فقط</translation>
    </message>
  </context>
  <context>
    <name>ZoneStatisticsDialog</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="65" />
      <source>No incidents in this period</source>
      <translation>لا حوادث في هذه الفترة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="87" />
      <source>Incidents by disputed zone</source>
      <translation>الحوادث حسب المنطقة المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="100" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="102" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="110" />
      <source>Chart</source>
      <translation>المخطط البياني</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="175" />
      <source>Zone</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="121" />
      <source>Group</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="129" />
      <source>Save as CSV…</source>
      <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="223" />
      <source>Save statistics</source>
      <translation>حفظ الإحصاءات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="217" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="37" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="38" />
      <source>Killed</source>
      <translation>القتلى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="39" />
      <source>Wounded</source>
      <translation>الجرحى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="40" />
      <source>Abducted</source>
      <translation>المختطفون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="127" />
      <source>By zone</source>
      <translation>حسب المنطقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="128" />
      <source>By control period</source>
      <translation>حسب فترة السيطرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="164" />
      <source>Trend alerts (last four weeks to {end} more than {margin}% above the mean of the 52 weeks before, as ACLED's Trendfinder):</source>
      <translation>تنبيهات الاتجاه (آخر أربعة أسابيع حتى {end} تزيد بأكثر من {margin}% على متوسط الأسابيع الاثنين والخمسين السابقة، كما في Trendfinder من ACLED):</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="166" />
      <source>{zone}: {recent} incidents against a mean of {mean}</source>
      <translation>{zone}: {recent} حوادث مقابل متوسط {mean}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="168" />
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="202" />
      <source>Killed per month under each holder</source>
      <translation>القتلى في كل شهر تحت كل جهة مسيطرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="202" />
      <source>Incidents per month under each holder</source>
      <translation>الحوادث في كل شهر تحت كل جهة مسيطرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="207" />
      <source>no source</source>
      <translation>لا مصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zone_statistics_dialog.py" line="105" />
      <source>All statuses</source>
      <translation>كل الحالات</translation>
    </message>
  </context>
  <context>
    <name>ZonesAction</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>This store has no disputed zones yet. Build them from administrative boundaries:</source>
      <translation>لا يحتوي هذا المخزن على مناطق متنازع عليها بعد. أنشئها من الحدود الإدارية:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>Layers or files…</source>
      <translation>طبقات أو ملفات…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>Download (OCHA COD-AB / geoBoundaries)…</source>
      <translation>تنزيل (OCHA COD-AB / geoBoundaries)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="33" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/zones_action.py" line="74" />
      <source>Disputed zones</source>
      <translation>المناطق المتنازع عليها</translation>
    </message>
  </context>
  <context>
    <name>_FlatExportAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/processing/export_csv.py" line="26" />
      <source>{count} incidents written to {path}</source>
      <translation>كُتب {count} من الحوادث في {path}</translation>
    </message>
  </context>
  <context>
    <name>acled</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="30" />
      <source>State forces</source>
      <translation>قوات الدولة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="31" />
      <source>Rebel groups</source>
      <translation>جماعات متمردة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="32" />
      <source>Political militias</source>
      <translation>ميليشيات سياسية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="33" />
      <source>Identity militias</source>
      <translation>ميليشيات هوياتية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="34" />
      <source>Rioters</source>
      <translation>مثيرو شغب</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="35" />
      <source>Protesters</source>
      <translation>محتجون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="36" />
      <source>Civilians</source>
      <translation>مدنيون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="37" />
      <source>External/Other forces</source>
      <translation>قوات خارجية/أخرى</translation>
    </message>
  </context>
  <context>
    <name>boundaries</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="90" />
      <source>Could not read boundaries from {source}.</source>
      <translation>تعذّرت قراءة الحدود من {source}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="92" />
      <source>{name} is not a polygon layer.</source>
      <translation>{name} ليست طبقة مضلعات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="108" />
      <source>{layer} has no field {field}.</source>
      <translation>لا يوجد في {layer} حقل {field}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundaries.py" line="111" />
      <source>{layer}: no P-code or name field found for administrative level {level}. Choose the fields holding the P-code and the English name.</source>
      <translation>{layer}: لم يُعثر على حقل P-code أو حقل اسم للمستوى الإداري {level}. اختر الحقلين اللذين يحتويان على P-code والاسم بالإنجليزية.</translation>
    </message>
  </context>
  <context>
    <name>boundary_download</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundary_download.py" line="49" />
      <source>Download canceled: {url}</source>
      <translation>أُلغي التنزيل: {url}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundary_download.py" line="51" />
      <source>Download failed: {url}: {error}</source>
      <translation>فشل التنزيل: {url}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/boundary_download.py" line="56" />
      <source>Download incomplete: {url} ({got} of {expected} bytes)</source>
      <translation>التنزيل غير مكتمل: {url} ({got} من {expected} بايت)</translation>
    </message>
  </context>
  <context>
    <name>bulletin</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/bulletin_figures.py" line="21" />
      <source>the period ends ({end}) before it starts ({start})</source>
      <translation>تنتهي الفترة ({end}) قبل أن تبدأ ({start})</translation>
    </message>
  </context>
  <context>
    <name>coordinates</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="52" />
      <source>No coordinates were typed. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation>لم تُكتب إحداثيات. المتوقع: بالدرجات العشرية (34.348, 45.391)، أو بالدرجات والدقائق والثواني (34°20'53"N 45°23'28"E)، أو UTM (38S 535960 3800812) أو MGRS (38SND3596000811).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="56" />
      <source>Could not read "{text}" as coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation>تعذرت قراءة «{text}» كإحداثيات. المتوقع: بالدرجات العشرية (34.348, 45.391)، أو بالدرجات والدقائق والثواني (34°20'53"N 45°23'28"E)، أو UTM (38S 535960 3800812) أو MGRS (38SND3596000811).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="60" />
      <source>"{character}" cannot be part of coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation>لا يمكن أن يكون «{character}» جزءاً من الإحداثيات. المتوقع: بالدرجات العشرية (34.348, 45.391)، أو بالدرجات والدقائق والثواني (34°20'53"N 45°23'28"E)، أو UTM (38S 535960 3800812) أو MGRS (38SND3596000811).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="64" />
      <source>The text is too long to be coordinates ({length} characters).</source>
      <translation>النص أطول من أن يكون إحداثيات ({length} حرفاً).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="65" />
      <source>Cannot tell where the latitude ends and the longitude begins in "{text}"; separate them with a comma, or add N and E.</source>
      <translation>لا يمكن تحديد أين ينتهي خط العرض ويبدأ خط الطول في «{text}»؛ افصل بينهما بفاصلة أو أضف N و E.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="69" />
      <source>Minutes must be below 60, not {value}.</source>
      <translation>يجب أن تكون الدقائق أقل من 60، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="70" />
      <source>Seconds must be below 60, not {value}.</source>
      <translation>يجب أن تكون الثواني أقل من 60، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="71" />
      <source>Only the last of degrees, minutes and seconds may have decimals, not {value}.</source>
      <translation>الكسور العشرية مسموحة في آخر الدرجات والدقائق والثواني فقط، لا في {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="74" />
      <source>A coordinate has both a minus sign and a letter ({letter}); use one or the other.</source>
      <translation>لإحداثية إشارة سالب وحرف معاً ({letter})؛ استخدم أحدهما.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="77" />
      <source>A latitude must be between 90° S and 90° N, not {value}.</source>
      <translation>يجب أن يكون خط العرض بين 90° جنوباً و90° شمالاً، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="78" />
      <source>A longitude must be between 180° W and 180° E, not {value}.</source>
      <translation>يجب أن يكون خط الطول بين 180° غرباً و180° شرقاً، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="79" />
      <source>Neither number can be a latitude (between 90° S and 90° N): {first}, {second}.</source>
      <translation>لا يمكن لأي من الرقمين أن يكون خط عرض (بين 90° جنوباً و90° شمالاً): {first}، {second}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="82" />
      <source>Both coordinates are marked N or S; one must be a longitude, marked E or W.</source>
      <translation>كلتا الإحداثيتين معلّمتان بـ N أو S؛ يجب أن تكون إحداهما خط طول معلّماً بـ E أو W.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="85" />
      <source>Both coordinates are marked E or W; one must be a latitude, marked N or S.</source>
      <translation>كلتا الإحداثيتين معلّمتان بـ E أو W؛ يجب أن تكون إحداهما خط عرض معلّماً بـ N أو S.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="88" />
      <source>UTM zone {zone} is not used in Iraq; Iraq spans zones 37 to 39 (for example 38S 535960 3800812).</source>
      <translation>نطاق UTM رقم {zone} لا يُستخدم في العراق؛ يمتد العراق على النطاقات 37 إلى 39 (مثلاً 38S 535960 3800812).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="91" />
      <source>"{band}" is not a latitude band letter (C to X, without I and O).</source>
      <translation>«{band}» ليس حرف نطاق عرض (من C إلى X، دون I و O).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="94" />
      <source>Latitude band {band} is south of the equator; Iraq lies in bands R and S of the northern hemisphere.</source>
      <translation>نطاق العرض {band} جنوب خط الاستواء؛ يقع العراق في النطاقين R و S من نصف الكرة الشمالي.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="97" />
      <source>A UTM easting must be between 100000 and 900000 metres, not {value}.</source>
      <translation>يجب أن يكون الإحداثي الشرقي لـ UTM بين 100000 و900000 متر، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="98" />
      <source>A UTM northing must be between 0 and 9350000 metres north of the equator, not {value}.</source>
      <translation>يجب أن يكون الإحداثي الشمالي لـ UTM بين 0 و9350000 متر شمال خط الاستواء، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="101" />
      <source>The point is at latitude {latitude}°, outside latitude band {band} ({south}° to {north}°); check the band letter and the northing.</source>
      <translation>النقطة عند خط العرض {latitude}°، خارج نطاق العرض {band} ({south}° إلى {north}°)؛ تحقق من حرف النطاق والإحداثي الشمالي.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="105" />
      <source>An MGRS reference needs 1 to 5 digits for the easting and as many for the northing after the 100 km square letters, as in 38SMB4123401234; "{reference}" has {count} digits.</source>
      <translation>يحتاج مرجع MGRS إلى 1 إلى 5 أرقام للإحداثي الشرقي ومثلها للشمالي بعد حرفي مربع 100 كم، كما في 38SMB4123401234؛ «{reference}» فيه {count} أرقام.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="109" />
      <source>"{square}" is not a 100 km square of zone {zone}: its first letter must be one of {allowed} and its second one of A to V (without I and O).</source>
      <translation>«{square}» ليس مربع 100 كم في النطاق {zone}: يجب أن يكون حرفه الأول من {allowed} والثاني من A إلى V (دون I و O).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="113" />
      <source>UTM and MGRS cover latitudes from 80° S to 84° N, not {value}.</source>
      <translation>يغطي UTM و MGRS خطوط العرض من 80° جنوباً إلى 84° شمالاً، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="114" />
      <source>Coordinates must be finite numbers.</source>
      <translation>يجب أن تكون الإحداثيات أرقاماً محدودة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="116" />
      <source>Read as longitude, latitude: the other way round the point would be outside Iraq.</source>
      <translation>قُرئت كخط طول ثم خط عرض: بالترتيب المعاكس ستكون النقطة خارج العراق.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="119" />
      <source>This point is outside Iraq.</source>
      <translation>هذه النقطة خارج العراق.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="120" />
      <source>This point is outside Iraq; with latitude and longitude the other way round it would be inside. Check the N/E letters or signs.</source>
      <translation>هذه النقطة خارج العراق؛ ولو عُكس خط العرض وخط الطول لكانت داخله. تحقق من الحرفين N/E أو الإشارات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/coordinates.py" line="124" />
      <source>Read as latitude, longitude; the point would also be inside Iraq the other way round.</source>
      <translation>قُرئت كخط عرض ثم خط طول؛ والنقطة داخل العراق بالترتيب المعاكس أيضاً.</translation>
    </message>
  </context>
  <context>
    <name>draft_task</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/draft_task.py" line="31" />
      <source>Drafting incidents from a report</source>
      <translation>صياغة حوادث من تقرير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/draft_task.py" line="57" />
      <source>Drafting from a report failed: {error}</source>
      <translation>فشلت الصياغة من تقرير: {error}</translation>
    </message>
  </context>
  <context>
    <name>drafting</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="86" />
      <source>The publication date is needed to resolve the report's dates.</source>
      <translation>تاريخ النشر مطلوب لتحديد تواريخ التقرير.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="381" />
      <source>Between {start} and {end}</source>
      <translation>بين {start} و{end}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="384" />
      <source>Week of {date}</source>
      <translation>أسبوع {date}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="386" />
      <source>On {date}</source>
      <translation>في {date}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="391" />
      <source>in {place}</source>
      <translation>في {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="398" />
      <source>perpetrator: {actor}</source>
      <translation>الفاعل: {actor}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="400" />
      <source>target community: {community}</source>
      <translation>المجتمع المستهدف: {community}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="403" />
      <source>{n} killed</source>
      <translation>{n} قتيل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="403" />
      <source>{n} wounded</source>
      <translation>{n} جريح</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/drafts.py" line="403" />
      <source>{n} abducted</source>
      <translation>{n} مختطف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/drafting/events.py" line="28" />
      <source>resources/drafting/events.json: {rule} does not follow the taxonomy</source>
      <translation>resources/drafting/events.json: ‏{rule} لا يتبع التصنيف</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="139" />
      <source>The export was canceled; {path} is unchanged.</source>
      <translation>أُلغي التصدير؛ لم يتغير {path}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="152" />
      <source>{path} has no zones layers; the export has none.</source>
      <translation>لا يحتوي {path} على طبقات مناطق؛ ولن يتضمنها التصدير.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="251" />
      <source>from {first} to {last}</source>
      <translation>من {first} إلى {last}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="251" />
      <source>no incidents</source>
      <translation>لا حوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="252" />
      <source> Public version: internal fields removed, coordinates rounded to {n} decimals.</source>
      <translation> نسخة عامة: حُذفت الحقول الداخلية وقُرّبت الإحداثيات إلى {n} منازل عشرية.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="254" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="256" />
      <source>Incidents of political violence with their figures, actors and places, {period}; {count} incidents.</source>
      <translation>حوادث العنف السياسي مع أرقامها وأطرافها وأماكنها، {period}؛ {count} حادثة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="260" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="260" />
      <source>The sources cited for each incident ({count}); linked to the incidents by incident_uuid.</source>
      <translation>المصادر المذكورة لكل حادثة ({count})؛ مرتبطة بالحوادث عبر incident_uuid.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="263" />
      <source>Store metadata</source>
      <translation>البيانات الوصفية للمخزن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="263" />
      <source>Incident Tracker schema version and export settings.</source>
      <translation>نسخة مخطط متتبع الحوادث وإعدادات التصدير.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="266" />
      <source>Disputed zone groups</source>
      <translation>مجموعات المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="266" />
      <source>Kurdistan Region</source>
      <translation>إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="267" />
      <source>Sub-districts and disputed zones</source>
      <translation>النواحي والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="268" />
      <source>Districts and disputed zones</source>
      <translation>الأقضية والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="268" />
      <source>Zones build metadata</source>
      <translation>البيانات الوصفية لإنشاء المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="271" />
      <source>Zones layer of Incident Tracker (disputed territories of Iraq). </source>
      <translation>طبقة مناطق من متتبع الحوادث (المناطق المتنازع عليها في العراق). </translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="301" />
      <source>Incident Tracker export</source>
      <translation>تصدير متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="305" />
      <source>Incident Tracker – {name}</source>
      <translation>متتبع الحوادث – {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="318" />
      <source>Incident Tracker style</source>
      <translation>نمط متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="320" />
      <source>Could not save the style of {table}: {error}</source>
      <translation>تعذّر حفظ نمط {table}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="337" />
      <source>Could not write the project into {path}: {error}</source>
      <translation>تعذّرت كتابة المشروع في {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="363" />
      <source>Exported by Incident Tracker on {time}</source>
      <translation>صدّره متتبع الحوادث في {time}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="384" />
      <source>The export is still in use by another program; try again.</source>
      <translation>ملف التصدير لا يزال قيد الاستخدام من برنامج آخر؛ حاول مجدداً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_geopackage.py" line="379" />
      <source>The exported file failed its integrity check: {result}</source>
      <translation>فشل الملف المصدَّر في فحص السلامة: {result}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/export_files.py" line="70" />
      <source>The folder {folder} does not exist.</source>
      <translation>المجلد {folder} غير موجود.</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="11" />
      <source>Detect from the header</source>
      <translation>الاكتشاف من سطر العناوين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="12" />
      <source>ACLED export</source>
      <translation>ملف تصدير ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="13" />
      <source>UCDP GED (CSV or API JSON)</source>
      <translation>UCDP GED (CSV أو JSON من الواجهة البرمجية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="61" />
      <source>{rows} × {reason} (first on line {line})</source>
      <translation>{rows} × {reason} (أولها في السطر {line})</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="67" />
      <source>Nothing was imported from {file}: all {count} rows were skipped. Most common reasons: {reasons}</source>
      <translation>لم يُستورد شيء من {file}: تُخطّيت الصفوف كلها ({count}). الأسباب الأكثر تكراراً: {reasons}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="73" />
      <source>Imported {count}</source>
      <translation>استُورد {count}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="75" />
      <source>line {line}: {reason}</source>
      <translation>السطر {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="77" />
      <source>; …{count} more</source>
      <translation>؛ …و{count} أخرى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="78" />
      <source>skipped {count} ({lines}{more})</source>
      <translation>تُخطّي {count} ({lines}{more})</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="80" />
      <source>{count} already in the store</source>
      <translation>{count} موجودة مسبقاً في المخزن</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="82" />
      <source>{count} rows repeated earlier rows of the file exactly (same ID, same values) and were counted once</source>
      <translation>{count} صفاً كرّرت صفوفاً سابقة من الملف تماماً (المعرّف نفسه والقيم نفسها) فحُسبت مرة واحدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="85" />
      <source>{count} flagged as likely duplicates</source>
      <translation>{count} عُلّمت مكرراتٍ محتملة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="87" />
      <source>{count} incidents name other governorates, districts or sub-districts than the COD-AB units at their point (see their admin_disagreement field)</source>
      <translation>{count} حادثة تسمّي محافظات أو أقضية أو نواحي غير الوحدات الإدارية في COD-AB عند نقطتها (انظر حقل admin_disagreement)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="91" />
      <source>{count} points could only be checked against Iraq's bounding box, not its border: the store has no zones yet (build them with Add disputed zones in the Incident Tracker menu, or the Build disputed zones algorithm, before importing)</source>
      <translation>{count} نقطة أمكن التحقق منها بالمستطيل المحيط بالعراق فقط لا بحدوده: ليس في المخزن مناطق بعد (أنشئها بـ«إضافة المناطق المتنازع عليها» في قائمة متتبع الحوادث، أو بخوارزمية «إنشاء المناطق المتنازع عليها»، قبل الاستيراد)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="115" />
      <source>Invisible control characters (NUL, byte-order marks, bidirectional overrides) were removed from {count} lines or cells.</source>
      <translation>أُزيلت محارف تحكّم غير مرئية (NUL، علامات ترتيب البايتات، محارف تجاوز الاتجاه) من {count} من الأسطر أو الخلايا.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="194" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation>أُلغي الاستيراد؛ لم يتغير المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/importer.py" line="222" />
      <source>{field}: {value} is also on line {first} with other values; only line {first} was imported</source>
      <translation>{field}: {value} موجود أيضاً في السطر {first} بقيم أخرى؛ استُورد السطر {first} وحده</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="47" />
      <source>{field}: '{value}' is not a date (expected YYYY-MM-DD)</source>
      <translation>{field}: '{value}' ليس تاريخاً (المتوقع YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="48" />
      <source>{field}: '{value}' is not a real calendar date</source>
      <translation>{field}: '{value}' ليس تاريخاً حقيقياً في التقويم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="49" />
      <source>{field}: '{value}' could be {first} or {second}: day and month cannot be told apart. Re-save the file with ISO dates (YYYY-MM-DD)</source>
      <translation>{field}: '{value}' قد يكون {first} أو {second}: لا يمكن التمييز بين اليوم والشهر. أعد حفظ الملف بتواريخ ISO (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="52" />
      <source>{field}: '{value}' has a two-digit year and the row has no year column to give its century. Re-save the file with four-digit years or ISO dates (YYYY-MM-DD)</source>
      <translation>{field}: '{value}' سنته من رقمين وليس في الصف عمود year يحدد قرنها. أعد حفظ الملف بسنوات من أربعة أرقام أو بتواريخ ISO (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="55" />
      <source>{field}: '{value}' does not agree with the row's year {year}</source>
      <translation>{field}: '{value}' لا يتفق مع سنة الصف {year}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="56" />
      <source>year: '{year}' is not a year</source>
      <translation>year: '{year}' ليست سنة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/dates.py" line="57" />
      <source>{field}: '{value}' is not a date but a number (an Excel serial date?): numbers are read as dates only when the whole column is numbers. Re-save the file with ISO dates (YYYY-MM-DD)</source>
      <translation>{field}: '{value}' ليس تاريخاً بل رقم (تاريخ تسلسلي من Excel؟): تُقرأ الأرقام تواريخَ فقط عندما يكون العمود كله أرقاماً. أعد حفظ الملف بتواريخ ISO (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/import_files.py" line="49" />
      <source>{path} is a ZIP archive but not an XLSX spreadsheet GDAL can read.</source>
      <translation>{path} أرشيف ZIP لكنه ليس جدول XLSX يستطيع GDAL قراءته.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/sheet_rows.py" line="33" />
      <source>{path}: the first sheet is empty.</source>
      <translation>{path}: الورقة الأولى فارغة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/ucdp.py" line="103" />
      <source>{field} is empty</source>
      <translation>{field} فارغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="92" />
      <source>event_type: '{value}' (ACLED before 2019) is Riots or Protests by its actors' types, and neither inter1 nor inter2 is 5 (Rioters) or 6 (Protesters)</source>
      <translation>event_type: ‏'{value}' (ACLED قبل 2019) هو أعمال شغب أو احتجاجات بحسب أنواع فاعليه، وليس أيٌّ من inter1 أو inter2 يساوي 5 (مثيرو شغب) أو 6 (محتجّون)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/acled.py" line="121" />
      <source>{field}: {value} is not an ACLED actor type code (1 to 8)</source>
      <translation>{field}: {value} ليس رمز نوع فاعل في ACLED (من 1 إلى 8)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="82" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/cell_text.py" line="36" />
      <source>{field}: the text is not valid in the file's encoding (a damaged byte)</source>
      <translation>{field}: النص غير صالح في ترميز الملف (بايت تالف)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/cell_text.py" line="42" />
      <source>{field}: a list or an object where one value is expected</source>
      <translation>{field}: قائمة أو كائن حيث تُنتظر قيمة واحدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="162" />
      <source>{path} is empty.</source>
      <translation>{path} فارغ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="165" />
      <source>{path}: the header line is not {encoding} text like the rest of the file.</source>
      <translation>{path}: سطر العناوين ليس نصاً بترميز {encoding} مثل بقية الملف.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="169" />
      <source>{path}: the first line is not a header of column names separated by commas, semicolons or tabs.</source>
      <translation>{path}: السطر الأول ليس سطر عناوين بأسماء أعمدة تفصلها فواصل أو فواصل منقوطة أو علامات جدولة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="198" />
      <source>a quoted field is not closed</source>
      <translation>حقل بين علامتي تنصيص لم يُغلق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="198" />
      <source>broken quoting ({error})</source>
      <translation>علامات تنصيص معطوبة ({error})</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="209" />
      <source>line {line} is not {encoding} text like the rest of the file (a damaged byte, or lines saved in another encoding)</source>
      <translation>السطر {line} ليس نصاً بترميز {encoding} مثل بقية الملف (بايت تالف، أو أسطر محفوظة بترميز آخر)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/csv_reading.py" line="221" />
      <source>{count} fields where the header has {width} (broken quoting or a stray delimiter?)</source>
      <translation>{count} من الحقول حيث يحوي سطر العناوين {width} (علامات تنصيص معطوبة أو فاصل زائد؟)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="44" />
      <source>{field}: {length} characters is not a plausible value (broken quoting?)</source>
      <translation>{field}: {length} محرفاً ليست قيمة معقولة (علامات تنصيص معطوبة؟)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="56" />
      <source>{field}: a number of {length} characters is not a plausible value</source>
      <translation>{field}: رقم من {length} محرفاً ليس قيمة معقولة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="71" />
      <source>{field}: '{value}' is not a whole number</source>
      <translation>{field}: '{value}' ليس عدداً صحيحاً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_cells.py" line="111" />
      <source>{field}: {value} is not a known code</source>
      <translation>{field}: {value} ليس رمزاً معروفاً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_columns.py" line="102" />
      <source>{file}, line {line}: HXL hashtags (#...), as in HDX downloads, skipped.</source>
      <translation>{file}، السطر {line}: وسوم HXL ‏(#...)، كما في تنزيلات HDX، تُخطّيت.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_columns.py" line="124" />
      <source>{path}: the first line is not a header of column names: {line}</source>
      <translation>{path}: السطر الأول ليس سطر عناوين بأسماء الأعمدة: {line}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_columns.py" line="129" />
      <source>{path}: the column {name} appears twice (columns {first} and {second}); one of them would be lost. Rename or delete one and import again.</source>
      <translation>{path}: يظهر العمود {name} مرتين (العمودان {first} و{second})؛ سيضيع أحدهما. أعد تسمية أحدهما أو احذفه ثم استورد مجدداً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="43" />
      <source>The columns are neither an ACLED export (expected {acled}) nor a UCDP GED file (expected {ucdp}). Found: {found}</source>
      <translation>الأعمدة ليست تصديراً من ACLED (المتوقع {acled}) ولا ملفاً من UCDP GED (المتوقع {ucdp}). الموجود: {found}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="53" />
      <source>Unknown import format {fmt}; use one of {formats}.</source>
      <translation>صيغة استيراد غير معروفة {fmt}؛ استخدم إحدى الصيغ {formats}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/import_formats.py" line="59" />
      <source>The file lacks the {label} columns {missing}.</source>
      <translation>تنقص الملفَ أعمدةُ {label} التالية: {missing}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="77" />
      <source>{path} is an error answer of the ACLED API, not data: {message}</source>
      <translation>{path} استجابة خطأ من واجهة ACLED البرمجية، لا بيانات: {message}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="80" />
      <source>{path}: a JSON file, but neither an ACLED API answer (a 'data' list) nor a UCDP API answer (a 'Result' list).</source>
      <translation>{path}: ملف JSON، لكنه ليس استجابة من واجهة ACLED البرمجية (قائمة 'data') ولا من واجهة UCDP البرمجية (قائمة 'Result').</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="83" />
      <source>{path} holds no records (an empty answer: check the query's filters).</source>
      <translation>لا يحوي {path} أي سجلات (استجابة فارغة: تحقّق من مرشّحات الاستعلام).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="86" />
      <source>{path} is one page of a longer UCDP answer ({count} of {total} records): download the other pages (NextPageUrl) and import them too.</source>
      <translation>{path} صفحة واحدة من استجابة أطول من UCDP ({count} من {total} سجلاً): نزّل الصفحات الأخرى (NextPageUrl) واستوردها أيضاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="107" />
      <source>the record is not an object of named values</source>
      <translation>السجل ليس كائناً من قيم مسمّاة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="114" />
      <source>the key {name} is given twice in the record</source>
      <translation>المفتاح {name} مذكور مرتين في السجل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/json_reading.py" line="150" />
      <source>{path} is not valid JSON (broken at line {line}).</source>
      <translation>{path} ليس JSON صالحاً (معطوب عند السطر {line}).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/sheet_rows.py" line="58" />
      <source>a value in column {column}, which has no name in the header row</source>
      <translation>قيمة في العمود {column} الذي لا اسم له في صف العناوين</translation>
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
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="398" />
      <source>Sources of the incident</source>
      <translation>مصادر الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="497" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="497" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="412" />
      <source>Could not open the layers of {path}.</source>
      <translation>تعذّر فتح طبقات {path}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="512" />
      <source>Incident Tracker – {name}</source>
      <translation>متتبع الحوادث – {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>Figures</source>
      <translation>الأرقام</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="334" />
      <source>Description and review</source>
      <translation>الوصف والمراجعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="387" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/ddl.py" line="57" />
      <source>none or unknown</source>
      <translation>لا أحد أو غير معروف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/ddl.py" line="57" />
      <source>50 or more</source>
      <translation>50 أو أكثر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/layers.py" line="271" />
      <source>{event_type}, killed: {killed}</source>
      <translation>{event_type}، القتلى: {killed}</translation>
    </message>
  </context>
  <context>
    <name>output_guard</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="96" />
      <source>{output} is the file {source} that this reads (the same file, perhaps through a link or another name); nothing was written. Choose another file for the output.</source>
      <translation>{output} هو الملف {source} الذي تقرأ منه هذه العملية (الملف نفسه، ربما عبر رابط أو باسم آخر)؛ لم يُكتب شيء. اختر ملفًا آخر للمُخرَج.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="102" />
      <source>{output} is an incident store: an output never replaces a store, whose incidents would be lost. Nothing was written; choose another file.</source>
      <translation>{output} مخزن حوادث: لا يحلّ أي مُخرَج محلّ مخزن، وإلا ضاعت حوادثه. لم يُكتب شيء؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="106" />
      <source>{output} is a database that could not be read to check that it is not an incident store (in use by another program, or damaged); nothing was written. Choose another file.</source>
      <translation>{output} قاعدة بيانات تعذّرت قراءتها للتحقق من أنها ليست مخزن حوادث (يستخدمها برنامج آخر، أو هي تالفة)؛ لم يُكتب شيء. اختر ملفًا آخر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/output_guard.py" line="116" />
      <source>The folder {folder} is read-only: no file can be written there. Nothing was written; choose another folder.</source>
      <translation>المجلد {folder} للقراءة فقط: لا يمكن كتابة أي ملف فيه. لم يُكتب شيء؛ اختر مجلدًا آخر.</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="26" />
      <source>Likely duplicate</source>
      <translation>مكرّرة على الأرجح</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="27" />
      <source>Sources disagree on the figures</source>
      <translation>تختلف المصادر في الأرقام</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="28" />
      <source>Unverified, one source</source>
      <translation>غير متحقَّق منها، مصدر واحد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="29" />
      <source>Awaiting review</source>
      <translation>بانتظار المراجعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="36" />
      <source>Added</source>
      <translation>أُضيفت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="37" />
      <source>Changed</source>
      <translation>عُدّلت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="38" />
      <source>Deleted</source>
      <translation>حُذفت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="39" />
      <source>Status changed</source>
      <translation>تغيّرت الحالة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="40" />
      <source>Merged</source>
      <translation>دُمجت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="41" />
      <source>Restored</source>
      <translation>استُعيدت</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="42" />
      <source>Source added</source>
      <translation>أُضيف مصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="43" />
      <source>Source changed</source>
      <translation>عُدّل مصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/review.py" line="44" />
      <source>Source removed</source>
      <translation>أُزيل مصدر</translation>
    </message>
  </context>
  <context>
    <name>schema</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Incident ID</source>
      <translation>معرّف الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>ACLED event ID</source>
      <translation>معرّف الحدث في ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>UCDP event ID</source>
      <translation>معرّف الحدث في UCDP</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Event date</source>
      <translation>تاريخ الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Date precision</source>
      <translation>دقة التاريخ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Disorder type</source>
      <translation>نوع الاضطراب</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Event type</source>
      <translation>نوع الحدث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-event type</source>
      <translation>النوع الفرعي للحدث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Perpetrator</source>
      <translation>الفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Perpetrator's associates</source>
      <translation>المرتبطون بالفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Perpetrator type</source>
      <translation>نوع الفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Attribution</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target</source>
      <translation>المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target's associates</source>
      <translation>المرتبطون بالمستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target type</source>
      <translation>نوع المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Target community</source>
      <translation>المجتمع المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Civilians targeted</source>
      <translation>استهداف المدنيين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Governorate</source>
      <translation>المحافظة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Governorate P-code</source>
      <translation>رمز المحافظة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>District</source>
      <translation>القضاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>District P-code</source>
      <translation>رمز القضاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-district</source>
      <translation>الناحية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-district P-code</source>
      <translation>رمز الناحية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Disputed zone</source>
      <translation>المنطقة المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Disputed zone group</source>
      <translation>مجموعة المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Location precision</source>
      <translation>دقة الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed (best)</source>
      <translation>القتلى (أفضل تقدير)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Best figure set by analyst</source>
      <translation>أفضل تقدير حدده المحلل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed (low)</source>
      <translation>القتلى (الحد الأدنى)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed (high)</source>
      <translation>القتلى (الحد الأعلى)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Wounded</source>
      <translation>الجرحى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Abducted</source>
      <translation>المختطفون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed: civilians</source>
      <translation>القتلى: مدنيون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed: security forces</source>
      <translation>القتلى: قوات أمنية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Killed: perpetrators</source>
      <translation>القتلى: من المنفذين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Source scale</source>
      <translation>نطاق المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Verification</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Likely duplicate of</source>
      <translation>مكرر محتمل لـ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Created</source>
      <translation>أُنشئ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Updated</source>
      <translation>حُدّث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Created by</source>
      <translation>أنشأه</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Row version</source>
      <translation>نسخة السجل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Source ID</source>
      <translation>معرّف المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Outlet</source>
      <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>URL</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Accessed</source>
      <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Source type</source>
      <translation>نوع المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Reliability (A-F)</source>
      <translation>الموثوقية (A-F)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Credibility (1-6)</source>
      <translation>المصداقية (1-6)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Killed, as reported</source>
      <translation>القتلى كما أُبلغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Wounded, as reported</source>
      <translation>الجرحى كما أُبلغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Abducted, as reported</source>
      <translation>المختطفون كما أُبلغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Excerpt</source>
      <translation>مقتطف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="168" />
      <source>Archive URL</source>
      <translation>رابط الأرشيف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Merged into</source>
      <translation>مدمجة في</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Changed at</source>
      <translation>وقت التغيير</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Changed by</source>
      <translation>غيّرها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>What changed</source>
      <translation>ما الذي تغيّر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="188" />
      <source>After</source>
      <translation>بعد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Event type in the source</source>
      <translation>نوع الحدث في المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Governorate in the source</source>
      <translation>المحافظة في المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>District in the source</source>
      <translation>القضاء في المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Sub-district in the source</source>
      <translation>الناحية في المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/schema.py" line="49" />
      <source>Source's admin names differ</source>
      <translation>الأسماء الإدارية في المصدر مختلفة</translation>
    </message>
  </context>
  <context>
    <name>slots</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/slots.py" line="34" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/slots.py" line="50" />
      <source>Something went wrong ({error}); the details are in the message log, tab “Incident Tracker”.</source>
      <translation>حدث خطأ ({error})؛ التفاصيل في سجل الرسائل، تبويب “Incident Tracker”.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_copy.py" line="22" />
      <source>The target store already holds incidents; copy into a new, empty store.</source>
      <translation>المخزن الهدف يحتوي على حوادث بالفعل؛ انسخ إلى مخزن جديد فارغ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="79" />
      <source>Someone else saved this incident after you opened it. Compare both versions and choose which to keep.</source>
      <translation>حفظ شخص آخر هذه الحادثة بعد أن فتحتها. قارن بين النسختين واختر أيهما تحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="81" />
      <source>The incident changed in the store since then (someone else saved it); the change was not undone or redone.</source>
      <translation>تغيّرت الحادثة في المخزن منذ ذلك الحين (حفظها شخص آخر)؛ لم يُتراجع عن التغيير ولم يُعد.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_search.py" line="54" />
      <source>{name}: search indexes added.</source>
      <translation>{name}: أُضيفت فهارس البحث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_search.py" line="56" />
      <source>{name}: the search indexes could not be added ({error}); searching by scans.</source>
      <translation>{name}: تعذّرت إضافة فهارس البحث ({error})؛ يجري البحث بقراءة كل الصفوف.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="134" />
      <source>{path} is read-only (file permissions, or a read-only disk); nothing was written.</source>
      <translation>{path} للقراءة فقط (صلاحيات الملف، أو قرص للقراءة فقط)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="136" />
      <source>The disk holding {path} is full; nothing was written. Free some space and try again.</source>
      <translation>القرص الذي يحوي {path} ممتلئ؛ لم يُكتب شيء. حرّر بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="138" />
      <source>Could not open {path} for writing (is its folder read-only or gone?); nothing was written.</source>
      <translation>تعذّر فتح {path} للكتابة (هل مجلده للقراءة فقط أو لم يعد موجوداً؟)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="140" />
      <source>Could not write {path} ({error}); nothing was written.</source>
      <translation>تعذّرت الكتابة في {path} ({error})؛ لم يُكتب شيء.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="209" />
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path} موجود مسبقاً؛ اختر اسم ملف جديداً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="221" />
      <source>Could not create {path}: {error}</source>
      <translation>تعذّر إنشاء {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="222" />
      <source>Could not create {path}.</source>
      <translation>تعذّر إنشاء {path}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="272" />
      <source>{path} was deleted or replaced since it was opened; nothing was written. Open the store again.</source>
      <translation>حُذف {path} أو استُبدل منذ فتحه؛ لم يُكتب شيء. افتح المخزن مجدداً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="277" />
      <source>{path} does not exist.</source>
      <translation>{path} غير موجود.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="282" />
      <source>{path} is not an Incident Tracker store (no store metadata found).</source>
      <translation>{path} ليس مخزناً لمتتبع الحوادث (لم تُعثر على البيانات الوصفية للمخزن).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="289" />
      <source>{path} is not an Incident Tracker store.</source>
      <translation>{path} ليس مخزناً لمتتبع الحوادث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="297" />
      <source>{path} was written by a newer version of Incident Tracker (store schema {found}; this version reads up to {supported}). Update the plugin to open it.</source>
      <translation>كُتب {path} بنسخة أحدث من متتبع الحوادث (مخطط المخزن {found}؛ هذه النسخة تقرأ حتى {supported}). حدّث الإضافة لفتحه.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="307" />
      <source>{path} was written by an older version of Incident Tracker (store schema {found}) and is upgraded to schema {supported} when it is opened, but the upgrade could not be written: {reason}</source>
      <translation>كُتب {path} بإصدار أقدم من متتبع الحوادث (مخطط المخزن {found}) ويُرقّى إلى المخطط {supported} عند فتحه، لكن تعذّرت كتابة الترقية: {reason}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/gpkg_store.py" line="449" />
      <source>Could not open {path}: {error}</source>
      <translation>تعذّر فتح {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_connection.py" line="36" />
      <source>QGIS has no PostgreSQL connection named {name}.</source>
      <translation>لا يوجد في QGIS اتصال PostgreSQL باسم {name}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_connection.py" line="56" />
      <source>QGIS could not read the authentication configuration {authcfg} (is its master password set?).</source>
      <translation>تعذّر على QGIS قراءة إعداد المصادقة {authcfg} (هل عُيّنت كلمة المرور الرئيسية؟).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="38" />
      <source>PostGIS stores need the psycopg2 Python module (Debian/Ubuntu: apt install python3-psycopg2).</source>
      <translation>تحتاج مخازن PostGIS إلى وحدة Python المسماة psycopg2 (في Debian/Ubuntu: apt install python3-psycopg2).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="45" />
      <source>{schema} is not a usable schema name (letters, digits and _, not starting with a digit).</source>
      <translation>{schema} ليس اسم مخطط صالحاً (حروف وأرقام و_، ولا يبدأ برقم).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="90" />
      <source>{name} already holds an Incident Tracker store in the schema {schema}.</source>
      <translation>يحوي {name} مسبقاً مخزناً لمتتبع الحوادث في المخطط {schema}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="110" />
      <source>The schema {schema} of {name} already holds other tables; choose another schema.</source>
      <translation>يحوي المخطط {schema} في {name} جداول أخرى مسبقاً؛ اختر مخططاً آخر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="118" />
      <source>PostGIS is not enabled in {name}: an administrator runs CREATE EXTENSION postgis in that database.</source>
      <translation>PostGIS غير مفعّل في {name}: ينفّذ مسؤول الأمرَ CREATE EXTENSION postgis في قاعدة البيانات تلك.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="135" />
      <source>The schema {schema} of {name} holds no Incident Tracker store.</source>
      <translation>لا يحوي المخطط {schema} في {name} أي مخزن لمتتبع الحوادث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="139" />
      <source>{name} was written by a newer version of Incident Tracker (store schema {found}; this version reads up to {supported}). Update the plugin to open it.</source>
      <translation>كُتب {name} بنسخة أحدث من متتبع الحوادث (مخطط المخزن {found}؛ هذه النسخة تقرأ حتى {supported}). حدّث الإضافة لفتحه.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="145" />
      <source>The store in {name} has an older schema ({found}). Its administrator upgrades it with 'Create incident store' on the same connection and schema.</source>
      <translation>للمخزن في {name} مخطط أقدم ({found}). يرقّيه مسؤوله بخوارزمية «إنشاء مخزن حوادث» على الاتصال والمخطط نفسيهما.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="257" />
      <source>Could not connect to {name}: {error}</source>
      <translation>تعذّر الاتصال بـ {name}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/postgis_store.py" line="259" />
      <source>Passwords are only taken from an authentication configuration: give the connection one in QGIS.</source>
      <translation>لا تؤخذ كلمات المرور إلا من إعداد مصادقة: أعطِ الاتصال إعداداً في QGIS.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="34" />
      <source>{status} is not a review status.</source>
      <translation>{status} ليست حالة مراجعة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="358" />
      <source>The incident {uuid} is not in the store.</source>
      <translation>الحادثة {uuid} ليست في المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="100" />
      <source>An incident cannot be merged into itself.</source>
      <translation>لا يمكن دمج حادثة في نفسها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="108" />
      <source>The incident {uuid} was already merged into {survivor}.</source>
      <translation>دُمجت الحادثة {uuid} مسبقاً في {survivor}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="116" />
      <source>{field} is not a field the merged incident can give.</source>
      <translation>{field} ليس حقلاً يمكن أن تعطيه الحادثة المدموجة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/review_store.py" line="179" />
      <source>The incident {uuid} has no version {version} in its history.</source>
      <translation>ليس للحادثة {uuid} نسخة {version} في سجلها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="696" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation>أُلغي الاستيراد؛ لم يتغير المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="767" />
      <source>This store was written by a newer version of Incident Tracker.</source>
      <translation>كُتب هذا المخزن بنسخة أحدث من متتبع الحوادث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store.py" line="770" />
      <source>No upgrade is known from store schema {version}.</source>
      <translation>لا توجد ترقية معروفة من مخطط المخزن {version}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_search.py" line="63" />
      <source>{name}: the search and lookup indexes of this version are missing. Its administrator adds them with 'Create incident store' on the same connection and schema; until then typed text is searched by scans.</source>
      <translation>{name}: فهارس البحث والاستعلام الخاصة بهذا الإصدار غير موجودة. يضيفها مسؤول المخزن عبر 'إنشاء مخزن الحوادث' على الاتصال والمخطط نفسيهما؛ وحتى ذلك الحين يُبحث عن النص المكتوب بالمسح الكامل.</translation>
    </message>
  </context>
  <context>
    <name>store_faults</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="68" />
      <source>{path} is being written by another program: try again when it finishes. Nothing was changed.</source>
      <translation>يكتب برنامج آخر في {path} الآن: حاول مجددًا عندما ينتهي. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="111" />
      <source>{path} is damaged: it is cut off ({size} bytes where its header says {expected}; an interrupted copy or download?). SQLite's integrity check says: {check}. Nothing was changed; open a backup or an earlier copy of the store.</source>
      <translation>{path} تالف: إنه مبتور ({size} بايت بينما يذكر رأسه {expected}؛ نسخ أو تنزيل انقطع؟). يقول فحص السلامة في SQLite: {check}. لم يتغيّر شيء؛ افتح نسخة احتياطية أو نسخة سابقة من المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="115" />
      <source>{path} is damaged: SQLite's integrity check says: {check}. Nothing was changed; open a backup or an earlier copy of the store.</source>
      <translation>{path} تالف: يقول فحص السلامة في SQLite: {check}. لم يتغيّر شيء؛ افتح نسخة احتياطية أو نسخة سابقة من المخزن.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="130" />
      <source>{location}: its store schema version "{value}" is not a number (the store's metadata was changed by another program, or is damaged). Nothing was changed; open a backup, or set schema_version in incident_tracker_meta back to a number.</source>
      <translation>{location}: رقم إصدار مخطط المخزن «{value}» ليس عددًا (غيّر برنامج آخر بيانات المخزن الوصفية، أو أنها تالفة). لم يتغيّر شيء؛ افتح نسخة احتياطية، أو أعد schema_version في incident_tracker_meta إلى عدد.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/store_faults.py" line="146" />
      <source>The folder of {path} is read-only: the store can be read, but SQLite cannot write the journal it needs beside the file to change it. Nothing was written; copy the store into a folder you can write to, or make this one writable.</source>
      <translation>مجلد {path} للقراءة فقط: يمكن قراءة المخزن، لكن SQLite لا يستطيع أن يكتب بجانب الملف سجلّ اليومية الذي يحتاجه لتغييره. لم يُكتب شيء؛ انسخ المخزن إلى مجلد يمكنك الكتابة فيه، أو اجعل هذا المجلد قابلًا للكتابة.</translation>
    </message>
  </context>
  <context>
    <name>stores</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_lookup.py" line="302" />
      <source>The zones file {path} could not be read ({error}); incidents will get no zones until the zones are built again.</source>
      <translation>تعذّرت قراءة ملف المناطق {path} ({error})؛ لن تُنسب المناطق إلى الحوادث حتى تُبنى المناطق من جديد.</translation>
    </message>
  </context>
  <context>
    <name>text_index_task</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="97" />
      <source>Indexing the incidents for search: {name}</source>
      <translation>فهرسة الحوادث للبحث: {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="117" />
      <source>{name}: {percent} % of the incidents indexed for search.</source>
      <translation>{name}: فُهرس {percent} % من الحوادث للبحث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="125" />
      <source>{name}: the incidents are indexed for search.</source>
      <translation>{name}: فُهرست الحوادث للبحث.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="127" />
      <source>{name}: the incidents could not be indexed for search ({error}); searching by scans, the indexing continues the next time the store is opened.</source>
      <translation>{name}: تعذّرت فهرسة الحوادث للبحث ({error})؛ يجري البحث بقراءة كل الصفوف، وتُستأنف الفهرسة عند فتح المخزن في المرة القادمة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="131" />
      <source>{name}: indexing for search canceled; it continues the next time the store is opened.</source>
      <translation>{name}: أُلغيت الفهرسة للبحث؛ تُستأنف عند فتح المخزن في المرة القادمة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/text_index_task.py" line="142" />
      <source>{name}: indexing the incidents for search in the background; searching by scans meanwhile.</source>
      <translation>{name}: تجري فهرسة الحوادث للبحث في الخلفية؛ ويجري البحث في الأثناء بقراءة كل الصفوف.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="302" />
      <source>Not a valid date: {value}</source>
      <translation>تاريخ غير صالح: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="113" />
      <source>The event date is required.</source>
      <translation>تاريخ الحادثة مطلوب.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="311" />
      <source>The date {value} is in the future.</source>
      <translation>التاريخ {value} في المستقبل.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="126" />
      <source>The date {value} is before 1900.</source>
      <translation>التاريخ {value} قبل عام 1900.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="135" />
      <source>The end date is before the start date.</source>
      <translation>تاريخ الانتهاء قبل تاريخ البدء.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="141" />
      <source>Precision must be 1, 2 or 3, not {value}.</source>
      <translation>يجب أن تكون الدقة 1 أو 2 أو 3، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="156" />
      <source>The event type is required.</source>
      <translation>نوع الحدث مطلوب.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="158" />
      <source>Unknown event type: {value}</source>
      <translation>نوع حدث غير معروف: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="164" />
      <source>'{sub}' is not a kind of '{event}'.</source>
      <translation>«{sub}» ليس من أنواع «{event}».</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="173" />
      <source>Unknown disorder type: {value}</source>
      <translation>نوع اضطراب غير معروف: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="325" />
      <source>Not an allowed value: {value}</source>
      <translation>قيمة غير مسموح بها: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="201" />
      <source>The high figure is below the low figure.</source>
      <translation>الرقم الأعلى أقل من الرقم الأدنى.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="213" />
      <source>Figures must be whole numbers, not negative: {value}</source>
      <translation>يجب أن تكون الأرقام أعداداً صحيحة غير سالبة: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="219" />
      <source>{value} is not a plausible figure for one incident.</source>
      <translation>{value} ليس رقماً معقولاً لحادثة واحدة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="230" />
      <source>The incident has no location.</source>
      <translation>ليس للحادثة موقع.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="235" />
      <source>Coordinates are not numbers: {lon}, {lat}</source>
      <translation>الإحداثيات ليست أرقاماً: {lon}، {lat}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="242" />
      <source>Coordinates are not finite numbers.</source>
      <translation>الإحداثيات ليست أرقاماً محدودة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="245" />
      <source>Coordinates out of range: {lon}, {lat}</source>
      <translation>الإحداثيات خارج النطاق: {lon}، {lat}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="253" />
      <source>The point is at 0, 0: the coordinates are missing.</source>
      <translation>النقطة عند 0، 0: الإحداثيات مفقودة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="258" />
      <source>The point is outside Iraq; latitude and longitude look swapped.</source>
      <translation>النقطة خارج العراق؛ يبدو أن خط العرض وخط الطول مقلوبان.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="266" />
      <source>The point is outside Iraq.</source>
      <translation>النقطة خارج العراق.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="275" />
      <source>At least one source with an outlet is required.</source>
      <translation>مطلوب مصدر واحد على الأقل مع اسم الوسيلة الإعلامية.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="281" />
      <source>Source {index} has no outlet.</source>
      <translation>المصدر {index} بلا وسيلة إعلامية.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/validation.py" line="291" />
      <source>Not a well-formed web address: {value}</source>
      <translation>عنوان ويب غير سليم: {value}</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="27" />
      <source>{field}: expected a whole number, got {value!r}</source>
      <translation>{field}: المتوقع عدد صحيح، والموجود {value!r}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="52" />
      <source>{field}: '{value}' is not a number</source>
      <translation>{field}: '{value}' ليس عدداً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="54" />
      <source>{field}: '{value}' is not a finite number</source>
      <translation>{field}: '{value}' ليس عدداً منتهياً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="39" />
      <source>{field}: '{value}' is not a whole number</source>
      <translation>{field}: '{value}' ليس عدداً صحيحاً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="42" />
      <source>{field}: {number} is negative</source>
      <translation>{field}: {number} سالب</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/values.py" line="92" />
      <source>{field}: '{value}' is not yes/no</source>
      <translation>{field}: '{value}' ليس نعم/لا</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="138" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="36" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD (سنة-شهر-يوم)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="42" />
      <source>Choose in a calendar</source>
      <translation>اختر من التقويم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="62" />
      <source>Not a date: write it as YYYY-MM-DD, e.g. 2021-09-12.</source>
      <translation>ليس تاريخًا: اكتبه بالشكل YYYY-MM-DD، مثل 2021-09-12.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="67" />
      <source>{date}: is the year right? This date is in the future.</source>
      <translation>{date}: هل السنة صحيحة؟ هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/gui/widgets.py" line="70" />
      <source>{date}: is the year right? This date is long ago.</source>
      <translation>{date}: هل السنة صحيحة؟ هذا التاريخ قديم جدًا.</translation>
    </message>
  </context>
  <context>
    <name>zone_layers</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="144" />
      <source>Disputed zone groups</source>
      <translation>مجموعات المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="144" />
      <source>Disputed zones dissolved by group and status.</source>
      <translation>المناطق المتنازع عليها مدمجة حسب المجموعة والوضع.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="145" />
      <source>Kurdistan Region</source>
      <translation>إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="145" />
      <source>The Kurdistan Region without the disputed areas.</source>
      <translation>إقليم كردستان من دون المناطق المتنازع عليها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="146" />
      <source>Sub-districts and disputed zones</source>
      <translation>النواحي والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="146" />
      <source>Every sub-district with its zone.</source>
      <translation>كل ناحية مع منطقتها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="147" />
      <source>Districts and disputed zones</source>
      <translation>الأقضية والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="147" />
      <source>Every district with its zone.</source>
      <translation>كل قضاء مع منطقته.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="36" />
      <source>Disputed boundary zones</source>
      <translation>مناطق الحدود المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="148" />
      <source>Who held each zone</source>
      <translation>من سيطر على كل منطقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_layers.py" line="148" />
      <source>Each disputed zone once per control period, with its dates and sources: the Temporal Controller shows who held it on each date.</source>
      <translation>كل منطقة متنازع عليها مرة لكل فترة سيطرة، مع تواريخها ومصادرها: يعرض المتحكم الزمني من كان يسيطر عليها في كل تاريخ.</translation>
    </message>
  </context>
  <context>
    <name>zone_lookup</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_lookup.py" line="68" />
      <source>The zones layer has no polygons.</source>
      <translation>طبقة المناطق لا تحوي مضلعات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zone_lookup.py" line="115" />
      <source>{layer} is not a zones layer (no 'region' field); build the zones first</source>
      <translation>{layer} ليست طبقة مناطق (لا يوجد حقل 'region')؛ أنشئ المناطق أولاً</translation>
    </message>
  </context>
  <context>
    <name>zones</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="34" />
      <source>outside the disputed territories</source>
      <translation>خارج المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="29" />
      <source>disputed (UNAMI 2009)</source>
      <translation>متنازع عليها (يونامي 2009)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="30" />
      <source>claimed, outside the UNAMI list</source>
      <translation>مُطالَب بها، خارج قائمة يونامي</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="31" />
      <source>Kurdistan Region</source>
      <translation>إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="32" />
      <source>federal Iraq</source>
      <translation>العراق الاتحادي</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/zones_definition.py" line="33" />
      <source>outside Iraq</source>
      <translation>خارج العراق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="20" />
      <source>Kurdistan Regional Government</source>
      <translation>حكومة إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="21" />
      <source>federal government</source>
      <translation>الحكومة الاتحادية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="22" />
      <source>contested</source>
      <translation>متنازع على السيطرة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="23" />
      <source>shared</source>
      <translation>مشتركة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="24" />
      <source>Islamic State group</source>
      <translation>تنظيم الدولة الإسلامية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/domain/control_periods.py" line="25" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
  </context>
  <context>
    <name>zones_builder</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="73" />
      <source>{districts} districts, {subdistricts} sub-districts written to {path}</source>
      <translation>كُتب {districts} من الأقضية و{subdistricts} من النواحي في {path}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="76" />
      <source>matched by name (no P-code match): {areas}</source>
      <translation>طوبقت بالاسم (لا تطابق في P-code): {areas}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="79" />
      <source>NOT matched (no polygon found): {areas}</source>
      <translation>لم تُطابَق (لم يُعثر على مضلع): {areas}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="81" />
      <source>ambiguous name match for {area}: {keys}</source>
      <translation>مطابقة اسم ملتبسة لـ {area}: {keys}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="93" />
      <source>The build of the zones was canceled.</source>
      <translation>أُلغي إنشاء المناطق.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="208" />
      <source>Reading districts</source>
      <translation>جارٍ قراءة الأقضية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="213" />
      <source>Reading sub-districts</source>
      <translation>جارٍ قراءة النواحي</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="217" />
      <source>The district layer has no polygons.</source>
      <translation>طبقة الأقضية لا تحوي مضلعات.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="326" />
      <source>Could not write {path}: {error}</source>
      <translation>تعذّرت الكتابة في {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_builder.py" line="329" />
      <source>Could not write {path}.</source>
      <translation>تعذّرت الكتابة في {path}.</translation>
    </message>
  </context>
  <context>
    <name>zones_task</name>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_task.py" line="24" />
      <source>Building the disputed zones</source>
      <translation>بناء المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmptvd5hu1v/plugin/core/zones_task.py" line="66" />
      <source>The disputed zones could not be built: {error}</source>
      <translation>تعذّر بناء المناطق المتنازع عليها: {error}</translation>
    </message>
  </context>
  <context>
    <name>taxonomy</name>
    <message>
      <source>Battles</source>
      <translation>معارك</translation>
    </message>
    <message>
      <source>Armed clash</source>
      <translation>اشتباك مسلح</translation>
    </message>
    <message>
      <source>Government regains territory</source>
      <translation>الحكومة تستعيد أرضاً</translation>
    </message>
    <message>
      <source>Non-state actor overtakes territory</source>
      <translation>جهة غير حكومية تسيطر على أرض</translation>
    </message>
    <message>
      <source>Explosions/Remote violence</source>
      <translation>انفجارات/عنف عن بعد</translation>
    </message>
    <message>
      <source>Chemical weapon</source>
      <translation>سلاح كيميائي</translation>
    </message>
    <message>
      <source>Air/drone strike</source>
      <translation>غارة جوية/بطائرة مسيّرة</translation>
    </message>
    <message>
      <source>Suicide bomb</source>
      <translation>تفجير انتحاري</translation>
    </message>
    <message>
      <source>Shelling/artillery/missile attack</source>
      <translation>قصف/مدفعية/هجوم صاروخي</translation>
    </message>
    <message>
      <source>Remote explosive/landmine/IED</source>
      <translation>عبوة ناسفة/لغم أرضي</translation>
    </message>
    <message>
      <source>Grenade</source>
      <translation>قنبلة يدوية</translation>
    </message>
    <message>
      <source>Violence against civilians</source>
      <translation>عنف ضد المدنيين</translation>
    </message>
    <message>
      <source>Sexual violence</source>
      <translation>عنف جنسي</translation>
    </message>
    <message>
      <source>Attack</source>
      <translation>هجوم</translation>
    </message>
    <message>
      <source>Abduction/forced disappearance</source>
      <translation>اختطاف/إخفاء قسري</translation>
    </message>
    <message>
      <source>Protests</source>
      <translation>احتجاجات</translation>
    </message>
    <message>
      <source>Peaceful protest</source>
      <translation>احتجاج سلمي</translation>
    </message>
    <message>
      <source>Protest with intervention</source>
      <translation>احتجاج مع تدخل</translation>
    </message>
    <message>
      <source>Excessive force against protesters</source>
      <translation>قوة مفرطة ضد المحتجين</translation>
    </message>
    <message>
      <source>Riots</source>
      <translation>أعمال شغب</translation>
    </message>
    <message>
      <source>Violent demonstration</source>
      <translation>تظاهرة عنيفة</translation>
    </message>
    <message>
      <source>Mob violence</source>
      <translation>عنف جماعي</translation>
    </message>
    <message>
      <source>Strategic developments</source>
      <translation>تطورات استراتيجية</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>اتفاق</translation>
    </message>
    <message>
      <source>Arrests</source>
      <translation>اعتقالات</translation>
    </message>
    <message>
      <source>Change to group/activity</source>
      <translation>تغيّر في الجماعة/النشاط</translation>
    </message>
    <message>
      <source>Disrupted weapons use</source>
      <translation>إحباط استخدام أسلحة</translation>
    </message>
    <message>
      <source>Headquarters or base established</source>
      <translation>إنشاء مقر أو قاعدة</translation>
    </message>
    <message>
      <source>Looting/property destruction</source>
      <translation>نهب/تدمير ممتلكات</translation>
    </message>
    <message>
      <source>Non-violent transfer of territory</source>
      <translation>انتقال غير عنيف لأرض</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Political violence</source>
      <translation>عنف سياسي</translation>
    </message>
    <message>
      <source>Demonstrations</source>
      <translation>تظاهرات</translation>
    </message>
    <message>
      <source>Political violence; Demonstrations</source>
      <translation>عنف سياسي؛ تظاهرات</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>مُتبنّى</translation>
    </message>
    <message>
      <source>suspected</source>
      <translation>مشتبه به</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>مؤكد</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>Kakai</source>
      <translation>كاكائي</translation>
    </message>
    <message>
      <source>Yazidi</source>
      <translation>إيزيدي</translation>
    </message>
    <message>
      <source>Turkmen</source>
      <translation>تركماني</translation>
    </message>
    <message>
      <source>Shabak</source>
      <translation>شبك</translation>
    </message>
    <message>
      <source>Christian</source>
      <translation>مسيحي</translation>
    </message>
    <message>
      <source>Kurdish</source>
      <translation>كردي</translation>
    </message>
    <message>
      <source>Arab</source>
      <translation>عربي</translation>
    </message>
    <message>
      <source>Sabean-Mandaean</source>
      <translation>صابئي مندائي</translation>
    </message>
    <message>
      <source>Faili Kurd</source>
      <translation>كردي فيلي</translation>
    </message>
    <message>
      <source>other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>unverified</source>
      <translation>غير متحقق منه</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>قيد المراجعة</translation>
    </message>
    <message>
      <source>verified</source>
      <translation>متحقق منه</translation>
    </message>
    <message>
      <source>disputed</source>
      <translation>متنازع عليه</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>media</source>
      <translation>إعلام</translation>
    </message>
    <message>
      <source>government</source>
      <translation>حكومة</translation>
    </message>
    <message>
      <source>UN/NGO</source>
      <translation>الأمم المتحدة/منظمة غير حكومية</translation>
    </message>
    <message>
      <source>social media</source>
      <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
      <source>field report</source>
      <translation>تقرير ميداني</translation>
    </message>
    <message>
      <source>Exact day known</source>
      <translation>اليوم معروف بدقة</translation>
    </message>
    <message>
      <source>Week known (the event date is the week's midpoint)</source>
      <translation>الأسبوع معروف (تاريخ الحادثة منتصف الأسبوع)</translation>
    </message>
    <message>
      <source>Only the month is known (the event date is the month's midpoint)</source>
      <translation>الشهر فقط معروف (تاريخ الحادثة منتصف الشهر)</translation>
    </message>
    <message>
      <source>Exact place (town, village or coordinates) known</source>
      <translation>المكان معروف بدقة (بلدة أو قرية أو إحداثيات)</translation>
    </message>
    <message>
      <source>Near a known place, or within its surrounding area; point set at that place</source>
      <translation>قرب مكان معروف أو في محيطه؛ النقطة موضوعة عند ذلك المكان</translation>
    </message>
    <message>
      <source>Only a larger region (district or governorate) known; point set at its centre</source>
      <translation>منطقة أوسع فقط معروفة (قضاء أو محافظة)؛ النقطة في مركزها</translation>
    </message>
    <message>
      <source>Completely reliable</source>
      <translation>موثوق تماماً</translation>
    </message>
    <message>
      <source>Usually reliable</source>
      <translation>موثوق عادةً</translation>
    </message>
    <message>
      <source>Fairly reliable</source>
      <translation>موثوق إلى حد ما</translation>
    </message>
    <message>
      <source>Not usually reliable</source>
      <translation>غير موثوق عادةً</translation>
    </message>
    <message>
      <source>Unreliable</source>
      <translation>غير موثوق</translation>
    </message>
    <message>
      <source>Reliability cannot be judged</source>
      <translation>لا يمكن الحكم على الموثوقية</translation>
    </message>
    <message>
      <source>Confirmed by other sources</source>
      <translation>مؤكد من مصادر أخرى</translation>
    </message>
    <message>
      <source>Probably true</source>
      <translation>صحيح على الأرجح</translation>
    </message>
    <message>
      <source>Possibly true</source>
      <translation>ربما يكون صحيحاً</translation>
    </message>
    <message>
      <source>Doubtful</source>
      <translation>مشكوك فيه</translation>
    </message>
    <message>
      <source>Improbable</source>
      <translation>غير محتمل</translation>
    </message>
    <message>
      <source>Truth cannot be judged</source>
      <translation>لا يمكن الحكم على الصحة</translation>
    </message>
  </context>
</TS>