"""AT-SPI for the UI checks (check-atspi.py, check-keyboard.py), used from
outside the app as a screen reader uses it.

The app keeps the suite's G_DEBUG=fatal-warnings, but the checker is the
screen reader's side: libatspi warns now and then while the registry fills
its cache ("Error in GetItems … /org/a11y/atspi/cache"), and a fatal warning
there killed the checker mid-run, leaving the app holding the test's output
open until meson's timeout. So GLib in the checker, which reads G_DEBUG when
gi is imported, is not told to make warnings fatal; the app is.
"""

import os
import sys

_APP_G_DEBUG = os.environ.get("G_DEBUG")
if _APP_G_DEBUG:
    os.environ["G_DEBUG"] = ",".join(flag for flag in _APP_G_DEBUG.split(",") if flag != "fatal-warnings")

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi  # noqa: F401 (for the checks)
except (ImportError, ValueError) as error:
    print(f"SKIP: no AT-SPI bindings ({error})")
    sys.exit(77)


def app_environment():
    """The environment to start the app in: on the accessibility bus,
    settings in memory, warnings as fatal as the suite has them."""
    env = dict(os.environ)
    if _APP_G_DEBUG is not None:
        env["G_DEBUG"] = _APP_G_DEBUG
    env.pop("NO_AT_BRIDGE", None)
    env.pop("GTK_A11Y", None)
    env["GSETTINGS_BACKEND"] = "memory"
    return env
