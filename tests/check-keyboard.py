#!/usr/bin/python3
"""Keyboard only: with real key presses (xdotool, through the X server),
Tab walks from the timeline slider to the panels and to the map, and the
arrow keys on the slider change the date. What has the focus, and the
date, are read over AT-SPI as assistive technology would.

usage: check-keyboard.py KOREAN-WAR-ATLAS
Needs a display, a D-Bus session, python3-gi, gir1.2-atspi-2.0 and
xdotool; skips (exit 77) without them.
"""

import os
import shutil
import subprocess
import sys
import time

from kwa_atspi import Atspi, app_environment

if shutil.which("xdotool") is None:
    print("SKIP: xdotool is not installed")
    sys.exit(77)

APP_ID = "org.koreanwaratlas.Atlas"


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        for i in range(node.get_child_count()):
            yield from walk(node.get_child_at_index(i), depth + 1)
    except Exception:
        return


def find_app(deadline):
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and "korean-war-atlas" in (app.get_name() or ""):
                for node in walk(app):
                    if node.get_name() == "Map of Korea":
                        return app, node
        time.sleep(0.3)
    raise SystemExit("FAIL: the app never appeared on the AT-SPI bus")


def focused(app):
    for node in walk(app):
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return node
        except Exception:
            continue
    return None


def ancestors(node):
    while node is not None:
        yield node
        node = node.get_parent()


def key(*names):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *names], check=True)
    time.sleep(0.12)


def main():
    env = app_environment()

    Atspi.init()
    process = subprocess.Popen([sys.argv[1], "--date=1950-06-25", "--lang=en"], env=env)
    try:
        app, map_node = find_app(time.time() + 20)
        time.sleep(1.0)
        # Give the window the keyboard, as clicking its title would.
        # Bounded: without a window manager "--sync" can wait forever, and
        # the focus below is checked through AT-SPI anyway.
        try:
            subprocess.run(["xdotool", "search", "--sync", "--name", "Korean War Atlas", "windowactivate", "--sync"],
                           check=False, timeout=15)
        except subprocess.TimeoutExpired:
            print("xdotool windowactivate did not return in 15 s; going on", file=sys.stderr)

        reached = set()
        slider = next((n for n in walk(app) if n.get_role() == Atspi.Role.SLIDER), None)
        if slider is None:
            raise SystemExit("FAIL: the timeline has no accessible slider")
        trail = []
        for _ in range(200):
            if slider.get_state_set().contains(Atspi.StateType.FOCUSED):
                reached.add("slider")
            key("Tab")
            node = focused(app)
            if node is None:
                trail.append("-")
                continue
            role = node.get_role()
            trail.append(f"{node.get_role_name()}:{(node.get_name() or '')[:24]}")
            if role == Atspi.Role.SLIDER:
                reached.add("slider")
                slider = node
            if node == map_node or node.get_name() == "Map of Korea":
                reached.add("map")
            if any((a.get_name() or "") in ("Event", "Situation", "Layers", "Views", "Search")
                   for a in ancestors(node)) or role in (Atspi.Role.PAGE_TAB, Atspi.Role.TOGGLE_BUTTON) \
                    and (node.get_name() or "") in ("Event", "Situation", "Layers", "Views", "Search"):
                reached.add("panels")
            if reached >= {"slider", "map", "panels"}:
                break

        if not reached >= {"slider", "map", "panels"}:
            raise SystemExit(f"FAIL: Tab reached only {sorted(reached)}; focus went: {' > '.join(trail)}")

        # Back to the slider, then step the date with the keyboard.
        for _ in range(200):
            if slider.get_state_set().contains(Atspi.StateType.FOCUSED):
                break
            key("Tab")
        before = map_node.get_description() or ""
        key("Right")
        key("shift+Right")
        deadline = time.time() + 5
        after = before
        while time.time() < deadline and after == before:
            time.sleep(0.2)
            after = map_node.get_description() or ""
        if "July 3, 1950" not in after:
            raise SystemExit(f"FAIL: a day and a week on from June 25 should be July 3: {after!r}")
        print(f"Tab reached {sorted(reached)}; Right and Shift+Right moved the date: {after.split('.')[0]}")

        # P takes up the teacher's pen, wherever the focus is but in a
        # text box, and the pen's toggle shows it; P again puts it down.
        # GTK 4.8 gives a toggle button the button role and a pressed state.
        pen = next((n for n in walk(app)
                    if n.get_role() in (Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON)
                    and n.get_name() == "Pen"), None)
        if pen is None:
            raise SystemExit("FAIL: no \"Pen\" button on the AT-SPI bus")

        def pen_on():
            states = pen.get_state_set()
            return states.contains(Atspi.StateType.PRESSED) or states.contains(Atspi.StateType.CHECKED)

        if pen_on():
            raise SystemExit("FAIL: the pen is on before P was pressed")
        for expected in (True, False):
            key("p")
            deadline = time.time() + 5
            while time.time() < deadline and pen_on() != expected:
                time.sleep(0.1)
            if pen_on() != expected:
                raise SystemExit(f"FAIL: after P the pen's toggle should be {'on' if expected else 'off'}")
        print("P took up the pen and put it down; its toggle showed it")
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
