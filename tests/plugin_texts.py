"""The plugin's user-visible texts, read from its Python source (not from the .ts files pylupdate wrote).

``marked_texts(source)`` gives the ``(context, text)`` of every text marked for translation with a literal:
``QT_TRANSLATE_NOOP("ctx", "…")``, ``message_template("ctx", "…")``, ``QCoreApplication.translate("ctx",
"…")``, a module's helper bound to one context (``def _msg(text): return message_template("store", text)``
then ``_msg("…")``; ``tr``, ``_t`` alike) and a Processing algorithm's ``self.tr("…")`` (the class's name
as context, as pylupdate reads it).

``unmarked_texts(source)`` gives the English a user would see that is not marked at all: a string literal,
f-string or ``"…".format()`` given to an exception raised, to ``QgsProcessingException``, to Processing
feedback, to the message bar, to a message box, to the plugin's log, or set as a label's text (directly or
through a function of the module that passes its parameter on to one of those); ``str(error)`` given to
one of those calls too (the English of a message: ``translated(error)`` shows it). A web address shown as
an example, and a line ending with the comment ``# not for users`` (an argument check, a programming
error), are not messages.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Calls marking or translating a text: marker(context, text).
MARKERS = ("QT_TRANSLATE_NOOP", "message_template", "translate")
# Calls whose text argument(s) a user reads: name -> positions of those arguments.
SHOWN = {"QgsProcessingException": (0,), "reportError": (0,), "pushInfo": (0,), "pushWarning": (0,),
         "pushMessage": (0, 1), "pushCritical": (0, 1), "pushSuccess": (0, 1), "setText": (0,),
         "setToolTip": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,), "warning": (0, 1, 2),
         "critical": (0, 1, 2), "information": (0, 1, 2), "question": (0, 1, 2), "info": (0,), "error": (0,)}
# Names the plugin gives a caught exception.
ERROR_NAMES = {"error", "exc", "exception", "failure", "conflict", "e"}
# Exceptions that never reach a user: the module catches them itself.
INTERNAL_EXCEPTIONS = {"_NoMatch", "_RecordTooLong", "NotImplementedError", "AssertionError", "StopIteration",
                       # json_reading's scanner raises it with json's own words; the reader reports the line.
                       "JSONDecodeError",
                       # the shipped zones definition's own check (resources/), a developer's error
                       "DefinitionError"}


def plugin_files():
    return sorted((ROOT / "plugin").rglob("*.py"))


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def helpers(tree):
    """{name: context} of the module-level one-argument functions returning a marked or translated text."""
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1):
            continue
        returns = [n for n in node.body if isinstance(n, ast.Return)]
        call = returns[0].value if returns else None
        if (isinstance(call, ast.Call) and _name(call.func) in MARKERS
                and len(call.args) == 2 and _literal(call.args[0])
                and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
            found[node.name] = call.args[0].value
    return found


def _classes(tree):
    """{call node: name of the innermost class holding it}."""
    owner = {}

    def visit(node, klass):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else klass
            if isinstance(child, ast.Call):
                owner[child] = klass
            visit(child, inner)

    visit(tree, None)
    return owner


def marked_texts(source, path="<source>"):
    """[(context, text, where)] of the texts marked for translation with a literal."""
    tree = ast.parse(source)
    module_helpers = helpers(tree)
    found = []
    for call, klass in _classes(tree).items():
        name = _name(call.func)
        where = f"{path}:{call.lineno}"
        if name in MARKERS and len(call.args) >= 2:
            context, text = _literal(call.args[0]), _literal(call.args[1])
            if context and text is not None and (name != "translate" or _name(call.func.value) == "QCoreApplication"):
                found.append((context, text, where))
        elif isinstance(call.func, ast.Name) and name in module_helpers and call.args:
            if _literal(call.args[0]) is not None:
                found.append((module_helpers[name], call.args[0].value, where))
        elif (name == "tr" and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
              and call.func.value.id == "self" and call.args and _literal(call.args[0]) is not None and klass):
            found.append((klass, call.args[0].value, where))
    return [(c, t, w) for c, t, w in found if any(ch.isalpha() for ch in t)]


def _english(node):
    """The English of an unmarked text expression (a literal, f-string, "…".format(), "…" % x), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant)) or "{…}"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _english(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return _english(node.left) or _english(node.right)
    return None


def _forwarders(tree):
    """{name: positions} of the module's functions that pass a parameter on to a call in SHOWN."""
    found = {}
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        parameters = [a.arg for a in function.args.args]
        for call in ast.walk(function):
            if isinstance(call, ast.Call) and _name(call.func) in SHOWN:
                for i in SHOWN[_name(call.func)]:
                    if i < len(call.args) and isinstance(call.args[i], ast.Name) and call.args[i].id in parameters:
                        found.setdefault(function.name, set()).add(parameters.index(call.args[i].id))
    return {name: tuple(sorted(positions)) for name, positions in found.items()}


def unmarked_texts(source, path="<source>"):
    """[(text, where)] of English shown to a user without being marked for translation."""
    tree = ast.parse(source)
    shown = {**SHOWN, **_forwarders(tree)}
    lines = source.split("\n")
    found = []
    for node in ast.walk(tree):
        arguments = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if _name(node.exc.func) not in INTERNAL_EXCEPTIONS:
                arguments = node.exc.args[:1]
        elif isinstance(node, ast.Call) and _name(node.func) in shown:
            offset = 1 if isinstance(node.func, ast.Attribute) and _name(node.func) not in SHOWN else 0
            arguments = [node.args[i - offset] for i in shown[_name(node.func)] if 0 <= i - offset < len(node.args)]
        for argument in arguments:
            if (isinstance(node, ast.Call) and isinstance(argument, ast.Call) and _name(argument.func) == "str"
                    and argument.args and isinstance(argument.args[0], ast.Name)
                    and (argument.args[0].id in ERROR_NAMES or "error" in argument.args[0].id)):
                # str(error) is the English of a message: translated(error) shows it
                found.append((f"str({ast.unparse(argument.args[0])})", f"{path}:{node.lineno}"))
                continue
            text = _english(argument)
            if (text is not None and sum(ch.isalpha() for ch in text) > 1 and not text.startswith("http")
                    and not lines[node.lineno - 1].rstrip().endswith("# not for users")):
                found.append((text, f"{path}:{node.lineno}"))
    return found


def _noop_marked(node):
    """Whether ``node`` is ``QT_TRANSLATE_NOOP(...)`` or ``QT_TRANSLATE_NOOP(...).format(...)``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    return isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP"


def data_marked_messages(source, path="<source>"):
    """[(what, where)] of messages marked with QT_TRANSLATE_NOOP, which gives a plain str that cannot be
    translated where it is shown: a helper ``def _t(text): return QT_TRANSLATE_NOOP(...)``, or such a text
    raised or shown. Messages are made with ``message_template`` (plugin/domain/i18n.py)."""
    tree = ast.parse(source)
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            returned = [n.value for n in node.body if isinstance(n, ast.Return)]
            if returned and isinstance(returned[0], ast.Call) and _name(returned[0].func) == "QT_TRANSLATE_NOOP":
                found.append((f"def {node.name}", f"{path}:{node.lineno}"))
    for node in ast.walk(tree):
        arguments = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            arguments = node.exc.args[:1]
        elif isinstance(node, ast.Call) and _name(node.func) in SHOWN:
            arguments = node.args
        found += [(ast.unparse(a)[:60], f"{path}:{node.lineno}") for a in arguments if _noop_marked(a)]
    return found


def plugin_data_marked_messages():
    return [m for path in plugin_files()
            for m in data_marked_messages(path.read_text(encoding="utf-8"), path.relative_to(ROOT))]


def plugin_marked_texts():
    return [m for path in plugin_files()
            for m in marked_texts(path.read_text(encoding="utf-8"), path.relative_to(ROOT))]


def plugin_unmarked_texts():
    return [m for path in plugin_files()
            for m in unmarked_texts(path.read_text(encoding="utf-8"), path.relative_to(ROOT))]
