"""Drafting incidents from the text of a report (issue 8).

Rule-based and offline: sentence splitting, regular expressions and word lists shipped as data in
``resources/drafting/``. The entry point is :func:`draft_incidents`; each :class:`Draft` holds
:class:`Suggestion` objects keyed by the store's field names, each with the words it came from.
"""

from .drafts import Draft, draft_incidents
from .text import Suggestion

__all__ = ["Draft", "Suggestion", "draft_incidents"]
