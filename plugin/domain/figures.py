"""Casualty figures of an incident from the figures its sources report.

ACLED's rule (ACLED Codebook, "Fatalities"): when sources disagree, the lowest reported figure is
used. The incident keeps the range (``fatalities_low``/``fatalities_high``, as UCDP's low/high) and
its best figure defaults to the low one unless the analyst set it (``fatalities_manual``).
"""


REPORTED = {"fatalities": "fatalities_reported", "wounded": "wounded_reported", "abducted": "abducted_reported"}


def _reported(sources, name):
    return [s[name] for s in sources if s.get(name) is not None]


def reported_range(sources, figure):
    """(lowest, highest) of what the sources report for ``figure`` ("fatalities", "wounded",
    "abducted"), or None when none reports it."""
    reported = _reported(sources, REPORTED[figure])
    return (min(reported), max(reported)) if reported else None


def reconcile(incident, sources):
    """A copy of ``incident`` with its figures brought in line with ``sources``."""
    result = dict(incident)
    killed = reported_range(sources, "fatalities")
    if killed:
        result["fatalities_low"], result["fatalities_high"] = killed
        if not result.get("fatalities_manual") or result.get("fatalities") is None:
            result["fatalities"] = killed[0]
            result["fatalities_manual"] = False
    elif result.get("fatalities") is not None and result.get("fatalities_manual") is None:
        result["fatalities_manual"] = True
    for figure in ("wounded", "abducted"):
        reported = reported_range(sources, figure)
        if reported and result.get(figure) is None:
            result[figure] = reported[0]
    if result.get("fatalities_manual") is None:
        result["fatalities_manual"] = False
    return result
