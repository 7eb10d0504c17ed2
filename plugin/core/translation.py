"""Any message, error or text in the UI language: the one way the plugin shows what went wrong.

Errors raised in plugin/domain and plugin/core carry English :class:`~..domain.i18n.Message` texts that
remember their template and parameters; ``translated(error)`` gives them in the language QGIS runs in
(through the plugin's installed translator), parameters that are messages translated too. Plain text
(already translated, or a user's value) comes back as it is.
"""

from qgis.PyQt.QtCore import QCoreApplication

from ..domain.i18n import Message


def translated(text_or_error):
    """The text of a message, exception or plain string in the UI language."""
    text = str(text_or_error) if text_or_error is not None else ""
    if isinstance(text, Message):
        return text.translated(QCoreApplication.translate)
    return text
