"""The "pick on map" tool: a click places the incident's marker; a later click moves it."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class IncidentMarker:
    """The marker showing the incident's point on the canvas (in WGS84 coordinates)."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.marker = None

    def show(self, longitude, latitude):
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas)
            self.marker.setIconType(QgsVertexMarker.ICON_CROSS)
            self.marker.setColor(QColor("#c0392b"))
            self.marker.setIconSize(18)
            self.marker.setPenWidth(3)
        transform = QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        self.marker.setCenter(transform.transform(QgsPointXY(longitude, latitude)))
        self.marker.show()

    def hide(self):
        if self.marker is not None:
            self.canvas.scene().removeItem(self.marker)
            self.marker = None


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
