"""Downloading boundaries, against an HTTP server on 127.0.0.1 serving ../shared/data/cod-ab-irq."""

import functools
import http.server
import json
import os
import threading

import pytest
from qgis.core import QgsFeedback

from support import SHARED_DATA

from incident_tracker.plugin.core.boundary_download import DownloadError, cached_path, download_boundaries

ADM2 = "irq_admbnda_adm2_cso_20190603.geojson"
pytestmark = pytest.mark.skipif(not (SHARED_DATA / "SOURCE.md").exists(), reason="reference boundaries missing")


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
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
    with pytest.raises(DownloadError):
        download_boundaries(url, feedback, directory=str(tmp_path))
    assert not os.path.exists(cached_path(url, str(tmp_path)))


def test_downloaded_boundaries_build_the_zones(server, tmp_path):
    from incident_tracker.plugin.core.zone_lookup import ZoneLookup
    from incident_tracker.plugin.core.zones_builder import build_zones

    adm2 = download_boundaries(f"{server}/{ADM2}", directory=str(tmp_path / "cache"))
    adm3 = download_boundaries(f"{server}/irq_admbnda_adm3_cso_20190603.geojson", directory=str(tmp_path / "cache"))
    report = build_zones(adm2, adm3, str(tmp_path / "zones.gpkg"))
    assert report.unmatched == []
    assert ZoneLookup.from_gpkg(str(tmp_path / "zones.gpkg"))(45.391, 34.348)["disputed_zone"] == "Khanaqin"
