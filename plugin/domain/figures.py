"""Casualty figures of an incident from the figures its sources report.

ACLED's rule (ACLED Codebook, "Fatalities"): when sources disagree, the lowest reported figure is
used. The incident keeps the range (``fatalities_low``/``fatalities_high``, as UCDP's low/high) and
its best figure defaults to the low one unless the analyst set it (``fatalities_manual``).
"""


def _reported(sources, name):
    return [s[name] for s in sources if s.get(name) is not None]


def reconcile(incident, sources):
    """A copy of ``incident`` with its figures brought in line with ``sources``."""
    result = dict(incident)
    killed = _reported(sources, "fatalities_reported")
    if killed:
        result["fatalities_low"] = min(killed)
        result["fatalities_high"] = max(killed)
        if not result.get("fatalities_manual") or result.get("fatalities") is None:
            result["fatalities"] = min(killed)
            result["fatalities_manual"] = False
    elif result.get("fatalities") is not None and result.get("fatalities_manual") is None:
        result["fatalities_manual"] = True
    for incident_field, source_field in (("wounded", "wounded_reported"), ("abducted", "abducted_reported")):
        reported = _reported(sources, source_field)
        if reported and result.get(incident_field) is None:
            result[incident_field] = min(reported)
    if result.get("fatalities_manual") is None:
        result["fatalities_manual"] = False
    return result
