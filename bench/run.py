#!/usr/bin/env python3
"""Benchmarks of Incident Tracker against GDAL and QGIS, on generated ACLED files.

    make bench                                   # 10k and 100k rows
    /usr/bin/python3 bench/run.py --sizes 10000,100000,1000000   # the full run

Each figure is the median of several runs, each in a fresh process (bench/workers.py); the peer
(ogr2ogr, native:joinattributesbylocation) runs in the same run on the same input, and the ratio is
printed with its target. Results go to bench/results.json (kept per size across runs, so a quick
run does not drop the 1M figures) and bench/RESULTS.md (with bench/notes.md, the profiles and the
before/after of the optimisations, appended). Inputs and stores are written under --work.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
DEFAULT_BOUNDARIES = os.environ.get("INCIDENT_TRACKER_BOUNDARIES") or str(ROOT.parent / "shared" / "data" / "cod-ab-irq")

TARGETS = {
    "import_ratio": ("Import with zones / ogr2ogr CSV→GPKG", "≤ 2×", lambda v: v <= 2),  # issue 14
    "zones_speedup": ("native:joinattributesbylocation / zone lookup", "≥ 3×", lambda v: v >= 3),
    "add_ms": ("Add one incident with two sources into a 100k store (ms)", "< 50 ms", lambda v: v < 50),
    "open_s": ("Open a 100k store in QGIS: layers added and styled (s)", "< 2 s", lambda v: v < 2),
    "init_gui_ms": ("Plugin start: initGui (ms)", "< 50 ms", lambda v: v < 50),
    "memory_mb": ("Peak memory of the import above QGIS's baseline (MB)", "≤ 300 MB", lambda v: v <= 300),
    "qgis_import_ratio": ("Import with zones / QGIS's workflow (delimited text → join → GPKG)", "≤ 1.0×",
                          lambda v: v <= 1.0),
    "dock_open_s": ("Dock open (s)", "≤ 0.3 s", lambda v: v <= 0.3),
    "filter_ms": ("Filter, slowest typed text (ms)", "≤ 50 ms", lambda v: v <= 50),
    "save_ms": ("Save: add or update, the slower (ms)", "≤ 150 ms", lambda v: v <= 150),
    "render_ratio": ("Styled render / default render (CPU)", "≤ 1.5×", lambda v: v <= 1.5),
}
# At 1M incidents the targets are twice the 100k ones (ratios stay).
LARGE_FACTOR = {"dock_open_s": 2, "filter_ms": 2, "save_ms": 2}


def log(text):
    print(text, flush=True)


def worker(task, **options):
    command = [PYTHON, str(HERE / "workers.py"), task]
    for name, value in options.items():
        if value is not None:
            command += [f"--{name.replace('_', '-')}", str(value)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(values):
    return statistics.median(values)


def machine():
    def first(path, key, separator=":"):
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith(key):
                        return line.split(separator, 1)[1].strip()
        except OSError:
            return "?"
        return "?"

    import shapely
    from osgeo import gdal
    from qgis.core import Qgis

    return {
        "cpus": os.cpu_count(),
        "cpu": first("/proc/cpuinfo", "model name"),
        "memory_gb": round(int(first("/proc/meminfo", "MemTotal").split()[0]) / 1024 / 1024, 1),
        "os": first("/etc/os-release", "PRETTY_NAME", "=").strip('"'),
        "python": platform.python_version(),
        "qgis": Qgis.version(),
        "gdal": gdal.__version__,
        "shapely": shapely.__version__,
    }


def run_size(size, args, baseline_kib):
    work = Path(args.work)
    csv_path = work / f"acled_{size}.csv"
    if not csv_path.exists():
        log(f"generating {csv_path}")
        subprocess.run([PYTHON, str(HERE / "generate_acled.py"), "--rows", str(size), "--seed", "1",
                        str(csv_path)], check=True)
    repeat = args.repeat if size < 1_000_000 else args.repeat_large
    ogr, ours, peaks, qgis_import = [], [], [], []
    cpu = {"ogr2ogr": [], "import": [], "qgis_import": [], "write_floor": []}  # CPU s of each run's process
    loads = [os.getloadavg()[0]]
    result = None
    for run in range(repeat):  # interleaved: a slow moment of the machine hits both
        peer = worker("ogr2ogr", csv=csv_path, out=work / f"ogr_{size}.gpkg")
        ogr.append(peer["seconds"])
        cpu["ogr2ogr"].append(peer["cpu_s"])
        qgis = worker("qgis-import", csv=csv_path, template=work / "template.gpkg", out=work / f"qgis_{size}.gpkg")
        qgis_import.append(qgis["seconds"])
        cpu["qgis_import"].append(qgis["cpu_s"])
        profile = work / f"import_{size}.prof" if args.profile and run == 0 else None
        result = worker("import", csv=csv_path, template=work / "template.gpkg", out=work / f"store_{size}.gpkg",
                        profile=profile)
        ours.append(result["seconds"])
        cpu["import"].append(result["cpu_s"])
        peaks.append(result["peak_kib"])
        loads.append(os.getloadavg()[0])
        log(f"  {size}: ogr2ogr {peer['seconds']:.2f} s, import {result['seconds']:.2f} s "
            f"(imported {result['imported']}, zoned {result['zoned']})")
    floors = [worker("write-floor", store=work / f"store_{size}.gpkg", template=work / "template.gpkg",
                     out=work / f"floor_{size}.gpkg") for _ in range(repeat)]
    floor = [f["seconds"] for f in floors]
    cpu["write_floor"] = [f["cpu_s"] for f in floors]
    zones = worker("zones", points=work / f"ogr_{size}.gpkg", template=work / "template.gpkg",
                   repeat=repeat)
    entry = {
        "rows": size, "runs": repeat, "csv_mb": round(csv_path.stat().st_size / 1e6, 1),
        "ogr2ogr_s": ogr, "import_s": ours, "imported": result["imported"], "zoned": result["zoned"],
        "import_ratio": median(ours) / median(ogr),
        "qgis_import_s": qgis_import, "qgis_import_ratio": median(ours) / median(qgis_import),
        "write_floor_s": floor, "write_floor_ratio": median(floor) / median(ogr),
        "peak_mb": max(peaks) / 1024, "memory_mb": (max(peaks) - baseline_kib) / 1024,
        "cpu_s": cpu, "cpu_ratio": median(cpu["import"]) / median(cpu["ogr2ogr"]),
        "qgis_cpu_ratio": median(cpu["import"]) / median(cpu["qgis_import"]),
        "floor_cpu_ratio": median(cpu["write_floor"]) / median(cpu["ogr2ogr"]), "load": loads,
        "zones_ours_s": zones["ours"], "zones_qgis_s": zones["qgis"], "zones_agreement": zones["agreement"],
        "zones_speedup": median(zones["qgis"]) / median(zones["ours"]),
        "date": datetime.date.today().isoformat(),
    }
    log(f"  {size}: import {median(ours):.2f} s vs ogr2ogr {median(ogr):.2f} s = {entry['import_ratio']:.2f}× "
        f"(writing alone {median(floor):.2f} s = {entry['write_floor_ratio']:.2f}×; QGIS's workflow "
        f"{median(qgis_import):.2f} s = {entry['qgis_import_ratio']:.2f}×); "
        f"zones {median(zones['ours']):.2f} s vs QGIS join {median(zones['qgis']):.2f} s = "
        f"{entry['zones_speedup']:.1f}× faster; peak memory {entry['memory_mb']:.0f} MB above QGIS; "
        f"CPU: import {median(cpu['import']):.2f} s vs ogr2ogr {median(cpu['ogr2ogr']):.2f} s = {entry['cpu_ratio']:.2f}×, "
        f"writing alone {entry['floor_cpu_ratio']:.2f}×, vs QGIS's workflow {entry['qgis_cpu_ratio']:.2f}×; "
        f"load {min(loads):.1f}–{max(loads):.1f}")
    return entry


def run_store_figures(store, args):
    work = Path(args.work)
    adds = worker("add", store=store, out=work / "add.gpkg", repeat=args.adds)
    opens = [worker("open", store=store, repeat=1) for _ in range(args.repeat)]
    init = [worker("initgui", repeat=5) for _ in range(args.repeat)]
    figures = {
        "store_rows": adds["count"] - args.adds,
        "add_times_ms": [t * 1000 for t in adds["times"]],
        "add_ms": median(adds["times"]) * 1000,
        "open_times_s": [o["times"][0] for o in opens],
        "open_s": median(o["times"][0] for o in opens),
        "render_s": median(o["renders"][0] for o in opens),
        "class_factory_ms": median(i["class_factory"] for i in init) * 1000,
        "init_gui_ms": median(i["first_init_gui"] for i in init) * 1000,
        "init_gui_again_ms": median(i["median"] for i in init) * 1000,
    }
    log(f"  add: median {figures['add_ms']:.1f} ms over {args.adds}; open {figures['open_s']:.2f} s "
        f"(first render {figures['render_s']:.2f} s); classFactory {figures['class_factory_ms']:.0f} ms, "
        f"initGui {figures['init_gui_ms']:.0f} ms (again: {figures['init_gui_again_ms']:.1f} ms)")
    return figures


def postgis_cluster():
    """The tests' throwaway PostgreSQL/PostGIS server (tests/qgis/postgis_cluster.py), or None."""
    sys.path.insert(0, str(ROOT / "tests" / "qgis"))
    import postgis_cluster as cluster_module

    try:
        return cluster_module.start()
    except cluster_module.Unavailable as reason:
        log(f"  PostGIS figures skipped: {reason}")
        return None


