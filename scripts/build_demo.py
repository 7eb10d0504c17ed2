"""Build the demo: the sample store (with the disputed zones when boundaries are given) and a project.

    python3 scripts/build_demo.py --boundaries ../shared/data/cod-ab-irq --out ~/.cache/incident-tracker/demo
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _plugin_import import import_plugin  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--boundaries", help="folder with COD-AB adm2/adm3 files (optional)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import_plugin()
    from incident_tracker.plugin.core import demo

    project_path = demo.build(args.out, args.boundaries)
    print(f"Demo project: {project_path}")
    app.exitQgis()


if __name__ == "__main__":
    main()
