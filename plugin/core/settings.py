"""Every setting of the plugin, in one typed place (QgsSettings, under ``incident_tracker/``).

A setting is read with ``value(SETTING)`` and written with ``set_value(SETTING, value)``; its type and
default live in its definition, so no caller spells a key or converts a value. QGIS's own settings the
plugin reads (the UI language) are here too.
"""

from dataclasses import dataclass

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale

PREFIX = "incident_tracker/"


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    kind: type = str


# geoBoundaries' API for the OCHA COD (gbHumanitarian) release of Iraq; the user may point elsewhere.
BOUNDARY_URL_ADM2 = Setting("boundaries/adm2_url", "https://www.geoboundaries.org/api/current/gbHumanitarian/IRQ/ADM2/")
BOUNDARY_URL_ADM3 = Setting("boundaries/adm3_url", "https://www.geoboundaries.org/api/current/gbHumanitarian/IRQ/ADM3/")
BOUNDARY_URLS = {2: BOUNDARY_URL_ADM2, 3: BOUNDARY_URL_ADM3}
# The name the history records for this analyst's changes; empty: the operating system's user name.
ANALYST_NAME = Setting("review/analyst_name", "")


def value(setting):
    stored = QgsSettings().value(PREFIX + setting.key, setting.default)
    if stored is None:
        return setting.default
    if setting.kind is bool and isinstance(stored, str):
        return stored.lower() in ("1", "true", "yes")
    try:
        return setting.kind(stored)
    except (TypeError, ValueError):
        return setting.default


def set_value(setting, new_value):
    QgsSettings().setValue(PREFIX + setting.key, setting.kind(new_value))


def ui_language():
    """The UI language QGIS uses (its locale override, else the system's): "en", "ar", "ckb"…"""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return (name or "en").split("_")[0].split("-")[0].lower() or "en"


# QGIS's "Representation for NULL values" (Settings ▸ Options ▸ Data Sources), for every layer: the plugin
# changes it only when the analyst asks (Help / About), and puts back what it was.
QGIS_NULL_VALUE = "qgis/nullValue"
NULL_BEFORE_BLANK = Setting("forms/null_before_blank", "NULL")


def empty_values_blank():
    """Whether QGIS shows empty values as blank (its NULL representation is empty)."""
    from qgis.core import QgsApplication

    return QgsApplication.nullRepresentation() == ""


def show_empty_values_blank(blank):
    """Set QGIS's NULL representation to blank (``blank``), remembering what it was, or back to that."""
    from qgis.core import QgsApplication

    if blank == empty_values_blank():
        return
    if blank:
        set_value(NULL_BEFORE_BLANK, QgsApplication.nullRepresentation())
        text = ""
    else:
        text = value(NULL_BEFORE_BLANK) or "NULL"
    QgsApplication.setNullRepresentation(text)
    QgsSettings().setValue(QGIS_NULL_VALUE, text)
