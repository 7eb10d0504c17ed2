"""The layers' created_at/updated_at defaults are UTC, whatever the machine's time zone (issue 19)."""

import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from incident_tracker.plugin.core.layers import INCIDENT_DEFAULTS, SOURCE_DEFAULTS

EVALUATE = """
import sys
from qgis.core import QgsApplication, QgsExpression, QgsExpressionContext
app = QgsApplication([], False)
app.initQgis()
expression = QgsExpression(sys.argv[1])
print(expression.evaluate(QgsExpressionContext()))
"""


def evaluated_in(zone, expression):
    environment = dict(os.environ, TZ=zone, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", EVALUATE, expression], env=environment,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("zone", ["Asia/Baghdad", "America/New_York", "UTC"])
@pytest.mark.parametrize("defaults,field", [(INCIDENT_DEFAULTS, "created_at"), (INCIDENT_DEFAULTS, "updated_at"),
                                            (SOURCE_DEFAULTS, "created_at")])
def test_a_new_feature_gets_the_utc_time_in_any_time_zone(zone, defaults, field):
    before = datetime.now(timezone.utc)
    text = evaluated_in(zone, defaults[field])
    after = datetime.now(timezone.utc)
    written = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    assert before.replace(microsecond=0) <= written <= after, (zone, text)
