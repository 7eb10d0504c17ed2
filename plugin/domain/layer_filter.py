"""The SQL filter (a layer's subset string) that keeps the incidents an export or a bulletin keeps (pure).

It mirrors :func:`.exports.select` (dates inclusive; zones matched against ``disputed_zone``,
``zone_group``, ``admin2`` and ``admin1``; verification statuses), in SQL that GeoPackage (SQLite)
and PostgreSQL both read.
"""

ZONE_COLUMNS = ("disputed_zone", "zone_group", "admin2", "admin1")


def quoted(value):
    return "'" + str(value).replace("'", "''") + "'"


def subset_sql(start=None, end=None, zones=(), verification=()):
    clauses = []
    if start:
        clauses.append(f'"event_date" >= {quoted(str(start)[:10])}')
    if end:
        clauses.append(f'"event_date" <= {quoted(str(end)[:10])}')
    if zones:
        values = ", ".join(quoted(z) for z in zones)
        clauses.append("(" + " OR ".join(f'"{column}" IN ({values})' for column in ZONE_COLUMNS) + ")")
    if verification:
        clauses.append(f'"verification" IN ({", ".join(quoted(v) for v in verification)})')
    return " AND ".join(clauses)
