""""New incident like this one": what carries over to the next report from the same article."""

PLACE_FIELDS = ("location", "longitude", "latitude", "geo_precision", "admin1", "admin1_pcode", "admin2",
                "admin2_pcode", "admin3", "admin3_pcode", "disputed_zone", "zone_group")
DATE_FIELDS = ("event_date", "time_precision", "date_start", "date_end")
# A source's own figures and excerpt belong to the incident they were read for.
SOURCE_FIELDS_KEPT = ("outlet", "title", "url", "published", "accessed", "language", "source_type", "reliability",
                      "credibility", "archive_url")


def carry_over(incident, sources):
    """(incident, sources) for a fresh form: same date, place and citations; no figures, no identity."""
    kept = {name: incident[name] for name in DATE_FIELDS + PLACE_FIELDS if incident.get(name) is not None}
    kept_sources = [{name: source[name] for name in SOURCE_FIELDS_KEPT if source.get(name) is not None}
                    for source in sources]
    return kept, kept_sources
