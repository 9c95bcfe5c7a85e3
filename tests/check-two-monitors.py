#!/usr/bin/env python3
"""Two monitors, as a classroom (laptop + projector) or a kiosk PC with two
outputs has them: the presenter must put the audience window fullscreen on
the second monitor and keep its own window on the first, and the kiosk must
fill the monitor its kiosk-monitor setting names (or the first).

Why Xorg's dummy driver and not Xvfb with `xrandr --setmonitor`: GDK 4.8
builds its monitor list from RandR monitors that have an output, and Xvfb
has exactly one output, so a monitor added with --setmonitor (no output) is
invisible to GTK. The dummy driver has sixteen outputs on one screen; two of
them side by side are two real RandR monitors. Openbox plays the window
manager that honours fullscreen requests, as a desktop's would.

usage: check-two-monitors.py KOREAN-WAR-ATLAS BUILD-DATA-DIR
Exits 77 (skip) when Xorg, its dummy driver, xrandr or openbox is missing.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 1920, 1080
DUMMY_DRIVER = '/usr/lib/xorg/modules/drivers/dummy_drv.so'

XORG_CONF = """
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Device"
  Identifier "card"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125
EndSection
Section "Screen"
  Identifier "screen"
  Device "card"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3840 1080
  EndSubSection
