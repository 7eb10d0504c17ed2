"""Paths and sample records shared by the tests (importable as ``support``)."""

import os
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("INCIDENT_TRACKER_BOUNDARIES") or ROOT.parent / "shared" / "data" / "cod-ab-irq")
TEST_DATA = ROOT / "tests" / "data"

def table_rows(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY fid").fetchall()


def file_bytes(path):
    with open(path, "rb") as f:
        return f.read()


DARA = {"event_date": "2020-06-14", "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "longitude": 45.391, "latitude": 34.348, "location": "Dara", "actor1": "Islamic State (Iraq)",
        "target_community": "Kakai", "geo_precision": 2}
DARA_SOURCES = [
    {"outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600", "fatalities_reported": 7,
     "wounded_reported": 7},
    {"outlet": "KirkukNow", "url": "https://kirkuknow.com/en/news/62501", "fatalities_reported": 7,
     "wounded_reported": 5},
]
