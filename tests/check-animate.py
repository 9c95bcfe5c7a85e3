#!/usr/bin/env python3
# --animate draws the map frame by frame: a PNG sequence of the right
# number of frames that change as the war moves, a WebM video (VP8, the
# right size) where GStreamer is built in, and clear errors otherwise.
#
# usage: check-animate.py KOREAN-WAR-ATLAS [--have-gstreamer]

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

failures = []
skipped = []


def fail(message):
    failures.append(message)
    print('FAIL: ' + message)


def run(*args):
    return subprocess.run(args, capture_output=True, text=True, timeout=110)


def read_png(path):
    """The width, height and (filtered) pixel rows of a PNG."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('%s is not a PNG' % path)
    pos, idat, width, height = 8, b'', 0, 0
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height = struct.unpack('>II', chunk[:8])
        elif kind == b'IDAT':
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def check_sequence(app, workdir):
    # 15 days at 15 days a second and 5 frames a second: 3 days a frame,
    # so 1950-06-20, -23, -26, -29, 07-02 and 07-05.
    folder = os.path.join(workdir, 'frames')
    result = run(app, '--animate=1950-06-20:1950-07-05', '--output=' + folder + '/frame-%05d.png',
                 '--size=320x180', '--fps=5')
    if result.returncode != 0:
        fail('PNG sequence: exit %d: %s' % (result.returncode, result.stderr.strip()))
        return
    names = sorted(os.listdir(folder))
    expected = ['frame-%05d.png' % i for i in range(1, 7)]
    if names != expected:
        fail('PNG sequence: wrote %s, expected %s' % (names, expected))
        return
    frames = [read_png(os.path.join(folder, name)) for name in names]
    for name, (width, height, _) in zip(names, frames):
        if (width, height) != (320, 180):
            fail('%s is %dx%d, expected 320x180' % (name, width, height))
    if frames[0][2] == frames[-1][2]:
        fail('PNG sequence: the first and the last frame are the same picture')
    if 'Frame 6 of 6' not in result.stderr:
        fail('PNG sequence: no progress on stderr: “%s”' % result.stderr.strip())

    # A folder ending in "/" and --days-per-second: 5 days at 5 a second
    # and 1 frame a second is 2 frames.
    folder = os.path.join(workdir, 'folder') + '/'
    result = run(app, '--animate=1950-06-25:1950-06-30', '--output=' + folder, '--size=160x90',
                 '--fps=1', '--days-per-second=5')
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    if result.returncode != 0 or names != ['frame-00001.png', 'frame-00002.png']:
        fail('folder output: exit %d, wrote %s: %s' % (result.returncode, names, result.stderr.strip()))


def check_webm(app, workdir, have_gstreamer):
    path = os.path.join(workdir, 'war.webm')
    result = run(app, '--animate=1950-06-25:1950-07-10', '--output=' + path, '--size=320x180', '--fps=10')

    if not have_gstreamer:
        if result.returncode != 1 or 'PNG sequence' not in result.stderr:
            fail('WebM without GStreamer: exit %d, “%s”: expected a clear error suggesting PNG frames'
                 % (result.returncode, result.stderr.strip()))
        else:
            print('WebM: this build has no GStreamer; the error suggests a PNG sequence')
        return

    if result.returncode != 0 and 'element is missing' in result.stderr:
        # Built with GStreamer, but this system lacks the plugins: the
        # message must name the package (tools/bootstrap.sh installs them).
        if 'gstreamer1.0-plugins' not in result.stderr:
            fail('WebM: a missing plugin without the package to install: “%s”' % result.stderr.strip())
        print('WebM: SKIP, GStreamer plugins are missing: ' + result.stderr.strip())
        skipped.append('WebM')
        return
    if result.returncode != 0:
        fail('WebM: exit %d: %s' % (result.returncode, result.stderr.strip()))
        return

    with open(path, 'rb') as f:
        data = f.read()
    if len(data) < 1000 or data[:4] != b'\x1a\x45\xdf\xa3':
        fail('WebM: %s is %d bytes and not a Matroska/WebM file' % (path, len(data)))
        return

    discoverer = shutil.which('gst-discoverer-1.0')
    if discoverer is None:
        print('WebM: %d bytes written; gst-discoverer-1.0 is not installed to look inside' % len(data))
        return
    info = run(discoverer, path).stdout
    if 'VP8' not in info or 'Width: 320' not in info or 'Height: 180' not in info:
        fail('WebM: gst-discoverer-1.0 does not see a 320x180 VP8 video:\n' + info)
    else:
        print('WebM: %d bytes, a 320x180 VP8 video' % len(data))


def check_mistakes(app, workdir):
    cases = [
        (['--animate=1950-07-05:1950-06-20', '--output=' + workdir + '/x/'], 'ends before it starts'),
        (['--animate=1950-06-20', '--output=' + workdir + '/x/'], 'START:END'),
        (['--animate=1950-06-20:1950-07-05', '--output=' + workdir + '/x.gif'], '.webm'),
        (['--animate=1950-06-20:1950-07-05', '--output=' + workdir + '/x/', '--fps=0'], '--fps'),
        (['--animate=1950-06-20:1950-07-05'], '--output'),
    ]
    for args, words in cases:
        result = run(app, *args)
        if result.returncode != 1 or words not in result.stderr:
            fail('%s: exit %d, “%s”; expected exit 1 and “%s”'
                 % (' '.join(args), result.returncode, result.stderr.strip(), words))
    if os.path.exists(os.path.join(workdir, 'x')):
        fail('a refused animation still wrote frames')


def main():
    app = sys.argv[1]
    have_gstreamer = '--have-gstreamer' in sys.argv[2:]
    workdir = tempfile.mkdtemp(prefix='kwa-animate-')
    try:
        check_sequence(app, workdir)
        check_webm(app, workdir, have_gstreamer)
        check_mistakes(app, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    if failures:
        print('%d problem(s)' % len(failures))
        return 1
    if skipped:
        # Meson's SKIP: a check that could not run is not a pass.
        print('SKIP: %s not checked' % ', '.join(skipped))
        return 77
    print('animation: PNG sequences and WebM written, mistakes refused')
    return 0


if __name__ == '__main__':
    sys.exit(main())
