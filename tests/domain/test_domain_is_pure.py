"""The pure logic must import without QGIS or Qt (it is tested and reused outside QGIS)."""

import subprocess
import sys

from conftest import ROOT


def test_domain_modules_import_without_qgis_or_qt():
    code = (
        "import importlib, importlib.util, pkgutil, sys\n"
        f"spec = importlib.util.spec_from_file_location('incident_tracker', r'{ROOT}/__init__.py',"
        f" submodule_search_locations=[r'{ROOT}'])\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['incident_tracker'] = m; spec.loader.exec_module(m)\n"
        "import incident_tracker.plugin.domain as d\n"
        "for info in pkgutil.iter_modules(d.__path__):\n"
        "    importlib.import_module('incident_tracker.plugin.domain.' + info.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'osgeo'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
