"""Locate the plugin's data files (the ``resources/`` folder at the plugin root)."""

import json
import os
from functools import lru_cache

RESOURCES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources")


def resource_path(*parts):
    return os.path.join(RESOURCES_DIR, *parts)


@lru_cache(maxsize=None)
def load_json(name):
    with open(resource_path(name), encoding="utf-8") as f:
        return json.load(f)