def run_scale(size, args, cluster, keep):
    """The dock, the save and the map on a store of ``size`` incidents (the import's GeoPackage store, and
    a PostGIS copy of it), each figure beside its baseline; medians of fresh processes. ``keep(entry)``
    saves what is measured so far (the GeoPackage figures before the long PostGIS copy)."""
    work = Path(args.work)
    gpkg = work / f"store_{size}.gpkg"
    if not gpkg.exists():
        worker("import", csv=work / f"acled_{size}.csv", template=work / "template.gpkg", out=gpkg)
    entry = {}
    repeat = args.repeat if size < 1_000_000 else args.repeat_large
    for backend in ("gpkg", "postgis") if cluster is not None or args.pg_uri else ("gpkg",):
        where = {"store": gpkg}
        if backend == "postgis" and args.pg_uri:  # a copy made before (1M: ~15 minutes on this machine)
            where = {"store": args.pg_uri, "schema": f"bench_{size}"}
        elif backend == "postgis":
            schema = f"bench_{size}"
            cluster.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            copied = worker("pg-copy", points=gpkg, store=cluster.uri(), schema=schema)
            log(f"  {size}: copied into PostGIS in {copied['seconds']:.1f} s")
            where = {"store": cluster.uri(), "schema": schema}
        entry[backend] = measure_scale(size, backend, where, repeat, args)
        keep(entry)
    return entry


