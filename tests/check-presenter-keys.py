#!/usr/bin/python3
"""Classroom mode, with real key presses (xdotool, through the X server):
the clicker's Page Down moves the lesson on wherever the keyboard focus is,
in the stop list, on a button, or in the projector's window; choosing a
stop from the list goes there. The lesson's place is read over AT-SPI, from
the presenter's "Stop N of M" line, as assistive technology would.

usage: check-presenter-keys.py KOREAN-WAR-ATLAS
Needs a display, a D-Bus session, python3-gi, gir1.2-atspi-2.0 and
xdotool; skips (exit 77) without them.
"""

import re
import shutil
import subprocess
import sys
import time

from kwa_atspi import Atspi, app_environment

if shutil.which("xdotool") is None:
    print("SKIP: xdotool is not installed")
    sys.exit(77)

APP_ID = "org.koreanwaratlas.Atlas"
COUNTER = re.compile(r"^Stop (\d+) of (\d+)")


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
                # Only the presenter's window is walked: the whole app is
                # slow to walk under the sanitizers.
                for j in range(app.get_child_count()):
                    frame = app.get_child_at_index(j)
                    if frame is not None and "Presenter" in (frame.get_name() or "") and \
                            any(COUNTER.match(n.get_name() or "") for n in walk(frame)):
                        return app
        time.sleep(0.5)
    raise SystemExit("FAIL: the presenter never appeared on the AT-SPI bus")


def presenter_frame(app):
    """The presenter window's subtree: walking only it keeps each look quick."""
    for i in range(app.get_child_count()):
        frame = app.get_child_at_index(i)
        if frame is not None and "Presenter" in (frame.get_name() or ""):
            return frame
    raise SystemExit("FAIL: no presenter window on the AT-SPI bus")


COUNTER_NODE = []


def stop_number(app):
    if not COUNTER_NODE:
        COUNTER_NODE.extend(n for n in walk(presenter_frame(app)) if COUNTER.match(n.get_name() or ""))
    match = COUNTER.match(COUNTER_NODE[0].get_name() or "") if COUNTER_NODE else None
    if match is None:
        raise SystemExit("FAIL: no \"Stop N of M\" line on the AT-SPI bus")
    return int(match.group(1))


def focused(app):
    for node in walk(presenter_frame(app)):
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return node
        except Exception:
            continue
    return None


def window_id(name):
    found = subprocess.run(["xdotool", "search", "--name", name], capture_output=True, text=True).stdout.split()
    if not found:
        raise SystemExit(f"FAIL: no window called {name!r}")
    return found[0]


def give_keyboard(window):
    # Without a window manager, XSetInputFocus is what a click would do.
    subprocess.run(["xdotool", "windowfocus", window], check=False, timeout=10)
    time.sleep(0.3)


def key(*names):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *names], check=True)
    time.sleep(0.15)


def wait_for_stop(app, expected, what):
    deadline = time.time() + 15
    while time.time() < deadline and stop_number(app) != expected:
        time.sleep(0.1)
    found = stop_number(app)
    if found != expected:
        raise SystemExit(f"FAIL: {what}: the lesson should be at stop {expected}, it is at stop {found}")
    print(f"{what}: stop {found}")


def tab_until(app, wanted, what):
    trail = []
    for _ in range(60):
        key("Tab")
        node = focused(app)
        trail.append(f"{node.get_role_name()}:{(node.get_name() or '')[:20]}" if node else "-")
        if node is not None and wanted(node):
            return node
    raise SystemExit(f"FAIL: Tab never reached {what}; focus went: {' > '.join(trail)}")


def main():
    env = app_environment()

    Atspi.init()
    process = subprocess.Popen([sys.argv[1], "--presenter", "--tour=lesson-turning-points", "--lang=en"], env=env)
    try:
        app = find_app(time.time() + 120)
        time.sleep(1.0)
        presenter, audience = window_id("Presenter"), window_id("Audience")
        wait_for_stop(app, 1, "the lesson opens")

        # Focus in the list of stops: Page Down still moves the lesson
        # (the list's own keys would only move the focus).
        give_keyboard(presenter)
        tab_until(app, lambda n: n.get_role() in (Atspi.Role.LIST_ITEM, Atspi.Role.LIST_BOX), "the list of stops")
        key("Page_Down")
        wait_for_stop(app, 2, "Page Down with the stop list focused")

        # Choosing a stop from the list goes there.
        row = tab_until(app, lambda n: n.get_role() == Atspi.Role.LIST_ITEM, "a stop in the list")
        for _ in range(3):
            key("Down")
        key("Return")
        chosen = stop_number(app)
        if chosen == 2:
            raise SystemExit(f"FAIL: Return on a stop in the list did not go there (focus on {row.get_name()!r})")
        print(f"Return on a stop in the list: stop {chosen}")

        # Focus on a button: the clicker is not the button's.
        tab_until(app, lambda n: n.get_role() in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON)
                  and n.get_name() in ("Black (B)", "White (W)", "Previous", "Next"), "a button")
        key("Page_Down")
        wait_for_stop(app, chosen + 1, "Page Down with a button focused")

        # In the projector's window, its map focused, as when the teacher
        # clicked on it: back one, then through every stop to the last.
        give_keyboard(audience)
        key("Page_Up")
        wait_for_stop(app, chosen, "Page Up in the audience window")
        total = int(COUNTER.match(COUNTER_NODE[0].get_name()).group(2))
        for number in range(chosen + 1, total + 1):
            key("Page_Down")
            wait_for_stop(app, number, "Page Down in the audience window")
        key("Page_Down")
        wait_for_stop(app, total, "Page Down at the last stop")
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
