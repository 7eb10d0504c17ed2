"""The "pick on map" tool: a click places the incident's marker; a later click moves it."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class IncidentMarker:
    """The marker showing the incident's point on the canvas (in WGS84 coordinates): a yellow disc
    with a dark blue ring on a white halo, which stands out on the red and orange hatching of the
    zones and on the incidents' own red, orange and purple symbols."""

    RING = "#0d47a1"
    FILL = QColor(255, 214, 10, 230)

    def __init__(self, canvas):
        self.canvas = canvas
        self.markers = []

    def _make(self):
        halo = QgsVertexMarker(self.canvas)
        halo.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
        halo.setColor(QColor("#ffffff"))
        halo.setIconSize(24)
        halo.setPenWidth(8)
        ring = QgsVertexMarker(self.canvas)
        ring.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
        ring.setColor(QColor(self.RING))
        ring.setFillColor(self.FILL)
        ring.setIconSize(24)
        ring.setPenWidth(3)
        return [halo, ring]

    def show(self, longitude, latitude):
        if not self.markers:
            self.markers = self._make()
        transform = QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        centre = transform.transform(QgsPointXY(longitude, latitude))
        for marker in self.markers:
            marker.setCenter(centre)
            marker.show()

    def hide(self):
        for marker in self.markers:
            self.canvas.scene().removeItem(marker)
        self.markers = []

    @property
    def marker(self):
        """The visible ring (None when hidden)."""
        return self.markers[-1] if self.markers else None


class PickPointTool(QgsMapToolEmitPoint):
    """Emits ``picked(longitude, latitude)`` in WGS84 for each click on the canvas."""

    picked = pyqtSignal(float, float)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.canvasClicked.connect(self._clicked)

    def _clicked(self, point, button):
        transform = QgsCoordinateTransform(self.canvas.mapSettings().destinationCrs(), WGS84, QgsProject.instance())
        wgs84 = transform.transform(point)
        self.picked.emit(wgs84.x(), wgs84.y())
