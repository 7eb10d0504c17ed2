"""Make the repository root importable as the package ``incident_tracker``, whatever the folder's name.

The plugin's imports are relative, so in a QGIS profile it works under any folder name; the tests
load it the same way, from the checkout.
"""

import importlib.util
import os
import sys

from support import ROOT, SHARED_DATA, TEST_DATA  # noqa: F401 - re-exported for tests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if "incident_tracker" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "incident_tracker", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["incident_tracker"] = _module
    _spec.loader.exec_module(_module)
