"""The plugin runs on QGIS 4 (Qt6): no Qt5-only idiom, found by asking PyQt6 itself (scripts/qt6_check.py)."""

import subprocess
import sys

from support import ROOT

CHECK = ROOT / "scripts" / "qt6_check.py"


def qt6_check(*paths):
    return subprocess.run([sys.executable, str(CHECK), *map(str, paths)], capture_output=True, text=True, timeout=120)


def test_the_plugin_has_no_qt5_only_idiom():
    result = qt6_check()
    assert "No module named 'PyQt6'" not in result.stderr, "PyQt6 (requirements-test.txt) is needed for this test"
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_finds_what_qt6_dropped(tmp_path):
    sample = tmp_path / "qt5_only.py"
    sample.write_text("from qgis.PyQt.QtCore import Qt\n"
                      "from qgis.PyQt.QtWidgets import QAction, QDialog, QMessageBox\n"
                      "align = Qt.AlignCenter\n"
                      "answer = QMessageBox.Yes\n"
                      "QDialog().exec_()\n", encoding="utf-8")
    result = qt6_check(sample)
    assert result.returncode == 1
    for expected in ("Qt.AlignmentFlag.AlignCenter", "QMessageBox.StandardButton.Yes", ".exec()", "QAction"):
        assert expected in result.stdout
