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

SCHEMA_VERSION = 3
# Fields each schema version added (the store's upgrade step adds them to older stores).
ADDED_FIELDS = {2: ("source_event_type", "source_admin1", "source_admin2", "source_admin3", "admin_disagreement"),
                3: ("merged_into",)}

INCIDENTS_TABLE = "incidents"
SOURCES_TABLE = "sources"
META_TABLE = "incident_tracker_meta"
HISTORY_TABLE = "incident_history"
SESSION_TABLE = "incident_tracker_session"  # who writes and why, for the history triggers (one row at most)
NOT_DUPLICATES_TABLE = "not_duplicates"  # pairs the analyst said are not duplicates
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
    multiline: bool = False  # long text, edited in a multi-line box


INCIDENT_FIELDS = (
    Field(
        "uuid",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "Incident ID"),
        not_null=True,
        help="Stable UUID given by the store.",
    ),
    Field(
        "event_id_cnty",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "ACLED event ID"),
        help="ACLED event_id_cnty when imported.",
    ),
    Field("ucdp_id", TEXT, QT_TRANSLATE_NOOP("schema", "UCDP event ID"), help="UCDP GED id when imported."),
    Field("event_date", DATE, QT_TRANSLATE_NOOP("schema", "Event date"), not_null=True),
    Field(
        "time_precision",
        INTEGER,
        QT_TRANSLATE_NOOP("schema", "Date precision"),
        not_null=True,
        vocabulary="time_precision",
        minimum=1,
        maximum=3,
    ),
    Field("date_start", DATE, QT_TRANSLATE_NOOP("schema", "Start date")),
    Field("date_end", DATE, QT_TRANSLATE_NOOP("schema", "End date")),
    Field("disorder_type", TEXT, QT_TRANSLATE_NOOP("schema", "Disorder type"), vocabulary="disorder_types"),
    Field("event_type", TEXT, QT_TRANSLATE_NOOP("schema", "Event type"), not_null=True, vocabulary="event_types"),
    Field("sub_event_type", TEXT, QT_TRANSLATE_NOOP("schema", "Sub-event type"), vocabulary="sub_event_types"),
    Field(
        "source_event_type",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "Event type in the source"),
        help="The event type as the imported file wrote it, when the import translated it (ACLED's event types "
             "before 2019, resources/acled_event_types_2019.json).",
    ),
    Field("actor1", TEXT, QT_TRANSLATE_NOOP("schema", "Perpetrator")),
    Field("assoc_actor_1", TEXT, QT_TRANSLATE_NOOP("schema", "Perpetrator's associates")),
    Field("inter1", TEXT, QT_TRANSLATE_NOOP("schema", "Perpetrator type")),
    Field("attribution", TEXT, QT_TRANSLATE_NOOP("schema", "Attribution"), vocabulary="attribution"),
    Field("actor2", TEXT, QT_TRANSLATE_NOOP("schema", "Target")),
    Field("assoc_actor_2", TEXT, QT_TRANSLATE_NOOP("schema", "Target's associates")),
    Field("inter2", TEXT, QT_TRANSLATE_NOOP("schema", "Target type")),
    Field("target_community", TEXT, QT_TRANSLATE_NOOP("schema", "Target community"), vocabulary="target_communities"),
    Field("civilian_targeting", BOOLEAN, QT_TRANSLATE_NOOP("schema", "Civilians targeted")),
    Field("location", TEXT, QT_TRANSLATE_NOOP("schema", "Location")),
    Field("admin1", TEXT, QT_TRANSLATE_NOOP("schema", "Governorate")),
    Field("admin1_pcode", TEXT, QT_TRANSLATE_NOOP("schema", "Governorate P-code")),
    Field("admin2", TEXT, QT_TRANSLATE_NOOP("schema", "District")),
    Field("admin2_pcode", TEXT, QT_TRANSLATE_NOOP("schema", "District P-code")),
    Field("admin3", TEXT, QT_TRANSLATE_NOOP("schema", "Sub-district")),
    Field("admin3_pcode", TEXT, QT_TRANSLATE_NOOP("schema", "Sub-district P-code")),
    Field("source_admin1", TEXT, QT_TRANSLATE_NOOP("schema", "Governorate in the source"),
          help="The governorate as the imported file names it (ACLED admin1, UCDP adm_1)."),
    Field("source_admin2", TEXT, QT_TRANSLATE_NOOP("schema", "District in the source"),
          help="The district as the imported file names it (ACLED admin2, UCDP adm_2)."),
    Field("source_admin3", TEXT, QT_TRANSLATE_NOOP("schema", "Sub-district in the source"),
          help="The sub-district as the imported file names it (ACLED admin3)."),
    Field(
        "admin_disagreement",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "Source's admin names differ"),
        help="The levels (admin1, admin2, admin3) where the file's names are not the COD-AB units the point "
             "falls in; for review.",
    ),
    Field("disputed_zone", TEXT, QT_TRANSLATE_NOOP("schema", "Disputed zone")),
    Field("zone_group", TEXT, QT_TRANSLATE_NOOP("schema", "Disputed zone group")),
    Field(
        "geo_precision",
        INTEGER,
        QT_TRANSLATE_NOOP("schema", "Location precision"),
        not_null=True,
        vocabulary="geo_precision",
        minimum=1,
        maximum=3,
    ),
    Field("fatalities", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed (best)"), minimum=0),
    Field(
        "fatalities_manual",
        BOOLEAN,
        QT_TRANSLATE_NOOP("schema", "Best figure set by analyst"),
        help="When false, the best figure follows the lowest figure reported by the sources.",
    ),
    Field("fatalities_low", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed (low)"), minimum=0),
    Field("fatalities_high", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed (high)"), minimum=0),
    Field("wounded", INTEGER, QT_TRANSLATE_NOOP("schema", "Wounded"), minimum=0),
    Field("abducted", INTEGER, QT_TRANSLATE_NOOP("schema", "Abducted"), minimum=0),
    Field("killed_civilians", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed: civilians"), minimum=0),
    Field("killed_security_forces", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed: security forces"), minimum=0),
    Field("killed_perpetrators", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed: perpetrators"), minimum=0),
    Field("notes", TEXT, QT_TRANSLATE_NOOP("schema", "Description"), multiline=True),
    Field("tags", TEXT, QT_TRANSLATE_NOOP("schema", "Tags")),
    Field("source_scale", TEXT, QT_TRANSLATE_NOOP("schema", "Source scale")),
    Field(
        "verification",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "Verification"),
        not_null=True,
        vocabulary="verification_status",
    ),
    Field(
        "likely_duplicate_of",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "Likely duplicate of"),
        help="IDs of incidents this one likely duplicates (same event type, 1 day, 5 km); for review.",
    ),
    Field(
        "merged_into",
        TEXT,
        QT_TRANSLATE_NOOP("schema", "Merged into"),
        help="ID of the incident this one was merged into; a merged incident is kept as a record only.",
    ),
    Field("created_at", DATETIME, QT_TRANSLATE_NOOP("schema", "Created")),
    Field("updated_at", DATETIME, QT_TRANSLATE_NOOP("schema", "Updated")),
    Field("created_by", TEXT, QT_TRANSLATE_NOOP("schema", "Created by"), internal=True),
    Field("row_version", INTEGER, QT_TRANSLATE_NOOP("schema", "Row version"), not_null=True, minimum=1),
)

SOURCE_FIELDS = (
    Field("uuid", TEXT, QT_TRANSLATE_NOOP("schema", "Source ID"), not_null=True),
    Field("incident_uuid", TEXT, QT_TRANSLATE_NOOP("schema", "Incident ID"), not_null=True),
    Field("outlet", TEXT, QT_TRANSLATE_NOOP("schema", "Outlet"), not_null=True),
    Field("title", TEXT, QT_TRANSLATE_NOOP("schema", "Title")),
    Field("url", TEXT, QT_TRANSLATE_NOOP("schema", "URL")),
    Field("published", DATE, QT_TRANSLATE_NOOP("schema", "Published")),
    Field("accessed", DATE, QT_TRANSLATE_NOOP("schema", "Accessed")),
    Field("language", TEXT, QT_TRANSLATE_NOOP("schema", "Language")),
    Field("source_type", TEXT, QT_TRANSLATE_NOOP("schema", "Source type"), vocabulary="source_types"),
    Field("reliability", TEXT, QT_TRANSLATE_NOOP("schema", "Reliability (A-F)"), vocabulary="reliability"),
    Field("credibility", TEXT, QT_TRANSLATE_NOOP("schema", "Credibility (1-6)"), vocabulary="credibility"),
    Field("fatalities_reported", INTEGER, QT_TRANSLATE_NOOP("schema", "Killed, as reported"), minimum=0),
    Field("wounded_reported", INTEGER, QT_TRANSLATE_NOOP("schema", "Wounded, as reported"), minimum=0),
    Field("abducted_reported", INTEGER, QT_TRANSLATE_NOOP("schema", "Abducted, as reported"), minimum=0),
    Field("excerpt", TEXT, QT_TRANSLATE_NOOP("schema", "Excerpt"), internal=True, multiline=True),
    Field("archive_url", TEXT, QT_TRANSLATE_NOOP("schema", "Archive URL")),
    Field("created_at", DATETIME, QT_TRANSLATE_NOOP("schema", "Created")),
)

HISTORY_FIELDS = (
    Field("incident_uuid", TEXT, QT_TRANSLATE_NOOP("schema", "Incident ID"), not_null=True),
    Field("change_id", INTEGER, QT_TRANSLATE_NOOP("schema", "Change"), help="Rows of one write share it."),
    Field("changed_at", DATETIME, QT_TRANSLATE_NOOP("schema", "Changed at"), not_null=True),
    Field("changed_by", TEXT, QT_TRANSLATE_NOOP("schema", "Changed by")),
    Field("action", TEXT, QT_TRANSLATE_NOOP("schema", "What changed"), not_null=True),
    Field("row_version", INTEGER, QT_TRANSLATE_NOOP("schema", "Row version")),
    Field("source_uuid", TEXT, QT_TRANSLATE_NOOP("schema", "Source ID")),
    Field("reason", TEXT, QT_TRANSLATE_NOOP("schema", "Reason")),
    Field("old_values", TEXT, QT_TRANSLATE_NOOP("schema", "Before")),
    Field("new_values", TEXT, QT_TRANSLATE_NOOP("schema", "After")),
)

INCIDENT_FIELD_NAMES = tuple(f.name for f in INCIDENT_FIELDS)
SOURCE_FIELD_NAMES = tuple(f.name for f in SOURCE_FIELDS)
HISTORY_FIELD_NAMES = tuple(f.name for f in HISTORY_FIELDS)
FIGURE_FIELDS = tuple(f.name for f in INCIDENT_FIELDS if f.kind == INTEGER and f.minimum == 0)
SOURCE_FIGURE_FIELDS = ("fatalities_reported", "wounded_reported", "abducted_reported")


def incident_field(name):
    return next(f for f in INCIDENT_FIELDS if f.name == name)


def source_field(name):
    return next(f for f in SOURCE_FIELDS if f.name == name)