EndSection
"""


def skip(why):
    print('SKIP: ' + why)
    sys.exit(77)


def fail(why):
    print('FAIL: ' + why)
    sys.exit(1)


def start_xorg(work):
    conf = os.path.join(work, 'xorg.conf')
    with open(conf, 'w') as f:
        f.write(XORG_CONF)
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ['Xorg', '-displayfd', str(write_end), '-config', conf, '-logfile', os.path.join(work, 'xorg.log'),
         '-noreset', '-nolisten', 'tcp', '-novtswitch', '-sharevts'],
        pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b''
    with os.fdopen(read_end, 'rb') as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        with open(os.path.join(work, 'xorg.log'), errors='replace') as f:
            log = f.read()[-2000:]
        if os.getuid() != 0:
            skip('Xorg would not start for a user without a console:\n' + log)
        fail('Xorg did not start:\n' + log)
    return server, ':' + number.decode()


def xrandr(env, *args):
    subprocess.run(['xrandr'] + list(args), env=env, check=True)


def two_outputs(env):
    """DUMMY0 at the left and DUMMY1 at its right, each 1920x1080."""
    xrandr(env, '--output', 'DUMMY0', '--mode', '1920x1080', '--pos', '0x0', '--primary')
    xrandr(env, '--addmode', 'DUMMY1', '1920x1080')
    xrandr(env, '--output', 'DUMMY1', '--mode', '1920x1080', '--pos', '%dx0' % WIDTH)
    listed = subprocess.run(['xrandr', '--listmonitors'], env=env, capture_output=True, text=True).stdout
    if 'Monitors: 2' not in listed:
        fail('the X server has not two monitors:\n' + listed)


def top_windows(env):
    """{title: (x, y, width, height, id)} of the windows now mapped."""
    windows = {}
    ids = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', '.'],
                         env=env, capture_output=True, text=True).stdout.split()
    for wid in ids:
        name = subprocess.run(['xdotool', 'getwindowname', wid], env=env,
                              capture_output=True, text=True).stdout.strip()
        info = subprocess.run(['xwininfo', '-id', wid], env=env, capture_output=True, text=True).stdout
        values = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(':')
            values[key] = value.strip()
        try:
            windows[name] = (int(values['Absolute upper-left X']), int(values['Absolute upper-left Y']),
                             int(values['Width']), int(values['Height']), wid)
        except (KeyError, ValueError):
            continue
    return windows


def is_fullscreen(env, wid):
    state = subprocess.run(['xprop', '-id', wid, '_NET_WM_STATE'], env=env,
                           capture_output=True, text=True).stdout
    return '_NET_WM_STATE_FULLSCREEN' in state


def wait_for(env, app, title, want_x, deadline=45):
    """Waits until the window titled TITLE fills the monitor whose left edge
    is WANT_X, fullscreen; returns all windows then."""
    end = time.monotonic() + deadline
    seen = {}
    while time.monotonic() < end:
        if app.poll() is not None:
            fail('the app exited early (status %d)' % app.returncode)
        seen = top_windows(env)
        if title in seen:
            x, y, w, h, wid = seen[title]
            if (x, y, w, h) == (want_x, 0, WIDTH, HEIGHT) and is_fullscreen(env, wid):
                return seen
        time.sleep(0.5)
    fail('"%s" did not fill the monitor at x=%d fullscreen; windows: %s' % (title, want_x, seen))


def run_app(app_path, env, *args):
    return subprocess.Popen([app_path] + list(args), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stop(process):
    process.terminate()
    try:
        return process.communicate(timeout=10)[1] or ''
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()[1] or ''


def check_presenter(app_path, env):
    app = run_app(app_path, env, '--presenter')
    try:
        windows = wait_for(env, app, 'Korean War Atlas — Audience', WIDTH)
        x, _, w, _, _ = windows.get('Korean War Atlas — Presenter', (None,) * 5)
        if x is None:
            fail('no presenter window; windows: %s' % windows)
        if x + w > WIDTH:
            fail('the presenter window (x=%d, width %d) is not on the first monitor' % (x, w))
        print('ok: the audience window fills the second monitor, the presenter stays on the first')
    finally:
        stop(app)


def check_kiosk(app_path, env, work, connector, want_x):
    settings_dir = os.path.join(work, 'config', 'glib-2.0', 'settings')
    os.makedirs(settings_dir, exist_ok=True)
    with open(os.path.join(settings_dir, 'keyfile'), 'w') as f:
        # English, so that the window's title is known.
        f.write("[org/koreanwaratlas/Atlas]\nkiosk-monitor='%s'\nkiosk-language='en'\n" % connector)
    kiosk_env = dict(env, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=os.path.join(work, 'config'))
    app = run_app(app_path, kiosk_env, '--kiosk')
    try:
        wait_for(kiosk_env, app, 'Korean War Atlas', want_x)
        print('ok: kiosk-monitor=%r fills the monitor at x=%d' % (connector, want_x))
    finally:
        log = stop(app)
    return log


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    app_path, data_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    for tool in ('Xorg', 'xrandr', 'openbox', 'xdotool', 'xwininfo', 'xprop'):
        if shutil.which(tool) is None:
            skip('%s is not installed (Debian: xserver-xorg-core x11-xserver-utils openbox xdotool x11-utils)'
                 % tool)
    if not os.path.exists(DUMMY_DRIVER):
        skip('the Xorg dummy driver is not installed (Debian: xserver-xorg-video-dummy)')

    with tempfile.TemporaryDirectory() as work:
        server, display = start_xorg(work)
        wm = None
        try:
            env = dict(os.environ, DISPLAY=display, GSK_RENDERER='cairo', GDK_DEBUG='gl-disable',
                       GSETTINGS_SCHEMA_DIR=data_dir, GSETTINGS_BACKEND='memory', HOME=work)
            env.pop('WAYLAND_DISPLAY', None)
            two_outputs(env)
            wm = subprocess.Popen(['openbox', '--sm-disable'], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
            check_presenter(app_path, env)
            check_kiosk(app_path, env, work, 'DUMMY1', WIDTH)
            check_kiosk(app_path, env, work, '', 0)
            log = check_kiosk(app_path, env, work, 'HDMI-9', 0)
            if 'No monitor “HDMI-9”' not in log:
                fail('a kiosk-monitor that names no monitor was not reported; the log said:\n' + log)
            print('ok: a missing kiosk-monitor falls back to the first and says so')
        finally:
            if wm is not None:
                wm.terminate()
            server.terminate()
            server.wait(timeout=20)


if __name__ == '__main__':
    main()
