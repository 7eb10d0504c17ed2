"""The layers' created_at/updated_at defaults are UTC, whatever the machine's time zone (issue 19)."""

import json
import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from incident_tracker.plugin.core.layers import INCIDENT_DEFAULTS, SOURCE_DEFAULTS, utc_text_expression

EVALUATE = """
import sys
from qgis.core import QgsApplication, QgsExpression, QgsExpressionContext
app = QgsApplication([], False)
app.initQgis()
expression = QgsExpression(sys.argv[1])
print(expression.evaluate(QgsExpressionContext()))
"""


def _python(code, *args, zone):
    """Run ``code`` in a fresh Python in time zone ``zone``, away from tests/ (whose qgis/ folder would
    shadow QGIS's package for ``python -c``)."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment.update(TZ=zone, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code, *args], env=environment, cwd=os.path.expanduser("~"),
                          capture_output=True, text=True, timeout=60, check=True)


def evaluated_in(zone, expression):
    result = _python(EVALUATE, expression, zone=zone)
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


EVALUATE_MANY = """
import json, sys
from qgis.core import QgsApplication, QgsExpression, QgsExpressionContext
app = QgsApplication([], False)
app.initQgis()
print(json.dumps([QgsExpression(text).evaluate(QgsExpressionContext()) for text in json.loads(sys.argv[1])]))
"""


def test_the_calendar_is_right_across_leap_days_and_centuries():
    instants = [datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(2000, 2, 29, 23, 59, 59, 999000, tzinfo=timezone.utc),
                datetime(2000, 3, 1, tzinfo=timezone.utc), datetime(2020, 6, 13, 21, 30, 5, 7000, tzinfo=timezone.utc),
                datetime(2023, 12, 31, 23, 59, 59, 1000, tzinfo=timezone.utc), datetime(2024, 2, 29, 12, tzinfo=timezone.utc),
                datetime(2100, 3, 1, 0, 0, 0, 1000, tzinfo=timezone.utc), datetime(1969, 12, 31, 23, 0, tzinfo=timezone.utc)]
    milliseconds = [round(moment.timestamp() * 1000) for moment in instants]
    result = _python(EVALUATE_MANY, json.dumps([utc_text_expression(str(ms)) for ms in milliseconds]),
                     zone="Asia/Baghdad")
    written = json.loads(result.stdout.strip().splitlines()[-1])
    assert written == [moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z" for moment in instants]