def measure_scale(size, backend, where, repeat, args):
    """The dock, save and render figures of one store (``where``: the workers' --store/--schema), medians
    of ``repeat`` fresh processes each, with the machine's 1-minute load average as each one started."""
    work, loads = Path(args.work), []

    def run(task, **options):
        loads.append(os.getloadavg()[0])
        return worker(task, **options)

    docks = [run("dock", repeat=3, **where) for _ in range(repeat)]
    saves = [run("save", repeat=args.adds // repeat or 1, out=work / "save.gpkg",
                 template=work / "template.gpkg", **where) for _ in range(repeat)]
    renders = [run("render", repeat=3, **where) for _ in range(repeat)]
    filters = {text: median(d["filter_ms"][text] for d in docks) for text in docks[0]["filter_ms"]}
    figures = {
        "count": docks[0]["count"], "text_index": docks[0]["text_index"],
        "open_store_s": median(d["open_store_s"] for d in docks),
        "dock_open_s": median(d["dock_open_s"] for d in docks), "tab_s": median(d["tab_s"] for d in docks),
        "bare_page_ms": median(d["bare_page_ms"] for d in docks),
        "filter_each_ms": filters, "filter_rows": docks[0]["filter_rows"],
        "filter_median_ms": median(filters.values()), "filter_ms": max(filters.values()),
        "keystroke_ms": median(d["keystroke_ms"] for d in docks),
        "add_ms": median(s["add_ms"] for s in saves), "update_ms": median(s["update_ms"] for s in saves),
        "bare_insert_ms": median(s["bare_ms"] for s in saves),
        "styled_cpu_s": median(r["styled"]["cpu_s"] for r in renders),
        "plain_cpu_s": median(r["plain"]["cpu_s"] for r in renders),
        "styled_wall_s": median(r["styled"]["wall_s"] for r in renders),
        "plain_wall_s": median(r["plain"]["wall_s"] for r in renders),
        "runs": repeat, "date": datetime.date.today().isoformat(), "load": [min(loads), max(loads)],
    }
    figures["save_ms"] = max(figures["add_ms"], figures["update_ms"])
    figures["render_ratio"] = figures["styled_cpu_s"] / figures["plain_cpu_s"]
    log(f"  {size} {backend}: dock {figures['dock_open_s']:.2f} s (first page bare {figures['bare_page_ms']:.1f} ms), "
        f"filter median {figures['filter_median_ms']:.1f} ms, slowest {figures['filter_ms']:.1f} ms; "
        f"save add {figures['add_ms']:.1f} / update {figures['update_ms']:.1f} ms (bare {figures['bare_insert_ms']:.1f}); "
        f"render {figures['styled_cpu_s']:.2f} vs {figures['plain_cpu_s']:.2f} s CPU = {figures['render_ratio']:.2f}×; "
        f"load {min(loads):.1f}–{max(loads):.1f}")
    return figures


