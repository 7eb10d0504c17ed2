"""Enable a plugin in a QGIS profile: scripts/enable_plugin.py PROFILE_DIR PLUGIN_NAME."""

import os
import sys

from qgis.PyQt.QtCore import QSettings


def main(profile_dir, plugin_name):
    os.makedirs(os.path.join(profile_dir, "QGIS"), exist_ok=True)
    settings = QSettings(os.path.join(profile_dir, "QGIS", "QGIS3.ini"), QSettings.IniFormat)
    settings.setValue(f"PythonPlugins/{plugin_name}", True)
    settings.setValue("qgis/showTips", False)
    settings.setValue("qgis/checkVersion", False)  # no network request on start-up
    settings.setValue("core/NewsFeed/httpsfeedqgisorg/disabled", True)
    settings.sync()
    print(f"Enabled {plugin_name} in {profile_dir}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
