#!/usr/bin/env python3
# check-scrub-json.py APP: runs --benchmark-scrub in a small window and
# checks its one line of JSON: every key there, numbers that could be
# true, and the work of a frame split into the map view's drawing and the
# rest, the part no faster map can take away (issues 21 and 26 are judged
# by these numbers, so they must not go missing or stop adding up).
#
# Copyright 2026 The Korean War Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import math
import subprocess
import sys

KEYS = ("frames", "frame_interval_ms_p50", "frame_interval_ms_p95", "work_ms_p50", "work_ms_p95",
        "work_over_a_frame", "map_ms_p50", "map_ms_p95", "work_outside_map_ms_p50",
        "work_outside_map_ms_p95", "warmup_frames", "warmup_work_ms_max", "width", "height", "scale",
        "renderer", "renderer_reason")
# Rounded to hundredths each: a sum may be off by one in the last place.
SLACK = 0.011


def fail(message, stdout=""):
    print("--benchmark-scrub output: " + message, file=sys.stderr)
    if stdout:
        print("stdout was:\n" + stdout, file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) != 2:
        fail("usage: check-scrub-json.py APP")

    # The war of movement: the map changes on every day of the scrub.
    run = subprocess.run([sys.argv[1], "--benchmark-scrub", "--size=960x540", "--date=1950-06-20"],
                         stdout=subprocess.PIPE, text=True, timeout=120)
    if run.returncode != 0:
        fail(f"exited with {run.returncode}", run.stdout)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    if len(lines) != 1:
        fail(f"{len(lines)} lines, not one", run.stdout)
    try:
        result = json.loads(lines[0])
    except json.JSONDecodeError as error:
        fail(f"not JSON: {error}", run.stdout)

    missing = [key for key in KEYS if key not in result]
    if missing:
        fail("missing " + ", ".join(missing), run.stdout)
    for key in KEYS[:-2]:
        value = result[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            fail(f"{key} is {value!r}", run.stdout)

    if result["frames"] <= result["warmup_frames"]:
        fail("no frames after the warm-up", run.stdout)
    # The size asked for, less the window's frame (GTK's client-side shadow).
    if not (900 <= result["width"] <= 960 and 480 <= result["height"] <= 540):
        fail(f"the window is {result['width']}x{result['height']}, not about 960x540", run.stdout)
    # Every day changes the map, so every frame draws it.
    if result["map_ms_p50"] <= 0:
        fail("the map view took no time: its frames were not counted", run.stdout)
    for quantile in ("p50", "p95"):
        work, part = result[f"work_ms_{quantile}"], result[f"map_ms_{quantile}"]
        if part > work + SLACK:
            fail(f"the map's {quantile} ({part} ms) is more than the whole work's ({work} ms)", run.stdout)
        if result[f"work_outside_map_ms_{quantile}"] > work + SLACK:
            fail(f"the work outside the map ({quantile}) is more than the whole work", run.stdout)
    if result["work_ms_p50"] > result["work_ms_p95"] + SLACK or result["map_ms_p50"] > result["map_ms_p95"] + SLACK:
        fail("a p50 above its p95", run.stdout)


if __name__ == "__main__":
    main()
