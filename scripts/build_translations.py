"""Update the translation sources (i18n/*.ts) from the code and build the .qm files QGIS loads.

    python3 scripts/build_translations.py          # update .ts, fill from i18n/glossary.json, build .qm

Modules translate or mark their texts through module-level helpers bound to one context (``tr(text)``
translating with ``QCoreApplication.translate``, ``_msg(text)``/``_t(text)`` marking with
``message_template``, see plugin/domain/i18n.py) and literal ``message_template("Context", "...")``
calls, which ``pylupdate5`` cannot see; a temporary copy of each such module spells the calls out as
``QCoreApplication.translate("Context", ...)`` for ``pylupdate5`` (same line numbers). The taxonomy's
values come from resources/taxonomy.json and are added in the "taxonomy" context. Translations are
kept in i18n/glossary.json ({"English": {"ar": "...", "ckb": "..."}}), the one place to edit them.
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ("ar", "ckb")
# A module's translation helpers: ``def tr(text): return QCoreApplication.translate("Ctx", text)`` or
# ``def _msg(text): return message_template("Ctx", text)`` (any helper name and parameter name).
MESSAGE_TEMPLATE_CALL = re.compile(r"(?<![\w.])message_template\(")
HELPER_DEFINITION = re.compile(
    r'^def (\w+)\((\w+)\):\n(?:    """[^\n]*"""\n)?    '
    r'return (?:QCoreApplication\.translate|QT_TRANSLATE_NOOP|message_template)\("([^"]+)", \2\)', re.M)


def helpers(source):
    """{helper name: context} of the module's module-level translation helpers."""
    return {match.group(1): match.group(3) for match in HELPER_DEFINITION.finditer(source)}


def spelled_out(source):
    """The module with each helper call written as ``QCoreApplication.translate("Ctx", ...)``."""
    found = helpers(source)
    source = "\n".join(line if line.startswith("def ")
                       else MESSAGE_TEMPLATE_CALL.sub("QCoreApplication.translate(", line)
                       for line in source.split("\n"))
    if not found:
        return source
    calls = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, found)) + r")\(")
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if not line.startswith("def "):
            lines[index] = calls.sub(lambda m: f'QCoreApplication.translate("{found[m.group(1)]}", ', line)
    return "\n".join(lines)


def taxonomy_texts():
    with open(os.path.join(ROOT, "resources", "taxonomy.json"), encoding="utf-8") as f:
        data = json.load(f)
    texts = []
    for event_type, entry in data["event_types"].items():
        texts.append(event_type)
        texts.extend(entry["sub_event_types"])
    texts.extend(data["disorder_types"])
    for name in ("attribution", "target_communities", "verification_status", "source_types"):
        texts.extend(data[name])
    for name in ("time_precision", "geo_precision", "reliability", "credibility"):
        texts.extend(data[name].values())
    return list(dict.fromkeys(texts))


def add_context(tree, name, texts):
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.findall("message")}
    for text in texts:
        if text not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})


def fill(tree, language, glossary):
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        wanted = glossary.get(source, {}).get(language)
        if wanted:
            translation.text = wanted
            translation.attrib.pop("type", None)
        elif not (translation.text or "").strip():
            translation.attrib["type"] = "unfinished"
            missing += 1
    return missing


def main():
    with open(os.path.join(ROOT, "i18n", "glossary.json"), encoding="utf-8") as f:
        glossary = json.load(f)
    work = tempfile.mkdtemp()
    try:
        files = []
        for path in sorted(glob.glob(os.path.join(ROOT, "plugin", "**", "*.py"), recursive=True)):
            relative = os.path.relpath(path, ROOT)
            copy = os.path.join(work, relative)
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            with open(path, encoding="utf-8") as f:
                text = spelled_out(f.read())
            with open(copy, "w", encoding="utf-8") as f:
                f.write(text)
            files.append(relative)
        for language in LANGUAGES:
            ts_path = os.path.join(ROOT, "i18n", f"incident_tracker_{language}.ts")
            subprocess.run(["pylupdate5", "-noobsolete", *files, "-ts", ts_path], cwd=work, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            tree = ET.parse(ts_path)
            tree.getroot().set("language", language)
            add_context(tree, "taxonomy", taxonomy_texts())
            missing = fill(tree, language, glossary)
            ET.indent(tree) if hasattr(ET, "indent") else None
            tree.write(ts_path, encoding="utf-8", xml_declaration=True)
            qm_path = ts_path[:-3] + ".qm"
            subprocess.run(["lrelease", "-silent", ts_path, "-qm", qm_path], check=True)
            print(f"{language}: {missing} texts not yet translated -> {os.path.relpath(qm_path, ROOT)}")
    finally:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
