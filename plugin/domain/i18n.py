"""Marking strings for translation in modules that must not import Qt.

``QT_TRANSLATE_NOOP(context, text)`` is recognised by ``pylupdate5``; it returns the English text
unchanged. The GUI translates such texts with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate looks for
    return text
