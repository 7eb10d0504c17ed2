"""Downloading administrative boundaries from a URL into a cache in the QGIS profile.

Requests go through QGIS's network stack (proxy and SSL settings apply). The file is written under
a temporary name and renamed only when complete (the byte count matches Content-Length and no
network error occurred), so a broken or canceled download never leaves a cached file. A
geoBoundaries API answer (JSON with ``gjDownloadURL``) is followed to the GeoJSON it names.
"""

import hashlib
import json
import os
import re

from qgis.core import QgsApplication, QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from . import settings


def tr(text):
    return QCoreApplication.translate("boundary_download", text)


class DownloadError(Exception):
    """The download failed or was canceled; nothing was cached."""


def boundary_url(level):
    """The URL for admin ``level`` (2 or 3): the user's setting, else the default."""
    return settings.value(settings.BOUNDARY_URLS[level])


def cache_dir():
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "incident_tracker", "boundaries")


def cached_path(url, directory=None):
    """Where ``url`` is (or would be) cached."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", url.rstrip("/").rsplit("/", 1)[-1])[-60:] or "boundaries"
    digest = hashlib.sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return os.path.join(directory or cache_dir(), f"{digest}-{name}")


def _get(url, feedback):
    if feedback is not None and feedback.isCanceled():  # QGIS aborts a request only when cancel comes after it starts
        raise DownloadError(tr("Download canceled: {url}").format(url=url))
    request = QgsBlockingNetworkRequest()
    error = request.get(QNetworkRequest(QUrl(url)), True, feedback)
    if feedback is not None and feedback.isCanceled():
        raise DownloadError(tr("Download canceled: {url}").format(url=url))
    if error != QgsBlockingNetworkRequest.NoError:
        raise DownloadError(tr("Download failed: {url}: {error}").format(url=url, error=request.errorMessage()))
    reply = request.reply()
    data = bytes(reply.content())
    length = reply.rawHeader(b"Content-Length")
    if length and int(bytes(length)) != len(data):
        raise DownloadError(tr("Download incomplete: {url} ({got} of {expected} bytes)").format(
            url=url, got=len(data), expected=int(bytes(length))))
    return data


def download_boundaries(url, feedback=None, directory=None, refresh=False):
    """The local path of the boundaries at ``url``, downloading them unless cached (or ``refresh``).

    ``feedback`` (a QgsFeedback) gets the progress and may cancel. Raises :class:`DownloadError`.
    """
    target = cached_path(url, directory)
    if os.path.exists(target) and not refresh:
        return target
    data = _get(url, feedback)
    if data[:1] == b"{" and b"gjDownloadURL" in data[:20000]:
        try:
            followed = json.loads(data.decode("utf-8"))["gjDownloadURL"]
        except (ValueError, KeyError, UnicodeDecodeError):
            followed = None
        if followed:
            data = _get(followed, feedback)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    partial = target + ".part"
    try:
        with open(partial, "wb") as f:
            f.write(data)
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return target
