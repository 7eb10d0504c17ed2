"""Help ▸ About: the plugin's version, where its manual is (the README shipped with it, and online),
where to report a problem, and the data it carries with their sources."""

import configparser
import os

from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtWidgets import QCheckBox, QMessageBox

from ..core.settings import empty_values_blank, show_empty_values_blank
from ..domain.zone_tables import ATTRIBUTION

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tr(text):
    return QCoreApplication.translate("About", text)


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def about_text():
    info = metadata()
    readme = os.path.join(PLUGIN_DIR, "README.md")
    manual = QUrl.fromLocalFile(readme).toString() if os.path.exists(readme) else info.get("homepage", "")
    lines = [
        "<h3>Incident Tracker</h3><p>" + tr("Version {version}").format(version=info.get("version", "?")) + "</p>",
        "<p>" + tr("Map, cite and review attacks in the disputed territories of Iraq.") + "</p>",
        "<p>" + tr("Manual: the <a href=\"{manual}\">README</a> (also online at <a href=\"{home}\">{home}</a>).")
        .format(manual=manual, home=info.get("homepage", "")) + "</p>",
        "<p>" + tr("Report a problem: <a href=\"{tracker}\">{tracker}</a>; details of errors are in the message "
                   "log, tab “Incident Tracker”.").format(tracker=info.get("tracker", "")) + "</p>",
        "<p>" + tr("Boundaries:") + f" {ATTRIBUTION}</p>",  # pylupdate sees no tr() inside an f-string
    ]
    return "".join(lines)


def show_about(parent):
    """The About box, with the one choice that changes QGIS beyond the plugin's layers: empty values shown
    blank instead of "NULL" in every attribute form and table (QGIS's own setting, put back on unticking)."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About Incident Tracker"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # its links open
    box.setIcon(QMessageBox.Icon.Information)
    blank = QCheckBox(tr("Show empty values as blank, not “NULL”, in attribute forms and tables"))
    blank.setObjectName("IncidentTracker_blank_null")
    blank.setToolTip(tr("QGIS's own setting for every layer (Settings ▸ Options ▸ Data Sources ▸ Representation "
                        "for NULL values); unticking puts back what it was."))
    blank.setChecked(empty_values_blank())
    box.setCheckBox(blank)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    show_empty_values_blank(blank.isChecked())
