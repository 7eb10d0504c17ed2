"""What a store offers for review: statuses, the review queue, merges, "not a duplicate", history and restore.

Mixed into :class:`.store.IncidentStore`; every write goes through the store's transaction, so the
history triggers (:mod:`.history_ddl`) record it with its user, action and reason.
"""

from ..domain import review
from ..domain.i18n import message_template
from ..domain.incident import timestamp
from ..domain.schema import (
    HISTORY_FIELD_NAMES,
    HISTORY_TABLE,
    INCIDENT_FIELD_NAMES,
    INCIDENTS_TABLE,
    NOT_DUPLICATES_TABLE,
    SOURCE_FIELD_NAMES,
    SOURCES_TABLE,
)


def _msg(text):
    return message_template("store", text)


class ReviewStore:
    """Review operations; relies on the store's ``_transaction``, ``_reading``, ``_sql`` and row helpers."""

    # --- statuses --------------------------------------------------------------------------------------
    def set_status(self, uuid, status, reason=None, expected_row_version=None):
        """Set the verification status of one incident; returns its new row version."""
        from .store import ConflictError, StoreError

        if status not in review.STATUSES:
            raise StoreError(_msg("{status} is not a review status.").format(status=status))
        with self._transaction(review.STATUS, reason) as cursor:
            current = self._fetch_incident(cursor, uuid)
            if current is None:
                raise StoreError(_msg("The incident {uuid} is not in the store.").format(uuid=uuid))
            version = expected_row_version if expected_row_version is not None else current["row_version"]
            cursor.execute(self._sql(f"UPDATE {INCIDENTS_TABLE} SET verification = ?, updated_at = ?, row_version = ? "
                                     "WHERE uuid = ? AND row_version = ?"),
                           [status, timestamp(), version + 1, uuid, version])
            if cursor.rowcount != 1:
                raise ConflictError(_msg("Someone else saved this incident after you opened it. "
                                         "Compare both versions and choose which to keep."), current)
        return version + 1

    # --- the review queue -----------------------------------------------------------------------------
    def review_queue(self, margin=review.DEFAULT_FIGURE_MARGIN, limit=None):
        """:class:`review.QueueEntry` items of the incidents that need a look, most urgent first."""
        closed = list(review.CLOSED)
        with self._reading() as cursor:
            incidents = self._select_incidents(
                cursor, f"merged_into IS NULL AND verification NOT IN ({', '.join('?' * len(closed))})", closed)
            cursor.execute(self._sql(f"SELECT s.{', s.'.join(SOURCE_FIELD_NAMES)} FROM {SOURCES_TABLE} s JOIN "
                                     f"{INCIDENTS_TABLE} i ON i.uuid = s.incident_uuid WHERE i.merged_into IS NULL "
                                     f"AND i.verification NOT IN ({', '.join('?' * len(closed))}) ORDER BY s.fid"),
                           closed)
            sources = {}
            for values in cursor.fetchall():
                source = dict(zip(SOURCE_FIELD_NAMES, self._python_values(values)))
                sources.setdefault(source["incident_uuid"], []).append(source)
        queue = review.review_queue(incidents, sources, margin)
        return queue[:limit] if limit else queue

    # --- duplicates -----------------------------------------------------------------------------------
    def not_duplicates(self, first, second, reason=None):
        """The analyst says ``first`` and ``second`` are different incidents: the flag goes, for good."""
        pair = sorted((first, second))
        with self._transaction(review.UPDATE, reason) as cursor:
            cursor.execute(self._sql(f"SELECT 1 FROM {NOT_DUPLICATES_TABLE} WHERE uuid_a = ? AND uuid_b = ?"), pair)
            if cursor.fetchone() is None:
                cursor.execute(self._sql(f"INSERT INTO {NOT_DUPLICATES_TABLE} (uuid_a, uuid_b) VALUES (?, ?)"), pair)
            for uuid, other in ((first, second), (second, first)):
                current = self._fetch_incident(cursor, uuid)
                if current is None or other not in (current.get("likely_duplicate_of") or ""):
                    continue
                cursor.execute(self._sql(f"UPDATE {INCIDENTS_TABLE} SET likely_duplicate_of = ?, updated_at = ?, "
                                         "row_version = ? WHERE uuid = ?"),
                               [review.without_duplicate(current["likely_duplicate_of"], other), timestamp(),
                                current["row_version"] + 1, uuid])

    def not_duplicate_pairs(self):
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT uuid_a, uuid_b FROM {NOT_DUPLICATES_TABLE}"), [])
            return {tuple(row) for row in cursor.fetchall()}

    def merge_incidents(self, keep, merge, take_from_other=(), reason=None):
        """Merge incident ``merge`` into ``keep`` in one transaction.

        The survivor takes the fields named in ``take_from_other`` from the other incident; every source
        moves to the survivor and the figures follow from all of them; the other incident stays as a
        record pointing to the survivor (``merged_into``), its external ids still known to imports.
        Returns the survivor's new row version.
        """
        from ..domain.incident import prepare
        from .store import StoreError

        if keep == merge:
            raise StoreError(_msg("An incident cannot be merged into itself."))
        with self._transaction(review.MERGE, reason) as cursor:
            survivor = self._stored(cursor, keep, lock=True).incident
            other = self._stored(cursor, merge, lock=True).incident
            for uuid, found in ((keep, survivor), (merge, other)):
                if found is None:
                    raise StoreError(_msg("The incident {uuid} is not in the store.").format(uuid=uuid))
                if found.get("merged_into"):
                    raise StoreError(_msg("The incident {uuid} was already merged into {survivor}.").format(
                        uuid=uuid, survivor=found["merged_into"]))
            cursor.execute(self._sql(f"UPDATE {SOURCES_TABLE} SET incident_uuid = ? WHERE incident_uuid = ?"),
                           [keep, merge])
            sources = self._sources_in(cursor, keep)
            try:
                merged = review.merged_incident(survivor, other, take_from_other)
            except ValueError as error:
                raise StoreError(_msg("{field} is not a field the merged incident can give.").format(
                    field=error.args[0])) from None
            merged.pop("fid", None)
            row, _ = prepare(merged, sources)
            row["created_at"] = survivor["created_at"]
            row["row_version"] = survivor["row_version"] + 1
            self._update_incident_row(cursor, row, survivor["row_version"])
            cursor.execute(self._sql(f"UPDATE {INCIDENTS_TABLE} SET merged_into = ?, likely_duplicate_of = ?, "
                                     "updated_at = ?, row_version = ? WHERE uuid = ?"),
                           [keep, None, row["updated_at"], other["row_version"] + 1, merge])
        return row["row_version"]

    def _sources_in(self, cursor, uuid):
        cursor.execute(self._sql(f"SELECT {', '.join(SOURCE_FIELD_NAMES)} FROM {SOURCES_TABLE} "
                                 "WHERE incident_uuid = ? ORDER BY fid"), [uuid])
        return [dict(zip(SOURCE_FIELD_NAMES, self._python_values(v))) for v in cursor.fetchall()]

    # --- history ---------------------------------------------------------------------------------------
    def history(self, uuid):
        """The incident's history rows, oldest first, with their images decoded."""
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT fid, {', '.join(HISTORY_FIELD_NAMES)} FROM {HISTORY_TABLE} "
                                     "WHERE incident_uuid = ? ORDER BY fid"), [uuid])
            rows = [dict(zip(("fid",) + HISTORY_FIELD_NAMES, self._python_values(v))) for v in cursor.fetchall()]
        for row in rows:
            row["old_values"] = review.decoded(row["old_values"])
            row["new_values"] = review.decoded(row["new_values"])
        return rows

    def version_of(self, uuid, row_version):
        """(incident, sources) as they were when the incident was at ``row_version``, or None."""
        rows = self.history(uuid)
        current = self.get_incident(uuid)
        entries = [r for r in rows if r["source_uuid"] is None]
        image, target = None, None
        for index, entry in enumerate(entries):
            if entry["row_version"] == row_version:
                target = entry
                if entry["new_values"] is not None:
                    image = entry["new_values"]
                else:  # an add: the incident as added is the "before" of its next change, or the incident itself
                    later = next((e for e in entries[index + 1:] if e["old_values"] is not None), None)
                    image = later["old_values"] if later else current
        if image is None:
            return None
        sources = {s["uuid"]: s for s in (self.sources_of(uuid) if current else [])}
        # Source changes made after that version (not those of the same write) are taken back, newest first.
        later = [r for r in rows if r["source_uuid"] is not None and r["fid"] > target["fid"]
                 and (target["change_id"] is None or r["change_id"] != target["change_id"])]
        for entry in reversed(later):
            if entry["action"] == review.SOURCE_ADD:
                sources.pop(entry["source_uuid"], None)
            elif entry["old_values"] is not None:
                sources[entry["source_uuid"]] = entry["old_values"]
        return dict(image), [s for s in sources.values() if s.get("incident_uuid") == uuid]

    def restore_version(self, uuid, row_version, reason=None):
        """Make the incident what it was at ``row_version`` (sources included); recorded as a restore.
        Returns the new row version."""
        from .store import StoreError

        found = self.version_of(uuid, row_version)
        if found is None:
            raise StoreError(_msg("The incident {uuid} has no version {version} in its history.").format(
                uuid=uuid, version=row_version))
        image, sources = found
        current = self.get_incident(uuid)
        fields = {k: v for k, v in image.items() if k in INCIDENT_FIELD_NAMES or k in ("longitude", "latitude")}
        for name in ("uuid", "created_at", "row_version", "updated_at"):
            fields.pop(name, None)
        with self.acting(review.RESTORE, reason):
            return self.update_incident(uuid, fields, sources=[_source_fields(s) for s in sources],
                                        expected_row_version=current["row_version"], confirmed=True)


def _source_fields(source):
    return {k: v for k, v in source.items() if k in SOURCE_FIELD_NAMES and k != "incident_uuid"}
