#!/usr/bin/env python3
# check-bench-json.py BENCH [ARGS…]: runs the render benchmark and checks
# that its stdout is exactly one JSON object with every key, holding numbers
# that could be true (positive, finite, ordered), so the numbers the
# "Performance" issue is judged by cannot silently go missing or wrong.
#
# Copyright 2026 The Korean War Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import math
import re
import subprocess
import sys

SIZE_KEYS = ("frame_ms_p50", "frame_ms_p95", "frame_ms_max", "changes_ms_p50", "changes_ms_p95",
             "naive_ms_p50", "blit_ms_p50")
TOP_KEYS = ("sizes", "load_ms", "frames", "peak_rss_mb")


def fail(message, stdout=""):
    print("bench-render output: " + message, file=sys.stderr)
    if stdout:
        print("stdout was:\n" + stdout, file=sys.stderr)
    sys.exit(1)


def positive_number(where, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        fail(f"{where} is {value!r}, not a number")
    if not math.isfinite(value) or value <= 0:
        fail(f"{where} is {value!r}, not a positive finite number")


def main():
    if len(sys.argv) < 2:
        fail("usage: check-bench-json.py BENCH [ARGS…]")

    run = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
    if run.returncode != 0:
        fail(f"{sys.argv[1]} exited with {run.returncode}", run.stdout)

    try:
        # raw_decode, so that anything after the object is caught too.
        decoder = json.JSONDecoder()
        text = run.stdout.strip()
        result, end = decoder.raw_decode(text)
    except json.JSONDecodeError as error:
        fail(f"not JSON: {error}", run.stdout)
    if text[end:].strip():
        fail("more than one JSON value on stdout", run.stdout)
    if not isinstance(result, dict):
        fail("not a JSON object", run.stdout)

    missing = [key for key in TOP_KEYS if key not in result]
    if missing:
        fail("missing " + ", ".join(missing), run.stdout)

    sizes = result["sizes"]
    if not isinstance(sizes, dict) or not sizes:
        fail("\"sizes\" is not a non-empty object", run.stdout)

    requested = [arg.split("=", 1)[1] for arg in sys.argv[2:] if arg.startswith("--size=")]
    expected_sizes = requested or ["1920x1080", "3840x2160"]
    if sorted(sizes) != sorted(expected_sizes):
        fail(f"sizes {sorted(sizes)}, expected {sorted(expected_sizes)}", run.stdout)

    for name, numbers in sizes.items():
        if not re.fullmatch(r"[0-9]+x[0-9]+", name):
            fail(f"size key {name!r} is not WIDTHxHEIGHT")
        if not isinstance(numbers, dict):
            fail(f"sizes.{name} is not an object")
        missing = [key for key in SIZE_KEYS if key not in numbers]
        if missing:
            fail(f"sizes.{name} is missing " + ", ".join(missing), run.stdout)
        for key in SIZE_KEYS:
            positive_number(f"sizes.{name}.{key}", numbers[key])
        if not numbers["frame_ms_p50"] <= numbers["frame_ms_p95"] <= numbers["frame_ms_max"]:
            fail(f"sizes.{name}: p50 ≤ p95 ≤ max does not hold", run.stdout)
        if not numbers["changes_ms_p50"] <= numbers["changes_ms_p95"]:
            fail(f"sizes.{name}: changes p50 ≤ p95 does not hold", run.stdout)

    frames = result["frames"]
    if isinstance(frames, bool) or not isinstance(frames, int) or frames < 2:
        fail(f"frames is {frames!r}, not a count of several frames")
    positive_number("load_ms", result["load_ms"])
    positive_number("peak_rss_mb", result["peak_rss_mb"])

    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
