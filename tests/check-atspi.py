#!/usr/bin/python3
"""The map's accessible description, read the way a screen reader reads
it: over the AT-SPI bus, from outside the process. It must say the day and
who holds how much, and change when the date changes.

usage: check-atspi.py KOREAN-WAR-ATLAS
Needs a display and a D-Bus session (test.sh gives both), python3-gi and
gir1.2-atspi-2.0; skips (exit 77) without them.
"""

import subprocess
import sys
import time

from kwa_atspi import Atspi, app_environment

APP_ID = "org.koreanwaratlas.Atlas"


def find(node, predicate, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if predicate(node):
            return node
        for i in range(node.get_child_count()):
            found = find(node.get_child_at_index(i), predicate, depth + 1)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def find_map(deadline):
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None or "korean-war-atlas" not in (app.get_name() or ""):
                continue
            node = find(app, lambda n: n.get_name() == "Map of Korea")
            if node is not None:
                return node
        time.sleep(0.3)
    return None


def wait_for_description(node, needle, deadline):
    text = ""
    while time.time() < deadline:
        text = node.get_description() or ""
        if needle in text:
            return text
        time.sleep(0.2)
    raise SystemExit(f"FAIL: the map's description never said {needle!r}; last: {text!r}")


def main():
    app_path = sys.argv[1]
    env = app_environment()

    Atspi.init()
    process = subprocess.Popen([app_path, "--date=1950-06-25", "--lang=en"], env=env)
    try:
        node = find_map(time.time() + 20)
        if node is None:
            raise SystemExit("FAIL: no accessible \"Map of Korea\" on the AT-SPI bus")

        first = wait_for_description(node, "June 25, 1950", time.time() + 10)
        if "% of the peninsula" not in first:
            raise SystemExit(f"FAIL: the description does not say who holds what: {first!r}")

        subprocess.run(["gapplication", "action", APP_ID, "go-to-date", "'1950-09-15'"], check=True, env=env,
                       timeout=30)
        second = wait_for_description(node, "September 15, 1950", time.time() + 10)
        if second == first:
            raise SystemExit("FAIL: the description did not change with the date")

        print(f"before: {first}\nafter:  {second}")
    finally:
        try:
            subprocess.run(["gapplication", "action", APP_ID, "quit"], env=env, timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()
