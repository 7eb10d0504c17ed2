"""The incident store's schema: tables, fields and the schema version.

One description serves every backend (GeoPackage, PostGIS), the QGIS layers (aliases, editor
widgets) and the exports. Field names follow ACLED (``event_id_cnty``, ``event_date``,
``time_precision``, ``disorder_type``, ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``,
``assoc_actor_1``, ``inter1``, ``civilian_targeting``, ``admin1``..``admin3``, ``location``,
``geo_precision``, ``fatalities``, ``notes``, ``source_scale``, ``tags``; ACLED Codebook 2023) and
UCDP GED (``date_start``, ``date_end``, ``low``/``high`` as ``fatalities_low``/``fatalities_high``;
UCDP GED Codebook 23.1) wherever those conventions exist.
"""

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP

SCHEMA_VERSION = 1

INCIDENTS_TABLE = "incidents"
SOURCES_TABLE = "sources"
META_TABLE = "incident_tracker_meta"
GEOMETRY_COLUMN = "geom"
SRID = 4326
INCIDENT_KEY = "uuid"
SOURCE_INCIDENT_KEY = "incident_uuid"

TEXT, INTEGER, REAL, DATE, DATETIME, BOOLEAN = "text", "integer", "real", "date", "datetime", "boolean"


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    alias: str
    not_null: bool = False
    vocabulary: str = None  # name of a vocabulary in resources/taxonomy.json
    minimum: int = None
    maximum: int = None
    internal: bool = False  # dropped from "public" exports
    help: str = ""


def _alias(text):
    return QT_TRANSLATE_NOOP("schema", text)


INCIDENT_FIELDS = (
    Field("uuid", TEXT, _alias("Incident ID"), not_null=True, help="Stable UUID given by the store."),
    Field("event_id_cnty", TEXT, _alias("ACLED event ID"), help="ACLED event_id_cnty when imported."),
    Field("ucdp_id", TEXT, _alias("UCDP event ID"), help="UCDP GED id when imported."),
    Field("event_date", DATE, _alias("Event date"), not_null=True),
    Field("time_precision", INTEGER, _alias("Date precision"), not_null=True, vocabulary="time_precision",
          minimum=1, maximum=3),
    Field("date_start", DATE, _alias("Start date")),
    Field("date_end", DATE, _alias("End date")),
    Field("disorder_type", TEXT, _alias("Disorder type"), vocabulary="disorder_types"),
    Field("event_type", TEXT, _alias("Event type"), not_null=True, vocabulary="event_types"),
    Field("sub_event_type", TEXT, _alias("Sub-event type"), vocabulary="sub_event_types"),
    Field("actor1", TEXT, _alias("Perpetrator")),
    Field("assoc_actor_1", TEXT, _alias("Perpetrator's associates")),
    Field("inter1", TEXT, _alias("Perpetrator type")),
    Field("attribution", TEXT, _alias("Attribution"), vocabulary="attribution"),
    Field("actor2", TEXT, _alias("Target")),
    Field("assoc_actor_2", TEXT, _alias("Target's associates")),
    Field("inter2", TEXT, _alias("Target type")),
    Field("target_community", TEXT, _alias("Target community"), vocabulary="target_communities"),
    Field("civilian_targeting", BOOLEAN, _alias("Civilians targeted")),
    Field("location", TEXT, _alias("Location")),
    Field("admin1", TEXT, _alias("Governorate")),
    Field("admin1_pcode", TEXT, _alias("Governorate P-code")),
    Field("admin2", TEXT, _alias("District")),
    Field("admin2_pcode", TEXT, _alias("District P-code")),
    Field("admin3", TEXT, _alias("Sub-district")),
    Field("admin3_pcode", TEXT, _alias("Sub-district P-code")),
    Field("disputed_zone", TEXT, _alias("Disputed zone")),
    Field("zone_group", TEXT, _alias("Disputed zone group")),
    Field("geo_precision", INTEGER, _alias("Location precision"), not_null=True, vocabulary="geo_precision",
          minimum=1, maximum=3),
    Field("fatalities", INTEGER, _alias("Killed (best)"), minimum=0),
    Field("fatalities_manual", BOOLEAN, _alias("Best figure set by analyst"),
          help="When false, the best figure follows the lowest figure reported by the sources."),
    Field("fatalities_low", INTEGER, _alias("Killed (low)"), minimum=0),
    Field("fatalities_high", INTEGER, _alias("Killed (high)"), minimum=0),
    Field("wounded", INTEGER, _alias("Wounded"), minimum=0),
    Field("abducted", INTEGER, _alias("Abducted"), minimum=0),
    Field("killed_civilians", INTEGER, _alias("Killed: civilians"), minimum=0),
    Field("killed_security_forces", INTEGER, _alias("Killed: security forces"), minimum=0),
    Field("killed_perpetrators", INTEGER, _alias("Killed: perpetrators"), minimum=0),
    Field("notes", TEXT, _alias("Description")),
    Field("tags", TEXT, _alias("Tags")),
    Field("source_scale", TEXT, _alias("Source scale")),
    Field("verification", TEXT, _alias("Verification"), not_null=True, vocabulary="verification_status"),
    Field("likely_duplicate_of", TEXT, _alias("Likely duplicate of"),
          help="IDs of incidents this one likely duplicates (same event type, 1 day, 5 km); for review."),
    Field("created_at", DATETIME, _alias("Created")),
    Field("updated_at", DATETIME, _alias("Updated")),
    Field("created_by", TEXT, _alias("Created by"), internal=True),
    Field("row_version", INTEGER, _alias("Row version"), not_null=True, minimum=1),
)

SOURCE_FIELDS = (
    Field("uuid", TEXT, _alias("Source ID"), not_null=True),
    Field("incident_uuid", TEXT, _alias("Incident ID"), not_null=True),
    Field("outlet", TEXT, _alias("Outlet"), not_null=True),
    Field("title", TEXT, _alias("Title")),
    Field("url", TEXT, _alias("URL")),
    Field("published", DATE, _alias("Published")),
    Field("accessed", DATE, _alias("Accessed")),
    Field("language", TEXT, _alias("Language")),
    Field("source_type", TEXT, _alias("Source type"), vocabulary="source_types"),
    Field("reliability", TEXT, _alias("Reliability (A-F)"), vocabulary="reliability"),
    Field("credibility", TEXT, _alias("Credibility (1-6)"), vocabulary="credibility"),
    Field("fatalities_reported", INTEGER, _alias("Killed, as reported"), minimum=0),
    Field("wounded_reported", INTEGER, _alias("Wounded, as reported"), minimum=0),
    Field("abducted_reported", INTEGER, _alias("Abducted, as reported"), minimum=0),
    Field("excerpt", TEXT, _alias("Excerpt"), internal=True),
    Field("archive_url", TEXT, _alias("Archive URL")),
    Field("created_at", DATETIME, _alias("Created")),
)

INCIDENT_FIELD_NAMES = tuple(f.name for f in INCIDENT_FIELDS)
SOURCE_FIELD_NAMES = tuple(f.name for f in SOURCE_FIELDS)
INTEGER_KINDS = (INTEGER, BOOLEAN)
FIGURE_FIELDS = tuple(f.name for f in INCIDENT_FIELDS if f.kind == INTEGER and f.minimum == 0)
SOURCE_FIGURE_FIELDS = ("fatalities_reported", "wounded_reported", "abducted_reported")


def incident_field(name):
    return next(f for f in INCIDENT_FIELDS if f.name == name)


def source_field(name):
    return next(f for f in SOURCE_FIELDS if f.name == name)
