"""Find Qt5-only idioms in the plugin by asking PyQt6 itself what exists.

    python3 scripts/qt6_check.py [PATH ...]     # default: the plugin's runtime code; exit 1 on findings
    python3 scripts/qt6_check.py --fix [PATH ...]   # also rewrite what has one spelling in both Qts

Run it with a Python that has PyQt6 (installed from PyPI in the test environment). Like QGIS's own
Qt5 -> Qt6 migration script, it introspects PyQt6 instead of keeping a list: every
``Class.NAME`` reached from a name imported from ``qgis.PyQt.<Module>`` must exist in
``PyQt6.<Module>``; when it does not, the scoped enum that holds ``NAME`` is suggested
(``Qt.AlignCenter`` -> ``Qt.AlignmentFlag.AlignCenter``). It also refuses what PyQt6 dropped outright:
``exec_()``/``print_()``, PyQt5 imports, ``QRegExp``, compiled resource modules, and classes that moved
module (``QAction``) unless imported inside ``try/except ImportError``.
"""

import ast
import importlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATHS = ("__init__.py", "plugin")
DROPPED_METHODS = {"exec_": "exec", "print_": "print"}
DROPPED_NAMES = {"QRegExp": "QRegularExpression", "QRegExpValidator": "QRegularExpressionValidator"}


def python_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, _dirs, files in os.walk(path):
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.join(folder, name)


def scoped_name(owner, name):
    """The ``Enum.name`` path under ``owner`` where PyQt6 keeps ``name``, or None."""
    for attribute in dir(owner):
        if not attribute[:1].isupper():
            continue
        candidate = getattr(owner, attribute, None)
        if isinstance(candidate, type) and hasattr(candidate, "__members__") and name in candidate.__members__:
            return f"{attribute}.{name}"
    return None


class Finder(ast.NodeVisitor):
    def __init__(self, path, plugin_classes=None):
        self.path = path
        self.plugin_classes = plugin_classes if plugin_classes is not None else {}
        self.findings = []
        self.qt_names = {}      # local name -> (PyQt6 module, class name or None for a module)
        self.guarded = set()    # linenos of imports inside try/except ImportError

    def report(self, node, text):
        self.findings.append(f"{os.path.relpath(self.path, ROOT)}:{node.lineno}: {text}")

    def visit_Try(self, node):
        catches_import_error = any(
            handler.type is not None and "ImportError" in ast.unparse(handler.type) for handler in node.handlers)
        if catches_import_error:
            for child in node.body:
                for sub in ast.walk(child):
                    if isinstance(sub, ast.ImportFrom):
                        self.guarded.add(sub.lineno)
        self.generic_visit(node)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] == "PyQt5":
                self.report(node, f"imports {alias.name}: import Qt through qgis.PyQt")

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if module.split(".")[0] == "PyQt5":
            self.report(node, f"imports from {module}: import Qt through qgis.PyQt")
            return
        if module.endswith("_rc"):
            self.report(node, "compiled Qt resources: use file paths instead")
        if module == "qgis.PyQt":
            for alias in node.names:
                if alias.name.startswith("Qt"):
                    self.qt_names[alias.asname or alias.name] = (f"PyQt6.{alias.name}", None)
            return
        if node.level:      # the plugin's own Qt-derived classes carry Qt's enums too
            for alias in node.names:
                if alias.name in self.plugin_classes:
                    self.qt_names[alias.asname or alias.name] = self.plugin_classes[alias.name]
            return
        if not module.startswith("qgis.PyQt.Qt"):
            return
        pyqt6_module = "PyQt6." + module.split(".", 2)[2]
        try:
            qt6 = importlib.import_module(pyqt6_module)
        except ImportError:
            self.report(node, f"{module} has no PyQt6 counterpart")
            return
        for alias in node.names:
            if alias.name in DROPPED_NAMES:
                self.report(node, f"{alias.name} is gone in Qt6: use {DROPPED_NAMES[alias.name]}")
            elif not hasattr(qt6, alias.name) and node.lineno not in self.guarded:
                self.report(node, f"{alias.name} is not in {pyqt6_module}: import it inside try/except ImportError")
            self.qt_names[alias.asname or alias.name] = (pyqt6_module, alias.name)

    def visit_ClassDef(self, node):
        """A class of the plugin's own that derives from a Qt class carries its enums (MyDialog.Accepted)."""
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in self.qt_names and self.qt_names[base.id][1]:
                self.qt_names.setdefault(node.name, self.qt_names[base.id])
                self.plugin_classes.setdefault(node.name, self.qt_names[base.id])
                break
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if node.attr in DROPPED_METHODS:
            self.report(node, f".{node.attr}() is gone in PyQt6: use .{DROPPED_METHODS[node.attr]}()")
        chain = []
        root = node
        while isinstance(root, ast.Attribute):
            chain.insert(0, root.attr)
            root = root.value
        if isinstance(root, ast.Name) and root.id in self.qt_names and not self._inside_longer_chain(node):
            self.check_chain(node, root.id, chain)
        self.generic_visit(node)

    def _inside_longer_chain(self, node):
        return getattr(node, "_in_chain", False)

    def generic_visit(self, node):
        for child in ast.iter_child_nodes(node):
            if isinstance(node, ast.Attribute) and isinstance(child, ast.Attribute):
                child._in_chain = True
        super().generic_visit(node)

    def check_chain(self, node, name, chain):
        module_name, class_name = self.qt_names[name]
        try:
            owner = importlib.import_module(module_name)
        except ImportError:
            return
        if class_name is not None:
            owner = getattr(owner, class_name, None)
            if owner is None:
                return
        spelled = name
        for attribute in chain:
            if not hasattr(owner, attribute):
                scoped = scoped_name(owner, attribute)
                if scoped:
                    self.report(node, f"{spelled}.{attribute} is Qt5-only: use {spelled}.{scoped}")
                elif attribute.startswith("__"):
                    return
                else:
                    self.report(node, f"{spelled}.{attribute} does not exist in PyQt6")
                return
            owner = getattr(owner, attribute)
            spelled = f"{spelled}.{attribute}"


