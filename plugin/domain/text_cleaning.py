"""Invisible characters an import removes before anything is stored.

NUL and the other C0/C1 control characters (tab and line breaks kept), a byte-order mark inside the
text (U+FEFF), and the bidirectional embedding, override and isolate controls (U+202A-U+202E,
U+2066-U+2069) are removed, never stored. None of them carries information in an event record: NULs
and stray BOMs come from broken exports and concatenated files; the bidi controls are what Word and
Windows insert around mixed Arabic-Latin text, and U+202E (right-to-left override) can make text read
differently on screen from what it is (``gnp.exe`` shown as ``exe.png``). Removing them keeps every
letter, and the Unicode bidirectional algorithm still shows Arabic right to left; refusing the row
would lose a real incident for an invisible mark. The marks U+200E/U+200F (LRM/RLM) and U+061C
(Arabic letter mark) only hint at direction and cannot reorder text: they are kept.
"""

import re

CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u202a-\u202e\u2066-\u2069]")


def has_controls(text):
    """Whether ``text`` has characters to remove; a line break at its end does not count."""
    # isprintable() is false for every character removed (and for a few kept: tab, ZWNJ, LRM...),
    # and much faster than the search, which only runs when it is false.
    return not text.rstrip("\r\n").isprintable() and CONTROLS.search(text) is not None


def without_controls(text):
    """``text`` without the characters above."""
    return CONTROLS.sub("", text)
