#!/usr/bin/env python3
"""How long QGIS's event loop stalls while the dialog drafts a long report in the background, beside the
former way (the drafting on the GUI thread, which stalls it for the whole drafting), in the same run:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/draft_responsiveness.py 20000

A 10 ms timer ticks throughout; the longest gap between two ticks is the longest the GUI could not answer.
"""

import argparse
import json
import sys
import time

from workers import ROOT, load_plugin, start_qgis


def long_report(characters, language):
    reports = json.loads((ROOT / "tests" / "data" / "drafting_corpus" / "development.json").read_text("utf-8"))
    texts, length = [], 0
    for report in reports["reports"]:
        if report["language"] == language and length < characters:
            texts.append(report["text"])
            length += len(report["text"]) + 2
    return "\n\n".join(texts)


class Ticks:
    """A 10 ms timer's ticks: the longest gap between two of them."""

    def __init__(self):
        from qgis.PyQt.QtCore import QTimer

        self.times = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start(10)

    def stop(self):
        self.timer.stop()
        self.times.append(time.perf_counter())
        return max(b - a for a, b in zip(self.times, self.times[1:]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("characters", type=int, nargs="?", default=20000)
    parser.add_argument("--language", default="ar")
    args = parser.parse_args()
    app = start_qgis()
    load_plugin()
    from qgis.PyQt.QtCore import QDate, QEventLoop

    from incident_tracker.plugin.domain.drafting import draft_incidents
    from incident_tracker.plugin.gui.draft_dialog import DraftDialog

    text = long_report(args.characters, args.language)
    draft_incidents(long_report(1, args.language), "2024-01-01")  # the word lists loaded before either run

    ticks = Ticks()
    start = time.perf_counter()
    on_gui_thread = draft_incidents(text, "2024-01-01")  # the former way
    app.processEvents()
    former_stall, former_time = ticks.stop(), time.perf_counter() - start

    dialog = DraftDialog()
    dialog.text.setPlainText(text)
    dialog.published.setDate(QDate(2024, 1, 1))
    dialog.show()
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    ticks = Ticks()
    start = time.perf_counter()
    dialog.accept()
    loop.exec()
    stall, background_time = ticks.stop(), time.perf_counter() - start
    assert len(dialog.drafts) == len(on_gui_thread), (len(dialog.drafts), len(on_gui_thread))
    print(f"{len(text)} characters ({args.language}), {len(dialog.drafts)} drafts")
    print(f"on the GUI thread (former): drafting {former_time:.2f} s, longest stall {former_stall * 1000:.0f} ms")
    print(f"in the background (now):    drafting {background_time:.2f} s, longest stall {stall * 1000:.0f} ms, "
          f"{len(ticks.times) - 2} ticks")
    print(f"ratios: longest stall now/former {stall / former_stall:.3f}, "
          f"drafting time now/former {background_time / former_time:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