def check(paths):
    findings = []
    trees = {}
    plugin_classes = {}
    for path in python_files(paths):
        with open(path, encoding="utf-8") as f:
            trees[path] = ast.parse(f.read(), path)
        Finder(path, plugin_classes).visit(trees[path])     # first pass: which classes derive from Qt's
    for path, tree in trees.items():
        finder = Finder(path, plugin_classes)
        for node in ast.walk(tree):       # try/except first, so guarded imports are known
            if isinstance(node, ast.Try):
                finder.visit_Try(node)
        finder.visit(tree)
        findings.extend(finder.findings)
    return findings


FIXABLE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): (?:(?P<old>[\w.]+) is Qt5-only: use (?P<new>[\w.]+)"
                     r"|\.(?P<method>\w+)\(\) is gone in PyQt6: use \.(?P<replacement>\w+)\(\))$")


def fix(findings):
    """Rewrite scoped enums and dropped methods in place; both spellings work on PyQt5 5.15 too."""
    edits = {}
    for line in findings:
        match = FIXABLE.match(line)
        if match:
            edits.setdefault(match["path"], []).append(match)
    for path, matches in edits.items():
        full = os.path.join(ROOT, path)
        with open(full, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for match in matches:
            index = int(match["line"]) - 1
            if match["old"]:
                pattern, replacement = re.escape(match["old"]) + r"(?![\w.])", match["new"]
            else:
                pattern, replacement = r"\." + match["method"] + r"\(", "." + match["replacement"] + "("
            lines[index] = re.sub(pattern, replacement, lines[index])
        with open(full, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


def main(argv):
    fixing = "--fix" in argv
    argv = [a for a in argv if a != "--fix"]
    paths = argv or [os.path.join(ROOT, p) for p in DEFAULT_PATHS]
    findings = check(paths)
    if fixing:
        fix(findings)
        findings = check(paths)
    for line in findings:
        print(line)
    print(f"{len(findings)} Qt5-only idiom(s) found", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
