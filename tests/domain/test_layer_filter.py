"""The subset string of a bulletin's incidents layer keeps what exports.select keeps."""

import sqlite3

from incident_tracker.plugin.domain.exports import select
from incident_tracker.plugin.domain.layer_filter import subset_sql

ROWS = [
    {"uuid": "a", "event_date": "2024-05-01", "disputed_zone": "Kirkuk", "zone_group": "Kirkuk", "admin2": "Kirkuk",
     "admin1": "Kirkuk", "verification": "verified"},
    {"uuid": "b", "event_date": "2024-05-31", "disputed_zone": None, "zone_group": None, "admin2": "Al-Rusafa",
     "admin1": "Baghdad", "verification": "unverified"},
    {"uuid": "c", "event_date": "2024-06-01", "disputed_zone": "Khanaqin", "zone_group": "Khanaqin–Mandali",
     "admin2": "Khanaqin", "admin1": "Diyala", "verification": "verified"},
    {"uuid": "d", "event_date": "2024-05-15", "disputed_zone": "Dibis", "zone_group": "Kirkuk", "admin2": "Dibis",
     "admin1": "Kirkuk", "verification": "in review"},
]


def kept_by_sql(where):
    connection = sqlite3.connect(":memory:")
    columns = list(ROWS[0])
    connection.execute(f"CREATE TABLE incidents ({', '.join(columns)})")
    connection.executemany(f"INSERT INTO incidents VALUES ({', '.join('?' * len(columns))})",
                           [[r[c] for c in columns] for r in ROWS])
    sql = "SELECT uuid FROM incidents" + (f" WHERE {where}" if where else "") + " ORDER BY uuid"
    return [row[0] for row in connection.execute(sql)]


def test_the_sql_keeps_what_select_keeps():
    cases = [dict(), dict(start="2024-05-01", end="2024-05-31"), dict(zones=("Kirkuk",)),
             dict(zones=("Diyala", "Al-Rusafa"), verification=("verified", "unverified")),
             dict(start="2024-05-02", zones=("Kirkuk",), verification=("in review",)),
             dict(zones=("O'Brien's zone",))]
    for filters in cases:
        expected = sorted(i["uuid"] for i in select(ROWS, [], **filters)[0])
        assert kept_by_sql(subset_sql(**filters)) == expected, filters
