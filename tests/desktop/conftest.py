"""The desktop harness: each test module runs once in a real QGIS desktop under Xvfb.

A module's ``act_*`` functions run inside QGIS (driver.py), in order, on a throwaway profile with
the plugin installed from this checkout and the demo project open; its ``test_*`` functions then
check what each act saw through the ``desktop`` fixture. ``LANGUAGE = "ar"`` in a module runs QGIS
in that language. HARNESS_SCREENSHOTS=folder keeps the screenshots (``make screenshots``: those of
test_screenshots*.py into docs/).
"""

import json
import os
import shutil
import signal
import subprocess
import sys

import pytest

from support import ROOT, SHARED_DATA

RUNTIME = ("__init__.py", "metadata.txt", "LICENSE", "README.md", "plugin", "resources", "i18n")
PROFILE = "harness"
RUN_SECONDS = 180


def missing_desktop():
    """Why the desktop cannot run here, or None."""
    for program, package in (("qgis", "qgis"), ("xvfb-run", "xvfb"), ("xauth", "xauth")):
        if shutil.which(program) is None:
            return f"no {program} here (Debian package {package}; `make deps-desktop` installs it)"
    return None


class Desktop:
    def __init__(self, results, out_dir, log):
        self.results = results
        self.out_dir = out_dir
        self.log = log

    def act(self, name):
        """What the act ``name`` returned; fails the test with QGIS's traceback if it raised."""
        entry = self.results["acts"].get(name)
        if entry is None:
            pytest.fail(f"{name} did not run in QGIS; QGIS's output:\n{self.log[-4000:]}")
        if not entry["ok"]:
            pytest.fail(f"{name} failed inside QGIS:\n{entry['error']}")
        return entry["value"]

    def logged(self, name):
        return self.results["acts"].get(name, {}).get("log", [])

    def said_at_start(self):
        """The plugin's messages in the message bar once QGIS had started and read the project."""
        return self.results.get("message_bar_at_start", [])

    def uncaught(self, name=None):
        return [u["error"] for u in self.results["uncaught"] if name is None or u["act"] == name]


@pytest.fixture(scope="session")
def plugin_copy(tmp_path_factory):
    """The plugin as ``make package`` ships it, copied from the checkout once a session, its
    translations built from i18n/glossary.json when Qt's tools are here (the committed .qm files
    are rebuilt only after merges, so they may lack the newest texts)."""
    copy = tmp_path_factory.mktemp("plugin") / "incident_tracker"
    copy.mkdir()
    for name in RUNTIME:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy(source, copy)
    if shutil.which("pylupdate5") and shutil.which("lrelease"):
        (copy / "scripts").mkdir()
        shutil.copy(ROOT / "scripts" / "build_translations.py", copy / "scripts")
        subprocess.run([sys.executable, str(copy / "scripts" / "build_translations.py")], check=True,
                       capture_output=True)
        shutil.rmtree(copy / "scripts")
    return copy


def _install_plugin(plugin, home, language):
    profile = os.path.join(home, ".local", "share", "QGIS", "QGIS3", "profiles", PROFILE)
    shutil.copytree(plugin, os.path.join(profile, "python", "plugins", "incident_tracker"))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "enable_plugin.py"), profile, "incident_tracker"],
                   check=True, capture_output=True)
    if language != "en":
        from qgis.PyQt.QtCore import QSettings

        settings = QSettings(os.path.join(profile, "QGIS", "QGIS3.ini"), QSettings.IniFormat)
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)
        settings.setValue("locale/globalLocale", language)
        settings.sync()


def _build_demo(out_dir):
    boundaries = ["--boundaries", str(SHARED_DATA)] if SHARED_DATA.exists() else []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_demo.py"), "--out", out_dir] + boundaries,
                   check=True, capture_output=True, env=env)
    return os.path.join(out_dir, "demo.qgz")


def _crash_summary(log):
    """The start of QGIS's crash report (where it crashed), or the end of its output."""
    start = log.find("Stack")
    return log[start:start + 3000] if start >= 0 else log[-3000:]


def _run(command, env):
    """QGIS's output; QGIS and its Xvfb are killed (their process group) if they outlive RUN_SECONDS."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        return process.communicate(timeout=RUN_SECONDS)[0]
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        return f"QGIS did not finish in {RUN_SECONDS} s\n" + process.communicate()[0]


@pytest.fixture(scope="module")
def desktop(request, tmp_path_factory, plugin_copy):
    reason = missing_desktop()
    if reason:
        pytest.skip(f"desktop harness skipped: {reason}")
    language = getattr(request.module, "LANGUAGE", "en")
    work = tmp_path_factory.mktemp(request.module.__name__.split(".")[-1])
    home, out = str(work / "home"), str(work / "out")
    os.makedirs(out)
    _install_plugin(plugin_copy, home, language)
    project = _build_demo(str(work / "demo"))
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=home, HARNESS_OUT=out, HARNESS_MODULE=str(request.module.__file__),
               XDG_RUNTIME_DIR=str(work), LANG="C.UTF-8")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profile", PROFILE, "--nologo",
               "--noversioncheck", "--code", os.path.join(os.path.dirname(__file__), "driver.py"), project]
    log = _run(command, env)
    with open(os.path.join(out, "qgis.log"), "w", encoding="utf-8") as f:
        f.write(log)
    results_path = os.path.join(out, "results.json")
    if not os.path.exists(results_path):
        pytest.fail(f"QGIS wrote no results; its output is in {out}/qgis.log:\n{_crash_summary(log)}")
    with open(results_path, encoding="utf-8") as f:
        results = json.load(f)
    keep = os.environ.get("HARNESS_SCREENSHOTS")
    if keep:
        os.makedirs(keep, exist_ok=True)
        for name in os.listdir(out):
            if name.endswith(".png"):
                shutil.copy(os.path.join(out, name), keep)
    return Desktop(results, out, log)