def verdict(key, value, rows=None):
    label, target, ok = TARGETS[key]
    factor = LARGE_FACTOR.get(key, 1) if rows and rows >= 1_000_000 else 1
    if factor != 1:
        return f"{'met' if ok(value / factor) else '**missed**'} ({target} ×{factor})"
    return f"{'met' if ok(value) else '**missed**'} ({target})"


def markdown(results):
    m = results["machine"]
    lines = [
        "# Benchmarks", "",
        "Generated by `bench/run.py` (do not edit by hand; notes come from `bench/notes.md`).", "",
        "- Commands: " + ", ".join(f"`{command}` ({', '.join(f'{int(size):,}' for size in sizes)} rows)"
                                   for command, sizes in commands(results).items())
        + "; results are kept per size",
        f"- Machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB RAM, {m['os']}",
        f"- Versions: QGIS {m['qgis']}, GDAL {m['gdal']}, shapely {m['shapely']}, Python {m['python']}",
        f"- Date of the last run: {results['date']}",
        "- Inputs: `bench/generate_acled.py --seed 1` (ACLED columns, 26 anchor towns over Iraq, ~30% Arabic "
        "text, 1–3 outlets per row); each figure is the median of the runs listed, each run a fresh process.",
        "", "## Import and zone assignment", "",
        "Wall seconds first; then the CPU seconds of each process (the machine is shared by several sessions: "
        "wall time follows their load, noted as the 1-minute load average on 2 CPUs during the runs; CPU time "
        "varies much less).", "",
        "| rows | CSV | runs | ogr2ogr CSV→GPKG (s) | plugin import with zones (s) | ratio (target ≤ 2×) "
        "| of which writing alone (s, ratio) | QGIS's workflow: delimited text → join → GPKG (s, ratio; target ≤ 1.0×) "
        "| CPU s: ogr2ogr / import / writing alone / QGIS's workflow | CPU ratios: import, writing alone (vs "
        "ogr2ogr); import vs QGIS's workflow | load "
        "| zone lookup (s) | QGIS join by location (s) | lookup speed-up (target ≥ 3×) | same zone | peak memory above QGIS |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sorted(results["sizes"], key=int):
        e = results["sizes"][size]
        lines.append(
            f"| {int(size):,} | {e['csv_mb']} MB | {e['runs']} | {median(e['ogr2ogr_s']):.2f} | "
            f"{median(e['import_s']):.2f} | {e['import_ratio']:.2f}× {verdict('import_ratio', e['import_ratio'])} | "
            f"{floor_cell(e)} | {qgis_import_cell(e)} | {cpu_cells(e)} | "
            f"{median(e['zones_ours_s']):.2f} | {median(e['zones_qgis_s']):.2f} | {e['zones_speedup']:.1f}× "
            f"{verdict('zones_speedup', e['zones_speedup'])} | {100 * e['zones_agreement']:.2f}% | "
            f"{e['memory_mb']:.0f} MB {verdict('memory_mb', e['memory_mb'])} ({e['date']}) |")
    s = results.get("store")
    if s:
        lines += [
            "", f"## Store, layers and plugin start ({s['store_rows']:,}-incident store)", "",
            "| figure | median | target |", "|---|---|---|",
            f"| add one incident with two sources (store API, zones assigned, duplicates checked; "
            f"{len(s['add_times_ms'])} adds) | {s['add_ms']:.1f} ms | {verdict('add_ms', s['add_ms'])} |",
            f"| open the store in QGIS: layers added, relation, fields configured, styled | {s['open_s']:.2f} s | "
            f"{verdict('open_s', s['open_s'])} |",
            f"| then the first render of the incidents (1000×800) | {s['render_s']:.2f} s | – |",
            f"| classFactory (importing the plugin) | {s['class_factory_ms']:.0f} ms | – |",
            f"| initGui, first call (as at QGIS start) | {s['init_gui_ms']:.0f} ms | "
            f"{verdict('init_gui_ms', s['init_gui_ms'])} |",
            f"| initGui again (modules loaded) | {s['init_gui_again_ms']:.1f} ms | – |",
            f"| QGIS baseline (QgsApplication only), peak RSS | {results['baseline_mb']:.0f} MB | – |",
        ]
    lines += scale_markdown(results)
    lines += ["", "Raw run times: `bench/results.json`.", ""]
    notes = HERE / "notes.md"
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def commands(results):
    """{command: [sizes it produced]} for the rows in the results."""
    found = {}
    for size in sorted(results["sizes"], key=int):
        found.setdefault(results["sizes"][size].get("command", "bench/run.py"), []).append(size)
    return found


def qgis_import_cell(entry):
    if "qgis_import_s" not in entry:
        return "–"
    ratio = entry["qgis_import_ratio"]
    return f"{median(entry['qgis_import_s']):.2f} ({ratio:.2f}× {verdict('qgis_import_ratio', ratio)})"


def scale_markdown(results):
    """The dock, the save and the map at scale, each beside its baseline."""
    scale = results.get("scale")
    if not scale:
        return []
    lines = [
        "", "## The dock, the save and the map at scale", "",
        "Each figure beside its baseline, in the same run (`bench/workers.py dock`, `save`, `render`): the dock "
        "as the plugin opens it (store's layers already added; the dock's form, place search, zone list and the "
        "list's first page), then each typed text of `workers.TYPED` searched as the typing pause ends "
        "(`k`, `ki` … `kirkuk`, two words, Arabic, a district, text found nowhere); saves through the store's "
        "`add_incident`/`update_incident` (zones, validation, duplicates, one transaction); the whole extent "
        "drawn at 1000×800 with the plugin's style and with QGIS's default single symbol, alternately, in CPU "
        "seconds of the QGIS process (the machine is shared: wall time follows the neighbours' load; on PostGIS "
        "the server's share of the work shows only in the wall ratio, in brackets). At 1M incidents the time "
        "targets are doubled.", "",
        "| incidents | store | runs | dock open (s) | the list's first page, bare query (ms) | typed text searched: "
        "median / slowest (ms) | a keystroke itself (ms) | save: add / update (ms) | the same rows by bare "
        "INSERTs (ms) | render: styled / default (s CPU) | render ratio, CPU (wall) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sorted(scale, key=int):
        for backend, e in scale[size].items():
            if not isinstance(e, dict):
                continue
            rows = int(size)
            index = "FTS5" if backend == "gpkg" else "full-text"
            lines.append(
                f"| {e['count']:,} | {'GeoPackage' if backend == 'gpkg' else 'PostGIS'} | {e['runs']} | "
                f"{e['dock_open_s']:.3f} {verdict('dock_open_s', e['dock_open_s'], rows)} | {e['bare_page_ms']:.2f} | "
                f"{e['filter_median_ms']:.1f} / {e['filter_ms']:.1f} {verdict('filter_ms', e['filter_ms'], rows)} "
                f"({index if e['text_index'] else 'LIKE'}) | {e['keystroke_ms']:.3f} | "
                f"{e['add_ms']:.1f} / {e['update_ms']:.1f} {verdict('save_ms', e['save_ms'], rows)} | "
                f"{e['bare_insert_ms']:.1f} | {e['styled_cpu_s']:.2f} / {e['plain_cpu_s']:.2f} | "
                f"{e['render_ratio']:.2f}× {verdict('render_ratio', e['render_ratio'])} "
                f"({e['styled_wall_s'] / e['plain_wall_s']:.2f}×) ({e['date']}{load_note(e)}) |")
    slowest = []
    for size in sorted(scale, key=int):
        for backend, e in scale[size].items():
            if isinstance(e, dict):
                each = ", ".join(f"`{t}` {ms:.1f}" for t, ms in e["filter_each_ms"].items())
                slowest.append(f"- {int(size):,} {backend}: {each}")
    return lines + ["", "Each typed text (ms, median of the runs):", ""] + slowest


def cpu_cells(entry):
    """'CPU seconds | CPU ratios | load' of an import row (runs before the CPU figures: dashes)."""
    if "cpu_s" not in entry:
        return "– | – | –"
    cpu, loads = entry["cpu_s"], entry["load"]
    return (f"{median(cpu['ogr2ogr']):.2f} / {median(cpu['import']):.2f} / {median(cpu['write_floor']):.2f} / "
            f"{median(cpu['qgis_import']):.2f} | {entry['cpu_ratio']:.2f}× {verdict('import_ratio', entry['cpu_ratio'])}, "
            f"{entry['floor_cpu_ratio']:.2f}×; {entry['qgis_cpu_ratio']:.2f}× "
            f"{verdict('qgis_import_ratio', entry['qgis_cpu_ratio'])} | {min(loads):.1f}–{max(loads):.1f}")


def load_note(entry):
    """The machine's 1-minute load average as the figure's processes started (2 cores, shared)."""
    if "load" not in entry:
        return ""
    low, high = entry["load"]
    return f", load {low:.1f}–{high:.1f}"


def floor_cell(entry):
    """'2.61 (1.27×)': the time the store's bulk writer alone takes for the same rows (bench/workers.py
    write-floor), against ogr2ogr's whole conversion."""
    if "write_floor_s" not in entry:
        return "–"
    return f"{median(entry['write_floor_s']):.2f} ({entry['write_floor_ratio']:.2f}×)"


def kept_sections(path):
    """Sections other scripts write into RESULTS.md (bench/drafting_eval.py), kept as they are."""
    begin, end = "<!-- drafting_eval: begin -->", "<!-- drafting_eval: end -->"
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""
    if begin in text and end in text:
        return "\n" + text[text.index(begin):text.index(end) + len(end)] + "\n"
    return ""


def save(results, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--repeat-large", type=int, default=2, help="runs per figure at 1M rows and more")
    parser.add_argument("--adds", type=int, default=50)
    parser.add_argument("--work", default="/tmp/incident-tracker-bench")
    parser.add_argument("--boundaries", default=DEFAULT_BOUNDARIES)
    parser.add_argument("--profile", action="store_true", help="cProfile the first import of each size")
    parser.add_argument("--results", default=str(HERE / "results.json"))
    parser.add_argument("--markdown", default=str(HERE / "RESULTS.md"))
    parser.add_argument("--scale-sizes", default="100000",
                        help="store sizes for the dock, save and map figures (GeoPackage and PostGIS)")
    parser.add_argument("--pg-uri", help="a running PostgreSQL holding the PostGIS copies already made (schema "
                        "bench_<size>, as this script makes them): measured there, without copying again")
    parser.add_argument("--skip-import", action="store_true",
                        help="only the dock, save and map figures (the import's store made once if missing)")
    parser.add_argument("--render-only", action="store_true",
                        help="only rewrite the markdown from the results file (e.g. after editing notes.md)")
    args = parser.parse_args(argv)
    command = "/usr/bin/python3 bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.render_only:
        with open(args.results, encoding="utf-8") as f:
            results = json.load(f)
        kept = kept_sections(args.markdown)
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(markdown(results) + kept)
        log(f"wrote {args.markdown} from {args.results}")
        return
    os.makedirs(args.work, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]

    results = {"sizes": {}}
    if os.path.exists(args.results):
        with open(args.results, encoding="utf-8") as f:
            results = json.load(f)
    results["machine"] = machine()
    results["date"] = datetime.date.today().isoformat()
    log(f"machine: {results['machine']}")
    worker("zones-template", boundaries=args.boundaries, out=Path(args.work) / "template.gpkg")
    baseline = median(worker("baseline")["peak_kib"] for _ in range(3))
    results["baseline_mb"] = baseline / 1024
    for size in sizes if not args.skip_import else []:
        results["sizes"][str(size)] = dict(run_size(size, args, baseline), command=command)
        save(results, args.results)  # a size done is kept even if a later figure fails
    if not args.skip_import and (100_000 in sizes or "store" not in results):
        store_size = 100_000 if 100_000 in sizes else max(sizes)
        results["store"] = run_store_figures(Path(args.work) / f"store_{store_size}.gpkg", args)
    save(results, args.results)
    scale_sizes = [int(s) for s in args.scale_sizes.split(",") if s]
    cluster = postgis_cluster() if scale_sizes and not args.pg_uri else None
    try:
        for size in scale_sizes:
            csv_path = Path(args.work) / f"acled_{size}.csv"
            if not csv_path.exists():
                subprocess.run([PYTHON, str(HERE / "generate_acled.py"), "--rows", str(size), "--seed", "1",
                                str(csv_path)], check=True)
            def keep(entry, size=size):
                results.setdefault("scale", {})[str(size)] = dict(entry, command=command)
                save(results, args.results)

            run_scale(size, args, cluster, keep)
    finally:
        if cluster is not None:
            cluster.stop()
    kept = kept_sections(args.markdown)
    with open(args.markdown, "w", encoding="utf-8") as f:
        f.write(markdown(results) + kept)
    log(f"wrote {args.markdown}")
    for size in sizes if not args.skip_import else []:
        e = results["sizes"][str(size)]
        for key in ("import_ratio", "qgis_import_ratio", "zones_speedup", "memory_mb"):
            log(f"{size:>9,} {TARGETS[key][0]}: {e[key]:.2f} {verdict(key, e[key])}")
    if not args.skip_import:
        for key in ("add_ms", "open_s", "init_gui_ms"):
            log(f"{TARGETS[key][0]}: {results['store'][key]:.2f} {verdict(key, results['store'][key])}")
    for size in scale_sizes:
        for backend, e in results["scale"][str(size)].items():
            if isinstance(e, dict):
                for key in ("dock_open_s", "filter_ms", "save_ms", "render_ratio"):
                    log(f"{size:>9,} {backend} {TARGETS[key][0]}: {e[key]:.3f} {verdict(key, e[key], size)}")


if __name__ == "__main__":
    main()
