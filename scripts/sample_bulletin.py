"""The bulletin of the sample store (the picture in the README: docs/bulletin-sample.png).

    QT_QPA_PLATFORM=offscreen python3 scripts/sample_bulletin.py --boundaries ../shared/data/cod-ab-irq \
        --out /tmp/bulletin --language en
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile /tmp/bulletin/bulletin-en.pdf docs/bulletin-sample
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _plugin_import import import_plugin  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--boundaries", required=True, help="folder with COD-AB adm2/adm3 files")
    parser.add_argument("--out", required=True)
    parser.add_argument("--language", default="en", choices=("en", "ar", "ckb"))
    parser.add_argument("--start", default="2020-05-01")
    parser.add_argument("--end", default="2020-06-30")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    import_plugin()
    from incident_tracker.plugin.core.bulletin import BulletinOptions, build_bulletin, export_pdf
    from incident_tracker.plugin.core.sample import build_sample_store

    store_path = os.path.join(args.out, "sample.gpkg")
    if os.path.exists(store_path):
        os.remove(store_path)
    build_sample_store(store_path, zones_from=args.boundaries).close()
    layout, incidents = build_bulletin(store_path, BulletinOptions(args.start, args.end, args.language),
                                       QgsProject.instance())
    output = export_pdf(layout, os.path.join(args.out, f"bulletin-{args.language}.pdf"))
    print(f"{output}: {layout.pageCollection().pageCount()} pages, {incidents} incidents")
    app.exitQgis()


if __name__ == "__main__":
    main()
