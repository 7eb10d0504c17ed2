<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>AssignZonesAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/assign_zones.py" line="64" />
      <source>Assign zones to points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/assign_zones.py" line="81" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/assign_zones.py" line="73" />
      <source>Adds to every point its governorate, district and sub-district (names and P-codes), the disputed zone and zone group it falls in, its status (disputed, claimed, Kurdistan Region, federal Iraq, outside Iraq) and the distance in km to the nearest disputed zone. ZONES is the zones_subdistricts (or zones_districts) layer made by Build disputed zones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/assign_zones.py" line="79" />
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/assign_zones.py" line="83" />
      <source>Points with zones</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BuildZonesAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="35" />
      <source>Build disputed zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="38" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="44" />
      <source>Builds the disputed boundary zones layers (sub-districts, districts, zone groups, Kurdistan Region) from administrative boundaries, by OCHA COD-AB P-code, with a name-matching fallback. OCHA COD-AB field names are recognised; for other layers choose the P-code or name fields. The output can be a new GeoPackage or an incident store.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="52" />
      <source>Districts (ADM2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="53" />
      <source>Sub-districts (ADM3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="58" />
      <source>Zones GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="58" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="60" />
      <source>Areas not matched</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/build_zones.py" line="76" />
      <source>Not matched to any polygon: {areas}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreateStoreAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="34" />
      <source>Create incident store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="51" />
      <source>Store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="43" />
      <source>Creates an empty Incident Tracker store: a GeoPackage with the incidents (points, EPSG:4326), sources and metadata tables. An existing file is never overwritten.

For a team store, choose a PostgreSQL connection (with PostGIS) instead of a file: the tables are created in the schema given (incident_tracker by default), or the store already there is upgraded when it is older. Give the connection an authentication configuration: no password is stored in the project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="51" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="53" />
      <source>Or a PostgreSQL connection (team store)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="55" />
      <source>Schema</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="57" />
      <source>Store location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="69" />
      <source>Choose a GeoPackage file or a PostgreSQL connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/create_store.py" line="75" />
      <source>Created {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportIncidentsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="42" />
      <source>Import incidents (ACLED, UCDP GED)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="45" />
      <source>Store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="51" />
      <source>Imports an ACLED export or a UCDP GED CSV file into an incident store (created when the file does not exist). The whole file is imported in one transaction: canceling leaves the store unchanged. Rows that cannot be imported (bad values, points outside Iraq) are skipped and listed with their line number. Incidents already in the store (same ACLED or UCDP ID) are not imported again; likely duplicates (same event type, one day and 5 km apart) are imported and flagged for review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="60" />
      <source>CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="60" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="63" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="64" />
      <source>Incident store (new or existing GeoPackage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="64" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="66" />
      <source>Incidents imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="67" />
      <source>Rows skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="68" />
      <source>Likely duplicates flagged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="69" />
      <source>Already in the store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="80" />
      <source>Created {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="86" />
      <source>The import was canceled; the store is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="92" />
      <source>{file}, line {line}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/import_incidents.py" line="95" />
      <source>… and {count} more rows skipped.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentDock</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="100" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="152" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="78" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="79" />
      <source>New like this one</source>
      <translation>جديد مثل هذا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="80" />
      <source>A new incident with the same date, place and sources, for the next incident of the same report.</source>
      <translation>حادثة جديدة بالتاريخ والمكان والمصادر نفسها، للحادثة التالية من التقرير نفسه.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="91" />
      <source>Incident</source>
      <translation>الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="94" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="153" />
      <source>New incident</source>
      <translation>حادثة جديدة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="161" />
      <source>New incident, with the date, place and sources of the last one</source>
      <translation>حادثة جديدة بتاريخ ومكان ومصادر الحادثة السابقة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="174" />
      <source>Editing the incident of {date} at {place}</source>
      <translation>تعديل حادثة {date} في {place}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="192" />
      <source>Open or create an incident store first.</source>
      <translation>افتح مخزن حوادث أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="205" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>لم يُحفظ: يرجى تصحيح الحقول المعلّمة بالأحمر.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="209" />
      <source>Save it anyway?</source>
      <translation>هل تريد الحفظ على أي حال؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="212" />
      <source>Not saved.</source>
      <translation>لم يُحفظ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="223" />
      <source>Not saved: {error}</source>
      <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="231" />
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="243" />
      <source>This looks like an incident already in the store: {links}. Open it to compare, or press “Save anyway” to keep both.</source>
      <translation>تبدو هذه حادثة موجودة مسبقاً في المخزن: {links}. افتحها للمقارنة، أو اضغط «احفظ على أي حال» للاحتفاظ بالاثنتين.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="245" />
      <source>Save anyway</source>
      <translation>احفظ على أي حال</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="263" />
      <source>Save incident</source>
      <translation>حفظ الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="276" />
      <source>Save sources</source>
      <translation>حفظ المصادر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="295" />
      <source>Stored now: {date}, {place}, {killed} killed (version {version}).</source>
      <translation>المحفوظ الآن: {date}، {place}، {killed} قتيلاً (النسخة {version}).</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="295" />
      <source>Keep your version (overwrite theirs)?</source>
      <translation>هل تحتفظ بنسختك (وتستبدل نسختهم)؟</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="304" />
      <source>Loaded the stored version; your changes were not saved.</source>
      <translation>حُمّلت النسخة المحفوظة؛ لم تُحفظ تغييراتك.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="85" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_dock.py" line="86" />
      <source>Add the disputed zones beneath the incident layers</source>
      <translation>إضافة المناطق المتنازع عليها تحت طبقات الحوادث</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="87" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="90" />
      <source>34.348, 45.391 · 34°20'53"N 45°23'28"E · 38S 536123 3801234 · MGRS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="92" />
      <source>Pick on map</source>
      <translation>اختر على الخريطة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="100" />
      <source>Coordinates</source>
      <translation>الإحداثيات</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="397" />
      <source>No point yet</source>
      <translation>لا توجد نقطة بعد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="105" />
      <source>Search a place: village, town, district…</source>
      <translation>ابحث عن مكان: قرية، بلدة، قضاء…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="106" />
      <source>Place search</source>
      <translation>البحث عن مكان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="108" />
      <source>Location name as reported, e.g. Dara village</source>
      <translation>اسم الموقع كما ورد، مثل قرية دارا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="109" />
      <source>Location name</source>
      <translation>اسم الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="117" />
      <source>Location precision</source>
      <translation>دقة الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="127" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="130" />
      <source>Event date*</source>
      <translation>تاريخ الحادثة*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="134" />
      <source>Date precision</source>
      <translation>دقة التاريخ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="136" />
      <source>For events spanning several days; leave empty otherwise.</source>
      <translation>للأحداث الممتدة عدة أيام؛ اتركه فارغاً في غير ذلك.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="137" />
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="141" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="149" />
      <source>Event type*</source>
      <translation>نوع الحدث*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="150" />
      <source>Sub-event type</source>
      <translation>النوع الفرعي للحدث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="152" />
      <source>e.g. Islamic State (Iraq)</source>
      <translation>مثل تنظيم الدولة الإسلامية (العراق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="153" />
      <source>Perpetrator</source>
      <translation>الفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="155" />
      <source>Attribution</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="157" />
      <source>e.g. Civilians (Iraq)</source>
      <translation>مثل مدنيون (العراق)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="158" />
      <source>Target</source>
      <translation>المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="160" />
      <source>Target community</source>
      <translation>المجتمع المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="161" />
      <source>Civilians were the target</source>
      <translation>المدنيون كانوا المستهدفين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="173" />
      <source>Figures</source>
      <translation>الأرقام</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="176" />
      <source>Set by me (otherwise the lowest figure reported)</source>
      <translation>حددتُه بنفسي (وإلا فأدنى رقم مُبلَّغ عنه)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="180" />
      <source>Killed (best)</source>
      <translation>القتلى (أفضل تقدير)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="183" />
      <source>Reported range</source>
      <translation>النطاق المُبلَّغ عنه</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="185" />
      <source>Wounded</source>
      <translation>الجرحى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="187" />
      <source>Abducted</source>
      <translation>المختطفون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="191" />
      <source>Killed: civilians</source>
      <translation>القتلى: مدنيون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="192" />
      <source>Killed: security forces</source>
      <translation>القتلى: قوات أمنية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="193" />
      <source>Killed: perpetrators</source>
      <translation>القتلى: من المنفذين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="197" />
      <source>Sources*</source>
      <translation>المصادر*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="204" />
      <source>Add…</source>
      <translation>إضافة…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="205" />
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="206" />
      <source>Remove</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="218" />
      <source>Description and review</source>
      <translation>الوصف والمراجعة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="222" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="226" />
      <source>Verification</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="246" />
      <source>Not read</source>
      <translation>لم تُقرأ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="273" />
      <source> ({distance:.0f} km from the nearest disputed zone)</source>
      <translation> ({distance:.0f} كم عن أقرب منطقة متنازع عليها)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="307" />
      <source>{n} killed</source>
      <translation>{n} قتيل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="309" />
      <source>{n} wounded</source>
      <translation>{n} جريح</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="310" />
      <source>(no outlet)</source>
      <translation>(بلا وسيلة إعلامية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="324" />
      <source>{low} to {high} killed</source>
      <translation>من {low} إلى {high} قتيلاً</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="324" />
      <source>no figure reported</source>
      <translation>لم يُبلَّغ عن رقم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="30" />
      <source>Governorate</source>
      <translation>المحافظة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="30" />
      <source>District</source>
      <translation>القضاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="30" />
      <source>Sub-district</source>
      <translation>الناحية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_form.py" line="30" />
      <source>Disputed zone</source>
      <translation>المنطقة المتنازع عليها</translation>
    </message>
  </context>
  <context>
    <name>IncidentList</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_list.py" line="36" />
      <source>Filter: place, actor, description…</source>
      <translation>تصفية: مكان، طرف، وصف…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/incident_list.py" line="64" />
      <source>All zones</source>
      <translation>كل المناطق</translation>
    </message>
  </context>
  <context>
    <name>IncidentLocatorFilter</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/locator_filter.py" line="31" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
  </context>
  <context>
    <name>IncidentTracker</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="125" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="60" />
      <source>New incident store…</source>
      <translation>مخزن حوادث جديد…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="61" />
      <source>Open incident store…</source>
      <translation>فتح مخزن حوادث…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="62" />
      <source>Incident dock</source>
      <translation>لوحة الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="65" />
      <source>Import ACLED / UCDP CSV…</source>
      <translation>استيراد CSV من ACLED / UCDP…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="203" />
      <source>Open incident store</source>
      <translation>فتح مخزن الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="212" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="212" />
      <source>New incident store</source>
      <translation>مخزن حوادث جديد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="64" />
      <source>Add disputed zones</source>
      <translation>إضافة المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/plugin.py" line="166" />
      <source>Open or create an incident store first.</source>
      <translation>افتح مخزن حوادث أو أنشئ واحداً أولاً.</translation>
    </message>
  </context>
  <context>
    <name>IncidentTrackerProvider</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/provider.py" line="29" />
      <source>Incident Tracker</source>
      <translation>متتبع الحوادث</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="31" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="35" />
      <source>e.g. Kurdistan 24, KirkukNow, Rudaw, Shafaq News</source>
      <translation>مثل كوردستان 24، كركوك ناو، روداو، شفق نيوز</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="44" />
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="44" />
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="44" />
      <source>Kurdish (Sorani)</source>
      <translation>الكردية (السورانية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="44" />
      <source>Kurdish (Kurmanji)</source>
      <translation>الكردية (الكرمانجية)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="44" />
      <source>Turkish</source>
      <translation>التركية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Outlet*</source>
      <translation>الوسيلة الإعلامية*</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>URL</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Accessed</source>
      <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Reliability</source>
      <translation>الموثوقية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Credibility</source>
      <translation>المصداقية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Killed, as this source reports</source>
      <translation>القتلى كما يذكر هذا المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Wounded, as this source reports</source>
      <translation>الجرحى كما يذكر هذا المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Abducted, as this source reports</source>
      <translation>المختطفون كما يذكر هذا المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Excerpt</source>
      <translation>مقتطف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/source_dialog.py" line="63" />
      <source>Archive URL</source>
      <translation>رابط الأرشيف</translation>
    </message>
  </context>
  <context>
    <name>ZoneStatisticsAlgorithm</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/zone_statistics.py" line="73" />
      <source>Zone statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/zone_statistics.py" line="68" />
      <source>Zones</source>
      <translation>المناطق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/zone_statistics.py" line="60" />
      <source>Counts incidents, killed, wounded and abducted per disputed zone between START and END (both optional, inclusive): one row per zone with the totals (month and event type 'all'), then per event type and per month. Incidents outside the zones form one row. The zone of each incident is looked up in ZONES (made by Build disputed zones).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/processing/zone_statistics.py" line="66" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
  </context>
  <context>
    <name>ZonesAction</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="30" />
      <source>This store has no disputed zones yet. Build them from administrative boundaries:</source>
      <translation>لا يحتوي هذا المخزن على مناطق متنازع عليها بعد. أنشئها من الحدود الإدارية:</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="30" />
      <source>Layers or files…</source>
      <translation>طبقات أو ملفات…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="30" />
      <source>Download (OCHA COD-AB / geoBoundaries)…</source>
      <translation>تنزيل (OCHA COD-AB / geoBoundaries)…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="58" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="71" />
      <source>Disputed zones</source>
      <translation>المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="58" />
      <source>Downloading administrative boundaries…</source>
      <translation>جارٍ تنزيل الحدود الإدارية…</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/zones_action.py" line="66" />
      <source>Building the disputed zones…</source>
      <translation>جارٍ إنشاء المناطق المتنازع عليها…</translation>
    </message>
  </context>
  <context>
    <name>acled</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="27" />
      <source>State forces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="28" />
      <source>Rebel groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="29" />
      <source>Political militias</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="30" />
      <source>Identity militias</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="31" />
      <source>Rioters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="32" />
      <source>Protesters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="33" />
      <source>Civilians</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/acled.py" line="34" />
      <source>External/Other forces</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>boundaries</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundaries.py" line="90" />
      <source>Could not read boundaries from {source}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundaries.py" line="92" />
      <source>{name} is not a polygon layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundaries.py" line="108" />
      <source>{layer} has no field {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundaries.py" line="111" />
      <source>{layer}: no P-code or name field found for administrative level {level}. Choose the fields holding the P-code and the English name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>boundary_download</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundary_download.py" line="58" />
      <source>Download canceled: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundary_download.py" line="60" />
      <source>Download failed: {url}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/boundary_download.py" line="65" />
      <source>Download incomplete: {url} ({got} of {expected} bytes)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>coordinates</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="52" />
      <source>No coordinates were typed. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="56" />
      <source>Could not read "{text}" as coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="60" />
      <source>"{character}" cannot be part of coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds (34°20'53"N 45°23'28"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="64" />
      <source>The text is too long to be coordinates ({length} characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="65" />
      <source>Cannot tell where the latitude ends and the longitude begins in "{text}"; separate them with a comma, or add N and E.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="69" />
      <source>Minutes must be below 60, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="70" />
      <source>Seconds must be below 60, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="71" />
      <source>Only the last of degrees, minutes and seconds may have decimals, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="74" />
      <source>A coordinate has both a minus sign and a letter ({letter}); use one or the other.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="77" />
      <source>A latitude must be between 90° S and 90° N, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="78" />
      <source>A longitude must be between 180° W and 180° E, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="79" />
      <source>Neither number can be a latitude (between 90° S and 90° N): {first}, {second}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="82" />
      <source>Both coordinates are marked N or S; one must be a longitude, marked E or W.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="85" />
      <source>Both coordinates are marked E or W; one must be a latitude, marked N or S.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="88" />
      <source>UTM zone {zone} is not used in Iraq; Iraq spans zones 37 to 39 (for example 38S 535960 3800812).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="91" />
      <source>"{band}" is not a latitude band letter (C to X, without I and O).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="94" />
      <source>Latitude band {band} is south of the equator; Iraq lies in bands R and S of the northern hemisphere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="97" />
      <source>A UTM easting must be between 100000 and 900000 metres, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="98" />
      <source>A UTM northing must be between 0 and 9350000 metres north of the equator, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="101" />
      <source>The point is at latitude {latitude}°, outside latitude band {band} ({south}° to {north}°); check the band letter and the northing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="105" />
      <source>An MGRS reference needs 1 to 5 digits for the easting and as many for the northing after the 100 km square letters, as in 38SMB4123401234; "{reference}" has {count} digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="109" />
      <source>"{square}" is not a 100 km square of zone {zone}: its first letter must be one of {allowed} and its second one of A to V (without I and O).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="113" />
      <source>UTM and MGRS cover latitudes from 80° S to 84° N, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="114" />
      <source>Coordinates must be finite numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="116" />
      <source>Read as longitude, latitude: the other way round the point would be outside Iraq.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="119" />
      <source>This point is outside Iraq.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="120" />
      <source>This point is outside Iraq; with latitude and longitude the other way round it would be inside. Check the N/E letters or signs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/coordinates.py" line="124" />
      <source>Read as latitude, longitude; the point would also be inside Iraq the other way round.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="116" />
      <source>Choose another file for the export than the store or zones file it reads.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="120" />
      <source>The export was canceled; {path} is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="133" />
      <source>{path} has no zones layers; the export has none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="230" />
      <source>from {first} to {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="230" />
      <source>no incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="231" />
      <source> Public version: internal fields removed, coordinates rounded to {n} decimals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="233" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="235" />
      <source>Incidents of political violence with their figures, actors and places, {period}; {count} incidents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="239" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="239" />
      <source>The sources cited for each incident ({count}); linked to the incidents by incident_uuid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="242" />
      <source>Store metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="242" />
      <source>Incident Tracker schema version and export settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="245" />
      <source>Disputed zone groups</source>
      <translation>مجموعات المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="245" />
      <source>Kurdistan Region</source>
      <translation>إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="246" />
      <source>Sub-districts and disputed zones</source>
      <translation>النواحي والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="247" />
      <source>Districts and disputed zones</source>
      <translation>الأقضية والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="247" />
      <source>Zones build metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="250" />
      <source>Zones layer of Incident Tracker (disputed territories of Iraq). </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="280" />
      <source>Incident Tracker export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="284" />
      <source>Incident Tracker – {name}</source>
      <translation>متتبع الحوادث – {name}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="298" />
      <source>Incident Tracker style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="300" />
      <source>Could not save the style of {table}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="317" />
      <source>Could not write the project into {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="339" />
      <source>Could not relate the incidents and their sources.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="362" />
      <source>Exported by Incident Tracker on {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="383" />
      <source>The export is still in use by another program; try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/export_geopackage.py" line="378" />
      <source>The exported file failed its integrity check: {result}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/import_formats.py" line="9" />
      <source>Detect from the header</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/import_formats.py" line="10" />
      <source>ACLED export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/import_formats.py" line="11" />
      <source>UCDP GED (CSV)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>layers</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/layers.py" line="166" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/layers.py" line="202" />
      <source>Sources of the incident</source>
      <translation>مصادر الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/layers.py" line="213" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/layers.py" line="214" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/layers.py" line="216" />
      <source>Could not open the layers of {path}.</source>
      <translation>تعذّر فتح طبقات {path}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/layers.py" line="253" />
      <source>Incident Tracker – {name}</source>
      <translation>متتبع الحوادث – {name}</translation>
    </message>
  </context>
  <context>
    <name>schema</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Incident ID</source>
      <translation>معرّف الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>ACLED event ID</source>
      <translation>معرّف الحدث في ACLED</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>UCDP event ID</source>
      <translation>معرّف الحدث في UCDP</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Event date</source>
      <translation>تاريخ الحادثة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Date precision</source>
      <translation>دقة التاريخ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Disorder type</source>
      <translation>نوع الاضطراب</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Event type</source>
      <translation>نوع الحدث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Sub-event type</source>
      <translation>النوع الفرعي للحدث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Perpetrator</source>
      <translation>الفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Perpetrator's associates</source>
      <translation>المرتبطون بالفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Perpetrator type</source>
      <translation>نوع الفاعل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Attribution</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Target</source>
      <translation>المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Target's associates</source>
      <translation>المرتبطون بالمستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Target type</source>
      <translation>نوع المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Target community</source>
      <translation>المجتمع المستهدف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Civilians targeted</source>
      <translation>استهداف المدنيين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Location</source>
      <translation>الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Governorate</source>
      <translation>المحافظة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Governorate P-code</source>
      <translation>رمز المحافظة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>District</source>
      <translation>القضاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>District P-code</source>
      <translation>رمز القضاء</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Sub-district</source>
      <translation>الناحية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Sub-district P-code</source>
      <translation>رمز الناحية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Disputed zone</source>
      <translation>المنطقة المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Disputed zone group</source>
      <translation>مجموعة المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Location precision</source>
      <translation>دقة الموقع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Killed (best)</source>
      <translation>القتلى (أفضل تقدير)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Best figure set by analyst</source>
      <translation>أفضل تقدير حدده المحلل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Killed (low)</source>
      <translation>القتلى (الحد الأدنى)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Killed (high)</source>
      <translation>القتلى (الحد الأعلى)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Wounded</source>
      <translation>الجرحى</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Abducted</source>
      <translation>المختطفون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Killed: civilians</source>
      <translation>القتلى: مدنيون</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Killed: security forces</source>
      <translation>القتلى: قوات أمنية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Killed: perpetrators</source>
      <translation>القتلى: من المنفذين</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Source scale</source>
      <translation>نطاق المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Verification</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Likely duplicate of</source>
      <translation>مكرر محتمل لـ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Created</source>
      <translation>أُنشئ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Updated</source>
      <translation>حُدّث</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Created by</source>
      <translation>أنشأه</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="42" />
      <source>Row version</source>
      <translation>نسخة السجل</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Source ID</source>
      <translation>معرّف المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Outlet</source>
      <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>URL</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Accessed</source>
      <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Source type</source>
      <translation>نوع المصدر</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Reliability (A-F)</source>
      <translation>الموثوقية (A-F)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Credibility (1-6)</source>
      <translation>المصداقية (1-6)</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Killed, as reported</source>
      <translation>القتلى كما أُبلغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Wounded, as reported</source>
      <translation>الجرحى كما أُبلغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Abducted, as reported</source>
      <translation>المختطفون كما أُبلغ</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Excerpt</source>
      <translation>مقتطف</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/schema.py" line="135" />
      <source>Archive URL</source>
      <translation>رابط الأرشيف</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/store_copy.py" line="22" />
      <source>The target store already holds incidents; copy into a new, empty store.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="267" />
      <source>Not a valid date: {value}</source>
      <translation>تاريخ غير صالح: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="80" />
      <source>The event date is required.</source>
      <translation>تاريخ الحادثة مطلوب.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="276" />
      <source>The date {value} is in the future.</source>
      <translation>التاريخ {value} في المستقبل.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="93" />
      <source>The date {value} is before 1900.</source>
      <translation>التاريخ {value} قبل عام 1900.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="102" />
      <source>The end date is before the start date.</source>
      <translation>تاريخ الانتهاء قبل تاريخ البدء.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="108" />
      <source>Precision must be 1, 2 or 3, not {value}.</source>
      <translation>يجب أن تكون الدقة 1 أو 2 أو 3، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="123" />
      <source>The event type is required.</source>
      <translation>نوع الحدث مطلوب.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="125" />
      <source>Unknown event type: {value}</source>
      <translation>نوع حدث غير معروف: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="131" />
      <source>'{sub}' is not a kind of '{event}'.</source>
      <translation>«{sub}» ليس من أنواع «{event}».</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="140" />
      <source>Unknown disorder type: {value}</source>
      <translation>نوع اضطراب غير معروف: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="290" />
      <source>Not an allowed value: {value}</source>
      <translation>قيمة غير مسموح بها: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="168" />
      <source>The high figure is below the low figure.</source>
      <translation>الرقم الأعلى أقل من الرقم الأدنى.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="178" />
      <source>Figures must be whole numbers, not negative: {value}</source>
      <translation>يجب أن تكون الأرقام أعداداً صحيحة غير سالبة: {value}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="184" />
      <source>{value} is not a plausible figure for one incident.</source>
      <translation>{value} ليس رقماً معقولاً لحادثة واحدة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="195" />
      <source>The incident has no location.</source>
      <translation>ليس للحادثة موقع.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="200" />
      <source>Coordinates are not numbers: {lon}, {lat}</source>
      <translation>الإحداثيات ليست أرقاماً: {lon}، {lat}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="207" />
      <source>Coordinates are not finite numbers.</source>
      <translation>الإحداثيات ليست أرقاماً محدودة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="210" />
      <source>Coordinates out of range: {lon}, {lat}</source>
      <translation>الإحداثيات خارج النطاق: {lon}، {lat}</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="218" />
      <source>The point is at 0, 0: the coordinates are missing.</source>
      <translation>النقطة عند 0، 0: الإحداثيات مفقودة.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="223" />
      <source>The point is outside Iraq; latitude and longitude look swapped.</source>
      <translation>النقطة خارج العراق؛ يبدو أن خط العرض وخط الطول مقلوبان.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="231" />
      <source>The point is outside Iraq.</source>
      <translation>النقطة خارج العراق.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="240" />
      <source>At least one source with an outlet is required.</source>
      <translation>مطلوب مصدر واحد على الأقل مع اسم الوسيلة الإعلامية.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="246" />
      <source>Source {index} has no outlet.</source>
      <translation>المصدر {index} بلا وسيلة إعلامية.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/validation.py" line="256" />
      <source>Not a well-formed web address: {value}</source>
      <translation>عنوان ويب غير سليم: {value}</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/gui/widgets.py" line="42" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
  </context>
  <context>
    <name>zone_layers</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="126" />
      <source>Disputed zone groups</source>
      <translation>مجموعات المناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="126" />
      <source>Disputed zones dissolved by group and status.</source>
      <translation>المناطق المتنازع عليها مدمجة حسب المجموعة والوضع.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="127" />
      <source>Kurdistan Region</source>
      <translation>إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="127" />
      <source>The Kurdistan Region without the disputed areas.</source>
      <translation>إقليم كردستان من دون المناطق المتنازع عليها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="128" />
      <source>Sub-districts and disputed zones</source>
      <translation>النواحي والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="128" />
      <source>Every sub-district with its zone.</source>
      <translation>كل ناحية مع منطقتها.</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="129" />
      <source>Districts and disputed zones</source>
      <translation>الأقضية والمناطق المتنازع عليها</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/core/zone_layers.py" line="129" />
      <source>Every district with its zone.</source>
      <translation>كل قضاء مع منطقته.</translation>
    </message>
  </context>
  <context>
    <name>zones</name>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/zones_definition.py" line="30" />
      <source>outside the disputed territories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/zones_definition.py" line="25" />
      <source>disputed (UNAMI 2009)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/zones_definition.py" line="26" />
      <source>claimed, outside the UNAMI list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/zones_definition.py" line="27" />
      <source>Kurdistan Region</source>
      <translation>إقليم كردستان</translation>
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/zones_definition.py" line="28" />
      <source>federal Iraq</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../tmp/tmpkzb_207k/plugin/domain/zones_definition.py" line="29" />
      <source>outside Iraq</source>
      <translation type="unfinished" />
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
      <source>partially verified</source>
      <translation>متحقق منه جزئياً</translation>
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