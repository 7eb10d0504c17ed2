"""Downloading boundaries, against an HTTP server on 127.0.0.1 serving ../shared/data/cod-ab-irq."""

import functools
import gc
import http.server
import json
import os
import sys
import threading
import time

import pytest
from qgis.core import QgsFeedback

from incident_tracker.plugin.core.boundary_download import DownloadError, cached_path, download_boundaries

from support import SHARED_DATA

ADM2 = "irq_admbnda_adm2_cso_20190603.geojson"
ADM3 = "irq_admbnda_adm3_cso_20190603.geojson"
pytestmark = pytest.mark.skipif(not (SHARED_DATA / "SOURCE.md").exists(), reason="reference boundaries missing")


REQUESTED = []  # the paths the server was asked for


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        REQUESTED.append(self.path)
        if self.path.startswith("/slow/"):  # 10 kB every 50 ms: a long download, for canceling
            body = (SHARED_DATA / ADM2).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for start in range(0, len(body), 10000):
                    self.wfile.write(body[start:start + 10000])
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass  # the client hung up
            return
        if self.path.startswith("/broken/"):
            body = (SHARED_DATA / ADM2).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:5000])  # then the connection drops
            self.wfile.flush()
            self.close_connection = True
            return
        if self.path.startswith("/api/"):
            body = json.dumps({"gjDownloadURL": f"http://127.0.0.1:{self.server.server_port}/{ADM2}"}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(SHARED_DATA)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_download_is_cached(server, tmp_path):
    url = f"{server}/{ADM2}"
    path = download_boundaries(url, QgsFeedback(), directory=str(tmp_path))
    assert open(path, "rb").read() == (SHARED_DATA / ADM2).read_bytes()
    mtime = os.path.getmtime(path)
    assert download_boundaries(url, directory=str(tmp_path)) == path and os.path.getmtime(path) == mtime


def test_geoboundaries_api_answer_is_followed(server, tmp_path):
    path = download_boundaries(f"{server}/api/IRQ/ADM2/", directory=str(tmp_path))
    assert open(path, "rb").read() == (SHARED_DATA / ADM2).read_bytes()


def test_broken_download_caches_nothing(server, tmp_path):
    url = f"{server}/broken/{ADM2}"
    with pytest.raises(DownloadError):
        download_boundaries(url, directory=str(tmp_path))
    assert not os.path.exists(cached_path(url, str(tmp_path)))
    assert not any(tmp_path.iterdir())  # no partial file either


def test_canceled_download_caches_nothing(server, tmp_path):
    feedback = QgsFeedback()
    feedback.cancel()
    url = f"{server}/{ADM2}"
    before = len(REQUESTED)
    with pytest.raises(DownloadError):
        download_boundaries(url, feedback, directory=str(tmp_path))
    assert not os.path.exists(cached_path(url, str(tmp_path)))
    assert f"/{ADM2}" not in REQUESTED[before:]  # canceled before it started: never asked (nothing left running)


def test_downloaded_boundaries_build_the_zones(server, tmp_path):
    from incident_tracker.plugin.core.zone_lookup import ZoneLookup
    from incident_tracker.plugin.core.zones_builder import build_zones

    adm2 = download_boundaries(f"{server}/{ADM2}", directory=str(tmp_path / "cache"))
    adm3 = download_boundaries(f"{server}/irq_admbnda_adm3_cso_20190603.geojson", directory=str(tmp_path / "cache"))
    report = build_zones(adm2, adm3, str(tmp_path / "zones.gpkg"))
    assert report.unmatched == []
    assert ZoneLookup.from_gpkg(str(tmp_path / "zones.gpkg"))(45.391, 34.348)["disputed_zone"] == "Khanaqin"


def run_to_the_end(task):
    """Run the event loop until ``task`` has finished (the task manager deletes it then): what it ended with,
    and how often a GUI timer ticked meanwhile."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtTest import QTest

    outcome, ticks, then = {}, [], task.on_finished
    task.progressChanged.connect(lambda value: outcome.__setitem__("progress", value))

    def record(task):
        outcome.update(report=task.report, error=task.error, canceled=task.isCanceled())
        then(task)

    task.on_finished = record
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    for _ in range(3000):
        if "canceled" in outcome:
            break
        QTest.qWait(20)
    timer.stop()
    return outcome, len(ticks)


def test_the_zones_are_downloaded_and_built_in_a_background_task(server, store, qgis_new_project, tmp_path):
    from incident_tracker.plugin.core.zone_lookup import ZoneLookup
    from incident_tracker.plugin.gui.zones_action import start_download_and_build

    added = []
    task = start_download_and_build(None, store, "en", added.append, urls=[f"{server}/{ADM2}", f"{server}/{ADM3}"],
                                    cache_directory=str(tmp_path / "cache"))
    outcome, ticks = run_to_the_end(task)
    assert outcome["error"] is None and outcome["report"].unmatched == []
    assert len(added) == 1 and added[0]  # shown once built
    assert ZoneLookup.from_gpkg(store.path)(45.391, 34.348)["disputed_zone"] == "Khanaqin"
    assert ticks > 1 and outcome["progress"] == 100  # the GUI kept running while the task worked


def test_a_canceled_zone_task_caches_nothing_and_builds_nothing(server, store, qgis_new_project, tmp_path):
    from qgis.PyQt.QtCore import QTimer

    from incident_tracker.plugin.core.zone_lookup import ZoneLookup
    from incident_tracker.plugin.gui.zones_action import start_download_and_build

    added = []
    url = f"{server}/slow/{ADM2}"
    task = start_download_and_build(None, store, "en", added.append, urls=[url, f"{server}/{ADM3}"],
                                    cache_directory=str(tmp_path / "cache"))
    QTimer.singleShot(300, task.cancel)  # while downloading
    outcome, _ = run_to_the_end(task)
    assert outcome["canceled"] and outcome["report"] is None and outcome["error"] is None and added == []
    assert not os.path.exists(cached_path(url, str(tmp_path / "cache")))
    assert ZoneLookup.from_gpkg(store.path) is None


def test_a_zone_task_canceled_before_its_download_starts_asks_for_nothing(server, tmp_path):
    """Canceled before a download began (QGIS aborts a request only on a cancel that comes after it starts): the
    task ends at once, canceled, and the server is never asked; such a download used to run on after the task
    reported its end, holding QGIS's thread pool (and once the end of the test session) until it finished."""
    from incident_tracker.plugin.core.zones_task import BuildZonesTask

    task = BuildZonesTask([f"{server}/slow/{ADM2}", f"{server}/slow/{ADM3}"], str(tmp_path / "zones.gpkg"),
                          cache_directory=str(tmp_path / "cache"))
    task.cancel()
    before = len(REQUESTED)
    assert task.run() is False and task.error is None and task.report is None
    assert REQUESTED[before:] == []
    assert not (tmp_path / "zones.gpkg").exists()


@pytest.mark.parametrize("existing", [True, False])
def test_a_zone_build_canceled_half_way_leaves_the_zones_as_they_were(tmp_path, existing, monkeypatch):
    import sqlite3

    from incident_tracker.plugin.core.zones_builder import ZONE_LAYERS, BuildCanceled, build_zones

    output = str(tmp_path / "zones.gpkg")
    adm2, adm3 = str(SHARED_DATA / ADM2), str(SHARED_DATA / ADM3)

    def contents():
        with sqlite3.connect(output) as db:
            return {table: db.execute(f"SELECT * FROM {table}").fetchall() for table in ZONE_LAYERS}

    before = None
    if existing:
        build_zones(adm2, adm3, output)
        before = contents()
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: value >= 70 and feedback.cancel())  # districts written
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    with pytest.raises(BuildCanceled):
        build_zones(adm2, adm3, output, feedback)
    gc.collect()
    # the file closed cleanly: no GDAL error on closing it (3.40 and 3.44 wrote triggers for rolled-back layers)
    assert [str(u.exc_value) for u in unraisable] == []
    if existing:
        assert contents() == before
    else:
        assert not os.path.exists(output)
