"""Messages that are English text and know how to be translated, for modules that must not import Qt.

Two markers, both read by scripts/build_translations.py for ``pylupdate5``:

* ``QT_TRANSLATE_NOOP(context, text)`` marks a text that is also data (a field label, a status written
  into a layer, a drafting phrase): it returns the English text unchanged, a plain ``str``.
* ``message_template(context, text)`` marks a message (an error, a report line): it returns a
  :class:`Template`, a ``str`` that remembers its context. A module makes its messages through a helper
  bound to one context, ``def _msg(text): return message_template("store", text)``.

``template.format(**params)`` gives a :class:`Message`: the English text (a ``str``, so it can be raised,
logged, compared as before) that remembers its context, template and parameters. ``+`` between messages
and text, and :func:`join`, keep what each part needs to be translated; ``str(error)`` of an exception
raised with a message is that message. The GUI and Processing show any message, error or text through
``core.translation.translated``, which translates each part into the UI language (parameters that are
messages too) and leaves plain text as it is.

Messages are for showing, never data: Qt does not see a ``str`` subclass as a string (a QVariant holding
one is not a text), so a message written into a layer or a setting goes through ``translated`` first.
"""


class Message(str):
    """English text made of parts; each part is plain text or ``(context, template, args, params)``."""

    def __new__(cls, english="", parts=None):
        message = super().__new__(cls, english)
        message.parts = tuple(parts) if parts is not None else (str(english),)
        return message

    def __str__(self):
        return self  # str(message), str(error) and "%s" keep the parts

    def __reduce__(self):
        return type(self), (str.__str__(self), self.parts)

    def __add__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        return Message(str.__add__(self, other), self.parts + _parts(other))

    def __radd__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        return Message(str.__add__(other, self), _parts(other) + self.parts)

    def format(self, *args, **params):
        """The message with its placeholders filled, each part keeping its template and the values."""
        parts = []
        for part in self.parts:
            if isinstance(part, tuple) and part[2] is None and part[3] is None:
                parts.append((part[0], part[1], args, params))
            elif isinstance(part, str):
                parts.append(part.format(*args, **params))
            else:
                parts.append(part)
        return Message(str.format(self, *args, **params), parts)

    def translated(self, translate):
        """The text with ``translate(context, template)`` applied to each part (English where it fails)."""
        return "".join(_translated_part(part, translate) for part in self.parts)


class Template(Message):
    """A message to be translated in ``context``, not yet formatted."""

    def __new__(cls, context, text):
        return super().__new__(cls, text, ((context, str.__str__(text), None, None),))

    def __reduce__(self):
        return Message, (str.__str__(self), self.parts)

    @property
    def context(self):
        return self.parts[0][0]


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate looks for
    return text


def message_template(context, text):
    """``text``, a message of ``context``, as a :class:`Template` (``.format()`` it, raise it, show it)."""
    return Template(context, text)


def join(separator, items):
    """``separator.join(items)`` that keeps the items' translations (the separator stays as it is)."""
    items = list(items)
    parts = []
    for index, item in enumerate(items):
        if index:
            parts.extend(_parts(separator))
        parts.extend(_parts(item))
    return Message(str.join(separator, items), parts)


def _parts(text):
    return text.parts if isinstance(text, Message) else (str.__str__(text),)


def _translated_part(part, translate):
    if isinstance(part, str):
        return part
    context, template, args, params = part
    if args is None and params is None:
        return translate(context, template) or template
    args = tuple(_translated_value(value, translate) for value in args)
    params = {name: _translated_value(value, translate) for name, value in params.items()}
    try:
        return (translate(context, template) or template).format(*args, **params)
    except (IndexError, KeyError, ValueError):  # a translation whose placeholders do not match: English
        return template.format(*args, **params)


def _translated_value(value, translate):
    if isinstance(value, Message):
        return value.translated(translate)
    if isinstance(value, BaseException) and isinstance(str(value), Message):
        return str(value).translated(translate)
    return value
