"""Import the checkout as the package ``incident_tracker`` (its folder may have any name)."""

import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def import_plugin():
    if "incident_tracker" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "incident_tracker", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT])
        module = importlib.util.module_from_spec(spec)
        sys.modules["incident_tracker"] = module
        spec.loader.exec_module(module)
    return sys.modules["incident_tracker"]
