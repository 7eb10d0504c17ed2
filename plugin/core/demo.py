"""The demo project: the sample store, its layers and (given boundaries) the disputed zones."""

import os

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsReferencedRectangle

from .layers import add_store_layers
from .sample import build_sample_store

# Northern Iraq, from Sinjar to Khanaqin (EPSG:4326).
DEMO_EXTENT = (41.0, 33.6, 46.6, 37.2)


def build(out_dir, boundaries_dir=None):
    """Write ``sample_store.gpkg`` and ``demo.qgz`` into ``out_dir`` (rebuilt each time); the project path."""
    store_path = os.path.join(out_dir, "sample_store.gpkg")
    if os.path.exists(store_path):
        os.remove(store_path)
    build_sample_store(store_path, zones_from=boundaries_dir).close()
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    project.setTitle("Incident Tracker demo")
    project.writeEntry("IncidentTracker", "store", store_path)
    add_store_layers(store_path, project)
    if boundaries_dir:
        from .zone_layers import add_zone_layers

        add_zone_layers(store_path, project, "en")
    view = project.viewSettings()
    view.setDefaultViewExtent(QgsReferencedRectangle(QgsRectangle(*DEMO_EXTENT),
                                                     QgsCoordinateReferenceSystem("EPSG:4326")))
    project_path = os.path.join(out_dir, "demo.qgz")
    project.write(project_path)
    return project_path
